"""Numerals (Arabic, hyphenated to their counters), volume designations, kanbun ranges.

ALA-LC: numbers are Arabic and hyphenated to their counter (Meiji 37-nen, 1980-nendai,
dai 1-kan, 3-teiban); native readings stay words (hitotsu, mikkakan); 自 X 至 Y is read
"X yori Y ni itaru"; 上. alone is jō.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from archivecite.translit.japanese.tables import counters
from archivecite.translit.japanese.tokens import Tok

_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
_KANJI_LARGE = {"万": 10_000, "億": 100_000_000}
_KANJI_POSITIONAL = re.compile("[十百千万億]")
_KANJI_TO_DIGITS = str.maketrans({char: str(value) for char, value in _KANJI_DIGITS.items()})


# A volume designation standing alone (上. 下.) is read jō, ge, as in 上巻, not ue, shita.
VOLUMES = {"上": "ジョー", "中": "チュー", "下": "ゲ"}


@cache
def volume_token(surface: str) -> Tok:
    return Tok(surface, ("名詞", "普通名詞", "一般", ""), surface, VOLUMES[surface])


def kanbun_ranges(tokens: list[Tok]) -> dict[int, bool]:
    """自 X 至 Y, the kanbun date range of archival titles, read "X yori Y ni itaru": the
    indices of 自 (False) and 至 (True) of each range whose X starts with a name or a number."""
    ranges: dict[int, bool] = {}
    start = -1
    for i, tok in enumerate(tokens):
        if tok.mark:
            start = -1
        elif tok.surface == "自" and i + 1 < len(tokens):
            nxt = tokens[i + 1]
            start = i if nxt.numeral or nxt.proper else -1
        elif tok.surface == "至" and start >= 0:
            ranges[start] = False
            ranges[i] = True
            start = -1
    return ranges


def is_counter(tok: Tok) -> bool:
    return (
        tok.pos3 in ("助数詞", "助数詞可能")
        or (tok.pos1 == "接尾辞" and tok.kana is not None)
        or tok.surface in counters()
    )


def arabic_number(text: str) -> str:
    """一九八〇 → 1980, 三十七 → 37, 二千二十 → 2020, ３ → 3."""
    text = unicodedata.normalize("NFKC", text)
    if text.isdigit():
        return text
    if not _KANJI_POSITIONAL.search(text):
        return text.translate(_KANJI_TO_DIGITS)
    total = section = digit = 0
    for char in text:
        if char in _KANJI_DIGITS:
            digit = _KANJI_DIGITS[char]
        elif char.isdigit():
            digit = digit * 10 + int(char)
        elif char in _KANJI_UNITS:
            section += (digit or 1) * _KANJI_UNITS[char]
            digit = 0
        elif char in _KANJI_LARGE:
            total += (section + digit or 1) * _KANJI_LARGE[char]
            section = digit = 0
    return str(total + section + digit)
