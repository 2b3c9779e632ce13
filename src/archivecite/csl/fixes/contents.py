"""Works with the same content: whatever renders from a reference alone is the same for both."""

from __future__ import annotations

from collections.abc import Collection, Hashable, Sequence
from typing import Any, Final

_ATOMS: Final = frozenset((str, int, float, bool, type(None)))
_CACHED: Final = "_archivecite_content"


def _canonical(value: Any) -> Hashable:
    """``value`` as a hashable of its content and types; anything not plain data stays unique
    (its identity), so that two references never pass for equal when they might not be."""
    kind = type(value)
    if kind in _ATOMS:
        return kind, value
    if getattr(value, "__dict__", None):
        return object, id(value)  # attributes beside the content
    if isinstance(value, str | int | float | bool):
        return kind, value
    if isinstance(value, dict):
        return kind, tuple((key, _canonical(part)) for key, part in value.items())
    if isinstance(value, list | tuple):
        return kind, tuple(_canonical(part) for part in value)
    return object, id(value)


def _volatile(key: str) -> bool:
    """Whether a reference field is set while rendering a bibliography (disambiguation)."""
    return key == "year_suffix" or key.startswith("_archivecite")


def _content(reference: Any, ignored: Collection[str]) -> Hashable:
    # what never changes is read once per reference (kept beside its fields, not among them)
    fixed = reference.__dict__.get(_CACHED)
    if fixed is None:
        fixed = _canonical(
            [
                (key, value)
                for key, value in reference.items()
                if key != "key" and not _volatile(key)
            ]
        )
        reference.__dict__[_CACHED] = fixed
    changing = [
        (key, _canonical(value))
        for key, value in reference.items()
        if _volatile(key) and key not in ignored
    ]
    return fixed, tuple(changing)


def content_keys(
    root: Any, items: Sequence[Any], ignored: Collection[str] = ()
) -> dict[str, Hashable] | None:
    """Each cite's reference content (its id and the ``ignored`` fields left out), by the
    cite's key; None when the style ``root`` may render more than a reference's content
    (``citation-number``, the work's place in the bibliography)."""
    numbered = root.__dict__.get("_archivecite_numbered")
    if numbered is None:
        numbered = bool(root.xpath("//*[@variable='citation-number']"))
        root._archivecite_numbered = numbered
    if numbered:
        return None
    return {str(item.key): _content(item.reference, ignored) for item in items}
