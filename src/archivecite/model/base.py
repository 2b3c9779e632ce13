"""Fields every kind of reference has."""

from __future__ import annotations

from pydantic import Field, JsonValue

from archivecite.model.common import DateRange, FrozenModel, Identifier, Name, Provenance, Text

__all__ = ["ReferenceBase"]


class ReferenceBase(FrozenModel):
    """Title, people, date and the things that let nothing be lost on a round trip.

    ``keywords`` are the subject terms or tags a file gives (BibTeX ``keywords``, CSL
    ``keyword``, RIS ``KW``), in order; ``abstract`` is a summary in its own language.
    ``extra`` holds every input field that has no place in the model, under its input name,
    so that a writer of the same format can put it back.
    """

    id: str | None = None
    title: Text | None = None
    authors: tuple[Name, ...] = ()
    editors: tuple[Name, ...] = ()
    date: DateRange | None = None
    language: str | None = None
    url: str | None = None
    accessed: DateRange | None = None
    identifiers: tuple[Identifier, ...] = ()
    note: str | None = None
    abstract: Text | None = None
    keywords: tuple[str, ...] = ()
    extra: dict[str, JsonValue] = Field(default_factory=dict)
    provenance: Provenance | None = None

    def identifier(self, scheme: str) -> str | None:
        return next((ident.value for ident in self.identifiers if ident.scheme == scheme), None)
