"""Packed record keys read back equal to the records, and scorer processes read them packed."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from archivecite.dedupe import cluster, record_keys
from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.packed import PackedRecords, write_packed
from archivecite.dedupe.scorer import ScorerProcess
from archivecite.model import Identifier
from tests.dedupe.pair_sets import build
from tests.dedupe.test_cross_script import PAIRS


def _records() -> list[RecordKeys]:
    sides = {repr(sorted(pair[tag].items())): pair[tag] for pair in PAIRS for tag in ("a", "b")}
    references = [build(side) for side in sides.values()]
    references[0] = references[0].model_copy(
        update={"identifiers": (Identifier(scheme="doi", value="10.1000/xyz (17)"),)}
    )
    return [record_keys(index, reference) for index, reference in enumerate(references)]


def test_packed_records_read_back_equal(tmp_path: Path) -> None:
    records = _records()
    path = tmp_path / "records"
    with path.open("wb") as stream:
        assert write_packed(records, stream) == len(records)
    packed = PackedRecords(path)
    assert len(packed) == len(records)
    assert list(packed) == records
    assert packed[-1] == records[-1]
    assert packed[2:5] == records[2:5]
    # the kinds of fields that matter: Cyrillic and kanji titles, locators, identifiers
    assert any(record.locator for record in records)
    assert any(record.non_latin for record in records)
    assert packed[0].identifiers == {"doi": records[0].identifiers["doi"]}
    with pytest.raises(IndexError):
        packed[len(records)]


def test_no_records_pack_to_an_empty_file_of_records(tmp_path: Path) -> None:
    path = tmp_path / "records"
    with path.open("wb") as stream:
        write_packed([], stream)
    assert list(PackedRecords(path)) == []


def test_a_field_marshal_cannot_write_back_fails_when_packing(tmp_path: Path) -> None:
    record = RecordKeys(index=0, kind="article", authors=(object(),))  # type: ignore[arg-type]
    with (tmp_path / "records").open("wb") as stream, pytest.raises(ValueError, match="unmarsh"):
        write_packed([record], stream)


def test_scorer_processes_decide_as_this_one(monkeypatch: pytest.MonkeyPatch) -> None:
    records = _records()
    read: list[bool] = []
    scored = cluster.scored

    def spy(chunk, records, threshold):  # type: ignore[no-untyped-def]
        read.append(isinstance(records, PackedRecords))
        time.sleep(0.05)  # time for the scorer process to start and take its share
        return scored(chunk, records, threshold)

    monkeypatch.setattr(cluster, "_PARALLEL", 0)
    monkeypatch.setattr(cluster, "_CHUNK", 5)
    monkeypatch.setattr(cluster, "scored", spy)
    alone = cluster.score_records(records, threshold=0.85, workers=1)
    chunks = len(read)
    read.clear()
    shared = cluster.score_records(records, threshold=0.85, workers=2)
    assert shared == alone
    assert any(decision.sameness is not None for decision in alone)
    # this process scored some chunks, from its own records; the scorer process the others
    assert 0 < len(read) < chunks
    assert not any(read)


def test_a_scorer_process_that_fails_is_an_error(tmp_path: Path) -> None:
    chunk = np.arange(3, dtype=np.int64)
    with (
        pytest.raises(RuntimeError, match="scorer process"),
        ScorerProcess(tmp_path / "missing", 0.85) as scorer,
    ):
        scorer.score(chunk)
