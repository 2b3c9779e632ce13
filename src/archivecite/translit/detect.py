"""What script a text is in, which schemes a Latin text could come from, and homoglyphs.

``detect_scheme`` keeps a scheme when every word survives a round trip through it
(Latin → Cyrillic → Latin gives the word back) and the Cyrillic it implies is plausible
Russian; English words and schemes that disagree between words leave nothing.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from archivecite.model import Script
from archivecite.translit.cyrillic import REVERSIBLE_SCHEMES, to_cyrillic
from archivecite.translit.greek import unmix_greek
from archivecite.translit.russian import TIE, romanize_russian, scheme_chars, scheme_units

__all__ = [
    "detect_scheme",
    "detect_script",
    "impossible_letters",
    "mixed_script_words",
    "unmix_homoglyphs",
]

_WORD_PATTERN = re.compile(r"[^\W\d_]+(?:[\u0361\ufe20\ufe21'’ʹʺ\"”][^\W\d_]*)*")
_LETTERS_PATTERN = re.compile(r"[^\W\d_]+")

# Words that are English and never a Russian romanization in any scheme we detect.
_ENGLISH = frozenset(
    [
        "the",
        "of",
        "in",
        "on",
        "and",
        "for",
        "with",
        "from",
        "is",
        "are",
        "was",
        "were",
        "this",
        "that",
        "which",
        "their",
        "his",
        "her",
        "its",
        "into",
        "during",
        "between",
        "about",
        "after",
        "before",
        "under",
        "over",
        "by",
        "at",
        "an",
        "as",
        "war",
        "history",
        "documents",
        "archive",
        "archives",
        "state",
        "central",
        "foreign",
        "policy",
        "ministry",
    ]
)

# Cyrillic sequences (on word boundaries: ^ and $) that Russian does not have; a reading
# that needs them is not one a romanizer would have started from.
_IMPLAUSIBLE_PATTERN = re.compile(
    r"^[ыьъ]|ъ$|^иа|иа$|ииа|[аеёиоуыэюя]ы|ы[аоэ]|[ьъ][ьъ]|й[аиуыйьъэ]|ъ[^еёюя]|ыы"
    r"|[бвгджзйклмнпрстфхцчшщ]{5}"
)

# Letters that look alike in Latin and Cyrillic (lowercase and uppercase).
_LATIN_HOMOGLYPHS = frozenset("aceopxyABCEHKMOPTXY")
# Ukrainian І, Serbian/Macedonian Ј and Ѕ look like Latin letters too; a Latin word may hold
# them ("RDASPІ"), a Russian one never needs their Latin twins, so they only go to Latin
_CYRILLIC_HOMOGLYPHS = frozenset("асеорхуАВСЕНКМОРТХУІіЈјЅѕ")


def _script_of(char: str) -> Script | None:
    code = ord(char)
    if 0x0400 <= code <= 0x052F:
        return Script.CYRILLIC
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9D:
        return Script.KANA
    if (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or (0x20000 <= code <= 0x3134F)
    ):
        return Script.HAN
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return Script.HANGUL
    if char.isalpha() and (code < 0x0250 or 0x1E00 <= code <= 0x1EFF):
        return Script.LATIN
    return None


@dataclass(frozen=True)
class _JapaneseSigns:
    """The signs of data/japanese_signs.toml."""

    characters: frozenset[str]
    words: re.Pattern[str]
    simplified_shared: frozenset[str]
    traditional_kept: frozenset[str]


@cache
def _japanese_signs() -> _JapaneseSigns:
    path = resources.files("archivecite.translit").joinpath("data/japanese_signs.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))

    def characters(key: str) -> frozenset[str]:
        return frozenset("".join(data[key].split()))

    return _JapaneseSigns(
        characters("characters"),
        re.compile("|".join(map(re.escape, data["words"]))),
        characters("simplified_shared"),
        characters("traditional_kept"),
    )


def looks_japanese(text: str) -> bool:
    """Whether a text in kanji alone shows itself Japanese: a kana, a character written so only
    in Japan (戦, 関, 沢, 々), a word of Japanese publishing or dating (新書, 昭和), or a mix no
    Chinese script allows, a shinjitai form simplified Chinese shares with a traditional form
    Japanese kept (辞 with 語: 新潮日本語漢字辞典); Chinese otherwise ("毛泽东选集" and
    "漢語大詞典" are Chinese)."""
    if any(_script_of(char) is Script.KANA for char in text):
        return True
    signs = _japanese_signs()
    if not signs.characters.isdisjoint(text) or signs.words.search(text) is not None:
        return True
    shared, kept = signs.simplified_shared, signs.traditional_kept
    return not shared.isdisjoint(text) and not kept.isdisjoint(text)


def detect_script(text: str) -> Script:
    """The text's main script; any kana makes it Japanese (KANA), no letters COMMON."""
    counts = Counter(s for s in map(_script_of, text) if s is not None)
    if not counts:
        return Script.COMMON
    if counts[Script.KANA]:
        return Script.KANA
    return counts.most_common(1)[0][0]


def mixed_script_words(text: str) -> list[tuple[str, int, int]]:
    """Words mixing Latin and Cyrillic letters, or look-alike words in the other script.

    A word such as ``СССР c Президентами``'s Latin ``c`` (all homoglyphs, between Cyrillic
    words) is reported too, since it was meant as the Cyrillic letter.
    """
    words = [(m.group(), m.start(), m.end()) for m in _LETTERS_PATTERN.finditer(text)]
    scripts = [{_script_of(c) for c in w} - {None} for w, _, _ in words]
    found: list[tuple[str, int, int]] = []
    for i, (word, start, end) in enumerate(words):
        if {Script.LATIN, Script.CYRILLIC} <= scripts[i]:
            found.append((word, start, end))
            continue
        if scripts[i] == {Script.LATIN} and set(word) <= _LATIN_HOMOGLYPHS:
            other = Script.CYRILLIC
        elif scripts[i] == {Script.CYRILLIC} and set(word) <= _CYRILLIC_HOMOGLYPHS:
            other = Script.LATIN
        else:
            continue
        neighbours = [scripts[j] for j in (i - 1, i + 1) if 0 <= j < len(words)]
        if neighbours and all(n == {other} for n in neighbours):
            found.append((word, start, end))
    return found


_TO_CYRILLIC = str.maketrans("aceopxyABCEHKMOPTXY", "асеорхуАВСЕНКМОРТХУ")
_TO_LATIN = str.maketrans("асеорхуАВСЕНКМОРТХУІіЈјЅѕ", "aceopxyABCEHKMOPTXYIiJjSs")


def unmix_homoglyphs(text: str) -> str:
    """``text`` with look-alike letters written in the script of their word (``GАRF`` with a
    Cyrillic А → ``GARF``; ``Oп`` → ``Оп``) and homoglyph-only words in the script of the words
    around them (``ГАРФ. Ф. P-9401`` → Cyrillic ``Р``). Same length, so offsets still hold; a
    word with letters of both scripts that are not look-alikes is left as it is; a Greek
    look-alike in a Cyrillic or Latin word is read in its script too (``Γосударство``, see
    :mod:`archivecite.translit.greek`)."""
    text = unmix_greek(text)
    chars = list(text)
    words = [(m.start(), m.end()) for m in _LETTERS_PATTERN.finditer(text)]
    for index, (start, end) in enumerate(words):
        word = text[start:end]
        scripts = {_script_of(c) for c in word} - {None}
        if not {Script.LATIN, Script.CYRILLIC} <= scripts:
            continue
        latin_only = {c for c in word if _script_of(c) is Script.LATIN} - _LATIN_HOMOGLYPHS
        cyrillic_only = {c for c in word if _script_of(c) is Script.CYRILLIC} - _CYRILLIC_HOMOGLYPHS
        if not (latin_only or cyrillic_only):
            # look-alikes of both scripts ("рp." with a Cyrillic р): the script around it
            around = _neighbour_script(text, words, index)
            latin_only = {Script.LATIN} if around is Script.LATIN else set()
            cyrillic_only = {Script.CYRILLIC} if around is Script.CYRILLIC else set()
        if latin_only and not cyrillic_only:
            chars[start:end] = word.translate(_TO_LATIN)
        elif cyrillic_only and not latin_only:
            chars[start:end] = word.translate(_TO_CYRILLIC)
    unmixed = "".join(chars)
    for word, start, end in mixed_script_words(unmixed):
        scripts = {_script_of(c) for c in word} - {None}
        table = _TO_CYRILLIC if scripts == {Script.LATIN} else _TO_LATIN
        if len(scripts) == 1:
            chars[start:end] = word.translate(table)
    return "".join(chars)


def _neighbour_script(text: str, words: list[tuple[int, int]], index: int) -> Script | None:
    """The one script of the words on both sides of ``words[index]`` (one side at an end)."""
    around = set()
    for other in (index - 1, index + 1):
        if 0 <= other < len(words):
            start, end = words[other]
            around |= {_script_of(c) for c in text[start:end]} - {None}
    return around.pop() if len(around) == 1 else None


def impossible_letters(latin_text: str, scheme: str) -> list[tuple[str, int]]:
    """Letters of ``latin_text`` that ``scheme`` never writes, with their offsets.

    Letters are read greedily as the scheme's letter groups, so ``c`` on its own is reported
    for BGN/PCGN (с is s, ц is ts, only ``ch`` and ``shch`` contain a c).
    """
    units = scheme_units(scheme)
    longest = max(map(len, units))
    found: list[tuple[str, int]] = []
    for match in _LETTERS_PATTERN.finditer(unicodedata.normalize("NFC", latin_text)):
        word, base = match.group(), match.start()
        if any(_script_of(c) not in (Script.LATIN, None) for c in word):
            continue
        lower = word.lower()
        i = 0
        while i < len(lower):
            for size in range(min(longest, len(lower) - i), 0, -1):
                if lower[i : i + size] in units:
                    i += size
                    break
            else:
                found.append((word[i], base + i))
                i += 1
    return found


def _canonical(latin: str) -> str:
    # Spellings of the same output that a scheme's users vary freely.
    table = str.maketrans({"\ufe20": TIE, "\ufe21": None, "'": "ʹ", "’": "ʹ", '"': "ʺ", "”": "ʺ"})
    return unicodedata.normalize("NFC", latin.translate(table)).casefold()


@cache
def _word_schemes(word: str) -> frozenset[str]:
    fits: set[str] = set()
    canonical = _canonical(word)
    chars = set(canonical)
    for scheme in REVERSIBLE_SCHEMES:
        if not chars <= scheme_chars(scheme) or impossible_letters(word, scheme):
            continue
        cyrillic = to_cyrillic(word, scheme=scheme).lower()
        if _IMPLAUSIBLE_PATTERN.search(cyrillic):
            continue
        again = romanize_russian(cyrillic, scheme=scheme)
        if _canonical(again) == canonical or (
            scheme == "bgn-pcgn" and _canonical(again) == canonical.replace("ë", "e")
        ):
            fits.add(scheme)
    return frozenset(fits)


def detect_scheme(latin_text: str) -> tuple[str, ...]:
    """Schemes that could have produced ``latin_text``, most specific first; () if none.

    Empty for English, for text that is not Latin, and for text whose words need different
    schemes.
    """
    words = [m.group() for m in _WORD_PATTERN.finditer(latin_text)]
    if not words or any(_script_of(c) not in (Script.LATIN, None) for w in words for c in w):
        return ()
    english = sum(w.casefold() in _ENGLISH for w in words)
    if english and english * 5 >= len(words):
        return ()
    fits = set(REVERSIBLE_SCHEMES)
    for word in words:
        fits &= _word_schemes(word)
        if not fits:
            return ()
    return tuple(s for s in REVERSIBLE_SCHEMES if s in fits)
