"""Latin forms first met in published_citations_holdout4.toml's misread rows (session 15): a
list's entry by the family name alone and a title printed as one, no page (``Hall. Government
and Local Power in Japan 500–1700 – A Study Based on Bizen Province.``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.helpers import citation_fields, single_reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # CONSTRUCTED on the form of the notes of the Russian translation at
            # https://rutlib.com/book/40761/p/19 (pages corpus), with the book its note on
            # Holtom names (test_latin_forms_s14's 'Holtom. The National Faith of Japan. P. 23.')
            "Holtom. The National Faith of Japan.",
            {"authors": ["Holtom"], "title": "The National Faith of Japan", "locator": None},
            id="family-title-no-page",
        ),
        pytest.param(
            # CONSTRUCTED: two families joined by 'and'
            "Tsunoda and Goodrich. Japan in the Chinese Dynastic Histories.",
            {
                "authors": ["Tsunoda", "Goodrich"],
                "title": "Japan in the Chinese Dynastic Histories",
            },
            id="two-families-no-page",
        ),
    ],
)
def test_family_title_without_page(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Moscow. The City of the Tsars.",  # a town, not a family name
        "Well. We went home after the war.",  # prose: the second sentence is no title
        "Скачков. Русско-китайские отношения.",  # a Cyrillic title without its page
    ],
)
def test_family_title_without_page_leaves_alone(text: str) -> None:
    reference = single_reference(text)
    assert reference is None or [name.family for name in reference.authors] != [
        text.split(".", maxsplit=1)[0]
    ]
