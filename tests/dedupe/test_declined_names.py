"""A foreign author named in Russian prose in the genitive (``книга Олега Хлевнюка``,
``монография … Фильцера, Шехтера``) is the author the Latin side names (Khlevniuk, Filtzer,
Schechter): the ``-а`` after a consonant is the case ending, not a letter of the name.

Sources (pages corpus of the search tool):
- http://reader-mania.ru/book/3407247: the publisher's blurb of Хлевнюк's «Сталин. Жизнь
  одного вождя» (Corpus, 2015), "Книга Олега Хлевнюка будет интересна …"; its English edition
  is Khlevniuk, 'Stalin: New Biography of a Dictator' (Yale, 2015), cited so in set 36;
- https://rulit.me/books/smersh-stalin-039-s-secret-weapon-soviet-military-counterintelligence-
  in-wwii-read-376270-18.html, notes 22 and 24: 'Petrov and Skorkin', 'Kokurin and Petrov'
  (Latin names that must stay apart from other people's declined names).
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import record_keys
from archivecite.dedupe.people import author_similarity
from tests.dedupe.helpers import book_side, build


def _agreement(russian: tuple[str, str], latin: tuple[str, str]) -> float:
    first = record_keys(0, build(book_side(russian[0], "ru", russian[1], 2015)))
    second = record_keys(1, build(book_side(latin[0], "en", latin[1], 2015)))
    return author_similarity(first, second)


@pytest.mark.parametrize(
    ("russian", "latin"),
    [
        pytest.param(
            ("Сталин. Жизнь одного вождя", "Хлевнюка"),
            ("Stalin: New Biography of a Dictator", "Khlevniuk"),
            id="khlevniuk-genitive-real",
        ),
        pytest.param(
            # set 32's contributors as its Russian abstract declines them ("Фильцера,
            # Шехтера"), against the English spellings the German and English transcriptions
            # of a Russian name give (name_readings.spelled_keys)
            ("Голод и война", "Шехтера"),
            ("Hunger and War", "Schechter"),
            id="schechter-genitive",
        ),
    ],
)
def test_a_declined_name_is_the_author(russian: tuple[str, str], latin: tuple[str, str]) -> None:
    assert _agreement(russian, latin) == 1.0


@pytest.mark.parametrize(
    ("russian", "latin"),
    [
        # another person: the stem must be the Latin name's key, not near it
        pytest.param(("Лубянка", "Скоркина"), ("Lubyanka", "Kokurin"), id="other-person"),
        # a declined name of another person ("Петрова": petrov) against a third person
        pytest.param(("Лубянка", "Петрова"), ("Lubyanka", "Skorkin"), id="stem-of-another"),
    ],
)
def test_another_name_stays_apart(russian: tuple[str, str], latin: tuple[str, str]) -> None:
    assert _agreement(russian, latin) == 0.0
