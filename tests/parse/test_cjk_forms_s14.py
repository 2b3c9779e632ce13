"""Japanese title lines as readers' blogs and catalogues print them, found unread in the
held-out dedupe sets (session 14): a short catalogue display with its ISBD areas parted by
``. --`` (``メディア都市パリ / 山田登世子. -- 筑摩書房, 1995.12. -- (ちくま学芸文庫)``), the author
before a slash and the title with its publisher in brackets after it, Amazon.co.jp's title line
of a book printed before ISBNs (the year and the series each in brackets), a title with its
compiler and an era's year, and a title in 【】 over Amazon's byline (``岡崎 久彦 (著)``).

Each real reference is copied from its source, named beside it (the search tool's pages corpus).
Texts each rule must leave alone follow each table: a title before the slash and the author
after it stays ``title_slash_author``'s, a year alone after a title may name an event.
"""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.parse.published.cjk_roles import role_at_end, role_group
from tests.parse.helpers import check_published, citation_fields

# A reading blog's post on second-hand paperbacks, as stored in the pages corpus: its bought
# books listed as the catalogue displays them (an ISBD record with ". --" between the areas)
SHOMOTSUGURA = "https://shomotsugura.hatenablog.com/entry/20050209/p2"

ISBD_RECORDS = [
    (
        # SHOMOTSUGURA, the first book of the post, without the note after it ('帯ヤブレ 半値')
        "メディア都市パリ / 山田登世子. -- 筑摩書房, 1995.12. -- (ちくま学芸文庫)",
        {
            "kind": "book",
            "title": "メディア都市パリ",
            "authors": ["山田, 登世子"],
            "publisher": "筑摩書房",
            "date": "1995-12",
            "language": "ja",
        },
    ),
    (
        # SHOMOTSUGURA, the second: a weekly's editors as the statement of responsibility
        "値段の明治・大正・昭和風俗史 / 週刊朝日. -- 朝日新聞社, 1987.3. -- (朝日文庫)",
        {
            "kind": "book",
            "title": "値段の明治・大正・昭和風俗史",
            "authors_original": ["週刊朝日"],
            "publisher": "朝日新聞社",
            "date": "1987-03",
        },
    ),
    (
        # CONSTRUCTED (session 17): the areas parted by ". " alone, with a place, as a
        # catalogue's copied citation often drops the dashes (no real example found in time)
        "シベリア抑留者たちの戦後 : 冷戦下の世論と運動1945-56年 / 富田武著. 京都 : 人文書院, 2013.9",
        {
            "kind": "book",
            "title": "シベリア抑留者たちの戦後 : 冷戦下の世論と運動1945-56年",
            "authors": ["富田, 武"],
            "place": "京都",
            "publisher": "人文書院",
            "date": "2013-09",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ISBD_RECORDS)
def test_isbd_records(text: str, expected: dict[str, Any]) -> None:
    check_published(text, expected)


LINES_LEFT_ALONE = [
    # https://mktkun.hatenadiary.org/entry/20070509/p2 (a reading blog's heading): the title
    # before the slash, the author after it, as before
    ("昭和史入門/保阪 正康", {"title": "昭和史入門", "authors": ["保阪, 正康"]}),
    # https://linbose.hatenablog.com/entry/2020/06/19/180316 (a reading blog's heading): a
    # title holding a person's name (a biography) is no author before a slash
    ("鶴見俊輔伝/黒川創", {"title": "鶴見俊輔伝", "authors": ["黒川, 創"]}),
]


@pytest.mark.parametrize(("text", "expected"), LINES_LEFT_ALONE)
def test_title_lines_left_alone(text: str, expected: dict[str, Any]) -> None:
    check_published(text, expected)


# --- a set's years without 年 closing a list's entry ----------------------------------------------

SET_YEARS = [
    (
        # https://expydoc.com/doc/9676695/… (a public library's leaflet on reference books, "参考
        # 図書を使ってみよう③", as stored in the pages corpus), its entry's lines joined by spaces:
        # the set printed over 1979~1997, the years without 年
        "『国史大辞典』 国史大辞典編集委員会編 吉川弘文館 1979~1997 全 15 巻(17 冊)",
        {
            "title": "国史大辞典",
            "editors": ["国史大辞典編集委員会"],
            "publisher": "吉川弘文館",
            "date": "1979/1997",
        },
    ),
]

SET_YEARS_LEFT_ALONE = [
    # a two-digit last year without 年 is no year this rule reads (a volume's or page's number)
    ("『国史大辞典』吉川弘文館,1979-97", {"date": "1979"}),
]


@pytest.mark.parametrize(("text", "expected"), SET_YEARS + SET_YEARS_LEFT_ALONE)
def test_set_years(text: str, expected: dict[str, Any]) -> None:
    check_published(text, expected)


# --- a library's reading lists: a set with its supplement, the call number, a series first --------

# A university library's guide to finding sources (愛知県立大学, ch. 3, "国書を調べる"), as stored
# in the pages corpus; its list's circled numbers left out
AICHI = "https://paperzz.com/doc/5957798/%E7%AC%AC3%E7%AB%A0---%E6%84%9B%E7%9F%A5%E7%9C%8C%E7%AB%8B%E5%A4%A7%E5%AD%A6"

LIBRARY_LISTS = [
    (
        # AICHI ①, its two lines: the set's volumes with the supplement (別巻), the years, and
        # the library's shelf and call number in brackets, which name no publisher
        "『国書総目録』\n全8巻・別巻 1963-76(書庫 025/*/76)",
        {"title": "国書総目録", "number_of_volumes": "8", "publisher": None},
    ),
    (
        # AICHI ②: the revised edition, on the reference shelf (参考)
        "『国書総目録補訂版』全8巻・別巻 1989-91(参考 025/*a/76)",
        {"title": "国書総目録補訂版", "number_of_volumes": "8", "publisher": None},
    ),
    (
        # http://crd.ndl.go.jp/reference/modules/d3ndlcrdentry/index.php?page=ref_view&id=
        # 1000245325 (a university library's record in the NDL's Collaborative Reference
        # Database, as stored in the pages corpus), the question's source A without its letter:
        # the series right after the title, then the editor, publisher and year in brackets
        "『和泉式部日記』岩波文庫(清水文雄校訂 岩波書店 1941)",
        {
            "title": "和泉式部日記",
            "editors": ["清水, 文雄"],
            "publisher": "岩波書店",
            "date": "1941",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIBRARY_LISTS)
def test_library_lists(text: str, expected: dict[str, Any]) -> None:
    check_published(text, expected)


def test_series_before_the_imprint_bracket() -> None:
    # the series of the crd.ndl.go.jp source A is read as the series, not the publisher
    fields = citation_fields("『和泉式部日記』岩波文庫(清水文雄校訂 岩波書店 1941)", ("series",))
    assert fields == {"series": "岩波文庫"}


# --- a reader's list: the publisher before a colon and the year, a name and a slash -----------------

# A blog's list of the second-hand books its author read in 2007, as stored in the pages corpus:
# its entries numbered "1)", "2)", … run on (the numbers left out here)
PLEXUS = "https://plaza.rakuten.co.jp./plexus/backnumber/200712"
# A blog's list of books it wants to read (January 2009), as stored in the pages corpus: each
# entry's title with the author, publisher and price in brackets parted by slashes
LOVELOVEDOG = "https://lovelovedog.hatenadiary.org/entry/20090208/yomitai"

READERS_LISTS = [
    (
        # PLEXUS 1): the publisher, a colon, the year: no place
        "市村玖一『新潟県農業運動史 ―写真史実― 増補改訂版』(創作舎:1982)",
        {"authors": ["市村, 玖一"], "publisher": "創作舎", "place": None, "date": "1982"},
    ),
    (
        # PLEXUS 15)
        "土方與志『なすの夜ばなし』(影書房:1998)",
        {"authors": ["土方, 與志"], "publisher": "影書房", "place": None, "date": "1998"},
    ),
    (
        # LOVELOVEDOG, the second book without its '★' and the shop's link: the author, the
        # publisher and the price in the bracket, parted by slashes
        "『芥川賞を取らなかった名作たち』(佐伯一麦/朝日新聞出版/780円)",
        {
            "title": "芥川賞を取らなかった名作たち",
            "authors": ["佐伯, 一麦"],
            "publisher": "朝日新聞出版",
        },
    ),
]

# A reader's diary of new books (2024), as stored in the pages corpus: each entry's first line
# the title in 「」, the author, the publisher or series and the price after spaces
CIRCOVISTA = "https://circovista.yu-yake.com/circocamera/diary1/diary-all.htm"

READERS_LISTS.append(
    (
        # CIRCOVISTA, 10月29日, the entry's lines joined by a space: the author a name the
        # dictionary knows, then the series (岩波新書) and the price: no publisher named
        "「あいまいさに耐える ―ネガティブ・リテラシーのすすめ」 佐藤卓己 岩波新書 920円",
        {
            "title": "あいまいさに耐える ―ネガティブ・リテラシーのすすめ",
            "authors": ["佐藤, 卓己"],
            "publisher": None,
        },
    )
)

READERS_LISTS_LEFT_ALONE = [
    # a city before the colon is the place, the publisher after it (as before)
    ("《中国》，北京：2000年", {"place": "北京", "publisher": None, "date": "2000"}),
]


@pytest.mark.parametrize(("text", "expected"), READERS_LISTS + READERS_LISTS_LEFT_ALONE)
def test_readers_lists(text: str, expected: dict[str, Any]) -> None:
    check_published(text, expected)


# --- a Chinese name alone after the title; a date in kanji digits before the colophon's words -----

# A blog's list of the books read in March 2016, as stored in the pages corpus: "1.《我们仨》
# 杨绛", each title with its author after a space (the list's numbers left out)
D2FAN = "https://d2fan.com/mar-2016-book-lists/"

CHINESE_NAMES_AFTER_TITLES = [
    # D2FAN 1. and 3.: a Chinese name alone after the title is its author, not its publisher
    ("《我们仨》 杨绛", {"title": "我们仨", "authors": ["杨, 绛"], "publisher": None}),
    ("《球状闪电》 刘慈欣", {"title": "球状闪电", "authors": ["刘, 慈欣"], "publisher": None}),
    # D2FAN 2.: a foreign author's name transliterated, kept whole
    ("《1984》 奥威尔", {"title": "1984", "authors": ["奥威尔"], "publisher": None}),
    (
        # http://39.103.169.235/p/3dad977aca05 (a reading list of five novels, as stored in the
        # pages corpus), its first book: the title, then the author after the label 作者
        "《一日三秋》\n作者:刘震云",
        {"title": "一日三秋", "authors": ["刘, 震云"], "publisher": None, "place": None},
    ),
    (
        # https://samatsutei.hatenablog.com/entry/20200301/1583071280 (a blog on a 1979 book,
        # as stored in the pages corpus), its first line: the dates in kanji digits and the
        # book's format after the title name no publisher
        "河出書房新社編集部編『わが世代 大正十年生まれ』一九七九年八月二五日初版印刷・"
        "一九七九年八月三〇日初版発行・定価780円・253頁・四六判並製本",
        {
            "title": "わが世代 大正十年生まれ",
            "editors": ["河出書房新社編集部"],
            "date": "1979-08",
            "publisher": None,
        },
    ),
]

CHINESE_NAMES_LEFT_ALONE = [
    # a word of the book after the title is no author, even where it could be read as a name
    # (全 is a surname)
    ("《鲁迅》 全集", {"authors": []}),
    # a word on the text or copy (简 is a surname too)
    ("《红楼梦》 简体", {"authors": []}),
]


@pytest.mark.parametrize(
    ("text", "expected"), CHINESE_NAMES_AFTER_TITLES + CHINESE_NAMES_LEFT_ALONE
)
def test_chinese_names_after_titles(text: str, expected: dict[str, Any]) -> None:
    check_published(text, expected)


# --- "and others" in square brackets before the role word ----------------------------------------


@pytest.mark.parametrize(
    ("statement", "names"),
    [
        # code corpus file id 68408477707 (a script reading the NDL's dc:creator statements),
        # the statement its docstring quotes: the first editor, the others unnamed
        ("天野絵里子 [ほか]編集", "天野絵里子"),
    ],
)
def test_bracketed_others_before_the_role(statement: str, names: str) -> None:
    role, size = role_at_end(statement, "ja")
    assert (role, statement[:size]) == ("editors", names)
    group = role_group(statement, 0, len(statement), "ja")
    assert group is not None
    assert (statement[: group[0]], group[1]) == (names, "editors")
