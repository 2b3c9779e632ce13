"""Forms first met in cross_script_holdout32.toml: a review's heading or entry that names the
reviewed work after ``Рец.:`` / ``Рец. На:`` (the review is another work: its own title is its
title, the reviewed work kept whole as ``extra["reviewed"]``), a heading of names with initials
and a title and nothing else, the German bibliographic line whose year follows the publisher
without a comma, and the "Author" rendering of Pure portals (title, slash, "Family, Given", "в:" /
"In:" the journal). Each row is a real text from outside the held-out sets, its source recorded,
or says it is constructed; then texts each rule must leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import Parsed, parse_citation
from tests.parse.helpers import reference_fields


def _read(text: str) -> tuple[dict[str, Any], dict[str, str]]:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference = result.references[0]
    return reference_fields(reference), dict(reference.extra)


_CYBERLENINKA_KRIKH = (
    "https://cyberleninka.ru/article/n/ispytanie-vremenem-rets-na-gordon-a-v-istoriki-zheleznogo-"
    "veka-m-spb-tsentr-gumanitarnyh-initsiativ-2018-448-s"
)


@pytest.mark.parametrize(
    ("text", "expected", "reviewed"),
    [
        pytest.param(
            # _CYBERLENINKA_KRIKH (pages corpus): the review's title line as printed, after its
            # author as the page names him ("автор научной работы — Крих Сергей Борисович"),
            # with his initials as a GOST list gives them
            "Крих С. Б. Испытание временем. Рец. На: Гордон А. В. Историки железного века. М. ; "
            "СПб. : Центр гуманитарных инициатив, 2018. 448 с",
            {"authors": ["Крих, С. Б."], "title": "Испытание временем", "year": None},
            "Гордон А. В. Историки железного века. М. ; СПб. : Центр гуманитарных инициатив, "
            "2018. 448 с",
            id="review-title-then-reviewed-book",
        ),
    ],
)
def test_a_review_is_read_without_the_work_it_reviews(
    text: str, expected: dict[str, Any], reviewed: str
) -> None:
    fields, extra = _read(text)
    assert {name: fields[name] for name in expected} == expected
    assert extra["reviewed"] == reviewed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # http://vestarchive.ru/arhivovedenie/3266-arhiv-pered-vyzovami-strategiia-razvitiia-
            # gosydarstvennogo-arhiva-permskogo-kraia.html (Вестник архивиста, pages corpus): the
            # article's heading, its name line and its title line (the town after the name,
            # ', г. Пермь, Российская Федерация', left out)
            "А.А. БОРИСОВ АРХИВ ПЕРЕД ВЫЗОВАМИ: СТРАТЕГИЯ РАЗВИТИЯ ГОСУДАРСТВЕННОГО АРХИВА "
            "ПЕРМСКОГО КРАЯ",
            {
                "authors": ["Борисов, А.А."],
                "title": "АРХИВ ПЕРЕД ВЫЗОВАМИ: СТРАТЕГИЯ РАЗВИТИЯ ГОСУДАРСТВЕННОГО АРХИВА "
                "ПЕРМСКОГО КРАЯ",
                "year": None,
                "container_title": None,
            },
            id="initials-capitals-family-then-title",
        ),
    ],
)
def test_a_heading_of_names_and_title_alone(text: str, expected: dict[str, Any]) -> None:
    fields, _ = _read(text)
    assert {name: fields[name] for name in expected} == expected


_KOMMUNISMUSGESCHICHTE = "https://kommunismusgeschichte.de/lesen/analyse/?tx_sedaktuelles_pi1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # _KOMMUNISMUSGESCHICHTE + "%5Bpageid%5D=3" (Bundesstiftung Aufarbeitung's list of
            # books, pages corpus): the caption of a cover, its "Cover: " left out
            "Tanja Penter: Odessa 1917. Revolution an der Peripherie, Köln: Böhlau 2000.",
            {
                "authors": ["Penter, Tanja"],
                "title": "Odessa 1917. Revolution an der Peripherie",
                "place": "Köln",
                "publisher": "Böhlau",
                "year": "2000",
            },
            id="subtitle-nouns-before-the-town",
        ),
        pytest.param(
            # https://www.kommunismusgeschichte.de/lesen/liesmich (pages corpus): the caption of a
            # cover, its "Cover von " left out
            "Peter Fröberg Idling: Pol Pots Lächeln. Eine schwedische Reise durch das Kambodscha "
            "der Roten Khmer, Frankfurt am Main: Edition Büchergilde 2013.",
            {
                "title": "Pol Pots Lächeln. Eine schwedische Reise durch das Kambodscha der "
                "Roten Khmer",
                "place": "Frankfurt am Main",
                "publisher": "Edition Büchergilde",
                "year": "2013",
            },
            id="town-of-three-words",
        ),
    ],
)
def test_a_german_line_closed_by_the_year_after_the_publisher(
    text: str, expected: dict[str, Any]
) -> None:
    fields, _ = _read(text)
    assert {name: fields[name] for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # constructed in the form of SPbU's Pure export ("Author" rendering, Russian
            # interface): no other copy of the form was found in the stored pages
            "Название статьи. / Петров, Пётр Петрович; Сидорова, Анна. в: Вестник, Том 65, № 2, "
            "12.05.2020, стр. 10-25.",
            {
                "kind": "article",
                "authors": ["Петров, Пётр Петрович", "Сидорова, Анна"],
                "title": "Название статьи",
                "container_title": "Вестник",
                "volume": "65",
                "issue": "2",
                "year": "2020",
                "pages": "10-25",
            },
            id="pure-russian-two-people",
        ),
        pytest.param(
            # constructed in the form of a Pure portal's English "Author" rendering, no volume
            "A Title of an Article. / Smith, John. In: Journal of History, No. 4, 2019, p. 5-9.",
            {
                "kind": "article",
                "authors": ["Smith, John"],
                "title": "A Title of an Article",
                "container_title": "Journal of History",
                "volume": None,
                "issue": "4",
                "year": "2019",
                "pages": "5-9",
            },
            id="pure-english-no-volume",
        ),
    ],
)
def test_a_pure_author_rendering(text: str, expected: dict[str, Any]) -> None:
    fields, _ = _read(text)
    assert {name: fields[name] for name in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        # GOST's statement of responsibility after a slash, given name first, and a container
        # after "//": no Pure entry (constructed)
        "Гуменюк А. А. Название / А. А. Гуменюк // Известия. 2021. Т. 21, № 1. С. 5–9.",
    ],
)
def test_what_the_pure_reader_leaves_alone(text: str) -> None:
    fields, _ = _read(text)
    assert fields["container_title"] == "Известия"


@pytest.mark.parametrize(
    "text",
    [
        # tests/data/published_citations.toml (Nauchnyy dialog's romanized list): "Review of" in
        # a title, no colon after it
        'Serebrennikov, S. V. (2017). "Nippon Shimbun" Newspaper as Important Instrument in '
        "Political Work among Japanese Prisoners of War in Soviet Union (Review of Domestic "
        "Historiography). Nauchnyy dialog, 4: 198-218.",
    ],
)
def test_what_the_review_cut_leaves_alone(text: str) -> None:
    fields, extra = _read(text)
    assert "reviewed" not in extra
    assert "Review of Domestic Historiography" in fields["title"]


@pytest.mark.parametrize(
    "text",
    [
        # a name and a town without a year: an entry's imprint, no title's end (as
        # tests/parse/test_cyrillic_cjk_forms_s9.py asks)
        "Иванов И.И. История Сибири. Иркутск",
        # bezmani.ru's list (tests/parse/test_latin_cyrillic_forms_s14.py): a chapter "в его
        # кн.: …" with its place and year
        'Луначарский А. В.,О "мно-гоголосности" Достоевского, в его кн.: Статьи о литературе, '
        "М., 1957",
        # a name and a title of two words: too little to be a heading
        "Петров П.П. Указ. соч.",
    ],
)
def test_what_the_bare_heading_leaves_alone(text: str) -> None:
    result = parse_citation(text)
    if isinstance(result, Parsed):
        fields = reference_fields(result.references[0])
        assert fields["year"] is not None or fields["container_title"] is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # constructed in the form of Quaestio Rossica's MLA output (its labels capitalised,
            # "Vol.", "No.", "P."): no other copy of the form was found in the stored pages
            "Ivanov, Ivan. “A Title of an Article”. Quaestio Rossica, Vol. 7, No. 3, Oct. 2019, "
            "P. 101–115.",
            {
                "container_title": "Quaestio Rossica",
                "volume": "7",
                "issue": "3",
                "year": "2019",
                "pages": "101-115",
            },
            id="mla-capitalised-labels",
        ),
    ],
)
def test_mla_numbers_with_capitalised_labels(text: str, expected: dict[str, Any]) -> None:
    fields, _ = _read(text)
    assert {name: fields[name] for name in expected} == expected
