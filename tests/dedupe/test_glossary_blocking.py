"""A Russian title and its English translation meet in blocking through the glossary, and a
romanized Russian title is glossed against an English one (dedupe/glosses.glossary_keys,
dedupe/data/ru_en_glossary.tsv).

Neither a translated title nor its romanized original shares a letter key with the other; when
one side names no author or gives no year, no name key brings them together either. The
glossary keys two of each title's opening content words: the Russian title's by their stems,
the English title's by the Russian stems the glossary glosses them by; a romanized Russian title
is read back to Cyrillic first. The other works that share a word stay apart.

Sources (real titles; no held-out set of tests/data/dedupe quotes them):
- Solzhenitsyn: English Wikipedia's 'The Gulag Archipelago' as copied on mendeleviumk687.sbs
  ('The Gulag Archipelago: An Experiment in Literary Investigation (Russian: Архипелаг ГУЛАГ,
  romanized: Arkhipelag GULAG)', YMCA-Press, 1973); Russian Wikipedia's 'Архипелаг ГУЛАГ' as
  mirrored on 206.189.44.186 (genre 'Опыт художественного исследования', author Александр
  Солженицын, first full Soviet edition 1989); the-savoisien.com's post 'Alexander Solzhenitsyn
  - The gulag archipelago / An Experiment in Literary Investigation' (no year); youdao.com's
  'The Gulag Archipelago and One Day in the Life of Ivan Denisovich' (his other book);
- Grossman: everand.com book 445184352, the Garrards' 'The Life and Fate of Vasily Grossman'
  (2012), whose blurb names his 'Life and Fate' (published in 1980); moscowbooks.ru's author
  page 7770 (роман «Жизнь и судьба» Василия Гроссмана, first published 1980).
"""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.dedupe import find_duplicates, record_keys
from archivecite.dedupe.blocking import blocking_keys, build_blocks
from archivecite.dedupe.glosses import glossary_keys, glossed_titles
from tests.dedupe.pair_sets import build


def _book(
    title: str, lang: str, authors: tuple[str, ...] = (), year: int | None = None
) -> dict[str, Any]:
    side: dict[str, Any] = {"kind": "book", "title": title, "lang": lang, "authors": list(authors)}
    if year is not None:
        side["year"] = year
    return side


GULAG_EN = _book("The Gulag Archipelago: An Experiment in Literary Investigation", "en")
GULAG_EN_BY = _book(
    "The Gulag Archipelago: An Experiment in Literary Investigation", "en", ("Solzhenitsyn",)
)
GULAG_RU = _book("Архипелаг ГУЛАГ. Опыт художественного исследования", "ru", (), 1989)
GULAG_RU_BY = _book(
    "Архипелаг ГУЛАГ. Опыт художественного исследования", "ru", ("Солженицын",), 1989
)
GULAG_LATN = _book("Arkhipelag GULAG", "ru-Latn", ("Solzhenitsyn",), 1973)
ONE_DAY = _book("One Day in the Life of Ivan Denisovich", "en", ("Solzhenitsyn",))
LIFE_AND_FATE = _book("Life and Fate", "en", ("Grossman",), 1980)
ZHIZN_I_SUDBA = _book("Жизнь и судьба", "ru", ("Гроссман",), 1980)
ZHIZN_I_SUDBA_TITLE = _book("Жизнь и судьба", "ru", (), 1980)
GARRARD = _book("The Life and Fate of Vasily Grossman", "en", ("Garrard", "Garrard"), 2012)
GARRARD_TITLE = _book("The Life and Fate of Vasily Grossman", "en")


def _keys(side: dict[str, Any], index: int = 0) -> Any:
    return record_keys(index, build(side))


def _joined(first: dict[str, Any], second: dict[str, Any]) -> bool:
    return bool(find_duplicates([build(first), build(second)]))


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        pytest.param(GULAG_EN, GULAG_RU, id="Gulag Archipelago, no people on either side"),
        pytest.param(GULAG_EN_BY, GULAG_RU, id="Gulag Archipelago, the author on one side"),
        pytest.param(LIFE_AND_FATE, ZHIZN_I_SUDBA, id="Life and Fate, one year"),
    ],
)
def test_a_translation_shares_a_glossary_key(
    english: dict[str, Any], russian: dict[str, Any]
) -> None:
    (english_keys, english_side), (russian_keys, russian_side) = (
        glossary_keys(_keys(english)),
        glossary_keys(_keys(russian)),
    )
    assert (english_side, russian_side) == (False, True)
    assert set(english_keys) & set(russian_keys)
    assert _joined(english, russian)


def test_the_glossary_key_alone_brings_them_together() -> None:
    """'The Gulag Archipelago: …' (no author, no year) and «Архипелаг ГУЛАГ. Опыт
    художественного исследования» (no author) share no letter or name key: one glossed block
    holds them, and the titles, each other's translation word for word, name the work."""
    records = [_keys(GULAG_EN, 0), _keys(GULAG_RU, 1)]
    blocks = build_blocks(records)
    assert {block.kind for block in blocks} == {"glossed"}
    assert all(block.members == (0, 1) for block in blocks)
    plain = [set(blocking_keys(record, glossed=False)) for record in records]
    assert not plain[0] & plain[1]


def test_a_batch_without_a_russian_title_has_no_glossary_keys() -> None:
    records = [_keys(GULAG_EN, 0), _keys(ONE_DAY, 1), _keys(GARRARD_TITLE, 2)]
    assert all(block.kind != "glossed" for block in build_blocks(records))


def test_a_romanized_title_is_read_back_and_glossed() -> None:
    """'Arkhipelag GULAG' (stated 'ru-Latn') is read back to «Архипелаг ГУЛАГ», whose words
    the English title's gloss; the two Latin titles share no key of their letters."""
    romanized, english = _keys(GULAG_LATN, 0), _keys(GULAG_EN_BY, 1)
    glossed = glossed_titles(romanized, english)
    assert glossed is not None
    assert glossed.matched == ("gulag", "archipelago")
    assert glossary_keys(romanized)[1]
    assert set(glossary_keys(romanized)[0]) & set(glossary_keys(english)[0])
    assert _joined(GULAG_LATN, GULAG_EN_BY)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(ONE_DAY, GULAG_RU_BY, id="Solzhenitsyn, One Day / Архипелаг ГУЛАГ"),
        pytest.param(GULAG_LATN, ONE_DAY, id="Solzhenitsyn, Arkhipelag GULAG / One Day"),
        pytest.param(GARRARD, ZHIZN_I_SUDBA, id="the Garrards' biography / Жизнь и судьба"),
        pytest.param(GARRARD_TITLE, ZHIZN_I_SUDBA_TITLE, id="the biography, titles only"),
        # two words and no people on one side: a commonplace, whatever the key says
        pytest.param(
            _book("Life and Fate", "en"), ZHIZN_I_SUDBA, id="Life and Fate, no author, no year"
        ),
    ],
)
def test_another_work_stays_apart(first: dict[str, Any], second: dict[str, Any]) -> None:
    assert not _joined(first, second)
