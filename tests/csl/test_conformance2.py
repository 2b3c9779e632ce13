"""archivecite against citeproc-js on the second, independent conformance corpus
(tests/data/csl2: real BibLaTeX and CSL-JSON data we did not build, see its SOURCES.md), with
its own known-failures list that may only shrink: a listed case that now passes fails the
test until it is removed."""

from __future__ import annotations

import pytest

from tests.csl.conformance import DATA2, STYLES, Case, cases, known_failures, normalized


@pytest.fixture(scope="module")
def known() -> set[str]:
    return known_failures(DATA2)


@pytest.mark.parametrize("style", STYLES)
def test_style_matches_citeproc_js(style: str, known: set[str]) -> None:
    results: list[Case] = list(cases(style, DATA2))
    new_failures = [case for case in results if not case.passed and case.name not in known]
    fixed = [case.name for case in results if case.passed and case.name in known]
    assert not new_failures, "\n".join(
        f"{case.name}\n  citeproc-js: {normalized(case.expected)}\n"
        f"  archivecite: {normalized(case.actual)}"
        for case in new_failures[:10]
    )
    assert not fixed, "now identical, remove from csl2/known_failures.txt:\n" + "\n".join(fixed)
