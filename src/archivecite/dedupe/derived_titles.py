"""A title with a word added that names another work built on the first: the head noun of a
series, a collection or a study of the topic (日本資本主義発達史講座, the lecture series, is not
野呂栄太郎's 日本資本主義発達史; 'Nihon Shihonshugi Hattatsushi Kōza' not 'Nihon Shihonshugi
Hattatsu-shi'), or the word of a short version (冯友兰's 中国哲学简史 is not his 中国哲学史, 'A
Short History of …' not 'A History of …'). The words are in ``data/derived_title_markers.toml``;
:mod:`archivecite.dedupe.sequels` compares them as it compares the ordinals of sequels.

Only the main title is read: a word in a subtitle ('История ВКП(б). Краткий курс') is the
work's own, which a citation of its main title alone may leave out.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from archivecite.dedupe.readings import plain

__all__ = ["derived_marker"]

_DATA = tomllib.loads(
    resources.files("archivecite.dedupe")
    .joinpath("data/derived_title_markers.toml")
    .read_text("utf-8")
)


@dataclass(frozen=True, slots=True)
class _HeadNoun:
    english: str
    cjk: tuple[str, ...]
    cjk_label: tuple[str, ...]  # the forms that may open a title too
    romanized: frozenset[str]
    opening: tuple[tuple[str, ...], ...]  # the plain words of each English opening


_HEAD_NOUNS = tuple(
    _HeadNoun(
        table["english"],
        tuple(sorted(table["cjk"], key=len, reverse=True)),
        tuple(table.get("cjk_label", ())),
        frozenset(table["romanized"]),
        tuple(tuple(words.split()) for words in table["opening"]),
    )
    for table in _DATA["head_noun"]
)
_SHORT = _DATA["short"]
SHORT_VERSION: str = _SHORT["english"]
HEAD_NOUNS = frozenset(noun.english for noun in _HEAD_NOUNS)
_SHORT_WORDS = frozenset(_SHORT["words"])
_CJK_SHORT = re.compile(
    "|".join(
        [
            *map(re.escape, _SHORT["cjk_anywhere"]),
            rf"[{''.join(_SHORT['cjk_before_history'])}](?=史)",
        ]
    )
)
_QUOTES = "『』「」《》〈〉\"“”'"
# where the main title ends: a bracket, a colon, a closing quotation mark, a dash or a full stop
_MAIN_END = re.compile(r"\s*[(\[（【〔:：』」》〉]|\s[—–―-]\s|\.\s|。")
_WORD = re.compile(r"[^\W\d_]+")
_CJK_SEPARATOR = " 　・･"
_TITLE_WORDS = 2  # a head noun alone is no title built on another


def _cjk(text: str) -> bool:
    return bool(text[:1]) and text[0] >= "\u3000"


@lru_cache(maxsize=1 << 12)
def derived_marker(title: str) -> tuple[str, tuple[str, ...]]:
    """The English of the word that makes ``title`` another work's (``"lectures"``, ``"short
    version"``) and the title without it: whole, and its main title alone when more follows
    it (the words in brackets, the subtitle), or ``("", ())``."""
    text = title.strip().strip(_QUOTES)
    found = _MAIN_END.search(text)
    main_end = found.start() if found else len(text)
    main, after = text[:main_end], text[main_end:]
    marked = _cjk_marker(main) if _cjk(main) else _latin_marker(main)
    if marked is None:
        return "", ()
    marker, rest = marked
    whole = (rest + after).strip()
    return marker, (whole, rest.strip()) if after.strip() else (whole,)


def _cjk_marker(main: str) -> tuple[str, str] | None:
    for noun in _HEAD_NOUNS:
        for form in noun.cjk:
            if main.endswith(form) and len(main) > len(form):
                return noun.english, main[: -len(form)].rstrip(_CJK_SEPARATOR)
            if form in noun.cjk_label and main.startswith(form) and len(main) > len(form):
                return noun.english, main[len(form) :].lstrip(_CJK_SEPARATOR)
    found = _CJK_SHORT.search(main)
    if found is None:
        return None
    return SHORT_VERSION, main[: found.start()] + main[found.end() :]


def _latin_marker(main: str) -> tuple[str, str] | None:
    words = list(_WORD.finditer(main))
    keys = [plain(word.group()) for word in words]
    if len(words) < _TITLE_WORDS:
        return None
    for noun in _HEAD_NOUNS:
        if keys[-1] in noun.romanized:
            return noun.english, main[: words[-1].start()].rstrip(" -‐")
        for opening in noun.opening:
            if len(keys) > len(opening) and tuple(keys[: len(opening)]) == opening:
                return noun.english, main[words[len(opening) - 1].end() :].lstrip(" ,")
    for word, key in zip(words, keys, strict=True):
        if key in _SHORT_WORDS:
            return SHORT_VERSION, (main[: word.start()] + main[word.end() :].lstrip()).strip()
    return None
