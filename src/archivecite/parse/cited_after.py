"""An archival file quoted after a publication: "Архив УФСБ РФ по Республике Марий Эл. Д. 595.
Л. 186–189. Цит. по: Сануков К. Н. Расправа … // Марийский юридический вестник. 2012. Вып. 9.
С. 25." (Memorial, 'История осуждений по спискам', note 18).

The note cites two things: the file, which the author did not read in the archive, and the
publication it is quoted from. Both are references, the file first; the file keeps the
publication as printed in ``extra["cited_after"]``, so that the relation survives a format that
has no field for it. The file is read from the text before the marker only, so it never takes
the publication's year, issue or page for its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from archivecite.model import Reference, Span
from archivecite.parse.archival import continuing_archival
from archivecite.parse.patterns import CITED_AFTER_PATTERN
from archivecite.parse.published import parse_published

__all__ = ["CitedAfter", "read_cited_after"]

# a publication read with less confidence stays in the file's extra only
_PUBLISHED_THRESHOLD = 0.5
_CLOSING = " .;)）]"


@dataclass(frozen=True, slots=True)
class CitedAfter:
    references: tuple[Reference, ...]
    spans: tuple[Span, ...]
    confidence: float


def read_cited_after(body: str, previous: Reference | None = None) -> CitedAfter | None:
    """The file and the publication it is quoted after, or ``None`` when no marker of
    ``data/cited_after.toml`` follows an archival locator in ``body``."""
    for marker in CITED_AFTER_PATTERN.finditer(body):
        head = body[: marker.start()]
        archival = continuing_archival(head, previous)
        if archival is None:
            continue
        end = len(body.rstrip(_CLOSING if marker["opening"] else " "))
        source = body[marker.end() : end]
        if not source.strip():
            return None
        files = tuple(
            reference.model_copy(update={"extra": {**reference.extra, "cited_after": source}})
            for reference in archival.references
        )
        spans = [
            *archival.spans,
            Span(field="cited_after", start=marker.start("marker"), end=marker.end("marker")),
        ]
        published = parse_published(source)
        if published is None or published.confidence < _PUBLISHED_THRESHOLD:
            return CitedAfter(files, tuple(spans), archival.confidence)
        spans.extend(
            Span(field=span.field, start=span.start + marker.end(), end=span.end + marker.end())
            for span in published.spans
        )
        return CitedAfter((*files, published.reference), tuple(spans), archival.confidence)
    return None
