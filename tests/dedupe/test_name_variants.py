"""One person's family name written in old or new character forms, or read by each list's
language its own way (陸奧 under a Chinese title, 陸奥 under a Japanese one), is one name;
a surname alone is read as a surname too (陸奥 Mutsu, not only the word michinoku); an
edition word opening a title (新訂, 増補) is no part of the title proper.

Sources:
- Kenkenroku: cross_script_holdout26 of tests/data/dedupe (Iwanami Bunko's 『新訂 蹇蹇録―日清
  戦争外交秘録』, 1983; the Taiwan translation 《蹇蹇錄》 by 陸奧, 1963), where each is described;
- 澁澤龍彦 / 渋沢龍彦: a reading diary (www2u.biglobe.ne.jp/~kinko/shibusawa.htm: 河出文庫
  澁澤龍彦『妖人奇人館』, 1990) and Kinokuniya's catalogue (kinokuniya.co.jp/f/dsg-01-
  9784309012148), which prints the name 渋沢龍彦; Japanese Wikipedia's article 澁澤龍彦
  (redirected from 渋沢龍彦) on his old-form name;
- 増補 八月十五日の神話―終戦記念日のメディア学 (佐藤卓己, ちくま学芸文庫, 2014) and 定本 柳田國男集
  (筑摩書房): an edition word before the title proper, as Iwanami and Chikuma print it;
- 渡邊 / 渡辺, 齋藤 / 斎藤, 櫻井 / 桜井, 德川 / 徳川: old and new forms of
  src/archivecite/translit/data/japanese_kyujitai.tsv.
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import record_keys
from archivecite.dedupe.people import author_similarity
from archivecite.dedupe.title_keys import clean_title
from archivecite.dedupe.titles import main_part
from archivecite.model import BookReference, DateRange, Name, Text


def _book(title: str, lang: str, family: str, given: str | None = None) -> BookReference:
    return BookReference(
        title=Text(original=title, lang=lang),
        authors=(Name(family=family, given=given),),
        date=DateRange.of(1983),
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the Japanese original and the Chinese translation (holdout26): ja 陸奥, zh-Hant 陸奧
        (_book("蹇蹇録", "ja", "陸奥"), _book("蹇蹇錄", "zh-Hant", "陸奧")),
        # a surname alone and the whole name (Mutsu, not the word michinoku)
        (_book("蹇蹇録", "ja", "陸奥"), _book("新訂 蹇蹇録", "ja", "陸奥", "宗光")),
        (_book("妖人奇人館", "ja", "澁澤", "龍彦"), _book("妖人奇人館", "ja", "渋沢", "龍彦")),
        (_book("胡桃の中の世界", "ja", "澁澤"), _book("胡桃の中の世界", "zh-Hant", "渋沢")),
        (_book("日本史", "ja", "渡邊"), _book("日本史", "zh-Hant", "渡辺")),
        (_book("日本史", "ja", "齋藤"), _book("日本史", "zh", "斎藤")),
        (_book("日本史", "zh-Hant", "德川"), _book("日本史", "ja", "徳川")),
    ],
)
def test_one_name_in_old_and_new_forms(first: BookReference, second: BookReference) -> None:
    assert author_similarity(record_keys(0, first), record_keys(1, second)) == 1.0


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Zhang and Zhao, both Chō to a Japanese reading: not one name
        (_book("中国史", "zh-Hant", "張"), _book("中国史", "zh-Hant", "趙")),
        # Shibusawa and Shibuya, one character apart
        (_book("日本史", "ja", "渋沢"), _book("日本史", "zh-Hant", "渋谷")),
        # Saitō in 齋藤 against Satō in 佐藤
        (_book("日本史", "ja", "齋藤"), _book("日本史", "zh", "佐藤")),
    ],
)
def test_other_names_stay_apart(first: BookReference, second: BookReference) -> None:
    assert author_similarity(record_keys(0, first), record_keys(1, second)) < 0.9


def test_a_surname_alone_is_read_as_a_surname() -> None:
    """Berger's "Munemitsu, Mutsu" (given and family the other way round) and 陸奧 alone."""
    english = _book("Kenkenroku", "en", "Munemitsu", "Mutsu")
    chinese = _book("蹇蹇錄", "zh-Hant", "陸奧")
    assert author_similarity(record_keys(0, english), record_keys(1, chinese)) >= 0.9


def test_a_surname_of_many_listed_readings_keeps_its_common_one() -> None:
    """JMnedict lists 林 as Hayashi and a dozen rare readings (Kuwabara, Shige): a Kuwabara
    is not read into it."""
    english = _book("Nihon shi", "en", "Kuwabara", "Takeo")
    japanese = _book("日本史", "ja", "林")
    assert author_similarity(record_keys(0, english), record_keys(1, japanese)) < 0.9


@pytest.mark.parametrize(
    ("title", "proper"),
    [
        ("新訂 蹇蹇録―日清戦争外交秘録", "蹇蹇録―日清戦争外交秘録"),
        ("新訂\u3000蹇蹇録", "蹇蹇録"),
        ("【増補改訂版】日本の歴史", "日本の歴史"),
        ("増補 八月十五日の神話", "八月十五日の神話"),
        # not an edition word: 新しい, a word run into the title, a title too short
        ("新しい歴史教科書", "新しい歴史教科書"),
        ("新訂蹇蹇録", "新訂蹇蹇録"),
        ("新版 X", "新版 X"),
    ],
)
def test_an_edition_word_opening_a_title(title: str, proper: str) -> None:
    assert clean_title(title) == proper


@pytest.mark.parametrize(
    ("title", "main"),
    [
        ("新訂 蹇蹇録―日清戦争外交秘録", "蹇蹇録"),
        ("増補 八月十五日の神話―終戦記念日のメディア学", "八月十五日の神話"),
        ("定本 柳田國男集", None),  # the edition word is no main title
        ("江戸の捨て子たち その肖像", "江戸の捨て子たち"),
    ],
)
def test_the_main_title_after_an_edition_word(title: str, main: str | None) -> None:
    assert main_part(title) == main
