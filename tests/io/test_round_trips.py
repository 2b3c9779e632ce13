"""The seed references and generated references written in each format and read back: equal
for every field the format holds; every other field is named in the write report."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import archivecite
from archivecite.io import read, write
from archivecite.model import BookReference, Name, ReferenceKind, Text
from tests.io.compare import carried, dump, expected_after
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


# What each format writes elsewhere than in its own fields, for the seeds: a typed locator is
# written as text (and its reading carried), a classification mark has no field anywhere, and
# CSL has no type for a published collection.
SEED_CARRIED = {
    "bibtex": {"classification", "locator", "locator_text"},
    "csljson": {"classification", "kind", "locator", "locator_text"},
    "ris": {"classification", "locator", "locator_text"},
}


@pytest.mark.parametrize("format_name", FORMATS)
def test_seeds_lose_nothing(format_name: str) -> None:
    result = write(_seeds(), format=format_name)
    assert result.dropped == ()
    model_parts = {
        key for own in carried(result.text, format_name) for key in own.get("@model", {})
    }
    assert model_parts == SEED_CARRIED[format_name]


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


# Real legends (see tests/parse/test_legends.py for their sources) and one with a publication.
LEGEND_NOTES = [
    "ГАРФ. Ф. 3431. Оп. 1. Д. 459. Л. 12–12 об. Машинопись. Подлинник. Подписи — автографы.",
    "РГАСПИ. Ф. 17. Оп. 162. Д. 14. Л. 122. Заверенная копия.",
    "ЦХСД, ф. 89, оп. 65, д. 12, лл. 1-2 (копия).",
    "РГАСПИ. Ф. 17. Оп. 3. Д. 1. Л. 5. Подлинник. Опубл.: Известия ЦК КПСС. 1989. № 3.",
]


@pytest.mark.parametrize("format_name", FORMATS)
@pytest.mark.parametrize("note", LEGEND_NOTES)
def test_a_legend_round_trips(format_name: str, note: str) -> None:
    parsed = archivecite.parse_citation(note)
    assert isinstance(parsed, archivecite.Parsed)
    reference = parsed.reference
    assert reference.legend is not None
    written = write([reference], format=format_name)
    # the legend as printed is in the format's own field (CSL medium, howpublished, RIS M2)
    field = {"bibtex": "howpublished = {", "csljson": '"medium": "', "ris": "M2  - "}
    assert field[format_name] + reference.legend.text in written.text
    (again,) = read(written.text, format=format_name).references
    assert again.legend == reference.legend  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("format_name", "text"),
    [
        pytest.param(
            "csljson",
            '[{"id": "a", "type": "manuscript", "archive": "ГА РФ", "archive_location": '
            '"Ф. Р-9401. Оп. 2. Д. 582. Л. 9–12 об.", "medium": "Подлинник. Машинопись."}]',
            id="csl-medium",
        ),
        pytest.param(
            "bibtex",
            "@unpublished{a, archive = {ГА РФ}, archive_location = {Ф. Р-9401. Оп. 2. Д. 582. "
            "Л. 9–12 об.}, howpublished = {Подлинник. Машинопись.}}",
            id="bibtex-howpublished",
        ),
        pytest.param(
            "ris",
            "TY  - MANSCPT\nPB  - ГА РФ\nAV  - Ф. Р-9401. Оп. 2. Д. 582. Л. 9–12 об.\n"
            "M2  - Подлинник. Машинопись.\nER  - \n",
            id="ris-m2",
        ),
    ],
)
def test_a_legend_from_another_tool_gets_its_reading(format_name: str, text: str) -> None:
    (reference,) = archivecite.read(text, format=format_name).references
    legend = reference.legend  # type: ignore[union-attr]
    assert legend is not None
    assert (legend.text, legend.authenticity, legend.medium) == (
        "Подлинник. Машинопись.",
        archivecite.Authenticity.ORIGINAL,
        archivecite.Medium.TYPESCRIPT,
    )
