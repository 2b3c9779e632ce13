"""archivecite against citeproc-js on the two conformance corpora -- ours (tests/data/csl) and
the second, independent one (tests/data/csl2: real BibLaTeX and CSL-JSON data we did not
build, see its SOURCES.md) -- each with a list of known failures that may only shrink: a
listed case that now passes fails the test until it is removed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.csl.conformance import DATA, DATA2, STYLES, Case, cases, known_failures, normalized


@pytest.mark.parametrize("data", [DATA, DATA2], ids=["csl", "csl2"])
@pytest.mark.parametrize("style", STYLES)
def test_style_matches_citeproc_js(style: str, data: Path) -> None:
    known = known_failures(data)
    results: list[Case] = list(cases(style, data))
    new_failures = [case for case in results if not case.passed and case.name not in known]
    fixed = [case.name for case in results if case.passed and case.name in known]
    assert not new_failures, "\n".join(
        f"{case.name}\n  citeproc-js: {normalized(case.expected)}\n"
        f"  archivecite: {normalized(case.actual)}"
        for case in new_failures[:10]
    )
    assert not fixed, f"now identical, remove from {data.name}/known_failures.txt:\n" + "\n".join(
        fixed
    )
