"""A newspaper cited by its name and day, as historians of the USSR, Japan and China print it
in notes: GOST (``Правда. 1937. 5 марта. С. 2.``), the Chicago and Russian comma forms
(``Pravda, 5 March 1937, p. 2.``, ``«Правда», 5 марта 1937 г.``) and the native Japanese and
Chinese forms. The name is the container's and the kind is ``newspaper``; a bare title with a
year, or a book, stays a book. The forms are those the issue reported; real items of each are
in ``tests/data/published_citations_forms.toml`` (form ``newspaper-day``)."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import Parsed, parse_citation
from tests.parse.helpers import reference_fields

NO_ARTICLE = {"title": None, "authors": []}

# text, then the fields the reference must have (dates as ISO strings)
NEWSPAPER_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "Правда. 1937. 5 марта.",
        {**NO_ARTICLE, "container_title": "Правда", "date": "1937-03-05", "language": "ru"},
    ),
    (
        "Известия. 1991. 2 февраля.",
        {**NO_ARTICLE, "container_title": "Известия", "date": "1991-02-02", "language": "ru"},
    ),
    (
        "Правда. 1937. 5 марта. С. 2.",
        {"container_title": "Правда", "date": "1937-03-05", "pages": "2", "language": "ru"},
    ),
    (
        "Правда. 1937. № 64. 6 марта.",
        {**NO_ARTICLE, "container_title": "Правда", "date": "1937-03-06", "issue": "64"},
    ),
    (
        "«Правда», 5 марта 1937 г.",
        {**NO_ARTICLE, "container_title": "Правда", "date": "1937-03-05", "language": "ru"},
    ),
    (
        "Известия, 12 июня 1937 г., с. 3",
        {"container_title": "Известия", "date": "1937-06-12", "pages": "3", "language": "ru"},
    ),
    ("Pravda, 12 March 1937.", {**NO_ARTICLE, "container_title": "Pravda", "date": "1937-03-12"}),
    ("Pravda, 5 March 1937, p. 2.", {"container_title": "Pravda", "pages": "2"}),
    ("Pravda, March 5, 1937, p. 2", {**NO_ARTICLE, "date": "1937-03-05", "pages": "2"}),
    ("Pravda, 5 March 1937, 1", {"container_title": "Pravda", "date": "1937-03-05", "pages": "1"}),
    ("Izvestiia, 2 February 1991.", {"container_title": "Izvestiia", "date": "1991-02-02"}),
    ("Asahi shinbun, 5 March 1937", {"container_title": "Asahi shinbun", "date": "1937-03-05"}),
    ("Renmin ribao, 15 February 1950", {"container_title": "Renmin ribao", "date": "1950-02-15"}),
    (
        "『朝日新聞』1937年3月5日",
        {**NO_ARTICLE, "container_title": "朝日新聞", "date": "1937-03-05", "language": "ja"},
    ),
    (
        "《人民日报》1950年2月15日",
        {**NO_ARTICLE, "container_title": "人民日报", "date": "1950-02-15", "language": "zh"},
    ),
    (
        "Кольцов М. Накануне // Правда. 1937. 5 марта. С. 2.",
        {
            "authors": ["Кольцов, М."],
            "title": "Накануне",
            "container_title": "Правда",
            "date": "1937-03-05",
            "pages": "2",
        },
    ),
    (
        "M. Koltsov, “Nakanune,” Pravda, 5 March 1937, 2.",
        {
            "authors": ["Koltsov, M."],
            "title": "Nakanune",
            "container_title": "Pravda",
            "date": "1937-03-05",
            "pages": "2",
        },
    ),
]


def _fields(text: str) -> dict[str, Any]:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    return reference_fields(result.reference)


@pytest.mark.parametrize(("text", "expected"), NEWSPAPER_FORMS, ids=[t for t, _ in NEWSPAPER_FORMS])
def test_a_newspaper_and_its_day(text: str, expected: dict[str, Any]) -> None:
    observed = _fields(text)
    assert observed["kind"] == "newspaper"
    assert {key: observed[key] for key in expected} == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Правда. 1937.", "Правда"),  # a year alone: nothing says it is a paper's issue
        ("Сталин И.В. Вопросы ленинизма. М., 1947.", "Вопросы ленинизма"),
        ("Письмо Сталина Молотову. 5 марта 1937.", "Письмо Сталина Молотову"),
    ],
)
def test_a_title_with_a_year_or_a_day_stays_a_book(text: str, title: str) -> None:
    observed = _fields(text)
    assert (observed["kind"], observed["title"], observed["container_title"]) == (
        "book",
        title,
        None,
    )


def test_an_unknown_name_before_a_day_is_no_newspaper() -> None:
    """A letter's writer and addressee before its day are not a newspaper's name."""
    result = parse_citation("Stalin to Molotov, 5 March 1937.")
    assert not (isinstance(result, Parsed) and result.reference.kind == "newspaper")


# A listed newspaper cited by its romanized name is in the language of the table that lists it;
# a paper printed in English is given none. Real: Kotkin, 'Stalin: Paradoxes of Power', notes of
# part I, note 1 (as in tests/data/dedupe/cross_script_holdout5.toml); the forms set's
# 'Sovetskaia kul’tura' note. Constructed (not a real reference): the Japan Times row.
ROMANIZED_NAMES = [
    ("Pravda, Nov. 7, 1935: 2.", "ru"),
    ("Sovetskaia kul’tura, Jan. 14, 1989.", "ru"),
    ("The Japan Times, 11 September 1905, p. 2.", None),
]


@pytest.mark.parametrize(("text", "language"), ROMANIZED_NAMES)
def test_a_romanized_newspaper_name_tells_its_language(text: str, language: str | None) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed)
    fields = reference_fields(result.reference)
    assert (fields["kind"], fields["title"], fields["language"]) == ("newspaper", None, language)
