"""Cyrillic → Latin over iuliia's tables, with the gaps iuliia leaves fixed in data.

iuliia's own engine capitalizes every letter of an ALL-CAPS word ("IuLIIa") and leaves ``ё``
and the pre-1918 letters untransliterated in ALA-LC; we reuse its tables and run a small
engine of our own so that case, ties and soft signs follow the caller's options.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Literal

from archivecite.translit.schemes import (
    UnknownSchemeError,
    iuliia_definition,
    language_tables,
    resolve_scheme,
    scheme_spec,
)

__all__ = [
    "CYRILLIC_LANGUAGES",
    "TIE",
    "Tie",
    "romanize_cyrillic",
    "romanize_russian",
    "scheme_chars",
    "scheme_units",
]

Tie = Literal["u0361", "halfmarks", "none"]
Caps = Literal["upper", "acronym"]

TIE = "\u0361"  # COMBINING DOUBLE INVERTED BREVE, written between the two letters
_HALF_LEFT, _HALF_RIGHT = "\ufe20", "\ufe21"  # the MARC-8 era half marks, around the pair
CYRILLIC_LANGUAGES = ("ru", "uk", "be")

# Soft-sign styles and the hard sign that goes with each.
_SIGN_PAIRS = {"ʹ": "ʺ", "'": '"', "’": "”"}

# A word is a run of letters; an apostrophe between letters belongs to it (Ukrainian п'ять).
_WORD_PATTERN = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_TIE_PAIR_PATTERN = re.compile(r"(.)\u0361(.)", re.DOTALL)
_CAPITAL_PAIR_PATTERN = re.compile(r"([^\W\d_])\u0361([^\W\d_])")


@dataclass(frozen=True, slots=True)
class _Table:
    letters: dict[str, str]
    prev: dict[str, str]  # previous letter + letter, or a lone letter for word-initial
    next: dict[str, str]  # letter + next letter
    ending: dict[str, str]  # the last two letters of a word longer than two
    final: dict[str, str]  # the last letter of a word longer than one
    # Derived: one str.translate table for words that need no context rule, and the letters
    # that do need one (any letter of a prev/next/ending/final key).
    fast: dict[int, str] = field(default_factory=dict)
    context: frozenset[str] = frozenset()


def _with_fast_path(table: _Table) -> _Table:
    keys = (*table.prev, *table.next, *table.ending, *table.final)
    return replace(
        table,
        fast=str.maketrans(dict(table.letters)),
        context=frozenset("".join(keys)),
    )


@cache
def _table(lang: str, scheme: str, soft_sign: str | None) -> _Table:
    spec = scheme_spec(scheme)
    if lang != "ru":
        table = _Table(dict(language_tables()[lang][scheme]), {}, {}, {}, {})
    else:
        base = iuliia_definition(spec["iuliia"])
        yo = spec.get("yo", "ё")

        def fix(mapping: dict[str, str] | None) -> dict[str, str]:
            # NFC: iuliia's files hold some letters decomposed (z + combining caron).
            return {
                k: unicodedata.normalize("NFC", v.replace("ё", yo))
                for k, v in (mapping or {}).items()
            }

        letters = fix(base["mapping"]) | spec.get("mapping", {})
        table = _Table(
            letters,
            fix(base.get("prev_mapping")) | spec.get("prev_mapping", {}),
            fix(base.get("next_mapping")),
            fix(base.get("ending_mapping")),
            dict(spec.get("final_mapping", {})),
        )
    if soft_sign is not None:
        table.letters["ь"] = soft_sign
        if table.letters.get("ъ"):
            table.letters["ъ"] = _SIGN_PAIRS[soft_sign]
        for key in ("'", "’", "ʼ"):
            if key in table.letters:
                table.letters[key] = _SIGN_PAIRS[soft_sign]
    return _with_fast_path(table)


def _capitalize(chunk: str) -> str:
    for i, char in enumerate(chunk):
        if char.isalpha():
            return chunk[:i] + char.upper() + chunk[i + 1 :]
    return chunk


def _word(word: str, table: _Table, caps: Caps) -> str:
    lower = word.lower()
    if table.context.isdisjoint(lower):
        # Fast path: letter by letter, for lowercase or Capitalized words.
        if word == lower:
            return lower.translate(table.fast)
        first = table.letters.get(lower[0], "")
        if first[:1].isalpha() and word[1:] == lower[1:]:
            return _capitalize(lower.translate(table.fast))
    n = len(lower)
    all_caps = n > 1 and word.isupper()
    out: list[str] = []

    def cased(chunk: str, original: str) -> str:
        if not original.isupper():
            return chunk
        if all_caps and caps == "upper":
            return chunk.upper()
        return _capitalize(chunk)

    i = 0
    while i < n:
        curr = lower[i]
        if i == n - 2 and n > 2 and lower[i:] in table.ending:
            out.append(cased(table.ending[lower[i:]], word[i]))
            break
        prev = lower[i - 1] if i else ""
        nxt = lower[i + 1] if i + 1 < n else ""
        chunk = table.prev.get(prev + curr)
        if chunk is None:
            chunk = table.next.get(curr + nxt)
        if chunk is None and i == n - 1 and n > 1:
            chunk = table.final.get(curr)
        if chunk is None:
            chunk = table.letters.get(curr, word[i])
        out.append(cased(chunk, word[i]))
        i += 1
    return "".join(out)


def _capital_pair(match: re.Match[str]) -> str:
    first, second = match.groups()
    return first + TIE + (second.upper() if first.isupper() else second)


def _apply_tie(text: str, tie: Tie) -> str:
    if TIE not in text:
        return text
    if tie == "none":
        return text.replace(TIE, "")
    # A tied pair is one letter: capitalized, it takes two capitals (I͡A, I͡U, T͡S), the capital
    # form of the ALA-LC table and what library records write (I︠A︡kova, I︠U︡riĭ, T︠S︡entr).
    # Without the tie the pair reads as two letters again (Iakova), as in bibliographies.
    text = _CAPITAL_PAIR_PATTERN.sub(_capital_pair, text)
    if tie == "halfmarks":
        return _TIE_PAIR_PATTERN.sub(rf"\1{_HALF_LEFT}\2{_HALF_RIGHT}", text)
    return text


def romanize_cyrillic(
    text: str,
    *,
    lang: str = "ru",
    scheme: str = "ala-lc",
    tie: Tie = "u0361",
    soft_sign: str | None = None,
    caps: Caps = "upper",
) -> str:
    """Romanize Russian, Ukrainian or Belarusian Cyrillic.

    ``soft_sign`` is ``"ʹ"``, ``"'"`` or ``"’"`` (the hard sign follows: ``ʺ``, ``"``, ``”``);
    ``None`` keeps the scheme's own. ``caps="acronym"`` writes ALL-CAPS words the way library
    records write acronyms (США → SShA) instead of all capitals (SSHA).
    """
    if lang not in CYRILLIC_LANGUAGES:
        raise UnknownSchemeError(lang, valid=CYRILLIC_LANGUAGES, suggestion=None)
    choices = tuple(language_tables()[lang]) if lang != "ru" else None
    name = resolve_scheme(scheme) if choices is None else resolve_scheme(scheme, choices=choices)
    if soft_sign is not None and soft_sign not in _SIGN_PAIRS:
        raise UnknownSchemeError(soft_sign, valid=tuple(_SIGN_PAIRS), suggestion=None)
    table = _table(lang, name, soft_sign)
    result = _WORD_PATTERN.sub(lambda m: _word(m.group(), table, caps), text)
    # iuliia's tables hold some letters decomposed (z + caron); callers compare NFC text.
    return unicodedata.normalize("NFC", _apply_tie(result, tie))


def romanize_russian(
    text: str,
    *,
    scheme: str = "ala-lc",
    tie: Tie = "u0361",
    soft_sign: str | None = None,
    caps: Caps = "upper",
) -> str:
    """Romanize Russian (including pre-1918 spelling) in ``scheme``."""
    return romanize_cyrillic(
        text, lang="ru", scheme=scheme, tie=tie, soft_sign=soft_sign, caps=caps
    )


@cache
def scheme_chars(scheme: str) -> frozenset[str]:
    """Every character the scheme writes (lowercase, signs in all styles, ties as U+0361)."""
    table = _table("ru", resolve_scheme(scheme), None)
    chars = {
        c
        for m in (table.letters, table.prev, table.next, table.ending, table.final)
        for value in m.values()
        for c in value.lower()
    }
    if table.letters.get("ь"):
        chars |= {"ʹ", "ʺ"}  # detect.py folds the other sign styles onto these
    return frozenset(chars)


@cache
def scheme_units(scheme: str) -> frozenset[str]:
    """Every Latin letter sequence the scheme writes for one Cyrillic letter (letters only)."""
    table = _table("ru", resolve_scheme(scheme), None)
    units: set[str] = set()
    for mapping in (table.letters, table.prev, table.next, table.ending, table.final):
        for value in mapping.values():
            letters = "".join(c for c in value.lower() if c.isalpha())
            if letters:
                units.add(letters)
    return frozenset(units)
