"""A book cited by a main title too short to tell it alone ('キメラ'), against its full title
with the subtitle: the same people's book is one work; another author's book of that main title
is not, nor are two papers of the same people.

Sources (as in tests/data/dedupe/cross_script_holdout19.toml): '『キメラ』著 山室信一 中公新書'
and '『キメラ―満州国の肖像』山室信一' (two blogs' book lines), Han's 'Kimera: Manshukoku no
shōzō' (Yamamuro, 1993); 麻田雅文『シベリア出兵』 (2016) and 原暉之『シベリア出兵 ― 革命と干渉
1917-1922』 (1989), two books of one main title.
"""

from __future__ import annotations

from archivecite import parse_citation
from archivecite.dedupe import find_duplicates, record_keys, score_pair
from archivecite.model import ArticleReference, BookReference, DateRange, Name, Text


def _book(
    title: str, family: str, given: str | None = None, year: int | None = None
) -> BookReference:
    lang = "ja-Latn" if title.isascii() else "ja"
    return BookReference(
        title=Text(original=title, lang=lang),
        authors=(Name(family=family, given=given, lang=lang),),
        date=DateRange.of(year) if year else None,
    )


SHORT = _book("キメラ", "山室", "信一")
FULL = _book("キメラ―満州国の肖像", "山室", "信一")
ROMAJI = _book("Kimera: Manshukoku no shōzō", "Yamamuro", year=1993)


def test_the_same_peoples_book_by_its_short_main_title() -> None:
    for full in (FULL, ROMAJI):
        decision = score_pair(record_keys(0, SHORT), record_keys(1, full))
        assert decision.sameness is not None
        assert decision.reasons[0].text == (
            "titles 95% similar: one without its subtitle, the same people"
        )
        assert [cluster.members for cluster in find_duplicates([SHORT, full])] == [(0, 1)]


def test_another_authors_book_of_that_main_title_stays_apart() -> None:
    asada = _book("シベリア出兵", "麻田", "雅文", 2016)
    hara = _book("シベリア出兵 ― 革命と干渉 1917-1922", "原", "暉之", 1989)
    assert find_duplicates([asada, hara]) == []


def test_two_papers_of_the_same_people_stay_apart() -> None:
    """A paper cited without its subtitle is as often another paper of the same people."""
    papers = [
        ArticleReference(
            title=Text(original=title),
            authors=(Name(family="Schapire", given="R."), Name(family="Freund", given="Y.")),
        )
        for title in ("Boosting", "Boosting: foundations and algorithms")
    ]
    assert find_duplicates(papers) == []


def test_two_books_of_one_volume_stay_apart() -> None:
    """The Wilson Center's citations of Ledovskii, Mirovitskaia and Miasnikov's 'Sovetsko-
    Kitaiskie Otnosheniia, Vol. 5' cite its Book 1 and its Book 2 (as in
    tests/data/dedupe/cross_script_holdout2.toml and holdout20): two books of one volume; a
    Chinese note's 'Русско-китайские отношения,Т.V,К.2,c.141-147' is the second one."""
    wilson = "Andrei Ledovskii, Raisa Mirovitskaia and Vladimir Miasnikov, Sovetsko-Kitaiskie"
    book_one, book_two, cyrillic = (
        parse_citation(text).reference  # type: ignore[union-attr]
        for text in (
            f"{wilson} Otnosheniia, Vol. 5, Book 1, 1946-February 1950 (Moscow: Pamiatniki"
            " Istoricheskoi Mysli, 2005), p. 378.",
            f"{wilson} Otnosheniia, Vol. 5, Book 2, 1946-February 1950 (Moscow: Pamiatniki"
            " Istoricheskoi Mysli, 2005), pp. 148-151.",
            "Русско-китайские отношения,Т.V,К.2,c.141-147",
        )
    )
    assert [name.family for name in book_two.authors] == ["Ledovskii", "Mirovitskaia", "Miasnikov"]
    decision = score_pair(record_keys(0, book_one), record_keys(1, book_two))
    assert decision.sameness is None
    assert "another book of the volume (1 / 2)" in [reason.text for reason in decision.reasons]
    (cluster,) = find_duplicates([book_one, book_two, cyrillic])
    assert cluster.members == (1, 2)
