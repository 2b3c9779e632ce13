"""Read archival locators out of citation text, one reader per archival system.

Each reader returns hits with the character span it used, so the caller can tell which part of
the citation is locator and which is title, date or trailing text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from archivecite.model import (
    JACAR_ARCHIVES,
    ArchivalLocator,
    ChineseLocator,
    Folio,
    FolioRange,
    GenericLocator,
    JapaneseLocator,
    NaraLocator,
    RussianLocator,
    Span,
    TnaLocator,
)
from archivecite.model.locator import canonical_number
from archivecite.parse import patterns
from archivecite.parse.dates import kanji_number
from archivecite.registry import default_registry, locator_terms

__all__ = [
    "LocatorHit",
    "parse_folios",
    "read_chinese",
    "read_dotted",
    "read_generic",
    "read_japanese",
    "read_nara",
    "read_prefixed_code",
    "read_russian",
    "read_tna",
]

_RANK = {level: rank for rank, level in enumerate(locator_terms("russian").levels)}
_FOLIO_RANK = _RANK["folios"]
# Levels that sit in the hierarchy; the others (tom, chast', korobka...) are printed wherever the
# author chose ("ф. 17, т. 1, оп. 171") and never start a new file by their position.
_HIERARCHY = frozenset({"fond", "subfond", "opis", "razdel", "delo", "folios"})


@dataclass(slots=True)
class LocatorHit:
    """One locator found in the text, the span it covers and the span of each level."""

    locator: ArchivalLocator
    start: int
    end: int
    spans: list[Span] = field(default_factory=list)


# ---------------------------------------------------------------- folios


def _folio(digits: str, rest: str) -> Folio:
    rest = rest.strip(" .")
    if not rest or patterns.RECTO_PATTERN.fullmatch(rest):
        return Folio(number=int(digits))
    if patterns.VERSO_PATTERN.fullmatch(rest):
        return Folio(number=int(digits), verso=True)
    suffixed = patterns.FOLIO_SUFFIX_PATTERN.fullmatch(rest)
    if suffixed is None:
        return Folio(number=int(digits))
    return Folio(
        number=int(digits), suffix=suffixed["suffix"].lower(), verso=bool(suffixed["verso"])
    )


def _expand_short_end(start: int, end: int) -> int:
    # "164-67" means 164-167: an end shorter and smaller than the start borrows its digits.
    start_text, end_text = str(start), str(end)
    if end < start and len(end_text) < len(start_text):
        return int(start_text[: len(start_text) - len(end_text)] + end_text)
    return end


def parse_folios(text: str) -> tuple[FolioRange, ...]:
    """Folios as printed (``9–12 об.``, ``46 об.–47``, ``1, 3-5v``, ``164-67``) as typed ranges."""
    ranges: list[FolioRange] = []
    for item in patterns.LIST_NUMBER_PATTERN.split(text):
        match = patterns.FOLIO_ITEM_PATTERN.match(item.strip())
        if match is None:
            continue
        start = _folio(match["start"], match["start_rest"] or "")
        end = None
        if match["end"] is not None:
            end = _folio(match["end"], match["end_rest"] or "")
            number = _expand_short_end(start.number, end.number)
            if number != end.number:
                end = end.model_copy(update={"number": number})
        ranges.append(FolioRange(start=start, end=end))
    return tuple(ranges)


# ---------------------------------------------------------------- Russian


@dataclass(slots=True)
class _Level:
    name: str
    value: str
    start: int
    end: int
    value_start: int
    weak: bool = False


def _levels(text: str) -> list[_Level]:
    levels: list[_Level] = []
    last_rank = -1
    for keyword in patterns.LEVEL_PATTERN.finditer(text):
        candidates = patterns.level_of_keyword(keyword["keyword"] or keyword["hyphened"])
        if not candidates:
            continue
        # An ambiguous keyword ("f": fond or folio) continues the hierarchy when it can.
        name = next((level for level in candidates if _RANK[level] > last_rank), candidates[0])
        value_pattern = (
            patterns.FOLIO_LIST_PATTERN if name == "folios" else patterns.NUMBER_LIST_PATTERN
        )
        value = value_pattern.match(text, keyword.end())
        if value is None and name in _ROMAN_LEVELS:
            value = patterns.ROMAN_VALUE_PATTERN.match(text, keyword.end())
        if value is None:
            continue
        if name == "delo" and _years(value.group(), text, value.end()):
            continue
        if name != "folios" and patterns.LEAF_COUNT_PATTERN.match(text, value.end()):
            # "д. 131, 9 л.": the last number counts the file's leaves.
            last = list(patterns.LIST_NUMBER_PATTERN.finditer(text, value.start(), value.end()))
            if not last:
                continue
            value = value_pattern.match(text, keyword.end(), last[-1].start()) or value
        if name == "opis" and not (levels and levels[-1].name in ("fond", "subfond")):
            levels.extend(_bare_fond(text, levels[-1].end if levels else 0, keyword.start()))
        if _dependent(keyword) and not (levels and levels[-1].name in _HIGHER_THAN_DELO):
            continue
        levels.append(
            _Level(
                name,
                value.group().strip(),
                keyword.start(),
                value.end(),
                keyword.end(),
                weak=(keyword["keyword"] or "").casefold().rstrip(".") in _WEAK_KEYWORDS,
            )
        )
        if name in _HIERARCHY:
            last_rank = _RANK[name]
        if name == "fond":
            levels.extend(_numbered_item(text, value.end()))
        elif name == "opis":
            levels.extend(_numbered_item(text, value.end(), pattern=patterns.NUMBERED_FILE_PATTERN))
    years = [
        _Level("year", year["value"], year.start(), year.end(), year.start("value"))
        for pattern in (patterns.YEAR_LEVEL_PATTERN, patterns.BARE_YEAR_LEVEL_PATTERN)
        for year in pattern.finditer(text)
        if not any(level.value_start <= year.start() < level.end for level in levels)
    ]
    return sorted(levels + years, key=lambda level: level.start) if years else levels


_HIGHER_THAN_DELO = frozenset({"fond", "subfond", "opis", "razdel"})
_ROMAN_LEVELS = frozenset(locator_terms("russian").numbers.get("roman_levels", []))
_WEAK_KEYWORDS = frozenset(
    word.casefold() for word in locator_terms("russian").context.get("with_lower_level", [])
)


def _years(value: str, text: str, end: int) -> bool:
    """``дело 1835–1838 годов``: four-digit numbers followed by a word for years."""
    numbers = re.findall(r"\d+", value)
    plausible = all(len(number) == 4 and 1500 <= int(number) <= 2100 for number in numbers)
    return bool(numbers) and plausible and patterns.YEARS_WORD_PATTERN.match(text, end) is not None


def _dependent(keyword: re.Match[str]) -> bool:
    word = keyword["keyword"] or keyword["hyphened"]
    return word.casefold().rstrip(".") in patterns.DEPENDENT_KEYWORDS


def _bare_fond(text: str, start: int, end: int) -> list[_Level]:
    """A prefixed number printed right before an opis without "Ф.": "ОГАЧО. Р-274. Оп. 3"."""
    bare = patterns.BARE_FOND_PATTERN.search(text, start, end)
    if bare is None:
        return []
    start, end = bare.span("value")
    return [_Level("fond", bare["value"], start, end, start)]


def _numbered_item(
    text: str, position: int, *, pattern: re.Pattern[str] = patterns.NUMBERED_ITEM_PATTERN
) -> list[_Level]:
    """Manuscript departments number their items within a fond: "Ф. 731 (Сперанский М. М.).
    № 83" is item (delo) 83 of fond 731; "опис 2, № 184" is file 184 of that opis."""
    item = pattern.match(text, position)
    if item is None:
        return []
    return [_Level("delo", item["value"], item.start("sign"), item.end(), item.start("value"))]


def _continues(group: list[_Level], level: _Level) -> bool:
    if any(seen.name == level.name for seen in group):
        return False
    if level.name not in _HIERARCHY:
        return True
    ranks = [_RANK[seen.name] for seen in group if seen.name in _HIERARCHY]
    return not ranks or _RANK[level.name] > max(ranks)


def _is_locator(group: list[_Level], inherited: dict[str, str]) -> bool:
    names = {level.name for level in group} | set(inherited)
    if any(level.weak for level in group) and not names & {"opis", "delo"}:
        return False
    core = names & {"fond", "opis", "delo"}
    return bool(core) and (len(names) >= 2 or "fond" in names)


def read_russian(text: str, *, inherited: dict[str, str] | None = None) -> list[LocatorHit]:
    """Fond/opis/delo/list locators, several per text when a citation lists several files.

    A level at or above one already seen starts a new file, which inherits the higher levels of
    the file before it (``Д. 5. Л. 3; Д. 6. Л. 4`` are two files of the same opis).
    """
    groups: list[list[_Level]] = []
    for level in _levels(text):
        if level.name == "year":
            # Only between a fond and its dela; elsewhere a year is the document's date.
            names = {seen.name for seen in groups[-1]} if groups else set()
            if "fond" in names and not names & {"delo", "folios", "year"}:
                groups[-1].append(level)
            continue
        if groups and _continues(groups[-1], level):
            groups[-1].append(level)
        else:
            groups.append([level])

    hits: list[LocatorHit] = []
    inherited = dict(inherited or {})
    for group in groups:
        if not _is_locator(group, inherited):
            continue
        top_rank = min(_RANK[level.name] for level in group)
        values = {name: value for name, value in inherited.items() if _RANK[name] < top_rank}
        spans = []
        folios: tuple[FolioRange, ...] = ()
        for level in group:
            spans.append(Span(field=level.name, start=level.value_start, end=level.end))
            if level.name == "folios":
                folios = parse_folios(level.value)
            else:
                values[level.name] = canonical_number(level.value)
        start, end = group[0].start, group[-1].end
        # "дела 6 и 9" are two files; folios printed after such a list belong to the last one.
        dela = values.pop("delo", "").split(", ") if "delo" in values else [None]
        for index, delo in enumerate(dela):
            last = index == len(dela) - 1
            locator = RussianLocator(folios=folios if last else (), delo=delo, **values)
            hits.append(LocatorHit(locator, start, end, spans))
        if dela[-1] is not None:
            values["delo"] = dela[-1]
        inherited = {name: value for name, value in values.items() if _RANK[name] < _FOLIO_RANK}
    return hits


def read_dotted(text: str, *, anchors: list[int]) -> list[LocatorHit]:
    """``RGASPI 558.11.492.57``, ``ДАХмО 315-1-159``: fond.opis.delo(.folio) or fond-opis-delo
    right after a Russian-system archive's name."""
    for anchor in anchors:
        match = patterns.DOTTED_LOCATOR_PATTERN.match(
            text, anchor
        ) or patterns.HYPHENATED_LOCATOR_PATTERN.match(text, anchor)
        if match is None:
            continue
        spans = [
            Span(field=name, start=match.start(name), end=match.end(name))
            for name in ("fond", "opis", "delo", "folios")
            if match.groupdict().get(name)
        ]
        folios, end = match.groupdict().get("folios"), match.end()
        trailing = None if folios else patterns.SHELFMARK_FOLIOS_PATTERN.match(text, end)
        if trailing is not None:
            folios, end = trailing["folios"], trailing.end()
            spans.append(Span(field="folios", start=trailing.start("folios"), end=end))
        locator = RussianLocator(
            fond=canonical_number(match["fond"]),
            opis=match["opis"],
            delo=match["delo"],
            folios=parse_folios(folios) if folios else (),
        )
        return [LocatorHit(locator, anchor, end, spans)]
    return []


def read_prefixed_code(text: str) -> list[LocatorHit]:
    """``РС 1816/1820 (И-138-2-53)``: a hyphen-coded fond-opis-delo whose fond carries a
    prefix, in a Cyrillic text that names no archive."""
    if not any("\u0400" <= char <= "\u04ff" for char in text):
        return []
    match = patterns.PREFIXED_CODE_PATTERN.search(text)
    if match is None:
        return []
    spans = [
        Span(field=name, start=match.start(name), end=match.end(name))
        for name in ("fond", "opis", "delo")
    ]
    locator = RussianLocator(
        fond=canonical_number(match["fond"]), opis=match["opis"], delo=match["delo"]
    )
    return [LocatorHit(locator, match.start(), match.end(), spans)]


# ---------------------------------------------------------------- Japanese


def _japanese_call_number(text: str, *, japanese: bool) -> re.Match[str] | None:
    labelled = patterns.JAPANESE_CALL_NUMBER_PATTERN.search(text)
    if labelled is not None or not japanese:
        return labelled
    return patterns.JAPANESE_ARCHIVE_NUMBER_PATTERN.search(text)


def read_japanese(text: str, *, japanese: bool) -> list[LocatorHit]:
    """JACAR reference codes and the holding archives' call numbers; unlabelled call numbers
    only when the text is ``japanese`` (names a Japanese archive or has kana)."""
    hits: list[LocatorHit] = []
    # A code is often printed twice, as text and inside its link: one document.
    seen: dict[str, re.Match[str]] = {}
    for code in patterns.JACAR_CODE_PATTERN.finditer(text):
        if code["code"][0] in JACAR_ARCHIVES:
            seen.setdefault(code["code"], code)
    codes = list(seen.values())
    call = _japanese_call_number(text, japanese=japanese or bool(codes) or _has_kana(text))
    group = (call.lastindex or 0) if call else 0
    call_number = call.group(group) if call else None
    if call is not None and call_number and call.groupdict().get("mofa") and "_" not in call_number:
        call_number += _mofa_volume(text, call.end())
    call_span = (
        [Span(field="call_number", start=call.start(group), end=call.end(group))] if call else []
    )
    for code in codes:
        spans = [Span(field="reference_code", start=code.start("code"), end=code.end("code"))]
        volume = _jacar_volume_title(text, code.end()) if len(codes) == 1 else None
        if volume is not None:
            spans.append(Span(field="volume_title", start=volume[0], end=volume[1]))
        page = patterns.JAPANESE_PAGES_PATTERN.match(text, code.end()) if len(codes) == 1 else None
        if page is not None:
            spans.append(Span(field="pages", start=page.start("start"), end=page.end()))
        locator = JapaneseLocator(
            reference_code=code["code"],
            call_number=call_number,
            volume_title=text[volume[0] : volume[1]] if volume else None,
            pages=_pages(page) if page else None,
        )
        hits.append(LocatorHit(locator, code.start(), code.end(), spans + call_span))
    if not hits and call is not None:
        locator = JapaneseLocator(call_number=call_number)
        hits.append(LocatorHit(locator, call.start(), call.end(), call_span))
    return hits


def _jacar_volume_title(text: str, position: int) -> tuple[int, int] | None:
    """Where the volume (簿冊) title after a JACAR code is, in JACAR's own citation form
    ``Ref.A01000012800、太政類典・第二編・明治四年~明治十年 第八十五巻(国立公文書館)``: the text
    after the code's comma, without the holding archive and call number in brackets at its end.
    An item title there, 「bracketed」 or "quoted", makes the rest ambiguous: it gives nothing."""
    tail = patterns.JACAR_TAIL_PATTERN.match(text, position)
    if tail is None:
        return None
    start, end = tail.start("tail"), tail.end("tail")
    while (bracket := patterns.TRAILING_BRACKET_PATTERN.search(text, start, end)) is not None:
        inner = bracket["inner"].strip()
        known = default_registry().match(inner) is not None
        if not (known or patterns.JAPANESE_ARCHIVE_NUMBER_PATTERN.fullmatch(inner)):
            break
        end = bracket.start()
    while end > start and text[end - 1] in " 　、,，。.":
        end -= 1
    title = text[start:end]
    if any(mark in title for mark in '「『"“') or not any(char.isalpha() for char in title):
        return None
    return start, end


def _pages(found: re.Match[str]) -> str:
    return found["start"] + (f"-{found['end']}" if found["end"] else "")


def _mofa_volume(text: str, position: int) -> str:
    """The volume printed after a Diplomatic Archives file number as the archive writes it in
    the number itself (``A.1.1.0.21, vol. 3`` → ``_003``), or ``""``."""
    volume = patterns.MOFA_VOLUME_PATTERN.match(text, position)
    if volume is None:
        return ""
    return f"_{kanji_number(volume['volume'] or volume['kanji_volume']):03d}"


def _has_kana(text: str) -> bool:
    return patterns.KANA_PATTERN.search(text) is not None


# ---------------------------------------------------------------- Chinese

_CHINESE_LABELS = {
    word: level for level, words in locator_terms("chinese").levels.items() for word in words
}


def read_chinese(text: str, *, named: bool = False) -> list[LocatorHit]:
    """File numbers (``105-00011-01``), 全宗/目录/案卷/件 levels and pages; English labels
    ("File No. 593/870") only when the citation ``named`` a Chinese archive."""
    values: dict[str, str] = {}
    spans: list[Span] = []
    bounds = [len(text), 0]

    def keep(name: str, value: str, start: int, end: int, label_start: int | None = None) -> None:
        values[name] = value
        spans.append(Span(field=name, start=start, end=end))
        bounds[:] = [
            min(bounds[0], start if label_start is None else label_start),
            max(bounds[1], end),
        ]

    for level in patterns.CHINESE_LEVEL_PATTERN.finditer(text):
        name = _CHINESE_LABELS.get(level["label"])
        if level["label"].isascii() and not named:
            continue
        # "全宗号一": a numbered label may take a Chinese numeral ("卷一" is a book's juan)
        numeral = level["numeral"]
        value = str(kanji_number(numeral)) if numeral else level["value"].rstrip(".")
        if name is not None and name != "file_number" and value.count("-") >= 2:
            name = "file_number"  # 案卷号:18-10-415 is the whole number, not one level
        if name is not None and name not in values:
            group = "numeral" if numeral else "value"
            start, end = level.span(group)
            keep(name, canonical_number(value), start, end, level.start())
    if "file_number" not in values:
        number = patterns.CHINESE_FILE_PATTERN.search(text)
        if number is None and named and not values:
            number = patterns.CHINESE_NAMED_FILE_PATTERN.search(text)
        if number is not None:
            keep("file_number", number.group().strip(), number.start(), number.end())
            trailing = patterns.CHINESE_TRAILING_PAGES_PATTERN.match(text, number.end())
            if trailing is not None:
                value = trailing["start"] + (f"-{trailing['end']}" if trailing["end"] else "")
                keep("pages", value, trailing.start("start"), trailing.end())
    if not values:
        return []
    pages = patterns.CHINESE_PAGES_PATTERN.search(text)
    if pages is not None and "pages" not in values:
        value = pages["start"] + (f"-{pages['end']}" if pages["end"] else "")
        keep("pages", value, pages.start(), pages.end())
    if set(values) == {"pages"}:
        return []
    return [LocatorHit(ChineseLocator(**values), bounds[0], bounds[1], spans)]


# ---------------------------------------------------------------- United States and United Kingdom

_NARA_LEVELS = {
    "box": "box",
    "entry": "entry",
    "e.": "entry",
    "folder": "folder",
    "file": "file",
    "no.": "file",
    "series": "labelled_series",
    "stack area": "stack_area",
    "location": "stack_area",
}
_QUOTES = "\"“”`'"
_CLOSERS = {")": "(", "]": "["}


def _note_end(text: str, start: int) -> int:
    """Where a source note that begins at ``start`` ends: its first sentence, or a bracket it
    did not open ("(RG 165, box 469)"; "folder CD 23-1-4 (3 of 7)" keeps its own)."""
    for found in patterns.NARA_NOTE_END_PATTERN.finditer(text, start):
        opener = _CLOSERS.get(found.group())
        closer = found.group()
        if opener is not None and text.count(opener, start, found.start()) > text.count(
            closer, start, found.start()
        ):
            continue
        return found.start()
    return len(text)


def _segments(note: str) -> list[str]:
    """The parts of a note between its separators; a quoted title keeps its commas."""
    parts: list[str] = []
    begin = checked = 0
    straight = opened = 0
    for separator in patterns.NARA_SEGMENT_PATTERN.finditer(note):
        # Quotes are counted once, from the last separator seen, so long notes stay linear.
        straight += note.count('"', checked, separator.start())
        opened += note.count("“", checked, separator.start())
        opened -= note.count("”", checked, separator.start())
        checked = separator.start()
        if straight % 2 == 1 or opened > 0:
            continue
        parts.append(note[begin : separator.start()])
        begin = separator.end()
    parts.append(note[begin:])
    return parts


def _clean_segment(written: str) -> str:
    segment = patterns.DASH_PATTERN.sub("-", written.strip(" .;:"))
    segment = patterns.SPACED_DASH_PATTERN.sub("-", segment)
    if segment.endswith(")") and segment.count(")") > segment.count("("):
        segment = segment[:-1].rstrip(" .;:")
    return segment


def _source_note(text: str, start: int, values: dict[str, str], lots: list[str]) -> int:
    """Read the separated parts of an English source note into ``values`` (series, lot, box,
    folder, file, year) and ``lots`` up to the end of its first sentence; returns where it
    ends. A labelled file ("file 55") and the parts after it are the file; else a code
    ("D891080-0768"); else the descriptive parts left over."""
    end = _note_end(text, start)
    labelled: list[str] = []
    coded: list[str] = []
    prose: list[str] = []
    for written in _segments(text[start:end]):
        segment = _clean_segment(written)
        if not segment or segment.casefold() in {"no label", "n.d."}:
            continue
        if default_registry().match(segment) is not None:  # "…, 740.0011 EW/11-2345, NARA."
            continue
        lot = patterns.NARA_LOT_PATTERN.match(segment)
        level = patterns.NARA_LEVEL_PATTERN.match(segment)
        if lot is not None:
            lots.extend(
                item.group() for item in patterns.NARA_LOT_ITEM_PATTERN.finditer(lot["lots"])
            )
        elif level is not None:
            name = _NARA_LEVELS[" ".join(level["level"].casefold().split())]
            value = level["value"].strip(_QUOTES + " ")
            if name != "file":
                values[name] = value
            else:
                labelled.append(value)
        elif labelled:  # "File 304, 381, Psychological Warfare Pt. 1"
            labelled.append(segment)
        elif patterns.NARA_ITEM_PATTERN.match(segment) or patterns.NARA_DECIMAL_FILE_PATTERN.match(
            segment
        ):
            coded.append(segment)
        elif patterns.NARA_YEARS_PATTERN.match(segment):
            values["year"] = segment
        elif segment.startswith("Records of") and "series" not in values and not prose:
            continue
        elif "series" not in values and not prose and not coded:
            values["series"] = segment
        elif patterns.NARA_CODE_PATTERN.match(segment):
            coded.append(segment)
        else:
            prose.append(segment.strip(_QUOTES))
    files = labelled or coded or prose
    if files:
        values["file"] = ", ".join(files)
    if lots:
        values["lot"] = lots[0]
    return end


def _nara_hit(
    text: str, start: int, hit_start: int, values: dict[str, str], spans: list[Span]
) -> tuple[list[LocatorHit], int]:
    lots: list[str] = []
    end = _source_note(text, start, values, lots)
    labelled = values.pop("labelled_series", None)
    if labelled is not None:
        values.setdefault("series", labelled)
    if "record_group" not in values and "series" not in values and "lot" not in values:
        return [], end
    hits = [LocatorHit(NaraLocator(**values), hit_start, end, spans)]
    # "Lots 64 D 563 and 65 D 101": one file per lot, in the same record group.
    hits.extend(
        LocatorHit(NaraLocator(**{**values, "lot": lot}), hit_start, end, []) for lot in lots[1:]
    )
    return hits, end


def read_nara(
    text: str, *, anchor: int | None, inherited: dict[str, str] | None = None
) -> list[LocatorHit]:
    """A US National Archives locator: record group, then the series, lot, box and file of a
    source note as FRUS prints it (``RG 59, S/P–NSC Files: Lot 62 D 1, Box 115``); a lot file
    alone (``EUR Files: Lot 61 D 282A``); one file per record group a note cites."""
    values: dict[str, str] = dict(inherited or {})
    spans: list[Span] = []
    record_group = patterns.NARA_RECORD_GROUP_PATTERN.search(text, anchor or 0)
    if record_group is None and anchor:  # "…, RG 59, Central Decimal File, …, NARA."
        record_group = patterns.NARA_RECORD_GROUP_PATTERN.search(text, 0, anchor)
    if record_group is None and anchor is None:
        if patterns.NARA_LOT_LABEL_PATTERN.search(text) is None:
            return []
        anchor = 0
    start = anchor if anchor is not None else 0
    hit_start = start
    if record_group is not None:
        hit_start = record_group.start()
        values["record_group"] = record_group["value"]
        spans.append(
            Span(
                field="record_group",
                start=record_group.start("value"),
                end=record_group.end("value"),
            )
        )
        start = record_group.end()
    hits, end = _nara_hit(text, start, hit_start, values, spans)
    while hits and (following := patterns.NARA_RECORD_GROUP_PATTERN.search(text, end)):
        # "JWC 043/16 (RG 165, box 469) and JWC 194 (RG 165, box 287)": two files.
        span = Span(
            field="record_group", start=following.start("value"), end=following.end("value")
        )
        more, end = _nara_hit(
            text, following.end(), following.start(), {"record_group": following["value"]}, [span]
        )
        if not more:
            break
        hits.extend(more)
    return hits


def read_generic(text: str, *, anchor: int) -> list[LocatorHit]:
    """Collection, box, folder and item after the name of an archive with no system of its own
    (``Hoover Institution Archives, Boris I. Nicolaevsky Collection, Box 233, Folder 12``), and
    its shelfmarks (``BArch R 2, R 2501``: one file each)."""
    values: dict[str, str] = {}
    end = _note_end(text, anchor)
    shelfmarks = [
        segment
        for written in _segments(text[anchor:end])
        if patterns.SHELFMARK_PATTERN.fullmatch(segment := _clean_segment(written).strip(_QUOTES))
    ]
    if not shelfmarks:
        slashed = patterns.SLASHED_SHELFMARK_PATTERN.search(text, anchor, end)
        shelfmarks = [slashed.group()] if slashed else []
    lots: list[str] = []
    _source_note(text, anchor, values, lots)
    fields = {
        "collection": values.get("series"),
        "series": values.get("labelled_series"),
        "box": values.get("box"),
        "folder": values.get("folder"),
        "item": values.get("file"),
    }
    if shelfmarks:
        if fields["collection"] in shelfmarks:
            fields["collection"] = None
        if fields["item"] is not None and any(mark in fields["item"] for mark in shelfmarks):
            fields["item"] = None
        return [
            LocatorHit(GenericLocator(**fields, call_number=mark), anchor, end, [])
            for mark in shelfmarks
        ]
    if not any(fields.values()):
        return []
    return [LocatorHit(GenericLocator(**fields), anchor, end, [])]


def read_tna(text: str, *, departments: frozenset[str], named: bool) -> list[LocatorHit]:
    """TNA references such as ``FO 371/46234``; a series alone (``CO 1024``) only when the text
    labels it a reference or names the archive."""
    labelled = named or patterns.TNA_LABEL_PATTERN.search(text) is not None
    hits = []
    for reference in patterns.TNA_PATTERN.finditer(text):
        if reference["department"] not in departments:
            continue
        if reference["piece"] is None and not labelled:
            continue
        spans = [Span(field="reference", start=reference.start(), end=reference.end())]
        end = reference.end()
        folios = patterns.TNA_FOLIOS_PATTERN.match(text, end) if reference["piece"] else None
        if folios is not None:
            end = folios.end()
            spans.append(Span(field="folios", start=folios.start("folios"), end=end))
        locator = TnaLocator(
            department=reference["department"],
            series=reference["series"],
            piece=reference["piece"],
            item=reference["item"],
            folios=parse_folios(folios["folios"]) if folios else (),
        )
        hits.append(LocatorHit(locator, reference.start(), end, spans))
    return hits
