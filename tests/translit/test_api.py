"""The translit namespace and its dispatcher."""

from __future__ import annotations

import pytest

from archivecite import translit
from archivecite.errors import ArchiveciteError
from archivecite.translit import SCHEMES, UnknownSchemeError, romanize


def test_exported_members() -> None:
    # isort-style order (ruff RUF022): CONSTANTS, then Classes, then functions.
    order = sorted(translit.__all__, key=lambda n: (not n.isupper(), not n[:1].isupper(), n))
    assert translit.__all__ == order
    assert set(translit.__all__) == {
        "JAPANESE_SYSTEMS",
        "MacronVariant",
        "MixedSchemes",
        "NAME_ORDERS",
        "NameOrder",
        "PINYIN_WORD_PATTERN",
        "SchemeFit",
        "SchemeViolation",
        "macron_variants",
        "mixed_schemes",
        "scheme_violations",
        "LANGUAGES",
        "REVERSIBLE_SCHEMES",
        "SCHEMES",
        "UnknownSchemeError",
        "detect_scheme",
        "detect_script",
        "impossible_letters",
        "kana_to_romaji",
        "looks_japanese",
        "looks_like_pinyin",
        "looks_like_romaji",
        "match_key",
        "mixed_script_words",
        "romanize",
        "romanize_chinese",
        "romanize_chinese_name",
        "romanize_cyrillic",
        "romanize_japanese",
        "romanize_russian",
        "to_cyrillic",
        "unmix_homoglyphs",
    }


def test_scheme_names() -> None:
    assert SCHEMES[:6] == (
        "ala-lc",
        "ala-lc-ascii",
        "bgn-pcgn",
        "bgn-pcgn-strict",
        "iso9",
        "gost-7.79-b",
    )


DISPATCH = [
    ("Русский архив", "ru", None, "Russkiĭ arkhiv"),
    ("Русский архив", "ru", "bgn-pcgn", "Russkiy arkhiv"),
    ("Київ", "uk", None, "Kyïv"),
    ("とうきょう", "ja", None, "tōkyō"),
    ("とうきょう", "ja", "kunrei", "tôkyô"),
    ("中国", "zh", None, "Zhongguo"),
    ("Русский архив", "ru-Cyrl", "iso9", "Russkij arhiv"),
]


@pytest.mark.parametrize(
    ("text", "lang", "scheme", "latin"), DISPATCH, ids=[f"{r[1]}-{r[2]}" for r in DISPATCH]
)
def test_romanize_dispatch(text: str, lang: str, scheme: str | None, latin: str) -> None:
    assert romanize(text, lang=lang, scheme=scheme) == latin


ERRORS = [
    ("ru", "bgn-pcng", "bgn-pcgn"),
    ("ja", "hepbrn", "hepburn"),
    ("uk", "iso9", None),
    ("xx", None, None),
]


@pytest.mark.parametrize(
    ("lang", "scheme", "suggestion"), ERRORS, ids=[f"{r[0]}-{r[1]}" for r in ERRORS]
)
def test_errors(lang: str, scheme: str | None, suggestion: str | None) -> None:
    with pytest.raises(UnknownSchemeError) as caught:
        romanize("мир", lang=lang, scheme=scheme)
    assert isinstance(caught.value, ArchiveciteError)
    assert caught.value.suggestion == suggestion
