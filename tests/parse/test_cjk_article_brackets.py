"""Chinese notes as Hong Kong and Taiwan print them: the article's title in single angle
brackets before its journal's in double ones (``杜君立，〈毛皮征服歷史〉，《天涯》``), the issue
with its label first (``期6``) and the pages with theirs (``頁33-34``, ``页32–41``).

Each real note is copied from its source, a public GitHub file named by its search-tool file id
(the code corpus; the repository's map pages give the references of each marker).
A 〈〉 anywhere else is a volume or a gloss, not a title (last test).
"""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.parse.published.cjk import cjk_brackets
from tests.parse.helpers import check_published

# a JavaScript map of Qing-era trade goods, each marker's 'reference' string (search-tool file
# id 8868852048): two notes of one marker, then a note of the next
FUR_TRADE_MAP = "GitHub file, search-tool id 8868852048"
# another map of the same project, the lion tribute marker (search-tool file id 9103008066)
LION_MAP = "GitHub file, search-tool id 9103008066"

ARTICLES = [
    (
        # FUR_TRADE_MAP, marker otter1, the second note ('2. ' dropped)
        "杜君立，〈毛皮征服歷史〉，《天涯》，期6（2018年11月），頁33-34。",
        {
            "kind": "article",
            "title": "毛皮征服歷史",
            "authors": ["杜, 君立"],
            "container_title": "天涯",
            "issue": "6",
            "date": "2018-11",
            "pages": "33-34",
        },
    ),
    (
        # FUR_TRADE_MAP, marker otter2, the first note ('1. ' dropped)
        "郭衛東，〈毛皮：清代北美對華貿易的重要貨品〉，《安徽史學》，期6（2015年12月），頁24-27。",
        {
            "kind": "article",
            "title": "毛皮：清代北美對華貿易的重要貨品",
            "authors": ["郭, 衛東"],
            "container_title": "安徽史學",
            "issue": "6",
            "date": "2015-12",
            "pages": "24-27",
        },
    ),
    (
        # LION_MAP, the lion marker's note ('1. ' dropped): a book's title quoted in the
        # article's, and two pages cited
        "鄒振環，〈康熙朝西人貢獅與《獅子說》〉，《紫禁城》，期10（2018年10月），頁42,48。",
        {
            "kind": "article",
            "title": "康熙朝西人貢獅與《獅子說》",
            "authors": ["鄒, 振環"],
            "container_title": "紫禁城",
            "issue": "10",
            "date": "2018-10",
            "locator": "42, 48",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLES)
def test_an_article_in_angle_brackets_before_its_journal(
    text: str, expected: dict[str, Any]
) -> None:
    check_published(text, expected)


BOOKS = [
    (
        # FUR_TRADE_MAP, marker otter1, the first note: a book's pages with their label first are
        # the passage the note cites
        "付成雙，《動物改變世界：海狸、毛皮貿易與北美開發》（北京：北京大學出版社，2016年），頁225-226。",
        {
            "kind": "book",
            "title": "動物改變世界：海狸、毛皮貿易與北美開發",
            "authors": ["付, 成雙"],
            "publisher": "北京大學出版社",
            "date": "2016",
            "locator": "225-226",
        },
    ),
]


# a book named in short with the pages a note cites, labelled first: a Taiwanese Bible-study
# site's notes in two public GitHub files (search-tool file ids 59910187631, note 26, and
# 59865673105, note 2, the first of its two references)
BOOKS += [
    (
        "封志理編著，《原文編號新約字典》，頁10",
        {"kind": "book", "title": "原文編號新約字典", "authors": ["封, 志理"], "locator": "10"},
    ),
    (
        "朱天民，《中國字》，頁231-233。",
        {"kind": "book", "title": "中國字", "authors": ["朱, 天民"], "locator": "231-233"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOOKS)
def test_a_book_cited_with_its_pages_labelled_first(text: str, expected: dict[str, Any]) -> None:
    check_published(text, expected)


# an Amazon.co.jp title line stored in a public GitHub file (search-tool file id 44817498160): a
# volume in 〈〉 after the title, no journal's 《》 after it; and an article's 〈〉 before one
VOLUME_LINE = "雇用、利子および貨幣の一般理論〈上〉 (岩波文庫) 文庫 – 2008/1/16"


def test_angle_brackets_elsewhere_are_no_title() -> None:
    assert cjk_brackets(VOLUME_LINE, 0, len(VOLUME_LINE)) == []
    note = ARTICLES[0][0]
    assert [note[a : b + 1] for a, b in cjk_brackets(note, 0, len(note))] == [
        "〈毛皮征服歷史〉",
        "《天涯》",
    ]
