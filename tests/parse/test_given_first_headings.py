"""Headings that name a book by its author, given name first, and its title, nothing else:
Russian reading lists and e-book libraries (``Имя Фамилия «Заглавие»``, ``Имя Фамилия.
Заглавие``), and English round-ups of books (``Title: Subtitle by Given Family``)."""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citation
from archivecite.model import BookReference
from archivecite.parse.published.given_first_headings import cyrillic_given_first
from tests.parse.helpers import parsed_as

# A district library's list of 100 books to read (Центральная районная библиотека им.
# М. Ф. Борисова), quoted in a public GitHub file (find_string id 45194709966), and a reading
# list in another (id 39590281443): the name, then the title in guillemets.
# bookree.org's reader heads ("Ричард Пайпс. Три ПОЧЕМУ русской революции", reader?file=374911):
# a foreign given name in Russian transcription, a full stop, the title.
RUSSIAN_HEADINGS = [
    ("Михаил Булгаков «Мастер и Маргарита»", "Булгаков", "Михаил", "Мастер и Маргарита"),
    ("Александр Пушкин «Евгений Онегин»", "Пушкин", "Александр", "Евгений Онегин"),
    ("Федор Достоевский «Преступление и наказание»", "Достоевский", "Федор",
     "Преступление и наказание"),
    ("Джейн Остен «Гордость и предубеждение»", "Остен", "Джейн", "Гордость и предубеждение"),
    ("Уильям Фолкнер «Звук и ярость»", "Фолкнер", "Уильям", "Звук и ярость"),
    ("Джеймс Джойс «Улисс»", "Джойс", "Джеймс", "Улисс"),
    ("Ричард Пайпс. Три ПОЧЕМУ русской революции", "Пайпс", "Ричард",
     "Три ПОЧЕМУ русской революции"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "family", "given", "title"), RUSSIAN_HEADINGS)
def test_russian_given_first_headings(text: str, family: str, given: str, title: str) -> None:
    reference = parsed_as(text, BookReference)
    assert [(name.family, name.given) for name in reference.authors] == [(family, given)]
    assert reference.title is not None
    assert reference.title.original == title


@pytest.mark.parametrize(
    ("given", "family", "expected"),
    [
        ("Евгения", "Гинзбург", ("Гинзбург", "Евгения")),  # no Russian ending, a listed given name
        ("Роберт", "Конквест", ("Конквест", "Роберт")),  # a foreign given name
        ("Мао", "Цзэдун", ("Мао", "Цзэдун")),  # Palladius, family name first
        ("Юн", "Чжан", ("Чжан", "Юн")),  # both syllables surnames: the heading's order
        ("Иван", "Грозный", None),  # a ruler's byname, a title's words
        ("Пётр", "Великий", None),
        ("Новая", "Книга", None),  # no given name
    ],
)
def test_cyrillic_given_first_names(
    given: str, family: str, expected: tuple[str, str] | None
) -> None:
    name = cyrillic_given_first(given, family)
    assert (None if name is None else (name.family, name.given)) == expected


# BBC History Magazine's books of the year (historyextra.com, 2019 and 2021), The Bookbag's top
# ten history books 2015 (thebookbag.co.uk), Penguin's must-read classics in translation
# (penguin.co.uk, 2024), bnsglobalnews.com's best history books of 2024: a round-up's heading,
# the title in title case, "by", the author given name first.
ENGLISH_HEADINGS = [
    ("Manual for Survival: A Chernobyl Guide to the Future by Kate Brown",
     "Manual for Survival: A Chernobyl Guide to the Future", [("Brown", "Kate")]),
    ("Electric News in Colonial Algeria by Arthur Asseraf",
     "Electric News in Colonial Algeria", [("Asseraf", "Arthur")]),
    ("The Tudors in Love: The Courtly Code Behind the Last Medieval Dynasty by Sarah Gristwood",
     "The Tudors in Love: The Courtly Code Behind the Last Medieval Dynasty",
     [("Gristwood", "Sarah")]),
    ("The Zhivago Affair: The Kremlin, the CIA, and the Battle over a Forbidden Book by Peter "
     "Finn and Petra Couvee",
     "The Zhivago Affair: The Kremlin, the CIA, and the Battle over a Forbidden Book",
     [("Finn", "Peter"), ("Couvee", "Petra")]),
    ("Great Italian Stories by Jhumpa Lahiri", "Great Italian Stories", [("Lahiri", "Jhumpa")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title", "authors"), ENGLISH_HEADINGS)
def test_english_by_headings(text: str, title: str, authors: list[tuple[str, str]]) -> None:
    reference = parsed_as(text, BookReference)
    assert reference.title is not None
    assert reference.title.original == title
    assert [(name.family, name.given) for name in reference.authors] == authors


@pytest.mark.parametrize(
    "text",
    [
        "Chosen by Alexander Watson",  # historyextra.com: the chooser, no title
        "Edited by Alan Lester",
        "The camp was built by Peter Smith",  # prose: a sentence, not a title in title case
        "Иван Грозный «Послания»",
        "История России (Иван Грозный)",
    ],
)
def test_not_headings(text: str) -> None:
    result = parse_citation(text)
    assert not isinstance(result, Parsed) or not getattr(result.reference, "authors", None)
