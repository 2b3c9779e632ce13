"""What the held-out ratchet tests share: a held-out corpus's items, the texts of the earlier
corpora of its kind, and its counts, scored as the benches score them (published references as
``tests.parse.published_score`` reads them; archival citations as ``bench/parse_accuracy.py``:
every expected field but ``title``, ``expected_files[i]`` against ``references[i]``, an
``inherits_previous`` item parsed with the last reference of the item before it)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from archivecite import Parsed, Reference, archival_fields, parse_citation
from tests.parse.test_published import _observed

DATA = Path(__file__).parent.parent / "data"
_IGNORED = frozenset({"title"})


def items(path: Path, table: str) -> list[dict[str, Any]]:
    """The items of a corpus file (its ``[[reference]]`` or ``[[citation]]`` tables)."""
    loaded: list[dict[str, Any]] = tomllib.loads(path.read_text(encoding="utf-8"))[table]
    return loaded


def earlier_texts(holdout: Path, pattern: str, table: str) -> set[str]:
    """The texts of every other corpus file named by ``pattern`` in tests/data."""
    return {
        case["text"]
        for path in DATA.glob(pattern)
        if path != holdout
        for case in items(path, table)
    }


def published_counts(cases: list[dict[str, Any]]) -> tuple[int, int]:
    """(references read with every expected field right, references read at all)."""
    observed = [(_read(case["text"]), case["expected"]) for case in cases]
    read = [(fields, expected) for fields, expected in observed if fields is not None]
    right = sum(
        all(fields[key] == value for key, value in expected.items()) for fields, expected in read
    )
    return right, len(read)


def _read(text: str) -> dict[str, Any] | None:
    try:
        return _observed(text)
    except AssertionError:  # not read as a published reference
        return None


def archival_expected(case: dict[str, Any]) -> list[dict[str, str]]:
    """The fields expected of each file a citation names, ``title`` left out."""
    files = case.get("expected_files") or [case.get("expected", {})]
    return [
        {key: str(value) for key, value in fields.items() if key not in _IGNORED}
        for fields in files
    ]


def archival_counts(cases: list[dict[str, Any]]) -> tuple[int, int]:
    """(citations with every expected field right, field checks right)."""
    fully_right = checks_right = 0
    previous: Reference | None = None
    for case in cases:
        result = parse_citation(
            case["text"], previous=previous if case.get("inherits_previous") else None
        )
        references: tuple[Reference, ...] = ()
        if isinstance(result, Parsed):
            references = result.references
            previous = references[-1]
        else:
            previous = None
        all_right = True
        for index, expected in enumerate(archival_expected(case)):
            got = archival_fields(references[index]) if index < len(references) else {}
            for key, value in expected.items():
                right = got.get(key) == value
                checks_right += right
                all_right = all_right and right
        fully_right += all_right
    return fully_right, checks_right
