"""English-language source notes: US National Archives record groups, lots, boxes and files;
The National Archives (UK) references; collection, box and folder of any other archive."""

from __future__ import annotations

from archivecite.model import (
    GenericLocator,
    NaraLocator,
    Span,
    TnaLocator,
)
from archivecite.parse import patterns
from archivecite.parse.locators import LocatorHit, parse_folios
from archivecite.parse.patterns_english import (
    BARE_PAGE_PATTERN,
    BOX_REMARK_PATTERN,
    LEVEL_NUMBER_PATTERN,
    NARA_CODE_PATTERN,
    NARA_DECIMAL_FILE_PATTERN,
    NARA_ITEM_PATTERN,
    NARA_LEVEL_PATTERN,
    NARA_LOT_ITEM_PATTERN,
    NARA_LOT_LABEL_PATTERN,
    NARA_LOT_PATTERN,
    NARA_NOTE_END_PATTERN,
    NARA_RECORD_GROUP_PATTERN,
    NARA_SEGMENT_PATTERN,
    NARA_YEARS_PATTERN,
    SHELFMARK_PATTERN,
    SITE_SHELFMARK_PATTERN,
    SLASHED_SHELFMARK_PATTERN,
    SPACED_DASH_PATTERN,
    SPLIT_NUMBER_PATTERN,
    TNA_FOLIOS_PATTERN,
    TNA_LABEL_PATTERN,
    TNA_PATTERN,
)
from archivecite.registry import default_registry

__all__ = ["read_generic", "read_nara", "read_tna", "without_level_numbers"]


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
    "page": "pages",
    "pages": "pages",
    "p.": "pages",
    "pp.": "pages",
}
_QUOTES = "\"“”`'"
_CLOSERS = {")": "(", "]": "["}


def _note_end(text: str, start: int) -> int:
    """Where a source note that begins at ``start`` ends: its first sentence, or a bracket it
    did not open ("(RG 165, box 469)"; "folder CD 23-1-4 (3 of 7)" keeps its own)."""
    for found in NARA_NOTE_END_PATTERN.finditer(text, start):
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
    for separator in NARA_SEGMENT_PATTERN.finditer(note):
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
    segment = SPACED_DASH_PATTERN.sub("-", segment)
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
        lot = NARA_LOT_PATTERN.match(segment)
        level = NARA_LEVEL_PATTERN.match(segment)
        if lot is not None:
            lots.extend(item.group() for item in NARA_LOT_ITEM_PATTERN.finditer(lot["lots"]))
        elif level is not None:
            name = _NARA_LEVELS[" ".join(level["level"].casefold().split())]
            value = level["value"].strip(_QUOTES + " ")
            if name != "file":
                values[name] = value
            else:
                labelled.append(value)
        elif labelled:  # "File 304, 381, Psychological Warfare Pt. 1"
            labelled.append(segment)
        elif NARA_ITEM_PATTERN.match(segment) or NARA_DECIMAL_FILE_PATTERN.match(segment):
            coded.append(segment)
        elif NARA_YEARS_PATTERN.match(segment):
            values["year"] = segment
        elif segment.startswith("Records of") and "series" not in values and not prose:
            continue
        elif "series" not in values and not prose and not coded:
            values["series"] = segment
        elif NARA_CODE_PATTERN.match(segment):
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
    record_group = NARA_RECORD_GROUP_PATTERN.search(text, anchor or 0)
    if record_group is None and anchor:  # "…, RG 59, Central Decimal File, …, NARA."
        record_group = NARA_RECORD_GROUP_PATTERN.search(text, 0, anchor)
    if record_group is None and anchor is None:
        if NARA_LOT_LABEL_PATTERN.search(text) is None:
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
    while hits and (following := NARA_RECORD_GROUP_PATTERN.search(text, end)):
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
        if SHELFMARK_PATTERN.fullmatch(segment := _clean_segment(written).strip(_QUOTES))
    ]
    sited = None
    if not shelfmarks:
        first = _clean_segment(_segments(text[anchor:end])[0]).strip(_QUOTES)
        sited = SITE_SHELFMARK_PATTERN.fullmatch(first)
        shelfmarks = [sited["mark"]] if sited else []
    if not shelfmarks:
        slashed = SLASHED_SHELFMARK_PATTERN.search(text, anchor, end)
        shelfmarks = [slashed.group()] if slashed else []
    lots: list[str] = []
    _source_note(text, anchor, values, lots)
    fields = {
        "collection": values.get("series"),
        "series": values.get("labelled_series"),
        "box": _number(values.get("box")),
        "folder": _number(values.get("folder")),
        "item": values.get("file"),
        "pages": values.get("pages"),
    }
    bare_page = BARE_PAGE_PATTERN.match(fields["item"] or "")
    if bare_page is not None and fields["pages"] is None and (fields["box"] or fields["folder"]):
        fields["item"], fields["pages"] = bare_page["file"], bare_page["pages"]
    if shelfmarks:
        if fields["collection"] in shelfmarks or (sited and fields["collection"] == sited.group()):
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


def _number(value: str | None) -> str | None:
    """A box or folder number as meant: "1 1" (a copy's stray space) is 11; "74 (Label 55)"
    is box 74 with its label."""
    if value is None:
        return None
    value = BOX_REMARK_PATTERN.sub("", value)
    if SPLIT_NUMBER_PATTERN.fullmatch(value):
        return value.replace(" ", "")
    return value


def without_level_numbers(text: str) -> str:
    """``text`` with the numbers of its labelled levels blanked ("File 1887" is no year), one
    space for each character so that offsets hold."""
    return LEVEL_NUMBER_PATTERN.sub(lambda found: " " * len(found.group()), text)


def read_tna(text: str, *, departments: frozenset[str], named: bool) -> list[LocatorHit]:
    """TNA references such as ``FO 371/46234``; a series alone (``CO 1024``) only when the text
    labels it a reference or names the archive."""
    labelled = named or TNA_LABEL_PATTERN.search(text) is not None
    hits = []
    for reference in TNA_PATTERN.finditer(text):
        if reference["department"] not in departments:
            continue
        if reference["piece"] is None and not labelled:
            continue
        spans = [Span(field="reference", start=reference.start(), end=reference.end())]
        end = reference.end()
        folios = TNA_FOLIOS_PATTERN.match(text, end) if reference["piece"] else None
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
