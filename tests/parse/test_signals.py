"""Signals before a cited work ("See", "Cf.", "См.:", "参见"): the parser reads the work after
them and records the signal as a span, so a note's "See" never becomes an author's given name
or an archival document's title. The works are real; the signals are how notes cite them."""

from __future__ import annotations

import pytest

from archivecite import parse_citation
from archivecite.model import ArchivalReference
from archivecite.parse.result import Parsed


def _parsed(text: str) -> Parsed:
    result = parse_citation(text)
    assert isinstance(result, Parsed), text
    return result


@pytest.mark.parametrize(
    ("text", "signal", "family", "given", "title"),
    [
        (  # Fitzpatrick, Everyday Stalinism (Oxford UP, 1999)
            "See Sheila Fitzpatrick, Everyday Stalinism (New York: Oxford University Press, "
            "1999), 45.",
            "See",
            "Fitzpatrick",
            "Sheila",
            "Everyday Stalinism",
        ),
        (
            "Cf. Fitzpatrick, Everyday Stalinism, 45.",
            "Cf.",
            "Fitzpatrick",
            None,
            "Everyday Stalinism",
        ),
        (  # Galitskii, Iaponskie voennoplennye v SSSR (1991), the seed list's GOST form
            "См.: Галицкий В. П. Японские военнопленные в СССР. М., 1991. С. 12.",
            "См.",
            "Галицкий",
            "В. П.",
            "Японские военнопленные в СССР",
        ),
    ],
)
def test_a_signal_is_not_part_of_the_work(
    text: str, signal: str, family: str, given: str | None, title: str
) -> None:
    result = _parsed(text)
    reference = result.reference
    assert reference.authors[0].family == family
    assert reference.authors[0].given == given
    assert reference.title is not None
    assert reference.title.original == title
    spans = [span for span in result.spans if span.field == "signal"]
    assert [text[span.start : span.end] for span in spans] == [signal]


@pytest.mark.parametrize(
    "text",
    [
        "См. также: ГА РФ. Ф. Р-9401. Оп. 2. Д. 582. Л. 9–12.",
        "See also GA RF, f. 9401, op. 2, d. 582, ll. 9–12.",
    ],
)
def test_a_signal_is_not_an_archival_documents_title(text: str) -> None:
    reference = _parsed(text).reference
    assert isinstance(reference, ArchivalReference)
    assert reference.title is None
    assert reference.archive is not None
    assert reference.archive.id == "garf"


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # Scott W. See, Riots in New Brunswick (University of Toronto Press, 1993): an author
        (
            "See, Scott W. Riots in New Brunswick: Orange Nativism and Social Violence in the "
            "1840s. Toronto: University of Toronto Press, 1993.",
            "See",
        ),
        ("Scott, James C. Seeing Like a State. New Haven: Yale University Press, 1998.", "Scott"),
    ],
)
def test_a_name_that_looks_like_a_signal_stays_a_name(text: str, family: str) -> None:
    result = _parsed(text)
    assert result.reference.authors[0].family == family
    assert not [span for span in result.spans if span.field == "signal"]
