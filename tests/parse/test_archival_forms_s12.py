"""Archival forms first met in archival_citations_holdout6.toml, each with real notes from outside
that set (their sources recorded) and the texts each rule must leave alone: Lieven's "fo." /
"fos." folios of RGVIA files, folios printed bare after the file ("спр. 43, 9"; a list of files
runs upward instead: "д. 5, 6"), a quoted document title before the archive, the Bundesarchiv's
Berlin site "BAB" with its shelfmarks ("BAB, R 43 II/364a", "BAB Berlin NS 19/544"), ЛГАОРСС
(the Leningrad name of ЦГА СПб, 1964–1974), a page of a book after a file's folios (no papka),
and "разд." / "razd." only inside a fond's locator."""

from __future__ import annotations

import pytest

from archivecite import Parsed, archival_fields, parse_citation


def _files(text: str) -> list[dict[str, str]]:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    return [archival_fields(reference) for reference in result.references]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # D. Lieven, 'Russia Against Napoleon' (2009), notes to ch. 13, note 4
            # (booksonline.com.ua/view.php?book=103425&page=171, as stored in the search tool's
            # pages corpus): "fo." for one leaf, then "fos." for the next document of the file
            "4 RGVIA, Fond 103, Opis 4/210, Sv. 18, Delo 17, fo. 204, Kankrin to Barclay, 27 Feb."
            " 1814 (OS); fos. 205–7, Alopaeus to Kankrin, 25 Feb. (OS).",
            [
                {
                    "archive": "rgvia",
                    "fond": "103",
                    "opis": "4/210",
                    "sviazka": "18",
                    "delo": "17",
                    "folios": "204",
                },
                {
                    "archive": "rgvia",
                    "fond": "103",
                    "opis": "4/210",
                    "sviazka": "18",
                    "delo": "17",
                    "folios": "205-207",
                },
            ],
            id="lieven-fo-then-fos",
        ),
        pytest.param(
            # G. Rossoliński-Liebe, 'Життя Степана Бандери' (the Ukrainian edition of 'Stepan
            # Bandera'), note 1351 (read-book.net/uk/publitsistika/page-246-34509-..., as stored
            # in the search tool's pages corpus): a quoted title, the archive, a bare folio
            "1351 “Наказ 4. 2/43, Обласним, окружним і повітовим провідникам до виконання,” ЦДАВО"
            " ф. 3833, оп. 1, спр. 43, 9 (публікація англ. див. Carynnyk, Foes of our rebirth,"
            " 345); Bruder, “Den Ukrainischen Staat, 222; Motyka, Ukraińska partyzantka, 290;"
            " Русначенко, Народ збурений, 136.",
            [
                {
                    "archive": "tsdavo",
                    "fond": "3833",
                    "opis": "1",
                    "delo": "43",
                    "folios": "9",
                }
            ],
            id="bare-folio-after-the-file-uk",
        ),
        pytest.param(
            # the same page, note 1354 (its first sentence): several bare folio ranges
            "1354 “Щоденник Повшука Олександра від 17/ІХ. 1939 г.,” ЦДАГО ф. 57, оп. 4, спр. 344,"
            " 28, 38–41, 51–54.",
            [
                {
                    "archive": "tsdago",
                    "fond": "57",
                    "opis": "4",
                    "delo": "344",
                    "folios": "28, 38-41, 51-54",
                }
            ],
            id="bare-folio-list-after-the-file-uk",
        ),
        pytest.param(
            # G. Rossoliński-Liebe, 'Stepan Bandera' (2014), note 1202, its first sentence
            # (trantor.is/content/jO1qCLZg9tj_rJop/Text/untitled_split_110.html, as stored in the
            # search tool's pages corpus): a quoted title, then the archive and its site
            "[1202] For the question of the oath, see “An den Reichsführer, 05.2.1945” BAB Berlin"
            " NS 19/544, 87–89.",
            [{"archive": "barch", "call_number": "NS 19/544", "item": "87-89"}],
            id="quoted-title-then-bab-berlin",
        ),
        pytest.param(
            # P. Longerich, 'Heinrich Himmler: A Life' (2012), note 211 of a chapter
            # (books.thomasstone.org/download-heinrich-himmler-a-life-pdf/free-books-180, as
            # stored in the search tool's pages corpus)
            "211. BAB, R 43 II/364a, Himmler to Lammers, 4 September 1944.",
            [
                {
                    "archive": "barch",
                    "call_number": "R 43 II/364a",
                    "item": "Himmler to Lammers, 4 September 1944",
                }
            ],
            id="bab-shelfmark-with-a-letter",
        ),
        pytest.param(
            # the same book, note 123 of a chapter (.../free-books-163)
            "123. BAB, NS 19/3901; Facsimile in Norbert Westenrieder, ‘Deutsche Frauen und"
            " Mädchen!’ Vom Alltagsleben 1933–1945 (Düsseldorf, 1984), 42.",
            [{"archive": "barch", "call_number": "NS 19/3901"}],
            id="bab-shelfmark",
        ),
        pytest.param(
            # G. L. Sobolev, 'Ленинград в борьбе за выживание в блокаде', book 3, note 1115
            # (online-biblioteka.com/page-239-160268-..., as stored in the search tool's pages
            # corpus): the archive's 1964–1974 abbreviation inside a sentence
            "1115 Подсчеты сделаны нами. Всего вместе с ранеными воинами, колхозниками – жителями"
            " Карельского перешейка и др. за этот период было эвакуировано 554 186 человек"
            " (ЛГАОРСС. Ф. 330. Оп. 1. Д. 5. Л. 2).",
            [
                {
                    "archive": "tsga-spb",
                    "fond": "330",
                    "opis": "1",
                    "delo": "5",
                    "folios": "2",
                }
            ],
            id="lgaorss",
        ),
        pytest.param(
            # F. Dikötter, 'Mao's Great Famine' (2010), notes to ch. 32, note 4
            # (readsbookonline.com/maos-great-famine-f/71, as stored in the search tool's pages
            # corpus; its number printed on a line of its own): the place-first form that the
            # title-first reading must leave as it was
            "Sichuan, 18 Jan. 1961, JC1-2418, p. 2; also JC1-2419, p. 43.",
            [
                {"file_number": "JC1-2418", "pages": "2"},
                {"file_number": "JC1-2419", "pages": "43"},
            ],
            id="dated-file-place-first",
        ),
    ],
)
def test_real_notes_are_read(text: str, expected: list[dict[str, str]]) -> None:
    assert _files(text) == expected


def test_a_book_s_page_after_a_file_s_folios_is_no_papka() -> None:
    # D. Lieven, 'Russia Against Napoleon', notes to ch. 13, note 36
    # (booksonline.com.ua/view.php?book=103425&page=172): "p. 324" is Mikhailovskii-
    # Danilevskii's page; Lieven's sided leaf "160ii" is not checked here.
    text = (
        "36 See e.g. his orders to Langeron: RGVIA, Fond 846, Opis 16, Delo 3399, fo. 160ii, 16"
        " March 1814 (OS), and his plea to Wrede, in Mikhailovskii-Danilevskii, Opisanie 1814,"
        " p. 324."
    )
    [fields] = _files(text)
    assert {key: fields.get(key) for key in ("archive", "fond", "opis", "delo", "papka")} == {
        "archive": "rgvia",
        "fond": "846",
        "opis": "16",
        "delo": "3399",
        "papka": None,
    }


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            # GitHub text of a medieval history (search-tool file id 68335244185), note 753:
            # folios of a letter book, no Russian-system file
            "753 Letter Book I, fos. 286-290.",
            id="fos-of-a-letter-book",
        ),
        pytest.param(
            # GitHub catalogue of the Townley marbles (search-tool file id 2851462766)
            "Purchased from ‘a Canonico’ at Pozzuolo on 22 March 1777 for 160 Ducats (‘Union"
            " Catalogue’, fo. 52r), with a gratuity of 27 Ducats",
            id="fo-in-prose",
        ),
        pytest.param(
            # GitHub Russian text on a Unix shell (search-tool file id 2232383653): a section
            # of a book, no fond's section
            "В листинге 4.12 показана конвейерная (см. разд. 5.3) конструкция интерпретатора",
            id="razd-of-a-book",
        ),
        pytest.param(
            # GitHub Slovenian docstring (search-tool file id 70265453870)
            "True online Sarsa(lambda), razd. 12.7 (str. 307), nizozemska (dutch) sled.",
            id="razd-in-slovenian",
        ),
    ],
)
def test_no_russian_file_is_read(text: str) -> None:
    result = parse_citation(text)
    files = (
        [archival_fields(ref) for ref in result.references] if isinstance(result, Parsed) else []
    )
    assert not any(file.get("fond") or file.get("delo") for file in files), files


def test_a_list_of_files_running_upward_stays_two_files() -> None:
    assert _files("ф. 17, оп. 3, д. 5, 6") == [
        {"fond": "17", "opis": "3", "delo": "5"},
        {"fond": "17", "opis": "3", "delo": "6"},
    ]


def test_tna_s_fo_is_no_folio() -> None:
    [fields] = _files("FO 371/46234")
    assert (fields["archive"], fields["reference"]) == ("tna", "FO 371/46234")


def test_del_without_its_full_stop_names_no_file() -> None:
    # Spanish "del" before a year is no delo (the keyword needs its full stop)
    result = parse_citation("Archivo General de la Nación, Fondo Gobernación, caja 5, del 1945")
    files = (
        [archival_fields(ref) for ref in result.references] if isinstance(result, Parsed) else []
    )
    assert all(file.get("delo") != "1945" for file in files)
