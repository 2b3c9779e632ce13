"""A crowded fuzzy key costs a record a bounded number of comparisons, whatever n is: its
``near`` neighbours in title order on either side, and further only the copies of its own
title (up to ``window``)."""

from __future__ import annotations

import itertools
import random
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from archivecite.dedupe import record_keys
from archivecite.dedupe.blocking import (
    BEST,
    NEAR,
    Block,
    _reach,
    blocking_keys,
    build_blocks,
    candidate_pairs,
)
from archivecite.dedupe.keys import RecordKeys
from archivecite.model import ArticleReference, DateRange, Name, Text

LETTERS = "abcdefghijklmnoprstuvy"


def _article(title: str, family: str) -> ArticleReference:
    return ArticleReference(
        title=Text(original=title), authors=(Name(family=family),), date=DateRange.of(1990)
    )


def _crowd(size: int, copies: int, seed: int) -> list[RecordKeys]:
    """``size`` references whose titles all open with "Informatsionnye sistemy" (one crowded
    title-prefix key) by ``size`` authors, every title its own but the first one, which
    ``copies`` of them share."""
    rng = random.Random(seed)
    titles = [
        " ".join(["Informatsionnye sistemy", *("".join(rng.choices(LETTERS, k=7)) for _ in "abc")])
        for _ in range(size - copies + 1)
    ]
    titles += [titles[0]] * (copies - 1)
    rng.shuffle(titles)
    return [record_keys(i, _article(title, f"Author{i}")) for i, title in enumerate(titles)]


def _partners(blocks: list[Block], records: list[RecordKeys]) -> dict[str, dict[int, set[int]]]:
    """Per fuzzy key, each record's partners among the pairs its blocks compare (a cutoff of
    1: the titles share a word, so every compared pair passes) and keep (``best`` above any
    window)."""
    found: dict[str, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
    for block in blocks:
        if block.kind != "fuzzy":
            continue
        pairs = candidate_pairs(block, records, cutoff=1, best=len(block.members))
        for left, right in pairs.tolist():
            key = block.key.split("#")[0]
            found[key][left].add(right)
            found[key][right].add(left)
    return found


@settings(max_examples=25, deadline=None)
@given(
    size=st.integers(min_value=2, max_value=700),
    near=st.integers(min_value=1, max_value=6),
    seed=st.integers(min_value=0, max_value=1000),
)
def test_a_crowded_fuzzy_key_compares_a_record_with_its_near_neighbours_only(
    size: int, near: int, seed: int
) -> None:
    records = _crowd(size, 1, seed)
    blocks = build_blocks(records, near=near)
    partners = _partners(blocks, records)
    assert any(key.startswith("tp:") for key in partners)  # the crowded title opening
    for key, by_record in partners.items():
        # the bound does not depend on the size of the key, only on ``near``
        assert max(len(found) for found in by_record.values()) <= 2 * near, key
    if size > 2 * near:  # a sorted neighbourhood: a record meets its neighbours, no others
        # the crowded opening is the largest title-prefix key (other, rarer openings can occur)
        opening = max(
            (key for key in partners if key.startswith("tp:")), key=lambda key: len(partners[key])
        )
        crowded = partners[opening]
        assert all(len(found) >= min(near, size - 1) for found in crowded.values())


def test_pairs_per_record_do_not_grow_with_the_crowd() -> None:
    keys_per_record = max(
        sum(kind == "fuzzy" for _, kind in blocking_keys(record)) for record in _crowd(5, 1, 0)
    )
    for size in (50, 500, 3000):
        records = _crowd(size, 1, size)
        compared = {
            tuple(pair)
            for block in build_blocks(records)
            for pair in candidate_pairs(block, records, cutoff=1, best=BEST).tolist()
        }
        assert len(compared) <= len(records) * keys_per_record * NEAR


@settings(max_examples=20, deadline=None)
@given(
    copies=st.integers(min_value=2, max_value=BEST + 1),
    size=st.integers(min_value=60, max_value=500),
    seed=st.integers(min_value=0, max_value=1000),
)
def test_the_copies_of_one_title_in_a_crowded_key_all_meet(
    copies: int, size: int, seed: int
) -> None:
    records = _crowd(size, copies, seed)
    counts: dict[str, list[int]] = defaultdict(list)
    for record in records:
        counts[record.titles[0].key].append(record.index)
    shared = next(key for key, owners in counts.items() if len(owners) == copies)
    owners = counts[shared]
    found = {
        tuple(pair)
        for block in build_blocks(records, near=2)
        for pair in candidate_pairs(block, records).tolist()
    }
    assert set(itertools.combinations(sorted(owners), 2)) <= found


@settings(max_examples=100, deadline=None)
@given(
    keys=st.lists(st.sampled_from(["a", "b", "c", "d"]), min_size=2, max_size=60),
    near=st.integers(min_value=1, max_value=5),
    window=st.integers(min_value=1, max_value=12),
)
def test_reach_is_near_or_the_run_of_one_key(keys: list[str], near: int, window: int) -> None:
    ordered = sorted(keys)
    near = min(near, window)
    reach = _reach(ordered, near, window).tolist()
    for position, key in enumerate(ordered):
        run = len(list(itertools.takewhile(key.__eq__, ordered[position + 1 :])))
        assert reach[position] == min(max(near, run), window, len(ordered) - 1 - position)
