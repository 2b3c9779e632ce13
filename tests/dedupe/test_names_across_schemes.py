"""One person's family name read in another script or scheme: a Chinese name in Palladius
Cyrillic against Wade-Giles or pinyin ("Чжан" / "Chang"), a Western name as Russian writes it
by its sounds ("Холлидей" / "Halliday"), a Chinese name inside a Russian title read as pinyin
(«Дэн Сяопин» / "Deng Xiaoping"), and a Manchu's own name after the clan name a Chinese text
prints before it (爱新觉罗·溥杰 is Pujie, not a family name "Aisin-Gioro").

Sources (as stored in the search tool's pages corpus):
- hkcinema.gotar.ru/chinlit/zhangailing: 'Чжан Айлин 張愛玲 ... Имя на английском: Eileen Chang,
  Zhang Ailing, Chang Ai-ling'.
- bezmani.ru/spravka/bse/base/5/013130.htm (БСЭ): 'ЧЖАН СЮЭ-ЛЯН ... Сын милитариста Чжан
  Цзо-линя'; universal_lexikon.de-academic.com 322281: 'Zhang Xueliang, Chang Hsüeh-liang';
  definiciones-de.com chang_hsueh-liang: 'Chang Hsueh-Liang ... su padre Chang Tso-lin'.
- mreadz.net fr_380050_num12 (Furr, «Запад против Сталина», 2019): 'Дэвис и Уиткрофт также
  признают' (R. W. Davies and S. G. Wheatcroft, The Years of Hunger, 2004); you1917-91.narod.ru
  /tauger.html: 'Роберт Конквест' (Robert Conquest).
- oreanda-news.com, 'В России выходит книга "Неизвестный Мао"': 'британцы Джон Холлидей и Юн
  Чжан'; the Chinese edition's 张戎, 哈利戴 (《毛泽东:鲜为人知的故事》).
- xn--6rv63n.xn--ses554g (the 溥杰 page): '爱新觉罗·溥杰 ... 清朝末代皇帝爱新觉罗·溥仪的同父同母
  弟弟 ... 著有回忆录《溥杰自传》', also '爱新觉罗.溥杰' with a full stop; skfengji.com 188betgw
  /1862.html: 'Pu Jie', 'Pu Yi'; 48shi.com/renwu/pujie.html: '瓜尔佳·荣禄(即 ... 荣禄)'.
- libking.ru 501309 and portal-kultura.ru 6910: Александр Панцов, «Дэн Сяопин» (Молодая
  гвардия, ЖЗЛ, 2013); the English 'Deng Xiaoping: A Revolutionary Life' (Pantsov, Levine).
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import record_keys
from archivecite.dedupe.people import author_similarity
from archivecite.dedupe.readings import text_keys
from archivecite.model import BookReference, Name, Text


def _book(title: str, lang: str, *names: tuple[str, str | None]) -> BookReference:
    authors = tuple(Name(family=family, given=given) for family, given in names)
    return BookReference(title=Text(original=title, lang=lang), authors=authors)


def _agreement(first: BookReference, second: BookReference) -> float:
    return author_similarity(record_keys(0, first), record_keys(1, second))


_RU = "Любовь в павшем городе"
_EN = "Love in a Fallen City"


@pytest.mark.parametrize(
    ("first", "second", "at_least"),
    [
        # a Palladius family name against Wade-Giles and pinyin, with or without given names
        # (the Russian key "chan" alone is a typo's distance from "chang": 0.89)
        (_book(_RU, "ru", ("Чжан", "Айлин")), _book(_EN, "en", ("Chang", "Ai-ling")), 1.0),
        (_book(_RU, "ru", ("Чжан", "Айлин")), _book(_EN, "en", ("Zhang", "Ailing")), 1.0),
        (_book(_RU, "ru", ("Чжан", None)), _book(_EN, "en", ("Chang", "Eileen")), 1.0),
        (
            _book("Сиань", "ru", ("Чжан", "Сюэлян")),
            _book("Xi'an", "en", ("Chang", "Hsüeh-liang")),
            1.0,
        ),
        # one Palladius name in two Russian catalogues, family name alone or with the given
        (_book(_RU, "ru", ("Чжан", "Айлин")), _book(_RU, "ru", ("Чжан", None)), 1.0),
        # an English name transcribed into Russian, the same consonants in as many syllables
        (
            _book("Годы голода", "ru", ("Дэвис", None), ("Уиткрофт", None)),
            _book("The Years of Hunger", "en", ("Davies", "R. W."), ("Wheatcroft", "S. G.")),
            0.85,
        ),
        (
            _book("Неизвестный Мао", "ru", ("Холлидей", "Джон")),
            _book("Mao", "en", ("Halliday", "Jon")),
            0.85,
        ),
        # and the other way, "qu" as кв: a Latin spelling read as Russian
        (
            _book("Жатва скорби", "ru", ("Конквест", "Роберт")),
            _book("Harvest", "en", ("Conquest", None)),
            1.0,
        ),
    ],
)
def test_one_name_in_two_scripts(
    first: BookReference, second: BookReference, at_least: float
) -> None:
    assert _agreement(first, second) >= at_least


def test_a_later_name_in_cyrillic_against_its_transcription_in_hanzi() -> None:
    # Холлидей (HLT) / 哈利戴 (halidai, HLT) as the second author, by its letters, not its key
    russian = _book("Неизвестный Мао", "ru", ("Чжан", None), ("Холлидей", None))
    chinese = _book("毛泽东:鲜为人知的故事", "zh", ("张", None), ("哈利戴", None))
    assert _agreement(russian, chinese) >= 0.9


@pytest.mark.parametrize(
    ("first", "second", "below"),
    [
        # father and son: one family name, given names that share no reading (the Russian
        # key "chan" stays a typo's distance from "chang")
        (
            _book("Сиань", "ru", ("Чжан", "Сюэлян")),
            _book("Mukden", "en", ("Chang", "Tso-lin")),
            0.9,
        ),
        (_book(_RU, "ru", ("Чжан", "Айлин")), _book(_EN, "en", ("Chang", "Hsüeh-liang")), 0.9),
        # two English spellings are two names: Chang is pinyin 常 too
        (_book(_EN, "en", ("Chang", None)), _book(_EN, "en", ("Zhang", None)), 0.85),
        # one consonant skeleton (KSLF) in two and three syllables: two Russian names
        (_book("Дело", "ru", ("Козлов", None)), _book("Delo", "en", ("Kiselev", None)), 0.5),
        # a Russian name is no Palladius: Быков is not read as Chinese
        (_book("Мертвым не больно", "ru", ("Быков", None)), _book(_EN, "en", ("Bi", None)), 0.5),
    ],
)
def test_other_people_stay_apart(first: BookReference, second: BookReference, below: float) -> None:
    assert _agreement(first, second) < below


@pytest.mark.parametrize(
    ("title", "english"),
    [
        ("Дэн Сяопин", "Deng Xiaoping: A Revolutionary Life"),
        ("Мао Цзэдун", "Mao Zedong"),
        ("Чжоу Эньлай и Мао", "Zhou Enlai i Mao"),
    ],
)
def test_a_chinese_name_in_a_russian_title_reads_as_pinyin(title: str, english: str) -> None:
    russian = {key.key for key in text_keys(Text(original=title, lang="ru"))}
    read = {
        key.key for key in text_keys(Text(original=english.split(":", maxsplit=1)[0], lang="en"))
    }
    assert russian & read


@pytest.mark.parametrize(
    "title",
    [
        # capitalized Russian words are no Palladius, nor a title's one-word name
        "Дикие лебеди. Три дочери Китая",
        "Москва Пекин",
        "Мао: Неизвестная история",
    ],
)
def test_russian_words_in_a_title_stay_russian(title: str) -> None:
    keys = text_keys(Text(original=title, lang="ru"))
    assert len(keys) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            _book("溥杰自传", "zh", ("爱新觉罗·溥杰", None)),
            _book("Memoirs", "en", ("Pu Jie", None)),
        ),
        (_book("溥杰自传", "zh", ("爱新觉罗.溥杰", None)), _book("Memoirs", "en", ("Pujie", None))),
        (_book("荣禄", "zh", ("瓜尔佳·荣禄", None)), _book("Ronglu", "en", ("Ronglu", None))),
    ],
)
def test_a_manchu_is_named_by_his_own_name(first: BookReference, second: BookReference) -> None:
    assert _agreement(first, second) == 1.0


def test_two_brothers_of_one_clan_stay_apart() -> None:
    # 溥杰 and 溥仪: the clan name is no family name they share (whole, a typo's distance)
    pujie = _book("溥杰自传", "zh", ("爱新觉罗·溥杰", None))
    puyi = _book("我的前半生", "zh", ("爱新觉罗·溥仪", None))
    assert _agreement(pujie, puyi) < 0.5


def test_a_palladius_name_written_whole_reads_as_pinyin() -> None:
    # "Пу И" in one field (a Russian catalogue's author of «Последний император») is 溥仪
    russian = _book("Последний император", "ru", ("Пу И", None))
    assert (
        record_keys(0, russian).authors
        == record_keys(1, _book("溥仪", "zh", ("溥仪", None))).authors
    )
