"""The walk down a style's tree with positional calls between the fused elements.

``render_children``, ``cs:choose``, ``cs:group`` and ``cs:text`` called each other with
keyword arguments (``context=``, ``sort_options=``, ``delimiter=``), a dictionary built and
unpacked at every one of the ~250,000 element visits of a 1,000-entry Chicago bibliography
(~0.4 µs each, a quarter of the rendering time). Between the elements whose ``render`` is a
fused one, the same arguments now pass positionally -- ``kw`` is the very dictionary of
keywords the original call would have had, so any other element still receives exactly that.
A ``cs:if`` with ``position``, ``is-numeric`` ... or only a ``disambiguate`` test is decided
here too, as the speedup and the fix decide it, without the ``ConditionFailed`` exception of
a failed branch. What the walk reads of a child at each visit (a text's spec, a group's
children and delimiter, a choose's branches) is kept with its parent's children
(:func:`pairs`), and a walk of one child -- five in six -- returns that child's text, which
is what joining it alone gives.
"""

from __future__ import annotations

from typing import Any, Final

from citeproc import model
from citeproc.source import VariableError

from archivecite.csl.fixes.conditions import _disambiguate_test
from archivecite.csl.fixes.entry import _entry
from archivecite.csl.fixes.groups import _group, _GroupFrame, _shown
from archivecite.csl.fused import text
from archivecite.csl.fused.structure import SUPPRESSED, names_fast, names_render
from archivecite.csl.fused.text import text_call, text_plain, text_render
from archivecite.csl.speedups._patching import children
from archivecite.csl.speedups.conditions import (
    _NO_TYPE,
    _RENDERED,
    _TESTED,
    _branches,
    holds,
)

_has: Final = dict.__contains__

_OTHER: Final = 0
_OTHER_CHOOSE: Final = 1
_TEXT: Final = 2
_GROUP: Final = 3
_CHOOSE: Final = 4
_NAMES: Final = 5
_CALL: Final = 6

_PAIRS: Final = "_archivecite_fused_kids"
_IF: Final = "_archivecite_fused_if"
_GROUP_SPEC: Final = "_archivecite_fused_group"
_MISSING: Final = object()

_unfused: dict[str, Any] = {}
_PLAN: Final = text.PLAN


def _code(child: Any) -> int:
    render = type(child).render
    if render is text_render:
        found = text.spec(child)
        if found is None:
            return _OTHER  # ``Text.render`` raises citeproc-py's error
        return _CALL if found[2] else _TEXT
    if render is group_render:
        return _GROUP
    if render is choose_render:
        return _CHOOSE
    if render is names_render:
        return _NAMES
    return _OTHER_CHOOSE if isinstance(child, model.Choose) else _OTHER


def _spec(child: Any, code: int) -> Any:
    if code in (_TEXT, _CALL):
        return text.spec(child)
    if code == _GROUP:
        return group_spec(child)
    if code == _CHOOSE:
        return table(child)
    return None


def _pairs(element: Any) -> tuple[tuple[Any, int, Any], ...]:
    pairs = tuple(
        (child, code, _spec(child, code)) for child in children(element) for code in (_code(child),)
    )
    element.__dict__[_PAIRS] = pairs
    return pairs


def pairs(element: Any) -> tuple[tuple[Any, int, Any], ...]:
    """An element's children, each with the code of how the walk renders it and what it
    reads of the child at each render: a ``cs:text``'s :func:`text.spec`, a ``cs:group``'s
    :func:`group_spec`, a ``cs:choose``'s :func:`table`."""
    found = element.__dict__.get(_PAIRS)
    return _pairs(element) if found is None else found


def walk(element: Any, item: Any, delimiter: str, kw: dict[str, Any]) -> Any:
    """``Parent.render_children(item, delimiter=delimiter, **kw)``."""
    pairs = element.__dict__.get(_PAIRS)
    if pairs is None:
        pairs = _pairs(element)
    if len(pairs) != 1 or not _ONE[0]:
        return _walk(pairs, item, delimiter, kw)
    # one child (five walks in six): its text is the walk's, without a list to join
    child, code, spec = pairs[0]
    try:
        if code == _CALL:
            return text_call(child, spec, item, kw.get("context"), kw.get("sort_options"))
        if code == _CHOOSE:
            return choose_fast(child, item, kw, delimiter, spec)
        if code == _GROUP:
            text = group_fast(child, item, kw if "context" in kw else {**kw, "context": None}, spec)
        elif code == _TEXT:
            text = text_plain(child, spec, item, kw.get("context"))
        elif code == _NAMES:
            text = names_fast(child, item, kw)
        elif code == _OTHER_CHOOSE:
            return child.render(item, delimiter=delimiter, **kw)
        else:
            return child.render(item, **kw)
    except VariableError:
        return None
    return None if text is SUPPRESSED else text


def _walk(
    pairs: tuple[tuple[Any, int, Any], ...], item: Any, delimiter: str, kw: dict[str, Any]
) -> Any:
    """:func:`walk` over any number of children."""
    output = _texts(pairs, item, kw, delimiter)
    if output:
        return output[0] if len(output) == 1 and _ONE[0] else model.join(output, delimiter)
    return None


def _texts(
    pairs: tuple[tuple[Any, int, Any], ...], item: Any, kw: dict[str, Any], delimiter: str
) -> list[Any]:
    """The texts ``pairs`` (:func:`pairs`) render, in order, without the suppressed ones and
    those whose variable is missing: the loop of a walk and of a group."""
    output = []
    for child, code, spec in pairs:
        try:
            if code == _CALL:
                text = text_call(child, spec, item, kw.get("context"), kw.get("sort_options"))
            elif code == _TEXT:
                text = text_plain(child, spec, item, kw.get("context"))
                if text is SUPPRESSED:
                    continue
            elif code == _NAMES:
                text = names_fast(child, item, kw)
                if text is SUPPRESSED:
                    continue
            elif code == _GROUP:
                inner = kw if "context" in kw else {**kw, "context": None}
                text = group_fast(child, item, inner, spec)
                if text is SUPPRESSED:
                    continue
            elif code == _CHOOSE:
                text = choose_fast(child, item, kw, delimiter, spec)
            elif code == _OTHER_CHOOSE:
                text = child.render(item, delimiter=delimiter, **kw)
            else:
                text = child.render(item, **kw)
        except VariableError:
            continue
        if text is not None:
            output.append(text)
    return output


def render_children(self: Any, item: Any, delimiter: str = "", **kwargs: Any) -> Any:
    return walk(self, item, delimiter, kwargs)


_JOINS: Final = (
    "citeproc.string.join",
    "archivecite.csl.fixes.punctuation._punctuation_in_quote.<locals>.join",
)
_ONE: list[bool] = [False]
"""Whether ``model.join`` is one of :data:`_JOINS`, which join one text as that text: the
walk then returns it without the call (about half its joins)."""


def group_spec(element: Any) -> tuple[tuple[tuple[Any, int, Any], ...], str]:
    """A ``cs:group``'s :func:`pairs` and delimiter, read once."""
    found = element.__dict__.get(_GROUP_SPEC)
    if found is None:
        found = element.__dict__[_GROUP_SPEC] = (pairs(element), element.get("delimiter", ""))
    return found  # type: ignore[no-any-return]


def table(element: Any) -> dict[Any, Any]:
    """A ``cs:choose``'s branches by type (the speedup's ``_branches``), filled as met."""
    found = element.__dict__.get("_archivecite_branches")
    if found is None:
        found = element._archivecite_branches = {}
    return found  # type: ignore[no-any-return]


def group_fast(self: Any, item: Any, kw: dict[str, Any], own: Any) -> Any:
    """``Group.render(item, **kw)`` (``kw`` has ``context``; ``own`` its
    :func:`group_spec`) with the leading-term and group-suppression wrappers of
    ``Group.process`` inlined; :data:`SUPPRESSED` for a suppressed group."""
    skip = _PLAN[0](self, item, False)
    if skip is not None:  # none of its variables: it renders nothing
        parent = _group.get()
        if parent is not None:
            parent.attempted = skip
        return SUPPRESSED
    pairs, delimiter = own
    entry = _entry.get()
    before = entry.rendered if entry is not None else False
    frame = _GroupFrame()
    token = _group.set(frame)
    try:
        output = _texts(pairs, item, kw, delimiter)
    finally:
        _group.reset(token)
    if not _shown(frame, bool(output)):
        if entry is not None:
            entry.rendered = before  # a suppressed group renders nothing
        return SUPPRESSED
    joined = output[0] if len(output) == 1 else self.join(output)
    return self.wrap(self.format(joined)) if joined else None


def group_render(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
    """``Group.render`` through :func:`group_fast`."""
    kwargs["context"] = context
    text = group_fast(self, item, kwargs, group_spec(self))
    if text is SUPPRESSED:
        raise VariableError
    return text


def _if_spec(branch: Any) -> tuple[bool, bool, bool] | None:
    """How a ``cs:if`` (whose ``render`` and ``render_children`` are the patched ones) is
    decided here: ``(True, wanted, none)`` for one whose only test is ``disambiguate``
    (the value it wants, whether its match is ``none``); ``(False, False, False)`` for one
    without a ``disambiguate`` test; None for any other branch."""
    if (
        type(branch).render is not _unfused["if_render"]
        or type(branch).render_children is not render_children
    ):
        return None
    wanted = branch.get("disambiguate")
    if wanted is None:
        return False, False, False
    if any(name not in ("disambiguate", "match") for name in branch.attrib):
        return None
    return True, wanted.lower() == "true", branch.get("match", "all") == "none"


def choose_fast(
    element: Any, item: Any, kw: dict[str, Any], delimiter: str, table: dict[Any, Any]
) -> Any:
    """``Choose.render(item, delimiter=delimiter, **kw)`` (the speedup's ``choose_render``;
    ``table`` the choose's :func:`table`)."""
    if "context" not in kw:
        kw = {**kw, "context": None}
    try:
        reference = item.reference
        kind = dict.get(reference, "type", _NO_TYPE)
    except (VariableError, KeyError, AttributeError, TypeError):
        kind = _NO_TYPE
    branches = table.get(kind)
    if branches is None:
        branches = _branches(element, kind)
    for child, how, types, variables, match in branches:
        if how == _TESTED:  # the speedup's tests, each answered as soon as it is known
            if match in ("any", "none"):
                found = types is not None and kind in types
                if not found:
                    for var in variables:
                        if ("locator" in item) if var == "locator" else _has(reference, var):
                            found = True
                            break
                if found == (match == "none"):
                    continue
            else:
                if types is not None and any(typ != kind for typ in types):
                    continue
                missing = False
                for var in variables:
                    if not (("locator" in item) if var == "locator" else _has(reference, var)):
                        missing = True
                        break
                if missing:
                    continue
        elif how == _RENDERED:
            spec = child.__dict__.get(_IF, _MISSING)
            if spec is _MISSING:
                spec = child.__dict__[_IF] = _if_spec(child)
            if spec is None:
                try:
                    return child.render(item, delimiter=delimiter, **kw)
                except model.ConditionFailed:
                    continue
            disambiguate, wanted, none = spec
            if disambiguate:
                if _disambiguate_test(item, wanted) == none:
                    continue
            elif not holds(child, item, kw["context"]):
                continue
        if type(child).render_children is render_children:
            return walk(child, item, delimiter, kw)
        return child.render_children(item, delimiter=delimiter, **kw)
    return None


def choose_render(
    self: Any, item: Any, context: Any = None, delimiter: str = "", **kwargs: Any
) -> Any:
    kwargs["context"] = context
    return choose_fast(self, item, kwargs, delimiter, table(self))


EXPECTED: Final[dict[tuple[type, str], tuple[str, ...]]] = {
    (model.Group, "render"): ("citeproc.model.CitationStylesElement.render",),
    (model.Group, "process"): (
        "archivecite.csl.fixes.entry._leading_terms.<locals>.group_process",
        "archivecite.csl.fixes.groups._group_process",
    ),
    (model.Group, "markup"): ("citeproc.model.Group.markup",),
    (model.Group, "join"): ("citeproc.model.Delimited.join",),
    (model.Parent, "render_children"): ("archivecite.csl.speedups.tree.render_children",),
    (model.Choose, "render"): (
        "archivecite.csl.speedups.conditions._choose.<locals>.choose_render",
    ),
    (model.If, "render"): (
        "archivecite.csl.fixes.conditions._disambiguate_condition.<locals>.render",
        "archivecite.csl.speedups.conditions._conditions.<locals>.render",
    ),
}


def install() -> None:
    _ONE[0] = f"{model.join.__module__}.{model.join.__qualname__}" in _JOINS
    _unfused["if_render"] = model.If.render
    model.Parent.render_children = render_children
    model.Choose.render = choose_render
    model.Group.render = group_render
    text.WALK[0] = walk
