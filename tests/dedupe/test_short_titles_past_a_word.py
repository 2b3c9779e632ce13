"""A short note whose title is the full title's words after its first (a given name dropped:
'Murin, Stalin v ob”iatiakh, 169–71' for «Иосиф Сталин в объятиях семьи»): the same people's
book, as a short note of its opening words is; two words at least, and only right after the
first word.

Sources: cross_script_holdout24 of tests/data/dedupe (Kotkin's note 142 on
hello.chitka.online/b/stalin-7/p/698; the Russian edition of Roberts's 'Stalin's Library',
note 296, on kniga-online.com), where each is described; Kotkin's two volumes 'Stalin:
Paradoxes of Power, 1878–1928' (2014) and 'Stalin: Waiting for Hitler, 1929–1941' (2017), as
cross_script_holdout24 names them.
"""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citations
from archivecite.dedupe import find_duplicates, record_keys
from archivecite.dedupe.short_titles import short_title_of
from archivecite.model.reference import ReferenceKind

MURIN_NOTE = "Murin, Stalin v ob”iatiakh, 169–71"
MURIN_RU = (
    "Ю. Г. Мурин (ред.), «Иосиф Сталин в объятиях семьи», «Родина», Москва, 1993, док. 30–59."
)
# constructed: short notes of Kotkin's two volumes by the words after 'Stalin'
PARADOXES_NOTE = "Kotkin, Paradoxes of Power, 421."
WAITING_NOTE = "Kotkin, Waiting for Hitler, 12."
PARADOXES = "Stephen Kotkin, Stalin: Paradoxes of Power, 1878–1928 (New York: Penguin, 2014)."
WAITING = "Stephen Kotkin, Stalin: Waiting for Hitler, 1929–1941 (New York: Penguin, 2017)."


def _parsed(text: str) -> ReferenceKind:
    (result,) = parse_citations([text])
    assert isinstance(result, Parsed), result
    return result.references[0]


@pytest.mark.parametrize(
    ("note", "full", "same"),
    [
        pytest.param(MURIN_NOTE, MURIN_RU, True, id="a-given-name-dropped"),
        pytest.param(PARADOXES_NOTE, PARADOXES, True, id="past-the-main-title"),
        pytest.param(WAITING_NOTE, WAITING, True, id="the-other-volume"),
        pytest.param(PARADOXES_NOTE, WAITING, False, id="not-the-other-volume"),
        pytest.param(WAITING_NOTE, PARADOXES, False, id="nor-the-first"),
    ],
)
def test_a_short_title_past_the_first_word(note: str, full: str, same: bool) -> None:
    assert bool(find_duplicates([_parsed(note), _parsed(full)])) is same


def test_the_score_of_words_past_the_first() -> None:
    note, full = record_keys(0, _parsed(MURIN_NOTE)), record_keys(1, _parsed(MURIN_RU))
    assert short_title_of(note, full) == 88.0
    assert short_title_of(full, note) == 88.0
