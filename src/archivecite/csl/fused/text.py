"""``cs:text`` rendered through one frame instead of seven.

With the fixes applied, rendering a ``cs:text`` went through ``Text.render``, four wrappers
of ``Text.process`` (group suppression, sort macros, quotes in macros, the speedup's
attribute cache), the leading-term wrapper of ``Text.markup`` and ``Text.markup`` itself:
about 100,000 texts per 1,000-entry Chicago bibliography, each paying seven Python calls
and re-reading its attributes. :func:`text_render` does what that chain does, in its order,
with the element's attributes read once; the methods each step calls (``_variable``,
``_term``, ``case``, ``quote``, ``wrap`` ...) are still the patched ones.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any, Final

from citeproc import model
from citeproc.source import VariableError
from citeproc.string import MixedString

from archivecite.csl.fixes.entry import _entry
from archivecite.csl.fixes.groups import _group, _GroupFrame, _shown
from archivecite.csl.fixes.quotes import _in_quotes
from archivecite.csl.fixes.sorting import _language
from archivecite.csl.fused.structure import SUPPRESSED

_SLOT: Final = "_archivecite_fused_text"
_MISSING: Final = object()

_VARIABLE: Final = 0
_MACRO: Final = 1
_TERM: Final = 2
_VALUE: Final = 3

_KINDS: Final = (("variable", _VARIABLE), ("macro", _MACRO), ("term", _TERM), ("value", _VALUE))


_DECORATIONS: Final = ("text-case", "prefix", "suffix")
_FORMATTING: Final = (
    ("font-style", "normal"),
    ("font-variant", "normal"),
    ("font-weight", "normal"),
    ("text-decoration", "none"),
    ("vertical-align", "baseline"),
)


def _spec(element: Any) -> tuple[Any, ...] | None:
    """What a text renders, read once: the kind of its content (the first of its
    ``variable``, ``macro``, ``term``, ``value``), the macro it calls, whether it calls one
    (``macro`` present, whatever its kind), with ``quotes="true"``, whether it has a
    ``value``, its value, the style's default language, the style's root for a text with
    no decoration (None otherwise) and the ``cs:macro`` it calls; None for a text with no
    content."""
    attrib = element.attrib
    kind = next((code for name, code in _KINDS if name in attrib), None)
    if kind is None:
        return None
    calls_macro = "macro" in attrib
    quoted = calls_macro and element.get("quotes", "false").lower() == "true"
    value = element.get("value")
    root = element.get_root()
    default = root.get("default-locale", "en")[:2]
    plain = (
        all(element.get(name) is None for name in _DECORATIONS)
        and element.get("strip-periods", "false").lower() != "true"
        and element.get("quotes", "false").lower() != "true"
        and all(element.get(name, default) == default for name, default in _FORMATTING)
    )
    macro = None
    if calls_macro:
        with suppress(KeyError, IndexError):  # unknown: the render's own look-up raises
            macro = element.get_macro(element.get("macro"))
    return (kind, element.get("macro"), calls_macro, quoted, "value" in attrib, value, default,
            root if plain else None, macro)  # fmt: skip


def _macro(element: Any, name: str) -> Any:
    """The macro a text calls, found once (``Macro.render`` is its ``render_children``)."""
    macro = element.__dict__.get("_archivecite_macro")
    if macro is None:
        macro = element._archivecite_macro = element.get_macro(name)
    return macro


def _content(self: Any, item: Any, context: Any, spec: tuple[Any, ...]) -> tuple[Any, Any]:
    """The quoting and rendering steps of ``Text.process``: the text and its language."""
    kind, macro, _calls, quoted, _has_value, value, default, _plain = spec
    token = _in_quotes.set(True) if quoted else None
    try:
        if context is None:
            context = self
        try:
            language = dict.get(item.reference, "language", _MISSING)
        except VariableError:
            language = _MISSING
        language = default if language is _MISSING else language[:2]
        if kind == _VARIABLE:
            text = VARIABLE[0](self, item, context)
        elif kind == _MACRO:
            kw = {"context": context, "sort_options": None}
            text = WALK[0](_macro(self, macro), item, "", kw)
        elif kind == _TERM:
            text = self._term(item)
        else:
            text = model.String(self.preformat(value))
    finally:
        if token is not None:
            _in_quotes.reset(token)
    return text, language


def _called(
    self: Any, item: Any, context: Any, sort_options: Any, spec: tuple[Any, ...]
) -> tuple[Any, Any]:
    """The text and language of a text calling a macro as a sort key (the key's name options
    passed on) or with quotes (:func:`_content`)."""
    if sort_options is None:
        return _content(self, item, context, spec)
    kw = {"context": self if context is None else context, "sort_options": sort_options}
    return WALK[0](_macro(self, spec[1]), item, "", kw), _language(self, item)


def _render_children(element: Any, item: Any, delimiter: str, kw: dict[str, Any]) -> Any:
    return element.render_children(item, delimiter=delimiter, **kw)


def _text_variable(element: Any, item: Any, context: Any) -> Any:
    return element._variable(item, context)


VARIABLE: list[Any] = [_text_variable]
"""``Text._variable`` called directly (the fused one, which returns :data:`SUPPRESSED`
for a missing variable, once installed)."""


def _no_plan(_element: Any, _item: Any, _macro: bool) -> bool | None:
    return None


PLAN: list[Any] = [_no_plan]
""":func:`archivecite.csl.fused.absent.plan` once the walk is fused."""

WALK: list[Any] = [_render_children]
"""``Macro.render_children`` called positionally (the fused walk once installed)."""


def text_render(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
    """``Text.render`` with the fixes' ``process`` and ``markup`` chain inlined."""
    text = text_fast(self, item, context, kwargs.get("sort_options"))
    if text is SUPPRESSED:
        raise VariableError
    return text


def text_fast(self: Any, item: Any, context: Any, sort_options: Any) -> Any:
    """:func:`text_render` with its arguments passed positionally; :data:`SUPPRESSED` for a
    variable the work does not have."""
    spec = self.__dict__.get(_SLOT, _MISSING)
    if spec is _MISSING:
        spec = _spec(self)
        self.__dict__[_SLOT] = spec
    if spec is None:
        return _unfused_render[0](self, item, context)  # citeproc-py's own error
    if spec[2]:
        return text_call(self, spec, item, context, sort_options)
    return text_plain(self, spec, item, context)


def spec(element: Any) -> tuple[Any, ...] | None:
    """:func:`_spec`, read once per element."""
    found = element.__dict__.get(_SLOT, _MISSING)
    if found is _MISSING:
        found = element.__dict__[_SLOT] = _spec(element)
    return found  # type: ignore[no-any-return]


def text_call(self: Any, spec: tuple[Any, ...], item: Any, context: Any, sort_options: Any) -> Any:
    """:func:`text_fast` for a text calling a macro (its :func:`spec` given)."""
    skip = PLAN[0](self, item, True)
    if skip is not None:  # none of the macro's variables: it renders nothing
        enclosing = _group.get()
        if enclosing is not None:
            enclosing.attempted = skip
        return None
    frame = _GroupFrame()  # a macro call is a group of its own
    token = _group.set(frame)
    try:
        if sort_options is None and spec[0] == _MACRO and not spec[3]:
            # ``_content`` for a macro without quotes; the language read once shown
            macro = spec[8]
            if macro is None:
                macro = _macro(self, spec[1])
            kw = {"context": self if context is None else context, "sort_options": None}
            text = WALK[0](macro, item, "", kw)
            language = _MISSING
        else:
            text, language = _called(self, item, context, sort_options, spec)
    finally:
        _group.reset(token)
    if not _shown(frame, bool(text)):
        return None
    return _markup(self, text, language, spec, item)


def text_plain(self: Any, spec: tuple[Any, ...], item: Any, context: Any) -> Any:
    """:func:`text_fast` for a text of a variable, term or value (its :func:`spec` given):
    no macro, so no quotes to enter (``_content`` inlined)."""
    kind = spec[0]
    if kind == _VARIABLE:
        text = VARIABLE[0](self, item, self if context is None else context)
        if text is SUPPRESSED:
            return text
    elif kind == _TERM:
        text = self._term(item)
    else:
        text = model.String(self.preformat(spec[5]))
    if text and spec[4]:
        enclosing = _group.get()
        if enclosing is not None:
            enclosing.term = True
    return _markup(self, text, _MISSING, spec, item)


def _markup(self: Any, text: Any, language: Any, spec: tuple[Any, ...], item: Any) -> Any:
    """``Text.markup`` and its leading-term wrapper, for a text that rendered, in
    ``language`` (:data:`_MISSING`: the work's, read only where the case needs it)."""
    if not text:
        return None
    plain_root = spec[7]
    if (
        plain_root is not None
        and isinstance(text, str | MixedString)
        and "_archivecite_piq" in plain_root.__dict__
    ):
        # no periods stripped, no case, formatting, quotes or affixes: ``wrap`` alone acts
        if type(text) is str:
            text = model.String(text)
    else:
        if language is _MISSING:
            try:
                found: Any = dict.get(item.reference, "language", _MISSING)
            except VariableError:
                found = _MISSING
            language = spec[6] if found is _MISSING else found[:2]
        text = self.wrap(self.quote(self.format(self.case(self.strip_periods(text), language))))
    if text:
        entry = _entry.get()
        if entry is not None:
            entry.rendered = True
    return text


_unfused_render: list[Any] = []


EXPECTED: Final[dict[tuple[type, str], tuple[str, ...]]] = {
    (model.Macro, "render"): ("citeproc.model.Macro.render",),
    (model.Macro, "render_children"): ("archivecite.csl.speedups.tree.render_children",),
    (model.Text, "render"): ("citeproc.model.Text.render",),
    (model.Text, "process"): (
        "archivecite.csl.fixes.groups._text_in_groups.<locals>.text_process",
        "archivecite.csl.fixes.sorting._sorting.<locals>.text_process",
        "archivecite.csl.fixes.quotes._quotes.<locals>.text_process",
        "archivecite.csl.speedups.terms._text.<locals>.process",
        "citeproc.model.Text.process",
    ),
    (model.Text, "strip_periods"): ("citeproc.model.StrippedPeriods.strip_periods",),
    (model.Text, "case"): (
        "archivecite.csl.fixes.text_case._text_case.<locals>.case",
        "citeproc.model.TextCased.case",
    ),
    (model.Text, "format"): (
        "archivecite.csl.speedups.terms._formatting.<locals>.format",
        "citeproc.model.Formatted.format",
    ),
    (model.Text, "quote"): (
        "archivecite.csl.fixes.expansion._disambiguated_names.<locals>.quote",
        "archivecite.csl.speedups.terms._quotes.<locals>.quote",
        "citeproc.model.Quoted.quote",
    ),
    (model.Text, "wrap"): (
        "archivecite.csl.fixes.punctuation._punctuation_in_quote.<locals>.wrap",
    ),
    (model.Text, "markup"): (
        "archivecite.csl.fixes.entry._leading_terms.<locals>.rendered.<locals>.wrapper",
        "citeproc.model.Text.markup",
    ),
}
"""The chains :func:`text_render` stands for; any other chain is left unfused."""


def install() -> None:
    _unfused_render.append(model.Text.render)
    model.Text.render = text_render
