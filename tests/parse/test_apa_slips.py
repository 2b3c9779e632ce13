"""A typist's slips and an editor's marks (session 15). An APA head with a full stop for the
comma after the family name, or no space after the year's closing full stop: 'Barkhuradov. L.
(1975).Yazyk i perevod …' was read as an article titled 'Barkhuradov'. An editor's "[sic]" in
a title cut it there: 'Detsvo [sic] i yunost’ vozhdya' was read as 'Detsvo'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.helpers import citation_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # tests/data/dedupe/cross_script_holdout15.toml (an English-language article's
            # reference list; its slips kept): both slips
            "Barkhuradov. L. (1975).Yazyk i perevod. Voprosy obchei i chastnoi teorii"
            " perevoda[Language and translation. Questions of general and special theory of"
            " translation]. Moscow.",
            {
                "authors": ["Barkhuradov, L."],
                "title": "Yazyk i perevod. Voprosy obchei i chastnoi teorii perevoda",
                "year": "1975",
            },
            id="stop-after-family-and-glued-title",
        ),
        pytest.param(
            # the same list: no space before the year nor after it (read right before too)
            "Chernyakhovskaya, L.(1978).Perevod I smyslovya struktura[Translation and the"
            " structure of sense]. Moscow: Mezhdunarodniye Otnosheniya.",
            {
                "authors": ["Chernyakhovskaya, L."],
                "title": "Perevod I smyslovya struktura",
                "year": "1978",
                "publisher": "Mezhdunarodniye Otnosheniya",
            },
            id="glued-year",
        ),
        pytest.param(
            # constructed: the full stop after the family name alone
            "Komissarov. V. N. (1990). Teoriya perevoda. Moscow: Vysshaya shkola.",
            {"authors": ["Komissarov, V. N."], "title": "Teoriya perevoda", "year": "1990"},
            id="stop-after-family",
        ),
        pytest.param(
            # an APA head without slips is read as before
            "Smith, J. (2001). A title. London: Macmillan.",
            {"authors": ["Smith, J."], "title": "A title", "year": "2001"},
            id="no-slips",
        ),
    ],
)
def test_reads_the_head(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # Service's note 18 as the session-15 brief quotes it (cross_script_holdout4 holds
            # the note without the mark): the editor's "[sic]" cut the title at 'Detsvo'
            "V. Kaminskii and I. Vereshchagin, Detsvo [sic] i yunost’ vozhdya, p. 48.",
            {
                "authors": ["Kaminskii, V.", "Vereshchagin, I."],
                "title": "Detsvo i yunost’ vozhdya",
                "locator": "48",
            },
            id="sic-in-a-short-note",
        ),
        pytest.param(
            # constructed: "[sic!]" after a word of a Cyrillic GOST entry
            "Каминский В., Верещагин И. Детсво [sic!] и юность вождя // Молодая гвардия."
            " 1939. № 12.",
            {"title": "Детсво и юность вождя", "year": "1939"},
            id="sic-in-gost",
        ),
    ],
)
def test_reads_without_sic(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected
