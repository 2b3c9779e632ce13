"""From scored pairs to clusters: greedy union by score that never crosses a hard conflict.

Accepted pairs are joined strongest first; two groups are never joined when any pair between
them is a conflict (different DOI, different delo, different folios at ``level="document"``),
so a chain of near matches cannot pull two different documents into one cluster. Softer
evidence votes: two published works the same only as another edition (another venue, year or
page range, which noisy citations often show) count against joining their groups at
``level="document"``, and groups join only when their scored pairs are at least as often
accepted as not (average linkage), so one venue-less copy does not bridge a conference paper
and its journal version.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray
from pydantic import Field

from archivecite.dedupe.blocking import block_pairs, build_blocks
from archivecite.dedupe.keys import RecordKeys, record_keys
from archivecite.dedupe.scoring import LEVEL_RANK, PairDecision, Reason, Sameness, score_pair
from archivecite.model import FrozenModel
from archivecite.model.reference import ReferenceKind

__all__ = ["Cluster", "FieldReason", "find_duplicates", "score_records"]

Level = Literal["document", "file", "work"]


class FieldReason(FrozenModel):
    """Why two members of a cluster are the same, for one field."""

    field: str
    text: str
    pair: tuple[int, int]


class Cluster(FrozenModel):
    """Input indices of references that are the same at ``level``, with the evidence."""

    members: tuple[int, ...]
    score: float
    level: Sameness
    reasons: tuple[FieldReason, ...] = ()
    edges: tuple[tuple[int, int, float], ...] = Field(default=())

    @property
    def explanation(self) -> str:
        """``"same archive/fond/opis/delo; titles equal after romanization (BGN/PCGN ↔ ...)"``."""
        return "; ".join(dict.fromkeys(reason.text for reason in self.reasons))


def _progress(enabled: bool) -> Any:
    if not enabled:
        return nullcontext(None)
    from rich.progress import Progress  # noqa: PLC0415 - only long runs pay for rich

    return Progress(transient=True)


_COMPACT = 1 << 23  # pair codes held before duplicates are dropped
_CHUNK = 1 << 16  # pairs decoded to Python ints at a time


def unique_pairs(chunks: Iterable[NDArray[np.int64]], size: int) -> NDArray[np.int64]:
    """The distinct pairs of ``chunks`` (``(i, j)`` rows, ``i < j < size``), as sorted codes
    ``i * size + j``: one int64 a pair, duplicates dropped as they pile up, so memory follows
    the distinct pairs, not every block's copy of them."""
    held: list[NDArray[np.int64]] = []
    fresh = distinct = 0
    for chunk in chunks:
        held.append(chunk[:, 0] * size + chunk[:, 1])
        fresh += len(held[-1])
        if fresh > max(_COMPACT, distinct):  # as many new codes as distinct ones: linear cost
            held = [np.unique(np.concatenate(held))]
            fresh, distinct = 0, len(held[0])
    if not held:
        return np.empty(0, dtype=np.int64)
    codes: NDArray[np.int64] = np.unique(np.concatenate(held))
    return codes


def _reported(
    found: Iterable[tuple[int, NDArray[np.int64]]], bar: Any, task: Any
) -> Iterator[NDArray[np.int64]]:
    for done, pairs in found:
        if bar is not None:
            bar.update(task, completed=done)
        yield pairs


def score_records(
    records: Sequence[RecordKeys],
    *,
    threshold: float,
    workers: int = -1,
    max_block: int = 400,
    progress: bool = False,
) -> list[PairDecision]:
    """Blocks, then candidate pairs per block (one ``cdist`` each, small blocks together),
    then a decision per unique pair; only pairs that are the same at some level and
    conflicts are kept. Each block and each pair is independent of the others."""
    blocks = build_blocks(records, max_block=max_block)
    size = max(len(records), 1)
    decisions: list[PairDecision] = []
    with _progress(progress) as bar:
        task = bar.add_task("blocks", total=len(blocks)) if bar else None
        found = block_pairs(blocks, records, workers=workers)
        codes = unique_pairs(_reported(found, bar, task), size)
        del blocks
        task = bar.add_task("pairs", total=len(codes)) if bar else None
        chunks = [codes[start : start + _CHUNK] for start in range(0, len(codes), _CHUNK)]
        done = 0
        for chunk, kept in zip(
            chunks, _score_chunks(chunks, records, threshold, workers), strict=True
        ):
            decisions.extend(kept)
            done += len(chunk)
            if bar is not None:
                bar.update(task, completed=done)
    return decisions


_PARALLEL = 1 << 18  # fewer pairs than this are scored in this process
_SHARED: tuple[Sequence[RecordKeys], float] | None = None  # what forked scorers read


def _score_chunk(chunk: NDArray[np.int64]) -> list[PairDecision]:
    """The decisions worth keeping (the same at some level, or a conflict) of one chunk of
    pair codes, with the records of :data:`_SHARED` (inherited by a forked process)."""
    assert _SHARED is not None
    records, threshold = _SHARED
    lefts, rights = np.divmod(chunk, len(records))
    kept = []
    for left, right in zip(lefts.tolist(), rights.tolist(), strict=True):
        decision = score_pair(records[left], records[right], threshold=threshold)
        if decision.sameness is not None or decision.conflict:  # the rest is forgotten
            kept.append(decision)
    return kept


def _score_chunks(
    chunks: list[NDArray[np.int64]], records: Sequence[RecordKeys], threshold: float, workers: int
) -> Iterator[list[PairDecision]]:
    """:func:`_score_chunk` of each chunk, in order; spread over this process and forked ones
    (one per core in all, or ``workers``) when there are many pairs and the platform forks:
    each pair is independent, and a forked process reads the records without copying them."""
    global _SHARED  # noqa: PLW0603 - the one way to hand records to forked processes
    processes = (os.cpu_count() or 1) if workers < 0 else workers
    size = sum(len(chunk) for chunk in chunks)
    _SHARED = (records, threshold)
    try:
        if processes < 2 or size < _PARALLEL or "fork" not in mp.get_all_start_methods():
            yield from map(_score_chunk, chunks)
            return
        gc.freeze()  # forked processes then do not copy every object to collect it
        try:
            # This process scores every ``processes``-th chunk itself: one fewer forked copy
            # of the records (each child's reference counts copy the pages it touches).
            helpers = processes - 1
            with mp.get_context("fork").Pool(helpers) as pool:
                theirs = pool.imap(_score_chunk, (c for i, c in enumerate(chunks) if i % processes))
                for index, chunk in enumerate(chunks):
                    yield next(theirs) if index % processes else _score_chunk(chunk)
        finally:
            gc.unfreeze()
    finally:
        _SHARED = None


def _content(record: RecordKeys) -> str:
    title = record.titles[0].key if record.titles else ""
    return (
        f"{title}|{record.year}|{sorted(record.locator.items())}|{record.folios}|{record.authors}"
    )


_ACCEPTED, _AGAINST, _CONFLICT = 0, 1, 2


class _Groups:
    """Union-find whose groups keep the evidence between them: per pair of groups, how many
    of their scored pairs are accepted, how many are not the same (at the level asked), and
    whether one is a hard conflict. The counts of two groups are added up when they join, so
    each join sees every scored pair between the two whole groups."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}
        self.members: dict[int, set[int]] = {}
        self.links: dict[int, dict[int, list[int]]] = {}  # one list shared by both directions

    def find(self, item: int) -> int:
        parent = self.parent.setdefault(item, item)
        while parent != self.parent[parent]:
            self.parent[parent] = self.parent[self.parent[parent]]
            parent = self.parent[parent]
        self.parent[item] = parent
        return parent

    def add(self, left: int, right: int, kind: int) -> None:
        """One scored pair, before any join."""
        root_l, root_r = self.find(left), self.find(right)
        if root_l == root_r:
            return
        evidence = self.links.setdefault(root_l, {}).get(root_r)
        if evidence is None:
            evidence = [0, 0, 0]
            self.links[root_l][root_r] = evidence
            self.links.setdefault(root_r, {})[root_l] = evidence
        evidence[kind] += 1

    def union(self, left: int, right: int) -> bool:
        """Join the groups of ``left`` and ``right`` unless a conflict lies between them or
        fewer of their scored pairs are accepted than not (average linkage)."""
        root_l, root_r = self.find(left), self.find(right)
        if root_l == root_r:
            return False
        evidence = self.links[root_l][root_r]
        if evidence[_CONFLICT] or evidence[_ACCEPTED] < evidence[_AGAINST]:
            return False
        members_l = self.members.setdefault(root_l, {root_l})
        members_r = self.members.setdefault(root_r, {root_r})
        if len(members_l) < len(members_r):
            root_l, root_r, members_l, members_r = root_r, root_l, members_r, members_l
        self.parent[root_r] = root_l
        members_l |= members_r
        self.members.pop(root_r)
        links_l = self.links[root_l]
        links_l.pop(root_r)
        for other, counts in self.links.pop(root_r).items():
            if other == root_l:
                continue
            back = self.links[other]
            del back[root_r]
            existing = links_l.get(other)
            if existing is None:
                links_l[other] = back[root_l] = counts
            else:
                existing[:] = [x + y for x, y in zip(existing, counts, strict=True)]
        return True


def cluster_decisions(
    decisions: Iterable[PairDecision],
    records: Sequence[RecordKeys],
    *,
    level: Level = "work",
    threshold: float = 0.85,
) -> list[Cluster]:
    """Join accepted pairs strongest first, never across a conflict, and only where the scored
    pairs between two groups are at least as often accepted as not; clusters in input order.

    A pair the same only at a looser level than ``level`` is a conflict when the data decides
    (two archival locators: other folios, another delo); for published works (another venue,
    year or page range, which noisy citations often show) it counts against the join."""
    rank = LEVEL_RANK[Sameness(level)]
    accepted: list[PairDecision] = []
    groups = _Groups()
    for decision in decisions:
        same = decision.sameness
        left, right = decision.left, decision.right
        if decision.conflict:
            groups.add(left, right, _CONFLICT)
        elif same is not None and LEVEL_RANK[same] > rank:
            firm = bool(records[left].locator) and bool(records[right].locator)
            groups.add(left, right, _CONFLICT if firm else _AGAINST)
        elif same is not None and decision.score >= threshold:
            groups.add(left, right, _ACCEPTED)
            accepted.append(decision)
    content: Callable[[int], str] = lambda index: _content(records[index])  # noqa: E731
    accepted.sort(
        key=lambda d: (
            -d.score,
            min(content(d.left), content(d.right)),
            max(content(d.left), content(d.right)),
        )
    )
    tree: list[PairDecision] = [d for d in accepted if groups.union(d.left, d.right)]
    by_root: dict[int, list[PairDecision]] = {}
    for decision in tree:
        by_root.setdefault(groups.find(decision.left), []).append(decision)
    clusters = []
    for root, edges in by_root.items():
        members = tuple(sorted(groups.members[root]))
        loosest = max((LEVEL_RANK[e.sameness] for e in edges if e.sameness), default=0)
        reasons = tuple(
            FieldReason(field=reason.field, text=reason.text, pair=(edge.left, edge.right))
            for edge in sorted(edges, key=lambda e: (e.left, e.right))
            for reason in edge.reasons
        )
        clusters.append(
            Cluster(
                members=members,
                score=min(edge.score for edge in edges),
                level=next(s for s, r in LEVEL_RANK.items() if r == loosest),
                reasons=reasons,
                edges=tuple(sorted((e.left, e.right, e.score) for e in edges)),
            )
        )
    return sorted(clusters, key=lambda cluster: cluster.members)


def find_duplicates(
    references: Iterable[ReferenceKind],
    *,
    level: Level = "work",
    threshold: float = 0.85,
    workers: int = -1,
    max_block: int = 400,
    progress: bool = False,
) -> list[Cluster]:
    """Clusters of references that are the same at ``level`` or stricter.

    ``level="document"`` joins only the same document (same folios, same edition);
    ``"file"`` also the same archival file with other folios; ``"work"`` also other editions,
    translations and transliterations. ``threshold`` (0..1) is the lowest pair score joined.
    ``references`` may be any iterable (a generator keeps memory to the keys).
    """
    Sameness(level)  # fails with the valid values on a wrong level
    records = [record_keys(index, reference) for index, reference in enumerate(references)]
    decisions = score_records(
        records, threshold=threshold, workers=workers, max_block=max_block, progress=progress
    )
    return cluster_decisions(decisions, records, level=level, threshold=threshold)


def reasons_text(reasons: Iterable[Reason]) -> str:
    return "; ".join(str(reason) for reason in reasons)
