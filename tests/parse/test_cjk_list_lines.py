"""A Japanese book list's line of fields without punctuation: title, author, publisher (its
paperback series in brackets after it), the year by its era's letter ('S42' = Shōwa 42 = 1967),
the page count and the library the compiler found the copy in; a bracketed word of the
compiler's after the title is no part of it. The real lines of this form are measured in
tests/data/published_citations_holdout5.toml (a private bibliography of books on the end of
Manchukuo) and are not copied here; the rows below are CONSTRUCTED in that form (not real
references), with real publishers and series."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.helpers import published_fields

# constructed rows (not real references)
LIST_LINES: list[tuple[str, dict[str, Any]]] = [
    (
        "開拓団の記録 山田太郎 岩波書店 S45 312",
        {
            "title": "開拓団の記録",
            "authors": ["山田, 太郎"],
            "publisher": "岩波書店",
            "date": "1970",
        },
    ),
    (
        "引揚げの日々 [回想] 佐藤花子 中央公論社(中公新書) H3 198 (国会)",
        {
            "title": "引揚げの日々",
            "authors": ["佐藤, 花子"],
            "publisher": "中央公論社",
            "date": "1991",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIST_LINES)
def test_a_book_list_line_with_an_era_letter_year(text: str, expected: dict[str, Any]) -> None:
    fields = published_fields(text)
    assert {key: fields[key] for key in expected} == expected
