"""Forms of real citations the held-out cross-script sets 50-52 showed unread or misread (session
20, helper parse5x): a Japanese reading list's ``Name:Title.Series,Year(printings)``, a geometric
bullet and an eight-digit day before a title (arsvi.com), a commentary (解説) headed by the book
it comments on, an honorific (先生) between a name and its title, and a Chicago imprint naming a known city with its state spelled out.

Each row names its source (the search tool's pages corpus, as the pair sets record it)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.helpers import citation_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # https://article9.hatenablog.com/entry/2022/08/04/173246 (blog '浅学菲才の嘆息'),
            # the reference line at the end of the post
            "吉見義明:従軍慰安婦.岩波新書,1995(4月10日第1刷発行,2022年2月14日第27刷購読)",
            {
                "authors": ["吉見, 義明"],
                "title": "従軍慰安婦",
                "publisher": "岩波新書",
                "year": "1995",
            },
            id="name-colon-title-series-year-printings-real",
        ),
        pytest.param(
            # http://www.arsvi.com/b1900/8707yy.htm (arsvi.com book page), the record line
            # after its bullet, up to '302p.'
            "■吉見 義明 19870707 『草の根のファシズム――日本民衆の戦争体験 』,東京大学出版会,302p.",
            {
                "authors": ["吉見, 義明"],
                "title": "草の根のファシズム――日本民衆の戦争体験",
                "publisher": "東京大学出版会",
                "date": "1987-07-07",
            },
            id="bullet-and-eight-digit-day-real",
        ),
        pytest.param(
            # https://www.reading-journal.blog/2nd/uejini-eirei-23 (Reading Journal 2nd), the
            # second section heading: 一ノ瀬俊也's commentary in the ちくま学芸文庫 edition
            "解説 藤原彰『餓死した英霊たち』 一ノ瀬俊也",
            {"authors": ["一ノ瀬, 俊也"], "title": "解説 藤原彰『餓死した英霊たち』"},
            id="commentary-heading-real",
        ),
        pytest.param(
            # https://hasegawa-shoutai.org/review-grassroots-fascism-the-war-experience-of-the-
            # japanese-people-by-oshimi-yoshiaki (a review), the book's entry at its head
            "Yoshimi, Yoshiaki. Grassroots Fascism: The War Experience of the Japanese People. "
            "Translated by Ethan Mark. New York, New York: Columbia University Press, 2015. "
            "pp. 360.",
            {
                "authors": ["Yoshimi, Yoshiaki"],
                "title": "Grassroots Fascism: The War Experience of the Japanese People",
                "place": "New York, New York",
                "publisher": "Columbia University Press",
                "year": "2015",
            },
            id="known-city-with-its-state-spelled-out-real",
        ),
        pytest.param(
            # https://aisixiang.com/data/2470.html (爱思想, a review essay): the clause
            # '最近,沈志华先生《…》(广东人民出版社2003年版)一书的出版', from 沈志华 to 年版)
            "沈志华先生《毛泽东、斯大林与朝鲜战争》(广东人民出版社2003年版)",
            {"authors": ["沈, 志华"], "title": "毛泽东、斯大林与朝鲜战争", "year": "2003"},
            id="honorific-after-a-chinese-name-real",
        ),
    ],
)
def test_reads_the_form(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected
