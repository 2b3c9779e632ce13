"""One person's name in two forms that share few letters: a Belarusian family name in -аў
(Łacinka -aŭ) and the Russian one in -ов that Russian catalogues print, and a Chinese family
name in Palladius Cyrillic ("Чжан") against the same name in hanzi (张), which a Russian reading
of the letters ("chan") does not meet.

Sources (as stored in the search tool's pages corpus):
- be.convdocs.org/docs/index-7603.html (a Belarusian study of Міхась Лынькоў): 'Лынькоў М. Зб.
  тв.: У 8 т. Т. 2. Мн., 1982. С. 279.'; sb.by/articles/epopeya-syna-zheleznodorozhnika.html
  (in Russian): 'Михась Лыньков', 'Василь Быков'.
- lsinkova.by (a Belarusian article on Быкаў's «Мурашкі», 2002): 'Васіль Быкаў'.
- nashaniva.by/be_latn/106348 (Łacinka): 'Niaklajeŭ' (Уладзімір Някляеў, in Russian Владимир
  Некляев).
- oreanda-news.com, 'В России выходит книга "Неизвестный Мао"': 'британцы Джон Холлидей и Юн
  Чжан'; fanlib.clan.su 2011-11-13: 'китаянки Юн Чжан'; sp12.org's 'Mao: The Unknown Story …
  By Jung Chang'; the Chinese edition's authors 张戎, 哈利戴 (《毛泽东:鲜为人知的故事》).
- bolshoi.by/culture/mihasyu-lyinkovu (Russian) for the negatives' names: 'Колас, Купала, Танк,
  Крапива, Глебка, Мележ'.
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import record_keys
from archivecite.dedupe.people import author_similarity
from archivecite.model import BookReference, Name, Text


def _book(title: str, lang: str, family: str, given: str | None = None) -> BookReference:
    return BookReference(
        title=Text(original=title, lang=lang), authors=(Name(family=family, given=given),)
    )


def _agreement(first: BookReference, second: BookReference) -> float:
    return author_similarity(record_keys(0, first), record_keys(1, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (_book("Збор твораў", "be", "Лынькоў", "М."), _book("Собрание сочинений", "ru", "Лыньков")),
        (_book("Мурашкі", "be", "Быкаў", "Васіль"), _book("Муравьи", "ru", "Быков", "Василь")),
        (
            _book("Miortvym nie balić", "be-Latn", "Bykaŭ"),
            _book("Мертвым не больно", "ru", "Быков"),
        ),
        (_book("Aŭtamat z haziroŭkaj", "be-Latn", "Niaklajeŭ"), _book("Автомат", "ru", "Некляев")),
        # a Palladius family name alone, with initials, or after its given name
        (_book("Неизвестный Мао", "ru", "Чжан"), _book("毛泽东:鲜为人知的故事", "zh", "张", "戎")),
        (_book("Дикие лебеди", "ru", "Чжан", "Ю."), _book("鸿", "zh", "张", "戎")),
        (_book("Дикие лебеди", "ru", "Чжан", "Юн"), _book("鸿", "zh", "张", "戎")),
    ],
)
def test_one_name_in_two_forms(first: BookReference, second: BookReference) -> None:
    # (Някляеў's akanye, "nia" for "не", still leaves a typo's distance)
    assert _agreement(first, second) >= 0.85


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # other people: no ending or syllable read makes them one
        (_book("Мурашкі", "be", "Быкаў"), _book("Люди на болоте", "ru", "Мележ")),
        (_book("Збор твораў", "be", "Лынькоў"), _book("Новая земля", "ru", "Колас")),
        (_book("Неизвестный Мао", "ru", "Чжан"), _book("毛泽东传", "zh", "赵")),
        (_book("Дикие лебеди", "ru", "Ван", "Ю."), _book("鸿", "zh", "张", "戎")),
        # a Russian name is read no Palladius way
        (_book("Мертвым не больно", "ru", "Быков"), _book("鸿", "zh", "毕")),
    ],
)
def test_other_people_stay_apart(first: BookReference, second: BookReference) -> None:
    assert _agreement(first, second) < 0.5
