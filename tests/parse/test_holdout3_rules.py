"""Rules added for the third held-out set (NARA lot files and source notes, shelfmarks of
archives with no system of their own, several files in one note, Ukrainian and English levels),
each with real texts from the corpus and the texts that must not trip it."""

from __future__ import annotations

import pytest

from archivecite import Parsed, archival_fields, parse_citation
from archivecite.model import ArchivalReference
from archivecite.parse.unregistered import unregistered_institution


def _fields(text: str) -> list[dict[str, str]]:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    return [archival_fields(reference) for reference in result.references]


def _subset(got: dict[str, str], expected: dict[str, str]) -> dict[str, str | None]:
    return {key: got.get(key) for key in expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SPA Files: Lot 61-D 146, Box 4581", {"series": "SPA Files", "lot": "61-D 146"}),
        (
            "C.F.M. Files: Lot M–88: Box 2063: US Delegation Minutes",
            {"series": "C.F.M. Files", "lot": "M-88", "box": "2063"},
        ),
        (
            "CU Files: Lot 63D135 (Entry A1-5072)",
            {"series": "CU Files", "lot": "63D135", "entry": "A1-5072"},
        ),
        (
            "INR/IL Historical Files, Lot 61–D 146, Box 4581",
            {"series": "INR/IL Historical Files", "lot": "61-D 146", "box": "4581"},
        ),
        ("EUR Files: Lot 61 D 282A", {"series": "EUR Files", "lot": "61 D 282A"}),
        # "F 11" is part of the lot number, not a fond.
        ("Moscow Embassy Files: Lot 53 F 11", {"series": "Moscow Embassy Files", "lot": "53 F 11"}),
        (
            "Not printed. A copy is in National Archives, RG 59, S/S – NSC Files: Lot 72D316.",
            {"archive": "nara", "series": "S/S-NSC Files", "lot": "72D316"},
        ),
    ],
)
def test_lot_files_without_an_archive_name(text: str, expected: dict[str, str]) -> None:
    assert _subset(_fields(text)[0], expected) == expected


def test_plural_lots_are_one_file_each() -> None:
    got = _fields("RG 59, Lots 64 D 563 and 65 D 101")
    assert [_subset(file, {"record_group": "", "lot": ""}) for file in got] == [
        {"record_group": "59", "lot": "64 D 563"},
        {"record_group": "59", "lot": "65 D 101"},
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "NA" before a record group is the US National Archives.
        (
            "NA, RG 330, Records of the Office of the Secretary of Defense, Central Decimal Files "
            "1943–53, entry 199, box 103, folder CD 23-1-4 (3 of 7).",
            {"archive": "nara", "entry": "199", "box": "103", "folder": "CD 23-1-4 (3 of 7)"},
        ),
        (
            "NA, RG 112, Office of the Army Surgeon General, entry 295A, Records of the Preventive "
            'Medicine Division: Biological Warfare Specialized Files, 1941–47, box 11, file 55: "Plague '
            'Incident in China" (location 390/18/24/2).',
            {"archive": "nara", "box": "11", "stack_area": "390/18/24/2"},
        ),
        # A labelled file wins over the descriptive parts before it; its quotes are dropped.
        (
            "NA, RG 226, OSS, entry 134, Washington Registry Office Radio and Cable Files, box 42, "
            'file "M/8 Japan".',
            {"archive": "nara", "file": "M/8 Japan"},
        ),
        (
            '(fn. 48 = NA, RG 112, entry 295A, box 9, file "Current Intelligence, Gen.")',
            {"box": "9", "file": "Current Intelligence, Gen."},
        ),
        (
            '(fn. 47 = NA, RG 226, OSS, entry 210, box 340, folder 4: "Far East Report")',
            {"folder": "4"},
        ),
        # An unlabelled code is the file, not the descriptive part before it.
        (
            "Source: Department of State, Central Foreign Policy File, Electronic Telegrams, "
            "D891080-0768. Secret; Exdis. Sent Immediate.",
            {"series": "Central Foreign Policy File", "file": "D891080-0768"},
        ),
        # A bracket the note opens itself does not end it.
        (
            "Source: National Archives, Nixon Presidential Materials, NSC Files, NSC Institutional "
            "Files (H-Files), Box H–115, WSAG Minutes, Originals, 1971. Top Secret.",
            {"archive": "nara", "box": "H-115"},
        ),
        # The file ends at a semicolon.
        (
            "Drafts are in Department of State, Conference Files: Lot 60 D 627, CF 200; another copy "
            "is in the Eisenhower Library, Whitman File.",
            {"lot": "60 D 627", "file": "CF 200"},
        ),
        # Parts after a labelled file still belong to it.
        (
            "Source: National Archives and Records Administration, RG 353, Records of the "
            "State-War-Navy Coordinating Committee, Box 55, File 304, 381, Psychological Warfare.",
            {"file": "304, 381, Psychological Warfare"},
        ),
    ],
)
def test_nara_field_boundaries(text: str, expected: dict[str, str]) -> None:
    assert _subset(_fields(text)[0], expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Memo to UK Secretary of State, "Chilean Debt," June 13 , 1974, Folder: FCO7/2611 , '
            "Renegotiation of Foreign Debt of Chile (paris Club), BNA; Telegram, Kissinger to AmEmb "
            "Brussels, et al., March 7, 1974, NARA, RG59, CFPF, ET.",
            [
                {"archive": "tna", "reference": "FCO 7/2611"},
                {"archive": "nara", "record_group": "59", "series": "CFPF"},
            ],
        ),
        (
            'Source B records JWC 043/16 (RG 165, box 469, "G-2 Book IIIq BW / BWJ Book III") and '
            "JWC 194 (RG 165, box 287 / P Files 194).",
            [{"record_group": "165", "box": "469"}, {"record_group": "165", "box": "287"}],
        ),
        (
            "Germany (Agadir, 1911, and the July 1914 parallel): the Reichsbank / Treasury records "
            "(BArch R 2, R 2501) and Zilch's monograph",
            [
                {"archive": "barch", "call_number": "R 2"},
                {"archive": "barch", "call_number": "R 2501"},
            ],
        ),
    ],
)
def test_second_file_of_a_note(text: str, expected: list[dict[str, str]]) -> None:
    got = _fields(text)
    assert len(got) == len(expected)
    assert [_subset(file, fields) for file, fields in zip(got, expected, strict=True)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "British Library Oriental & India Office Collections, IOR/L/PJ/6/792",
            {"archive": "bl-ior", "call_number": "IOR/L/PJ/6/792"},
        ),
        (
            "Reports of the Censor of Indian Mails in France, British Library, IOR/L/MIL/17.",
            {"archive": "bl-ior", "call_number": "IOR/L/MIL/17"},
        ),
        (
            "cataloged orphaned British Library file `IOR/L/PS/12/1225` as `SUP-054`",
            {"call_number": "IOR/L/PS/12/1225"},
        ),
        # A named archive with shelfmarks of its own is not read as TNA's ("AB" is a TNA code).
        (
            'Volumen: PA AA, AB 2/801, "Matrikel 1861–1910", imagen 52.',
            {"archive": "pa-aa", "call_number": "AB 2/801"},
        ),
        (
            "Consulado de Valdivia — Namenverzeichnis de la Matrikel (PA AA AB 2/916, 1872–1938)",
            {"archive": "pa-aa", "call_number": "AB 2/916"},
        ),
        (
            "archival locator SAPMO-BArch, NY 4090/437, Bl. 8.",
            {"archive": "barch", "call_number": "NY 4090/437"},
        ),
    ],
)
def test_shelfmarks_of_generic_archives(text: str, expected: dict[str, str]) -> None:
    assert _subset(_fields(text)[0], expected) == expected


@pytest.mark.parametrize(
    ("text", "name", "box"),
    [
        (
            "Source: Library of Congress, Manuscript Division, Kissinger Papers, Box 374, "
            "Chronological File.",
            "Library of Congress",
            "374",
        ),
        (
            "Ford Library, National Security Adviser, Presidential Country Files for East Asia, Box 12.",
            "Ford Library",
            "12",
        ),
    ],
)
def test_unregistered_institution_with_boxes(text: str, name: str, box: str) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference = result.references[0]
    assert isinstance(reference, ArchivalReference)
    assert reference.archive is not None
    assert reference.archive.id is None
    assert reference.archive.name is not None
    assert reference.archive.name.original == name
    assert archival_fields(reference)["box"] == box


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "(ДАмК. Фонд Р-810, опис 2, № 184); ЦДАВО України. Фонд 166, опис 12 ос, справа 4539.",
            [
                {"archive": "da-kyiv-city", "fond": "R-810", "opis": "2", "delo": "184"},
                {"archive": "tsdavo", "fond": "166", "opis": "12 ос", "delo": "4539"},
            ],
        ),
        (
            "(DAMK. Collection R-810, inventory 2, no. 184); and the Central State Archive of Supreme "
            "Bodies of Power and Government of Ukraine (TsDAVO). Collection 166, inventory 12 os, "
            "file 4539.",
            [
                {"archive": "da-kyiv-city", "fond": "R-810", "opis": "2", "delo": "184"},
                {"archive": "tsdavo", "fond": "166", "opis": "12 os", "delo": "4539"},
            ],
        ),
        (
            "РГВИА: ф. 14877, оп. 1, д. 4255 (1863). ГАКК: ф. 353, оп. 1, д. 1035.",
            [{"archive": "rgvia", "delo": "4255"}, {"fond": "353", "delo": "1035"}],
        ),
    ],
)
def test_spelled_out_levels_and_next_sentence_archive(
    text: str, expected: list[dict[str, str]]
) -> None:
    got = _fields(text)
    assert [_subset(file, fields) for file, fields in zip(got, expected, strict=True)] == expected
    assert got[1].get("archive") != "rgvia"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ф.109 Оп.24 Д.214 ч.I, Лл. 44-54",
            {"fond": "109", "delo": "214", "chast": "I", "folios": "44-54"},
        ),
        ("РС 1816/1820 (И-138-2-53)", {"fond": "И-138", "opis": "2", "delo": "53"}),
        ("Charles I and Nicholas → Boswell, TNA SP 84/157 ff. 217, 219", {"folios": "217, 219"}),
        ("JACAR Ref.B03041123400、1頁。", {"archive": "mofa-da", "pages": "1"}),
        (
            "원문 소장: 일본 국립공문서관 「公文類聚・第二十九編・明治三十八年・第一巻」",
            {"archive": "naj"},
        ),
    ],
)
def test_parts_pages_and_codes(text: str, expected: dict[str, str]) -> None:
    assert _subset(_fields(text)[0], expected) == expected


def test_years_after_a_file_keyword_are_no_file() -> None:
    text = "РГИА, ф. 379, оп. 1, д. 1464, лл. 1–7, 23; дело 1835–1838 годов содержит сообщение."
    assert [file.get("delo") for file in _fields(text)] == ["1464"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A registry number after a TNA reference is no folio.
        ("TNA, FO 371/46234, F 1234/12/10", "folios"),
        # "Collection 5" alone is no fond.
        ("Smith Collection 5, Folder 3", "fond"),
    ],
)
def test_rules_do_not_overreach(text: str, absent: str) -> None:
    result = parse_citation(text)
    files = [archival_fields(r) for r in result.references] if isinstance(result, Parsed) else []
    assert all(absent not in file for file in files)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Source: Library of Congress, Manuscript Division, Box 374", "Library of Congress"),
        ("Smith, J. The Box Problem. New York: University Press, Box 12", None),
    ],
)
def test_a_publisher_is_no_institution(text: str, name: str | None) -> None:
    found = unregistered_institution(text, text.index("Box 1") if "Box 1" in text else len(text))
    assert (text[slice(*found)] if found else None) == name


@pytest.mark.parametrize(
    ("text", "archive"),
    [
        ("NA, RG 226, OSS, entry 134, box 42", "nara"),
        # An unregistered name that is not the initials of NARA's names keeps no id.
        ("Archives nationales, RG 12, box 3", None),
    ],
)
def test_unregistered_abbreviation_of_the_implied_archive(text: str, archive: str | None) -> None:
    assert _fields(text)[0].get("archive") == archive
