"""A library record's statement of responsibility in English after the title (``Pa Chin / by
Nathan K. Mao.``, ``/ by … ; translated from the Russian by …``, ``/ edited by … and …``), with
the record's ISBD spacing before colons and its physical description (``170 p. : port. ; 21 cm.``):
the form met in held-out dedupe set 38 (session 17), where the title swallowed the statement or
the heading was lost (and, below, a heading name with its other spelling in brackets). The
held-out texts are measurement, so these rows are CONSTRUCTED on that
form with real books (their facts as their publishers give them); the last row must be read as
before, with no statement."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.helpers import citation_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mao, Nathan K. Pa Chin / by Nathan K. Mao. Boston : Twayne Publishers, 1978."
            " 170 p. : port. ; 21 cm.",
            {"authors": ["Mao, Nathan K."], "title": "Pa Chin", "place": "Boston",
             "publisher": "Twayne Publishers", "date": "1978"},
            id="heading-and-statement",
        ),
        pytest.param(
            "The Gulag archipelago, 1918-1956 : an experiment in literary investigation / by"
            " Aleksandr I. Solzhenitsyn ; translated from the Russian by Thomas P. Whitney."
            " New York : Harper & Row, 1974.",
            {"authors": ["Solzhenitsyn, Aleksandr I."], "translators": ["Whitney, Thomas P."],
             "title": "The Gulag archipelago, 1918-1956: an experiment in literary"
             " investigation", "publisher": "Harper & Row", "date": "1974"},
            id="no-heading-author-and-translator",
        ),
        pytest.param(
            "Stalin : a new history / edited by Sarah Davies and James Harris. Cambridge :"
            " Cambridge University Press, 2005.",
            {"authors": [], "editors": ["Davies, Sarah", "Harris, James"],
             "title": "Stalin: a new history", "date": "2005"},
            id="editors",
        ),
        pytest.param(
            "Mao, Nathan K. Pa Chin. Boston: Twayne Publishers, 1978.",
            {"authors": ["Mao, Nathan K."], "title": "Pa Chin", "date": "1978"},
            id="unchanged-without-statement",
        ),
    ],
)  # fmt: skip
def test_stated_responsibility(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        # CONSTRUCTED (session 17) on the form of held-out set 38's annotated list of Chinese
        # fiction in translation, with other real books: the pinyin after the older spelling
        pytest.param(
            "Pa Chin (Ba Jin). Family. Peking: Foreign Languages Press, 1958.",
            ["Ba, Jin"],
            "Family",
            id="pinyin-alias",
        ),
        pytest.param(
            "Lu Hsün (Lu Xun). Selected Works. Peking: Foreign Languages Press, 1956.",
            ["Lu, Xun"],
            "Selected Works",
            id="pinyin-alias-diacritic",
        ),
        # a library heading's initial, the given name written out in brackets after it
        pytest.param(
            "Snow, E. (Edgar) . Red Star over China. New York: Random House, 1938.",
            ["Snow, Edgar"],
            "Red Star over China",
            id="given-name-written-out",
        ),
        # a one-syllable given name before the heading's stop is no initial
        pytest.param(
            "Qu Bo. Tracks in the Snowy Forest. Peking: Foreign Languages Press, 1965.",
            ["Qu, Bo"],
            "Tracks in the Snowy Forest",
            id="one-syllable-given-name",
        ),
    ],
)
def test_a_heading_name_and_its_other_spelling(text: str, authors: list[str], title: str) -> None:
    assert citation_fields(text, ("authors", "title")) == {"authors": authors, "title": title}
