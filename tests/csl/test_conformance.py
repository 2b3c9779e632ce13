"""archivecite against citeproc-js on the conformance corpus, with a list of known failures
that may only shrink: a listed case that now passes fails the test until it is removed."""

from __future__ import annotations

import pytest

from tests.csl.conformance import STYLES, Case, cases, known_failures, normalized


@pytest.fixture(scope="module")
def known() -> set[str]:
    return known_failures()


@pytest.mark.parametrize("style", STYLES)
def test_style_matches_citeproc_js(style: str, known: set[str]) -> None:
    results: list[Case] = list(cases(style))
    new_failures = [case for case in results if not case.passed and case.name not in known]
    fixed = [case.name for case in results if case.passed and case.name in known]
    assert not new_failures, "\n".join(
        f"{case.name}\n  citeproc-js: {normalized(case.expected)}\n"
        f"  archivecite: {normalized(case.actual)}"
        for case in new_failures[:10]
    )
    assert not fixed, "now identical, remove from known_failures.txt:\n" + "\n".join(fixed)
