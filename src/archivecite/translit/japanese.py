"""Japanese → romaji: kana built in, kanji through fugashi + unidic-lite (the ``ja`` extra).

Readings come from the dictionary's orthographic reading (トウキョウ); the pronunciation
(トーキョー) only tells where a vowel is long, so 東京 is Tōkyō while 思う stays omou.
cutlet is not used for the reading because it never writes macrons and prefers foreign
spellings. Word division follows ALA-LC basics: particles are separate words, auxiliaries
and inflections join the word before, place suffixes are hyphenated, proper nouns capitalized.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

from archivecite.errors import MissingExtraError
from archivecite.translit.kana import LongVowels, System, default_long_vowels, kana_to_romaji

__all__ = ["romanize_japanese"]

_KANJI_PATTERN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]")
_LONGABLE = {"ウ": "ou", "オ": "o", "ア": "a", "エ": "e"}  # えい and いい are written out
_VOWEL_OF = {
    **dict.fromkeys("アカサタナハマヤラワガザダバパァャ", "a"),
    **dict.fromkeys("イキシチニヒミリギジヂビピィ", "i"),
    **dict.fromkeys("ウクスツヌフムユルグズヅブプゥュヴ", "u"),
    **dict.fromkeys("エケセテネヘメレゲゼデベペェ", "e"),
    **dict.fromkeys("オコソトノホモヨロヲゴゾドボポォョ", "o"),
}
_JOINING = frozenset({"助動詞", "接尾辞"})
_HYPHENATED_SUFFIXES = frozenset("市県都府町村区郡部")
_PUNCTUATION = str.maketrans({"。": ".", "、": ",", "「": "“", "」": "”", "・": " ", "　": " "})


@cache
def _overrides() -> dict[str, str]:
    text = resources.files("archivecite.translit").joinpath("data/japanese_overrides.tsv")
    rows = (line.split("\t") for line in text.read_text(encoding="utf-8").splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2 and not row[0].startswith("#")}


@cache
def _tagger() -> Any:
    try:
        # The optional extra is imported on first use only.
        import fugashi  # type: ignore[import-not-found,unused-ignore]  # noqa: PLC0415
        import unidic_lite  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401, PLC0415
    except ImportError as error:
        raise MissingExtraError(
            "Japanese kanji romanization", extra="ja", packages=["fugashi", "unidic-lite", "cutlet"]
        ) from error
    return fugashi.Tagger()


def _mark_long(kana: str, pron: str) -> str:
    """Replace the second vowel of a long vowel by ー where the pronunciation has ー."""
    if len(kana) != len(pron):
        return kana
    out = list(kana)
    for i in range(1, len(kana)):
        if (
            pron[i] == "ー"
            and kana[i] in _LONGABLE
            and _VOWEL_OF.get(kana[i - 1], "") in _LONGABLE[kana[i]]
        ):
            out[i] = "ー"
    return "".join(out)


def _token_romaji(token: Any, system: System, long_vowels: LongVowels) -> str:
    feature = token.feature
    surface = str(token.surface)
    kana = getattr(feature, "kana", None)
    pron = getattr(feature, "pron", None)
    if not kana or kana == "*":
        return unicodedata.normalize("NFKC", surface).translate(_PUNCTUATION)
    # Particles are read as pronounced (topic は is wa, へ is e, を is o).
    kana = pron or kana if feature.pos1 == "助詞" else _mark_long(kana, pron or kana)
    return kana_to_romaji(kana, system=system, long_vowels=long_vowels, merge_ou=False)


def _with_long_vowels(romaji: str, long_vowels: LongVowels) -> str:
    if long_vowels == "macron":
        return romaji
    decomposed = unicodedata.normalize("NFD", romaji)
    if long_vowels == "circumflex":
        return unicodedata.normalize("NFC", decomposed.replace("\u0304", "\u0302"))
    if long_vowels == "double":
        return re.sub(
            r"([aiueoAIUEO])\u0304", lambda m: m.group(1) + m.group(1).lower(), decomposed
        )
    return decomposed.replace("\u0304", "")


def romanize_japanese(
    text: str, *, system: System = "hepburn", long_vowels: LongVowels | None = None
) -> str:
    """Romanize Japanese; kana alone needs nothing, kanji need the ``ja`` extra.

    ``long_vowels`` defaults to macrons in Hepburn and circumflexes in Kunrei and Nihon.
    """
    long_vowels = long_vowels or default_long_vowels(system)
    if not _KANJI_PATTERN.search(text):
        return kana_to_romaji(
            unicodedata.normalize("NFKC", text), system=system, long_vowels=long_vowels
        ).translate(_PUNCTUATION)
    words: list[str] = []
    for i, segment in enumerate(_override_pattern().split(text)):
        if i % 2:  # the split keeps the matched override words at odd positions
            words.append(_with_long_vowels(_overrides()[segment], long_vowels))
        elif segment:
            _add_words(words, segment, system, long_vowels)
    result = " ".join(words)
    return result[:1].upper() + result[1:]


@cache
def _override_pattern() -> re.Pattern[str]:
    keys = sorted(_overrides(), key=len, reverse=True)
    return re.compile("(" + "|".join(map(re.escape, keys)) + ")")


def _add_words(words: list[str], text: str, system: System, long_vowels: LongVowels) -> None:
    glue = False  # the next token joins the previous word (after a prefix)
    noun = bool(words)  # an override before this segment is a noun (東京 + 都)
    for token in _tagger()(text):
        surface = str(token.surface)
        feature = token.feature
        romaji = _token_romaji(token, system, long_vowels)
        if feature.pos2 == "固有名詞":
            romaji = romaji[:1].upper() + romaji[1:]
        if not romaji.strip():
            continue
        if feature.pos1 == "補助記号" and words:
            words[-1] += romaji.strip()
            continue
        if surface in _HYPHENATED_SUFFIXES and noun and words:
            words[-1] += "-" + romaji  # Tōkyō-to, Chiyoda-ku, shuppan-bu
        elif words and (glue or feature.pos1 in _JOINING):
            words[-1] += romaji
        else:
            words.append(romaji)
        glue = feature.pos1 == "接頭辞"
        noun = feature.pos1 == "名詞"
