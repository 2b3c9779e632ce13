"""Free-text citations and whole reference lists into references, never dropping an entry."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from archivecite.model import (
    ArchivalReference,
    Name,
    Provenance,
    Reference,
    Span,
)
from archivecite.parse import patterns
from archivecite.parse.archival import (
    continuing_archival,
    find_archives,
    generic_archival,
    parse_archival,
    unregistered_generic,
)
from archivecite.parse.cited_after import read_cited_after
from archivecite.parse.collection_notes import (
    continuing_box,
    expand_short_names,
    read_collection_note,
)
from archivecite.parse.published import cited_locator, parse_published, strip_label
from archivecite.parse.published.scanning import script_of
from archivecite.parse.result import Failed, Parsed, ParseResult
from archivecite.parse.series_paths import read_series_path
from archivecite.translit import unmix_homoglyphs

__all__ = ["MAX_CITATION_LENGTH", "Entry", "parse_citation", "parse_citations", "split_entries"]

MAX_CITATION_LENGTH = 5_000
_EXPECTED = "an archival locator (archive, fond, opis, delo...) or a published work (author, title)"
_PUBLISHED_THRESHOLD = 0.5
# What a repeated author's dash is read as (by its separator, and the script of the entry), so
# that each reader finds a head where it expects one; the name itself is never kept.
_STAND_INS = {
    (",", False): "Nomen Nescio, ",
    (".", False): "Nescio, N. ",
    (",", True): "Нескио Н., ",
    (".", True): "Нескио Н. ",
}

# A list's geometric bullets ("■吉見 義明 19870707 『草の根のファシズム』", arsvi.com) are never
# part of a citation, so they need no space after them.
_ENUMERATOR = re.compile(
    r"^\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)](?!\d)|[-*•–]\s|[■□◆◇●○▪▫►▶])\s*"
)
# Unicode's hyphen and non-breaking hyphen (450‑451, "41‑60" as web pages print them) are the
# ASCII hyphen the readers know.
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class Entry:
    """One reference of a list: its text and the line it starts on (1-based)."""

    text: str
    line: int


def _check(text: str, line: int | None, source: str | None) -> Failed | None:
    if not text.strip():
        return Failed(text=text, expected="a citation", position=0, line=line, source=source)
    if len(text) > MAX_CITATION_LENGTH:
        return Failed(
            text=text[:200],
            expected=f"a citation of at most {MAX_CITATION_LENGTH:,} characters "
            f"(found {len(text):,})",
            position=MAX_CITATION_LENGTH if len(text) < 200 else 0,
            line=line,
            source=source,
        )
    control = _CONTROL.search(text)
    if control is not None:
        return Failed(
            text=text,
            expected=f"text, not binary data (control character {control.group()!r})",
            position=control.start(),
            line=line,
            source=source,
        )
    return None


def _shift(spans: Iterable[Span], offset: int) -> tuple[Span, ...]:
    if not offset:
        return tuple(spans)
    return tuple(
        Span(field=span.field, start=span.start + offset, end=span.end + offset) for span in spans
    )


def _with_provenance(
    references: Iterable[Reference], text: str, line: int | None, source: str | None
) -> tuple[Reference, ...]:
    provenance = Provenance(source=source, line=line, raw=text, format="text")
    return tuple(
        reference.model_copy(update={"provenance": provenance}) for reference in references
    )


def parse_citation(
    text: str,
    *,
    previous: Reference | None = None,
    line: int | None = None,
    source: str | None = None,
) -> ParseResult:
    """Read one citation.

    ``previous`` is the reference an "Ibid." / "Там же" refers to. Returns ``Parsed`` with the
    references, the spans used and a confidence, or ``Failed`` saying what was expected where.
    """
    failure = _check(text, line, source)
    if failure is not None:
        return failure
    # Look-alike letters are read in their word's script ("GАRF" with a Cyrillic А is GARF), a
    # line break inside one citation is a space, a Unicode hyphen an ASCII one, Markdown's "_"
    # italics its "*", italics split in two ("*A* *b*") one run, and a "?" for a character lost
    # in a copy a space; one character for one, so spans hold for ``text``, which keeps them as
    # written.
    clean = unmix_homoglyphs(
        patterns.SPACE_PATTERN.sub(" ", text).replace("\n", " ").translate(_HYPHENS)
    )
    clean = patterns.UNDERSCORE_ITALICS_PATTERN.sub("*", clean)
    clean = patterns.SPLIT_ITALICS_PATTERN.sub("   ", clean)
    clean = patterns.LOST_CHARACTER_PATTERN.sub(" ", clean)
    clean = _lost_letters(clean)
    enumerator = _ENUMERATOR.match(clean)
    offset = enumerator.end() if enumerator else 0
    _, label_end = strip_label(clean[offset:])
    offset += label_end
    spans: list[Span] = []
    if offset:
        spans.append(Span(field="label", start=0, end=offset))
    signal = patterns.SIGNAL_PATTERN.match(clean, offset)
    if signal is not None:
        spans.append(Span(field="signal", start=signal.start("signal"), end=signal.end("signal")))
        offset = signal.end()
    body = clean[offset:]

    def parsed(references: Iterable[Reference], found: Iterable[Span], confidence: float) -> Parsed:
        if _LOST_SMALL in clean or _LOST_CAPITAL in clean:
            references = [_restored(reference) for reference in references]
        return Parsed(
            text=text,
            references=_with_provenance(references, text, line, source),
            spans=(*spans, *_shift(found, offset)),
            confidence=confidence,
            line=line,
            source=source,
        )

    ibid = patterns.IBID_PATTERN.match(body) or patterns.IBID_ANYWHERE_PATTERN.search(body)
    if ibid is not None and isinstance(previous, ArchivalReference):
        spans.append(Span(field="ibid", start=offset + ibid.start(), end=offset + ibid.end()))
        # "Ibid., File 40." after "HRC, Box 13, File 39.": the box's other file
        archival = continuing_box(body, ibid.end(), previous) or parse_archival(
            body, previous=previous
        )
        if archival is None:
            return parsed([previous], [], 0.9)
        return parsed(archival.references, archival.spans, archival.confidence)
    ibid_published = _ibid_published(body, previous, offset)
    if ibid_published is not None:  # "Ibid., 46." after a published work: that work, that page
        reference, found = ibid_published
        spans.append(found[0])
        return parsed([reference], found[1:], 0.9)

    repeated = _repeated_author(body, previous)
    if repeated is not None:  # "———, *Title* (...)": the author of the entry before
        reference, found, confidence = repeated
        return parsed([reference], found, confidence)

    archives = find_archives(body)
    # "Andrei Sakharov Papers (henceforth MS Russ 79), Box 30", "MS Russ 79, Box 45, File 2783":
    # a collection's box and file, by its call number or initials ("File" is no delo here)
    noted = None if archives else read_collection_note(body)
    # "… Л. 186–189. Цит. по: Сануков К. Н. …": the file, then the publication it is quoted after
    located = noted or read_cited_after(body, previous) or continuing_archival(body, previous)
    if located is not None:
        return parsed(located.references, located.spans, located.confidence)
    # "Nicolaevsky’s collection, …, box 4. Letter …, May 1, 1961, p. 2.": the box of a collection
    # or an institution the registry does not know is archival, whatever the rest reads like.
    # "国立公文書館>内閣法制局>法令案審議録関係": a series by its place in the archive's hierarchy
    boxed = read_series_path(body, archives) if archives else unregistered_generic(body)
    if boxed is not None:
        return parsed(boxed.references, boxed.spans, boxed.confidence)
    held = any(
        patterns.HELD_BY_PATTERN.match(body, archive.end)
        or (archive.start == 0 and patterns.ARCHIVE_THEN_TITLE_PATTERN.match(body, archive.end))
        for archive in archives
    )
    # the line breaks put back for the readers of blocks whose lines are their fields
    lined = (
        "".join("\n" if char == "\n" else kept for char, kept in zip(text, clean, strict=True))
        if "\n" in text and len(text) == len(clean)
        else None
    )
    published = None if held else parse_published(body, lined=lined and lined[offset:])
    if published is not None and published.confidence >= _PUBLISHED_THRESHOLD:
        return parsed([published.reference], published.spans, published.confidence)
    authored = any(patterns.AUTHORED_BY_PATTERN.match(body, archive.end) for archive in archives)
    generic = None if authored else generic_archival(body, archives)
    if generic is not None:
        return parsed(generic.references, generic.spans, generic.confidence)
    if published is not None:
        return parsed([published.reference], published.spans, published.confidence)
    return Failed(text=text, expected=_EXPECTED, position=offset, line=line, source=source)


def _lost_letters(text: str) -> str:
    """``perevod?eskaja``, ``Laty?ev``, ``?vejcer``: a ``?`` a copy put for a letter it lost
    (HAL's lists extracted from PDF), read as a letter of its own (a capital opening a word) so
    that names and titles are read; :func:`_restored` puts the ``?`` back in the values. Not in
    a URL (``read_article.php?id=38869``)."""

    def letter(match: re.Match[str]) -> str:
        token_start = max(text.rfind(" ", 0, match.start()), text.rfind("\n", 0, match.start()))
        token_end = text.find(" ", match.end())
        token = text[token_start + 1 : token_end if token_end >= 0 else len(text)]
        if patterns.QUERY_TOKEN_PATTERN.search(token):
            return "?"
        following = text[match.end()]
        opening = match.start() == 0 or not text[match.start() - 1].isalpha()
        return _LOST_CAPITAL if opening and following.islower() else _LOST_SMALL

    if "?" not in text:
        return text
    return patterns.LOST_LETTER_PATTERN.sub(letter, text)


# Letters no citation prints, standing for a lost one while the readers read (Latin capital and
# small glottal stop, which str.isupper / str.isalpha take for letters).
_LOST_CAPITAL, _LOST_SMALL = "\u0241", "\u0242"
_LOST_BACK = str.maketrans({_LOST_CAPITAL: "?", _LOST_SMALL: "?"})


def _restored(value: Any) -> Any:
    """``value`` (a reference, or any of its parts) with each lost letter's ``?`` back."""
    if isinstance(value, str):
        return value.translate(_LOST_BACK)
    if isinstance(value, BaseModel):
        update = {name: _restored(getattr(value, name)) for name in type(value).model_fields}
        return value.model_copy(update=update)
    if isinstance(value, tuple):
        return tuple(_restored(item) for item in value)
    if isinstance(value, list):
        return [_restored(item) for item in value]
    if isinstance(value, dict):
        return {key: _restored(item) for key, item in value.items()}
    return value


def _ibid_published(
    body: str, previous: Reference | None, offset: int
) -> tuple[Reference, list[Span]] | None:
    """The published work before an "Ibid." that adds nothing but a cited page, with that page
    as its ``extra["locator"]``; the "ibid" span (shifted to the text) comes first."""
    ibid = patterns.IBID_PATTERN.match(body)
    if ibid is None or previous is None or isinstance(previous, ArchivalReference):
        return None
    found = [Span(field="ibid", start=offset + ibid.start(), end=offset + ibid.end())]
    rest = len(body.rstrip())
    if ibid.end() >= rest:
        return previous, found
    cited = cited_locator(body, ibid.end(), rest) or _russian_pages(body, ibid.end(), rest)
    if cited is None:
        return None
    found.append(Span(field="locator", start=ibid.end(), end=rest))
    return previous.model_copy(update={"extra": {**previous.extra, "locator": cited}}), found


def _russian_pages(body: str, start: int, end: int) -> str | None:
    """``Там же. С. 15–17.``: the cited pages after a Russian-style page label, dashes joined."""
    found = patterns.IBID_RUSSIAN_PAGES_PATTERN.fullmatch(body, start, end)
    if found is None:
        return None
    return re.sub(r"\s?[–—-]\s?", "-", found["pages"])


def _repeated_author(
    body: str, previous: Reference | None
) -> tuple[Reference, list[Span], float] | None:
    """An entry whose author is a dash, read as if a name stood there, with the names of the
    reference before it (none when there is none, or it is archival): the dash stands for the
    head of the entry above, so its names are copied, not read."""
    dash = patterns.REPEATED_AUTHOR_PATTERN.match(body)
    if dash is None:
        return None
    rest = body[dash.end() :]
    cyrillic = script_of(rest) == "Cyrl"
    stand_in = _STAND_INS[(dash["separator"] or ".", cyrillic)]
    published = parse_published(stand_in + rest)
    if published is None or published.confidence < _PUBLISHED_THRESHOLD:
        return None
    shift = dash.end() - len(stand_in)
    found = [Span(field="repeated_author", start=dash.start("dash"), end=dash.end("dash"))]
    found += [
        Span(field=span.field, start=span.start + shift, end=span.end + shift)
        for span in published.spans
        if span.start >= len(stand_in)
    ]
    authors: tuple[Name, ...] = ()
    editors: tuple[Name, ...] = ()
    if previous is not None and not isinstance(previous, ArchivalReference):
        authors = previous.authors
        editors = () if authors else previous.editors
    reference = published.reference.model_copy(update={"authors": authors, "editors": editors})
    return reference, found, published.confidence


def split_entries(text: str) -> list[Entry]:
    """Cut a reference list into entries.

    A numbered or bulleted list starts an entry at each number; otherwise blank lines separate
    entries when some entry spans several lines, and each line is an entry when none does.
    """
    lines = text.splitlines()
    filled = [index for index, line in enumerate(lines) if line.strip()]
    if not filled:
        return []
    marked = [index for index in filled if _ENUMERATOR.match(lines[index])]
    if len(marked) * 2 >= len(filled):
        return _join_runs(lines, starts=set(marked))
    paragraphs = _join_runs(lines, starts=set())
    if 1 < len(paragraphs) < len(filled):
        return paragraphs
    return [Entry(lines[index].strip(), index + 1) for index in filled]


def _join_runs(lines: list[str], *, starts: set[int]) -> list[Entry]:
    entries: list[Entry] = []
    current: list[str] = []
    first_line = 0
    for index, line in enumerate(lines):
        begins = index in starts or (not starts and (not current or not lines[index - 1].strip()))
        if not line.strip():
            if not starts and current:
                entries.append(Entry(" ".join(current), first_line + 1))
                current = []
            continue
        if begins and current:
            entries.append(Entry(" ".join(current), first_line + 1))
            current = []
        if not current:
            first_line = index
        current.append(line.strip())
    if current:
        entries.append(Entry(" ".join(current), first_line + 1))
    return entries


def parse_citations(
    text_or_lines: str | Iterable[str], *, source: str | None = None
) -> list[ParseResult]:
    """Read a whole reference list; every entry comes back, parsed or failed, in order.

    A string is cut into entries by :func:`split_entries`; an iterable gives one entry per item.
    "Ibid." entries resolve against the reference before them (the last one an entry gives,
    or another of its references when the last cannot be the one meant).
    """
    if isinstance(text_or_lines, str):
        entries = split_entries(text_or_lines)
    else:
        entries = [Entry(item, number) for number, item in enumerate(text_or_lines, start=1)]
    results: list[ParseResult] = []
    previous: tuple[Reference, ...] = ()
    short_names: dict[str, ArchivalReference] = {}
    for entry in entries:
        # the last reference first; a file quoted after a publication ("Цит. по: …") is the
        # previous of a following "Там же. Л. 170."
        for candidate in tuple(reversed(previous)) or (None,):
            result = parse_citation(entry.text, previous=candidate, line=entry.line, source=source)
            if isinstance(result, Parsed):
                break
        result = expand_short_names(result, short_names)
        results.append(result)
        if isinstance(result, Parsed):
            previous = result.references
    return results
