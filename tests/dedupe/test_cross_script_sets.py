"""Every cross-script pair set: recall ≥ 99 % on true pairs, no false merge on hard negatives.

``cross_script.toml`` is the set the library was built on; each ``cross_script_holdout*.toml``
comes from sources no earlier set uses and was measured before any change made for it (its
header says on which commit), to show how the library does on works, journals and catalogues
it was not tuned on. Sources: ``tests/data/dedupe/SOURCES.md``. A pair decided wrong carries
``known_miss`` (see ``tests/dedupe/pair_sets.py``).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.dedupe.pair_sets import (
    SETS,
    check_negatives_apart_in_one_run,
    check_pair,
    check_recall_and_no_false_merges,
    check_sources,
    load_pairs,
    sides,
)

PAIRS = {name: load_pairs(name) for name in SETS}
EVERY_PAIR = [
    pytest.param(pair, id=f"{name.removesuffix('.toml')}-{index}-{pair['level']}")
    for name, pairs in PAIRS.items()
    for index, pair in enumerate(pairs)
]


def test_the_sets_are_there() -> None:
    assert SETS[0] == "cross_script.toml"
    assert len(SETS) >= 4


@pytest.mark.parametrize("name", SETS)
def test_recall_and_no_false_merges(name: str) -> None:
    check_recall_and_no_false_merges(PAIRS[name])


@pytest.mark.parametrize("pair", EVERY_PAIR)
def test_pair(pair: dict[str, Any]) -> None:
    check_pair(pair)


@pytest.mark.parametrize("name", SETS)
def test_all_work_sides_together_keep_every_negative_apart(name: str) -> None:
    check_negatives_apart_in_one_run(PAIRS[name])


@pytest.mark.parametrize("name", SETS)
def test_every_side_names_its_source_and_every_pair_how_it_was_verified(name: str) -> None:
    check_sources(PAIRS[name])


@pytest.mark.parametrize("position", range(1, len(SETS)))
def test_no_held_out_pair_is_also_in_an_earlier_set(position: int) -> None:
    """A held-out pair must not be a pair of a set measured (or tuned on) before it."""
    earlier = {sides(pair) for name in SETS[:position] for pair in PAIRS[name]}
    held_out = PAIRS[SETS[position]]
    assert [pair["note"] for pair in held_out if sides(pair) in earlier] == []
