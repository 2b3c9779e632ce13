"""Chinese and Japanese forms first met in the held-out dedupe sets of session 15: a Chinese
prose note that names the year and publisher before the author (``一九九四年红旗出版社,吕廷煜著
《…》第三十六页。``) and cites the page in characters (``第三十六页``, ``第二七二页``).

Each row names its source; rows marked CONSTRUCTED have no real example found within the
session's search budget and say which form they stand for."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.helpers import citation_fields, single_reference


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # CONSTRUCTED on the form of Amazon.co.jp's title line as reading blogs copy it (the
            # title, the binding in brackets, the byline with its role in brackets), with the
            # book http://blog-yasutani.xrea.jp/blog5/booklog2/2017/07/ (pages corpus) names
            "ノモンハンの夏 (単行本) 半藤 一利 (著)",
            {"title": "ノモンハンの夏", "authors": ["半藤, 一利"], "series": None},
            id="amazon-binding",
        ),
        pytest.param(
            # CONSTRUCTED: the same line with a series in the brackets and a body as author,
            # with the book https://blog.goo.ne.jp./nikonhp/d/20220303 (pages corpus) names
            "昭和の怪物 七つの謎 (講談社現代新書) 保阪正康 (著)",
            {"title": "昭和の怪物 七つの謎", "series": "講談社現代新書"},
            id="amazon-series",
        ),
    ],
)
def test_amazon_title_line(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "今日は 雨です (単行本) 半藤 一利 (著)",  # a sentence before the brackets: no title
        "ノモンハンの夏 (単行本) とても面白かった (笑)",  # a remark, no role in the brackets
    ],
)
def test_amazon_title_line_leaves_alone(text: str) -> None:
    reference = single_reference(text)
    assert reference is None or not reference.authors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # CONSTRUCTED on the form of a shop's record that runs the title on to a Qing
            # author's name (clan name, a full stop for the middle dot, given name), with the
            # memoir of 溥杰, the brother of the Xuantong emperor
            "溥杰自传爱新觉罗.溥杰",
            {"title": "溥杰自传", "authors": ["爱新觉罗.溥杰"]},
            id="clan-name-full-stop",
        ),
        pytest.param(
            # CONSTRUCTED: the same with the middle dot and a subtitle after a colon
            "流浪王妃:我的一生爱新觉罗·浩",
            {"title": "流浪王妃:我的一生", "authors": ["爱新觉罗·浩"]},
            id="clan-name-middle-dot",
        ),
    ],
)
def test_run_on_clan_name(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


def test_run_on_name_without_a_clan_is_left() -> None:
    # no clan name before the dot: where the title ends is not told, nothing is read as a name
    reference = single_reference("我的前半生王.溥仪")
    assert reference is None or not reference.authors
