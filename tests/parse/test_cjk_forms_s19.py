"""Japanese and Chinese forms met in the held-out sets 40 and 41
(tests/data/dedupe/cross_script_holdout40.toml, …41.toml), each tested on other real references
(sources named) with the texts the rule must leave alone: an author of a one-character family
name before 「」, a book line's date with another printing's in brackets."""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citation
from archivecite.model import BookReference
from archivecite.parse.published.cjk_fields import _isbn13_checks
from archivecite.parse.published.cjk_listing_patterns import CJK_RUN_ON_ENGLISH_TITLE_PATTERN
from archivecite.parse.published.names import japanese_one_character_surname
from tests.parse.helpers import parsed_as


@pytest.mark.parametrize(
    ("text", "family", "given", "title"),
    [
        # https://blog7.hazakishiori.com/archives/10850 (a literature blog, pages corpus): its
        # heading "森鴎外「舞姫」解説あらすじ", the name and the title
        ("森鴎外「舞姫」", "森", "鴎外", "舞姫"),
        # https://blog.nishinari.or.jp/?m=202506 (a blog's series on Kōtoku, pages corpus):
        # "幸徳秋水「社會主義神髄」(09)", a two-character family name, read as before
        ("幸徳秋水「社會主義神髄」", "幸徳", "秋水", "社會主義神髄"),
    ],
)
def test_a_japanese_author_before_corner_brackets(
    text: str, family: str, given: str, title: str
) -> None:
    reference = parsed_as(text, BookReference)
    assert [(name.family, name.given) for name in reference.authors] == [(family, given)]
    assert reference.title is not None
    assert reference.title.original == title
    assert reference.language == "ja"


@pytest.mark.parametrize(
    ("name", "japanese"),
    [
        ("森鴎外", True),  # 森: a surname the dictionary tags, no Baijiaxing surname
        ("堺利彦", True),  # the socialist (kaken.nii.ac.jp KAKENHI-PROJECT-08301034's keywords)
        ("岸信介", True),
        # Chinese names: a Baijiaxing surname, whatever the Japanese dictionary reads after it
        ("毛澤東", False),  # 毛, then 沢東 as a Japanese given name
        ("周恩来", False),
        ("梁啓超", False),
        # either language writes them (林, 秦 are Baijiaxing surnames): left to other rules
        ("林語堂", False),
        ("秦郁彦", False),
        # no person: a word, or a surname with no given name the dictionary tags
        ("北京", False),
        ("北昤吉", False),
    ],
)
def test_a_one_character_japanese_surname(name: str, japanese: bool) -> None:
    assert japanese_one_character_surname(name) is japanese


def test_a_chinese_name_before_corner_brackets_stays_unread() -> None:
    # Taiwan and Hong Kong quote with 「」: a Chinese name before them is not made Japanese
    result = parse_citation("毛澤東「論持久戰」")
    if isinstance(result, Parsed):
        assert result.reference.language != "ja"


@pytest.mark.parametrize(
    ("text", "date", "printings"),
    [
        # https://s-yamaga.jp/dokusho/2011/sekaishinonakanomeijiishin.htm (a reading log's entry,
        # pages corpus): the printing's date, then the first edition's in brackets (its year
        # misprinted "19977"): no date rather than the printing's
        (
            "世界史のなかの明治維新 芝原拓自 岩波新書黄3\nISBN4-00-420003-2 760円 2010年6月"
            "(19977年5月初版)",
            None,
            "2010年6月",
        ),
        # the same log's form without brackets (tests/parse/test_cjk_forms_s12.py): the date
        (
            "昭和天皇の終戦史 吉田裕 岩波新書新赤257\nISBN978-4-00-430257-5 780円 1992年12月",
            (1992, 12),
            None,
        ),
    ],
)
def test_a_book_lines_date_and_another_printing(
    text: str, date: tuple[int, int] | None, printings: str | None
) -> None:
    reference = parsed_as(text, BookReference)
    start = reference.date.start if reference.date is not None else None
    assert ((start.year, start.month) if start is not None else None) == date
    assert reference.extra.get("printings") == printings


@pytest.mark.parametrize(
    ("text", "title", "authors", "publisher"),
    [
        # a Dangdang search adapter's comment (code corpus, find_string "出版社 正版"): "当当的商品标题
        # 形如「书名 作者 著 出版社 [ISBN] 营销词…」", its example title: the role word spaced from the
        # name, the seller's words after the publisher
        (
            "计算机网络简明教程 谢希仁 著 电子工业出版社 正版旧书，保证质量，此书为单本而非一套，电子发票。",
            "计算机网络简明教程",
            ["谢希仁"],
            "电子工业出版社",
        ),
        # the same without the seller's words
        (
            "计算机网络简明教程 谢希仁 著 电子工业出版社",
            "计算机网络简明教程",
            ["谢希仁"],
            "电子工业出版社",
        ),
    ],
)
def test_a_chinese_booksellers_listing(
    text: str, title: str, authors: list[str], publisher: str
) -> None:
    reference = parsed_as(text, BookReference)
    assert reference.title is not None
    assert reference.title.original == title
    assert [name.original for name in reference.authors] == authors
    assert reference.publisher is not None
    assert reference.publisher.original == publisher


def test_an_isbn_alone_in_a_listing_is_checked() -> None:
    assert _isbn13_checks("9787530651728")  # 百花文艺出版社's ISBN of 吴其昌's 梁启超传
    assert not _isbn13_checks("9787530651729")  # another number of thirteen digits


def test_a_record_whose_authors_are_named_in_latin_letters_keeps_its_reading() -> None:
    # https://www.cite.com.tw/book?id=86736 (a Taiwanese publisher's record, pages corpus): the
    # author in characters with the Latin form in brackets, then the publisher and the date; the
    # new reading of a field in Latin letters (原文作者) leaves such a record as it was
    reference = parsed_as(
        "形式的起源:萬物形式演變之謎,自然物和人造物的設計美學×科學探索\n\n"
        "  • 作者:克里斯多福.威廉斯(Christopher Williams)\n  • 出版社:臉譜\n"
        "  • 出版日期:2020-12-03\n  • 定價:420元",
        BookReference,
    )
    assert reference.title is not None
    assert reference.title.translations == {}
    assert [name.literal for name in reference.authors] == ["克里斯多福.威廉斯"]
    assert reference.publisher is not None
    assert reference.publisher.original == "臉譜"


@pytest.mark.parametrize(
    ("title", "english"),
    [
        # the shape of a Taiwanese shop's heading copied by a blog (set 41): the English title of
        # the original run on, to the end of the title line
        ("毛澤東:真實的故事Mao: The Real Story.", "Mao: The Real Story"),
        # a Shopee listing (pages corpus: cloudzsexy.com's copy of "演算法 Introduction To The
        # Design And Analysis Of Algorithms中譯本 蝦皮購物"): characters after the English words,
        # no run-on title
        ("演算法 Introduction To The Design And Analysis Of Algorithms中譯本", None),
        # a Chinese title opened by a Latin word (cjk_records._in_language's docstring): no
        # English title after the characters
        ("Redis高手心法", None),
    ],
)
def test_a_title_run_into_its_english_title(title: str, english: str | None) -> None:
    found = CJK_RUN_ON_ENGLISH_TITLE_PATTERN.fullmatch(title)
    assert (found["english"] if found is not None else None) == english


@pytest.mark.parametrize(
    ("text", "title", "families"),
    [
        # https://www.yawdtalk.com/aomenjinshadaohangwangzhan/article/1329249.html (a copy of a
        # New Scientist review, pages corpus): its heading, the title holding "by" itself
        ("Death by Black Hole, by Neil DeGrasse Tyson", "Death by Black Hole", ["Tyson"]),
        # https://shelf-awareness.com/issue.html?issue=3714 (pages corpus): a heading with one "by",
        # read as before
        (
            "Taste in Music: Eating on Tour with Indie Musicians by Luke Pyenson and Alex Beeker",
            "Taste in Music: Eating on Tour with Indie Musicians",
            ["Pyenson", "Beeker"],
        ),
    ],
)
def test_a_title_holding_by_before_its_author(text: str, title: str, families: list[str]) -> None:
    reference = parsed_as(text, BookReference)
    assert reference.title is not None
    assert reference.title.original == title
    assert [name.family for name in reference.authors] == families


@pytest.mark.parametrize(
    "text",
    [
        # https://www.shelf-awareness.com/issue.html?issue=3714 (pages corpus): a foreword's credit
        # after the author, no title running to its "by"
        "Becoming Baba Yaga: Trickster, Feminist, and Witch of the Woods by Kris Spisak, "
        "Foreword by Gennarose Nethercott",
        # https://shelf-awareness.com/issue.html?issue=2136 (pages corpus): an illustrator's credit
        "The Land Knows Me: A Nature Walk Exploring Indigenous Wisdom by Leigh Joseph, "
        "illustrated by Natalie Schnitter",
    ],
)
def test_a_credit_after_the_author_is_no_part_of_the_title(text: str) -> None:
    result = parse_citation(text)
    if isinstance(result, Parsed):
        assert result.reference.title is not None
        assert " by " not in result.reference.title.original
