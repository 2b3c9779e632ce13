"""What the parser tests share: a citation read into one reference of a given kind."""

from __future__ import annotations

from typing import TypeVar

from archivecite import Parsed, parse_citation
from archivecite.model.base import ReferenceBase

KindT = TypeVar("KindT", bound=ReferenceBase)


def parsed_as(text: str, kind: type[KindT]) -> KindT:
    """The first reference ``parse_citation`` reads in ``text``, checked to be a ``kind``."""
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference = result.reference
    assert isinstance(reference, kind), reference
    return reference
