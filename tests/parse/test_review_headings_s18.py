"""Review headings with the count of pages and the price (session 18)."""

from __future__ import annotations

from typing import Any

import pytest

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
