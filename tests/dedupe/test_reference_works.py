"""Reference works cited by the name they are known by: a Japanese dictionary's author or
publisher run into its title (諸橋大漢和辞典, 角川大字源), a hanzi-only title that a parser tags
Chinese in a Japanese list, a one-word romaji title that no particle marks as Japanese.

Romaji lines: USC Project for Premodern Japan Studies, 'Heian Era Kambun – Collected Historical
Sources for 2012 USC Kambun Workshop', http://www.uscppjs.org/learning-kambun, '1.1
Dictionaries'. Kanji titles: the Japanese Wiktionary entry '享', table '字典掲載' (as mirrored at
nextcloud.mapaction.org), and 'http://tochigi-burg.com/Literatur.htm', '●書物' item 6.
"""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citations
from archivecite.dedupe import find_duplicates, record_keys, score_pair
from archivecite.dedupe.titles import NAMED_TITLE
from archivecite.model import BookReference, DateRange, Text
from archivecite.model.reference import ReferenceKind

MOROHASHI = (
    "Morohashi Tetsuji, Dai Kanwa Jiten. Revised version 1~12, index, supplement (Taishūkan)."
)
DAIJIGEN = "Daijigen (Kadokawa shoten)."
SHINCHO = "Shincho nihongo kanji jiten (Shinchosha, 2007)."
KOGO = "Kadokawa kogo daijiten 1~5 (Kadokawa shoten)."


def _parsed(text: str) -> ReferenceKind:
    (result,) = parse_citations([text])
    assert isinstance(result, Parsed), result
    return result.references[0]


def _kanji(title: str, year: int | None = None) -> BookReference:
    """A table cell as a parser reads it: hanzi alone, so tagged Chinese."""
    return BookReference(
        title=Text(original=title, lang="zh"), date=DateRange.of(year) if year else None
    )


@pytest.mark.parametrize(
    ("romaji", "kanji", "joined"),
    [
        (MOROHASHI, _kanji("諸橋大漢和辞典"), True),  # the author's name before the title
        (SHINCHO, _kanji("新潮日本語漢字辞典", 2008), True),  # kanji read as Japanese too
        (MOROHASHI, _kanji("大漢語林", 1992), False),
        (DAIJIGEN, _kanji("角川日本地名大辞典"), False),  # the publisher's name, another title
    ],
)
def test_a_reference_work_by_the_name_it_is_known_by(
    romaji: str, kanji: BookReference, joined: bool
) -> None:
    assert bool(find_duplicates([_parsed(romaji), kanji], level="work")) is joined


@pytest.mark.parametrize(("publisher", "named"), [("Kadokawa shoten", True), ("Taishūkan", False)])
def test_the_name_must_be_the_other_sides(publisher: str, named: bool) -> None:
    """角川大字源 is Kadokawa's Daijigen, not a Daijigen of another publisher. (A title this
    short shares no blocking key with the named one: the pair is scored, not searched for.)"""
    daijigen = _parsed(DAIJIGEN).model_copy(update={"publisher": Text(original=publisher)})
    decision = score_pair(record_keys(0, daijigen), record_keys(1, _kanji("角川大字源", 1992)))
    assert (NAMED_TITLE in [reason.text for reason in decision.reasons]) is named
    assert (decision.sameness is not None) is named


def test_two_dictionaries_of_one_publisher_stay_apart() -> None:
    assert not find_duplicates([_parsed(DAIJIGEN), _parsed(KOGO)], level="work")
