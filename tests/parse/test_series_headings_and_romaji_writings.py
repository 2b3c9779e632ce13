"""A blog's series heading that names a collection in 『』 or 「」 (a piece about the collection,
not the collection), and Contemporary Authors' WRITINGS entries whose titles are in romaji.

Sources: the headings are those of the fifty-ninth cross-script set (hawkrose.hatenablog.com
entry 15506883, sho-moritashoukou.com 2022/08/08, as stored in the search tool's pages corpus);
the WRITINGS entries are from encyclopedia.com's 'Hakushu, Kitihara 1885-1942' (pages corpus),
entries the set does not pair. Rows marked "constructed" are no real reference.
"""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import Parsed, parse_citation
from tests.parse.helpers import reference_fields


def _fields(text: str) -> dict[str, Any]:
    result = parse_citation(text)
    assert isinstance(result, Parsed), text
    assert len(result.references) == 1, text
    return reference_fields(result.references[0])


@pytest.mark.parametrize(
    ("text", "series"),
    [
        ("現代詩の起源(16); 萩原朔太郎詩集『氷島』(iii)", "現代詩の起源"),
        ("斎藤茂吉の和歌を書く(2)「赤光」から", "斎藤茂吉の和歌を書く"),
    ],
)
def test_a_series_heading_is_a_piece_about_the_work(text: str, series: str) -> None:
    fields = _fields(text)
    assert (fields["title"], fields["container_title"], fields["authors"]) == (text, series, [])


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # samatsutei.hatenablog.com 20120727 (holdout 33): the number follows the book, whose
        # bunko edition the post is about
        ("横光利一『上海』の文庫本(1)", "上海"),
        (
            "石川禎浩(2001)『中国共産党成立史』",
            "中国共産党成立史",
        ),  # constructed: a year, no number
    ],
)
def test_a_number_after_names_or_a_year_is_no_series_heading(text: str, title: str) -> None:
    assert _fields(text)["title"] == title


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Yuki to hanabi: Tokyo keibutsushi, Toundo Shoten (Tokyo, Japan), 1916.",
            "Yuki to hanabi: Tokyo keibutsushi",
            "1916",
        ),
        ("Fukei wa ugoku, Arusu (Tokyo, Japan), 1926.", "Fukei wa ugoku", "1926"),
        (
            "Sakkyoku Hakushu doyoshu, Kaizosha (Tokyo, Japan), 1929.",
            "Sakkyoku Hakushu doyoshu",
            "1929",
        ),
    ],
)
def test_a_writings_entry_in_romaji(text: str, title: str, year: str) -> None:
    fields = _fields(text)
    assert (fields["title"], fields["year"], fields["authors"]) == (title, year, [])


def test_a_title_that_partially_means_an_english_word() -> None:
    # encyclopedia.com, 'Hakushu, Kitihara': the gloss of the main title only
    text = 'Omoide: jojo shokyokushu (title partially means "Recollections"), Toundo Shoten (Tokyo, Japan), 1911.'
    fields = _fields(text)
    assert (fields["title"], fields["year"]) == ("Omoide: jojo shokyokushu", "1911")


def test_an_english_sentence_is_no_writings_entry() -> None:
    # constructed: words no list capitalises and no romaji
    result = parse_citation("He was in Tokyo, Iwanami Shoten (Tokyo, Japan), 1983.")
    assert (
        not isinstance(result, Parsed)
        or reference_fields(result.references[0])["title"] != "He was in Tokyo"
    )
