"""A bare mention of a book (its author and title, no year nor imprint: a name in a review's or
an encyclopedia's prose) may name it by a loose title, as a short note does: «Колымские сказки»
(a machine's back-translation of 'Kolyma Tales') for Шаламов's «Колымские рассказы». Such a
title shares no opening of ten letters with the book's, nor its year; the first author and the
title's first word bring the two together (the ``short`` key), and the score decides: the same
author's other book of that first word («Колымские тетради», his verse) stays apart.

Sources (as stored in the search tool's pages corpus):
- readboom.net/see/39410367-nezakonnaya-kometa-varlam-shalamov-opyt-medlennogo?page=2: 'Шаламов
  снова начал писать стихи (так называемые «Колымские тетради»)' and 'Главную книгу свою –
  «Колымские рассказы» – Варлам Шаламов начал писать …'.
- litresp.ru/kniga/ru/Ш/shalamov-varlam-tihonovich/kolimskie-tetradi: 'Колымские тетради',
  'Шаламов Варлам Тихонович', '«Колымские тетради» выпущена в издательстве «Эксмо» в 2007 году'.
"""

from __future__ import annotations

from archivecite.dedupe import find_duplicates, record_keys
from archivecite.dedupe.blocking import build_blocks
from archivecite.model import BookReference, DateRange, Name, Text


def _book(title: str, year: int | None = None, publisher: str | None = None) -> BookReference:
    return BookReference(
        title=Text(original=title, lang="ru"),
        authors=(Name(family="Шаламов", given="Варлам"),),
        date=DateRange.of(year) if year else None,
        publisher=Text(original=publisher) if publisher else None,
    )


def _short_blocks(*books: BookReference) -> list[list[int]]:
    records = [record_keys(index, book) for index, book in enumerate(books)]
    return [list(block.members) for block in build_blocks(records) if block.kind == "short"]


def test_bare_mentions_of_one_opening_meet_in_a_block() -> None:
    assert [0, 1] in _short_blocks(_book("Колымские рассказы"), _book("Колымские тетради"))


def test_dated_books_of_one_opening_open_no_such_block() -> None:
    """Two books with their years and publishers: their titles' own keys find them."""
    stories = _book("Колымские рассказы", 1978, "Overseas Publications Interchange")
    verse = _book("Колымские тетради", 2007, "Эксмо")
    assert _short_blocks(stories, verse) == []


def test_the_same_authors_other_book_stays_apart() -> None:
    stories, verse = _book("Колымские рассказы"), _book("Колымские тетради")
    assert find_duplicates([stories, verse], level="work") == []
    assert find_duplicates([stories, _book("Колымские тетради", 2007, "Эксмо")]) == []
