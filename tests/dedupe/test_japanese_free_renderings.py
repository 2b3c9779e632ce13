"""A Japanese book and what else it is cited as: a title's year range with its counter
(1931~1945年), which an English title gives bare; a kanji written twice for the iteration mark
(世に棲む日日 / 日々, "hibi"); the long-vowel mark or a minus sign typed for the dash before a
subtitle; a word in kanji cited by its ruby reading instead (収容所 / ラーゲリ); a Western editor
named second in Latin letters and alone in katakana (Miller / ミラー). The same author's other
books, translated or not, stay apart.

Sources (as stored in the search tool's pages corpus, each page's own line kept as printed):
- info.japantimes.co.jp/text/fb20020505a1.html: the Japan Times review heading of 5 May 2002;
- admin.nikkan-gendai.com/articles/view/news/367975/3: 『マッカーサーの二千日』(中公文庫) by 袖井;
- trantor.is/content/2K91hTaUI-0htAAO/ch010.xhtml: Tsurumi's preface to 'A Cultural History of
  Postwar Japan, 1945–1980', signed 'Shunsuke Tsurumi, October 1986', which names 'the earlier
  one, An Intellectual History of Wartime Japan, 1931–1945' (fields: title, author, year);
- collage-net.com/?p=2121: a bookseller's entry '鶴見俊輔 / 『戦時期日本の精神史―1931~1945年―』
  / 1982、岩波書店、…';
- zyugemu.hatenadiary.org/entry/20060429/1146236751: '戦後日本の大衆文化史―1945‐1980年 (岩波現代
  文庫)', 【著者】 鶴見俊輔 (fields);
- tests/data/dedupe/cross_script_holdout31.toml: Shiba's 'Yo ni Sumu Hibi' in an English book's
  notes (fields) against 世に棲む日日, his own spelling;
- tests/data/dedupe/cross_script_holdout9.toml: koiti-yano.hatenablog.com's 'サイバネティクス<第
  2版>' (1962) and the 2011 bunko's title line with 'ー' for the dash (no other copy found);
- tests/data/dedupe/cross_script_holdout35.toml: a blog's '「アジア・太平洋戦争 −日本近現代史?−」
  吉田裕' (no other copy found) against '吉田裕『アジア・太平洋戦争』(岩波新書)';
- tokyoblog.shingeneki.com/entry/2021/10/01/132458: '「収容所から来た遺書」(辺見じゅん著・文藝
  春秋)'; ishizuka-osamu.jp/?p=7967: '辺見じゅんの「ラーゲリから来た遺書」', '1992年第一刷'
  (fields);
- tests/data/dedupe/cross_script_holdout22.toml: 'The Formation of the Chinese Communist Party'
  (Ishikawa, 2012; fields); takeosa75.hatenablog.com/entry/2021/07/04/103152: '石川禎浩『中国共
  産党、その百年』筑摩選書、2021年';
- ja.wikipedia.org/wiki/ヒロシマ・ノート and kotoba.ne.jp/word/10/ヒロシマノート: 大江健三郎's
  ヒロシマ・ノート (岩波新書, 1965) and its sister book 沖縄ノート (1970) (fields).
"""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import Parsed, parse_citations
from archivecite.dedupe import Sameness, find_duplicates, record_keys, score_pair
from archivecite.dedupe.gloss_dictionaries import ruby_reading
from archivecite.dedupe.glosses import gloss_match
from archivecite.dedupe.people import author_similarity
from archivecite.dedupe.titles import main_part
from archivecite.model.reference import ReferenceKind
from tests.dedupe.helpers import build

Side = str | dict[str, Any]

SODEI_EN = (
    "DEAR GENERAL MACARTHUR: Letters From the Japanese During the American Occupation, by "
    "Sodei Rinjiro. Rowman & Littlefield; Lanham, Maryland, 2001, 306 pp., $29.95 (cloth)"
)
SODEI_OTHER = {"kind": "book", "title": "マッカーサーの二千日", "lang": "ja", "authors": ["袖井"]}
WARTIME_EN = {
    "kind": "book",
    "title": "An Intellectual History of Wartime Japan, 1931–1945",
    "authors": ["Tsurumi"],
    "year": 1986,
}
POSTWAR_EN = {
    "kind": "book",
    "title": "A Cultural History of Postwar Japan, 1945–1980",
    "authors": ["Tsurumi"],
    "year": 1987,
}
WARTIME_JA = "鶴見俊輔\n『戦時期日本の精神史―1931~1945年―』\n\n1982、岩波書店、初、函、帯、294P"
POSTWAR_JA = {"kind": "book", "title": "戦後日本の大衆文化史―1945‐1980年", "lang": "ja"}
POSTWAR_JA["authors"] = ["鶴見"]
CYBERNETICS_1962 = "ノーバート・ウィーナー「サイバネティクス<第2版>」(池原他訳、岩波書店、1962年刊)"
CYBERNETICS_2011 = "ウィーナー 『サイバネティクスー動物と機械における制御と通信』 (岩波文庫)"
YOSHIDA_SHINSHO = "吉田裕『アジア・太平洋戦争』(岩波新書)"
YOSHIDA_BLOG = "「アジア・太平洋戦争 −日本近現代史?−」 吉田裕"
LAGER_KANJI = "「収容所から来た遺書」(辺見じゅん著・文藝春秋)"
LAGER_RUBY = {"kind": "book", "title": "ラーゲリから来た遺書", "lang": "ja", "authors": ["辺見"]}
LAGER_RUBY["year"] = 1992
ISHIKAWA_EN = {
    "kind": "book",
    "title": "The Formation of the Chinese Communist Party",
    "authors": ["Ishikawa"],
    "year": 2012,
}
ISHIKAWA_OTHER = "石川禎浩『中国共産党、その百年』筑摩選書、2021年"
HIROSHIMA = {"kind": "book", "title": "ヒロシマ・ノート", "lang": "ja", "authors": ["大江"]}
OKINAWA = {"kind": "book", "title": "沖縄ノート", "lang": "ja", "authors": ["大江"]}


def _reference(side: Side) -> ReferenceKind:
    if isinstance(side, dict):
        return build(side)
    (result,) = parse_citations([side])
    assert isinstance(result, Parsed), side
    return result.references[0]


def _sameness(first: Side, second: Side) -> Sameness | None:
    a, b = _reference(first), _reference(second)
    return score_pair(record_keys(0, a), record_keys(1, b)).sameness


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the same author's other books, translated or not: another title, some words glossed
        (SODEI_EN, SODEI_OTHER),
        (WARTIME_EN, POSTWAR_JA),
        (POSTWAR_EN, WARTIME_JA),
        # a word left on each side ('Formation' / その百年, its hundred years): another book
        (ISHIKAWA_EN, ISHIKAWA_OTHER),
    ],
)
def test_one_authors_other_book_under_a_translated_title(first: Side, second: Side) -> None:
    assert _sameness(first, second) is None


def test_the_counter_of_a_year_range_is_no_word_of_the_title() -> None:
    """戦時期 日本 の 精神 史 1931~1945 年: five of the eight characters counted are glossed by
    'wartime', 'Japan', 'history' (年 after the years is not counted, の never is)."""
    match = gloss_match(
        "An Intellectual History of Wartime Japan", "戦時期日本の精神史 1931~1945年", "ja"
    )
    assert match.cjk == pytest.approx(5 / 8)
    assert match.matched == ("history", "wartime", "japan")


def test_a_kanji_written_twice_is_read_as_the_iteration_mark() -> None:
    """司馬遼太郎's 世に棲む日日 is 'Yo ni Sumu Hibi' in an English book's notes; 日日 alone is
    read nichinichi."""
    kanji = build({"kind": "book", "title": "世に棲む日日", "lang": "ja", "authors": ["司馬"]})
    assert "yonisumuhibi" in {key.key for key in record_keys(0, kanji).titles}
    romaji = {"kind": "book", "title": "Yo ni Sumu Hibi", "lang": "ja-Latn", "authors": ["Shiba"]}
    assert [cluster.members for cluster in find_duplicates([build(romaji), kanji])] == [(0, 1)]


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # the long-vowel mark typed for the dash before the subtitle
        ("サイバネティクスー動物と機械における制御と通信", "サイバネティクス"),
        # a long vowel before a kanji word, in a title with no subtitle: not cut
        ("サッカー日本代表の歴史", None),
        # another mark cuts the title first (高田博行, 中公新書 2014)
        ("ヒトラー演説 熱狂の真実", "ヒトラー演説"),
        # a minus sign for the dash after kanji (⑥ mis-decoded as '?'), not inside a Latin range
        ("アジア・太平洋戦争 −日本近現代史?−", "アジア・太平洋戦争"),
        ("Stalin 1941−1945", None),
    ],
)
def test_a_dash_typed_as_another_mark(title: str, main: str | None) -> None:
    assert main_part(title) == main


@pytest.mark.parametrize(
    ("first", "second", "sameness"),
    [
        (CYBERNETICS_1962, CYBERNETICS_2011, Sameness.WORK),
        (YOSHIDA_SHINSHO, YOSHIDA_BLOG, Sameness.DOCUMENT),
    ],
)
def test_a_title_cited_with_another_mark_for_its_dash(
    first: Side, second: Side, sameness: Sameness
) -> None:
    assert _sameness(first, second) is sameness


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("収容所から来た遺書", "ラーゲリから来た遺書", True),
        # two places, each its own word: 大江's two books
        ("ヒロシマ・ノート", "沖縄ノート", False),
        ("ヒロシマノート", "沖縄ノート", False),
        ("収容所から来た遺書", "収容所から来た遺書", False),  # equal: nothing to say
    ],
)
def test_a_word_in_its_ruby_reading(first: str, second: str, same: bool) -> None:
    assert ruby_reading(first, second) is same


@pytest.mark.parametrize(
    ("first", "second", "sameness"),
    [
        (LAGER_KANJI, LAGER_RUBY, Sameness.DOCUMENT),
        ({**HIROSHIMA, "year": 1965}, {**OKINAWA, "year": 1970}, None),
        (HIROSHIMA, OKINAWA, None),
    ],
)
def test_a_title_cited_by_its_ruby_reading(
    first: Side, second: Side, sameness: Sameness | None
) -> None:
    assert _sameness(first, second) is sameness


# H. P. Bix's abbreviation list (whosread.com/515575/12661593, macron vowels lost as stored) and
# a mirror of the Japanese Wikipedia article 寺崎英成 (mobile.seisyun.net), as in
# tests/data/dedupe/cross_script_holdout23.toml: the Western editor is named second in English
STD_EN = (
    "Shwa tenn dokuhakuroku, Terasaki Hidenari, goygakari nikki, Terasaki Hidenari and Mariko "
    "Terasaki Miller, eds. (Bungei Shunjsha, 1991)."
)
STD_JA = "『昭和天皇独白録 付 寺崎英成御用掛日記』\nマリコ・テラサキ・ミラー編、文藝春秋 1991年"


@pytest.mark.parametrize(
    ("latin", "agree"),
    [
        (["Terasaki", "Miller"], 0.85),  # the second name and its transcription
        (["Miller"], 0.85),
        (["Terasaki", "Hidenari"], 0.0),  # no Western name to transcribe
    ],
)
def test_a_later_western_name_and_its_katakana(latin: list[str], agree: float) -> None:
    english = record_keys(0, build({"kind": "book", "title": "x", "authors": latin}))
    japanese = {"kind": "book", "title": "y", "lang": "ja", "authors": ["マリコ・テラサキ・ミラー"]}
    assert author_similarity(english, record_keys(1, build(japanese))) == pytest.approx(agree)


def test_an_editor_named_second_and_in_katakana() -> None:
    english, japanese = _reference(STD_EN), _reference(STD_JA)
    assert [cluster.members for cluster in find_duplicates([english, japanese])] == [(0, 1)]
