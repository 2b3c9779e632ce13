"""Numbers as citeproc-js writes them: page ranges, labels and their plurals."""

from __future__ import annotations

import re
from typing import Any, Final

from citeproc import model
from citeproc.source import VariableError


def _labels() -> None:
    """CSL 1.0.2 "Label": a ``cs:label`` is rendered only if its variable is non-empty
    (citeproc-py rendered "Version", "Issue" for works without them)."""
    original = model.Label.process

    def process(self: Any, item: Any, variable: Any = None, *args: Any, **kwargs: Any) -> Any:
        if variable is None:
            name = self.get("variable")
            missing = bool(name) and name.replace("-", "_") not in item.reference
            if (
                missing
                and name != "locator"
                and not (name.startswith("page") and "page" in item.reference)
            ):
                return None
        return original(self, item, variable, *args, **kwargs)

    model.Label.process = process


_PAGE: Final = re.compile(r"([0-9]*[a-zA-Z]+0*)?([0-9]+[a-z]*)")


def _minimize(begin: str, end: str, keep: int) -> str:
    """citeproc-js ``minimize_internal``: drop the leading digits ``end`` shares with
    ``begin``, keeping at least ``keep``; numbers of different lengths stay whole."""
    if len(begin) != len(end):
        return end
    index = 0
    while index < len(begin) and begin[index] == end[index] and len(end) - index > keep:
        index += 1
    return end[index:]


def last_page(first: str, last: str, range_format: str | None) -> str:
    """CSL 1.0.2 "Page Ranges" (``page-range-format``), as citeproc-js's page mangler does it:
    an abbreviated last page is first expanded ("321-8" is 321-328), then shortened per format;
    a range whose end is not above its start, or in a style without the option, is left
    alone."""
    begin_match, end_match = _PAGE.fullmatch(first), _PAGE.fullmatch(last)
    if range_format is None or begin_match is None or end_match is None:
        return last  # citeproc-js leaves a range alone when the style sets no format
    prefix, begin = begin_match.groups()
    end_prefix, end = end_match.groups()
    if end_prefix and end_prefix != prefix:
        return last
    if len(end) < len(begin):
        end = begin[: len(begin) - len(end)] + end
    begin_number = int(re.match(r"\d+", begin).group())  # type: ignore[union-attr]
    end_number = int(re.match(r"\d+", end).group())  # type: ignore[union-attr]
    if begin_number >= end_number:
        return last
    if range_format == "minimal":
        end = _minimize(begin, end, 0)
    elif range_format == "minimal-two":
        end = _minimize(begin, end, 2)
    elif range_format in ("chicago", "chicago-15"):
        if begin_number > 100 and begin_number % 100 and begin_number // 100 == end_number // 100:
            end = str(end_number % 100)
        elif begin_number >= 10000:
            end = str(end_number % 1000)
    elif range_format == "chicago-16" and begin_number > 100 and begin_number % 100:
        for power in range(2, len(str(end_number))):
            divisor = 10**power
            if begin_number // divisor == end_number // divisor:
                end = str(end_number % divisor)
                break
    else:  # "expanded": the end repeats the start's prefix (A12–A15)
        return (prefix or "") + end
    return end


def _page_ranges() -> None:
    """CSL 1.0.2 "Page Ranges": "minimal-two" keeps two digits only when both numbers have the
    same length ("5-27" stays 5–27; citeproc-py cut it to "5–7"); the "chicago" formats as
    citeproc-js applies them."""

    def format_last_page(self: Any, first: str, last: str) -> str:
        return last_page(str(first), str(last), self.get_root().get_option("page-range-format"))

    model.FormatNumber._format_last_page = format_last_page


_NUMBER_JOINERS: Final = re.compile(r"&|\sand\s|;\s+|,\s+|\s*\\*[-\u2013]+\s*")


_NUMERIC_PIECE: Final = re.compile(r"^(?:[a-zA-Z]*\d|[ivxlcmIVXLCM]+$)")


def is_plural(value: str) -> bool:
    """CSL 1.0.2 "Label", ``plural="contextual"``: plural when the value holds several numbers
    -- joined, as citeproc-js reads them, by ``&``, "and", ``, ``, ``; `` or a range dash
    ("1-3", "2 & 4", "e262-e273"), each piece a number (a letter prefix allowed); "2 (34)" or
    "3(36)" is one number."""
    pieces = _NUMBER_JOINERS.split(value.strip())
    return len(pieces) > 1 and all(_NUMERIC_PIECE.match(piece.strip()) for piece in pieces)


def _label_plurals() -> None:
    """CSL 1.0.2 "Label": the plural of a contextual label as :func:`is_plural` decides it
    (citeproc-py took any two digit runs for several numbers: "nos. 2 (34)")."""

    def plural(self: Any, item: Any) -> bool:
        variable = self.get("variable")
        if variable == "locator":
            value = item.locator.identifier
        else:
            try:
                value = item.reference[variable.replace("-", "_")]
            except VariableError:
                return False
        if variable.startswith("number-of"):
            try:
                return int(str(value)) > 1
            except ValueError:
                return is_plural(str(value))
        return is_plural(str(value))

    model.Label._is_plural = plural
