"""Forms first met in cross_script_holdout16.toml's Mao notes: a document cited by its quoted
title, its day (or days) and the collection that prints it, with the volume and pages without
"pp."; a Chinese name in pinyin printed family name first; a romanized title's English gloss in
square brackets inside a note.

Sources: the notes of a book on Sino-Soviet relations as stored in the search tool's pages
corpus (https://books.thomasstone.org/download-brothers-in-arms-pdf/free-books-101, notes 103,
106, 107 and 111), as in tests/data/dedupe/cross_script_holdout16.toml.
"""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import Parsed, parse_citation
from archivecite.parse.dates import find_date
from archivecite.parse.published.patterns import BARE_PAGES_PATTERN
from archivecite.translit.chinese import pinyin_family_first
from tests.parse.helpers import reference_fields


def _fields(text: str) -> dict[str, Any]:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    return reference_fields(result.reference)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Mao Zedong, "Speeches at the Moscow Conference of Communist and Workers\' Parties,"'
            " November 14, 16, and 18, 1957, Jianguo yilai Mao Zedong wengao, vol. 6, 625-44.",
            {
                "authors": ["Mao, Zedong"],
                "title": "Speeches at the Moscow Conference of Communist and Workers' Parties",
                "date": "1957-11-14/1957-11-18",
                "container_title": "Jianguo yilai Mao Zedong wengao",
                "volume": "6",
                "pages": "625-44",
            },
            id="days-of-one-month",
        ),
        pytest.param(
            'Mao Zedong, "Sixty Articles on Work Methods (Draft)," January 1958, Jianguo yilai'
            " Mao Zedong wengao, vol. 7, 51.",
            {
                "authors": ["Mao, Zedong"],
                "title": "Sixty Articles on Work Methods (Draft)",
                "date": "1958-01",
                "container_title": "Jianguo yilai Mao Zedong wengao",
                "volume": "7",
                "pages": "51",
            },
            id="a-month",
        ),
        pytest.param(
            "Xin Ziling, Mao Zedong dazhuan [A grand biography of Mao Zedong] (Hong Kong: Liwen,"
            " 1993), vol. 4, 102-5.",
            {
                "authors": ["Xin, Ziling"],
                "title": "Mao Zedong dazhuan",
                "title_translation": "A grand biography of Mao Zedong",
                "place": "Hong Kong",
                "publisher": "Liwen",
                "date": "1993",
                "volume": "4",
            },
            id="bracketed-gloss",
        ),
        pytest.param(
            "Liu Guoxin et al., Zhonghua Renmin Gongheguo lishi changbian [An extended history of"
            " the People's Republic of China] (Nanning: Guangxi Renmin, 1994), vol. 2, 40.",
            {
                "authors": ["Liu, Guoxin"],
                "title": "Zhonghua Renmin Gongheguo lishi changbian",
                "title_translation": "An extended history of the People's Republic of China",
                "volume": "2",
            },
            id="bracketed-gloss-et-al",
        ),
    ],
)
def test_a_note_of_a_chinese_document_or_book(text: str, expected: dict[str, Any]) -> None:
    fields = _fields(text)
    assert {key: fields[key] for key in expected} == expected


@pytest.mark.parametrize(
    ("text", "iso", "printed"),
    [
        (
            "November 14, 16, and 18, 1957, Jianguo",
            "1957-11-14/1957-11-18",
            "November 14, 16, and 18, 1957",
        ),
        ("November 14–18, 1957", "1957-11-14/1957-11-18", "November 14–18, 1957"),
        ("14-18 November 1957, Moscow", "1957-11-14/1957-11-18", "14-18 November 1957"),
        ("on November 7, 1957", "1957-11-07", "November 7, 1957"),
    ],
)
def test_days_of_one_month_are_a_span(text: str, iso: str, printed: str) -> None:
    found = find_date(text)
    assert found is not None
    assert (found.date.iso(), text[found.start : found.end]) == (iso, printed)


@pytest.mark.parametrize(
    ("name", "family_first"),
    [
        ("Mao Zedong", True),
        ("Liu Shaoqi", True),
        ("Deng Xiaoping", True),
        ("Chen Jian", False),  # "jian" is a family name too: the order cannot be told
        ("Wei Li", False),
        ("Xiaoming Wang", False),
        ("Susan Butler", False),
        ("Yuri Slezkine", False),
    ],
)
def test_a_pinyin_name_family_name_first(name: str, family_first: bool) -> None:
    assert pinyin_family_first(name) is family_first


@pytest.mark.parametrize(
    ("item", "pages"),
    [("625-44", True), ("51", True), ("102–5", True), ("1957", False), ("1957-1960", False)],
)
def test_pages_without_pp_are_no_year(item: str, pages: bool) -> None:
    """After a volume, "625-44" and "51" are pages; "1957" and "1957-1960" are years."""
    assert (BARE_PAGES_PATTERN.fullmatch(item) is not None) is pages
