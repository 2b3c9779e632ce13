"""References, names, dates and cites read without Python-level attribute hooks."""

from __future__ import annotations

from typing import Any

from citeproc.source import CitationItem, CustomDict, VariableError


def _custom_dict() -> None:
    """``reference["title"]`` and ``reference.title`` (citeproc-py's ``CustomDict``, the base
    of references, names, dates and cites) went through two Python-level hooks that turn a
    ``KeyError`` into ``VariableError``. ``__missing__`` does the same from inside the dict
    lookup, so present keys are found at C speed; a missing key still raises VariableError."""

    def missing(self: Any, key: Any) -> Any:
        raise VariableError

    CustomDict.__missing__ = missing
    if "__getitem__" in CustomDict.__dict__:
        del CustomDict.__getitem__
    CustomDict.__getattr__ = dict.__getitem__


class _Reference:
    """``CitationItem.reference``, kept on the item once found: a non-data descriptor, so
    later reads find it in the item's ``__dict__`` without a call. An item's citation and
    its bibliography are set before it renders and never change afterwards."""

    def __init__(self, original: Any) -> None:
        self.original = original

    def __get__(self, item: Any, owner: Any = None) -> Any:
        if item is None:
            return self
        citation = dict.get(item, "citation")
        if citation is not None:
            bibliography = dict.get(citation, "bibliography")
            if bibliography is not None:
                reference = bibliography.source[dict.__getitem__(item, "key")]
                item.__dict__["reference"] = reference
                return reference
        return self.original(item)


def _citation_item() -> None:
    """``CitationItem.reference`` (hundreds of times per entry: every ``cs:if`` asks it) read
    ``self.citation.bibliography.source[self.key]`` through three ``__getattr__`` hooks and a
    property; the same look-ups are now made once per item."""
    CitationItem.reference = _Reference(CitationItem.reference.fget)
