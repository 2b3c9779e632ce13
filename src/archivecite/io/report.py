"""What reading and writing report: the references read, the entries that failed, and the
fields a target format could not hold."""

from __future__ import annotations

from dataclasses import dataclass

from archivecite.model import ReferenceKind

__all__ = ["Dropped", "ReadFailure", "ReadResult", "WriteResult"]


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """An entry that could not be read: where it is, why, and its raw text (never dropped)."""

    source: str
    line: int
    reason: str
    raw: str
    format: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ReadResult:
    """Every reference a file held, in order, and every entry that failed."""

    references: tuple[ReferenceKind, ...]
    failures: tuple[ReadFailure, ...]
    format: str
    encoding: str = "utf-8"

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass(frozen=True, slots=True)
class Dropped:
    """A model field a format cannot hold. ``field`` is a dotted path into the reference's
    ``model_dump()`` (``title.romanized``, ``authors.0.patronymic``, ``extra.bibtex:keywords``)."""

    index: int
    id: str | None
    field: str
    reason: str

    def __str__(self) -> str:
        who = self.id if self.id is not None else f"#{self.index + 1}"
        return f"{who}: {self.field}: {self.reason}"


@dataclass(frozen=True, slots=True)
class WriteResult:
    """The written text and what could not be carried over; ``str()`` gives the text."""

    text: str
    dropped: tuple[Dropped, ...]
    format: str

    def __str__(self) -> str:
        return self.text
