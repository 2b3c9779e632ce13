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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Novy Mir's press review 'Периодика' (new.nm1925.ru/articles/1999/199909/periodika-4502,
        # as stored in the search tool's pages corpus): the journal in curly quotes after a dash
        pytest.param(
            "Александр Агеев. Самородок, или Один день Олега Олеговича. — “Знамя”, 1999, № 5.",
            {
                "kind": "article",
                "authors": ["Агеев, Александр"],
                "title": "Самородок, или Один день Олега Олеговича",
                "container_title": "Знамя",
                "issue": "5",
                "date": "1999",
            },
            id="dashed-journal-in-curly-quotes-real",
        ),
        # the word 'journal' before the quoted journal, its issue before its year (the form of
        # a note on M. Alekseev in set 39's source, written out as 'Журнал')
        pytest.param(
            "М. Алексеев. Сеятель и хранитель. Журнал «Наш современник», №9, 1972, с. 96.",
            {
                "kind": "article",
                "container_title": "Наш современник",
                "issue": "9",
                "date": "1972",
                "pages": "96",
            },
            id="labelled-journal-issue-year-page",
        ),
    ],
)
def test_journal_after_the_title(text: str, expected: dict[str, object]) -> None:
    check_published(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a note with no year, its page as 'P.' (the form of a Chinese journal's English notes;
        # no other real example was found in the session's search budget)
        pytest.param(
            "Stuart Schram, Mao Tse-tung Unrehearsed, Harmondsworth: Penguin, P.119.",
            {
                "title": "Mao Tse-tung Unrehearsed",
                "place": "Harmondsworth",
                "publisher": "Penguin",
                "locator": "119",
            },
            id="undated-imprint-before-the-page",
        ),
        # left alone: a subtitle after a colon, its first word no known town
        pytest.param(
            "Robert Service, Stalin: A Biography, p. 5.",
            {"title": "Stalin: A Biography", "place": None, "publisher": None},
            id="subtitle-is-no-imprint",
        ),
        # the translator between the author and the title (ProQuest's copy of a Chinese
        # journal's English note, spaces before its commas)
        pytest.param(
            "Yoshihiro Ishikawa , translated by Joshua A. Fogel , The Formation of the Chinese"
            " Communist Party , New York : Columbia University Press , 2013",
            {
                "authors": ["Ishikawa, Yoshihiro"],
                "translators": ["Fogel, Joshua A."],
                "title": "The Formation of the Chinese Communist Party",
                "publisher": "Columbia University Press",
            },
            id="translator-before-the-title",
        ),
        # left alone: MLA's translator after the title (citethisforme.com's guide to citing a
        # translated book, as stored in the search tool's pages corpus)
        pytest.param(
            "Coelho, Paul. The Alchemist. Translated by Alan Clarke, HarperCollins, 1993.",
            {"authors": ["Coelho, Paul"], "translators": ["Clarke, Alan"]},
            id="translator-after-the-title-stays-real",
        ),
        # a library record's uniform title after the main entry (Library of Congress CIP form)
        pytest.param(
            "Polian, P. M. [Ne po svoyey vole. English] Against their will : the history and"
            " geography of forced migrations in the USSR / by Pavel Polian.",
            {
                "authors": ["Polian, P. M."],
                "title": "Against their will: the history and geography of forced migrations"
                " in the USSR",
            },
            id="uniform-title-after-the-main-entry",
        ),
    ],
)
def test_english_note_forms(text: str, expected: dict[str, object]) -> None:
    check_published(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an authorless note, its romanized title quoted, the English gloss quoted in brackets,
        # the book cited, a known town and the year (the form of set 39's source; no other
        # real example was found in the session's search budget)
        pytest.param(
            "“Zhizn’ i reformy” (“The Life and the Reforms”), book 2, Moscow 1995, pp. 348-349",
            {
                "kind": "book",
                "title": "Zhizn’ i reformy",
                "title_translation": "The Life and the Reforms",
                "place": "Moscow",
                "date": "1995",
                "locator": "348-349",
                "container_title": None,
            },
            id="quoted-title-gloss-book-town-year",
        ),
        # left alone: a quoted article's title, its journal after it
        pytest.param(
            "“Kavelin and Russian Liberalism,” Slavic Review 32 (1973): 59.",
            {"kind": "article", "container_title": "Slavic Review", "volume": "32"},
            id="quoted-article-and-journal-stay",
        ),
    ],
)
def test_quoted_title_then_town_and_year(text: str, expected: dict[str, object]) -> None:
    check_published(text, expected)
