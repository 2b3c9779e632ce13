"""Forms read since session 21's second parser pass (held-out sets 51 and 52): a Chinese
reference whose publisher is a sentence of its own with no place before it (a publisher's word
closes it: the work is a book, not an article in a journal so named), the volume of a quoted
title printed after its closing quote with the years it covers, H-Net's review title "Reviewer
on Author, 'Title'" (the review is the reviewer's work, the book it reviews kept aside), and a
review's book line "Title, by Author, Translated by …"; a note's imprint out of brackets after a
title with ", and" in it.

Sources: the pages of the held-out sets each row names."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import parse_citation
from archivecite.parse import Parsed
from tests.parse.helpers import citation_fields

_HIKITA = (
    "https://essaydocs.org/hikita-a-survey-of-japanese-researches-on-japans-colonialism-i.html"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # a study-materials README quoting Chinese Wikipedia's reference (set 52, search
            # tool file id 58282509436): 中央文献出版社 is the publisher, not a journal
            "吴冷西. 十年论战: 1956-1966 中苏关系回忆录. 中央文献出版社. 2014.",
            {
                "kind": "book",
                "authors": ["吴, 冷西"],
                "title": "十年论战: 1956-1966 中苏关系回忆录",
                "publisher": "中央文献出版社",
                "container_title": None,
                "year": "2014",
            },
            id="publisher-sentence-no-place",
        ),
        pytest.param(
            # _HIKITA (set 51): the volume and its years after the quoted title
            "OISHI Kaichiro ed., ‘The History of Japanese Imperialism’ Vol.3 (1937-1950),"
            " University of Tokyo Press, 1994.",
            {
                "kind": "book",
                "editors": ["Oishi, Kaichiro"],
                "title": "The History of Japanese Imperialism",
                "volume": "3",
                "publisher": "University of Tokyo Press",
                "year": "1994",
            },
            id="volume-after-quoted-title",
        ),
        pytest.param(
            # http://www.japantimes.co.jp/culture/2015/10/10/books/book-reviews/grassroots-
            # fascism-throws-war-experience-japanese-sharp-relief/ (set 51): the book line
            "Grassroots Fascism: The War Experience of the Japanese People, by Yoshimi"
            " Yoshiaki, Translated by Ethan Mark.",
            {
                "title": "Grassroots Fascism: The War Experience of the Japanese People",
                "authors": ["Yoshiaki, Yoshimi"],
                "translators": ["Mark, Ethan"],
            },
            id="title-comma-by-author-translated-by",
        ),
        pytest.param(
            # constructed from the real note (published_citations.toml: nulib-ds/rplrt-typst)
            # with its imprint out of brackets: ", and Tolerance …" is the title's, no place
            "Robert P. Geraci and Michael Khodarkovsky, eds., Of Religion and Empire: Missions,"
            " Conversion, and Tolerance in Tsarist Russia. Ithaca: Cornell University Press,"
            " 2001.",
            {
                "editors": ["Geraci, Robert P.", "Khodarkovsky, Michael"],
                "title": "Of Religion and Empire: Missions, Conversion, and Tolerance in Tsarist"
                " Russia",
                "place": "Ithaca",
                "publisher": "Cornell University Press",
                "year": "2001",
            },
            id="editors-head-title-comma-and-unbracketed-imprint",
        ),
    ],
)
def test_reads_the_form(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


def test_volume_keeps_its_years() -> None:
    # _HIKITA (set 51)
    result = parse_citation(
        "OISHI Kaichiro ed., ‘The History of Japanese Imperialism’ Vol.3 (1937-1950),"
        " University of Tokyo Press, 1994."
    )
    assert isinstance(result, Parsed)
    assert result.references[0].extra["volume_years"] == "1937-1950"


def test_hnet_review_title_is_the_reviewers_work() -> None:
    # https://networks.h-net.org/node/20904/reviews/71680/aalgaard-yoshimi-grassroots-fascism-
    # war-experience-japanese-people (set 51): the review's own title
    text = "Aalgaard on Yoshimi, 'Grassroots Fascism: The War Experience of the Japanese People'"
    fields = citation_fields(text, ("kind", "authors", "title"))
    assert fields == {"kind": "article", "authors": ["Aalgaard"], "title": text}
    result = parse_citation(text)
    assert isinstance(result, Parsed)
    assert result.references[0].extra["reviewed"] == (
        "Yoshimi, 'Grassroots Fascism: The War Experience of the Japanese People'"
    )


@pytest.mark.parametrize(
    "text",
    [
        # constructed: a phrase before "on", no reviewer's name
        "Notes on Stalin, 'The Great Terror'",
        # constructed: quotes that do not pair
        "Aalgaard on Yoshimi, 'Grassroots Fascism: The War Experience of the Japanese People”",
    ],
)
def test_not_an_hnet_review_title(text: str) -> None:
    result = parse_citation(text)
    references = getattr(result, "references", ())
    assert not any("reviewed" in reference.extra for reference in references)
