"""Rules added for the second held-out set, each with the text that must not trip it."""

from __future__ import annotations

import pytest

from archivecite import Parsed, archival_fields, parse_citation
from archivecite.model import ArchivalReference
from archivecite.parse.archival import parse_locator
from archivecite.parse.text import cyrillic_language
from archivecite.registry import default_registry
from tests.parse.helpers import parsed_as


def _fields(text: str) -> list[dict[str, str]]:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    return [archival_fields(reference) for reference in result.references]


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # A prefixed fond printed without "Ф." right before the opis.
        ("ОГАЧО. Р-274. Оп. 3. Д. 291.", {"fond": "R-274", "opis": "3", "delo": "291"}),
        # "Ф-487": the keyword joined to its number by a hyphen.
        ("Ф-487 оп. 1 спр. 47", {"fond": "487", "opis": "1", "delo": "47"}),
        # "И-" pre-1917 fond prefix.
        ("ф. И-18, оп. 1, д. 473", {"fond": "И-18", "opis": "1", "delo": "473"}),
        # "кн." is the storage unit right after an opis.
        ("РГАДА, ф. 1209, оп. 1, кн. 466.", {"archive": "rgada", "delo": "466"}),
        # Lithuanian apyrašas / byla after a bare prefixed fond.
        ("K-11, ap. 1, b. 546", {"fond": "K-11", "opis": "1", "delo": "546"}),
        # Hyphenated fond-opis-delo after a Russian-system archive's name.
        ("ДАХмО 315-1-84а. 1808.", {"archive": "da-khmelnytskyi", "fond": "315", "delo": "84а"}),
        # AVP RF's "por." (порядковый номер), the file's number, beside its papka (a Wilson
        # Center document page, as in tests/data/dedupe/cross_script_holdout20.toml)
        (
            "AVPRF, f. 0100, op. 42, por. 19, pap.288, ll. 32-33.",
            {"archive": "avp-rf", "fond": "0100", "opis": "42", "delo": "19", "papka": "288"},
        ),
    ],
)
def test_new_locator_forms(text: str, fields: dict[str, str]) -> None:
    got = _fields(text)[0]
    assert {key: got.get(key) for key in fields} == fields


@pytest.mark.parametrize(
    "text",
    [
        "Т. 2. Кн. 1. С. 45.",  # a book's volume and part, not tom + delo
        "Иванов И. И. Собрание сочинений. Т. 3, кн. 2. М., 1990. С. 12.",
        "History of the F-16. New York, 2001.",  # Latin "f" takes no hyphenated number
    ],
)
def test_published_numbers_stay_published(text: str) -> None:
    result = parse_citation(text)
    references = result.references if isinstance(result, Parsed) else ()
    assert not any(isinstance(reference, ArchivalReference) for reference in references)


def test_leaf_count_is_not_a_file() -> None:
    assert _fields("РГИА, ф. 1285, оп. 1, д. 131, 9 л.: по представлению губернатора.") == [
        {"archive": "rgia", "fond": "1285", "opis": "1", "delo": "131"}
    ]
    assert _fields("ГАРФ. Ф. 5446. Оп. 1. Д. 12 Л. 5")[0]["folios"] == "5"


def test_born_is_not_a_file() -> None:
    fields = _fields("Ivanov (b. 1917) worked there; RGASPI, f. 17, op. 3, d. 5, l. 2.")
    assert fields == [{"archive": "rgaspi", "fond": "17", "opis": "3", "delo": "5", "folios": "2"}]


def test_shared_abbreviation_yields_unless_glossed() -> None:
    registry = default_registry()
    assert registry.find("ГАВО").archive.id == "ga-volgograd"
    assert {match.archive.id for match in registry.matches("ГАВО")} >= {
        "ga-volgograd",
        "ga-vologda",
        "ga-voronezh",
    }
    glossed = _fields("ГАВО (State Archive of Vologda Oblast), Ф. 388, оп. 10, д. 54")
    assert glossed[0]["archive"] == "ga-vologda"
    assert _fields("ГАВО, ф. 1, оп. 2, д. 3")[0]["archive"] == "ga-volgograd"


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # The Department of Police files its Special Section by year, printed with or without "г."
        ("ГА РФ. Ф. 102. ДП ОО. 1898. Д. 12. Ч. 2. Л. 19", {"year": "1898", "delo": "12"}),
        ("GARF f. 102, DPOO 1898 g., op. 226, d. 12", {"year": "1898", "opis": "226"}),
        # an opis numbered like a year is the opis, not a year level
        ("RGASPI, f. 17, op. 1898, d. 5", {"year": None, "opis": "1898", "delo": "5"}),
        # a year after the delo dates the document
        ("ГА РФ. Ф. 102. Оп. 1. Д. 5. 1898, л. 4", {"year": None, "delo": "5", "folios": "4"}),
    ],
)
def test_year_dividing_a_fond(text: str, fields: dict[str, str | None]) -> None:
    got = _fields(text)[0]
    assert {key: got.get(key) for key in fields} == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("NARA, RG 111, SC-423678", {"file": "SC-423678", "series": None}),
        ("NARA, RG 111, 111-SC-423678", {"file": "111-SC-423678", "series": None}),
        # an entry keeps its label; a series is written in words
        ("NARA, RG 59, Entry A1-5, box 3", {"entry": "A1-5", "file": None, "box": "3"}),
        ("NARA, RG 59, Central Decimal File, box 3", {"series": "Central Decimal File"}),
        # a Central Decimal File number is the file (Kennan's "Long Telegram", 22 Feb. 1946)
        (
            "Kennan to Secretary of State, 22 February 1946, NARA, RG 59, 861.00/2-2246.",
            {"record_group": "59", "file": "861.00/2-2246", "series": None},
        ),
        # the archive named last is not a file; the record group before it still counts
        (
            "Harriman to Byrnes, 23 November 1945, RG 59, Central Decimal File, "
            "740.0011 EW/11-2345, NARA.",
            {"archive": "nara", "series": "Central Decimal File", "file": "740.0011 EW/11-2345"},
        ),
    ],
)
def test_nara_item_number(text: str, fields: dict[str, str | None]) -> None:
    got = _fields(text)[0]
    assert {key: got.get(key) for key in fields} == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # Ukrainian archives cited in transliteration: "ark." (аркуш) folios, "zv." (зворот) verso
        (
            "DAKO, f. R-4, op. 1, spr. 2, ark. 3zv.",
            {"archive": "da-kyiv-oblast", "delo": "2", "folios": "3v"},
        ),
        (
            "TsDAHO Ukrainy, f. 1, op. 20, spr. 6254, ark. 12–14zv.",
            {"archive": "tsdago", "delo": "6254", "folios": "12-14v"},
        ),
        # RGANI fond 89 numbers its lists (perechen') and documents where others have opis, delo
        ("RGANI, f. 89, per. 45, dok. 1, l. 3.", {"opis": "45", "delo": "1", "folios": "3"}),
        ("РГАНИ. Ф. 89. Перечень 45. Документ 1. Л. 3.", {"opis": "45", "delo": "1"}),
    ],
)
def test_ukrainian_and_fond_89_levels(text: str, fields: dict[str, str]) -> None:
    got = _fields(text)[0]
    assert {key: got.get(key) for key in fields} == fields


def test_document_outside_a_locator_is_not_a_level() -> None:
    result = parse_citation("Сборник документов. Док. 12. М., 1995. С. 4.")
    references = result.references if isinstance(result, Parsed) else ()
    assert not any(isinstance(reference, ArchivalReference) for reference in references)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # a Diplomatic Archives file's volume, written as the archive writes it in the number
        ("Gaimushō Gaikō Shiryōkan, A.1.1.0.21, vol. 3.", {"call_number": "A.1.1.0.21_003"}),
        ("外務省外交史料館, A.1.1.0.21, 第三巻.", {"call_number": "A.1.1.0.21_003"}),
        ("外務省記録 A.1.1.0.21_003", {"archive": "mofa-da", "call_number": "A.1.1.0.21_003"}),
        ("外務省外交史料館 2.1.1.1 第2号", {"call_number": "2.1.1.1"}),  # an issue, not a volume
        # bare file numbers after a named Chinese archive; a date is not one
        ("上海市档案馆藏, Q1-6-123.", {"archive": "shanghai-ma", "file_number": "Q1-6-123"}),
        ("Shanghai Municipal Archives (SMA), U1-3-2345, 1931-05-02.", {"file_number": "U1-3-2345"}),
        ("Second Historical Archives of China, Nanjing, 18/1234.", {"file_number": "18/1234"}),
        ("上海市档案馆, 1949-10-01.", {"archive": "shanghai-ma", "file_number": None}),
    ],
)
def test_japanese_volumes_and_chinese_file_numbers(
    text: str, fields: dict[str, str | None]
) -> None:
    got = _fields(text)[0]
    assert {key: got.get(key) for key in fields} == fields


@pytest.mark.parametrize(
    ("text", "archive_name", "title"),
    [
        ("PANO, f. 1, op. 2, d. 3.", "PANO", None),
        (
            "Partiinyi arkhiv Permskoi oblasti (PermPartArkhiv), f. 105, op. 1, d. 2.",
            "Partiinyi arkhiv Permskoi oblasti (PermPartArkhiv)",
            None,
        ),
        ("Донесение командира. ПАНО. Ф. 1. Оп. 2. Д. 3.", "ПАНО", "Донесение командира"),
        ("Донесение. ЦДНИ ВО. Ф. 1. Оп. 2. Д. 3.", "ЦДНИ ВО", "Донесение"),
        (
            "Arkhiv UFSB po Tomskoi oblasti, d. P-1234, l. 5.",
            "Arkhiv UFSB po Tomskoi oblasti",
            None,
        ),
        # a title stays a title: an abbreviation inside it, an archive word late in it, a date
        ("Doklad NKVD. F. 1, op. 2, d. 3.", None, "Doklad NKVD"),
        (
            "Letter to the archive director. F. 1, op. 2, d. 3.",
            None,
            "Letter to the archive director",
        ),
        (
            "Spravka o voennoplennykh, 1946. F. 1, op. 2, d. 3.",
            None,
            "Spravka o voennoplennykh, 1946",
        ),
    ],
)
def test_unregistered_archive_named_before_the_fond(
    text: str, archive_name: str | None, title: str | None
) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference = result.references[0]
    assert isinstance(reference, ArchivalReference)
    name = reference.archive.name if reference.archive is not None else None
    assert (name.original if name else None) == archive_name
    assert (reference.title.original if reference.title else None) == title
    if archive_name is not None:
        assert reference.archive is not None
        assert reference.archive.id is None


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("GARF 9401/2/64, ll. 9–12.", {"delo": "64", "folios": "9-12"}),
        ("RGASPI 17/3/1010: 45–47ob.", {"delo": "1010", "folios": "45-47v"}),
        ("ДАХмО 315-1-159, арк. 5", {"delo": "159", "folios": "5"}),
        ("RGASPI 558.11.492.57", {"delo": "492", "folios": "57"}),
        # Montefiore, 'Stalin: The Court of the Red Tsar', notes of the prologue (libcat.ru reader,
        # search tool's pages corpus): a full stop after the last number, folios after hyphens
        ("RGASPI 558.4.2.2.", {"fond": "558", "opis": "4", "delo": "2", "folios": "2"}),
        ("GARF 3316.2.2016.1–8.", {"fond": "3316", "opis": "2", "delo": "2016", "folios": "1-8"}),
        ("GARF 7523c-149a-2.1–6", {"fond": "7523c", "opis": "149a", "delo": "2", "folios": "1-6"}),
        # after a comma only a labelled number is a folio
        ("RGASPI 17/3/1010, 45.", {"delo": "1010", "folios": None}),
    ],
)
def test_folios_after_a_shelfmark(text: str, fields: dict[str, str | None]) -> None:
    got = _fields(text)[0]
    assert {key: got.get(key) for key in fields} == fields


def test_series_of_a_manuscript_collection() -> None:
    assert _fields("Hoover Institution Archives, Nicolaevsky Collection, series 1, box 2, folder 3.")[
        0
    ] == {"archive": "hoover", "collection": "Nicolaevsky Collection", "series": "1", "box": "2",
          "folder": "3"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "fields", "title"),
    [
        # a numbered label with a Chinese numeral; "藏" (held by) belongs to the archive's name
        (
            "中国第二历史档案馆藏, 国民政府档案, 全宗号一, 案卷号 2345.",
            {"archive": "shac", "quanzong": "1", "anjuan": "2345"},
            "国民政府档案",
        ),
        (
            "中国第二历史档案馆, 全宗号二十八, 案卷号一百二十.",
            {"quanzong": "28", "anjuan": "120"},
            None,
        ),
        # the label's colon before the numeral, full-width as Chinese notes print it
        (
            "中国第二历史档案馆藏，全宗号：二，案卷号：1234",
            {"archive": "shac", "quanzong": "2", "anjuan": "1234"},
            None,
        ),
    ],
)
def test_chinese_numerals_in_numbered_levels(
    text: str, fields: dict[str, str], title: str | None
) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference = result.references[0]
    got = archival_fields(reference)
    assert {key: got.get(key) for key in fields} == fields
    assert (reference.title.original if reference.title else None) == title


def test_a_juan_of_a_book_is_not_an_archival_level() -> None:
    result = parse_citation("司马光《资治通鉴》卷一, 北京: 中华书局, 1956.")
    references = result.references if isinstance(result, Parsed) else ()
    assert not any(isinstance(reference, ArchivalReference) for reference in references)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Енциклопедія історії України", "uk"),
        ("Гісторыя Беларусі ў дакументах", "be"),
        ("Гісторыя беларускай літаратуры", "be"),  # і with ы: Belarusian
        ("Қазақстан тарихы", "kk"),
        ("История Японии", "ru"),
    ],
)
def test_cyrillic_language_by_its_letters(text: str, language: str) -> None:
    assert cyrillic_language(text) == language


@pytest.mark.parametrize(
    ("text", "archive"),
    [
        # Poland's AAN, not the Academy of Sciences archive's former abbreviation ААН / AAN
        ("Archiwum Akt Nowych (AAN), KC PZPR, sygn. 237/V-123, k. 45.", "aan"),
        ("Politisches Archiv des Auswärtigen Amts (PA AA), R 104567.", "pa-aa"),
        ("Bundesarchiv (BArch), R 43 II/1234, Bl. 56.", "barch"),
        ("SAPMO-BArch, DY 30/IV 2/2.035/52.", "barch"),
    ],
)
def test_european_archives_cold_war_historians_cite(text: str, archive: str) -> None:
    reference = parsed_as(text, ArchivalReference)
    assert reference.archive is not None
    assert reference.archive.id == archive


def test_english_jacar_note() -> None:
    # the English form of a JACAR citation: the item title quoted after the code, the holding
    # archive romanized in brackets; a Diplomatic Archives number may end a sentence
    result = parse_citation(
        'Japan Center for Asian Historical Records (JACAR), Ref. C13032504800, "Shiberia '
        'yokuryūsha no jōkyō" (Bōei Kenkyūjo).'
    )
    assert isinstance(result, Parsed), result
    reference = result.reference
    assert reference.title is not None
    assert reference.title.original == "Shiberia yokuryūsha no jōkyō"
    assert (
        _fields("Diplomatic Archives of the Ministry of Foreign Affairs of Japan, A.7.0.0.9-1.")[0][
            "call_number"
        ]
        == "A.7.0.0.9-1"
    )


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # a Cyrillic А typed in a Latin abbreviation
        ("GАRF, f. 9401, op. 2, d. 582, l. 9", {"archive": "garf", "fond": "9401", "opis": "2"}),
        ("RGАSPI f.17 op.3 d.1046 l.12", {"archive": "rgaspi", "fond": "17", "delo": "1046"}),
        # Latin O in "Оп." and a Latin P for the fond's Cyrillic Р
        ("ГАРФ. Ф. P-9401. Oп. 2. Д. 582. Л. 9", {"fond": "R-9401", "opis": "2"}),
        ("ЦAMO. Ф. 66. Оп. 178499. Д. 1. Л. 12", {"archive": "tsamo", "opis": "178499"}),
    ],
)
def test_look_alike_letters_read_in_their_words_script(text: str, fields: dict[str, str]) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    got = archival_fields(result.reference)
    assert {key: got.get(key) for key in fields} == fields
    assert result.text == text  # the citation as printed is kept


def test_look_alike_letters_in_a_locator_field() -> None:
    # a BibTeX or CSL archive_location typed with a Latin P and O among Cyrillic letters
    locator = parse_locator("Ф. P-9401. Oп. 2. Д. 582. Л. 9")
    assert locator is not None
    assert locator.model_dump(include={"fond", "opis", "delo"}) == {
        "fond": "R-9401",
        "opis": "2",
        "delo": "582",
    }


def test_unicode_hyphens_read_as_hyphens() -> None:
    # web pages print ranges and fond prefixes with U+2011 (non-breaking hyphen) or U+2010
    got = _fields("GARF, f. R\u20119401, op. 2, d. 582, ll. 9\u201012.")[0]
    assert {key: got.get(key) for key in ("fond", "folios")} == {"fond": "R-9401", "folios": "9-12"}


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # tests/data/dedupe/cross_script_holdout6.toml (two documents of one criminal file,
        # cited by the file's own number with no fond or opis: АСД, архивно-следственное дело)
        (
            "ЦА ФСБ РФ. АСД № Р-23502. Л. 160–166.",
            {"archive": "tsa-fsb", "delo": "R-23502", "folios": "160-166"},
        ),
        (
            "ЦА ФСБ РФ. АСД № Р-23502. Л. 167.",
            {"archive": "tsa-fsb", "delo": "R-23502", "folios": "167"},
        ),
    ],
)
def test_investigation_file_without_a_fond(text: str, fields: dict[str, str]) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    assert archival_fields(result.reference) == fields


def test_a_house_number_is_no_file() -> None:
    # RGASPI's address (rgaspi.su, contacts): "д." is the house, not a delo; a delo alone is a
    # file only with an investigation file's keyword or letter (АСД № Р-23502, Д. П-5470)
    result = parse_citation("125009, Москва, ул. Большая Дмитровка, д. 15")
    references = result.references if isinstance(result, Parsed) else ()
    assert all(not archival_fields(reference).get("delo") for reference in references)
