"""Record keys packed into one file, for scorers in other processes.

A forked scorer that reads the parent's :class:`RecordKeys` objects writes to their reference
counts, and every object it makes lands in the parent's half-empty memory pages: either way
the kernel copies the page, and at 10^6 references a forked scorer copied most of the
parent. A scorer started afresh instead maps the records written to one file: its pages stay
shared, and it decodes a record when it needs it, a few microseconds against the tens a pair
takes to score.
"""

from __future__ import annotations

import marshal
import mmap
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any, BinaryIO, overload

import numpy as np

from archivecite.dedupe.keys import RecordKeys, TitleKey

__all__ = ["PackedRecords", "write_packed"]

_FIELDS = tuple(field.name for field in fields(RecordKeys))
_TITLES = _FIELDS.index("titles")
_OFFSET = np.dtype("<i8")


def _encode(record: RecordKeys) -> bytes:
    """The field values in declaration order, title keys as plain pairs; ``marshal`` refuses
    (``ValueError``) any type it cannot write back exactly, so a new kind of field fails here,
    not in a score."""
    values: list[Any] = [getattr(record, name) for name in _FIELDS]
    values[_TITLES] = tuple((title.key, title.how) for title in record.titles)
    return marshal.dumps(tuple(values))


def _decode(data: memoryview) -> RecordKeys:
    values = list(marshal.loads(data))
    values[_TITLES] = tuple(TitleKey(key, how) for key, how in values[_TITLES])
    return RecordKeys(*values)


def write_packed(records: Iterable[RecordKeys], stream: BinaryIO) -> int:
    """Write ``records`` to ``stream``: each encoded, then where each one starts and their
    number (little-endian int64). Returns the number of records."""
    starts = array("q", [0])
    for record in records:
        starts.append(starts[-1] + stream.write(_encode(record)))
    stream.write(np.asarray(starts, dtype=_OFFSET).tobytes())
    stream.write(np.asarray([len(starts) - 1], dtype=_OFFSET).tobytes())
    return len(starts) - 1


class PackedRecords(Sequence[RecordKeys]):
    """The records of a :func:`write_packed` file, mapped read-only: ``packed[i]`` is a new
    :class:`RecordKeys` equal to the ``i``-th record written."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as stream:
            self._map = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
        size = len(self._map)
        count = int(np.frombuffer(self._map, dtype=_OFFSET, count=1, offset=size - 8)[0])
        begin = size - 8 * (count + 2)
        self._starts = np.frombuffer(self._map, dtype=_OFFSET, count=count + 1, offset=begin)
        self._data = memoryview(self._map)[:begin]

    def __len__(self) -> int:
        return len(self._starts) - 1

    @overload
    def __getitem__(self, index: int) -> RecordKeys: ...

    @overload
    def __getitem__(self, index: slice) -> list[RecordKeys]: ...

    def __getitem__(self, index: int | slice) -> RecordKeys | list[RecordKeys]:
        if isinstance(index, slice):
            return [self[position] for position in range(len(self))[index]]
        position = range(len(self))[index]  # negative indices, IndexError
        start, end = self._starts[position : position + 2].tolist()
        return _decode(self._data[start:end])
