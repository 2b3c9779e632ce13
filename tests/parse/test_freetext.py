"""Citation strings and whole lists: forms, lists, ibid, and input that must not break us."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings

from archivecite import Failed, Parsed, archival_fields, parse_citation, parse_citations
from archivecite.parse import split_entries
from tests import strategies
from tests.conftest import load_corpus


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "ГА РФ. Ф. Р-9401. Оп. 2. Д. 582. Л. 9–12 об.",
            {"archive": "garf", "fond": "R-9401", "opis": "2", "delo": "582", "folios": "9-12v"},
        ),
        (
            "GA RF. F. 9401, op. 2, d. 582, l. 9-12",
            {"archive": "garf", "fond": "9401", "opis": "2", "delo": "582", "folios": "9-12"},
        ),
        (
            "RGASPI f. 17, op. 3, d. 1050, ll. 46ob.-47",
            {"archive": "rgaspi", "fond": "17", "opis": "3", "delo": "1050", "folios": "46v-47"},
        ),
        (
            "JACAR Ref. C01003827600",
            {"archive": "nids", "via": "jacar", "reference_code": "C01003827600"},
        ),
        (
            "TNA, FO 371/46234",
            {
                "archive": "tna",
                "department": "FO",
                "series": "371",
                "piece": "46234",
                "reference": "FO 371/46234",
            },
        ),
    ],
    ids=["brief-cyrillic", "brief-latin", "verso-ob", "jacar", "tna"],
)
def test_citation_forms_from_the_brief(text: str, fields: dict[str, str]) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed)
    assert archival_fields(result.reference) == fields


def test_several_files_in_one_citation() -> None:
    result = parse_citation("ГАРФ. Ф. Р-9401. Оп. 2. Д. 64. Л. 1–3; Д. 65. Л. 7")
    assert isinstance(result, Parsed)
    assert [archival_fields(reference) for reference in result.references] == [
        {"archive": "garf", "fond": "R-9401", "opis": "2", "delo": "64", "folios": "1-3"},
        {"archive": "garf", "fond": "R-9401", "opis": "2", "delo": "65", "folios": "7"},
    ]


def test_ibid_inherits_the_previous_citation() -> None:
    results = parse_citations(["ГАРФ. Ф. Р-9401. Оп. 2. Д. 64. Л. 1–3.", "Там же. Л. 5 об."])
    assert isinstance(results[1], Parsed)
    assert archival_fields(results[1].reference) == {
        "archive": "garf",
        "fond": "R-9401",
        "opis": "2",
        "delo": "64",
        "folios": "5v",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "a citation"),
        ("   \n", "a citation"),
        ("abc\x00def", "text, not binary data (control character '\\x00')"),
    ],
    ids=["empty", "blank", "binary"],
)
def test_unusable_input_fails_with_a_reason(text: str, expected: str) -> None:
    result = parse_citation(text, line=3, source="refs.txt")
    assert isinstance(result, Failed)
    assert result.expected == expected
    assert result.line == 3


def test_a_megabyte_line_is_refused_quickly() -> None:
    result = parse_citation("Ф. 1. " * 200_000)
    assert isinstance(result, Failed)
    assert result.expected.startswith("a citation of at most 5,000 characters")


def test_unbalanced_brackets_do_not_break_the_parser() -> None:
    result = parse_citation("((([[[ ГАРФ. Ф. 5446. Оп. 1. Д. 7. Л. 3 ]]")
    assert isinstance(result, Parsed)
    assert archival_fields(result.reference)["delo"] == "7"


def test_unreadable_entry_is_reported_with_its_line() -> None:
    results = parse_citations(
        "1. ГАРФ. Ф. 5446. Оп. 1. Д. 7.\n2. ???\n3. RGASPI f. 17, op. 3, d. 5"
    )
    assert [result.ok for result in results] == [True, False, True]
    failed = results[1]
    assert isinstance(failed, Failed)
    assert failed.line == 2
    assert failed.message.startswith("<input>:2:4: when expecting an archival locator")


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        ("1. First\ncontinued\n2. Second", [("First continued", 1), ("Second", 3)]),
        ("One entry\nwrapped\n\nAnother", [("One entry wrapped", 1), ("Another", 4)]),
        ("a\nb\nc", [("a", 1), ("b", 2), ("c", 3)]),
        ("- bullet one\n- bullet two", [("bullet one", 1), ("bullet two", 2)]),
    ],
    ids=["numbered", "paragraphs", "lines", "bullets"],
)
def test_split_entries(text: str, entries: list[tuple[str, int]]) -> None:
    split = split_entries(text)
    assert [(entry.text.lstrip("-0123456789. "), entry.line) for entry in split] == entries


@settings(max_examples=300, deadline=None)
@given(strategies.citation_text)
def test_parser_never_raises(text: str) -> None:
    result = parse_citation(text)
    assert result.text == text


@pytest.mark.parametrize(
    ("text", "fields", "title"),
    [
        (
            "The National Archives, Kew (TNA), FO 371/54288, F 1234/12/10.",
            {
                "archive": "tna",
                "department": "FO",
                "series": "371",
                "piece": "54288",
                "reference": "FO 371/54288",
            },
            None,
        ),
        (
            "JACAR（アジア歴史資料センター）Ref.C04120212700、「支那事変に関する件」（防衛省防衛研究所）",
            {"archive": "nids", "via": "jacar", "reference_code": "C04120212700"},
            "支那事変に関する件",
        ),
        ("防衛省防衛研究所所蔵「陸支密大日記」昭和13年第1号", {"archive": "nids"}, "陸支密大日記"),
    ],
    ids=["tna-registry-file-is-not-a-fond", "jacar-title-after-code", "nids-without-code"],
)
def test_forms_outside_russian_archives(
    text: str, fields: dict[str, str], title: str | None
) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed)
    assert archival_fields(result.reference) == fields
    got = result.reference.title.original if result.reference.title else None
    assert got == title


@pytest.mark.parametrize(
    "item",
    [
        item
        for item in load_corpus("archival_citations.toml", "citation")[:40]
        if not item.get("inherits_previous")  # "Там же" needs the citation before it
    ],
)
def test_a_line_break_inside_a_citation_reads_as_a_space(item: dict[str, Any]) -> None:
    # a citation copied out of a PDF or a web page keeps the page's line breaks
    text = item["text"]
    space = text.find(" ", len(text) // 2)
    if space < 0:
        pytest.skip("no space to break at")
    broken = parse_citation(text[:space] + "\n" + text[space + 1 :])
    whole = parse_citation(text)
    assert isinstance(broken, Parsed)
    assert isinstance(whole, Parsed)
    assert [archival_fields(r) for r in broken.references] == [
        archival_fields(r) for r in whole.references
    ]


# The sequences are CONSTRUCTED from real notes: Kim's article (the lead's brief S5-GOST), the
# ibid 'Там же. С. 8, 12.' (Pavlov's notes, readli.club page 161) and Memorial's note 18
# ('Сталинские расстрельные списки', a file quoted after Sanukov's article).
KIM = "Ким Г. Ф. Японские военнопленные // Вопросы истории. 1994. № 3. С. 12–20."
MEMORIAL_18 = (
    "Архив УФСБ РФ по Республике Марий Эл. Д. 595. Л. 186–189. Цит. по: Сануков К. Н. Расправа"
    " над так называемым «штабом марийских буржуазных националистов» // Марийский юридический"
    " вестник. 2012. Вып. 9. С. 25."
)


@pytest.mark.parametrize(
    ("previous", "ibid", "kind", "cited"),
    [
        pytest.param(KIM, "Там же. С. 8, 12.", "article", "8, 12", id="article-pages"),
        pytest.param(KIM, "Tam zhe. S. 15–17.", "article", "15-17", id="romanized-pages"),
        pytest.param(MEMORIAL_18, "Там же. С. 26.", "article", "26", id="quoted-after-page"),
    ],
)
def test_ibid_of_a_published_work_cites_its_pages(
    previous: str, ibid: str, kind: str, cited: str
) -> None:
    result = parse_citations([previous, ibid])[1]
    assert isinstance(result, Parsed)
    assert (result.reference.kind, result.reference.extra["locator"]) == (kind, cited)


def test_ibid_with_a_folio_after_a_file_quoted_after_a_publication() -> None:
    result = parse_citations([MEMORIAL_18, "Там же. Л. 170."])[1]
    assert isinstance(result, Parsed)
    assert archival_fields(result.reference) == {
        "archive": "ufsb-mari-el",
        "delo": "595",
        "folios": "170",
    }
