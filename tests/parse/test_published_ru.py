"""The published-work parser against real Russian, Ukrainian and Belarusian (GOST) references."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from archivecite.parse.published import gost_roles, parse_published
from tests.parse.test_published import _observed

DATA = Path(__file__).parent.parent / "data" / "published_citations_ru.toml"
CASES: list[dict[str, Any]] = tomllib.loads(DATA.read_text(encoding="utf-8"))["reference"]

# Corpus texts the parser still misreads. The list may only shrink: each is checked to be still
# misread, so a fix fails here until its text is removed.
KNOWN_FAILURES: frozenset[str] = frozenset(
    {
        # a fleeting vowel: the genitive Парибка is of Парибок
        "Шабдапракаша 2 / под ред. А. В. Парибка и Д. Н. Лелюхина. СПб., 2011. С. 77–98",
    }
)


def _observed_ru(text: str) -> dict[str, Any]:
    """The common observations, with the printed form of each editor's name and the series."""
    observed = _observed(text)
    parsed = parse_published(text)
    assert parsed is not None
    ref = parsed.reference
    series = getattr(ref, "series", None)
    observed["editors_original"] = [name.original for name in ref.editors]
    observed["series"] = None if series is None else series.original
    return observed


def _misread(case: dict[str, Any]) -> bool:
    if parse_published(case["text"]) is None:
        return True
    observed = _observed_ru(case["text"])
    expected: dict[str, Any] = case["expected"]
    return {key: observed[key] for key in expected} != expected


@pytest.mark.parametrize("case", CASES, ids=[case["text"][:40] for case in CASES])
def test_reads_real_reference(case: dict[str, Any]) -> None:
    if case["text"] in KNOWN_FAILURES:
        assert _misread(case), "now read: unlist it"
        return
    observed = _observed_ru(case["text"])
    expected = case["expected"]
    assert {key: observed[key] for key in expected} == expected


def test_known_failures_are_corpus_entries() -> None:
    assert {case["text"] for case in CASES} >= KNOWN_FAILURES


def test_corpus_names_its_sources() -> None:
    assert len(CASES) >= 50
    assert all(case["source"].strip() for case in CASES)
    assert len({case["text"] for case in CASES}) == len(CASES)


@pytest.mark.parametrize(
    ("genitive", "nominative"),
    [
        ("Жукова", "Жуков"),
        ("Светловой", "Светлова"),
        ("Соколовского", "Соколовский"),
        ("Соколовской", "Соколовская"),
        ("Толстого", "Толстой"),
        ("Горького", "Горький"),
        ("Зарубина", "Зарубин"),
        ("Паниной", "Панина"),
        ("Гуревича", "Гуревич"),
        ("Кима", "Ким"),
        ("Смолія", "Смолій"),
        ("Загорулько", "Загорулько"),
        ("Крищенко", "Крищенко"),
        ("Ким", "Ким"),
    ],
)
def test_genitive_family_names_back_to_nominative(genitive: str, nominative: str) -> None:
    assert gost_roles.nominative(genitive) == nominative


@pytest.mark.parametrize(
    ("statement", "role", "names", "originals"),
    [
        ("под ред. А. Е. Жукова", "editor", ["Жуков"], ["А. Е. Жукова"]),
        ("под общ. ред. Н. А. Ивановой, С. П. Толстого", "editor", ["Иванова", "Толстой"], None),
        ("отв. ред. Н. А. Иванова", "editor", ["Иванова"], [None]),
        ("сост. В. Н. Хаустов и др.", "editor", ["Хаустов"], [None]),
        ("пер. с яп. А. А. Иванов", "translator", ["Иванов"], [None]),
        ("за ред. В. А. Смолія", "editor", ["Смолій"], ["В. А. Смолія"]),
        ("Д.В. Григорьев, П.В. Степанов", "author", ["Григорьев", "Степанов"], [None, None]),
    ],
)
def test_statement_roles(
    statement: str, role: str, names: list[str], originals: list[str | None] | None
) -> None:
    [(found_role, found)] = gost_roles.read_statement(statement, 0, len(statement))
    assert found_role == role
    assert [name.family for name in found] == names
    if originals is not None:
        assert [name.original for name in found] == originals
