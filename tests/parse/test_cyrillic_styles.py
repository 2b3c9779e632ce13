"""Russian references written in the international styles that Russian journals offer next to
GOST ("Как цитировать": APA and MLA in Cyrillic). Real entries from the journal Новые
исследования Тувы (its article pages, 2022–2023) and a Soviet university press imprint."""

from __future__ import annotations

from archivecite.model import ArticleReference, BookReference, Name
from tests.parse.helpers import parsed_as


def test_apa_in_cyrillic() -> None:
    reference = parsed_as(
        "Абылкаликов, С. И., & Баймурзина, Г. Р. (2022). Особенности демографических процессов в "
        "городах Кызыл и Элиста в 2011–2020 годы: сравнительный анализ. Новые исследования Тувы, "
        "(2), 34-52. https://doi.org/10.25178/nit.2022.2.3",
        ArticleReference,
    )
    assert list(reference.authors) == [
        Name(family="Абылкаликов", given="С. И."),
        Name(family="Баймурзина", given="Г. Р."),
    ]
    assert reference.container_title is not None
    assert reference.container_title.original == "Новые исследования Тувы"
    assert (reference.issue, reference.pages) == ("2", "34-52")
    assert reference.date is not None
    assert reference.date.iso() == "2022"


def test_an_abbreviation_before_a_lowercase_word_ends_no_sentence() -> None:
    # "Изд-во Иркут. ун-та": the publisher, not a sentence ending at "Иркут."
    reference = parsed_as(
        "Кузнецов, С. И. (1997). Японцы в сибирском плену (1945–1956). Иркутск: Изд-во Иркут. ун-та.",
        BookReference,
    )
    assert reference.publisher is not None
    assert reference.publisher.original == "Изд-во Иркут. ун-та"
