"""What a parser returns: ``Parsed`` or ``Failed``, each keeping the raw text and position."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from archivecite.model import BookReference, FrozenModel, Provenance, Reference, Span

__all__ = ["UNREAD", "Failed", "ParseResult", "Parsed"]

UNREAD = "archivecite:unread"
"""The ``extra`` key of a record kept for an entry that could not be read: what the reader
expected where it stopped."""


class Parsed(FrozenModel):
    """A citation read into one or more references (several files in one string give several).

    ``confidence`` is in [0, 1]: how much of the text the parser explained and how sure the
    kind is. ``spans`` say which characters of ``text`` gave which field.
    """

    status: Literal["parsed"] = "parsed"
    text: str
    references: tuple[Reference, ...]
    spans: tuple[Span, ...] = ()
    confidence: float = Field(ge=0.0, le=1.0)
    line: int | None = None
    source: str | None = None

    @property
    def reference(self) -> Reference:
        return self.references[0]

    @property
    def ok(self) -> bool:
        return True


class Failed(FrozenModel):
    """A citation that could not be read: what was expected, and where reading stopped."""

    status: Literal["failed"] = "failed"
    text: str
    expected: str
    position: int
    line: int | None = None
    source: str | None = None

    @property
    def ok(self) -> bool:
        return False

    @property
    def message(self) -> str:
        found = self.text[self.position : self.position + 20]
        where = f"{self.source or '<input>'}:{self.line or 1}:{self.position + 1}"
        return f"{where}: when expecting {self.expected}, found {found!r}"

    def as_reference(self) -> BookReference:
        """The entry kept as a record of its text (written as BibTeX ``@misc`` with a ``note``),
        so that a list converted, merged or deduplicated loses nothing it could not read;
        ``extra[UNREAD]`` says what the reader expected where it stopped."""
        return BookReference(
            note=self.text,
            extra={"bibtex:@type": "misc", UNREAD: self.expected},
            provenance=Provenance(source=self.source, line=self.line, raw=self.text, format="text"),
        )


ParseResult = Annotated[Parsed | Failed, Field(discriminator="status")]
