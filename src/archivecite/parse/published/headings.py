"""Entries that print the title before the author, then the imprint: the headings of book
reviews (NYRB, LRB, TLS, Foreign Affairs, H-Net), ``Vyatlag by Viktor Berdinskikh Kirov:
Kirovskaya Oblastnaya Tipografia, 318 pp.``, ``Gulag: A History By Anne Applebaum Doubleday,
2003, 736 pp``, and bookshop lists, ``“Nihon No Shisou” Masao Maruyama Iwanami Shoten, Iwanami
Shinsho``.

A heading closes with the count of pages (and the price), which a bibliography seldom prints
and prose never does; a bookshop's line names a publisher after the author. The author is read
given name first, the imprint as "Place: Publisher, Year". The line breaks of a heading are
often lost, so where the author's name ends is told by the words of a name (initials and a
family name, or a given and a family name, with a patronymic) rather than by the break.
"""

from __future__ import annotations

import re

from archivecite.model import DateRange, Name, Span, Text
from archivecite.parse.published.chicago_patterns import (
    CAPITALS_TITLE_PATTERN,
    CJK_ORIGINAL_BRACKET_PATTERN,
    GOOGLE_BOOKS_IMPRINT_PATTERN,
    HEADING_EDITION_YEAR_PATTERN,
    HEADING_FOREWORD_BY_PATTERN,
    HEADING_INITIALS_PATTERN,
    HEADING_LAST_WORD_PATTERN,
    HEADING_NAME_JOIN_PATTERN,
    HEADING_OTHER_ROLE_PATTERN,
    HEADING_TRANSLATED_BY_PATTERN,
    HEADING_TRANSLATOR_PATTERN,
    HEADING_WORD_PATTERN,
    KIRKUS_LABEL_PATTERN,
    LINED_BY_PATTERN,
    LINED_IMPRINT_PART_PATTERN,
    PATRONYMIC_PATTERN,
    REVIEW_BY_PATTERN,
    REVIEW_EXTENT_PATTERN,
    YEAR_ONLY_PATTERN,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.names import given_first_name, role_names
from archivecite.parse.published.patterns import YEAR_PATTERN
from archivecite.parse.published.romanized_items import english_score
from archivecite.parse.published.scanning import (
    QUOTES,
    find_closing,
    split_sentences,
    text_lang,
    trim,
)
from archivecite.parse.published.terms import (
    CITIES,
    ENGLISH_PUBLISHER_WORDS,
    GIVEN_NAMES,
    PUBLIC_GIVEN_NAMES,
    PUBLISHER_WORDS,
)
from archivecite.parse.published.titles import put_plain_text, put_text

__all__ = ["google_books_block", "kirkus_heading", "lined_heading", "listed_book", "review_heading"]

_ROLE_BEFORE_BY = frozenset(
    ("translated", "trans", "tr", "introduction", "foreword", "preface", "afterword",
     "illustrated", "illustrations", "compiled", "selected", "notes", "commentary", "photographs")
)  # fmt: skip
_EXTENT_REACH = 130  # the count of pages, its apparatus, the prices and a closing parenthesis
_NAMES = 6  # the most people a heading names


def review_heading(draft: Draft, start: int, end: int) -> bool:
    """``Title by Author[,] [Place: ]Publisher[, Year], N pp.``: the heading of a book review;
    ``False`` (the draft untouched) when ``text[start:end]`` is none."""
    if REVIEW_EXTENT_PATTERN.search(draft.text, max(start, end - _EXTENT_REACH), end) is None:
        return False  # no count of pages: not a heading, and no copy made for most entries
    probe = draft.probe()
    if not _review_heading(probe, start, end):
        return False
    draft.take_over(probe)
    return True


def _review_heading(draft: Draft, start: int, end: int) -> bool:
    text = draft.text
    extent = REVIEW_EXTENT_PATTERN.search(text, max(start, end - _EXTENT_REACH), end)
    if extent is None:
        return False
    stop = extent.start()
    if extent["close"]:  # "... Frank (Cambridge University Press, 334 pages, $79.81)"
        opening = text.rfind("(", start, stop)
        if opening < 0:
            return False
        stop = opening + 1
    by = REVIEW_BY_PATTERN.search(text, start, stop)
    if by is None:
        return _comma_heading(draft, start, stop, extent)
    title = trim(text, start, by.start(), " \t\n,.")
    if title[0] >= title[1] or not text[title[0]].isupper() or _not_a_title(text, *title):
        return False
    read = _names(text, by.end(), stop)
    if read is None:
        return False
    names, names_end = read
    names_end = _name_original(text, names, names_end, stop)
    pos, translators = _translators(text, names_end, stop)
    pos = _foreword(draft, pos, stop)
    imprint = trim(text, pos, stop, " \t\n,.;(")
    if imprint[0] >= imprint[1] and not extent["close"]:
        return False
    if extent["close"]:
        imprint = trim(text, stop, extent.start(), " \t\n,")
    imprint = _first_edition(text, *imprint)
    if imprint[0] >= imprint[1] or not text[imprint[0]].isupper():
        return False  # "... by John Smith in Moscow: it has 200 pages": prose
    if not _imprint(draft, *imprint):
        return False
    _put_title(draft, *title)
    (draft.editors if by["edited"] else draft.authors).extend(names)
    draft.spans.append(
        Span(field="editors" if by["edited"] else "authors", start=by.end(), end=names_end)
    )
    draft.translators.extend(translators)
    draft.put_extra("extent", extent["extent"].rstrip("."), *extent.span("extent"))
    if extent["price"]:
        draft.put_extra("price", extent["price"], *extent.span("price"))
    return True


def _comma_heading(draft: Draft, start: int, stop: int, extent: re.Match[str]) -> bool:
    """``RACING THE ENEMY: Stalin, Truman, and the Surrender of Japan, Tsuyoshi Hasegawa, The
    Belknap Press of Harvard University Press, Cambridge, MA, 2005, 382 pages, $29.95.``: a
    review's heading with every field between commas, no "by": the title, the author given
    name first, the publisher (a publisher's word in it), the place (perhaps with its state)
    and the year. The author is the first part that is a name with a publisher after it."""
    text = draft.text
    stop = trim(text, start, stop, " \t\n,")[1]
    parts = [trim(text, *part, " \t\n") for part in _comma_parts(text, start, stop)]
    for index in range(1, len(parts) - 2):
        name = given_first_name(text[slice(*parts[index])], text)
        if name is None or not _names_publisher(text[slice(*parts[index + 1])]):
            continue
        year = parts[-1]
        if not YEAR_ONLY_PATTERN.fullmatch(text, *year) or not text[parts[0][0]].isupper():
            return False
        place = parts[index + 2 : -1]
        if len(place) > _PLACE_PARTS or any(_names_publisher(text[slice(*p)]) for p in place):
            return False
        _put_title(draft, parts[0][0], parts[index - 1][1])
        draft.authors.append(name)
        draft.spans.append(Span(field="authors", start=parts[index][0], end=parts[index][1]))
        put_plain_text(draft, "publisher", *parts[index + 1])
        if place:
            span = (place[0][0], place[-1][1])
            draft.put("place", Text(original=text[slice(*span)]), *span)
        draft.put("date", DateRange.of(int(text[year[0] : year[0] + 4])), *year)
        draft.put_extra("extent", extent["extent"].rstrip("."), *extent.span("extent"))
        if extent["price"]:
            draft.put_extra("price", extent["price"], *extent.span("price"))
        return True
    return False


_PLACE_PARTS = 2  # "Cambridge, MA": a town and its state


def lined_heading(draft: Draft, start: int, end: int) -> bool:
    """``The Foreign Affairs Reader\nBy Hamilton Fish Armstrong\nHarper (for the Council on
    Foreign Relations), 1947, 492 pp``: a heading set out one field a line, as Foreign Affairs'
    site prints its capsule reviews: the title, the author after "By" filling a line, then the
    imprint line of publisher, year and count of pages in any order, a field the page left
    empty printed empty (``China's Destiny\nBy Chiang Kai-Shek\npp, , 1947``). The line tells
    where the name ends (``Hamilton Fish Armstrong``, not ``Hamilton Fish``)."""
    text = draft.text
    lines = [
        line
        for line in (trim(text, *span, " \t") for span in _lines(text, start, end))
        if line[1] > line[0]
    ]
    if len(lines) < 3 or LINED_BY_PATTERN.match(text, *lines[-2]) is None:
        return False
    by, imprint = lines[-2], lines[-1]
    titles = [text[slice(*line)] for line in lines[:-2]]
    if len(set(titles)) != 1 or not titles[0][0].isupper():  # the page prints it once or twice
        return False
    names = _line_names(text, by[0] + 3, by[1])
    if names is None:
        return False
    probe = draft.probe()
    if not _lined_imprint(probe, *imprint):
        return False
    draft.take_over(probe)
    put_text(draft, "title", trim(text, *lines[-3], " \t,.:"))
    draft.authors.extend(names)
    draft.spans.append(Span(field="authors", start=by[0] + 3, end=by[1]))
    return True


def google_books_block(draft: Draft, start: int, end: int) -> bool:
    """``Tombstone: The Untold Story of Mao's Great Famine\n\nFront Cover\nPenguin Books, 2013 -
    629 pages``: the heading block of a Google Books page, the title, the cover's caption, the
    authors a line each or after commas (the page may leave them out), then "Publisher, Year -
    N pages"."""
    text = draft.text
    lines = [
        line
        for line in (trim(text, *span, " \t") for span in _lines(text, start, end))
        if line[1] > line[0]
    ]
    cover = next((n for n, line in enumerate(lines) if text[slice(*line)] == "Front Cover"), None)
    if cover is None or cover == 0 or cover >= len(lines) - 1:
        return False
    imprint = GOOGLE_BOOKS_IMPRINT_PATTERN.fullmatch(text, *lines[-1])
    if imprint is None:
        return False
    names: list[Name] = []
    for line in lines[cover + 1 : -1]:
        for part in _comma_parts(text, *line):
            name = given_first_name(text[slice(*part)].strip(), text)
            if name is None:
                return False
            names.append(name)
    title = (lines[0][0], lines[cover - 1][1])
    if not text[title[0]].isupper():
        return False
    put_text(draft, "title", title)
    draft.authors.extend(names)
    if names:
        draft.spans.append(Span(field="authors", start=lines[cover + 1][0], end=lines[-2][1]))
    put_plain_text(draft, "publisher", *imprint.span("publisher"))
    draft.put("date", DateRange.of(int(imprint["year"])), *imprint.span("year"))
    draft.put_extra("extent", imprint["extent"], *imprint.span("extent"))
    return True


def _line_names(text: str, start: int, end: int) -> list[Name] | None:
    """The people a line names given name first (``Hamilton Fish Armstrong``, ``Zhihua Shen and
    Yafeng Xia``), the whole line read; ``None`` when a part of it is no name."""
    names: list[Name] = []
    pos = start
    while pos < end and len(names) < _NAMES:
        join = HEADING_NAME_JOIN_PATTERN.search(text, pos, end)
        stop = end if join is None else join.start()
        name = given_first_name(text[pos:stop].strip(), text)
        if name is None:
            return None
        names.append(name)
        pos = end if join is None else join.end()
    return names if names and pos >= end else None


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = start
    while pos <= end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        spans.append((pos, stop))
        pos = stop + 1
    return spans


def _lined_imprint(draft: Draft, start: int, end: int) -> bool:
    """``Harper (for the Council on Foreign Relations), 1947, 492 pp``, ``pp, , 1947``: the
    publisher, the year and the count of pages between commas; the year is required."""
    text = draft.text
    for piece in _comma_parts(text, start, end):
        part = trim(text, *piece, " \t.")
        if part[0] >= part[1]:
            continue  # a field the page left empty
        match = LINED_IMPRINT_PART_PATTERN.fullmatch(text, *part)
        if match is not None and match["year"] and not draft.has("date"):
            draft.put("date", DateRange.of(int(match["year"])), *part)
        elif match is not None and match["extent"]:
            if any(char.isdigit() for char in match["extent"]):
                draft.put_extra("extent", match["extent"], *part)
        elif draft.has("publisher") or not _imprint(draft, *part):
            return False
    return draft.has("date")


def kirkus_heading(draft: Draft, start: int, end: int) -> bool:
    """``THE GREAT FLOWING RIVER\n\nA Memoir of China, from Manchuria to Taiwan\n\nby Chi
    Pang-Yuan ; translated by John Balcom\n\nPub Date: July 3rd, 2018\nISBN: 978-0-231-18840-1
    \nPublisher: Columbia Univ.``: a Kirkus review's heading, the title in capitals (its
    subtitle after it), the people after "by", then the labelled lines of the date, ISBN, count
    of pages and publisher. Read only when the heading is all read."""
    text = draft.text
    labels = list(KIRKUS_LABEL_PATTERN.finditer(text, start, end))
    names = {match["label"].split()[0] for match in labels}
    if not labels or not names >= {"ISBN", "Publisher"} or not names & {"Pub", "Release"}:
        return False
    head_end = labels[0].start()
    by = REVIEW_BY_PATTERN.search(text, start, head_end)
    capitals = CAPITALS_TITLE_PATTERN.match(text, start, head_end)
    if by is None or capitals is None or not any(char.isalpha() for char in capitals.group()):
        return False
    read = _names(text, by.end(), head_end)
    if read is None:
        return False
    people, names_end = read
    pos, translators = _translators(text, names_end, head_end)
    other = HEADING_OTHER_ROLE_PATTERN.match(text, pos, head_end)
    if other is not None and (found := _names(text, other.end(), head_end)) is not None:
        pos = found[1]
    if trim(text, pos, head_end, " \t\n.,;")[0] < head_end:
        return False
    main = trim(text, start, capitals.end(), " \t\n.,:")
    subtitle = trim(text, capitals.end(), by.start(), " \t\n.,:")
    value = " ".join(text[slice(*main)].split())
    if subtitle[1] > subtitle[0]:
        value = f"{value}: {' '.join(text[slice(*subtitle)].split())}"
    draft.put("title", Text(original=value), main[0], max(main[1], subtitle[1]))
    draft.authors.extend(people)
    draft.spans.append(Span(field="authors", start=by.end(), end=names_end))
    draft.translators.extend(translators)
    for index, label in enumerate(labels):
        stop = labels[index + 1].start() if index + 1 < len(labels) else end
        field = trim(text, label.end(), stop, " \t\n")
        _kirkus_field(draft, label["label"].split()[0], field)
    return draft.has("date")


def _kirkus_field(draft: Draft, label: str, field: tuple[int, int]) -> None:
    """One labelled line of a Kirkus heading: the date (its year), ISBN, pages, publisher."""
    text = draft.text
    value = text[slice(*field)]
    if label in ("Pub", "Release") and not draft.has("date"):
        year = YEAR_PATTERN.search(value)
        if year is not None:
            draft.put("date", DateRange.of(int(year["year"])), *field)
    elif label == "ISBN" and not draft.has("isbn"):
        draft.put("isbn", "".join(value.split()), *field)
    elif label == "Page" and value.isdigit():
        draft.put_extra("extent", value, *field)
    elif label == "Publisher" and not draft.has("publisher"):
        put_plain_text(draft, "publisher", *field)


def listed_book(draft: Draft, start: int, end: int) -> bool:
    """``“Nihon No Shisou” Masao Maruyama Iwanami Shoten, Iwanami Shinsho``: a bookshop's line,
    the title in quotes, the author given name first, the publisher (a word says so), then the
    series or the year."""
    text = draft.text
    if text[start] not in QUOTES:
        return False
    closing = find_closing(text, start, end, text[start])
    if closing < 0:
        return False
    read = _names(text, trim(text, closing + 1, end, " \t\n,")[0], end)
    if read is None or closing - start < 3:
        return False
    names, names_end = read
    rest = trim(text, names_end, end, " \t\n,.;")
    parts = [trim(text, *part, " \t\n") for part in _comma_parts(text, *rest)]
    if not parts or not _names_publisher(text[slice(*parts[0])]) or len(parts) > 3:
        return False
    put_text(draft, "title", trim(text, start + 1, closing, " \t\n,."))
    draft.authors.extend(names)
    draft.spans.append(Span(field="authors", start=closing + 1, end=names_end))
    put_plain_text(draft, "publisher", *parts[0])
    for part in parts[1:]:
        if YEAR_ONLY_PATTERN.fullmatch(text, *part) and not draft.has("date"):
            draft.put("date", DateRange.of(int(text[part[0] : part[0] + 4])), *part)
        elif not draft.has("series"):
            draft.put("series", Text(original=text[slice(*part)]), *part)
        else:
            return False
    return True


def _not_a_title(text: str, start: int, end: int) -> bool:
    """``Smith, John. The Title. Translated``, ``A History, with an introduction``: what stands
    before "by" is a bibliography's entry, its sentences parted by full stops, or a role."""
    last = text[start:end].rsplit(maxsplit=1)[-1].rstrip(".").lower()
    return last in _ROLE_BEFORE_BY or len(split_sentences(text, start, end)) > 1


def _names_publisher(value: str) -> bool:
    words = {word.strip(".,;:").lower() for word in value.split()}
    return bool(words & (ENGLISH_PUBLISHER_WORDS | PUBLISHER_WORDS))


def _comma_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    parts: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        comma = text.find(",", pos, end)
        stop = end if comma < 0 else comma
        parts.append((pos, stop))
        pos = stop + 1
    return [part for part in parts if part[1] > part[0]]


def _names(text: str, start: int, end: int) -> tuple[list[Name], int] | None:
    """The people named given name first at ``start``, and where their names end."""
    names: list[Name] = []
    pos = start
    while pos < end and len(names) < _NAMES:
        name_end = _name_end(text, pos, end)
        name = given_first_name(text[pos:name_end], text) if name_end > pos else None
        if name is None:
            break
        names.append(name)
        join = HEADING_NAME_JOIN_PATTERN.match(text, name_end, end)
        pos = name_end if join is None else join.end()
        if join is None:
            break
    if not names:
        return None
    return names, trim(text, start, pos, " \t\n,")[1]


def _name_end(text: str, start: int, end: int) -> int:
    """Where one name given name first ends: ``S.P. Kuchin``, ``Viktor Berdinskikh``, ``David
    M. Bethea``, ``Galina Mikhailovna Ivanova``; ``start`` when none begins there."""
    initials = HEADING_INITIALS_PATTERN.match(text, start, end)
    if initials is not None:  # "S.P. Kuchin", "N. G. Okhotin": the family name follows
        family = HEADING_WORD_PATTERN.match(text, initials.end(), end)
        if family is None:
            return start
        past = _last_name_word(text, family, end)
        return family.end() if past is None else past  # "S. Frederick Starr ."
    given = HEADING_WORD_PATTERN.match(text, start, end)
    if given is None:
        return start
    pos = given.end() + 1
    middle = HEADING_INITIALS_PATTERN.match(text, pos, end)  # "David M. Bethea"
    if middle is not None:
        pos = middle.end()
    family = HEADING_WORD_PATTERN.match(text, pos, end)
    if family is None:
        return start
    if middle is None and PATRONYMIC_PATTERN.fullmatch(family.group(0)):
        last = HEADING_WORD_PATTERN.match(text, family.end() + 1, end)
        if last is not None:
            return last.end()
    third = _last_name_word(text, family, end) if middle is None else None
    return family.end() if third is None else third  # "Edward Dennis Sokol ."


def _last_name_word(text: str, word: re.Match[str], end: int) -> int | None:
    """Where a name goes on past ``word``, a known given name (``Dennis``, ``Frederick``), to a
    family name closed by a full stop (``Edward Dennis Sokol .``); ``None`` when it does not
    (``Anne Applebaum Doubleday, 2003``: the publisher after the name)."""
    last = HEADING_LAST_WORD_PATTERN.match(text, word.end(), end)
    if last is None or word.group(0) not in GIVEN_NAMES | PUBLIC_GIVEN_NAMES:
        return None
    return last.end()


def _name_original(text: str, names: list[Name], start: int, end: int) -> int:
    """``By Toshio Kurihara [栗原 俊雄]``: one author's name in its own script in brackets after
    it, kept as the name's original; returns where the rest begins."""
    bracket = CJK_ORIGINAL_BRACKET_PATTERN.match(text, start, end)
    if bracket is None or len(names) != 1:
        return start
    original = " ".join(bracket["original"].split())
    lang = text_lang(original, None, text)
    names[0] = names[0].model_copy(update={"original": original, "lang": lang})
    return bracket.end()


def _translators(text: str, start: int, end: int) -> tuple[int, list[Name]]:
    """``(translated by John Crowfoot)``, ``; translated by David Noble.`` after the author: the
    translators, and where the rest begins."""
    match = HEADING_TRANSLATOR_PATTERN.match(text, start, end)
    if match is not None:
        return match.end(), role_names(match["names"], text)
    role = HEADING_TRANSLATED_BY_PATTERN.match(text, start, end)
    read = _names(text, role.end(), end) if role is not None else None
    if read is None:
        return start, []
    return read[1], read[0]


def _foreword(draft: Draft, start: int, end: int) -> int:
    """``. Foreword by S. Frederick Starr .`` after the author: the foreword's writers, kept as
    printed in ``extra["foreword"]``; returns where the rest begins."""
    text = draft.text
    role = HEADING_FOREWORD_BY_PATTERN.match(text, start, end)
    read = _names(text, role.end(), end) if role is not None else None
    if role is None or read is None:
        return start
    draft.put_extra("foreword", text[role.end() : read[1]], role.end(), read[1])
    return read[1]


def _first_edition(text: str, start: int, end: int) -> tuple[int, int]:
    """``University of Washington Press, 1985 (hardcover) Naval Institute Press, 1999
    (paperback)``: a heading that names two editions is read by the first, up to its year."""
    match = HEADING_EDITION_YEAR_PATTERN.search(text, start, end)
    if match is None or trim(text, match.end(), end, " \t\n.,;")[0] >= end:
        return start, end
    return start, match.end("year")


def _imprint(draft: Draft, start: int, end: int) -> bool:
    """``Zheleznogorsk (Krasnoyarsk-26): Museino-Vystavochny Tsentr``, ``Harvill, 2004``,
    ``Simon & Schuster 2012``, ``Atlas & Co. Publishers``: the place (before a colon),
    publisher and year."""
    text = draft.text
    comma = text.rfind(",", start, end)
    year = trim(text, comma + 1, end, " \t\n") if comma > start else (end, end)
    if comma > start and YEAR_ONLY_PATTERN.fullmatch(text, *year):
        draft.put("date", DateRange.of(int(text[year[0] : year[0] + 4])), *year)
        end = trim(text, start, comma, " \t\n")[1]
    else:  # "Simon & Schuster 2012": the year after the publisher, no comma between
        space = text.rfind(" ", start, end)
        year = trim(text, space + 1, end, " \t\n.")
        if space > start and YEAR_ONLY_PATTERN.fullmatch(text, *year):
            draft.put("date", DateRange.of(int(text[year[0] : year[0] + 4])), *year)
            end = trim(text, start, space, " \t\n")[1]
    colon = text.find(": ", start, end)
    comma = text.rfind(", ", start, end)
    if colon > start:
        place = trim(text, start, colon, " \t\n")
        draft.put("place", Text(original=text[slice(*place)]), *place)
        start = colon + 1
    elif comma > start and text[comma + 2 : end].strip() in CITIES:
        place = trim(text, comma + 2, end, " \t\n")  # "International House of Japan, Tokyo"
        draft.put("place", Text(original=text[slice(*place)]), *place)
        end = comma
    publisher = trim(text, start, end, " \t\n,.")
    bracket = CJK_ORIGINAL_BRACKET_PATTERN.search(text, *publisher)
    if bracket is not None and bracket.end() == publisher[1]:  # "Iwanami Shinsho [岩波新書]"
        publisher = trim(text, publisher[0], bracket.start(), " \t\n,.")
    value = text[slice(*publisher)]
    if not value or not value[0].isupper() or any(char.isdigit() for char in value):
        return False
    if bracket is not None and bracket.end() == end:
        original = " ".join(bracket["original"].split())
        romanized = {"hepburn": value}
        lang = text_lang(original, None, text)
        draft.put("publisher", Text(original=original, lang=lang, romanized=romanized), start, end)
        return True
    put_plain_text(draft, "publisher", *publisher)
    return True


def _put_title(draft: Draft, start: int, end: int) -> None:
    """The title, with an English gloss in parentheses closing a romanized one as its
    translation: ``Sistema ... Spravochnik (The System of Labor Camps in the USSR, 1923-1960: A
    Guide)``."""
    text = draft.text
    bracket = CJK_ORIGINAL_BRACKET_PATTERN.search(text, start, end)
    if bracket is not None and bracket.end() == end and bracket.start() > start:
        # "Japanese POWs in Siberia, Unfinished Tragedy [シベリア抑留 ― 未完の 悲劇]": the
        # book's own title in brackets after the English one, which translates it
        english = " ".join(text[slice(*trim(text, start, bracket.start(), " \t\n,"))].split())
        original = " ".join(bracket["original"].split())
        lang = text_lang(original, None, text)
        draft.put(
            "title", Text(original=original, lang=lang, translations={"en": english}), start, end
        )
        return
    opening = text.rfind(" (", start, end)
    if text[end - 1] == ")" and opening > start:
        gloss = text[opening + 2 : end - 1]
        title = trim(text, start, opening, " \t\n,")
        if english_score(gloss) > 0 and english_score(text[slice(*title)]) <= 0:
            put_text(draft, "title", title, gloss)
            return
    put_text(draft, "title", (start, end))
    read: Text = draft.values["title"]
    if read.original.endswith(('."', ".”")):  # '"A Great Disobedience against the People."'
        draft.values["title"] = read.model_copy(
            update={"original": read.original[:-2] + read.original[-1]}
        )
