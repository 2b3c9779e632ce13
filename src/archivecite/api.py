"""The stages composed into the jobs users run: a file of citations in, references and
diagnostics out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from archivecite.io import read_text
from archivecite.model import Diagnostic, Severity
from archivecite.normalize import Normalized, normalize_all
from archivecite.parse import Failed, Parsed, ParseResult, parse_citations

__all__ = ["LintReport", "lint", "parse_file"]


def parse_file(path: str | Path) -> list[ParseResult]:
    """Every entry of a reference list file, parsed or failed, in order."""
    return parse_citations(read_text(path), source=str(path))


@dataclass(frozen=True, slots=True)
class LintReport:
    """Normalized references and every finding about them, unparsed entries included."""

    normalized: tuple[Normalized, ...]
    diagnostics: tuple[Diagnostic, ...]

    @property
    def has_errors(self) -> bool:
        return any(item.severity is Severity.ERROR for item in self.diagnostics)


def _failure(result: Failed) -> Diagnostic:
    return Diagnostic(
        code="unparsed",
        severity=Severity.ERROR,
        message=result.message.split(": ", 1)[-1],
        line=result.line,
        source=result.source,
    )


def lint(results: Sequence[ParseResult], *, scheme: str | None = None) -> LintReport:
    """Normalize what parsed, as one list, and report it together with what did not parse."""
    references = [
        reference
        for result in results
        if isinstance(result, Parsed)
        for reference in result.references
    ]
    normalized = normalize_all(references, scheme=scheme)
    diagnostics = [_failure(result) for result in results if isinstance(result, Failed)]
    diagnostics.extend(item for result in normalized for item in result.diagnostics)
    diagnostics.sort(key=lambda item: (item.source or "", item.line or 0))
    return LintReport(tuple(normalized), tuple(diagnostics))
