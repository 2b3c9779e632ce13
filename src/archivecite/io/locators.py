"""Typed locators rendered as the text a reference file carries (``f. 9401, op. 2, d. 582,
ll. 9–12``), for writers when a reference has a locator but no ``locator_text``."""

from __future__ import annotations

from archivecite.model import (
    ArchivalLocator,
    ChineseLocator,
    FolioRange,
    GenericLocator,
    JapaneseLocator,
    NaraLocator,
    RussianLocator,
    TnaLocator,
)
from archivecite.registry import locator_terms

__all__ = ["render_locator"]

# English abbreviations as Western historians print them; the CSL stage renders other languages.
_RUSSIAN = locator_terms("russian").labelled_levels("ru-Latn")
_NARA = (
    ("record_group", "RG"), ("entry", "Entry"), ("series", "Series"), ("lot", "Lot"),
    ("stack_area", "Stack Area"), ("box", "Box"), ("folder", "Folder"), ("file", "File"),
    ("year", "Year"), ("pages", "p."),
)  # fmt: skip
_CHINESE = (
    ("quanzong", "全宗"), ("mulu", "目录"), ("anjuan", "案卷"), ("jian", "件"),
    ("file_number", "档号"), ("pages", "页"),
)  # fmt: skip
_JAPANESE = (
    ("reference_code", "Ref."), ("call_number", "請求番号"), ("volume_title", ""),
    ("item_title", ""), ("pages", "p."),
)  # fmt: skip
_GENERIC = (
    ("collection", ""), ("series", "Series"), ("call_number", ""), ("box", "Box"),
    ("folder", "Folder"), ("item", "Item"), ("pages", "p."),
)  # fmt: skip


def _folio(folio_range: FolioRange) -> str:
    start = folio_range.start
    text = f"{start.number}{start.suffix}{' ob.' if start.verso else ''}"
    if folio_range.end is not None:
        end = folio_range.end
        text += f"–{end.number}{end.suffix}{' ob.' if end.verso else ''}"
    return text


def _folios(folios: tuple[FolioRange, ...]) -> str:
    single = len(folios) == 1 and folios[0].end is None
    return f"{'l.' if single else 'll.'} {', '.join(_folio(item) for item in folios)}"


def _labelled(locator: object, labels: tuple[tuple[str, str], ...]) -> list[str]:
    parts = []
    for attribute, label in labels:
        value = getattr(locator, attribute)
        if value is not None:
            parts.append(f"{label} {value}" if label else str(value))
    return parts


def render_locator(locator: ArchivalLocator) -> str:
    """``f. 9401, op. 2, d. 582, ll. 9–12``; ``FO 371/46234, ff. 3–4``; ``Ref. C01003827600``."""
    if isinstance(locator, RussianLocator):
        parts = _labelled(locator, _RUSSIAN)
        if locator.folios:
            parts.append(_folios(locator.folios))
    elif isinstance(locator, TnaLocator):
        parts = [locator.reference] if locator.reference else []
        if locator.folios:
            parts.append(_folios(locator.folios).replace("l", "f"))
    elif isinstance(locator, NaraLocator):
        parts = _labelled(locator, _NARA)
    elif isinstance(locator, ChineseLocator):
        parts = _labelled(locator, _CHINESE)
    elif isinstance(locator, JapaneseLocator):
        parts = _labelled(locator, _JAPANESE)
    else:
        assert isinstance(locator, GenericLocator)
        parts = _labelled(locator, _GENERIC)
    return ", ".join(parts)
