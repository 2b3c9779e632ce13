"""A Japanese or Chinese name in Latin letters keys its dated block as the letters spell it
("Yoshino" 1916 meets 吉野 1916), not only as a Russian romanization would read it ("eshino"),
and by each of its readings ("Hu" 1917, read as Japanese fu and as Chinese hu, meets 胡 1917)."""

from __future__ import annotations

import pytest

from archivecite.dedupe import record_keys
from archivecite.dedupe.blocking import blocking_keys
from tests.dedupe.pair_sets import build, load_pairs


def _pair(name: str, note: str) -> dict[str, dict[str, str]]:
    (pair,) = (pair for pair in load_pairs(name) if pair["note"].startswith(note))
    return pair


@pytest.mark.parametrize(
    ("name", "note", "shared"),
    [
        (
            "cross_script_holdout40.toml",
            "Yoshino, cross-language (en/ja): 'On the Meaning of Constitutional Government' "
            "(1916) <-> 憲政の本義を説いて其",
            "ay:yoshin:1916",
        ),
        (
            "cross_script_holdout57.toml",
            "published, translation (zh/en): 《文学改良刍议》 (1917) <-> 'Suggestions on Literary "
            "Improvement' (1917)",
            "ay:hu:1917",
        ),
    ],
)
def test_a_romanized_name_and_its_kanji_share_a_dated_key(
    name: str, note: str, shared: str
) -> None:
    pair = _pair(name, note)
    keys = [
        {key for key, _ in blocking_keys(record_keys(n, build(pair[tag])))}
        for n, tag in enumerate("ab")
    ]
    assert shared in keys[0] & keys[1]
