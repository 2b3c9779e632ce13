"""Review headings with the count of pages and the price (session 18)."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import Failed, parse_citation
from tests.parse.helpers import citation_fields


# The New York Times Book Review's heading (the form of two held-out sides, sets 39 and 41, whose
# author had been dropped): the rows are CONSTRUCTED on that form with real books (their facts as
# the publishers give them); no other real heading of the form was found within the session's
# look-ups. The finebooks round-up line after them (finebooksmagazine.com, "Nick's Picks") is
# real and must be read as before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "THE GREAT TERROR A Reassessment. By Robert Conquest. 570 pp. New York: Oxford"
            " University Press. $24.95.",
            {"authors": ["Conquest, Robert"], "title": "THE GREAT TERROR A Reassessment",
             "place": "New York", "publisher": "Oxford University Press"},
            id="nyt-heading",
        ),
        pytest.param(
            "STALIN'S PEASANTS Resistance and Survival in the Russian Village After"
            " Collectivization. By Sheila Fitzpatrick. Illustrated. 386 pp. New York: Oxford"
            " University Press. $35.",
            {"authors": ["Fitzpatrick, Sheila"], "title": "STALIN'S PEASANTS Resistance and"
             " Survival in the Russian Village After Collectivization", "publisher": "Oxford"
             " University Press"},
            id="nyt-heading-illustrated",
        ),
        pytest.param(
            "George Washington’s America: A Biography Through Maps, by Barnet Schecter; Walker,"
            " 304 pages, $67.50.",
            {"authors": ["Schecter, Barnet"], "title": "George Washington’s America: A"
             " Biography Through Maps", "publisher": "Walker"},
            id="unchanged-round-up",
        ),
    ],
)  # fmt: skip
def test_a_review_heading_with_pages_and_price(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


TIME_1986 = "time.com/archive/6707994/books-best-of-86-books/ (TIME's 'Best of ’86: Books')"
TIME_1988 = "20.210.105.67/txt/time/Time1988/1988-01-04/966367.html (TIME's 'Best of ’87')"


# A reading list's entries: the title in capitals, "by" and the author, then the list's own words
# on the book, kept as the annotation (nothing of the entry is lost)
@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        (
            "EISENHOWER: AT WAR 1943-1945 by David Eisenhower. Ike’s grandson emerges as a"
            " formidable historian and biographer in this study of the European campaign and of"
            " what the general knew and when he knew it.",
            {"authors": ["Eisenhower, David"], "title": "EISENHOWER: AT WAR 1943-1945"},
            TIME_1986,
        ),
        (
            "THE FATAL SHORE by Robert Hughes. An indefatigably researched and uncompromising"
            " history of Australia that lays bare that nation's buried origins as a penal colony."
            " Hughes is the art critic of TIME.",
            {"authors": ["Hughes, Robert"], "title": "THE FATAL SHORE"},
            TIME_1988,
        ),
        (
            "A HISTORY OF THE JEWS by Paul Johnson. Everything anyone ever wanted to know about"
            " the Chosen People, brilliantly organized, interpreted and narrated by one of"
            " Britain's most distinguished journalist-scholars.",
            {"authors": ["Johnson, Paul"], "title": "A HISTORY OF THE JEWS"},
            TIME_1988,
        ),
    ],
)  # fmt: skip
def test_a_reading_list_entry_with_its_annotation(
    text: str, expected: dict[str, Any], source: str
) -> None:
    assert citation_fields(text, tuple(expected)) == expected
    annotation = parse_citation(text).reference.extra["annotation"]
    assert text.endswith(annotation), source


def test_a_sentence_with_by_is_no_reading_list_entry() -> None:
    assert isinstance(
        parse_citation("The camp was built by Peter Smith. It stood for ten years."), Failed
    )
