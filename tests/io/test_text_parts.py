"""The parts of a Text field that BibTeX, RIS and CSL-JSON have no field for (romanizations,
translations, a language readers would not infer, the original of a title written as its
romanization) ride along with archivecite's extras under ``"@text"`` and are put back by the
readers: read(write(ref)) keeps every Text field, and the writer reports only what it still
cannot carry."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import JsonValue

import archivecite
from archivecite.io import read, write
from archivecite.io.concepts import TEXT_CONCEPTS, kind_has
from archivecite.model import ArchivalReference, ArchiveRef, ReferenceKind, Text
from tests.io.compare import carried
from tests.io.test_extras import FILES, MERGED, WORLDCAT, _merged, _own

DATA = Path(__file__).parent.parent / "data"
FORMATS = ["bibtex", "csljson", "ris"]


def _texts(reference: ReferenceKind) -> dict[str, Text | None]:
    return {concept: getattr(reference, concept, None) for concept in TEXT_CONCEPTS}


def _text_losses(result: archivecite.WriteResult) -> list[str]:
    return [
        str(dropped)
        for dropped in result.dropped
        if dropped.field.partition(".")[0] in TEXT_CONCEPTS
    ]


def _carried(result: archivecite.WriteResult, format_name: str) -> JsonValue:
    """The ``"@text"`` object as written."""
    if format_name == "csljson":
        own = json.loads(result.text)[0]["custom"]["archivecite"]
    elif format_name == "ris":
        (line,) = [
            line for line in result.text.splitlines() if line.startswith("N1  - archivecite:")
        ]
        own = json.loads(line.removeprefix("N1  - archivecite: "))
    else:
        (line,) = [line for line in result.text.splitlines() if line.startswith("  archivecite =")]
        own = json.loads(line.removeprefix("  archivecite = {").removesuffix("}"))
    return own.get("@text")


def _citation(file_name: str, starts: str) -> ReferenceKind:
    """The parse of the item of a tests/data citation file whose text starts with ``starts``."""
    data = tomllib.loads((DATA / file_name).read_text(encoding="utf-8"))
    (text,) = [
        item["text"]
        for items in data.values()
        if isinstance(items, list)
        for item in items
        if isinstance(item, dict) and str(item.get("text", "")).startswith(starts)
    ]
    (reference,) = archivecite.parse_citation(text).references
    return reference


# A merged cluster of tests/data/dedupe (see tests/io/test_extras.py) and what it carries.
MERGED_CARRIED = {
    ("serebrennikov", "bibtex"): {
        "container_title": {"romanized": {"bgn-pcgn": "Nauchnyy dialog"}}
    },
    ("serebrennikov", "ris"): {"container_title": {"romanized": {"bgn-pcgn": "Nauchnyy dialog"}}},
    ("serebrennikov", "csljson"): {
        "container_title": {"romanized": {"bgn-pcgn": "Nauchnyy dialog"}}
    },
    # BibTeX has origtitle/origlanguage, CSL-JSON original-title but no language for it, RIS
    # neither: the romanization is RIS's title, the Cyrillic original rides along.
    ("ilizarov", "bibtex"): None,
    ("ilizarov", "csljson"): {"title": {"lang": "ru"}},
    ("ilizarov", "ris"): {
        "title": {
            "original": "Тайная жизнь Сталина",
            "lang": "ru",
            "romanized": {"ala-lc-ascii": "Tainaia zhizn’ Stalina"},
            "translations": {},
        }
    },
}


@pytest.mark.parametrize(("cluster", "format_name"), list(MERGED_CARRIED))
def test_a_merged_cluster_keeps_its_titles_exactly(cluster: str, format_name: str) -> None:
    merged = _merged(*MERGED[cluster])
    result = write([merged], format=format_name)
    assert _text_losses(result) == []
    assert _carried(result, format_name) == MERGED_CARRIED[cluster, format_name]
    back = read(result.text, format=format_name)
    assert back.failures == ()
    (reference,) = back.references
    assert _texts(reference) == _texts(merged)
    assert _own(reference) == _own(merged)  # "@text" is not left among the extras
    assert write(back.references, format=format_name).text == result.text


# Real citations (tests/data) whose Text fields hold a translation or a romanized title:
# a container title with its English translation in brackets (Chicago, Furumi 1995), an
# article's ru-Latn title with its translation (Galitskiy 1991), a ja-Latn book title with its
# translation (Kobayashi 2018), an archival document's ru-Latn title with its translation.
CITATIONS = {
    "furumi-container": ("published_citations.toml", "Furumi, Tadayuki 古海忠之. 1995."),
    "galitskiy": ("published_citations.toml", "Galitskiy 1991 - "),
    "kobayashi": ("published_citations.toml", "Kobayashi 2018 - "),
    "avp-rf": ("archival_citations.toml", "AVP RF 1946 - "),
}


@pytest.mark.parametrize("format_name", FORMATS)
@pytest.mark.parametrize("citation", list(CITATIONS))
def test_a_parsed_citations_texts_read_back_exactly(citation: str, format_name: str) -> None:
    reference = _citation(*CITATIONS[citation])
    assert any(
        text and (text.translations or text.romanized) for text in _texts(reference).values()
    )
    result = write([reference], format=format_name)
    assert _text_losses(result) == []
    (back,) = read(result.text, format=format_name).references
    assert _texts(back) == _texts(reference)


def test_the_furumi_container_translation_rides_along() -> None:
    reference = _citation(*CITATIONS["furumi-container"])
    result = write([reference], format="bibtex")
    assert _carried(result, "bibtex") == {
        "container_title": {
            "translations": {"en": "The History of the Shōwa Period Read Through Bungei Shunjū"}
        }
    }


@pytest.mark.parametrize("format_name", FORMATS)
@pytest.mark.parametrize("name", list(FILES))
def test_real_records_with_every_text_part_read_back_exactly(name: str, format_name: str) -> None:
    """Every record of the tests/data/io files, each Text field given two romanizations and a
    translation (those of the Ilizarov and Serebrennikov clusters and of Furumi's container
    title), reads back the same."""
    references = read(DATA / "io" / name).references
    ilizarov = _merged(*MERGED["ilizarov"]).title
    serebrennikov = _merged(*MERGED["serebrennikov"]).container_title
    furumi = _citation(*CITATIONS["furumi-container"]).container_title
    assert ilizarov is not None
    assert serebrennikov is not None
    assert furumi is not None
    parts = {
        "romanized": {**ilizarov.romanized, **serebrennikov.romanized},
        "translations": furumi.translations,
    }
    enriched = [
        reference.model_copy(
            update={
                concept: text.model_copy(update=parts)
                for concept, text in _texts(reference).items()
                if text is not None
            }
        )
        for reference in references
    ]
    result = write(enriched, format=format_name)
    back = read(result.text, format=format_name)
    lost = {(d.index, d.field) for d in result.dropped if d.field in TEXT_CONCEPTS}
    parts_lost = [
        str(d)
        for d in result.dropped
        if d.field.partition(".")[0] in TEXT_CONCEPTS
        and (d.index, d.field.partition(".")[0]) not in lost
    ]
    assert parts_lost == []
    for index, (before, after) in enumerate(zip(enriched, back.references, strict=True)):
        for concept, text in _texts(before).items():
            if (index, concept) not in lost:
                assert _texts(after)[concept] == text


@pytest.mark.parametrize("format_name", FORMATS)
def test_an_archive_names_romanization_and_translation_ride_along(format_name: str) -> None:
    """An archive's name has one field in each format; its language, romanization and
    translation (the AVP RF citation spells out both) ride along under "@model"."""
    reference = _citation(*CITATIONS["avp-rf"])
    archive = ArchiveRef(
        id="avp-rf",
        name=Text(
            original="Архив внешней политики Российской Федерации",
            lang="ru",
            romanized={"bgn-pcgn": "Arkhiv vneshney politiki Rossiyskoy Federatsii"},
            translations={"en": "Archive of Foreign Policy of the Russian Federation"},
        ),
    )
    result = write([reference.model_copy(update={"archive": archive})], format=format_name)
    assert result.dropped == ()
    (own,) = carried(result.text, format_name)
    assert own["@model"]["archive"] == {
        "name": {
            "lang": "ru",
            "romanized": {"bgn-pcgn": "Arkhiv vneshney politiki Rossiyskoy Federatsii"},
            "translations": {"en": "Archive of Foreign Policy of the Russian Federation"},
        }
    }
    (back,) = read(result.text, format=format_name).references
    assert isinstance(back, ArchivalReference)
    assert back.archive == archive


@pytest.mark.parametrize("format_name", FORMATS)
def test_a_users_own_at_text_extra_is_reported(format_name: str) -> None:
    (reference,) = read(WORLDCAT).references
    result = write(
        [reference.model_copy(update={"extra": {"@text": "mine", "locator": "144"}})],
        format=format_name,
    )
    assert [str(d) for d in result.dropped if d.field == "extra.@text"] == [
        "53972111: extra.@text: the key is archivecite's own, for Text parts"
    ]
    (back,) = read(result.text, format=format_name).references
    assert _own(back) == {"locator": "144"}


def test_an_at_text_that_fits_no_text_field_stays_an_extra() -> None:
    written = json.dumps({"@text": {"archive": {"lang": "ru"}}})
    text = f"@book{{k,\n  title = {{T}},\n  archivecite = {{{written}}}\n}}\n"
    (reference,) = read(text, format="bibtex").references
    assert reference.extra["@text"] == {"archive": {"lang": "ru"}}
    assert reference.title == Text(original="T")


_WORD = st.text(st.sampled_from("abcxyzABCXYZабвжщАБВЖЩ字漢ё’0123"), min_size=1, max_size=6)
_PHRASE = st.lists(_WORD, min_size=1, max_size=3).map(" ".join)
texts = st.builds(
    Text,
    original=_PHRASE,
    lang=st.sampled_from([None, "ru", "ru-Latn", "ja", "ja-Latn", "en", "de", "zh"]),
    romanized=st.dictionaries(
        st.sampled_from(["bgn-pcgn", "ala-lc", "ala-lc-ascii", "iso9", "hepburn", "x-own"]),
        _PHRASE,
        max_size=2,
    ),
    translations=st.dictionaries(st.sampled_from(["en", "de", "fr", "ja"]), _PHRASE, max_size=2),
)


@pytest.mark.parametrize("format_name", FORMATS)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.fixed_dictionaries({}, optional=dict.fromkeys(TEXT_CONCEPTS, texts)))
def test_any_text_parts_read_back_exactly(format_name: str, parts: dict[str, Text]) -> None:
    (reference,) = read(WORLDCAT).references
    update = {concept: text for concept, text in parts.items() if kind_has("book", concept)}
    reference = reference.model_copy(update={**update, "extra": {}})
    result = write([reference], format=format_name)
    lost = {d.field for d in result.dropped if d.field in TEXT_CONCEPTS}
    back = read(result.text, format=format_name)
    assert back.failures == ()
    for concept, text in update.items():
        if concept not in lost:
            assert _texts(back.references[0])[concept] == text
