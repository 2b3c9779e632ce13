"""An archival citation romanized reads as its Cyrillic original: every real Cyrillic citation of
``tests/data/archival_citations.toml``, written in each romanization the registry knows archive
names in, names the same archive, fond, opis and delo (LC's tie in ``T͡SA FSB``, BGN/PCGN's
``yed. khr.``, GOST 7.79-B's ``ed. xr.``, ALA-LC's ``opisʹ``)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from archivecite import Parsed, archival_fields, parse_citation
from archivecite.model import ArchivalReference
from archivecite.translit import romanize

DATA = Path(__file__).parent.parent / "data" / "archival_citations.toml"
SCHEMES = ("ala-lc", "ala-lc-ascii", "bgn-pcgn", "iso9", "scientific", "gost-7.79-b")
LEVELS = ("archive", "fond", "opis", "delo")
_LATIN = re.compile("[A-Za-z]")


def _cyrillic_archive(case: dict[str, Any]) -> bool:
    """A citation printed in Cyrillic alone whose archive the corpus names."""
    return (
        not _LATIN.search(case["text"])
        and not case.get("inherits_previous", False)
        and "archive" in case.get("expected", {})
    )


CASES: list[tuple[str, dict[str, Any]]] = [
    (scheme, case)
    for case in tomllib.loads(DATA.read_text(encoding="utf-8"))["citation"]
    if _cyrillic_archive(case)
    for scheme in SCHEMES
]

# (scheme, Cyrillic text) still read otherwise; each is checked to be misread. None since the
# registry looks archive names up in every romanization, diacritics folded ("Mariĭ Ėl",
# "Marij Èl", "RDASPĪ", "RDASPÌ").
KNOWN_FAILURES: frozenset[tuple[str, str]] = frozenset()


def _levels(text: str) -> dict[str, str] | None:
    result = parse_citation(text)
    if not isinstance(result, Parsed) or not isinstance(result.reference, ArchivalReference):
        return None
    fields = archival_fields(result.reference)
    return {level: fields[level] for level in LEVELS if level in fields}


@pytest.mark.parametrize(
    ("scheme", "case"), CASES, ids=[f"{scheme}-{case['text'][:30]}" for scheme, case in CASES]
)
def test_romanized_citation_reads_as_the_original(scheme: str, case: dict[str, Any]) -> None:
    expected = {
        level: value if level == "archive" else romanize(value, lang="ru", scheme=scheme)
        for level, value in case["expected"].items()
        if level in LEVELS
    }
    observed = _levels(romanize(case["text"], lang="ru", scheme=scheme))
    if (scheme, case["text"]) in KNOWN_FAILURES:
        assert observed != expected, "now read: unlist it"
        return
    assert observed == expected
