"""Citation forms the published-work parser once refused, each on real references from several
sources (``tests/data/published_citations_forms.toml``): authorless romanized books with a
translation, MLA, Chicago, APA and ACS as Russian and Ukrainian journal sites print them, and
Soviet references whose journal or book follows a comma or a dash."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from archivecite import Parsed, parse_citation, parse_citations
from archivecite.parse.dates import find_era_year
from tests.parse.helpers import reference_fields

DATA = Path(__file__).parent.parent / "data" / "published_citations_forms.toml"
CASES: list[dict[str, Any]] = tomllib.loads(DATA.read_text(encoding="utf-8"))["reference"]

# Items still misread; each is checked to be misread, so a fix fails here until it is unlisted.
KNOWN_FAILURES: frozenset[str] = frozenset(
    {
        # the translation of a volume's title ("Part II. 1898-1924") after the bracketed one
        "KPSS v rezolyutsiyakh i resheniyakh s»ezdov kon-ferentsiy i plenumov TsK. Ch. II."
        " 1898-1924 [CPSU in resolutions and decisions of congresses, conferences and plenums of"
        " the Central Committee]. Part II. 1898-1924. Moscow, Gospolitizdat, 1954, 832 p.",
        # an MLA head whose family name has no comma after it, as the author entered it
        "Зверева Ю.В. «МЕТАФОРИЧЕСКИЕ НАЗВАНИЯ В МИКРОТОПОНИМИИ ПЕРМСКОГО КРАЯ». Филология в XXI"
        " веке, вып. 1, октябрь 2023 г., сс. 150-5,"
        " https://press.psu.ru/index.php/fXXI/article/view/8217.",
        # a family name printed as its initial ("К., К. А.")
        "К., К. А. «Облaстнaя гaзетa в период политических и социaльных перемен». Серия"
        " Журналистики, т. 54, вып. 4, декабрь 2019 г., сс. 26-35,"
        " doi:10.26577/HJ.2019.v54.i4.04.",
    }
)


def _fields(text: str) -> dict[str, Any] | None:
    result = parse_citation(text)
    return reference_fields(result.reference) if isinstance(result, Parsed) else None


def _read_as_expected(case: dict[str, Any]) -> bool:
    observed = _fields(case["text"])
    expected: dict[str, Any] = case["expected"]
    return observed is not None and {key: observed[key] for key in expected} == expected


@pytest.mark.parametrize("case", CASES, ids=[f"{c['form']}-{c['text'][:30]}" for c in CASES])
def test_reads_real_reference(case: dict[str, Any]) -> None:
    if case["text"] in KNOWN_FAILURES:
        assert not _read_as_expected(case), "now read: unlist it"
        return
    observed = _fields(case["text"])
    assert observed is not None, "not read"
    expected = case["expected"]
    assert {key: observed[key] for key in expected} == expected
    # `absent`: fields the reference must not have (TOML has no null)
    assert {key: observed[key] for key in case.get("absent", [])} == {
        key: [] if isinstance(observed[key], list) else None for key in case.get("absent", [])
    }


@pytest.mark.parametrize(
    "case",
    [case for case in CASES if "\n" in case["text"]],
    ids=lambda case: case["text"][:30],
)
def test_a_line_break_reads_as_a_space(case: dict[str, Any]) -> None:
    assert _fields(case["text"]) == _fields(" ".join(case["text"].split()))


def test_every_target_is_read() -> None:
    """The references first refused (cross_script_holdout.toml) each give a reference."""
    targets = [case["text"] for case in CASES if case.get("target")]
    assert all(isinstance(result, Parsed) for result in parse_citations(targets, source="forms"))


def test_table_names_its_sources_and_forms() -> None:
    assert all(case["source"].strip() and case["form"] for case in CASES)
    assert len({case["text"] for case in CASES}) == len(CASES)
    assert {case["text"] for case in CASES} >= KNOWN_FAILURES


@pytest.mark.parametrize(
    ("text", "era_date"),
    [(case["text"], case["era_date"]) for case in CASES if "era_date" in case],
    ids=lambda value: value[:20],
)
def test_era_form_is_kept(text: str, era_date: str) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed)
    assert result.reference.extra["era_date"] == era_date


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("商务印书馆，民国三十一年。", 1942),
        ("民國元年", 1912),
        ("明治元年", 1868),
        ("令和元年", 2019),
        ("平成31年", 2019),
        ("（改造社、昭和9）", 1934),
        ("光绪三年苏州文学山房活字本", 1877),
        ("乾隆五十五年", 1790),
        ("萬曆四十二年", 1614),
    ],
)
def test_era_year_is_gregorian(text: str, year: int) -> None:
    found = find_era_year(text)
    assert found is not None
    assert found.date.start.year == year
