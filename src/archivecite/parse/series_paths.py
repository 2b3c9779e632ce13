"""A series cited by its place in an archive's hierarchy, levels joined by '>', as JACAR prints
the groups of records it releases: "防衛省防衛研究所>陸軍一般史料>濠北>2A" (archive > fonds >
region > the Second Army's records), and in its English newsletter "The National Institute for
Defense Studies, Ministry of Defense > Army Records (Rid of Dainikki) > Gohoku (Islands North
of Australia) >2A". The first level names the archive; the levels below it are the series'
path, kept as printed in the locator's ``series`` (one level per '>', joined by " > "), so that
two paths are compared level by level (see :mod:`archivecite.dedupe.series_paths`)."""

from __future__ import annotations

from archivecite.model import ArchivalReference, ArchiveRef, GenericLocator, Span, Text
from archivecite.parse import patterns
from archivecite.parse.archival import ArchivalParse, ArchiveHit
from archivecite.parse.dates import find_date
from archivecite.parse.text import language_of

__all__ = ["LEVEL_JOINER", "read_series_path"]

LEVEL_JOINER = " > "
_LONGEST_LEVEL = 80  # characters: a level is a name, not a sentence
_MOST_LEVELS = 8


def read_series_path(text: str, archives: list[ArchiveHit]) -> ArchivalParse | None:
    """The archive and the levels below it when ``text`` is such a path and nothing else: the
    archive named in its first level, one level or more after it, each a short name."""
    separators = list(patterns.PATH_SEPARATOR_PATTERN.finditer(text))
    if not separators or not archives or len(separators) >= _MOST_LEVELS:
        return None
    found = archives[0]
    first_end = separators[0].start()
    if found.end > first_end or len(text[:first_end].strip()) > _LONGEST_LEVEL:
        return None
    bounds = [sep.end() for sep in separators]
    ends = [sep.start() for sep in separators[1:]] + [len(text.rstrip())]
    levels = [text[start:end].strip() for start, end in zip(bounds, ends, strict=True)]
    if any(
        not level
        or len(level) > _LONGEST_LEVEL
        or patterns.PATH_LEVEL_STOP_PATTERN.search(level)
        or not any(char.isalnum() for char in level)
        for level in levels
    ):
        return None
    if patterns.PATH_LEVEL_STOP_PATTERN.search(text[:first_end]):
        return None
    archive = found.match.archive
    language = language_of(text)
    if language == "zh" and archive.country == "jp":
        language = "ja"  # kanji without kana in a Japanese archive's path
    date_hit = find_date(text, start=bounds[0])  # a yearly volume's year: 昭和21年度分
    reference = ArchivalReference(
        date=date_hit.date if date_hit else None,
        archive=ArchiveRef(id=archive.id, name=Text(original=text[found.start : found.end])),
        locator=GenericLocator(series=LEVEL_JOINER.join(levels)),
        language=language,
    )
    spans = [
        Span(field="archive", start=found.start, end=found.end),
        Span(field="series", start=bounds[0], end=ends[-1]),
    ]
    if date_hit is not None:
        spans.append(Span(field="date", start=date_hit.start, end=date_hit.end))
    return ArchivalParse((reference,), tuple(spans), 0.8)
