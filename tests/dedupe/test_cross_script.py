"""The cross-script set: recall ≥ 99 % on true pairs, no false merge on hard negatives.

Every pair of ``tests/data/dedupe/cross_script.toml`` is real: both sides are copied from a
source named in the file (see ``tests/data/dedupe/SOURCES.md``). ``KNOWN_MISSES`` lists the
pairs that ``find_duplicates`` does not decide right yet, each with the reason it gives; the list
may only shrink: ``test_pair`` fails both for an unlisted pair decided wrong and for a listed
pair decided right (remove it from the list then).
"""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from archivecite.dedupe import find_duplicates
from tests.dedupe.pair_sets import (
    DATA,
    build,
    check_known_misses_name_pairs,
    check_negatives_apart_in_one_run,
    check_pair,
    check_recall_and_no_false_merges,
    check_sources,
    load_pairs,
)

PAIRS = load_pairs("cross_script.toml")
CORPUS: list[dict[str, Any]] = tomllib.loads((DATA / "archival_citations.toml").read_text("utf-8"))[
    "citation"
]
_LOCATOR = ("archive", "fond", "opis", "delo", "folios")

# note of the pair -> what the library says (recorded with the set; may only shrink).
# "parse" = archivecite.parse_citations returns no reference for a side; "score" = the
# find_duplicates explanation (archivecite.dedupe.score_pair) of a pair left apart.
KNOWN_MISSES: dict[str, str] = {}


def test_recall_and_no_false_merges() -> None:
    check_recall_and_no_false_merges(PAIRS, KNOWN_MISSES)


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{i}-{p['level']}" for i, p in enumerate(PAIRS)])
def test_pair(pair: dict[str, Any]) -> None:
    check_pair(pair, KNOWN_MISSES)


def test_known_misses_name_pairs_of_the_set() -> None:
    check_known_misses_name_pairs(PAIRS, KNOWN_MISSES)


def test_all_sides_together_merge_only_true_pairs() -> None:
    sides = {}
    for pair in PAIRS:
        if pair["level"] == "document":
            for tag in ("a", "b"):
                sides.setdefault(repr(sorted(pair[tag].items())), pair[tag])
    references = [build(side) for side in sides.values()]
    for cluster in find_duplicates(references, level="document"):
        folios = {references[i].locator.folios for i in cluster.members}  # type: ignore[union-attr]
        assert len(folios) == 1, cluster.explanation


def test_all_published_sides_together_keep_every_negative_apart() -> None:
    check_negatives_apart_in_one_run(PAIRS)


def test_every_side_names_its_source_and_every_pair_how_it_was_verified() -> None:
    check_sources(PAIRS)


def test_the_set_is_big_enough() -> None:
    """The issue asks for at least 100 true cross-script pairs and hard negatives."""
    scripts = [
        {pair[tag].get("lang", "") for tag in ("a", "b")}
        for pair in PAIRS
        if pair["same"] and pair["level"] == "work"
    ]
    cross = [langs for langs in scripts if len({lang.endswith("-Latn") for lang in langs}) == 2]
    assert len(cross) >= 100
    assert sum(1 for pair in PAIRS if not pair["same"]) >= 30


def test_archival_sides_are_entries_of_the_citation_corpus() -> None:
    entries = {
        (tuple(c.get("expected", {}).get(key) for key in _LOCATOR), c["source"]) for c in CORPUS
    }
    for pair in PAIRS:
        for tag in ("a", "b"):
            side = pair[tag]
            if side["kind"] == "archival":
                locator = tuple(side.get(key) for key in _LOCATOR)
                assert (locator, side["source"]) in entries, pair["note"]


def test_untagged_kanji_reference_joins_its_romaji_form() -> None:
    (pair,) = [p for p in PAIRS if p["note"].startswith("Kobayashi Akina 2018")]
    untagged = [{k: v for k, v in pair[tag].items() if k != "lang"} for tag in ("a", "b")]
    assert find_duplicates([build(side) for side in untagged], level="work")
