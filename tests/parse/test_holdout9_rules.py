"""Rules added for the ninth held-out set (tests/data/dedupe/cross_script_holdout9.toml), each
with the texts that must not trip it; the real references of each form are in
``tests/data/published_citations_forms.toml`` (forms ``year-place-publisher`` and
``translator-imprint``)."""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citation
from archivecite.parse.published.patterns import PLACE_PUBLISHER_PATTERN
from tests.parse.helpers import reference_fields


def _published(text: str) -> dict[str, object] | None:
    result = parse_citation(text)
    if not isinstance(result, Parsed) or len(result.references) != 1:
        return None
    return reference_fields(result.references[0])


# --- an imprint printed year, place, publisher ---------------------------------------------------


def test_year_first_imprint_needs_a_known_city() -> None:
    # "Chapter Three" is no place: the note is not read as "year, place, publisher"
    fields = _published("Steven Barnes, Death and Redemption, 2011, Chapter Three, Gulag")
    assert fields is None or fields["place"] is None


def test_year_first_imprint_keeps_a_cited_page_apart() -> None:
    fields = _published("Masao Maruyama, Nihon no shiso, 1961, Tokyo, Iwanami Shoten, 45.")
    assert fields is not None
    assert (fields["place"], fields["publisher"], fields["date"], fields["locator"]) == (
        "Tokyo",
        "Iwanami Shoten",
        "1961",
        "45",
    )


# --- an English gloss in parentheses after a romanized title -------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the title is English itself: its parenthesis is part of it
        (
            "Masao Maruyama, Death and Redemption (Revised Edition), 1961, Tokyo, Iwanami Shoten",
            "Death and Redemption (Revised Edition)",
        ),
        # figures: an edition or a date, no gloss
        (
            "Masao Maruyama, Nihon no shiso (1961 ed.), Tokyo: Iwanami Shoten, 1961.",
            "Nihon no shiso (1961 ed.)",
        ),
    ],
)
def test_a_parenthesis_that_is_no_gloss_stays_in_the_title(text: str, title: str) -> None:
    fields = _published(text)
    assert fields is not None
    assert (fields["title"], fields["title_translation"]) == (title, None)


# --- translators named before the imprint of an authorless entry --------------------------------


def test_translators_without_an_imprint_do_not_make_one() -> None:
    # no year after the names: nothing is read as an imprint
    assert _published("Kibernetika [Кибернетика], trans. E.G. Panfilov, with a preface.") is None


def test_translators_before_a_place_and_year() -> None:
    fields = _published("Kibernetika [Кибернетика], trans. E.G. Panfilov, Moscow, 1958.")
    assert fields is not None
    assert (fields["translators"], fields["place"], fields["date"], fields["publisher"]) == (
        ["Panfilov, E.G."],
        "Moscow",
        "1958",
        None,
    )


@pytest.mark.parametrize(
    ("text", "publisher", "year", "extent"),
    [
        ("Moscow: IIL, 1958, 200 pp.", "IIL", "1958", "200 pp."),
        ("Athens: Papazēsēs, 1970, xxv+151 pp. (Greek)", "Papazēsēs", "1970", "xxv+151 pp."),
        # a number that is no count of pages, and a volume, stay in the publisher as before
        ("Moscow: Nauka, 1990, 200", "Nauka, 1990, 200", None, None),
        ("Moscow: Nauka, 1990, vol. 2", "Nauka, 1990, vol. 2", None, None),
    ],
)
def test_extent_after_the_year(
    text: str, publisher: str, year: str | None, extent: str | None
) -> None:
    match = PLACE_PUBLISHER_PATTERN.fullmatch(text)
    assert match is not None
    assert (match["publisher"], match["year"], match["extent"]) == (publisher, year, extent)
