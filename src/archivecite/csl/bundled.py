"""What our bundled styles need from the data: archive names, locators and defaults.

A CSL style lays out variables; it cannot look an archive up or re-spell a locator. Each
bundled style therefore has a :class:`StyleProfile` saying how the archival variables of a
typed reference are written for it before citeproc sees them:

``gost-r-7-0-100-2018-archival``
    ``archive`` is the Russian abbreviation (``ГА РФ``), ``archive_location`` the locator in
    Russian (``Ф. Р-9401. Оп. 2. Д. 582. Л. 9–12``); documents seen through JACAR name
    ``JACAR`` as the archive and keep the reference code.
``scopus-references-russian``
    ``archive`` is the romanized abbreviation, the romanized full name in parentheses and the
    English name in brackets (``GA RF (Gosudarstvennyy arkhiv Rossiyskoy Federatsii) [State
    Archive of the Russian Federation]``), the names from the registry, the full name romanized
    in the mode's scheme; ``archive_location`` is the Russian locator romanized (``f. 9401,
    op. 2, d. 582, l. 9-12``: ``l.`` stands for ``Л.``, singular or plural, ranges with a hyphen).
``jacar-japanese``
    ``source`` is ``JACAR（アジア歴史資料センター）``, ``archive_location`` the reference code
    (``Ref.C01003827600``), ``call-number`` the holding archive's call number and ``archive``
    the holding archive as JACAR names it (国立公文書館, 外務省外交史料館, 防衛省防衛研究所).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

from archivecite.csl.locators import render_folios, render_locator
from archivecite.csl.modes import Mode
from archivecite.model import ArchivalReference, FolioRange, JapaneseLocator, RussianLocator
from archivecite.registry import default_registry, locator_terms
from archivecite.registry.schema import Archive

__all__ = ["PROFILES", "StyleProfile", "profile_for", "shape_archival", "shape_names"]

ArchiveForm = Literal["gost", "scopus", "jacar"]


@dataclass(frozen=True, slots=True)
class StyleProfile:
    """How one bundled style wants archival references written, and its defaults."""

    name: str
    archive_form: ArchiveForm
    locale: str
    mode: str


PROFILES: Final[dict[str, StyleProfile]] = {
    profile.name: profile
    for profile in (
        StyleProfile("gost-r-7-0-100-2018-archival", "gost", "ru-RU", "original"),
        StyleProfile(
            "scopus-references-russian", "scopus", "en-US", "translit+translation+in-language"
        ),
        StyleProfile("jacar-japanese", "jacar", "ja-JP", "original"),
    )
}

# JACAR's reference codes begin with the holding archive's letter; these are the names
# JACAR prints in parentheses in its recommended citations (論文などへの引用例).
JACAR_HOLDERS: Final[dict[str, str]] = {
    "A": "国立公文書館",
    "B": "外務省外交史料館",
    "C": "防衛省防衛研究所",
}
JACAR_NAME: Final = "JACAR（アジア歴史資料センター）"
_STYLES_DIRECTORY: Final = Path(__file__).parent / "data" / "styles"

_ROMANIZED_LEVELS: Final = locator_terms("russian").labelled_levels("ru-Latn")


def profile_for(style: str | Path) -> StyleProfile | None:
    """The profile of a bundled style given by name or by its file; ``None`` for others."""
    if isinstance(style, Path) or "/" in style or style.endswith(".csl"):
        path = Path(style)
        if path.resolve().parent != _STYLES_DIRECTORY.resolve():
            return None
        style = path.stem
    return PROFILES.get(style)


def _archive(reference: ArchivalReference) -> Archive | None:
    ref = reference.archive
    if ref is None or ref.id is None:
        return None
    registry = default_registry()
    return registry.get(ref.id) if ref.id in registry else None


def _romanized_folios(folios: tuple[FolioRange, ...]) -> str:
    parts = []
    for folio_range in folios:
        start, end = folio_range.start, folio_range.end
        text = f"{start.number}{start.suffix}{' ob.' if start.verso else ''}"
        if end is not None:
            text += f"-{end.number}{end.suffix}{' ob.' if end.verso else ''}"
        parts.append(text)
    return ", ".join(parts)


def romanized_russian_locator(locator: RussianLocator) -> str:
    """``f. 9401, op. 2, d. 582, l. 9-12``: the Russian labels romanized, as Russian journals
    print archival references in Roman script (``l.`` is ``Л.``, one folio or several)."""
    parts = [
        f"{label} {value}"
        for attribute, label in _ROMANIZED_LEVELS
        if (value := getattr(locator, attribute))
    ]
    if locator.folios:
        parts.append(f"l. {_romanized_folios(locator.folios)}")
    return ", ".join(parts)


def _cited_name(reference: ArchivalReference) -> str | None:
    ref = reference.archive
    return ref.name.original if ref is not None and ref.name is not None else None


def _scopus_archive(reference: ArchivalReference, archive: Archive | None, mode: Mode) -> str:
    cited = _cited_name(reference)
    if archive is None:
        return mode.romanize(cited, "ru") if cited else ""
    native = archive.names.get("ru", [None])[0]
    if cited and cited.isascii():
        abbreviation: str | None = cited
    else:
        abbreviation = archive.abbreviation("ru-Latn") or (
            mode.romanize(cited, "ru") if cited else None
        )
    romanized = mode.romanize(native, "ru") if native else archive.name("ru-Latn")
    english = archive.name("en")
    parts = [abbreviation or romanized]
    if abbreviation and romanized != abbreviation:
        parts.append(f"({romanized})")
    if english not in parts:
        parts.append(f"[{english}]")
    return " ".join(parts)


def _gost_archive(reference: ArchivalReference, archive: Archive | None) -> str | None:
    cited = _cited_name(reference)
    if archive is None:
        return cited
    return archive.abbreviation("ru") or archive.name("ru")


def _jacar_code(reference: ArchivalReference) -> str | None:
    locator = reference.locator
    if isinstance(locator, JapaneseLocator) and locator.reference_code:
        return locator.reference_code
    return None


def _cjk(text: str | None) -> bool:
    return bool(text) and all(
        "\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff" or char == "\u3005"
        for char in text or ""
    )


def shape_names(item: dict[str, Any], profile: StyleProfile) -> None:
    """Japanese and Chinese names written family-first without a space (小林昭菜) in the
    Japanese style: citeproc-py would print them Western order (昭菜 小林)."""
    if profile.archive_form != "jacar":
        return
    for role in ("author", "editor", "translator", "recipient"):
        names = item.get(role)
        if not isinstance(names, list):
            continue
        item[role] = [
            {"literal": f"{name['family']}{name.get('given', '')}"}
            if isinstance(name, dict)
            and _cjk(name.get("family"))
            and (not name.get("given") or _cjk(name.get("given")))
            else name
            for name in names
        ]


_DATED_ENDING = re.compile(r"\b1\d{3}(?:\s?(?:г\.?|года))?[\s.,;)]*$")


def _dated_in_title(item: dict[str, Any]) -> bool:
    """The title, as cited, ends with a date ("…, 5 марта 1937 г.", "…, 1956"): the cited form
    carries the document's date, which is not printed twice."""
    return _DATED_ENDING.search(str(item.get("title", ""))) is not None


def shape_archival(
    item: dict[str, Any], reference: ArchivalReference, profile: StyleProfile, mode: Mode
) -> None:
    """Rewrite ``item``'s archival variables as ``profile``'s style expects them."""
    archive = _archive(reference)
    locator = reference.locator
    code = _jacar_code(reference)
    via_jacar = code is not None or (
        reference.archive is not None and reference.archive.via == "jacar"
    )
    for key in ("archive", "archive_location", "call-number", "source"):
        item.pop(key, None)
    if profile.archive_form == "scopus":
        item["archive"] = _scopus_archive(reference, archive, mode)
        if isinstance(locator, RussianLocator):
            item["archive_location"] = romanized_russian_locator(locator)
        elif locator is not None:
            item["archive_location"] = render_locator(locator, lang="en")
    elif profile.archive_form == "gost":
        if via_jacar:
            item["archive"] = "JACAR"
        else:
            item["archive"] = _gost_archive(reference, archive)
        if isinstance(locator, RussianLocator) and locator.folios:
            # The folios are the document's span in the file, written as its pages so that
            # a note's folio locator takes their place.
            item["archive_location"] = render_locator(
                locator.model_copy(update={"folios": ()}), lang="ru"
            )
            item["page"] = render_folios(locator.folios, lang="ru")
        elif locator is not None:
            item["archive_location"] = render_locator(locator, lang="ru")
        if "issued" in item and not _dated_in_title(item):
            # the style prints the document's date after its title: not when the title, as
            # cited, already ends with it ("Письмо ... Молотову, 5 марта 1937 г.")
            item["event-date"] = item["issued"]
    else:
        if isinstance(locator, JapaneseLocator):
            if code:
                item["source"] = JACAR_NAME
                item["archive_location"] = f"Ref.{code}"
            if locator.call_number:
                item["call-number"] = locator.call_number
            if locator.pages:
                item["archive_location"] = (
                    f"{item.get('archive_location', '')}（第{locator.pages}画像目）"
                )
        elif locator is not None:
            item["archive_location"] = render_locator(locator, lang="ja")
        holder = JACAR_HOLDERS.get(code[0]) if code else None
        if holder is None and archive is not None:
            holder = archive.name("ja")
        item["archive"] = holder or _cited_name(reference)
        if via_jacar and "source" not in item:
            item["source"] = JACAR_NAME
    for key in [key for key, value in item.items() if value in (None, "")]:
        del item[key]
