"""A short title with no people on either side: across scripts it names one book only in one
year (a reference work's title recurs for a new work a generation on), and written in old and
new characters (or traditional and simplified) it is as telling as in two scripts.

Sources, as the fields below give them:
- 'Kokushi Daijiten' (Yoshikawa Kobunkan, 1979-1997): English Wikipedia's 'Kokushi Daijiten'
  (a mirror in the search tool's pages corpus): "The current edition was written and released
  over a period of 18 years, beginning in 1979 and ending in 1997";
- 国史大辞典 第1巻 1979, 吉川弘文館: historicalmethod.hatenablog.com/entry/2014/03/18/112211
  ('書誌情報');
- 國史大辭典, 1979-1997 (old characters): Chinese Wikipedia's 國史大辭典
  (zhwiki.pedia.workers.dev/zh-hk/國史大辭典): "在1979年3月1日至1997年4月1日期間出版";
- 『国史大辞典』 1908, 吉川弘文館, the first (another work, 八代国治 and others):
  pedia.3rd-in.co.jp/wiki/国史大辞典_(明治時代); the same in old characters: the zhwiki page,
  "《國史大辭典》最早的版本在1908年7月15日出版";
- 『大日本地名辞書』 (冨山房, 1907) and its enlarged edition of 1969-71 by the same author,
  吉田東伍: wind.ap.teacup.com/chimei/ ('『大日本地名辞書』の基本情報'), romanized as in
  Columbia-style guides ('Dai Nihon chimei jisho');
- 太平洋戦争 (家永三郎, 1968) / 《太平洋戰爭》 (家永三郎) and 三民主義 / 三民主义: the
  fields of tests/data/dedupe/cross_script_holdout26.toml and cross_script_holdout22.toml.
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import Sameness, find_duplicates, record_keys, score_pair
from archivecite.dedupe.titles import equal_across_scripts
from archivecite.model import BookReference, DateRange, Name, Text


def _book(
    title: str, year: int, publisher: str | None = None, author: Name | None = None
) -> BookReference:
    return BookReference(
        title=Text(original=title),
        date=DateRange.of(year),
        publisher=Text(original=publisher) if publisher else None,
        authors=(author,) if author else (),
    )


KOKUSHI_EN = _book("Kokushi Daijiten", 1979, "Yoshikawa Kobunkan")
KOKUSHI_1979 = _book("国史大辞典", 1979, "吉川弘文館")
KOKUSHI_1979_OLD = _book("國史大辭典", 1979)
KOKUSHI_1908 = _book("国史大辞典", 1908, "吉川弘文館")
KOKUSHI_1908_OLD = _book("國史大辭典", 1908)


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        (KOKUSHI_EN, KOKUSHI_1979, True),  # one year: the romaji names the kanji title
        (KOKUSHI_EN, KOKUSHI_1979_OLD, True),
        (KOKUSHI_1979, KOKUSHI_1979_OLD, True),  # new / old characters, one year
        # the same title a generation apart, no people to tie them: two dictionaries
        (KOKUSHI_EN, KOKUSHI_1908, False),
        (KOKUSHI_EN, KOKUSHI_1908_OLD, False),
        (KOKUSHI_1979_OLD, KOKUSHI_1908, False),
        (KOKUSHI_1979, KOKUSHI_1908_OLD, False),
    ],
)
def test_a_reference_title_without_people_is_one_work_in_one_year(
    first: BookReference, second: BookReference, joined: bool
) -> None:
    assert bool(find_duplicates([first, second], level="work")) is joined


def test_an_author_named_still_ties_two_editions() -> None:
    """吉田東伍's 『大日本地名辞書』 of 1907 and its enlarged edition of 1969-71: the author named
    on one side, the work is one (another edition, joined at work level)."""
    romaji = _book("Dai Nihon chimei jisho", 1907, "Fuzanbō", Name(family="Yoshida", given="Tōgo"))
    kanji = _book("大日本地名辞書", 1969, "冨山房")
    decision = score_pair(record_keys(0, romaji), record_keys(1, kanji))
    assert decision.sameness is Sameness.WORK


@pytest.mark.parametrize(
    ("first", "second", "two_writings"),
    [
        ("國史大辭典", "国史大辞典", True),  # kyūjitai / shinjitai
        ("太平洋戦争", "太平洋戰爭", True),  # 戦 / 戰
        ("三民主義", "三民主义", True),  # traditional / simplified
        ("国史大辞典", "国史大辞典", False),  # one writing: an "Editorial" may recur so
        # 大辞典 (平凡社, 1934-36) and 大字典 (上田万年, 1917): read alike, two titles
        ("大辞典", "大字典", False),
    ],
)
def test_two_writings_of_one_title(first: str, second: str, two_writings: bool) -> None:
    a, b = record_keys(0, _book(first, 1979)), record_keys(1, _book(second, 1979))
    assert equal_across_scripts(a, b, 100.0) is two_writings
