from __future__ import annotations

import pytest
from hypothesis import given
from pydantic import ValidationError

from archivecite.errors import LocatorError
from archivecite.model import (
    REFERENCE_ADAPTER,
    BookReference,
    Folio,
    FolioRange,
    JapaneseLocator,
    Name,
    PartialDate,
    RussianLocator,
    Text,
    TnaLocator,
    folios_from_canonical,
    folios_to_canonical,
)
from archivecite.model.locator import canonical_number
from tests import strategies


@pytest.mark.parametrize(
    ("canonical", "ranges"),
    [
        ("9-12v", (FolioRange(start=Folio(number=9), end=Folio(number=12, verso=True)),)),
        ("46v-47", (FolioRange(start=Folio(number=46, verso=True), end=Folio(number=47)),)),
        (
            "1, 3-5",
            (
                FolioRange(start=Folio(number=1)),
                FolioRange(start=Folio(number=3), end=Folio(number=5)),
            ),
        ),
        ("12а", (FolioRange(start=Folio(number=12, suffix="а")),)),
    ],
    ids=["range-ending-verso", "verso-start", "list", "letter-suffix"],
)
def test_canonical_folios(canonical: str, ranges: tuple[FolioRange, ...]) -> None:
    assert folios_from_canonical(canonical) == ranges
    assert folios_to_canonical(ranges) == canonical


@given(strategies.folio_range)
def test_canonical_folio_notation_round_trips(folio_range: FolioRange) -> None:
    assert folios_from_canonical(str(folio_range)) == (folio_range,)


def test_same_folio_twice_is_a_single_folio() -> None:
    assert FolioRange(start=Folio(number=5), end=Folio(number=5)).end is None


def test_reversed_range_is_kept_and_flagged() -> None:
    assert FolioRange(start=Folio(number=47), end=Folio(number=46)).is_reversed


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Р-9401", "R-9401"),
        ("Р 9401", "R-9401"),
        ("р9401", "R-9401"),
        ("П-1", "P-1"),
        ("17", "17"),
        ("19-а", "19-а"),
        ("641/1", "641/1"),
        ("4С/П", "4С/П"),
        ("5, 7 и 9", "5, 7, 9"),
        ("1 – 3", "1-3"),
    ],
)
def test_canonical_number(written: str, canonical: str) -> None:
    assert canonical_number(written) == canonical


def test_jacar_code_names_its_holding_archive() -> None:
    assert JapaneseLocator(reference_code="c01003827600").holding_archive == "nids"
    assert JapaneseLocator(reference_code="B02030000300").holding_archive == "mofa-da"
    assert JapaneseLocator(reference_code="A03023000000").holding_archive == "naj"


def test_malformed_jacar_code_is_refused_with_the_value() -> None:
    with pytest.raises(ValidationError) as raised:
        JapaneseLocator(reference_code="C0100382760")
    cause = raised.value.errors()[0]["ctx"]["error"]
    assert isinstance(cause, LocatorError)
    assert str(cause) == (
        "reference_code: expected one capital letter and 11 digits, found 'C0100382760'"
    )


def test_tna_reference() -> None:
    locator = TnaLocator(department="FO", series="371", piece="46234")
    assert locator.reference == "FO 371/46234"


def test_fond_prefix() -> None:
    assert RussianLocator(fond="R-9401").fond_prefix == "R"
    assert RussianLocator(fond="17").fond_prefix == ""


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        (Name(family="Galitskiy", given="V. P."), "Galitskiy, V. P."),
        (Name(family="古海", given="忠之", lang="ja"), "古海忠之"),
        (Name(family="Furumi", given="Tadayuki", lang="ja"), "Furumi Tadayuki"),
        (Name(literal="Institute of Oriental Studies RAS"), "Institute of Oriental Studies RAS"),
        (Name(family="Gogh", given="Vincent", non_dropping_particle="van"), "van Gogh, Vincent"),
        (Name(family="Beethoven", given="Ludwig", dropping_particle="van"), "Beethoven, Ludwig van"),
        (Name(family="King", given="Martin Luther", suffix="Jr."), "King, Martin Luther, Jr."),
    ],
    ids=[
        "russian", "japanese-kanji", "japanese-romanized", "institution", "non-dropping-particle",
        "dropping-particle", "suffix",
    ],
)  # fmt: skip
def test_name_display(name: Name, shown: str) -> None:
    assert name.display() == shown


def test_a_name_needs_something() -> None:
    with pytest.raises(ValidationError):
        Name()


def test_partial_dates() -> None:
    assert PartialDate.from_iso("1945-08").iso() == "1945-08"
    with pytest.raises(ValidationError):
        PartialDate(year=1945, day=3)


@given(strategies.archival_reference)
def test_reference_json_round_trips_exactly(reference: object) -> None:
    dumped = REFERENCE_ADAPTER.dump_json(reference)  # type: ignore[arg-type]
    assert REFERENCE_ADAPTER.validate_json(dumped) == reference


@given(strategies.published_reference)
def test_published_reference_with_keywords_and_abstract_round_trips(reference: object) -> None:
    dumped = REFERENCE_ADAPTER.dump_json(reference)  # type: ignore[arg-type]
    assert REFERENCE_ADAPTER.validate_json(dumped) == reference


def test_keywords_and_abstract_default_to_empty() -> None:
    reference = BookReference(title=Text(original="Sbornik"))
    assert (reference.keywords, reference.abstract) == ((), None)
