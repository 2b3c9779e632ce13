"""A key shared by very many references is a sorted neighbourhood: bounded partners per
record, every near pair still looked at, duplicates in a crowded key still found."""

from __future__ import annotations

import itertools
import random
from collections import defaultdict

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from archivecite.dedupe import find_duplicates, record_keys
from archivecite.dedupe.blocking import (
    Block,
    block_pairs,
    blocking_keys,
    build_blocks,
    candidate_pairs,
)
from archivecite.dedupe.keys import RecordKeys
from archivecite.model import ArticleReference, DateRange, Identifier, Name, Text

LETTERS = "abcdefghijklmnoprstuvy"


def _article(
    title: str | None,
    family: str = "Ross",
    year: int = 1990,
    doi: str | None = None,
    translation: str | None = None,
) -> ArticleReference:
    return ArticleReference(
        title=(
            Text(original=title, translations={"en": translation} if translation else {})
            if title
            else None
        ),
        authors=(Name(family=family),),
        date=DateRange.of(year),
        identifiers=(Identifier(scheme="doi", value=doi),) if doi else (),
    )


def _partners(blocks: list[Block], records: list[RecordKeys]) -> dict[str, dict[int, set[int]]]:
    """Per key (a piece's key without its ``#offset``), each record's partners in the
    candidate pairs of the key's blocks."""
    found: dict[str, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
    for block in blocks:
        for left, right in candidate_pairs(block, records).tolist():
            key = block.key.split("#")[0]
            found[key][left].add(right)
            found[key][right].add(left)
    return found


def test_a_common_key_gives_each_record_at_most_two_windows_of_partners() -> None:
    # one DOI typed into 600 references (an exact key), and one title for all of them (fuzzy
    # keys whose every pair passes the title filter): the worst case of what is sent on
    records = [
        record_keys(i, _article("Letters from the camp", family=f"Author{i}", doi="10.1/x"))
        for i in range(600)
    ]
    window = 7
    blocks = build_blocks(records, max_block=40, window=window)
    assert max(len(block.members) for block in blocks) <= 40
    partners = _partners(blocks, records)
    assert {key.split(":")[0] for key in partners} >= {"id", "tp", "ts"}
    for key, by_record in partners.items():
        assert max(len(found) for found in by_record.values()) <= 2 * window, key
    # all pairs of the key: 600 * 599 / 2; found: about 600 * window per key
    pairs = np.concatenate([pairs for _, pairs in block_pairs(blocks, records)])
    distinct = {tuple(pair) for pair in pairs.tolist()}
    keys_per_record = max(len(dict.fromkeys(blocking_keys(record))) for record in records)
    assert len(distinct) <= len(records) * keys_per_record * window


@settings(max_examples=60, deadline=None)
@given(
    size=st.integers(min_value=2, max_value=300),
    window=st.integers(min_value=1, max_value=12),
    spare=st.integers(min_value=0, max_value=30),
)
def test_pieces_of_a_neighbourhood_hold_every_near_pair(size: int, window: int, spare: int) -> None:
    records = [
        record_keys(i, _article(None, family=f"Author{i}", doi="10.1/shared")) for i in range(size)
    ]
    max_block = 4 * window + spare
    blocks = build_blocks(records, max_block=max_block, window=window)
    assert all(2 <= len(block.members) <= max_block for block in blocks)
    if size <= 2 * window:  # a small block: every pair
        assert [len(block.members) for block in blocks if block.key.startswith("id:")] == [size]
        return
    pieces = [block for block in blocks if block.key.startswith("id:")]
    order = list(pieces[0].members)
    for before, after in itertools.pairwise(pieces):
        assert before.members[-window:] == after.members[:window]  # overlap by the window
        order += after.members[window:]
    assert sorted(order) == list(range(size))  # each member once, in one order
    near = {
        (min(order[a], order[b]), max(order[a], order[b]))
        for a in range(size)
        for b in range(a + 1, min(size, a + window + 1))
    }
    found = {tuple(pair) for block in pieces for pair in candidate_pairs(block, records).tolist()}
    assert found == near


def test_window_pairs_of_a_fuzzy_piece_are_the_closest_titles_among_neighbours() -> None:
    rng = random.Random(3)
    words = ["".join(rng.choices(LETTERS, k=6)) for _ in range(40)]
    references = []
    for i in range(80):
        title = None if i % 17 == 5 else " ".join(["Informatsionnye", *rng.sample(words, 5)])
        translation = " ".join(rng.sample(words, 4)) if i % 5 == 0 else None
        references.append(_article(title, family=f"A{i}", translation=translation))
    records = [record_keys(i, reference) for i, reference in enumerate(references)]
    order = rng.sample(range(len(records)), len(records))
    window, cutoff, best = 6, 60.0, 2
    block = Block("tp:test", "fuzzy", tuple(order), window)
    close: dict[tuple[int, int], int] = {}  # pairs of titled neighbours: their best score
    untitled = set()
    for a in range(len(order)):
        for b in range(a + 1, min(len(order), a + window + 1)):
            first, second = records[order[a]], records[order[b]]
            pair = (min(order[a], order[b]), max(order[a], order[b]))
            if not first.titles or not second.titles:
                untitled.add(pair)
                continue
            score = max(
                fuzz.token_set_ratio(x.key, y.key) for x in first.titles for y in second.titles
            )
            if score >= cutoff:
                close[pair] = round(score)  # what cpdist gives as uint8
    assert any(len(record.titles) > 1 for record in records)
    every = candidate_pairs(block, records, cutoff=cutoff, best=len(order)).tolist()
    assert {tuple(pair) for pair in every} == set(close) | untitled
    found = {
        tuple(pair) for pair in candidate_pairs(block, records, cutoff=cutoff, best=best).tolist()
    }
    assert untitled <= found <= set(close) | untitled
    scores: dict[int, list[int]] = defaultdict(list)
    for (left, right), score in close.items():
        scores[left].append(score)
        scores[right].append(score)
    kept: dict[int, int] = defaultdict(int)
    for pair in found - untitled:
        # one of its members ranks it among its ``best`` closest
        assert any(close[pair] >= sorted(scores[end])[-best:][0] for end in pair)
        for end in pair:
            kept[end] += 1
    for member, own in scores.items():
        assert kept[member] >= min(best, len(own))
    assert len(found - untitled) <= best * len(order) < len(close)


def test_copies_are_found_in_a_crowded_key() -> None:
    # 1,500 works by one author in one year that open alike ("A new approach to"), a third
    # cited again with a letter dropped, in random order: the copies meet inside crowded keys
    # (title prefix, author and year) in title order, and no two works merge
    rng = random.Random(11)
    works: list[list[ArticleReference]] = []
    for work in range(1500):
        made_up = ("".join(rng.choices(LETTERS, k=7)) for _ in range(4))
        title = " ".join(["A new approach to", *made_up])
        works.append([_article(title)])
        if work % 3 == 0:
            cut = rng.randrange(25, len(title) - 1)
            works[-1].append(_article(title[:cut] + title[cut + 1 :]))
    placed = [(work, reference) for work, cited in enumerate(works) for reference in cited]
    rng.shuffle(placed)
    references = [reference for _, reference in placed]
    records = [record_keys(i, reference) for i, reference in enumerate(references)]
    crowded = max(
        sum(1 for record in records if key in dict(blocking_keys(record)))
        for key in dict(blocking_keys(records[0]))
    )
    assert crowded > 1000  # far more than a window
    by_work: dict[int, list[int]] = defaultdict(list)
    for index, (work, _) in enumerate(placed):
        by_work[work].append(index)
    copies = sorted(tuple(indices) for indices in by_work.values() if len(indices) > 1)
    clusters = find_duplicates(references)
    assert sorted(cluster.members for cluster in clusters) == copies


def test_a_crowded_key_of_unlike_titles_sends_nothing() -> None:
    rng = random.Random(5)
    references = [
        _article(" ".join("".join(rng.choices(LETTERS, k=8)) for _ in range(5)), family=f"A{i}")
        for i in range(300)
    ]
    records = [record_keys(i, reference) for i, reference in enumerate(references)]
    block = Block("ay:ross:1990", "fuzzy", tuple(range(len(records))), 10)
    assert len(candidate_pairs(block, records)) == 0
