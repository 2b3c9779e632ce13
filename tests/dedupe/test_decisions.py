"""Decisions files: stable keys, loading, replaying accept/reject."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from archivecite.dedupe import find_duplicates
from archivecite.dedupe.decisions import (
    DecisionsError,
    apply_decisions,
    cluster_key,
    dump_decisions,
    load_decisions,
    member_identity,
    save_decisions,
)
from archivecite.model import (
    ArchivalReference,
    ArchiveRef,
    BookReference,
    DateRange,
    Name,
    Provenance,
    RussianLocator,
    Text,
    folios_from_canonical,
)
from archivecite.model.reference import ReferenceKind


def _book(title: str, family: str, year: int, line: int, lang: str) -> BookReference:
    return BookReference(
        title=Text(original=title, lang=lang),
        authors=(Name(family=family),),
        date=DateRange.of(year),
        provenance=Provenance(source="refs.bib", line=line),
    )


def _archival(delo: str, folios: str, line: int) -> ArchivalReference:
    return ArchivalReference(
        archive=ArchiveRef(id="rgaspi"),
        locator=RussianLocator(
            fond="17", opis="171", delo=delo, folios=folios_from_canonical(folios)
        ),
        provenance=Provenance(source="notes.txt", line=line),
    )


REFERENCES: list[ReferenceKind] = [
    _book("シベリア抑留 米ソ関係の中での変容", "小林", 2018, 1, "ja"),
    _archival("373", "1-2", 2),
    _book("Reminiscences", "MacArthur", 2001, 3, "en"),
    _book("Shiberia yokuryū. Beisō kankei no naka de no hen’yō", "Kobayashi", 2018, 4, "ja-Latn"),
    _archival("373", "74", 5),
]


def _keys(references: list[ReferenceKind]) -> set[str]:
    return {cluster_key(c, references) for c in find_duplicates(references, level="file")}


def test_keys_do_not_depend_on_order_file_or_line() -> None:
    keys = _keys(REFERENCES)
    assert len(keys) == 2
    for seed in range(5):
        shuffled = REFERENCES[:]
        random.Random(seed).shuffle(shuffled)
        moved = [
            r.model_copy(update={"provenance": Provenance(source="other.bib", line=100 + i)})
            for i, r in enumerate(shuffled)
        ]
        assert _keys(moved) == keys


def test_identity_is_content() -> None:
    first, second = REFERENCES[1], REFERENCES[4]
    assert member_identity(first) != member_identity(second)
    same = first.model_copy(update={"provenance": Provenance(source="x", line=9)})
    assert member_identity(same) == member_identity(first)


def test_reject_splits_accept_and_unknown_keep(tmp_path: Path) -> None:
    clusters = find_duplicates(REFERENCES, level="file")
    by_members = {c.members: cluster_key(c, REFERENCES) for c in clusters}
    assert set(by_members) == {(0, 3), (1, 4)}
    path = tmp_path / "decisions.json"
    save_decisions({by_members[(0, 3)]: "reject", "0" * 32: "accept"}, path)
    decisions = load_decisions(path)
    kept = apply_decisions(clusters, REFERENCES, decisions)
    assert [c.members for c in kept] == [(1, 4)]  # undecided: kept as proposed
    save_decisions({by_members[(0, 3)]: "accept", by_members[(1, 4)]: "reject"}, path)
    kept = apply_decisions(clusters, REFERENCES, load_decisions(path))
    assert [c.members for c in kept] == [(0, 3)]


def test_replay_after_reordering_rejects_the_same_cluster() -> None:
    clusters = find_duplicates(REFERENCES, level="file")
    rejected = next(cluster_key(c, REFERENCES) for c in clusters if c.members == (1, 4))
    reordered = list(reversed(REFERENCES))
    again = find_duplicates(reordered, level="file")
    kept = apply_decisions(again, reordered, {rejected: "reject"})
    assert len(kept) == 1
    assert {reordered[i].kind for i in kept[0].members} == {"book"}


def test_file_format(tmp_path: Path) -> None:
    text = dump_decisions({"b": "reject", "a": "accept"})
    data = json.loads(text)
    assert data == {
        "format": "archivecite-dedupe-decisions",
        "version": 1,
        "decisions": {"a": "accept", "b": "reject"},
    }
    bare = tmp_path / "bare.json"
    bare.write_text('{"k": "accept"}', "utf-8")
    assert load_decisions(bare) == {"k": "accept"}


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"k": "maybe"}',
        '{"format": "other", "decisions": {}}',
        '{"version": 2, "decisions": {}}',
        '{"decisions": []}',
    ],
)
def test_bad_files_are_errors(tmp_path: Path, text: str) -> None:
    path = tmp_path / "d.json"
    path.write_text(text, "utf-8")
    with pytest.raises(DecisionsError):
        load_decisions(path)


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DecisionsError, match="cannot read"):
        load_decisions(tmp_path / "absent.json")
