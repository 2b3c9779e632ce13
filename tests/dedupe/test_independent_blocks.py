"""Blocks are independent units of work: what a dataframe engine would do (group the records
by blocking key, find the candidate pairs of each group on its own, score each pair on its
own, then cluster) gives the clusters ``find_duplicates`` gives."""

from __future__ import annotations

import numpy as np

from archivecite.dedupe import find_duplicates, record_keys
from archivecite.dedupe.blocking import build_blocks, candidate_pairs
from archivecite.dedupe.cluster import cluster_decisions
from archivecite.dedupe.scorer import scored
from archivecite.model.reference import ReferenceKind
from tests.dedupe.pair_sets import UnparsedSideError, build
from tests.dedupe.test_cross_script import PAIRS


def _references() -> list[ReferenceKind]:
    references = []
    for pair in PAIRS:
        for side in (pair["a"], pair["b"]):
            try:
                references.append(build(side))
            except UnparsedSideError:
                continue
    return references


def test_blocks_processed_one_by_one_give_the_same_clusters() -> None:
    references = _references()
    assert len(references) > 200
    records = [record_keys(index, reference) for index, reference in enumerate(references)]
    # each block on its own, as a group-by-key / apply-per-group engine would run it
    per_block = [candidate_pairs(block, records) for block in build_blocks(records)]
    pairs = np.unique(np.concatenate(per_block), axis=0)
    codes = pairs[:, 0] * len(records) + pairs[:, 1]
    decisions = scored(np.sort(codes), records, threshold=0.85)
    by_blocks = cluster_decisions(decisions, records, level="document")
    whole = find_duplicates(references, level="document")
    assert [cluster.members for cluster in by_blocks] == [cluster.members for cluster in whole]
    assert whole  # the set has true pairs: the comparison is not between two empty lists
