"""A journal named in characters and in its romanization word by word is one journal: the
reading of 歷史論叢 runs its words together, "Lishi luncong" spaces them, so their words do not
meet one by one. An abbreviation ("KK" for 考古) or another journal does not agree so.

Journal names as a public BibTeX bibliography of oracle-bone studies prints them, pinyin in
``journaltitle`` and the characters in ``userc`` (a test file of that repository, search-tool
file id 65714439228: Hu Houxuan's articles of 1964 and 1973); the Chinese journal 历史教学
as that file's pinyin prints it ("Lishi jiaoxue").
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import record_keys
from archivecite.dedupe.placement import romanized_venue
from archivecite.model import ArticleReference, Text


def _venue_words(name: str) -> tuple[str, ...]:
    article = ArticleReference(title=Text(original="x"), container_title=Text(original=name))
    return record_keys(0, article).venue_words


@pytest.mark.parametrize(
    ("romanized", "characters", "same"),
    [
        ("Lishi luncong", "歷史論叢", True),
        ("Lishi jiaoxue", "歷史論叢", False),
        ("KK", "考古", False),
    ],
)
def test_a_journal_in_characters_and_in_pinyin(romanized: str, characters: str, same: bool) -> None:
    assert romanized_venue(_venue_words(romanized), _venue_words(characters)) is same
