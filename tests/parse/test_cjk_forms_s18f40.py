"""Japanese title lines with a name or an edition around the title: the author alone in
brackets after it, the author's other name in brackets after the name, the series after the
house, an edition before the title. Each text's source is named; the held-out set 40
(tests/data/dedupe/cross_script_holdout40.toml) is where the forms were met."""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citation
from archivecite.model import BookReference
from tests.parse.helpers import parsed_as


@pytest.mark.parametrize(
    ("text", "authors", "publisher"),
    [
        # matutosi/moranajp README: "『吾輩は猫である』(夏目漱石)の冒頭部分", the line's head
        ("『吾輩は猫である』(夏目漱石)", ["夏目漱石"], None),
        # the publisher in brackets stays the publisher (cjk_imprint._bare_author's docstring)
        ("『三島由紀夫の世界』村松剛(1990・新潮社)", ["村松剛"], "新潮社"),
        # a role word in the brackets: the name with its role, as before
        ("『吾輩は猫である』(夏目漱石著)", ["夏目漱石"], None),
    ],
)
def test_a_name_alone_in_brackets_after_the_title(
    text: str, authors: list[str], publisher: str | None
) -> None:
    reference = parsed_as(text, BookReference)
    assert [name.original for name in reference.authors] == authors
    assert (reference.publisher.original if reference.publisher else None) == publisher


def test_the_other_name_the_editor_and_the_series_after_the_house() -> None:
    # the pen name in brackets after the name (福地桜痴 is 福地源一郎's), the editor of the text
    # (校注), the house and its series: a reading guide's line, as set 40 quotes it (its source
    # is named in tests/data/dedupe/cross_script_holdout40.toml)
    reference = parsed_as(
        "『幕府衰亡論』福地源一郎(福地桜痴)、石塚裕道 校注(平凡社・東洋文庫)", BookReference
    )
    assert [name.original for name in reference.authors] == ["福地源一郎"]
    assert [name.original for name in reference.editors] == ["石塚裕道"]
    assert reference.publisher is not None
    assert reference.publisher.original == "平凡社"
    assert reference.series is not None
    assert reference.series.original == "東洋文庫"


def test_an_edition_before_the_title_is_no_author() -> None:
    # 立命館版『世界最終戦論』 (set 40): an edition named by its house, the title alone after it;
    # no author, so no more than a title (the parser may leave it unread), never 立命館版's
    result = parse_citation("立命館版『世界最終戦論』")
    if isinstance(result, Parsed):
        assert [name.original for name in result.reference.authors] == []
    # a name before the title stays the author
    reference = parsed_as("石原莞爾『最終戦争論』", BookReference)
    assert [name.original for name in reference.authors] == ["石原莞爾"]
    assert reference.edition is None


@pytest.mark.parametrize(
    ("text", "authors", "translators"),
    [
        # a modern rendering named before the names: the classic's author, then its renderer
        # (角川ソフィア文庫's edition, as naniwoyomu.com/?p=27633 lists it in set 40)
        (
            "『文明論之概略』(全訳)福澤諭吉、先崎彰容訳(2017・角川ソフィア文庫)",
            ["福澤諭吉"],
            ["先崎彰容"],
        ),
        # no such word: two translators of a foreign book (岩波書店's Wiener, in the form
        # cjk_imprint.cjk_late_publisher's docstring quotes)
        ("『サイバネティックス』池原止戈夫、彌永昌吉訳(岩波書店)", [], ["池原止戈夫", "彌永昌吉"]),
    ],
)
def test_a_classic_and_its_modern_renderer(
    text: str, authors: list[str], translators: list[str]
) -> None:
    reference = parsed_as(text, BookReference)
    assert [name.original for name in reference.authors] == authors
    assert [name.original for name in reference.translators] == translators


@pytest.mark.parametrize(
    ("text", "title", "author", "series"),
    [
        # Amazon.co.jp's page title, the author after a colon (finalvent.hatenadiary.org's post
        # of 2008-12-10, as set 40 quotes it)
        (
            "日本文化の形成 (講談社学術文庫): 宮本 常一",
            "日本文化の形成",
            "宮本 常一",
            "講談社学術文庫",
        ),
        # the shop's line with a slash, as before (cjk_title_lines.title_series_author)
        ("坂の上の雲〈1〉 (文春文庫)/司馬 遼太郎", "坂の上の雲", "司馬 遼太郎", "文春文庫"),
    ],
)
def test_a_shop_title_line_with_its_author_after_a_colon(
    text: str, title: str, author: str, series: str
) -> None:
    reference = parsed_as(text, BookReference)
    assert reference.title is not None
    assert reference.title.original == title
    assert [name.original for name in reference.authors] == [author]
    assert reference.series is not None
    assert reference.series.original == series
