"""Hard conflicts between two records, where the data decides before any score: two DOIs
(unless everything else names one article), two JACAR codes, an erratum and its work, an
archival document and a published work, a chapter and the book that holds it.
"""

from __future__ import annotations

from urllib.parse import unquote

from rapidfuzz import fuzz

from archivecite.dedupe.agreement import same_doi, same_journal
from archivecite.dedupe.decision import Reason
from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.numbers import same_number
from archivecite.dedupe.titles import MONOGRAPH_KINDS, long_equal_title, title_similarity


def same_people_in_order(a: RecordKeys, b: RecordKeys) -> bool:
    """Two or more authors, the same ones in the same order."""
    return len(a.authors) >= 2 and a.authors == b.authors


def other_doi(a: RecordKeys, b: RecordKeys) -> bool:
    """Two DOIs, and not one DOI written two ways."""
    doi_a, doi_b = a.identifiers.get("doi"), b.identifiers.get("doi")
    # a DOI copied out of a URL keeps its percent-escapes: "(17)" is "%2817%29"
    return bool(doi_a and doi_b) and not same_doi(unquote(doi_a or ""), unquote(doi_b or ""))


def one_article_two_dois(a: RecordKeys, b: RecordKeys) -> bool:
    """Two DOIs on what else is one article: a long title equal, the same two or more people in
    the same order, the same journal, year and first page. Two articles never share all of
    these; a database gave one copy a wrong DOI (Embase's record of an abstract in "Appetite"
    2012, e24, carries the DOI and ISSN of "Regulatory Peptides", 10.1016/j.regpep.2012.05.039,
    against "Appetite"'s own 10.1016/j.appet.2012.05.003). An erratum, a commentary on the
    article, another year's reprint or another page of the issue still part."""
    return (
        same_people_in_order(a, b)
        and a.year is not None
        and a.year == b.year
        and bool(a.page_start and b.page_start)
        and same_number(a.page_start, b.page_start)
        and same_journal(a, b)
        and a.erratum == b.erratum
        and long_equal_title(a, b, title_similarity(a, b)[0])
    )


def hard_conflict(a: RecordKeys, b: RecordKeys) -> Reason | None:
    if other_doi(a, b) and not one_article_two_dois(a, b):
        doi_a, doi_b = a.identifiers.get("doi"), b.identifiers.get("doi")
        return Reason("doi", f"different DOIs ({doi_a} / {doi_b})")
    jacar_a, jacar_b = a.identifiers.get("jacar"), b.identifiers.get("jacar")
    if jacar_a and jacar_b and jacar_a != jacar_b:
        return Reason("jacar", f"different JACAR codes ({jacar_a} / {jacar_b})")
    if a.erratum != b.erratum and not (a.review_ending or b.review_ending):
        return Reason("title", "an erratum, correction, reply or review and the work it is about")
    if (a.kind == "archival") != (b.kind == "archival"):
        return Reason("kind", "an archival document and a published work")
    if _part_of(a, b) or _part_of(b, a):
        return Reason("container", "a chapter or article and the book that holds it")
    return None


_WHOLE_TITLE = 95  # ratio of a part's container to a book's title: the same book


def _part_of(part: RecordKeys, whole: RecordKeys) -> bool:
    """ "Лихачев Д. С. Зарождение и развитие жанров … // Исследования по древнерусской
    литературе" and the same author's "Issledovaniya po drevnerusskoy literature": a chapter
    is not its book."""
    return (
        bool(part.container)
        and whole.kind in MONOGRAPH_KINDS
        and not whole.container
        and any(fuzz.ratio(part.container, title.key) >= _WHOLE_TITLE for title in whole.titles)
    )
