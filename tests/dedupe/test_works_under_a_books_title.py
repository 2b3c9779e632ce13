"""Another work under a book's title: a talk that takes the book's main title, the thing a
book's main title names when its subtitle says the book is a history of it, and one volume
of a set against the set cited whole. Real references from the held-out pair sets
(tests/data/dedupe/cross_script_holdout*.toml, their sources named there and here)."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.dedupe import Sameness, find_duplicates, record_keys, score_pair
from archivecite.dedupe.studies import study_of_the_named
from tests.dedupe.helpers import Side, reference_of

# 世界思想社's catalogue record (sekaishisosha.co.jp, code=1657; cross_script_holdout54)
_MANCHURIA_BOOK = {
    "kind": "book",
    "title": "人びとはなぜ満州へ渡ったのか ― 長野県の社会運動と移民",
    "lang": "ja",
    "authors": ["小林"],
    "year": 2015,
}
# 飯山市's press release for the 飯山雪国大学 public lecture of August 2016 (expydoc.com/doc/10327412)
_MANCHURIA_LECTURE = {
    "kind": "article",
    "title": "人びとはなぜ満州へ渡ったのか",
    "lang": "ja",
    "authors": ["小林"],
    "year": 2016,
}
# the Russian Wikipedia article's title (a copy on hmong.ru): the treaty of 13 April 1941
_TREATY = {"kind": "book", "title": "Пакт о нейтралитете между СССР и Японией", "lang": "ru"}
# a Korean history glossary's sources list (GitHub, search-tool file id 58628997648)
_SLAVINSKY = (
    "Boris Slavinsky, The Japanese-Soviet Neutrality Pact: A Diplomatic History 1941–1945"
    " (Routledge, 2003)"
)
# Questia's record (questia.com/library/106425707), no author printed in its stored opening
_SLAVINSKY_UNSIGNED = {
    "kind": "book",
    "title": "The Japanese-Soviet Neutrality Pact: A Diplomatic History, 1941-45",
    "lang": "en",
}


def _decide(first: Side, second: Side, level: str = "work") -> bool:
    references = [reference_of(first), reference_of(second)]
    return bool(find_duplicates(references, level=level))


def test_a_talk_under_the_main_title_of_its_authors_book_is_another_work() -> None:
    a, b = (
        record_keys(n, reference_of(side))
        for n, side in enumerate((_MANCHURIA_LECTURE, _MANCHURIA_BOOK))
    )
    decision = score_pair(a, b)
    assert decision.sameness is None
    assert decision.reasons[-1].text == (
        "an article under a book's main title only, another year: a paper or talk"
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # constructed row (not a real reference): the book itself cited without its subtitle
        # a year on, as a reprint's year would give it
        ({**_MANCHURIA_LECTURE, "kind": "book"}, _MANCHURIA_BOOK),
        # GitHub cpsbvbng26-dotcom/naval-gazette-notes, README.md (search-tool file id
        # 66415255635): the preprint's heading and its citation, one year (cross_script_holdout56)
        (
            {
                "kind": "article",
                "title": "A Naval Gazette Entry for Lieutenant Otani Tsune（大谷恒）",
                "lang": "en",
                "authors": ["根本"],
                "year": 2026,
            },
            "Nemoto, T. (2026). A Naval Gazette Entry for Lieutenant Otani Tsune (大谷恒): A Note"
            " on the Investiture List of 11 September 1943 in the Naval Gazette (Internal"
            " Circulation Only), Extra Edition [Preprint]. https://doi.org/10.5281/zenodo.22055709",
        ),
    ],
)
def test_a_book_or_paper_cited_without_its_subtitle_is_still_itself(
    first: Side, second: Side
) -> None:
    assert _decide(first, second)


@pytest.mark.parametrize(
    ("study", "named", "expected"),
    [
        (_SLAVINSKY, _TREATY, True),
        (_SLAVINSKY_UNSIGNED, _TREATY, True),
        # sovross.ru's notice of Кошкин's book and the Libmonster English review's line
        # (cross_script_holdout53): a subtitle that is no history of the main title
        (
            {
                "kind": "book",
                "title": "Японский фронт маршала Сталина. Россия и Япония: Тень Цусимы длиною в век",
                "lang": "ru",
                "authors": ["Кошкин"],
            },
            "A. Koshkin - \" Marshal Stalin's Japanese Front. Russia and Japan: a century-long"
            ' shadow of Tsushima. "(Moscow, OLMA-PRESS, 2004, 480 p.)',
            False,
        ),
        # Russian Wikipedia's «Архипелаг ГУЛАГ» (its genre line as subtitle, 1989) and English
        # Wikipedia's title (both as tests/dedupe/test_glossary_blocking.py names them): a
        # subtitle that translates the other's, and no history of the main title
        (
            {
                "kind": "book",
                "title": "Архипелаг ГУЛАГ. Опыт художественного исследования",
                "lang": "ru",
                "year": 1989,
            },
            {
                "kind": "book",
                "title": "The Gulag Archipelago: An Experiment in Literary Investigation",
                "lang": "en",
            },
            False,
        ),
        # constructed row (not a real reference): the book's main title alone, no author,
        # against the Russian title whose subtitle opens with no word of a history
        (
            {
                "kind": "book",
                "title": "Архипелаг ГУЛАГ. Опыт художественного исследования",
                "lang": "ru",
                "year": 1989,
            },
            {"kind": "book", "title": "The Gulag Archipelago", "lang": "en"},
            False,
        ),
    ],
)
def test_a_history_of_a_thing_against_the_things_name(
    study: Side, named: Side, expected: bool
) -> None:
    a, b = record_keys(0, reference_of(study)), record_keys(1, reference_of(named))
    assert study_of_the_named(a, b) is expected
    assert study_of_the_named(b, a) is expected


@pytest.mark.parametrize("study", [_SLAVINSKY, _SLAVINSKY_UNSIGNED])
def test_a_treaty_is_not_the_diplomatic_history_of_it(study: Side) -> None:
    assert not _decide(study, _TREATY)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # booklikes.com's review line and the Goodreads page (cross_script_holdout21)
        (
            "Twenty Letters to a Friend - Svetlana Alliluyeva",
            {"kind": "book", "title": "Двадцать писем к другу", "lang": "ru", "year": 1989},
        ),
    ],
)
def test_a_translated_title_with_no_author_still_names_its_book(first: Side, second: Side) -> None:
    assert _decide(first, second)


# okb.net.cn's copy of an article on CCP members in the USSR: one volume of the translated series
_VOLUME_NINE = (
    "中共中央党史研究室第一研究部译:《联共(布)、共产国际与中国苏维埃运动(1927~1931)》(第9卷),"
    "中央文献出版社2002年版,第84、85页。"
)
# yibaochina.com's essay: the series named in prose
_SERIES: dict[str, Any] = {
    "kind": "collection",
    "title": "聯共(布)、共產國際與中國",
    "lang": "zh-Hant",
}


def test_one_volume_and_its_set_are_one_work_not_one_document() -> None:
    a, b = record_keys(0, reference_of(_VOLUME_NINE)), record_keys(1, reference_of(_SERIES))
    decision = score_pair(a, b)
    assert decision.sameness is Sameness.WORK
    assert ("volume", "a volume on one side, its set's title on the other") in [
        (reason.field, reason.text) for reason in decision.reasons
    ]
    assert not _decide(_VOLUME_NINE, _SERIES, level="document")


def test_one_volume_cited_by_its_set_title_in_two_scripts_is_one_document() -> None:
    # readnow.me's notes to Галенович's «Сталин и Мао» and 416w.cn's notes (cross_script_holdout20)
    assert _decide(
        "Чжоу Эньлай сюаньцзи — Избранные произведения Чжоу Эньлая. — Т. 1. — С. 139.",
        "《周恩來選集》上卷,人民出版社1980年版,第331、338頁",
        level="document",
    )
