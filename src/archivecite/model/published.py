"""Published works: books, articles, chapters, document collections, theses, web pages,
legal acts and newspaper items."""

from __future__ import annotations

from typing import Literal

from archivecite.model.base import ReferenceBase
from archivecite.model.common import Name, Text

__all__ = [
    "ArticleReference",
    "BookReference",
    "ChapterReference",
    "CollectionReference",
    "LegalReference",
    "NewspaperReference",
    "PublishedFields",
    "ThesisReference",
    "WebpageReference",
]


class PublishedFields(ReferenceBase):
    """What a published work may carry; each kind uses the subset that applies to it."""

    container_title: Text | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    publisher: Text | None = None
    place: Text | None = None
    edition: str | None = None
    series: Text | None = None
    number_of_volumes: str | None = None
    translators: tuple[Name, ...] = ()


class BookReference(PublishedFields):
    kind: Literal["book"] = "book"


class CollectionReference(PublishedFields):
    """A published collection of documents (``Russkiy arkhiv``, ``Sbornik dokumentov``)."""

    kind: Literal["collection"] = "collection"


class ArticleReference(PublishedFields):
    kind: Literal["article"] = "article"


class ChapterReference(PublishedFields):
    kind: Literal["chapter"] = "chapter"
    container_authors: tuple[Name, ...] = ()


class ThesisReference(PublishedFields):
    kind: Literal["thesis"] = "thesis"
    degree: str | None = None


class WebpageReference(PublishedFields):
    kind: Literal["webpage"] = "webpage"


class LegalReference(PublishedFields):
    """A treaty, declaration, law or decree, cited as a published act."""

    kind: Literal["legal"] = "legal"
    parties: tuple[Name, ...] = ()


class NewspaperReference(PublishedFields):
    kind: Literal["newspaper"] = "newspaper"
