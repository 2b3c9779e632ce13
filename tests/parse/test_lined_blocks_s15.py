"""Blocks whose lines are their fields (session 15): Foreign Affairs' capsule-review heading
(``Title\\nBy Author\\nPublisher, Year, N pp``, a field the page left empty printed empty) and a
Google Books page's heading block (``Title\\nFront Cover\\n[Authors\\n]Publisher, Year - N
pages``). ``parse_citation`` reads a line break as a space; these readers see the breaks, which
alone tell where a name of three words ends.

Each row names its source (the search tool's pages corpus) and is another reference than the
held-out sets hold; rows marked CONSTRUCTED have no real example found within the session's
search budget and say which form they stand for."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.helpers import citation_fields, single_reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # https://www.foreignaffairs.com/reviews/capsule-review/1948-01-01/foreign-affairs-reader
            # (pages corpus), the heading under 'In This Review', the title printed twice
            "The Foreign Affairs Reader\nThe Foreign Affairs Reader\nBy Hamilton Fish Armstrong\n"
            "Harper (for the Council on Foreign Relations), 1947, 492 pp",
            {
                "authors": ["Armstrong, Hamilton Fish"],
                "title": "The Foreign Affairs Reader",
                "publisher": "Harper (for the Council on Foreign Relations)",
                "date": "1947",
            },
            id="foreign-affairs-three-word-name",
        ),
        pytest.param(
            # CONSTRUCTED on the form of Foreign Affairs' 1940s capsule pages whose template
            # left the publisher and the count empty ('pp, , 1947'), with the book above
            "The Foreign Affairs Reader\nBy Hamilton Fish Armstrong\npp, , 1947",
            {
                "authors": ["Armstrong, Hamilton Fish"],
                "title": "The Foreign Affairs Reader",
                "publisher": None,
                "date": "1947",
            },
            id="foreign-affairs-empty-fields",
        ),
        pytest.param(
            # CONSTRUCTED on the form of a Google Books page's heading block (title, the cover's
            # caption, the author, 'Publisher, Mon D, Year - Subject - N pages'), with the
            # book of https://pinocchiopedia.com/wiki/Mao%27s_Great_Famine:_The_History_of_
            # China%27s_Most_Devastating_Catastrophe,_1958-62 (pages corpus)
            "Mao's Great Famine\nFront Cover\nFrank Dikötter\nBloomsbury Publishing, Sep 6, 2010"
            " - History - 448 pages",
            {
                "authors": ["Dikötter, Frank"],
                "title": "Mao's Great Famine",
                "publisher": "Bloomsbury Publishing",
                "date": "2010",
            },
            id="google-books-with-author",
        ),
        pytest.param(
            # CONSTRUCTED: the same block without the author's line, as some pages print it
            "Mao's Great Famine\n\nFront Cover\nBloomsbury Publishing, 2010 - 448 pages",
            {
                "authors": [],
                "title": "Mao's Great Famine",
                "publisher": "Bloomsbury Publishing",
                "date": "2010",
            },
            id="google-books-without-author",
        ),
    ],
)
def test_lined_blocks(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a poem's heading: no imprint line with a year
        "Spring\nBy John Keats\nLondon",
        # "By" that opens a sentence, not a name
        "Notes\nBy the way, we met\nin 1947",
        # the cover's caption with no "Publisher, Year - N pages" line after it
        "Mao's Great Famine\nFront Cover\nBack Cover",
    ],
)
def test_lined_readers_leave_alone(text: str) -> None:
    reference = single_reference(text)
    extra = getattr(reference, "extra", {}) if reference is not None else {}
    assert "extent" not in extra
