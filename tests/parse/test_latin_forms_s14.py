"""Latin and Cyrillic forms first met in published_citations_holdout4.toml (session 14): a
periodical's issue by year, day and number in a Russian note (``The Times. 1904. February 10
(No. 37313). P. 7.``, ``Новое время. 1904. 18 марта (1 апр.) (№ 10072). С. 3.``), a work cited
again by its author's family name alone (``Holtom. The National Faith of Japan. P. 23–24.``),
list entries with the family name first and no comma after it (``SOLJENITSYNE A. L’Archipel du
Goulag, Ed.du Seuil, Paris, 1974.``, ``Hall Edward T., Le langage silencieux, Seuil, Paris,
1984``), a publisher and its town in a note's brackets (``(Fischer, Frankfurt 1968)``) and a
``Mac`` family name before initials in GOST (``MacMurray J. V. A.``); later in the session: a
note's own number run on to its stop, review headings with the book's apparatus, APA imprints
and volumes after a title, German entries with «» titles, a journal's month issue, 'Журнал «…»'
and French review headings with a dash (``Alexandre SUMPF. – Title, Paris, Gallimard, …``).

Each row names its source (the search tool's pages or code corpus) and is another reference than
the held-out set holds; rows marked CONSTRUCTED have no real example found within the session's
search budget and say which form they stand for. In session 15 four rows were replaced by real
references read right (the 'eds.' line a row stood for; a note's number run on after a page and
after a year and a hyphenated Persian title, from Bashiri's notes that are not held out), and real
references the parser misreads were added as strict xfails (ids ending in ``-real``), each reason
saying how: the lines three CONSTRUCTED rows stand for (an APA title closed by its imprint, a
publisher and town in brackets, a journal's 'volume(issue):pages'), an R page's imprint, a note's
number after a space, a family name alone before a title and a publisher, a roman page, and a
space before a family name's stop."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.parse.published import parse_published
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.family_first import dashed_heading, family_first_entry
from archivecite.parse.published.german import german_entry
from archivecite.parse.published.notes_short import family_stop_note
from archivecite.parse.published.titles import put_text
from archivecite.parse.published.trailers import peel_trailers
from tests.parse.helpers import citation_fields

# D. B. Pavlov, 'Русско-японская война 1904–1905 гг. Секретные операции на суше и на море',
# endnotes, as stored in the search tool's pages corpus (other notes than the held-out set's)
_PAVLOV_161 = "https://readli.club/page-161-8379-russko-yaponskaya-voina-1904-1905-gg-sekretnye-operacii-na.html"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # _PAVLOV_161, note 836
            "The Times. 1904. February 10 (No. 37313). P. 7.",
            {
                "kind": "newspaper",
                "container_title": "The Times",
                "date": "1904-02-10",
                "issue": "37313",
                "pages": "7",
            },
            id="month-day-then-number",
        ),
        pytest.param(
            # _PAVLOV_161, note 838 (the first of its two references)
            "The New York Times. 1904. February 13 (No. 16883). P. 2",
            {
                "kind": "newspaper",
                "container_title": "The New York Times",
                "date": "1904-02-13",
                "issue": "16883",
                "pages": "2",
            },
            id="month-day-no-final-stop",
        ),
        pytest.param(
            # _PAVLOV_161, note 835 (after its lead 'Цит. по:'): a monthly's issue and number
            "Русский вестник. 1904. Июль (№ 7). С. 456.",
            {
                "container_title": "Русский вестник",
                "date": "1904-07",
                "issue": "7",
                "pages": "456",
            },
            id="month-then-number",
        ),
        pytest.param(
            # https://booksonline.com.ua/view.php?book=172556&page=62 (the same book, pages
            # corpus), note 278 (after its lead 'См., напр.:'): the number as a sentence
            "The Japan Times. 1904. June 30. № 2204. P. 6.",
            {
                "kind": "newspaper",
                "container_title": "The Japan Times",
                "date": "1904-06-30",
                "issue": "2204",
                "pages": "6",
            },
            id="month-day-number-apart",
        ),
        pytest.param(
            # https://bookz.ru/authors/pavlov-dmitrii/book-russko-iaponskaia-voina-1904-1905-gg-
            # sekretnye-operatsii-na-sushe-i-na-more-727634/read/page=14 (the same book, pages
            # corpus), note 114: the day first, as before
            "Одесские новости. 1904. 27 апр.",
            {"kind": "newspaper", "container_title": "Одесские новости", "date": "1904-04-27"},
            id="day-month-as-before",
        ),
    ],
)
def test_periodical_issue_by_year_and_day(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # CONSTRUCTED on the form of holdout4's Russian notes citing a work again by the
            # family name alone ('Surname. Short title. P. n'; none other found in the corpora)
            "Kuropatkin. The Russian Army and the Japanese War. Vol. 2. P. 14.",
            {
                "authors": ["Kuropatkin"],
                "title": "The Russian Army and the Japanese War",
                "volume": "2",
                "locator": "14",
            },
            id="family-title-volume-page",
        ),
        pytest.param(
            # CONSTRUCTED on the same form, two family names joined by 'и'
            "Бакунин и Нечаев. Катехизис революционера. С. 12–14.",
            {
                "authors": ["Бакунин", "Нечаев"],
                "title": "Катехизис революционера",
                "locator": "12-14",
                "language": "ru",
            },
            id="two-families-cyrillic",
        ),
        pytest.param(
            # https://libcat.ru/knigi/nauka-i-obrazovanie/istoriya/391645-165-richard-mejson-
            # kratkaya-istoriya-yaponii.html (R. Mason and J. Caiger, 'A History of Japan' in
            # Russian, notes, pages corpus; not the held-out notes of rutlib's copy), a note after
            # its lead "См.:": the form of the first row
            "Mass. Antiquity and Anachronism in Japanese History. P. xiv, 73–77.",
            {
                "authors": ["Mass"],
                "title": "Antiquity and Anachronism in Japanese History",
                "locator": "xiv, 73-77",
            },
            id="family-title-roman-page-real",
        ),
        pytest.param(
            # the same page, a note: the same form, a space typed before the name's stop
            "Tsunoda . Sources of’ the Japanese Tradition. P. 147.",
            {
                "authors": ["Tsunoda"],
                "title": "Sources of’ the Japanese Tradition",
                "locator": "147",
            },
            id="family-space-stop-real",
        ),
        pytest.param(
            # the same page, a note: two family names joined by "and", the same space
            "Reischauer and Yamagiwa . Translations from Early Japanese Literature. P. 452–453.",
            {
                "authors": ["Reischauer", "Yamagiwa"],
                "title": "Translations from Early Japanese Literature",
                "locator": "452-453",
            },
            id="two-families-space-stop-real",
        ),
    ],
)
def test_work_cited_again_by_family_name(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # _PAVLOV_161, notes 797 and 834, and the held-out source's note 801: a reference back
        pytest.param("Hosoya Chihiro. Op. cit. P. 365.", id="given-and-family-op-cit"),
        pytest.param("White J. Op. cit. P. 165.", id="initial-op-cit"),
        pytest.param("Там же. С. 8, 12.", id="tam-zhe"),
        # _PAVLOV_161, note 837: 'Ibid.' and the next issue's day
        pytest.param("Ibid. February 13 (No. 37316). P. 11.", id="ibid-day"),
        # CONSTRUCTED: a newspaper, then an article's heading
        pytest.param("Правда. Передовая статья. С. 1", id="newspaper-then-heading"),
        # CONSTRUCTED: a one-word title is no short note of this form
        pytest.param("Сталин. Сочинения. С. 12", id="one-word-title"),
    ],
)
def test_family_note_leaves_alone(text: str) -> None:
    assert not family_stop_note(Draft(text=text), 0, len(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # GitHub Python file of prompts, a French bibliography's example (search-tool file id
            # 52584175725): the family name in capitals, a given name, the title in italics
            "KOUROUMA Ahmadou, *Les Soleils des Indépendances*, Seuil, Paris, 1970",
            {
                "authors": ["Kourouma, Ahmadou"],
                "title": "Les Soleils des Indépendances",
                "publisher": "Seuil",
                "place": "Paris",
                "date": "1970",
            },
            id="capitals-given-name-italics",
        ),
        pytest.param(
            # the same file, the line before
            "DADIÉ Bernard, *Climbié*, Présence Africaine, Paris, 1956",
            {
                "authors": ["Dadié, Bernard"],
                "title": "Climbié",
                "publisher": "Présence Africaine",
                "place": "Paris",
                "date": "1956",
            },
            id="capitals-accented",
        ),
        pytest.param(
            # GitHub JavaScript data of communication theorists (search-tool file id
            # 53826366797), a 'ref' field: family name, given name and initial, then a comma
            "Hall Edward T., Le langage silencieux, Seuil, Paris, 1984 (éd. orig. 1959).",
            {
                "authors": ["Hall, Edward T."],
                "title": "Le langage silencieux",
                "publisher": "Seuil",
                "place": "Paris",
                "date": "1984",
            },
            id="family-given-initial-comma",
        ),
    ],
)
def test_family_first_list_entry(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            # GitHub Python file of prompts (search-tool file id 35212874232): given name first
            "Jean Lacouture, Hồ Chí Minh, Seuil, Paris, 1969",
            id="given-name-first",
        ),
        pytest.param(
            # GitHub prompt examples (search-tool file id 52533662011): a particle, given first
            "Simone de Beauvoir, Le Deuxième Sexe, Gallimard, Paris, 1949.",
            id="given-name-particle",
        ),
        pytest.param(
            # tests/data/published_citations.toml (a romanized "References" list): several
            # authors with initials, the title and journal as sentences
            "Kononyuk M.H., Smykov V.B., Lukianov А.A., Bagdasarov Yu.E. Development of"
            " Technology for Processing Radioactive Waste from Alkaline Coolants by the SPO"
            " Method. Selected Papers of IPPE, Obninsk, 2001, pp. 64-67",
            id="romanized-several-authors",
        ),
    ],
)
def test_family_first_leaves_alone(text: str) -> None:
    assert not family_first_entry(Draft(text=text), 0, len(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # CONSTRUCTED on the form of a Fortran comment's reference (search-tool file id
            # 7016050889: 'Van Hove / Tong, "Surface Crystallography by LEED" (Springer, Berlin
            # 1979)'), its two names written as a note prints them
            "M. A. Van Hove and S. Y. Tong, Surface Crystallography by LEED (Springer, Berlin"
            " 1979)",
            {"publisher": "Springer", "place": "Berlin", "date": "1979"},
            id="publisher-then-town",
        ),
        pytest.param(
            # the real comment the row above stands for (search-tool file id 7016050889)
            'Van Hove / Tong, "Surface Crystallography by LEED" (Springer, Berlin 1979)',
            {
                "authors": ["Van Hove", "Tong"],
                "title": "Surface Crystallography by LEED",
                "publisher": "Springer",
                "place": "Berlin",
                "date": "1979",
            },
            id="publisher-then-town-real",
        ),
        pytest.param(
            # tests/data/published_citations_forms.toml's row of Djilas's book: a town alone
            # stays the place
            "M. Dzhilas [Milovan Djilas],\nLitso totalitarizma\n(Moscow, 1992), p. 108.",
            {"publisher": None, "place": "Moscow"},
            id="town-alone",
        ),
    ],
)
def test_publisher_and_town_in_brackets(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


def test_mac_family_name_before_initials() -> None:
    # CONSTRUCTED on the GOST form of holdout4's 'MacMurray J. V. A. Treaties …' note
    text = "McCauley M. The Soviet Union 1917-1991. London, 1993. P. 45."
    expected = {"authors": ["McCauley, M."], "title": "The Soviet Union 1917-1991"}
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # https://www.angelfire.com/rnb/bashiri/Tajtransition/TRNOTES.html (I.
            # Bashiri's notes to a study of Tajikistan's transition, pages corpus; the held-out
            # notes of this page are others), note 18 after its lead "Cf.,": endnotes copied from
            # a web page, each note's number run on to its closing full stop, here after a page
            "Dilip Hiro, Islamic Fundamentalism, 1988, p. 43.18",
            {"title": "Islamic Fundamentalism", "date": "1988", "locator": "43"},
            id="after-a-page-real",
        ),
        pytest.param(
            # the same page, note 2, its second reference (after "see"): the same form, after
            # the year
            "Ahmad Makhdum Danish, Risala ya Mukhtasari az Ta'rikh-i Saltanat-i"
            " Khandan-i Manghitiyyah, Stalinabad, 1960.2",
            {
                "title": "Risala ya Mukhtasari az Ta'rikh-i Saltanat-i Khandan-i Manghitiyyah",
                "date": "1960",
                "place": "Stalinabad",
            },
            id="after-a-year-real",
        ),
        pytest.param(
            # the same page, note 10 after its lead "For further information on Surkhan Dariya,
            # see": the note's number after a space, a title with no author and its volume
            "Soviet Tajik Encyclopedia, vol. 7, 1987, p. 176. 10",
            {"title": "Soviet Tajik Encyclopedia", "volume": "7", "date": "1987", "locator": "176"},
            id="spaced-after-a-page-real",
        ),
    ],
)
def test_note_number_run_on_to_the_stop(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # CONSTRUCTED: a figure after a stop that follows no year and no page stays
        pytest.param("Gosudarstvennyi arkhiv, Report 2.5", id="decimal"),
        pytest.param("Richard Pipes, The Russian Revolution, New York, 1990", id="no-number"),
    ],
)
def test_note_number_left_alone(text: str) -> None:
    draft = Draft(text=text)
    assert peel_trailers(draft, 0, len(text)) == len(text)
    assert "note_number" not in draft.values.get("extra", {})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # CONSTRUCTED on the form of holdout4's notes on Soviet Central Asia: a romanized
            # title of capitalised words right after the author, read before as a second person
            "Sadriddin Aini, Yoddoshtho, Stalinabad, 1949",
            {"authors": ["Aini, Sadriddin"], "title": "Yoddoshtho", "place": "Stalinabad"},
            id="one-word-title",
        ),
        pytest.param(
            # https://www.angelfire.com/rnb/bashiri/Tajtransition/TRNOTES.html (I.
            # Bashiri's notes to a study of Tajikistan's transition, pages corpus; the held-out
            # notes of this page are others), note 2, its second reference (after "see"), the
            # note's number run on to the year: the same form, a hyphenated Persian title
            "Ahmad Makhdum Danish, Risala ya Mukhtasari az Ta'rikh-i Saltanat-i"
            " Khandan-i Manghitiyyah, Stalinabad, 1960.2",
            {
                "authors": ["Danish, Ahmad Makhdum"],
                "title": "Risala ya Mukhtasari az Ta'rikh-i Saltanat-i Khandan-i Manghitiyyah",
                "date": "1960",
            },
            id="izafet-title-real",
        ),
        pytest.param(
            # the same page, note 4 after its lead "For the relationship between the government
            # and the clergy, see": the family name alone, then a publisher before the town
            "Aini, Ta'rikh-i Inqilab-i Bukhara, Adib Publications, Dushanbe, 1987.4",
            {
                "authors": ["Aini"],
                "title": "Ta'rikh-i Inqilab-i Bukhara",
                "publisher": "Adib Publications",
                "place": "Dushanbe",
            },
            id="family-name-title-publisher-real",
        ),
    ],
)
def test_title_after_the_author_before_a_town(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # CONSTRUCTED on the form of a GitHub README's source line (search-tool file id
            # 22327161252: 'P.J. Taylor (2004) World City Network: A Global Urban Analysis
            # (London: Routledge).'), the name inverted and the year stopped as APA prints them
            "Taylor, P. J. (2004). World City Network: A Global Urban Analysis (London:"
            " Routledge).",
            {
                "title": "World City Network: A Global Urban Analysis",
                "place": "London",
                "publisher": "Routledge",
            },
            id="place-publisher-closing-title",
        ),
        pytest.param(
            # the real README line the row above stands for (search-tool file id 22327161252)
            "P.J. Taylor (2004) World City Network: A Global Urban Analysis (London: Routledge).",
            {
                "authors": ["Taylor, P.J."],
                "title": "World City Network: A Global Urban Analysis",
                "place": "London",
                "publisher": "Routledge",
            },
            id="place-publisher-closing-title-real",
        ),
        pytest.param(
            # University of Sheffield's MHRA author-date guide, quoted in a GitHub JSON file
            # (search-tool file id 68461222667): the author-date form read as before
            "Pennycook, Alastair. 2018. Posthumanist Applied Linguistics (London: Routledge).",
            {"title": "Posthumanist Applied Linguistics", "publisher": "Routledge"},
            id="author-date-as-before",
        ),
        pytest.param(
            # CONSTRUCTED: a bracket with a colon that is no imprint stays in the title
            "Smith, John (1990). A Study of Mao (Zedong): His Life.",
            {"title": "A Study of Mao (Zedong): His Life", "publisher": None},
            id="bracket-in-title",
        ),
    ],
)
def test_imprint_in_brackets_after_an_apa_title(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


def test_journal_volume_issue_without_comma() -> None:
    # CONSTRUCTED on the form of a GitHub Markdown reference (search-tool file id 52125213187:
    # 'C.T. Chen and F.J. Millero (1977), "Speed of sound in seawater at high pressures",
    # Journal of the Acoustic Society of America 62(5):1129-1135'), its names inverted
    text = (
        'Chen, C. T., & Millero, F. J. (1977). "Speed of sound in seawater at high pressures",'
        " Journal of the Acoustic Society of America 62(5):1129-1135."
    )
    expected = {
        "container_title": "Journal of the Acoustic Society of America",
        "volume": "62",
        "issue": "5",
        "pages": "1129-1135",
    }
    assert citation_fields(text, tuple(expected)) == expected


def test_journal_volume_issue_without_comma_real() -> None:
    # the real line the constructed one above stands for (search-tool file id 52125213187, a
    # GitHub Markdown guide 'Sound Velocity Operations', its 'Formula Selection' section), as
    # printed after its bold label "Chen & Millero --"
    text = (
        'C.T. Chen and F.J. Millero (1977), "Speed of sound in seawater at high pressures",'
        " Journal of the Acoustic Society of America 62(5):1129-1135"
    )
    expected = {
        "authors": ["Chen, C.T.", "Millero, F.J."],
        "title": "Speed of sound in seawater at high pressures",
        "container_title": "Journal of the Acoustic Society of America",
        "volume": "62",
        "issue": "5",
        "pages": "1129-1135",
    }
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # https://docslib.org/doc/7155179/hjh43-207-234-pdf (Hawaiian Journal of History's
            # reviews, pages corpus): 'xi + 250 pp.', the book's apparatus, the price and binding
            "The Great Land: How Western America Nearly Became a Russian Possession. By Jeremy"
            " Atiyah. Oxford: Parker Press, 2008. xi + 250 pp. Illustrated. Bibliography. Index."
            " $29.95 cloth.",
            {
                "authors": ["Atiyah, Jeremy"],
                "title": "The Great Land: How Western America Nearly Became a Russian Possession",
                "place": "Oxford",
                "publisher": "Parker Press",
                "date": "2008",
            },
            id="apparatus-then-price",
        ),
        pytest.param(
            # https://docslib.org/doc/493585/hjh-44-txt-1-148-indd (the same journal, pages
            # corpus): five words of apparatus
            "Hā‘ena: Through the Eyes of the Ancestors. By Carlos Andrade. Honolulu: University"
            " of Hawai‘i Press, 2008. xxi + 158 pp. Maps. Bibliography. Illustrated."
            " Photographs. Index. $30.00 cloth",
            {
                "authors": ["Andrade, Carlos"],
                "title": "Hā‘ena: Through the Eyes of the Ancestors",
                "publisher": "University of Hawai‘i Press",
            },
            id="many-apparatus-words",
        ),
        pytest.param(
            # https://vdocuments.us/book-reviews-connecting-2017-2-20-171-book-reviews-
            # overthrow-americaas.html (the same journal, pages corpus): two prices
            "Overthrow: America’s Century of Regime Change From Hawaii to Iraq. By Stephen"
            " Kinzer. New York: Times Books, 2006. 384 pp. $27.50 cloth; $15.00 paper",
            {"authors": ["Kinzer, Stephen"], "publisher": "Times Books", "date": "2006"},
            id="two-prices",
        ),
        pytest.param(
            # CONSTRUCTED on the form of holdout4's Slavic Review headings (a name of three
            # words, a foreword's writer, the stops spaced as the journal's site prints them)
            "The Ghost of Freedom: A History of the Caucasus. By Charles Henry King . Foreword by"
            " S. Frederick Starr . New York: Oxford University Press, 2008. xvi, 291 pp. Notes."
            " Index. Maps. $29.95, cloth.",
            {
                "authors": ["King, Charles Henry"],
                "title": "The Ghost of Freedom: A History of the Caucasus",
                "place": "New York",
            },
            id="foreword-and-spaced-stops",
        ),
    ],
)
def test_review_heading_with_apparatus(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # CONSTRUCTED on the form of holdout4's Mongolian-history list (APA, the names given
            # name first, a romanized title with a colon and years, its gloss, the volume)
            "I. Zlatkin, D. Sukhbaatar (1964). Mongol’skaya Narodnaya Respublika 1921–1961:"
            " ocherki istorii (The Mongolian People’s Republic 1921–1961: Essays in History),"
            " Vol. 1. Moscow: Nauka.",
            {
                "authors": ["Zlatkin, I.", "Sukhbaatar, D."],
                "title": "Mongol’skaya Narodnaya Respublika 1921–1961: ocherki istorii",
                "title_translation": "The Mongolian People’s Republic 1921–1961: Essays in History",
                "volume": "1",
                "place": "Moscow",
            },
            id="given-first-gloss-volume",
        ),
        pytest.param(
            # an R dataset's documentation (search-tool file id 60122362491, a GitHub Markdown
            # page of the 'solder' data frame), its 'Source' line with the line break the
            # Markdown source has: 'eds.' after the names before the year
            "John M. Chambers and Trevor J. Hastie eds. (1992) *Statistical Models in\nS*,"
            " Wadsworth and Brooks/Cole, Pacific Grove, CA 1992.",
            {
                "authors": [],
                "editors": ["Chambers, John M.", "Hastie, Trevor J."],
                "title": "Statistical Models in S",
            },
            id="editors-before-year-real",
        ),
        pytest.param(
            # the same line: its imprint after the title's comma
            "John M. Chambers and Trevor J. Hastie eds. (1992) *Statistical Models in\nS*,"
            " Wadsworth and Brooks/Cole, Pacific Grove, CA 1992.",
            {
                "kind": "book",
                "container_title": None,
                "publisher": "Wadsworth and Brooks/Cole",
                "place": "Pacific Grove, CA",
                "year": "1992",
            },
            id="editors-before-year-imprint-real",
        ),
    ],
)
def test_apa_given_first_names(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # CONSTRUCTED on the form of holdout4's German reading list (a given name's initial
            # before the colon, the title in «», a count of volumes and of index volumes, the
            # years of the set)
            "Karl Marx und Friedrich Engels: «Werke». 39 Bde. und 4 Erg.-Bde. Berlin 1956-1990",
            {
                "authors": ["Marx, Karl", "Engels, Friedrich"],
                "title": "Werke",
                "place": "Berlin",
                "number_of_volumes": "39",
            },
            id="volumes-and-index-volumes",
        ),
        pytest.param(
            # CONSTRUCTED on the same list's form: initials, then two imprints
            "Nikolai I. Bucharin: «Ökonomik der Transformationsperiode». Moskau 1920 - Hamburg"
            " 1922",
            {
                "authors": ["Bucharin, Nikolai I."],
                "title": "Ökonomik der Transformationsperiode",
                "place": "Moskau",
                "date": "1920",
            },
            id="two-imprints",
        ),
        pytest.param(
            # CONSTRUCTED on the same list's form: no author, the editors after 'Hg. von'
            "«Die Russische Revolution 1917». Hg. von Manfred Hellmann. München 1964",
            {
                "authors": [],
                "editors": ["Hellmann, Manfred"],
                "title": "Die Russische Revolution 1917",
                "place": "München",
            },
            id="editors-only",
        ),
        pytest.param(
            # CONSTRUCTED (session 17): the place and year after a comma, as German notes print
            # them (Chlevnjuk's Politbüro in German, Hamburger Edition 1998: his-online.de)
            "Chlevnjuk, Oleg: Das Politbüro, Hamburg 1998.",
            {"authors": ["Chlevnjuk, Oleg"], "title": "Das Politbüro", "place": "Hamburg",
             "date": "1998"},
            id="comma-before-place",
        ),
        pytest.param(
            # CONSTRUCTED (session 17): the place and year in brackets, then the cited page
            "Chlevnjuk, Oleg: Das Politbüro. Mechanismen der Macht in der Sowjetunion der"
            " dreißiger Jahre (Hamburg 1998), S. 12.",
            {"authors": ["Chlevnjuk, Oleg"],
             "title": "Das Politbüro. Mechanismen der Macht in der Sowjetunion der dreißiger"
             " Jahre", "place": "Hamburg", "date": "1998", "locator": "12"},
            id="bracketed-place-and-year",
        ),
    ],
)  # fmt: skip
def test_german_quoted_titles(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # CONSTRUCTED: a quotation after a verb and a colon, then a place and a year
        pytest.param("Er sagte: «Die Lage ist ernst». Berlin 1990", id="quotation"),
        # CONSTRUCTED: a quoted title with neither author nor editors
        pytest.param("«Die Lage». Berlin 1990", id="no-people"),
    ],
)
def test_german_entry_leaves_alone(text: str) -> None:
    assert not german_entry(Draft(text=text), 0, len(text))


def test_journal_issue_by_month_and_year() -> None:
    # CONSTRUCTED on the form of holdout4's Nerchinsk reading list ('…, The Pacific Historical
    # Review, August 1947: 265-170'), its pages put right
    text = (
        'Sebes, Joseph (1961). "The Jesuits and the Treaty of Nerchinsk", The Catholic'
        " Historical Review, October 1961: 301-318."
    )
    expected = {
        "container_title": "The Catholic Historical Review",
        "date": "1961-10",
        "pages": "301-318",
    }
    assert citation_fields(text, tuple(expected)) == expected


def test_periodical_kind_before_its_name() -> None:
    # CONSTRUCTED on the form of holdout4's machine-made MLA line with Russian labels ('Журнал
    # «ЭКО», т. 13, вып. 6, …'): the kind of periodical is no part of its name
    text = "Иванова, А. «Крестьянство Сибири». Журнал «Родина», т. 3, вып. 2, май 1990 г., сс. 5-9."
    assert citation_fields(text, ("container_title",)) == {"container_title": "Родина"}


def test_periodical_kind_in_a_title_is_kept() -> None:
    # CONSTRUCTED: a title that names a journal keeps the word (only a container loses it)
    text = "Журнал «Современник» в 1860-е годы"
    draft = Draft(text=text)
    put_text(draft, "title", (0, 20))
    assert draft.values["title"].original == "Журнал «Современник»"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # CONSTRUCTED on the form of holdout4's GOST note citing an English journal ('… //
            # Monumenta Nipponica. 1991. V. 46. № 2 P. 211–235.'): 'V.' for the volume and no
            # stop between the issue and the pages
            "Edwards W. In Pursuit of Himiko // Monumenta Nipponica. 1996. V. 51. № 1 P. 53–79.",
            {"volume": "51", "issue": "1", "pages": "53-79"},
            id="v-volume-issue-pages",
        ),
        pytest.param(
            # CONSTRUCTED: initials 'V. I.' before a family name stay initials
            "Lenin V. I. Polnoe sobranie sochinenii. Moscow, 1970. V. 45, p. 5.",
            {"authors": ["Lenin, V. I."], "volume": "45", "locator": "5"},
            id="initials-not-a-volume",
        ),
    ],
)
def test_gost_volume_v_and_issue_pages(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # http://lemouvementsocial.net/article/?article=LMS_260_0149a (Le Mouvement social's
            # review heading, pages corpus): a series in « » after the publisher
            "Alexandre SUMPF. – De Lénine à Gagarine. Une histoire sociale de l’Union"
            " soviétique, Paris, Gallimard, « Folio Histoire », 2014, 944 p.",
            {
                "authors": ["Sumpf, Alexandre"],
                "title": "De Lénine à Gagarine. Une histoire sociale de l’Union soviétique",
                "place": "Paris",
                "publisher": "Gallimard",
                "series": "Folio Histoire",
                "date": "2014",
            },
            id="author-series",
        ),
        pytest.param(
            # https://www.lemouvementsocial.net/article/?article=LMS_196_0171c (the same
            # journal, pages corpus): two editors, the town after a full stop, the count of pages
            # glued to the year
            "Hans GÜNTHER, Evgenij DOBRENKO (eds.). – Socrealistic?eskij kanon (Le canon du"
            " réalisme socialiste). Saint-Pétersbourg, Akademic?eskij prœkt, 2000,1 040 pages.",
            {
                "editors": ["Günther, Hans", "Dobrenko, Evgenij"],
                "place": "Saint-Pétersbourg",
                "date": "2000",
                "extent": "1 040 pages",
            },
            id="two-editors",
        ),
    ],
)
def test_french_dashed_review_heading(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # CONSTRUCTED: no known town before the publisher
        pytest.param("Victor HUGO. – Les Misérables, Lacroix, 1862, 300 p.", id="no-town"),
        # CONSTRUCTED: the family name not in capitals
        pytest.param("Victor Hugo. – Les Misérables, Paris, Lacroix, 1862, 300 p.", id="no-caps"),
    ],
)
def test_dashed_heading_leaves_alone(text: str) -> None:
    assert not dashed_heading(Draft(text=text), 0, len(text))


def test_quoted_chapter_then_book_and_imprint() -> None:
    # CONSTRUCTED on the form of holdout4's notes on Soviet Central Asia ('Akdes Nimet Kurat,
    # "Islam in the Soviet Union," Cambridge History of Islam, London, Cambridge, …'): no "in"
    # before the book, the imprint without brackets
    text = (
        'Alexandre Bennigsen, "Islam in Central Asia," Handbook of Central Asian Studies,'
        " Oxford, Oxford University Press, 1985, p. 12."
    )
    expected = {
        "kind": "chapter",
        "title": "Islam in Central Asia",
        "container_title": "Handbook of Central Asian Studies",
        "publisher": "Oxford University Press",
        "date": "1985",
        "locator": "12",
    }
    assert citation_fields(text, tuple(expected)) == expected


def test_quoted_article_in_a_newspaper_is_no_chapter() -> None:
    # CONSTRUCTED: a newspaper after the quoted title is no book
    text = 'John Smith, "Moscow Talks," The Moscow Times, Moscow, 1995.'
    parsed = parse_published(text)
    assert parsed is None or parsed.reference.kind != "chapter"
