"""Japanese forms first met in the cross-script held-out sets (session 15): a later edition in
brackets after the imprint's year (``朝日新聞社、1963年(新装版1987年)``), kept in
``extra["later_editions"]`` as the Latin readers keep one, the first edition's year staying the
work's; the years in brackets after a title before the magazine it came out in, and 'ほか'
("and others") after it, which names no publisher (``『雪国』(1935-1947) 「文芸春秋」ほか``).

Rows marked CONSTRUCTED have no real example found within the session's search budget (the search
tool's pages and code corpora held none of this bracket) and say which form they stand for; the
texts to leave alone are real."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.parse import Parsed, parse_citation


def _fields(text: str) -> dict[str, Any]:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference = result.references[0]
    publisher = getattr(reference, "publisher", None)
    return {
        "title": reference.title.original if reference.title else None,
        "publisher": publisher.original if publisher else None,
        "date": reference.date.iso() if reference.date else None,
        "later_editions": reference.extra.get("later_editions"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # CONSTRUCTED: a Japanese list's book with its reissue in brackets after the year
            "丸山眞男『日本の思想』岩波書店、1961年(新装版1990年)",
            {
                "title": "日本の思想",
                "publisher": "岩波書店",
                "date": "1961",
                "later_editions": "新装版1990年",
            },
            id="reissue-after-year",
        ),
        pytest.param(
            # CONSTRUCTED: full-width brackets, a numbered edition and a space before its year
            "丸山眞男『日本の思想』岩波書店、1961年（第2版 1990年）",
            {
                "title": "日本の思想",
                "publisher": "岩波書店",
                "date": "1961",
                "later_editions": "第2版 1990年",
            },
            id="numbered-edition-after-year",
        ),
    ],
)
def test_later_edition_in_brackets(text: str, expected: dict[str, Any]) -> None:
    assert _fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # CONSTRUCTED: the first edition's year in brackets is no later edition; the year
            # cited is the one before it
            "丸山眞男『日本の思想』岩波書店、1990年(初版1961年)",
            {"date": "1990", "later_editions": None},
            id="first-edition-in-brackets",
        ),
        pytest.param(
            # http://ichhan.sakura.ne.jp/reference/ref.oono1953.html (search tool, pages
            # corpus), the reference heading the page: a second printing, no edition
            "大野晋 『上代假名遣の研究 日本書記の假名を中心として』 岩波書店 1953.6(2刷 1953.10)",
            {"date": "1953-06", "later_editions": None},
            id="second-printing-real",
        ),
    ],
)
def test_leaves_alone(text: str, expected: dict[str, Any]) -> None:
    fields = _fields(text)
    assert {key: fields[key] for key in expected} == expected


def _years_fields(text: str) -> dict[str, Any]:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference = result.references[0]
    publisher = getattr(reference, "publisher", None)
    container = getattr(reference, "container_title", None)
    return {
        "title": reference.title.original if reference.title else None,
        "container_title": container.original if container else None,
        "publisher": publisher.original if publisher else None,
        "original_date": reference.extra.get("original_date"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # CONSTRUCTED: a works list's line, as Japanese lists of an author's works print a
            # novel serialised over years, then the magazines it came out in ('ほか', "and
            # others", no publisher); the years are kept as printed, not as the date, which the
            # dedupe would compare with a book's year
            "『暗夜行路』(1921-1937) 「改造」ほか",
            {
                "title": "暗夜行路",
                "container_title": "改造",
                "publisher": None,
                "original_date": "1921-1937",
            },
            id="years-then-magazine-and-others",
        ),
        pytest.param(
            # CONSTRUCTED: one year, full-width brackets and 年
            "『伊豆の踊子』（1926年） 「文芸時代」",
            {
                "title": "伊豆の踊子",
                "container_title": "文芸時代",
                "publisher": None,
                "original_date": "1926年",
            },
            id="one-year-then-magazine",
        ),
        pytest.param(
            # CONSTRUCTED, to leave alone: no second title, the bracket is the book's year
            "『雪国』(1937) 創元社",
            {
                "title": "雪国",
                "container_title": None,
                "publisher": "創元社",
                "original_date": None,
            },
            id="book-year-left-alone",
        ),
    ],
)
def test_years_after_a_title(text: str, expected: dict[str, Any]) -> None:
    assert _years_fields(text) == expected
