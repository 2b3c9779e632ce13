"""``block_pairs`` (batched) finds exactly the pairs of ``candidate_pairs`` run block by block."""

from __future__ import annotations

import numpy as np
import pytest

from archivecite import Parsed, parse_citations
from archivecite.dedupe import cluster, find_duplicates, record_keys
from archivecite.dedupe.blocking import block_pairs, build_blocks, candidate_pairs
from tests.dedupe.pair_sets import build
from tests.dedupe.test_cross_script import PAIRS


def _pairs(chunks: list[np.ndarray]) -> set[tuple[int, int]]:
    return {(int(left), int(right)) for chunk in chunks for left, right in chunk.tolist()}


def test_batched_pairs_equal_the_pairs_of_each_block() -> None:
    sides = {repr(sorted(pair[tag].items())): pair[tag] for pair in PAIRS for tag in ("a", "b")}
    records = [record_keys(index, build(side)) for index, side in enumerate(sides.values())]
    blocks = build_blocks(records, max_block=8)  # small windows: every branch of block_pairs
    one_by_one = _pairs([candidate_pairs(block, records) for block in blocks])
    batched = _pairs([pairs for _, pairs in block_pairs(blocks, records, small=4)])
    assert len(records) > 250
    assert batched == one_by_one
    assert one_by_one


@pytest.mark.parametrize("workers", [2, 3])
def test_forked_scoring_decides_as_one_process(
    workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    sides = {repr(sorted(pair[tag].items())): pair[tag] for pair in PAIRS for tag in ("a", "b")}
    references = [build(side) for side in sides.values()]
    alone = find_duplicates(references, workers=1)
    monkeypatch.setattr(cluster, "_PARALLEL", 0)  # fork even for this small list
    monkeypatch.setattr(cluster, "_CHUNK", 7)
    shared = find_duplicates(references, workers=workers)
    assert [(c.members, c.score) for c in shared] == [(c.members, c.score) for c in alone]
    assert alone


def test_a_japanese_main_title_meets_the_title_with_its_subtitle() -> None:
    # Tomita Takeshi's book (Jinbun Shoin, 2013) cited with its subtitle, in kanji and in
    # Hepburn, and once by its main title in both scripts: Japanese keys run their words
    # together, so the short one is no token of the long ones
    texts = [
        "富田武『シベリア抑留者たちの戦後―冷戦下の世論と運動1945-56年』人文書院、2013年。",
        "Tomita Takeshi. Shiberia yokuryūsha tachi no sengo: Reisen-ka no seron to undō "
        "1945–56-nen. Kyoto: Jinbun Shoin, 2013.",
        "Tomita Takeshi 富田武. Shiberia yokuryūsha tachi no sengo シベリア抑留者たちの戦後. Kyoto: "
        "Jinbun Shoin, 2013.",
    ]
    references = [
        result.reference for result in parse_citations(texts) if isinstance(result, Parsed)
    ]
    assert len(references) == 3
    assert [found.members for found in find_duplicates(references)] == [(0, 1, 2)]
