"""A Western name and its transcription in katakana or hanzi, by the consonants both keep.

Japanese and Chinese write a foreign name by its sounds (ジョン・ダワー is John Dower, 斯諾 Edgar
Snow, 索爾茲伯里 Harrison Salisbury), so its letters say nothing of the original's, but its
consonants do, once the ones transcription confuses are one class (b/p, d/t, l/r, ...), the
vowels it adds are dropped and the consonants it may drop are optional: "Dower" is T-W or
T-W-L, ダワー (dawa) T-W; "Salisbury" S-L-S-P-L, 索爾茲伯里 (suoerziboli) S-L-S-P-L. A name
is a set of such skeletons; two names sound alike when their sets meet on a skeleton of two
consonants or more. The classes and letters are data: ``data/transcription.toml``, after the
Xinhua tables for English and Russian names (GB/T 17693).

A Russian name in Cyrillic is read in its ALA-LC romanization (Владимиров "Vladimirov", whose
ди the Russian table writes 基: 弗拉基米洛夫 fu-la-ji-mi-luo-fu, F-L-J-M-L-F). A transcription
is printed with its given names before it, the parts parted by a middle dot or, as often in
print, a full stop (馬克.塞爾登 Mark Selden, 查默斯.約翰遜 Chalmers Johnson): the family name is
the last part. A few names are written by convention, not by their sounds (约翰 John, 约翰逊
Johnson): the table spells them in Latin letters, read as such.

Some Western scholars of China bear a Chinese name of their own, no transcription at all: 费正清
is John King Fairbank, 冯客 Frank Dikötter, 史景迁 Jonathan Spence. Their translations print
it, and no consonant says so; a table of such names (``data/established_names.tsv``, each with
where it is printed) gives the family name they stand for (:func:`established_family`).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import product
from typing import Any

from archivecite.translit import match_key, romanize

__all__ = ["FEWEST_CONSONANTS", "cjk_sounds", "latin_sounds", "sound_alike", "transcribed_sounds"]
__all__ += ["established_family", "heard_in", "spelled_sounds", "transcribes", "unvoiced_reading"]

FEWEST_CONSONANTS = 2  # a skeleton this long or longer may name a person ("Snow": S-N)
# the dots between a Western name's parts: middle dots (·・•･‧), and full stops (.．﹒) where a
# name in hanzi is printed with one
_LAST_PART = re.compile("[\u00b7\u30fb\u2022\uff65\u2027.\uff0e\ufe52]")
_MOST_SKELETONS = 16  # alternatives kept for one name (each optional letter doubles them)


@dataclass(frozen=True, slots=True)
class _Letters:
    """One side's reading rules: its vowels, letter groups and single letters."""

    vowels: str
    groups: dict[str, tuple[str, ...]]
    letters: dict[str, tuple[str, ...]]
    rules: dict[str, Any]


def _side(table: dict[str, Any]) -> _Letters:
    def classes(mapping: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
        return {letters: tuple(values) for letters, values in mapping.items()}

    groups = dict(sorted(classes(table["groups"]).items(), key=lambda item: -len(item[0])))
    return _Letters(table["vowels"], groups, classes(table["letters"]), table)


@cache
def _data() -> dict[str, Any]:
    text = resources.files("archivecite.dedupe").joinpath("data", "transcription.toml")
    return tomllib.loads(text.read_text(encoding="utf-8"))


@cache
def _tables() -> tuple[_Letters, _Letters, frozenset[str]]:
    data = _data()
    hanzi = frozenset("".join(data["hanzi"]["characters"].split()))
    return _side(data["latin"]), _side(data["cjk"]), hanzi


@cache
def _pinyin() -> _Letters:
    """The pinyin side: the katakana and pinyin letters, with pinyin's own over them."""
    _, cjk, _ = _tables()
    own = {letter: tuple(values) for letter, values in _data()["pinyin"]["letters"].items()}
    return _Letters(cjk.vowels, cjk.groups, cjk.letters | own, cjk.rules)


def _conventional() -> dict[str, str]:
    found: dict[str, str] = _data()["pinyin"]["conventional"]
    return found


_NAME_DOTS = str.maketrans(dict.fromkeys("\u00b7\u30fb\u2022\uff65\u2027.\uff0e\ufe52 "))


@cache
def _established() -> dict[str, str]:
    """Each Chinese name of ``data/established_names.tsv`` and the Western family name it
    stands for."""
    text = resources.files("archivecite.dedupe").joinpath("data", "established_names.tsv")
    names: dict[str, str] = {}
    for line in text.read_text(encoding="utf-8").splitlines():
        row = line.split("\t")
        if line.startswith("#") or len(row) < 2:
            continue
        names.update(dict.fromkeys(row[0].split(), row[1]))
    return names


def established_family(written: str) -> str:
    """The Western family name of a scholar whose own Chinese name ``written`` is (冯客:
    "Dikötter", 費正清: "Fairbank"), a whole name, dots and spaces aside; "" for any other."""
    if written.isascii():
        return ""
    return _established().get(written.translate(_NAME_DOTS), "")


def _skeletons(choices: Iterable[tuple[str, ...]]) -> frozenset[str]:
    """Every way of taking one class from each choice, equal neighbours as one ("Conquest":
    K-K-S-T is K-S-T, as 康奎斯特 gang-gui-si-de is)."""
    found: set[str] = set()
    for picked in product(*choices):
        skeleton = ""
        for part in picked:
            for letter in part:
                if not skeleton.endswith(letter):
                    skeleton += letter
        found.add(skeleton)
        if len(found) >= _MOST_SKELETONS:
            break
    return frozenset(found)


# a katakana key's u before i, e or o opening a syllable: the w of a foreign name
_KANA_W = re.compile("(?<![^aeiou])u(?=[ieo])")

_Single = Callable[[str, str, str], tuple[str, ...]]


def _read(word: str, side: _Letters, single: _Single) -> frozenset[str]:
    """The skeletons of ``word`` read letter by letter; ``single(letter, before, after)`` gives
    the classes of a letter that no group takes, by the letters around it."""
    choices: list[tuple[str, ...]] = []
    position = 0
    while position < len(word):
        letter = word[position]
        if letter in side.vowels:
            position += 1
            continue
        group = next((g for g in side.groups if word.startswith(g, position)), None)
        if group is not None:
            choices.append(side.groups[group])
            position += len(group)
            continue
        before = word[position - 1] if position else ""
        after = word[position + 1] if position + 1 < len(word) else ""
        classes = single(letter, before, after)
        if classes:
            choices.append(classes)
        position += 1
    return _skeletons(choices)


@lru_cache(maxsize=1 << 16)
def latin_sounds(name: str) -> frozenset[str]:
    """The skeletons of a name in Latin letters ("Dower": TW, TWL; "Snow": SN)."""
    latin, _, _ = _tables()
    rules = latin.rules
    vowels = latin.vowels

    def single(letter: str, before: str, after: str) -> tuple[str, ...]:
        opens = after in vowels and after != ""
        if letter in "dt" and after == "i":
            return tuple(rules["palatal_dt"])
        if letter == "j" and not before:
            return tuple(rules["j_opening"])
        if letter in "cg":
            soft = after != "" and after in rules["soft_vowels"]
            return tuple(rules[f"{'soft' if soft else 'hard'}_{letter}"])
        if letter == "r":
            return tuple(rules["r_before_vowel" if opens else "r_otherwise"])
        if letter == "n":
            return tuple(rules["n_before_vowel"]) if opens else ()
        if letter == "m" and after and not opens:
            return tuple(rules["m_before_consonant"])
        if letter == "w":
            return tuple(rules["w_before_vowel"]) if opens else ()
        if letter == "h":
            return tuple(rules["h_opening"]) if opens and (not before or before in vowels) else ()
        return latin.letters.get(letter, ())

    folded = unicodedata.normalize("NFKD", name.lower())
    word = "".join(char for char in folded if char.isalpha())
    if not word.isascii() and all("\u0400" <= char <= "\u04ff" for char in word):
        word = "".join(filter(str.isalpha, romanize(word, lang="ru", scheme="ala-lc-ascii")))
    return _read(word, latin, single) if word.isascii() else frozenset()


@lru_cache(maxsize=1 << 16)
def cjk_sounds(key: str, *, pinyin: bool = False) -> frozenset[str]:
    """The skeletons of a katakana name's Hepburn key or a hanzi name's pinyin key ("dawa":
    TW; "suoerziboli": SLSPL, the 爾 of a transcription being its l or r); ``pinyin`` for a
    hanzi name's, whose j, q and r write more sounds ("fulajimiluofu": FLJMLF and FLKMLF)."""
    cjk = _pinyin() if pinyin else _tables()[1]
    rules = cjk.rules
    vowels = cjk.vowels

    def single(letter: str, before: str, after: str) -> tuple[str, ...]:
        opens = after in vowels and after != ""
        if letter == "n":
            return tuple(rules["n_before_vowel"]) if opens else ()
        if letter == "h" and after == "u":
            return tuple(rules["hu_before_vowel"])
        if letter == "r" and not opens:
            return tuple(rules["r_closing"])  # 尔 er, whatever r opens
        return cjk.letters.get(letter, ())

    # a closing ng is the nasal (蒙 meng): its g opens no syllable unless a vowel follows
    word = key.replace("ng", "n") if "ng" in key else key
    if not pinyin and "u" in word:
        # ウィ ウェ ウォ, keyed "ui" "ue" "uo", are wi, we, wo (ウィーナー Wiener, ウェーバー Weber)
        word = _KANA_W.sub("w", word)
    return _read(word, cjk, single)


@lru_cache(maxsize=1 << 16)
def spelled_sounds(family: str) -> str:
    """:func:`latin_sounds` space-separated, one string for every record of the name."""
    return " ".join(sorted(latin_sounds(family)))


def transcribes(family: str) -> bool:
    """A family name in katakana, or in two or more of the hanzi the transcription tables use,
    may transcribe a Western name (ダワー, 斯諾); 田中 and 杨 do not."""
    if len(family) < 2:
        return False
    if all("\u30a0" <= char <= "\u30ff" for char in family):
        return True
    return all(char in _tables()[2] for char in family)


def sound_alike(latin: frozenset[str], cjk: frozenset[str]) -> bool:
    """Two names' skeletons meet on one of :data:`FEWEST_CONSONANTS` consonants or more."""
    return any(len(skeleton) >= FEWEST_CONSONANTS for skeleton in latin & cjk)


def transcribed_sounds(family: str) -> str:
    """The skeletons of a family name that :func:`transcribes` a Western one, space-separated:
    a katakana name's by its Hepburn key, a hanzi name's by its pinyin (not by a Japanese
    reading, which no transcription follows); "" for any other name."""
    family = _LAST_PART.split(family)[-1]  # the family name after the given: ジョン・ダワー
    if not transcribes(family):
        return ""
    katakana = not any(char in _tables()[2] for char in family)
    if katakana:
        return " ".join(sorted(cjk_sounds(match_key(family, "ja").replace(" ", ""))))
    return " ".join(sorted(_hanzi_sounds(family)))


@lru_cache(maxsize=1 << 16)
def _hanzi_sounds(family: str) -> frozenset[str]:
    """The skeletons of a transcription in hanzi, by its pinyin (约翰 by its convention)."""
    spelled = next((c for c in _conventional() if family.startswith(c) and family != c), "")
    rest = family[len(spelled) :]
    sounds = cjk_sounds(match_key(rest, "zh").replace(" ", ""), pinyin=True)
    if spelled:
        # 约翰逊 Johnson: John's letters, then the sounds of 逊
        opening = latin_sounds(_conventional()[spelled])
        sounds = frozenset().union(
            *(_skeletons(((first,), (last,))) for first in opening for last in sounds)
        )
    return sounds


_LONGEST_NAME = 10  # characters of a transcribed name looked for in a title


@cache
def _runs_of(hanzi: frozenset[str]) -> re.Pattern[str]:
    """Runs of two or more of the transcription tables' characters."""
    return re.compile(f"[{''.join(sorted(hanzi))}]{{2,}}")


def heard_in(title: str, names: Iterable[str]) -> frozenset[int]:
    """The positions of the characters of a title in hanzi that transcribe one of ``names``
    (in Latin or Cyrillic letters): a translation names its author by the sounds of the name
    (《弗拉基米洛夫日记》, The Vladimirov Diaries), as the original names him by its letters.
    The longest run of transcription characters alike is taken; none for no name alike."""
    spelled = [sounds for name in names if len(name) >= 3 and (sounds := latin_sounds(name))]
    hanzi = _tables()[2]
    if not spelled or sum(char in hanzi for char in title) < FEWEST_CONSONANTS:
        return frozenset()
    found: set[int] = set()
    for run in _runs_of(hanzi).finditer(title):
        start, end = run.span()
        spans = sorted(
            (
                (i, j)
                for i in range(start, end)
                for j in range(i + 2, end + 1)
                if j - i <= _LONGEST_NAME
            ),
            key=lambda span: span[0] - span[1],
        )
        for i, j in spans:
            if found.intersection(range(i, j)):
                continue
            sounds = _hanzi_sounds(title[i:j])
            if any(sound_alike(name, sounds) for name in spelled):
                found.update(range(i, j))
    return frozenset(found)


def unvoiced_reading(reading: str) -> str:
    """A Japanese family name's reading with its consonants after the first unvoiced, as
    rendaku may voice them or not (柳田 "yanagida" and "Yanagita": "yanakita"); its first letter
    is kept, rendaku never voicing a name's opening."""
    table: dict[str, str] = _data()["japanese_voicing"]["unvoiced"]
    return reading[:1] + "".join(table.get(letter, letter) for letter in reading[1:])
