"""Latin-script forms first met in cross_script_holdout13.toml: romaji reference works named by
their title and publisher alone (``Title. Publisher, 1992-94.``, ``Title (Publisher).``), a
Japanese publisher told by a word of its name or by how it ends (``Iwanami shoten``,
``Shôgakkan``, ``Heibonsha``), stars rating an entry before it, an editor's ``, ed.`` before the
title, an edition printed without a comma (``2nd version``) and an author's years of birth and
death closing the head (``Kant, Immanuel (1724-1804). Title``). The real references of each form
and their fields are in ``tests/data/published_citations_forms.toml`` (forms
``title-publisher-year``, ``publisher-alone-in-brackets``, ``author-life-dates``); this file
checks the texts each rule must leave alone."""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citation
from archivecite.parse.published.terms import names_publisher


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            # GitHub JavaScript quotation file (search-tool file id 70256667169): a name with its
            # years of birth and death inside a sentence, no heading
            "One of the Meiji oligarchy, Ito Hirobumi (1841-1909), a Choshu native long involved"
            " in government affairs, was charged with drafting Japan's constitution.",
            id="life-dates-in-prose",
        ),
        pytest.param(
            # GitHub HTML bibliography of sword making (search-tool file id 45511378998): the
            # italic title follows two names joined by '&', which no reading here gives
            "Yoshihara & Kapp, *Japanese Swordsmithing* (Kodansha, 2012)",
            id="names-before-italics-not-a-title",
        ),
        pytest.param(
            # GitHub TypeScript test of name cleaning (search-tool file id 56223758580): a BnF
            # name heading with its life dates and a role, no title after them
            "Habermas, Jürgen (1929-2026). Auteur du texte",
            id="life-dates-then-a-role",
        ),
        pytest.param("We met the editors (Heibonsha).", id="a-sentence-before-a-publisher"),
    ],
)
def test_what_is_no_reference_stays_refused(text: str) -> None:
    result = parse_citation(text)
    assert not isinstance(result, Parsed), result


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param(
            # GitHub Markdown catalogue of marbled papers (search-tool file id 65733096189): an
            # English book from a Japanese publisher keeps its author given name first
            "Einen Miura, *The Art of Marbled Paper* (Kodansha, 1991)",
            [("Miura", "Einen")],
            "The Art of Marbled Paper",
            id="english-book-japanese-publisher",
        ),
    ],
)
def test_authors_are_kept(text: str, authors: list[tuple[str, str]], title: str) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference = result.references[0]
    assert [(name.family, name.given) for name in reference.authors] == authors
    assert reference.title is not None
    assert reference.title.original == title


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Iwanami shoten", True),
        ("Shôgakkan", True),
        ("Kodansha", True),
        ("Nauka Publ.", True),
        ("Sasha", False),  # too short to end as a publisher's name does
        ("Japan", False),
        ("Tokyo", False),
    ],
)
def test_a_publisher_is_named_by_a_word_or_its_ending(value: str, expected: bool) -> None:
    assert names_publisher(value) is expected
