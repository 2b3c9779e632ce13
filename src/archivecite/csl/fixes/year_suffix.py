"""CSL 1.0.2 "Disambiguation": the letters of ``year-suffix`` and where an implicit one goes."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any, Final

from citeproc import model

_SUFFIX_DONE: Final = "_archivecite_year_suffix"


_pending_suffix: ContextVar[str | None] = ContextVar("pending_year_suffix", default=None)


def suffix_letters(number: int) -> str:
    """``a`` ... ``z``, ``aa``, ``ab`` ... for the 1st, 2nd ... work (citeproc-js)."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def _year_suffix() -> None:
    """CSL 1.0.2 "Disambiguation": a style that does not render ``year-suffix`` itself gets
    it after the first year of ``issued`` in each cite and entry."""

    def implicit(element: Any) -> bool:
        root = element.get_root()
        value = root.__dict__.get("_archivecite_implicit_suffix")
        if value is None:
            value = not root.xpath(
                "//cs:text[@variable='year-suffix']", namespaces=model.CitationStylesElement.nsmap
            )
            root._archivecite_implicit_suffix = value
        return bool(value)

    original_date = model.Date.process

    def date_process(self: Any, item: Any, variable: Any = None, *args: Any, **kwargs: Any) -> Any:
        name = variable or self.get("variable")
        suffix = item.reference.get("year_suffix") if name == "issued" else None
        if not suffix or _pending_suffix.get() is not None or not implicit(self):
            return original_date(self, item, variable, *args, **kwargs)
        context = kwargs.get("context")
        context = self if context is None else context
        try:
            layout = context.get_layout()
        except IndexError:
            layout = None
        if layout is None or layout.__dict__.get("repressed", {}).get(_SUFFIX_DONE):
            return original_date(self, item, variable, *args, **kwargs)
        token = _pending_suffix.set(suffix)
        try:
            text = original_date(self, item, variable, *args, **kwargs)
            if _pending_suffix.get() == "":
                layout.repressed[_SUFFIX_DONE] = True
        finally:
            _pending_suffix.reset(token)
        return text

    original_part = model.Date_Part.process

    def part_process(self: Any, date: Any, context: Any = None) -> Any:
        text = original_part(self, date, context)
        suffix = _pending_suffix.get()
        if suffix and self.get("name") == "year" and text:
            _pending_suffix.set("")
            return str(text) + suffix
        return text

    model.Date.process = date_process
    model.Date_Part.process = part_process
