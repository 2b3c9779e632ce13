"""A Chinese book cited in Russian by its Palladius title with a Russian gloss after a dash,
and by its author's Palladius name, against its hanzi title and author.

Sources (as in tests/data/dedupe/cross_script_holdout20.toml): Ю. М. Галенович, «Сталин и Мао.
Два вождя», notes (https://readnow.me/chi/stalin-i-mao-dva-vozhdya-galenovich?p=notes, note 3);
a reading site's page of 《毛泽东与斯大林》 by 刘杰诚 (http://btpnpp.com/xiaoshuo/15750.html).
"""

from __future__ import annotations

from archivecite import Parsed, parse_citation
from archivecite.dedupe import Sameness, find_duplicates, record_keys, score_pair
from archivecite.model import BookReference, Name, Text

GALENOVICH_NOTE = (
    "Лю Цзечэн. Мао Цзэдун юй Сыдалинь — Мао Цзэдун и Сталин. Пекин: Чжун Гун Чжунъян дан"
    " сяо чубаныш, 1993. — С. 294."
)
HANZI = BookReference(
    title=Text(original="毛泽东与斯大林", lang="zh"),
    authors=(Name(family="刘", given="杰诚"),),
)
OTHER_BOOK = BookReference(
    title=Text(original="在历史巨人身边", lang="zh"), authors=(Name(family="师", given="哲"),)
)


def _note() -> BookReference:
    result = parse_citation(GALENOVICH_NOTE)
    assert isinstance(result, Parsed), result
    reference = result.reference
    assert isinstance(reference, BookReference)
    return reference


def test_a_palladius_title_and_name_meet_the_hanzi() -> None:
    decision = score_pair(record_keys(0, _note()), record_keys(1, HANZI))
    assert decision.sameness is Sameness.DOCUMENT
    assert [cluster.members for cluster in find_duplicates([_note(), HANZI])] == [(0, 1)]


def test_another_chinese_book_stays_apart() -> None:
    assert find_duplicates([_note(), OTHER_BOOK]) == []


def test_a_palladius_title_alone_meets_its_hanzi() -> None:
    """Galenovich's note 'Чжоу Эньлай сюаньцзи — Избранные произведения Чжоу Эньлая. — Т. 1.
    — С. 139.' and a Chinese note's 《周恩來選集》上卷 (1980), as in cross_script_holdout20: no
    author on either side, the title's readings in two scripts equal."""
    result = parse_citation(
        "Чжоу Эньлай сюаньцзи — Избранные произведения Чжоу Эньлая. — Т. 1. — С. 139."
    )
    assert isinstance(result, Parsed), result
    hanzi = BookReference(title=Text(original="周恩來選集", lang="zh"))
    assert [cluster.members for cluster in find_duplicates([result.reference, hanzi])] == [(0, 1)]
