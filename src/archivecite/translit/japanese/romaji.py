"""Readings and override spellings to romaji in the requested system and long-vowel style."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from archivecite.translit.kana import LongVowels, System, kana_to_romaji

PUNCTUATION = str.maketrans(
    {
        "。": ".",
        "、": ",",
        "「": '"',
        "」": '"',
        "『": '"',
        "』": '"',
        "《": '"',
        "》": '"',
        "〈": '"',
        "〉": '"',
        "〔": "[",
        "〕": "]",
        "【": "[",
        "】": "]",
        "・": " ",
        "　": " ",
    }
)


@lru_cache(maxsize=65_536)
def kana_romaji(kana: str, system: System, long_vowels: LongVowels) -> str:
    if "-" in kana:  # a country compound: parts capitalized, ッ doubles across (Nit-Chū)
        parts = [
            kana_to_romaji(
                part.rstrip("ッ"), system=system, long_vowels=long_vowels, merge_ou=False
            )
            for part in kana.split("-")
        ]
        for k, part in enumerate(kana.split("-")[:-1]):
            if part.endswith("ッ") and parts[k + 1]:
                parts[k] += "t" if parts[k + 1].startswith("ch") else parts[k + 1][0]
        return "-".join(map(capital, parts))
    return kana_to_romaji(kana, system=system, long_vowels=long_vowels, merge_ou=False)


_KUNREI_SYLLABLES = {"sh": "sy", "ch": "ty", "j": "zy", "ts": "t", "f": "h"}
_HEPBURN_PATTERN = re.compile(r"(sh|ch|ts|j|f)([aiueoāīūēōâîûêô]?)", re.IGNORECASE)


@lru_cache(maxsize=4_096)
def from_hepburn(romaji: str, system: System) -> str:
    """An override written in Hepburn, in Kunrei or Nihon (Shikoku → Sikoku, Chūō → Tyūō)."""
    if system == "hepburn":
        return romaji

    def convert(match: re.Match[str]) -> str:
        head, vowel = match.group(1), match.group(2)
        new = _KUNREI_SYLLABLES[head.lower()]
        if vowel.lower() in ("i", "ī", "î") and new.endswith("y"):
            new = new[:-1]  # shi si, chi ti, ji zi
        if head[0].isupper():
            new = new.capitalize()
        return new + vowel

    return _HEPBURN_PATTERN.sub(convert, romaji)


@lru_cache(maxsize=4_096)
def with_long_vowels(romaji: str, long_vowels: LongVowels) -> str:
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


def across(last: str, romaji: str) -> str:
    """romaji joined after a token that ends in っ (行っ + た: itta, 三日 mikka) or in ん before
    a vowel or y (hen'yō, the ALA-LC syllable divider)."""
    head = romaji[:2].lower()
    if last == "ン":
        return "'" + romaji if head[:1] in _DIVIDED else romaji
    if head == "ch":
        return "t" + romaji
    return head[:1] + romaji if head[:1].isalpha() and head[:1] not in "aiueon" else romaji


_DIVIDED = frozenset("aiueoyāīūēōâîûêô")


def capital(word: str) -> str:
    return word[:1].upper() + word[1:]
