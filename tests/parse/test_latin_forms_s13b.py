"""Forms of GOST lists and of English and romanized notes read since session 13 (second Latin
pass): a title opening with the kind of work and the genitive of a person (no author), a stop
glued to the dash before the place (``Исмаилова.-М .:``), ``N.Y.`` for New York, a Cyrillic
look-alike among Latin initials, Roberts's book with no author (``Title, Publisher: City Year``),
the volume and book of a volume (``V/i: 430``), a macron letter set on a line of its own,
a romanized title cited with its volume and page, Kirkus' headings, the people a book line
names after the title, a given name from a public list, and a note's title taken for a person.

Each row names its source (the search tool's pages or code corpus, or the session's brief) and
is another reference than the held-out sets hold. Rows marked "constructed" have no real
example yet: none was found within the session's search budget; each says which held-out form it
stands for. Session 14 replaced four of them by real references read right (a kind of work with
a person's genitive, ``N.Y.``, the volume and book ``II/1``, a romanized title by volume and
page); a real note split at each macron is misread and kept as a strict xfail beside the
constructed row. Session 15 replaced the documents row by a real note of Roberts's (``docs.120 &
182``) and added two real list entries with a Cyrillic look-alike among Latin initials as strict
xfails beside the constructed look-alike test: the parser keeps the Cyrillic letter there."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.parse.published import parse_published
from tests.parse.helpers import citation_fields, reference_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # https://fb2.top/nikolay-ii-bremya-samoderghca-dokumenty-pisyma-dnevniki-fotografii-
            # gosudarstvennogo-arhiva-rossiysko-823454/read/part-notes ('Николай II. Бремя
            # самодержца', notes, pages corpus), the reference in brackets closing the first
            # note shown (the form of itexts.net's source line 'Письма И.В. Сталина В.М.
            # Молотову. 1925–1936', cut there): a title opening with the kind of work and the
            # genitive of a person, no author
            "Дневники императора Николая II. 1894–1918. Т. 2. Ч. 2. М., 2013. С. 14",
            {
                "authors": [],
                "title": "Дневники императора Николая II. 1894–1918",
                "volume": "2",
                "place": "Москва",
                "year": "2013",
                "locator": "14",
            },
            id="kind-of-work-then-genitive",
        ),
        pytest.param(
            # rutlib.com/book/44681/p/156 (pages corpus), note 136: an author before the title,
            # the kind of work ("Воспоминания. Дневники") only in the book's title
            "Кони А. Ф. Николай II // Николай Второй: Воспоминания. Дневники / Вступ. ст., сост.,"
            " примеч. и подгот. текста Б. В. Ананьича, Р. Ш. Ганелина. СПб: Пушкинский фонд,"
            " 1994. С. 163–165.",
            {"authors": ["Кони, А. Ф."], "title": "Николай II", "pages": "163-165"},
            id="author-before-kind-of-work",
        ),
        pytest.param(
            # 2books.mobi/read/Rossiya_i_russkie__Kniga_2_63-63898-61718-110.html (pages corpus):
            # the family name first, the kind of work opening the title after it
            "Новиков А.И. Записки земского начальника. — С. 39.",
            {"authors": ["Новиков, А.И."], "title": "Записки земского начальника"},
            id="family-name-then-kind-of-work",
        ),
        pytest.param(
            # http://newreferat.com/ref-16163-10.html (pages corpus), list 'Литература', item 6
            "Энциклопедия для детей . Т.5, ч. 3. История России. XX век / Сост."
            " С.Т.Исмаилова.-М .: Аванта+,1996",
            {
                "editors": ["Исмаилова, С.Т."],
                "place": "Москва",
                "publisher": "Аванта+",
                "year": "1996",
            },
            id="stop-glued-to-the-dash",
        ),
        pytest.param(
            # the same list, item 4: spaces before the marks, read as before
            "Военный энциклопедический словарь .-М .: Воениздат , 1983",
            {
                "title": "Военный энциклопедический словарь",
                "place": "Москва",
                "publisher": "Воениздат",
                "year": "1983",
            },
            id="spaces-before-the-marks",
        ),
        pytest.param(
            # https://readania.com/yaponiya-v-menyayuschemsya-mire-ideologiya-istoriya-imidzh-
            # vasilij-molodyakov-id17169/read/notes (V. Molodyakov, 'Япония в меняющемся мире',
            # notes, pages corpus), note 8: an English book in a Russian note, "N.Y." for its place
            "Цит. по: Ballou R.O. Shinto, the Unconquered Enemy. N.Y., 1945. P. 73.",
            {
                "kind": "book",
                "authors": ["Ballou, R.O."],
                "title": "Shinto, the Unconquered Enemy",
                "place": "New York",
                "year": "1945",
                "locator": "73",
                "container_title": None,
            },
            id="new-york-abbreviated",
        ),
        pytest.param(
            # constructed, for istmat's source field ('… Москва: (РОССПЭН), 2001 Стр. 645'): the
            # publisher in brackets, the page after "Стр." with no stop after the year
            "Лубянка. Сталин и НКВД–НКГБ–ГУКР «Смерш». 1939 – март 1946. Москва: (МФД), 2006"
            " Стр. 52",
            {"place": "Москва", "publisher": "МФД", "year": "2006", "pages": "52"},
            id="publisher-in-brackets",
        ),
        pytest.param(
            # user.bibliboba.online/books/stalin-s-library-a-dictator-and-his-books/p/155 (G.
            # Roberts, 'Stalin's Library', endnotes, pages corpus), note 56: a book with no author
            "Stalinskoe Ekonomicheskoe Nasledstvo: Plany i Diskussii, 1947–1955gg, Rosspen:"
            " Moscow 2017.",
            {
                "authors": [],
                "title": "Stalinskoe Ekonomicheskoe Nasledstvo: Plany i Diskussii, 1947–1955gg",
                "publisher": "Rosspen",
                "place": "Moscow",
                "year": "2017",
            },
            id="roberts-no-author",
        ),
        pytest.param(
            # the same page, note 44, its first citation
            "Fal’sifikatory Istorii (Istoricheskaya Spravka), Ogiz: Moscow 1948.",
            {"authors": [], "publisher": "Ogiz", "place": "Moscow", "year": "1948"},
            id="roberts-no-author-bracket",
        ),
        pytest.param(
            # user.bibliboba.online/books/stalin-s-library-a-dictator-and-his-books/p/135, note
            # 18: the title after the author is no second person ("The Kremlin’s Scholar")
            "D. Shepilov, The Kremlin’s Scholar, Yale University Press: London & New Haven 2014"
            " p.105.",
            {
                "authors": ["Shepilov, D."],
                "title": "The Kremlin’s Scholar",
                "place": "London & New Haven",
                "year": "2014",
                "locator": "105",
            },
            id="roberts-title-no-person",
        ),
        pytest.param(
            # rulit.me/books/stalin-s-library-a-dictator-and-his-books-read-691002-91.html, note
            # 7: the author kept
            "G. Roberts, Stalin’s Wars: From World War to Cold War, 1939–1953, Yale University"
            " Press: London & New Haven 2006 pp.247–8.",
            {"authors": ["Roberts, G."], "publisher": "Yale University Press", "locator": "247-8"},
            id="roberts-with-author",
        ),
        pytest.param(
            # https://hello.chitka.online/b/stalin-7/p/846 (S. Kotkin, 'Stalin: Waiting for
            # Hitler', notes, pages corpus), note 151, its last citation: the volume in Roman
            # figures and its book after a slash (another note than the held-out one)
            "Volkogonov, Triumf i tragediia, II/1: 10–1.",
            {
                "authors": ["Volkogonov"],
                "title": "Triumf i tragediia",
                "volume": "II",
                "book": "1",
                "locator": "10-1",
            },
            id="volume-and-book",
        ),
        pytest.param(
            # user.bibliboba.online/books/stalin-s-library-a-dictator-and-his-books/p/142 (G.
            # Roberts, 'Stalin's Library', endnotes, pages corpus; another note than the held-out
            # 'docs16 & 44'), note 91, its first reference (after the note's prose, up to the
            # ";"): documents cited by number after the year, joined by "&"
            "Stalin i Kosmopolitizm, 1945–1953: Dokumenty, Demokratiya: Moscow 2005 docs.120 & 182",
            {
                "authors": [],
                "title": "Stalin i Kosmopolitizm, 1945–1953: Dokumenty",
                "year": "2005",
                "locator": "120, 182",
            },
            id="documents-cited-real",
        ),
        pytest.param(
            # https://whosread.com/236404/5851901 (D. Keene, 'Emperor of Japan', notes as a page
            # with its macrons in the line, pages corpus), note 20 of its chapter (the held-out
            # note of this book is another, split at its macron): a romanized title cited with
            # its volume and page
            "Meiji tennō ki, 2, p. 696.",
            {"title": "Meiji tennō ki", "volume": "2", "locator": "696"},
            id="romanized-title-volume-page",
        ),
        pytest.param(
            # constructed, the same form split at its macron
            "Kido Takayoshi monj\nō\n, 3, p. 12.",
            {"title": "Kido Takayoshi monjō", "volume": "3", "locator": "12"},
            id="macron-on-its-own-line",
        ),
        pytest.param(
            # https://readonlinefree.net/read-online-emperor-of-japan-meiji-and-his-world-
            # 18521912-full/books-177 (Keene's notes as a page setting each macron letter on a
            # line of its own, pages corpus), note 22: a title split at three macrons
            "Shinsh\nū\nMeiji tenn\nō\ngy\nō\nsh\nū\n, 1, p. 46.",
            {"title": "Shinshū Meiji tennō gyōshū", "volume": "1", "locator": "46"},
            marks=pytest.mark.xfail(
                strict=True,
                reason="a romanized title split at each of its macron letters (three lines of"
                " one letter): no reference is read",
            ),
            id="macrons-on-their-own-lines-real",
        ),
        pytest.param(
            # a page copying Kirkus' review of Rundell's 'Impossible Creatures' (code corpus, the
            # search tool's find_string 'Review Posted Online:', file id 16010798246): its heading,
            # by-line and labelled lines, the series line and the review left out
            "IMPOSSIBLE CREATURES\n\nby Katherine Rundell; illustrated by Ashley Mackenzie\n\n"
            "Pub Date: Sept. 10, 2024\nISBN: 9780593809860\nPage Count: 368\nPublisher: Knopf",
            {
                "title": "IMPOSSIBLE CREATURES",
                "authors": ["Rundell, Katherine"],
                "year": "2024",
                "isbn": "9780593809860",
                "extent": "368",
                "publisher": "Knopf",
            },
            id="kirkus-heading",
        ),
        pytest.param(
            # constructed, for Kirkus' 'THE GREAT FLOWING RIVER\n\nA Memoir of China, …': the
            # subtitle after the capitals, a translator after the author
            "THE WAR OF THE WORLDS\n\nA Novel of the Future\n\nby Anna Grant ; translated by"
            " John Balcom\n\nPub Date: May 1st, 2020\nISBN: 978-0-231-00000-2\nPublisher: Knopf",
            {
                "title": "THE WAR OF THE WORLDS: A Novel of the Future",
                "authors": ["Grant, Anna"],
                "translators": ["Balcom, John"],
                "year": "2020",
            },
            id="kirkus-subtitle-translator",
        ),
        pytest.param(
            # constructed, for the Asian Review of Books' book line 'The Great Flowing River: …,
            # Chi Pang-yuan, John Balcom (trans) (Columbia University Press, July 2018; …)': the
            # author and the translator after the title, not in it
            "The Last Emperor of China, Wang Yi-fan, John Balcom (trans) (Columbia University"
            " Press, 2018)",
            {
                "title": "The Last Emperor of China",
                "authors": ["Wang, Yi-fan"],
                "translators": ["Balcom, John"],
                "year": "2018",
            },
            id="book-line-people-after-title",
        ),
        pytest.param(
            # https://www.feedspot.com/infiniterss.php?_src=feed_title&followfeedid=5226907&q=
            # site:https%3A%2F%2Fasianreviewofbooks.com%2Fcontent%2Ffeed%2F (Feedspot's copy of
            # the Asian Review of Books' feed, pages corpus), the book line of its 'New Book
            # Announcement' of Xavier's book: the same line, an author and no translator
            "Religion and Empire in Portuguese India: Conversion, Resistance, and the Making of"
            " Goa, Angela Barreto Xavier (Permanent Black, April 2024)",
            {
                "title": "Religion and Empire in Portuguese India: Conversion, Resistance, and"
                " the Making of Goa",
                "authors": ["Xavier, Angela Barreto"],
                "publisher": "Permanent Black",
                "year": "2024",
            },
            id="book-line-author-after-title-real",
        ),
        pytest.param(
            # constructed, for Publishers Weekly's 'The Long March: The Untold Story\nHarrison
            # Evans Salisbury. HarperCollins …': a given name from the public list, then a
            # middle name
            "The Last Emperor\nWilbur Evans Thompson. HarperCollins Publishers, $22.95 (419pp)"
            " ISBN 978-0-06-000000-1",
            {"title": "The Last Emperor", "authors": ["Thompson, Wilbur Evans"]},
            id="public-given-name",
        ),
        pytest.param(
            # constructed, for a Russian list's 'Brian Crozier. The man who lost China: …': a name
            # given name first, its given name from the public list
            "Wilbur Thompson. The last emperor of China. New York, 1976.",
            {"authors": ["Thompson, Wilbur"], "title": "The last emperor of China"},
            id="public-given-name-first",
        ),
        pytest.param(
            # the same, family name first as GOST prints it: the list above says which word of
            # two is the given name ('Carter Th. F.' of test_latin_forms_s12 stays as it was)
            "Tucker Robert. Stalin as revolutionary, 1879—1929. A Study in History and"
            " Personality. 1973.",
            {"authors": ["Tucker, Robert"]},
            id="family-name-first-kept",
        ),
    ],
)
def test_reads_the_form(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


def test_latin_initials_unmixed() -> None:
    # constructed, for Iskenderov's 'См.: G. В. Sansom. …' (holdout3): the Cyrillic look-alike
    # among Latin initials read as the Latin letter, by the published reader itself
    parsed = parse_published("См.: R. Н. Brower. Japanese Court Poetry. Stanford, 1961, с. 5.")
    assert parsed is not None
    assert reference_fields(parsed.reference)["authors"] == ["Brower, R. H."]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        pytest.param(
            # https://rulit.me/books/o-kagami-velikoe-zercalo-read-511542-118.html (the Russian
            # 'Ō-kagami', its bibliography, pages corpus; the held-out entries of this list are
            # others): a Cyrillic "О" among Latin initials, the stop doubled as printed
            "Reischauer E.О.. Translation from Early Japanese Literature Cambridge, 1951.",
            ["Reischauer, E.O."],
            id="cyrillic-o-real",
        ),
        pytest.param(
            # the same list: a Cyrillic "С" among Latin initials
            "Holtman D.С., The Japanese Enthronment Ceremonies, with an account of the Imperial"
            " Regalia Tokyo, 1928.",
            ["Holtman, D.C."],
            id="cyrillic-c-real",
        ),
    ],
)
def test_latin_initials_unmixed_real(text: str, authors: list[str]) -> None:
    parsed = parse_published(text)
    assert parsed is not None
    assert reference_fields(parsed.reference)["authors"] == authors


def test_a_season_in_brackets_is_no_book_line_imprint() -> None:
    # constructed, left alone by the month rule of Xavier's book line: a season before the year
    # names no publisher and no month, so no book is read with one
    parsed = parse_published(
        "Religion and Empire in Portuguese India, Angela Barreto Xavier (Winter 2024)"
    )
    assert parsed is None or reference_fields(parsed.reference)["publisher"] is None
