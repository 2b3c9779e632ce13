"""``format_bibliography`` and ``format_notes``: references or CSL-JSON in, strings out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TypeAlias, cast

from pydantic import BaseModel

from archivecite.csl.bundled import StyleProfile, profile_for, shape_archival, shape_names
from archivecite.csl.engine import Cite, engine
from archivecite.csl.locators import render_locator
from archivecite.csl.modes import Mode, apply_mode
from archivecite.io.csljson import to_csl
from archivecite.model import ArchivalReference, ReferenceKind
from archivecite.parse import without_full_stop

__all__ = ["CitedWork", "Work", "format_bibliography", "format_notes", "to_items"]

Work: TypeAlias = ReferenceKind | Mapping[str, Any]
"""A typed reference or a CSL-JSON item."""
CitedWork: TypeAlias = Work | tuple[Work, str] | Cite
"""A work cited in a note, optionally with a locator (``(reference, "12")`` cites page 12)."""

DEFAULT_STYLE = "chicago-notes-bibliography"


def _item(
    work: Work, index: int, mode: Mode, lang: str, profile: StyleProfile | None
) -> tuple[dict[str, Any], str]:
    if not isinstance(work, BaseModel):
        given: dict[str, Any] = dict(work)
        given.setdefault("id", f"item-{index}")
        return given, ""
    reference, trailer = apply_mode(work, mode)
    item: dict[str, Any] = dict(to_csl(reference))
    if isinstance(reference, ArchivalReference) and reference.locator is not None:
        item["archive_location"] = render_locator(reference.locator, lang=lang)
    if isinstance(reference, ArchivalReference) and reference.legend is not None:
        # the legend as the historian wrote it; the style puts its own punctuation after it
        item["medium"] = without_full_stop(reference.legend.text)
    if profile is not None:
        shape_names(item, profile)
        if isinstance(reference, ArchivalReference):
            shape_archival(item, reference, profile, mode)
    item["id"] = str(item.get("id") or reference.id or f"item-{index}")
    return item, trailer


def to_items(
    works: Sequence[Work],
    *,
    mode: str | Mode | None = None,
    locale: str | None = None,
    style: str | Path | None = None,
) -> tuple[list[dict[str, Any]], list[str]]:
    """CSL-JSON items for ``works`` (ids made unique) and each one's language trailer.

    With one of our bundled styles as ``style``, archival variables are written as that style needs
    them (:mod:`archivecite.csl.bundled`), and its mode and locale are the defaults."""
    profile = profile_for(style) if style is not None else None
    chosen = Mode.parse(mode if mode is not None or profile is None else profile.mode)
    lang = _locale(locale, profile).split("-", maxsplit=1)[0]
    items, trailers, seen = [], [], set()
    for index, work in enumerate(works, start=1):
        item, trailer = _item(work, index, chosen, lang, profile)
        while item["id"] in seen:
            item["id"] = f"{item['id']}-{index}"
        seen.add(item["id"])
        items.append(item)
        trailers.append(trailer)
    return items, trailers


def _locale(locale: str | None, profile: StyleProfile | None) -> str:
    if locale is not None:
        return locale
    return profile.locale if profile is not None else "en-US"


def _with_trailer(entry: str, trailer: str, output: str) -> str:
    if not trailer:
        return entry
    closing = "</div>" if output == "html" and entry.endswith("</div>") else ""
    body = entry[: -len(closing)] if closing else entry
    return f"{body} {trailer}{closing}"


def format_bibliography(
    works: Sequence[Work],
    *,
    style: str | Path = DEFAULT_STYLE,
    locale: str | None = None,
    mode: str | Mode | None = None,
    output: str = "text",
) -> list[str]:
    """Bibliography entries for ``works`` in ``style``, sorted as the style sorts them.

    ``works`` are typed references or CSL-JSON items; ``mode`` (for typed references) is a
    ``+``-joined set of ``original``, ``translit``, ``translation``, ``in-language``;
    ``output`` is ``text``, ``html``, ``markdown`` or ``rtf``.
    """
    items, trailers = to_items(works, mode=mode, locale=locale, style=style)
    by_id = dict(zip((item["id"] for item in items), trailers, strict=True))
    locale = _locale(locale, profile_for(style))
    rendered = engine(style, locale=locale, output=output).bibliography_with_ids(items)
    return [_with_trailer(entry, by_id.get(key, ""), output) for key, entry in rendered]


def format_notes(
    citations: Sequence[CitedWork | Sequence[CitedWork]],
    *,
    style: str | Path = DEFAULT_STYLE,
    locale: str | None = None,
    mode: str | Mode | None = None,
    output: str = "text",
    label: str = "page",
) -> list[str]:
    """One note per element of ``citations``: first, subsequent and ibid forms as the style
    writes them. A note cites one work or several; ``(work, "12")`` adds a locator with
    ``label`` (``page``, ``folio``, ...); :class:`Cite` objects refer to works cited before."""
    works: list[Work] = []
    index_of: dict[int, int] = {}
    notes_spec: list[list[tuple[int, str | None] | Cite]] = []
    for note in citations:
        cited = [note] if _is_single(note) else list(cast(Sequence[CitedWork], note))
        spec: list[tuple[int, str | None] | Cite] = []
        for entry in cited:
            if isinstance(entry, Cite):
                spec.append(entry)
                continue
            work, locator = entry if isinstance(entry, tuple) else (entry, None)
            if id(work) not in index_of:
                index_of[id(work)] = len(works)
                works.append(work)
            spec.append((index_of[id(work)], locator))
        notes_spec.append(spec)
    items, _ = to_items(works, mode=mode, locale=locale, style=style)
    locale = _locale(locale, profile_for(style))
    notes = [
        [
            part if isinstance(part, Cite) else Cite(items[part[0]]["id"], part[1], label)
            for part in spec
        ]
        for spec in notes_spec
    ]
    return engine(style, locale=locale, output=output).notes(items, notes)


def _is_single(note: object) -> bool:
    return isinstance(note, BaseModel | Mapping | Cite) or (
        isinstance(note, tuple) and len(note) == 2 and isinstance(note[1], str)
    )
