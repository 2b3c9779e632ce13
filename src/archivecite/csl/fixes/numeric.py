"""Number variables read as citeproc-js reads them (its ``processNumber``).

CSL 1.0.2 leaves to the processor how a number variable splits into numbers ("is-numeric",
``plural="contextual"``, ranges); citeproc-js, the reference, parses every value of a number
variable into pieces, each with a label ("no.", "sec."), an optional letter particle and a
joiner (``-``, ``, ``, ``&``, "and"), and decides from the pieces whether the value is numeric,
whether its label is plural, and which hyphens are ranges to print with the range delimiter.
:func:`parse` follows it step by step (``parseString``, ``setPluralsAndNumerics``,
``fixRanges``), quirks included -- "60822-2-RG" is plural and numeric, "2nd ser., 106" and
"Z39.29-2005" are neither, and "300-31862 (Autumn 1978)" keeps its hyphen.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Final

__all__ = ["NUMERIC_VARIABLES", "TEXT_NUMBERS", "Number", "Piece", "parse", "render"]

_RANGED: Final = frozenset(
    (
        "page", "chapter-number", "collection-number", "edition", "issue", "number",
        "number-of-pages", "number-of-volumes", "volume", "locator", "locator-extra",
    )
)  # fmt: skip
_DELIMITED: Final = frozenset(("locator", "locator-extra", "issue", "volume", "edition", "number"))
_LABELLED: Final = frozenset(("locator", "number", "locator-extra", "page"))
_PAGE_LIKE: Final = frozenset(("locator", "locator-extra", "page"))
_NUMBER_LIKE: Final = re.compile(r"^[0-9]+([-;,:a-zA-Z]*)$")
_MASTER: Final = re.compile(r"^(?:[0-9]+|[ixv]+)([-,:a-zA-Z]*|\-[\-0-9]+)$")
_ROMAN: Final = re.compile(r"^[ivxlcmIVXLCM]+$")
_PARTICLE: Final = re.compile(r"^([0-9]*[a-zA-Z]+0*)?([0-9]+(?:[a-zA-Z]*|[-,a-zA-Z]+))$")
_SUBSECTION: Final = re.compile(
    r"^(?:(?:[a-z]|[a-z][a-z]|[a-z][a-z][a-z]|[a-z][a-z][a-z][a-z])\.  *)*[0-9]+[,a-zA-Z]+$"
)
_LETTERS: Final = re.compile(r"^[,a-zA-Z]+$")
_RANGE: Final = re.compile(
    r"^((?:[0-9]*[a-zA-Z]+0*))?([0-9]+[a-z]*)(\s*[^0-9]+\s*)([-,a-zA-Z]?0*)([0-9]+[a-z]*)$"
)
_SIMPLE: Final = re.compile(r"^([0-9]+|[ivxlcmIVXLCM]+)$")
_JS_INT: Final = re.compile(r"^\s*([+-]?\d+)")
_INTEGER: Final = re.compile(r"^[1-9][0-9]*$")
_FRACTION: Final = re.compile(r"^[0-9]+(?:/[0-9]+)+$")


_DATA: Final = json.loads(
    resources.files("archivecite.csl.fixes").joinpath("data/number_labels.json").read_text()
)
NUMERIC_VARIABLES: Final = frozenset(_DATA["numeric_variables"])
"""The variables citeproc-js reads as numbers (``CSL.NUMERIC_VARIABLES``)."""
TEXT_NUMBERS: Final = frozenset(_DATA["text_numbers"])
"""The variables a ``cs:text`` renders as numbers in citeproc-js."""


@cache
def _table() -> tuple[dict[str, str], dict[str, str], re.Pattern[str]]:
    """The labels a value may hold (abbreviation: term), the abbreviation of each term, and
    citeproc-js's pattern of a label: up to four lower-case letters, or a longer known one,
    then a period or a space."""
    data = _DATA
    labels: dict[str, str] = data["labels"]
    reverse: dict[str, str] = {}
    for abbreviation, term in labels.items():
        reverse.setdefault(term, abbreviation)
    words = "|".join(
        ["[a-z]", "[a-z][a-z]", "[a-z][a-z][a-z]", "[a-z][a-z][a-z][a-z]", *data["long"]]
    )
    return labels, reverse, re.compile(rf"(?:^| )(?:{words})(?:\.| ) *")


def _js_int(text: str) -> int | None:
    """JavaScript's ``parseInt``: the leading integer, None (NaN) without one."""
    found = _JS_INT.match(text)
    return int(found.group(1)) if found else None


@dataclass
class Piece:
    """One number of a value, as citeproc-js keeps it."""

    label: str
    orig_label: str
    label_suffix: str
    particle: str
    value: str
    joiner: str
    label_visible: bool = False
    plural: bool = False
    numeric: bool = False
    collapsible: bool | None = None


@dataclass
class Number:
    """A parsed value: its pieces and what citeproc-js reads off the first one."""

    pieces: list[Piece]
    numeric: bool
    plural: bool
    label: str | None
    """The CSL term of the value's label ("issue", "section"), None for none."""


@cache
def _joiners(and_term: str | None) -> re.Pattern[str]:
    full = r",\s+and\s+|\s+and\s+"
    if and_term:
        word = re.escape(and_term)
        full += rf"|,\s+{word}\s+|\s+{word}\s+"
    source = rf"\s*&\s*|{full}|;\s+|,\s+|\s*\\*[\-\u2013]+\s*"
    return re.compile(source)


def parse(
    value: str,
    variable: str,
    has_term: Callable[[str], bool],
    *,
    and_term: str | None = None,
    locator_label: str | None = None,
    range_format: str | None = None,
) -> Number:
    """``value`` of ``variable`` split and judged as citeproc-js's ``processNumber`` does;
    ``has_term`` says whether the style's locale has a term, ``and_term`` is the locale's
    "and" for a language other than English, ``locator_label`` the cite's locator label and
    ``range_format`` the style's ``page-range-format``."""
    labels = _table()[0]
    pieces = _parse_string(value, variable, has_term, and_term, locator_label)
    for index in range(len(pieces) - 1):
        if not pieces[index].joiner and pieces[index + 1].label:
            pieces[index].joiner = " "
    _plurals_and_numerics(pieces, variable, value, has_term)
    for piece in pieces:
        if not piece.numeric:
            piece.plural = False
    if variable in _RANGED:
        _fix_ranges(pieces, variable, range_format, has_term)
    numeric = bool(pieces) and pieces[0].numeric
    plural = bool(pieces) and pieces[0].plural
    if len(pieces) == 1 and _FRACTION.match(pieces[0].value):
        pieces[0].numeric = numeric = True
        pieces[0].plural = plural = False
        pieces[0].collapsible = False
    label = labels.get(pieces[0].label) if pieces else None
    if variable == "number" and label == "issue" and has_term("number"):
        label = "number"
    return Number(pieces, numeric, plural, label)


def _normalized(text: str, variable: str, locator_label: str | None) -> str:
    labels, reverse, _words = _table()
    text = text.strip()
    first = re.match(r"^([^ ]+)", text)
    if first and first.group(1) not in labels:
        if variable in _PAGE_LIKE:
            embedded = reverse.get(locator_label or "", None) if locator_label else "p."
        else:
            embedded = reverse.get(variable)
        if embedded:
            text = f"{embedded} {text}"
    return text


def _compose(
    variable: str, orig_label: str, label: str, value: str, *, joiner: str | None, position: int
) -> Piece:
    _labels, reverse, _words = _table()
    if not label and variable not in reverse:
        label = "var:" + variable
    piece = Piece("", orig_label, "", "", value, re.sub(r"\s*-\s*", "-", joiner or "", count=1))
    if label:
        parts = re.search(r"(\s*)(\S+)(\s*)", label) or re.search("()(.*)()", label)
        piece.label = parts.group(2)  # type: ignore[union-attr]
        piece.label_suffix = parts.group(3)  # type: ignore[union-attr]
        piece.label_visible = (
            variable == "page" and position == 0 and piece.label not in ("p.", "pp.")
        )
    found = _PARTICLE.match(value)
    if found:
        piece.particle, piece.value = found.group(1) or "", found.group(2)
    return piece


def _subsections(elements: list[str]) -> list[str]:
    """``fixupSubsections``: "12a-c" is one number, its hyphen no range."""
    for index in range(len(elements) - 2, 0, -2):
        if (
            elements[index] == "-"
            and _SUBSECTION.match(elements[index - 1])
            and _LETTERS.match(elements[index + 1])
        ):
            elements[index - 1] = "".join(elements[index - 1 : index + 2])
            elements = elements[:index] + elements[index + 2 :]
    return elements


def _elements(text: str, variable: str, and_term: str | None) -> list[str]:
    """The value split at its joiners: numbers (with their labels) and joiners in turn."""
    if variable == "page":
        text = text.replace("\u2013", "-")
    joiner_pattern = _joiners(and_term)
    if "\\-" in text:  # an escaped hyphen is no joiner; the others are en dashes
        escaped = [part.replace("-", "\u2013") for part in text.split("\\-")]
        text = "\\-".join(escaped).replace("\\", "")
        joiner_pattern = re.compile(joiner_pattern.pattern.replace("\\-", "", 1))
    joiners = joiner_pattern.findall(text)
    if joiners:
        chunks = joiner_pattern.split(text)
        for index, joiner in enumerate(joiners):
            if re.fullmatch(r"\s*&\s*", joiner):
                tight = re.search(r"[a-zA-Z]$", chunks[index]) and re.match(
                    r"^[a-zA-Z]", chunks[index]
                )
                joiners[index] = "&" if tight else " & "
        elements: list[str] = []
        for chunk, joiner in zip(chunks, joiners, strict=False):
            elements += [chunk, joiner]
        elements.append(chunks[-1])
        return _subsections(elements)
    return [text]


def _parse_string(
    value: str,
    variable: str,
    has_term: Callable[[str], bool],
    and_term: str | None,
    locator_label: str | None,
) -> list[Piece]:
    labels, reverse, label_words = _table()
    elements = _elements(_normalized(value, variable, locator_label), variable, and_term)
    pieces: list[Piece] = []
    label = reverse.get(variable, "")
    orig_label = ""
    for index in range(0, len(elements), 2):
        element = elements[index]
        joiner = elements[index + 1] if index + 1 < len(elements) else None
        found = label_words.findall(element)
        if not found:
            kept = "" if orig_label == label.strip() else orig_label
            pieces.append(_compose(variable, kept, label, element, joiner=joiner, position=index))
            continue
        rest = label_words.split(element)
        for at in range(len(rest) - 1, 0, -1):
            if rest[at - 1] and (
                not _NUMBER_LIKE.match(rest[at]) or not _NUMBER_LIKE.match(rest[at - 1])
            ):
                rest[at - 1] = rest[at - 1] + found[at - 1] + rest[at]
                rest = rest[:at] + rest[at + 1 :]
                found = found[: at - 1] + found[at:]
        if found:
            slug = found[0].strip()
            term = labels.get(slug)
            not_label = (
                term is None
                or not has_term(term)
                or (variable not in _LABELLED and term != variable)
            )
            if not not_label:
                orig_label = slug
            elif index == 0:
                found = found[1:]
                rest = [f"{rest[0]} {slug} {rest[1]}", *rest[2:]]
        for at, part in enumerate(rest):
            last = at == len(rest) - 1
            if part or last:
                if at >= 1 and at - 1 < len(found) and found[at - 1]:
                    label = found[at - 1]
                kept = "" if orig_label == label.strip() else orig_label
                pieces.append(
                    _compose(
                        variable,
                        kept,
                        label,
                        part.strip(),
                        joiner=joiner if last else None,
                        position=index,
                    )
                )
    return pieces


def _numeric_and_count(pieces: list[Piece], start: int, count: int) -> None:
    """``fixNumericAndCount`` for the ``count`` pieces from ``start`` sharing a label."""
    master = pieces[start]
    numeric = bool(master.value) and bool(_MASTER.match(master.value))
    if master.joiner == "\\-":
        count -= 1
    for piece in pieces[start : start + count]:
        piece.collapsible = _js_int(piece.value) is not None or bool(_ROMAN.match(piece.value))
    collapsible = master.collapsible
    for piece in pieces[start : start + count]:
        if count > 1 and collapsible:
            piece.plural = True
        piece.numeric = numeric
        piece.collapsible = collapsible


def _label_visibility(
    pieces: list[Piece], start: int, variable: str, has_term: Callable[[str], bool]
) -> None:
    labels, _reverse, _words = _table()
    label = pieces[start].label
    if label.startswith("var:"):
        return
    term = labels.get(label)
    if start == 0:
        if variable in _LABELLED and (term is None or not has_term(term)):
            pieces[start].label_visible = True
        if variable not in _LABELLED and term != variable:
            pieces[0].label_visible = True
    else:
        pieces[start].label_visible = True


def _plurals_and_numerics(
    pieces: list[Piece], variable: str, value: str, has_term: Callable[[str], bool]
) -> None:
    if not pieces:
        return
    start, count = 0, 1
    for index in range(1, len(pieces)):
        if pieces[index - 1].label == pieces[index].label:  # citeproc-js compares labels only
            count += 1
            continue
        _numeric_and_count(pieces, start, count)
        _label_visibility(pieces, start, variable, has_term)
        start, count = index, 1
    _numeric_and_count(pieces, start, count)
    _label_visibility(pieces, start, variable, has_term)
    if pieces[0].numeric and variable.startswith("number-of-"):
        number = _js_int(value)
        if number is not None and number > 1:
            pieces[0].plural = True


def _has_delimiter_term(variable: str, piece: Piece, has_term: Callable[[str], bool]) -> bool:
    if variable not in _PAGE_LIKE:
        return True
    labels, _reverse, _words = _table()
    term = labels.get(piece.orig_label or piece.label)
    return term is not None and has_term(term)


RANGE: Final = "\x00range"
"""A joiner to print as the locale's range delimiter (``page-range-delimiter``)."""
YEAR_RANGE: Final = "\x00year-range"
"""A joiner to print as the locale's ``year-range-delimiter``."""


def _range_joiner(
    variable: str, piece: Piece, joiner: str, numeric: bool, has_term: Callable[[str], bool]
) -> str:
    """``fixupRangeDelimiter``."""
    if joiner == "-" and numeric and _has_delimiter_term(variable, piece, has_term):
        if variable in _DELIMITED or _is_page(variable, piece):
            return RANGE
        if variable == "collection-number":
            return YEAR_RANGE
    return joiner


def _is_page(variable: str, piece: Piece) -> bool:
    return variable == "page" or (
        variable in ("locator", "locator-extra") and "p." in (piece.label, piece.orig_label)
    )


PAGE_RANGE: Final = "\x00page"
"""The joiner of a page range left to the style's ``page-range-format``."""


class _Run:
    __slots__ = ("count", "label")

    def __init__(self) -> None:
        self.count = 0
        self.label: str | None = None


def _mangle(
    pieces: list[Piece],
    index: int,
    run: _Run,
    *,
    variable: str,
    range_format: str | None,
    has_term: Callable[[str], bool],
) -> None:
    """``manglePageNumbers`` for the range ending at ``pieces[index]``."""
    if index < 1 or run.count != 2:
        return
    first, second = pieces[index - 1], pieces[index]
    if first.particle != second.particle:
        return
    if first.joiner != "-":
        run.count = 1
        return
    begin, end = _js_int(first.value), _js_int(second.value)
    if not range_format and begin is not None and end is not None and begin > end:
        first.joiner = _range_joiner(variable, second, first.joiner, True, has_term)
        return
    if _is_page(variable, second) and begin is not None and end is not None:
        # the page mangler shortens the range as a whole; particles stay on their numbers
        if _RANGE.match(f"{first.particle}{first.value}-{second.particle}{second.value}"):
            first.joiner = PAGE_RANGE
        run.count = 0
        return
    if _SIMPLE.match(first.value) and _SIMPLE.match(second.value):
        first.joiner = RANGE
    joiner = first.joiner
    found = _RANGE.match(f"{first.value}{'-' if joiner == RANGE else joiner}{second.value}")
    if found and joiner != RANGE:
        joiner = _range_joiner(variable, second, found.group(3), second.numeric, has_term)
    if found:
        first.particle, first.value, first.joiner = found.group(1) or "", found.group(2), joiner
        second.particle, second.value = found.group(4), found.group(5)
    run.count = 0


def _fix_ranges(
    pieces: list[Piece], variable: str, range_format: str | None, has_term: Callable[[str], bool]
) -> None:
    """``fixRanges``: which joiners are ranges."""
    run = _Run()
    for index, piece in enumerate(pieces):
        if not piece.collapsible:
            run.count, run.label = 0, None
            piece.joiner = _range_joiner(variable, piece, piece.joiner, piece.numeric, has_term)
        elif run.label == piece.label and piece.joiner == "-":
            run.count = 1
        elif run.label == piece.label:
            run.count += 1
            if run.count == 2:
                _mangle(
                    pieces,
                    index,
                    run,
                    variable=variable,
                    range_format=range_format,
                    has_term=has_term,
                )
        else:
            run.label, run.count = piece.label, 1
    if run.count == 2:
        _mangle(
            pieces,
            len(pieces) - 1,
            run,
            variable=variable,
            range_format=range_format,
            has_term=has_term,
        )


def render(
    number: Number,
    *,
    range_delimiter: str,
    year_range_delimiter: str,
    last_page: Callable[[str, str], str],
    label: Callable[[str, bool], str],
    formatted: Callable[[str], str],
) -> str:
    """The pieces as citeproc-js's ``outputNumericField`` prints them: a visible label (the
    short term ``label`` gives for its CSL term and plurality, else as written), the
    particle, the value (``formatted`` when it is a number) and the joiner, a range joiner as
    the locale's delimiter; ``last_page`` shortens the end of a page range."""
    labels = _table()[0]
    out: list[str] = []
    previous: Piece | None = None
    for piece in number.pieces:
        if piece.label_visible:
            term = labels.get(piece.label)
            out.append((label(term, piece.plural) if term else "") or piece.label)
            out.append(piece.label_suffix)
        if previous is not None and previous.joiner == PAGE_RANGE:
            out.append(last_page(previous.particle + previous.value, piece.particle + piece.value))
        else:
            value = piece.value
            if piece.collapsible and not piece.particle and _INTEGER.match(value):
                value = formatted(value)  # "2nd", "ii"; not "02" or "A2" (citeproc-js)
            out.append(piece.particle + value)
        if piece.joiner in (RANGE, PAGE_RANGE):
            out.append(range_delimiter)
        elif piece.joiner == YEAR_RANGE:
            out.append(year_range_delimiter)
        else:
            out.append(piece.joiner.replace("\\-", "-", 1))
        previous = piece
    return "".join(out)
