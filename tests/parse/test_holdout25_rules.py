"""Rules learned from tests/data/dedupe/cross_script_holdout25.toml (its sources named there),
each with the texts it must leave alone."""

from __future__ import annotations

from archivecite import Parsed, archival_fields, parse_citation


def _kind_and_fields(text: str) -> tuple[str, dict[str, str]]:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference = result.references[0]
    return reference.kind, archival_fields(reference)


def test_an_archive_name_inside_a_longer_name_is_not_the_archive() -> None:
    # halkcephesi's English source line of a Lubianka volume: "the Main Department of State
    # Security of the NKVD" names no "Department of State"
    kind, _ = _kind_and_fields(
        "Lubyanka. Stalin and the Main Department of State Security of the NKVD. Stalinʹs"
        " archive. Documents of the supreme bodies of party and state power. 1937‐1938. ‐ M .:"
        " MFD, 2004, p. 463."
    )
    assert kind != "archival"


def test_the_archive_named_before_a_comma_or_a_level_still_is() -> None:
    # FRUS 1955-1957, vol. III, microfiche supplement, document 371 (the registry's sample);
    # the Zhezkazgan archive's legend (its sample, in ALA-LC romanization)
    assert _kind_and_fields(
        "Source: Department of State, Central Files, 611.93/11–1055. Secret; Limit"
        " Distribution. Drafted by McConaughy; cleared in draft by Sebald."
    ) == (
        "archival",
        {"archive": "us-state-dept", "series": "Central Files", "file": "611.93/11-1055"},
    )
    kind, fields = _kind_and_fields(
        "(Spravka-legenda KGU GAGZH Fond 458 Opisʹ 2 Delo 10 str.16—17)."
    )
    assert (kind, fields["archive"], fields["fond"]) == ("archival", "ga-zhezkazgan", "458")
