"""Keyer processes key references as this process does, in input order, and a chunk one fails
on is keyed here, so that keying's own error is raised."""

from __future__ import annotations

import time

import pytest

from archivecite import Failed, parse_citations
from archivecite.dedupe import keyer, record_keys
from archivecite.dedupe.keyer import KeyerProcess
from archivecite.dedupe.keys import RecordKeys
from archivecite.model.reference import ReferenceKind
from tests.dedupe.pair_sets import build
from tests.dedupe.test_cross_script import PAIRS


def _references() -> list[ReferenceKind]:
    """The sides of the first 40 pairs of the built-on set: Cyrillic, romanized, kanji and
    archival references, and pairs among them to join."""
    sides = {repr(sorted(p[tag].items())): p[tag] for p in PAIRS[:40] for tag in ("a", "b")}
    return [build(side) for side in sides.values()]


def _spied(monkeypatch: pytest.MonkeyPatch, chunk: int) -> list[int]:
    """Chunks of ``chunk`` references from the first on, and the starts of those this
    process keys."""
    here: list[int] = []
    keyed_chunk = keyer._keyed_chunk

    def spy(start: int, references: list[ReferenceKind]) -> list[RecordKeys]:
        here.append(start)
        time.sleep(0.05)  # time for the keyer process to start and take its share
        return keyed_chunk(start, references)

    monkeypatch.setattr(keyer, "_PARALLEL", 0)
    monkeypatch.setattr(keyer, "_CHUNK", chunk)
    monkeypatch.setattr(keyer, "_keyed_chunk", spy)
    return here


def test_keyer_processes_key_as_this_one_in_input_order(monkeypatch: pytest.MonkeyPatch) -> None:
    references = _references()
    alone = [record_keys(index, reference) for index, reference in enumerate(references)]
    here = _spied(monkeypatch, 7)
    shared = keyer.keyed(iter(references), workers=2)
    assert shared == alone
    assert [record.index for record in shared] == list(range(len(references)))
    # this process keyed some chunks, the keyer process the others
    chunks = -(-len(references) // 7)
    assert 0 < len(here) < chunks


def test_an_unread_entry_is_keyed_by_its_text_in_a_keyer_process_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (failed,) = parse_citations(["Там же."])
    assert isinstance(failed, Failed)
    unread = failed.as_reference()
    with KeyerProcess() as process:
        (record,) = process.keys(5, [unread])
    assert record == record_keys(5, keyer.readable(unread))
    assert record.titles


def test_a_chunk_a_keyer_process_fails_on_raises_keyings_own_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(self: KeyerProcess, start: int, references: list[ReferenceKind]) -> list[RecordKeys]:
        raise RuntimeError("the keyer process ended (1)")

    references = _references()[:30]
    here = _spied(monkeypatch, 4)
    monkeypatch.setattr(KeyerProcess, "keys", broken)
    records = keyer.keyed(references, workers=2)
    assert records == [record_keys(index, ref) for index, ref in enumerate(references)]
    assert sorted(here) == list(range(0, len(references), 4))  # every chunk keyed here at last
