"""A heading's author with another name of theirs in brackets, and an author-date entry with
no commas between the name's parts.

- ``Ильин В. (Н. Ленин). Title.``: the book printed under two names of one author (the 1918
  first edition of «Государство и революция» reads "В. Ильин (Н. Ленин)"); both are kept as
  its authors' names, so a citation under either finds it, and the title is the title. The
  facts of the entries below: the Granat encyclopaedia's entry "Ленин" (libslovar.ru/Ленин/405282:
  'В 1899 г. вышла книга В. Ильина, „Развитие капитализма в России“ (2-е изд. 1908)'), as stored
  in the search tool's pages corpus.
- ``Vernadsky Vladimir I (1998) The Biosphere. New York: Copernicus.``: a reference list printing
  the family name, the given name and an undotted initial, then the year, with no comma (as
  Springer's "Bennett G (1976)" prints initials only); the facts: the Copernicus edition's
  copyright page ('© 1998 … Published in the United States by Copernicus, an imprint of
  Springer-Verlag New York', es.scribd.com/document/256801320, as stored in the pages corpus).
"""

from __future__ import annotations

import pytest

from archivecite.model import BookReference
from tests.parse.helpers import parsed_as


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Ильин В. (Ленин Н.) Развитие капитализма в России. 2-е изд. СПб., 1908.",
            "Развитие капитализма в России",
            1908,
        ),
        (
            "Ильин Вл. (Н. Ленин). Развитие капитализма в России. СПб., 1899.",
            "Развитие капитализма в России",
            1899,
        ),
    ],
)
def test_the_other_name_in_brackets_is_the_author_s(text: str, title: str, year: int) -> None:
    reference = parsed_as(text, BookReference)
    assert reference.title is not None
    assert reference.title.original == title
    assert [name.family for name in reference.authors] == ["Ильин", "Ленин"]
    assert reference.date is not None
    assert reference.date.start.year == year


@pytest.mark.parametrize(
    ("text", "families"),
    [
        # a role in brackets is no name
        ("Иванов И. И. (ред.). История СССР. М., 1990.", []),
        # a heading of one name stays one author
        ("Ильин В. Развитие капитализма в России. СПб., 1899.", ["Ильин"]),
    ],
)
def test_brackets_that_hold_no_other_name(text: str, families: list[str]) -> None:
    reference = parsed_as(text, BookReference)
    assert [name.family for name in reference.authors] == families
    assert reference.title is not None
    assert reference.title.original in ("История СССР", "Развитие капитализма в России")


@pytest.mark.parametrize(
    ("text", "family", "given", "title"),
    [
        (
            "Vernadsky Vladimir I (1998) The Biosphere. New York: Copernicus.",
            "Vernadsky",
            "Vladimir I",
            "The Biosphere",
        ),
        # Springer's initials alone, as before
        (
            "Bennett G (1976) Yundong: Mass Campaigns in Chinese Communist Leadership. Berkeley.",
            "Bennett",
            "G",
            "Yundong: Mass Campaigns in Chinese Communist Leadership",
        ),
    ],
)
def test_an_author_date_name_without_commas(text: str, family: str, given: str, title: str) -> None:
    reference = parsed_as(text, BookReference)
    assert [(name.family, name.given) for name in reference.authors] == [(family, given)]
    assert reference.title is not None
    assert reference.title.original == title
