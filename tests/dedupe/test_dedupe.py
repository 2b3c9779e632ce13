"""Hard rules as a table, merge/split, and the invariants as property tests."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import archivecite
from archivecite.dedupe import Sameness, find_duplicates, record_keys
from archivecite.dedupe.blocking import build_blocks
from archivecite.dedupe.merge import merge, split
from archivecite.model import ArticleReference, DateRange, Identifier, Name, Text
from tests.dedupe.helpers import build

TSAMO: dict[str, Any] = {
    "kind": "archival",
    "archive": "tsamo",
    "fond": "66",
    "opis": "178499",
    "delo": "1247",
}

RULES = [
    pytest.param(
        {**TSAMO, "folios": "5-7"}, {**TSAMO, "folios": "5-7"}, "document", True, id="same-document"
    ),
    pytest.param(
        {**TSAMO, "folios": "5-7"},
        {**TSAMO, "folios": "9"},
        "document",
        False,
        id="other-folios-never-one-document",
    ),
    pytest.param(
        {**TSAMO, "folios": "5-7"},
        {**TSAMO, "folios": "9"},
        "file",
        True,
        id="other-folios-same-file",
    ),
    pytest.param(TSAMO, {**TSAMO, "delo": "1248"}, "work", False, id="other-delo-same-opis"),
    pytest.param(TSAMO, {**TSAMO, "opis": "78499"}, "file", True, id="opis-typo-178499-78499"),
    pytest.param(TSAMO, {**TSAMO, "archive": "garf"}, "work", False, id="other-archive"),
]


@pytest.mark.parametrize(("a", "b", "level", "same"), RULES)
def test_archival_rules(a: dict[str, Any], b: dict[str, Any], level: str, same: bool) -> None:
    clusters = find_duplicates([build(a), build(b)], level=level)  # type: ignore[arg-type]
    assert bool(clusters) is same


def _article(title: str, doi: str | None = None, year: int = 2001) -> ArticleReference:
    return ArticleReference(
        title=Text(original=title),
        authors=(Name(family="Ross"),),
        date=DateRange.of(year),
        identifiers=(Identifier(scheme="doi", value=doi),) if doi else (),
    )


def test_different_dois_are_not_the_same() -> None:
    title = "Lineage tracing for general data warehouse transformations"
    assert find_duplicates([_article(title, "10.1/a"), _article(title, "10.1/b")]) == []


def test_erratum_is_not_the_article() -> None:
    title = "Lineage tracing for general data warehouse transformations"
    assert find_duplicates([_article(title), _article(f"Erratum: {title}")]) == []


def test_other_year_is_another_edition() -> None:
    title = "Lineage tracing for general data warehouse transformations"
    pair = [_article(title), _article(title, year=2005)]
    assert find_duplicates(pair, level="document") == []
    [cluster] = find_duplicates(pair, level="work")
    assert cluster.level is Sameness.WORK


def _journal(title: str, volume: str, pages: str, **extra: Any) -> ArticleReference:
    return ArticleReference(
        title=Text(original=title),
        authors=(Name(family="Noris"), Name(family="Remuzzi")),
        date=DateRange.of(2009),
        container_title=Text(original="New England Journal of Medicine"),
        volume=volume,
        pages=pages,
        **extra,
    )


def test_other_volume_is_another_article() -> None:
    title = "Atypical hemolytic-uremic syndrome in adults"
    assert find_duplicates([_journal(title, "361", "1676-87"), _journal(title, "44", "12")]) == []


def test_same_volume_and_first_page_join_a_reworded_title() -> None:
    pair = [
        _journal("Atypical hemolytic-uremic syndrome", "361 (17)", "1676-87"),
        _journal("MEDICAL PROGRESS: Atypical Hemolytic-Uremic Syndrome", "361", "1676"),
    ]
    assert len(find_duplicates(pair)) == 1


def test_an_issn_filed_as_isbn_is_no_identifier() -> None:
    issn = (Identifier(scheme="isbn", value="0012-186X"),)
    pair = [
        _journal("Liraglutide inhibits endothelial dysfunction in mice", "61", "72", identifiers=issn),
        _journal("Exenatide mitigates vascular ageing in ApoE mice", "61", "88", identifiers=issn),
    ]
    assert find_duplicates(pair) == []


def test_database_notes_and_web_of_science_errata() -> None:
    title = "Gain-of-function mutations in complement factor B cause atypical HUS"
    note = f"{title}.[Erratum appears in Proc Natl Acad Sci U S A. 2007;104(25):10749] [Review]"
    assert len(find_duplicates([_article(title), _article(note)], level="document")) == 1
    erratum = f"{title} (vol 104, pg 240, 2007)"
    assert find_duplicates([_article(title), _article(erratum)]) == []


def test_oversized_blocks_become_windows() -> None:
    records = [
        record_keys(i, _article(f"Studies of prisoners number {i} in the archives", year=1990))
        for i in range(50)
    ]
    blocks = build_blocks(records, max_block=8)
    assert blocks
    assert max(len(block.members) for block in blocks) <= 8


def test_reason_names_the_schemes() -> None:
    references = [
        build(
            {
                "kind": "book",
                "title": "Японцы в сибирском плену",
                "authors": ["Кузнецов"],
                "year": 1997,
            }
        ),
        build(
            {
                "kind": "book",
                "title": "Yapontsy v sibirskom plenu",
                "authors": ["Kuznetsov"],
                "year": 1997,
            }
        ),
    ]
    [cluster] = find_duplicates(references)
    assert "titles equal after romanization (Cyrillic ↔ BGN-PCGN)" in cluster.explanation


def test_merge_reports_typo_and_keeps_provenance() -> None:
    references = [build(TSAMO, line=3), build({**TSAMO, "opis": "78499", "folios": "9"}, line=9)]
    merged = merge(references)
    assert [typo.values for typo in merged.typos] == [("178499", "78499")]
    assert {v.provenance[0].line for v in merged.variants["locator"] if v.provenance[0]} == {3, 9}
    assert split(merged) == references


WORDS = [
    "history",
    "war",
    "prisoners",
    "japan",
    "siberia",
    "archive",
    "labour",
    "camp",
    "policy",
    "repatriation",
    "soviet",
    "army",
    "internment",
    "memory",
    "press",
    "propaganda",
]
_titles = st.lists(st.sampled_from(WORDS), min_size=3, max_size=7).map(" ".join)
_references = st.lists(
    st.builds(_article, _titles, st.none(), st.integers(1940, 2020)), min_size=0, max_size=12
)


@settings(max_examples=40, deadline=None)
@given(_references, st.randoms(use_true_random=False))
def test_clusters_do_not_depend_on_input_order(
    references: list[ArticleReference], rng: random.Random
) -> None:
    order = list(range(len(references)))
    rng.shuffle(order)
    shuffled = [references[i] for i in order]

    def groups(refs: list[ArticleReference], back: list[int]) -> set[frozenset[int]]:
        return {frozenset(back[i] for i in c.members) for c in find_duplicates(refs)}

    assert groups(references, list(range(len(references)))) == groups(shuffled, order)


@settings(max_examples=40, deadline=None)
@given(_references)
def test_merge_then_split_loses_nothing(references: list[ArticleReference]) -> None:
    if references:
        assert split(merge(references)) == references


@settings(max_examples=40, deadline=None)
@given(st.lists(_titles, unique_by=lambda t: frozenset(t.split()), max_size=10))
def test_no_duplicates_in_no_clusters_out(titles: list[str]) -> None:
    references = [
        _article(f"{title} {number}", year=1900 + 7 * number) for number, title in enumerate(titles)
    ]
    assert find_duplicates(references) == []


def test_a_fond_cited_without_its_prefix_is_the_same_fond() -> None:
    # The seed's GA RF file as the seed list prints it (no R-) and as Russian lists print it.
    references = [
        result.reference
        for result in archivecite.parse_citations([
            "GA RF. F. 9401, op. 2, d. 582, l. 9-12",
            "ГА РФ. Ф. Р-9401. Оп. 2. Д. 582. Л. 9–12.",
            "F. 66, op. 178499, d. 3, l. 220-221.",
        ])
        if isinstance(result, archivecite.Parsed)
    ]
    clusters = archivecite.find_duplicates(references, level="document")
    assert [cluster.members for cluster in clusters] == [(0, 1)]
    assert "fond prefix on one side only" in clusters[0].explanation


# ---- venue, column, place, DOI and title rules --------------------------------------------


def _paper(title: str, **fields: Any) -> ArticleReference:
    authors = fields.pop("authors", ("Ross",))
    container = fields.pop("container", None)
    return ArticleReference(
        title=Text(original=title, lang=fields.pop("lang", None)),
        authors=tuple(Name(family=family) for family in authors),
        date=DateRange.of(fields.pop("year", 2001)),
        container_title=Text(original=container) if container else None,
        **fields,
    )


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("VLDB J.", "The VLDB Journal — The International Journal on Very Large Data Bases", True),
        ("SIGMOD Conference", "International Conference on Management of Data", True),
        ("SIGMOD Record", "ACM SIGMOD Record", True),
        ("ACM Trans. Database Syst.", "ACM Transactions on Database Systems (TODS)", True),
        ("VLDB", "Very Large Data Bases", True),
        ("VLDB", "The VLDB Journal", False),
        ("SIGMOD Record", "SIGMOD Conference", False),
    ],
)
def test_venue_names_and_abbreviations_meet(first: str, second: str, same: bool) -> None:
    from archivecite.dedupe.keys import venue_id  # noqa: PLC0415

    assert venue_id(first)
    assert (venue_id(first) == venue_id(second)) is same


def test_other_known_venue_is_another_edition() -> None:
    title = "TPC-D: the challenges, issues and results"
    pair = [_paper(title, container="VLDB"), _paper(title, container="SIGMOD Record")]
    assert find_duplicates(pair, level="document") == []
    assert find_duplicates(pair, level="work")


def test_recurring_column_needs_the_same_issue_or_the_same_authors() -> None:
    column = "Reminiscences on influential papers"
    subset = [_paper(column, authors=("Ross", "Hamilton")), _paper(column, authors=("Ross",))]
    assert find_duplicates(subset) == []
    assert find_duplicates([_paper(column), _paper(column)])
    pages = [_paper("Editorial", pages="1-2", volume="5"), _paper("Editorial", pages="7", volume="5")]
    assert find_duplicates(pages) == []
    longer = [_paper("Guest editor's introduction"), _paper("Guest editor's introduction: XML")]
    assert find_duplicates(longer) == []


def test_translated_title_joins_by_journal_year_issue_and_first_page() -> None:
    gost = _paper(
        "Отечественная историография пребывания японских военнопленных на территории Алтайского края",
        authors=("Серебренников",), year=2016, container="Научный диалог", pages="320-335",
        issue="12", lang="ru",
    )
    scopus = _paper(
        "Domestic Historiography of Japanese Prisoners of War Staying at Altai Region",
        authors=("Serebrennikov",), year=2016, container="Nauchnyy dialog", pages="320-335",
        volume="12", issue="60",
    )
    assert find_duplicates([gost, scopus])
    other_page = scopus.model_copy(update={"pages": "186-208"})
    assert find_duplicates([gost, other_page]) == []


def test_doi_differing_only_in_hyphens_is_one_doi_mistyped() -> None:
    first = _article("Переписка японских военнопленных", "10.24224/2227-1295-2018-1-186208")
    second = _article("Correspondence of Japanese war prisoners", "10.24224/2227-12952018-1-186-208")
    [cluster] = find_duplicates([first, second])
    assert "probable typo" in cluster.explanation


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("SQL:1999, formerly known as SQL 3", "SQL:1999, formerly known as SQL3", True),
        ("Database tuning: principles and techniques (part I)", "Database tuning: principles and techniques", False),
        ("Exploratory mining via constrained frequent set queries (demo)", "Exploratory mining via constrained frequent set queries", True),
    ],
)
def test_title_numbers_parts_and_annotations(first: str, second: str, same: bool) -> None:
    assert bool(find_duplicates([_paper(first), _paper(second)], level="document")) is same


def test_authors_that_are_not_people_are_ignored() -> None:
    keys = record_keys(0, _paper("The InfoSleuth project", authors=("Anthology", "Edition")))
    assert keys.authors == ()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("abXZ 1-(),.éäñ_\u0301Жжяカナ漢字한"), max_size=30))
def test_fast_paths_agree_with_the_slow_ones(text: str) -> None:
    """The ASCII shortcuts of text_script and plain, and the cached title numbers, change
    nothing: they give what the per-character passes give."""
    import re  # noqa: PLC0415
    import unicodedata  # noqa: PLC0415

    from archivecite.dedupe.keys import plain, text_script  # noqa: PLC0415
    from archivecite.translit import detect_script  # noqa: PLC0415

    assert text_script(text) is detect_script(text)
    folded = unicodedata.normalize("NFKD", text.lower())
    slow = "".join(char for char in folded if not unicodedata.combining(char))
    assert plain(text) == re.sub(r"[\W_]+", " ", slow).strip()


def test_record_keys_keep_title_numbers_and_script() -> None:
    from archivecite.dedupe.blocking import numbers_differ  # noqa: PLC0415

    keys = [
        record_keys(i, ArticleReference(title=Text(original=title), date=DateRange.of(2001)))
        for i, title in enumerate(("SQL 3 (Part II)", "SQL 3: part II", "SQL 3 (Part III)", "Отчёт о работе"))
    ]
    assert keys[0].parts == keys[1].parts != frozenset()
    assert keys[0].numbers == keys[1].numbers
    assert numbers_differ(keys[0], keys[2])
    assert [k.non_latin for k in keys] == [False, False, False, True]
