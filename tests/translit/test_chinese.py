"""Library-style pinyin."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archivecite.translit import romanize, romanize_chinese, romanize_chinese_name

ROWS = [
    ("毛泽东选集", {"names": ["毛泽东"]}, "Mao Zedong xuan ji"),
    ("天津市档案馆", {}, "Tianjin Shi dang an guan"),
    ("中国历史", {}, "Zhongguo li shi"),
    ("西安事变", {}, "Xi'an shi bian"),
    ("西安事变", {"tones": True}, "Xī'ān shì biàn"),
    ("中华民国史档案资料汇编", {}, "Zhonghua min guo shi dang an zi liao hui bian"),
    ("女", {}, "Nü"),
]


@pytest.mark.parametrize(("text", "options", "latin"), ROWS, ids=[r[2] for r in ROWS])
def test_romanize_chinese(text: str, options: dict[str, object], latin: str) -> None:
    assert romanize_chinese(text, **options) == latin  # type: ignore[arg-type]


NAMES = [
    ("毛泽东", "Mao Zedong"),
    ("曾国藩", "Zeng Guofan"),
    ("单田芳", "Shan Tianfang"),
    ("欧阳修", "Ouyang Xiu"),
    ("吕布", "Lü Bu"),
    ("周恩来", "Zhou Enlai"),
]


@pytest.mark.parametrize(("name", "latin"), NAMES, ids=[r[1] for r in NAMES])
def test_names(name: str, latin: str) -> None:
    assert romanize_chinese_name(name) == latin


def test_dispatch() -> None:
    assert romanize("中国历史", lang="zh") == "Zhongguo li shi"


@settings(max_examples=50, deadline=None)
@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
        | st.sampled_from(" ，。a1"),
        max_size=20,
    )
)
def test_never_raises(text: str) -> None:
    assert isinstance(romanize_chinese(text), str)


LIBRARY_ROWS = [  # rules of the ALA-LC Chinese guidelines, one row per rule
    ("長江", "Chang Jiang"),  # traditional word read as its simplified phrase; generic split
    ("寧夏回族自治區", "Ningxia Huizu Zizhiqu"),  # ethnic group and generic joined, capitalized
    ("太原市", "Taiyuan Shi"),
    ("王正强, 周琪著", "Wang Zhengqiang, Zhou Qi zhu"),  # name + responsibility
    ("楊道行集三十三卷", "Yang Daoxing ji san shi san juan"),  # numerals as words
    ("第二十三", "Di 23"),  # ordinals in figures
    ("一九九六年二月二十八日", "1996 nian 2 yue 28 ri"),  # dates in figures
    ("《清代河務檔案》編寫組編", '"Qing dai he wu dang an" bian xie zu bian'),  # 《》 as quotes
    ("[宋]王應麟著", "[Song] Wang Yinglin zhu"),  # dynasty in brackets
    ("孔子", "Kongzi"),
    ("乔布斯的秘密日记", "Qiaobusi de mi mi ri ji"),  # transliterated name: one word
    ("丹尼尔・莱昂斯著", "Danni'er Lai'angsi zhu"),  # middle-dot name: one word a part
    ("撞倒須彌", "Zhuang dao Xumi"),  # Buddhist proper names (data table)
    ("漢傳佛教", "Han chuan Fo jiao"),
    ("吉藏", "Jizang"),  # 藏 read zang in a name
    ("漢魏六朝", "Han Wei Liu chao"),  # named periods
    ("三晋出版社", "San Jin chu ban she"),
    ("桂林", "Guilin"),  # place list: a prefecture jieba tags as a name
    ("玉門", "Yumen"),  # a rare noun that is a county-level city
    ("鳳凰出版社", "Feng huang chu ban she"),  # a county that is a common word first
    ("习近平", "Xi Jinping"),  # a Chinese full name is no foreign name
    ("佛山市", "Foshan Shi"),  # a listed place keeps its own 山
    ("峨眉山", "Emei Shan"),
]


@pytest.mark.parametrize(("text", "latin"), LIBRARY_ROWS, ids=[r[1] for r in LIBRARY_ROWS])
def test_library_rules(text: str, latin: str) -> None:
    pytest.importorskip("jieba")
    assert romanize_chinese(text) == latin
