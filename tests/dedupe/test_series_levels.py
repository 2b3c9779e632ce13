"""The levels of one series: the same compilers, publisher and year, titles that differ in the
level alone. The Zlatoust lexical minimums of Russian as a foreign language (N. P. Andryushina,
T. V. Kozlova; St Petersburg, 2014; the ISBNs their records print) are the real case."""

from __future__ import annotations

import pytest

from archivecite.dedupe import Reason, Sameness, find_duplicates, record_keys, score_pair
from archivecite.dedupe.cluster import Level
from archivecite.model import BookReference, DateRange, Identifier, Name, Text

SERIES = "Лексический минимум по русскому языку как иностранному"
SERIES_ISO = "Leksičeskij minimum po russkomu jazyku kak inostrannomu"


def _level(title: str, isbn: str | None = None, year: int = 2014) -> BookReference:
    cyrillic = any("а" <= char <= "я" for char in title.lower())
    return BookReference(
        title=Text(original=title, lang="ru" if cyrillic else None),
        authors=(Name(family="Андрюшина" if cyrillic else "Andrjušina", given="N. P."),),
        publisher=Text(original="Златоуст" if cyrillic else "Zlatoust"),
        date=DateRange.of(year),
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


# the Zlatoust catalogue's 5th edition of the basic level (2015) and a German list's 2013 record
BASIC_2015 = f"{SERIES}. Базовый уровень. Общее владение"
BASIC_2013 = f"{SERIES_ISO}. Bazovyj uroven'"


@pytest.mark.parametrize(("level", "joined"), [("work", True), ("document", False)])
def test_a_level_in_another_edition_is_the_same_work(level: Level, joined: bool) -> None:
    editions = [_level(BASIC_2013, year=2013), _level(BASIC_2015, year=2015)]
    assert bool(find_duplicates(editions, level=level)) is joined


@pytest.mark.parametrize(
    "other",
    [f"{SERIES_ISO}. Pervyj sertifikacionnyj uroven'", f"{SERIES}. Элементарный уровень"],
)
def test_another_level_in_another_year_is_another_work(other: str) -> None:
    assert not find_duplicates(
        [_level(BASIC_2013, year=2013), _level(other, year=2017)], level="work"
    )


def test_the_same_people_as_editors_are_compared_with_authors() -> None:
    """ "/ под ред. Н.П. Андрюшиной" in one list, "Andrjušina, N. P. (2013)." in another."""
    edited = _level(BASIC_2015, year=2015).model_copy(
        update={"authors": (), "editors": (Name(family="Андрюшина", given="Н.П."),)}
    )
    decision = score_pair(record_keys(0, _level(BASIC_2013, year=2013)), record_keys(1, edited))
    assert decision.sameness is Sameness.WORK
    assert Reason("authors", "100% of family names agree (same first author)") in decision.reasons


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
        # the first volume against the set cited as of a later year: a reissue holds it (as
        # Volkogonov's «Семь вождей», 2 vols. 1995-1996, reissued in one volume in 1998)
        (_grammar(1982, "1"), _grammar(1995, None), True),
        (_grammar(1995, None), _grammar(1982, "1"), True),
        (_grammar(1982, "2"), _grammar(1995, None), False),  # a later volume is no first one
    ],
)
def test_a_volume_in_another_year_is_another_book(
    first: BookReference, second: BookReference, joined: bool
) -> None:
    assert bool(find_duplicates([first, second])) is joined
