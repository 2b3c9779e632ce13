"""Two DOIs on one article: a database copied another record's DOI. When the title (long),
the people in their order, the journal, the year and the first page all agree, the DOIs do not
part the records; anything less, and different DOIs still do.

Every record is a real one from the labelled systematic-review benchmarks (issue 6), copied
from ``../shared/benchmarks/dedup/<set>/records.csv`` with its row id:
- sysrev_diabetes: the ASySD test set (camaradesuk/ASySD, tests/testthat/labelled_test_set.csv),
  clusters from CoLRev-Environment/bib-dedupe data/diabetes;
- sysrev_digital_work: bib-dedupe data/digital_work (Wagner, Prester & Paré 2021).
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import Sameness, find_duplicates, record_keys, score_pair
from archivecite.model import ArticleReference
from tests.dedupe.helpers import benchmark_article

HANSEN_TITLE = (
    "Liraglutide and linagliptin improves glycemic control but show differential anti-obesity"
    " and hypolipidemic efficacy in a novel hamster model of diet-induced obesity and"
    " hypercholesterolemia"
)
HANSEN = "Hansen F.; Hansen G.; Pedersen P. J.; Jelsing J.; Vrang N.; Hansen H. B."


def _ref(
    title: str, people: str, venue: str, place: tuple[int, str, str, str], doi: str
) -> ArticleReference:
    """``place`` as (year, volume, issue, pages)."""
    year, *numbers = place
    volume, issue, pages = numbers
    return benchmark_article(title, people, venue, year, place=(volume, issue, pages), doi=doi)


# sysrev_diabetes id_0001347 (and id_0000599, volume "1)"): Appetite's own DOI
HANSEN_APPETITE = _ref(
    HANSEN_TITLE,
    HANSEN,
    "Appetite",
    (2012, "59", "SUPPL. 1", "e24"),
    "http://dx.doi.org/10.1016/j.appet.2012.05.003",
)
# sysrev_diabetes id_0001610 (and id_0001782): the same abstract in "Appetite", with the DOI
# (and ISSN 0167-0115) of Regulatory Peptides
REGPEP_DOI = "10.1016/j.regpep.2012.05.039"
HANSEN_REGPEP = _ref(HANSEN_TITLE, HANSEN, "Appetite", (2012, "1", "", "e24"), REGPEP_DOI)


def _decide(first: ArticleReference, second: ArticleReference) -> Sameness | None:
    return score_pair(record_keys(0, first), record_keys(1, second)).sameness


def test_one_article_with_another_journals_doi_is_one_document() -> None:
    assert _decide(HANSEN_APPETITE, HANSEN_REGPEP) is Sameness.DOCUMENT
    clusters = find_duplicates([HANSEN_APPETITE, HANSEN_REGPEP], level="document")
    assert [cluster.members for cluster in clusters] == [(0, 1)]


@pytest.mark.parametrize(
    ("first", "second", "why"),
    [
        (
            # sysrev_digital_work id_1005488 / id_1001914: two commentaries of one title in
            # one issue, at other pages, by other people
            _ref(
                "Commentary on Wanda Orlikowski's 'Material knowing - the scaffolding of human"
                " knowledgeability'",
                "Swan Jacky",
                "European Journal of Information Systems",
                (2006, "15", "5", "467--469"),
                "10.1057/PALGRAVE.EJIS.3000640",
            ),
            _ref(
                "Commentary on Wanda Orlikowski's 'Material knowing - the scaffolding of human"
                " knowledgeability'",
                "Galliers Robert D.",
                "European Journal of Information Systems",
                (2006, "15", "5", "470--472"),
                "10.1057/PALGRAVE.EJIS.3000641",
            ),
            "another page",
        ),
        (
            # sysrev_digital_work id_1005097 / id_1006439: an article and a response to it
            # under its title, on the next pages
            _ref(
                "Studying cyborgs - re-examining internet studies as human subjects research",
                "Schultze Ulrike; Mason Richard O.",
                "Journal of Information Technology",
                (2012, "27", "4", "301--312"),
                "10.1057/JIT.2012.30",
            ),
            _ref(
                "Studying cyborgs - re-examining internet studies as human subjects research",
                "Zimmer Michael",
                "Journal of Information Technology",
                (2012, "27", "4", "313--314"),
                "10.1057/JIT.2012.25",
            ),
            "other people, another page",
        ),
        (
            # sysrev_digital_work id_1001265 / id_1001267: a special section's introduction,
            # by the same editors, in two years
            _ref(
                "Special Section - Competitive Strategy, Economics, and Information Systems",
                "Clemons Eric K.; Kauffman Robert J.; Weber Thomas A.",
                "Journal of Management Information Systems",
                (2009, "26", "2", "7--13"),
                "10.2753/MIS0742-1222260201",
            ),
            _ref(
                "Special Section: Competitive Strategy, Economics, and Information Systems",
                "Clemons Eric K.; Kauffman Robert J.; Weber Thomas A.",
                "Journal of Management Information Systems",
                (2010, "27", "3", "7--10"),
                "10.2753/MIS0742-1222270301",
            ),
            "another year",
        ),
        (
            # sysrev_digital_work id_1005082 / id_1005083: an article and its erratum on the
            # next page
            _ref(
                "How do requirements evolve over time? A case study investigating the role of"
                " context and experiences in the evolution of enterprise software requirements",
                "Schneider Stephan; Wollersheim Jan; Krcmar Helmut; Sunyaev Ali",
                "Journal of Information Technology",
                (2018, "33", "2", "151--170"),
                "10.1057/S41265-016-0001-Y",
            ),
            _ref(
                "Erratum to - How do requirements evolve over time? A case study investigating"
                " the role of context and experiences in the evolution of enterprise software"
                " requirements",
                "Schneider Stephan; Wollersheim Jan; Krcmar Helmut; Sunyaev Ali",
                "Journal of Information Technology",
                (2018, "33", "2", "171--171"),
                "10.1057/S41265-017-0039-5",
            ),
            "an erratum",
        ),
        (
            # sysrev_diabetes id_0001347 and id_0001610 with the venue its DOI names
            # (Regulatory Peptides): two DOIs and two journals are two documents
            HANSEN_APPETITE,
            _ref(HANSEN_TITLE, HANSEN, "Regulatory Peptides", (2012, "1", "", "e24"), REGPEP_DOI),
            "another journal",
        ),
        (
            # ... and id_0001610 without its first page: too little to outvote the DOIs
            HANSEN_APPETITE,
            _ref(HANSEN_TITLE, HANSEN, "Appetite", (2012, "1", "", ""), REGPEP_DOI),
            "no first page to compare",
        ),
    ],
)
def test_two_dois_still_part_what_else_differs(
    first: ArticleReference, second: ArticleReference, why: str
) -> None:
    decision = score_pair(record_keys(0, first), record_keys(1, second))
    assert decision.sameness is None, why
    assert decision.conflict, why
    assert find_duplicates([first, second]) == [], why
