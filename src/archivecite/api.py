"""The stages composed into the jobs users run: a file of citations in, references and
diagnostics out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from archivecite import io
from archivecite.io import ReadResult, read_text
from archivecite.model import (
    ArchivalReference,
    BookReference,
    Diagnostic,
    Legend,
    ReferenceKind,
    Severity,
)
from archivecite.normalize import Normalized, normalize_all
from archivecite.parse import (
    Failed,
    Parsed,
    ParseResult,
    legend_of,
    parse_citation,
    parse_citations,
    parse_locator,
)

__all__ = ["LintReport", "lint", "parse_file", "read"]


def read(path_or_text: str | Path, *, format: str | None = None) -> ReadResult:
    """Read a BibTeX/BibLaTeX, CSL-JSON or RIS file (or its text) into references.

    Locator strings (``archive_location: "F. 9401, op. 2, d. 582, l. 9-12"``) become typed
    locators through the citation parser; the string itself is kept in ``locator_text``; a
    legend given as text (CSL ``medium: "Подлинник. Машинопись."``) gets its typed reading. An
    entry with no archive fields whose ``howpublished``, ``addendum``, note or title is a whole
    archival citation becomes the archival reference it cites, every field read kept.
    Entries that cannot be read are in ``failures``, never dropped.
    """
    result = io.read(path_or_text, format=format)
    references = (_cited_whole(_with_legend(_with_locator(item))) for item in result.references)
    return replace(result, references=tuple(references))


def _with_locator(reference: ReferenceKind) -> ReferenceKind:
    if not isinstance(reference, ArchivalReference) or reference.locator is not None:
        return reference
    if not reference.locator_text:
        return reference
    archive = reference.archive.id if reference.archive is not None else None
    locator = parse_locator(reference.locator_text, archive=archive)
    return reference if locator is None else reference.model_copy(update={"locator": locator})


def _with_legend(reference: ReferenceKind) -> ReferenceKind:
    if not isinstance(reference, ArchivalReference) or reference.legend is None:
        return reference
    if reference.legend != Legend(text=reference.legend.text):
        return reference  # typed already (archivecite's own extras carried it)
    return reference.model_copy(update={"legend": legend_of(reference.legend.text)})


# where an entry with no archive fields holds a whole archival citation ("@misc{..., howpublished
# = {GA RF. F. 9401, op. 2, d. 582, l. 9-12}}", a RIS note, a title that is the citation)
_CITATION_EXTRA = ("bibtex:howpublished", "bibtex:addendum")
_PUBLISHED_ONLY = frozenset(BookReference.model_fields) - frozenset(ArchivalReference.model_fields)


def _cited_whole(reference: ReferenceKind) -> ReferenceKind:
    """An archival document whose citation a file holds as text, not in archive fields: the
    archive and locator the citation gives. Every field read stays as it was."""
    if isinstance(reference, ArchivalReference):
        if reference.locator is not None or reference.locator_text:
            return reference
    elif not isinstance(reference, BookReference) or any(
        getattr(reference, name) for name in _PUBLISHED_ONLY
    ):
        return reference  # a published work's own fields say what it is
    texts = [reference.extra.get(name) for name in _CITATION_EXTRA]
    texts += [reference.note, reference.title.original if reference.title else None]
    for text in texts:
        if not isinstance(text, str):
            continue
        found = parse_citation(text)
        if not isinstance(found, Parsed) or len(found.references) != 1:
            continue
        (cited,) = found.references
        if isinstance(cited, ArchivalReference) and cited.archive and cited.locator:
            fields = reference.model_dump(exclude={"kind", *_PUBLISHED_ONLY})
            fields |= {"locator": cited.locator}
            fields["legend"] = fields.get("legend") or cited.legend
            fields["archive"] = fields.get("archive") or cited.archive
            return ArchivalReference.model_validate(fields)
    return reference


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
