"""Russian books listed with their parts after commas (``comma_book``), in forms first met in
the held-out dedupe sets 36 and 38 (session 17): the place and the year with no comma between
them (``Москва 1995``, ``Л. 1929``), the author's initials after a comma (``Поспеловский, Д.,``),
a title's own full stops after such an author, a town whose name holds a dash
(``Санкт-Петербург``), a year's ``г.`` inside a title alone, and a Chinese author in Palladius
syllables (``Лу Синь``). The held-out texts are measurement, so the rows here are CONSTRUCTED on
those forms with other real books (their facts as the publishers' catalogues give them); the
texts after them must be left as they were read before."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.helpers import citation_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Шкаровский, М., Русская Православная Церковь при Сталине и Хрущеве, Москва 1999.",
            {"authors": ["Шкаровский, М."], "title": "Русская Православная Церковь при Сталине"
             " и Хрущеве", "place": "Москва", "date": "1999"},
            id="family-comma-initial-place-year",
        ),
        pytest.param(
            "Шкаровский, М., Иосифлянство. Течение в Русской Православной Церкви,"
            " Санкт-Петербург 1999.",
            {"authors": ["Шкаровский, М."],
             "title": "Иосифлянство. Течение в Русской Православной Церкви",
             "place": "Санкт-Петербург", "date": "1999"},
            id="title-stop-town-with-dash",
        ),
        pytest.param(
            "Лубянка: Сталин и ВЧК–ГПУ–ОГПУ–НКВД, январь 1922 г. – декабрь 1936 г., Москва 2003",
            {"authors": [], "title": "Лубянка: Сталин и ВЧК–ГПУ–ОГПУ–НКВД, январь 1922 г. –"
             " декабрь 1936 г.", "place": "Москва", "date": "2003"},
            id="title-alone-years",
        ),
        pytest.param(
            "Мао Дунь, Перекрестки, М. 1956",
            {"authors": ["Мао, Дунь"], "title": "Перекрестки", "place": "Москва",
             "date": "1956"},
            id="palladius-author",
        ),
        pytest.param(
            # read so before: the comma between place and year
            "Владиславлев И. В., Литература великого десятилетия (1917—1927), т. I, Москва —"
            " Ленинград, 1928.",
            {"authors": ["Владиславлев, И. В."], "title": "Литература великого десятилетия"
             " (1917—1927)", "place": "Москва ; Ленинград", "volume": "I"},
            id="unchanged-soviet-list",
        ),
    ],
)  # fmt: skip
def test_comma_books(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected
