"""From scored pairs to clusters: greedy union by score that never crosses a hard conflict.

Accepted pairs are joined strongest first; two groups are never joined when any pair between
them is a conflict (different DOI, different delo, different folios at ``level="document"``,
two books of the same people that open alike and one short note could name), so a chain of
near matches cannot pull two different documents into one cluster. Softer
evidence votes: two published works the same only as another edition (another venue, year or
page range, which noisy citations often show) count against joining their groups at
``level="document"``, and groups join only when their scored pairs are at least as often
accepted as not (average linkage), so one venue-less copy does not bridge a conference paper
and its journal version.
"""

from __future__ import annotations

import itertools
import os
import queue
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray
from pydantic import Field

from archivecite.dedupe.blocking import block_pairs, build_blocks
from archivecite.dedupe.decision import LEVEL_RANK, PairDecision, Reason, Sameness
from archivecite.dedupe.keys import RecordKeys, record_keys
from archivecite.dedupe.packed import write_packed
from archivecite.dedupe.scorer import ScorerProcess, scored
from archivecite.dedupe.venue_names import venues_agree
from archivecite.model import FrozenModel, Text
from archivecite.model.reference import ReferenceKind
from archivecite.parse.result import UNREAD

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


# Clusters and their reasons are built from values of known types, unvalidated, and share
# one set of field names: at 10^6 references they are the largest part of the result.
_REASON_FIELDS = set(FieldReason.model_fields)
_CLUSTER_FIELDS = set(Cluster.model_fields)


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
    with _progress(progress) as bar:
        task = bar.add_task("blocks", total=len(blocks)) if bar else None
        found = block_pairs(blocks, records, workers=workers)
        codes = unique_pairs(_reported(found, bar, task), size)
        del blocks
        task = bar.add_task("pairs", total=len(codes)) if bar else None
        chunks = [codes[start : start + _CHUNK] for start in range(0, len(codes), _CHUNK)]
        by_chunk: list[list[PairDecision]] = [[] for _ in chunks]
        done = 0
        for index, kept in _score_chunks(chunks, records, threshold, workers):
            by_chunk[index] = kept
            done += len(chunks[index])
            if bar is not None:
                bar.update(task, completed=done)
    # in the order of the pairs, whichever process scored them: ties are joined in this order
    return [decision for kept in by_chunk for decision in kept]


_PARALLEL = 1 << 18  # fewer pairs than this are scored in this process


def _score_chunks(
    chunks: list[NDArray[np.int64]], records: Sequence[RecordKeys], threshold: float, workers: int
) -> Iterator[tuple[int, list[PairDecision]]]:
    """``(index, decisions)`` of each chunk (:func:`scored`), in any order; spread over this
    process and scorer processes (one per core in all, or ``workers``) when there are many
    pairs: each pair is independent. A scorer process is a new interpreter that reads the
    records from a packed file (:class:`ScorerProcess`), so that it copies none of this
    process's memory; each takes the next chunk when it is done with one, and so does this
    process, from its own records."""
    processes = (os.cpu_count() or 1) if workers < 0 else workers
    if processes < 2 or sum(len(chunk) for chunk in chunks) < _PARALLEL:
        for index, chunk in enumerate(chunks):
            yield index, scored(chunk, records, threshold)
        return
    claims = itertools.count()  # next() is atomic: each chunk is claimed once
    results: queue.SimpleQueue[tuple[int, list[PairDecision]] | BaseException] = queue.SimpleQueue()

    def helper(path: Path) -> None:
        try:
            with ScorerProcess(path, threshold) as scorer:
                while (index := next(claims)) < len(chunks):
                    results.put((index, scorer.score(chunks[index])))
        except BaseException as error:  # raised in the caller's thread
            results.put(error)

    with tempfile.TemporaryDirectory(prefix="archivecite-") as folder:
        path = Path(folder) / "records"
        with path.open("wb") as stream:
            write_packed(records, stream)
        threads = [threading.Thread(target=helper, args=(path,)) for _ in range(processes - 1)]
        for thread in threads:
            thread.start()
        try:
            while (index := next(claims)) < len(chunks):
                yield index, scored(chunks[index], records, threshold)
                yield from _drained(results)
        finally:
            for _ in range(len(chunks)):  # the others stop at their next claim
                next(claims)
            for thread in threads:
                thread.join()
        yield from _drained(results)


def _drained(
    results: queue.SimpleQueue[tuple[int, list[PairDecision]] | BaseException],
) -> Iterator[tuple[int, list[PairDecision]]]:
    while not results.empty():
        result = results.get()
        if isinstance(result, BaseException):
            raise result
        yield result


def _content(record: RecordKeys) -> str:
    title = record.titles[0].key if record.titles else ""
    return (
        f"{title}|{record.year}|{sorted(record.locator.items())}|{record.folios}|{record.authors}"
    )


def _agreeing(a: RecordKeys, b: RecordKeys) -> int:
    """How many fields both records give alike (year, volume, issue, first page, authors,
    venue). Among links of one score the one with more joins first: a copy that gives no
    year and a short venue ("machine learning") ties with the conference paper and with the
    journal version, and belongs with the one whose venue and authors it repeats."""
    count = sum(
        bool(first) and first == second
        for first, second in (
            (a.year, b.year),
            (a.volume, b.volume),
            (a.issue, b.issue),
            (a.page_start, b.page_start),
            (a.authors, b.authors),
        )
    )
    if a.venue_words and b.venue_words:
        count += venues_agree(a.venue_words, b.venue_words, fewest=1) == 1.0
    return count


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
    """Join accepted pairs strongest first (of equal scores, the pair that gives more fields
    alike), never across a conflict, and only where the scored pairs between two groups are at
    least as often accepted as not; clusters in input order.

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
            -_agreeing(records[d.left], records[d.right]),
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
        reasons: list[FieldReason] = []
        for edge in sorted(edges, key=lambda e: (e.left, e.right)):
            pair = (edge.left, edge.right)
            reasons.extend(
                FieldReason.model_construct(_REASON_FIELDS, field=r.field, text=r.text, pair=pair)
                for r in edge.reasons
            )
        clusters.append(
            Cluster.model_construct(
                _CLUSTER_FIELDS,
                members=members,
                score=min(edge.score for edge in edges),
                level=next(s for s, r in LEVEL_RANK.items() if r == loosest),
                reasons=tuple(reasons),
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
    records = [record_keys(index, _readable(ref)) for index, ref in enumerate(references)]
    decisions = score_records(
        records, threshold=threshold, workers=workers, max_block=max_block, progress=progress
    )
    return cluster_decisions(decisions, records, level=level, threshold=threshold)


def _readable(reference: ReferenceKind) -> ReferenceKind:
    """An entry kept unread (``Failed.as_reference``) is compared by its whole text, as a title:
    two co-authors' lists often hold the same unreadable line, and it should still meet its
    duplicates."""
    if UNREAD in reference.extra and reference.title is None and reference.note:
        return reference.model_copy(update={"title": Text(original=reference.note)})
    return reference


def reasons_text(reasons: Iterable[Reason]) -> str:
    return "; ".join(str(reason) for reason in reasons)
