"""A Russian book and its Japanese or Chinese translation: the title translated word for word
(«Война и мир» / 戦争と平和, «Тихий Дон» / 静かなドン), compared through the English glosses of
both (the Russian glossary and JMdict or CC-CEDICT); and a title of names written in katakana
by its sounds («Анна Каренина» / アンナ・カレーニナ), compared by their consonants.

Sources (each as stored in the search tool's pages corpus):
- https://jmedia.wiki/wiki/War_and_Peace (a Japanese copy of the Wikipedia article):
  '『戦争と平和』ロシア語: Война и мир … ロシアの作家レフ・トルストイの文学作品 … 1869年に出版';
- http://mobile.seisyun.net/wgate/罪と罰/ (a copy of the Japanese Wikipedia article):
  '『罪と罰』(つみとばつ、ロシア語: Преступление и наказание, 1866年)は、ロシアの文豪フョードル・
  ドストエフスキーの長編小説';
- https://kotobank.jp/word/静かなドン-73465 (日本大百科全書): '静かなドン / Тихий Дон/Tihiy Don /
  ソ連の小説家ショーロホフの長編小説', and the Britannica entry on the page: 'Tikhii Don / ソ連の作家
  M.ショーロホフの長編小説 … 1928~40年発表';
- http://szmdbiao.com/z/1872311.html (a Chinese book page): '《戰爭與和平》是俄國作家列夫·尼古拉耶維奇·
  托爾斯泰的代表作品' and '列夫·托爾斯泰(Л.Н.Толстой …)';
- the hard negatives: https://ameblo.jp/umibouzu2020/entry-12350878539.html '百田尚樹/著 「戦争と平和」
  … トルストイに同名の小説があるが' (Hyakuta's 2017 essay, Shinchō shinsho: another author);
  http://ja.m.wikipedia.org/wiki/プロレタリア革命と背教者カウツキー '『プロレタリア革命と背教者カウツキー』
  (ロシア語: Пролетарская революция и ренегат Каутский)とは、1918年に出版されたレーニンの著作' (the
  same author's other book, one word in common with «Государство и революция»).
The katakana transcriptions: ja.wikipedia's 『アンナ・カレーニナ』 (ロシア語: Анна Каренина, Tolstoy,
1877) and 『タラス・ブーリバ』 (Тарас Бульба, Gogol, 1835), as the articles' leads give them.
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import record_keys, score_pair
from archivecite.dedupe.bridged_glosses import russian_cjk_glossed
from archivecite.dedupe.katakana_titles import katakana_transcription
from tests.dedupe.helpers import book_side, build

THRESHOLD = 0.85


def _score(first: dict[str, object], second: dict[str, object]) -> float:
    return score_pair(record_keys(0, build(first)), record_keys(1, build(second))).score


WAR_AND_PEACE_RU = book_side("Война и мир", "ru", "Толстой", 1869)
WAR_AND_PEACE_JA = book_side("戦争と平和", "ja", "トルストイ", 1869)
WAR_AND_PEACE_ZH = book_side("戰爭與和平", "zh-Hant", "托爾斯泰", None)
CRIME_RU = book_side("Преступление и наказание", "ru", "Достоевский", 1866)
CRIME_JA = book_side("罪と罰", "ja", "ドストエフスキー", 1866)
DON_JA = book_side("静かなドン", "ja", "ショーロホフ", 1928)
DON_RU = book_side("Тихий Дон", "ru", "Шолохов", 1928)
DON_ROMANIZED = book_side("Tikhii Don", "ru-Latn", "Sholokhov", 1928)
STATE_RU = book_side("Государство и революция", "ru", "Ленин", 1917)


@pytest.mark.parametrize(
    ("russian", "translation"),
    [
        (WAR_AND_PEACE_RU, WAR_AND_PEACE_JA),
        (CRIME_RU, CRIME_JA),
        (DON_RU, DON_JA),  # a name (Дон / ドン) and a word glossed
        (DON_ROMANIZED, DON_JA),  # the romanized title read back to Cyrillic
        (WAR_AND_PEACE_RU, WAR_AND_PEACE_ZH),  # CC-CEDICT for a Chinese title
    ],
)
def test_a_russian_title_and_its_translation_word_for_word(
    russian: dict[str, object], translation: dict[str, object]
) -> None:
    keys = record_keys(0, build(russian)), record_keys(1, build(translation))
    assert russian_cjk_glossed(*keys) is not None
    assert _score(russian, translation) >= THRESHOLD


@pytest.mark.parametrize(
    ("russian", "other"),
    [
        # another author's book of the same title (Hyakuta's essay, 2017)
        (WAR_AND_PEACE_RU, book_side("戦争と平和", "ja", "百田", 2017)),
        # the same author's other book, «революция» / 革命 in common
        (STATE_RU, book_side("プロレタリア革命と背教者カウツキー", "ja", "レーニン", 1918)),
        # the same author, another novel
        (CRIME_RU, book_side("戦争と平和", "ja", "トルストイ", 1869)),
    ],
)
def test_other_books_stay_apart(russian: dict[str, object], other: dict[str, object]) -> None:
    assert _score(russian, other) < THRESHOLD


def test_one_word_of_a_longer_title_is_no_translation() -> None:
    """«Пролетарская революция и ренегат Каутский» / 国家と革命: only 革命 "revolution" meets."""
    keys = (
        record_keys(
            0, build(book_side("Пролетарская революция и ренегат Каутский", "ru", "Ленин", 1918))
        ),
        record_keys(1, build(book_side("国家と革命", "ja", "レーニン", 1917))),
    )
    assert russian_cjk_glossed(*keys) is None


ANNA_RU = book_side("Анна Каренина", "ru", "Толстой", 1877)
ANNA_JA = book_side("アンナ・カレーニナ", "ja", "トルストイ", 1877)
TARAS_RU = book_side("Тарас Бульба", "ru", "Гоголь", 1835)
TARAS_JA = book_side("タラス・ブーリバ", "ja", "ゴーゴリ", 1835)


@pytest.mark.parametrize(
    ("original", "katakana", "how"),
    [
        (ANNA_RU, ANNA_JA, 100.0),
        (TARAS_RU, TARAS_JA, 100.0),
        (book_side("Anna Karenina: A Novel in Eight Parts", "en", "Tolstoy", 1877), ANNA_JA, 95.0),
    ],
)
def test_a_title_of_names_and_its_katakana(
    original: dict[str, object], katakana: dict[str, object], how: float
) -> None:
    keys = record_keys(0, build(original)), record_keys(1, build(katakana))
    assert katakana_transcription(*keys)[0] == how
    assert _score(original, katakana) >= THRESHOLD


@pytest.mark.parametrize(
    ("original", "katakana"),
    [
        (ANNA_RU, TARAS_JA),  # other names
        (TARAS_RU, book_side("タラス", "ja", "ゴーゴリ", 1835)),  # one word of two
        (ANNA_RU, book_side("アンナ", "ja", "トルストイ", 1877)),  # a name too short alone
    ],
)
def test_other_names_are_no_transcription(
    original: dict[str, object], katakana: dict[str, object]
) -> None:
    keys = record_keys(0, build(original)), record_keys(1, build(katakana))
    assert katakana_transcription(*keys)[0] == 0.0
