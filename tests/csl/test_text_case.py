"""CSL 1.0.2 "Text-case" title, as citeproc-js applies it (cases from the second corpus)."""

from __future__ import annotations

import pytest
from citeproc.string import String

from archivecite.csl import engine  # noqa: F401 - importing the engine applies the fixes
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


def test_an_elided_skip_word_keeps_its_word_small() -> None:
    assert title_case("le passé d’une illusion") == "Le Passé d’une Illusion"
    assert title_case("d’une illusion") == "D’une Illusion"  # the first word all the same


@pytest.mark.parametrize(
    ("text", "capitalized"),
    [("ed. by", "Ed. by"), ("iPad ed.", "iPad ed."), ("eBay", "eBay")],
)
def test_capitalize_first_changes_only_a_lower_case_first_word(text: str, capitalized: str) -> None:
    """CSL 1.0.2 "Text-case": capitalize-first "if the word is lowercase"."""
    assert str(String(text).capitalize_first()) == capitalized
