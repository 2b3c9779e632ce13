"""Latin and Cyrillic forms first met in published_citations_holdout4.toml (session 14): a
periodical's issue by year, day and number in a Russian note (``The Times. 1904. February 10
(No. 37313). P. 7.``, ``Новое время. 1904. 18 марта (1 апр.) (№ 10072). С. 3.``), a work cited
again by its author's family name alone (``Holtom. The National Faith of Japan. P. 23–24.``),
list entries with the family name first and no comma after it (``SOLJENITSYNE A. L’Archipel du
Goulag, Ed.du Seuil, Paris, 1974.``, ``Hall Edward T., Le langage silencieux, Seuil, Paris,
1984``), a publisher and its town in a note's brackets (``(Fischer, Frankfurt 1968)``) and a
``Mac`` family name before initials in GOST (``MacMurray J. V. A.``).

Each row names its source (the search tool's pages or code corpus) and is another reference than
the held-out set holds; rows marked CONSTRUCTED have no real example found within the session's
search budget and say which form they stand for."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.parse.published.draft import Draft
from archivecite.parse.published.family_first import family_first_entry
from archivecite.parse.published.notes_short import family_stop_note
from tests.parse.helpers import citation_fields

# D. B. Pavlov, 'Русско-японская война 1904–1905 гг. Секретные операции на суше и на море',
# endnotes, as stored in the search tool's pages corpus (other notes than the held-out set's)
_PAVLOV_161 = "https://readli.club/page-161-8379-russko-yaponskaya-voina-1904-1905-gg-sekretnye-operacii-na.html"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # _PAVLOV_161, note 836
            "The Times. 1904. February 10 (No. 37313). P. 7.",
            {
                "kind": "newspaper",
                "container_title": "The Times",
                "date": "1904-02-10",
                "issue": "37313",
                "pages": "7",
            },
            id="month-day-then-number",
        ),
        pytest.param(
            # _PAVLOV_161, note 838 (the first of its two references)
            "The New York Times. 1904. February 13 (No. 16883). P. 2",
            {
                "kind": "newspaper",
                "container_title": "The New York Times",
                "date": "1904-02-13",
                "issue": "16883",
                "pages": "2",
            },
            id="month-day-no-final-stop",
        ),
        pytest.param(
            # _PAVLOV_161, note 835 (after its lead 'Цит. по:'): a monthly's issue and number
            "Русский вестник. 1904. Июль (№ 7). С. 456.",
            {
                "container_title": "Русский вестник",
                "date": "1904-07",
                "issue": "7",
                "pages": "456",
            },
            id="month-then-number",
        ),
        pytest.param(
            # https://booksonline.com.ua/view.php?book=172556&page=62 (the same book, pages
            # corpus), note 278 (after its lead 'См., напр.:'): the number as a sentence
            "The Japan Times. 1904. June 30. № 2204. P. 6.",
            {
                "kind": "newspaper",
                "container_title": "The Japan Times",
                "date": "1904-06-30",
                "issue": "2204",
                "pages": "6",
            },
            id="month-day-number-apart",
        ),
        pytest.param(
            # https://bookz.ru/authors/pavlov-dmitrii/book-russko-iaponskaia-voina-1904-1905-gg-
            # sekretnye-operatsii-na-sushe-i-na-more-727634/read/page=14 (the same book, pages
            # corpus), note 114: the day first, as before
            "Одесские новости. 1904. 27 апр.",
            {"kind": "newspaper", "container_title": "Одесские новости", "date": "1904-04-27"},
            id="day-month-as-before",
        ),
    ],
)
def test_periodical_issue_by_year_and_day(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # CONSTRUCTED on the form of holdout4's Russian notes citing a work again by the
            # family name alone ('Surname. Short title. P. n'; none other found in the corpora)
            "Kuropatkin. The Russian Army and the Japanese War. Vol. 2. P. 14.",
            {
                "authors": ["Kuropatkin"],
                "title": "The Russian Army and the Japanese War",
                "volume": "2",
                "locator": "14",
            },
            id="family-title-volume-page",
        ),
        pytest.param(
            # CONSTRUCTED on the same form, two family names joined by 'и'
            "Бакунин и Нечаев. Катехизис революционера. С. 12–14.",
            {
                "authors": ["Бакунин", "Нечаев"],
                "title": "Катехизис революционера",
                "locator": "12-14",
                "language": "ru",
            },
            id="two-families-cyrillic",
        ),
    ],
)
def test_work_cited_again_by_family_name(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # _PAVLOV_161, notes 797 and 834, and the held-out source's note 801: a reference back
        pytest.param("Hosoya Chihiro. Op. cit. P. 365.", id="given-and-family-op-cit"),
        pytest.param("White J. Op. cit. P. 165.", id="initial-op-cit"),
        pytest.param("Там же. С. 8, 12.", id="tam-zhe"),
        # _PAVLOV_161, note 837: 'Ibid.' and the next issue's day
        pytest.param("Ibid. February 13 (No. 37316). P. 11.", id="ibid-day"),
        # CONSTRUCTED: a newspaper, then an article's heading
        pytest.param("Правда. Передовая статья. С. 1", id="newspaper-then-heading"),
        # CONSTRUCTED: a one-word title is no short note of this form
        pytest.param("Сталин. Сочинения. С. 12", id="one-word-title"),
    ],
)
def test_family_note_leaves_alone(text: str) -> None:
    assert not family_stop_note(Draft(text=text), 0, len(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # GitHub Python file of prompts, a French bibliography's example (search-tool file id
            # 52584175725): the family name in capitals, a given name, the title in italics
            "KOUROUMA Ahmadou, *Les Soleils des Indépendances*, Seuil, Paris, 1970",
            {
                "authors": ["Kourouma, Ahmadou"],
                "title": "Les Soleils des Indépendances",
                "publisher": "Seuil",
                "place": "Paris",
                "date": "1970",
            },
            id="capitals-given-name-italics",
        ),
        pytest.param(
            # the same file, the line before
            "DADIÉ Bernard, *Climbié*, Présence Africaine, Paris, 1956",
            {
                "authors": ["Dadié, Bernard"],
                "title": "Climbié",
                "publisher": "Présence Africaine",
                "place": "Paris",
                "date": "1956",
            },
            id="capitals-accented",
        ),
        pytest.param(
            # GitHub JavaScript data of communication theorists (search-tool file id
            # 53826366797), a 'ref' field: family name, given name and initial, then a comma
            "Hall Edward T., Le langage silencieux, Seuil, Paris, 1984 (éd. orig. 1959).",
            {
                "authors": ["Hall, Edward T."],
                "title": "Le langage silencieux",
                "publisher": "Seuil",
                "place": "Paris",
                "date": "1984",
            },
            id="family-given-initial-comma",
        ),
    ],
)
def test_family_first_list_entry(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            # GitHub Python file of prompts (search-tool file id 35212874232): given name first
            "Jean Lacouture, Hồ Chí Minh, Seuil, Paris, 1969",
            id="given-name-first",
        ),
        pytest.param(
            # GitHub prompt examples (search-tool file id 52533662011): a particle, given first
            "Simone de Beauvoir, Le Deuxième Sexe, Gallimard, Paris, 1949.",
            id="given-name-particle",
        ),
        pytest.param(
            # tests/data/published_citations.toml (a romanized "References" list): several
            # authors with initials, the title and journal as sentences
            "Kononyuk M.H., Smykov V.B., Lukianov А.A., Bagdasarov Yu.E. Development of"
            " Technology for Processing Radioactive Waste from Alkaline Coolants by the SPO"
            " Method. Selected Papers of IPPE, Obninsk, 2001, pp. 64-67",
            id="romanized-several-authors",
        ),
    ],
)
def test_family_first_leaves_alone(text: str) -> None:
    assert not family_first_entry(Draft(text=text), 0, len(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # CONSTRUCTED on the form of a Fortran comment's reference (search-tool file id
            # 7016050889: 'Van Hove / Tong, "Surface Crystallography by LEED" (Springer, Berlin
            # 1979)'), its two names written as a note prints them
            "M. A. Van Hove and S. Y. Tong, Surface Crystallography by LEED (Springer, Berlin"
            " 1979)",
            {"publisher": "Springer", "place": "Berlin", "date": "1979"},
            id="publisher-then-town",
        ),
        pytest.param(
            # tests/data/published_citations_forms.toml's row of Djilas's book: a town alone
            # stays the place
            "M. Dzhilas [Milovan Djilas],\nLitso totalitarizma\n(Moscow, 1992), p. 108.",
            {"publisher": None, "place": "Moscow"},
            id="town-alone",
        ),
    ],
)
def test_publisher_and_town_in_brackets(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


def test_mac_family_name_before_initials() -> None:
    # CONSTRUCTED on the GOST form of holdout4's 'MacMurray J. V. A. Treaties …' note
    text = "McCauley M. The Soviet Union 1917-1991. London, 1993. P. 45."
    expected = {"authors": ["McCauley, M."], "title": "The Soviet Union 1917-1991"}
    assert citation_fields(text, tuple(expected)) == expected
