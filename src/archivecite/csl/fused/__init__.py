"""The fixes' wrapper chains, fused: one function per element class where there were several.

The conformance fixes (:mod:`archivecite.csl.fixes`) each wrap the citeproc-py methods of
their concern, so an element renders through a stack of wrappers, one Python call each:
about five per ``cs:text``. The modules of this package replace the hottest such stacks by
one function that does the same steps in the same order, calling the same helpers of the
fixes. Each states the exact chain it stands for; :func:`apply` (after the fixes) fuses only
where the chain in place is that one, so a fix added later is never silently bypassed
(``tests/csl/test_speedups.py`` requires every fusion to apply). It is part of the
speedups: ``ARCHIVECITE_CSL_SPEEDUPS=0`` leaves the chains as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from archivecite.csl import speedups
from archivecite.csl.fused import absent, structure, text, variable, walk

__all__ = ["NAMES", "apply", "chain", "fused", "matches"]

_fused: list[str] = []


def chain(function: Any) -> tuple[str, ...]:
    """The functions a method runs through: itself and, in order, the functions its
    closure wraps (a fix keeps the method it wraps in a closure cell)."""
    names = []
    pending = [function]
    while pending:
        current = pending.pop(0)
        names.append(f"{current.__module__}.{current.__qualname__}")
        for cell in current.__closure__ or ():
            try:
                value = cell.cell_contents
            except ValueError:
                continue
            if hasattr(value, "__code__"):
                pending.append(value)
    return tuple(names)


_FUSIONS: list[tuple[str, dict[tuple[type, str], tuple[str, ...]], Callable[[], None]]] = [
    ("text", text.EXPECTED, text.install),
    ("structure", structure.EXPECTED, structure.install),
    ("walk", walk.EXPECTED, walk.install),
    ("variable", variable.EXPECTED, variable.install),
    ("absent", absent.EXPECTED, absent.install),
]


def matches(expected: dict[tuple[type, str], tuple[str, ...]]) -> bool:
    """Whether every method named in ``expected`` runs through exactly the chain given."""
    return all(chain(getattr(cls, method)) == names for (cls, method), names in expected.items())


NAMES: Final = tuple(name for name, _expected, _install in _FUSIONS)


def apply() -> None:
    """Fuse every chain that is as expected, once, unless the speedups are off."""
    if _fused or not speedups.enabled():
        return
    for name, expected, install in _FUSIONS:
        if matches(expected):
            install()
            _fused.append(name)


def fused() -> tuple[str, ...]:
    """The fusions applied."""
    return tuple(_fused)
