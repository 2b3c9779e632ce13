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


def _citation_item() -> None:
    """``CitationItem.reference`` (hundreds of times per entry: every ``cs:if`` asks it) read
    ``self.citation.bibliography.source[self.key]`` through three ``__getattr__`` hooks; the
    dictionary reads below are the same look-ups."""
    original = CitationItem.reference.fget

    def reference(self: Any) -> Any:
        citation = dict.get(self, "citation")
        if citation is not None:
            bibliography = dict.get(citation, "bibliography")
            if bibliography is not None:
                return bibliography.source[dict.__getitem__(self, "key")]
        return original(self)

    CitationItem.reference = property(reference)
