"""Japanese book lines and English headings of the thirty-seventh cross-script set, read by form:
a Hatena book card (the publisher after the labelled author, the edition in brackets glued to the
main title), a line of fields opened by a foreign author's katakana full name, an Amazon-like
heading with the volumes in brackets and the series after the role, a review's heading with every
field between commas, a library record quoted as "Given FAMILY, TITLE". Each table is followed by
texts its rule must leave alone.

Rows marked "held-out" are the sides of tests/data/dedupe/cross_script_holdout37.toml as its
`source` names them; rows marked "real" name their page. No other real example of the Hatena
card, the comma heading or the quoted record was found within session 18's budget (about fifteen
look-ups in the pages and code corpora); rows "built on the form" say so.
"""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import Parsed, parse_citation
from tests.parse.helpers import reference_fields


def _fields(text: str) -> dict[str, Any]:
    result = parse_citation(text)
    assert isinstance(result, Parsed), text
    reference = result.reference
    series = getattr(reference, "series", None)
    return {
        **reference_fields(reference),
        "series": series.original if series is not None else None,
        "extra": dict(reference.extra),
    }


def _check(text: str, expected: dict[str, Any]) -> None:
    fields = _fields(text)
    assert {key: fields[key] for key in expected} == expected


# --- a book card: the publisher after the labelled author, the edition glued to the title -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # held-out: d.hatena.ne.jp/keyword/武装解除, an embedded book card
            "日本のいちばん長い日(決定版) 運命の八月十五日 作者:半藤 一利 文藝春秋",
            {
                "title": "日本のいちばん長い日 運命の八月十五日",
                "edition": "決定版",
                "authors": ["半藤, 一利"],
                "publisher": "文藝春秋",
            },
        ),
        (  # built on the form: another card's edition word, an author the dictionary knows
            "昭和史(新版) 1926-1945 作者:半藤 一利 平凡社",
            {
                "title": "昭和史 1926-1945",
                "edition": "新版",
                "authors": ["半藤, 一利"],
                "publisher": "平凡社",
            },
        ),
    ],
)
def test_a_book_card(text: str, expected: dict[str, Any]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # real: a reading list's line (session 16), two people no label names, no card
            "もうひとつの満州 沢地久枝 文芸春秋 1982",
            {"title": "もうひとつの満州", "authors": ["沢地, 久枝"], "publisher": "文芸春秋"},
        ),
        (  # real: the docstring's G-Tools-like line, a publisher with its ending
            "害虫の誕生―虫からみた日本史 瀬戸口明久 筑摩書房(2009/07)",
            {
                "title": "害虫の誕生―虫からみた日本史",
                "authors": ["瀬戸口, 明久"],
                "publisher": "筑摩書房",
                "edition": None,
            },
        ),
    ],
)
def test_lines_without_a_label_keep_their_reading(text: str, expected: dict[str, Any]) -> None:
    _check(text, expected)


# --- a foreign author's katakana full name opening a line of fields ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # held-out: a reader's heading, 志水速雄's translation of Arendt in ちくま学芸文庫
            "ハンナ・アレント 人間の条件 志水速雄訳 ちくま学芸文庫",
            {
                "title": "人間の条件",
                "authors": ["アレント, ハンナ"],
                "translators": ["志水, 速雄"],
            },
        ),
        (  # real: nomado.moo.jp/medias/tag/オルタナティブ, a reading log's line; the name after
            # the title, the original's year after it
            "一九八四年 ジョージ・オーウェル 1949年 新庄哲夫訳 ハヤカワ文庫(1972/02/15)",
            {
                "title": "一九八四年",
                "authors": ["オーウェル, ジョージ"],
                "translators": ["新庄, 哲夫"],
                "date": "1972-02",
                "extra": {"original_date": "1949"},
            },
        ),
    ],
)
def test_a_katakana_full_name_in_a_line_of_fields(text: str, expected: dict[str, Any]) -> None:
    _check(text, expected)


def test_a_katakana_title_is_no_name() -> None:
    # built on the form: ロング・グッドバイ is a title in katakana, not a person the dictionary
    # knows; the line keeps it as the title and 村上春樹 as the translator
    _check(
        "ロング・グッドバイ 村上春樹訳 早川書房",
        {"title": "ロング・グッドバイ", "authors": [], "translators": ["村上, 春樹"]},
    )


# --- an Amazon-like heading: the volumes in brackets, the series after the role -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # held-out: a review's heading, four spaces and two as printed
            "人間の条件(上、中、下)    五味川純平(著)  岩波現代文庫",
            {
                "title": "人間の条件",
                "volume": "上、中、下",
                "authors": ["五味川, 純平"],
                "series": "岩波現代文庫",
            },
        ),
        (  # real: a reading blog's copy of Amazon.co.jp's line (the reader's docstring)
            "昭和史 1926-1945 (平凡社ライブラリー) 半藤 一利 (著)",
            {
                "title": "昭和史 1926-1945",
                "volume": None,
                "authors": ["半藤, 一利"],
                "series": "平凡社ライブラリー",
            },
        ),
    ],
)
def test_an_amazon_like_heading(text: str, expected: dict[str, Any]) -> None:
    _check(text, expected)


# --- a review's heading with every field between commas, no "by" --------------------------------


def test_a_comma_heading() -> None:
    # held-out: Questia's heading of a review of Hasegawa's book
    _check(
        "RACING THE ENEMY: Stalin, Truman, and the Surrender of Japan, Tsuyoshi Hasegawa, The "
        "Belknap Press of Harvard University Press, Cambridge, MA, 2005, 382 pages, $29.95.",
        {
            "title": "RACING THE ENEMY: Stalin, Truman, and the Surrender of Japan",
            "authors": ["Hasegawa, Tsuyoshi"],
            "publisher": "The Belknap Press of Harvard University Press",
            "place": "Cambridge, MA",
            "year": "2005",
            "extra": {"extent": "382 pages", "price": "$29.95"},
        },
    )


@pytest.mark.parametrize(
    "text",
    [
        # built on the form: no publisher after the name, so no author is known
        "Stalin, Truman, and the Surrender of Japan, Tsuyoshi Hasegawa, 2005, 382 pages.",
        # built on the form: more than a town and its state between publisher and year
        "RACING THE ENEMY, Tsuyoshi Hasegawa, Belknap Press, Cambridge, MA, USA, Earth, 2005, "
        "382 pages.",
    ],
)
def test_a_comma_heading_needs_a_publisher_and_a_place(text: str) -> None:
    result = parse_citation(text)
    assert not (
        isinstance(result, Parsed)
        and reference_fields(result.reference)["authors"] == ["Hasegawa, Tsuyoshi"]
        and result.reference.extra.get("extent") == "382 pages"
    )


# --- a library record quoted as "Given FAMILY, TITLE" -------------------------------------------


def test_a_quoted_record_with_the_family_name_in_capitals() -> None:
    # held-out: note.com/tagoso quoting the Helsinki library's record of 石原慎太郎『生還』
    _check("Shintaro ISHIHARA, SEIKAN", {"authors": ["Ishihara, Shintaro"], "title": "SEIKAN"})


@pytest.mark.parametrize(
    "text",
    [
        "Paris, France",  # built on the form: no family name in capitals
        "Shintaro ISHIHARA, SEIKAN, 1991",  # a year: another form, not this record
    ],
)
def test_a_quoted_record_needs_its_form(text: str) -> None:
    result = parse_citation(text)
    assert not (
        isinstance(result, Parsed)
        and reference_fields(result.reference)["title"] in {"France", "SEIKAN"}
        and not result.reference.date
    )
