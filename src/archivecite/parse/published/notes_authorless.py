"""Chicago notes that open with their title: a book with no author, a document in a published
collection (with its day), a document of an online collection."""

from __future__ import annotations

import re
from calendar import monthrange

from archivecite.model import DateRange, Name, Span, Text
from archivecite.parse.dates import DateHit, find_date
from archivecite.parse.published.chicago_patterns import (
    CREDITED_IMPRINT_PATTERN,
    EDITORS_PART_TAIL_PATTERN,
    GLOSS_PATTERN,
    GLOSSED_DAY_PATTERN,
    GLOSSED_IMPRINT_PATTERN,
    GLOSSED_PUBLISHER_PATTERN,
    IMPRINT_PATTERN,
    LOCATOR_PATTERN,
    NAMES_AND_PATTERN,
    NOTE_BOOK_PART_PATTERN,
    POSSESSIVE_HEAD_PATTERN,
    ROMANIZED_ORIGINAL_PATTERN,
    YEAR_ONLY_PATTERN,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.names import given_first_name
from archivecite.parse.published.notes_imprint import (
    bare_imprint,
    book_imprint,
    find_imprint,
    put_credited_imprint,
    put_locator,
    put_note_imprint,
)
from archivecite.parse.published.notes_titles import (
    italic_title_end,
    opens_title,
    put_segments,
    title_stop,
)
from archivecite.parse.published.romanized_items import (
    east_asian_languages,
    english_score,
    hepburn_lost_vowels,
    hepburn_particles_only,
    parenthesized_gloss,
)
from archivecite.parse.published.scanning import QUOTES, find_closing, script_of, text_lang, trim
from archivecite.parse.published.scopus import read_tail
from archivecite.parse.published.terms import CITIES, MONTHS, OTHER_GLOSS_WORDS, names_publisher
from archivecite.parse.published.titles import put_plain_text, put_text, take_title

# A part in brackets after a name a book line gives after the title: "John Balcom (trans)"
_TRANSLATOR_PARTS = frozenset(("trans", "tr", "translator"))
_EDITOR_PARTS = frozenset(("ed", "eds", "editor"))

# How a romanized title is written, by the language of its original.
_SCHEMES = {"ja": "hepburn", "zh": "pinyin"}

# A double quotation mark, not a hard sign written as one inside a word (neob"iavlennoi); single
# ones are also soft signs (Volost’).
_QUOTE_MARK = re.compile(r'(?<!\w)["“”«»„]|["“”«»„](?!\w)')


# "Yoshihara & Kapp, *Japanese Swordsmithing*": an italic title after the names, so the
# entry has an author; Barshay's lost macrons (" * ") open nothing
_ITALIC_OPENING = re.compile(r"(?<![\w*])\*(?=\w)")


def authorless_note(draft: Draft, start: int, end: int) -> bool:
    """A note that opens with its title and has facts of publication: a document in a published
    collection (``Politburo resolution, 5 March 1940, in Katyn: ... (Moscow: Demokratiia,
    1997), 384–90.``), whose day is the document's and is kept as ``extra["document_date"]``,
    or a book with no author (``Lavrentii Beriia, 1953: Stenogramma ... (Moscow: MFD, 1999)``;
    ``Foreign Relations of the United States, 1945, vol. 5``: a year alone is the title's)."""
    text = draft.text
    if not opens_title(text[start]):
        return False
    quoted = text[start] in QUOTES
    imprint = find_imprint(text, start, end, quoted=quoted)
    if imprint is None or not book_imprint(text, imprint):
        return False
    if quoted:
        title_end = take_title(draft, start, imprint.open, brackets=False)
        document_date = _document_date(text, title_end, imprint.open, at_end=False)
        segments_start = document_date.end if document_date else title_end
    else:
        italic_end = italic_title_end(text, start, imprint.open)
        title_end = italic_end or title_stop(text, start, imprint.open)
        if not italic_end and (
            _QUOTE_MARK.search(text, start, title_end)
            or _ITALIC_OPENING.search(text, start + 1, title_end)
        ):
            return False  # "Field, Daniel. “Kavelin and Russian Liberalism,” ...": a bibliography's
        yearless = IMPRINT_PATTERN.fullmatch(text, imprint.open + 1, imprint.close) is None
        if yearless and text[start] not in "*_" and english_score(text[start:title_end]) > 0:
            return False  # "We met the editors (Heibonsha).": a sentence, no title
        document_date = _document_date(text, start, title_end, at_end=True)
        head_end = document_date.start if document_date else title_end
        if document_date is None:
            head_end = _people_after_title(
                draft, start, _editors_after_title(draft, start, head_end, imprint.open)
            )
        # a translation in brackets before the imprint is the title's (Fogel's "Kimera: …")
        title, gloss = parenthesized_gloss(text, *trim(text, start, head_end, " \t,*"))
        put_text(draft, "title", title, gloss)
        segments_start = title_end
    if document_date is not None:
        draft.put_extra(
            "document_date", document_date.date.iso(), document_date.start, document_date.end
        )
    put_segments(draft, segments_start, imprint.open)
    put_note_imprint(draft, imprint, end)
    return True


def quoted_title_note(draft: Draft, start: int, end: int) -> bool:
    """``“Zhizn’ i reformy” (“The Life and the Reforms”), book 2, Moscow 1995, pp. 348-349``: a
    note with no author, its title in quotes (perhaps its English gloss in brackets after it,
    and the book or volume cited), then a known town and the year, and the page cited."""
    text = draft.text
    if text[start] not in QUOTES:
        return False
    closing = find_closing(text, start, end, text[start])
    bare = bare_imprint(text, closing, end) if closing > start + 1 else None
    if bare is None or not bare["comma_year"] or bare["comma_place"] not in CITIES:
        return False
    pos, gloss = trim(text, closing + 1, bare.start(), " \t")[0], None
    if text.startswith("(", pos):
        close = text.find(")", pos, bare.start())
        if close < 0:
            return False
        gloss = text[pos + 1 : close].strip(" “”\"‘’'") or None
        pos = close + 1
    part = NOTE_BOOK_PART_PATTERN.fullmatch(text, pos, bare.start())
    if part is None:
        return False
    put_text(draft, "title", trim(text, start + 1, closing, " \t,."), gloss)
    if part["number"]:
        name = "book" if part["book"] else "volume"
        if name == "book":
            draft.put_extra("book", part["number"], *part.span("number"))
        else:
            draft.put("volume", part["number"], *part.span("number"))
    draft.put("place", Text(original=bare["comma_place"]), *bare.span("comma_place"))
    if bare["comma_publisher"]:
        put_plain_text(draft, "publisher", *bare.span("comma_publisher"))
    draft.put("date", DateRange.of(int(bare["comma_year"])), *bare.span("comma_year"))
    put_locator(draft, bare.end(), end)
    return True


def _editors_after_title(draft: Draft, start: int, end: int, limit: int) -> int:
    """``Shwa tenn dokuhakuroku, …, goygakari nikki, Terasaki Hidenari and Mariko Terasaki
    Miller, eds. (Bungei Shunjsha, 1991).`` (Bix's notes, as stored without their macron
    vowels): the editors named after the title, before ``eds.``; a two-word name of Hepburn
    syllables family name first. Where the title ends."""
    text = draft.text
    comma = text.rfind(", ", start, end)
    if comma <= start or EDITORS_PART_TAIL_PATTERN.fullmatch(text, end, limit) is None:
        return end
    names: list[Name] = []
    for printed in NAMES_AND_PATTERN.split(text[comma + 2 : end]):
        words = printed.split()
        japanese = len(words) == 2 and "ja" in east_asian_languages(printed)
        name = given_first_name(printed, text, family_first=japanese)
        if name is None or not all(word[:1].isupper() for word in words):
            return end
        names.append(name)
    draft.editors.extend(names)
    draft.spans.append(Span(field="editors", start=comma + 2, end=end))
    return comma


def _people_after_title(draft: Draft, start: int, end: int) -> int:
    """``The Great Flowing River: A Memoir of China, from Manchuria to Taiwan, Chi Pang-yuan,
    John Balcom (trans) (Columbia University Press, July 2018; …)``: the people a book line
    names after the title, between commas, the translator's or editor's part in brackets after
    the name; returns where the title ends."""
    text = draft.text
    people: list[tuple[Name, str, int, int]] = []
    stop = end
    while (comma := text.rfind(", ", start, stop)) > start:
        segment = trim(text, comma + 1, stop, " \t")
        printed = text[slice(*segment)]
        name, role = printed, "authors"
        opening = printed.rfind(" (")
        if opening > 0 and printed.endswith(")"):
            part = printed[opening + 2 : -1].lower().rstrip(".")
            if part in _TRANSLATOR_PARTS:
                role = "translators"
            elif part in _EDITOR_PARTS:
                role = "editors"
            else:
                break
            name = printed[:opening]
        words = name.split()
        person = given_first_name(name, text) if 2 <= len(words) <= 3 else None
        if person is None or not all(word[:1].isupper() for word in words):
            break
        people.append((person, role, segment[0], segment[1]))
        stop = comma
    title_words = text[start:stop].split()
    # the author first, then the translators: "…, Chi Pang-yuan, John Balcom (trans)"
    if not people or len(title_words) < 2 or any(p[1] != "translators" for p in people[:-1]):
        return end
    for person, role, person_start, person_end in reversed(people):
        {"authors": draft.authors, "translators": draft.translators, "editors": draft.editors}[
            role
        ].append(person)
        draft.spans.append(Span(field=role, start=person_start, end=person_end))
    return stop


def site_note(draft: Draft, start: int, end: int) -> bool:
    """An online collection's document: ``Wilson Center Digital Archive, "Record of
    Conversation between Mao Zedong and Soviet Ambassador Pavel Yudin," 22 July 1958,
    https://digitalarchive.wilsoncenter.org/document/116982.`` The site, the quoted title, the
    document's day; the address was read off the end already."""
    text = draft.text
    if not draft.has("url"):
        return False
    comma = text.find(", ", start, end)
    quote = comma + 2 if comma > start else -1
    if (
        quote < 0
        or quote >= end
        or text[quote] not in QUOTES
        or _QUOTE_MARK.search(text, start, comma)
    ):
        return False
    title_end = take_title(draft, quote, end, brackets=False)
    if not draft.has("title"):
        return False
    put_plain_text(draft, "container_title", start, comma)
    draft.kind = "webpage"
    rest = trim(text, title_end, end, " \t,.")
    found = find_date(text, start=rest[0], end=rest[1]) if rest[0] < rest[1] else None
    if found is not None:
        draft.put("date", found.date, found.start, found.end)
    return True


def _document_date(text: str, start: int, end: int, *, at_end: bool) -> DateHit | None:
    """A document's day (``5 March 1940``) at the end of ``text[start:end]`` after a comma, or
    at its start; a year alone is not one."""
    found = find_date(text, start=start, end=end)
    if found is None or found.date.start.month is None:
        return None
    if at_end:
        before = trim(text, start, found.start, " \t")[1]
        rest = trim(text, found.end, end, " \t,.")
        alone = before > start and text[before - 1] == "," and rest[0] >= rest[1]
    else:
        alone = trim(text, start, found.start, " \t,")[0] >= found.start
    return found if alone else None


def glossed_title(draft: Draft, start: int, end: int) -> bool:
    """A work named by its romanized title and, in brackets, its translation, no author before
    it: ``Senkan Yamato no saigo (The End of the Battleship Yamato)``, ``Nobi ("Soldier Tamura's
    War"), 1950``, ``Furyoki (1948; Taken Captive: A Japanese POW’s Story)``, ``Ikite kaette kita
    otoko: … (A man who lived to return home: … [Iwanami Shoten, 2015])``; or by its English
    title with the original in romaji and kanji in brackets: ``Taken Captive:A Japanese POW’s
    Story (Furyoki 俘虜記)``. The facts of publication may close the brackets or follow them
    (``…, vol. XII, Casa editrice …, 1998.``). A title alone is read as a work cited in short."""
    text = draft.text
    if not text[start].isupper():
        return False
    probe = draft.probe()
    start = _possessive_author(probe, start, end)
    brackets = _gloss_brackets(text, start, end)
    if brackets is None:
        return False
    opening, close = brackets
    title = trim(text, start, opening, " \t,*_")
    if text.find(". ", *title) >= 0:
        return False  # "Galkin M.V., Stogov S.R. Sposob …": names and a sentence before the title
    original = None
    if script_of(text[opening + 1 : close]) in ("Hani", "Kana"):
        # "Nihon no Rekishi wo Eigode Yomu [日本の歴史を英語で読む] (Reading …)": the original, then
        # the translation in the next brackets
        following = _gloss_brackets(text, close + 1, end)
        if following is None or text[close + 1 : following[0]].strip():
            return False
        original = (opening + 1, close)
        opening, close = following
    if not (
        (original is None and _original_in_brackets(probe, title, (opening + 1, close)))
        or _translation_in_brackets(probe, title, (opening + 1, close), original)
    ):
        return False
    if not _glossed_tail(probe, close + 1, end):
        return False
    if not any(probe.has(name) for name in ("date", "publisher", "container_title")):
        probe.short_note = True  # "Senkan Yamato no saigo (The End of …)": the title alone
    draft.take_over(probe)
    return True


def _possessive_author(draft: Draft, start: int, end: int) -> int:
    """``Takasugi Ichirō’s Kyokkō no kage ni (…)``, ``Takayuki Tatsumi's Kyoryu no America [A
    Dinosaur's America]``: the author in the possessive before the title; a name romanized with
    macrons is printed the Japanese way, family name first. Where the title begins."""
    text = draft.text
    head = POSSESSIVE_HEAD_PATTERN.match(text, start, end)
    if head is None:
        return start
    macrons = any(char in head["name"] for char in "āīūēō")
    name = given_first_name(head["name"], text, family_first=macrons)
    if name is None:
        return start
    draft.authors.append(name)
    draft.spans.append(Span(field="authors", start=start, end=head.end("name")))
    return head.end()


def _gloss_brackets(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first brackets after a title of letters, and the bracket that closes them (brackets
    of the other kind may stand inside: ``(… [Iwanami Shoten, 2015])``)."""
    opening = min(
        (at for at in (text.find("(", start, end), text.find("[", start, end)) if at > start),
        default=-1,
    )
    if opening < 0:
        return None
    opener, closer = text[opening], ")" if text[opening] == "(" else "]"
    depth = 0
    for index in range(opening, end):
        if text[index] == opener:
            depth += 1
        elif text[index] == closer:
            depth -= 1
            if not depth:
                return opening, index
    return None


def _original_in_brackets(draft: Draft, title: tuple[int, int], inside: tuple[int, int]) -> bool:
    """``Taken Captive:A Japanese POW’s Story (Furyoki 俘虜記)``: the original in the brackets,
    the English title its translation."""
    text = draft.text
    original = ROMANIZED_ORIGINAL_PATTERN.fullmatch(text, *inside)
    if original is None or script_of(text[slice(*title)]) != "Latn" or title[0] >= title[1]:
        return False
    languages = east_asian_languages(original["latin"])
    if "ja" in languages:  # "Furyoki": Hepburn, as a Japanese work is romanized
        draft.language = "ja"
    put_text(draft, "title", inside, text[slice(*title)])
    return True


def _translation_in_brackets(
    draft: Draft,
    title: tuple[int, int],
    inside: tuple[int, int],
    original: tuple[int, int] | None = None,
) -> bool:
    """The romanized title (perhaps with the ``original`` in its own script after it) and its
    translation in the brackets after it, with the year before the translation or the facts of
    publication after it."""
    text = draft.text
    match = GLOSS_PATTERN.fullmatch(text, *inside)
    if match is None or title[0] >= title[1]:
        return False
    gloss = trim(text, *match.span("gloss"), " \t,")
    quoted = text[gloss[0]] in QUOTES and text[gloss[1] - 1] in QUOTES.values()
    if quoted:
        gloss = (gloss[0] + 1, gloss[1] - 1)
    value, translation = text[slice(*gloss)], text[slice(*gloss)]
    own = " ".join(word for word in text[slice(*title)].split() if word not in value.split())
    languages = east_asian_languages(own) if own else ()
    if own and not languages and hepburn_lost_vowels(own):
        languages = ("ja",)  # "Gokuch Ichimannichi (Ten Thousand Days in Gaol)": ū lost
    # "Showa Tenno no gunji shiso to senryaku": "to" is a Japanese particle there, no English
    english = english_score(own) > 0 and not (languages and hepburn_particles_only(own))
    if not (languages or english_score(own) < 0) or english:
        return False  # "Mount Fuji (The highest mountain)": an English title, not a romanized one
    if any(names_publisher(word) for word in [value, *value.split()]) or not value[:1].isupper():
        return False  # "Tokyo (Kodansha International)": the publisher, not a translation
    if not (quoted or english_score(value) > 0) and (
        len(value.split()) < 2 or east_asian_languages(value)
    ):
        return False  # "Nihon no rekishi (Chuo Koron)": romanized too, no translation
    if english_score(value) <= 0 and OTHER_GLOSS_WORDS & set(value.lower().split()):
        translation = ""  # "(Manoscritti di Mao Zedong …)": a gloss in another language
    if len(languages) == 1:
        draft.language = languages[0]
    if original is not None:
        written = text[slice(*original)]
        lang = text_lang(written, draft.language, text)
        draft.language = lang
        romanized = {_SCHEMES.get(lang or "", "unknown"): text[slice(*title)]}
        translations = {"en": translation} if translation else {}
        both = Text(original=written, lang=lang, romanized=romanized, translations=translations)
        draft.put("title", both, title[0], original[1] + 1)
    else:
        put_text(draft, "title", title, translation or None)
    draft.spans.append(Span(field="gloss", start=gloss[0], end=gloss[1]))
    year = next((name for name in ("first_year", "year") if match[name]), "last_year")
    if match[year]:
        draft.put("date", DateRange.of(int(match[year])), *match.span(year))
    if match["place"]:
        draft.put("place", Text(original=match["place"].strip()), *match.span("place"))
    if match["publisher"]:
        put_plain_text(draft, "publisher", *match.span("publisher"))
    return True


def _glossed_publisher(draft: Draft, start: int, end: int) -> bool:
    """``(Koubunken, 2013)``, ``(coauthor, Fuyo Shobo Shuppan, 2010)``: after a glossed title a
    publisher in brackets that no word names as one, the translation before it having told
    what the brackets hold, perhaps a page after it; a credit before the publisher is kept as
    ``extra["credit"]``."""
    text = draft.text
    close = text.find(")", start, end)
    match = (
        GLOSSED_PUBLISHER_PATTERN.fullmatch(text, start + 1, close)
        if text.startswith("(", start) and close > start
        else None
    )
    rest = trim(text, close + 1, end, " \t.,;")
    if match is None or not (rest[0] >= rest[1] or LOCATOR_PATTERN.fullmatch(text, close + 1, end)):
        return False
    if match["credit"]:
        draft.put_extra("credit", match["credit"], *match.span("credit"))
    put_plain_text(draft, "publisher", *match.span("publisher"))
    draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
    put_locator(draft, close + 1, end)
    return True


def _glossed_tail(draft: Draft, start: int, end: int) -> bool:
    """What follows a glossed title's brackets: nothing, its year (``, 1950``), its facts of
    publication in brackets or bare, after a volume (``, vol. XII, Casa editrice …, 1998.``),
    with a cited page after them. ``False`` when it is something else."""
    text = draft.text
    pos, stop = trim(text, start, end, " \t,.;")
    if pos >= stop:
        return True
    if text[trim(text, start, end, " \t")[0]] == ".":
        # "Gikei Ki (The Life of Yoshitsune). Ed. Okami Masao. Iwanami Shoten, 1959.": sentences
        draft.humanities = True
        read_tail(draft, pos, end)
        return not draft.loose and draft.has("date")
    day = GLOSSED_DAY_PATTERN.fullmatch(text, pos, stop)
    month = MONTHS.get(day["month"].lower()) if day is not None else None
    year = int(day["bracketed"] or day["year"]) if day is not None else 0
    if day is not None and month is not None and 1 <= int(day["day"]) <= monthrange(year, month)[1]:
        if draft.has("date"):
            return False  # the day of a document: Linebarger's notes, ", of April 12, XIII (1924)"
        draft.put("date", DateRange.of(year, month, int(day["day"])), pos, stop)
        return True
    if YEAR_ONLY_PATTERN.fullmatch(text, pos, stop):
        if draft.has("date"):
            return False
        draft.put("date", DateRange.of(int(text[pos : pos + 4])), pos, stop)
        return True
    imprint = find_imprint(text, pos, end, quoted=False)
    if imprint is not None and book_imprint(text, imprint):
        put_segments(draft, pos, imprint.open)
        put_note_imprint(draft, imprint, end)
        return True
    if _glossed_publisher(draft, pos, end):
        return True
    credited = CREDITED_IMPRINT_PATTERN.fullmatch(text, pos, stop)
    if credited is not None:
        put_credited_imprint(draft, credited)  # "…, Tokyo University Press (Tokyo, Japan), 1982."
        return True
    comma = pos - 2
    while comma >= pos - 2:
        bare = GLOSSED_IMPRINT_PATTERN.match(text, comma + 2, end)
        located = bare is not None and (
            trim(text, bare.end(), end, " \t.")[0] >= end
            or LOCATOR_PATTERN.fullmatch(text, bare.end(), end)
        )
        if bare is not None and located:
            put_segments(draft, pos, comma)
            if bare["place"]:
                draft.put("place", Text(original=bare["place"].strip()), *bare.span("place"))
            put_plain_text(draft, "publisher", *bare.span("publisher"))
            draft.put_years(bare)
            put_locator(draft, bare.end(), end)
            return True
        comma = text.find(", ", comma + 2, end)
    return False
