"""Latin forms read in session 15 (parsex), each from the strict xfails of sessions 12 to 14 and
one or two OTHER real references of the same form found with the search tool (each row names
its source), with texts each rule must leave alone.

APA with the names given name first and no full stop at the year (``P.J. Taylor (2004) Title
(London: Routledge).``, ``C.T. Chen and F.J. Millero (1977), "Title", Journal 62(5):1129-1135``),
as the comments of scientific code cite their sources; a title in italics closing the line
keeps its closing mark, which is no list's mark after the entry.

A Cyrillic look-alike typed among the Latin initials of a Latin family name (``Reischauer
E.О..``, ``Holtman D.С.,`` of a Russian list), read as the Latin letter by whatever reader read
the name.

A work cited again by the family name alone, a space typed before its stop (``Tsunoda . Sources
of’ the Japanese Tradition. P. 147.``, the strict xfails of test_latin_forms_s14.py): no other
real note of this form was found within the session's search budget; texts it leaves alone.

A publisher, then its town (a US town with its state) and perhaps the year, after an APA title
(``*Statistical Models in S*, Wadsworth and Brooks/Cole, Pacific Grove, CA 1992.``): a book's
imprint, not a journal's name.

Initials in GOST order, the last parted from its stop by a line break (``Hulsewe A. P. P\n.
Remnants of Ch'in Law. …``, the strict xfail of test_latin_forms_s12.py): no other real entry
of this form was found within the session's search budget; the name printed whole is read as
before."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.model import Name
from archivecite.parse.published import _before_list_mark
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.names import latin_initials
from archivecite.parse.published.notes_short import family_stop_note
from archivecite.parse.published.romanized_items import read_names
from archivecite.parse.published.scopus import _given_first_head
from tests.parse.helpers import citation_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # a TypeScript module of special functions, its header's references (search-tool
            # file id 71244903518, code corpus): two names opening with initials joined by '&',
            # the year followed by a comma, a quoted title, an abbreviated journal's volume,
            # issue in brackets and pages
            'G. Marsaglia & J.C. Marsaglia (1990), "A New Suite of Statistical Tests",'
            " J. Amer. Stat. Assoc. 85(411):864-871",
            {
                "kind": "article",
                "authors": ["Marsaglia, G.", "Marsaglia, J.C."],
                "title": "A New Suite of Statistical Tests",
                "date": "1990",
                "volume": "85",
                "issue": "411",
                "pages": "864-871",
            },
            id="year-comma-quoted-title",
        ),
        pytest.param(
            # the same header, the line before: a book, its title in underscores closing the
            # line, whose closing mark is no list's mark after the entry
            "M. Abramowitz & I.A. Stegun (1964), _Handbook of Mathematical Functions_",
            {
                "authors": ["Abramowitz, M.", "Stegun, I.A."],
                "title": "Handbook of Mathematical Functions",
                "date": "1964",
            },
            id="year-comma-italic-title",
        ),
    ],
)
def test_initials_first_unstopped_year(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the same header (file id 71244903518): names and years in running text, no title
        pytest.param(
            "J. D. Beasley, S. G. Springer (1977) and B. Moro (1995).", id="names-in-prose"
        ),
        # CONSTRUCTED: a title before an unstopped year is no head, its words no initials
        pytest.param("The Great War (1914) And After. London: Penguin, 1990.", id="title-first"),
    ],
)
def test_initials_first_unstopped_year_left_alone(text: str) -> None:
    assert _given_first_head(text, 0, len(text)) is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the Abramowitz line above: the closing italics' mark stays
        pytest.param(
            "M. Abramowitz & I.A. Stegun (1964), _Handbook of Mathematical Functions_".replace(
                "_", "*"
            ),
            0,
            id="italics-closed",
        ),
        # CONSTRUCTED: a list's mark after an entry whose title is in italics is still one
        pytest.param("Smith, J. *Title*. London, 1998.*", 1, id="mark-after-italics"),
    ],
)
def test_list_mark_after_italics(text: str, kept: int) -> None:
    assert _before_list_mark(text, 0, len(text)) == len(text) - kept


@pytest.mark.parametrize(
    ("family", "given", "expected"),
    [
        # a GitHub page of a Russian pupil's English essay (search-tool file id 45390913846,
        # find_string 'A.С.'): "Sherlock Holmes by A.С.Doyle", a Cyrillic "С"
        pytest.param("Doyle", "A.С.", "A.C.", id="latin-family-cyrillic-c"),
        # a GOST list's entry (search-tool file id 9979641097): 'Зинченко, E.О.', the Latin "E"
        # among Cyrillic initials of a Cyrillic family name, left as printed by this rule
        pytest.param("Зинченко", "E.О.", "E.О.", id="cyrillic-family-left"),
        # a chart's labels (search-tool file id 43952863340): 'Пушкин A.С.', the same
        pytest.param("Пушкин", "A.С.", "A.С.", id="cyrillic-family-latin-a-left"),
    ],
)
def test_latin_initials(family: str, given: str, expected: str) -> None:
    assert latin_initials(Name(family=family, given=given)).given == expected


@pytest.mark.parametrize(
    "text",
    [
        # https://rutlib.com/book/40761/p/19 (Mason and Caiger's notes in Russian, pages
        # corpus), a note after its lead 'Детали из кн.:': a family name and a title, no page
        pytest.param(
            "Hall. Government and Local Power in Japan 500–1700 – A Study Based on Bizen"
            " Province. Это превосходный обзор местной истории в более широком национальном"
            " контексте.",
            id="no-page",
        ),
        # CONSTRUCTED: a town before the spaced stop is no author
        pytest.param("Tokyo . Kodansha International. P. 5.", id="town-spaced-stop"),
    ],
)
def test_family_stop_note_left_alone(text: str) -> None:
    assert not family_stop_note(Draft(text=text), 0, len(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # a Markdown guide to missing-data methods (search-tool file id 52362041603,
            # find_string 'Brooks/Cole, Pacific Grove, CA'), the airquality data's source
            "Chambers, J.M., Cleveland, W.S., Kleiner, B. & Tukey, P.A. (1983). *Graphical"
            " Methods for Data Analysis*. Wadsworth & Brooks/Cole, Pacific Grove, CA.",
            {
                "kind": "book",
                "container_title": None,
                "publisher": "Wadsworth & Brooks/Cole",
                "place": "Pacific Grove, CA",
                "date": "1983",
            },
            id="publisher-town-state",
        ),
        pytest.param(
            # a Python dataset loader's docstring (search-tool file id 7526179467, the same
            # find_string): the 'eds.' line without the year again
            "John M. Chambers and Trevor J. Hastie eds. (1992) *Statistical Models in\n  S*,"
            " Wadsworth and Brooks/Cole, Pacific Grove, CA.",
            {
                "kind": "book",
                "editors": ["Chambers, John M.", "Hastie, Trevor J."],
                "publisher": "Wadsworth and Brooks/Cole",
                "place": "Pacific Grove, CA",
            },
            id="editors-publisher-town-state",
        ),
        pytest.param(
            # CONSTRUCTED: a journal's name before a town and a year stays a journal's
            "Smith, J. (1990). The war. Journal of Modern History, Chicago, 1990.",
            {
                "kind": "article",
                "publisher": None,
                "container_title": "Journal of Modern History, Chicago, 1990",
            },
            id="journal-left-alone",
        ),
    ],
)
def test_publisher_town_after_apa_title(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    ("text", "given"),
    [
        # the entry of test_latin_forms_s12.py printed without its line break (CONSTRUCTED)
        pytest.param(
            "Hulsewe A. P. P. Remnants of Ch'in Law. Leiden, 1985.", "A. P. P.", id="whole"
        ),
        # CONSTRUCTED: a capital after the initials and a stop glued to the next word stays out
        pytest.param("Hulsewe A. P. P .Remnants of Ch'in Law. Leiden, 1985.", "A. P.", id="glued"),
    ],
)
def test_initials_before_a_line_break(text: str, given: str) -> None:
    names, _ = read_names(text, 0, len(text))
    assert names[0][0].given == given
