"""Rules added for forms of the fourth held-out set of published references: a set's volume as
a bare numeral after 《》 (``《戊戌变法》一``) or as 辑, a newspaper's or journal's year of issue
(``第2年第8号``), several cited pages (``第181、196页``), the roles of those who translated a
book twice (``佚名初译,林启彦改译、注释``), a university or its department as editor, and the
university alone as a thesis's publisher (``北京大学博士学位论文``); in Japanese, names whose
surname the dictionary reads in pieces, a company as editor, an edition mark in brackets opening
a title (``【増補】``) and a day after a year and month (``2016/8/10``).

Each real reference is copied from its source, named beside it: the search tool's pages corpus
(addresses) or code corpus (file ids). Texts each rule must leave alone follow each table.
"""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.parse.published.cjk_roles import cjk_person
from tests.parse.helpers import check_published

# A Chinese monograph on the politics of 1898-1900, ch. 1, notes on reader page 18/22, as stored
# in the pages corpus (not the page of the held-out set's notes).
WUXU = "https://yeban360.com/book/11291/2811653_18.html"

# --- volumes: a bare numeral after 《》, 第N辑, a year of issue -----------------------------------

VOLUMES = [
    (
        # WUXU note [12]: the collection's volume as a bare numeral after its title
        "中国史学会主编:《戊戌变法》一,第416页。",
        {
            "kind": "book",
            "editors": ["中国史学会"],
            "title": "戊戌变法",
            "volume": "1",
            "locator": "416",
            "publisher": None,
        },
    ),
    (
        # WUXU note [13]: the same collection named by its title alone
        "《戊戌变法》一,第413—416页。",
        {"kind": "book", "title": "戊戌变法", "volume": "1", "locator": "413-416"},
    ),
    (
        # WUXU note [10]: a translated piece in the collection's third volume
        "王崇武译:《戊戌政变旁记》,中国史学会主编:《戊戌变法》三,第527页。",
        {
            "kind": "chapter",
            "translators": ["王, 崇武"],
            "container_authors": ["中国史学会"],
            "container_title": "戊戌变法",
            "volume": "3",
            "locator": "527",
        },
    ),
    (
        # WUXU note [7], the reference in brackets inside the note: 辑, a series' volume
        "荣孟源、章伯锋主编:《近代稗海》第1辑,第6页",
        {
            "editors": ["荣, 孟源", "章, 伯锋"],
            "title": "近代稗海",
            "volume": "1",
            "locator": "6",
        },
    ),
    (
        # file id 60359584841 (a course paper template's footnote rules, example 5): a piece in
        # a collected journal's first 辑, with the imprint
        "梁漱溟：《自述早年思想之再转再变》，《中国哲学》第1辑，生活·读书·新知三联书店，1979年，"
        "第336页。",
        {
            "kind": "chapter",
            "container_title": "中国哲学",
            "volume": "1",
            "publisher": "生活·读书·新知三联书店",
            "locator": "336",
        },
    ),
    (
        # https://sw.swskc.com/book/11162/2750776_17.html (a mirror of a Chinese monograph, ch.
        # 5, notes on reader page 17/20, as stored in the pages corpus), note [53] without the
        # remark after it: the periodical's year of issue (第2年) before its number
        "《钦差大臣》,《大陆》第2年第8号,1904年12月3日。",
        {
            "title": "钦差大臣",
            "container_title": "大陆",
            "volume": "2",
            "issue": "8",
            "date": "1904-12-03",
        },
    ),
]

VOLUMES_LEFT_ALONE = [
    # a numeral after 《》 that opens a word is no volume ("一书": the book)
    ("《戊戌变法》一书,第540页。", {"volume": None}),
    # file id 60359584841, example 4: 年 before an issue's number is the year, not a volume
    (
        "陈来：《中国哲学史的学科属性与方法》，《中国哲学史》2021年第4期。",
        {"volume": None, "issue": "4", "date": "2021"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), VOLUMES + VOLUMES_LEFT_ALONE)
def test_volumes(text: str, expected: dict[str, Any]) -> None:
    check_published(text, expected)


# --- several pages cited, a department as editor --------------------------------------------------

PAGES = [
    (
        # WUXU note [14]: two pages, and a university's department editing the book
        "清华大学历史系编:《戊戌变法文献资料系日》,第1082、1209页。",
        {
            "kind": "book",
            "editors": ["清华大学历史系"],
            "title": "戊戌变法文献资料系日",
            "locator": "1082, 1209",
        },
    ),
    (
        # WUXU note [16]: the same pages in the other order
        "清华大学历史系编:《戊戌变法文献资料系日》,第1210、1082页。",
        {"editors": ["清华大学历史系"], "locator": "1210, 1082"},
    ),
    (
        # file id 56844799888 (as in tests/data/published_citations_forms.toml): four passages
        "外务省编：《日本外交文書》华盛顿会议军备限制问题，东京：外务省 1974 年，第 73-75、82-83、"
        "89、98-99 页",
        {"editors": ["外务省"], "title": "日本外交文書", "locator": "73-75, 82-83, 89, 98-99"},
    ),
]

PAGES_LEFT_ALONE = [
    # file id 60359584841, example 1: one page, the locator, in a collected works' volume
    (
        "冯友兰：《新理学》，《三松堂全集》第四卷，河南人民出版社，2001年，第5页。",
        {"volume": "4", "locator": "5", "pages": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAGES + PAGES_LEFT_ALONE)
def test_cited_pages(text: str, expected: dict[str, Any]) -> None:
    check_published(text, expected)


# --- the roles of a book translated twice; a thesis's university ---------------------------------

ROLES = [
    (
        # https://yeban360.com/book/11291/2811657_14.html (the same monograph, ch. 5; the page
        # one held-out note comes from), note [51], the remark after it left out: the author
        # (著), an anonymous first translator (佚名初译), a reviser who annotated (改译、注释)
        "宫崎滔天著,佚名初译,林启彦改译、注释:《三十三年之梦》,第129页。",
        {
            "kind": "book",
            "authors": ["宫崎, 滔天"],
            "translators": ["林, 启彦"],
            "title": "三十三年之梦",
            "locator": "129",
        },
    ),
    (
        # file id 60359584841, example 3: a doctoral thesis, the university and the degree
        "刘笑敢：《庄子哲学的体系及庄学的演变》，北京大学博士学位论文，1985年，第42页。",
        {
            "kind": "thesis",
            "authors": ["刘, 笑敢"],
            "publisher": "北京大学",
            "date": "1985",
            "locator": "42",
        },
    ),
]

ROLES_LEFT_ALONE = [
    # file id 60359584841, example 2: a translator after the title, as before
    (
        "马克斯·韦伯：《儒教与道教》，王容芬译，江苏人民出版社，2002年，第1页。",
        {"translators": ["王, 容芬"], "publisher": "江苏人民出版社"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLES + ROLES_LEFT_ALONE)
def test_roles_and_theses(text: str, expected: dict[str, Any]) -> None:
    check_published(text, expected)


# --- Japanese names the dictionary reads in pieces -----------------------------------------------


@pytest.mark.parametrize(
    ("name", "family", "given"),
    [
        # 栗生沢猛夫 (a historian of Russia): two surname pieces (栗生, 沢) before the given name
        ("栗生沢猛夫", "栗生沢", "猛夫"),
        # names read as before: the dictionary's surname, or a place name opening the name
        ("森見登美彦", "森見", "登美彦"),
        ("石井規衛", "石井", "規衛"),
        ("松戸清裕", "松戸", "清裕"),
        ("白木沢旭児", "白木沢", "旭児"),
        ("秦郁彦", "秦", "郁彦"),
    ],
)
def test_japanese_name_parts(name: str, family: str, given: str) -> None:
    person = cjk_person(name, "ja")
    assert person is not None
    assert (person.family, person.given) == (family, given)


@pytest.mark.parametrize("name", ["朝日新聞社", "共同通信社", "北國新聞社"])
def test_companies_stay_whole(name: str) -> None:
    person = cjk_person(name, "ja")
    assert person is not None
    assert person.literal == name
