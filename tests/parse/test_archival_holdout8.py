"""The eighth held-out set of real archival citations (``archival_citations_holdout8.toml``):
measured before any change made for it (its header gives the figures and the command), then
re-measured as causes are fixed. Much of it is not read right yet, so the test is a ratchet:
the count of citations with every expected field right, and of field checks right, may only
rise. Fields are compared as ``bench/parse_accuracy.py`` compares them (every expected field but
``title``, ``expected_files[i]`` against ``references[i]``, an ``inherits_previous`` item parsed
with the last reference of the item before it)."""

from __future__ import annotations

from typing import Any

from tests.parse.ratchet import DATA, archival_counts, archival_expected, items

HOLDOUT8 = DATA / "archival_citations_holdout8.toml"
CASES: list[dict[str, Any]] = items(HOLDOUT8, "citation")

FULLY_RIGHT_AT_LEAST = 28  # 21 of 34 before any change (3213b2b)
CHECKS_RIGHT_AT_LEAST = 133  # 103 of 146 before any change (3213b2b)


def test_no_text_is_in_an_earlier_corpus() -> None:
    """No text occurs in any earlier tests/data file (parse and dedupe corpora alike)."""
    earlier = "\n".join(
        path.read_text(encoding="utf-8")
        for path in sorted(DATA.rglob("*"))
        if path.is_file() and path != HOLDOUT8 and path.suffix in {".toml", ".md", ".txt"}
    )
    assert [case["text"] for case in CASES if case["text"] in earlier] == []


def test_every_item_names_its_source() -> None:
    assert [case["text"] for case in CASES if not case.get("source")] == []


def test_every_item_expects_something() -> None:
    assert [case["text"] for case in CASES if not any(archival_expected(case))] == []


def test_the_counts_only_rise() -> None:
    fully_right, checks_right = archival_counts(CASES)
    assert (fully_right >= FULLY_RIGHT_AT_LEAST, checks_right >= CHECKS_RIGHT_AT_LEAST) == (
        True,
        True,
    ), (fully_right, checks_right)
