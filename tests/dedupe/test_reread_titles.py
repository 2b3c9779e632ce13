"""A kanji title against its romaji, one word read as JMdict lists it besides the tagger's
reading (気質: kishitsu to the tagger, katagi in Tsubouchi's 当世書生気質, "Tōsei Shosei Katagi").
From cross_script_holdout57 (todkm.com's 『当世書生気質』, minokamo's 『當世書生気質』, Reece's
thesis on Wikisource: 'Tōsei Shosei Katagi')."""

from __future__ import annotations

import pytest

from archivecite.dedupe import record_keys
from archivecite.dedupe.titles import title_similarity
from archivecite.model import BookReference, Name, Text


def _book(title: str, lang: str, family: str) -> BookReference:
    return BookReference(title=Text(original=title, lang=lang), authors=(Name(family=family),))


@pytest.mark.parametrize(
    ("kanji", "romaji", "expected"),
    [
        ("当世書生気質", "Tōsei Shosei Katagi", 100.0),
        ("當世書生気質", "Tōsei Shosei Katagi", 100.0),
        # constructed row: the other reading is taken only where the romaji spells it, and the
        # other words must still agree ('Tōsei Gakusei Katagi' is no romaji of 当世書生気質)
        ("当世書生気質", "Tōsei Gakusei Katagi", None),
    ],
)
def test_a_word_read_as_the_romaji_spells_it(
    kanji: str, romaji: str, expected: float | None
) -> None:
    similarity, _ = title_similarity(
        record_keys(0, _book(kanji, "ja", "坪内")),
        record_keys(1, _book(romaji, "ja-Latn", "Tsubouchi")),
    )
    if expected is None:
        assert similarity < 90
    else:
        assert similarity == expected
