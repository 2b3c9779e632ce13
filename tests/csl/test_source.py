"""CSL-JSON input read as citeproc-js reads it: rich-text markup, Zotero's journal
abbreviation and the "Key: value" lines of a note."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.csl import engine
from archivecite.csl.source import CslSource

BOOK: dict[str, Any] = {
    "id": "b",
    "type": "book",
    "author": [{"family": "Hemingway", "given": "Ernest"}],
    "issued": {"date-parts": [[1952]]},
    "publisher": "Scribner",
    "publisher-place": "New York",
}


def _apa(item: dict[str, Any]) -> str:
    return engine("apa").bibliography([item])[0]


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        # tags are markup: citeproc-js prints their text in plain output
        ("Review of <i>The Last Marlin</i>", "Review of The Last Marlin"),
        ("<b>Bold</b> and <sc>small caps</sc>", "Bold and small caps"),
        # a nocase span keeps its words as written when the style changes the case
        ('Talks with <span class="nocase">the gods</span>', "Talks with the gods"),
    ],
)
def test_rich_text_markup_is_not_printed(title: str, printed: str) -> None:
    assert printed in _apa({**BOOK, "title": title})
    assert "<" not in _apa({**BOOK, "title": title})


def test_note_lines_give_missing_variables() -> None:
    """Zotero keeps what it has no field for in Extra, exported as ``note`` lines."""
    item = {**BOOK, "title": "The Old Man and the Sea", "note": "DOI: 10.1000/xyz\nsigned copy"}
    assert "https://doi.org/10.1000/xyz" in _apa(item)
    assert "DOI:" not in _apa(item)


def test_note_lines_do_not_override_the_item() -> None:
    item = {**BOOK, "title": "T", "DOI": "10.1/own", "note": "DOI: 10.1/other"}
    assert "10.1/own" in _apa(item)
    assert "10.1/other" not in _apa(item)


def test_journal_abbreviation_is_the_short_container_title() -> None:
    item = {
        "id": "a",
        "type": "article-journal",
        "title": "Title",
        "container-title": "Comparative Political Studies",
        "journalAbbreviation": "Comp. Polit. Stud.",
    }
    reference = CslSource([item])["a"]
    assert str(reference["container_title_short"]) == "Comp. Polit. Stud."
    own = CslSource([{**item, "container-title-short": "CPS"}])["a"]
    assert str(own["container_title_short"]) == "CPS"


def test_csl_1_0_2_variables_are_read() -> None:
    """citeproc-py's variable lists predate CSL 1.0.2; the styles print a film's directors
    (here in the author's place, which the director takes when there is no author)."""
    film = {
        "id": "f",
        "type": "motion_picture",
        "title": "Monty Python and the Holy Grail",
        "director": [
            {"family": "Gilliam", "given": "Terry"},
            {"family": "Jones", "given": "Terry"},
        ],
        "issued": {"date-parts": [[1975]]},
    }
    entry = engine("chicago-notes-bibliography").bibliography([film])[0]
    assert entry == "Gilliam, Terry, and Terry Jones, dirs. Monty Python and the Holy Grail. 1975."


@pytest.mark.parametrize("language", ["en", "En", "en-GB", "EN-us"])
def test_title_case_for_any_spelling_of_english(language: str) -> None:
    """CSL 1.0.2 "Text-case": title case applies to English items, however the code is written."""
    item = {**BOOK, "title": "a data citation roadmap", "language": language}
    assert "A Data Citation Roadmap" in engine("chicago-notes-bibliography").bibliography([item])[0]


def test_apostrophe_in_a_name_is_typographic() -> None:
    item = {**BOOK, "title": "T", "author": [{"family": "O'Meara", "given": "Dominic J."}]}
    assert (
        engine("chicago-notes-bibliography")
        .bibliography([item])[0]
        .startswith("O\u2019Meara, Dominic J.")
    )


def test_names_keep_their_parts_as_given() -> None:
    """citeproc-js compares names for subsequent-author-substitute by their parts as given
    (``setRenderedName``), before particles are split off: "van Herwijnen" written in the
    family name is not the family name "Herwijnen" with the particle "van"."""
    from archivecite.csl.source import name_key  # noqa: PLC0415

    source = CslSource(
        [
            {**BOOK, "id": "a", "author": [{"family": "van Herwijnen", "given": "Eric"}]},
            {
                **BOOK,
                "id": "b",
                "author": [
                    {"family": "Herwijnen", "given": "Eric", "non-dropping-particle": "van"}
                ],
            },
        ]
    )
    (parsed,) = source["a"]["author"]
    (given,) = source["b"]["author"]
    assert (parsed["non-dropping-particle"], parsed["family"]) == ("van", "Herwijnen")
    assert name_key(parsed) == "van HerwijnenEric"
    assert name_key(given) == "vanHerwijnenEric"
