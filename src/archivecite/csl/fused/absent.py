"""A ``cs:group`` or macro call known to render nothing when its variables are all absent.

About a third of the rendering time of a Chicago bibliography went into groups and macro
calls that rendered nothing, walked element by element only to find every variable missing.
For such an element and a work's type, the walk is run once here in the abstract, on the
works that have none of the variables it depends on: if, by the rules of the fused elements
(:mod:`archivecite.csl.fused.walk`, ``text``, ``structure``), it must render nothing with no
effect but on the enclosing group's ``attempted`` flag, the plan says so, and a work without
any of those variables (nor a locator in the cite) skips the walk. The same holds for a
``cs:choose`` in a ``cs:substitute``, tried child after child for every authorless work
(:func:`choose_plan`). Anything whose outcome depends on more than that (``position``,
``disambiguate``, numbers, names with a substitute, generated variables ...) leaves the
element without a plan.
"""

from __future__ import annotations

from typing import Any, Final

from citeproc import model
from citeproc.source import VariableError

from archivecite.csl.fused import structure as fused_structure
from archivecite.csl.fused import text as fused_text
from archivecite.csl.fused import walk
from archivecite.csl.fused.structure import names_spec
from archivecite.csl.speedups._patching import if_spec
from archivecite.csl.speedups.conditions import _NO_TYPE, _TAKEN, _TESTED, _branches

_VALUE_TESTS: Final = ("is-numeric", "is-uncertain-date")
_has: Final = dict.__contains__
_PLANS: Final = "_archivecite_fused_absent"
_ITEM_VARIABLES: Final = frozenset(
    ("citation-number", "first-reference-note-number", "citation-label")
)
_LOCATOR: Final = "\x00locator"
"""In the variables an element depends on: the cite's locator (not the work's)."""


class _ImpureError(Exception):
    """The element's outcome depends on more than the type and the variables' absence."""


class _Frame:
    __slots__ = ("attempted", "output", "term")

    def __init__(self) -> None:
        self.attempted = False
        self.output = False  # True: some text may be output in this frame
        self.term = False


def _text(element: Any, kind: Any, frame: _Frame, needed: set[str]) -> None:
    spec = element.__dict__.get(fused_text._SLOT, fused_text._MISSING)
    if spec is fused_text._MISSING:
        spec = element.__dict__[fused_text._SLOT] = fused_text._spec(element)
    if spec is None:
        raise _ImpureError
    code, macro, calls_macro = spec[0], spec[1], spec[2]
    if calls_macro:
        if code != fused_text._MACRO:
            raise _ImpureError
        inner = _Frame()
        _children(fused_text._macro(element, macro), kind, inner, needed)
        if inner.output:  # a text of the macro marks the entry rendered, shown or not
            raise _ImpureError
        frame.attempted = inner.attempted
    elif code == fused_text._VARIABLE:
        variable = element.get("variable")
        if variable in model.Text.generated_variables or variable in _ITEM_VARIABLES:
            raise _ImpureError
        if variable == "locator":
            if element.get("form") == "short":
                raise _ImpureError
            needed.add(_LOCATOR)  # the cite's: ``VariableError`` for a cite without one
            frame.attempted = True
            return
        if variable.startswith("page"):  # read as the work's ``page``
            needed.add("page")
        needed.add(variable.replace("-", "_"))
        if element.get("form") == "short":
            needed.add((variable + "-short").replace("-", "_"))
        frame.attempted = True
    elif code == fused_text._TERM or spec[5]:  # a term, or a non-empty value
        frame.output = True
        frame.term = True


def _group(element: Any, kind: Any, frame: _Frame, needed: set[str]) -> None:
    inner = _Frame()
    _children(element, kind, inner, needed)
    if inner.output and inner.term and not inner.attempted:
        raise _ImpureError  # it may show
    frame.attempted = inner.attempted


def _holds(branch: Any, kind: Any, needed: set[str]) -> bool:
    """Whether a branch the choose leaves to ``holds`` holds for a work of type ``kind``
    without the variables it tests (``is-numeric`` and ``is-uncertain-date`` are false for
    a variable the work does not have)."""
    if walk._if_spec(branch) != (False, False, False):
        raise _ImpureError  # a ``disambiguate`` test, or a branch rendered its own way
    types, variables, others, match = if_spec(branch)
    results = [] if types is None else [typ == kind for typ in types]
    for variable in variables or ():
        needed.add(_LOCATOR if variable == "locator" else variable)
        results.append(False)
    for test in others:
        if test == "locator":  # false for a cite without a locator
            needed.add(_LOCATOR)
            results.append(False)
            continue
        if test not in _VALUE_TESTS:
            raise _ImpureError
        for variable in branch.get(test).split():
            needed.add(variable.replace("-", "_"))
            results.append(False)
    if match == "any":
        return any(results)
    if match == "none":
        return not any(results)
    return all(results)


def _choose(element: Any, kind: Any, frame: _Frame, needed: set[str]) -> None:
    for child, how, types, variables, match in _branches(element, kind):
        if how == _TESTED:
            needed.update(_LOCATOR if variable == "locator" else variable for variable in variables)
            if match in ("any", "none"):
                found = types is not None and kind in types
                if found == (match == "none"):
                    continue
            elif (types is not None and any(typ != kind for typ in types)) or variables:
                continue
        elif how != _TAKEN and not _holds(child, kind, needed):
            continue
        if type(child).render_children is not walk.render_children:
            raise _ImpureError
        _children(child, kind, frame, needed)
        return


def _children(element: Any, kind: Any, frame: _Frame, needed: set[str]) -> None:
    for child, code in walk.pairs(element):
        if code == walk._TEXT:
            _text(child, kind, frame, needed)
        elif code == walk._GROUP:
            _group(child, kind, frame, needed)
        elif code == walk._CHOOSE:
            _choose(child, kind, frame, needed)
        elif code == walk._NAMES:
            variables, stored, has_substitute = names_spec(child)
            if has_substitute or not variables:
                raise _ImpureError
            needed.update(stored)
            frame.attempted = True
        elif isinstance(child, model.Date) and child.get("variable"):
            variables = child.get("variable").split()
            if len(variables) != 1:
                raise _ImpureError
            needed.add(variables[0].replace("-", "_"))
            frame.attempted = True  # the date raises ``VariableError``
        elif isinstance(child, model.Label) and _label(child, needed):
            pass  # a label of a variable the work (or cite) does not have renders nothing
        else:
            raise _ImpureError


def _label(element: Any, needed: set[str]) -> bool:
    variable = element.get("variable")
    if not variable:
        return False
    if variable == "locator":  # its plural is read from the cite's locator: ``VariableError``
        needed.add(_LOCATOR)
        return True
    needed.add(variable.replace("-", "_"))
    if variable.startswith("page"):
        needed.add("page")
    return True


def _plan(element: Any, kind: Any, macro: bool) -> tuple[tuple[str, ...], bool, bool] | None:
    frame = _Frame()
    needed: set[str] = set()
    try:
        if macro:
            _text(element, kind, frame, needed)
        else:
            _group(element, kind, frame, needed)
    except _ImpureError:
        return None
    locator = _LOCATOR in needed
    needed.discard(_LOCATOR)
    return tuple(sorted(needed)), frame.attempted, locator


def _choose_plan(element: Any, kind: Any) -> tuple[tuple[str, ...], bool | None, bool] | None:
    """A ``cs:choose`` has no frame of its own: what it leaves the enclosing group's flag is
    found by walking it from both values (None: the flag as it was)."""
    if type(element).render is not walk.choose_render:
        return None
    outcomes = []
    needed: set[str] = set()
    for start in (False, True):
        frame = _Frame()
        frame.attempted = start
        try:
            _choose(element, kind, frame, needed)
        except _ImpureError:
            return None
        if frame.output:
            return None
        outcomes.append(frame.attempted)
    locator = _LOCATOR in needed
    needed.discard(_LOCATOR)
    return tuple(sorted(needed)), outcomes[0] if outcomes[0] == outcomes[1] else None, locator


_NO_PLAN: Final = object()


def _found(element: Any, item: Any, mode: int) -> Any:
    """The plan of ``element`` (mode 0: a group, 1: a macro call, 2: a choose) for the
    work cited, :data:`_NO_PLAN` when it may render (or it has no plan)."""
    try:
        reference = item.reference
    except VariableError:
        return _NO_PLAN
    kind = dict.get(reference, "type", _NO_TYPE)
    plans = element.__dict__.get(_PLANS)
    if plans is None:
        plans = element.__dict__[_PLANS] = {}
    found = plans.get(kind, _NO_TYPE)
    if found is _NO_TYPE:
        if kind is _NO_TYPE:
            found = None
        elif mode == 2:
            found = _choose_plan(element, kind)
        else:
            found = _plan(element, kind, mode == 1)
        plans[kind] = found
    if found is None:
        return _NO_PLAN
    needed, attempted, locator = found
    if locator and "locator" in item:
        return _NO_PLAN
    for variable in needed:
        if _has(reference, variable):
            return _NO_PLAN
    return attempted


def plan(element: Any, item: Any, macro: bool) -> bool | None:
    """For a cite (``item``) of a work with none of the variables ``element`` (a group, or a
    text calling a macro) depends on, the ``attempted`` flag it leaves its enclosing group
    when it renders nothing; None when it may render (or it has no plan)."""
    found = _found(element, item, 1 if macro else 0)
    return None if found is _NO_PLAN else found


def choose_plan(element: Any, item: Any) -> Any:
    """For a cite of a work with none of the variables a ``cs:choose`` depends on, where it
    renders nothing (``None``, not ``VariableError``): the ``attempted`` flag it leaves its
    enclosing group, None for the flag as it was; :data:`_NO_PLAN` when it may render."""
    return _found(element, item, 2)


EXPECTED: Final[dict[tuple[type, str], tuple[str, ...]]] = {
    (model.Date, "render"): (
        "archivecite.csl.fixes.groups._attempting.<locals>.render",
        "citeproc.model.CitationStylesElement.render",
    ),
    (model.Date, "process"): (
        "archivecite.csl.fixes.entry._leading_terms.<locals>.rendered.<locals>.wrapper",
        "archivecite.csl.fixes.sorting._sorting.<locals>.date_process",
        "archivecite.csl.fixes.year_suffix._year_suffix.<locals>.date_process",
        "archivecite.csl.fixes.year_suffix._year_suffix.<locals>.implicit",
        "citeproc.model.Date.process",
    ),
    (model.Label, "render"): ("citeproc.model.CitationStylesElement.render",),
    (model.Label, "process"): (
        "archivecite.csl.fixes.numbers._labels.<locals>.process",
        "archivecite.csl.fixes.groups._intending.<locals>.wrapper",
        "archivecite.csl.fixes.sorting._sort_names.<locals>.label_process",
        "citeproc.model.Label.process",
    ),
    (model.Label, "markup"): (
        "archivecite.csl.fixes.author_substitute._subsequent_author_substitute.<locals>.label_markup",
        "archivecite.csl.fixes.entry._leading_terms.<locals>.rendered.<locals>.wrapper",
        "citeproc.model.Label.markup",
    ),
}
"""The chains of ``cs:date`` (which, for a work without its variable, only reports an
attempt) and ``cs:label`` (which renders nothing) judged here; with any other chain they
leave their element without a plan."""


def install() -> None:
    if text_is_walked():
        fused_text.PLAN[0] = plan
        fused_structure.CHOOSE_PLAN[:] = [choose_plan, _NO_PLAN]


def text_is_walked() -> bool:
    """Whether the walk is fused, which the plans describe."""
    return fused_text.WALK[0] is walk.walk
