"""Transliteration: Russian (and Ukrainian, Belarusian) Cyrillic, Japanese, Chinese.

Romanize in a named scheme, go back to Cyrillic, tell which scheme a Latin text is in,
find homoglyph words and letters a scheme cannot produce, and build matching keys that do
not depend on script or scheme.
"""

from __future__ import annotations

import difflib

from archivecite.errors import InputError
from archivecite.translit.chinese import (
    PINYIN_WORD_PATTERN,
    looks_like_pinyin,
    romanize_chinese,
    romanize_chinese_name,
)
from archivecite.translit.cyrillic import REVERSIBLE_SCHEMES, to_cyrillic
from archivecite.translit.detect import (
    detect_scheme,
    detect_script,
    impossible_letters,
    looks_japanese,
    mixed_script_words,
    unmix_homoglyphs,
)
from archivecite.translit.japanese import NAME_ORDERS, NameOrder, romanize_japanese
from archivecite.translit.kana import kana_to_romaji, looks_like_romaji
from archivecite.translit.keys import match_key
from archivecite.translit.lint import (
    MacronVariant,
    MixedSchemes,
    SchemeFit,
    SchemeViolation,
    macron_variants,
    mixed_schemes,
    scheme_violations,
)
from archivecite.translit.russian import romanize_cyrillic, romanize_russian
from archivecite.translit.schemes import SCHEMES, UnknownSchemeError

__all__ = [
    "JAPANESE_SYSTEMS",
    "LANGUAGES",
    "NAME_ORDERS",
    "PINYIN_WORD_PATTERN",
    "REVERSIBLE_SCHEMES",
    "SCHEMES",
    "MacronVariant",
    "MixedSchemes",
    "NameOrder",
    "SchemeFit",
    "SchemeViolation",
    "UnknownSchemeError",
    "detect_scheme",
    "detect_script",
    "impossible_letters",
    "kana_to_romaji",
    "looks_japanese",
    "looks_like_pinyin",
    "looks_like_romaji",
    "macron_variants",
    "match_key",
    "mixed_schemes",
    "mixed_script_words",
    "romanize",
    "romanize_chinese",
    "romanize_chinese_name",
    "romanize_cyrillic",
    "romanize_japanese",
    "romanize_russian",
    "scheme_violations",
    "to_cyrillic",
    "unmix_homoglyphs",
]

LANGUAGES = ("ru", "uk", "be", "ja", "zh")
JAPANESE_SYSTEMS = ("hepburn", "kunrei", "nihon")  # "ala-lc" is accepted as Hepburn


def romanize(
    text: str,
    *,
    lang: str = "ru",
    scheme: str | None = None,
    name_order: NameOrder | None = None,
) -> str:
    """Romanize ``text`` in language ``lang`` (BCP 47 primary tag) and ``scheme``.

    Schemes: :data:`SCHEMES` for ru (default ``ala-lc``), ``ala-lc``/``ala-lc-ascii`` for uk
    and be, :data:`JAPANESE_SYSTEMS` for ja (default ``hepburn``; ``ala-lc`` is the modified
    Hepburn with macrons that the ALA-LC table prescribes), ``pinyin`` for zh.

    ``name_order`` (ja only) says how a text that is one bare personal name is written:
    ``"heading"`` inverts it, surname first with a comma, as a catalogue name heading does
    (MARC 100/600/700 and their 880: 反町茂雄 → Sorimachi, Shigeo); ``"text"`` keeps the
    text order of bibliographies and prose (池田証壽 → Ikeda Shōju). The default is
    ``"heading"`` for scheme ``ala-lc`` (a cataloguing standard) and ``"text"`` otherwise.
    A name written as a heading already (新村出, 1876-1967; 山田, 太郎) stays a heading.
    For any other language, or a value not in
    :data:`~archivecite.translit.japanese.NAME_ORDERS`, a ``name_order`` raises
    :class:`~archivecite.errors.InputError`.
    """
    primary = lang.split("-", maxsplit=1)[0].lower()
    if name_order is not None and (primary != "ja" or name_order not in NAME_ORDERS):
        expected = " or ".join(map(repr, NAME_ORDERS)) if primary == "ja" else "None"
        raise InputError(f"name_order for lang {lang!r}: expected {expected}, found {name_order!r}")
    if primary in ("ru", "uk", "be"):
        return romanize_cyrillic(text, lang=primary, scheme=scheme or "ala-lc")
    if primary == "ja":
        system = "hepburn" if scheme in (None, "ala-lc") else scheme
        if system not in JAPANESE_SYSTEMS:
            raise UnknownSchemeError(
                system, valid=JAPANESE_SYSTEMS, suggestion=_close(system, JAPANESE_SYSTEMS)
            )
        return romanize_japanese(
            text,
            system=system,  # type: ignore[arg-type]
            name_order=name_order or ("heading" if scheme == "ala-lc" else "text"),
        )
    if primary == "zh":
        if scheme not in (None, "pinyin", "ala-lc"):
            raise UnknownSchemeError(scheme, valid=("pinyin",), suggestion="pinyin")
        return romanize_chinese(text)
    raise UnknownSchemeError(lang, valid=LANGUAGES, suggestion=_close(primary, LANGUAGES))


def _close(name: str, choices: tuple[str, ...]) -> str | None:
    found = difflib.get_close_matches(name, choices, n=1, cutoff=0.5)
    return found[0] if found else None
