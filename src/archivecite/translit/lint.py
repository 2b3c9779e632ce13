"""Lint helpers over a list of romanized strings: pure functions returning typed findings.

* :func:`mixed_schemes` — which Russian schemes each title is consistent with, the majority
  scheme of the list, and the titles that cannot be in it;
* :func:`macron_variants` — the same Japanese word written with and without long-vowel marks
  (``Saito`` / ``Saitō`` / ``Saitô``) in one list;
* :func:`scheme_violations` — letters a declared scheme cannot produce (the Latin ``c`` of
  "SSSR c Prezidentami" under BGN/PCGN).

They report; they never change the text. ``archivecite lint`` and the normalizer turn the
findings into diagnostics.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from archivecite.translit.cyrillic import REVERSIBLE_SCHEMES
from archivecite.translit.detect import detect_scheme, impossible_letters
from archivecite.translit.schemes import resolve_scheme

__all__ = [
    "MacronVariant",
    "MixedSchemes",
    "SchemeFit",
    "SchemeViolation",
    "macron_variants",
    "mixed_schemes",
    "scheme_violations",
]

_LATIN_WORD_PATTERN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LONG_MARKS = frozenset("\u0304\u0302")  # combining macron, combining circumflex


@dataclass(frozen=True, slots=True)
class SchemeFit:
    """One title of the list and the schemes it is consistent with (empty: none, e.g. English)."""

    index: int
    text: str
    schemes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MixedSchemes:
    """The scheme most titles fit, every title's fit, and the titles that do not fit it."""

    majority: str | None
    fits: tuple[SchemeFit, ...]
    outliers: tuple[SchemeFit, ...]

    @property
    def is_mixed(self) -> bool:
        return bool(self.outliers)


@dataclass(frozen=True, slots=True)
class MacronVariant:
    """A word written in more than one way that differ only in long-vowel marks."""

    folded: str  # lowercase, marks removed: "saito"
    forms: tuple[str, ...]  # each spelling as written, first seen first: ("Saito", "Saitō")
    indices: tuple[int, ...]  # the list positions where the word occurs


@dataclass(frozen=True, slots=True)
class SchemeViolation:
    """A letter at ``offset`` of ``texts[index]`` that ``scheme`` never writes."""

    index: int
    text: str
    scheme: str
    letter: str
    offset: int


def mixed_schemes(titles: Sequence[str]) -> MixedSchemes:
    """Which reversible Russian scheme each title fits, the majority, and the outliers.

    A title fitting no scheme (English, or a mix within the title) is not an outlier: it is
    simply not a romanization this check can judge. Ties go to the more specific scheme
    (the order of :data:`REVERSIBLE_SCHEMES`).
    """
    fits = tuple(
        SchemeFit(index=i, text=title, schemes=detect_scheme(title))
        for i, title in enumerate(titles)
    )
    votes = Counter(scheme for fit in fits for scheme in fit.schemes)
    if not votes:
        return MixedSchemes(majority=None, fits=fits, outliers=())
    best = max(votes.values())
    majority = next(s for s in REVERSIBLE_SCHEMES if votes[s] == best)
    outliers = tuple(fit for fit in fits if fit.schemes and majority not in fit.schemes)
    return MixedSchemes(majority=majority, fits=fits, outliers=outliers)


def _fold(word: str) -> tuple[str, bool]:
    decomposed = unicodedata.normalize("NFD", word)
    marked = any(c in _LONG_MARKS for c in decomposed)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.casefold(), marked


def macron_variants(texts: Sequence[str]) -> list[MacronVariant]:
    """Words that occur both with and without long-vowel marks (or with macron and circumflex).

    ``["Saito Makoto", "Saitō Makoto"]`` gives one finding for ``saito``. Case alone does not
    make a variant. Findings come in order of first occurrence.
    """
    forms: dict[str, dict[str, None]] = {}
    where: dict[str, dict[int, None]] = {}
    marked: set[str] = set()
    for i, text in enumerate(texts):
        for match in _LATIN_WORD_PATTERN.finditer(unicodedata.normalize("NFC", text)):
            word = match.group()
            folded, has_mark = _fold(word)
            if has_mark:
                marked.add(folded)
            spellings = forms.setdefault(folded, {})
            if not any(s.casefold() == word.casefold() for s in spellings):
                spellings[word] = None
            where.setdefault(folded, {})[i] = None
    return [
        MacronVariant(folded=folded, forms=tuple(spellings), indices=tuple(where[folded]))
        for folded, spellings in forms.items()
        if folded in marked and len(spellings) > 1
    ]


def scheme_violations(texts: Sequence[str], *, scheme: str) -> list[SchemeViolation]:
    """Letters in ``texts`` that the declared Russian ``scheme`` cannot produce."""
    name = resolve_scheme(scheme)
    return [
        SchemeViolation(index=i, text=text, scheme=name, letter=letter, offset=offset)
        for i, text in enumerate(texts)
        for letter, offset in impossible_letters(text, name)
    ]
