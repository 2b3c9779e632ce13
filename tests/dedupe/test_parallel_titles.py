"""A Russian journal article and its journal's own English title: one publication; and a
title naming a year against the same people's title naming a span opening with it.

A Russian journal prints each article's title in English as well, and its English pages and
the indexes give that title: two articles, a title and its translation, in no other year or
journal are one publication (document level), not only one work. A translation published
again says so by another journal or year, and stays the same work only.

"… in 1941" / "… in 1941–1942" by the same people, titles otherwise equal: one article's two
listings (the span stated to the next year), the same work; a span of more years ("1941–1945")
is another scope, and numbers that differ otherwise still part two titles.

Sources (as in tests/data/dedupe/cross_script_holdout36.toml, where each is described):
- Historia provinciae's English page (en.hpchsu.ru, v. 3 no. 1) and CyberLeninka's Russian copy
  of S. I. Starostin's article, DOI 10.23859/2587-8344-2019-3-1-4;
- 'Известия Коми научного центра', Editorum article 72762, its Russian and English pages;
  its article 72783 (komisc.editorum.ru) and the same article's English heading on
  ogarev-online.ru (ISSN 1994-5655, article 256070);
- hist-geo.ru's heading of N. M. Ignatova's article (Историко-географический журнал, 2024,
  DOI 10.58529/2782-6511-2024-3-2-134-147) and DOAJ's record of it.
"""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.dedupe import Sameness, record_keys, score_pair
from archivecite.model import Text
from tests.dedupe.helpers import build

STAROSTIN_EN: dict[str, Any] = {
    "kind": "article",
    "title": "Mass Deportations and the System of Special Settlements in Vologda Region in "
    "the 1930s–1950s",
    "lang": "en",
    "authors": ["Starostin"],
}
STAROSTIN_RU: dict[str, Any] = {
    "kind": "article",
    "title": "Массовые депортации и система спецпоселений в Вологодской области в 1930-1950-е годы",
    "lang": "ru",
    "authors": ["Старостин"],
}
KOMI_RU: dict[str, Any] = {
    "kind": "article",
    "title": "Миграции населения Коми автономии в 1920–1930-е годы",
    "lang": "ru",
}
KOMI_EN: dict[str, Any] = {
    "kind": "article",
    "title": "Migrations of the population of the Komi Autonomy in the 1920s–1930s",
    "lang": "en",
}
SETTLEMENTS_RU: dict[str, Any] = {
    "kind": "article",
    "title": "Спец(труд)поселки как населенные пункты в 1930-е годы (на материалах Республики Коми)",
    "lang": "ru",
}
SETTLEMENTS_EN: dict[str, Any] = {
    "kind": "article",
    "title": "Special (labor) settlements as populated areas in the 1930s (based on materials of "
    "the Komi Republic)",
    "lang": "en",
}
IGNATOVA_1941: dict[str, Any] = {
    "kind": "article",
    "title": "Dislocation Distances of Labor Settlements Positions in the Komi ASSR, "
    "Arkhangelsk and Vologda Regions in 1941",
    "lang": "en",
    "authors": ["Ignatova"],
}


def _with(side: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {**side, **fields}


def _built(side: dict[str, Any]) -> Any:
    fields = dict(side)
    journal = fields.pop("container", None)
    reference = build(fields)
    if journal is None:
        return reference
    return reference.model_copy(update={"container_title": Text(original=journal)})


def _decide(first: dict[str, Any], second: dict[str, Any]) -> Sameness | None:
    return score_pair(record_keys(0, _built(first)), record_keys(1, _built(second))).sameness


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # the journal's English page and the Russian copy: one DOI, one publication
        (STAROSTIN_EN, STAROSTIN_RU, Sameness.DOCUMENT),
        # no author or year on either page: the journal's two pages of one article number
        (KOMI_RU, KOMI_EN, Sameness.DOCUMENT),
        # 'поселки' / 'settlements', 'населенные пункты' / 'populated areas': a long title
        # glossed word by word, no people on either page
        (SETTLEMENTS_RU, SETTLEMENTS_EN, Sameness.DOCUMENT),
        # the same journal's other article on the Komi Republic
        (SETTLEMENTS_RU, KOMI_EN, None),
        (KOMI_RU, SETTLEMENTS_EN, None),
        # one year on one side only: nothing says another publication
        (_with(STAROSTIN_EN, year=2019), STAROSTIN_RU, Sameness.DOCUMENT),
        # a translation printed again in another year: the same work, another publication
        (_with(STAROSTIN_EN, year=2021), _with(STAROSTIN_RU, year=2019), None),
        # the English title in another journal than the Russian article's
        (
            _with(STAROSTIN_EN, container="Soviet Studies"),
            _with(STAROSTIN_RU, container="Historia provinciae"),
            Sameness.WORK,
        ),
        # a book and an article of the title: no journal's parallel title
        (_with(KOMI_RU, kind="book"), KOMI_EN, Sameness.WORK),
    ],
)
def test_a_journals_parallel_title(
    first: dict[str, Any], second: dict[str, Any], expected: Sameness | None
) -> None:
    assert _decide(first, second) is expected


@pytest.mark.parametrize(
    ("title", "authors", "expected"),
    [
        # DOAJ's record of the same article: its period stated to the next year
        (IGNATOVA_1941["title"] + "–1942", ["Ignatova"], Sameness.WORK),
        (IGNATOVA_1941["title"].replace("in 1941", "in 1941/42"), ["Ignatova"], Sameness.WORK),
        # the whole war is another scope
        (IGNATOVA_1941["title"] + "–1945", ["Ignatova"], None),
        # another year altogether
        (IGNATOVA_1941["title"].replace("1941", "1942"), ["Ignatova"], None),
        # other people
        (IGNATOVA_1941["title"] + "–1942", ["Mikhalev"], None),
    ],
)
def test_a_year_and_a_span_opening_with_it(
    title: str, authors: list[str], expected: Sameness | None
) -> None:
    other = _with(IGNATOVA_1941, title=title, authors=authors, year=2024)
    assert _decide(IGNATOVA_1941, other) is expected
