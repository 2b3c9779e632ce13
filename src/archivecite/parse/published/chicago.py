"""Chicago author-date and notes-bibliography pieces (also MLA and Harvard, which share them):
the author head of a bibliography entry, translators and editors named after the title,
italic containers and ``In <book>``."""

from __future__ import annotations

import re
from typing import NamedTuple

from archivecite.model import DateRange, Name, Span, Text
from archivecite.parse.published.chicago_patterns import (
    BOOK_VOLUME_PATTERN,
    CONTAINER_IMPRINT_PATTERN,
    HEPBURN_WORD_PATTERN,
    INITIAL_START_PATTERN,
    NAME_GOES_ON_PATTERN,
    ORIGINAL_THEN_ROMANIZED_PATTERN,
    PAGE_LABEL_PATTERN,
    ROMANIZED_MARKS,
    TRAILING_PAGES_PATTERN,
    TRAILING_YEAR_PATTERN,
    VOLUME_YEAR_PATTERN,
    YEAR_SENTENCE_PATTERN,
    YEARLESS_IMPRINT_END_PATTERN,
)
from archivecite.parse.published.chicago_tail import journal_sentence
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash, read_items, read_numbers
from archivecite.parse.published.names import (
    checked_names,
    given_first_name,
    is_initial,
    is_name_word,
    latin_names,
    name_tokens,
    person,
    role_names,
    split_original,
)
from archivecite.parse.published.patterns import (
    EDITED_BY_PATTERN,
    IN_CONTAINER_PATTERN,
    PAGES_PATTERN,
    YEAR_PATTERN,
)
from archivecite.parse.published.scanning import QUOTES, is_cjk, trim
from archivecite.parse.published.terms import (
    EDITOR_ROLES,
    EDITOR_WORDS,
    ET_AL_WORDS,
    FAMILY_FIRST_PLACES,
    NAME_SUFFIXES,
    OTHER_ROLE_WORDS,
    TRANSLATOR_ROLES,
    TRANSLATOR_WORDS,
    names_publisher,
)
from archivecite.parse.published.titles import bracketed_translation, put_plain_text, put_text
from archivecite.translit.chinese import PINYIN_WORD_PATTERN

_HEAD_REACH = 300  # the longest author list read before a title


class Head(NamedTuple):
    """A bibliography entry's names: where the title begins, the names, their role, and where a
    Harvard year after them stands."""

    rest: int
    names: list[Name]
    role: str | None
    year: int | None


_NAME_BEFORE_CAPITALS = 60  # "Wiener, Norbert " before a title in capitals
_REPEATED_AUTHOR = "—–-_"  # "———." repeats the author of the entry before
_NAME_SEPARATOR_PATTERN = re.compile(r",\s(?:and\s)?|\sand\s")  # "A 甲, B 乙, and C 丙"


def find_head(text: str, start: int, end: int) -> Head | None:
    """The authors (or editors) of ``Barnes, Steven A. Death and Redemption...``: the names end
    at a dot after which a title begins, a quoted or italic one preferred, never an initial."""
    if text[start] in _REPEATED_AUTHOR:
        stop = start
        while stop < end and text[stop] in _REPEATED_AUTHOR:
            stop += 1
        if stop - start >= 2 and text.startswith(". ", stop):
            return Head(rest=stop + 2, names=[], role=None, year=None)
        return None
    chosen: Head | None = None
    reach = min(end, start + _HEAD_REACH)
    body = text[start:end]
    east_asian = (
        any(mark in body for mark in ROMANIZED_MARKS)
        or any(f"{place}:" in body for place in FAMILY_FIRST_PLACES)
        or _east_asian_head(text, start, reach)
    )
    index = text.find(". ", start, reach)
    while index >= 0:
        found = _head_names(text, start, index + 1, east_asian=east_asian)
        rest = trim(text, index + 1, end, " \t")[0]
        if found is not None and rest < end:
            quoted = text[rest] in QUOTES or text[rest] in "*_" or text.startswith("<i>", rest)
            titled = (text[rest].isupper() or text[rest].isdigit() or is_cjk(text[rest])) and not (
                INITIAL_START_PATTERN.match(text, rest, end)  # not "J. Arch", "& Grebenyuk",
                or NAME_GOES_ON_PATTERN.match(text, rest, end)
                or YEAR_SENTENCE_PATTERN.match(text, rest, end)  # "(1991)", "2011. "
            )
            if quoted or (chosen is None and titled):
                chosen = Head(rest, *found)
            if quoted:
                break
        index = text.find(". ", index + 1, reach)
    return chosen or _comma_head(text, start, end, reach) or _capitals_head(text, start, end)


def _east_asian_head(text: str, start: int, reach: int) -> bool:
    """``Shimazu Naoko. Japanese Society at War ...``: two capitalised words in Hepburn or in
    pinyin syllables before the first full stop, with no comma."""
    stop = text.find(". ", start, reach)
    romanized, _ = split_original(text[start:stop]) if stop > start else ("", None)
    words = romanized.split()  # "Tomita Takeshi 富田武": the romanized name is checked
    if len(words) != 2 or not all(word.istitle() for word in words):
        return False
    return any(
        all(pattern.fullmatch(word) for word in words)
        for pattern in (HEPBURN_WORD_PATTERN, PINYIN_WORD_PATTERN)
    )


def _capitals_head(text: str, start: int, end: int) -> Head | None:
    """``Wiener, Norbert THE HUMAN USE OF HUMAN BEINGS, ...``: the name inverted, then the title
    in capitals with no stop between them (a reader's note, a bookseller's line)."""
    comma = text.find(", ", start, min(end, start + _NAME_BEFORE_CAPITALS))
    if comma <= start:
        return None
    pos = comma + 2
    while pos < end and capitals_end(text, pos, end) == pos:
        space = text.find(" ", pos, min(end, start + _NAME_BEFORE_CAPITALS))
        if space < 0:
            return None
        pos = space + 1
    found = _head_names(text, start, trim(text, start, pos, " \t")[1]) if pos < end else None
    return Head(pos, *found) if found is not None and found[0] else None


def capitals_end(text: str, start: int, end: int) -> int:
    """Where a title printed in capitals at ``start`` ends (``THE HUMAN USE OF HUMAN BEINGS,
    CYBERNETICS AND SOCIETY : 2nd edition``: before the colon), or ``start`` when fewer than two
    words of two letters in capitals begin there."""
    pos = start
    title_end = start
    long_words = 0
    if start >= end or not text[start].isalpha():
        return start  # "«ЭТНОКУЛЬТУРНАЯ ...»": a quoted title is read as quoted
    while pos < end:
        space = text.find(" ", pos, end)
        stop = end if space < 0 else space
        word = text[pos:stop].strip(",;:'’&-")
        letters = [char for char in word if char.isalpha()]
        if not letters or not all(char.isupper() for char in letters):
            break
        long_words += len(letters) > 1
        title_end = trim(text, pos, stop, " \t,;:.")[1]
        if any(mark in text[title_end:stop] for mark in ":;.") or stop == end:
            break  # "SOCIETY:" closes the title; "BEINGS," goes on
        pos = stop + 1
    return title_end if long_words >= 2 else start


def _comma_head(text: str, start: int, end: int, reach: int) -> Head | None:
    """British ``Antoni, Klaus, ‘Title’, *Journal*``: the names end at a comma before a quoted or
    italic title."""
    comma = text.find(", ", start, reach)
    while comma >= 0:
        rest = comma + 2
        if rest < end and (text[rest] in QUOTES or text[rest] in "*_"):
            found = _head_names(text, start, comma)
            return Head(rest, *found) if found is not None else None
        comma = text.find(", ", rest, reach)
    return None


def read_head(draft: Draft, start: int, end: int) -> int | None:
    """Read the head :func:`find_head` finds; return where the title begins, or ``None``."""
    head = find_head(draft.text, start, end)
    if head is None:
        return None
    target = {"editors": draft.editors, "translators": draft.translators}.get(head.role or "")
    (draft.authors if target is None else target).extend(head.names)
    draft.spans.append(Span(field=head.role or "authors", start=start, end=head.rest))
    draft.humanities = True
    if head.year is not None and not draft.has("date"):
        year = head.year
        draft.put("date", DateRange.of(int(draft.text[year : year + 4])), year, year + 4)
    return head.rest


def spelled_out(text: str, head: Head) -> bool:
    """A head that names its people as Chicago does, a given name spelled out (``Bohac, Rodney
    D.``), a role (``ed.``) or an italic title after it, rather than by initials alone before a
    plain title (``Kochnov, O. Yu.``)."""
    if head.role is not None or not head.names or text[head.rest] in "*_":
        return True
    return any(
        any(len(word) > 2 and not word.endswith(".") for word in (name.given or "").split())
        for name in head.names
    )


def _head_names(
    text: str, start: int, end: int, *, east_asian: bool = False
) -> tuple[list[Name], str | None, int | None] | None:
    """Names, their role (``ed.``) and where a Harvard year stands, if ``text[start:end]`` is a
    name list."""
    stop = end
    year = TRAILING_YEAR_PATTERN.search(text, start, end - 1 if text[end - 1] == "." else end)
    if year is not None:
        stop = trim(text, start, year.start(), " \t,")[1]
    role: str | None = None
    role_end = end - 1 if text[end - 2 : end] == ")." else end  # "Wilson, W. S. (trans.)."
    if year is not None:  # "Wang, Zhongming, and Zhenhua Zhang, eds. 2001.": the role first
        role_end = stop - 1 if text[stop - 2 : stop] == ")." else stop
    for roles, name in ((EDITOR_ROLES, "editors"), (TRANSLATOR_ROLES, "translators")):
        found = _ends_with(text, start, role_end, roles)
        if found is not None:
            stop, role = min(stop, found), name
            break
    if stop <= start:
        return None
    value = text[start:stop]
    for word in ET_AL_WORDS:  # "Laumann, Edward O., et al."
        if value.endswith(word) and len(value) > len(word):
            value = value[: -len(word)].rstrip(" ,")
            break
    if not value.strip():
        return None
    last = value.rsplit(maxsplit=1)[-1]
    if value.endswith(".") and not (is_initial(last) or last in NAME_SUFFIXES):
        value = value[:-1]
    where = year.start("year") if year else None
    if east_asian:  # "Watsuji Tetsurō and Furukawa Tetsushi (eds.)", "Wang Zhongming 王忠明, ..."
        if value.endswith(".") and len(last) > 2 and last[1:-1].islower():
            value = value[:-1]  # "Qu Bo.": a one-syllable given name and the stop, no initial
        parts = [split_original(part) for part in _NAME_SEPARATOR_PATTERN.split(value)]
        split = [(romanized.split(), original) for romanized, original in parts]
        if all(len(words) == 2 and all(map(is_name_word, words)) for words, _ in split):
            # "Tomita Takeshi 富田武": the name in its own script too
            people = [person(words[0], words[1], original, text) for words, original in split]
            return people, role, where
    both = ORIGINAL_THEN_ROMANIZED_PATTERN.fullmatch(value)
    if both is not None:
        return [person(both["family"], both["given"], both["original"], text)], role, where
    names = _inverted_pairs(value) or latin_names(value, text)
    if names is None or not checked_names(names):
        body = _body(value, role)
        return None if body is None else (body, role, where)
    return names, role, where


def _body(value: str, role: str | None) -> list[Name] | None:
    """``Gaimushō, ed.``, ``Meishin Chōsa Kyōgikai, eds.``: a ministry or a council edits, its
    name one word or more than a personal name's two, with no comma nor initial."""
    words = value.split()
    if role != "editors" or "," in value or len(words) == 2 or len(words) > 6:
        return None
    if not all(is_name_word(word) and not word.endswith(".") for word in words):
        return None
    return [Name(literal=value)]


def _inverted_pairs(value: str) -> list[Name] | None:
    """British ``Breen, John and Teeuwen, Mark``: every name printed family name first."""
    parts = value.split(" and ")
    if len(parts) < 2 or any(part.count(",") != 1 for part in parts):
        return None
    pairs = [tuple(piece.strip() for piece in part.split(",")) for part in parts]
    if not all(family and given and " " not in family for family, given in pairs):
        return None
    return [Name(family=family, given=given) for family, given in pairs]


def _ends_with(text: str, start: int, end: int, words: tuple[str, ...]) -> int | None:
    """Where the names end when ``text[start:end]`` ends with ``, eds.`` or `` Ed.``."""
    value = text[start:end]
    lowered = value.lower()
    for word in words:
        cut = len(value) - len(word)
        if cut > 0 and lowered.endswith(word) and value[cut - 1] in " ,":
            if word.startswith("editor") and value[cut - 2 : cut] != ", ":
                continue  # "…, editors." after a comma; "The Editors." names no one
            return trim(text, start, start + cut, " \t,")[1]
    return None


def role_phrase(draft: Draft, start: int, end: int) -> bool:
    """``Trans. Edmund Wilson``, ``ed. David L. Ransel``, ``Trans. and ed. Reginald E. Zelnik``:
    people named after the title by their role."""
    text = draft.text
    pos, roles = role_words(text, start, end)
    if not roles or pos >= end:
        return False
    names = role_names(text[pos:end], text)
    if not names:
        return False
    if "translators" in roles:
        draft.translators.extend(names)
    if "editors" in roles:
        draft.editors.extend(names)
    draft.spans.append(Span(field=sorted(roles)[0], start=start, end=end))
    return True


def subtitle_before_credit(
    draft: Draft, start: int, end: int, following: tuple[int, int] | None
) -> bool:
    """``Stalinism and Nazism. Dictatorships in Comparison. Edited by Ian Kershaw …``: a title
    printed first, its subtitle as a sentence of its own; read as the title's when it follows
    the title directly, has no figure, and a sentence naming people by their role comes next."""
    text = draft.text
    title = next((span for span in draft.spans if span.field == "title"), None)
    current = draft.values.get("title")
    if (
        title is None
        or following is None
        or draft.authors
        or not isinstance(current, Text)
        or current.translations
        or text[title.end : start].strip(" .") != ""
        or not text[start].isupper()
        or any(char.isdigit() for char in text[start:end])
        or not role_words(text, *following)[1]
    ):
        return False
    draft.spans.remove(title)
    del draft.values["title"]
    put_text(draft, "title", (title.start, end))
    return True


def role_words(text: str, start: int, end: int) -> tuple[int, set[str]]:
    """Skip the role words at ``start`` (``ed., trans., and intro.``); return where the names
    begin and the roles named."""
    roles: set[str] = set()
    pos = start
    while pos < end:
        word = _role_word(text[pos : min(end, pos + 30)].lower())
        if word is None:
            break
        if word[1]:
            roles.add(word[1])
        pos = trim(text, pos + len(word[0]), end, " \t,")[0]
    return pos, roles


def _role_word(lowered: str) -> tuple[str, str] | None:
    """The role word ``lowered`` starts with, and the role it names (empty for ``intro.``)."""
    for words, role in (
        (TRANSLATOR_WORDS, "translators"),
        (EDITOR_WORDS, "editors"),
        (OTHER_ROLE_WORDS, ""),
    ):
        for found in words:
            size = len(found)
            if lowered.startswith(found) and (len(lowered) == size or not lowered[size].isalpha()):
                return found, role
    return None


def container_sentence(draft: Draft, start: int, end: int) -> bool:
    """``*The Guardian*, 11 April`` or ``*Journal* 12 (3): 45–67``."""
    text = draft.text
    if text[start] != "*":
        return False
    closing = text.find("*", start + 1, end)
    if closing < 0:
        return False
    put_text(draft, "container_title", (start + 1, closing))
    rest_start, rest_end = trim(text, closing + 1, end)
    rest_start = _editors_in_parentheses(draft, rest_start, rest_end)
    if rest_end > rest_start and not (
        read_items(draft, rest_start, rest_end)
        or read_numbers(draft, rest_start, rest_end)
        or volume_year(draft, rest_start, rest_end)
    ):
        draft.loose.append((rest_start, rest_end))
    return True


def _editors_in_parentheses(draft: Draft, start: int, end: int) -> int:
    """``*The Origins of Japan’s Medieval World* (ed. Jeffrey P. Mass), pp. 39–64``: the book a
    chapter appears in, named without "In"; return where the rest begins."""
    text = draft.text
    closing = text.find(")", start, end)
    if start >= end or text[start] != "(" or closing < 0:
        return start
    names_start, roles = role_words(text, start + 1, closing)
    if "editors" not in roles:
        return start
    names = role_names(text[names_start:closing], text)
    if not names:
        return start
    draft.chapter = True
    draft.container_editors.extend(names)
    draft.spans.append(Span(field="container_editors", start=start, end=closing + 1))
    return trim(text, closing + 1, end)[0]


def volume_year(draft: Draft, start: int, end: int) -> bool:
    """``5 (1), 1993: pp. 1–19``: a journal's volume, issue, year and pages."""
    match = VOLUME_YEAR_PATTERN.fullmatch(draft.text, start, end)
    if match is None:
        return False
    for name in ("volume", "issue", "pages"):
        if match[name]:
            value = join_dash(match[name]) if name == "pages" else match[name]
            draft.put(name, value, *match.span(name))
    if not draft.has("date"):
        draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
    return True


# The editors of the book a chapter is in, printed before its title: "Sheila Fitzpatrick and
# Lynne Viola, eds., ", "R. I. Rotberg and T. K. Rabb, eds., ", "J. Smith (ed.), ".
_EDITORS_FIRST_PATTERN = re.compile(
    r"(?P<names>[^,()]{2,120}?(?:,\s[^,()]{2,60}?)*?),?\s(?:eds?\.|\(eds?\.?\)),\s(?=[A-Z*_\"“‘])"
)


def _container_author(draft: Draft, start: int, end: int) -> int:
    """``in Ivan Aleksandrovich Il’in, Novaia natsional’naia Rossiia``: the author of the book a
    chapter appears in, kept with its editors; return where the book's title begins."""
    text = draft.text
    editors = _EDITORS_FIRST_PATTERN.match(text, start, min(end, start + 160))
    if editors is not None:  # "in Sheila Fitzpatrick and Lynne Viola, eds., A Researcher's Guide"
        names = role_names(editors["names"], text)
        if names and len(names) == len(name_tokens(editors["names"])):
            draft.container_editors.extend(names)
            draft.spans.append(Span(field="container_editors", start=start, end=editors.end()))
            return editors.end()
    comma = text.find(", ", start, min(end, start + 80))
    if comma < 0 or comma + 2 >= end or not text[comma + 2].isupper():
        return start
    printed = text[start:comma]
    for words in ET_AL_WORDS:  # "in Stéphane Courtois et al., The Black Book of Communism"
        if printed.endswith(f" {words}"):
            printed = printed[: -len(words) - 1]
            break
    author = given_first_name(printed, text)
    if author is None:
        return start
    draft.container_editors.append(author)
    draft.spans.append(Span(field="container_editors", start=start, end=comma))
    return comma + 2


def in_container(draft: Draft, start: int, end: int) -> bool:
    """``In <book>, edited by <editors>, 24–41``: the book a chapter appears in."""
    text = draft.text
    match = IN_CONTAINER_PATTERN.match(text, start, end)
    if match is None:
        return False
    if _journal_in(draft, match.end(), end):
        return True
    draft.chapter = True
    body = _container_author(draft, match.end(), end)
    edited = EDITED_BY_PATTERN.search(text, body, end)
    title_end = edited.start() if edited else end
    pages = PAGES_PATTERN.search(text, body, end) or TRAILING_PAGES_PATTERN.search(text, body, end)
    if pages is not None and edited is None:
        title_end = pages.start()
    if text[body] in "*_":  # markdown italics: "*Measures of …*", "_Constructing …_"
        closing = text.find(text[body], body + 1, title_end)
        put_text(draft, "container_title", (body + 1, closing if closing > 0 else title_end))
        if closing > 0:
            _container_imprint(draft, closing + 1, title_end, after_name=True)
    else:
        title_close, _, translation = bracketed_translation(text, body, title_end)
        imprint = YEARLESS_IMPRINT_END_PATTERN.search(text, *trim(text, body, title_close))
        if imprint is not None and translation is None:  # "… (Cambridge, MA: Harvard …)"
            draft.put("place", Text(original=imprint["place"]), *imprint.span("place"))
            put_plain_text(draft, "publisher", *imprint.span("publisher"))
            title_close = imprint.start()
        else:
            title_close = _container_imprint(draft, body, title_close)
        title_close = _container_volume(draft, body, title_close)
        put_text(draft, "container_title", trim(text, body, title_close), translation)
    if edited is not None:
        names_end = pages.start() if pages and pages.start() > edited.end() else end
        names_start = role_words(text, trim(text, edited.end(), names_end, " \t,")[0], names_end)[0]
        names = role_names(text[names_start:names_end], text)
        draft.container_editors.extend(names)
        draft.spans.append(Span(field="container_editors", start=edited.end(), end=names_end))
    if pages is not None and body > match.end() and _cited_pages(text, body, pages):
        draft.put_extra("locator", join_dash(pages["pages"]), *pages.span("pages"))
    elif pages is not None:
        draft.put("pages", join_dash(pages["pages"]), *pages.span("pages"))
    return True


def _container_imprint(draft: Draft, start: int, end: int, *, after_name: bool = False) -> int:
    """``in R. I. Rotberg and T. K. Rabb, eds., Hunger and History: …, Cambridge, Mass.:
    Cambridge University Press, 1983, pp. 55-88.``, ``in *Measures of Personality and Social
    Psychological Attitudes*, Academic Press, 1991, pp. 17–59.``: the facts of publication
    closing the book's name without brackets (a publisher without its place only when its name
    says it is one), or its year in brackets; return where the book's name ends. ``after_name``:
    ``start`` is where the book's name (in italics) has ended."""
    text = draft.text
    if draft.has("publisher") or draft.has("date"):
        return end
    found = CONTAINER_IMPRINT_PATTERN.search(text, start, trim(text, start, end, " \t,")[1])
    if found is None or (found.start() <= start and not after_name):
        return end  # ", MIT Press, 1991" with no book's name before it: the name
    if found["paren_year"]:
        draft.put("date", DateRange.of(int(found["paren_year"])), *found.span("paren_year"))
        return found.start()
    if found["place"] is None and not names_publisher(found["publisher"]):
        return end
    if found["volume"] and not draft.has("volume"):
        draft.put("volume", found["volume"], *found.span("volume"))
    if found["place"]:
        draft.put("place", Text(original=found["place"]), *found.span("place"))
    put_plain_text(draft, "publisher", *found.span("publisher"))
    draft.put("date", DateRange.of(int(found["year"])), *found.span("year"))
    return found.start()


def _container_volume(draft: Draft, start: int, end: int) -> int:
    """``in Jansen, ed., The Cambridge History of Japan, vol. 5, The Nineteenth Century, pp.
    497–8``: the volume closing the book's name (its own title after it) is the volume, not
    part of the name; return where the name ends."""
    text = draft.text
    volume = BOOK_VOLUME_PATTERN.search(text, start, trim(text, start, end, " \t,")[1])
    if volume is None or draft.has("volume"):
        return end
    draft.put("volume", volume["volume"], *volume.span("volume"))
    if volume["volume_title"]:
        draft.put_extra("volume_title", volume["volume_title"], *volume.span("volume_title"))
    return volume.start()


def _cited_pages(text: str, body: int, pages: re.Match[str]) -> bool:
    """``in Nagai and Urrutia, eds., Meiji Ishin, p. 23.``: a note's short form of a chapter, the
    book named after its editors (or author) with no facts of publication, and the pages after
    a page label closing the note, are the pages the note cites, not the chapter's extent (a
    bibliography prints ``In Meiji Ishin, edited by …, 12–40.``)."""
    label = PAGE_LABEL_PATTERN.search(text, pages.start(), pages.start("pages"))
    closing = trim(text, pages.end(), len(text), " \t\n.,;")[0] == len(text)
    book = text[body : pages.start()]  # with no imprint, bracketed or not ("…, Cambridge, 1983")
    return label is not None and closing and "(" not in book and YEAR_PATTERN.search(book) is None


def _journal_in(draft: Draft, start: int, end: int) -> bool:
    """``Yasuda Hiroshi, “Kindai tennōsei …,” in Bunka hyōron 357 (Oct. 1990), p. 183.``: a
    journal after "in" (its volume and issue's date in brackets), as some notes print one:
    the article's journal, not a book; a page after a page label closing the note is the
    page the note cites."""
    text = draft.text
    if draft.has("container_title") or EDITED_BY_PATTERN.search(text, start, end) is not None:
        return False
    if not journal_sentence(draft, start, end):
        return False
    span = next((span for span in draft.spans if span.field == "pages"), None)
    if span is not None and PAGE_LABEL_PATTERN.search(text, max(start, span.start - 5), span.start):
        closing = trim(text, span.end, len(text), " \t\n.,;")[0] == len(text)
        if closing and "-" not in str(draft.values.get("pages")):
            draft.spans.remove(span)
            draft.put_extra("locator", draft.values.pop("pages"), span.start, span.end)
    return True
