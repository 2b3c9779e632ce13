"""A romanized title with its translation in brackets, as a file gives it in one field (a
BibTeX ``title``): the translation compares with a title cited in English. The titles are the
seed's (/work/shared/seeds/000_f432742b6d0f111b.txt, nos. 8 and 9)."""

from __future__ import annotations

import pytest

from archivecite.dedupe import find_duplicates, record_keys
from archivecite.model import BookReference, DateRange, Name, Text

ROMANIZED = (
    "Yaponskiye voyennoplennyye v SSSR: bol’shaya igra velikikh derzhav. [Japanese Prisoners of"
    " War in the USSR: a Great Game of the Great Powers]"
)
ENGLISH = "Japanese Prisoners of War in the USSR: a Great Game of the Great Powers"
OTHER_BOOK = (
    "Posledniye plenniki Vtoroy mirovoy voyny. Maloizvestnyye stranitsy rossiysko-yaponskikh"
    " otnosheniy [The Last Prisoners of the Second World War. Obscure Pages of Russian-Japanese"
    " Relations]"
)


def _book(title: str, year: int) -> BookReference:
    return BookReference(
        title=Text(original=title), authors=(Name(family="Katasonova"),), date=DateRange.of(year)
    )


@pytest.mark.parametrize(
    ("title", "translation"),
    [
        (ROMANIZED, ENGLISH),
        ("Iaponskie voennoplennye v SSSR [Japanese Prisoners of War]", "Japanese Prisoners of War"),
        ("Shiberia yokuryū [Siberian internment and the USSR]", "Siberian internment and the USSR"),
        # English with a database's note; a bracketed note; too short to be a title
        ("Effects of insulin on glucose uptake [Article in French]", None),
        ("Ocherki istorii [Tekst]", None),
        ("Ocherki istorii [Electronic resource]", None),
    ],
)
def test_a_bracketed_translation_is_a_translation_key(title: str, translation: str | None) -> None:
    keys = record_keys(0, _book(title, 2003)).titles
    translated = [key.key for key in keys if key.how == "translation:en"]
    expected = [record_keys(0, _book(translation, 2003)).titles[0].key] if translation else []
    assert translated == expected


def test_the_translation_joins_the_title_cited_in_english() -> None:
    (cluster,) = find_duplicates([_book(ROMANIZED, 2003), _book(ENGLISH, 2003)])
    assert cluster.members == (0, 1)


def test_another_book_of_the_author_stays_apart() -> None:
    assert not find_duplicates([_book(OTHER_BOOK, 2005), _book(ENGLISH, 2003)])
