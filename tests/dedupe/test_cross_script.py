"""Checks of the main cross-script set that only it needs: its size, its archival sides, its
Japanese catalogue pairs without language tags, its document-level archival pairs in one run.
The checks every set shares are in ``tests/dedupe/test_cross_script_sets.py``.
"""

from __future__ import annotations

import tomllib
from typing import Any

from archivecite.dedupe import find_duplicates
from tests.dedupe.pair_sets import (
    DATA,
    build,
    load_pairs,
)

PAIRS = load_pairs("cross_script.toml")
CORPUS: list[dict[str, Any]] = tomllib.loads((DATA / "archival_citations.toml").read_text("utf-8"))[
    "citation"
]
_LOCATOR = ("archive", "fond", "opis", "delo", "folios")


def test_all_document_level_sides_together_merge_only_one_folio_range() -> None:
    sides = {}
    for pair in PAIRS:
        if pair["level"] == "document":
            for tag in ("a", "b"):
                sides.setdefault(repr(sorted(pair[tag].items())), pair[tag])
    references = [build(side) for side in sides.values()]
    for cluster in find_duplicates(references, level="document"):
        folios = {references[i].locator.folios for i in cluster.members}  # type: ignore[union-attr]
        assert len(folios) == 1, cluster.explanation


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
