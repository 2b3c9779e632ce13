"""A Japanese family name voiced by rendaku in one spelling and not in the other (柳田國男,
read yanagida by the dictionary, spelt Yanagita by himself and his translators): the two
share a name block, so 遠野物語 meets 'The Legends of Tono' (cross_script_holdout47.toml)."""

from __future__ import annotations

import pytest

from archivecite.dedupe.blocking import blocking_keys
from archivecite.dedupe.keys import record_keys
from archivecite.dedupe.transcription import unvoiced_reading
from tests.dedupe.pair_sets import build, load_pairs


@pytest.mark.parametrize(
    ("reading", "unvoiced"),
    [
        ("yanagida", "yanakita"),
        ("yanagita", "yanakita"),
        ("yamazaki", "yamasaki"),
        ("nakajima", "nakashima"),
        ("gotoo", "gotoo"),  # the opening consonant is never rendaku's
        ("tono", "tono"),
    ],
)
def test_the_unvoiced_reading(reading: str, unvoiced: str) -> None:
    assert unvoiced_reading(reading) == unvoiced


def test_yanagita_and_yanagida_share_a_name_block() -> None:
    (pair,) = [
        pair
        for pair in load_pairs("cross_script_holdout47.toml")
        if pair["note"].startswith("published, translation (en/ja): 'The Legends of Tono'")
    ]
    a, b = (set(blocking_keys(record_keys(i, build(pair[s])))) for i, s in enumerate("ab"))
    assert a & b == {("an:^yanakita", "name")}
