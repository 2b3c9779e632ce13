"""CSL 1.0.2 "Choose": ``disambiguate`` conditions, passing one more test per level tried."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Final

from citeproc import model

from archivecite.csl.fixes.entry import _entry

_DISAMBIGUATE: Final = "_archivecite_disambiguate"
# Counts the tests a level turned down while it is set: a level that turned none down renders
# as every higher level would, so trying those cannot tell cites apart.
_refused: ContextVar[list[int] | None] = ContextVar("refused", default=None)


@contextmanager
def counting_refusals() -> Iterator[list[int]]:
    """Count, within the block, the ``disambiguate="true"`` tests refused for want of a
    higher level."""
    counter = [0]
    token = _refused.set(counter)
    try:
        yield counter
    finally:
        _refused.reset(token)


def _disambiguate_test(item: Any, wanted: bool) -> bool:
    """A ``disambiguate`` test as citeproc-js counts them: a work disambiguated at level n
    passes the first n ``disambiguate="true"`` tests its cite (or entry) evaluates."""
    level = int(item.reference.get(_DISAMBIGUATE) or 0)
    if not wanted:
        return not level
    entry = _entry.get()
    if not level:
        return False
    if entry is not None and entry.disambiguate_count >= level:
        if (refused := _refused.get()) is not None:
            refused[0] += 1
        return False
    if entry is not None:
        entry.disambiguate_count += 1
    return True


def _disambiguate_condition() -> None:
    """CSL 1.0.2 "Choose": ``disambiguate="true"`` holds for a work whose cite would otherwise
    be identical to another's (citeproc-py took every such condition as true); as in
    citeproc-js, tests pass one more at each level tried (Chicago's nested tests add the
    edition before the publisher)."""
    original = model.If.render

    def render(
        self: Any, item: Any, context: Any = None, delimiter: str = "", **kwargs: Any
    ) -> Any:
        wanted = self.get("disambiguate")
        if wanted is None:
            return original(self, item, context=context, delimiter=delimiter, **kwargs)
        holds = _disambiguate_test(item, wanted.lower() == "true")
        others = [name for name in self.attrib if name not in ("disambiguate", "match")]
        match = self.get("match", "all")
        if not others:
            if holds == (match == "none"):
                raise model.ConditionFailed
            return self.render_children(item, context=context, delimiter=delimiter, **kwargs)
        if match == "any" and holds:
            return self.render_children(item, context=context, delimiter=delimiter, **kwargs)
        if match == "all" and not holds:
            raise model.ConditionFailed
        if match == "none" and holds:
            raise model.ConditionFailed
        return original(self, item, context=context, delimiter=delimiter, **kwargs)

    model.If.render = render
