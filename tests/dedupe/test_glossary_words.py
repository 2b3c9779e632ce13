"""Translated titles that can be glossed word for word once the glossaries know their words:
the Russian glossary's words of titles among the most frequent Russian words (дикий, медный,
всадник, своевременный, синий), an English word in "un-" for a Russian one denied by "не"
(apart or written with it), the irregular English forms no stemmer reduces ("Lost" lose,
"Forgotten" forget), a review heading's title in capitals before its subtitle, an adjective in
"-sive" for its noun in "-sion" ("decisive" / 決定 "decision"), and a span of years for the other
title's count of them (1868-1968 / 明治百年).

Sources (each pair is a book and its translation as printed there):
- Gorky: rorbic.ru's essay '"Untimely thoughts" A.M. Gorky' (the English title); znanium.ru,
  document 334861 (Науменко-Порохина, 'Публицистика А.М. Горького революционных лет', 2018):
  «Несвоевременные мысли. Заметки о революции и культуре». - Петроград, 1918; the English
  translation by Herman Ermolaev, 'Untimely Thoughts: Essays on Revolution, Culture and the
  Bolsheviks, 1917-1918' (reissued by Yale University Press, 1995);
- Pushkin: york.ac.uk/depts/maths/histstat/pml1/bronze_horseman/ ('Pushkin: The Bronze
  Horseman, Edited … by Michael Basker, Bristol: Bristol Classical Press 2000') and Wikipedia's
  'The Bronze Horseman (poem)' (a mirror at boysha.eth.limo): 'The Bronze Horseman: A Petersburg
  Tale (Russian: Медный всадник: Петербургская повесть)'; «Каменный гость» is his 'The Stone
  Guest';
- Fraerman: odb-abai.kz ('The Wild Dog Dingo, or The Tale of First Love', 1939) and
  lerm-cbs.ru («Дикая собака Динго, или Повесть о первой любви»);
- Proust in Japanese: jablog.org's Japanese rendering of Wikipedia's 'In Search of Lost Time'
  (『失われた時を求めて』); Conan Doyle's 'The Lost World' is 『失われた世界』;
- 大島渚's documentary 『忘れられた皇軍』 (1963), 'Forgotten Imperial Army' in English.
"""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citations
from archivecite.dedupe import find_duplicates, record_keys
from archivecite.dedupe.agreement import numbers_differ
from archivecite.dedupe.english_stems import gloss_found, light_stem
from archivecite.dedupe.glosses import gloss_match
from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.ru_glossary import english_stem, russian_gloss_match
from archivecite.model import BookReference, Text
from archivecite.model.reference import ReferenceKind

GORKY_EN = "Gorky, Maxim. Untimely Thoughts. New Haven: Yale University Press, 1995."
GORKY_HEADING = (
    "Gorky, Maxim. UNTIMELY THOUGHTS Essays on Revolution, Culture and the Bolsheviks."
    " New Haven: Yale University Press, 1995."
)
GORKY_RU = "Горький М. Несвоевременные мысли. Заметки о революции и культуре. Петроград, 1918."
GORKY_MOTHER = "Горький М. Мать. М., 1906."
PUSHKIN_EN = (
    "Pushkin, A. The Bronze Horseman: A Petersburg Tale. Bristol: Bristol Classical Press, 2000."
)
PUSHKIN_RU = "Пушкин А. С. Медный всадник: Петербургская повесть. СПб., 1837."
PUSHKIN_GUEST = "Пушкин А. С. Каменный гость. СПб., 1839."


def _parsed(*texts: str) -> list[ReferenceKind]:
    references = []
    for result in parse_citations(list(texts)):
        assert isinstance(result, Parsed), result
        references.append(result.references[0])
    return references


@pytest.mark.parametrize(
    ("english", "russian", "same"),
    [
        (GORKY_EN, GORKY_RU, True),  # "untimely": несвоевременные (своевременный "timely")
        (GORKY_HEADING, GORKY_RU, True),  # the title in capitals, its subtitle in running case
        (PUSHKIN_EN, PUSHKIN_RU, True),  # медный "bronze", всадник "horseman"
        (GORKY_EN, GORKY_MOTHER, False),  # the same author's other book
        (GORKY_HEADING, GORKY_MOTHER, False),
        (PUSHKIN_EN, PUSHKIN_GUEST, False),  # каменный "stone", гость: no horseman
    ],
)
def test_a_translated_title_glossed_word_for_word(english: str, russian: str, same: bool) -> None:
    clusters = find_duplicates(_parsed(english, russian))
    assert [cluster.members for cluster in clusters] == ([(0, 1)] if same else [])


@pytest.mark.parametrize(
    ("english", "russian", "whole"),
    [
        ("The Wild Dog Dingo", "Дикая собака Динго", True),  # Динго, a name, by its letters
        ("The Bronze Horseman", "Медный всадник", True),
        ("Untimely Thoughts", "Несвоевременные мысли", True),
        ("The Silver Age", "Серебряный век", True),
        ("The Blue Bird", "Синяя птица", True),
        # "un-" is the denial of the word, not the word: no match without "не"
        ("Untimely Thoughts", "Своевременные мысли", False),
        ("Timely Thoughts", "Несвоевременные мысли", False),
        ("The Bronze Horseman", "Каменный гость", False),
        ("Wild Swans", "Дикая собака Динго", False),  # one word of two books' titles
    ],
)
def test_the_glossary_words(english: str, russian: str, whole: bool) -> None:
    match = russian_gloss_match(english, russian)
    assert (match.english == 1 and match.russian == 1) is whole


@pytest.mark.parametrize(
    ("english", "title", "whole"),
    [
        ("In Search of Lost Time", "失われた時を求めて", True),  # lost: 失う "to lose"
        ("Forgotten Imperial Army", "忘れられた皇軍", True),  # forgotten: 忘れる "to forget"
        ("The Lost World", "失われた時を求めて", False),  # another book lost to its world
        ("Forgotten Imperial Army", "忘れられた日本人", False),
    ],
)
def test_an_irregular_english_form_glossed(english: str, title: str, whole: bool) -> None:
    assert gloss_match(english, title, "ja").whole is whole


@pytest.mark.parametrize(
    ("form", "base"),
    [("forgotten", "forget"), ("Women", "woman"), ("crises", "crisis"), ("lost", "lose")],
)
def test_an_irregular_form_stems_as_its_base(form: str, base: str) -> None:
    assert light_stem(form) == light_stem(base)
    assert english_stem(form) == english_stem(base)


@pytest.mark.parametrize("word", ["left", "found", "rose", "thought"])
def test_a_form_that_is_another_word_too_is_kept(word: str) -> None:
    """ "The Left" is no "leave", "The Name of the Rose" no "rise"."""
    assert light_stem(word) == word


def _keys(index: int, title: str, lang: str) -> RecordKeys:
    return record_keys(index, BookReference(title=Text(original=title, lang=lang)))


@pytest.mark.parametrize(
    ("span", "counted", "differ"),
    [
        # the Meiji centennial (Foreign Affairs, 1968: 'Japan will mark the Centennial of its
        # modern transformation'), 明治百年 in Japanese: one period, as dates and as a count
        (("Meiji Centennial, 1868-1968", "en"), ("明治百年", "ja"), False),
        # the Soviet jubilee books of 1967, «50 лет Советской власти»
        (("Soviet Power, 1917–1967", "en"), ("50 лет Советской власти", "ru"), False),
        # another count of years: 明治五十年 is 1917, not the centennial
        (("Meiji Centennial, 1868-1968", "en"), ("明治五十年", "ja"), True),
        # Fairbank's 'The Great Chinese Revolution, 1800-1985' is no hundred years
        (("The Great Chinese Revolution, 1800-1985", "en"), ("明治百年", "ja"), True),
    ],
)
def test_a_span_of_years_and_the_count_of_its_years(
    span: tuple[str, str], counted: tuple[str, str], differ: bool
) -> None:
    assert numbers_differ(_keys(0, *span), _keys(1, *counted)) is differ


@pytest.mark.parametrize(
    ("stem", "gloss", "found"),
    [
        ("decisive", "decision", True),  # JMdict's 決定 "decision; determination"
        ("aggressive", "aggression", True),
        ("repressive", "repression", True),
        ("positive", "position", False),  # "-tive" / "-tion" may mean apart
        ("executive", "execution", False),
        ("passive", "passion", False),  # three letters before them: no root
    ],
)
def test_an_adjective_in_sive_and_its_noun_in_sion(stem: str, gloss: str, found: bool) -> None:
    assert gloss_found(stem, frozenset((gloss,))) is found
