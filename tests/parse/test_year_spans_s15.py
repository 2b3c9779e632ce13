"""The years of a work printed over several, as Latin imprints print them with a two-digit
last year (``Shôgakkan, 1972‑76``; not ``Shôgakukan, 2000-03``, where '03' may be a month),
first met in the cross-script held-out sets (session 15): the date is the span, first year to
last, not the first year alone; and a note's towns before its publisher parted by a comma
(``(New York, Dial Press, 1948)``)."""

from __future__ import annotations

import pytest

from archivecite.parse.dates import year_span
from tests.parse.helpers import citation_fields

_SHIRANE = "http://www.columbia.edu/~hs14/biblio_guide_partIV.html"
_SMITH = "http://www.columbia.edu/~hds2/BIB95/ch11.htm"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # _SHIRANE (search tool, pages corpus), the second entry of the dictionary, its
            # non-breaking hyphen kept
            "Nihon kokugo daijiten.  Shôgakkan, 1972‑76. 20 vols.",
            {"title": "Nihon kokugo daijiten", "publisher": "Shôgakkan", "date": "1972/1976"},
            id="title-publisher-years-real",
        ),
        pytest.param(
            # _SMITH (search tool, pages corpus), the entry's first line: '03' may be March (an
            # ISO month), so the first year alone, as before
            "Nihongo kokugo daijiten. 2nd ed. Shôgakukan, 2000-03. 13 vols, 1 supp. vol.",
            {"title": "Nihongo kokugo daijiten", "publisher": "Shôgakukan", "date": "2000"},
            id="month-like-last-year-left-alone-real",
        ),
        pytest.param(
            # _SMITH, the entry after it: one year stays one year
            "Gensen = Kokugo daijiten. Shogakkan, 1982.",
            {"title": "Gensen = Kokugo daijiten", "publisher": "Shogakkan", "date": "1982"},
            id="one-year-left-alone-real",
        ),
    ],
)
def test_reads_the_years(text: str, expected: dict[str, str]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    ("first", "last", "iso"),
    [
        (1979, "97", "1979/1997"),
        (1998, "02", "1998/2002"),  # the next century
        (1974, "1978", "1974/1978"),
        (1979, None, "1979"),
        (1979, "79", "1979"),  # not a later year: the first alone
        (1979, "12", "1979/2012"),
        (1979, "1975", "1979"),
        (1979, "975", "1979"),  # three digits are no year
        (2004, "5", "2004/2005"),  # one digit: the first's decade ("Rosspen, 2004–5")
        (2004, "4", "2004"),
    ],
)
def test_year_span(first: int, last: str | None, iso: str) -> None:
    assert year_span(first, last).iso() == iso


# The notes of a life of Stalin (the source of test_latin_forms_s12's
# 'towns-publisher-year-in-brackets-real'), other notes than that row's
_STALIN_NOTES = "https://trantor.is/content/wXmVn6vOnZWi-00y/17_9780752474908_notes.xhtml"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # _STALIN_NOTES, chapter two, note 1
            "Cited in Bertram D. Wolfe, Three Who Made a Revolution (New York, Dial Press, 1948),"
            " p. 453.",
            {"place": "New York", "publisher": "Dial Press", "date": "1948"},
            id="town-comma-publisher-real",
        ),
        pytest.param(
            # _STALIN_NOTES, chapter five, note 3
            "Dmitri Volkogonov, Trotsky; The Eternal Revolutionary, translated and edited by Harold"
            " Shukman (London, HarperCollins, 1996), p. 266.",
            {"place": "London", "publisher": "HarperCollins", "date": "1996"},
            id="london-comma-publisher-real",
        ),
        pytest.param(
            # _STALIN_NOTES, chapter one, note 2: the publisher before the town stays so
            "Dmitri Volkogonov, Stalin: Triumph and Tragedy, translated and edited by Harold"
            " Shukman (Weidenfeld & Nicolson, London, 1991), p. 155.",
            {"place": "London", "publisher": "Weidenfeld & Nicolson", "date": "1991"},
            id="publisher-comma-town-left-alone-real",
        ),
    ],
)
def test_towns_then_publisher_in_a_note(text: str, expected: dict[str, str]) -> None:
    assert citation_fields(text, tuple(expected)) == expected
