"""A ``cs:group`` or macro call known to render nothing when its variables are all absent.

About a third of the rendering time of a Chicago bibliography went into groups and macro
calls that rendered nothing, walked element by element only to find every variable missing.
For such an element and a work's type, the walk is run once here in the abstract, on the
works that have none of the variables it depends on: if, by the rules of the fused elements
(:mod:`archivecite.csl.fused.walk`, ``text``, ``structure``), it must render nothing with no
effect but on the enclosing group's ``attempted`` flag, the plan says so, and a work without
any of those variables (nor a locator in the cite) skips the walk. The same holds for a
``cs:choose`` in a ``cs:substitute``, tried child after child for every authorless work
(:func:`choose_plan`). A work with some of those variables has the plan for its set of
them: the same abstract walk, its conditions on those variables decided, finds whether it
still renders nothing (``archive`` present, say, where only the branch without it
renders): a distinct 1,000-entry Chicago bibliography walks 37,158 macro calls, not 47,027,
and 6,386 suppressed groups, not 10,091. Anything whose outcome depends on more than that
(``position``, ``disambiguate``, numbers, names with a substitute, generated variables, the
value of a present variable ...) leaves the element without a plan.
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


def _text(
    element: Any, kind: Any, frame: _Frame, needed: set[str], present: frozenset[str]
) -> None:
    spec = element.__dict__.get(fused_text._SLOT, fused_text._MISSING)
    if spec is fused_text._MISSING:
        spec = element.__dict__[fused_text._SLOT] = fused_text._spec(element)
    if spec is None:
        raise _ImpureError
    code, macro, calls_macro = spec[0], spec[1], spec[2]
    if calls_macro:
        if code != fused_text._MACRO:
            raise _ImpureError
        # a text of the macro marks the entry rendered, shown or not: ``output`` is impure
        frame.attempted = _framed(fused_text._macro(element, macro), kind, needed, present, True)
    elif code == fused_text._VARIABLE:
        variable = element.get("variable")
        if variable in model.Text.generated_variables or variable in _ITEM_VARIABLES:
            raise _ImpureError
        if variable == "locator":
            if element.get("form") == "short" or _LOCATOR in present:
                raise _ImpureError
            needed.add(_LOCATOR)  # the cite's: ``VariableError`` for a cite without one
            frame.attempted = True
            return
        read = {variable.replace("-", "_")}
        if variable.startswith("page"):  # read as the work's ``page``
            read.add("page")
        if element.get("form") == "short":
            read.add((variable + "-short").replace("-", "_"))
        if not read.isdisjoint(present):
            raise _ImpureError  # it may render
        needed.update(read)
        frame.attempted = True
    elif code == fused_text._TERM or spec[5]:  # a term, or a non-empty value
        frame.output = True
        frame.term = True


def _group(
    element: Any, kind: Any, frame: _Frame, needed: set[str], present: frozenset[str]
) -> None:
    frame.attempted = _framed(element, kind, needed, present, False)


_SUMMARIES: Final = "_archivecite_fused_framed"
_IMPURE: Final = object()


def _framed(
    element: Any, kind: Any, needed: set[str], present: frozenset[str], macro: bool
) -> bool:
    """The ``attempted`` flag of the frame of a group or a macro (``element``) whose children
    render nothing, the variables they read added to ``needed``; found once per element,
    type and ``present`` (a macro or group is met again in the walks of the elements
    around it)."""
    summaries = element.__dict__.get(_SUMMARIES)
    if summaries is None:
        summaries = element.__dict__[_SUMMARIES] = {}
    found = summaries.get((kind, present))
    if found is None:
        inner = _Frame()
        read: set[str] = set()
        try:
            _children(element, kind, inner, read, present)
            if inner.output if macro else inner.output and inner.term and not inner.attempted:
                raise _ImpureError  # it may show (a group), it marks the entry rendered
        except _ImpureError:
            summaries[kind, present] = _IMPURE
            raise
        found = summaries[kind, present] = (frozenset(read), inner.attempted)
    if found is _IMPURE:
        raise _ImpureError
    needed.update(found[0])
    return found[1]  # type: ignore[no-any-return]


def _holds(branch: Any, kind: Any, needed: set[str], present: frozenset[str]) -> bool:
    """Whether a branch the choose leaves to ``holds`` holds for a work of type ``kind``
    with the variables ``present`` and without the others it tests (``is-numeric`` and
    ``is-uncertain-date`` are false for a variable the work does not have)."""
    spec = branch.__dict__.get(walk._IF, _NO_TYPE)
    if spec is _NO_TYPE:
        spec = branch.__dict__[walk._IF] = walk._if_spec(branch)
    if spec != (False, False, False):
        raise _ImpureError  # a ``disambiguate`` test, or a branch rendered its own way
    tests = branch.__dict__.get("_archivecite_if")
    if tests is None:
        tests = branch.__dict__["_archivecite_if"] = if_spec(branch)
    types, variables, others, match = tests
    results = [] if types is None else [typ == kind for typ in types]
    for variable in variables or ():
        key = _LOCATOR if variable == "locator" else variable
        needed.add(key)
        results.append(key in present)
    for test in others:
        if test == "locator":  # false for a cite without a locator
            if _LOCATOR in present:
                raise _ImpureError  # the locator's label decides
            needed.add(_LOCATOR)
            results.append(False)
            continue
        if test not in _VALUE_TESTS:
            raise _ImpureError
        for variable in branch.get(test).split():
            key = variable.replace("-", "_")
            if key in present:
                raise _ImpureError  # the value decides
            needed.add(key)
            results.append(False)
    if match == "any":
        return any(results)
    if match == "none":
        return not any(results)
    return all(results)


def _choose(
    element: Any, kind: Any, frame: _Frame, needed: set[str], present: frozenset[str]
) -> None:
    table = element.__dict__.get("_archivecite_branches")
    branches = None if table is None else table.get(kind)
    if branches is None:
        branches = _branches(element, kind)
    for child, how, types, variables, match in branches:
        if how == _TESTED:  # as :func:`walk.choose_fast` tests them
            keys = [_LOCATOR if variable == "locator" else variable for variable in variables]
            needed.update(keys)
            if match in ("any", "none"):
                found = (types is not None and kind in types) or any(key in present for key in keys)
                if found == (match == "none"):
                    continue
            elif (types is not None and any(typ != kind for typ in types)) or any(
                key not in present for key in keys
            ):
                continue
        elif how != _TAKEN and not _holds(child, kind, needed, present):
            continue
        if type(child).render_children is not walk.render_children:
            raise _ImpureError
        _children(child, kind, frame, needed, present)
        return


def _children(
    element: Any, kind: Any, frame: _Frame, needed: set[str], present: frozenset[str]
) -> None:
    for child, code, _spec in walk.pairs(element):
        if code in (walk._TEXT, walk._CALL):
            _text(child, kind, frame, needed, present)
        elif code == walk._GROUP:
            _group(child, kind, frame, needed, present)
        elif code == walk._CHOOSE:
            _choose(child, kind, frame, needed, present)
        elif code == walk._NAMES:
            variables, stored, has_substitute = names_spec(child)
            if has_substitute or not variables or not present.isdisjoint(stored):
                raise _ImpureError
            needed.update(stored)
            frame.attempted = True
        elif isinstance(child, model.Date) and child.get("variable"):
            variables = child.get("variable").split()
            if len(variables) != 1:
                raise _ImpureError
            key = variables[0].replace("-", "_")
            if key in present:
                raise _ImpureError
            needed.add(key)
            frame.attempted = True  # the date raises ``VariableError``
        elif isinstance(child, model.Label) and _label(child, needed, present):
            # citeproc-js renders the term of a label whose variable is empty ("(3 vol)")
            frame.output = True
            frame.term = True
        else:
            raise _ImpureError


def _label(element: Any, needed: set[str], present: frozenset[str]) -> bool:
    variable = element.get("variable")
    if not variable:
        return False
    if variable == "locator":  # its plural is read from the cite's locator: ``VariableError``
        read = {_LOCATOR}
    else:
        read = {variable.replace("-", "_")}
        if variable.startswith("page"):
            read.add("page")
    if not read.isdisjoint(present):
        raise _ImpureError  # it may render
    needed.update(read)
    return True


_MODES: Final = (_group, _text)


def _analysis(element: Any, kind: Any, mode: int, present: frozenset[str]) -> Any:
    """For a work of type ``kind`` with the variables ``present`` (of those ``element``
    depends on) and none of the others it reads: the variables read (:data:`_LOCATOR` for
    the cite's locator) and the ``attempted`` flag ``element`` leaves the enclosing group
    (mode 0: a group, 1: a macro call; 2: a choose, None for the flag as it was) when it
    must render nothing; None when it may render."""
    needed: set[str] = set()
    outcomes = []
    for start in (False, True) if mode == 2 else (False,):
        frame = _Frame()
        frame.attempted = start
        try:
            if mode == 2:
                _choose(element, kind, frame, needed, present)
            else:
                _MODES[mode](element, kind, frame, needed, present)
        except _ImpureError:
            return None
        if mode == 2 and frame.output:
            return None
        outcomes.append(frame.attempted)
    attempted = outcomes[0] if len(outcomes) == 1 or outcomes[0] == outcomes[1] else None
    return needed, attempted


_NONE: Final[frozenset[str]] = frozenset()


def _plan(element: Any, kind: Any, mode: int) -> tuple[Any, ...] | None:
    """The plan of ``element`` for a work of type ``kind``: the flag it leaves for a work
    without any of the variables it reads, whether the cite's locator is among them, the
    others as a set, and its plans (:func:`_subplan`) by the set of those a work has."""
    if mode == 2 and type(element).render is not walk.choose_render:
        return None
    found = _analysis(element, kind, mode, _NONE)
    if found is None:
        return None
    needed, attempted = found
    locator = _LOCATOR in needed
    needed.discard(_LOCATOR)
    return attempted, locator, frozenset(needed), {}


def _subplan(element: Any, kind: Any, mode: int, present: frozenset[str], read: Any) -> Any:
    """For a work with the variables ``present`` of those the plan reads (``read``) and none
    of its others: the variables the walk then reads beyond those, whether the locator is
    one of them, and the flag; None when it may render."""
    found = _analysis(element, kind, mode, present)
    if found is None:
        return None
    needed, attempted = found
    locator = _LOCATOR in needed and _LOCATOR not in present
    return frozenset(needed - read - {_LOCATOR}), attempted, locator


_NO_PLAN: Final = object()
_LOCATED: Final = frozenset((_LOCATOR,))


def plan(element: Any, item: Any, macro: int) -> Any:
    """For a cite (``item``) of a work with none of the variables ``element`` (a group, or a
    text calling a macro: ``macro`` true) depends on -- or with some, of which it must render
    nothing either -- the ``attempted`` flag it leaves its enclosing group when it renders
    nothing; None when it may render (or it has no plan). ``macro`` 2: a choose
    (:func:`choose_plan`)."""
    try:
        reference = item.reference
    except VariableError:
        return _NO_PLAN if macro == 2 else None
    kind = dict.get(reference, "type", _NO_TYPE)
    plans = element.__dict__.get(_PLANS)
    if plans is None:
        plans = element.__dict__[_PLANS] = {}
    found = plans.get(kind, _NO_TYPE)
    if found is _NO_TYPE:
        found = plans[kind] = None if kind is _NO_TYPE else _plan(element, kind, macro)
    if found is None:
        return _NO_PLAN if macro == 2 else None
    keys = dict.keys(reference)
    located = found[1] and "locator" in item
    if not located and keys.isdisjoint(found[2]):  # none of its variables
        return found[0]
    # some of them: the plan for the work's set of them
    present = keys & found[2]
    if located:
        present.add(_LOCATOR)
    subplans = found[3]
    key = frozenset(present)
    subplan = subplans.get(key, _NO_TYPE)
    if subplan is _NO_TYPE:
        subplan = subplans[key] = _subplan(element, kind, macro, key, found[2])
    if subplan is None or (subplan[2] and "locator" in item) or not keys.isdisjoint(subplan[0]):
        return _NO_PLAN if macro == 2 else None
    return subplan[1]


def choose_plan(element: Any, item: Any) -> Any:
    """For a cite of a work with none of the variables a ``cs:choose`` depends on (or some,
    of which it must render nothing either), where it renders nothing (``None``, not
    ``VariableError``): the ``attempted`` flag it leaves its enclosing group, None for the
    flag as it was; :data:`_NO_PLAN` when it may render."""
    return plan(element, item, 2)


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
attempt) and ``cs:label`` (which renders its term, as citeproc-js does) judged here; with any
other chain they leave their element without a plan."""


def install() -> None:
    if text_is_walked():
        fused_text.PLAN[0] = plan
        fused_structure.CHOOSE_PLAN[:] = [choose_plan, _NO_PLAN]


def text_is_walked() -> bool:
    """Whether the walk is fused, which the plans describe."""
    return fused_text.WALK[0] is walk.walk
