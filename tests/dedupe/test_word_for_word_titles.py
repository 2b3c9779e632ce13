"""Titles translated word for word, whose words the glossary or a dictionary did not read: a
doctrine in -изм («Гуманизм советского права» / 'The Humanism of Soviet Law'), a word made with
a prefix of Greek or Latin origin (неогуманизм / 'Neo-Humanism'), an English auxiliary for the
Russian verb's tense ('Will … Survive' / «Просуществует ли …»), a romanized Russian title in a
note that states no language (“Pravda gumanizma”), a synonym a translator chose for the
dictionary's gloss ('An Inquiry into the Good' / 善の研究), the pronoun "my" of a Chinese title
(吾國與吾民), a place name before a glossed word (遠野物語 / 'The Legends of Tono').

Every side is a real reference of the held-out sets of tests/data/dedupe (each pair's note
names it, its ``source`` says where it was read): sets 46, 47, 48 and 49.
"""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.dedupe import find_duplicates, record_keys
from archivecite.dedupe.bridged_glosses import russian_cjk_glossed
from archivecite.dedupe.glosses import glossed_titles, reads_as_russian
from tests.dedupe.pair_sets import build, load_pairs


def _pair(number: int, note: str) -> dict[str, Any]:
    """The pair of ``cross_script_holdout{number}.toml`` whose note begins with ``note``."""
    (found,) = [
        pair
        for pair in load_pairs(f"cross_script_holdout{number}.toml")
        if pair["note"].startswith(note)
    ]
    return found


def _matched(pair: dict[str, Any]) -> tuple[str, ...]:
    a, b = (record_keys(i, build(pair[side])) for i, side in enumerate(("a", "b")))
    glossed = glossed_titles(a, b) or russian_cjk_glossed(a, b)
    return glossed.matched if glossed is not None else ()


@pytest.mark.parametrize(
    ("number", "note", "matched"),
    [
        (
            49,
            "published, translated title (ru-Latn/en): Popkov",
            ("humanism", "soviet", "law"),
        ),
        (
            49,
            "published, translated title (ru-Latn/en): Barabanov",
            ("truth", "humanism"),
        ),
        (
            49,
            "published, translated title (ru-Latn/en): Berdiaev",
            ("neo", "humanism", "marxism", "spiritual", "values"),
        ),
        (
            49,
            "published, translation (ru-Latn/en), one source: 'Prosushchestvuet",
            ("soviet", "union", "survive"),
        ),
        (
            49,
            "published, cross-language (ru/en): «ПРОСУЩЕСТВУЕТ",
            ("soviet", "union", "survive"),
        ),
        (
            46,
            "published, translation (ja/ru): kotobank 鋼鉄はいかに鍛えられたか <-> gameriskprofit",
            ("закалялась", "сталь"),
        ),
        (
            46,
            "published, translation (ja/ru-Latn): blog citation 『鋼鉄はいかに鍛えられたか』",
            ("закалялась", "сталь"),
        ),
        (47, "published, translation (en/ja): 'An Inquiry into the Good'", ("inquiry", "good")),
        (48, "published, cross-language (en/zh-Hant): 'My Country", ("country", "people")),
        (47, "published, translation (en/ja): 'The Legends of Tono'", ("legend", "tono")),
    ],
)
def test_titles_glossed_word_for_word(number: int, note: str, matched: tuple[str, ...]) -> None:
    pair = _pair(number, note)
    assert _matched(pair) == matched
    joined = bool(find_duplicates([build(pair["a"]), build(pair["b"])], level=pair["level"]))
    # glossed, yet no block holds both: Barabanov's chapter (its year the collection's) and an
    # English article with a year (Yanagita and 柳田, read yanagida, share their unvoiced key)
    assert joined is ("known_miss" not in pair)


@pytest.mark.parametrize(
    ("number", "note"),
    [
        (49, "published, hard negative, same author other essay (ru-Latn): Barabanov"),
        (49, "published, hard negative, same author other work (ru-Latn/ru): 'Dnevniki'"),
        (49, "published, hard negative, same title other author and kind (ru-Latn)"),
        (49, "published, hard negative, same field other author (ru-Latn): Popkov"),
        (48, "hard negative (en), same author, other book: Fung's 'A History"),
        (
            48,
            "hard negative (zh), same author, near title: 冯友兰《中国哲学史》 / 《中国哲学史新编》",
        ),
        (48, "hard negative (en), same author, other book: 'My Country And My People'"),
        (48, "hard negative (zh), same author, other book: 《吾国与吾民》 / 《生活的艺术》"),
        (47, "hard negative, same author other book (ja): 石神問答 (1909) <-> 遠野物語"),
        (47, "hard negative, a study about the author (en): Itabashi's"),
    ],
)
def test_closest_negatives_stay_apart(number: int, note: str) -> None:
    pair = _pair(number, note)
    assert not pair["same"]
    assert not find_duplicates([build(pair["a"]), build(pair["b"])], level=pair["level"])


@pytest.mark.parametrize(
    ("title", "russian"),
    [
        ("Pravda gumanizma", True),  # set 49, McConnell's note on Barabanov
        ("Raskol Tserkvi i mira", True),  # set 49, the same note's other essay
        ("The Truth of Humanism", False),
        ("People, Years, Life", False),
        ("Dnevniki", False),  # one word: not enough to tell
        ("Tono monogatari", False),
    ],
)
def test_a_romanized_russian_title_in_no_stated_language(title: str, russian: bool) -> None:
    assert reads_as_russian(title) is russian
