"""How multilingual titles and names are written: original script, romanized, translated.

A mode is a ``+``-joined set of parts (``"translit+translation"``):

``original``      the title and names as their authors wrote them (Cyrillic, kanji, hanzi);
``translit``      romanized, the scheme chosen per language (:data:`DEFAULT_SCHEMES`);
``translation``   the translation in square brackets after the title;
``in-language``   the "(In Russian)" / "(In Japanese)" trailer after the entry.

``original+translit+translation`` writes ``Японские военнопленные [Yaponskiye
voyennoplennyye] [Japanese Prisoners of War]``. A work known only in romanization formats
in every mode. Modes act on the typed reference, before it becomes CSL-JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from archivecite.errors import ArchiveciteError
from archivecite.model import Name, ReferenceKind, Script, Text
from archivecite.translit import detect_script, romanize

__all__ = ["DEFAULT_SCHEMES", "LANGUAGE_NAMES", "MODE_PARTS", "Mode", "ModeError", "apply_mode"]

MODE_PARTS: Final = ("original", "translit", "translation", "in-language")
DEFAULT_SCHEMES: Final[dict[str, str]] = {
    "ru": "bgn-pcgn",
    "uk": "ala-lc",
    "be": "ala-lc",
    "ja": "hepburn",
    "zh": "pinyin",
}
LANGUAGE_NAMES: Final[dict[str, str]] = {
    "ru": "Russian",
    "uk": "Ukrainian",
    "be": "Belarusian",
    "ja": "Japanese",
    "zh": "Chinese",
    "kk": "Kazakh",
    "de": "German",
    "fr": "French",
}
_ROMANIZABLE: Final = frozenset(DEFAULT_SCHEMES)


class ModeError(ArchiveciteError, ValueError):
    """A mode string names an unknown part or no script at all."""

    def __init__(self, mode: str, reason: str) -> None:
        self.mode = mode
        super().__init__(f"mode {mode!r}: {reason} (parts: {', '.join(MODE_PARTS)})")


@dataclass(frozen=True, slots=True)
class Mode:
    original: bool = True
    translit: bool = False
    translation: bool = False
    in_language: bool = False
    schemes: tuple[tuple[str, str], ...] = ()
    translation_language: str = "en"

    @classmethod
    def parse(cls, mode: str | Mode | None) -> Mode:
        if isinstance(mode, Mode):
            return mode
        if not mode:
            return cls()
        parts = {part.strip() for part in mode.split("+")}
        unknown = parts - set(MODE_PARTS)
        if unknown:
            raise ModeError(mode, f"unknown part {sorted(unknown)[0]!r}")
        if not parts & {"original", "translit"}:
            raise ModeError(mode, "needs 'original' or 'translit'")
        return cls(
            original="original" in parts,
            translit="translit" in parts,
            translation="translation" in parts,
            in_language="in-language" in parts,
        )

    def scheme(self, lang: str) -> str:
        return dict(self.schemes).get(lang, DEFAULT_SCHEMES[lang])

    def romanize(self, text: str, lang: str | None) -> str:
        base = (lang or "").split("-", maxsplit=1)[0]
        if base not in _ROMANIZABLE or (lang or "").endswith("-Latn") or text.isascii():
            return text
        if base == "ja":
            # A title, or one part of a CSL name, is never a catalogue heading to invert.
            return romanize(text, lang=base, scheme=self.scheme(base), name_order="text")
        return romanize(text, lang=base, scheme=self.scheme(base))


def _title(text: Text, mode: Mode) -> str:
    base = text.base_language
    romanized = text.original if text.is_romanization else None
    if base is not None and romanized is None:
        scheme = mode.scheme(base) if base in _ROMANIZABLE else None
        romanized = text.romanized.get(scheme or "") or next(iter(text.romanized.values()), None)
    parts: list[str] = []
    if mode.original and not text.is_romanization:
        parts.append(text.original)
    if mode.translit:
        romanized = romanized or mode.romanize(text.original, text.lang)
        if not parts:
            parts.append(romanized)
        elif romanized != parts[0]:  # a Latin publisher is not printed twice
            parts.append(f"[{romanized}]")
    if not parts:
        parts.append(text.original)
    translation = text.translations.get(mode.translation_language)
    if mode.translation and translation and translation != parts[0]:
        parts.append(f"[{translation}]")
    return " ".join(parts)


def _name(name: Name, mode: Mode, fallback: str | None) -> Name:
    lang = name.lang
    if lang is None and fallback is not None and _written_in_another_script(name):
        lang = fallback  # "Галицкий, В. П." in a Russian reference: parsers seldom tag names
    if not mode.translit or lang is None or lang.endswith("-Latn"):
        return name
    base = lang.split("-", maxsplit=1)[0]
    if base not in _ROMANIZABLE:
        return name
    if base in name.romanized or name.romanized:
        written = name.romanized.get(mode.scheme(base)) or next(iter(name.romanized.values()))
        family, _, given = written.partition(", ")
        return name.model_copy(update={"family": family, "given": given or None})
    update = {
        part: mode.romanize(value, lang)
        for part in ("family", "given", "patronymic", "literal")
        if (value := getattr(name, part)) is not None
    }
    return name.model_copy(update=update)


def _written_in_another_script(name: Name) -> bool:
    written = name.family or name.literal or name.given or ""
    return detect_script(written) not in (Script.LATIN, None)


def apply_mode(reference: ReferenceKind, mode: str | Mode | None) -> tuple[ReferenceKind, str]:
    """``reference`` with titles and names written in ``mode``, and its trailer (or "")."""
    chosen = Mode.parse(mode)
    update: dict[str, object] = {}
    for field in ("title", "container_title", "collection_title", "publisher", "series"):
        text = getattr(reference, field, None)
        if isinstance(text, Text):
            written = _title(
                text,
                chosen
                if field in ("title", "collection_title")
                else Mode(chosen.original, chosen.translit),
            )
            update[field] = Text(original=written, lang=text.lang)
    title = getattr(reference, "title", None)
    fallback = reference.language or (title.lang if isinstance(title, Text) else None)
    for field in ("authors", "editors", "creators", "recipients", "translators"):
        names = getattr(reference, field, None)
        if names:
            update[field] = tuple(_name(name, chosen, fallback) for name in names)
    trailer = ""
    language = (reference.language or "").split("-", maxsplit=1)[0]
    if chosen.in_language and language in LANGUAGE_NAMES and language != "en":
        trailer = f"(In {LANGUAGE_NAMES[language]})"
    return reference.model_copy(update=update), trailer
