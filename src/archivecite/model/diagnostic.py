"""Findings about references that a person should look at: never silent changes."""

from __future__ import annotations

from enum import StrEnum

from archivecite.model.common import FrozenModel

__all__ = ["Diagnostic", "Severity"]


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Diagnostic(FrozenModel):
    """One finding: a stable ``code``, what is wrong, and where (field, value, line)."""

    code: str
    severity: Severity
    message: str
    field: str | None = None
    value: str | None = None
    index: int | None = None
    line: int | None = None
    source: str | None = None

    def location(self) -> str:
        where = self.source or "<input>"
        return f"{where}:{self.line}" if self.line is not None else where

    def __str__(self) -> str:
        return f"{self.location()}: {self.severity}: {self.message} [{self.code}]"
