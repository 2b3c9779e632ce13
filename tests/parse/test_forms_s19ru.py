"""Latin and Cyrillic forms read since session 19 (parseru), each with real references of its
form found outside the held-out files, and the texts its rule must leave alone."""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citation
from tests.parse.helpers import check_published

# A readability library's docstring citing Matskovsky's formula (GitHub code index, find_string
# '" М.: ', id 10927046993): the title in straight quotes, the place right after them.
MATSKOVSKY = (
    'Мацковский, М. С. "Проблема понимания читателями печатных текстов (социологический'
    ' анализ)." М.: НИИ СИ АН СССР (1973).'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            MATSKOVSKY,
            {
                "authors": ["Мацковский, М. С."],
                "title": "Проблема понимания читателями печатных текстов (социологический анализ)",
                "place": "Москва",
            },
            id="straight-quoted-title-then-place-real",
        ),
        # the same with the quote closed before the place, no stop between them (the form a
        # Russian list copied into Latin letters prints: 'Y. Zhang, D. Holliday. "Unknown Mao"
        # M.: …'); the names initials first, none inverted
        pytest.param(
            MATSKOVSKY.replace('анализ)." М.: НИИ СИ АН СССР (1973).', 'анализ)" М.: Наука, 1973.'),
            {
                "authors": ["Мацковский, М. С."],
                "title": "Проблема понимания читателями печатных текстов (социологический анализ)",
                "place": "Москва",
                "publisher": "Наука",
                "date": "1973",
            },
            id="quoted-title-glued-to-place",
        ),
        # two names initials first, none inverted (Lyashevskaya and Sharov's frequency
        # dictionary, Moscow: Azbukovnik, 2009, its title quoted as a Russian note quotes it)
        pytest.param(
            "О. Н. Ляшевская, С. А. Шаров. «Частотный словарь современного русского языка»."
            " М.: Азбуковник, 2009.",
            {
                "authors": ["Ляшевская, О. Н.", "Шаров, С. А."],
                "title": "Частотный словарь современного русского языка",
                "publisher": "Азбуковник",
            },
            id="initials-first-names-quoted-title",
        ),
        # left alone: MLA's quoted title, a comma in its quotes, then its journal
        pytest.param(
            'Barnes, Steven A. "All for the Front, All for Victory!" Slavic Review 59, no. 2'
            " (2000): 320.",
            {"authors": ["Barnes, Steven A."], "container_title": "Slavic Review"},
            id="mla-quoted-title-stays",
        ),
    ],
)
def test_quoted_title_then_place(text: str, expected: dict[str, object]) -> None:
    check_published(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Belarusian VAK rules' example (GitHub code index, find_string id 49244518612; also in
        # tests/data/published_citations_ru.toml): two pages after one label
        pytest.param(
            "Берникович, Д. Агрогородок Германовичи / Д. Берникович // Сельская газета. – 2023."
            " – 3 окт. – С. 1, 8–9.",
            {"container_title": "Сельская газета", "pages": "1, 8-9"},
            id="newspaper-page-list-real",
        ),
        # a book's note citing two pages (the form of М. И. Одинцов's notes, «Патриарх Сергий»)
        pytest.param(
            "Одинцов М. И. Русские патриархи XX века. М., 1994. С. 283, 291.",
            {"title": "Русские патриархи XX века", "place": "Москва", "locator": "283, 291"},
            id="book-note-page-list",
        ),
        # left alone: one run of pages, and a volume then its page
        pytest.param(
            "Одинцов М. И. Русские патриархи XX века. М., 1994. С. 283–291.",
            {"locator": "283-291", "container_title": None},
            id="page-run-stays",
        ),
        pytest.param(
            "История второй мировой войны 1939–1945. М., 1982. Т. 12. С. 160.",
            {"volume": "12", "locator": "160"},
            id="volume-then-page-stays",
        ),
    ],
)
def test_page_lists(text: str, expected: dict[str, object]) -> None:
    check_published(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the MLA rendering of a letter's entry in the CSL test data this project keeps
        # (tests/data/csl2/expected/modern-language-association.json): author inverted, the
        # title alone, no imprint
        pytest.param(
            "Creel, George. George Creel to Colonel House.",
            {
                "kind": "book",
                "authors": ["Creel, George"],
                "title": "George Creel to Colonel House",
            },
            id="inverted-author-and-title-alone-real",
        ),
    ],
)
def test_inverted_author_and_title_alone(text: str, expected: dict[str, object]) -> None:
    check_published(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # the same CSL data's entry of a pen name: the real name after it, no title
        "Ashe, Gordon. Creasey, John.",
        # a short note's page after the title, as tests/parse/test_holdout5_rules.py has it
        "Barnes, S. A. Death and Redemption, 45.",
        # a BnF name heading with a role after the life dates, no stop closing it, as
        # tests/parse/test_latin_forms_s13.py has it
        "Habermas, Jürgen (1929-2026). Auteur du texte",
    ],
)
def test_inverted_name_without_a_title_stays_refused(text: str) -> None:
    assert not isinstance(parse_citation(text), Parsed)
