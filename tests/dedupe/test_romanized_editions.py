"""Chinese titles in pinyin, Palladius or a converter's traditional characters against the
title in hanzi of another edition.

A Western bibliography romanizes a Chinese book's main title, often under the dash that
repeats the author before it, and another edition's catalogue line gives the hanzi with its
subtitle or an edition's name in brackets: one work, whatever the two years (a phrase read
syllable for syllable, not a compound naming a topic). A Taiwanese mirror of a mainland page,
converted with OpenCC's s2twp, writes Taiwan's word for a mainland one (学好文件抓住纲 becomes
學好檔案抓住綱): the title is compared with the mainland word put back too.

Sources (each side as printed there):
- A. V. Pantsov and S. I. Levine, 'Mao: The Real Story' (2012), bibliography, as quoted by
  tests/data/dedupe/cross_script_holdout16.toml ('———.?Zai lishi juren shenbian?…, 1995',
  'Chen Boda.?Chen Boda yi gao …, 1998'); doosho's CIP line of the 2015 edition
  '在历史巨人身边:师哲回忆录/师哲口述;李海文著.--北京:九州出版社,2014.9' (same file);
- Yu. M. Galenovich's note 'Ши Чжэ. Цзай лиши цзюйжэнь шэньбянь — … 1991. — С. 412.' and the
  review '李海文所著的这本《在历史巨人身边(师哲回忆录最新增订本)》' (cross_script_holdout20.toml);
- the editorial of 7 February 1977: lssjt.com/2/7/4991.html (《学好文件抓住纲》) and
  70thvictory.com.tw/jintian/02-07/19772931.htm (《學好檔案抓住綱》), cross_script_holdout28.toml;
- the lives of Mao of the CCP Central Documents Research Office: doc.21cnjy.com/p-17641736.html
  ('主编《毛泽东传(1893—1949)》 … 共同主编《毛泽东传(1949—1976)》'), aod99.com/24/24462/4416200.html
  (the postscript of 《毛泽东传》, 1996: '建国前部分(一八九三年至一九四九年)'), pages corpus;
- OpenCC data/dictionary/TWPhrases.txt (BYVoid/OpenCC), for the converter's words;
- a count of years: 'Wu, Shinian lunzhan, pp. 336–7.' (the notes of an English history of the
  PRC's foreign relations, 'Notes to pages 158–169', issuhub.com/view/index?id=23628&pageIndex=823,
  pages corpus) and zh.wikipedia's '吴冷西. 十年论战: 1956-1966 中苏关系回忆录. 中央文献出版社. 2014.'
  (quoted by a GitHub study folder's README, search-tool file id 58282509436); the Party histories
  胡绳 (ed.), 《中国共产党的七十年》 (中共党史出版社, 1991) and 中共中央党史研究室, 《中国共产党的
  九十年》 (中共党史出版社, 2016), titles as their publisher prints them.
"""

from __future__ import annotations

from importlib import resources

import pytest

from archivecite.dedupe import Sameness, find_duplicates, record_keys, score_pair
from archivecite.dedupe.agreement import title_numbers
from archivecite.dedupe.readings import counted_years_keys, mainland_words
from archivecite.dedupe.titles import main_part
from archivecite.translit import match_key
from tests.dedupe.helpers import Side, reference_of

ZAI_PINYIN = (
    "———.?Zai lishi juren shenbian?(At the Side of Historical Titans). Rev. ed. Beijing: "
    "Zhongyang wenxian chubanshe, 1995."
)
ZAI_CIP = "在历史巨人身边:师哲回忆录/师哲口述;李海文著.--北京:九州出版社,2014.9"
ZAI_PALLADIUS = (
    "Ши Чжэ. Цзай лиши цзюйжэнь шэньбянь — Рядом с гигантом истории. — Чжунъян вэньсянь "
    "чубаньшэ, 1991. — С. 412."
)
ZAI_ENLARGED = "李海文所著的这本《在历史巨人身边(师哲回忆录最新增订本)》"
CHEN_BODA_PINYIN = (
    "Chen Boda.?Chen Boda yi gao: yuzhong zishu ji qita?(Chen Boda's Manuscripts: Prison "
    "Autobiographical Notes and Other [Materials]). Hong Kong: Tiandi tushu youxian gongsi, 1998."
)
EDITORIAL: Side = {"kind": "article", "title": "学好文件抓住纲", "lang": "zh", "year": 1977}
EDITORIAL_TW: Side = {"kind": "article", "title": "學好檔案抓住綱", "lang": "zh-Hant", "year": 1977}
EDITORIAL_PINYIN = (
    "“Xuehao wenjian zhuazhu gang” [Study Documents Well and Grasp the Key Link]. Renmin "
    "ribao, February 7, 1977."
)
MAO_AFTER_1949: Side = {"kind": "book", "title": "毛泽东传(1949—1976)", "lang": "zh"}
MAO_BEFORE_1949: Side = {"kind": "book", "title": "毛泽东传", "lang": "zh", "year": 1996}


def _decided(first: Side, second: Side, level: str = "work") -> bool:
    references = [reference_of(first), reference_of(second)]
    return bool(find_duplicates(references, level=level))


@pytest.mark.parametrize(
    ("first", "second", "reason"),
    [
        # the pinyin main title, the author given by the dash; the CIP line of the 2015 edition
        pytest.param(ZAI_PINYIN, ZAI_CIP, "the romanized title's other edition", id="pinyin-cip"),
        # the main title in Palladius; the enlarged edition's name in brackets after the hanzi
        pytest.param(ZAI_PALLADIUS, ZAI_ENLARGED, "in brackets", id="palladius-bracketed"),
        pytest.param(EDITORIAL, EDITORIAL_TW, "converter's Taiwanese", id="converted-hanzi"),
        pytest.param(
            EDITORIAL_PINYIN, EDITORIAL_TW, "converter's Taiwanese", id="converted-pinyin"
        ),
    ],
)
def test_one_work_in_pinyin_and_in_another_editions_hanzi(
    first: Side, second: Side, reason: str
) -> None:
    one, other = reference_of(first), reference_of(second)
    decision = score_pair(record_keys(0, one), record_keys(1, other))
    assert decision.sameness is Sameness.WORK, decision
    assert any(reason in text.text for text in decision.reasons), decision
    assert [cluster.members for cluster in find_duplicates([one, other])] == [(0, 1)]
    # which edition is not known: never one document
    assert find_duplicates([one, other], level="document") == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the same people's other book (Chen Boda's manuscripts / the life of Chen Boda told by
        # his son): the rule needs the main title equal
        pytest.param(CHEN_BODA_PINYIN, ZAI_CIP, id="other-book"),
        # two books of one life of Mao, the years each covers in brackets: not a subtitle
        pytest.param(MAO_AFTER_1949, MAO_BEFORE_1949, id="years-in-brackets"),
    ],
)
def test_other_books_stay_apart(first: Side, second: Side) -> None:
    assert not _decided(first, second)


@pytest.mark.parametrize(
    ("title", "main"),
    [
        ("在历史巨人身边(师哲回忆录最新增订本)", "在历史巨人身边"),  # an edition's name
        ("在历史巨人身边:师哲回忆录", "在历史巨人身边"),
        ("毛泽东传(1949—1976)", None),  # the years a part covers: one book of two
        ("毛澤東年譜(1949-1976)", None),
        ("蒋介石日记(上)", None),  # a volume
        ("Stalin (1879-1953)", None),  # a Latin title's brackets are left alone
    ],
)
def test_words_in_brackets_after_a_hanzi_title(title: str, main: str | None) -> None:
    assert main_part(title) == main


@pytest.mark.parametrize(
    ("converted", "mainland"),
    [
        ("學好檔案抓住綱", "學好文件抓住綱"),
        ("義大利共產黨資訊", "意大利共產黨信息"),
        ("哈薩克斯坦", "哈薩克斯坦"),  # the mainland's own word is left as it is
        ("國民政府文件", "國民政府文件"),
    ],
)
def test_the_mainland_words_put_back(converted: str, mainland: str) -> None:
    assert mainland_words(converted) == mainland


def test_every_converter_word_names_its_source() -> None:
    table = resources.files("archivecite.dedupe").joinpath("data", "taiwan_phrases.tsv")
    rows = [
        line.split("\t")
        for line in table.read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert len(rows) > 20
    for taiwanese, mainland, source in rows:
        assert taiwanese != mainland
        assert source.startswith("OpenCC TWPhrases.txt")
        assert f"{mainland} → {taiwanese}" in source


SHINIAN_NOTE = "Wu, Shinian lunzhan, pp. 336–7."
SHINIAN_WIKIPEDIA = "吴冷西. 十年论战: 1956-1966 中苏关系回忆录. 中央文献出版社. 2014."
SEVENTY_PINYIN: Side = {
    "kind": "book",
    "title": "Zhongguo gongchandang de qishi nian",
    "lang": "zh-Latn",
    "year": 1991,
}
SEVENTY: Side = {"kind": "book", "title": "中国共产党的七十年", "lang": "zh", "year": 1991}
NINETY: Side = {"kind": "book", "title": "中国共产党的九十年", "lang": "zh", "year": 2016}


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # 十年 "ten years" spelt out in pinyin; the short note drops the subtitle and its years
        pytest.param(SHINIAN_NOTE, SHINIAN_WIKIPEDIA, True, id="short-note"),
        pytest.param(SEVENTY_PINYIN, SEVENTY, True, id="seventy-years"),
        # seventy years are not ninety: the count tells the two histories apart
        pytest.param(SEVENTY_PINYIN, NINETY, False, id="ninety-years"),
    ],
)
def test_a_count_of_years_in_pinyin_and_in_characters(
    first: Side, second: Side, same: bool
) -> None:
    assert _decided(first, second) is same


@pytest.mark.parametrize(
    ("title", "pinyin"),
    [
        ("十年论战", "Shinian lunzhan"),
        ("中国共产党的七十年", "Zhongguo gongchandang de qishi nian"),
        ("十年論戰", "Shi nian lun zhan"),
        ("一九五六年", None),  # a year written digit by digit: a date
        ("第十年", None),  # an ordinal
    ],
)
def test_a_count_of_years_read_as_words(title: str, pinyin: str | None) -> None:
    expected = () if pinyin is None else (match_key(pinyin, "zh"),)
    assert counted_years_keys(title) == expected


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("shinian lunzhan", {"10"}),
        ("zhongguo gongchandang de qishi nian", {"70"}),
        ("bainian", {"100"}),
        ("zhongguo shi nianbiao", set()),  # 史 年表: no count
    ],
)
def test_a_count_of_years_in_pinyin_is_a_number(text: str, numbers: set[str]) -> None:
    assert title_numbers(text.replace(" ", ""), text)[0] == numbers
