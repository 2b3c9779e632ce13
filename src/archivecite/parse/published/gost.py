"""Russian GOST forms: ``Author. Title / resp. // Container. М.: Publisher, 1985. С. 5–9.``"""

from __future__ import annotations

import re

from archivecite.model import (
    DateRange,
    Name,
    PartialDate,
    Span,
    Text,
)
from archivecite.parse.patterns import DOCUMENT_TYPE_PATTERN
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.gost_informal import (
    collected_works_note,
    comma_book,
    parse_informal,
    quoted_journal_issue,
)
from archivecite.parse.published.gost_parts import (
    cut_series,
    edition_at,
    electronic_address,
    is_edition,
    join_parts,
    put_parts,
    shared_imprint,
    strip_medium,
    titled_part,
    volume_count,
)
from archivecite.parse.published.gost_patterns import (
    AUTHOR_AFTER_TITLE_PATTERN,
    GENITIVE_FAMILY_PATTERN,
    GIVEN_FIRST_AUTHOR_PATTERN,
    HEAD_AUTHOR_PATTERN,
    INITIALS_FAMILY_PATTERN,
    INITIALS_FIRST_AUTHOR_PATTERN,
    INITIALS_FIRST_AUTHORS_PATTERN,
    LATER_EDITION_PAREN_PATTERN,
    OTHER_THESIS_PATTERN,
    PRINT_RUN_PATTERN,
    QUOTED_HEADING_PATTERN,
    SERIES_VOLUME_PATTERN,
    SOVIET_JOURNAL_PATTERN,
    SOVIET_PART_PATTERN,
    TITLE_YEARS_PATTERN,
    UNDOTTED_INITIALS_AUTHOR_PATTERN,
    VERB_LIKE_PATTERN,
    VOLUME_PART_PATTERN,
    YEAR_AFTER_AUTHORS_PATTERN,
)
from archivecite.parse.published.gost_roles import BOOK_CONTAINER_WORDS, read_statement
from archivecite.parse.published.imprint import find_imprint, put_imprint
from archivecite.parse.published.items import join_dash, read_items, structural
from archivecite.parse.published.patterns import (
    EDITED_BY_PATTERN,
    GOST_FULL_AUTHOR_PATTERN,
    THESIS_PATTERN,
    YEAR_PATTERN,
)
from archivecite.parse.published.romanized import strip_event
from archivecite.parse.published.romanized_items import edition_value, numeric_tail
from archivecite.parse.published.romanized_patterns import (
    EDITION_PATTERN,
    ISBN_PATTERN,
    PATENT_PATTERN,
)
from archivecite.parse.published.scanning import split_sentences, strip_final_dot, trim
from archivecite.parse.published.terms import (
    CITIES,
    COLLECTION_MARKERS,
    CONTAINER_OPENERS,
    CONTAINER_WORDS,
    DROPPED_OPENERS,
    LIST_HEADINGS,
    PATENT_COUNTRIES,
    PLACES,
    TITLE_INFO_WORDS,
)
from archivecite.parse.published.titles import put_text

# A year after a comma, then only numbers: "ВДИ, 1951, №4".
_COMMA_YEAR_PATTERN = re.compile(r",\s*(?:1[6-9]|20)\d\d\b")
_IN_BOOK = ("В кн.", "В сб.", "В сборнике", "В книге", "In:")
_KNOWN_PLACES = CITIES | set(PLACES)
_AREA_YEAR_PATTERN = re.compile(r"(?:1[5-9]|20)\d\d(?:[.,;]|\s|\Z)")
_MARK_PATTERN = re.compile(r"[?!]\s+")
_FIRST_WORD_PATTERN = re.compile(r"[^\s,:]+")
_TITLE_QUOTES = {"«": "»", "“": "”", "„": "“"}
_SHORT_TITLE_WORDS = 4
_LONGEST_TITLE_WORDS = 30
# Initials ("О. П. Семенова") or a volume's label ("т. XXXIX") left in a title read alone: a
# reference the reader did not understand, not a title
_NAMED_IN_TITLE_PATTERN = re.compile(r"\b[А-ЯЁ]\.\s?[А-ЯЁ]\.|\b[тТ]\.\s?(?:\d|[IVXLC])")
_SUBTITLE_OPENERS = tuple(TITLE_INFO_WORDS | set(COLLECTION_MARKERS))
# A digit, a quotation mark or an initial opening the title: a reference misread, not a title
# cited alone ("Д.Е. Сарафанов, и А.С. Щетинина. 1. «К истокам ...»").
_NOT_A_PLAIN_TITLE_PATTERN = re.compile(r"\d|[«»„“”\"]|^\w\.")


def gost_authors(draft: Draft, start: int, end: int) -> int:
    text = draft.text
    if DOCUMENT_TYPE_PATTERN.match(text, start, end):
        return start  # "Записка Л. П. Берии И. В. Сталину ... // Лубянка": a document's title
    full = GOST_FULL_AUTHOR_PATTERN.match(text, start, end)
    if full is not None:
        draft.authors.append(Name(family=full["family"], given=full["given"]))
        draft.spans.append(Span(field="authors", start=start, end=full.end("given")))
        return full.end()
    several = INITIALS_FIRST_AUTHORS_PATTERN.match(text, start, end)
    if several is not None:
        for printed in several["names"].split(","):
            name = INITIALS_FAMILY_PATTERN.fullmatch(printed.strip())
            if name is not None:
                draft.authors.append(Name(family=name["family"], given=name["initials"].strip()))
        draft.spans.append(Span(field="authors", start=start, end=several.end("names")))
        return several.end()
    first = INITIALS_FIRST_AUTHOR_PATTERN.match(
        text, start, end
    ) or UNDOTTED_INITIALS_AUTHOR_PATTERN.match(text, start, end)
    if first is not None and HEAD_AUTHOR_PATTERN.match(text, start, end) is None:
        draft.authors.append(Name(family=first["family"], given=first["initials"].strip()))
        draft.spans.append(Span(field="authors", start=start, end=first.end("family")))
        return first.end()
    given = GIVEN_FIRST_AUTHOR_PATTERN.match(text, start, end)
    if given is not None:
        draft.authors.append(Name(family=given["family"], given=given["given"]))
        draft.spans.append(Span(field="authors", start=start, end=given.end("family")))
        return given.end()
    pos = start
    while pos < end:
        match = HEAD_AUTHOR_PATTERN.match(text, pos, end)
        if match is None:
            break
        draft.authors.append(Name(family=match["family"], given=match["initials"].strip()))
        draft.spans.append(Span(field="authors", start=match.start(), end=match.end()))
        pos = trim(text, match.end(), end, " \t,")[0]
        for others in ("и др.", "[и др.]", "та ін.", "[та ін.]"):
            if text.startswith(others, pos):
                pos = trim(text, pos + len(others), end, " \t,")[0]
    return pos


def _title_pieces(
    draft: Draft, start: int, end: int
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The sentences before and after the imprint, without an author named after the title."""
    pieces, after = _around_imprint(draft, start, end)
    if not draft.authors and len(pieces) > 2 and _author_after_title(draft, start, pieces[1]):
        del pieces[1]
    return pieces, after


def _author_after_title(draft: Draft, pos: int, piece: tuple[int, int]) -> bool:
    """``А. Н. Пыпина`` as the sentence after the title: the author, named in the genitive, read
    in the nominative (a woman's ``Семеновой`` as ``Семенова``); not a compiler after ``/``
    (``… / Упоряд. В. М. Мордвінцев``)."""
    start, end = piece
    if "/" in draft.text[pos:start]:
        return False
    match = AUTHOR_AFTER_TITLE_PATTERN.fullmatch(draft.text, start, end)
    if match is None:
        return False
    parts = match["family"].split("-")
    nominative = GENITIVE_FAMILY_PATTERN.sub(
        lambda ending: "а" if ending.group() == "ой" else "", parts[0]
    )
    family = "-".join([nominative, *parts[1:]])
    draft.authors.append(Name(family=family, given=match["initials"].strip()))
    draft.spans.append(Span(field="authors", start=start, end=end))
    return True


def cut_responsibility(draft: Draft, start: int, end: int, *, container: bool) -> int:
    """``Title / под ред. И.И. Иванова``: cut the statement of responsibility off a title and
    give its names their roles (``gost_roles``)."""
    text = draft.text
    slash = text.find(" / ", start, end)
    if slash < 0:
        return end
    for role, names in read_statement(text, slash + 3, end):
        if role == "editor":
            (draft.container_editors if container else draft.editors).extend(names)
        elif role == "translator":
            draft.translators.extend(names)
        elif not container:
            known = {(name.family or "").lower() for name in draft.authors}
            draft.authors.extend(n for n in names if (n.family or "").lower() not in known)
    draft.spans.append(Span(field="responsibility", start=slash + 3, end=end))
    return slash


def _patent(draft: Draft, pos: int, end: int) -> int:
    """``Патент РФ № 2537013. Title``: the patent's number before its title."""
    match = PATENT_PATTERN.match(draft.text, pos, end)
    if match is None or not match["number"]:
        return pos
    country = match["before"] or match["after"] or ""
    code = PATENT_COUNTRIES.get(country, "")
    number = "".join(match["number"].split())
    draft.put("patent", " ".join(part for part in (code, number) if part), *match.span())
    draft.kind = "legal"
    return trim(draft.text, match.end(), end, " \t\n.,;:–—")[0]


def _soviet_part(draft: Draft, pos: int, end: int) -> int:
    """``Title. – Зап. ИВ АН СССР. М. - Л , 1939, с. 129 - 155``: a paper in a book or serial
    as Soviet references printed it, the container after a dash and then place, year and pages
    after commas; read them and return where the title zone ends, or -1."""
    text = draft.text
    match = SOVIET_PART_PATTERN.search(text, pos, end)
    if match is None:
        return -1
    put_text(draft, "container_title", match.span("container"))
    printed = match["place"].replace("–", "-").replace("—", "-")
    place = "-".join(part.strip() for part in printed.split("-"))  # "М. - Л" is "М.-Л."
    place = PLACES.get(place, PLACES.get(place + ".", place))
    draft.put("place", Text(original=place, lang="ru"), *match.span("place"))
    draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
    draft.put("pages", join_dash(match["pages"]), *match.span("pages"))
    draft.chapter = True
    return match.start()


def _container_start(draft: Draft, pos: int, end: int) -> tuple[int, int, bool]:
    """Where a title's container begins when no ``//`` marks it: ``Title / Материалы конф.
    ...`` (a slash not followed by a statement of responsibility), ``Title. В кн. «...»`` or
    the Soviet ``Title. — «Journal», 1951, № 4`` and ``Title, ВДИ, 1967, №4``; returns (end of
    the title zone, start of the container, whether the container is a book), or (-1, -1,
    False)."""
    text = draft.text
    dashed = SOVIET_JOURNAL_PATTERN.search(text, pos, end)
    if dashed is not None:
        name = "dashed" if dashed["dashed"] else "after_comma"
        if dashed[name] not in _KNOWN_PLACES:
            return dashed.start(), dashed.start(name), False
    slash = text.find(" / ", pos, end)
    if slash > pos:
        after = trim(text, slash + 3, end, " \t\n")[0]
        lowered = text[after:end].lower()
        if (
            any(text.startswith(opener, after) for opener in CONTAINER_OPENERS)
            or "«" in text[after:end]
            or any(word in lowered for word in CONTAINER_WORDS)
        ) and not EDITED_BY_PATTERN.match(" " + lowered):
            return slash, after, True
    for piece_start, _ in split_sentences(text, pos, end)[1:]:
        if text.startswith(_IN_BOOK, piece_start):
            return piece_start, piece_start, True
    return -1, -1, False


def _set_aside_day(draft: Draft) -> tuple[DateRange, Span] | None:
    """A day in the title area (``Докладная записка ... 12 мая 1946 г. // Военнопленные в
    СССР. М., 2000``) is the document's; the container's area gives the work's date."""
    if not draft.day_date or not draft.has("date"):
        return None
    span = next(span for span in reversed(draft.spans) if span.field == "date")
    draft.spans.remove(span)
    draft.day_date = False
    return draft.values.pop("date"), span


def _put_document_day(draft: Draft, document_day: tuple[DateRange, Span]) -> None:
    day, span = document_day
    if draft.has("date"):
        draft.put_extra("document_date", day.iso(), span.start, span.end)
    else:  # "// Правда. 1946." has no day of its own: the day is the issue's
        draft.put("date", day, span.start, span.end)
        draft.day_date = True


def parse_gost(draft: Draft, start: int, end: int) -> None:
    end, volume_imprint = _volume_part(draft, start, end)
    _parse_areas(draft, start, end)
    if volume_imprint is not None:
        _put_volume_imprint(draft, volume_imprint)


def _parse_areas(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    if (
        quoted_journal_issue(draft, start, end)
        or parse_informal(draft, start, end)
        or _quoted_heading(draft, start, end)
        or collected_works_note(draft, start, end)
        or comma_book(draft, start, end)
    ):
        return
    end = _trailing_isbn(
        draft, start, cut_series(draft, start, electronic_address(draft, start, end))
    )
    end, parts = join_parts(draft, start, _later_edition(draft, start, end))
    pos = _year_after_authors(draft, _patent(draft, gost_authors(draft, start, end), end), end)
    double = text.find("//", pos, end)
    container_at = double + 2 if double >= 0 else -1
    in_book = False
    if double < 0:
        double = _soviet_part(draft, pos, end)
    if double < 0:
        double, container_at, in_book = _container_start(draft, pos, end)
    thesis = THESIS_PATTERN.search(text, pos, end) or OTHER_THESIS_PATTERN.search(text, pos, end)
    if thesis is not None and thesis.group(0).strip(" :"):
        draft.thesis = True
        if thesis["degree"]:
            draft.put("degree", thesis["degree"], *thesis.span("degree"))
    title_zone_end = double if double >= 0 else end
    pieces, after = _title_pieces(draft, pos, title_zone_end)
    title_last = 1 if pieces else 0
    while title_last < len(pieces) and not gost_structural(
        draft, *pieces[title_last], bare_place=_before_year(text, pieces, title_last)
    ):
        title_last += 1
    if title_last:
        title_start, title_end = pieces[0][0], pieces[title_last - 1][1]
        if thesis is not None and title_start < thesis.start() < title_end:
            title_end = thesis.start()
        title_zone = title_end
        title_end = cut_responsibility(draft, title_start, title_zone, container=False)
        if title_end < title_zone:
            title_end = _cut_trailing_part(draft, title_start, title_end)
        title_end = volume_count(draft, title_start, strip_medium(draft, title_start, title_end))
        title_end = strip_final_dot(text, title_start, title_end)
        if title_end - title_start > 2 and text[title_start] == text[title_end - 1] == "*":
            title_start, title_end = title_start + 1, title_end - 1  # markdown italics
        title_start, title_end = _unquoted(text, title_start, title_end)
        put_text(draft, "title", (title_start, title_end))
    for piece in pieces[title_last + 1 :] + after:
        if not gost_structural(draft, *piece):
            draft.loose.append(piece)
    if container_at >= 0:
        document_day = _set_aside_day(draft)
        gost_container(draft, container_at, end)
        if document_day is not None:
            _put_document_day(draft, document_day)
        if in_book and draft.has("container_title"):
            draft.chapter = True  # "Title / Материалы конф. ...": a paper in proceedings
    if draft.kind == "legal":  # a patent's "// Патент России. – 2014. – № 36": its bulletin
        for name in ("container_title", "issue"):
            draft.values.pop(name, None)
        draft.loose.clear()
    put_parts(draft, parts)
    _read_as_a_whole(draft)


def _volume_part(draft: Draft, start: int, end: int) -> tuple[int, Draft | None]:
    """One volume described after its set (``… – Москва : Наука, 1982-1995. Т. 1: Фонетика и
    морфология / [Л. Н. Харитонов …]. – Москва: Наука, 1982. – 495 с.``): its number, its
    title (``extra["volume_title"]``) and its own imprint, read apart; where the set's areas
    end."""
    text = draft.text
    part = VOLUME_PART_PATTERN.search(text, start, end)
    if part is None:
        return end, None
    draft.put("volume", part["volume"], *part.span("volume"))
    title = trim(text, *part.span("title"), " \t\n")
    draft.put_extra("volume_title", text[slice(*title)], *title)
    imprint = Draft(text=text)
    for piece in _refine(text, _sentences(text, part.end(), end)):
        gost_structural(imprint, *piece)
    return part.start() + 1, imprint


def _put_volume_imprint(draft: Draft, imprint: Draft) -> None:
    """The volume's own place, publisher, year and extent, in place of the set's."""
    for name in ("place", "publisher", "date"):
        if imprint.has(name):
            draft.spans = [span for span in draft.spans if span.field != name]
            draft.values[name] = imprint.values[name]
    for name, value in imprint.values.get("extra", {}).items():
        draft.values.setdefault("extra", {})[name] = value
    draft.spans.extend(imprint.spans)


def _read_as_a_whole(draft: Draft) -> None:
    """What the fields read together say: a short reference, a title named alone, a journal
    cited by issue."""
    _short_reference(draft)
    _title_alone(draft)
    _journal_by_issue(draft)


def _quoted_heading(draft: Draft, start: int, end: int) -> bool:
    """``«Жизнь „Ивана“», О. П. Семенова-Тянь-Шанская. Записки И. Р. Г. О-ва по отдѣленію
    этнографіи т. XXXIX.``: a book as the journals before 1917 headed a review of it, the title
    in quotes, a comma and the author, then the series and its volume (or the imprint)."""
    text = draft.text
    head = QUOTED_HEADING_PATTERN.match(text, start, end)
    if head is None:
        return False
    put_text(draft, "title", head.span("title"))
    draft.authors.append(Name(family=head["family"], given=head["initials"].strip()))
    draft.spans.append(Span(field="authors", start=head.start("initials"), end=head.end("family")))
    rest = trim(text, head.end(), end, " \t\n")[0]
    series = SERIES_VOLUME_PATTERN.match(text, rest, end)
    if series is not None:
        draft.put("series", Text(original=series["series"], lang="ru"), *series.span("series"))
        draft.put("volume", series["volume"], *series.span("volume"))
        draft.short_note = True  # no imprint: named by its title, author, series and volume
        return True
    place = _FIRST_WORD_PATTERN.match(text, rest, end)
    if place is None or place.group().rstrip(",:") not in _KNOWN_PLACES:
        gost_container(draft, rest, end)  # "Русская мысль, 1900, № 5": the journal
        return True
    # "СПб.: Изд. Маркса, 1899", an imprint opening an area after the author's full stop
    pieces, after = _around_imprint(draft, head.end("family"), end)
    if not draft.has("place"):  # "СПб. 1914", "М., 1900": a place without its publisher
        printed = place.group().rstrip(",:")
        draft.put("place", Text(original=PLACES.get(printed, printed), lang="ru"), *place.span())
        pieces, after = _around_imprint(draft, trim(text, place.end(), end, " \t\n,:")[0], end)
    for piece in pieces + after:
        if not gost_structural(draft, *piece):
            draft.loose.append(piece)
    return True


def _later_edition(draft: Draft, start: int, end: int) -> int:
    """``... М.: Русский язык (4 изд., испр. и доп.: М.: Русские словари, 2003).``: a later
    edition in brackets after the first one's imprint, kept as printed in
    ``extra["later_editions"]``; returns where the reference of the first ends."""
    match = LATER_EDITION_PAREN_PATTERN.search(draft.text, start, end)
    if match is None or match.start() <= start:
        return end
    draft.put_extra("later_editions", match["inner"].strip(), *match.span("inner"))
    return match.start()


def _year_after_authors(draft: Draft, pos: int, end: int) -> int:
    """``Зализняк, А. А. 1977. Грамматический словарь ...``: the year after the authors, as the
    author-date styles print it, when no other year follows (``Рабинович А. 1917. Большевики
    приходят к власти. М., 1989``: a title); returns where the title starts."""
    text = draft.text
    match = YEAR_AFTER_AUTHORS_PATTERN.match(text, pos, end)
    if match is None or not draft.authors or draft.has("date"):
        return pos
    if YEAR_PATTERN.search(text, match.end(), end) is not None:
        return pos
    draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
    return match.end()


def _unquoted(text: str, start: int, end: int) -> tuple[int, int]:
    """``“Добровольные галерщики. Очерки о процессах самоуспокоения”``: a title in quotes
    whole, read without them (not ``«Правда» и «Известия»``, two names)."""
    closing = _TITLE_QUOTES.get(text[start : start + 1])
    if end - start > 2 and closing == text[end - 1] and text.count(text[start], start, end) == 1:
        return start + 1, end - 1
    return start, end


def _trailing_isbn(draft: Draft, start: int, end: int) -> int:
    """The ISBN a GOST entry ends with ("... – 432 с. ISBN 978-5-8114-0521-3."): read, and the
    entry ends before it."""
    text = draft.text
    isbn = ISBN_PATTERN.search(text, start, end)
    if isbn is None or trim(text, isbn.end(), end)[0] < end:
        return end
    draft.put(isbn["label"].lower(), "".join(isbn["value"].split()), *isbn.span())
    return trim(text, start, isbn.start(), " \t\n.,;:–—-")[1]


def _journal_by_issue(draft: Draft) -> None:
    """``Исторический архив. 1997. № 3. С. 117.``: no ``//``, no person, no imprint, only a
    year, an issue and pages after the first sentence: that sentence names a journal, cited by
    issue and page without an article's title."""
    people = draft.authors or draft.editors
    numbered = draft.has("issue") and draft.has("pages") and draft.has("date")
    other = ("container_title", "publisher", "place", "volume", "url", "extra")
    if people or not (numbered and draft.has("title")) or draft.loose or draft.thesis:
        return
    if any(draft.has(name) for name in other):
        return
    span = next(span for span in draft.spans if span.field == "title")
    draft.spans.remove(span)
    draft.spans.append(Span(field="container_title", start=span.start, end=span.end))
    draft.values["container_title"] = draft.values.pop("title")


def _short_reference(draft: Draft) -> None:
    """``Ледовский А.М. СССР и Сталин в судьбах Китая. С. 51.``: a book cited in full before,
    now by its author (a collection by none), title and the cited page alone (kept as
    ``extra["locator"]``, as a short note keeps it), or without a page."""
    other = ("date", "place", "publisher", "container_title", "issue", "url")
    if not draft.has("title") or draft.loose or any(draft.has(name) for name in other):
        return
    if set(draft.values.get("extra", {})) - {"part"}:  # only a volume's part may be there
        return
    if draft.has("volume") and not draft.has("pages"):
        return
    # A title long enough not to be a newspaper's or journal's name ("Правда. С. 2"): a
    # collection cited by its title ("Детство и юность вождя. Документы, записи, рассказы.
    # С. 86"), a book by its author and title without a page ("Капанадзе П. Воспоминания о
    # детских и юношеских годах вождя").
    long_title = len(str(draft.values["title"]).split()) >= _SHORT_TITLE_WORDS
    if not draft.has("pages"):
        plain = _NOT_A_PLAIN_TITLE_PATTERN.search(str(draft.values["title"])) is None
        if draft.authors and long_title and plain:
            draft.short_note = True
        return
    # A volume or part ("Краткая история СССР. Ч. 2. С. 420.") is a book's, not a newspaper's;
    # a title of one sentence only, not an author's name read as one ("Лев Троцкий. Сталин").
    title = str(draft.values["title"])
    in_volume = draft.has("volume") and len(title.split()) >= 2 and ". " not in title
    if not (draft.authors or long_title or in_volume):
        return
    span = next(span for span in draft.spans if span.field == "pages")
    draft.spans.remove(span)
    draft.put_extra("locator", draft.values.pop("pages"), span.start, span.end)
    draft.short_note = True


def _title_alone(draft: Draft) -> None:
    """``Трагедия советской деревни. Коллективизация и раскулачивание. 1927—1939. В 5 т. Т. 1``:
    a list of literature naming a book by its title alone, perhaps with its volume. Read only
    when the title says it is one after its first sentence: a count of volumes, or a sentence
    that only names the kind of work (``Воспоминания``); or, when no word reads as a verb, the
    years its subject spans or a subtitle opening with the kind of work (``Очерки из быта
    ...``). A heading (``Список литературы``) or a sentence of prose says none of these."""
    other = ("date", "place", "publisher", "container_title", "issue", "pages", "url", "extra")
    people = draft.authors or draft.editors or draft.translators
    if people or not draft.has("title") or draft.loose or draft.thesis or draft.kind:
        return
    if any(draft.has(name) for name in other):
        return
    title = str(draft.values["title"])
    sentences = [sentence.strip() for sentence in title.split(". ")]
    main = sentences[0]
    if (
        len(sentences) < 2
        or len(main.split()) < 2
        or main.lower() in LIST_HEADINGS
        or len(title.split()) > _LONGEST_TITLE_WORDS
        or any(char.isdigit() or char in "?!;" for char in main)
        or _NAMED_IN_TITLE_PATTERN.search(title)
        or not (title[0].isupper() or title[0] in '«„"')
    ):
        return
    subtitles = [sentence.lower() for sentence in sentences[1:]]
    kind_alone = any(sentence in _SUBTITLE_OPENERS for sentence in subtitles)
    kind_first = any(sentence.startswith(_SUBTITLE_OPENERS) for sentence in subtitles)
    years = any(TITLE_YEARS_PATTERN.fullmatch(sentence) for sentence in subtitles)
    prose = VERB_LIKE_PATTERN.search(title.lower()) is not None
    if draft.has("number_of_volumes") or kind_alone or ((years or kind_first) and not prose):
        draft.short_note = True


def _cut_trailing_part(draft: Draft, start: int, end: int) -> int:
    """``Зографский сборник. Вып. 1 / под ред. ...``: a volume or issue between a title and its
    statement of responsibility."""
    pieces = split_sentences(draft.text, start, end)
    if len(pieces) > 1 and (titled_part(draft, *pieces[-1]) or structural(draft, *pieces[-1])):
        return pieces[-2][1]
    return end


def _around_imprint(
    draft: Draft, start: int, end: int
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The sentences of ``text[start:end]`` before and after its imprint, once the imprint is
    read (``Тамбов: Изд-во Тамб. техн. ун-та, 2005``: dots that end no sentence)."""
    text = draft.text
    imprint = find_imprint(text, start, end)
    shared = shared_imprint(text, start, end)
    last_year = None
    if shared is not None and (imprint is None or shared[0].start <= imprint.start):
        imprint, last_year = shared
    if imprint is None:
        return _refine(text, _sentences(text, start, end)), []
    put_imprint(draft, imprint)
    if last_year is not None and draft.values["date"].year < last_year:
        first = draft.values["date"].start
        draft.values["date"] = DateRange(start=first, end=PartialDate(year=last_year))
    before = _refine(text, _sentences(text, start, imprint.start))
    return before, _refine(text, _sentences(text, imprint.end, end))


def _before_year(text: str, pieces: list[tuple[int, int]], index: int) -> bool:
    """A lone capitalised word is a place when a year follows it (``Иркутск. 2007``), not when
    another place does (``Пучки нейтронов. Обзор. – Харьков: ННЦ ХФТИ``) nor when nothing does
    (``Сто сорок бесед с Молотовым: Из дневника Ф. Чуева. Коллективизация``: a chapter's
    name); a known city is one anywhere."""
    return index + 1 < len(pieces) and text[pieces[index + 1][0]].isdigit()


def _drop_opener(text: str, start: int, end: int) -> int:
    """``В сб.: Теплофизика-93`` → ``Теплофизика-93``; ``В кн. «Title»`` → ``«Title»``."""
    for opener in DROPPED_OPENERS:
        if text.startswith(opener, start) and len(opener) > 2:
            return trim(text, start + len(opener), end, " \t\n:")[0]
    return start


def gost_structural(draft: Draft, start: int, end: int, *, bare_place: bool = True) -> bool:
    """A sentence without a title; a lone capitalised word is a place only where ``bare_place``
    allows it or it names a known city (in a container it is more often a word of a dotted
    journal name: ``Наука. Общество. Оборона``)."""
    text = draft.text
    thesis = THESIS_PATTERN.match(text, start, end)
    if thesis is not None and thesis.group(0).strip(" :"):
        return True
    if PRINT_RUN_PATTERN.fullmatch(text, start, end):  # "1000 экз.": the print run
        return True
    if not draft.has("edition") and is_edition(text, start, end):
        draft.put("edition", text[start:end], start, end)
        return True
    edition = EDITION_PATTERN.match(text, start, end)
    if edition is not None and not draft.has("edition"):
        value = edition_value(edition) if edition["edition"] else text[start:end]
        draft.put("edition", value, start, end)
        return True
    if structural(draft, start, end) or titled_part(draft, start, end):
        return True
    if _imprint_with_commas(draft, start, end):
        return True
    word = text[start:end]
    bare = bare_place and word.isalpha() and word.istitle()
    if not draft.has("place") and (word in CITIES or bare):
        draft.put("place", Text(original=PLACES.get(word, word), lang="ru"), start, end)
        return True
    return False


def _imprint_with_commas(draft: Draft, start: int, end: int) -> bool:
    """``Н.Новгород, НГТУ им. Р.Е. Алексеева, 2014`` (place, publisher, year with commas) or
    ``Главная редакция физико-математической литературы, 1980`` after a publisher."""
    text = draft.text
    name_end, items = numeric_tail(text, start, end)
    years = [item for item in items if item[0] == "year"]
    if not years or draft.has("date") or name_end <= start:
        return False
    comma = text.find(",", start, name_end)
    place = text[start:comma].strip() if comma > 0 else ""
    if place in CITIES or place in PLACES:
        draft.put("place", Text(original=PLACES.get(place, place), lang="ru"), start, comma)
        publisher = trim(text, comma + 1, name_end, " \t\n,.;:–—")
        if publisher[1] > publisher[0]:
            draft.put("publisher", Text(original=text[slice(*publisher)], lang="ru"), *publisher)
    elif not draft.has("publisher"):
        return False
    _, value, item_start, item_end = years[0]
    draft.put("date", DateRange.of(int(value)), item_start, item_end)
    return True


def _refine(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut sentences at a bare dash that opens another area: ``Журнал, – 2010``,
    ``«...» – Обнинск: ГНЦ РФ-ФЭИ, 2002``; at a dot after an abbreviation that a place opening
    an imprint follows (``1945–1956 гг. М., 1997``)."""
    refined: list[tuple[int, int]] = []
    for start, end in pieces:
        pos = start
        for index in range(start, end - 2):
            dash = text[index] == " " and text[index + 1] in "–—" and text[index + 2] == " "
            if dash or (text[index] == "." and text[index + 1] == " "):
                after = trim(text, index + 2 if dash else index + 1, end, " \t\n")[0]
                opens = _opens_area(text, after, end) if dash else _place_follows(text, after, end)
                if after < end and opens:
                    part = trim(text, pos, index, " \t\n,.;:–—")
                    if part[1] > part[0]:
                        refined.append(part)
                    pos = after
        part = trim(text, pos, end, " \t\n,.;:–—")
        if part[1] > part[0]:
            refined.append(part)
    return refined


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]``, an edition statement (``2-е изд., испр. и доп.``,
    whose dots end no sentence) kept whole."""
    edition = edition_at(text, start, end)
    if edition is None:
        return _split_at_marks(text, split_sentences(text, start, end))
    return [
        *_split_at_marks(text, split_sentences(text, start, edition[0])),
        edition,
        *_split_at_marks(text, split_sentences(text, edition[1], end)),
    ]


def _split_at_marks(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``Кто стоял за спиной Сталина? С. 128.``: a title's own question or exclamation mark
    ends its sentence when the next area (a year, a place, pages) opens after it."""
    split: list[tuple[int, int]] = []
    for start, end in pieces:
        piece = start
        for mark in _MARK_PATTERN.finditer(text, start, end):
            if _opens_area(text, mark.end(), end) or _place_follows(text, mark.end(), end):
                split.append((piece, mark.start() + 1))
                piece = mark.end()
        split.append((piece, end))
    return split


def _place_follows(text: str, start: int, end: int) -> bool:
    """A known place and the ``:`` or ``,`` after it: ``М., 1997``, ``СПб.: Питер``."""
    stop = start
    while stop < min(end, start + 25) and text[stop] not in ":,":
        stop += 1
    return stop < end and text[stop] in ":," and text[start:stop].strip() in _KNOWN_PLACES


def _opens_area(text: str, start: int, end: int) -> bool:
    """A year, a place followed by ``:``, an edition, or a volume, issue or pages label."""
    if _AREA_YEAR_PATTERN.match(text, start, end) or EDITION_PATTERN.match(text, start, end):
        return True
    colon = text.find(":", start, min(end, start + 25))
    if colon > start and text[start:colon].strip() in CITIES | set(PLACES):
        return True
    return text.startswith(("Т.", "T.", "№", "Вып.", "С.", "C.", "Ч.", "Кн."), start)


def _numbers_after_comma(draft: Draft, start: int, end: int) -> int:
    """``ВДИ, 1951, №4`` and ``«Вестник древней истории», 1951, № 4, с. 41–60``, as Soviet
    references wrote a journal before GOST 7.1-84: the name, then its year and numbers after
    commas; read the numbers and return where the name ends."""
    text = draft.text
    year = _COMMA_YEAR_PATTERN.search(text, start, end)
    if year is None or year.start() <= start or not read_items(draft, year.start() + 1, end):
        return end
    return year.start()


def gost_container(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    pieces, after = _around_imprint(draft, start, end)
    if not pieces:
        return
    first_start, first_end = pieces[0]
    first_end = cut = _numbers_after_comma(draft, first_start, first_end)
    index = 1
    while index < len(pieces) and not gost_structural(draft, *pieces[index], bare_place=False):
        first_end = pieces[index][1]
        index += 1
    if cut == pieces[0][1] and index > 1:  # "Изв. Арм. ФАН СССР, 1941, №7": dots in the name
        first_end = _numbers_after_comma(draft, first_start, first_end)
    title_end = cut_responsibility(draft, first_start, first_end, container=True)
    title_end = volume_count(draft, first_start, strip_medium(draft, first_start, title_end))
    full_end = strip_final_dot(text, first_start, title_end)
    title_end = strip_event(text, first_start, full_end, proceedings=True)
    if not draft.has("date") and title_end < full_end:  # "«...», Москва, 23-24 мая 2018"
        year = YEAR_PATTERN.search(text, title_end, full_end)
        if year is not None:
            draft.put("date", DateRange.of(int(year["year"])), *year.span("year"))
    first_start = _drop_opener(text, first_start, title_end)
    opener, closer = text[first_start : first_start + 1], text[title_end - 1 : title_end]
    if (opener, closer) in (("«", "»"), ('"', '"')) and (
        text.count(opener, first_start, title_end) == (1 if opener == "«" else 2)
    ):
        first_start, title_end = first_start + 1, title_end - 1  # В кн. «Title», "Journal"
    put_text(draft, "container_title", (first_start, title_end))
    for piece in pieces[index + 1 :] + after:
        if not gost_structural(draft, *piece, bare_place=False):
            draft.loose.append(piece)
    published = draft.has("publisher") or draft.has("place")  # a book's area: "М., 2006"
    if draft.container_editors or (published and not draft.has("issue")):
        draft.chapter = True
    elif not draft.has("issue") and any(
        word in text[first_start:title_end].lower() for word in BOOK_CONTAINER_WORDS
    ):
        draft.chapter = True  # "// Современные концепции : сб. ст. / БГУ. – Минск, 2014"
