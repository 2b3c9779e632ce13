"""Changed copies of a citation's text and the way back: a copy with parts cut out, replaced
or put in, the index in the text as printed of each of its characters, and a reading of the
copy with its spans put back on the text as printed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from archivecite.parse.published.draft import PublishedParse


def inserted(changed: str, where: list[int], at: int, mark: str) -> tuple[str, list[int]]:
    """``mark`` put into a changed copy at ``at``, its characters mapped just after the one
    before it (where a cut part began, when the copy was cut there)."""
    after = where[at - 1] + 1 if at else 0
    return changed[:at] + mark + changed[at:], [*where[:at], *[after] * len(mark), *where[at:]]


def edited(
    text: str, matches: Iterable[re.Match[str]], kept: str | None = None
) -> tuple[str, list[int]]:
    """``text`` with each match cut out (or replaced by its group ``kept``), and the index in
    ``text`` of each character of the result (one more for its end)."""
    pieces: list[str] = []
    where: list[int] = []
    last = 0
    for match in matches:
        pieces.append(text[last : match.start()])
        where.extend(range(last, match.start()))
        if kept and match[kept]:
            pieces.append(match[kept])
            where.extend(range(*match.span(kept)))
        last = match.end()
    pieces.append(text[last:])
    where.extend(range(last, len(text) + 1))
    return "".join(pieces), where


def replaced(text: str, edits: Iterable[tuple[int, int, str]]) -> tuple[str, list[int]]:
    """``text`` with each part ``(start, end)`` (in order, apart) put in place by its
    replacement, and the index in ``text`` of each character of the result (one more for its
    end): a replacement's characters stand at the start of the part they replace."""
    pieces: list[str] = []
    where: list[int] = []
    last = 0
    for start, end, replacement in edits:
        pieces.extend((text[last:start], replacement))
        where.extend((*range(last, start), *[start] * len(replacement)))
        last = end
    pieces.append(text[last:])
    where.extend(range(last, len(text) + 1))
    return "".join(pieces), where


def mapped_back(
    text: str, parsed: PublishedParse | None, where: list[int]
) -> PublishedParse | None:
    """``parsed``, read from a changed copy of ``text``, its spans put back on ``text``."""
    if parsed is None:
        return None

    def back(index: int) -> int:
        return where[index] if index < len(where) else len(text)

    spans = tuple(
        span.model_copy(update={"start": back(span.start), "end": back(span.end)})
        for span in parsed.spans
    )
    return replace(parsed, spans=spans, rest_start=back(parsed.rest_start))


def without_stop(parsed: PublishedParse, stop: int) -> PublishedParse:
    """``parsed``, read with a full stop put back at ``stop``, on the text as printed."""

    def back(index: int) -> int:
        return index - 1 if index > stop else index

    spans = tuple(
        span.model_copy(update={"start": back(span.start), "end": back(span.end)})
        for span in parsed.spans
    )
    return replace(parsed, spans=spans, rest_start=back(parsed.rest_start))
