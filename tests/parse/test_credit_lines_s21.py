"""English headings first met in cross_script_holdout57.toml: a title in quotes with its original
romanized in brackets and the author's years after "by" (Wikisource's page of Reece's thesis on
Tayama Katai: '‘The Essence of the Novel’ (Shōsetsu Shinzui) by Tsubouchi Shōyō (1859–1935)'),
kept whole so that the bracket meets the original's title, and a book list's item whose fields
are parted by bars, the title and the author run together ('Diary of a Madman Lu Xun | People's
Literature Publishing House | 1973', laitimes.com), and an encyclopedia's opening clause naming
a work with its original in characters and Hepburn in brackets, its subtitle, its year and a
footnote's mark (wikisum.wiki's 'The Book of Tea (茶の本, Cha no Hon) A Japanese Harmony …
(1906)[1] by Okakura Kakuzō (1906)'), the original kept in brackets at the title's end. Rows marked "constructed" are no real
references; they check what each rule must leave alone or how it reads a variant."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import Parsed, parse_citation
from archivecite.parse.published.credit_lines import credited_title
from archivecite.parse.published.draft import Draft
from tests.parse.helpers import citation_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # en.wikisource.org's page 17 of Reece's thesis on Tayama Katai, as in
            # cross_script_holdout57
            "‘The Essence of the Novel’ (Shōsetsu Shinzui) by Tsubouchi Shōyō (1859–1935)",
            {
                "authors": ["Tsubouchi, Shōyō"],
                "title": "The Essence of the Novel (Shōsetsu Shinzui)",
                "title_translation": None,
                "date": None,
            },
            id="quoted-title-romanized-original-life-dates",
        ),
        pytest.param(
            # japanese.pink/p/21390.html (the Nipponica entry 蹇蹇録 in English), its closing
            # reference, as in cross_script_holdout26: a title in straight quotes
            '"Kenkenroku" by Mutsu Munemitsu (Iwanami Bunko)',
            {"title": "Kenkenroku", "publisher": "Iwanami Bunko", "date": None},
            id="quoted-title-by-author-house",
        ),
        pytest.param(
            # constructed: the same heading with the work's year, not the author's years
            "‘The Essence of the Novel’ by Tsubouchi Shōyō (1885)",
            {"authors": ["Tsubouchi, Shōyō"], "title": "The Essence of the Novel", "date": "1885"},
            id="quoted-title-year",
        ),
        pytest.param(
            # laitimes.com's list of Lu Xun's books, as in cross_script_holdout57
            "Diary of a Madman Lu Xun | People's Literature Publishing House | 1973",
            {
                "title": "Diary of a Madman",
                "publisher": "People's Literature Publishing House",
                "date": "1973",
            },
            id="piped-book-list-item",
        ),
        pytest.param(
            # wikisum.wiki/wiki/The_Book_of_Tea's opening clause, as in cross_script_holdout57
            "The Book of Tea (茶の本, Cha no Hon) A Japanese Harmony of Art, Culture, and the"
            " Simple Life (1906)[1] by Okakura Kakuzō (1906)",
            {
                "authors": ["Okakura, Kakuzō"],
                "title": "The Book of Tea: A Japanese Harmony of Art, Culture, and the Simple Life"
                " (茶の本, Cha no Hon)",
                "title_translation": None,
                "date": "1906",
            },
            id="title-original-in-characters-year-footnote",
        ),
        pytest.param(
            # constructed: the year after the title is no English gloss of it
            "The Book of Tea (1906) by Okakura Kakuzō",
            {"title": "The Book of Tea", "title_translation": None, "date": "1906"},
            id="title-year-by-author",
        ),
    ],
)
def test_heading_forms(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


def test_the_book_list_author_is_read() -> None:
    result = parse_citation(
        "Diary of a Madman Lu Xun | People's Literature Publishing House | 1973"
    )
    assert isinstance(result, Parsed)
    (author,) = result.reference.authors
    assert {author.family, author.given} == {"Lu", "Xun"}


@pytest.mark.parametrize(
    "text",
    [
        # penguin.com's 'Ten Essential Penguin Classics' list: author and title, no year
        "Austen | Pride and Prejudice",
        # litark.com's copy of 'The Penguin Classics Book' (Eliot 2018): the publisher's places
        "UK | USA | Canada | Ireland | Australia",
    ],
)
def test_other_barred_lines_are_no_book_list_item(text: str) -> None:
    start, end = 0, len(text)
    assert not credited_title(Draft(text=text), start, end)
