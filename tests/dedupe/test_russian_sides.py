"""Russian works cited in Cyrillic and in Latin letters (held-out sets of session 15): a title
that is only the main title of a compilation under more names, the review headings of German
journals, and what a Russian title carries that its other copy does not. Each row is a real
pair of the set it names (each side's source is recorded there), or a real reference found
with the search tool (its source given in the row)."""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citations
from archivecite.dedupe import find_duplicates
from archivecite.model import BookReference, DateRange, Name, Text
from archivecite.model.reference import ReferenceKind


def _parsed(text: str) -> ReferenceKind:
    (result,) = parse_citations([text])
    assert isinstance(result, Parsed), text
    (reference,) = result.references
    return reference


def _book(
    title: str, lang: str, families: tuple[str, ...] = (), year: int | None = None
) -> BookReference:
    return BookReference(
        title=Text(original=title, lang=lang),
        authors=tuple(Name(family=family) for family in families),
        date=DateRange.of(year) if year else None,
    )


def _joined(first: ReferenceKind, second: ReferenceKind, level: str = "work") -> bool:
    return bool(find_duplicates([first, second], level=level))


RYBIN_NOTE = "A. T. Rybin, Riadom so Stalinym, 23."


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        pytest.param(
            # cross_script_holdout28: Rybin's memoir and a later compilation of his and
            # Chadaev's recollections whose title opens with the memoir's
            RYBIN_NOTE,
            _book("Рядом со Сталиным. На службе у вождя", "ru", ("Рыбин", "Чадаев")),
            False,
            id="short-note-against-a-compilation",
        ),
        pytest.param(
            # constructed: the memoir cited in full (GOST form) against the same compilation, of
            # another year
            "Рыбин А. Т. Рядом со Сталиным. М., 1992. С. 23.",
            _book("Рядом со Сталиным. На службе у вождя", "ru", ("Рыбин", "Чадаев"), 2017),
            False,
            id="the-memoir-in-full-against-the-compilation",
        ),
        pytest.param(
            # cross_script_holdout25: Conquest's short form names the first of two authors;
            # the year tells it is the book itself
            "Marc Jansen and Nikita Petrov,\n\nStalin’s Loyal Executioner: People’s Comissar"
            " Nikolai Ezhov, 1895–1940\n\n(Stanford, 2002), p. 186.",
            _book("Stalin’s Loyal Executioner", "en", ("Jansen",), 2002),
            True,
            id="first-of-two-authors-same-year",
        ),
        pytest.param(
            # constructed: the same people on both sides (the memoir under a subtitle), so a
            # short note of the book still meets it
            RYBIN_NOTE,
            _book("Рядом со Сталиным. Записки телохранителя", "ru", ("Рыбин",)),
            True,
            id="short-note-same-people",
        ),
    ],
)
def test_a_title_inside_a_compilation(first: str, second: BookReference, same: bool) -> None:
    assert _joined(_parsed(first), second) is same
