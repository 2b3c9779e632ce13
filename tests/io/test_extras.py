"""archivecite's own extras (``extra`` keys without a format's prefix) in every format: one
place each (BibTeX field ``archivecite``, CSL-JSON ``custom.archivecite``, RIS ``N1  -
archivecite: ...``), read back unchanged, and never reported as not carried over."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import JsonValue

import archivecite
from archivecite.io import read, write
from archivecite.io.extras import FORMAT_PREFIXES, MODEL_KEY, TEXT_KEY
from archivecite.model import ReferenceKind
from tests.dedupe.pair_sets import build, load_pairs
from tests.io.compare import dump

DATA = Path(__file__).parent.parent / "data" / "io"
FORMATS = ["bibtex", "csljson", "ris"]
FILES = {
    "bbt_archive_1799.biblatex": "bibtex",
    "bbt_zh_2391.biblatex": "bibtex",
    "bbt_markup_007.biblatex": "bibtex",
    "bbt_pandoc_citation.csl.json": "csljson",
    "zotero_armenbib.csl.json": "csljson",
    "rispy_full.ris": "ris",
    "rispy_endnote.ris": "ris",
    "zotero_cinii_jss.ris": "ris",
    "worldcat_53972111.ris": "ris",
    "worldcat_707172013.ris": "ris",
}
# Extras as the parser sets them on real citations (tests/data/published_citations_forms.toml):
# 'Б.С. Илизаров. Тайная жизнь Сталина. С. 144.' (short-reference, the cited page),
# '『漱石遺墨集』（岩波書店、昭和十年）' (era-year), 'Большой толковый словарь русского языка
# [Текст] / ...' (material-designation); and a value with every character a format is
# touchy about.
EXTRAS: dict[str, JsonValue] = {
    "locator": "144",
    "era_date": "昭和十年",
    "medium": "Текст",
    "edited": '{sic} 50% \\ @book{ "q"\u2028',
}
WORLDCAT = DATA / "worldcat_53972111.ris"


def _with(reference: ReferenceKind, extra: dict[str, JsonValue]) -> ReferenceKind:
    return reference.model_copy(update={"extra": {**reference.extra, **extra}})


def _own(reference: ReferenceKind) -> dict[str, JsonValue]:
    return {k: v for k, v in reference.extra.items() if not k.startswith(FORMAT_PREFIXES)}


def _extras_losses(result: archivecite.WriteResult) -> list[str]:
    return [
        str(dropped)
        for dropped in result.dropped
        if dropped.field.startswith("extra.")
        and not dropped.field.removeprefix("extra.").startswith(FORMAT_PREFIXES)
    ]


WRITTEN = {
    "bibtex": '  archivecite = {{"locator": "144", "era_date": "昭和十年", "medium": "Текст", '
    '"edited": "\\u007bsic\\u007d 50\\u0025 \\\\ @book\\u007b \\"q\\"\\u2028"}}',
    "ris": 'N1  - archivecite: {"locator": "144", "era_date": "昭和十年", "medium": "Текст", '
    '"edited": "{sic} 50% \\\\ @book{ \\"q\\"\\u2028"}',
}


@pytest.mark.parametrize("format_name", list(WRITTEN))
def test_extras_are_one_line_of_json_and_nothing_else_changes(format_name: str) -> None:
    (reference,) = read(WORLDCAT).references
    text = write([_with(reference, EXTRAS)], format=format_name).text
    lines = text.splitlines()
    end = lines.index("}" if format_name == "bibtex" else "ER  -")
    assert lines[end - 1] == WRITTEN[format_name]
    without = write([reference], format=format_name).text
    assert text.replace("," * (format_name == "bibtex") + "\n" + WRITTEN[format_name], "") == (
        without
    )


def test_extras_are_custom_archivecite_in_csl_json() -> None:
    (reference,) = read(WORLDCAT).references
    (item,) = json.loads(write([_with(reference, EXTRAS)], format="csljson").text)
    (plain,) = json.loads(write([reference], format="csljson").text)
    assert item.pop("custom") == {"archivecite": EXTRAS}
    assert item == plain


@pytest.mark.parametrize("target", FORMATS)
@pytest.mark.parametrize("name", list(FILES))
def test_real_records_keep_their_extras(name: str, target: str) -> None:
    references = [_with(ref, EXTRAS) for ref in read(DATA / name).references]
    result = write(references, format=target)
    assert _extras_losses(result) == []
    back = read(result.text, format=target)
    # rispy_full.ris has two records with ID 12345: as BibTeX keys, the second is reported
    assert {failure.reason for failure in back.failures} <= {
        "Duplicate entry key '12345'; the entry is kept"
    }
    assert [_own(ref) for ref in back.references] == [_own(ref) for ref in references]
    if target == FILES[name]:
        assert back.failures == ()
        assert [dump(ref) for ref in back.references] == [dump(ref) for ref in references]
        assert write(back.references, format=target).text == result.text


def _merged(set_name: str, texts: tuple[str, str]) -> ReferenceKind:
    """The merge of the pair of ``set_name`` whose two sides are the citations ``texts``."""
    (pair,) = [
        pair
        for pair in load_pairs(set_name)
        if (pair["a"].get("text"), pair["b"].get("text")) == texts
    ]
    return archivecite.merge([build(pair["a"]), build(pair["b"])]).with_variants()


# Two real clusters (tests/data/dedupe): an article cited in GOST and in its "References"
# romanization, and a book cited by a short LC note and a Russian note with its page.
MERGED = {
    "serebrennikov": (
        "cross_script.toml",
        (
            "Серебренников С. В. Газета «Ниппон симбун» как важный инструмент в политической"
            " работе среди японских военнопленных в СССР (обзор отечественной историографии)"
            " / С. В. Серебренников // Научный диалог. — 2017. — № 4. — С. 198—218. — DOI:"
            " 10.24224/2227-1295-2017-4-198-218.",
            'Serebrennikov, S. V. (2017). "Nippon Shimbun" Newspaper as Important Instrument'
            " in Political Work among Japanese Prisoners of War in Soviet Union (Review of"
            " Domestic Historiography). Nauchnyy dialog, 4: 198-218. DOI:"
            " 10.24224/2227-1295-2017-4-198-218. (In Russ.).",
        ),
    ),
    "ilizarov": (
        "cross_script_holdout5.toml",
        ("Ilizarov, Tainaia zhizn’ Stalina.", "Б.С. Илизаров. Тайная жизнь Сталина. С. 144."),
    ),
}


@pytest.mark.parametrize("format_name", FORMATS)
@pytest.mark.parametrize("cluster", list(MERGED))
def test_a_merged_reference_keeps_every_variant(cluster: str, format_name: str) -> None:
    merged = _merged(*MERGED[cluster])
    assert "variants" in merged.extra
    result = write([merged], format=format_name)
    assert _extras_losses(result) == []
    (back,) = read(result.text, format=format_name).references
    assert _own(back) == _own(merged)


def test_the_ilizarov_cluster_keeps_the_cited_page() -> None:
    merged = _merged(*MERGED["ilizarov"])
    (back,) = read(write([merged], format="ris").text, format="ris").references
    assert back.extra["locator"] == "144"
    variants: Any = back.extra["variants"]
    titles = [variant["value"]["original"] for variant in variants["title"]]
    assert titles == ["Tainaia zhizn’ Stalina", "Тайная жизнь Сталина"]


_TOUCHY = st.text(st.sampled_from('{}\\%"@#,=\n\r\t \x85\u2028\u2029aЖ字')) | st.text()
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | _TOUCHY,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(_TOUCHY, children, max_size=3)
    ),
    max_leaves=12,
)
extras = st.dictionaries(
    _TOUCHY.filter(
        lambda key: (
            not key.startswith(FORMAT_PREFIXES)
            and key not in ("archive_place", TEXT_KEY, MODEL_KEY)
        )  # the library's own keys
    ),
    json_values,
    max_size=4,
)


@pytest.mark.parametrize("format_name", FORMATS)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extra=extras)
def test_any_json_extras_read_back_exactly(format_name: str, extra: dict[str, JsonValue]) -> None:
    (reference,) = read(WORLDCAT).references
    reference = reference.model_copy(update={"extra": extra})
    result = write([reference], format=format_name)
    assert _extras_losses(result) == []
    back = read(result.text, format=format_name)
    assert back.failures == ()
    assert _own(back.references[0]) == extra


@pytest.mark.parametrize("format_name", FORMATS)
def test_a_value_json_cannot_hold_is_reported(format_name: str) -> None:
    (reference,) = read(WORLDCAT).references
    odd = _with(reference, {"score": float("nan"), "locator": "144"})
    result = write([odd], format=format_name)
    assert _extras_losses(result) == ["53972111: extra.score: NaN and infinity have no JSON form"]
    (back,) = read(result.text, format=format_name).references
    assert _own(back) == {"locator": "144"}


# The CSL-JSON schema's own example of a custom object (citation-style-language/schema,
# schemas/input/csl-data.json @ 00412663cee29f630e8a112abf751fce6c9c1748, "custom").
CUSTOM = {"short_id": "xyz", "other-ids": ["alternative-id"]}


def test_a_csl_items_own_custom_content_stays() -> None:
    text = json.dumps([{"id": "k", "type": "book", "title": "T", "custom": CUSTOM}])
    (reference,) = read(text, format="csljson").references
    assert reference.extra["csl:custom"] == CUSTOM
    assert json.loads(write([reference], format="csljson").text)[0]["custom"] == CUSTOM
    result = write([_with(reference, EXTRAS)], format="csljson")
    assert json.loads(result.text)[0]["custom"] == {**CUSTOM, "archivecite": EXTRAS}
    (back,) = read(result.text, format="csljson").references
    assert dump(back) == dump(_with(reference, EXTRAS))


@pytest.mark.parametrize(
    ("text", "format_name", "path", "kept"),
    [
        pytest.param(
            "@book{k, title = {T}, archivecite = {see p. 5}}\n",
            "bibtex",
            ("extra", "bibtex:archivecite"),
            "see p. 5",
            id="bibtex-field-holding-no-json-object",
        ),
        pytest.param(
            "TY  - BOOK\nTI  - T\nN1  - archivecite: see p. 5\nER  - \n",
            "ris",
            ("note",),
            "archivecite: see p. 5",
            id="ris-note-holding-no-json-object",
        ),
        pytest.param(
            '[{"id": "k", "type": "book", "title": "T", "custom": {"archivecite": "p. 5"}}]',
            "csljson",
            ("extra", "csl:custom"),
            {"archivecite": "p. 5"},
            id="csl-custom-holding-no-json-object",
        ),
    ],
)
def test_a_field_of_that_name_from_elsewhere_is_kept_as_it_is(
    text: str, format_name: str, path: tuple[str, ...], kept: JsonValue
) -> None:
    (reference,) = read(text, format=format_name).references
    found: Any = dump(reference)
    for key in path:
        found = found[key]
    assert found == kept
    assert _own(reference) == {}
    again = write([reference], format=format_name)
    assert again.dropped == ()
    assert dump(read(again.text, format=format_name).references[0]) == dump(reference)


def test_a_ris_note_that_looks_like_extras_rides_along_with_them() -> None:
    """Written as an N1 line, the note would read back as archivecite's extras."""
    (reference,) = read(WORLDCAT).references
    noted = reference.model_copy(update={"note": 'archivecite: {"locator": "1"}'})
    result = write([noted], format="ris")
    assert result.dropped == ()
    assert 'N1  - archivecite: {"@model": {"note": "archivecite: {\\"locator\\": \\"1\\"}"}}' in (
        result.text.splitlines()
    )
    (back,) = read(result.text, format="ris").references
    assert dump(back) == dump(noted)


def test_a_csl_custom_object_under_our_name_is_reported() -> None:
    (reference,) = read(WORLDCAT).references
    odd = _with(reference, {"csl:custom": {"archivecite": {"locator": "1"}}})
    result = write([odd], format="csljson")
    assert [str(d) for d in result.dropped if d.field.startswith("extra.csl:")] == [
        "53972111: extra.csl:custom.archivecite: it would read back as archivecite's extras"
    ]


def test_a_csl_custom_value_that_is_no_object_leaves_no_place() -> None:
    text = json.dumps([{"id": "k", "type": "book", "title": "T", "custom": "a string"}])
    (reference,) = read(text, format="csljson").references
    result = write([_with(reference, {"locator": "144"})], format="csljson")
    assert _extras_losses(result) == [
        "k: extra.locator: the item's own custom value leaves no place for archivecite's extras"
    ]


LETTER = DATA / "bbt_archive_1799.biblatex"


@pytest.mark.parametrize("format_name", FORMATS)
@pytest.mark.parametrize(
    ("place", "as_extras"),
    [
        pytest.param("Moscow", False, id="text-in-the-format's-field"),
        pytest.param(["Moscow", "Москва"], True, id="list-with-the-other-extras"),
    ],
)
def test_archive_place_has_a_field_when_it_is_text(
    format_name: str, place: JsonValue, as_extras: bool
) -> None:
    (letter,) = read(LETTER).references
    result = write([_with(letter, {"archive_place": place})], format=format_name)
    assert _extras_losses(result) == []
    assert ("archivecite" in result.text) is as_extras
    (back,) = read(result.text, format=format_name).references
    assert back.extra["archive_place"] == place
