"""Rules added for forms of the twenty-sixth cross-script set and the eighth archival held-out
set: Douban's line under a book's title, a title line whose 「」 quote a word of it, a
newspaper column's heading that names a book, the author before those who established the text
(校注, 校訂), and in archival notes the Foreign Ministry's records named by their series, a
sub-file's volume in JACAR's spelling of a call number and a file number with a slash after a
named Chinese archive.

Each real reference is copied from its source, named beside it: the search tool's pages corpus
(addresses) or code corpus (file ids). Texts each rule must leave alone follow each table.
"""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import Parsed, parse_citation
from archivecite.model import ArchivalReference, ChineseLocator, JapaneseLocator, Reference
from tests.parse.helpers import reference_fields


def _reference(text: str) -> Reference | None:
    result = parse_citation(text)
    if not isinstance(result, Parsed) or len(result.references) != 1:
        return None
    return result.references[0]


def _fields(text: str) -> dict[str, Any]:
    reference = _reference(text)
    assert reference is not None, text
    return reference_fields(reference)


# --- Douban's line under a book's title -----------------------------------------------------------

DOUBAN = [
    (
        # file id 17504600352 (a scraper's comment copying Douban's 'latest' page): the h2 title
        # and the abstract line under it, the date before the publisher
        "故事便利店\n骆以军 / 2021-12 / 理想国｜河南文艺出版社 / 68.00元 / 平装",
        {
            "title": "故事便利店",
            "authors": ["骆, 以军"],
            "translators": [],
            "publisher": "理想国｜河南文艺出版社",
            "date": "2021-12",
        },
    ),
    (
        # file id 46104318022 (a tooltip's content: '<h2>荒潮</h2><p …>陈楸帆 / 2013-1 / …')
        "荒潮\n陈楸帆 / 2013-1 / 长江文艺出版社 / 24.80元 / 平装",
        {
            "title": "荒潮",
            "authors": ["陈, 楸帆"],
            "translators": [],
            "publisher": "长江文艺出版社",
            "date": "2013-01",
        },
    ),
    (
        # file id 33981238623 (a Douban list page: the h2 title '灿烂千阳' and its div class="pub"):
        # the author with the nationality, the translator, then the publisher
        "灿烂千阳\n[美] 卡勒德·胡赛尼 / 李继宏 / 上海人民出版社 / 2007-9 / 28.00元",
        {
            "title": "灿烂千阳",
            "authors": ["卡勒德·胡赛尼"],
            "translators": ["李, 继宏"],
            "publisher": "上海人民出版社",
            "date": "2007-09",
        },
    ),
    (
        # file id 30874850972 (a page's list: buy_name '82年生的金智英', buy_author '[韩]赵南柱 / …')
        "82年生的金智英\n[韩]赵南柱 / 2019-9 / 贵州人民出版社 / 45.00元 / 平装",
        {
            "title": "82年生的金智英",
            "authors": ["赵, 南柱"],
            "translators": [],
            "publisher": "贵州人民出版社",
            "date": "2019-09",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOUBAN)
def test_a_douban_line(text: str, expected: dict[str, Any]) -> None:
    fields = _fields(text)
    assert {name: fields[name] for name in expected} == expected
    joined = _fields(" ".join(text.split("\n")))  # as parse_citations passes a record's lines
    assert {name: joined[name] for name in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        # the fields without a title line (file id 44177896634, a scraper's comment): no title
        "钱锺书 / 人民文学出版社 / 1991-2 / 19.00",
        # a field Douban does not print after the publisher
        "荒潮\n陈楸帆 / 2013-1 / 长江文艺出版社 / 二十四元 / 平装",
        # no date
        "荒潮\n陈楸帆 / 长江文艺出版社 / 24.80元 / 平装",
    ],
)
def test_fields_that_are_no_douban_line(text: str) -> None:
    reference = _reference(text)
    assert reference is None or reference_fields(reference)["publisher"] is None


# --- a title line whose 「」 quote a word of it --------------------------------------------------

QUOTED_WORD_TITLES = [
    (
        # file id 70917457783 (a textbook's table of contents): a dash before the 「」
        "蓬莱の玉の枝―「竹取物語」から",
        "蓬莱の玉の枝―「竹取物語」から",
    ),
    (
        # http://tim153me.hatenadiary.com/entry/68393365 (a reading log, 2016), a book's title
        "池上彰が聞いてみた―「育てる人」からもらった6つのヒント",
        "池上彰が聞いてみた―「育てる人」からもらった6つのヒント",
    ),
    (
        # file id 11542358038 (a book list's 'title' field), several quoted words
        "はじめてのAngularJS―「双方向データ結合」&「依存性注入」 「Mode」「View」「Controller」"
        "に分離して作業を明確化!",
        "はじめてのAngularJS―「双方向データ結合」&「依存性注入」 「Mode」「View」「Controller」"
        "に分離して作業を明確化!",
    ),
]


@pytest.mark.parametrize(("text", "title"), QUOTED_WORD_TITLES)
def test_quoted_words_inside_a_title(text: str, title: str) -> None:
    fields = _fields(text)
    assert (fields["title"], fields["authors"]) == (title, [])


@pytest.mark.parametrize(
    ("text", "title", "authors"),
    [
        ("夏目漱石「道草」", "道草", ["夏目, 漱石"]),  # a name before 「」 names the author
        ("亀井俊介「英文学者 夏目漱石」(松柏社)", "英文学者 夏目漱石", ["亀井, 俊介"]),
    ],
)
def test_a_name_before_the_brackets_stays_the_author(
    text: str, title: str, authors: list[str]
) -> None:
    fields = _fields(text)
    assert (fields["title"], fields["authors"]) == (title, authors)


# --- a newspaper column's heading -----------------------------------------------------------------

# https://norip-009.at.webry.info/theme/49adb31e27.html (a blog's theme page listing the 産経新聞
# column's installments)
COLUMN = "norip-009.at.webry.info/theme/49adb31e27.html"


@pytest.mark.parametrize(
    "text",
    [
        "【明治の50冊】番外編 エルウィン・ベルツ『ベルツの日記』",  # COLUMN
        "【明治の50冊】(50)西田幾多郎『善の研究』 苦悩する旧制高生必読の書",  # COLUMN
    ],
)
def test_a_column_heading_is_an_article_not_the_book(text: str) -> None:
    fields = _fields(text)
    assert (fields["kind"], fields["title"], fields["container_title"], fields["authors"]) == (
        "article",
        text,
        "明治の50冊",
        [],
    )


@pytest.mark.parametrize(
    "text",
    [
        "【書評】『シベリア出兵』 麻田雅文",  # a review's mark, no installment
        "【明治の50冊】『善の研究』",  # the label alone, no installment
    ],
)
def test_a_bracketed_label_without_an_installment_is_no_column(text: str) -> None:
    reference = _reference(text)
    assert reference is None or reference_fields(reference)["kind"] != "article"


# --- the author before those who established the text ---------------------------------------------


def test_the_author_before_the_text_editors() -> None:
    # https://bunkomania.net/archives/3140 (a list of 岩波文庫 reprints): the author, then the
    # text's editor (校訂) and its reviser (補訂), each with its role word
    fields = _fields("「世事見聞録」(武陽隠士,本庄栄治郎校訂,奈良本辰也補訂)(1994年12月16日発行)")
    assert (fields["title"], fields["authors_original"], fields["editors"]) == (
        "世事見聞録",
        ["武陽隠士"],
        ["本庄, 栄治郎", "奈良本, 辰也"],
    )


def test_fellow_editors_stay_editors() -> None:
    # 編 is no text editor's word: two names parted by 、 before it are fellow editors
    fields = _fields("『人類史のなかの人口と家族』木下太志、浜野潔編(晃洋書房)")
    assert (fields["authors"], fields["editors"]) == ([], ["木下, 太志", "浜野, 潔"])


# --- archival: the Foreign Ministry's records, a sub-file's volume, a slashed file number --------


def _archival(text: str) -> ArchivalReference:
    reference = _reference(text)
    assert isinstance(reference, ArchivalReference), reference
    return reference


@pytest.mark.parametrize(
    "text",
    [
        # the Foreign Ministry's records named without their archive, a number in JACAR's spelling
        "日本《外務省紀錄》,B-3-1-2-47_1_001。",
        "外務省記録 B-3-1-2-47_1_001",
    ],
)
def test_the_foreign_ministry_records_name_their_archive(text: str) -> None:
    reference = _archival(text)
    assert reference.archive is not None
    assert reference.archive.id == "mofa-da"
    assert isinstance(reference.locator, JapaneseLocator)
    assert reference.locator.call_number == "B-3-1-2-47_1_001"


def test_a_number_without_the_records_stays_unread() -> None:
    # the same number with no Japanese word around it is no call number of a Japanese archive
    assert not isinstance(_reference("Report, 1919, B-3-1-2-47_1_001."), ArchivalReference)


@pytest.mark.parametrize(
    ("text", "file_number"),
    [
        ("吉林省档案馆,1-3/2-1955.41,第7页", "1-3/2-1955.41"),
        ("上海市档案馆,18/1234", "18/1234"),  # fonds/file, as before
    ],
)
def test_a_slashed_file_number_after_a_named_archive(text: str, file_number: str) -> None:
    reference = _archival(text)
    assert isinstance(reference.locator, ChineseLocator)
    assert reference.locator.file_number == file_number


def test_a_date_after_a_named_archive_is_no_file_number() -> None:
    reference = _reference("吉林省档案馆,1956/10/8")
    assert not (
        isinstance(reference, ArchivalReference)
        and isinstance(reference.locator, ChineseLocator)
        and reference.locator.file_number
    )
