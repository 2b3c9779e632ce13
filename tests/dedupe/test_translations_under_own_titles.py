"""A translation published under its own title, told by its words: a superlative read as its
adjective after the CJK word for "most", a Western name a Japanese or Russian title writes by
its sounds, a clipping a dictionary glosses by, a Russian noun in another case than the glossary
lists, two books whose main titles translate each other word for word while their subtitles are
rendered freely but share a word, and two whose subtitles translate each other word for word
while their main titles are rendered freely. The same author's other book stays apart, whose
title shares some of those words.

Sources (none of these references is in tests/data/dedupe):
- Hando Kazutoshi: Jiji Press's obituary on nippon.com (en/news/yjj2021011300022: 'In 1965,
  Hando released "Japan's Longest Day"'); TOKYO FM's page of 2021-08-15 (tfm.co.jp/ml/today/
  210815_01.html: 半藤一利『日本のいちばん長い日』(文春文庫)); Bunshun's list of his bunko
  (books.bunshun.jp/articles/-/6040: 『日本のいちばん長い日 決定版』, 『ノモンハンの夏』, 『ソ連が
  満洲に侵攻した夏』); a reading diary of 2007-12-20 (snozue.hatenadiary.org: 「日本のいちばん
  長い夏」(文春新書、半藤一利編)).
- Sodei Rinjirō: the Japan Times review of 2002-05-05 ('DEAR GENERAL MACARTHUR: Letters From the
  Japanese During the American Occupation, by Sodei Rinjiro. Rowman & Littlefield; Lanham,
  Maryland, 2001'); Iwanami's page of the 2002 bunko (iwanami.co.jp/book/b256310.html: 拝啓マッ
  カーサー元帥様 占領下の日本人の手紙, 袖井林二郎); Nikkan Gendai (articles/view/news/367975:
  袖井's 『マッカーサーの二千日』(中公文庫)).
- Sheila Fitzpatrick: the OPAL libraries' catalogue ('Stalin's peasants : resistance and survival
  in the Russian village after collectivization / Sheila Fitzpatrick. New York : Oxford
  University Press, 1994.'); engime.org's Kazakh syllabus (shtjb-5301, page 52: «Сталинские
  крестьяне. Социальная история Советской России в 30-е годы: деревня» (М., 2001)).
- Е. Л. Катасонова: her 2003 book and 2020 article (tests/data/published_citations_ru.toml and
  tests/data/archival_citations.toml, where each is described).
- Hasegawa Tsuyoshi: the Alsos library's record (alsos.wlu.edu, id 2633: 'AUTHOR Hasegawa, Tsuyoshi
  TITLE Racing the Enemy: Stalin, Truman, and the Surrender of Japan'); a reader's post of 2006-04
  (ratio.sakura.ne.jp/2006/04/204722: '書名:暗闘 スターリン、トルーマンと日本降伏/著者:長谷川毅/
  出版社:中央公論新社/出版年月:2006年2月'); Kinokuniya's page of the 2023 edition naming his
  『北方領土問題と日露関係』(筑摩書房2000); a blog of 2013-12-28 (hhayakawa.hatenadiary.org: 「ヤル
  タからヒロシマへ」, M. Dobbs's 'Six Months in 1945, FDR, STALIN, CHURCHIL AND TRUMAN - From
  World War to Cold War'); the Russian edition read online (chitaem-online.com, page-127-122543:
  «Гонка за врагом. Сталин, Трумэн и капитуляция Японии» - Цуёси Хасэгава).
- Ōe Kenzaburō: Tony's Reading List of 2017-05-25 ('The Pinch Runner Memorandum' by Kenzaburō Ōe,
  'p.24 (M.E. Sharpe, 1994)'; 'my last Ōe selection, Death by Water'); 大江健三郎『ピンチランナー調書』
  in a public table of modern Japanese literature (search-tool file id 67108678924: '1976年長編').
- Alvin D. Coox: Warbird Forum's list (warbirdforum.com/pickjap.htm: 'Nomonhan: Japan Against
  Russia, 1939 (Alvin Cook)', the name misspelt; Coox as the book prints it); a reading diary of
  2007-04-28 (makinohashira.hatenadiary.org: アルヴィン・クックス「ノモンハン 草原の日ソ戦1939(上)
  (下)」(朝日新聞社), and 半藤一利「ノモンハンの夏」(文芸春秋)).
- John W. Dower: jref.com's page of 'Racing the Enemy' ('Embracing Defeat: Japan in the Wake of
  World War II'); its Japanese edition 『敗北を抱きしめて 第二次大戦後の日本人』 (岩波書店).
- The ten-volume history of China under С. Л. Тихвинский: tfmarket.ru's English page ('History of
  China from ancient times to the beginning of the XXI century') and blackpaws.ru's Russian one
  («История Китая с древнейших времён до начала XXI века», 2013).
"""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.dedupe import Sameness, find_duplicates, record_keys, score_pair
from archivecite.dedupe.agreement import numbers_differ
from archivecite.dedupe.english_stems import superlative_positive
from archivecite.dedupe.glosses import glossed_titles
from archivecite.dedupe.ru_glossary import russian_gloss_match
from tests.dedupe.helpers import book_side, build, glossed_translation

pytest.importorskip("jamdict_data")  # the ja extra: JMdict


def _book(title: str, lang: str, authors: list[str], year: int | None) -> dict[str, Any]:
    side: dict[str, Any] = {"kind": "book", "title": title, "lang": lang, "authors": authors}
    if year is not None:
        side["year"] = year
    return side


LONGEST_DAY = book_side("Japan's Longest Day", "en", "Hando", 1965)
NIHON_NO_ICHIBAN = book_side("日本のいちばん長い日", "ja", "半藤", None)
DEFINITIVE = book_side("日本のいちばん長い日 決定版", "ja", "半藤", None)
LONGEST_SUMMER = book_side("日本のいちばん長い夏", "ja", "半藤", 2007)
NOMONHAN_SUMMER = book_side("ノモンハンの夏", "ja", "半藤", None)
MANCHURIA_SUMMER = book_side("ソ連が満洲に侵攻した夏", "ja", "半藤", None)

DEAR_GENERAL = book_side(
    "DEAR GENERAL MACARTHUR: Letters From the Japanese During the American Occupation",
    "en",
    "Sodei",
    2001,
)
HAIKEI = book_side("拝啓マッカーサー元帥様 占領下の日本人の手紙", "ja", "袖井", 2002)
NISENNICHI = book_side("マッカーサーの二千日", "ja", "袖井", None)

STALINS_PEASANTS = _book(
    "Stalin's peasants : resistance and survival in the Russian village after collectivization",
    "en",
    ["Fitzpatrick, Sheila"],
    1994,
)
STALINSKIE_KRESTIANE = _book(
    "Сталинские крестьяне. Социальная история Советской России в 30-е годы: деревня",
    "ru",
    ["Фицпатрик, Ш."],
    2001,
)
KATASONOVA_BOOK = _book(
    "Японские военнопленные в СССР: большая игра великих держав",
    "ru",
    ["Катасонова, Е. Л."],
    2003,
)
KATASONOVA_ARTICLE = {
    "kind": "article",
    "title": "Japanese Prisoners of War in the USSR: Facts, Versions, Questions",
    "lang": "en",
    "authors": ["Katasonova, E. L."],
    "year": 2020,
    "container": "Russian Japanology Review",
}

PINCH_RUNNER = book_side("The Pinch Runner Memorandum", "en", "Ōe", 1994)
PINCHI_RANNA = book_side("ピンチランナー調書", "ja", "大江", 1976)
DEATH_BY_WATER = book_side("Death by Water", "en", "Ōe", None)

RACING_THE_ENEMY = _book(
    "Racing the Enemy: Stalin, Truman, and the Surrender of Japan",
    "en",
    ["Hasegawa, Tsuyoshi"],
    None,
)
ANTO = _book("暗闘 スターリン、トルーマンと日本降伏", "ja", ["長谷川毅"], 2006)
GONKA = _book(
    "Гонка за врагом. Сталин, Трумэн и капитуляция Японии", "ru", ["Хасэгава, Цуёси"], None
)
HOPPO_RYODO = _book("北方領土問題と日露関係", "ja", ["長谷川毅"], 2000)
SIX_MONTHS = _book(
    "Six Months in 1945, FDR, STALIN, CHURCHIL AND TRUMAN - From World War to Cold War",
    "en",
    ["Dobbs, M."],
    None,
)
YALTA = _book("ヤルタからヒロシマへ", "ja", ["ドブズ"], None)

TRANSLATIONS = [
    pytest.param(
        LONGEST_DAY, NIHON_NO_ICHIBAN, ("japan", "longest", "day"), id="Hando, いちばん長い"
    ),
    pytest.param(LONGEST_DAY, DEFINITIVE, ("japan", "longest", "day"), id="Hando, 決定版 after"),
    pytest.param(
        DEAR_GENERAL, HAIKEI, ("dear", "general", "macarthur"), id="Sodei, マッカーサー M-K-S"
    ),
    pytest.param(
        STALINS_PEASANTS, STALINSKIE_KRESTIANE, ("stalin", "peasants"), id="Fitzpatrick, subtitles"
    ),
    # the main title rendered freely (暗闘, "a dark struggle"), the subtitle word for word
    pytest.param(
        RACING_THE_ENEMY,
        ANTO,
        ("surrender", "japan", "stalin", "truman"),
        id="Hasegawa, subtitles word for word",
    ),
    # 調書 is "memo" to JMdict: the clipping stands for the word it clips
    pytest.param(
        PINCH_RUNNER, PINCHI_RANNA, ("pinch", "runner", "memorandum"), id="Ōe, memo / memorandum"
    ),
    # Трумэн is no glossary word and no spelling of "Truman": its consonants, T-L-M, are
    pytest.param(
        RACING_THE_ENEMY,
        GONKA,
        ("enemy", "stalin", "truman", "surrender", "japan"),
        id="Hasegawa, Трумэн by its sounds",
    ),
]

OTHER_BOOKS = [
    # two of three words glossed only with the superlative's help: not word for word
    pytest.param(LONGEST_DAY, LONGEST_SUMMER, id="Hando, いちばん長い夏"),
    pytest.param(LONGEST_DAY, NOMONHAN_SUMMER, id="Hando, ノモンハンの夏"),
    pytest.param(LONGEST_DAY, MANCHURIA_SUMMER, id="Hando, ソ連が満洲に侵攻した夏"),
    pytest.param(DEAR_GENERAL, NISENNICHI, id="Sodei, マッカーサーの二千日"),
    # one main title, the rest sharing no word: the same author's article and book
    pytest.param(KATASONOVA_ARTICLE, KATASONOVA_BOOK, id="Katasonova, article and book"),
    pytest.param(RACING_THE_ENEMY, HOPPO_RYODO, id="Hasegawa, 北方領土問題と日露関係"),
    # the names and a word of the subtitle, another author's other main title: not word for word
    pytest.param(SIX_MONTHS, ANTO, id="Dobbs's 'Six Months in 1945' / 暗闘"),
    pytest.param(RACING_THE_ENEMY, YALTA, id="Hasegawa / Dobbs's ヤルタからヒロシマへ"),
    pytest.param(DEATH_BY_WATER, PINCHI_RANNA, id="Ōe, Death by Water / ピンチランナー調書"),
    pytest.param(SIX_MONTHS, GONKA, id="Dobbs's 'Six Months in 1945' / «Гонка за врагом»"),
]


@pytest.mark.parametrize(("english", "original", "matched"), TRANSLATIONS)
def test_a_translation_under_its_own_title_is_the_same_work(
    english: dict[str, Any], original: dict[str, Any], matched: tuple[str, ...]
) -> None:
    decision = glossed_translation(english, original, matched)
    assert decision.sameness is Sameness.WORK, decision


@pytest.mark.parametrize(("english", "other"), OTHER_BOOKS)
def test_the_same_authors_other_book_stays_apart(
    english: dict[str, Any], other: dict[str, Any]
) -> None:
    a, b = record_keys(0, build(english)), record_keys(1, build(other))
    assert glossed_titles(a, b) is None
    assert find_duplicates([build(english), build(other)]) == []


@pytest.mark.parametrize(
    ("superlative", "positive"),
    [
        ("longest", ("long", "longe")),
        ("biggest", ("big",)),
        ("earliest", ("early",)),
        ("largest", ("larg", "large")),
        ("best", ()),  # no adjective before -est
        ("west", ()),
    ],
)
def test_the_adjective_of_a_superlative(superlative: str, positive: tuple[str, ...]) -> None:
    assert superlative_positive(superlative) == positive


def test_a_russian_noun_in_another_case_is_glossed() -> None:
    """The stemmer brings «Китай» to "кита", «Китая» to "кит": each listed noun is entered by
    the stems of its case forms too, so the genitive of the title is the glossary's China."""
    match = russian_gloss_match(
        "History of China from ancient times to the beginning of the XXI century",
        "История Китая с древнейших времён до начала XXI века",
    )
    assert match.matched == ("history", "china", "ancient", "times", "beginning", "century")
    assert match.english == match.russian == 1


NOMONHAN = book_side("Nomonhan: Japan Against Russia, 1939", "en", "Coox", None)
NOMONHAN_JA = book_side("ノモンハン 草原の日ソ戦1939", "ja", "クックス", None)


def test_a_place_in_katakana_spelt_in_hepburn() -> None:
    """ノモンハン is "Nomonhan" in Hepburn: a place no dictionary lists, which the English title
    spells; the same author (Coox, クックス) makes it his book, another's 『ノモンハンの夏』 does
    not."""
    a, b = record_keys(0, build(NOMONHAN)), record_keys(1, build(NOMONHAN_JA))
    glossed = glossed_titles(a, b)
    assert glossed is not None
    assert glossed.matched == ("nomonhan",)
    assert score_pair(a, b).sameness is Sameness.WORK
    summer = book_side("ノモンハンの夏", "ja", "半藤", None)
    assert find_duplicates([build(NOMONHAN), build(summer)]) == []


def test_world_war_ii_is_the_second_world_war() -> None:
    """The Roman numeral of "World War II" is the 二 of 第二次 (Dower's 'Embracing Defeat' and its
    Japanese edition): the titles' numbers agree; "World War I" is another war."""
    english = record_keys(
        0,
        build(
            book_side("Embracing Defeat: Japan in the Wake of World War II", "en", "Dower", None)
        ),
    )
    japanese = record_keys(
        1, build(book_side("敗北を抱きしめて 第二次大戦後の日本人", "ja", "ダワー", None))
    )
    assert "2" in english.numbers[0]
    assert not numbers_differ(english, japanese)
    first = record_keys(
        2, build(book_side("Japan in the Wake of World War I", "en", "Dower", None))
    )
    assert numbers_differ(english, first)
