"""A bibliography's inverted name before a note's bracketed facts of publication: the name
closed by a comma (``Pound, Ezra, The Confucian Odes (New York: …)``), a colon, as a wiki's
further reading prints it, or a full stop. The colon rows are real, from the Malay Wikipedia's
'Kesatuan Republik Sosialis Soviet', section 'Bacaan tambahan', as stored in the search tool's
pages corpus; rows marked CONSTRUCTED stand for the full-stop form and for a quoted article
title after a given name closed by an initial (no real example was found within the session's
search budget) with works that exist. The initials of the name are never
a title's opening, nor is an APA year."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.helpers import citation_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gilbert, Martin: The Routledge Atlas of Russian History (London: Routledge, 2002).",
            {"authors": ["Gilbert, Martin"], "title": "The Routledge Atlas of Russian History",
             "publisher": "Routledge", "date": "2002"},
            id="colon-wiki-further-reading",
        ),
        pytest.param(
            "Goldman, Minton: The Soviet Union and Eastern Europe (Connecticut: Global Studies, "
            "Dushkin Publishing Group, Inc., 1986).",
            {"authors": ["Goldman, Minton"], "title": "The Soviet Union and Eastern Europe",
             "date": "1986"},
            id="colon-two-part-publisher",
        ),
        pytest.param(  # CONSTRUCTED: the full-stop form
            "Shalamov, Varlam. Kolymskie rasskazy (Moscow: Sovremennik, 1991).",
            {"authors": ["Shalamov, Varlam"], "title": "Kolymskie rasskazy",
             "publisher": "Sovremennik", "place": "Moscow", "date": "1991"},
            id="stop-after-given-name",
        ),
        pytest.param(  # CONSTRUCTED: the full-stop form with initials, a title opening "Stalin:"
            "Service, R. Stalin: A Biography (London: Macmillan, 2004).",
            {"authors": ["Service, R."], "title": "Stalin: A Biography", "date": "2004"},
            id="stop-after-initial",
        ),
        pytest.param(  # CONSTRUCTED (session 17): the British article form, a real article
            "Smith, Steve A., ‘Talking Toads and Chinless Ghosts’, American Historical Review"
            " 111.2 (2006), pp. 405–427.",
            {"authors": ["Smith, Steve A."], "title": "Talking Toads and Chinless Ghosts",
             "container_title": "American Historical Review", "date": "2006"},
            id="given-name-and-initial-then-quoted-title",
        ),
        pytest.param(
            "Taylor, P. J. (2004). World City Network: A Global Urban Analysis (London: Routledge).",
            {"authors": ["Taylor, P. J."], "title": "World City Network: A Global Urban Analysis",
             "date": "2004"},
            id="apa-initials-and-year-untouched",
        ),
    ],
)  # fmt: skip
def test_inverted_name_before_a_bracketed_imprint(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected
