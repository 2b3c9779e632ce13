"""CSL 1.0.2 "Text-case" title, as citeproc-js applies it (cases from the second corpus)."""

from __future__ import annotations

import pytest

from archivecite.csl.fixes.text_case import title_case


@pytest.mark.parametrize(
    ("text", "cased"),
    [
        # a skip word inside a hyphenated compound stays lower-case
        ("Quality-of-Life and Depressive Symptoms", "Quality-of-Life and Depressive Symptoms"),
        ("digital-to-analog converters", "Digital-to-Analog Converters"),
        # and the first word and the word after a colon are capitalised
        ("the road to terror: the self-destruction", "The Road to Terror: The Self-Destruction"),
    ],
)
def test_title_case(text: str, cased: str) -> None:
    assert title_case(text) == cased
