"""Scoring chunks of candidate pairs, here or in a scorer process of its own.

A scorer process is a child interpreter (:class:`~archivecite.dedupe.pipes.ChildProcess`)
running :func:`serve`: it maps the records packed into a file (:class:`PackedRecords`), reads
chunks of pair codes on stdin and writes back the decisions worth keeping.
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from pathlib import Path
from typing import IO

import numpy as np
from numpy.typing import NDArray

from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.packed import PackedRecords
from archivecite.dedupe.pipes import ChildProcess, read_message, send_message
from archivecite.dedupe.scoring import PairDecision, score_pair

__all__ = ["ScorerProcess", "scored"]

_MAIN = (
    "import sys; from pathlib import Path; from archivecite.dedupe.scorer import serve; "
    "serve(Path(sys.argv[1]), float(sys.argv[2]), sys.stdin.buffer, sys.stdout.buffer)"
)


def scored(
    chunk: NDArray[np.int64], records: Sequence[RecordKeys], threshold: float
) -> list[PairDecision]:
    """The decisions worth keeping (the same at some level, or a conflict) of one chunk of
    pair codes ``left * len(records) + right``."""
    lefts, rights = np.divmod(chunk, len(records))
    kept = []
    index, first = -1, None
    for left, right in zip(lefts.tolist(), rights.tolist(), strict=True):
        if left != index:  # codes are sorted: a run of pairs shares its left record
            index, first = left, records[left]
        assert first is not None
        decision = score_pair(first, records[right], threshold=threshold)
        if decision.sameness is not None or decision.conflict:  # the rest is forgotten
            kept.append(decision)
    return kept


def serve(path: Path, threshold: float, source: IO[bytes], sink: IO[bytes]) -> None:
    """The scorer process's loop: a chunk of pair codes in, its kept decisions out."""
    records = PackedRecords(path)
    while (message := read_message(source)) is not None:
        chunk = np.frombuffer(message, dtype="<i8").astype(np.int64)
        kept = scored(chunk, records, threshold)
        send_message(sink, pickle.dumps(kept, pickle.HIGHEST_PROTOCOL))


class ScorerProcess(ChildProcess):
    """One scorer process over the packed records at ``path``; :meth:`score` is
    :func:`scored` done there. Close it (or use it as a context manager) to end it."""

    def __init__(self, path: Path, threshold: float) -> None:
        super().__init__("scorer", _MAIN, str(path), repr(threshold))

    def score(self, chunk: NDArray[np.int64]) -> list[PairDecision]:
        answer = self.ask(np.ascontiguousarray(chunk, dtype="<i8").tobytes())
        decisions: list[PairDecision] = pickle.loads(answer)  # written by our own child
        return decisions
