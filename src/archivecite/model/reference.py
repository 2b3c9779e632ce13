"""The one reference type every stage reads: a union discriminated on ``kind``."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, TypeAdapter

from archivecite.model.archival import ArchivalReference
from archivecite.model.published import (
    ArticleReference,
    BookReference,
    ChapterReference,
    CollectionReference,
    LegalReference,
    NewspaperReference,
    ThesisReference,
    WebpageReference,
)

__all__ = ["REFERENCE_ADAPTER", "Reference", "ReferenceKind"]

ReferenceKind = (
    ArchivalReference
    | BookReference
    | ArticleReference
    | ChapterReference
    | CollectionReference
    | ThesisReference
    | WebpageReference
    | LegalReference
    | NewspaperReference
)
"""Any one reference, as a plain union for annotations and ``isinstance`` checks."""

Reference = Annotated[ReferenceKind, Field(discriminator="kind")]
"""Any one reference, discriminated on ``kind`` for validation from JSON."""

REFERENCE_ADAPTER: TypeAdapter[Reference] = TypeAdapter(Reference)
