"""A title with a head noun or a short version's word added names another work; two renderings
of one title in the same words reordered name one.

The references are the sides of cross_script_holdout47.toml (日本資本主義発達史 and its 講座),
cross_script_holdout48.toml (冯友兰's 三史, 胡适's 中国哲学史大纲 in English) and
cross_script_holdout44.toml (曾国藩's 全集), each with the source the set records for it.
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import find_duplicates, record_keys, score_pair
from archivecite.dedupe.derived_titles import derived_marker
from archivecite.dedupe.short_titles import one_opening_two_books
from archivecite.model import ArticleReference, BookReference, DateRange, Name, Text


def _book(
    title: str, lang: str, family: str | None = None, year: int | None = None
) -> BookReference:
    return BookReference(
        title=Text(original=title, lang=lang),
        authors=(Name(family=family),) if family else (),
        date=DateRange.of(year) if year else None,
    )


# set 47: goo辞書 (デジタル大辞泉) on the series; kotobank on Noro's book; de.zxc.wiki's copy of
# German Wikipedia's Noro Eitarō; 原朗's CiNii-like record of the series (no author)
KOZA = _book("日本資本主義発達史講座", "ja", "野呂", 1932)
NORO = _book("日本資本主義発達史", "ja", "野呂", 1930)
KOZA_ROMAJI = _book("Nihon Shihonshugi Hattatsu-shi Kōza", "ja-Latn", "Noro", 1932)
NORO_ROMAJI = _book("Nihon Shihonshugi Hattatsu-shi", "ja-Latn", "Noro")
KOZA_GLOSSED = _book(
    "Nihon Shihonshugi Hattatsushi Koza (Lectures on the Development of Japanese Capitalism)",
    "ja-Latn",
    year=1932,
)
# set 47: 中根's paper in 専修大学社会科学年報 50 (dokumen.tips), a study of the series
NAKANE = ArticleReference(
    title=Text(
        original="『日本資本主義発達史講座』山田盛太郎論文と 同僚論文の共有点と相補性", lang="ja"
    ),
    authors=(Name(family="中根"),),
)
# set 48: 刘刚's article on Feng's 照着讲 (jxxfw.com), naming the 三史
FENG_HISTORY = _book("中国哲学史", "zh", "冯")
FENG_SHORT = _book("中国哲学简史", "zh", "冯")
FENG_NEW = _book("中国哲学史新编", "zh", "冯")
# set 48: Hu Shih's 中国哲学史大纲 in two English renderings (wiki.niidae.com's Hu Shih article;
# ysznh.com's machine-translated answer)
HU_OUTLINE = _book("An Outline History of Chinese Philosophy", "en", "Hu", 1919)
HU_RENDERED = _book("Outline of the History of China Philosophy", "en", "Hu", 1919)
# set 44: ChinaKnowledge's pinyin title and a reprint's 出版說明 of the 1876 edition
ZENG_PINYIN = _book("Zeng Wenzhenggong quanji", "zh-Latn", "Zeng")
ZENG = _book("曾文正公全集", "zh-Hant", "曾", 1876)


@pytest.mark.parametrize(
    ("title", "marker", "rests"),
    [
        ("日本資本主義発達史講座", "lectures", ("日本資本主義発達史",)),
        ("Nihon Shihonshugi Hattatsu-shi Kōza", "lectures", ("Nihon Shihonshugi Hattatsu-shi",)),
        (
            KOZA_GLOSSED.title.original if KOZA_GLOSSED.title else "",
            "lectures",
            (
                "Nihon Shihonshugi Hattatsushi (Lectures on the Development of Japanese "
                "Capitalism)",
                "Nihon Shihonshugi Hattatsushi",
            ),
        ),
        ("中国哲学简史", "short version", ("中国哲学史",)),
        ("中国通史简编", "short version", ("中国通史",)),  # set 48: 范文澜's 简编
        ("中国哲学史新编", "new compilation", ("中国哲学史",)),
        ("曾文正公全集", "collected works", ("曾文正公",)),
        ("Zeng Wenzhenggong quanji", "collected works", ("Zeng Wenzhenggong",)),
        ("南京事件論争史", "history of the controversy", ("南京事件",)),  # set 9
        ("Краткая история СССР", "short version", ("история СССР",)),  # set 5
        ("中国哲学史", "", ()),
        ("新編日本史", "", ()),  # constructed: 新編 opening a title is an edition's word
        ("История ВКП(б). Краткий курс", "", ()),  # constructed: the word in a subtitle only
        ("Kokushi daijiten", "", ()),  # set 31: 大辞典 read as one word, not a head noun added
    ],
)
def test_the_word_that_makes_a_title_another_work(
    title: str, marker: str, rests: tuple[str, ...]
) -> None:
    assert derived_marker(title) == (marker, rests)


@pytest.mark.parametrize(
    ("first", "second", "reason"),
    [
        (KOZA, NORO, "a head noun added to one title (lectures): another work"),
        (KOZA_ROMAJI, NORO, "a head noun added to one title (lectures): another work"),
        (KOZA_GLOSSED, NORO_ROMAJI, "a head noun added to one title (lectures): another work"),
        (
            FENG_SHORT,
            FENG_HISTORY,
            "a short version's word added to one title: an abridgement, another work",
        ),
        (FENG_NEW, FENG_HISTORY, "a head noun added to one title (new compilation): another work"),
    ],
)
def test_a_title_with_a_word_added_is_another_work(
    first: BookReference, second: BookReference, reason: str
) -> None:
    decision = score_pair(record_keys(0, first), record_keys(1, second))
    assert (decision.sameness, decision.conflict) == (None, True)
    assert reason in [r.text for r in decision.reasons]


@pytest.mark.parametrize(
    ("first", "second"),
    [(KOZA_GLOSSED, KOZA), (KOZA_ROMAJI, KOZA), (ZENG_PINYIN, ZENG)],
)
def test_the_same_word_on_both_sides_is_one_work(
    first: BookReference, second: BookReference
) -> None:
    assert [cluster.members for cluster in find_duplicates([first, second])] == [(0, 1)]


def test_a_study_running_on_after_the_quoted_series_title_never_chains_into_it() -> None:
    records = [NAKANE, KOZA_GLOSSED, KOZA, NORO]
    assert [cluster.members for cluster in find_duplicates(records)] == [(1, 2)]
    decision = score_pair(record_keys(0, NAKANE), record_keys(1, KOZA_GLOSSED))
    assert "one title quotes or subtitles the other's: a study of it" in [
        r.text for r in decision.reasons
    ]


def test_two_renderings_of_one_title_are_one_book_not_one_opening() -> None:
    first, second = record_keys(0, HU_OUTLINE), record_keys(1, HU_RENDERED)
    assert not one_opening_two_books(first, second)
    decision = score_pair(first, second)
    assert decision.sameness is not None
    assert decision.reasons[0].text == (
        "the same words in another order: two renderings, the same people and year"
    )
