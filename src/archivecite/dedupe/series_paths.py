"""Two series paths of one archive compared level by level ("陸軍一般史料 > 濠北 > 2A", see
:mod:`archivecite.parse.series_paths`).

A path names one node of the archive's hierarchy, so two paths are one series only when they
run to the same depth and every level is the same group: two series of one fonds differ in a
level, however alike their names ("0法令 > 会計法規(機密法規)", the classified accounting
regulations, and "0法令 > 会計(法規)", the unclassified ones), and a series is not its yearly
volume (叙位裁可書 > 昭和21年度分 / 昭和22年度分). In one script a level agrees only when it is
spelt alike (spaces, brackets and middle dots aside). JACAR's English path gives each level in
romanization with an English gloss in brackets ("Gohoku (Islands North of Australia)" for 濠北)
or in English ("Army Records (Rid of Dainikki)" for 陸軍一般史料): a romanized level agrees with
the kanji it reads, a code ("2A") must be the same code, and an English level cannot be compared
with kanji by its letters; the paths are one series when the deepest level and most levels
agree and none differs.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from archivecite.dedupe.decision import Reason
from archivecite.dedupe.readings import onyomi_reading
from archivecite.parse.patterns import PATH_SEPARATOR_PATTERN
from archivecite.parse.series_paths import LEVEL_JOINER
from archivecite.translit import match_key

__all__ = ["compare_paths", "is_path", "path_key", "path_reading_keys"]

_SEPARATOR = PATH_SEPARATOR_PATTERN
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_NOT_A_LETTER = re.compile(r"[\W_]+")
_GLOSS = re.compile(r"\s*\([^()]*\)\s*$")  # "Gohoku (Islands North of Australia)"
_DIGIT = re.compile(r"\d")
_READ_SHARE = 0.5  # more than this share of the levels must agree when some cannot be compared


def is_path(series: str) -> bool:
    return bool(_SEPARATOR.search(series))


def path_key(series: str) -> str:
    """The path as compared and blocked: NFKC, each level trimmed, one joiner."""
    levels = _SEPARATOR.split(unicodedata.normalize("NFKC", series).strip())
    return LEVEL_JOINER.join(level.strip() for level in levels)


def _levels(key: str) -> list[str]:
    return key.split(LEVEL_JOINER)


def _spelt(level: str) -> str:
    return _NOT_A_LETTER.sub("", level).casefold()


@lru_cache(maxsize=4096)
def _readings(level: str) -> frozenset[str]:
    """The romanized keys of a level in kanji or kana: its dictionary reading and its on'yomi
    (濠北 is 'horikita' as a name, 'gohoku' as JACAR romanizes the region)."""
    keys = {match_key(level, "ja"), onyomi_reading(level)}
    return frozenset(key.replace(" ", "") for key in keys if key)


def _latin_key(level: str) -> str:
    return match_key(_GLOSS.sub("", level) or level, "ja").replace(" ", "")


def _compare_level(first: str, second: str) -> str:
    """'agree', 'differ' or 'unknown' (an English level against kanji)."""
    cjk_first, cjk_second = bool(_CJK.search(first)), bool(_CJK.search(second))
    if cjk_first == cjk_second:
        return "agree" if _spelt(first) == _spelt(second) else "differ"
    latin, kanji = (second, first) if cjk_first else (first, second)
    key = _latin_key(latin)
    if key and key in _readings(kanji):
        return "agree"
    # a code ("2A") is the same code in both languages; words may be a translation
    return "differ" if _DIGIT.search(latin) or _DIGIT.search(kanji) else "unknown"


def compare_paths(first: str, second: str) -> tuple[bool, Reason]:
    """Whether two paths (as :func:`path_key` gives them) name one series, and why."""
    one, other = _levels(first), _levels(second)
    if len(one) != len(other):
        text = f"series paths of other depths ({first} / {second}): a group and its part"
        return False, Reason("series", text)
    verdicts = [_compare_level(a, b) for a, b in zip(one, other, strict=True)]
    if "differ" in verdicts:
        index = verdicts.index("differ")
        text = f"another group: level {index + 1} differs ({one[index]} / {other[index]})"
        return False, Reason("series", text)
    agreeing = verdicts.count("agree")
    if agreeing == len(verdicts):
        return True, Reason("series", "the same series path, level by level")
    if verdicts[-1] == "agree" and agreeing / len(verdicts) > _READ_SHARE:
        text = (
            f"the same series path in two languages: {agreeing} of {len(verdicts)} levels "
            "agree by reading, none differs"
        )
        return True, Reason("series", text)
    text = f"series paths in two languages: only {agreeing} of {len(verdicts)} levels compare"
    return False, Reason("series", text)


def path_reading_keys(key: str) -> tuple[str, ...]:
    """Blocking keys of a path: the readings of its deepest level, in whichever script."""
    deepest = _levels(key)[-1]
    if _CJK.search(deepest):
        return tuple(sorted(_readings(deepest) | {_spelt(deepest)}))
    return (_latin_key(deepest),)
