"""Scoring chunks of candidate pairs, here or in a scorer process of its own.

A scorer process is a new interpreter running :func:`serve`, not a fork: it maps the records
packed into a file (:class:`PackedRecords`) and copies none of the caller's memory, and,
unlike a ``multiprocessing`` spawn, it never re-runs the caller's main script. It reads
chunks of pair codes on stdin and writes back the decisions worth keeping.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import struct
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

import numpy as np
from numpy.typing import NDArray

from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.packed import PackedRecords
from archivecite.dedupe.scoring import PairDecision, score_pair

__all__ = ["ScorerProcess", "scored"]

_SIZE = struct.Struct("<q")
# ``-c``, not ``-m``: the package imports this module before ``-m`` would run it again
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


def _read(stream: IO[bytes], size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise EOFError(f"{len(data)} of {size} bytes")
    return data


def _message(stream: IO[bytes]) -> bytes | None:
    """One length-prefixed message, or None at the end of the stream."""
    header = stream.read(_SIZE.size)
    if not header:
        return None
    if len(header) != _SIZE.size:
        raise EOFError("a message cut short")
    (size,) = _SIZE.unpack(header)
    return _read(stream, size)


def _send(stream: IO[bytes], data: bytes) -> None:
    stream.write(_SIZE.pack(len(data)))
    stream.write(data)
    stream.flush()


def serve(path: Path, threshold: float, source: IO[bytes], sink: IO[bytes]) -> None:
    """The scorer process's loop: a chunk of pair codes in, its kept decisions out."""
    records = PackedRecords(path)
    while (message := _message(source)) is not None:
        chunk = np.frombuffer(message, dtype="<i8").astype(np.int64)
        _send(sink, pickle.dumps(scored(chunk, records, threshold), pickle.HIGHEST_PROTOCOL))


class ScorerProcess:
    """One scorer process over the packed records at ``path``; :meth:`score` is
    :func:`scored` done there. Close it (or use it as a context manager) to end it."""

    def __init__(self, path: Path, threshold: float) -> None:
        # the caller's import path, which may have been changed at run time
        environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, sys.path))}
        self._process = subprocess.Popen(  # this interpreter, our module
            [sys.executable, "-c", _MAIN, str(path), repr(threshold)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=environment,
        )

    def score(self, chunk: NDArray[np.int64]) -> list[PairDecision]:
        process = self._process
        assert process.stdin is not None
        assert process.stdout is not None
        try:
            _send(process.stdin, np.ascontiguousarray(chunk, dtype="<i8").tobytes())
            answer = _message(process.stdout)
        except (BrokenPipeError, EOFError) as error:
            raise RuntimeError(f"the scorer process ended ({process.poll()})") from error
        if answer is None:
            raise RuntimeError(f"the scorer process ended ({process.wait()})")
        decisions: list[PairDecision] = pickle.loads(answer)  # written by our own child
        return decisions

    def close(self) -> None:
        """End the process: it stops at the end of its input."""
        self._end(kill=False)

    def _end(self, *, kill: bool) -> None:
        process = self._process
        if kill:
            process.kill()
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):  # a pipe to a process that is gone
                    stream.close()
        if process.wait() != 0 and not kill:
            raise RuntimeError(f"the scorer process failed ({process.returncode})")

    def __enter__(self) -> ScorerProcess:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        # the caller failed or gave up: no need to finish the chunk in hand
        self._end(kill=kind is not None)
