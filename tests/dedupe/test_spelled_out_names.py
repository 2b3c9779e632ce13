"""A Russian title and its English translation where one spells out a state's name and the
other writes its initials, where a site cut one title at a comma, or where a romanized title
with no year meets an English one with a year (dedupe/ru_glossary.py, dedupe/glosses.py,
dedupe/data/vocabulary.toml's russian_acronyms and english_acronyms).

Sources:
- А. Н. Костюков, «Союз Советских Социалистических Республик: к столетию образования»,
  Правоприменение 2022, 6(2), 57–64 (cyberleninka.ru, soyuz-sovetskih-sotsialisticheskih-
  respublik-k-stoletiyu-obrazovaniya), and the journal's English page for it, 'Soviet Union: to
  the centenary of formation' (enforcement.omsu.ru/jour/article/view/630), both as stored in the
  search tool's pages corpus; the DOI they share is left out, so that the titles decide;
- А. С. Клинов's 2019 article (DOI 10.24158/fik.2019.4.8) under its Russian and English titles on
  its cyberleninka page, and topuch.com's copy whose Russian title stops at a comma
  (tests/data/dedupe/cross_script_holdout53.toml);
- Slavinsky's 'The Japanese-Soviet Neutrality Pact: A Diplomatic History 1941–1945' (2003), ibid.;
- Barabanov's “Pravda gumanizma” (in Samosoznanie, Khronika, 1976), McConnell's 'The Truth of
  Humanism' for it (1976), and Barabanov's “Raskol Tserkvi i mira” (Iz-pod glyb, 1974), from
  McConnell's 'Dissenting Views' (2024) (tests/data/dedupe/cross_script_holdout49.toml).
"""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.dedupe import find_duplicates, record_keys, score_pair
from archivecite.dedupe.glosses import glossed_titles
from archivecite.dedupe.ru_glossary import russian_content_words
from tests.dedupe.pair_sets import build


def _article(title: str, lang: str, author: str, year: int | None = None) -> dict[str, Any]:
    side: dict[str, Any] = {"kind": "article", "title": title, "lang": lang, "authors": [author]}
    if year is not None:
        side["year"] = year
    return side


KOSTYUKOV_RU = _article(
    "Союз Советских Социалистических Республик: к столетию образования", "ru", "Костюков", 2022
)
KOSTYUKOV_EN = _article("Soviet Union: to the centenary of formation", "en", "Kostyukov", 2022)
KLINOV_RU = _article(
    "ПАКТ О НЕЙТРАЛИТЕТЕ МЕЖДУ ЯПОНСКОЙ ИМПЕРИЕЙ И СОЮЗОМ СОВЕТСКИХ СОЦИАЛИСТИЧЕСКИХ "
    "РЕСПУБЛИК, ЗАКЛЮЧЕННЫЙ В МОСКВЕ 13 АПРЕЛЯ 1941 Г., И ВСТУПЛЕНИЕ СОВЕТСКОГО СОЮЗА В ВОЙНУ "
    "ПРОТИВ ЯПОНИИ",
    "ru",
    "Клинов",
    2019,
)
KLINOV_EN = _article(
    "THE NEUTRALITY PACT BETWEEN THE EMPIRE OF JAPAN AND THE USSR SIGNED IN MOSCOW ON APRIL 13, "
    "1941 AND THE INVOLVEMENT OF THE SOVIET UNION IN THE WAR AGAINST JAPAN",
    "en",
    "Klinov",
    2019,
)
KLINOV_CUT = _article(
    "пакт о нейтралитете между японской империей и союзом советских социалистических республик,",
    "ru",
    "Клинов",
)
# constructed, not a real reference: an English title of Klinov's that opens otherwise
KLINOV_OTHER = _article(
    "The Entry of the Soviet Union into the War against Japan in August 1945", "en", "Klinov", 2019
)
SLAVINSKY = {
    "kind": "book",
    "title": "The Japanese-Soviet Neutrality Pact: A Diplomatic History 1941–1945",
    "lang": "en",
    "authors": ["Slavinsky"],
    "year": 2003,
}
_MCCONNELL = "McConnell, 'Dissenting Views' (2024), a footnote"
PRAVDA_GUMANIZMA = {
    "kind": "citation",
    "lang": "ru-Latn",
    "source": _MCCONNELL,
    "text": "Evgenii Barabanov, “Pravda gumanizma,” in Samosoznanie. Sbornik statei "
    "(Khronika, 1976), 17.",
}
RASKOL = {
    "kind": "citation",
    "lang": "ru-Latn",
    "source": _MCCONNELL,
    "text": "Evgenii Barabanov, “Raskol Tserkvi i mira,” in Iz-pod glyb. Sbornik statei "
    "(YMCA Press, 1974), 197.",
}
TRUTH_OF_HUMANISM = _article("The Truth of Humanism", "en", "Barabanov", 1976)


def _decided(first: dict[str, Any], second: dict[str, Any]) -> tuple[Any, ...]:
    a, b = record_keys(0, build(first)), record_keys(1, build(second))
    return glossed_titles(a, b), score_pair(a, b)


@pytest.mark.parametrize(
    ("title", "words"),
    [
        pytest.param(
            "Союз Советских Социалистических Республик: к столетию образования",
            ["ссср", "столетию", "образования"],
            id="the Union spelled out",
        ),
        pytest.param(
            "США и Соединенные Штаты Америки", ["сша"], id="the initials and the name, one word"
        ),
        # two words are no name's initials: «Советский Союз» is read as it is
        pytest.param("Советский Союз и Китай", ["советский", "союз", "китай"], id="two words"),
    ],
)
def test_a_name_spelled_out_is_read_as_its_initials(title: str, words: list[str]) -> None:
    assert [word.word for word in russian_content_words(title)] == words


@pytest.mark.parametrize(
    ("russian", "english", "matched"),
    [
        pytest.param(
            KOSTYUKOV_RU,
            KOSTYUKOV_EN,
            ("soviet", "union", "centenary", "formation"),
            id="Костюков: the Union spelled out / Soviet Union",
        ),
        pytest.param(
            KLINOV_RU,
            KLINOV_EN,
            (
                "neutrality",
                "pact",
                "empire",
                "japan",
                "ussr",
                "signed",
                "moscow",
                "april",
                "involvement",
                "soviet",
                "union",
                "war",
            ),
            id="Клинов: the Union spelled out / USSR, a treaty signed",
        ),
        pytest.param(
            KLINOV_CUT,
            KLINOV_EN,
            ("neutrality", "pact", "empire", "japan", "ussr"),
            id="Клинов: the Russian title cut at a comma / the English opening",
        ),
    ],
)
def test_the_titles_agree_as_translations(
    russian: dict[str, Any], english: dict[str, Any], matched: tuple[str, ...]
) -> None:
    glossed, decision = _decided(russian, english)
    assert glossed is not None
    assert glossed.matched == matched
    assert decision.sameness is not None, decision
    assert [cluster.members for cluster in find_duplicates([build(russian), build(english)])] == [
        (0, 1)
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(KLINOV_CUT, KLINOV_OTHER, id="the cut title / another opening (constructed)"),
        pytest.param(KLINOV_CUT, SLAVINSKY, id="the cut title / Slavinsky's book on the pact"),
        pytest.param(RASKOL, TRUTH_OF_HUMANISM, id="Barabanov's other essay"),
    ],
)
def test_another_work_stays_apart(first: dict[str, Any], second: dict[str, Any]) -> None:
    assert find_duplicates([build(first), build(second)]) == []


def test_a_romanized_title_without_a_year_meets_its_translation_with_one() -> None:
    """“Pravda gumanizma” (no year of its own: the collection's is not the essay's), no
    language stated, and 'The Truth of Humanism' (1976): no letter or name key holds both, a
    glossary key does."""
    clusters = find_duplicates([build(PRAVDA_GUMANIZMA), build(TRUTH_OF_HUMANISM)])
    assert [cluster.members for cluster in clusters] == [(0, 1)]
    (reason,) = [r.text for r in clusters[0].reasons if r.field == "translation"]
    assert reason.endswith("titles agree as translations (Russian glossary): truth, humanism")


@pytest.mark.parametrize(
    ("title", "stems_glossed"),
    [
        # Шалак's article (tests/data/dedupe/cross_script_holdout50.toml): the plural of
        # спецпоселенец drops the е, as every noun of the glossary in -ец does
        pytest.param("Спецпоселенцы Восточной Сибири", 3, id="спецпоселенцы"),
        pytest.param("Красноармейцы и добровольцы", 2, id="й and ь for the е"),
    ],
)
def test_a_noun_in_ets_is_glossed_in_its_other_cases(title: str, stems_glossed: int) -> None:
    assert sum(bool(word.glosses) for word in russian_content_words(title)) == stems_glossed
