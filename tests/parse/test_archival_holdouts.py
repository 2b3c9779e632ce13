"""The held-out sets of real archival citations (``archival_citations_holdout6/7/8.toml``): each
measured before any change made for it (its header gives the figures and the command), then
re-measured as causes are fixed. Not all of a set is read right yet, so each test is a ratchet:
the count of citations with every expected field right, and of field checks right, may only
rise. Fields are compared as ``bench/parse_accuracy.py`` compares them (every expected field but
``title``, ``expected_files[i]`` against ``references[i]``, an ``inherits_previous`` item parsed
with the last reference of the item before it)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.ratchet import DATA, archival_counts, archival_expected, items

# (citations fully right, field checks right) at least; the figures before any change in brackets
RATCHETS = {
    "archival_citations_holdout6.toml": (59, 245),  # (28 of 59, 200 of 245 at 1b4133d)
    "archival_citations_holdout7.toml": (25, 121),  # (20 of 28, 108 of 124 at 5044b64)
    "archival_citations_holdout8.toml": (33, 145),  # (21 of 34, 103 of 146 at 3213b2b)
}
HOLDOUTS = pytest.mark.parametrize("name", sorted(RATCHETS))


def _cases(name: str) -> list[dict[str, Any]]:
    return items(DATA / name, "citation")


@HOLDOUTS
def test_no_text_is_in_another_corpus(name: str) -> None:
    """No text occurs in any other tests/data file (parse and dedupe corpora alike)."""
    others = "\n".join(
        path.read_text(encoding="utf-8")
        for path in sorted(DATA.rglob("*"))
        if path.is_file() and path.name != name and path.suffix in {".toml", ".md", ".txt"}
    )
    assert [case["text"] for case in _cases(name) if case["text"] in others] == []


@HOLDOUTS
def test_every_item_names_its_source_and_expects_something(name: str) -> None:
    cases = _cases(name)
    assert [case["text"] for case in cases if not case.get("source")] == []
    assert [case["text"] for case in cases if not any(archival_expected(case))] == []


@HOLDOUTS
def test_the_counts_only_rise(name: str) -> None:
    fully_right, checks_right = archival_counts(_cases(name))
    fully_floor, checks_floor = RATCHETS[name]
    assert (fully_right >= fully_floor, checks_right >= checks_floor) == (True, True), (
        fully_right,
        checks_right,
    )
