"""Hanzi → pinyin in library (ALA-LC) style, through pypinyin.

Syllables of common words are separate (``li shi``); proper nouns are joined and
capitalized (``Zhongguo``, ``Tianjin Shi``, ``Mao Zedong``), with an apostrophe before a
syllable starting with a, o or e inside a joined word (``Xi'an``). pypinyin reads surnames as
common words (曾 as ceng), so personal names take their first character from a data table.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from pypinyin import Style, lazy_pinyin

__all__ = ["romanize_chinese", "romanize_chinese_name"]

_HAN_PATTERN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@cache
def _data() -> dict[str, Any]:
    text = resources.files("archivecite.translit").joinpath("data/chinese_names.json")
    data: dict[str, Any] = json.loads(text.read_text(encoding="utf-8"))
    return data


def _syllables(hanzi: str, *, tones: bool) -> list[str]:
    style = Style.TONE if tones else Style.NORMAL
    return [s for s in lazy_pinyin(hanzi, style=style, v_to_u=True) if s.strip()]


def _join(syllables: Iterable[str]) -> str:
    """One word: syllables run together, ' before a, o, e (Xi'an, dang'an), capitalized."""
    out = ""
    for syllable in syllables:
        if out and syllable[:1].lower() in "aoeāáǎàōóǒòēéěè":
            out += "'"
        out += syllable
    return out[:1].upper() + out[1:]


def romanize_chinese_name(name: str, *, tones: bool = False) -> str:
    """A personal name, family name first: 毛泽东 → Mao Zedong, 曾国藩 → Zeng Guofan."""
    surnames: dict[str, str] = _data()["surnames"]
    for size in (2, 1):
        family = name[:size]
        if family in surnames and len(name) > size:
            reading = surnames[family].split() if not tones else _syllables(family, tones=True)
            return f"{_join(reading)} {_join(_syllables(name[size:], tones=tones))}"
    return f"{_join(_syllables(name[:1], tones=tones))} {_join(_syllables(name[1:], tones=tones))}"


@cache
def _proper_pattern(extra: tuple[str, ...]) -> re.Pattern[str]:
    nouns = sorted({*_data()["proper_nouns"], *extra}, key=len, reverse=True)
    generic = "".join(_data()["generic_terms"])
    return re.compile(f"({'|'.join(map(re.escape, nouns))})([{generic}]?)")


def _han_run(run: str, tones: bool, names: tuple[str, ...]) -> list[str]:
    words: list[str] = []
    pieces = _proper_pattern(names).split(run)
    # split() yields: text, proper noun, generic term, text, proper noun, ...
    for i, piece in enumerate(pieces):
        if not piece:
            continue
        if i % 3 == 1:
            is_name = piece in names and len(piece) in (2, 3, 4)
            words.append(
                romanize_chinese_name(piece, tones=tones)
                if is_name
                else _join(_syllables(piece, tones=tones))
            )
        elif i % 3 == 2:
            words.append(_join(_syllables(piece, tones=tones)))
        else:
            words.extend(_syllables(piece, tones=tones))
    return words


def romanize_chinese(text: str, *, tones: bool = False, names: Iterable[str] = ()) -> str:
    """Romanize Chinese; ``names`` lists personal names (and other proper nouns) to join.

    Common words stay one syllable per word (``dang an``): pypinyin has no word segmenter,
    and that is the library practice anyway. Joined words get apostrophes (``Xi'an``).
    """
    names_key = tuple(sorted(set(names)))
    out: list[str] = []
    last = 0
    for match in _HAN_PATTERN.finditer(text):
        before = text[last : match.start()]
        if before.strip():
            out.append(before.strip())
        out.append(" ".join(_han_run(match.group(), tones, names_key)))
        last = match.end()
    if text[last:].strip():
        out.append(text[last:].strip())
    result = " ".join(out)
    result = re.sub(r"\s+([,.;:!?)\]])", r"\1", result.replace("，", ",").replace("。", "."))
    return result[:1].upper() + result[1:]
