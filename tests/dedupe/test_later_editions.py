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


# Barshay's notes (holdout13's source) cite the 1984 Iwanami Shoten book; a shop lists the bunko
# reprint by title and series alone
FIRST_EDITION = "Nihon bunka no kakureta kata , ed. Takeda Kiyoko (Tokyo: Iwanami Shoten, 1984)"


def _bunko(year: int | None) -> BookReference:
    return BookReference(
        title=Text(original="日本文化のかくれた形", lang="ja"),
        series=Text(original="岩波現代文庫 学術 128", lang="ja"),
        date=DateRange.of(year) if year is not None else None,
    )


@pytest.mark.parametrize(
    ("bunko_year", "level", "joined"),
    [(None, "work", True), (None, "document", False), (2004, "document", False)],
)
def test_a_reprint_in_a_paperback_series_is_another_edition(
    bunko_year: int | None, level: Level, joined: bool
) -> None:
    (result,) = parse_citations([FIRST_EDITION])
    assert isinstance(result, Parsed), result
    references = [result.references[0], _bunko(bunko_year)]
    assert bool(find_duplicates(references, level=level)) is joined


@pytest.mark.parametrize(
    ("publisher", "reprint"),
    [
        ("岩波現代文庫", True),  # a parser that reads the series as the publisher
        ("Iwanami bunko", True),
        ("Chūkō Bunko", True),
        ("Iwanami Shoten", False),
        ("文藝春秋", False),
        ("Bunkodō", False),  # a word that begins with "bunko" is another name
    ],
)
def test_a_reprint_series_is_read_in_the_publisher_too(publisher: str, reprint: bool) -> None:
    book = BookReference(title=Text(original="Nihon no shisō"), publisher=Text(original=publisher))
    assert record_keys(0, book).reprint is reprint
