"""Copies of one work whose other fields are garbled or missing (issue 6: DBLP-Scholar, Cora).
Every case is a real pair from those benchmarks (DBLP-Scholar: its Magellan *valid* split,
never the test split the bench reports on)."""

from __future__ import annotations

import itertools

import pytest

from archivecite.dedupe import Sameness, find_duplicates, record_keys, score_pair
from archivecite.model import ArticleReference
from tests.dedupe.test_noisy_citations import _ref


def _same(first: ArticleReference, second: ArticleReference) -> Sameness | None:
    return score_pair(record_keys(0, first), record_keys(1, second)).sameness


# (DBLP copy, Scholar copy): title, people, venue, year each
_GARBLED_AUTHORS = [
    (  # given names read as family names, family initials as given ones
        (
            "integrating mining with relational database systems : alternatives and implications",
            "sarawagi s; thomas s; agrawal r",
            "sigmod conference",
            1998,
        ),
        (
            "integrating mining with relational database systems : alternatives and implications",
            "sunita s; shiby t; rakesh a",
            "proceedings acm sigmod international conference on & hellip ; ,",
            None,
        ),
    ),
    (
        (
            "a probabilistic relational model and algebra",
            "dey d; sarkar s",
            "acm trans . database syst .",
            1996,
        ),
        (
            "a probabilistic relational model and algebra",
            "debabrata d; sumit s",
            "acm transactions on database",
            None,
        ),
    ),
    (  # a web page's words read as the author
        (
            "efficiently supporting ad hoc queries in large datasets of time sequences",
            "korn f; jagadish h; faloutsos c",
            "sigmod conference",
            1997,
        ),
        (
            "efficiently supporting ad hoc queries in large datasets of time sequences",
            "org portal. acm.",
            "sigmod conference ,",
            1997,
        ),
    ),
    (  # an institution's address read as the authors, no venue
        (
            "an adaptive peer-to-peer network for distributed caching of olap results",
            "kalnis p; ooi b; papadias d; tan k",
            "sigmod conference",
            2002,
        ),
        (
            "an adaptive peer-to-peer network for distributed caching of olap results",
            "technology cwb; kowloon hk",
            "",
            None,
        ),
    ),
]


@pytest.mark.parametrize(("first", "second"), _GARBLED_AUTHORS)
def test_a_long_equal_title_with_garbled_authors_is_the_same_work(
    first: tuple[str, str, str, int | None], second: tuple[str, str, str, int | None]
) -> None:
    """The same work, not surely the same document: at ``level="document"`` it does not join."""
    assert _same(_ref(*first), _ref(*second)) is Sameness.WORK


def test_a_long_equal_title_with_other_authors_and_no_venue_is_not() -> None:
    """Two books of one title by other people may be two works: without a periodical or
    proceedings on either side, the pair above is not joined."""
    (title, people, _, year), (_, others, _, _) = _GARBLED_AUTHORS[0]
    assert _same(_ref(title, people, "", year), _ref(title, others)) is None


_OTHER_WORKS = [
    (  # another journal: a namesake article
        (
            "adept : an agent-based approach to business process management",
            "jennings n; norman t; faratin p",
            "sigmod record",
            1998,
        ),
        (
            "adept : an agent-based approach to business process management",
            "brien po; wiegand m",
            "bt technology journal ,",
            None,
        ),
    ),
    (  # another year: a review of the book and a chapter of it
        (
            "peer-to-peer : harnessing the power of disruptive technologies",
            "nascimento m",
            "sigmod record",
            2003,
        ),
        (
            "peer-to-peer , harnessing the power of disruptive technologies",
            "shirkey c",
            "",
            2001,
        ),
    ),
    (  # a short title: other people's paper of the same name
        ("persistent threads", "matthes f; schmidt j", "vldb", 1994),
        ("persistent threads", "hamburg u; stral3e vk", "", None),
    ),
]


@pytest.mark.parametrize(("first", "second"), _OTHER_WORKS)
def test_an_equal_title_with_other_authors_and_another_venue_or_year_is_not(
    first: tuple[str, str, str, int | None], second: tuple[str, str, str, int | None]
) -> None:
    assert _same(_ref(*first), _ref(*second)) is None


def _agnostic(venue: str, year: int | None, pages: str = "", volume: str = "") -> ArticleReference:
    reference = _ref(
        "toward efficient agnostic learning", "kearns m; schapire r; sellie l", venue, year, pages
    )
    return reference.model_copy(update={"volume": volume or None})


def test_a_copy_without_year_joins_the_edition_whose_venue_it_repeats() -> None:
    """Cora: a copy that gives only "machine learning" is as like the COLT-92 paper as the
    Machine Learning 17 article (equal title and authors, nothing that differs); the gold puts
    it with the article, whose venue it repeats. Whatever the input order."""
    conference = _agnostic("in proc. 5th annu. workshop on comput. learning theory", 1992, "341")
    journal = _agnostic("machine learning", 1994, "115", "17")
    journal_again = _agnostic("machine learning 17", 1994, "115")
    copy = _agnostic("machine learning", None)
    assert _same(copy, conference) is Sameness.DOCUMENT  # a tie: the venue decides
    assert _same(copy, journal) is Sameness.DOCUMENT
    assert _same(journal, conference) is Sameness.WORK
    for order in itertools.permutations((conference, journal, journal_again, copy)):
        clusters = find_duplicates(list(order), level="document")
        expected = sorted(order.index(x) for x in (journal, journal_again, copy))
        assert [list(cluster.members) for cluster in clusters] == [expected]
