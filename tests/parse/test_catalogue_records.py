"""Library and dealers' records read as citations: a Library of Congress CIP heading with the
author's fuller name and dates and a statement of responsibility against the title's slash, and
a bookseller's record with its title cut short, its English gloss in round brackets and its
labelled imprint ('Published: City Printer, Year'). Rows are the real records of the pair sets
(tests/data/dedupe/cross_script_holdout42.toml), their sources named there."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.parse.published import parse_published
from tests.parse.helpers import published_fields

CHEKHOV = (
    "CHEKHOV, Anton Pavlovich. Ostrov Sakhalin. Iz putevykh zametok.... (Sakhalin Island, from"
    " travel notes.) Published: Moscow I. N. Kushnerev, 1895"
)
BIOSPHERE_1998 = (
    "Vernadskif, V. I. (Vladimir Ivanovich), 1863-1945. [Biosfera. English] The biosphere/by"
    " Vladimir I. Vernadsky; forward by Lynn Margulis and colleagues; introduction by Jacques"
    " Grinevald; translated by David B. Langmuir; revised and annotated by Mark A.5."
)
BIOSPHERE_2007 = (
    "Vernadskii, V. I. (Vladimir Ivanovich), 1863–1945 [Biosfera. English] Geochemistry and the"
    " biosphere/essays by Vladimir I. Vernadsky; translation from the 1967 third Russian edition"
    " by Olga Barash; edited by Frank B. Salisbury; introduction by Alexander Yanshin."
)

RECORDS: list[tuple[str, str, dict[str, Any]]] = [
    (
        # Peter Harrington's record of the first edition (stock code 132594), its four lines
        # joined with single spaces
        "dealer-record",
        CHEKHOV,
        {
            "kind": "book",
            "authors": ["CHEKHOV, Anton Pavlovich"],
            "title": "Ostrov Sakhalin. Iz putevykh zametok",
            "title_translation": "Sakhalin Island, from travel notes.",
            "place": "Moscow",
            "publisher": "I. N. Kushnerev",
            "date": "1895",
        },
    ),
    (
        # the CIP of the Copernicus edition (1998), the OCR's 'Vernadskif' and 'Mark A.5.' kept
        "cip-by",
        BIOSPHERE_1998,
        {
            "kind": "book",
            "authors": ["Vernadskif, V. I."],
            "title": "The biosphere",
            "translators": ["Langmuir, David B."],
            "date": None,
        },
    ),
    (
        # the CIP of the Synergetic Press volume (2007)
        "cip-essays-by",
        BIOSPHERE_2007,
        {
            "kind": "book",
            "authors": ["Vernadskii, V. I."],
            "title": "Geochemistry and the biosphere",
            "editors": ["Salisbury, Frank B."],
            "date": None,
        },
    ),
]


@pytest.mark.parametrize(("form", "text", "expected"), RECORDS, ids=[row[0] for row in RECORDS])
def test_a_catalogue_or_dealer_record(form: str, text: str, expected: dict[str, Any]) -> None:
    fields = published_fields(text)
    assert {key: fields[key] for key in expected} == expected


def test_the_uniform_title_is_kept_apart() -> None:
    parsed = parse_published(BIOSPHERE_2007)
    assert parsed is not None
    assert parsed.reference.extra["uniform_title"] == "Biosfera"


# Constructed rows (not real references): a title's own span of years after an inverted name,
# with no fuller form and no slash, is the title's, not a heading's dates.
TITLE_YEARS = [
    (
        "Garver, John Chinese-Soviet Relations, 1937–1945. Oxford: Oxford University Press, 1988.",
        "1988",
    ),
]


@pytest.mark.parametrize(("text", "year"), TITLE_YEARS)
def test_a_titles_years_are_not_a_headings_dates(text: str, year: str) -> None:
    fields = published_fields(text)
    assert fields["year"] == year
    assert "1937" in (fields["title"] or "") + " ".join(fields["authors"])


# Constructed rows (not real references) in the form of a Koha ISBD export, whose real instances
# are measured in tests/data/published_citations_holdout5.toml: the note of the book's
# bibliography after the physical description is no imprint ('К.:' is not Kyiv).
BIBLIOGRAPHY_NOTES = [
    (
        "Smith, John R.. The Soviet North / . - Ithaca ; London : Cornell University Press,"
        " 1999 . - X, 235 p. 24 cm. К.: Бібліогр. : с. 219-230. ISBN: 0-8014-3478-5",
        "Cornell University Press",
        "К.: Бібліогр. : с. 219-230",
    ),
]


@pytest.mark.parametrize(("text", "publisher", "note"), BIBLIOGRAPHY_NOTES)
def test_a_records_bibliography_note_is_no_imprint(text: str, publisher: str, note: str) -> None:
    parsed = parse_published(text)
    assert parsed is not None
    assert published_fields(text)["publisher"] == publisher
    assert parsed.reference.extra["bibliography"] == note
