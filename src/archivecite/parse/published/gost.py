"""Russian GOST forms: ``Author. Title / resp. // Container. М.: Publisher, 1985. С. 5–9.``"""

from __future__ import annotations

import re

from archivecite.model import (
    DateRange,
    Name,
    Span,
    Text,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.gost_areas import (
    KNOWN_PLACES,
    around_imprint,
    before_year,
    gost_sentences,
    gost_structural,
    refine_at_areas,
)
from archivecite.parse.published.gost_authors import (
    cut_responsibility,
    gost_authors,
    title_pieces,
    year_after_authors,
)
from archivecite.parse.published.gost_container import (
    container_start,
    gost_container,
    put_document_day,
    set_aside_day,
    soviet_part,
)
from archivecite.parse.published.gost_informal import (
    collected_works_note,
    collection_volume_note,
    comma_book,
    named_heading,
    parse_informal,
    quoted_journal_issue,
)
from archivecite.parse.published.gost_parts import (
    cut_series,
    electronic_address,
    join_parts,
    put_parts,
    strip_medium,
    titled_part,
    volume_count,
)
from archivecite.parse.published.gost_patterns import (
    BRACKETED_IMPRINT_PATTERN,
    LATER_EDITION_PAREN_PATTERN,
    OTHER_THESIS_PATTERN,
    QUOTED_HEADING_PATTERN,
    SERIES_VOLUME_PATTERN,
    TITLE_BARE_VOLUME_PATTERN,
    TITLE_COMMA_VOLUME_PATTERN,
    TITLE_END_VOLUME_PATTERN,
    TRAILING_REMARK_PATTERN,
    VOLUME_PART_PATTERN,
)
from archivecite.parse.published.gost_whole import read_as_a_whole
from archivecite.parse.published.items import join_dash, structural
from archivecite.parse.published.patterns import (
    THESIS_PATTERN,
    VOLUME_PATTERN,
)
from archivecite.parse.published.romanized_patterns import (
    ISBN_PATTERN,
    PATENT_PATTERN,
)
from archivecite.parse.published.scanning import script_of, split_sentences, strip_final_dot, trim
from archivecite.parse.published.terms import (
    PATENT_COUNTRIES,
    PLACES,
)
from archivecite.parse.published.titles import put_text

_FIRST_WORD_PATTERN = re.compile(r"[^\s,:]+")
_TITLE_QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"'}


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


def parse_gost(draft: Draft, start: int, end: int) -> None:
    end, volume_imprint = _volume_part(draft, start, end)
    end = _bracketed_imprint(draft, start, _trailing_remark(draft, start, end))
    _parse_areas(draft, start, end)
    if volume_imprint is not None:
        _put_volume_imprint(draft, volume_imprint)


def _trailing_remark(draft: Draft, start: int, end: int) -> int:
    """``… Л., 1927, (Переводы Е. М. Колпакчи см. с. 163–174.)``: the author's remark in
    brackets after the year kept as ``extra["remark"]``; where the record ends before it."""
    found = TRAILING_REMARK_PATTERN.search(draft.text, start, end)
    if found is None:
        return end
    remark = trim(draft.text, *found.span("remark"), " \t.")
    draft.put_extra("remark", draft.text[slice(*remark)], *remark)
    return found.start()


def _bracketed_imprint(draft: Draft, start: int, end: int) -> int:
    """``«Древнерусские сказания …». (Ж. М. Н. Пр. 1887 и 1888 гг. и отдельно СПб., 1888)``:
    the place and year in brackets closing the record read (the note of its printings before
    them kept as ``extra["printings"]``); where the rest of the record ends."""
    text = draft.text
    found = BRACKETED_IMPRINT_PATTERN.search(text, start, end)
    if found is None or found["place"] not in KNOWN_PLACES:
        return end
    printed = found["place"]
    draft.put("place", Text(original=PLACES.get(printed, printed), lang="ru"), *found.span("place"))
    draft.put("date", DateRange.of(int(found["year"])), *found.span("year"))
    if found["note"]:
        note = trim(text, *found.span("note"), " \t,")
        draft.put_extra("printings", text[slice(*note)], *note)
    return found.start()


def _parse_areas(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    if (
        quoted_journal_issue(draft, start, end)
        or named_heading(draft, start, end)
        or parse_informal(draft, start, end)
        or _quoted_heading(draft, start, end)
        or collected_works_note(draft, start, end)
        or collection_volume_note(draft, start, end)
        or comma_book(draft, start, end)
    ):
        return
    end = _trailing_isbn(
        draft, start, cut_series(draft, start, electronic_address(draft, start, end))
    )
    end, parts = join_parts(draft, start, _later_edition(draft, start, end))
    pos = year_after_authors(draft, _patent(draft, gost_authors(draft, start, end), end), end)
    double = text.find("//", pos, end)
    container_at = double + 2 if double >= 0 else -1
    in_book = False
    if double < 0:
        double = soviet_part(draft, pos, end)
    if double < 0:
        double, container_at, in_book = container_start(draft, pos, end)
    thesis = THESIS_PATTERN.search(text, pos, end) or OTHER_THESIS_PATTERN.search(text, pos, end)
    if thesis is not None and thesis.group(0).strip(" :"):
        draft.thesis = True
        if thesis["degree"]:
            draft.put("degree", thesis["degree"], *thesis.span("degree"))
    title_zone_end = double if double >= 0 else end
    pieces, after = title_pieces(draft, pos, title_zone_end)
    pieces = _bare_title_volume(draft, _split_volume_pieces(text, pieces))
    title_last = 1 if pieces else 0
    while title_last < len(pieces) and not (
        _is_volume_piece(draft, pieces[title_last])
        or gost_structural(
            draft, *pieces[title_last], bare_place=before_year(text, pieces, title_last)
        )
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
        put_text(draft, "title", (title_start, _parallel_title(draft, title_start, title_end)))
    _rest_pieces(draft, pieces, title_last, after)
    if container_at >= 0:
        document_day = set_aside_day(draft)
        gost_container(draft, container_at, end)
        if document_day is not None:
            put_document_day(draft, document_day)
        if in_book and draft.has("container_title"):
            draft.chapter = True  # "Title / Материалы конф. ...": a paper in proceedings
    if draft.kind == "legal":  # a patent's "// Патент России. – 2014. – № 36": its bulletin
        for name in ("container_title", "issue"):
            draft.values.pop(name, None)
        draft.loose.clear()
    put_parts(draft, parts)
    read_as_a_whole(draft)


def _rest_pieces(
    draft: Draft, pieces: list[tuple[int, int]], title_last: int, after: list[tuple[int, int]]
) -> None:
    """The sentences after the title: read, a volume's own title, or loose."""
    volume_title_at = -1
    for index, piece in enumerate(pieces[title_last + 1 :] + after, start=title_last + 1):
        if gost_structural(draft, *piece):
            volume_title_at = -1
        elif volume_title_at > 0 and index == volume_title_at + 1 and index < len(pieces):
            _extend_volume_title(draft, piece)  # "I. Фонетика. Фонология. …": one title
            volume_title_at = index
        elif _volume_title(draft, pieces, index):
            volume_title_at = index
        else:
            draft.loose.append(piece)


def _split_volume_pieces(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``Том I. Фонетика и морфология``: a volume numbered in Roman figures, whose dot reads as
    an initial's, and the sentence after it, as two pieces."""
    split: list[tuple[int, int]] = []
    for start, end in pieces:
        volume = VOLUME_PATTERN.match(text, start, end)
        after = volume.end() if volume is not None else -1
        glued = TITLE_END_VOLUME_PATTERN.search(text, start, end)
        comma = TITLE_COMMA_VOLUME_PATTERN.search(text, start, end)
        if comma is not None:  # "Грамматика русского языка, т. 1": the volume apart
            split.extend(((start, comma.start()), (comma.start() + 2, end)))
        elif (
            volume is not None
            and text.startswith(". ", after)
            and text[after + 2 : end][:1].isupper()
        ):
            split.extend(((start, after), (after + 2, end)))
        elif glued is not None and split:  # "… Документы и материалы Том 4": the volume apart
            split.extend(((start, glued.start()), (glued.start() + 1, end)))
        else:
            split.append((start, end))
    return split


def _bare_title_volume(draft: Draft, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``Русская грамматика I. Фонетика. Фонология. … Москва, "Наука", 1980.``: the Roman
    figure closing the title's sentence, another sentence after it, is the volume cited (put
    here, its own piece); the pieces unchanged otherwise."""
    text = draft.text
    if not pieces or draft.has("volume"):
        return pieces
    start, end = pieces[0]
    bare = TITLE_BARE_VOLUME_PATTERN.search(text, start, end)
    if bare is None:
        return pieces
    rest = [(bare.end(), end)] if bare.end() < end else []  # "I. Фонетика": one piece
    if not (rest or (len(pieces) > 1 and text[pieces[1][0]].isupper())):
        return pieces
    draft.put("volume", bare["volume"], *bare.span("volume"))
    return [(start, bare.start("volume") - 1), bare.span("volume"), *rest, *pieces[1:]]


def _is_volume_piece(draft: Draft, piece: tuple[int, int]) -> bool:
    """The piece ``_bare_title_volume`` made of a volume's bare figure."""
    return any(span.field == "volume" and (span.start, span.end) == piece for span in draft.spans)


def _extend_volume_title(draft: Draft, piece: tuple[int, int]) -> None:
    """The volume's title read on to the next sentence: ``Фонетика. Фонология. Ударение``."""
    span = next(span for span in draft.spans if span.field == "volume_title")
    draft.spans.remove(span)
    start = span.start
    draft.put_extra("volume_title", draft.text[start : piece[1]], start, piece[1])


def _volume_title(draft: Draft, pieces: list[tuple[int, int]], index: int) -> bool:
    """``Грамматика русского языка. Том I. Фонетика и морфология. Москва, …``: the sentence
    right after the volume that ends the title is the volume's own title."""
    text = draft.text
    volume = next((span for span in draft.spans if span.field == "volume"), None)
    if (
        volume is None
        or index >= len(pieces)
        or draft.values.get("extra", {}).get("volume_title")
        or not pieces[index - 1][0] <= volume.start < pieces[index - 1][1]
        or not text[pieces[index][0]].isupper()
    ):
        return False
    draft.put_extra("volume_title", text[slice(*pieces[index])], *pieces[index])
    return True


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
    for piece in refine_at_areas(text, gost_sentences(text, part.end(), end)):
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
    if place is None or place.group().rstrip(",:") not in KNOWN_PLACES:
        gost_container(draft, rest, end)  # "Русская мысль, 1900, № 5": the journal
        return True
    # "СПб.: Изд. Маркса, 1899", an imprint opening an area after the author's full stop
    pieces, after = around_imprint(draft, head.end("family"), end)
    if not draft.has("place"):  # "СПб. 1914", "М., 1900": a place without its publisher
        printed = place.group().rstrip(",:")
        draft.put("place", Text(original=PLACES.get(printed, printed), lang="ru"), *place.span())
        pieces, after = around_imprint(draft, trim(text, place.end(), end, " \t\n,:")[0], end)
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


def _parallel_title(draft: Draft, start: int, end: int) -> int:
    """``О:кагами-но кэнкю: [Изучение О:кагами]``, ``Повесть о принце Гэндзи [Гэндзи
    моногатари]``: a title in brackets after a Japanese or Chinese work's title in Cyrillic, its
    translation (of a title in transcription) or its original (of a translated one), kept as
    ``extra["parallel_title"]``; returns where the title ends without it. The material
    (``[Текст]``) and a count of volumes (``[в 2 т.]``) were read before; a bracket of other
    than words (``[1917—1920]``) stays in the title."""
    text = draft.text
    close = text.rfind("]", start, end)
    volume = VOLUME_PATTERN.fullmatch(text, trim(text, close + 1, end, " \t\n.")[0], end)
    if close < 0 or (close + 1 < end and volume is None):
        return end
    opening = text.rfind("[", start, close)
    inner = text[opening + 1 : close].strip()
    before = trim(text, start, opening, " \t\n")[1]
    if opening <= start or before <= start or not inner or script_of(inner) != "Cyrl":
        return end
    if not all(word.replace(":", "").strip(",.-").isalpha() for word in inner.split()):
        return end
    if volume is not None:  # "[Гэндзи моногатари] Кн 1-4": the volumes cited
        if draft.has("volume"):
            return end
        draft.put("volume", join_dash(volume["volume"].strip()), *volume.span("volume"))
    draft.put_extra("parallel_title", inner, opening + 1, close)
    return before


def _unquoted(text: str, start: int, end: int) -> tuple[int, int]:
    """``“Добровольные галерщики. Очерки о процессах самоуспокоения”``: a title in quotes
    whole, read without them (not ``«Правда» и «Известия»``, two names)."""
    closing = _TITLE_QUOTES.get(text[start : start + 1])
    if closing == '"':  # '"Неизвестный Мао" М.: …': one straight quote opens, one closes
        whole = end - start > 2 and text[end - 1] == '"' and text.count('"', start, end) == 2
        return (start + 1, end - 1) if whole else (start, end)
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


def _cut_trailing_part(draft: Draft, start: int, end: int) -> int:
    """``Зографский сборник. Вып. 1 / под ред. ...``: a volume or issue between a title and its
    statement of responsibility."""
    pieces = split_sentences(draft.text, start, end)
    if len(pieces) > 1 and (titled_part(draft, *pieces[-1]) or structural(draft, *pieces[-1])):
        return pieces[-2][1]
    return end
