"""The archive registry: its data checks itself, and every sample is a parser test case."""

from __future__ import annotations

from collections import Counter

import pytest

from archivecite import archival_fields, parse_citation
from archivecite.errors import UnknownArchiveError
from archivecite.registry import Sample, alias_key, default_registry
from archivecite.registry.registry import romanized_abbreviations

REGISTRY = default_registry()
SAMPLES = [(archive.id, sample) for archive in REGISTRY for sample in archive.samples]


def test_registry_covers_the_archives_historians_cite() -> None:
    assert len(REGISTRY) >= 60
    countries = Counter(archive.country for archive in REGISTRY)
    assert countries["ru"] >= 40
    assert countries["jp"] >= 5
    assert countries["cn"] + countries["tw"] >= 9
    for required in (
        "garf",
        "rgaspi",
        "rgani",
        "rgva",
        "rgae",
        "avp-rf",
        "tsamo",
        "tsa-fsb",
        "ap-rf",
        "ga-khabarovsk",
        "ga-primorye",
        "ga-irkutsk",
        "ga-krasnoyarsk",
        "ga-zabaikalye",
        "ga-kemerovo",
        "ga-karaganda",
        "naj",
        "mofa-da",
        "nids",
        "ndl-kensei",
        "jacar",
        "mfa-prc",
        "fhac",
        "shac",
        "cac",
        "liaoning-pa",
        "jilin-pa",
        "heilongjiang-pa",
        "imh-as",
        "nara",
        "tna",
    ):
        assert required in REGISTRY, required


@pytest.mark.parametrize(
    ("name", "archive_id", "historical"),
    [
        ("ГА РФ", "garf", False),
        ("ГАРФ", "garf", False),
        ("GA RF", "garf", False),
        ("State Archive of the Russian Federation", "garf", False),
        ("TsGAOR SSSR", "garf", True),
        ("RTsKhIDNI", "rgaspi", True),
        ("ЦПА ИМЛ", "rgaspi", True),
        ("TsGASA", "rgva", True),
        ("AVP SSSR", "avp-rf", True),
        ("TsGANKh", "rgae", True),
        ("TSAMO", "tsamo", False),
        ("外交部档案馆", "mfa-prc", False),
        ("防衛省防衛研究所", "nids", False),
        # abbreviations in the scientific transliteration of German scholarship, ISO 9, Duden
        ("RCChIDNI", "rgaspi", True),
        ("CGAOR SSSR", "garf", True),
        ("CChSD", "rgani", True),
        ("CA FSB", "tsa-fsb", False),
        ("RCHIDNI", "rgaspi", True),
        ("ZGAOR SSSR", "garf", True),
        ("CZA FSB", "tsa-fsb", False),
        ("RCZXIDNI", "rgaspi", True),
    ],
)
def test_lookup_by_any_name(name: str, archive_id: str, historical: bool) -> None:
    match = REGISTRY.find(name)
    assert match.archive.id == archive_id
    assert match.is_historical is historical


def test_unknown_archive_fails_with_suggestions() -> None:
    with pytest.raises(UnknownArchiveError) as raised:
        REGISTRY.get("garf2")
    assert raised.value.suggestions[0] == "garf"
    assert str(raised.value).startswith("no archive is known as 'garf2'; did you mean 'garf'")


def test_renamings_carry_dates() -> None:
    garf = REGISTRY.get("garf")
    tsgaor = next(item for item in garf.predecessors if "TsGAOR SSSR" in item.all_names())
    assert tsgaor.until == 1992


@pytest.mark.parametrize(
    ("archive_id", "sample"), SAMPLES, ids=[f"{aid}:{s.text[:30]}" for aid, s in SAMPLES]
)
def test_registry_sample_parses_as_expected(archive_id: str, sample: Sample) -> None:
    result = parse_citation(sample.text)
    assert result.ok, result
    fields = archival_fields(result.reference)  # type: ignore[union-attr]
    expected = {key: value for key, value in sample.expected.items() if key != "title"}
    assert {key: fields.get(key) for key in expected} == expected


def test_a_shared_abbreviation_resolves_by_country() -> None:
    assert REGISTRY.find("НАРБ", country="by").archive.id == "narb"
    assert REGISTRY.find("НАРБ", country="ru").archive.id == "ga-buryatia"


def test_a_current_name_wins_over_a_former_one() -> None:
    assert REGISTRY.find("ГАСО").archive.id == "ga-sverdlovsk"
    assert REGISTRY.find("ГАСО", year=1990).archive.id == "ga-sverdlovsk"


def test_year_prefers_the_name_in_use_then() -> None:
    match = REGISTRY.find("TsGAOR SSSR", year=1975)
    assert match.archive.id == "garf"
    assert match.is_historical


@pytest.mark.parametrize(
    ("name", "archive_id"),
    [
        ("Архив Президента РФ", "ap-rf"),
        ("Архив Президента России", "ap-rf"),
        ("Центральный архив МО РФ", "tsamo"),
    ],
)
def test_equivalent_phrases_in_names(name: str, archive_id: str) -> None:
    assert REGISTRY.find(name).archive.id == archive_id


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        (
            "РЦХИДНИ",
            [
                *("RTsKhIDNI", "RTSKHIDNI", "RCChIDNI", "RCCHIDNI", "RCXIDNI", "RCzXIDNI"),
                *("RCZXIDNI", "RCHIDNI", "RZChIDNI", "RZCHIDNI"),
            ],
        ),
        ("ЦА ФСБ", ["TsA FSB", "TSA FSB", "CA FSB", "CzA FSB", "CZA FSB", "ZA FSB"]),
        ("ГА РФ", ["GA RF"]),
        ("ЦДАВО України", []),  # not capitals only
        ("GARF", []),
    ],
)
def test_romanized_abbreviations(name: str, forms: list[str]) -> None:
    assert romanized_abbreviations(name) == forms


def test_a_romanized_abbreviation_never_takes_a_written_name() -> None:
    written: dict[str, set[str]] = {}
    for archive in REGISTRY:
        names = [*archive.own_names(), *archive.shared_names()]
        names += [name for item in archive.predecessors for name in item.all_names()]
        for name in names:
            written.setdefault(alias_key(name), set()).add(archive.id)
    for archive in REGISTRY:
        for name in archive.abbreviation_names():
            for form in romanized_abbreviations(name):
                found = {match.archive.id for match in REGISTRY.matches(form)}
                assert found == written.get(alias_key(form), found), form
                assert found, form
