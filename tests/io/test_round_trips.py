"""The seed references and generated references written in each format and read back: equal
for every field the format holds; every other field is named in the write report."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import archivecite
from archivecite.io import read, write
from archivecite.model import BookReference, Name, ReferenceKind, Text
from tests.io.compare import dump, expected_after
from tests.strategies import file_reference

SEEDS = Path(__file__).parent.parent.parent / "examples" / "katasonova2020_references.txt"
FORMATS = ["bibtex", "csljson", "ris"]


def _seeds() -> list[ReferenceKind]:
    results = archivecite.parse_citations(SEEDS.read_text(encoding="utf-8"))
    return [
        ref
        for result in results
        if isinstance(result, archivecite.Parsed)
        for ref in result.references
    ]


def _round_trip(references: list[ReferenceKind], format_name: str) -> None:
    result = write(references, format=format_name)
    back = read(result.text, format=format_name)
    assert back.failures == ()
    assert len(back.references) == len(references)
    for index, (original, again) in enumerate(zip(references, back.references, strict=True)):
        mine = result.__class__(
            result.text, tuple(d for d in result.dropped if d.index == index), result.format
        )
        expected, paths = expected_after(original, mine)
        assert dump(again, paths) == dump(expected, paths)


@pytest.mark.parametrize("format_name", FORMATS)
def test_seed_references_round_trip(format_name: str) -> None:
    seeds = _seeds()
    assert len(seeds) >= 20
    _round_trip(seeds, format_name)


@pytest.mark.parametrize(
    ("format_name", "expected"),
    [
        ("bibtex", {"classification", "locator"}),
        ("csljson", {"classification", "kind", "locator"}),
        ("ris", {"classification", "locator"}),
    ],
)
def test_seed_losses_are_reported(format_name: str, expected: set[str]) -> None:
    """Typed locators become locator text everywhere; no format has a field for a
    classification mark; CSL has no type for a published collection."""
    result = write(_seeds(), format=format_name)
    assert {dropped.field for dropped in result.dropped} == expected


@pytest.mark.parametrize("format_name", FORMATS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reference=file_reference)
def test_any_reference_round_trips(format_name: str, reference: ReferenceKind) -> None:
    _round_trip([reference], format_name)


@pytest.mark.parametrize("format_name", FORMATS)
def test_a_comma_for_a_name_round_trips(format_name: str) -> None:
    # found by the property test above: RIS read "AU  - ," as a person with no name and failed
    _round_trip(
        [BookReference(title=Text(original="T"), authors=(Name(literal=","),))], format_name
    )


def test_converting_reports_fields_the_target_cannot_hold() -> None:
    bib = read("@book{k, title = {T}, file = {a.pdf}}\n% note\n", format="bibtex")
    result = write(bib.references, format="ris")
    assert [str(dropped) for dropped in result.dropped] == [
        "k: extra.bibtex:file: RIS has no field for it",
        "k: extra.bibtex:@after: RIS has no field for it",
    ]
