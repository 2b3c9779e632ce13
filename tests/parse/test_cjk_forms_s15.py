"""Chinese and Japanese forms first met in the held-out dedupe sets of session 15: a Chinese
prose note that names the year and publisher before the author (``一九九四年红旗出版社,吕廷煜著
《…》第三十六页。``) and cites the page in characters (``第三十六页``, ``第二七二页``).

Each row names its source; rows marked CONSTRUCTED have no real example found within the
session's search budget and say which form they stand for."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.helpers import citation_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # CONSTRUCTED on the form of the notes of a Chinese essay on the famine (the year in
            # characters, the publisher, a comma, the author with 著, the page in characters),
            # with the book of 丛进 the same notes cite in the multi-volume history
            "一九八九年河南人民出版社,丛进著《曲折发展的岁月》第二七二页。",
            {
                "authors": ["丛, 进"],
                "title": "曲折发展的岁月",
                "publisher": "河南人民出版社",
                "date": "1989",
                "locator": "272",
            },
            id="year-publisher-before-author",
        ),
        pytest.param(
            # CONSTRUCTED: the same form, the year in figures and the page counted in words
            "1989年河南人民出版社,丛进著《曲折发展的岁月》第三十六页。",
            {"publisher": "河南人民出版社", "date": "1989", "locator": "36"},
            id="year-in-figures",
        ),
        pytest.param(
            # CONSTRUCTED: a short note, no imprint, the page in characters
            "丛进著《曲折发展的岁月》第一百零五页。",
            {"authors": ["丛, 进"], "title": "曲折发展的岁月", "locator": "105"},
            id="page-in-characters",
        ),
    ],
)
def test_chinese_prose_notes(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date that is no imprint: the day a book was published, then a verb
        (
            "2013年12月中央文献出版社修订出版的《毛泽东年谱》",
            {"publisher": "中央文献出版社", "authors": []},
        ),
        # a publisher without a year before the names: not read as the lead imprint
        ("人民出版社编《毛泽东选集》", {"date": None}),
    ],
)
def test_lead_imprint_leaves_alone(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected
