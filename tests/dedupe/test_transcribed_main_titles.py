"""A Western author's book and its Japanese translation named by the main title alone: the names
agree only as a Western name and its katakana transcription (Coox / クックス), the title only as
the main title read as romaji ('Nomonhan' / 「ノモンハン 草原の日ソ戦 1939」). Joined at work level,
not as one document (a translation maybe); other authors of the same main title stay apart.

Sources: the held-out sides are those of tests/data/dedupe/cross_script_holdout37.toml (Goldman's
notes, the Asahi's list of references); the others are named beside each text.
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import find_duplicates
from tests.dedupe.helpers import parsed

# code corpus file 58794464751 (a glossary's SQL migration, the sources of its 'Kwantung Army')
COOX_FULL = "Alvin D. Coox, Nomonhan: Japan Against Russia, 1939 (Stanford University Press, 1990)"
# code corpus file 58628997648 (the same glossary, the sources of its Khalkhin Gol entry)
GOLDMAN_FULL = (
    "Stuart D. Goldman, Nomonhan, 1939: The Red Army's Victory That Shaped World War II "
    "(Naval Institute Press, 2012)"
)
# harpoon1993.hatenablog.com/entry/54162806 (a reader's post on Goldman's translation)
COOX_MENTIONED = "クックス『ノモンハン』"
GOLDMAN_TRANSLATED = (
    "スチュアート・D・ゴールドマン(山岡由美訳)『ノモンハン1939 第二次世界大戦の知られざる始点』、"
    "みすず書房、2013"
)
# held-out (set 37): Goldman's short notes and the Asahi's list
COOX_NOTE = "Coox, Nomonhan, 1,070–73."
TSUJI_NOTE = "Tsuji, Nomonhan, 80–81."
COOX_TRANSLATED = (
    "アルヴィン・クックス著「ノモンハン 草原の日ソ戦 1939」(上・下、1989年、朝日新聞社)"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (COOX_NOTE, COOX_TRANSLATED),  # a short note: the other's main title, read as romaji
        (COOX_FULL, COOX_MENTIONED),  # the whole English title's main part, read as romaji
    ],
)
def test_a_transcribed_name_and_the_main_title_join_at_work_level(first: str, second: str) -> None:
    references = [parsed(first), parsed(second)]
    assert find_duplicates(references, level="work")
    assert not find_duplicates(references, level="document")  # a translation maybe


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (TSUJI_NOTE, COOX_TRANSLATED),  # the same main title, another author
        (GOLDMAN_FULL, COOX_MENTIONED),  # the same opening word, another author
        (COOX_FULL, GOLDMAN_TRANSLATED),  # another author's book on the same battle
        (COOX_NOTE, GOLDMAN_TRANSLATED),
    ],
)
def test_other_authors_of_the_main_title_stay_apart(first: str, second: str) -> None:
    assert not find_duplicates([parsed(first), parsed(second)], level="work")
