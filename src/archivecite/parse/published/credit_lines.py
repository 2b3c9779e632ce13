"""Books named by their title and the lines that credit their people, as shops, publishers,
reviews and reading lists print them rather than as a bibliography does: a record with labels
(``Reviewing and Reconsidering the History of Sino-Soviet Relations 1917-1991\\nBy:Shen
Zhihua\\nPublisher:Social Sciences Academic Press\\nPublication Date:2017-06-01``), a heading
``Title By Author`` or ``Title - Author``, a book list's ``Title Author | Publisher | Year``,
Publishers Weekly's header (``The Great Chinese
Revolution, 1800-1985\\nJohn King Fairbank. HarperCollins Publishers, $20.95 (396pp)``) and a
title with its credits (``Edited by …``, ``Translated by …``).

A citation reaches the reader with its line breaks turned into spaces; a blank line leaves two,
which part a title from its subtitle or from the author's name. The people are read given name
first, a Chinese name in pinyin family name first. Each form is read only when all of the entry
is read: a sentence of prose has words a title and a name do not.
"""

from __future__ import annotations

import re

from archivecite.model import DateRange, Name, Span, Text
from archivecite.parse.published.chicago_patterns import (
    CREDIT_ROLE_PATTERN,
    HEADING_NAME_JOIN_PATTERN,
    INVERTED_HEAD_PATTERN,
    LINE_BREAK_PATTERN,
    PW_EMPTY_FIELDS_PATTERN,
    PW_PRICE_PATTERN,
    PW_TRANSLATOR_PATTERN,
    RECORD_ISO_DATE_PATTERN,
    RECORD_LABEL_PATTERN,
    TITLE_BY_PATTERN,
    TITLE_DASH_AUTHOR_PATTERN,
    TITLE_LAST_BY_PATTERN,
    TITLE_THEN_AUTHOR_PATTERN,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.heading_patterns import (
    DATED_TITLE_PATTERN,
    ORIGINAL_IN_TITLE_PATTERN,
    PIPED_FIELD_PATTERN,
    QUOTED_TITLE_PATTERN,
)
from archivecite.parse.published.names import given_first_name, is_initial, is_name_word
from archivecite.parse.published.scanning import script_of, split_sentences, trim
from archivecite.parse.published.terms import (
    CREDIT_ROLE_WORDS,
    CREDIT_VERB_WORDS,
    ENGLISH_PUBLISHER_ABBREVIATIONS,
    ENGLISH_WORDS,
    GIVEN_NAMES,
    PUBLIC_GIVEN_NAMES,
    PUBLISHER_WORDS,
)
from archivecite.parse.published.titles import put_plain_text, put_text
from archivecite.translit import looks_like_romaji

__all__ = ["credited_title"]

_TITLE_WORDS = 12  # the longest title without a colon read as one (a sentence is longer)
_NAMES = 4  # the most people one credit names
_NAME_WORDS = 4  # the most words of one name
_ROLE_FIELDS = {"edited": "editors", "compiled": "editors"}


def credited_title(draft: Draft, start: int, end: int) -> bool:
    """Read ``text[start:end]`` as a title with its credits (see the module); ``False`` (the
    draft untouched) when it is none of these forms."""
    for reader in (
        _record,
        _publishers_weekly,
        _credit_lines,
        _title_by,
        _title_dash_author,
        _title_then_author,
        _piped_fields,
    ):
        probe = draft.probe()
        if reader(probe, start, end):
            if not (probe.has("date") or probe.has("publisher")):
                probe.short_note = True  # "Red Star Over China By Edgar Snow": named in short
            draft.take_over(probe)
            return True
    return False


# --- the title ------------------------------------------------------------------------------------


def _title_line(draft: Draft, start: int, end: int) -> bool:
    """Put the title at ``text[start:end]``: one line, or a title line and the subtitle line
    under it (``Fifteen Lectures on Showa Japan\\n\\nRoad to the Pacific War in Recent
    Historiography``), joined by a colon. ``False`` when it reads as prose."""
    text = draft.text
    lines = _lines(text, start, end)
    if not 1 <= len(lines) <= 2 or not all(_titled(text, *line) for line in lines):
        return False
    if len(lines) == 1:
        put_text(draft, "title", lines[0])
        return True
    title, subtitle = (text[slice(*line)] for line in lines)
    joined = Text(original=f"{title.rstrip(':')}: {subtitle}")
    draft.put("title", joined, lines[0][0], lines[1][1])
    return True


def _titled(text: str, start: int, end: int) -> bool:
    """A title: a capital first, no sentence after a full stop, not too long unless a colon
    parts it, no word that makes it a sentence."""
    value = text[start:end]
    words = [word.strip(".,:;!?()“”\"'‘’").lower() for word in value.split()]
    return (
        bool(words)
        and (value[0].isupper() or value[0].isdigit())
        and len(split_sentences(text, start, end)) == 1
        and (len(words) <= _TITLE_WORDS or ":" in value)
        and not any(word in CREDIT_VERB_WORDS for word in words)
        and not value.endswith((".", ","))
    )


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of ``text[start:end]``: parted by line breaks or by the two spaces a blank
    line leaves; each trimmed, none empty."""
    found: list[tuple[int, int]] = []
    pos = start
    for match in LINE_BREAK_PATTERN.finditer(text, start, end):
        found.append(trim(text, pos, match.start(), " \t\r"))
        pos = match.end()
    found.append(trim(text, pos, end, " \t\r"))
    return [line for line in found if line[0] < line[1]]


# --- people ---------------------------------------------------------------------------------------


def credited_people(text: str, start: int, end: int) -> list[Name] | None:
    """The people of a credit, ``Noda Makito and Paul Narum``, ``Jung Chang & John Halliday``:
    each name two to four words, read given name first (pinyin family name first)."""
    names: list[Name] = []
    pos = start
    while pos < end and len(names) < _NAMES:
        join = HEADING_NAME_JOIN_PATTERN.search(text, pos, end)
        comma = text.find(", ", pos, end)
        stop = min(join.start() if join else end, comma if comma >= 0 else end)
        token = text[slice(*trim(text, pos, stop, " \t\n,."))]
        if token.isupper() and len(token) > 3:  # "ZACK DAVISSON": a cover's capitals
            token = token.title()
        name = given_first_name(token, text) if token else None
        if name is None or any(word.lower() in ENGLISH_WORDS for word in token.split()):
            return None
        names.append(name)
        if stop >= end:
            return names
        pos = join.end() if join is not None and join.start() == stop else stop + 2
    return None


def _put_people(draft: Draft, field: str, start: int, end: int) -> bool:
    people = credited_people(draft.text, start, end)
    if people is None:
        return False
    target = {"editors": draft.editors, "translators": draft.translators}.get(field, draft.authors)
    target.extend(people)
    draft.spans.append(Span(field=field, start=start, end=end))
    return True


def _name_start(text: str, start: int, end: int) -> int:
    """Where the name that closes ``text[start:end]`` begins when nothing but a space parts it
    from the title before it (``The Great Chinese Revolution, 1800-1985 John King Fairbank``):
    at its first initial or listed given name among its last words, else two words back;
    ``end`` when no name closes it."""
    words: list[tuple[int, int]] = []
    pos = end
    while len(words) < _NAME_WORDS:
        space = text.rfind(" ", start, pos)
        word = (space + 1, pos)
        value = text[slice(*word)]
        if not value or not (is_name_word(value) or is_initial(value)) or not value[0].isupper():
            break
        words.append(word)
        if space < start:
            break
        pos = space
    words.reverse()
    if len(words) < 2:
        return end
    for index, word in enumerate(words[:-1]):
        value = text[slice(*word)]
        if is_initial(value) or value in GIVEN_NAMES:
            return word[0] if index < len(words) - 1 else end
    if len(words) >= 3 and text[slice(*words[-3])] in PUBLIC_GIVEN_NAMES:
        return words[-3][0]  # "Harrison Evans Salisbury": a given name and a middle name
    return words[-2][0]


# --- the forms ------------------------------------------------------------------------------------


def _record(draft: Draft, start: int, end: int) -> bool:
    """``Title\\n\\nBy:Shen Zhihua\\n\\nPublisher:Social Sciences Academic Press\\n\\nPublication
    Date:2017-06-01``, ``MAO: The Unknown StoryAuthors: Jung Chang & John HallidayPublished by:
    Jonathan Cape-Random House 2005``: a shop's or publisher's record, the title, then labelled
    values (people, publisher, date); one label at least names the people, one another field."""
    text = draft.text
    labels = list(RECORD_LABEL_PATTERN.finditer(text, start, end))
    if len(labels) < 2 or not _title_line(draft, start, labels[0].start()):
        return False
    credited = False
    for index, label in enumerate(labels):
        stop = labels[index + 1].start() if index + 1 < len(labels) else end
        value = trim(text, label.end(), stop, " \t\n,;")
        if value[0] >= value[1]:
            return False
        name = label["label"].lower()
        if name.startswith(("by", "author", "editor", "translator")):
            field = {"e": "editors", "t": "translators"}.get(name[0], "authors")
            if not _put_people(draft, field, *value):
                return False
            credited = True
        elif name in ("publisher", "published by"):
            put_plain_text(draft, "publisher", *_publisher_and_year(draft, *value))
        elif not _record_date(draft, *value):
            return False
    return credited and (draft.has("publisher") or draft.has("date"))


def _publisher_and_year(draft: Draft, start: int, end: int) -> tuple[int, int]:
    """``Jonathan Cape-Random House 2005``: a year closing the publisher is the date."""
    text = draft.text
    space = text.rfind(" ", start, end)
    if space > start and RECORD_ISO_DATE_PATTERN.fullmatch(text, space + 1, end):
        if not draft.has("date"):
            _record_date(draft, space + 1, end)
        return trim(text, start, space, " \t,")
    return start, end


def _record_date(draft: Draft, start: int, end: int) -> bool:
    match = RECORD_ISO_DATE_PATTERN.fullmatch(draft.text, start, end)
    if match is None:
        return False
    month = int(match["month"]) if match["month"] else None
    day = int(match["day"]) if match["day"] and month else None
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        return False
    draft.put("date", DateRange.of(int(match["year"]), month, day), start, end)
    return True


def _publishers_weekly(draft: Draft, start: int, end: int) -> bool:
    """Publishers Weekly's header: the title line, then ``Harrison Evans Salisbury.
    HarperCollins Publishers, $22.95 (419pp)``: the author, the publisher, the price and the
    count of pages (the ISBN after them read off already)."""
    text = draft.text
    price = PW_PRICE_PATTERN.search(text, start, end)
    if price is None:
        return False
    credit = PW_TRANSLATOR_PATTERN.search(text, start, price.start())
    gaps = (
        None if credit is not None else PW_EMPTY_FIELDS_PATTERN.search(text, start, price.start())
    )
    stop = credit.start() if credit is not None else _credit_stop(text, start, price.start())
    if gaps is not None:  # "Adeline Yen Mah, . . Delacorte": the template's empty fields
        stop = gaps.start()
    if stop < 0:
        return False
    if credit is not None and not _put_people(draft, "translators", *credit.span("names")):
        return False
    head = trim(text, start, stop, " \t\n")
    names = _name_start(text, *head)
    if names >= head[1] or not _put_people(draft, "authors", names, head[1]):
        return False
    if not _title_line(draft, *trim(text, head[0], names, " \t\n,")):
        return False
    publisher = credit.end() if credit is not None else gaps.end() if gaps else stop + 1
    put_plain_text(draft, "publisher", *trim(text, publisher, price.start(), " \t\n,"))
    draft.put_extra("price", price["price"], *price.span("price"))
    draft.put_extra("extent", price["extent"], *price.span("extent"))
    return True


def _credit_stop(text: str, start: int, end: int) -> int:
    """The full stop that closes the author's name before the publisher (not one after an
    initial or inside ``St. Martin’s``); ``-1`` when there is none."""
    stop = text.rfind(". ", start, end)
    while stop > start:
        space = text.rfind(" ", start, stop)
        word = text[space + 1 : stop]
        if not (len(word) == 1 or word in ENGLISH_PUBLISHER_ABBREVIATIONS):
            return stop
        stop = text.rfind(". ", start, stop)
    return -1


def _credit_lines(draft: Draft, start: int, end: int) -> bool:
    """A publisher's page: the title (and its subtitle's line), perhaps the author's name on a
    line of its own, then the credits: ``Shigemitsu and Togo and Their Time\\n\\nOkazaki
    Hisahiko\\nTranslated by Noda Makito``, ``…\\n\\nEdited by Tsutsui Kiyotada\\nTranslated by
    Noda Makito and Paul Narum``."""
    text = draft.text
    roles = list(CREDIT_ROLE_PATTERN.finditer(text, start, end))
    if not roles:
        return False
    for index, match in enumerate(roles):
        stop = roles[index + 1].start() if index + 1 < len(roles) else end
        field = _ROLE_FIELDS.get(match["role"].lower(), "translators")
        if not _put_people(draft, field, *trim(text, match.end(), stop, " \t\n,;")):
            return False
    head = trim(text, start, roles[0].start(), " \t\n,;")
    lines = _lines(text, *head)
    if len(lines) >= 2 and credited_people(text, *lines[-1]) is not None:
        _put_people(draft, "authors", *lines[-1])  # "Okazaki Hisahiko": the author's line
        head = trim(text, head[0], lines[-1][0], " \t\n")
    elif (by := _comma_by(text, *head)) > 0 and _put_people(draft, "authors", by + 5, head[1]):
        head = (head[0], by)  # "Grassroots Fascism: …, by Yoshimi Yoshiaki, Translated by …"
    return _title_line(draft, *head)


def _comma_by(text: str, start: int, end: int) -> int:
    """Where ``, by `` (or ``, By ``) sets the author's name after the title on one line, as a
    review's book line does; ``-1`` when it does not."""
    return max(text.rfind(", by ", start, end), text.rfind(", By ", start, end))


def _title_by(draft: Draft, start: int, end: int) -> bool:
    """``Red Star Over China By Edgar Snow``, ``The Long March 1935: The Epic of Chinese
    Communism's Survival by Dick Wilson (1982)``: a list's heading, the title, ``by`` and the
    author. Read when "By" is capitalised, the year follows in brackets or the title has a
    colon or brackets: in prose "by" is lower-case and no title stands before it."""
    text = draft.text
    for pattern in (TITLE_BY_PATTERN, TITLE_LAST_BY_PATTERN):
        match = pattern.fullmatch(text, start, end)
        if match is None or (pattern is TITLE_LAST_BY_PATTERN and _credited(match["title"])):
            continue
        probe = draft.probe()
        if _title_by_match(probe, match):
            draft.take_over(probe)
            return True
    return False


def _credited(title: str) -> bool:
    """Whether a title read to the last "by" holds a person's credit itself: a given name or an
    initial after its own "by" (``Becoming Baba Yaga: … by Kris Spisak, Foreword``), or a
    credit's word (``…, translated and adapted by Robert Ricketts … with a preface``), not words
    of the title (``A Discourse by Three Drunkards on Government``)."""
    words = title.rsplit(" by ", 1)[-1].split()
    first = words[0].strip(",.;:") if words else ""
    credit = {word.strip(",.;:()").lower() for word in title.split()} & CREDIT_ROLE_WORDS
    return first in PUBLIC_GIVEN_NAMES or is_initial(first) or bool(credit - {"and"})


def _title_by_match(draft: Draft, match: re.Match[str]) -> bool:
    """The title, its people and its imprint as ``_title_by`` found them; ``False`` when the
    title reads as no heading's or the names as no names (``A Discourse`` and ``Three Drunkards
    on Government by …``: the title's own "by", the reading to the last one tried next)."""
    text = draft.text
    title = trim(text, *match.span("title"), " \t\n,")
    printed = text[slice(*title)]
    heading = (
        match["by"] == "By"
        or match["year"]
        or match["house"]
        or ":" in printed
        or printed.endswith(")")
        or _title_case(printed)
        or (printed.isupper() and len(printed) > 3)  # a Kirkus heading's title in capitals
    )
    if not heading or printed.rsplit(maxsplit=1)[-1].lower().rstrip(".") in CREDIT_ROLE_WORDS:
        return False
    names = trim(text, *match.span("names"), " \t\n,.")
    if not _put_people(draft, "authors", *names) or not _glossed_title(draft, *title):
        return False
    if match["translators"]:
        translators = trim(text, *match.span("translators"), " \t\n,.")
        if not _put_people(draft, "translators", *translators):
            return False
    if match["credit"]:
        draft.put_extra("credit", match["credit"], *match.span("credit"))
    for field in ("publisher", "house"):
        if match[field]:
            put_plain_text(draft, "publisher", *match.span(field))
    if match["year"] and not draft.has("date"):  # (a year after the title is the work's)
        draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
    if match["price"]:
        draft.put_extra("price", match["price"], *match.span("price"))
    if match["life"]:  # the author's years, not the book's
        draft.put_extra("life_dates", match["life"], *match.span("life"))
    return True


def _title_case(value: str) -> bool:
    """``The World Turned Upside Down``: every word of four letters or more capitalised, as a
    title is printed and a sentence is not (a number, ``1945-1980``, is neither)."""
    long_words = [word for word in value.split() if len(word) >= 4 and word[0].isalpha()]
    return len(long_words) >= 2 and all(word[0].isupper() for word in long_words)


def _glossed_title(draft: Draft, start: int, end: int) -> bool:
    """A heading's title, with its English translation in brackets after a romanized one
    (``Mitsubachi to enrai (Honeybees and Distant Thunder)``), or an English title with its
    original romanized in brackets (``‘The Essence of the Novel’ (Shōsetsu Shinzui)``), kept
    whole: the original meets the other side's title (see dedupe.bracketed_originals)."""
    text = draft.text
    dated = DATED_TITLE_PATTERN.fullmatch(text, start, end)
    if dated is not None:
        return _dated_title(draft, dated)
    quoted = QUOTED_TITLE_PATTERN.fullmatch(text, start, end)
    if quoted is not None:
        return _quoted_title(draft, quoted, start, end)
    original = ORIGINAL_IN_TITLE_PATTERN.search(text, start, end)
    if original is not None:
        return _title_with_original(draft, original, start, end)
    opening = text.rfind(" (", start, end)
    if text[end - 1] != ")" or opening < start:
        return _title_line(draft, start, end)
    if _romanized_original(text[start:opening], text[opening + 2 : end - 1]):
        return _title_line(draft, start, end)
    probe = draft.probe()
    if not _title_line(probe, start, opening):
        return _title_line(draft, start, end)
    title = probe.values["title"]
    gloss = text[opening + 2 : end - 1]
    draft.put("title", title.model_copy(update={"translations": {"en": gloss}}), start, end)
    return True


def _dated_title(draft: Draft, dated: re.Match[str]) -> bool:
    """``The Book of Tea (…) (1906)[1]``: a title with the work's year in brackets after it, as
    an encyclopedia's opening names a work, perhaps with its footnote's mark."""
    if not _glossed_title(draft, *dated.span("title")):
        return False
    draft.put("date", DateRange.of(int(dated["year"])), *dated.span("year"))
    return True


def _title_with_original(draft: Draft, original: re.Match[str], start: int, end: int) -> bool:
    """``The Book of Tea (茶の本, Cha no Hon) A Japanese Harmony of Art, Culture, and the Simple
    Life``: an English title with its original in characters (and romanized) in brackets after
    the main title, the subtitle after them; read as the title and its subtitle with the
    original in brackets at the end, where an original romanized in brackets stands."""
    text = draft.text
    main = trim(text, start, original.start(), " \t,")
    rest = trim(text, original.end(), end, " \t,:")
    if not _titled(text, *main) or (rest[0] < rest[1] and not _titled(text, *rest)):
        return False
    title = " ".join(text[slice(*main)].split())
    if rest[0] < rest[1]:
        title = f"{title}: {' '.join(text[slice(*rest)].split())}"
    draft.put("title", Text(original=f"{title} ({original['original'].strip()})"), start, end)
    return True


def _romanized_original(title: str, bracket: str) -> bool:
    """An English title and its original romanized in the brackets after it (Hepburn's
    "Shōsetsu Shinzui" after 'The Essence of the Novel'), not a romanized title and its
    English gloss."""
    return looks_like_romaji(bracket) and not looks_like_romaji(title)


def _quoted_title(draft: Draft, quoted: re.Match[str], start: int, end: int) -> bool:
    """A title printed in quotes, perhaps its original romanized in brackets after them
    (``‘The Essence of the Novel’ (Shōsetsu Shinzui)``): the words without the quotes."""
    text = draft.text
    inner = trim(text, *quoted.span("title"), " \t")
    if not _titled(text, *inner):
        return False
    bracket = quoted["bracket"]
    if bracket and not _romanized_original(text[slice(*inner)], bracket):
        return False
    printed = " ".join(text[slice(*inner)].split())
    draft.put("title", Text(original=f"{printed} ({bracket})" if bracket else printed), start, end)
    return True


def _title_dash_author(draft: Draft, start: int, end: int) -> bool:
    """``Twenty Letters to a Friend - Svetlana Alliluyeva``, ``Hirohito and the Making of
    Modern Japan - Herbert P. Bix``: a title, a spaced dash, the author. Read only when the
    author's first word is a listed given name (``data/given_names.toml``) or an initial
    follows it: a dash parts many other things."""
    text = draft.text
    match = TITLE_DASH_AUTHOR_PATTERN.fullmatch(text, start, end)
    if match is None:
        return False
    names = trim(text, *match.span("names"), " \t.")
    words = text[slice(*names)].split()
    known = words[0] in GIVEN_NAMES or (len(words) == 3 and is_initial(words[1]))
    if not known or len(words) > 3 or any(word.lower() in PUBLISHER_WORDS for word in words):
        return False
    title = trim(text, *match.span("title"), " \t")
    if len(text[slice(*title)].split()) < 2 or not _title_line(draft, *title):
        return False
    return _put_people(draft, "authors", *names)


def _title_then_author(draft: Draft, start: int, end: int) -> bool:
    """``Precarious Japan / Anne Allison``, ``Media and Politics in Japan / Susan J. Pharr &
    Ellis S. Krauss (eds.)`` (The Nippon Foundation's reading list), a series list's ``An
    Intellectual History of Wartime Japan. Shunsuke Tsurumi``: a title, then the people after a
    spaced slash or a full stop, filling the rest. Read in Latin script only (a slash opens
    GOST's statement of responsibility), the title printed as one (capitalised words, or a
    colon) and of two words at least; after a full stop, the title in capitalised words."""
    text = draft.text
    if script_of(text[start:end]) != "Latn":
        return False
    if INVERTED_HEAD_PATTERN.match(text, start, end):
        return False  # "Ginzburg, Evgeniia. Krutoi Marshrut.": an author inverted, not a title
    pos = start
    while (match := TITLE_THEN_AUTHOR_PATTERN.search(text, pos, end)) is not None:
        title = trim(text, start, match.start(), " \t")
        printed = text[slice(*title)]
        slash = match["sep"].strip() == "/"
        titled = _title_case(printed) or (slash and ":" in printed)
        if not slash and "." in printed:  # "Smith J, Doe A. Title. J Hist.": an entry's stops
            return False
        if len(printed.split()) >= 2 and titled and _title_line(draft, *title):
            field = "editors" if match["editors"] else "authors"
            names = trim(text, *match.span("names"), " \t,")
            return _put_people(draft, field, *names)
        pos = match.start() + 1
    return False


def _piped_fields(draft: Draft, start: int, end: int) -> bool:
    """``Diary of a Madman Lu Xun | People's Literature Publishing House | 1973``: a book list's
    item, its fields parted by bars, the title and the author's name run together (the name
    closing the first field), then the publisher and the year."""
    text = draft.text
    bars = list(PIPED_FIELD_PATTERN.finditer(text, start, end))
    if len(bars) != 2:
        return False
    head = trim(text, start, bars[0].start(), " \t")
    publisher = trim(text, bars[0].end(), bars[1].start(), " \t")
    year = trim(text, bars[1].end(), end, " \t")
    if not RECORD_ISO_DATE_PATTERN.fullmatch(text, *year) or publisher[0] >= publisher[1]:
        return False
    names = _name_start(text, *head)
    if names >= head[1] or not _put_people(draft, "authors", names, head[1]):
        return False
    title = trim(text, head[0], names, " \t,")
    if not (_title_case(text[slice(*title)]) and _title_line(draft, *title)):
        return False
    put_plain_text(draft, "publisher", *publisher)
    return _record_date(draft, *year)
