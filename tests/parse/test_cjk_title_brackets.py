"""A Japanese or Chinese title printed alone with one bracket after it, as tables, lists and shops
name a book: its edition, its series (with the series' number) or, for a reference work, its
years. The lines are copied from public files (the search tool's file ids) as printed; a bare
line that names no book is refused."""

from __future__ import annotations

import pytest

from tests.parse.helpers import single_reference


@pytest.mark.parametrize(
    ("text", "title", "edition"),
    [
        # file id 6723994950 (a README of a kanji font project), "## Scope", the dictionaries
        ("新漢語林［第二版］", "新漢語林", "第二版"),
        ("漢字源［改訂第五版］", "漢字源", "改訂第五版"),
        ("日本国語大辞典［第二版］", "日本国語大辞典", "第二版"),
    ],
)
def test_a_title_with_its_edition(text: str, title: str, edition: str) -> None:
    reference = single_reference(text)
    assert reference is not None
    assert reference.title is not None
    assert (reference.kind, reference.title.original, getattr(reference, "edition", None)) == (
        "book",
        title,
        edition,
    )
    assert (reference.authors, reference.date) == ((), None)


@pytest.mark.parametrize(
    ("text", "title", "series", "number"),
    [
        # file id 7822458929 (a blog's list of books on physical mathematics), an Amazon link
        (
            "物理現象のフーリエ解析 (ちくま学芸文庫)",
            "物理現象のフーリエ解析",
            "ちくま学芸文庫",
            None,
        ),
        # file id 8707338888 (a post on linear algebra), an Amazon link
        ("線型代数 (ちくま学芸文庫)", "線型代数", "ちくま学芸文庫", None),
        # file id 56115918070 (a list of art books), an Amazon image's title, the full-width
        # space read as a space
        (
            "官能美術史　──ヌードが語る名画の謎 (ちくま学芸文庫)",
            "官能美術史 ──ヌードが語る名画の謎",
            "ちくま学芸文庫",
            None,
        ),
        # file id 18845646449 (a post on scientific thinking), the Amazon link's title
        ("科学的思考入門 (講談社現代新書 2765)", "科学的思考入門", "講談社現代新書", "2765"),
        # file id 70176991253 (a test's list of real shop titles)
        ("現代思想入門 (講談社現代新書 2653)", "現代思想入門", "講談社現代新書", "2653"),
    ],
)
def test_a_title_with_its_series(text: str, title: str, series: str, number: str | None) -> None:
    reference = single_reference(text)
    assert reference is not None
    assert reference.title is not None
    read_series = getattr(reference, "series", None)
    assert read_series is not None
    assert (reference.kind, reference.title.original, read_series.original) == (
        "book",
        title,
        series,
    )
    assert reference.extra.get("series_number") == number
    assert (reference.authors, reference.date, reference.language) == ((), None, "ja")


@pytest.mark.parametrize(
    ("text", "title", "years"),
    [
        # file id 51934531236 (a kanji app's credits): "Tetsuji Morohashi, 大漢和辞典 (1955–1960)"
        ("大漢和辞典 (1955–1960)", "大漢和辞典", (1955, 1960)),
        # file id 69519039210 (a build script): "大日本国語辞典（1915-1919）を元にした SKK 辞書"
        ("大日本国語辞典（1915-1919）", "大日本国語辞典", (1915, 1919)),
        # file id 55032857363 (a notes file): "the Nishida 西夏文字辞典 (1966)"
        ("西夏文字辞典 (1966)", "西夏文字辞典", (1966, None)),
    ],
)
def test_a_reference_work_with_its_years(
    text: str, title: str, years: tuple[int, int | None]
) -> None:
    reference = single_reference(text)
    assert reference is not None
    assert reference.title is not None
    assert reference.date is not None
    end = reference.date.end.year if reference.date.end is not None else None
    assert (reference.title.original, reference.date.start.year, end) == (title, *years)


@pytest.mark.parametrize(
    "text",
    [
        # a year after words that name no reference work may be an event's
        "東日本大震災 (2011)",
        # a word and its reading (file id 52793461515, a kanji list for Vietnamese learners)
        "漢和辞典 (かんわじてん)",
        # a dictionary named as the source of a data field (file id 12169380379, an Emacs table)
        "康煕字典 (IRG)",
        # a note on what a list took from a dictionary (file id 6723994950, "## Scope")
        "大漢和辞典 (熟語 only)",
        # a sentence before a series
        "今日は 雨です (岩波文庫)",
    ],
)
def test_a_bracket_that_names_no_book_is_refused(text: str) -> None:
    assert single_reference(text) is None
