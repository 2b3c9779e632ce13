"""Numbers as citeproc-js writes them: page ranges, labels and their plurals."""

from __future__ import annotations

import re
from typing import Any, Final

from citeproc import model
from citeproc.source import VariableError
from citeproc.string import String

from archivecite.csl.fixes import numeric


def _labels() -> None:
    """CSL 1.0.2 "Label" as citeproc-js renders it: the term of a label whose variable is
    empty is rendered too, a term like any other that the group around it shows or
    suppresses (Harvard's "(3 vol)" for a work with ``number-of-volumes``); for ``page``
    and ``number`` the term is that of the label the value holds ("sec. 3": "sec.")."""
    original = model.Label.process

    def process(self: Any, item: Any, variable: Any = None, *args: Any, **kwargs: Any) -> Any:
        if variable is None:
            name = self.get("variable")
            if name in ("page", "number"):
                number = parsed(self, item, name)
                if number is not None and number.label and number.label != name:
                    variable = number.label
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
    elif range_format == "chicago-16":  # the end without its prefix, as citeproc-js has it
        if begin_number > 100 and begin_number % 100:
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


def _has_term(element: Any) -> Any:
    def has(name: str) -> bool:
        return element.get_term(name) is not None

    return has


def parsed(element: Any, item: Any, variable: str) -> numeric.Number | None:
    """``variable`` of the work cited (the cite's for ``locator``) read as citeproc-js reads
    it, None when absent; the element's style gives terms and ``page-range-format``."""
    label = None
    if variable == "locator":
        locator = getattr(item, "locator", None)
        if locator is None or not getattr(item, "has_locator", False):
            return None
        value, label = locator.identifier, locator.label
    else:
        try:
            value = item.reference[variable.replace("-", "_")]
        except VariableError:
            return None
    if value is None or str(value) == "":
        return None
    return _parse(element, str(value), variable, label)


def _parse(element: Any, value: str, variable: str, label: str | None = None) -> numeric.Number:
    """:func:`numeric.parse` with the style of ``element``, remembered per style (the
    parsed value is only read)."""
    root = element.get_root()
    memo = root.__dict__.get(_PARSED)
    if memo is None:
        memo = root.__dict__[_PARSED] = {}
    key = (value, variable, label)
    number: numeric.Number | None = memo.get(key)
    if number is None:
        number = memo[key] = numeric.parse(
            value,
            variable,
            _has_term(element),
            and_term=_and_term(element),
            locator_label=label,
            range_format=_range_format(root),
        )
    return number


_PARSED: Final = "_archivecite_parsed_numbers"


def _range_format(root: Any) -> str | None:
    return root.get_option("page-range-format") if hasattr(root, "get_option") else None


def _and_term(element: Any) -> str | None:
    """The locale's "and" where citeproc-js also reads it as a joiner (not English)."""
    locales = getattr(element.get_root(), "locales", ())
    language = (
        locales[0].get("{http://www.w3.org/XML/1998/namespace}lang", "en") if locales else "en"
    )
    if language.startswith("en"):
        return None
    return str(element.get_single_term(name="and")) or None


def is_plural(element: Any, item: Any, variable: str) -> bool:
    """CSL 1.0.2 "Label", ``plural="contextual"``, as citeproc-js decides it: several numbers
    of one label ("1-3", "2 & 4", "60822-2-RG"), not a value that is not a number ("2nd ser.,
    106", "Z39.29-2005", "2 (34)"); a ``number-of-`` variable above 1."""
    number = parsed(element, item, variable)
    return number is not None and number.plural


def _label_plurals() -> None:
    """CSL 1.0.2 "Label": the plural of a contextual label as :func:`is_plural` decides it
    (citeproc-py took any two digit runs for several numbers: "nos. 2 (34)")."""

    def plural(self: Any, item: Any) -> bool:
        return is_plural(self, item, self.get("variable"))

    model.Label._is_plural = plural


def _is_numeric() -> None:
    """CSL 1.0.2 "is-numeric" as citeproc-js tests it: a number variable is numeric when its
    first number is ("12a", "A2", "3-5", "09-5", "60822-2-RG"; not "2nd ser., 106" or
    "Z39.29-2005"); ``title`` when it ends in a digit; any other variable never."""

    def is_numeric(self: Any, item: Any) -> list[bool]:
        results = []
        for variable in self.get("is-numeric").split():
            if variable in numeric.NUMERIC_VARIABLES:
                number = parsed(self, item, variable)
                results.append(number is not None and number.numeric)
            elif variable == "title":
                try:
                    value = str(item.reference.title)
                except VariableError:
                    value = ""
                results.append(value[-1:].isdigit() and value[-1:].isascii())
            else:
                results.append(False)
        return results

    model.If._is_numeric = is_numeric


def render_number(element: Any, value: Any, variable: str) -> str | None:
    """A number variable's value as citeproc-js prints it: ranges of numbers with the locale's
    range delimiter (a page range shortened per ``page-range-format``), other hyphens as
    written ("Z39.29-2005", "300-31862 (Autumn 1978)"), a label it holds by its term ("sec. 3"
    in Russian: "разд. 3"); None for a variable it does not read as a number."""
    if variable not in numeric.NUMERIC_VARIABLES or variable in ("locator", "citation-number"):
        return None
    range_format = _range_format(element.get_root())
    number = _parse(element, str(value), variable)

    def label(term: str, plural: bool) -> str:
        if plural:
            return str(element.get_plural_term(name=term, form="short"))
        return str(element.get_single_term(name=term, form="short"))

    def formatted(text: str) -> str:
        return str(element.format_number(text))

    return numeric.render(
        number,
        range_delimiter=str(element.get_single_term(name="page-range-delimiter")) or "\u2013",
        year_range_delimiter=str(element.get_single_term(name="year-range-delimiter")) or "\u2013",
        last_page=lambda first, last: last_page(first, last, range_format),
        label=label,
        formatted=formatted,
    )


def text_number(element: Any, variable: str, value: Any) -> Any:
    """What a ``cs:text`` renders of a number variable: its value as :func:`render_number`
    writes it (CSL 1.0.2 "Number"; citeproc-js renders ``<text variable="issue"/>`` as it
    renders ``cs:number``: "99-02" is "99–02"), the value itself where that is the same."""
    if variable not in numeric.TEXT_NUMBERS or variable.startswith("page") or not value:
        return value
    text = render_number(element, value, variable)
    return value if text is None or text == str(value) else String(text)


def _numbers() -> None:
    """CSL 1.0.2 "Number" and page ranges: a number variable rendered as citeproc-js renders
    it (:func:`render_number`; citeproc-py turned every hyphen into a range)."""
    original = model.FormatNumber._process

    def process(self: Any, value: Any, variable: str) -> Any:
        if variable == "page-first":
            return original(self, value, variable)
        text = render_number(self, value, variable)
        return original(self, value, variable) if text is None else text

    model.FormatNumber._process = process
