"""A study whose title holds the work's whole title, quoted or as its subtitle after a main
title of its own, is another work; a romanized main title, the author's name heading the
title, or a quoted title that opens the title is the work's own. Real titles, each source
named."""

from __future__ import annotations

import pytest

from archivecite.dedupe import Sameness, record_keys, score_pair
from archivecite.dedupe.studies import study_of_the_work
from archivecite.model import ArticleReference, BookReference, DateRange, Name, Text
from tests.dedupe.helpers import parsed

_CARDINAL = "Cardinal Principles of the National Entity of Japan"
_KITA = "General Outline of Measures for the Reorganization of Japan"


def _book(title: str, family: str | None = None, year: int | None = None) -> BookReference:
    return BookReference(
        title=Text(original=title),
        authors=(Name(family=family),) if family else (),
        date=DateRange.of(year) if year else None,
    )


def _study(title: str, family: str | None = None) -> ArticleReference:
    return ArticleReference(
        title=Text(original=title), authors=(Name(family=family),) if family else ()
    )


@pytest.mark.parametrize(
    ("study", "work", "expected"),
    [
        # Strayer, Ways of the World 2e, Document 20.2 (digfir-published.macmillanusa.com,
        # strayer2e_ch20_23): a reader's own heading over an excerpt of the Ministry's 1937 text
        (_study(f"The Japanese Way: {_CARDINAL}"), _book(_CARDINAL, year=1937), True),
        # Springer chapter 10.1007/978-3-030-21530-9_4 (Fukuzawa Yukichi's Bourgeois
        # Liberalism) on Fukuzawa's book, as Uemura's Kansai University review (2012) names it
        (
            _study(
                "Progress for National Autonomy: An Outline of a Theory of Civilization"
                " (Bunmeiron no gairyaku)"
            ),
            _book(
                "An Outline of a Theory of Civilization (Bunmeiron no gairyaku)", "Fukuzawa", 1875
            ),
            True,
        ),
        # Beasley's review in International Affairs 26(2), as thekidologycenter.com lists it:
        # the romanized title, then its translation: the book itself
        (_study(f"Kokutai No Hongi: {_CARDINAL}"), _book(_CARDINAL, year=1937), False),
        # milestonedocuments.com's heading: the author's name before the work's title
        (_study(f"Kita Ikki: {_KITA}"), _book(_KITA, "Kita", 1923), False),
        # the quoted title opens the book's own title (tests/data/dedupe/cross_script_holdout24)
        (
            _book("«Литературный фронт». История политической цензуры. 1932–1946 гг", year=1994),
            _book("Literaturnyi front", "Babichenko"),
            False,
        ),
        # Abe and Kaneko, Iwanami 1983 (a citation style's fixture): a word quoted in a title
        # is no work's whole title
        (
            _book("最後の「日本人」: 朝河貫一の生涯", "Abe", 1983),
            _book("朝河貫一の生涯"),
            False,
        ),
    ],
)
def test_a_study_names_the_work_by_its_whole_title(
    study: ArticleReference | BookReference, work: BookReference, expected: bool
) -> None:
    assert study_of_the_work(record_keys(0, study), record_keys(1, work)) is expected
    assert study_of_the_work(record_keys(0, work), record_keys(1, study)) is expected


def test_a_study_quoting_the_work_is_kept_apart() -> None:
    # Gilmer's paper on Nakae's Discourse (tests/data/dedupe/cross_script_holdout40): the
    # author's name and his work, quoted, after the study's own word
    study = _study(
        'Contextualizing Nakae Chōmin\'s "A Discourse by Three Drunkards on Government"', "Gilmer"
    )
    work = _book("A Discourse by Three Drunkards on Government", "Nakae")
    decision = score_pair(record_keys(0, study), record_keys(1, work))
    assert decision.sameness is None
    assert "a study of it" in decision.reasons[-1].text
    # the title quoted alone after the author's name is the work
    named = _study('Nakae Chōmin\'s "A Discourse by Three Drunkards on Government"')
    assert not study_of_the_work(record_keys(0, named), record_keys(1, work))


def _in_collection(title: str, collection: str, publisher: str, year: int) -> BookReference:
    return BookReference(
        title=Text(original=title, lang="ja"),
        authors=(Name(family="陸奥", given="宗光"),),
        container_title=Text(original=collection, lang="ja"),
        publisher=Text(original=publisher, lang="ja"),
        date=DateRange.of(year),
    )


def _alone(title: str, publisher: str, year: int | None = None) -> BookReference:
    return BookReference(
        title=Text(original=title, lang="ja"),
        authors=(Name(family="陸奥", given="宗光"),),
        publisher=Text(original=publisher, lang="ja"),
        date=DateRange.of(year) if year else None,
    )


@pytest.mark.parametrize(
    ("first", "second", "reason"),
    [
        # norip-009.at.webry.info/201904/article_17.html (産経新聞's 明治の50冊): 『蹇蹇録』 first
        # printed in 『伯爵陸奥宗光遺稿』 (岩波書店, 1929), on its own at 中央公論新社 (j-cast.com
        # 2021/09/30421417, 中公クラシックス): two publications of the work
        (
            _in_collection("蹇蹇録", "伯爵陸奥宗光遺稿", "岩波書店", 1929),
            _alone("蹇蹇録", "中央公論新社"),
            True,
        ),
        # the same house's collection and its paperback (岩波文庫, 1983): left to the rules of
        # one house
        (
            _in_collection("蹇蹇録", "伯爵陸奥宗光遺稿", "岩波書店", 1929),
            _alone("蹇蹇録", "岩波書店", 1983),
            False,
        ),
    ],
)
def test_a_work_in_a_collection_and_alone_at_another_house(
    first: BookReference, second: BookReference, reason: bool
) -> None:
    decision = score_pair(record_keys(0, first), record_keys(1, second))
    texts = {r.text for r in decision.reasons}
    assert ("in a collection at one house, alone at another" in texts) is reason
    if reason:
        assert decision.sameness is not None
        assert decision.sameness.name == "WORK"


def test_the_same_people_under_a_longer_title_are_one_paper() -> None:
    # DBLP-ACM (bench/data): one paper, its title with a heading before it in one source
    short = _study("Database Issues in Telecommunications Network Management", "An")
    headed = _study(
        "SIGMOD challenges paper: database issues in telecommunications network management", "An"
    )
    assert not study_of_the_work(record_keys(0, short), record_keys(1, headed))


@pytest.mark.parametrize(
    ("first", "second", "two_houses"),
    [
        # the editions set 40 lists: 岩波文庫's text (松沢弘陽校注) and 角川ソフィア文庫's
        # modern rendering (2017): two houses' paperbacks, two editions of the work
        (
            "『文明論之概略』福沢諭吉、松沢弘陽校注(岩波文庫)",
            "『文明論之概略』(全訳)福澤諭吉、先崎彰容訳(2017・角川ソフィア文庫)",
            True,
        ),
        # j-cast.com/trend/2021/09/30421417: 岩波文庫's 蹇蹇録 against a line naming the same
        # series: one house, the rule silent
        ("陸奥宗光『新訂 蹇蹇録』(岩波文庫)", "陸奥宗光『蹇蹇録』(岩波文庫)", False),
    ],
)
def test_paperbacks_of_two_houses_are_two_editions(
    first: str, second: str, two_houses: bool
) -> None:
    keys = [record_keys(i, parsed(text)) for i, text in enumerate((first, second))]
    decision = score_pair(*keys)
    texts = {reason.text for reason in decision.reasons}
    assert ("paperbacks of two houses: two editions" in texts) is two_houses
    assert decision.sameness is not Sameness.DOCUMENT or not two_houses
