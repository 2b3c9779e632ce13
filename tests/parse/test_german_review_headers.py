"""The heading of a book review in a German journal (JGO, JHK): the people before a colon,
joined by a slash, the title with its subtitles after full stops (then perhaps who edited it),
"Place: Publisher[,] Year", the count of pages and the ISBN. Before session 15 the people were
read into the title ('Petrov, N.V./Skorkin, K.V.: Kto rukovodil NKVD …' as one title), so the
Russian book under review met neither its Cyrillic title page nor a short note of it.

Each row names its source; the first three are sides of tests/data/dedupe/
cross_script_holdout21.toml (the JGO and JHK headers), the last two other headings of the JHK
found with the search tool, plus forms that are not such a heading."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import Parsed, parse_citation
from tests.parse.helpers import citation_fields

_FIELDS = ("authors", "title", "place", "publisher", "year", "extent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # JGO e-reviews, the review header of cross_script_holdout21.toml (ISO 9-type
            # transliteration: č, ž, ė; the third author's maiden name in brackets)
            "Georgij Černjavskij / Michail Stančev / Maria Tortika (Lobanova): Žiznennyj put’"
            " Christiana Rakovskogo 1873–1941. Evropeizm i bol’ševizm. Neokončennaja duėl’."
            " Moskva: Centrpoligraf, 2014. 880 S., 1 Abb. ISBN: 978-5-227-05277-3.",
            {
                "authors": ["Černjavskij, Georgij", "Stančev, Michail", "Tortika, Maria"],
                "title": "Žiznennyj put’ Christiana Rakovskogo 1873–1941. Evropeizm i"
                " bol’ševizm. Neokončennaja duėl’",
                "place": "Moskva",
                "publisher": "Centrpoligraf",
                "year": "2014",
                "extent": "880 S.",
            },
            id="jgo-three-people-by-slashes",
        ),
        pytest.param(
            # JHK, the header of cross_script_holdout21.toml: family names first, the editors
            # in the genitive after "Pod red." left out of the title
            "Petrov, N.V./Skorkin, K.V.: Kto rukovodil NKVD, 1934–1941: Spravočnik. Obščestvo"
            " »Memorial, RGASPI, GARF. Pod red. N.G. Ochotina i A.B. Roginskogo. Moskva:"
            " Zven’ja, 1999, 504 Seiten.",
            {
                "authors": ["Petrov, N.V.", "Skorkin, K.V."],
                "title": "Kto rukovodil NKVD, 1934–1941: Spravočnik. Obščestvo »Memorial,"
                " RGASPI, GARF",
                "place": "Moskva",
                "publisher": "Zven’ja",
                "year": "1999",
                "extent": "504 Seiten",
            },
            id="jhk-family-first-by-slash",
        ),
        pytest.param(
            # JHK, cross_script_holdout21.toml: a place of two words
            "Jansen, Mark/Petrov, Nikita: Stalin’s Loyal Executioner: People’s Commissar"
            " Nikolai Ezhov. Stanford, California: Hoover Institution Press, 2002, 274 Seiten.",
            {
                "authors": ["Jansen, Mark", "Petrov, Nikita"],
                "title": "Stalin’s Loyal Executioner: People’s Commissar Nikolai Ezhov",
                "place": "Stanford, California",
                "publisher": "Hoover Institution Press",
                "year": "2002",
                "extent": "274 Seiten",
            },
            id="jhk-two-word-place",
        ),
        pytest.param(
            # https://www.kommunismusgeschichte.de/jhk/article/detail/leben-und-sterben-unter-
            # stalin-oder-warum-historiker-biografien-schreiben-muessen (JHK 2006, Baberowski's
            # review; pages corpus): a comma before the place, no comma before the year
            "Service, Robert: Stalin. A Biography, London: Macmillan 2004, XI S.+715 S., "
            " ISBN 0-333-72672-8",
            {
                "authors": ["Service, Robert"],
                "title": "Stalin. A Biography",
                "place": "London",
                "publisher": "Macmillan",
                "year": "2004",
            },
            id="jhk-comma-before-the-place",
        ),
        pytest.param(
            # the same page: a place with "am"
            "Sebag Montefiore, Simon: Stalin. Am Hof des roten Zaren, Frankfurt am Main:"
            " S. Fischer 2005, 874 S., ISBN 3-10-050607-3",
            {
                "authors": ["Sebag Montefiore, Simon"],
                "title": "Stalin. Am Hof des roten Zaren",
                "place": "Frankfurt am Main",
                "publisher": "S. Fischer",
                "year": "2005",
            },
            id="jhk-place-with-am",
        ),
    ],
)
def test_reads_the_heading(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a German note of place and year only (german_entry's form): no publisher after a colon
        "Baberowski, Jörg: Verbrannte Erde. Stalins Herrschaft der Gewalt. München 2012, S. 45.",
        # no count of pages and no ISBN: not read as a review heading
        "Kotkin, Stephen: Stalin. Paradoxes of Power. New York: Penguin, 2014.",
    ],
)
def test_other_forms_are_not_review_headings(text: str) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed)
    extra = result.references[0].extra
    assert "extent" not in extra
