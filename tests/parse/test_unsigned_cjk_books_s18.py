"""Chinese and Japanese books cited by their title alone in the Western frame (session 18): the
title in characters, perhaps the volume, then ``place: publisher, year`` after full stops
(``周恩來選集. 北京: 人民出版社, 1984.``), and a romanized title with the title in characters and
its translation in brackets, no author before it (``Zhou Enlai xuanji 周恩来选集 [Selected works
of Zhou Enlai]. …``). The rows are CONSTRUCTED on these forms with real books (their facts as the
publishers' catalogues give them); no real unsigned example was found within the session's
look-ups. The texts after them, real references, must be read as before."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.helpers import citation_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "周恩來選集. 北京: 人民出版社, 1984.",
            {"authors": [], "title": "周恩來選集", "place": "北京", "publisher": "人民出版社",
             "date": "1984"},
            id="title-place-publisher-year",
        ),
        pytest.param(
            "毛泽东选集. 第1卷. 北京: 人民出版社, 1991.",
            {"authors": [], "title": "毛泽东选集", "volume": "1", "publisher": "人民出版社",
             "date": "1991"},
            id="title-volume-imprint",
        ),
        pytest.param(
            "日本の歴史. 東京: 中央公論社, 1965.",
            {"authors": [], "title": "日本の歴史", "place": "東京", "publisher": "中央公論社",
             "language": "ja"},
            id="japanese-title",
        ),
        pytest.param(
            "Zhou Enlai xuanji 周恩来选集 [Selected works of Zhou Enlai]. Beijing: Renmin"
            " chubanshe, 1980.",
            {"authors": [], "title": "周恩来选集", "title_translation": "Selected works of Zhou"
             " Enlai", "place": "Beijing", "date": "1980"},
            id="romanized-characters-translation",
        ),
        pytest.param(
            # code corpus file 32171565449 (a CSL processor's sample bibliography): read as before
            "刘少奇. 论共产党员的修养. 北京: 人民出版社, 1962. 76 页",
            {"authors": ["刘, 少奇"], "title": "论共产党员的修养", "publisher": "人民出版社",
             "date": "1962"},
            id="unchanged-author-first",
        ),
        pytest.param(
            # code corpus file 62690027242 (a project's reference list): read as before
            "范文澜. 中国通史: 第一册[M]. 北京: 人民出版社, 1978: 159.",
            {"authors": ["范, 文澜"], "title": "中国通史: 第一册", "date": "1978"},
            id="unchanged-gbt",
        ),
    ],
)  # fmt: skip
def test_unsigned_books_in_characters(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected
