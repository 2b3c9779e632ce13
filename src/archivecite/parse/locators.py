"""Read archival locators out of citation text, one reader per archival system.

Each reader returns hits with the character span it used, so the caller can tell which part of
the citation is locator and which is title, date or trailing text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from archivecite.model import (
    ChineseLocator,
    Folio,
    FolioRange,
    JapaneseLocator,
    NaraLocator,
    RussianLocator,
    Span,
    TnaLocator,
)
from archivecite.model.locator import canonical_number
from archivecite.parse import patterns
from archivecite.registry import locator_terms

__all__ = [
    "LocatorHit",
    "parse_folios",
    "read_chinese",
    "read_japanese",
    "read_nara",
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

    locator: RussianLocator | JapaneseLocator | ChineseLocator | NaraLocator | TnaLocator
    start: int
    end: int
    spans: list[Span] = field(default_factory=list)


# ---------------------------------------------------------------- folios


def _folio(digits: str, rest: str) -> Folio:
    rest = rest.strip(" .")
    if not rest:
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


def _levels(text: str) -> list[_Level]:
    levels: list[_Level] = []
    last_rank = -1
    for keyword in patterns.LEVEL_PATTERN.finditer(text):
        candidates = patterns.level_of_keyword(keyword["keyword"])
        if not candidates:
            continue
        # An ambiguous keyword ("f": fond or folio) continues the hierarchy when it can.
        name = next((level for level in candidates if _RANK[level] > last_rank), candidates[0])
        value_pattern = (
            patterns.FOLIO_LIST_PATTERN if name == "folios" else patterns.NUMBER_LIST_PATTERN
        )
        value = value_pattern.match(text, keyword.end())
        if value is None:
            continue
        levels.append(
            _Level(name, value.group().strip(), keyword.start(), value.end(), keyword.end())
        )
        if name in _HIERARCHY:
            last_rank = _RANK[name]
    return levels


def _continues(group: list[_Level], level: _Level) -> bool:
    if any(seen.name == level.name for seen in group):
        return False
    if level.name not in _HIERARCHY:
        return True
    ranks = [_RANK[seen.name] for seen in group if seen.name in _HIERARCHY]
    return not ranks or _RANK[level.name] > max(ranks)


def _is_locator(group: list[_Level], inherited: dict[str, str]) -> bool:
    names = {level.name for level in group} | set(inherited)
    core = names & {"fond", "opis", "delo"}
    return bool(core) and (len(names) >= 2 or "fond" in names)


def read_russian(text: str, *, inherited: dict[str, str] | None = None) -> list[LocatorHit]:
    """Fond/opis/delo/list locators, several per text when a citation lists several files.

    A level at or above one already seen starts a new file, which inherits the higher levels of
    the file before it (``Д. 5. Л. 3; Д. 6. Л. 4`` are two files of the same opis).
    """
    groups: list[list[_Level]] = []
    for level in _levels(text):
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
        locator = RussianLocator(folios=folios, **values)
        hits.append(LocatorHit(locator, group[0].start, group[-1].end, spans))
        inherited = {name: value for name, value in values.items() if _RANK[name] < _FOLIO_RANK}
    return hits


# ---------------------------------------------------------------- Japanese


def read_japanese(text: str) -> list[LocatorHit]:
    """JACAR reference codes and the holding archives' call numbers."""
    hits: list[LocatorHit] = []
    call = patterns.JAPANESE_CALL_NUMBER_PATTERN.search(text)
    call_number = call["call_number"] if call else None
    for code in patterns.JACAR_CODE_PATTERN.finditer(text):
        if code["code"][0] not in "ABC":
            continue
        spans = [Span(field="reference_code", start=code.start("code"), end=code.end("code"))]
        if call is not None:
            spans.append(Span(field="call_number", start=call.start(1), end=call.end(1)))
        locator = JapaneseLocator(reference_code=code["code"], call_number=call_number)
        hits.append(LocatorHit(locator, code.start(), code.end(), spans))
    if not hits and call is not None:
        locator = JapaneseLocator(call_number=call_number)
        span = Span(field="call_number", start=call.start(1), end=call.end(1))
        hits.append(LocatorHit(locator, call.start(), call.end(), [span]))
    return hits


# ---------------------------------------------------------------- Chinese

_CHINESE_LABELS = {
    word: level
    for level, words in locator_terms("chinese").levels.items()
    for word in words
}


def read_chinese(text: str) -> list[LocatorHit]:
    """File numbers (``105-00011-01``) and 全宗/目录/案卷/件 levels."""
    values: dict[str, str] = {}
    spans: list[Span] = []
    start, end = len(text), 0
    for level in patterns.CHINESE_LEVEL_PATTERN.finditer(text):
        name = _CHINESE_LABELS.get(level["label"])
        if name is None or name in values:
            continue
        values[name] = level["value"].rstrip(".")
        spans.append(Span(field=name, start=level.start("value"), end=level.end("value")))
        start, end = min(start, level.start()), max(end, level.end())
    if "file_number" not in values:
        number = patterns.CHINESE_FILE_PATTERN.search(text)
        if number is not None:
            values["file_number"] = number.group().strip()
            spans.append(Span(field="file_number", start=number.start(), end=number.end()))
            start, end = min(start, number.start()), max(end, number.end())
    if not values or set(values) == {"pages"}:
        return []
    return [LocatorHit(ChineseLocator(**values), start, end, spans)]


# ---------------------------------------------------------------- United States and United Kingdom

_NARA_LEVELS = {
    "rg": "record_group",
    "record group": "record_group",
    "entry": "entry",
    "e.": "entry",
    "box": "box",
    "folder": "folder",
    "file": "folder",
    "series": "series",
}


def read_nara(text: str) -> list[LocatorHit]:
    values: dict[str, str] = {}
    spans: list[Span] = []
    start, end = len(text), 0
    for level in patterns.NARA_PATTERN.finditer(text):
        name = _NARA_LEVELS.get(" ".join(level["level"].lower().split()))
        if name is None or name in values:
            continue
        values[name] = level["value"].strip()
        spans.append(Span(field=name, start=level.start("value"), end=level.end("value")))
        start, end = min(start, level.start()), max(end, level.end())
    if "record_group" not in values:
        return []
    return [LocatorHit(NaraLocator(**values), start, end, spans)]


def read_tna(text: str, *, departments: frozenset[str]) -> list[LocatorHit]:
    hits = []
    for reference in patterns.TNA_PATTERN.finditer(text):
        if reference["department"] not in departments:
            continue
        locator = TnaLocator(
            department=reference["department"],
            series=reference["series"],
            piece=reference["piece"],
            item=reference["item"],
        )
        span = Span(field="reference", start=reference.start(), end=reference.end())
        hits.append(LocatorHit(locator, reference.start(), reference.end(), [span]))
    return hits
