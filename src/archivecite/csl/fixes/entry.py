"""What one cite or bibliography entry has rendered so far, and the terms that open one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Final

from citeproc import model
from citeproc.source import VariableError
from citeproc.string import String


class _Entry:
    """What one cite or bibliography entry has rendered so far."""

    __slots__ = (
        "capitalize_terms",
        "disambiguate_count",
        "in_bibliography",
        "names",
        "names_depth",
        "names_label",
        "person_names",
        "rendered",
        "shown_names",
    )

    def __init__(self, capitalize_terms: bool, in_bibliography: bool = False) -> None:
        self.capitalize_terms = capitalize_terms
        self.in_bibliography = in_bibliography
        self.rendered = False
        self.names: str | None = None
        self.names_depth = 0
        self.person_names = False
        self.names_label = False
        self.shown_names: str | None = None
        self.disambiguate_count = 0


class _Run:
    """State across the entries of one bibliography: the previous entry's first names."""

    __slots__ = ("previous_names",)

    def __init__(self) -> None:
        self.previous_names: str | None = None


_run: ContextVar[_Run | None] = ContextVar("bibliography_run", default=None)


@contextmanager
def bibliography_run() -> Iterator[None]:
    """Render the entries of one bibliography, in order, inside this context."""
    token = _run.set(_Run())
    try:
        yield
    finally:
        _run.reset(token)


NO_PRINTED_FORM: Final = "[CSL STYLE ERROR: reference with no printed form.]"


_entry: ContextVar[_Entry | None] = ContextVar("entry", default=None)


_BIBLIOGRAPHY_TAG: Final = "{http://purl.org/net/xbiblio/csl}bibliography"


def _leading_terms() -> None:
    """citeproc-js ``term_predecessor``: a term that opens a bibliography entry or a note
    (nothing rendered before it) is capitalized ("(N.d.-a)", "(No date a)"); not in the
    citations of in-text styles."""
    original_children = model.Layout.render_children

    def render_children(self: Any, item: Any, *args: Any, **kwargs: Any) -> Any:
        in_bibliography = self.getparent().tag == _BIBLIOGRAPHY_TAG
        capitalize = in_bibliography or self.get_root().get("class") == "note"
        token = _entry.set(_Entry(capitalize, in_bibliography))
        try:
            text = original_children(self, item, *args, **kwargs)
        finally:
            _entry.reset(token)
        if not text and not in_bibliography:
            return String(NO_PRINTED_FORM)  # citeproc-js marks a cite that renders nothing
        return text

    def rendered(method: Any) -> Any:
        def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            text = method(self, *args, **kwargs)
            entry = _entry.get()
            if entry is not None and text:
                entry.rendered = True
            return text

        return wrapper

    original_term = model.Text._term

    def term(self: Any, item: Any) -> Any:
        text = original_term(self, item)
        entry = _entry.get()
        if text and entry is not None and entry.capitalize_terms and not entry.rendered:
            text = text.capitalize_first() if hasattr(text, "capitalize_first") else text
        return text

    original_group = model.Group.process

    def group_process(self: Any, item: Any, *args: Any, **kwargs: Any) -> Any:
        entry = _entry.get()
        before = entry.rendered if entry is not None else False
        try:
            return original_group(self, item, *args, **kwargs)
        except VariableError:
            if entry is not None:
                entry.rendered = before  # a suppressed group renders nothing
            raise

    model.Layout.render_children = render_children
    model.Group.process = group_process
    model.Text._term = term
    for cls in (model.Text, model.Names, model.Number, model.Label):
        cls.markup = rendered(cls.markup)
    model.Date.process = rendered(model.Date.process)
