"""The cross-script set: recall ≥ 99 % on true pairs, no false merge on hard negatives."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from archivecite import Parsed, parse_citations
from archivecite.dedupe import find_duplicates
from archivecite.model.reference import ReferenceKind
from tests.dedupe.helpers import build as build_fields

DATA = Path(__file__).parents[1] / "data"
PAIRS: list[dict[str, Any]] = tomllib.loads(
    (DATA / "dedupe" / "cross_script.toml").read_text("utf-8")
)["pair"]
CORPUS: list[dict[str, Any]] = tomllib.loads((DATA / "archival_citations.toml").read_text("utf-8"))[
    "citation"
]
_LOCATOR = ("archive", "fond", "opis", "delo", "folios")


def build(side: dict[str, Any]) -> ReferenceKind:
    """A side is either flat fields (tests.dedupe.helpers) or a whole printed citation."""
    if side["kind"] != "citation":
        return build_fields(side)
    (result,) = parse_citations([side["text"]], source=side["source"])
    assert isinstance(result, Parsed), side["text"]
    (reference,) = result.references
    return reference


def _joined(pair: dict[str, Any]) -> bool:
    references = [build(pair["a"]), build(pair["b"])]
    return bool(find_duplicates(references, level=pair["level"]))


def test_recall_and_no_false_merges() -> None:
    positives = [pair for pair in PAIRS if pair["same"]]
    negatives = [pair for pair in PAIRS if not pair["same"]]
    missed = [pair["note"] for pair in positives if not _joined(pair)]
    merged = [pair["note"] for pair in negatives if _joined(pair)]
    assert len(positives) - len(missed) >= 0.99 * len(positives), missed
    assert merged == []


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{i}-{p['level']}" for i, p in enumerate(PAIRS)])
def test_pair(pair: dict[str, Any]) -> None:
    assert _joined(pair) is pair["same"], pair["note"]


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


def test_every_side_names_its_source_and_every_pair_how_it_was_verified() -> None:
    for pair in PAIRS:
        assert pair.get("verified"), pair["note"]
        for tag in ("a", "b"):
            assert len(pair[tag].get("source", "")) > 20, pair["note"]


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
