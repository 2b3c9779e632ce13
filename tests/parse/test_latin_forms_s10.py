"""Latin-script forms first met in cross_script_holdout10.toml and cross_script_holdout11.toml:
an APA title in two sentences (a series' and a part's) before ``, Place: Publisher``, an ISBN
closing the entry, APA names given name first, Chicago author-date ``eds. 2001.``, a romanized
reference to one volume of a set (``Tom 1: <its title>``, ``[v 2 tomah]``, ``(red.)``) and an
APA head before a romanized GOST statement of responsibility. The real references of each form
and their fields are in ``tests/data/published_citations_forms.toml`` (forms ``apa-part-title``,
``isbn-trailer``, ``apa-given-name-first``, ``author-date-editors``, ``romanized-volume-title``,
``apa-gost-responsibility``); this file checks what that table cannot state (a volume's own
title) and the texts each rule must leave alone."""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citation
from archivecite.model import Reference
from tests.parse.helpers import reference_fields


def _reference(text: str) -> Reference:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    assert len(result.references) == 1
    return result.references[0]


# --- what the forms table cannot state ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "volume_title"),
    [
        pytest.param(
            # README of a Yakut morphological analyser (search-tool file id 5907487885)
            "Ubryatova Y.I. (red.) Grammatika sovremennogo yakutskogo literaturnogo yazyka. Tom 1:"
            " Fonetika i morfologiya. Moskva: Nauka Print, 1982.",
            "Fonetika i morfologiya",
            id="volume-in-title",
        ),
        pytest.param(
            # 'A Morphologically Labeled Dataset for Yakut' (search-tool file id 4965144033), [23]
            "Grammatika sovremennogo jakutskogo literaturnogo jazyka: [v 2 tomah]. (1995). Akad."
            " nauk SSSR, Sib. otd- nie, Jakut. fil., In-t jaz. lit.i istorii ; [redkol.: E. I."
            " Ubrjatova (otv. red.), E. I. Korkina, L. N. Haritonov, N. E. Petrov]. - Moskva :"
            " Nauka, T. 2: Sintaksis / [E. I. Ubrjatova, N. N. Efremov, N. N. Neustroev i dr. ;"
            " redkol.: M. I. Cheremisina (otv. red.) i dr.]. - Novosibirsk : Nauka.",
            "Sintaksis",
            id="volume-after-the-set-imprint",
        ),
    ],
)
def test_a_volume_keeps_its_own_title(text: str, volume_title: str) -> None:
    assert _reference(text).extra["volume_title"] == volume_title


# --- what each rule must leave alone ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        pytest.param(
            # GitHub public file (code index, find_string id 10975819333), '## References': a
            # city and its state before the colon, no part of the title
            "Manning, E. (2009) Relational Movement: Choreography as Mobile Architecture."
            " Cambridge, MA: MIT Press.",
            {
                "title": "Relational Movement: Choreography as Mobile Architecture",
                "place": "Cambridge, MA",
                "publisher": "MIT Press",
            },
            id="part-title-city-and-state",
        ),
        pytest.param(
            # GitHub public file (code index, find_string id 55162749943): a body as author,
            # named again as the publisher, is no person given name first
            "Encyclopaedia Britannica. (2026, February 12). Systems theory. Encyclopaedia"
            " Britannica.",
            {"authors": [], "title": "Encyclopaedia Britannica"},
            id="given-first-a-body",
        ),
        pytest.param(
            # GitHub public file (code index, find_string id 27177285168): the same
            "Oxford University Press. (2012). Oxford Classical Dictionary. Oxford University"
            " Press.",
            {"authors": [], "publisher": "Oxford University Press"},
            id="given-first-a-press",
        ),
        pytest.param(
            # GitHub public file (code index, find_string id 68949018456): a count of volumes
            # in GOST, still read as before
            "Фасмер М. Щи // Этимологический словарь русского языка: в 4 т. М.: Прогресс,"
            " 1986–1987.",
            {"number_of_volumes": "4", "volume": None, "title_translation": None},
            id="volume-count-gost",
        ),
        pytest.param(
            # Izvestiya SOIGSI, English version of an article page (the forms table's
            # romanized-book): a bracket that is a translation stays one
            "Istoriya Dagestana. V 4 t. [History of Dagestan. In 4 vols]. Moscow, Nauka, 1967,\n"
            "vol. I. 303 p.",
            {"number_of_volumes": "4", "title_translation": "History of Dagestan"},
            id="translation-stays",
        ),
    ],
)
def test_leaves_alone(text: str, fields: dict[str, object]) -> None:
    observed = reference_fields(_reference(text))
    assert {key: observed[key] for key in fields} == fields


@pytest.mark.parametrize(
    "text",
    [
        # prose around an ISBN, and a number alone: no reference is invented
        "Please quote the ISBN 978-5-86547-858-4",
        "(ISBN 978-5-86547-858-4)",
    ],
)
def test_an_isbn_is_no_reference(text: str) -> None:
    assert not isinstance(parse_citation(text), Parsed)
