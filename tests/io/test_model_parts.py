"""Model parts that BibTeX, CSL-JSON and RIS have no field for, or write in a form that reads
back otherwise (a person's name in its own script, an archive name's romanization, the
aggregator, a typed locator, a date range in RIS, an identifier without a field), ride along
with archivecite's extras under ``"@model"``: read(write(ref)) gives ``ref`` back, and the
writer reports nothing lost."""

from __future__ import annotations

import functools
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import archivecite
from archivecite.io import read, write
from archivecite.model import (
    REFERENCE_ADAPTER,
    ArchivalReference,
    ArchiveRef,
    ChineseLocator,
    DateRange,
    DocumentType,
    Folio,
    FolioRange,
    GenericLocator,
    Identifier,
    JapaneseLocator,
    Name,
    NameOrder,
    NaraLocator,
    PartialDate,
    ReferenceKind,
    RussianLocator,
    Text,
    TnaLocator,
)
from tests.dedupe.pair_sets import SETS, UnparsedSideError, build, load_pairs
from tests.io.compare import carried, dump, expected_after

FORMATS = ["bibtex", "csljson", "ris"]


def _side(set_name: str, index: int, side: str) -> ReferenceKind:
    """A side of a pair of tests/data/dedupe (each side's source is recorded there)."""
    return build(load_pairs(set_name)[index][side])


def _round_trip(references: list[ReferenceKind], format_name: str) -> archivecite.WriteResult:
    """Write, read back, and check every reference comes back equal; the write result."""
    result = write(references, format=format_name)
    back = read(result.text, format=format_name)
    assert back.failures == ()
    assert len(back.references) == len(references)
    for original, again in zip(references, back.references, strict=True):
        expected, paths = expected_after(original, result)
        assert dump(again, paths) == dump(expected, paths)
    return result


# Real references whose model parts no format has a field for (each side's source is in its
# pair set), and what rides along under "@model" in every format.
SIDES = {
    # a Chinese author in pinyin with his name in hanzi
    "hua-linfu": ("cross_script_holdout3.toml", 43, "a"),
    # a Japanese author and the editing society in their own script
    "suzuki-yasuzo": ("cross_script_holdout9.toml", 21, "a"),
    # a Japanese translation: author and translators written in kana and kanji only
    "wiener-cybernetics": ("cross_script_holdout9.toml", 3, "b"),
    # a JACAR code: the holding archive's id, the aggregator and the typed locator
    "jacar-code": ("cross_script_holdout4.toml", 7, "a"),
    # a Russian patent number, for which no format has an identifier field
    "zilberman-patent": ("cross_script.toml", 136, "b"),
    # a chapter by a Chinese author in a book with two editors, one Chinese
    "du-weisheng": ("cross_script_holdout3.toml", 56, "a"),
    # a work in four volumes published over three years
    "pypin-1890": ("cross_script_holdout7.toml", 19, "b"),
}
_EVERYWHERE: dict[str, Any] = {
    "hua-linfu": {"authors": {"0": {"original": "华林甫", "lang": "zh"}}},
    "suzuki-yasuzo": {
        "authors": {"0": {"original": "鈴木安蔵", "lang": "ja"}},
        "editors": {"0": {"original": "明治政治史研究会", "lang": "ja"}},
    },
    "wiener-cybernetics": {
        "authors": {"0": {"original": "ノーバート・ウィーナー", "lang": "ja"}},
        # "池原他訳": Ikehara and others, translators
        "translators": {"0": {"original": "池原", "lang": "ja"}},
    },
    "jacar-code": {
        "locator": {"system": "japanese", "reference_code": "A01000012800"},
        "locator_text": None,
        "archive": {"via": "jacar", "id": "naj"},
    },
    "zilberman-patent": {"identifiers": [{"scheme": "patent", "value": "RU 2537013"}]},
}
_DU_WEISHENG = {
    "authors": {"0": {"original": "杜伟生", "lang": "zh"}},
    "container_authors": {"0": {"original": "林世田", "lang": "zh"}},
}
CARRIED: dict[tuple[str, str], Any] = {
    **{(name, fmt): parts for name, parts in _EVERYWHERE.items() for fmt in FORMATS},
    ("du-weisheng", "bibtex"): _DU_WEISHENG,
    ("du-weisheng", "csljson"): _DU_WEISHENG,
    # RIS has no tag for the editors of a chapter's book: the whole list rides along
    ("du-weisheng", "ris"): {
        "container_authors": [
            {"family": "Lin", "given": "Shitian", "original": "林世田", "lang": "zh",
             "romanized": {}},
            {"family": "Morrison", "given": "Alastair", "romanized": {}},
        ],
        "authors": {"0": {"original": "杜伟生", "lang": "zh"}},
    },
    # BibLaTeX and CSL have date ranges; a RIS date is one year
    ("pypin-1890", "bibtex"): None,
    ("pypin-1890", "csljson"): None,
    ("pypin-1890", "ris"): {
        "date": {"start": {"year": 1890, "circa": False}, "end": {"year": 1892, "circa": False}}
    },
}  # fmt: skip


@pytest.mark.parametrize(("name", "format_name"), list(CARRIED))
def test_a_real_references_model_parts_ride_along(name: str, format_name: str) -> None:
    reference = _side(*SIDES[name])
    result = _round_trip([reference], format_name)
    assert result.dropped == ()
    (own,) = carried(result.text, format_name)
    assert own.get("@model") == CARRIED[name, format_name]


@functools.cache
def _real_references() -> list[ReferenceKind]:
    """Every side of every cross-script pair set that parses, and the merge of every pair
    that is one work or file (its variants with their provenance); read once for every format."""
    references: list[ReferenceKind] = []
    for set_name in SETS:
        for pair in load_pairs(set_name):
            try:
                sides = [build(pair["a"]), build(pair["b"])]
            except UnparsedSideError:
                continue
            references.extend(sides)
            if pair["same"]:
                references.append(archivecite.merge(sides).with_variants())
    return [ref.model_copy(update={"id": f"ref{n}"}) for n, ref in enumerate(references)]


@pytest.mark.parametrize("format_name", FORMATS)
def test_every_real_cross_script_reference_and_merge_round_trips_exactly(
    format_name: str,
) -> None:
    references = _real_references()
    assert len(references) > 1500
    assert _round_trip(references, format_name).dropped == ()


def test_an_edit_elsewhere_that_leaves_no_place_keeps_the_parts_as_extras() -> None:
    """The second author deleted in another tool: his parts fit no name, so nothing is put
    back on the wrong person, and they stay among the extras (a writer reports them)."""
    reference = _side(*SIDES["suzuki-yasuzo"])
    text = write([reference], format="ris").text
    edited = text.replace('"editors": {"0"', '"editors": {"1"')
    (back,) = read(edited, format="ris").references
    assert [name.original for name in back.editors] == [None]
    assert "@model" in back.extra
    again = write([back], format="ris")
    assert [d.field for d in again.dropped] == ["extra.@model"]


# Every field of the model: names in two scripts with every part, archives with a romanized
# and translated name, every locator system, dates with ranges and approximate ends, every
# identifier scheme, each kind of reference.
_WORD = st.text(st.sampled_from("abzABZабжАБЖ字漢かナ’ -,.0"), min_size=1, max_size=8).filter(
    str.strip
)
_SCHEMES = st.sampled_from(["bgn-pcgn", "ala-lc", "hepburn", "pinyin", "x.y"])
texts = st.builds(
    Text,
    original=_WORD,
    lang=st.sampled_from([None, "ru", "ru-Latn", "ja", "zh", "en"]),
    romanized=st.dictionaries(_SCHEMES, _WORD, max_size=2),
    translations=st.dictionaries(st.sampled_from(["en", "ja", "ru"]), _WORD, max_size=2),
)
names = st.builds(
    Name,
    family=_WORD,
    given=st.none() | _WORD,
    patronymic=st.none() | _WORD,
    non_dropping_particle=st.none() | st.sampled_from(["van", "De", "de la"]),
    dropping_particle=st.none() | st.sampled_from(["van", "d'"]),
    suffix=st.none() | st.sampled_from(["Jr.", "III"]),
    original=st.none() | _WORD,
    lang=st.sampled_from([None, "ru", "ja", "zh", "ja-Latn"]),
    romanized=st.dictionaries(_SCHEMES, _WORD, max_size=2),
    order=st.none() | st.sampled_from(NameOrder),
) | st.builds(Name, literal=_WORD, original=st.none() | _WORD)
name_lists = st.lists(names, max_size=2).map(tuple)
_NUMBER = st.none() | st.integers(1, 9999).map(str)
folios = st.lists(
    st.builds(
        FolioRange,
        start=st.builds(Folio, number=st.integers(1, 999), verso=st.booleans()),
        end=st.none() | st.builds(Folio, number=st.integers(1, 999), verso=st.booleans()),
    ),
    max_size=2,
).map(tuple)
locators = st.one_of(
    st.builds(RussianLocator, fond=_NUMBER, opis=_NUMBER, delo=_NUMBER, tom=_NUMBER,
              sviazka=_NUMBER, year=_NUMBER, folios=folios),
    st.builds(JapaneseLocator, reference_code=st.none() | st.just("C01003827600"),
              call_number=_NUMBER, volume_title=st.none() | _WORD, pages=_NUMBER),
    st.builds(ChineseLocator, quanzong=_NUMBER, mulu=_NUMBER, anjuan=_NUMBER,
              file_number=_NUMBER),
    st.builds(NaraLocator, record_group=_NUMBER, entry=_NUMBER, box=_NUMBER, lot=_NUMBER),
    st.builds(TnaLocator, department=st.sampled_from(["FO", "WO"]), series=_NUMBER,
              piece=_NUMBER, folios=folios),
    st.builds(GenericLocator, collection=st.none() | _WORD, box=_NUMBER, item=_NUMBER),
)  # fmt: skip
points = st.builds(
    PartialDate, year=st.integers(1700, 2030), month=st.none() | st.integers(1, 12),
    circa=st.booleans(),
)  # fmt: skip
dates = st.builds(DateRange, start=points, end=st.none() | points)
identifiers = st.lists(
    st.builds(
        Identifier,
        scheme=st.sampled_from(["doi", "isbn", "issn", "jacar", "patent", "handle"]),
        value=st.sampled_from(["10.1000/1", "9780201362992", "0201362996", "1234-5678", "x y"]),
    ),
    max_size=3,
).map(tuple)
_COMMON = {
    "id": st.none() | _WORD,
    "title": st.none() | texts,
    "authors": name_lists,
    "editors": name_lists,
    "date": st.none() | dates,
    "accessed": st.none() | dates,
    "language": st.sampled_from([None, "ru", "ja", "en"]),
    "identifiers": identifiers,
    "abstract": st.none() | texts,
    "keywords": st.lists(_WORD, max_size=2).map(tuple),
    "note": st.none() | _WORD,
    "url": st.none() | st.just("https://example.org/a b"),
}
archival = st.builds(
    ArchivalReference,
    **_COMMON,
    archive=st.none()
    | st.builds(
        ArchiveRef,
        id=st.sampled_from([None, "garf", "avp-rf", "naj"]),
        name=st.none() | texts,
        via=st.none() | st.just("jacar"),
    ),
    locator=st.none() | locators,
    locator_text=st.none() | _WORD,
    document_type=st.none() | st.sampled_from(DocumentType),
    document_number=_NUMBER,
    creators=name_lists,
    recipients=name_lists,
    classification=st.none() | st.sampled_from(["Secret", "Совершенно секретно"]),
    collection_title=st.none() | texts,
)
published = st.sampled_from(
    ["book", "collection", "article", "chapter", "thesis", "webpage", "legal", "newspaper"]
).flatmap(
    lambda kind: st.fixed_dictionaries(
        {
            **_COMMON,
            "container_title": st.none() | texts,
            "publisher": st.none() | texts,
            "place": st.none() | texts,
            "series": st.none() | texts,
            "translators": name_lists,
            "volume": _NUMBER,
            "issue": _NUMBER,
            "pages": st.none() | st.sampled_from(["198-218", "5"]),
            "edition": _NUMBER,
            "number_of_volumes": _NUMBER,
            **({"degree": st.none() | _WORD} if kind == "thesis" else {}),
            **({"container_authors": name_lists} if kind == "chapter" else {}),
            **({"parties": name_lists} if kind == "legal" else {}),
        }
    ).map(lambda fields: REFERENCE_ADAPTER.validate_python({"kind": kind, **fields}))
)


@pytest.mark.parametrize("format_name", FORMATS)
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reference=archival | published)
def test_any_reference_with_every_part_round_trips_exactly(
    format_name: str, reference: ReferenceKind
) -> None:
    assert _round_trip([reference], format_name).dropped == ()


@pytest.mark.parametrize("format_name", FORMATS)
def test_a_users_own_at_model_extra_is_reported(format_name: str) -> None:
    reference = _side(*SIDES["hua-linfu"])
    mine = reference.model_copy(update={"extra": {"@model": "mine", "locator": "144"}})
    result = write([mine], format=format_name)
    assert [d.field for d in result.dropped] == ["extra.@model"]
    (back,) = read(result.text, format=format_name).references
    assert back.extra == {"locator": "144"}
    assert back.authors == reference.authors
