"""JMdict and JMnedict, when the optional ``jamdict-data`` (read-only SQLite) is there.

JMnedict gives readings of people and given names (``people``); JMdict gives the reading of
a compound that unidic-lite does not know and reads in pieces: 火山 + 灰 + 地 is kazan +
hai + chi to unidic-lite, but JMdict lists 火山灰地 as one word, かざんばいち. Without the
database nothing changes.
"""

from __future__ import annotations

import sqlite3
from functools import cache

from archivecite.translit.japanese.tokens import (
    HIRAGANA_TO_KATAKANA,
    KANJI,
    WORD_PIECE,
    Tok,
    merge_span,
)

# A reading restricted to other spellings (KNR) or marked as irregular or out-dated (KNI)
# is not a reading of this spelling.
_WORD = """
    SELECT DISTINCT Kana.text FROM Kanji
    CROSS JOIN Kana ON Kana.idseq = Kanji.idseq
    WHERE Kanji.text = ?1
    AND (
        NOT EXISTS (SELECT 1 FROM KNR WHERE KNR.kid = Kana.ID)
        OR EXISTS (SELECT 1 FROM KNR WHERE KNR.kid = Kana.ID AND KNR.text = ?1)
    )
    AND NOT EXISTS (
        SELECT 1 FROM KNI WHERE KNI.kid = Kana.ID
        AND (KNI.text LIKE 'out-dated%' OR KNI.text LIKE '%irregular%')
    )
"""
_HEADWORDS = "SELECT DISTINCT text FROM Kanji"
_LONGEST_SPAN = 4  # tokens
_O_ROW = frozenset("オコソトノホモヨロゴゾドボポョ")
_U_ROW = frozenset("ウクスツヌフムユルグズヅブプュ")


@cache
def database() -> sqlite3.Connection | None:
    try:
        from jamdict_data import JAMDICT_DB_PATH  # type: ignore[import-untyped]  # noqa: PLC0415
    except ImportError:
        return None
    try:
        return sqlite3.connect(f"file:{JAMDICT_DB_PATH}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None


def readings(query: str, word: str) -> list[str]:
    """Katakana readings, long o and u as ー, that ``query`` finds for ``word``; none
    without the database."""
    db = database()
    if db is None:
        return []
    try:
        rows = db.execute(query, (word,)).fetchall()
    except sqlite3.Error:
        return []
    return [long_vowels(str(row[0]).translate(HIRAGANA_TO_KATAKANA)) for row in rows]


def long_vowels(kana: str) -> str:
    """ー for the second vowel of a long o or u (コウジン → コージン, オオノ → オーノ,
    オオウチ → オーウチ)."""
    out = list(kana)
    for i in range(1, len(out)):
        before = out[i - 1]  # オオウチ: the ウ after a long オー is a vowel of its own
        if (kana[i] == "ウ" and (before in _O_ROW or before in _U_ROW)) or (
            kana[i] == "オ" and before in _O_ROW
        ):
            out[i] = "ー"
    return "".join(out)


@cache
def headwords() -> frozenset[str]:
    """JMdict's spellings of two or more kanji, read once: a set lookup tells whether a run
    of tokens is worth a query."""
    db = database()
    if db is None:
        return frozenset()
    try:
        rows = db.execute(_HEADWORDS).fetchall()
    except sqlite3.Error:
        return frozenset()
    return frozenset(
        text
        for (text,) in rows
        if isinstance(text, str) and len(text) > 1 and all(KANJI.match(c) for c in text)
    )


@cache
def word_reading(word: str) -> str | None:
    """The one reading JMdict gives ``word`` (火山灰地 カザンバイチ), or None."""
    listed = readings(_WORD, word)
    return listed[0] if len(listed) == 1 else None


def _plain(kana: str) -> str:
    """Long vowels written out and no hyphens, so that コーシ and コウシ compare equal, and
    ニチ-ロ (a compound of country names, Nichi-Ro) and ニチロ."""
    return kana.replace("ー", "ウ").replace("-", "")


Merges = tuple[tuple[int, int, Tok], ...]
# The merges found for a run of tokens (the same tokens recur: a per-token cache holds them).
RUNS: dict[tuple[tuple[Tok, ...], tuple[bool, ...]], Merges] = {}


def dictionary_compounds(tokens: list[Tok], spaced: list[bool], written: list[str]) -> None:
    """Runs of kanji tokens that JMdict lists as one word, read differently from the pieces,
    become one word in JMdict's reading (火山灰地 Kazanbaichi, 阿毘達磨 Abidatsuma); the
    longest such run from the left wins. A run with no doubtful piece stays as unidic-lite
    split and read it."""
    key = (tuple(tokens), tuple(spaced))
    merges = RUNS.get(key)
    if merges is None:
        if len(RUNS) > 50_000:
            RUNS.clear()
        merges = RUNS[key] = _merges(tokens, spaced)
    for start, end, tok in reversed(merges):  # from the end: earlier indices stay valid
        merge_span(tokens, spaced, written, start, end, into=tok)


def _merges(tokens: list[Tok], spaced: list[bool]) -> Merges:
    """Where ``dictionary_compounds`` merges: (start, end, the merged token), left to right.

    A run is looked up when one of its pieces is doubtful: a piece of one kanji (灰 of
    火山灰地, 人 of 外国人), or of more that JMdict does not list (阿毘 of 阿毘達磨);
    unidic-lite's split into listed words of two or more kanji (国際 + 関係) is trusted.
    """
    words = headwords()
    if not words:
        return ()
    merges: list[tuple[int, int, Tok]] = []
    size = len(tokens)
    i = 0
    while i < size - 1:
        first = tokens[i]
        if not (first.hints & tokens[i + 1].hints & WORD_PIECE) or spaced[i + 1]:
            i += 1
            continue
        best = 0
        reading = word = ""
        surface = first.surface
        doubt = first.single or surface not in words
        for j in range(i + 1, min(size, i + _LONGEST_SPAN)):
            tok = tokens[j]
            if spaced[j] or not tok.hints & WORD_PIECE:
                break
            surface += tok.surface
            doubt = doubt or tok.single or tok.surface not in words
            if doubt and surface in words and (found := word_reading(surface)):
                pieces = "".join([piece.kana or "" for piece in tokens[i : j + 1]])
                if _plain(found) != _plain(pieces):  # else unidic-lite read it so already
                    best, reading, word = j + 1, found, surface
        if best:
            merges.append((i, best, _word(word, reading)))
            i = best
        else:
            i += 1
    return tuple(merges)


@cache
def _word(surface: str, kana: str) -> Tok:
    return Tok(surface, ("名詞", "普通名詞", "一般", ""), surface, kana)


@cache
def word_readings(word: str) -> tuple[str, ...]:
    """Every reading JMdict gives ``word`` (気質: キシツ, カタギ; 本: モト, ホン), long vowels
    as ー; none without the database."""
    return tuple(readings(_WORD, word))
