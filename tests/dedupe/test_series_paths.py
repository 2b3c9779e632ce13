"""Two series paths of one archive (JACAR's "archive>fonds>series>volume") compared level by
level: one series only at the same depth with every level the same group, a romanized level
agreeing with the kanji it reads. Real lines and names, each with its source."""

from __future__ import annotations

import pytest

from archivecite.dedupe import find_duplicates
from archivecite.dedupe.series_paths import compare_paths, path_key, path_reading_keys
from tests.dedupe.helpers import parsed

# JACAR, アジ歴ニューズレター第33号 (2021年1月20日), '新規公開資料のお知らせ', as stored in the
# search tool's pages corpus: https://jacar.go.jp/newsletter/newsletter_033j/newsletter_033j.html
JOI_1948 = (
    "国立公文書館>太政官・内閣関係>叙位裁可書>昭和23年度分"  # third of the five 叙位裁可書 lines
)
JOI_1949 = "国立公文書館>太政官・内閣関係>叙位裁可書>昭和24年度分"  # fourth
JOI_1950 = "国立公文書館>太政官・内閣関係>叙位裁可書>昭和25年度分"  # fifth
BILLS = "国立公文書館>内閣法制局>法令案審議録関係"  # first line under 【2020年11月10日公開資料】


@pytest.mark.parametrize(
    ("first", "second", "why"),
    [
        (JOI_1948, JOI_1949, "level 3 differs"),  # two yearly volumes of one series
        (JOI_1949, JOI_1950, "level 3 differs"),
        (BILLS, JOI_1950, "other depths"),  # a series and another series' volume
    ],
)
def test_two_groups_of_one_archive_stay_apart(first: str, second: str, why: str) -> None:
    one, other = parsed(first), parsed(second)
    assert not find_duplicates([one, other], level="work")
    same, reason = compare_paths(
        path_key(first.split(">", 1)[1]), path_key(second.split(">", 1)[1])
    )
    assert not same
    assert why in reason.text


def test_one_path_cited_twice_is_one_series() -> None:
    (cluster,) = find_duplicates([parsed(JOI_1948), parsed(JOI_1948)], level="work")
    assert "same archive/series" in {reason.text for reason in cluster.reasons}


@pytest.mark.parametrize(
    ("romanized", "kanji", "same"),
    [
        # "Il Ministero della guerra (陸軍省 ? , Rikugunshō …)": kampuspedia.com/it/Ministero_
        # della_guerra_(Giappone), as stored in the search tool's pages corpus
        ("Rikugunshō", "陸軍省", True),
        # the Navy Ministry, 海軍省 ('海軍省公文備録', r20115.hatenablog.com/entry/20181017/p1)
        ("Rikugunshō", "海軍省", False),
    ],
)
def test_a_romanized_level_agrees_with_the_kanji_it_reads(
    romanized: str, kanji: str, same: bool
) -> None:
    assert compare_paths(path_key(romanized), path_key(kanji))[0] is same
    # and the two meet in one block, by the reading of the deepest level
    shared = set(path_reading_keys(path_key(romanized))) & set(path_reading_keys(path_key(kanji)))
    assert bool(shared) is same


def test_an_english_level_is_not_read_against_kanji_alone() -> None:
    """An English name cannot be compared with kanji by its letters: a path of such levels
    alone is not taken for the kanji one ("The Ministry of War of Japan (陸軍省 Rikugun shó)",
    the-uncensored-wiki.com's copy of Wikipedia's 'Ministry of War of Japan', as stored in the
    search tool's pages corpus), nor for another ministry's."""
    for kanji in ("陸軍省", "海軍省"):
        same, reason = compare_paths(path_key("Ministry of War"), path_key(kanji))
        assert not same
        assert "0 of 1 levels compare" in reason.text
