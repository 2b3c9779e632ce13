"""A Japanese book in kanji and its Chinese translation, which keeps the title's characters and
is cited in pinyin or in hanzi: the kanji read in Mandarin (の as 的) meet the translation's
title, and the pair is one work, not one document. Another book of the same author, or another
author's book on the same subject, stays apart.

Sources:
- J. A. Fogel, 'Translator's Preface to Books and Boats (Ōba Osamu)', in 'Between China and
  Japan' (Brill, 2015), note 10: 'Qin Han fazhi shi yanjiu ... (Shanghai: Shanghai renmin
  chubanshe, 1991), a translation of Shin Kan hōsei shi kenkyū' (Markdown transcription in
  GitHub vishvAsa/notes, .../fogel_china_japan/Translators_Preface_to_Books_and_Boats_ba_Osamu.md
  at commit 0c2e82fec7cce5c2f9899ab14c3f0e5cbfdda3a7; search-tool file id 20475621052), and
  its notes 5 and 7 for Ōba's 『漢簡研究』 (Dōhōsha, 1992) and 1984 Dōhōsha book;
- bsm.org.cn show_news.php?id=781 (search tool's pages corpus): 大庭脩著, 徐世虹等譯
  《秦漢法制史研究》 (中西書局, 2017), translated from 《秦漢法制史の研究》 (创文社, 2001, 3rd ed.);
- kyuko.asia/book/b60063.html (pages corpus): 廣瀬薫雄『秦漢律令研究』 (汲古叢書 88, 2010).
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import Sameness, find_duplicates, record_keys, score_pair
from archivecite.dedupe.readings import AS_CHINESE, onyomi_reading, text_keys
from archivecite.model import Text
from tests.dedupe.helpers import Side, reference_of

OBA_KANJI = "大庭脩『秦漢法制史の研究』創文社、2001年"
# Fogel's note gives the translation its title in pinyin, no author (a translator only)
OBA_PINYIN: Side = {
    "kind": "book",
    "title": "Qin Han fazhi shi yanjiu",
    "lang": "zh-Latn",
    "year": 1991,
}
OBA_HANZI = "大庭脩著,徐世虹等譯《秦漢法制史研究》,中西書局,2017年"
OBA_WOOD_STRIPS = "大庭脩『漢簡研究』同朋舎、1992年"
OBA_EDO = "大庭脩『江戸時代における中国文化受容の研究』同朋舎、1984年"
HIROSE = "廣瀬薫雄『秦漢律令研究』汲古書院、2010年"


@pytest.mark.parametrize(
    ("original", "translation"),
    [
        pytest.param(OBA_KANJI, OBA_PINYIN, id="pinyin-translation"),
        pytest.param(OBA_KANJI, OBA_HANZI, id="hanzi-translation"),
    ],
)
def test_a_japanese_book_and_its_chinese_translation_are_one_work(
    original: Side, translation: Side
) -> None:
    first, second = reference_of(original), reference_of(translation)
    decision = score_pair(record_keys(0, first), record_keys(1, second))
    assert decision.sameness is Sameness.WORK, decision
    assert [cluster.members for cluster in find_duplicates([first, second])] == [(0, 1)]
    assert find_duplicates([first, second], level="document") == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param(OBA_PINYIN, OBA_WOOD_STRIPS, id="same-author-other-book"),
        pytest.param(OBA_PINYIN, HIROSE, id="other-author-same-subject"),
        pytest.param(OBA_PINYIN, OBA_EDO, id="same-author-long-title"),
        pytest.param(OBA_HANZI, OBA_WOOD_STRIPS, id="hanzi-same-author-other-book"),
        pytest.param(OBA_KANJI, HIROSE, id="kanji-other-author"),
    ],
)
def test_another_book_stays_apart(one: Side, other: Side) -> None:
    first, second = reference_of(one), reference_of(other)
    assert score_pair(record_keys(0, first), record_keys(1, second)).sameness is None
    assert find_duplicates([first, second]) == []


@pytest.mark.parametrize(
    ("title", "read"),
    [
        ("中国共産党成立史", True),  # kanji only
        ("魔都上海―日本知識人の「近代」体験", True),  # の read as 的, 「」 dropped
        ("中国共産党、その百年", False),  # kana besides の: Japanese prose, no Chinese title
        ("上海史", False),  # three characters: a topic, not a title to read twice
    ],
)
def test_which_japanese_titles_get_a_mandarin_key(title: str, read: bool) -> None:
    keys = text_keys(Text(original=title, lang="ja"))
    assert any(key.how == AS_CHINESE for key in keys) is read


def test_a_chinese_title_gets_no_second_mandarin_key() -> None:
    keys = text_keys(Text(original="秦漢法制史研究", lang="zh"))
    assert all(key.how != AS_CHINESE for key in keys)


# The other way: a Japanese catalogue romanizes a Chinese book's title a character at a time in
# on'yomi (TRC MARC's heading), where the dictionary would read words; 秦漢法制史研究 (bsm.org.cn,
# above) reads so either way. A title not said to be Chinese gets no such key.
def test_a_chinese_title_read_in_onyomi() -> None:
    read = onyomi_reading("秦漢法制史研究")  # shin kan hō sei shi ken kyū
    assert read.startswith("shinkan")
    assert read.endswith("seishikenkyu")
    assert onyomi_reading("秦漢法制史研究 第1巻") == f"{read}dai1kan"  # its number kept
    assert onyomi_reading("秦汉法制史研究") == ""  # 汉: a simplified form with no on'yomi


def test_two_chinese_titles_are_not_compared_in_onyomi() -> None:
    """秦漢法制史研究 and 秦漢律令研究 (two books, the Ōba translation and Hirose's, both taken as
    Chinese here) are compared as pinyin only."""
    one, other = (
        reference_of({"kind": "book", "title": title, "lang": "zh", "year": 2010})
        for title in ("秦漢法制史研究", "秦漢律令研究")
    )
    assert score_pair(record_keys(0, one), record_keys(1, other)).sameness is None
