"""A kanji word's reading printed in brackets right after it, the ruby set inline: not a word
of the title, so 『餓死(うえじに)した英霊たち』 meets 餓死した英霊たち (ちくま学芸文庫)."""

from __future__ import annotations

import pytest

from archivecite.dedupe.title_keys import clean_title
from tests.dedupe.pair_sets import joined, load_pairs


@pytest.mark.parametrize(
    ("title", "cleaned"),
    [
        # http://food-mileage.jp/2018/09/02/hon-150/ (cross_script_holdout51.toml)
        ("餓死(うえじに)した英霊たち", "餓死した英霊たち"),
        # 辺見じゅん's title with its katakana ruby inline (constructed row, the book's ruby)
        ("収容所（ラーゲリ）から来た遺書", "収容所から来た遺書"),
        # kanji in the brackets, or a space before them: not a reading (constructed rows)
        ("毛沢東伝(上)", "毛沢東伝(上)"),
        ("餓死した英霊たち (ちくま学芸文庫)", "餓死した英霊たち (ちくま学芸文庫)"),
        ("日本の歴史 (いずみぶっくす)", "日本の歴史 (いずみぶっくす)"),
    ],
)
def test_an_inline_reading_is_not_part_of_the_title(title: str, cleaned: str) -> None:
    assert clean_title(title) == cleaned


@pytest.mark.parametrize("index", [41, 43])
def test_the_title_with_its_reading_meets_the_title_without(index: int) -> None:
    pair = load_pairs("cross_script_holdout51.toml")[index]
    assert pair["same"]
    assert joined(pair) is True
