"""Rules added for the fifth held-out set (tests/data/dedupe/cross_script_holdout5.toml), each
with the texts that must not trip it; the real references of each form are in
``tests/data/published_citations_forms.toml``."""

from __future__ import annotations

import pytest

from archivecite import Parsed, archival_fields, parse_citation
from archivecite.parse.published import parse_published
from tests.parse.helpers import reference_fields


def _published(text: str) -> dict[str, object] | None:
    result = parse_citation(text)
    if not isinstance(result, Parsed) or len(result.references) != 1:
        return None
    return reference_fields(result.references[0])


def test_folios_in_an_aside_are_not_another_file() -> None:
    # Slezkine's note 12 (bookreadfree.com/480890/11815173), the citation between semicolons:
    # the parenthesis names the leaves quoted among those cited.
    result = parse_citation("RGALI, f. 2310, op. 1, d. 79. ll. 1–32 (quotations from ll. 31–32)")
    assert isinstance(result, Parsed)
    assert [archival_fields(reference) for reference in result.references] == [
        {"archive": "rgali", "fond": "2310", "opis": "1", "delo": "79", "folios": "1-32"}
    ]


def test_a_file_in_parentheses_is_still_a_file() -> None:
    result = parse_citation("ф. 17, оп. 3, д. 5, л. 1 (д. 6, л. 2)")
    assert isinstance(result, Parsed)
    assert [archival_fields(reference).get("delo") for reference in result.references] == [
        "5",
        "6",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # an adjective before a noun, not a given name before a family name
        "Советский Союз. Энциклопедия. Т. 1. С. 5.",
        "Нижний Новгород. Путеводитель. С. 5.",
        "Красная звезда. 1941. 5 марта.",
    ],
)
def test_adjective_and_noun_are_not_an_author(text: str) -> None:
    fields = _published(text)
    assert fields is None or fields["authors"] == []


def test_a_title_in_a_person_s_name_after_its_author_stays_whole() -> None:
    fields = _published("Радзинский Э. Иосиф Сталин. Начало. М.: Вагриус, 2007. 416 с.")
    assert fields is not None
    assert (fields["authors"], fields["title"]) == (["Радзинский, Э."], "Иосиф Сталин. Начало")


def test_initials_opening_an_unquoted_title_are_the_author_s() -> None:
    # "Barnes, S. A." is a family name and initials, not a short note titled "S. A. ..."
    assert _published("Barnes, S. A. Death and Redemption, 45.") is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a year in parentheses closes an article's issue, not an aside after its pages
        ("Slavic Review 50, no. 1 (1991)", "Slavic Review 50, no. 1"),
    ],
)
def test_a_year_in_parentheses_is_not_an_aside(text: str, title: str) -> None:
    parsed = parse_published(text)
    assert parsed is not None
    assert "cited_note" not in parsed.reference.extra


@pytest.mark.parametrize(
    "text",
    [
        "Moscow, March 1937.",  # a place and a month: no newspaper named
        "Pravda, Spring 1937.",  # no month
    ],
)
def test_a_month_without_a_newspaper_is_no_issue(text: str) -> None:
    fields = _published(text)
    assert fields is None or fields["kind"] != "newspaper"


def test_a_month_after_a_periodical_s_year_is_its_issue() -> None:
    fields = _published("Известия. 1937. Март.")
    assert fields is not None
    assert (fields["kind"], fields["container_title"], fields["date"], fields["place"]) == (
        "newspaper",
        "Известия",
        "1937-03",
        None,
    )


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("《毛泽东选集》（第三卷），人民出版社1991年版。", "3"),
        ("《鲁迅全集》第6卷，人民文学出版社2005年版。", "6"),
        ("《列宁全集》第二十三卷，人民出版社1958年版。", "23"),
    ],
)
def test_a_chinese_volume_in_characters_is_a_number(text: str, volume: str) -> None:
    fields = _published(text)
    assert fields is not None
    assert fields["volume"] == volume


def test_a_letter_s_day_before_a_bare_name_is_no_note() -> None:
    # "Nov. 8, 1943, Butler, 182.": no title after the name, so no note of a book
    parsed = parse_published("Nov. 8, 1943, Butler, 182.")
    assert parsed is None or "document_date" not in parsed.reference.extra
