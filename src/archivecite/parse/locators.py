"""Read archival locators out of citation text, one reader per archival system: here the hit
type, folios and the Russian system; ``locators_cjk`` and ``locators_english`` hold the others.

Each reader returns hits with the character span it used, so the caller can tell which part of
the citation is locator and which is title, date or trailing text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from archivecite.model import (
    ArchivalLocator,
    Folio,
    FolioRange,
    RussianLocator,
    Span,
)
from archivecite.model.locator import canonical_number
from archivecite.parse.patterns_russian import (
    BARE_FOLIOS_PATTERN,
    BARE_FOND_PATTERN,
    BARE_YEAR_LEVEL_PATTERN,
    COMMA_LOCATOR_PATTERN,
    DEPENDENT_KEYWORDS,
    DOTTED_LOCATOR_PATTERN,
    FOLIO_ITEM_PATTERN,
    FOLIO_LIST_PATTERN,
    FOLIO_SUFFIX_PATTERN,
    HYPHENATED_LOCATOR_PATTERN,
    LEAF_COUNT_PATTERN,
    LEVEL_PATTERN,
    LIST_NUMBER_PATTERN,
    NAMED_FOND_PATTERN,
    NUMBER_LIST_PATTERN,
    NUMBERED_FILE_PATTERN,
    NUMBERED_ITEM_PATTERN,
    OCR_LATIN_OPIS_PATTERN,
    OCR_OPIS_PATTERN,
    PREFIXED_CODE_PATTERN,
    PREFIXED_NUMBER_PATTERN,
    RECTO_PATTERN,
    ROMAN_VALUE_PATTERN,
    SHELFMARK_FOLIOS_PATTERN,
    SPACED_LOCATOR_PATTERN,
    UNPLACED_LEVEL_PATTERN,
    VERSO_PATTERN,
    YEAR_LEVEL_PATTERN,
    YEARS_WORD_PATTERN,
    level_of_keyword,
)
from archivecite.registry import locator_terms

__all__ = ["LocatorHit", "parse_folios", "read_dotted", "read_prefixed_code", "read_russian"]

_RANK = {level: rank for rank, level in enumerate(locator_terms("russian").levels)}
_FOLIO_RANK = _RANK["folios"]
# Levels that sit in the hierarchy; the others (tom, chast', korobka...) are printed wherever the
# author chose ("ф. 17, т. 1, оп. 171") and never start a new file by their position. A razdel
# is printed above the opis ("f. 2, razd. III, op. 5") or inside it ("оп. 1, разд. 2, д. 5").
_HIERARCHY = frozenset({"fond", "subfond", "opis", "delo", "folios"})


@dataclass(slots=True)
class LocatorHit:
    """One locator found in the text, the span it covers and the span of each level."""

    locator: ArchivalLocator
    start: int
    end: int
    spans: list[Span] = field(default_factory=list)
    # where a level the reader could not place ends, when the locator has one ("Бух. 1")
    unplaced_end: int | None = None


# ---------------------------------------------------------------- folios


def _folio(digits: str, rest: str) -> Folio:
    rest = rest.strip(" .")
    if not rest or RECTO_PATTERN.fullmatch(rest):
        return Folio(number=int(digits))
    if VERSO_PATTERN.fullmatch(rest):
        return Folio(number=int(digits), verso=True)
    suffixed = FOLIO_SUFFIX_PATTERN.fullmatch(rest)
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
    for item in LIST_NUMBER_PATTERN.split(text):
        match = FOLIO_ITEM_PATTERN.match(item.strip())
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
    text = _ocr_opis(text)
    for keyword in LEVEL_PATTERN.finditer(text):
        candidates = level_of_keyword(keyword["keyword"] or keyword["hyphened"])
        if not candidates or _wants_full_stop(keyword):
            continue
        # An ambiguous keyword ("f": fond or folio) continues the hierarchy when it can.
        name = next((level for level in candidates if _RANK[level] > last_rank), candidates[0])
        if last_rank == _FOLIO_RANK and len(candidates) > 1 and name not in _HIERARCHY:
            # "…, fo. 160ii, …, in Mikhailovskii-Danilevskii, Opisanie 1814, p. 324": no papka
            # follows a file's folios; the page is a book's.
            continue
        value_pattern = FOLIO_LIST_PATTERN if name == "folios" else NUMBER_LIST_PATTERN
        value = value_pattern.match(text, keyword.end())
        if value is None and name in _ROMAN_LEVELS:
            value = ROMAN_VALUE_PATTERN.match(text, keyword.end())
        if value is None:
            continue
        if name == "delo" and _years(value.group(), text, value.end()):
            continue
        if name != "folios" and LEAF_COUNT_PATTERN.match(text, value.end()):
            # "д. 131, 9 л.": the last number counts the file's leaves.
            last = list(LIST_NUMBER_PATTERN.finditer(text, value.start(), value.end()))
            if not last:
                continue
            value = value_pattern.match(text, keyword.end(), last[-1].start()) or value
        if name == "opis" and not (levels and levels[-1].name in ("fond", "subfond")):
            levels.extend(_bare_fond(text, levels[-1].end if levels else 0, keyword.start()))
        if _dependent(keyword) and not (levels and levels[-1].name in _HIGHER_THAN_DELO):
            continue
        bare_folios = _bare_folios(text, value) if name == "delo" else None
        if bare_folios is not None:
            value = NUMBER_LIST_PATTERN.match(text, keyword.end(), bare_folios.start) or value
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
            levels.extend(_numbered_item(text, value.end(), pattern=NUMBERED_FILE_PATTERN))
        if bare_folios is not None:
            levels.append(bare_folios)
            last_rank = _FOLIO_RANK
    years = [
        _Level("year", year["value"], year.start(), year.end(), year.start("value"))
        for pattern in (YEAR_LEVEL_PATTERN, BARE_YEAR_LEVEL_PATTERN)
        for year in pattern.finditer(text)
        if not any(level.value_start <= year.start() < level.end for level in levels)
    ]
    return sorted(levels + years, key=lambda level: level.start) if years else levels


_HIGHER_THAN_DELO = frozenset({"fond", "subfond", "opis", "razdel"})
_ROMAN_LEVELS = frozenset(locator_terms("russian").numbers.get("roman_levels", []))
_WEAK_KEYWORDS = frozenset(
    word.casefold() for word in locator_terms("russian").context.get("with_lower_level", [])
)


_FULL_STOP_KEYWORDS = frozenset(
    word.casefold() for word in locator_terms("russian").context.get("with_full_stop", [])
)


def _wants_full_stop(keyword: re.Match[str]) -> bool:
    """``del``, ``fo``, ``fos`` name a level only as abbreviations, with their full stop
    ("del. 145", "fo. 128"): Spanish "del 1945" and TNA's "FO 371" are none."""
    word = keyword["keyword"]
    return (
        word is not None
        and word.casefold().rstrip(".") in _FULL_STOP_KEYWORDS
        and "." not in keyword.group()
    )


def _ocr_opis(text: str) -> str:
    """``Оп.`` read by OCR as Latin ``On.`` right after a Cyrillic fond ("АВП РФ. Ф. 0146. On.
    29. Пап. 269", "РГИА. Ф. 475. On. 1. Д. 77"), put back; the same length, so offsets hold."""
    if "On." not in text:
        return text
    text = OCR_OPIS_PATTERN.sub(lambda found: found.group()[:-3] + "Оп.", text)
    return OCR_LATIN_OPIS_PATTERN.sub(lambda found: found.group()[:-3] + "Op.", text)


def _bare_folios(text: str, value: re.Match[str]) -> _Level | None:
    """Folios printed without their keyword after the file, as English notes print them
    ("RGASPI f. 17, op. 125, del. 336, 2–31", "TsDAHO f. 1, op. 23, spr. 1060, 1–5"; the
    Ukrainian edition of the same book: "ЦДАВО ф. 3833, оп. 1, спр. 43, 9"): what follows the
    delo's comma, when it starts below the delo's number; a list of files runs on upward
    ("д. 5, 6")."""
    comma = BARE_FOLIOS_PATTERN.match(value.group())
    if comma is None or int(comma["folio"]) >= int(comma["delo"]):
        return None
    start = value.start() + comma.end("delo")
    folios = FOLIO_LIST_PATTERN.match(text, value.start() + comma.start("folio"))
    if folios is None:
        return None
    return _Level("folios", folios.group().strip(), start, folios.end(), folios.start())


def _years(value: str, text: str, end: int) -> bool:
    """``дело 1835–1838 годов``: four-digit numbers followed by a word for years."""
    numbers = re.findall(r"\d+", value)
    plausible = all(len(number) == 4 and 1500 <= int(number) <= 2100 for number in numbers)
    return bool(numbers) and plausible and YEARS_WORD_PATTERN.match(text, end) is not None


def _dependent(keyword: re.Match[str]) -> bool:
    word = keyword["keyword"] or keyword["hyphened"]
    return word.casefold().rstrip(".") in DEPENDENT_KEYWORDS


def _bare_fond(text: str, start: int, end: int) -> list[_Level]:
    """A prefixed number printed right before an opis without "Ф.": "ОГАЧО. Р-274. Оп. 3"; or a
    fond named, not numbered: "АВП РФ. Ф. Референтура по Китаю. Оп. 32-а"."""
    bare = BARE_FOND_PATTERN.search(text, start, end) or NAMED_FOND_PATTERN.search(text, start, end)
    if bare is None:
        return []
    start, end = bare.span("value")
    return [_Level("fond", bare["value"], start, end, start)]


def _numbered_item(
    text: str, position: int, *, pattern: re.Pattern[str] = NUMBERED_ITEM_PATTERN
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


def _aside_on_folios(text: str, group: list[_Level], level: _Level) -> bool:
    """``ll. 1–32 (quotations from ll. 31–32)``: folios in parentheses after the folios of a
    file name the leaves quoted among them, not another file."""
    if not any(seen.name == "folios" for seen in group):
        return False
    opening = text.rfind("(", group[-1].end, level.start)
    return opening >= 0 and ")" not in text[opening : level.start]


def _investigation_file(text: str, group: list[_Level]) -> bool:
    """``АСД № Р-23502``, ``Д. П-5470``: a security service's file, cited with no fond."""
    if any(level.name not in _FILE_PARTS for level in group):
        return False
    delo = next((level for level in group if level.name == "delo"), None)
    if delo is None:
        return False
    keyword = text[delo.start : delo.value_start].strip(" .:№").casefold()
    return keyword in _INVESTIGATION_KEYWORDS or bool(PREFIXED_NUMBER_PATTERN.match(delo.value))


_FILE_PARTS = frozenset({"delo", "tom", "chast", "folios"})
_INVESTIGATION_KEYWORDS = frozenset(
    word.casefold() for word in locator_terms("russian").context.get("investigation_file", [])
)


def _is_locator(group: list[_Level], inherited: dict[str, str], text: str = "") -> bool:
    if _investigation_file(text, group):
        return True
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
        if level.name == "folios" and groups and _aside_on_folios(text, groups[-1], level):
            continue
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
        if not _is_locator(group, inherited, text):
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
        unplaced_end = _unplaced_level(text, group)
        # "дела 6 и 9" are two files; folios printed after such a list belong to the last one.
        dela = values.pop("delo", "").split(", ") if "delo" in values else [None]
        for index, delo in enumerate(dela):
            last = index == len(dela) - 1
            locator = RussianLocator(folios=folios if last else (), delo=delo, **values)
            hits.append(LocatorHit(locator, start, end, spans, unplaced_end))
        if dela[-1] is not None:
            values["delo"] = dela[-1]
        inherited = {name: value for name, value in values.items() if _RANK[name] < _FOLIO_RANK}
    return hits


def _names_level(text: str, position: int) -> bool:
    keyword = LEVEL_PATTERN.match(text, position)
    return keyword is not None and bool(level_of_keyword(keyword["keyword"] or keyword["hyphened"]))


def _unplaced_level(text: str, group: list[_Level]) -> int | None:
    """Where a level that no keyword names ends, inside the group's locator or right after it
    ("НАРБ. Ф. 4п. Бух. 1. Спр. 123"); ``None`` when every level was placed."""
    read = [(level.start, level.end) for level in group]
    after = group[-1].end
    while after < len(text) and text[after] in " .,;":
        after += 1
    found = None
    for unplaced in UNPLACED_LEVEL_PATTERN.finditer(text, group[0].start, after + 8):
        inside = any(start < unplaced.end() and unplaced.start() < end for start, end in read)
        if not (inside or _names_level(text, unplaced.start())) and unplaced.start() <= after:
            found = unplaced
    if found is None:
        return None
    number = NUMBER_LIST_PATTERN.match(text, found.end() - 1)
    return number.end() if number is not None else found.end()


def read_dotted(text: str, *, anchors: list[int]) -> list[LocatorHit]:
    """``RGASPI 558.11.492.57``, ``ДАХмО 315-1-159``, ``GASPI 558, 11, 816, 71``, ``ГА РФ Р7523
    105 168``: fond.opis.delo(.folio), fond-opis-delo, fond, opis, delo(, folio) or the three
    numbers with spaces, right after a Russian-system archive's name; one file after each name
    that has one ("TsDAVOU 2/2/40 (1921), 33, and RDVA 40442/3/2 (1920), 16, 25")."""
    hits: list[LocatorHit] = []
    for anchor in sorted(anchors):
        if hits and anchor < hits[-1].end:
            continue
        match = (
            DOTTED_LOCATOR_PATTERN.match(text, anchor)
            or HYPHENATED_LOCATOR_PATTERN.match(text, anchor)
            or COMMA_LOCATOR_PATTERN.match(text, anchor)
            or SPACED_LOCATOR_PATTERN.match(text, anchor)
        )
        if match is None:
            continue
        spans = [
            Span(field=name, start=match.start(name), end=match.end(name))
            for name in ("fond", "opis", "delo", "folios")
            if match.groupdict().get(name)
        ]
        folios, end = match.groupdict().get("folios"), match.end()
        trailing = None if folios else SHELFMARK_FOLIOS_PATTERN.match(text, end)
        if trailing is not None:
            folios, end = trailing["folios"], trailing.end()
            spans.append(Span(field="folios", start=trailing.start("folios"), end=end))
        locator = RussianLocator(
            fond=canonical_number(match["fond"]),
            opis=match["opis"],
            delo=match["delo"],
            folios=parse_folios(folios) if folios else (),
        )
        hits.append(LocatorHit(locator, anchor, end, spans))
    return hits


def read_prefixed_code(text: str) -> list[LocatorHit]:
    """``РС 1816/1820 (И-138-2-53)``: a hyphen-coded fond-opis-delo whose fond carries a
    prefix, in a Cyrillic text that names no archive."""
    if not any("\u0400" <= char <= "\u04ff" for char in text):
        return []
    match = PREFIXED_CODE_PATTERN.search(text)
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
