"""The data of the Japanese romanizer (``data/japanese_*.tsv``), each table read once.

Exceptions are data, not code: overrides (names, publishers and established readings; lower
case for common words), name-word kinds (generic, title, corporate, unit, phrase, suffix,
role), counters, country abbreviations, suffix and name readings, kyūjitai, Unihan
variants and simplified Chinese forms, and Unihan readings for kanji the dictionary does not know.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources


def read_rows(name: str) -> list[list[str]]:
    """Tab-separated rows of data/NAME, comments (#) and blank lines left out."""
    text = resources.files("archivecite.translit").joinpath(f"data/{name}")
    return [
        line.split("\t")
        for line in text.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


@cache
def overrides() -> dict[str, str]:
    """Surface → romanization for names and words the dictionary reads otherwise (東京)."""
    return {row[0]: row[1] for row in read_rows("japanese_overrides.tsv") if len(row) >= 2}


@cache
def override_spans() -> tuple[frozenset[str], int]:
    """First characters of the override keys and the longest key, for a quick test."""
    keys = overrides()
    return frozenset(key[0] for key in keys), max(map(len, keys), default=0)


@cache
def override_keys() -> re.Pattern[str]:
    """Matches any override key: no match, no override to look for."""
    keys = sorted(overrides(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, keys)) if keys else "(?!)")


@cache
def word_kinds() -> dict[str, frozenset[str]]:
    """data/japanese_name_words.tsv by kind: generic, title, corporate, suffix, role, ..."""
    kinds: dict[str, set[str]] = {}
    for row in read_rows("japanese_name_words.tsv"):
        if len(row) >= 2:
            kinds.setdefault(row[1].strip(), set()).add(row[0])
    return {kind: frozenset(words) for kind, words in kinds.items()}


@cache
def word_readings(kind: str) -> dict[str, str]:
    """Readings (third column) of the name words of one kind: kinship words of classical
    names (女 ムスメ: Sugawara no Takasue no Musume), role words after a name (訳 ヤク)."""
    rows = read_rows("japanese_name_words.tsv")
    return {row[0]: row[2] for row in rows if len(row) >= 3 and row[1] == kind}


@cache
def kyujitai() -> dict[int, str]:
    """Old and variant kanji (說, 戶, 學) → the shinjitai the dictionary knows (説, 戸, 学);
    simplified Chinese characters → what their Japanese form is read as (《中国共产党成立史》 is
    read as 『中国共産党成立史』: 产 産)."""
    table: dict[int, str] = {}
    for name in ("japanese_variants.tsv", "japanese_kyujitai.tsv"):  # the curated table wins
        table.update(
            (ord(row[0]), row[1])
            for row in read_rows(name)
            if len(row) >= 2 and len(row[0]) == 1 and len(row[1]) == 1
        )
    # After the others, whose Unihan variants give kyūjitai for some (满 滿, read as a word of
    # its own); one pass of translate, so the Japanese form's own mapping comes along (预 預 豫).
    table.update(
        (ord(row[0]), table.get(ord(row[1]), row[1]))
        for row in read_rows("japanese_simplified.tsv")
        if len(row) == 2 and len(row[0]) == 1 and len(row[1]) == 1
    )
    return table


@cache
def simplified_only() -> frozenset[str]:
    """Simplified characters Japanese never writes (产, 战, 关): a text with one is Chinese."""
    rows = read_rows("japanese_simplified.tsv")
    return frozenset(row[0] for row in rows if len(row) == 2 and len(row[0]) == 1)


@cache
def simplified_text() -> tuple[dict[int, str], dict[str, str], re.Pattern[str]]:
    """For a text written in simplified characters: kyujitai() and the characters Japanese
    reads otherwise (机 desk, 機 in Chinese); the words whose characters have several forms
    (关系 関係, not 関系; 以后 以後); and a pattern of the characters such a word writes
    otherwise than they are written alone (系, 后): no match, no word to look for."""
    table = dict(kyujitai())
    words: dict[str, str] = {}
    for row in read_rows("japanese_simplified.tsv"):
        if len(row) < 3 or len(row[0]) != len(row[1]):
            continue
        if len(row[0]) == 1:
            table[ord(row[0])] = table.get(ord(row[1]), row[1])
        else:
            words[row[0]] = row[1]
    marks = {
        char
        for word, japanese in words.items()
        for char, alone, there in zip(
            word, word.translate(table), japanese.translate(table), strict=True
        )
        if alone != there
    }
    return table, words, re.compile("[" + re.escape("".join(sorted(marks))) + "]")


@cache
def old_forms() -> re.Pattern[str]:
    """Matches a character that kyujitai maps: no match, no translation to make."""
    return re.compile("[" + re.escape("".join(map(chr, kyujitai()))) + "]")


@cache
def kanji_readings() -> dict[str, tuple[str, str]]:
    """Kanji → (on'yomi, kun'yomi) in katakana (Unihan), for kanji unidic-lite does not know."""
    return {
        row[0]: (row[1], row[2] if len(row) > 2 else "")
        for row in read_rows("japanese_kanji_readings.tsv")
        if len(row) >= 2
    }


@cache
def counters() -> dict[str, str]:
    """Counter → its reading after an Arabic number (巻 kan, not maki: dai 1-kan)."""
    return {row[0]: row[1] for row in read_rows("japanese_counters.tsv") if len(row) >= 2}


@cache
def countries() -> dict[str, tuple[str, ...]]:
    """One-character country names → their readings in abbreviated compounds (日: ニチ, ニッ)."""
    rows = read_rows("japanese_countries.tsv")
    return {row[0]: tuple(row[1].split()) for row in rows if len(row) >= 2}


@cache
def suffix_readings() -> dict[tuple[str, str], str]:
    """(suffix, kind of the word before) → reading (人 after a place name: ジン, Nihonjin)."""
    rows = read_rows("japanese_suffix_readings.tsv")
    return {(row[0], row[1]): row[2] for row in rows if len(row) >= 3}


@cache
def name_readings() -> dict[tuple[str, str], str]:
    """(surface, 姓 or 名) → reading, where the dictionary's first reading is the rarer one."""
    rows = read_rows("japanese_name_readings.tsv")
    return {(row[0], row[1]): row[2] for row in rows if len(row) >= 3}


@cache
def name_word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Generic words capitalized after a name, titles before a name, and role words."""
    kinds = word_kinds()
    return tuple(kinds.get(kind, frozenset()) for kind in ("generic", "title", "role"))  # type: ignore[return-value]


@cache
def compound_words() -> tuple[
    frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]
]:
    """Corporate words, all multi-token words, their endings, role words and suffixes."""
    kinds = word_kinds()
    corporate = kinds.get("corporate", frozenset()) | kinds.get("unit", frozenset())
    multi = corporate | kinds.get("generic", frozenset())
    return (
        corporate,
        multi,
        all_endings(multi),
        kinds.get("role", frozenset()),
        kinds.get("suffix", frozenset()),
    )


@lru_cache(maxsize=4)
def all_endings(words: frozenset[str]) -> frozenset[str]:
    """Every ending of every word (会, 究会, 研究会 of 研究会): a run not among them ends none."""
    return frozenset(word[k:] for word in words for k in range(len(word)))
