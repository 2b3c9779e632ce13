"""A book review is about another work: a review headed "Review of <book>" is never the book.

The records are copied from the labelled benchmarks in ``../shared/benchmarks/dedup`` (their
files and ids are named with each), where DBLP and the ACM library list one review twice, once
as "Review of <title> by <authors>" and once as "<title> - Book Review", and Google Scholar's
record of the reviewed book sits beside DBLP's record of the review.
"""

from __future__ import annotations

from archivecite.dedupe import find_duplicates, record_keys, score_pair
from archivecite.model import ArticleReference, BookReference, DateRange, Name, Text


def _record(title: str, families: tuple[str, ...], year: int, venue: str) -> ArticleReference:
    return ArticleReference(
        title=Text(original=title),
        authors=tuple(Name(family=family) for family in families),
        date=DateRange.of(year),
        container_title=Text(original=venue),
    )


# dblp_scholar/magellan_test_pairs.csv: the review (DBLP) and the book (Google Scholar), labelled 0
REVIEW_OF_DATA_ON_THE_WEB = _record(
    "review of data on the web : from relational to semistructured data and xml by serge "
    "abiteboul , peter buneman , and dan suciu . morgan kaufmann 1999",
    (),
    2003,
    "sigmod record",
)
DATA_ON_THE_WEB = BookReference(
    title=Text(original="data on the web : from relational to semistructured data and xml"),
    authors=(Name(family="abiteboul"), Name(family="buneman"), Name(family="suciu")),
    date=DateRange.of(2003),
)
# dblp_acm/tableA.csv journals/sigmod/Badia02 and tableB.csv 637425: one review, gold pair
BADIA_DBLP = _record(
    "Ontologies: A Silver Bullet for Knowledge Management and Electronic Commerce - Book Review",
    ("Badia",),
    2002,
    "SIGMOD Record",
)
BADIA_ACM = _record(
    "Review of Ontologies: a silver bullet for knowledge management and electronic commerce by "
    "Dieter Fensel. Springer-Verlag, 2002.",
    ("Badia",),
    2002,
    "ACM SIGMOD Record",
)
# dblp_acm/tableA.csv journals/sigmod/GalianoM03 and tableB.csv 959080: one review, gold pair
GALIANO_DBLP = _record(
    "Review of Data on the Web: from relational to semistructured data and XML by Serge "
    "Abiteboul, Peter Buneman, and Dan Suciu. Morgan Kaufmann 1999",
    ("Galiano", "Marín"),
    2003,
    "SIGMOD Record",
)
GALIANO_ACM = _record(
    "Review of Data on the Web: from relational to semistructured data and XML by Serge "
    "Abiteboul, Peter Buneman, and Dan Suciu. Morgan Kaufmann 1999.",
    ("Berzal", "Marín"),
    2003,
    "ACM SIGMOD Record",
)


def test_a_review_headed_review_of_is_not_its_book() -> None:
    decision = score_pair(
        record_keys(0, REVIEW_OF_DATA_ON_THE_WEB), record_keys(1, DATA_ON_THE_WEB)
    )
    assert (decision.sameness, decision.conflict) == (None, True)
    assert [reason.text for reason in decision.reasons] == [
        "an erratum, correction, reply or review and the work it is about"
    ]


def test_a_review_titled_by_its_book_agrees_with_its_review_of_heading() -> None:
    [cluster] = find_duplicates([BADIA_DBLP, BADIA_ACM], level="document")
    assert cluster.members == (0, 1)


def test_two_review_of_headings_of_one_review_are_one_document() -> None:
    [cluster] = find_duplicates([GALIANO_DBLP, GALIANO_ACM], level="document")
    assert cluster.members == (0, 1)


# cross_script_holdout26.toml: HKU Scholars Hub's record of a review in the Chinese Journal of
# International Law (hub.hku.hk/handle/10722/220623: "Article: Kenkenroku: A Diplomatic Record of
# the Sino-Japanese War, 1894-1895", Issue Date 2015, the Authors field empty) and the book
# it reviews, as the review's heading gives it (docslib.org/doc/11865210)
KENKENROKU_REVIEW = ArticleReference(
    title=Text(original="Kenkenroku: A Diplomatic Record of the Sino-Japanese War, 1894-1895"),
    date=DateRange.of(2015),
)
KENKENROKU = BookReference(
    title=Text(original="Kenkenroku: A Diplomatic Record of the Sino-Japanese War, 1894–1895"),
    authors=(Name(family="Mutsu"),),
    date=DateRange.of(1983),
)


def test_an_article_titled_as_a_book_in_another_year_without_authors_is_not_the_book() -> None:
    decision = score_pair(record_keys(0, KENKENROKU_REVIEW), record_keys(1, KENKENROKU))
    assert decision.sameness is None
    assert "an article titled as a book, another year, no authors" in [
        reason.text for reason in decision.reasons
    ]


def test_the_book_and_its_record_without_authors_in_the_same_year_still_agree() -> None:
    authorless = BookReference(title=KENKENROKU.title, date=DateRange.of(1983))
    decision = score_pair(record_keys(0, authorless), record_keys(1, KENKENROKU))
    assert decision.sameness is not None
