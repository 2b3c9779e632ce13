"""A series and the book's number in it, written into a Japanese title by readers and shops
(Iwanami Shinsho's "シリーズ日本近現代史", ten volumes, 2006-2010): the title is compared without
it, so the lines of one book meet; a title that is only a series' name keeps it."""

from __future__ import annotations

import pytest

from archivecite.dedupe import find_duplicates
from archivecite.dedupe.title_keys import clean_title
from tests.dedupe.helpers import parsed

# https://tottomi.hatenadiary.org/entry/20070120/p2 (a reader's heading, then the Amazon line)
TOTTOMI_HEADING = "井上勝生『幕末・維新 シリーズ日本近現代史①』"
AMAZON_LINE = "幕末・維新―シリーズ日本近現代史〈1〉 (岩波新書)"
# https://ec31913.hatenablog.com/entry/20070128/p4
EC31913 = "井上勝生『幕末・維新』(岩波新書,2006年)"
# http://yamaoji.cocolog-nifty.com/blog/2008/02/post_e6e2.html (two other volumes of the series)
KATO = "『⑤満州事変から日中戦争へ』 加藤陽子"
YOSHIDA = "『⑥アジア・太平洋戦争』 吉田 裕"


@pytest.mark.parametrize(
    ("title", "cleaned"),
    [
        ("幕末・維新 シリーズ日本近現代史①", "幕末・維新"),
        ("幕末・維新―シリーズ日本近現代史〈1〉", "幕末・維新"),
        ("シリーズ日本近現代史⑥ アジア・太平洋戦争", "アジア・太平洋戦争"),
        ("アジア・太平洋戦争(シリーズ日本近現代史6)", "アジア・太平洋戦争"),
        # a title that is a series' name, or opens with the word and no number: kept
        ("シリーズ日本近現代史", "シリーズ日本近現代史"),
        ("シリーズ 日本の歴史", "シリーズ 日本の歴史"),
    ],
)
def test_the_series_is_taken_out_of_the_title(title: str, cleaned: str) -> None:
    assert clean_title(title) == cleaned


@pytest.mark.parametrize("other", [TOTTOMI_HEADING, AMAZON_LINE])
def test_lines_of_one_volume_meet(other: str) -> None:
    (cluster,) = find_duplicates([parsed(EC31913), parsed(other)])
    assert cluster.members == (0, 1)


def test_other_volumes_of_the_series_stay_apart() -> None:
    references = [parsed(text) for text in (TOTTOMI_HEADING, KATO, YOSHIDA)]
    assert find_duplicates(references) == []
