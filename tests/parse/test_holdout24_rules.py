"""Rules learned from the Russian and romanized notes of tests/data/dedupe/cross_script_holdout24.toml
(its sources named there), each with the texts it must leave alone: a title of several sentences
whose later sentences name the kind of work ("Переписка", "Perepiska") or the span of years it
covers ("1931–1936 гг."), which is no imprint year and no journal; a page label after such an
abbreviation ("гг. С. 51–52"); a short note in Latin letters ending in the page, "P." or a
Cyrillic "Р."."""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citation
from tests.parse.helpers import reference_fields


def _fields(text: str, names: list[str]) -> dict[str, object]:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    fields = reference_fields(result.references[0])
    return {name: fields[name] for name in names}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # O. Khlevniuk's notes (holdout24): the span of years after "Переписка." is the
            # title's, not a year after a bare place
            "Сталин и Каганович. Переписка. 1931–1936 гг. / сост. О. В. Хлевнюк, Р. У. Дэвис и"
            " др. М., 2001.",
            {
                "kind": "collection",
                "title": "Сталин и Каганович. Переписка. 1931–1936 гг",
                "editors": ["Хлевнюк, О. В.", "Дэвис, Р. У."],
                "place": "Москва",
                "date": "2001",
                "container_title": None,
                "volume": None,
                "locator": None,
            },
            id="cyrillic-kind-and-years",
        ),
        pytest.param(
            # R. Service, Stalin: A Biography, ch. 24 note 30 (holdout24): the same collection
            # romanized, cited by its title and page alone
            "Stalin i Kaganovich. Perepiska. 1931–1936 gg., p. 51.",
            {
                "kind": "collection",
                "title": "Stalin i Kaganovich. Perepiska. 1931–1936 gg.",
                "editors": [],
                "place": None,
                "date": None,
                "container_title": None,
                "volume": None,
                "locator": "51",
            },
            id="romanized-kind-and-years-with-a-page",
        ),
        pytest.param(
            # a late-Stalinism book's note 122 (holdout24; booksonline.com.ua, book 136828): the
            # page after "гг." ends the title, with no imprint between
            "Политбюро ЦК ВКП(б) и Совет министров СССР. 1945–1953 гг. С. 51–52.",
            {
                "kind": "book",
                "title": "Политбюро ЦК ВКП(б) и Совет министров СССР. 1945–1953 гг",
                "locator": "51-52",
            },
            id="page-after-years-abbreviation",
        ),
        pytest.param(
            # the Russian edition of Etkind's 'Warped Mourning' (cross_script_holdout27.toml;
            # fb2.top, part 148): an English book in a Russian note, its page "Р." in Cyrillic
            "Applebaum A. Gulag. Р. 40—58",
            {"kind": "book", "authors": ["Applebaum, A."], "title": "Gulag", "locator": "40-58"},
            id="latin-short-note-cyrillic-page",
        ),
        pytest.param(
            # left alone: a place without "М.:" before the year of a thesis record
            # (dissercat.com, in tests/data/published_citations.toml)
            "Карасёв, Сергей Владимирович. История плена: советско-японская война и ее"
            " последствия: 1945 - 1956 годы: дис. доктор исторических наук: 07.00.02 -"
            " Отечественная история. Иркутск. 2007. 518 с.",
            {
                "kind": "thesis",
                "title": "История плена: советско-японская война и ее последствия: 1945 - 1956"
                " годы",
                "editors": [],
                "place": "Иркутск",
                "date": "2007",
                "container_title": None,
                "volume": None,
                "locator": None,
            },
            id="bare-place-before-a-year",
        ),
        pytest.param(
            # left alone: a series' "Dokumenty" after the imprint names no part of the title
            # (the JGO review header of cross_script_holdout21.toml, docslib.org/doc/8560200)
            "Sovetskij sojuz i pol’skoe voenno-političeskoe podpol’e. Aprel’ 1943 g. – dekabr’"
            " 1945 g. V trech tomach. T. 2. Č. 1: Varšavskoe vosstanie. Ijul’ – nojabr’ 1944 g."
            ' Otv. red. A. N. Artizov. Moskva: Meždunarodnyj fond "Demokratija", 2016. 828 S.'
            " = Rossija XX vek. Dokumenty. ISBN: 978-5-89511-043-0.",
            {
                "kind": "book",
                "title": "Sovetskij sojuz i pol’skoe voenno-političeskoe podpol’e",
                "place": "Moskva",
                "date": "2016",
                "container_title": None,
                "volume": "2",
                "locator": None,
            },
            id="series-after-the-imprint",
        ),
    ],
)
def test_a_title_of_several_sentences(text: str, expected: dict[str, object]) -> None:
    assert _fields(text, list(expected)) == expected
