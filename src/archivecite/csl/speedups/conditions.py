"""``cs:choose`` and ``cs:if``: tests split once per element, branches decided once per type."""

from __future__ import annotations

from typing import Any, Final

from citeproc import model
from citeproc.source import VariableError

from archivecite.csl.speedups._patching import children, if_spec, replace

_has: Final = dict.__contains__  # variables are split with hyphens made underscores, as stored

_OTHER_TESTS: Final = {
    "is-numeric": "_is_numeric",
    "is-uncertain-date": "_is_uncertain_date",
    "locator": "_locator",
}


def holds(element: Any, item: Any, context: Any) -> bool:
    """Whether the ``type``, ``variable``, ``position``, ``is-numeric``,
    ``is-uncertain-date`` and ``locator`` tests of a ``cs:if`` hold, as citeproc-py's
    ``If.render`` judges them (its attributes split once per element)."""
    spec = element.__dict__.get("_archivecite_if")
    if spec is None:
        spec = element._archivecite_if = if_spec(element)
    types, variables, others, match = spec
    results: list[Any] = []
    reference = None
    if types is not None:
        reference = item.reference
        kind = reference["type"]
        results += [typ == kind for typ in types]
    if variables is not None:
        if reference is None:
            reference = item.reference
        results += [
            ("locator" in item) if var == "locator" else _has(reference, var) for var in variables
        ]
    for name in others:
        if name == "position":
            results += element._position(item, context)
        else:
            results += getattr(element, _OTHER_TESTS[name])(item)
    if match == "any":
        return any(results)
    if match == "none":
        return not any(results)
    return all(results)


def _conditions() -> None:
    """``cs:if`` / ``cs:else-if`` (about 350 evaluated per Chicago entry) re-split and
    re-lower-cased their ``type`` and ``variable`` attributes and asked for the cite's
    reference once per listed type; the split attributes are kept per element and the
    reference is asked for once. The tests and their order are citeproc-py's."""

    def render(
        self: Any, item: Any, context: Any = None, delimiter: str = "", **kwargs: Any
    ) -> Any:
        if not holds(self, item, context):
            raise model.ConditionFailed
        return self.render_children(item, context=context, delimiter=delimiter, **kwargs)

    replace(model.If, "render", render)


_SIMPLE_IF: Final = frozenset(("type", "variable", "match"))
_NO_TYPE: Final = object()


def _simple_test(child: Any) -> tuple[Any, ...] | None:
    """The tests of a ``cs:if`` / ``cs:else-if`` that has only ``type`` and ``variable``
    tests; ``None`` for any other branch (``cs:else``, or other tests such as ``position`` or
    ``disambiguate``, which are left to the branch's own ``render``)."""
    if not isinstance(child, model.If) or not set(child.attrib) <= _SIMPLE_IF:
        return None
    types, variables, _others, match = if_spec(child)
    return types, variables, match


def _matches(results: list[bool], match: str | None) -> bool:
    if match == "any":
        return any(results)
    if match == "none":
        return not any(results)
    return all(results)


_ELSE_RENDER: Final = model.Else.render

_TESTED: Final = 0  # a branch whose type and variable tests are run here
_RENDERED: Final = 1  # a branch whose tests its own ``render`` runs
_TAKEN: Final = 2  # a branch taken without a test


def _branches(choose: Any, kind: Any) -> tuple[tuple[Any, ...], ...]:
    """The branches of ``choose`` still to be tried for an item of type ``kind``, each as
    ``(element, how, types, variables, match)``: a branch whose only test is ``type`` is
    decided by the type alone, once per choose and type."""
    table: dict[Any, Any] | None = choose.__dict__.get("_archivecite_branches")
    if table is None:
        table = choose._archivecite_branches = {}
    kept: list[tuple[Any, ...]] = []
    for child in children(choose):
        if isinstance(child, model.Else) and model.Else.render is _ELSE_RENDER:
            kept.append((child, _TAKEN, None, None, None))  # its render is render_children
            break
        test = None if kind is _NO_TYPE else _simple_test(child)
        if test is None:
            kept.append((child, _RENDERED, None, None, None))
            if isinstance(child, model.Else):
                break
            continue
        types, variables, match = test
        if variables is not None:
            kept.append((child, _TESTED, types, variables, match))
            continue
        if _matches([typ == kind for typ in types or ()], match):
            kept.append((child, _TAKEN, None, None, None))
            break
    branches = table[kind] = tuple(kept)
    return branches


def _choose() -> None:
    """``cs:choose`` tried its branches in turn, each a ``render`` call that raised
    ConditionFailed when its tests failed: Chicago runs about 350 such tests per entry,
    most of them ``type`` tests. Branches testing only ``type`` are now decided once per
    choose and item type, those testing ``type`` and ``variable`` are tested here without an
    exception; a taken branch renders its children as ``cs:if`` does. Branches with other
    tests (``position``, ``disambiguate``, ...) still go through their own ``render``."""

    def choose_render(
        self: Any, item: Any, context: Any = None, delimiter: str = "", **kwargs: Any
    ) -> Any:
        try:
            reference = item.reference
            kind = dict.get(reference, "type", _NO_TYPE)
        except (VariableError, KeyError, AttributeError, TypeError):
            kind = _NO_TYPE
        table = self.__dict__.get("_archivecite_branches")
        branches = None if table is None else table.get(kind)
        if branches is None:
            branches = _branches(self, kind)
        for child, how, types, variables, match in branches:
            if how == _TESTED:
                results = [] if types is None else [typ == kind for typ in types]
                for var in variables:
                    results.append(
                        ("locator" in item) if var == "locator" else _has(reference, var)
                    )
                if match == "any":
                    if not any(results):
                        continue
                elif match == "none":
                    if any(results):
                        continue
                elif not all(results):
                    continue
            elif how == _RENDERED:
                try:
                    return child.render(item, context=context, delimiter=delimiter, **kwargs)
                except model.ConditionFailed:
                    continue
            return child.render_children(item, context=context, delimiter=delimiter, **kwargs)
        return None

    replace(model.Choose, "render", choose_render)
