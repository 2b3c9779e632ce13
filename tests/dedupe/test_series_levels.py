"""The levels of one series: the same compilers, publisher and year, titles that differ in the
level alone. The Zlatoust lexical minimums of Russian as a foreign language (N. P. Andryushina,
T. V. Kozlova; St Petersburg, 2014; the ISBNs their records print) are the real case."""

from __future__ import annotations

import pytest

from archivecite.dedupe import find_duplicates
from archivecite.model import BookReference, DateRange, Identifier, Name, Text

SERIES = "Лексический минимум по русскому языку как иностранному"
SERIES_ISO = "Leksičeskij minimum po russkomu jazyku kak inostrannomu"


def _level(title: str, isbn: str | None = None) -> BookReference:
    cyrillic = any("а" <= char <= "я" for char in title.lower())
    return BookReference(
        title=Text(original=title, lang="ru" if cyrillic else None),
        authors=(Name(family="Андрюшина" if cyrillic else "Andrjušina", given="N. P."),),
        publisher=Text(original="Златоуст" if cyrillic else "Zlatoust"),
        date=DateRange.of(2014),
        identifiers=(Identifier(scheme="isbn", value=isbn),) if isbn else (),
    )


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        # an ordinal names the level, in any script or scheme
        (
            f"{SERIES}. Первый сертификационный уровень",
            f"{SERIES_ISO}. Pervyj sertifikacionnyj uroven'",
            True,
        ),
        (
            f"{SERIES}. Первый сертификационный уровень",
            f"{SERIES_ISO}. Vtoroj sertifikacionnyj uroven'",
            False,
        ),
        (
            f"{SERIES}. Первый сертификационный уровень",
            f"{SERIES}. Второй сертификационный уровень",
            False,
        ),
        (
            f"{SERIES_ISO}. Pervyy sertifikatsionnyy uroven'",
            f"{SERIES_ISO}. Tretiy sertifikatsionnyy uroven'",
            False,
        ),
    ],
)
def test_an_ordinal_level_is_another_book(first: str, second: str, joined: bool) -> None:
    assert bool(find_duplicates([_level(first), _level(second)])) is joined


def test_another_title_and_isbn_in_one_script_is_another_book() -> None:
    elementary = _level(f"{SERIES_ISO}. Ėlementarnyj uroven'", "978-5-86547-858-4")
    first = _level(f"{SERIES_ISO}. Pervyj sertifikacionnyj uroven'", "978-5-86547-862-1")
    assert not find_duplicates([elementary, first])
    without_isbns = [
        _level(f"{SERIES_ISO}. Ėlementarnyj uroven'"),
        _level(f"{SERIES_ISO}. Pervyj sertifikacionnyj uroven'"),
    ]
    assert find_duplicates(without_isbns)  # the titles alone are alike enough: the ISBNs decide


def _grammar(year: int, volume: str | None) -> BookReference:
    # Грамматика современного якутского литературного языка, in 2 vols.: vol. 1 (Moscow: Nauka,
    # 1982), vol. 2, Синтаксис (Novosibirsk: Nauka, 1995)
    return BookReference(
        title=Text(original="Грамматика современного якутского литературного языка", lang="ru"),
        date=DateRange.of(year),
        volume=volume,
    )


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        (_grammar(1995, "2"), _grammar(1982, None), False),  # a volume against the set of 1982
        (_grammar(1995, "2"), _grammar(1982, "1"), False),
        (_grammar(1982, "1"), _grammar(1982, None), True),  # the volume of the set's year
    ],
)
def test_a_volume_in_another_year_is_another_book(
    first: BookReference, second: BookReference, joined: bool
) -> None:
    assert bool(find_duplicates([first, second])) is joined
