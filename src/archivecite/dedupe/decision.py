"""What scoring one pair decides: the level of sameness, a reason per field, the decision."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["LEVEL_RANK", "PairDecision", "Reason", "Sameness"]


class Sameness(StrEnum):
    """How two references are the same, strictest first."""

    DOCUMENT = "document"  # the same document, or the same edition of a work
    FILE = "file"  # the same archival file (delo), other folios
    WORK = "work"  # the same work: another edition, translation or transliteration


LEVEL_RANK = {Sameness.DOCUMENT: 0, Sameness.FILE: 1, Sameness.WORK: 2}


@dataclass(frozen=True, slots=True)
class Reason:
    field: str
    text: str

    def __str__(self) -> str:
        return f"{self.field}: {self.text}"


@dataclass(frozen=True, slots=True)
class PairDecision:
    """``sameness`` is ``None`` when the pair is not the same; ``conflict`` when a hard rule
    says so (the pair must never end up in one cluster)."""

    left: int
    right: int
    score: float
    sameness: Sameness | None
    conflict: bool
    reasons: tuple[Reason, ...]
