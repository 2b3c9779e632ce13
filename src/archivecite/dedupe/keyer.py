"""The keys of every reference (:func:`record_keys`), made here and in keyer processes.

Keying is most of the time ``find_duplicates`` takes before scoring, and each reference is
keyed alone, so on a machine of several cores the references go out in chunks to keyer
processes (:class:`~archivecite.dedupe.pipes.ChildProcess`) while this process keys chunks
of its own; the records come back packed (:func:`encode_record`) and in input order.

``find_duplicates`` keys in its own process for now: records decoded here share no
objects (the in-process keys share the cached readings of names and titles), and at 10^6
references the run's memory doubled with keyer processes.
"""

from __future__ import annotations

import itertools
import marshal
import os
import pickle
import threading
from collections.abc import Iterable, Iterator
from typing import IO

from archivecite.dedupe.keys import RecordKeys, record_keys
from archivecite.dedupe.packed import decode_record, encode_record
from archivecite.dedupe.pipes import ChildProcess, read_message, send_message
from archivecite.model import Text
from archivecite.model.reference import ReferenceKind
from archivecite.parse.result import UNREAD

__all__ = ["KeyerProcess", "keyed", "serve"]

_MAIN = (
    "import sys; from archivecite.dedupe.keyer import serve; "
    "serve(sys.stdin.buffer, sys.stdout.buffer)"
)
_CHUNK = 1000  # references a process keys at a time
_PARALLEL = 20_000  # fewer references than this are keyed in this process


def readable(reference: ReferenceKind) -> ReferenceKind:
    """An entry kept unread (``Failed.as_reference``) is compared by its whole text, as a title:
    two co-authors' lists often hold the same unreadable line, and it should still meet its
    duplicates."""
    if UNREAD in reference.extra and reference.title is None and reference.note:
        return reference.model_copy(update={"title": Text(original=reference.note)})
    return reference


def _keyed_chunk(start: int, references: list[ReferenceKind]) -> list[RecordKeys]:
    return [record_keys(start + n, readable(ref)) for n, ref in enumerate(references)]


def serve(source: IO[bytes], sink: IO[bytes]) -> None:
    """The keyer process's loop: a chunk of references in, their packed records out."""
    while (message := read_message(source)) is not None:
        start, references = pickle.loads(message)  # written by our own parent
        records = _keyed_chunk(start, references)
        send_message(sink, marshal.dumps([encode_record(record) for record in records]))


class KeyerProcess(ChildProcess):
    """One keyer process; :meth:`keys` is :func:`record_keys` of a chunk done there."""

    def __init__(self) -> None:
        super().__init__("keyer", _MAIN)

    def keys(self, start: int, references: list[ReferenceKind]) -> list[RecordKeys]:
        answer = self.ask(pickle.dumps((start, references), pickle.HIGHEST_PROTOCOL))
        return [decode_record(data) for data in marshal.loads(answer)]


def keyed(references: Iterable[ReferenceKind], workers: int = -1) -> list[RecordKeys]:
    """``record_keys(index, reference)`` of every reference, in order; spread over this
    process and keyer processes (one per core in all, or ``workers``) when there are many."""
    processes = (os.cpu_count() or 1) if workers < 0 else workers
    iterator = iter(references)
    first = list(itertools.islice(iterator, _PARALLEL))
    references = itertools.chain(first, iterator)
    if processes < 2 or len(first) < _PARALLEL:
        # one at a time: a generator's references are never all held
        return [record_keys(index, readable(ref)) for index, ref in enumerate(references)]
    return _keyed_in_parallel(_chunks(references), processes)


def _chunks(references: Iterator[ReferenceKind]) -> Iterator[tuple[int, list[ReferenceKind]]]:
    for start in itertools.count(0, _CHUNK):
        chunk = list(itertools.islice(references, _CHUNK))
        if not chunk:
            return
        yield start, chunk


def _keyed_in_parallel(
    chunks: Iterator[tuple[int, list[ReferenceKind]]], processes: int
) -> list[RecordKeys]:
    """Each process, this one too, takes the next chunk when it is done with one; a chunk a
    keyer process fails on is keyed here, so that its error is raised as keying raises it."""
    claim = threading.Lock()  # the references may come from a generator
    done: dict[int, list[RecordKeys]] = {}
    failed: list[tuple[int, list[ReferenceKind]]] = []

    def next_chunk() -> tuple[int, list[ReferenceKind]] | None:
        with claim:
            return next(chunks, None)

    def helper() -> None:
        chunk = None
        try:
            with KeyerProcess() as keyer:
                while (chunk := next_chunk()) is not None:
                    done[chunk[0]] = keyer.keys(*chunk)
        except (OSError, RuntimeError):  # the process failed: its chunk is keyed here
            if chunk is not None and chunk[0] not in done:
                failed.append(chunk)

    threads = [threading.Thread(target=helper) for _ in range(processes - 1)]
    for thread in threads:
        thread.start()
    try:
        while (chunk := next_chunk()) is not None:
            done[chunk[0]] = _keyed_chunk(*chunk)
    finally:
        for thread in threads:
            thread.join()
    for chunk in failed:
        done[chunk[0]] = _keyed_chunk(*chunk)
    return [record for start in sorted(done) for record in done[start]]
