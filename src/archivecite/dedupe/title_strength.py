"""How much an equal title can tell alone, by the words that carry its meaning: a kind of
writing or one word tells nothing ("Memoirs", 道草), a compound of two words names a topic as
often as a work (明治維新, 中国近代史), a phrase or three words or more may name the work alone
(世に棲む日日, 大元帥 昭和天皇). Titles in characters are divided by the dictionary's tokens."""

from __future__ import annotations

import re
from functools import lru_cache

from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.readings import reading_keys, text_script
from archivecite.dedupe.titles import CJK_SCRIPTS, equal_across_scripts, main_part
from archivecite.dedupe.vocabulary import VOCABULARY
from archivecite.translit.japanese.tokens import analyse

__all__ = [
    "GENERIC_TITLE",
    "SHORT_TITLE",
    "TELLING_TITLE",
    "named_across_scripts",
    "phrase_in_characters",
    "title_strength",
    "topic_in_characters",
]

_NON_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W\d_]+")

# What an equal title can carry alone: nothing when it names a kind of writing (『回想』,
# "Memoirs", "Sochineniia") or is one word (道草, 野火: a novel's title is as often a word of
# the dictionary, and another writer's may be the same); a compound of two words names a topic
# as often as a work (明治維新, 太平洋戦争, シベリア出兵: several books each), so the house, the
# year or the editors must agree too; a phrase (a verb or a particle between its words: 世に棲む
# 日日, 極光のかげに) or three words or more (大元帥 昭和天皇) may name the work alone.
GENERIC_TITLE, SHORT_TITLE, TELLING_TITLE = 0, 1, 2
_GENRE_TITLES = VOCABULARY.genre_titles
_TITLE_STOP_WORDS = frozenset(VOCABULARY.stop_words)
_NOT_CONTENT = frozenset(("助詞", "助動詞"))  # particles and auxiliaries: no word of their own
_AFFIXES = frozenset(("接頭辞", "接尾辞"))  # 大 of 大元帥, 記 of 俘虜記: part of their word
_PREDICATES = frozenset(("動詞", "形容詞", "助動詞"))
_NOUN_LINKS = frozenset(("の", "と", "・"))  # 日本の歴史, 戦争と平和: a noun phrase still
_PHRASE_WORDS = 3
_DIGITS_AND_SPACES = re.compile(r"[\d\s]+")


@lru_cache(maxsize=1)
def _genre_keys() -> frozenset[str]:
    return frozenset(
        key.replace(" ", "") for word in _GENRE_TITLES for key in reading_keys(word, None)
    )


@lru_cache(maxsize=1 << 14)
def _meaning_words(original: str, key: str) -> tuple[int, bool]:
    """The words of a title that carry meaning, and whether it is a phrase rather than a
    compound: the dictionary's tokens of a title in characters (平家物語: 平家, 物語; 道草:
    one), the words of a key apart from stop words otherwise."""
    if text_script(original) in CJK_SCRIPTS:
        tokens = [tok for tok in analyse(original)[0] if not tok.mark]
        content = [tok for tok in tokens if tok.pos1 not in _NOT_CONTENT]
        words = sum(1 for tok in content if tok.pos1 not in _AFFIXES)
        predicate = any(
            tok.pos1 in _PREDICATES or (tok.pos1 == "助詞" and tok.surface not in _NOUN_LINKS)
            for tok in tokens
        )
        return len(content), predicate or words >= _PHRASE_WORDS
    found = key.split() if " " in key else _WORD.findall(original.lower())
    count = sum(1 for word in found if word not in _TITLE_STOP_WORDS)
    return count, count >= _PHRASE_WORDS


def _strength(record: RecordKeys) -> int:
    keys = [t.key for t in record.titles if not t.how.startswith("translation:")]
    keys = keys or [t.key for t in record.titles]
    if not keys or record.column:
        return GENERIC_TITLE
    genres = _genre_keys()
    if any(_DIGITS_AND_SPACES.sub("", key) in genres for key in keys):
        return GENERIC_TITLE
    words, phrase = _meaning_words(record.title_original, keys[0])
    if words < 2:
        return GENERIC_TITLE
    return TELLING_TITLE if phrase else SHORT_TITLE


def phrase_in_characters(a: RecordKeys, b: RecordKeys) -> bool:
    """The title in hanzi or kanji, without its subtitle and numbers, a phrase or three words
    or more (在历史巨人身边, 庐山会议实录), not a compound that names a topic (中国近代史 of
    '中国近代史:1840-1919', 毛泽东传): what two works seldom share."""
    original = _alone_in_characters(a, b)
    if original is None:
        return False
    main = _words_of(main_part(original) or original)
    return bool(main) and _meaning_words(main, main)[1]


def topic_in_characters(a: RecordKeys, b: RecordKeys) -> bool:
    """The title in hanzi or kanji, its numbers and spans left out, a compound that names a
    topic (中国近代史 of '中国近代史:1840-1919'), not a phrase ('大元帥 昭和天皇')."""
    original = _alone_in_characters(a, b)
    if original is None:
        return False
    words = _words_of(original)
    return bool(words) and not _meaning_words(words, words)[1]


def _alone_in_characters(a: RecordKeys, b: RecordKeys) -> str | None:
    """The title of the one side in hanzi, kanji or kana; None unless exactly one is."""
    written = [side for side in (a, b) if text_script(side.title_original) in CJK_SCRIPTS]
    return written[0].title_original if len(written) == 1 else None


def _words_of(title: str) -> str:
    """A title in characters without its marks, numbers and spaces."""
    return _DIGITS_AND_SPACES.sub("", _NON_WORD.sub(" ", title))


def title_strength(a: RecordKeys, b: RecordKeys) -> int:
    """How much the two titles, equal, can tell alone: the weaker of the two (a main title
    equal to the other's whole title is the shorter one). A title in characters against its
    romaji is told by the characters, whose words the dictionary divides ("Fudoki": 風土記)."""
    written = [side for side in (a, b) if text_script(side.title_original) in CJK_SCRIPTS]
    return min(_strength(side) for side in (written if len(written) == 1 else (a, b)))


_NAMED_SHORT = 8  # letters of a title of two words or more, equal across scripts, undated


def named_across_scripts(a: RecordKeys, b: RecordKeys, title: float) -> bool:
    """A short title of two words or more equal across scripts or romanizations, no year to
    confirm it ('Senjinkun' / 戦陣訓, "Ch'ing-shih kao" / 'Qingshigao' / 《清史稿》): as telling as
    a longer one (:func:`equal_across_scripts`), the two sources having written it apart. Not
    one word of the dictionary (道草 'Michikusa', 雪国 'Yukiguni'), which another writer's book
    may bear. Of two romanizations, the one that parts its words counts them ('Qingshigao' runs
    them together)."""
    if not equal_across_scripts(a, b, title, shortest=_NAMED_SHORT):
        return False
    written = [side for side in (a, b) if text_script(side.title_original) in CJK_SCRIPTS]
    strength = _strength(written[0]) if len(written) == 1 else max(map(_strength, (a, b)))
    return strength != GENERIC_TITLE
