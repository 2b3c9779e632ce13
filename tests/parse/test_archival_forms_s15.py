"""Archival forms first met in the held-out dedupe sets of session 15: a Diplomatic Archives
(Gaimushō) file number in the form of its classification opening a line, the file's English
title in quotes under it, as JACAR's English pages print the Foreign Ministry's records; the
number alone names the archive (README: a locator whose own form names it)."""

from __future__ import annotations

import pytest

from tests.parse.helpers import archival_file, single_reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # CONSTRUCTED on the form of https://www.jacar.go.jp/english/nichibei/negotiation/
            # index4.html (pages corpus), with the sub-file A.1.3.1.1-3-1 (the ambassadors'
            # reports) that JACAR's Japanese citation of B02030749100 names
            'A.1.3.1.1-3-1\n"Reports on the Mission in the United States (Nomura Kichisaburo and'
            ' Kurusu Saburo)"',
            {"archive": "mofa-da", "call_number": "A.1.3.1.1-3-1"},
            id="lettered-number-then-quoted-title",
        ),
    ],
)
def test_lettered_mofa_number(text: str, expected: dict[str, str]) -> None:
    assert archival_file(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A.1.2.3.4 of the report.",  # a section's number before prose
        'Section A.1.2.3.4 "Scope" above.',  # not opening a line
    ],
)
def test_lettered_number_left_alone(text: str) -> None:
    reference = single_reference(text)
    archive = getattr(reference, "archive", None)
    assert archive is None or archive.id != "mofa-da"
