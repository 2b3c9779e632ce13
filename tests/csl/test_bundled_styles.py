"""Bundled styles: GOST R 7.0.100-2018 with archival documents, Scopus "References in Roman
script" for Russian journals, and JACAR's recommended citation in Japanese.

The seed reference list (E. L. Katasonova, Russian Japanology Review 3 (2), 2020) is parsed
and re-rendered in ``scopus-references-russian``; each entry must equal the printed one except
where the printed list is wrong. Those places are listed in :data:`PRINTED_ERRORS`, each with
the printed text, the right text and the reason; the test checks the list both ways (every
listed error is in the print, and nothing else differs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pytest

from archivecite import parse_citations
from archivecite.csl import find_style, format_bibliography, format_notes
from archivecite.csl.bundled import PROFILES, profile_for
from archivecite.csl.styles import BUNDLED_STYLES
from archivecite.model import (
    ArchivalReference,
    ArchiveRef,
    ArticleReference,
    BookReference,
    DateRange,
    Folio,
    FolioRange,
    JapaneseLocator,
    Name,
    PartialDate,
    ReferenceKind,
    RussianLocator,
    Text,
)
from archivecite.translit import romanize

SEED = Path(__file__).parents[2] / "examples" / "katasonova2020_references.txt"
SCOPUS = "scopus-references-russian"
GOST = "gost-r-7-0-100-2018-archival"
JACAR = "jacar-japanese"


@dataclass(frozen=True)
class PrintedError:
    """``printed`` in entry ``ref`` of the seed list should read ``right``.

    ``kind`` is ``data`` when the error is in a value (a typo in a title or translation: the
    structured data holds the right value) and ``format`` when the value is right and the
    printed entry breaks the list's own format or misspells a name the style takes from the
    registry.
    """

    ref: int
    printed: str
    right: str
    kind: Literal["data", "format"]
    reason: str


_STRAY_STOP = (
    "full stop between the title and its bracketed translation; the other 14 titles with a "
    "translation have none (refs 3, 4, 7, 9-11, 13, 15-19, 21)"
)

PRINTED_ERRORS: tuple[PrintedError, ...] = (
    PrintedError(1, "Molotova. [Office", "Molotova [Office", "format", _STRAY_STOP),
    PrintedError(
        3,
        "[State Archives of the Russian Federation]",
        "[State Archive of the Russian Federation]",
        "format",
        "the archive's English name is 'State Archive of the Russian Federation' (registry: garf)",
    ),
    PrintedError(5, "novykh. [On Old", "novykh [On Old", "format", _STRAY_STOP),
    PrintedError(
        6,
        "Gavrilov, V. A., Katasonova, E. L.",
        "Gavrilov, V. A. & Katasonova, E. L.",
        "format",
        "'&' before the last name is missing; ref 2 joins its last editor with '&'",
    ),
    PrintedError(6, "dokumentov. [Japanese", "dokumentov [Japanese", "format", _STRAY_STOP),
    PrintedError(
        7,
        "The Siberian Interment of",
        "The Siberian Internment of",
        "data",
        "'Interment' (burial) for 'Internment' (internirovaniye, detention)",
    ),
    PrintedError(8, "derzhav. [Japanese", "derzhav [Japanese", "format", _STRAY_STOP),
    PrintedError(
        10,
        "The Siberian Interment Amid",
        "The Siberian Internment Amid",
        "data",
        "'Interment' (burial) for 'Internment' (yokuryū, detention)",
    ),
    PrintedError(
        13,
        "SSSR c Prezidentami",
        "SSSR s Prezidentami",
        "data",
        "Latin 'c' (U+0063) for the preposition 'с' left untransliterated; BGN/PCGN writes 's'",
    ),
    PrintedError(
        13,
        "Great Patriotic War] (1958)",
        "Great Patriotic War]. (1958)",
        "format",
        "the full stop after the title of an authorless work is missing (ref 21 has it, as "
        "the author-date form puts one after the author)",
    ),
    PrintedError(
        14,
        "Potsdam Declaration. (1945, July 26).",
        "Potsdam Declaration. July 26, 1945.",
        "format",
        "the other two agreements and declarations (refs 17, 20) give the date of signing "
        "after the title as 'Month D, YYYY'",
    ),
    PrintedError(
        17, "1991.Tekhexpert", "1991. Tekhexpert", "format", "missing space after the full stop"
    ),
    PrintedError(
        18,
        "(Tsentral’nyy arkhiv ministerstva oborony)",
        "(Tsentral’nyy arkhiv Ministerstva oborony Rossiyskoy Federatsii)",
        "format",
        "the archive's name cut short and lower-cased; the registry's name, Центральный "
        "архив Министерства обороны Российской Федерации, romanized (BGN/PCGN), is rendered",
    ),
    PrintedError(
        18,
        "[Central Archives of the Russian Defence Ministry]",
        "[Central Archive of the Ministry of Defence of the Russian Federation]",
        "format",
        "not the archive's English name (registry: tsamo)",
    ),
    PrintedError(
        19,
        "(Tsentral’nyy arkhiv ministerstva oborony)",
        "(Tsentral’nyy arkhiv Ministerstva oborony Rossiyskoy Federatsii)",
        "format",
        "as in ref 18",
    ),
    PrintedError(
        19,
        "[Central of Archives the Russian Defence Ministry]",
        "[Central Archive of the Ministry of Defence of the Russian Federation]",
        "format",
        "words out of order ('Central of Archives the' for 'Central Archives of the', ref 18) "
        "in a name that is not the archive's English name either",
    ),
    PrintedError(
        20,
        "October, 19, 1956",
        "October 19, 1956",
        "format",
        "comma between month and day (ref 17: 'April 18, 1991')",
    ),
    PrintedError(
        20,
        "(accessed: 08 July 2020)",
        "(accessed: 08 July 2020).",
        "format",
        "the entry's final full stop is missing (refs 14 and 17 have it)",
    ),
)


def _seed_entries() -> list[tuple[str, str]]:
    """(raw line, printed entry after "Label - ") for each numbered entry of the seed."""
    out = []
    for block in SEED.read_text(encoding="utf-8").split("\n\n"):
        line = block.strip()
        if line:
            match = re.match(r"^\d+\. .*? - (.*)$", line, re.DOTALL)
            assert match is not None, line
            out.append((line, match.group(1)))
    return out


def _corrected(text: Text | None, fixes: list[PrintedError]) -> Text | None:
    if text is None:
        return None
    original = text.original
    translations = dict(text.translations)
    for fix in fixes:
        original = original.replace(fix.printed, fix.right)
        translations = {k: v.replace(fix.printed, fix.right) for k, v in translations.items()}
    return text.model_copy(update={"original": original, "translations": translations})


def _seed_reference(number: int) -> ReferenceKind:
    raw, _ = _seed_entries()[number - 1]
    (parsed,) = parse_citations(raw)
    (reference,) = parsed.references
    data_fixes = [fix for fix in PRINTED_ERRORS if fix.ref == number and fix.kind == "data"]
    if data_fixes:
        reference = reference.model_copy(update={"title": _corrected(reference.title, data_fixes)})
    return reference


def _expected(number: int) -> str:
    _, printed = _seed_entries()[number - 1]
    for fix in PRINTED_ERRORS:
        if fix.ref == number:
            printed = printed.replace(fix.printed, fix.right)
    return printed


SEED_NUMBERS = range(1, len(_seed_entries()) + 1)


def test_seed_has_21_entries() -> None:
    assert len(_seed_entries()) == 21


@pytest.mark.parametrize("error", PRINTED_ERRORS, ids=lambda e: f"ref{e.ref}-{e.printed[:24]}")
def test_each_printed_error_is_in_the_print_once(error: PrintedError) -> None:
    _, printed = _seed_entries()[error.ref - 1]
    assert printed.count(error.printed) == 1
    assert error.printed != error.right


@pytest.mark.parametrize("number", SEED_NUMBERS, ids=lambda n: f"ref{n:02d}")
def test_seed_entry_in_scopus_style(number: int) -> None:
    (entry,) = format_bibliography([_seed_reference(number)], style=SCOPUS)
    assert entry == _expected(number)


# The printed list sorts word by word ("GA RF" before "Galitskiy", "Gareev"), and so does CSL
# sorting as citeproc-js does it: a sort key's spaces become "|", which sorts before letters.
def test_seed_list_in_scopus_style_sorts_as_citeproc_js() -> None:
    references = [_seed_reference(number) for number in SEED_NUMBERS]
    rendered = format_bibliography(list(reversed(references)), style=SCOPUS)
    assert rendered == [_expected(number) for number in SEED_NUMBERS]


def test_scopus_archive_names_come_from_the_registry() -> None:
    reference = ArchivalReference(
        title=Text(original="Справка", lang="ru", translations={"en": "Information"}),
        date=DateRange(start=PartialDate(year=1956)),
        language="ru",
        archive=ArchiveRef(id="garf", name=Text(original="ГА РФ")),
        locator=RussianLocator(
            fond="R-9401",
            opis="2",
            delo="582",
            folios=(FolioRange(start=Folio(number=9, verso=True), end=Folio(number=12)),),
        ),
    )
    assert format_bibliography([reference], style=SCOPUS) == [
        "GA RF (Gosudarstvennyy arkhiv Rossiyskoy Federatsii) [State Archive of the Russian "
        "Federation] (1956). Spravka [Information]. F. R-9401, op. 2, d. 582, l. 9 ob.-12. "
        "(In Russian)"
    ]


# --- GOST R 7.0.100-2018 -------------------------------------------------------------------


def _folios(start: int, end: int) -> tuple[FolioRange, ...]:
    return (FolioRange(start=Folio(number=start), end=Folio(number=end)),)


def _date(year: int, month: int | None = None, day: int | None = None) -> DateRange:
    return DateRange(start=PartialDate(year=year, month=month, day=day))


# The four archival documents of the seed list, with their Russian titles; the romanization
# of each (BGN/PCGN) is the title printed in the seed.
SEED_DOCUMENTS: dict[int, ArchivalReference] = {
    1: ArchivalReference(
        title=Text(
            original="Служебная записка заместителя министра иностранных дел Я. А. Малика "
            "на имя министра В. М. Молотова",
            lang="ru",
        ),
        date=_date(1946, 9, 15),
        language="ru",
        archive=ArchiveRef(id="avp-rf"),
        locator=RussianLocator(fond="18", opis="5", delo="119", folios=_folios(46, 47)),
    ),
    3: ArchivalReference(
        title=Text(
            original="Справка о количестве военнопленных бывшей японской армии, взятых в "
            "плен советскими войсками в 1945 году",
            lang="ru",
        ),
        date=_date(1956),
        language="ru",
        archive=ArchiveRef(id="garf"),
        locator=RussianLocator(fond="R-9401", opis="2", delo="582", folios=_folios(9, 12)),
    ),
    18: ArchivalReference(
        title=Text(
            original="Директива Наркомата обороны и Наркомата внутренних дел "
            "Главнокомандующему советскими войсками на Дальнем Востоке о порядке охраны "
            "тыла фронтов и организации лагерей для военнопленных в Маньчжурии",
            lang="ru",
        ),
        date=_date(1945, 8, 16),
        language="ru",
        archive=ArchiveRef(id="tsamo"),
        locator=RussianLocator(fond="66", opis="178499", delo="3", folios=_folios(220, 221)),
    ),
    19: ArchivalReference(
        title=Text(
            original="Постановление ГКО СССР о приеме, размещении и трудовом использовании "
            "военнопленных японской армии № 9898сс",
            lang="ru",
        ),
        date=_date(1945, 8, 23),
        language="ru",
        archive=ArchiveRef(id="tsamo"),
        locator=RussianLocator(fond="66", opis="78499", delo="1", folios=_folios(593, 598)),
    ),
}

GOST_ARCHIVAL = {
    1: "Служебная записка заместителя министра иностранных дел Я. А. Малика на имя министра "
    "В. М. Молотова. 15 сентября 1946 г. // АВП РФ. Ф. 18. Оп. 5. Д. 119. Л. 46–47.",
    3: "Справка о количестве военнопленных бывшей японской армии, взятых в плен советскими "
    "войсками в 1945 году. 1956 г. // ГА РФ. Ф. Р-9401. Оп. 2. Д. 582. Л. 9–12.",
    18: "Директива Наркомата обороны и Наркомата внутренних дел Главнокомандующему советскими "
    "войсками на Дальнем Востоке о порядке охраны тыла фронтов и организации лагерей для "
    "военнопленных в Маньчжурии. 16 августа 1945 г. // ЦАМО РФ. Ф. 66. Оп. 178499. Д. 3. "
    "Л. 220–221.",
    19: "Постановление ГКО СССР о приеме, размещении и трудовом использовании военнопленных "
    "японской армии № 9898сс. 23 августа 1945 г. // ЦАМО РФ. Ф. 66. Оп. 78499. Д. 1. "
    "Л. 593–598.",
}


@pytest.mark.parametrize("number", sorted(SEED_DOCUMENTS), ids=lambda n: f"ref{n:02d}")
def test_seed_document_titles_romanize_to_the_print(number: int) -> None:
    title = SEED_DOCUMENTS[number].title
    assert title is not None
    seed_title = _seed_reference(number).title
    assert seed_title is not None
    assert romanize(title.original, lang="ru", scheme="bgn-pcgn") == seed_title.original


@pytest.mark.parametrize("number", sorted(SEED_DOCUMENTS), ids=lambda n: f"ref{n:02d}")
def test_gost_archival_document(number: int) -> None:
    (entry,) = format_bibliography([SEED_DOCUMENTS[number]], style=GOST)
    assert entry == GOST_ARCHIVAL[number]


GALITSKIY = ArticleReference(
    title=Text(original="Японские военнопленные в СССР: правда и домыслы", lang="ru"),
    authors=(Name(family="Галицкий", given="В. П."),),
    date=_date(1991),
    language="ru",
    container_title=Text(original="Военно-исторический журнал", lang="ru"),
    issue="4",
    pages="58-73",
)
KATASONOVA = BookReference(
    title=Text(original="Японские военнопленные в СССР: большая игра великих держав", lang="ru"),
    authors=(Name(family="Катасонова", given="Е. Л."),),
    date=_date(2003),
    language="ru",
    publisher=Text(original="Институт востоковедения РАН", lang="ru"),
    place=Text(original="М.", lang="ru"),
)
KAIGUN_KOHO = ArchivalReference(
    collection_title=Text(
        original="海軍公報（部内限）號外\u3000昭和十八年九月十一日發令", lang="ja"
    ),
    date=_date(1943, 9, 11),
    language="ja",
    archive=ArchiveRef(id="nids", via="jacar"),
    locator=JapaneseLocator(reference_code="C12070491000"),
)


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        (
            GALITSKIY,
            "Галицкий В. П. Японские военнопленные в СССР: правда и домыслы // "
            "Военно-исторический журнал. 1991. № 4. С. 58–73.",
        ),
        (
            KATASONOVA,
            "Катасонова Е. Л. Японские военнопленные в СССР: большая игра великих держав. "
            "М.: Институт востоковедения РАН, 2003.",
        ),
        (
            KAIGUN_KOHO,
            "海軍公報（部内限）號外\u3000昭和十八年九月十一日發令. 11 сентября 1943 г. // JACAR. "
            "Ref. C12070491000.",
        ),
    ],
    ids=["article", "book", "jacar-item"],
)
def test_gost_published_and_jacar(reference: ReferenceKind, expected: str) -> None:
    assert format_bibliography([reference], style=GOST) == [expected]


def test_gost_notes_cite_a_folio_and_say_ibid() -> None:
    document = SEED_DOCUMENTS[3]
    notes = format_notes(
        [(document, "10"), (document, "11"), GALITSKIY, (document, "9")], style=GOST, label="folio"
    )
    assert notes == [
        "Справка о количестве военнопленных бывшей японской армии, взятых в плен советскими "
        "войсками в 1945 году. 1956 г. // ГА РФ. Ф. Р-9401. Оп. 2. Д. 582. Л. 10.",
        "Там же. Л. 11.",
        "Галицкий В. П. Японские военнопленные в СССР: правда и домыслы // "
        "Военно-исторический журнал. 1991. № 4. С. 58–73.",
        "Справка о количестве военнопленных бывшей японской армии, взятых в плен советскими "
        "войсками в 1945 году. Л. 9.",
    ]


# --- JACAR -----------------------------------------------------------------------------------

# Real JACAR items (tests/data/archival_citations.toml); the expected text is the
# "論文などへの引用例" JACAR prints on each catalogue page (full-width parentheses, as there).
JACAR_ITEMS = {
    "B03050317600": (
        ArchivalReference(
            title=Text(original="11 明治37年2月20日から1904〔明治37〕年2月24日", lang="ja"),
            collection_title=Text(original="成田安輝西蔵探検関係一件", lang="ja"),
            language="ja",
            archive=ArchiveRef(id="mofa-da", via="jacar"),
            locator=JapaneseLocator(reference_code="B03050317600", call_number="1.6.1.11"),
        ),
        "「11 明治37年2月20日から1904〔明治37〕年2月24日」JACAR（アジア歴史資料センター）"
        "Ref.B03050317600、成田安輝西蔵探検関係一件（1.6.1.11）（外務省外交史料館）",
    ),
    "A04017133600": (
        ArchivalReference(
            title=Text(original="単行書・大使書類原稿大使信報・大使事務局", lang="ja"),
            collection_title=Text(original="単行書・大使書類原稿大使信報・大使事務局", lang="ja"),
            language="ja",
            archive=ArchiveRef(id="naj", via="jacar"),
            locator=JapaneseLocator(reference_code="A04017133600"),
        ),
        "「単行書・大使書類原稿大使信報・大使事務局」JACAR（アジア歴史資料センター）"
        "Ref.A04017133600、単行書・大使書類原稿大使信報・大使事務局（国立公文書館）",
    ),
    "C12070491000": (
        KAIGUN_KOHO,
        "JACAR（アジア歴史資料センター）Ref.C12070491000、"
        "海軍公報（部内限）號外\u3000昭和十八年九月十一日發令（防衛省防衛研究所）",
    ),
}


@pytest.mark.parametrize("code", sorted(JACAR_ITEMS))
def test_jacar_recommended_form(code: str) -> None:
    reference, expected = JACAR_ITEMS[code]
    assert format_bibliography([reference], style=JACAR) == [expected]


def test_jacar_notes_with_page_and_ibid() -> None:
    reference, expected = JACAR_ITEMS["B03050317600"]
    notes = format_notes([(reference, "5"), (reference, "6")], style=JACAR)
    assert notes == [f"{expected}、5頁", "同上、6頁"]


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        (
            BookReference(
                title=Text(original="シベリア抑留\u3000米ソ関係の中での変容", lang="ja"),
                authors=(Name(family="小林", given="昭菜"),),
                date=_date(2018),
                language="ja",
                publisher=Text(original="岩波書店", lang="ja"),
            ),
            "小林昭菜『シベリア抑留\u3000米ソ関係の中での変容』岩波書店、2018年",
        ),
        (
            GALITSKIY,
            "В. П. Галицкий「Японские военнопленные в СССР: правда и домыслы」"
            "『Военно-исторический журнал』4号、1991年、58–73頁",
        ),
    ],
    ids=["book", "article"],
)
def test_jacar_style_published_works(reference: ReferenceKind, expected: str) -> None:
    assert format_bibliography([reference], style=JACAR) == [expected]


# --- the styles as named styles ----------------------------------------------------------------


@pytest.mark.parametrize("name", [GOST, SCOPUS, JACAR])
def test_bundled_style_found_by_name(name: str) -> None:
    path = find_style(name)
    assert path.name == f"{name}.csl"
    assert name in BUNDLED_STYLES
    assert profile_for(name) is PROFILES[name]
    assert profile_for(path) is PROFILES[name]


def test_gost_keeps_the_official_styles_attribution() -> None:
    text = find_style(GOST).read_text(encoding="utf-8")
    assert "Andrey Chetverikov" in text
    assert 'license="http://creativecommons.org/licenses/by-sa/3.0/"' in text


def test_other_styles_have_no_profile() -> None:
    assert profile_for("apa") is None
    assert profile_for(Path("/tmp/gost-r-7-0-100-2018-archival.csl")) is None


@pytest.mark.parametrize(
    ("citation", "expected"),
    [
        # the date as cited ends the title: printed once, with its abbreviation's full stop
        (
            "Письмо И.В. Сталина В.М. Молотову, 5 марта 1937 г. ГА РФ. Ф. Р-5446. Оп. 1. Д. 5. "
            "Л. 1.",
            "Письмо И.В. Сталина В.М. Молотову, 5 марта 1937 г. // ГА РФ. Ф. Р-5446. Оп. 1. Д. 5. "
            "Л. 1.",
        ),
        (
            "Spravka o kolichestve voennoplennykh, 1956. GARF, f. 9401, op. 2, d. 582, l. 9–12.",
            "Spravka o kolichestve voennoplennykh, 1956 // ГА РФ. Ф. 9401. Оп. 2. Д. 582. Л. 9–12.",
        ),
        # the cited form ends with its date, whatever year the parser took for the document
        (
            "Справка о военнопленных, взятых в плен в 1945 году. 1956 г. ГА РФ. Ф. Р-9401. Оп. 2. "
            "Д. 582. Л. 9–12.",
            "Справка о военнопленных, взятых в плен в 1945 году. 1956 г. // ГА РФ. Ф. Р-9401. "
            "Оп. 2. Д. 582. Л. 9–12.",
        ),
        # a title without a date: the document's date follows it
        (
            "Справка о военнопленных. 12 января 1946 г. ГА РФ. Ф. Р-9401. Оп. 2. Д. 1. Л. 5.",
            "Справка о военнопленных. 12 января 1946 г. // ГА РФ. Ф. Р-9401. Оп. 2. Д. 1. Л. 5.",
        ),
    ],
)
def test_gost_prints_a_documents_date_once(citation: str, expected: str) -> None:
    (result,) = parse_citations([citation])
    assert format_bibliography(list(result.references), style=GOST) == [expected]  # type: ignore[union-attr]
