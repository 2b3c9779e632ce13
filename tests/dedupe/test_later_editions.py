"""A list that names a work's later editions after its first (monoskop's bibliographies: "…,
Frankfurt am Main: Metzner, 1952; 4th ed., 1972.") cites each of them: a citation of a listed
edition is the same work in another year (level "work"), never the same document."""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citations
from archivecite.dedupe import Sameness, find_duplicates, record_keys, score_pair
from archivecite.dedupe.cluster import Level
from archivecite.model import BookReference, DateRange, Name, Text

# monoskop.org, 'Norbert Wiener', section 'Works' (saved copy, search-tool file id 68796611118)
MONOSKOP = "Mensch und Menschmaschine, Frankfurt am Main: Metzner, 1952; 4th ed., 1972. (German)"


def _listed() -> BookReference:
    (result,) = parse_citations([MONOSKOP])
    assert isinstance(result, Parsed), result
    (reference,) = result.references
    assert isinstance(reference, BookReference)
    return reference


def _edition(year: int) -> BookReference:
    """The edition of ``year`` as the entry above describes it."""
    return BookReference(
        title=Text(original="Mensch und Menschmaschine"),
        authors=(Name(family="Wiener", given="Norbert"),),
        publisher=Text(original="Metzner"),
        place=Text(original="Frankfurt am Main"),
        date=DateRange.of(year),
    )


def test_a_listed_edition_is_the_same_work() -> None:
    decision = score_pair(record_keys(0, _listed()), record_keys(1, _edition(1972)))
    assert decision.sameness is Sameness.WORK
    assert any(
        reason.text == "years 1952 / 1972: a later edition listed" for reason in decision.reasons
    )


@pytest.mark.parametrize(("level", "joined"), [("work", True), ("document", False)])
def test_a_listed_edition_is_not_the_same_document(level: Level, joined: bool) -> None:
    assert bool(find_duplicates([_listed(), _edition(1972)], level=level)) is joined


def test_a_year_the_list_does_not_name_is_no_edition() -> None:
    decision = score_pair(record_keys(0, _listed()), record_keys(1, _edition(1960)))
    assert all("later edition" not in reason.text for reason in decision.reasons)
