"""A Russian article and the English title its journal prints for it: a long title whose
content words agree by the glossary (dedupe/data/ru_en_glossary.tsv) names the article on its
own, though the English listing gives no author or year and a word on each side is rendered
loosely ('обеспечения' / 'Providing', 'восстановительный' / 'Reconstruction'). The same
authors' or the same subject's other articles stay apart.

Sources (none of them from the held-out sets of tests/data/dedupe):
- Лозин Д. И., Болотова Е. Ю., 'Проблема обеспечения промышленных предприятий Сталинграда
  техническими кадрами в восстановительный период (1943 – 1950 гг.)', Genesis: исторические
  исследования 2022, № 10, 1–12 (cn.nbpublish.com, author_other_publications.php?id=36517,
  the Russian line); its English title as en.e-notabene.ru/hr/article_38869.html and
  aurora-journals.com (library_read_article.php?id=38869) head it, given here alone, as a
  journal's English contents print it;
- the same authors' 'К вопросу о роли иностранных специалистов в развитии промышленности СССР
  в 1929 - 1933 гг. (на примере развития промышленности Сталинграда)', Genesis 2021, № 9
  (cyberleninka.ru, k-voprosu-o-roli-inostrannyh-spetsialistov-v-razvitii-promyshlennosti-sssr-
  v-1929-1933-gg-na-primere-razvitiya-promyshlennosti);
- Пищулина С. Ю., Редькина О. Ю., 'Восстановление Сталинграда в 1943-1945 гг.: проблема
  формирования и распределения трудовых ресурсов' (cyberleninka.ru, vosstanovlenie-
  stalingrada-v-1943-1945-gg-problema-formirovaniya-i-raspredeleniya-trudovyh-resursov);
- Кашаева Ю. А., 'Категории эвакуированного населения в годы Великой Отечественной войны в
  делопроизводственной документации местных органов власти (по материалам Молотовской
  области)', Технологос 2020, № 3, 106–122, and the English title the article's first page
  prints for it (cyberleninka.ru, kategorii-evakuirovannogo-naseleniya-v-gody-velikoy-
  otechestvennoy-voyny-v-deloproizvodstvennoy-dokumentatsii-mestnyh-organov);
- Смирнова Л. В., Уваров С. Н., 'Эвакуированные ленинградцы в Удмуртской АССР в годы Великой
  Отечественной войны (численность, размещение, трудовая деятельность)' (cyberleninka.ru,
  evakuirovannye-leningradtsy-v-udmurtskoy-assr-v-gody-velikoy-otechestvennoy-voyny-…);
- Сидоров С. Г., Шевченко В. В., 'Using the labour of special squads in the Stalingrad region
  in 1942-1945', Вестник ВолГУ. Серия 4 2018, № 1 (cyberleninka.ru, ispolzovanie-truda-
  spetskontingenta-v-stalingradskoy-oblasti-v-1942-1945-godah).
"""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.dedupe import find_duplicates, record_keys, score_pair
from archivecite.dedupe.glosses import LONG_GLOSSED, glossed_titles
from archivecite.dedupe.ru_glossary import russian_gloss_match
from archivecite.model.reference import ReferenceKind
from tests.dedupe.pair_sets import build


def _cited(text: str) -> dict[str, Any]:
    return {"kind": "citation", "text": text, "lang": "ru", "source": "test"}


def _listed(title: str) -> dict[str, Any]:
    """An English title as a journal's English contents print it: no author, no year."""
    return {"kind": "article", "title": title, "lang": "en", "authors": []}


LOZIN_RU = _cited(
    "Лозин Д.И., Болотова Е.Ю. Проблема обеспечения промышленных предприятий Сталинграда "
    "техническими кадрами в восстановительный период (1943 – 1950 гг.) // Genesis: "
    "исторические исследования. – 2022. – № 10. – С. 1 - 12."
)
LOZIN_EN = _listed(
    "The Problem of Providing Industrial Enterprises of Stalingrad with Technical Personnel "
    "during the Reconstruction Period (1943 – 1950)."
)
LOZIN_2021 = _cited(
    "Лозин Д.И., Болотова Е.Ю. К вопросу о роли иностранных специалистов в развитии "
    "промышленности СССР в 1929 - 1933 гг. (на примере развития промышленности Сталинграда) "
    "// Genesis: исторические исследования. - 2021. - № 9."
)
PISHCHULINA = {
    "kind": "article",
    "title": "Восстановление Сталинграда в 1943-1945 гг.: проблема формирования и распределения "
    "трудовых ресурсов",
    "lang": "ru",
    "authors": ["Пищулина", "Редькина"],
}
KASHAEVA_RU = _cited(
    "Кашаева Ю.А. Категории эвакуированного населения в годы Великой Отечественной войны в "
    "делопроизводственной документации местных органов власти (по материалам Молотовской "
    "области) // Технологос. - 2020. - № 3. - С. 106-122."
)
KASHAEVA_EN = _listed(
    "Categories of Evacuated Population during the Great Patriotic War in the Record-Keeping "
    "Documents of Local Authorities (According to the Materials of Molotov Region)"
)
SMIRNOVA = {
    "kind": "article",
    "title": "Эвакуированные ленинградцы в Удмуртской АССР в годы Великой Отечественной войны "
    "(численность, размещение, трудовая деятельность)",
    "lang": "ru",
    "authors": ["Смирнова", "Уваров"],
}

SIDOROV_EN = _listed("Using the labour of special squads in the Stalingrad region in 1942-1945")


def _pair(first: dict[str, Any], second: dict[str, Any]) -> list[ReferenceKind]:
    return [build(first), build(second)]


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        pytest.param(LOZIN_RU, LOZIN_EN, id="Лозин, Болотова: a word left on each side"),
        pytest.param(KASHAEVA_RU, KASHAEVA_EN, id="Кашаева: record-keeping, authorities"),
    ],
)
def test_a_long_title_translated_names_the_article(
    russian: dict[str, Any], english: dict[str, Any]
) -> None:
    references = _pair(russian, english)
    a, b = record_keys(0, references[0]), record_keys(1, references[1])
    glossed = glossed_titles(a, b)
    assert glossed is not None
    assert glossed.long
    assert glossed.glossed >= LONG_GLOSSED
    decision = score_pair(a, b)
    assert decision.sameness is not None, decision
    (reason,) = [r.text for r in decision.reasons if r.field == "translation"]
    assert "titles agree as translations (Russian glossary)" in reason
    assert [cluster.members for cluster in find_duplicates(references)] == [(0, 1)]


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        pytest.param(LOZIN_2021, LOZIN_EN, id="Лозин, Болотова: their article of 2021"),
        pytest.param(PISHCHULINA, LOZIN_EN, id="Stalingrad's reconstruction, labour"),
        pytest.param(SMIRNOVA, KASHAEVA_EN, id="evacuees in the Great Patriotic War"),
        pytest.param(PISHCHULINA, SIDOROV_EN, id="Stalingrad, labour, the war's last years"),
    ],
)
def test_an_article_on_the_same_subject_stays_apart(
    russian: dict[str, Any], english: dict[str, Any]
) -> None:
    references = _pair(russian, english)
    a, b = record_keys(0, references[0]), record_keys(1, references[1])
    assert glossed_titles(a, b) is None
    assert score_pair(a, b).sameness is None
    assert find_duplicates(references) == []


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        # the keywords of Шелудченко's 'К вопросу о деятельности советской военной
        # администрации в Германии в 1945-1947 гг' (cyberleninka.ru) give 'СВАГ' for it
        ("Soviet Military Administration in Germany", "СВАГ"),
        ("State Defence Committee", "ГКО"),
        ("Council of People's Commissars", "СНК"),
    ],
)
def test_an_abbreviation_is_glossed_by_the_words_it_stands_for(english: str, russian: str) -> None:
    match = russian_gloss_match(english, russian)
    assert match.english == 1
    assert match.russian == 1
