"""``Text._variable`` through one frame instead of four.

A ``cs:text variable="..."`` read its variable through the group report, the smart-quotes
pass, the substitute suppression and citeproc-py's ``_variable``, each re-reading the
element's attributes and the layout. :func:`text_variable` does the same steps in the same
order with the attributes read once; the quotation-mark terms are asked for only when the
value has a mark to convert (they are memoized per style, so asking is free of effects).
"""

from __future__ import annotations

from typing import Any, Final

from citeproc import model
from citeproc.source import Reference, VariableError
from citeproc.string import MixedString, String

from archivecite.csl.fixes.groups import _attempt, _group
from archivecite.csl.fixes.numbers import text_number
from archivecite.csl.fixes.quotes import _in_quotes, _typographic
from archivecite.csl.fused import text
from archivecite.csl.fused.structure import SUPPRESSED
from archivecite.csl.speedups._patching import MISSING

_SLOT: Final = "_archivecite_fused_variable"
_ABSENT: Final = object()
_QUOTE_TERMS: Final = ("open-quote", "close-quote", "open-inner-quote", "close-inner-quote")
_STRAIGHT: Final = ('"', "'")


def _spec(element: Any) -> tuple[Any, ...]:
    variable = element.get("variable")
    return (
        variable,
        variable in model.Text.generated_variables,
        element.get("quotes", "false").lower() == "true",
        element.get("form") == "short",
        element.tag,
    )


def _value(self: Any, item: Any, context: Any, spec: tuple[Any, ...]) -> Any:
    """The substitute suppression and citeproc-py's ``_variable``; ``_ABSENT`` where the
    reference lacks the variable (where citeproc-py raised ``VariableError``)."""
    variable, _generated, _quoted, short, tag = spec
    layout = context.get_layout()
    repressed = layout.repressed
    if variable in repressed.get("*", ()):
        return None
    if tag in repressed and variable in repressed[tag]:
        return None
    name = variable
    if short:
        short_name = variable + "-short"
        if short_name.replace("-", "_") in item.reference:
            name = short_name
    if name.startswith("page"):
        text = self._process(item.reference.page, name)
    elif name == "citation-number":
        text = item.number
    elif name == "locator":
        en_dash = self.unicode_character("EN DASH")
        text = str(item.locator.identifier).replace("-", en_dash)
    else:
        text = dict.get(item.reference, name.replace("-", "_"), _ABSENT)
        if text is _ABSENT:
            return text
        text = text_number(self, variable, text)
    if text:
        layout.__dict__.setdefault("_archivecite_rendered", set()).add(variable)
    return text


def _smart_quotes(self: Any, text: Any, quoted_attribute: bool) -> Any:
    """The smart-quotes pass of the quotes fix."""
    if text is None or not isinstance(text, str | MixedString):
        return text
    plain = str(text)
    quoted = _in_quotes.get() or quoted_attribute
    if not quoted and _STRAIGHT[0] not in plain and _STRAIGHT[1] not in plain:
        return text
    terms = tuple(str(self.get_single_term(name=name)) for name in _QUOTE_TERMS)
    marks = (*_STRAIGHT, *terms) if quoted else _STRAIGHT
    if not any(mark and mark in plain for mark in marks):
        return text
    return String(_typographic(plain, quoted, terms))  # type: ignore[arg-type]


def variable_fast(self: Any, item: Any, context: Any) -> Any:
    """``Text._variable`` with the fixes' chain inlined; :data:`SUPPRESSED` for a variable
    the work does not have."""
    spec = self.__dict__.get(_SLOT, MISSING)
    if spec is MISSING:
        spec = self.__dict__[_SLOT] = _spec(self)
    if spec[1]:  # a year-suffix counts once rendered, never as missing
        value = _value(self, item, context, spec)
        if value is _ABSENT:
            return SUPPRESSED
        text = _smart_quotes(self, value, spec[2])
        if text:
            _attempt(_group.get(), text)
        return text
    frame = _group.get()
    try:
        value = _value(self, item, context, spec)
        if value is _ABSENT:
            _attempt(frame, None)
            return SUPPRESSED
        text = _smart_quotes(self, value, spec[2])
    except VariableError:
        _attempt(frame, None)
        raise
    _attempt(frame, text)
    return text


def text_variable(self: Any, item: Any, context: Any) -> Any:
    """``Text._variable`` through :func:`variable_fast`."""
    text = variable_fast(self, item, context)
    if text is SUPPRESSED:
        raise VariableError
    return text


EXPECTED: Final[dict[tuple[type, str], tuple[str, ...]]] = {
    (model.Text, "_variable"): (
        "archivecite.csl.fixes.groups._text_in_groups.<locals>.text_variable",
        "archivecite.csl.fixes.quotes._quotes.<locals>.text_variable",
        "archivecite.csl.fixes.substitute._substitution.<locals>.text_variable",
        "citeproc.model.Text._variable",
    ),
    (Reference, "__getitem__"): (
        "archivecite.csl.fixes.references._hyphenated_variables.<locals>.getitem",
    ),
}


def install() -> None:
    model.Text._variable = text_variable
    text.VARIABLE[0] = variable_fast
