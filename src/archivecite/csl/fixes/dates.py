"""CSL 1.0.2 "Date Ranges": a range written once, its differing parts joined by the delimiter."""

from __future__ import annotations

from typing import Any, Final

from citeproc import model
from citeproc.source import VariableError

_ORDER: Final = ("year", "month", "day")
_DIFFERING: Final = {"year": _ORDER, "month": ("month", "day"), "day": ("day",)}


def _value(date: Any, name: str) -> Any:
    try:
        return getattr(date, name)
    except (AttributeError, VariableError):
        return None


def _rendered(part: Any, date: Any, context: Any) -> str | None:
    try:
        text = part.render(date, context)
    except VariableError:
        return None
    return None if text is None else text


def _date_ranges() -> None:
    """CSL 1.0.2 "Date Ranges" as citeproc-js renders them: the parts both dates share are
    written once, the run of parts from the largest differing one (year > month > day)
    twice, joined by that part's ``range-delimiter`` (an en dash by default): "May 6–9,
    2000", "6–9 May 2000", "May 1, 2000–June 3, 2001" (citeproc-py wrote "6,–9, May 2000").
    The end is rendered first, so an implicit year-suffix follows the last year
    ("1984–1986a")."""
    original = model.Date.render_date_range

    def render_date_range(
        self: Any, date_range: Any, show_parts: Any = None, context: Any = None
    ) -> Any:
        begin, end = date_range.begin, date_range.get("end")
        shown = list(show_parts or _ORDER)
        if end is None or end.is_nil():
            return original(self, date_range, shown, context)
        largest = next(
            (name for name in _ORDER if name in shown and _value(begin, name) != _value(end, name)),
            None,
        )
        if largest is None:
            return self.render_single_date(begin, shown, context)
        part_context = context if context is not self else None
        parts = [part for part in self.iterchildren() if part.get("name") in shown]
        inside = [
            index for index, part in enumerate(parts) if part.get("name") in _DIFFERING[largest]
        ]
        if not inside:
            return self.render_single_date(begin, shown, context)
        first, last = inside[0], inside[-1]
        ends = [_rendered(part, end, part_context) for part in parts[first : last + 1]]
        begins = [_rendered(part, begin, part_context) for part in parts[first : last + 1]]
        before = [_rendered(part, begin, part_context) for part in parts[:first]]
        after = [_rendered(part, begin, part_context) for part in parts[last + 1 :]]
        delimiter = "\u2013"
        for part in parts[first : last + 1]:
            if part.get("name") == largest:
                delimiter = part.get("range-delimiter", delimiter)
        opening = [text for text in before + begins if text]
        closing = [text for text in ends + after if text]
        if not opening or not closing:
            return original(self, date_range, shown, context)
        suffix = parts[last].get("suffix")
        if begins[-1] and suffix and str(opening[-1]).endswith(suffix):
            opening[-1] = str(opening[-1])[: -len(suffix)]
        joiner = context if self.is_locale_date() and context is not None else self
        return joiner.join(opening) + delimiter + joiner.join(closing)

    model.Date.render_date_range = render_date_range
