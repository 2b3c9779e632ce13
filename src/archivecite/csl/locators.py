"""Typed archival locators written out in the language of the output.

``render_locator(RussianLocator(fond="R-9401", opis="2", delo="582", folios=...), lang="en")``
gives ``f. R-9401, op. 2, d. 582, ll. 9–12``; with ``lang="ru"`` it gives
``Ф. Р-9401. Оп. 2. Д. 582. Л. 9–12``. A JACAR reference code is ``Ref. C01003827600``
in every language (``Ref.C01003827600`` in Japanese, as JACAR prints it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final

from archivecite.model import (
    ArchivalLocator,
    ChineseLocator,
    Folio,
    FolioRange,
    GenericLocator,
    JapaneseLocator,
    NaraLocator,
    RussianLocator,
    TnaLocator,
)

__all__ = ["LOCATOR_LANGUAGES", "render_folios", "render_locator"]

LOCATOR_LANGUAGES: Final = ("en", "ru", "ja", "zh")
_EN_DASH: Final = "\u2013"
_LATIN_TO_CYRILLIC_PREFIX: Final = str.maketrans("RPAMKH", "РПАМКН")

# (attribute, English label, Russian label); the order is the archive's hierarchy.
_RUSSIAN_LEVELS: Final = (
    ("fond", "f.", "Ф."),
    ("subfond", "podf.", "Подф."),
    ("opis", "op.", "Оп."),
    ("razdel", "razd.", "Разд."),
    ("delo", "d.", "Д."),
    ("tom", "t.", "Т."),
    ("chast", "ch.", "Ч."),
    ("kartochka", "k.", "К."),
    ("sviazka", "sv.", "Св."),
    ("korobka", "kor.", "Кор."),
    ("papka", "pap.", "Пап."),
)


def _language(lang: str | None) -> str:
    primary = (lang or "en").split("-", maxsplit=1)[0].lower()
    return primary if primary in LOCATOR_LANGUAGES else "en"


def _folio(folio: Folio, verso_mark: str) -> str:
    return f"{folio.number}{folio.suffix}{verso_mark if folio.verso else ''}"


def render_folios(folios: Iterable[FolioRange], *, lang: str | None = "en") -> str:
    """``9–12``, ``46v–47`` (English), ``46 об.–47`` (Russian); ranges joined by ", "."""
    verso = " об." if _language(lang) == "ru" else "v"
    parts = []
    for folio_range in folios:
        text = _folio(folio_range.start, verso)
        if folio_range.end is not None:
            text += _EN_DASH + _folio(folio_range.end, verso)
        parts.append(text)
    return ", ".join(parts)


def _folio_label(folios: tuple[FolioRange, ...], *, russian: bool) -> str:
    several = len(folios) > 1 or any(folio.end is not None for folio in folios)
    if russian:
        return "Л."
    return "ll." if several else "l."


def _dashes(text: str) -> str:
    """Ranges in page and folio numbers take an en dash; identifiers keep their hyphens."""
    return text.replace("-", _EN_DASH) if text.replace("-", "").isdigit() else text


def _russian(locator: RussianLocator, lang: str) -> str:
    russian = lang == "ru"
    parts: list[str] = []
    for attribute, english, cyrillic in _RUSSIAN_LEVELS:
        value = getattr(locator, attribute)
        if not value:
            continue
        if russian and attribute == "fond" and locator.fond_prefix:
            value = value.translate(_LATIN_TO_CYRILLIC_PREFIX)
        parts.append(f"{cyrillic if russian else english} {value}")
    if locator.folios:
        label = _folio_label(locator.folios, russian=russian)
        parts.append(f"{label} {render_folios(locator.folios, lang=lang)}")
    return ". ".join(parts) if russian else ", ".join(parts)


def _japanese(locator: JapaneseLocator, lang: str) -> str:
    japanese = lang == "ja"
    parts: list[str] = []
    if locator.reference_code:
        parts.append(f"Ref.{'' if japanese else ' '}{locator.reference_code}")
    if locator.call_number:
        parts.append(f"請求番号 {locator.call_number}" if japanese else locator.call_number)
    if locator.pages:
        pages = _dashes(locator.pages)
        parts.append(f"{pages}画像目" if japanese else f"image {pages}")
    return ("、" if japanese else ", ").join(parts)


def _chinese(locator: ChineseLocator, lang: str) -> str:
    chinese = lang == "zh"
    labels = (
        ("quanzong", "全宗号", "fonds"),
        ("mulu", "目录号", "catalogue"),
        ("anjuan", "案卷号", "file"),
        ("jian", "件号", "item"),
    )
    parts: list[str] = []
    if locator.file_number:
        parts.append(f"档号{locator.file_number}" if chinese else locator.file_number)
    for attribute, hanzi, english in labels:
        value = getattr(locator, attribute)
        if value:
            parts.append(f"{hanzi}{value}" if chinese else f"{english} {value}")
    if locator.pages:
        pages = _dashes(locator.pages)
        parts.append(f"第{pages}页" if chinese else f"p. {pages}")
    return ("，" if chinese else ", ").join(parts)


def _nara(locator: NaraLocator, lang: str) -> str:
    del lang
    fields = (
        ("record_group", "RG"),
        ("entry", "Entry"),
        ("series", "Series"),
        ("lot", "Lot"),
        ("stack_area", "Stack Area"),
        ("box", "Box"),
        ("folder", "Folder"),
        ("file", "File"),
        ("pages", "p."),
    )
    parts = []
    for attribute, label in fields:
        value = getattr(locator, attribute)
        if value:
            parts.append(f"{label} {_dashes(value) if attribute == 'pages' else value}")
    return ", ".join(parts)


def _tna(locator: TnaLocator, lang: str) -> str:
    parts = [locator.reference] if locator.reference else []
    if locator.folios:
        several = len(locator.folios) > 1 or any(f.end is not None for f in locator.folios)
        parts.append(f"{'ff.' if several else 'f.'} {render_folios(locator.folios, lang=lang)}")
    return ", ".join(parts)


def _generic(locator: GenericLocator, lang: str) -> str:
    del lang
    fields = (
        ("collection", ""),
        ("series", "Series "),
        ("call_number", ""),
        ("box", "Box "),
        ("folder", "Folder "),
        ("item", "Item "),
        ("pages", "p. "),
    )
    parts = []
    for attribute, label in fields:
        value = getattr(locator, attribute)
        if value:
            parts.append(f"{label}{_dashes(value) if attribute == 'pages' else value}")
    return ", ".join(parts)


_RENDERERS: Final[dict[str, Callable[[ArchivalLocator, str], str]]] = {
    "russian": _russian,  # type: ignore[dict-item]
    "japanese": _japanese,  # type: ignore[dict-item]
    "chinese": _chinese,  # type: ignore[dict-item]
    "nara": _nara,  # type: ignore[dict-item]
    "tna": _tna,  # type: ignore[dict-item]
    "generic": _generic,  # type: ignore[dict-item]
}


def render_locator(locator: ArchivalLocator, *, lang: str | None = "en") -> str:
    """The locator as the text of CSL ``archive_location`` in output language ``lang``."""
    return _RENDERERS[locator.system](locator, _language(lang))
