"""A book named as a numbered volume of a series (``vol. 2 of The Art of Computer Programming``,
``published as volume 39 of the *Zapiski ...*``), an authorless note whose italic title holds
quotes of its own (``*Zhizn’ “Ivana”: Ocherki ...*``, cross_script_holdout7.toml pair 52), a
volume's own italic title after ``vol. 2:``, and Numerical Recipes' cited references, whose
year stands after the names (``Knuth, D.E. 1997, Title, 3rd ed., vol. 2 of Series (Reading, MA:
Addison-Wesley)``)."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import Parsed, parse_citation
from archivecite.model import BookReference
from tests.parse.helpers import reference_fields

_RANSEL = (
    "D. L. Ransel, Introduction to O. Semyonova Tian-Shanskaia, 'Village Life in Late Tsarist "
    "Russia' (1993), Markdown transcription in GitHub vishvAsa/notes, sapiens/branches/Aryan/"
    "satem/balto-slavic/slavic/rus/articles/late-tsArist-peasantry_ransel-levine/00/"
    "04_INTRODUCTION.md at commit 7b591399512552480cb409ef8a63df69dc78b4d1"
)
_FIELDS = (
    "authors",
    "editors",
    "title",
    "year",
    "volume",
    "publisher",
    "place",
    "edition",
    "locator",
)


def _fields(text: str) -> dict[str, Any]:
    """The fields the table states, those the reading left empty left out, with the series and
    the volume's own title."""
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference = result.reference
    assert isinstance(reference, BookReference), reference
    stated = reference_fields(reference)
    fields = {name: stated[name] for name in _FIELDS if stated[name] not in (None, [])}
    if reference.series is not None:
        fields["series"] = reference.series.original
    if "volume_title" in reference.extra:
        fields["volume_title"] = reference.extra["volume_title"]
    return fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # _RANSEL, note 13 (Markdown escapes rendered): no author, the volume's own title in
            # italics after "vol. 2:"
            "*Rossiia. Polnoe geograficheskoe opisanie nashego otechestva*, vol. 2: "
            "*Srednerusskaia chernozemnaia oblast’* (St. Petersburg, 1902).",
            {
                "title": "Rossiia. Polnoe geograficheskoe opisanie nashego otechestva",
                "year": "1902",
                "volume": "2",
                "volume_title": "Srednerusskaia chernozemnaia oblast’",
                "place": "St. Petersburg",
            },
            id="authorless-volume-title-in-italics",
        ),
        pytest.param(
            # _RANSEL, note 3: the same volume with its editor and the cited page
            "V. P. Semenov, ed., *Rossiia. Polnoe geograficheskoe opisanie nashego otechestva*, "
            "vol. 2: *Srednerusskaia chernozemnaia oblast’* (St. Petersburg, 1902), 407.",
            {
                "editors": ["Semenov, V. P."],
                "title": "Rossiia. Polnoe geograficheskoe opisanie nashego otechestva",
                "year": "1902",
                "volume": "2",
                "volume_title": "Srednerusskaia chernozemnaia oblast’",
                "place": "St. Petersburg",
                "locator": "407",
            },
            id="edited-volume-title-in-italics",
        ),
        pytest.param(
            # Numerical Recipes (3rd ed.) in Markdown in a public GitHub repository (search-tool
            # file id 55722716187), "Cited references and further reading" of the section on
            # the AGM, entry 2 (its OCR'd "§4.3. [2]" after the brackets left out)
            "Knuth, D.E. 1997, Seminumerical Algorithms, 3rd ed., vol. 2 of The Art of Computer"
            " Programming (Reading, MA: Addison-Wesley)",
            {
                "authors": ["Knuth, D.E."],
                "title": "Seminumerical Algorithms",
                "year": "1997",
                "edition": "3",
                "volume": "2",
                "series": "The Art of Computer Programming",
                "publisher": "Addison-Wesley",
                "place": "Reading, MA",
            },
            id="volume-of-a-series-year-after-names",
        ),
        pytest.param(
            # the same file (id 55722716187), the entry before it (its "[1]" left out)
            "Borwein, J.M., and Borwein, P.B. 1987, Pi and the AGM: A Study in Analytic Number"
            " Theory and Computational Complexity (New York: Wiley).",
            {
                "authors": ["Borwein, J.M.", "Borwein, P.B."],
                "title": "Pi and the AGM: A Study in Analytic Number Theory and Computational"
                " Complexity",
                "year": "1987",
                "publisher": "Wiley",
                "place": "New York",
            },
            id="two-authors-year-after-names",
        ),
        pytest.param(
            # Numerical Recipes in Markdown (search-tool file id 56010266461), cited references
            # on polynomial evaluation, entry 2 (its "[2]" left out)
            "Mathews, J., and Walker, R.L. 1970, Mathematical Methods of Physics, 2nd ed. "
            "(Reading, MA: W.A. Benjamin/Addison-Wesley), pp. 361–363.",
            {
                "authors": ["Mathews, J.", "Walker, R.L."],
                "title": "Mathematical Methods of Physics",
                "year": "1970",
                "edition": "2",
                "publisher": "W.A. Benjamin/Addison-Wesley",
                "place": "Reading, MA",
                "locator": "361-363",
            },
            id="edition-and-cited-pages-year-after-names",
        ),
        pytest.param(
            # Numerical Recipes in Markdown (search-tool file id 55971267071), cited references
            # of chapter 7 (random numbers), entry 2
            "Gentle, J.E. 2003, Random Number Generation and Monte Carlo Methods, 2nd ed. "
            "(New York: Springer).",
            {
                "authors": ["Gentle, J.E."],
                "title": "Random Number Generation and Monte Carlo Methods",
                "year": "2003",
                "edition": "2",
                "publisher": "Springer",
                "place": "New York",
            },
            id="edition-year-after-names",
        ),
        pytest.param(
            # D. L. Ransel's 'Suggestions for further reading' in the same transcription
            # (vishvAsa/notes, .../00/06_SUGGESTIONS_FOR_FURTHER_READING.md at the same commit):
            # the quotes inside the italic title are the title's
            "Krukones, James H. *To the People: The Russian Government and the Newspaper "
            "“Selskii Vestnik” (“Village Herald”), 1881-1917*. New York: Garland, 1987.",
            {
                "authors": ["Krukones, James H."],
                "title": "To the People: The Russian Government and the Newspaper “Selskii "
                "Vestnik” (“Village Herald”), 1881-1917",
                "year": "1987",
                "publisher": "Garland",
                "place": "New York",
            },
            id="quotes-inside-an-italic-title",
        ),
    ],
)
def test_a_book_and_its_series_read(text: str, expected: dict[str, Any]) -> None:
    assert _fields(text) == expected


def test_an_authorless_italic_title_keeps_its_quotes() -> None:
    # cross_script_holdout7.toml pair 52 (Ransel's note 8): the quotes around "Ivana" are the
    # title's, and the book is volume 39 of a series
    text = (
        "*Zhizn’ “Ivana”: Ocherki iz byta krest’ian odnoi iz chernozemnykh gubernii*, published "
        "as volume 39 of the *Zapiski imperatorskogo russkogo geograficheskogo obshchestva po "
        "otdeleniiu etnografii* (St. Petersburg, 1914)."
    )
    assert _fields(text) == {
        "title": "Zhizn’ “Ivana”: Ocherki iz byta krest’ian odnoi iz chernozemnykh gubernii",
        "year": "1914",
        "volume": "39",
        "series": "Zapiski imperatorskogo russkogo geograficheskogo obshchestva po otdeleniiu"
        " etnografii",
        "place": "St. Petersburg",
    }


def test_a_bibliography_entry_with_quotes_before_its_imprint_is_no_authorless_note() -> None:
    # _RANSEL's 'Suggestions' (see above): an article in quotes after the author's inverted name
    # stays an article of its journal, not a book titled by the whole head
    result = parse_citation(
        "Bohac, Rodney D. “Peasant Inheritance Strategies in Russia.” *Journal of "
        "Interdisciplinary History*, 16:1 (1985), 23-42."
    )
    assert isinstance(result, Parsed)
    fields = reference_fields(result.reference)
    assert (fields["kind"], fields["title"], fields["authors"]) == (
        "article",
        "Peasant Inheritance Strategies in Russia",
        ["Bohac, Rodney D."],
    )
