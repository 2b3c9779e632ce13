"""A Japanese title's inflected verbs and adjectives with their lemmas, as a dictionary lists
them. Titles: John Dower's 『敗北を抱きしめて』 (Iwanami, 2001; iwanami.co.jp/book/b261454.html),
Morimi Tomihiko's 『夜は短し歩けよ乙女』 (Kadokawa, 2006; the NDL Search record of its Chinese
translation names it, see the ndl-sru-sample row of tests/data/dedupe/SOURCES.md), 『帝國主義下の臺灣』 (Yanaihara, 1929), which inflects nothing."""

from __future__ import annotations

import pytest

from archivecite.translit.japanese.lemmas import inflected_words

pytest.importorskip("fugashi")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("敗北を抱きしめて", ((3, 7, "抱き締める"),)),
        ("夜は短し歩けよ乙女", ((2, 3, "短い"), (4, 7, "歩く"))),
        ("帝國主義下の臺灣", ()),
    ],
)
def test_inflected_words_and_their_lemmas(
    title: str, expected: tuple[tuple[int, int, str], ...]
) -> None:
    assert inflected_words(title) == expected
