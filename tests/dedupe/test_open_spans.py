"""A title's span left open from a year ("1850 to the Present") and the same title's span
closed with the year a printing brought it to ("1850-2008") name one work: the numbers of the
two titles differ only by that close. Another span's opening, or another title, stays apart.

Sources (as stored in the search tool's pages corpus):
- en.wikipedia.org/wiki/The_Penguin_History_of_Modern_China: 'The Penguin History of Modern
  China: The Fall and Rise of a Great Power, 1850 to the Present', Jonathan Fenby, Allen Lane,
  2008.
- andrewlownie.co.uk (the author's agent), the book's page
  /authors/jonathan-fenby/books/the-penguin-history-of-modern-china-the-fall-and-rise-of-a-great-power-1850-2008:
  the title with '1850-2008'.
- The Cambridge History of China, vol. 10, 'Late Ch'ing, 1800-1911, Part 1' (ed. John K.
  Fairbank, 1978), against Fairbank's own 'The Great Chinese Revolution: 1800 to the Present'
  (Kirkus's advance review, 1986): one editor-author, one opening year, two works.
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import find_duplicates, record_keys, score_pair
from archivecite.model import BookReference, Name, Text


def _book(title: str, family: str) -> BookReference:
    return BookReference(title=Text(original=title, lang="en"), authors=(Name(family=family),))


FENBY_OPEN = _book(
    "The Penguin History of Modern China: The Fall and Rise of a Great Power, 1850 to the Present",
    "Fenby",
)
FENBY_CLOSED = _book(
    "The Penguin History of Modern China: The Fall and Rise of a Great Power 1850-2008", "Fenby"
)


def test_a_span_left_open_and_closed_is_one_work() -> None:
    decision = score_pair(record_keys(0, FENBY_OPEN), record_keys(1, FENBY_CLOSED))
    assert decision.reasons[-1].text == "a span to the present on one side, closed on the other"
    assert find_duplicates([FENBY_OPEN, FENBY_CLOSED], level="work")
    assert not find_duplicates([FENBY_OPEN, FENBY_CLOSED], level="document")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            _book("The Great Chinese Revolution: 1800 to the Present", "Fairbank"),
            _book("The Cambridge History of China, vol. 10: Late Ch'ing, 1800-1911", "Fairbank"),
        ),
        # the same title with its period moved (constructed): another opening, another span
        (
            FENBY_OPEN,
            _book(
                "The Penguin History of Modern China: The Fall and Rise of a Great Power 1949-2008",
                "Fenby",
            ),
        ),
    ],
)
def test_other_spans_stay_apart(first: BookReference, second: BookReference) -> None:
    assert find_duplicates([first, second], level="work") == []
