"""Archival references: a document or a file held by an archive."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from archivecite.model.base import ReferenceBase
from archivecite.model.common import FrozenModel, Name, Text
from archivecite.model.locator import ArchivalLocator

__all__ = ["ArchivalReference", "ArchiveRef", "Authenticity", "DocumentType", "Legend", "Medium"]


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


class Authenticity(StrEnum):
    """Whether the archive holds the document itself or a copy (the legend's подлинность)."""

    ORIGINAL = "original"  # подлинник
    COPY = "copy"  # копия
    CERTIFIED_COPY = "certified-copy"  # заверенная копия
    RETAINED_COPY = "retained-copy"  # отпуск: the sender's copy of an outgoing paper
    DRAFT = "draft"  # черновик
    EXTRACT = "extract"  # выписка


class Medium(StrEnum):
    """How the document is written or reproduced (the legend's способ воспроизведения)."""

    MANUSCRIPT = "manuscript"  # рукопись
    AUTOGRAPH = "autograph"  # автограф: in its author's own hand
    TYPESCRIPT = "typescript"  # машинопись
    PRINTED = "printed"  # типографский экземпляр
    PHOTOCOPY = "photocopy"  # ксерокопия, фотокопия
    SHORTHAND = "shorthand"  # стенограмма
    TELEGRAPH_TAPE = "telegraph-tape"  # телеграфная лента


class Legend(FrozenModel):
    """The archaeographic legend that ends an archival note: ``Подлинник. Машинопись.``,
    ``Копия``, ``Original. Typescript.``.

    ``text`` is the legend as printed, words the reader did not understand included
    (``Подлинник. Рукопись И. В. Сталина``), so that writing the same format reproduces it;
    ``authenticity`` and ``medium`` are its typed reading, ``published_in`` the publication it
    names after ``Опубл.:``.
    """

    text: str
    authenticity: Authenticity | None = None
    medium: Medium | None = None
    published_in: str | None = None


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
    ``legend`` is what the note says of the document after the locator (original or copy,
    typescript or manuscript).
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
    legend: Legend | None = None
