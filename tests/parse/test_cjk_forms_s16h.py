"""Japanese title lines and headings first met in held-out set 33 of the dedupe pairs, checked on
other real references of the same forms: 「」 quoting a word of the title after の with the
subtitle's dash after them (the quotes are no title, the words before them no author); a
paperback's shelf code after its series in brackets (``(ちくま学芸文庫 リ 6-1)``: no part of the
series); a blog heading that names a book by its author and 『title』 and goes on in its own
words after a particle (``…『上海』の文庫本(1)``, ``…がとても良い``), which are neither
publisher nor imprint.

Each real reference is copied from its source, named beside it. Texts each rule must leave alone
follow each table.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.helpers import check_published, citation_fields

# Kinokuniya's web store record of ISBN 4-8067-5627-X (河原宏, 1995), as stored in the search
# tool's pages corpus
KINOKUNIYA = "http://bookweb.kinokuniya.co.jp/guest/cgi-bin/wshosea.cgi?W-ISBN=480675627X"
# The blog entry on the same book's 講談社学術文庫 edition, pages corpus
MMPOLO = "https://mmpolo.hatenadiary.com/archive/2013/12/25"

TITLE_LINES = [
    (
        # KINOKUNIYA: the title line, 「戦争」 a word of the title, a subtitle after the dash
        "日本人の「戦争」―古典と死生の間で",
        {"kind": "book", "authors": [], "title": "日本人の「戦争」―古典と死生の間で"},
    ),
    (
        # the same, as a shop prints it with the paperback's series
        "日本人の「戦争」―古典と死生の間で (講談社学術文庫)",
        {
            "kind": "book",
            "authors": [],
            "title": "日本人の「戦争」―古典と死生の間で",
            "series": "講談社学術文庫",
        },
    ),
]

SHELF_CODES = [
    (
        # an Amazon title quoted in a blog's Markdown (code corpus, file id 56115918070): the
        # series, then its shelf code (the author's initial in kana and a number)
        "乳房論: 乳房をめぐる欲望の社会史 (ちくま学芸文庫 ヤ 13-1)",
        {
            "kind": "book",
            "authors": [],
            "title": "乳房論: 乳房をめぐる欲望の社会史",
            "series": "ちくま学芸文庫",
        },
    ),
]

SHELF_CODES_LEFT = [
    (
        # the title-and-bracket reader's own example: a part of the series and its number
        "日本文化のかくれた形 (岩波現代文庫 学術 128)",
        {"kind": "book", "title": "日本文化のかくれた形", "series": "岩波現代文庫 学術"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHELF_CODES + SHELF_CODES_LEFT)
def test_a_paperbacks_shelf_code_after_its_series(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


TITLE_LINES_LEFT = [
    (
        # MMPOLO, the entry's first words: the author, then the title in 『』 quoting a word
        "河原宏『日本人の「戦争」』(講談社学術文庫)",
        {
            "kind": "book",
            "authors": ["河原, 宏"],
            "title": "日本人の「戦争」",
            "publisher": "講談社学術文庫",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_LINES + TITLE_LINES_LEFT)
def test_a_word_quoted_in_a_title_line(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


HEADINGS = [
    (
        # MMPOLO: the entry's heading, the post's words after が
        "河原宏『日本人の「戦争」』がとても良い",
        {"kind": "book", "authors": ["河原, 宏"], "title": "日本人の「戦争」", "publisher": None},
    ),
]

HEADINGS_LEFT = [
    (
        # MMPOLO's sentence: the publisher after the title is still read
        "河原宏『日本人の「戦争」』講談社学術文庫",
        {
            "kind": "book",
            "authors": ["河原, 宏"],
            "title": "日本人の「戦争」",
            "publisher": "講談社学術文庫",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADINGS + HEADINGS_LEFT)
def test_a_headings_words_after_the_book(text: str, expected: dict[str, Any]) -> None:
    check_published(text, expected)
