"""What every speedup shares: replacing a citeproc-py method once, the cached children of
an element, the split tests of a ``cs:if``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from citeproc import model

MISSING: Final = object()


def _own(cls: type, name: str) -> bool:
    """Whether ``cls.name`` is still citeproc-py's own function (not yet wrapped by a fix)."""
    function = cls.__dict__.get(name)
    return getattr(function, "__module__", "").startswith("citeproc")


def replace(cls: type, name: str, function: Callable[..., Any]) -> None:
    """``cls.name = function``, unless a fix has wrapped ``cls.name`` already."""
    if _own(cls, name):
        setattr(cls, name, function)


lxml_iterchildren: Final = model.etree._Element.iterchildren


def children(element: Any) -> tuple[Any, ...]:
    """The children of a style element whose children never change, listed once."""
    kids: tuple[Any, ...] | None = element.__dict__.get("_archivecite_children")
    if kids is None:
        kids = element._archivecite_children = tuple(lxml_iterchildren(element))
    return kids


_TESTS: Final = ("is-numeric", "is-uncertain-date", "locator", "position")


def if_spec(element: Any) -> tuple[Any, ...]:
    """The tests of a ``cs:if``: its types, its variables (spelled as references store them),
    its other tests and its ``match``."""
    get = element.get
    types = get("type")
    variables = get("variable")
    others = tuple(name for name in _TESTS if get(name) is not None)
    return (
        None if types is None else tuple(typ.lower() for typ in types.split()),
        None if variables is None else tuple(var.replace("-", "_") for var in variables.split()),
        others,
        get("match"),
    )
