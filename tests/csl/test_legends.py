"""The archaeographic legend in formatted notes: printed as the note gave it, where the style has
room for CSL ``medium`` (our GOST archival style after the folios, Chicago after the date), its
closing full stop left to the style; an abbreviation keeps its dot."""

from __future__ import annotations

import pytest

from archivecite import Parsed, format_bibliography, format_notes, parse_citation
from archivecite.model import ReferenceKind
from archivecite.parse import without_full_stop

GOST = "gost-r-7-0-100-2018-archival"
# a form: title and date, archive, locator, legend
NOTE = (
    "Докладная записка Берии Сталину. 5 марта 1940 г. ГА РФ. Ф. Р-9401. Оп. 2. Д. 582. "
    "Л. 9–12 об. Подлинник. Машинопись."
)


def _reference(text: str) -> ReferenceKind:
    result = parse_citation(text)
    assert isinstance(result, Parsed)
    return result.reference


def test_gost_prints_the_legend_after_the_folios() -> None:
    reference = _reference(NOTE)
    first, ibid = format_notes([reference, reference], style=GOST)
    assert first == (
        "Докладная записка Берии Сталину. 5 марта 1940 г. // ГА РФ. Ф. Р-9401. Оп. 2. Д. 582. "
        "Л. 9-12 об. Подлинник. Машинопись."
    )
    assert ibid == "Там же."
    assert format_bibliography([reference], style=GOST) == [first]


def test_chicago_prints_the_legend_as_medium() -> None:
    (note,) = format_notes([_reference(NOTE)], style="chicago-notes-bibliography")
    assert note == (
        "“Докладная записка Берии Сталину. 5 марта 1940 г.,” memo, March 5, 1940, "
        "Подлинник. Машинопись, f. R-9401, op. 2, d. 582, ll. 9–12v, ГА РФ, Москва."
    )


@pytest.mark.parametrize(
    ("legend", "expected"),
    [
        pytest.param("Подлинник. Машинопись.", "Подлинник. Машинопись", id="full-stop"),
        pytest.param("Подл. Типографский экз.", "Подл. Типографский экз.", id="abbreviation"),
        pytest.param(
            "Подлинник. Рукопись И. В. Сталина", "Подлинник. Рукопись И. В. Сталина", id="none"
        ),
        pytest.param("Original. Typescript.", "Original. Typescript", id="english"),
        pytest.param("(копия).", "(копия)", id="bracketed"),
    ],
)
def test_the_closing_full_stop_is_the_styles(legend: str, expected: str) -> None:
    assert without_full_stop(legend) == expected
