"""Forms read since session 20 (the parser's new-sides pass over held-out sets 46–49): a US
collection's boxes and files cited by its call number or initials after a "henceforth", a
Chicago note's title with a title's word no name has, Russian lines that open with the author
given name first, a Project Gutenberg e-text's opening line, a Japanese author's role word before
the edition, a blog's record under a heading in lenticular brackets, a romanized entry with its
original glued in a full-width bracket, and a Chinese note that names the part of a volume.

Sources: McConnell, "Dissenting Views" (GitHub nulib-ds/rplrt-typst, mcconnell.typ at commit
530d670635f43040cf8234059d82b0bea3634389), and the pages of the held-out sets 46–49 each row
names; a row that is no real reference says "constructed"."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import Parsed, archival_fields, parse_citations
from tests.parse.helpers import archival_file, citation_fields

_MCCONNELL = "McConnell, 'Dissenting Views' (2024), mcconnell.typ"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "MS Russ 79, Box 45, File 2783, Page 27.",
            {"call_number": "MS Russ 79", "box": "45", "item": "2783", "pages": "27"},
            id="call-number-box-file-page",
        ),
        pytest.param(
            "MS Russ 79, Box 45, File 2783, 24.",  # the page bare after the file
            {"call_number": "MS Russ 79", "box": "45", "item": "2783", "pages": "24"},
            id="call-number-bare-page",
        ),
        pytest.param(
            "MS Russ 79, Box 75, File 5664.",
            {"call_number": "MS Russ 79", "box": "75", "item": "5664"},
            id="call-number-box-file",
        ),
        pytest.param(
            "HRC, Box 13 (Label 9), File 39.",  # the box's label number is the same box
            {"collection": "HRC", "box": "13", "item": "39"},
            id="initials-box-label-file",
        ),
        pytest.param(
            "Houghton Library, Harvard University, Andrei Sakharov Papers (henceforth MS Russ"
            " 79), Box 30, File 1887.",  # "File 1887" is no year
            {
                "collection": "Andrei Sakharov Papers",
                "call_number": "MS Russ 79",
                "box": "30",
                "item": "1887",
            },
            id="henceforth-call-number",
        ),
        pytest.param(
            "Houghton Library, Harvard University, Human Rights Collection (henceforth HRC), Box"
            " 74 (Label 55), File 3, Page 10.",
            {"collection": "Human Rights Collection", "box": "74", "item": "3", "pages": "10"},
            id="henceforth-initials",
        ),
    ],
)
def test_a_collection_box_and_file(text: str, expected: dict[str, str]) -> None:
    # the footnotes of McConnell's article (_MCCONNELL), as printed
    assert archival_file(text) == expected


def test_no_year_from_a_file_number() -> None:
    # a footnote of McConnell's article (_MCCONNELL)
    (result,) = parse_citations(
        [
            "Houghton Library, Harvard University, Andrei Sakharov Papers (henceforth MS Russ 79),"
            " Box 30, File 1887."
        ]
    )
    assert isinstance(result, Parsed)
    assert result.reference.date is None
    assert result.reference.archive is not None
    assert result.reference.archive.name is not None
    assert result.reference.archive.name.original == "Houghton Library"


def test_the_short_name_cites_the_collection_named_before_it() -> None:
    # the notes are McConnell's (_MCCONNELL); their order here is constructed: the full note
    # first, as a list prints it, then the short ones
    results = parse_citations(
        [
            "Houghton Library, Harvard University, Human Rights Collection (henceforth HRC), Box"
            " 74 (Label 55), File 3, Page 10.",
            "HRC, Box 13 (Label 9), File 39.",
            "MS Russ 79, Box 75, File 5664.",  # its collection not named in full in this list
        ]
    )
    assert all(isinstance(result, Parsed) for result in results)
    references = [result.reference for result in results if isinstance(result, Parsed)]
    assert [archival_fields(reference) for reference in references[1:]] == [
        {"collection": "Human Rights Collection", "box": "13", "item": "39"},
        {"call_number": "MS Russ 79", "box": "75", "item": "5664"},
    ]
    archive = references[1].archive
    assert archive is not None
    assert archive.name is not None
    assert archive.name.original == "Houghton Library"
    assert references[2].archive is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # _MCCONNELL: a comma inside the title ('Everything Was Forever, Until It Was No
            # More'), no second author
            "Alexei Yurchak, Everything Was Forever, Until It Was No More: The Last Soviet"
            " Generation (Princeton University Press, 2005), 14.",
            {
                "authors": ["Yurchak, Alexei"],
                "title": "Everything Was Forever, Until It Was No More: The Last Soviet Generation",
                "year": "2005",
            },
            id="title-word-no-second-author",
        ),
        pytest.param(
            # https://victor-sudakov.dreamwidth.org/2011/03/21 (pages corpus): the note's head
            "Андрей Амальрик, Просуществует ли Советский Союз до 1984 года",
            {
                "authors": ["Амальрик, Андрей"],
                "title": "Просуществует ли Советский Союз до 1984 года",
            },
            id="russian-name-comma-title",
        ),
        pytest.param(
            # libfox.ru's line for Ehrenburg's memoirs (set 46, pages corpus): a spaced dash,
            # a description after the title
            "Илья Эренбург - Люди, годы, жизнь. Воспоминания в трех томах",
            {"authors": ["Эренбург, Илья"], "title": "Люди, годы, жизнь"},
            id="russian-name-dash-title-description",
        ),
        pytest.param(
            # https://bookree.org/reader?file=355732 (pages corpus): the book line, quoted whole,
            # the patronymic between the names, a bracketed description
            '"Эдуард Самойлович Кузнецов. Дневники (Во время первого пребывания в трудовом'
            ' лагере в 1967) "',
            {"authors": ["Кузнецов, Эдуард"], "title": "Дневники"},
            id="russian-name-patronymic-stop-title",
        ),
        pytest.param(
            # ideabooks.net's copy of the Project Gutenberg e-text 58256 (pages corpus): the
            # e-text's first line, its missing spaces kept
            "The Project Gutenberg eBook, The Russian Army and the Japanese War, Vol. I(of 2), by"
            " A. N. (Alekseĭ Nikolaevich) Kuropatkin, Edited by E. D.(Ernest Dunlop) Swinton,"
            " Translated by Alexander Bertram Lindsay",
            {
                "authors": ["Kuropatkin, A. N."],
                "editors": ["Swinton, E. D."],
                "translators": ["Lindsay, Alexander Bertram"],
                "title": "The Russian Army and the Japanese War",
                "volume": "I",
            },
            id="gutenberg-opening-line",
        ),
        pytest.param(
            # a blog's heading of the Kadokawa Sophia bunko edition (set 47, pages corpus): the
            # role word 著 ends the name, 新版 is the edition
            "柳田国男著 新版「遠野物語」 角川ソフィア文庫 (2004年5月)",
            {"authors": ["柳田, 国男"], "title": "遠野物語", "date": "2004-05"},
            id="role-word-then-edition",
        ),
        pytest.param(
            # a blog's record of Inoue Kiyoshi's book (set 47, pages corpus): a heading in
            # lenticular brackets, then labelled fields parted by slashes
            "【書誌情報】著者:井上清/書名:日本現代史<1>明治維新(新装版)/解題:宮地正人/出版社:"
            "東京大学出版会/発行年:2001年5月(旧版1951年刊)/定価:5600円+税/ISBN4-13-026305-6",
            {
                "authors": ["井上, 清"],
                "title": "日本現代史<1>明治維新",
                "publisher": "東京大学出版会",
                "date": "2001-05",
            },
            id="bracketed-heading-labelled-record",
        ),
        pytest.param(
            # a numbered Markdown reference list on Nishida (set 47, code corpus): the kanji
            # original glued to the full stop in a full-width bracket
            "[11] Nishida, K. *Zen no Kenkyū*. Iwanami Shoten, 1911.（西田幾多郎『善の研究』）",
            {
                "authors": ["Nishida, K."],
                "title": "Zen no Kenkyū",
                "publisher": "Iwanami Shoten",
                "year": "1911",
            },
            id="full-width-gloss-glued",
        ),
        pytest.param(
            # a Chinese note on Gu Jiegang (set 48, pages corpus): the volume, then the part
            # cited in quotation marks (Gu's preface), then the pages
            "罗根泽编著:《古史辨》第四册“顾序”,第4~5页。",
            {"authors": ["罗, 根泽"], "title": "古史辨", "volume": "4", "locator": "4-5"},
            id="volume-then-quoted-part",
        ),
    ],
)
def test_reads_the_form(text: str, expected: dict[str, Any]) -> None:
    fields = dict(citation_fields(text, tuple(k for k in expected if k != "locator")))
    if "locator" in expected:
        (result,) = parse_citations([text])
        assert isinstance(result, Parsed)
        fields["locator"] = result.reference.extra.get("locator")
    assert fields == expected


def test_an_ibid_gives_the_levels_below_the_note_before() -> None:
    # constructed: McConnell's note (_MCCONNELL) followed by "Ibid." notes as US notes print
    # them (the article's own later notes name the collection again)
    results = parse_citations(
        [
            "HRC, Box 13 (Label 9), File 39.",
            "Ibid., File 40.",
            "Ibid., Page 3.",
            "Ibid., Box 14, File 2.",
        ]
    )
    assert [
        archival_fields(result.reference) for result in results if isinstance(result, Parsed)
    ] == [
        {"collection": "HRC", "box": "13", "item": "39"},
        {"collection": "HRC", "box": "13", "item": "40"},
        {"collection": "HRC", "box": "13", "item": "40", "pages": "3"},
        {"collection": "HRC", "box": "14", "item": "2"},
    ]
