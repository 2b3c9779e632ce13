"""The two-words blocking key holds the stems of a title's two longest words, so an inflected
ending or a slip at a word's end does not cost the pair its only shared key.

Source (as in tests/data/dedupe/cross_script_holdout11.toml): a romanized reading list's
'Leksičeskij minimum po russkomy jazyku kak inostrannomy. Ėlementarnyj uroven'' (2014, ISBN
978-5-86547-858-4) and the Cyrillic catalogue title of the series' book of 2012, whose prefix and
ending keys differ (a series name before it, a level after it)."""

from __future__ import annotations

from archivecite.dedupe import find_duplicates, record_keys
from archivecite.dedupe.blocking import blocking_keys
from archivecite.model import BookReference, DateRange, Name, Text

ROMANIZED = BookReference(
    title=Text(
        original="Leksičeskij minimum po russkomy jazyku kak inostrannomy. Ėlementarnyj uroven'"
    ),
    authors=(Name(family="Andrjuša", given="N. P."), Name(family="Kozlova", given="T. V.")),
    date=DateRange.of(2014),
    publisher=Text(original="Zlatoust"),
)
CYRILLIC = BookReference(
    title=Text(
        original="Система лексических минимумов по русскому языку как иностранному: Лексический"
        " минимум по русскому языку как иностранному. Элементарный уровень. Общее владение",
        lang="ru",
    ),
    editors=(Name(family="Андрюшина", given="Н. П."), Name(family="Козлова", given="Т. В.")),
    date=DateRange.of(2012),
    publisher=Text(original="Златоуст", lang="ru"),
)


def _keys(reference: BookReference) -> set[str]:
    return {key for key, _ in blocking_keys(record_keys(0, reference))}


def test_the_stems_of_the_two_longest_words_are_shared() -> None:
    shared = _keys(ROMANIZED) & _keys(CYRILLIC)
    assert [key for key in shared if key.startswith("tw:")] == ["tw:inostr:leksic"]


def test_the_reissue_is_found_through_them() -> None:
    (cluster,) = find_duplicates([ROMANIZED, CYRILLIC])
    assert cluster.members == (0, 1)
