"""The archaeographic legend after an archival locator: ``Подлинник. Машинопись.``,
``Заверенная копия``, ``Original. Typescript.``, ``(копия)``, ``Опубл.: …``.

A legend opens right after the locator with a term of ``parse/data/legend.toml`` (or the label
of a publication); the terms that follow give its typed reading (the first authenticity and the
first medium named). Words after them that the reader does not know stay in the legend's text as
printed (``Подлинник. Рукопись И. В. Сталина``), never in a title.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from archivecite.model import Authenticity, Legend, Medium, Span
from archivecite.parse.patterns import (
    LAST_WORD_PATTERN,
    LEGEND_GAP_PATTERN,
    LEGEND_PUBLISHED_PATTERN,
    LEGEND_TERM_PATTERN,
    LEGEND_TERMS,
    legend_key,
)
from archivecite.parse.tables import data_table

__all__ = ["LegendHit", "legend_of", "read_legend", "without_full_stop"]

_CLOSERS = ".)]"


@dataclass(frozen=True, slots=True)
class LegendHit:
    legend: Legend
    spans: tuple[Span, ...]


def read_legend(text: str, start: int, end: int, *, to_end: bool) -> LegendHit | None:
    """The legend that opens ``text[start:end]``, or ``None``.

    With ``to_end`` the legend runs to ``end`` (the last locator of a note: whatever follows its
    terms is kept as printed); otherwise it ends with its last term (another file's archive
    and locator follow)."""
    opening = start + len(text[start:end]) - len(text[start:end].lstrip(" \t\n.,;:"))
    position = LEGEND_GAP_PATTERN.match(text, opening, end)
    position_at = position.end() if position else opening
    authenticity: Authenticity | None = None
    medium: Medium | None = None
    spans: list[Span] = []
    last = None
    while (found := LEGEND_TERM_PATTERN.match(text, position_at, end)) is not None:
        read_authenticity, read_medium = LEGEND_TERMS[legend_key(found.group())]
        if read_authenticity is not None and authenticity is None:
            authenticity = Authenticity(read_authenticity)
            spans.append(Span(field="authenticity", start=found.start(), end=found.end()))
        if read_medium is not None and medium is None:
            medium = Medium(read_medium)
            spans.append(Span(field="medium", start=found.start(), end=found.end()))
        last = found.end()
        gap = LEGEND_GAP_PATTERN.match(text, last, end)
        position_at = gap.end() if gap else last
    published_in = None
    label = LEGEND_PUBLISHED_PATTERN.search(text, position_at, end) if to_end else None
    if label is not None and last is None and label.start() != position_at:
        label = None  # a legend opens with its terms or with the publication
    if label is not None and text[label.end() : end].strip():
        published_in = text[label.end() : end].strip()
        spans.append(Span(field="published_in", start=label.end(), end=end))
        last = end
    if last is None:
        return None
    if to_end:
        last = end
    else:
        while last < end and text[last] in _CLOSERS:
            last += 1
    printed = text[opening:last].rstrip()
    spans.insert(0, Span(field="legend", start=opening, end=opening + len(printed)))
    legend = Legend(
        text=printed, authenticity=authenticity, medium=medium, published_in=published_in
    )
    return LegendHit(legend, tuple(spans))


def legend_of(text: str) -> Legend:
    """The typed reading of a legend a file gives as text (CSL ``medium``, BibTeX
    ``howpublished``, RIS ``M2``); the text stays as given, read or not."""
    hit = read_legend(text, 0, len(text), to_end=True)
    return hit.legend.model_copy(update={"text": text}) if hit is not None else Legend(text=text)


def without_full_stop(text: str) -> str:
    """A legend without the full stop that ends its last sentence (``Подлинник. Машинопись.`` →
    ``Подлинник. Машинопись``), for a style that puts its own punctuation after it; the dot of
    an abbreviation stays (``Подл. Типографский экз.``, ``Рукопись И. В. Сталина``)."""
    stripped = text.rstrip()
    if not stripped.endswith(".") or stripped.endswith(".."):
        return stripped
    word = LAST_WORD_PATTERN.search(stripped[:-1])
    if word is not None and (len(word.group()) == 1 or word.group().casefold() in _abbreviations()):
        return stripped
    return stripped[:-1]


@cache
def _abbreviations() -> frozenset[str]:
    """The words a legend abbreviates with a dot: its terms' own (``подл.``, ``экз.``) and the
    data file's list of others (``об.``, ``г.``)."""
    table = data_table("legend.toml")
    groups = [*table["authenticity"].values(), *table["medium"].values()]
    words = [word for words in groups for word in words] + list(table["published"]["labels"])
    ends = {word.split()[-1][:-1].casefold() for word in words if word.endswith(".")}
    return frozenset(ends | set(table["abbreviations"]["words"]))
