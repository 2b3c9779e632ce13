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
            # https://www.foreignaffairs.com/reviews/capsule-review/1955-01-01/selected-works
            # (pages corpus): a Chinese name in Wade-Giles, family name first
            "Selected Works\nSelected Works\nBy Mao Tse-Tung\nInternational Publishers, 1954, 2 pp",
            {
                "authors": ["Mao, Tse-Tung"],
                "title": "Selected Works",
                "publisher": "International Publishers",
                "date": "1954",
            },
            id="foreign-affairs-chinese-name",
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


# The Nippon Foundation, '100 Books for Understanding Contemporary Japan' (pages corpus): vol. 1
# https://doczz.net/doc/1757676/100-books-for-understanding-contemporary-japan--pdf---2.6mb-
# and vol. 2 https://docslib.org/doc/5087005/for-understanding-contemporary-japan
_NIPPON_1 = "doczz.net/doc/1757676"
_NIPPON_2 = "docslib.org/doc/5087005"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # _NIPPON_1, Politics / International Relations
            "Broadcasting Politics in Japan: NHK and Television News / Ellis S. Krauss",
            {
                "title": "Broadcasting Politics in Japan: NHK and Television News",
                "authors": ["Krauss, Ellis S."],
            },
            id="slash-author",
        ),
        pytest.param(
            # _NIPPON_1, the same list: initials run together
            "Governing Japan: Divided Politics in a Major Economy / J.A.A. Stockwin",
            {"authors": ["Stockwin, J.A.A."], "editors": []},
            id="slash-initials",
        ),
        pytest.param(
            # _NIPPON_2: two editors
            "Perspectives on Work, Employment and Society in Japan / Peter Matanle and Wim"
            " Lunsing (eds.)",
            {
                "title": "Perspectives on Work, Employment and Society in Japan",
                "authors": [],
                "editors": ["Matanle, Peter", "Lunsing, Wim"],
            },
            id="slash-editors",
        ),
        pytest.param(
            # _NIPPON_2: a title of two words
            "Precarious Japan / Anne Allison",
            {"title": "Precarious Japan", "authors": ["Allison, Anne"]},
            id="slash-short-title",
        ),
        pytest.param(
            # https://trantor.is/content/2K91hTaUI-0htAAO/ch010.xhtml (pages corpus): Tsurumi's
            # preface names this book and the earlier one; CONSTRUCTED as the Routledge series
            # list prints its entries, title, full stop, author
            "A Cultural History of Postwar Japan, 1945-1980. Shunsuke Tsurumi",
            {
                "title": "A Cultural History of Postwar Japan, 1945-1980",
                "authors": ["Tsurumi, Shunsuke"],
            },
            id="stop-author",
        ),
    ],
)
def test_title_then_author(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He came back home. John Smith",  # prose: the words before the stop are no title
        "Tokyo. Iwanami Shoten",  # a place and a publisher
        "Moscow. Progress Publishers",
    ],
)
def test_title_then_author_leaves_alone(text: str) -> None:
    reference = single_reference(text)
    assert reference is None or not reference.authors


# Kirkus Reviews, 1 October 2022, the Kirkus Prize finalists (pages corpus):
# http://www.issuu.com/kirkus-reviews/docs/kirkus_reviews_100122_online_edition
_KIRKUS_2022 = "issuu.com/kirkus-reviews/docs/kirkus_reviews_100122_online_edition"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # _KIRKUS_2022: a one-word title, the publisher alone in brackets, commas in it
            "Mecca by Susan Straight (Farrar, Straus and Giroux)",
            {
                "title": "Mecca",
                "authors": ["Straight, Susan"],
                "publisher": "Farrar, Straus and Giroux",
            },
            id="kirkus-publisher-alone",
        ),
        pytest.param(
            # _KIRKUS_2022: the translator after the author
            "Scattered All Over the Earth by Yoko Tawada, translated by Margaret Mitsutani (New"
            " Directions)",
            {
                "title": "Scattered All Over the Earth",
                "authors": ["Tawada, Yoko"],
                "translators": ["Mitsutani, Margaret"],
                "publisher": "New Directions",
            },
            id="kirkus-translator",
        ),
        pytest.param(
            # CONSTRUCTED on the form of a Kirkus review's heading in capitals with a credit
            # after the author ('… by Chiang Kai-Shek with notes & comments by …'), with the
            # book of _KIRKUS_2022 above
            "MECCA by Susan Straight with an introduction by Hernan Diaz",
            {
                "title": "MECCA",
                "authors": ["Straight, Susan"],
                "credit": "with an introduction by Hernan Diaz",
            },
            id="capitals-with-credit",
        ),
    ],
)
def test_title_by_author_forms(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # prose: "by" in a sentence, a place in brackets
        "It was written in haste by John Smith (in Moscow)",
        # a capitalised word alone before "by": no heading
        "OK by John Smith with notes",
    ],
)
def test_title_by_author_leaves_alone(text: str) -> None:
    reference = single_reference(text)
    assert reference is None or getattr(reference, "publisher", None) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # CONSTRUCTED on the form of published_citations_holdout4's note typed with Chinese
            # punctuation habits (no space after a comma or a colon), with the book of
            # https://www.readgeek.com/book/Mao%3A_The_Unknown_Story_(Jung_Chang) (pages corpus)
            "Jung Chang,Mao:The Unknown Story,pp.12-15.",
            {"authors": ["Chang, Jung"], "title": "Mao: The Unknown Story", "locator": "12-15"},
            id="no-space-after-comma",
        ),
    ],
)
def test_tight_punctuation(text: str, expected: dict[str, Any]) -> None:
    reference = single_reference(text)
    assert reference is not None
    assert citation_fields(text, tuple(expected)) == expected
