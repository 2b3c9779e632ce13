"""Archive names and locators in the forms Western and Chinese notes print them: a Cyrillic
letter typed inside a Latin abbreviation, Chinese archives with a file number after the name,
and the image of a JACAR item, which is the item's page."""

from __future__ import annotations

import pytest

from archivecite import Parsed, archival_fields, default_registry, parse_citation


def _fields(text: str) -> dict[str, str]:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    return archival_fields(result.reference)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # The Ukrainian РДАСПІ of tests/data/archival_citations.toml (holodomorinstitute.org.ua
        # chronicle, 20 June 1932) romanized with its Cyrillic І left in the Latin word.
        (
            "RDASPІ, f. 17, op. 3, spr. 925, ark. 8.",
            {"archive": "rgaspi", "fond": "17", "opis": "3", "delo": "925", "folios": "8"},
        ),
        # LC's tie written as the two half marks U+FE20/U+FE21 rather than U+0361 (RTsKhIDNI of
        # istmat.org/node/28213 in tests/data/archival_citations.toml).
        (
            "RT\ufe20S\ufe21KHIDNI, f. 17, op. 112, d. 445, l. 11.",
            {"archive": "rgaspi", "fond": "17", "opis": "112", "delo": "445", "folios": "11"},
        ),
        # The Second Historical Archives' fonds-file number after the name, in English (the
        # name and abbreviation of registry/data/archives/cn/shac.toml) and in Chinese.
        (
            "Second Historical Archives of China (SHAC), 2-1234",
            {"archive": "shac", "file_number": "2-1234"},
        ),
        ("中国第二历史档案馆，2-1234", {"archive": "shac", "file_number": "2-1234"}),
        # The Shanghai Municipal Archives' fonds letter, catalogue and file (Q1-6-123, S173-1-23).
        (
            "Shanghai Municipal Archives (SMA), Q1-6-123",
            {"archive": "shanghai-ma", "file_number": "Q1-6-123"},
        ),
        ("SMA, S173-1-23", {"archive": "shanghai-ma", "file_number": "S173-1-23"}),
        # JACAR's recommended form with the image a citation starts at, and its English form: the
        # image is the item's page, not a volume title.
        (
            "JACAR（アジア歴史資料センター）Ref.C01003827600（第3画像目から）、"
            "「満洲事変に関する件」（防衛省防衛研究所）",
            {"archive": "nids", "via": "jacar", "reference_code": "C01003827600", "pages": "3"},
        ),
        (
            "JACAR Ref. C01003827600, image 3",
            {"archive": "nids", "via": "jacar", "reference_code": "C01003827600", "pages": "3"},
        ),
        (
            "JACAR Ref. C01003827600, images 3-5",
            {"archive": "nids", "via": "jacar", "reference_code": "C01003827600", "pages": "3-5"},
        ),
    ],
)
def test_archive_form(text: str, fields: dict[str, str]) -> None:
    assert _fields(text) == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # two numbers and a hyphen are years or pages unless a comma or the name's bracket puts
        # them right after the archive
        ("Second Historical Archives of China, 1946-1949", {"archive": "shac"}),
        ("Shanghai Municipal Archives, pp. 12-15", {"archive": "shanghai-ma"}),
        # a volume title after a JACAR code stays one
        (
            "JACAR Ref. C01003827600, 陸軍省大日記",
            {
                "archive": "nids",
                "via": "jacar",
                "reference_code": "C01003827600",
                "volume_title": "陸軍省大日記",
            },
        ),
    ],
)
def test_what_is_no_file_number_stays_so(text: str, fields: dict[str, str]) -> None:
    assert _fields(text) == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "Second Historical Archives of China, fonds 2, file 1234",
            {"archive": "shac", "quanzong": "2", "anjuan": "1234"},
        ),
        (
            "Second Historical Archives of China (SHAC), fonds 2, catalogue 1, file 1234",
            {"archive": "shac", "quanzong": "2", "mulu": "1", "anjuan": "1234"},
        ),
    ],
)
def test_english_level_labels_of_a_chinese_archive(text: str, fields: dict[str, str]) -> None:
    # registry/data/locators/chinese.toml: fonds 全宗, catalogue 目录, file 案卷 (English labels
    # count only where the citation names a Chinese archive)
    assert _fields(text) == fields


# Donald Rayfield, 'Stalin and His Hangmen' (2004), notes to chapter 8, as read online at
# https://books.thomasstone.org/download-stalin-and-his-hangmen-pdf/free-books-85: fond, opis,
# delo and page as bare numbers after GASPI (the notes' key: "GASPI = Russian State Archive of
# Social-Political History ... The numbers given refer (in order) to the fond, the opis, the delo,
# and the page(s)"), a date after them. GASPI is also the abbreviation of regional party archives
# (ГАСПИ), so it stays an archive the registry does not name.
@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("GASPI 558, 11, 85, 26", {"fond": "558", "opis": "11", "delo": "85", "folios": "26"}),
        (
            "GASPI 558, 11, 749, 14, 3 February 1935",
            {"fond": "558", "opis": "11", "delo": "749", "folios": "14"},
        ),
        (
            "GASPI 558, 11, 749, 21, 10 October 1936",
            {"fond": "558", "opis": "11", "delo": "749", "folios": "21"},
        ),
        # the writer of a document first, the archive after a comma (read as a title before):
        # the abbreviation opens a part of the note, the opis may carry its part after a colon;
        # no other note of this form was found in the search corpora (the registered archives'
        # own mid-note forms are in test_mid_note_shelfmarks below)
        (
            "N. Tlashadze, GASPI 8, 2:1, 48, 20.",
            {"fond": "8", "opis": "2:1", "delo": "48", "folios": "20"},
        ),
    ],
)
def test_bare_numbers_after_an_unregistered_abbreviation(text: str, fields: dict[str, str]) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference = result.reference
    assert archival_fields(reference) == fields
    assert reference.archive is not None
    assert reference.archive.name is not None
    assert (reference.archive.id, reference.archive.name.original) == (None, "GASPI")


# Mid-note shelfmarks of registered archives and an abbreviation with an A that is no archive:
# Rayfield's "See GARF 9401, 2, 99, 386." (notes to chapter 9, user.bibliboba.online reader,
# p/253) and Simon Sebag Montefiore, 'Stalin: The Court of the Red Tsar' (2003), source notes to
# chapter 19 (libcat.ru reader, page 206), where "IA, 1998." is a source's siglum and a year.
@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "30. See GARF 9401, 2, 99, 386. Vyshinsky dribbled while listening to his telephone "
            "and in September 1945 it stopped working.",
            {"archive": "garf", "fond": "9401", "opis": "2", "delo": "99", "folios": "386"},
        ),
        (
            "Stalin’s view of Tukhachevsky’s plans, 1930: RGASPI 74.2.38.59, Stalin to Voroshilov.",
            {"archive": "rgaspi", "fond": "74", "opis": "2", "delo": "38", "folios": "59"},
        ),
        ("The phrase “military entrepreneur” is hers. IA, 1998. Kaganovich, p. 100.", {}),
    ],
)
def test_mid_note_shelfmarks(text: str, fields: dict[str, str]) -> None:
    assert _fields(text) == fields


# Frank Dikötter, 'Mao's Great Famine' (2010), notes, as read online at
# http://readsbookonline.com/maos-great-famine-f/71: a provincial or city archive named by its
# place, the document's date, the file number and its pages; a further file of the same archive
# after a semicolon and its own date.
@pytest.mark.parametrize(
    ("text", "files"),
    [
        (
            "Nanjing, 25 Oct. 1959, 5003-3-727, pp. 19–21.",
            [("Nanjing", {"file_number": "5003-3-727", "pages": "19-21"})],
        ),
        (
            "Guangdong, 7 Aug. 1961, 219-2-319, pp. 56–68.",
            [("Guangdong", {"file_number": "219-2-319", "pages": "56-68"})],
        ),
        (
            "Sichuan, 9 July 1960, JC133-219, p. 106.",
            [("Sichuan", {"file_number": "JC133-219", "pages": "106"})],
        ),
        (
            "Hunan, 25 Nov. 1960, 265-1-260, p. 85; 8 Dec. 1960, 212-1-508, p. 163.",
            [
                ("Hunan", {"file_number": "265-1-260", "pages": "85"}),
                ("Hunan", {"file_number": "212-1-508", "pages": "163"}),
            ],
        ),
    ],
)
def test_chinese_files_by_place_date_and_number(
    text: str, files: list[tuple[str, dict[str, str]]]
) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    got = [
        (
            reference.archive.name.original
            if reference.archive is not None and reference.archive.name is not None
            else None,
            archival_fields(reference),
        )
        for reference in result.references
    ]
    assert got == files


# Names Anne Applebaum's 'Red Famine' (2017) prints in its notes (trantor.is reader, notes to
# chapters 3 and 14): the Ukrainian abbreviation of the Russian State Military Archive, the old
# name of TsDAHO romanized, and the Odesa oblast archive in ALA-LC with its ï.
@pytest.mark.parametrize(
    ("name", "archive"),
    [
        ("RDVA", "rgva"),
        ("PA IIP pri TsK Kompartii Ukrainy", "tsdago"),
        ("Derzhavnyi Arkhiv Odes’koï Oblasti", "da-odesa"),
    ],
)
def test_names_of_a_historians_notes(name: str, archive: str) -> None:
    match = default_registry().match(name)
    assert match is not None
    assert match.archive.id == archive


# Lithuanian archives: LCVA as valstybingumas.lt's reviews cite it ("LCVA f. 383, ap. 7, b. 1–7")
# and as its fond notes on archyvai.lt head themselves ("LIETUVOS CENTRINIS VALSTYBĖS ARCHYVAS");
# LYA as litvaksig.org ("Lithuanian Special Archives (LYA)") and en.wikipedia.org ("Lietuvos
# ypatingasis archyvas or LYA") name it.
@pytest.mark.parametrize(
    ("name", "archive"),
    [
        ("LCVA", "lcva"),
        ("LIETUVOS CENTRINIS VALSTYBĖS ARCHYVAS", "lcva"),
        ("Lithuanian Special Archives", "lya"),
        ("Lietuvos ypatingasis archyvas", "lya"),
        ("LYA", "lya"),
    ],
)
def test_names_of_lithuanian_archives(name: str, archive: str) -> None:
    match = default_registry().match(name)
    assert match is not None
    assert match.archive.id == archive
