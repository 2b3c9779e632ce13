"""citeproc-py, fixed (``archivecite.csl.fixes``) and made faster (``archivecite.csl.speedups``),
with each style compiled once.

An :class:`Engine` holds one compiled style for one locale and output format; ``engine(...)``
returns it from a cache, so a style file is read, checked and parsed once per process.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
from citeproc.source import Locator

from archivecite.csl import fixes, fused, speedups
from archivecite.csl.formats import formatter
from archivecite.csl.source import CslSource
from archivecite.csl.styles import read_style

__all__ = ["Cite", "Engine", "engine"]

speedups.apply()  # first: the fixes wrap the methods it makes faster
fixes.apply()
fused.apply()  # last: it fuses the chains the fixes built


@dataclass(frozen=True, slots=True)
class Cite:
    """One work cited in a note: its CSL id and an optional locator (``label`` as in CSL)."""

    id: str
    locator: str | None = None
    label: str = "page"
    prefix: str = ""
    suffix: str = ""


class Engine:
    """A compiled style, a locale and an output format."""

    def __init__(self, style: str | Path, *, locale: str = "en-US", output: str = "text") -> None:
        self.path, data = read_style(style)
        self.locale = locale
        self.output = output
        self._formatter = formatter(output)
        self._style = CitationStylesStyle(io.BytesIO(data), locale=locale, validate=False)
        speedups.pin(self._style.root)
        self._lock = threading.Lock()
        self.is_note_style = self._style.root.get("class") == "note"
        option = self._style.root.get_locale_option("punctuation-in-quote")
        self._piq = str(option).lower() == "true"

    @property
    def has_bibliography(self) -> bool:
        return bool(self._style.has_bibliography())

    def _bibliography(self, items: Sequence[Mapping[str, Any]]) -> CitationStylesBibliography:
        source = CslSource(items)
        return CitationStylesBibliography(self._style, source, self._formatter)

    def bibliography(self, items: Sequence[Mapping[str, Any]]) -> list[str]:
        """Bibliography entries for CSL-JSON ``items``, sorted as the style says."""
        return [entry for _, entry in self.bibliography_with_ids(items)]

    def bibliography_with_ids(self, items: Sequence[Mapping[str, Any]]) -> list[tuple[str, str]]:
        """``(id, entry)`` for each CSL-JSON item, in the style's bibliography order."""
        with self._lock, _locale_options(self._piq, self.locale):
            bibliography = self._bibliography(items)
            keys = list(bibliography.source)
            bibliography.register(Citation([CitationItem(key) for key in keys]))
            bibliography.sort()
            fixes.assign_year_suffixes(bibliography)
            layout = self._style.root.bibliography.layout
            states = fixes.entry_states(bibliography)
            entries: dict[Hashable, str | None] = {}  # works of one state have one entry
            out = []
            with fixes.bibliography_run():
                for item in bibliography.items:
                    state = None if states is None else states[str(item.key)]
                    if state is None or state not in entries:
                        rendered = layout.render_bibliography([item])
                        entry = str(rendered[0]) if rendered else None
                        if state is not None:
                            entries[state] = entry
                    else:
                        entry = entries[state]
                    if entry is not None:
                        out.append((str(item.key), entry))
            return out

    def notes(
        self, items: Sequence[Mapping[str, Any]], notes: Iterable[Sequence[Cite]]
    ) -> list[str]:
        """One rendered note per element of ``notes``: first, subsequent and ibid positions."""
        with self._lock, _locale_options(self._piq, self.locale):
            bibliography = self._bibliography(items)
            citations = [Citation([_citation_item(cite) for cite in note]) for note in notes]
            for note_number, citation in enumerate(citations, start=1):
                citation.note_index = note_number
                bibliography.register(citation)
            bibliography.sort()
            fixes.assign_year_suffixes(bibliography)
            return [str(bibliography.cite(citation, _unknown)) for citation in citations]


@contextmanager
def _locale_options(piq: bool, lang: str) -> Iterator[None]:
    token = fixes.punctuation_in_quote.set(piq)
    lang_token = fixes.sort_language.set(lang)
    try:
        yield
    finally:
        fixes.sort_language.reset(lang_token)
        fixes.punctuation_in_quote.reset(token)


def _citation_item(cite: Cite) -> CitationItem:
    extra: dict[str, Any] = {}
    if cite.locator:
        extra["locator"] = Locator(cite.label, cite.locator)
    if cite.prefix:
        extra["prefix"] = cite.prefix
    if cite.suffix:
        extra["suffix"] = cite.suffix
    return CitationItem(cite.id, **extra)


def _unknown(item: CitationItem) -> str:
    return f"[{item.key}?]"


@lru_cache(maxsize=64)
def engine(style: str | Path, *, locale: str = "en-US", output: str = "text") -> Engine:
    """The cached :class:`Engine` for a style, locale and output format."""
    return Engine(style, locale=locale, output=output)
