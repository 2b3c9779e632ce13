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


_PLACE_SUFFIX_READINGS = {
    "町": ("チョウ", "マチ"),
    "市": ("シ",),
    "村": ("ムラ", "ソン"),
    "区": ("ク",),
    "郡": ("グン",),
    "県": ("ケン",),
}
_HONORIFICS = frozenset({"さん", "さま", "様", "君", "くん", "ちゃん", "殿"})


@cache
def _name_words() -> tuple[frozenset[str], frozenset[str]]:
    """Generic nouns capitalized after a proper noun, and titles capitalized before a name."""
    text = resources.files("archivecite.translit").joinpath("data/japanese_name_words.tsv")
    generics: set[str] = set()
    titles: set[str] = set()
    for line in text.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        word, kind = line.split("\t")[:2]
        (titles if kind.strip() == "title" else generics).add(word)
    return frozenset(generics), frozenset(titles)


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def _split_place(token: Any, romaji: str, system: System, long_vowels: LongVowels) -> str:
    """有楽町 → Yūraku-chō: a place name read as one word, with its suffix hyphenated."""
    surface = str(token.surface)
    kana = str(getattr(token.feature, "kana", "") or "")
    readings = _PLACE_SUFFIX_READINGS.get(surface[-1:], ())
    if len(surface) < 3 or token.feature.pos3 != "地名":
        return romaji
    for reading in readings:
        if kana.endswith(reading) and len(kana) > len(reading):
            pron = str(getattr(token.feature, "pron", "") or kana)
            head = _mark_long(kana[: -len(reading)], pron[: len(kana) - len(reading)])
            tail = _mark_long(reading, pron[len(kana) - len(reading) :])
            return (
                kana_to_romaji(head, system=system, long_vowels=long_vowels, merge_ou=False)
                + "-"
                + kana_to_romaji(tail, system=system, long_vowels=long_vowels, merge_ou=False)
            )
    return romaji


def _add_words(words: list[str], text: str, system: System, long_vowels: LongVowels) -> None:
    generics, titles = _name_words()
    tokens = list(_tagger()(text))
    glue = False  # the next token joins the previous word (after a prefix)
    noun = bool(words)  # an override before this segment is a noun (東京 + 都)
    proper = bool(words)  # the previous word is (part of) a proper name
    number = False  # the previous word is a number with its counter (3-tei + ban)
    for i, token in enumerate(tokens):
        surface = str(token.surface)
        feature = token.feature
        romaji = _token_romaji(token, system, long_vowels)
        is_proper = feature.pos2 == "固有名詞"
        if is_proper:
            romaji = _capital(_split_place(token, romaji, system, long_vowels))
        elif feature.pos1 == "名詞" and (
            (proper and surface in generics) or _before_name(tokens, i, titles)
        ):
            romaji = _capital(romaji)
            is_proper = True
        if not romaji.strip():
            continue
        if feature.pos1 in ("補助記号", "記号") and words:
            if getattr(token, "white_space", ""):  # keep the record's spacing (Tōkyō : ...)
                words.append(romaji.strip())
            else:
                words[-1] += romaji.strip()
            continue
        counter = feature.pos1 == "接尾辞" or feature.pos3 == "助数詞可能"
        if words and counter and (words[-1][-1:].isdigit() or number):
            words[-1] += ("-" if words[-1][-1:].isdigit() else "") + romaji  # 3-teiban, 1-kan
            number = True
            continue
        number = False
        if surface in _HONORIFICS and feature.pos1 == "接尾辞" and words:
            words[-1] += "-" + romaji  # Okiku-san
        elif surface in _HYPHENATED_SUFFIXES and noun and words:
            words[-1] += "-" + romaji  # Tōkyō-to, Chiyoda-ku, shuppan-bu
        elif words and glue:
            words[-1] = _capital(words[-1] + romaji.lower()) if is_proper else words[-1] + romaji
        elif words and (
            feature.pos1 in _JOINING
            or (feature.lemma == "為る" and surface == "する" and _suru_noun(tokens, i))
        ):
            words[-1] += romaji
        else:
            words.append(romaji)
        glue = feature.pos1 == "接頭辞"
        noun = feature.pos1 == "名詞"
        proper = is_proper or (proper and feature.pos1 in ("名詞", "接尾辞"))


def _suru_noun(tokens: list[Any], i: int) -> bool:
    """する after a verbal noun joins it (記録する → kirokusuru)."""
    return i > 0 and tokens[i - 1].feature.pos3 == "サ変可能"


def _before_name(tokens: list[Any], i: int, titles: frozenset[str]) -> bool:
    """Nouns of a title run that ends in a known title right before a personal name."""
    j = i
    while j < len(tokens) and tokens[j].feature.pos1 == "名詞" and tokens[j].feature.pos3 != "人名":
        j += 1
    if j == i or j >= len(tokens) or tokens[j].feature.pos3 != "人名":
        return False
    return str(tokens[j - 1].surface) in titles
