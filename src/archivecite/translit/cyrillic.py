"""Latin → Russian Cyrillic for the schemes whose own rules make that decidable.

ISO 9 is one letter for one letter, so it round-trips exactly. ALA-LC with ties, BGN/PCGN and
the scientific system are nearly so; where a scheme is lossy (ALA-LC without ties: ``ts`` is
ц or тс, ``i`` is и or й) a few documented rules pick the likelier Russian spelling. The
matching key in :mod:`archivecite.translit.keys` does not depend on any of these guesses.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from archivecite.translit.russian import TIE, _table
from archivecite.translit.schemes import resolve_scheme

__all__ = ["REVERSIBLE_SCHEMES", "to_cyrillic"]

REVERSIBLE_SCHEMES = ("ala-lc", "ala-lc-ascii", "bgn-pcgn", "iso9", "scientific")

_PRE_1918 = frozenset("іѣѳѵ")
_VOWELS = frozenset("аеёиоуыэюяіѣѵ")
_LATIN_WORD_PATTERN = re.compile(r"[^\W\d_]+(?:[\u0361\ufe20\ufe21'’ʹʺ\"”·][^\W\d_]*)*")
# Input may carry the tie as half marks (library records) or as U+0361 (iuliia, Unicode).
_HALFMARKS = str.maketrans({"\ufe20": TIE, "\ufe21": None})

# Signs written in any of the usual styles; soft and hard are told apart by shape.
_SIGNS = {"ʹ": "ь", "'": "ь", "’": "ь", "ʺ": "ъ", '"': "ъ", "”": "ъ", "·": ""}


@cache
def _inverse(scheme: str) -> dict[str, str]:
    table = _table("ru", scheme, None)
    inverse: dict[str, str] = {}
    for cyr, lat in table.letters.items():
        # Without diacritics the pre-1918 letters collide with modern ones (ѣ = ie = ие).
        if scheme == "ala-lc-ascii" and cyr in _PRE_1918:
            continue
        if lat and lat not in inverse:
            inverse[lat] = cyr
    for lat, cyr in _SIGNS.items():
        inverse.setdefault(lat, cyr)
    if scheme == "bgn-pcgn":
        inverse |= {"ye": "е", "yë": "ё", "y": "ы"}
    if scheme in ("ala-lc", "ala-lc-ascii"):
        inverse["i"] = "и"  # й is ĭ, or i again without diacritics; rules below decide
    return inverse


def _tokens(word: str, inverse: dict[str, str]) -> list[tuple[str, str]]:
    """Greedy longest match: (Latin chunk as written, Cyrillic lowercase)."""
    longest = max(map(len, inverse))
    lower = word.lower()
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(lower):
        for size in range(min(longest, len(lower) - i), 0, -1):
            cyr = inverse.get(lower[i : i + size])
            if cyr is not None:
                out.append((word[i : i + size], cyr))
                i += size
                break
        else:
            out.append((word[i], word[i]))
            i += 1
    return out


def _is_vowel_or_start(tokens: list[tuple[str, str]], i: int) -> bool:
    return i == 0 or tokens[i - 1][1][-1:] in _VOWELS or not tokens[i - 1][1].isalpha()


def _next_cyr(tokens: list[tuple[str, str]], i: int) -> str:
    return tokens[i + 1][1] if i + 1 < len(tokens) else ""


def _ts_rule(tokens: list[tuple[str, str]], i: int) -> str | None:
    # тс before к and тв (советский, детство) is far commoner than ц there.
    nxt = "".join(cyr for _, cyr in tokens[i + 1 : i + 3])
    return "тс" if nxt.startswith(("к", "тв")) else None


def _bgn_rules(tokens: list[tuple[str, str]], i: int) -> str | None:
    lat, cyr = tokens[i]
    lat = lat.lower()
    if lat == "y":  # й after a vowel or initially, ы after a consonant
        return "й" if _is_vowel_or_start(tokens, i) else None
    if lat in ("ye", "yë") and not _is_vowel_or_start(tokens, i):
        prev = tokens[i - 1][1]
        return cyr if prev in ("ь", "ъ") else "ь" + cyr
    if lat == "e" and _is_vowel_or_start(tokens, i):
        return "э"  # BGN writes е there as ye, so a bare e is э
    if lat == "ts":
        return _ts_rule(tokens, i)
    return None


def _ascii_rules(tokens: list[tuple[str, str]], i: int) -> str | None:
    lat = tokens[i][0].lower()
    if lat == "ts":
        return _ts_rule(tokens, i)
    if lat == "i" and i > 0 and tokens[i - 1][1] in _VOWELS:
        nxt = _next_cyr(tokens, i)
        if nxt[:1] in _VOWELS:
            return None
        # Word-final -ii: ий after к/г/х and sibilants (adjectives), otherwise ии (истории).
        if tokens[i - 1][0].lower() == "i" and not nxt:
            before = tokens[i - 2][1] if i > 1 else ""
            return "й" if before in ("к", "г", "х", "ж", "ш", "ч", "щ") else None
        return "й"
    return None


def _no_rules(tokens: list[tuple[str, str]], i: int) -> str | None:
    return None


_Rule = Callable[[list[tuple[str, str]], int], str | None]


def _convert_word(word: str, inverse: dict[str, str], rules: _Rule) -> str:
    tokens = _tokens(word, inverse)
    out: list[str] = []
    for i, (lat, cyr) in enumerate(tokens):
        chosen = rules(tokens, i) or cyr
        # A Cyrillic letter is capital when its Latin chunk starts with a capital.
        out.append(chosen[:1].upper() + chosen[1:] if lat[:1].isupper() else chosen)
    return "".join(out)


def to_cyrillic(text: str, *, scheme: str = "ala-lc") -> str:
    """Latin text in ``scheme`` back to Russian Cyrillic (ISO 9 exactly)."""
    name = resolve_scheme(scheme, choices=REVERSIBLE_SCHEMES)
    text = unicodedata.normalize("NFC", text.translate(_HALFMARKS))
    rules: _Rule = _no_rules
    if name == "bgn-pcgn":
        rules = _bgn_rules
    elif name == "ala-lc-ascii" or (name == "ala-lc" and TIE not in text):
        # Without any tie the text was written without them: read it as the ASCII form,
        # keeping the diacritic letters (ĭ, ë, ė) that may still be there.
        inverse = _inverse("ala-lc-ascii") | {
            k: v for k, v in _inverse("ala-lc").items() if TIE not in k
        }
        return _LATIN_WORD_PATTERN.sub(
            lambda m: _convert_word(m.group(), inverse, _ascii_rules), text
        )
    inverse = _inverse(name)
    return _LATIN_WORD_PATTERN.sub(lambda m: _convert_word(m.group(), inverse, rules), text)
