"""Kana → romaji in Hepburn, Kunrei-shiki and Nihon-shiki, with long-vowel styles.

Built in, so kana never needs the Japanese dictionary extra. Long vowels come from ー and,
for bare kana (no reading to consult), from おう/おお/うう; えい and いい stay as written,
as modified Hepburn writes them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Literal

__all__ = ["LongVowels", "System", "default_long_vowels", "kana_to_romaji", "looks_like_romaji"]
__all__ += ["to_hiragana"]

System = Literal["hepburn", "kunrei", "nihon"]
LongVowels = Literal["macron", "circumflex", "double", "none"]

_BASE = dict(
    zip(
        "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろ"
        "わゐゑをんがぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽゔぁぃぅぇぉゃゅょゎ",
        [
            "a",
            "i",
            "u",
            "e",
            "o",
            "ka",
            "ki",
            "ku",
            "ke",
            "ko",
            "sa",
            "shi",
            "su",
            "se",
            "so",
            "ta",
            "chi",
            "tsu",
            "te",
            "to",
            "na",
            "ni",
            "nu",
            "ne",
            "no",
            "ha",
            "hi",
            "fu",
            "he",
            "ho",
            "ma",
            "mi",
            "mu",
            "me",
            "mo",
            "ya",
            "yu",
            "yo",
            "ra",
            "ri",
            "ru",
            "re",
            "ro",
            "wa",
            "i",
            "e",
            "o",
            "n",
            "ga",
            "gi",
            "gu",
            "ge",
            "go",
            "za",
            "ji",
            "zu",
            "ze",
            "zo",
            "da",
            "ji",
            "zu",
            "de",
            "do",
            "ba",
            "bi",
            "bu",
            "be",
            "bo",
            "pa",
            "pi",
            "pu",
            "pe",
            "po",
            "vu",
            "a",
            "i",
            "u",
            "e",
            "o",
            "ya",
            "yu",
            "yo",
            "wa",
        ],
        strict=True,
    )
)
_KUNREI = {"し": "si", "ち": "ti", "つ": "tu", "ふ": "hu", "じ": "zi", "ぢ": "zi", "づ": "zu"}
_NIHON = _KUNREI | {"ぢ": "di", "づ": "du", "を": "wo", "ゐ": "wi", "ゑ": "we"}
_SMALL_Y = frozenset("ゃゅょ")
_SMALL_VOWEL = frozenset("ぁぃぅぇぉ")
_MARKS = {
    "macron": dict(zip("aiueo", "āīūēō", strict=True)),
    "circumflex": dict(zip("aiueo", "âîûêô", strict=True)),
}
_LONG = "ー"


def default_long_vowels(system: System) -> LongVowels:
    """Hepburn writes macrons, Kunrei and Nihon circumflexes."""
    return "macron" if system == "hepburn" else "circumflex"


_TO_HIRAGANA: dict[int, int | str] = {
    **{code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)},
    **{ord(k): v for k, v in zip("ヽヾ", "ゝゞ", strict=True)},
    **{ord(k): "ゔ" + v for k, v in zip("ヷヸヹヺ", "ぁぃぇぉ", strict=True)},
    **{ord(k): "か" for k in "ゕヵ"},  # small ka and ke read as written
    **{ord(k): "け" for k in "ゖヶ"},
    ord("ゟ"): "より",  # the digraphs yori and koto
    ord("ヿ"): "こと",
}
_VOICED = {
    char: chr(ord(char) + 1)
    for char in "かきくけこさしすせそたちつてとはひふへほカキクケコサシスセソタチツテトハヒフヘホ"
} | {"う": "ゔ", "ウ": "ヴ"}
ITERATION_MARKS = frozenset("ゝゞヽヾ")
_VOICED_MARKS = frozenset("ゞヾ")
_KANA = frozenset(map(chr, range(0x3041, 0x3100)))
_SOUND_MARKS = re.compile("[\u3099-\u309c]")
_TABLES: dict[str, dict[str, str]] = {
    "hepburn": _BASE,
    "kunrei": _BASE | _KUNREI,
    "nihon": _BASE | _NIHON,
}


def to_hiragana(text: str) -> str:
    """Katakana → hiragana (ー and other marks unchanged)."""
    return text.translate(_TO_HIRAGANA)


def iterated(text: str, *, keep_lone: bool = True) -> str:
    """ゝ and ヽ repeat the kana before them, ゞ and ヾ voiced, in either script (いすゞ isuzu,
    こゝろ kokoro; a Meiji title mixes the scripts: ノスゝメ). A mark with no kana before it
    stays (``keep_lone``: one character for one, as a text read by the dictionary needs) or
    repeats whatever stands before it, nothing at the start (a kana reading)."""
    chars = list(text)
    for at, char in enumerate(chars):
        if char not in ITERATION_MARKS:
            continue
        previous = chars[at - 1] if at else ""
        if previous in _KANA or not keep_lone:
            chars[at] = _VOICED.get(previous, previous) if char in _VOICED_MARKS else previous
    return "".join(chars)


def _syllables(hira: str, system: System) -> list[str]:
    table = _TABLES[system]
    out: list[str] = []
    if _SOUND_MARKS.search(hira):  # か + combining ゙ is が; a spacing mark alone is dropped
        hira = _SOUND_MARKS.sub("", unicodedata.normalize("NFC", hira))
    if not ITERATION_MARKS.isdisjoint(hira):
        hira = iterated(hira, keep_lone=False)
    for char in hira:
        prev = out[-1] if out else ""
        if char in _SMALL_Y and prev.endswith("i") and len(prev) > 1:
            # きゃ kya; しゃ sha, ちゃ cha, じゃ ja in Hepburn (no y after sh, ch, j)
            glide = _BASE[char]
            stem = prev[:-1]
            out[-1] = stem + (glide[1:] if stem in ("sh", "ch", "j") else glide)
        elif char in _SMALL_VOWEL and prev[-1:] in ("u", "i", "e", "o") and len(prev) > 1:
            vowel = _BASE[char]
            if prev in ("te", "de") and vowel == "i":
                out[-1] = prev[0] + "i"  # ティ ti, ディ di
            elif prev in ("to", "do") and vowel == "u":
                out[-1] = prev[0] + "u"  # トゥ tu
            elif prev in ("shi", "chi", "ji") and vowel == "e":
                out[-1] = prev[:-1] + "e"  # シェ she, チェ che, ジェ je
            else:
                out[-1] = prev[:-1] + vowel  # ファ fa, ツァ tsa, ヴァ va
        elif char in _SMALL_VOWEL and prev == "u" and _BASE[char] in "ieo":
            out[-1] = "w" + _BASE[char]  # ウィ wi, ウェ we, ウォ wo
        else:
            out.append(table.get(char, char))
    return out


def _long(vowel: str, style: LongVowels) -> str:
    if style == "double":
        return vowel + vowel
    if style == "none":
        return vowel
    return _MARKS[style][vowel]


def kana_to_romaji(
    text: str,
    *,
    system: System = "hepburn",
    long_vowels: LongVowels | None = None,
    merge_ou: bool = True,
) -> str:
    """Romanize kana; other characters pass through.

    ``long_vowels`` defaults to macrons in Hepburn and circumflexes otherwise.
    ``merge_ou=False`` writes おう/おお/うう literally: use it when long vowels were already
    marked with ー from a dictionary reading, so that 思う stays ``omou``.
    """
    long_vowels = long_vowels or default_long_vowels(system)
    syllables = _syllables(to_hiragana(text), system)
    out: list[str] = []
    geminate = False
    for i, written in enumerate(syllables):
        syl = written
        prev = out[-1] if out else ""
        vowel = prev[-1:]
        if syl == "っ":
            geminate = True
            continue
        if syl == _LONG:  # ー lengthens the vowel before it; with none it is silent
            if vowel and vowel in "aiueo":
                out[-1] = prev[:-1] + _long(vowel, long_vowels)
            continue
        if (
            merge_ou
            and vowel
            and len(syl) == 1
            and ((vowel == "o" and syl in "ou") or (vowel == "u" and syl == "u"))
        ):
            out[-1] = prev[:-1] + _long(vowel, long_vowels)
            continue
        if geminate:
            geminate = False
            if syl.startswith("ch") and system == "hepburn":
                syl = "t" + syl
            elif syl[:1].isalpha() and syl[:1] not in "aiueon":
                syl = syl[0] + syl
        if prev == "n" and syllables[i - 1] == "n" and syl[:1] in ("a", "i", "u", "e", "o", "y"):
            out[-1] = "n'"  # hen'yō: ん before a vowel or y
        out.append(syl)
    return "".join(out)


# A word of romaji morae (Hepburn, Kunrei or Nihon-shiki), long vowels folded to plain ones: a
# syllable (consonant or palatal onset, then a vowel), the moraic n (n' before a vowel; m before
# b, p, m in traditional Hepburn: "shimbun") or the first half of a doubled consonant ("gakkō",
# "matcha")
_ROMAJI_WORD = re.compile(
    r"(?:(?:[kgsztdnhbpmr]y|ch|sh|ts|[kgsztdnhbpmrwyfj])?[aiueo]"
    r"|n'|n(?![aiueoy])|m(?=[bpm])|k(?=k)|s(?=s)|t(?=t|ch)|p(?=p)|c(?=ch))+"
)
_ROMAJI_MIN_WORDS = 2
_NO_ROMAJI_LETTER = re.compile(r"[lqxv]|c(?!h)")
_LETTERS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@lru_cache(maxsize=4096)  # dedupe asks of a title for its keys, then for its names
def looks_like_romaji(text: str) -> bool:
    """Every word of ``text`` (two at least) is a run of romaji morae: "Nihongun heishi",
    "Shiberia yokuryū zenshi". English and Russian romanizations have words that are not
    ("history", "istoriya", "voennoplennye"); a Russian "Moya rodina" is one that passes."""
    lower = text.lower()
    if _NO_ROMAJI_LETTER.search(lower):
        return False  # most English and Russian titles, at once
    folded = unicodedata.normalize("NFD", lower)
    plain = "".join(char for char in folded if not unicodedata.combining(char))
    words = _LETTERS.findall(plain)
    return len(words) >= _ROMAJI_MIN_WORDS and all(_ROMAJI_WORD.fullmatch(w) for w in words)
