"""Archival references: a document or a file held by an archive."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from archivecite.model.base import ReferenceBase
from archivecite.model.common import FrozenModel, Name, Text
from archivecite.model.locator import ArchivalLocator

__all__ = ["ArchivalReference", "ArchiveRef", "DocumentType"]


class DocumentType(StrEnum):
    MEMO = "memo"
    DIRECTIVE = "directive"
    RESOLUTION = "resolution"
    ORDER = "order"
    REPORT = "report"
    TELEGRAM = "telegram"
    LETTER = "letter"
    MINUTES = "minutes"
    INFORMATION = "information"
    DECREE = "decree"
    OTHER = "other"


class ArchiveRef(FrozenModel):
    """An archive as the citation names it, and its registry id once known.

    ``via`` names an aggregator the document was consulted through (JACAR for Japanese archives).
    """

    id: str | None = None
    name: Text | None = None
    via: str | None = None


class ArchivalReference(ReferenceBase):
    """A document or file in an archive.

    ``locator_text`` keeps the locator as a file gave it (``"F. 9401, op. 2, d. 582, l. 9-12"``)
    so that writing the same format reproduces it; ``locator`` is its typed reading.
    """

    kind: Literal["archival"] = "archival"
    archive: ArchiveRef | None = None
    locator: ArchivalLocator | None = None
    locator_text: str | None = None
    document_type: DocumentType | None = None
    document_number: str | None = None
    creators: tuple[Name, ...] = ()
    recipients: tuple[Name, ...] = ()
    classification: str | None = None
    collection_title: Text | None = None
