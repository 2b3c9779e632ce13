"""A JACAR reference code printed under its label with a digit too few: a slip the library does
not correct (which digit went missing cannot be known), kept as printed in ``locator_text``,
where it agrees with no code. Real texts, each with its source."""

from __future__ import annotations

from archivecite import ArchivalReference, JapaneseLocator
from archivecite.dedupe import record_keys
from tests.parse.helpers import parsed_as

# The Airiti Library reference list of a Taiwanese journal article (2018) on the 1919 Tientsin
# incidents, as stored in the search tool's pages corpus (tests/data/archival_citations_holdout8
# .toml, the item 'Compilation of Statements'): the part after its ';', naming JACAR and the code
# 'B1208093100' (ten digits; JACAR's have eleven).
AIRITI_JACAR_PART = "日本國立公文書館アジア歴史資料センター,レファレンスコード: B1208093100 。"


def test_a_code_with_a_digit_too_few_is_kept_as_printed() -> None:
    reference = parsed_as(AIRITI_JACAR_PART, ArchivalReference)
    assert reference.locator == JapaneseLocator()
    assert reference.locator_text == "B1208093100"
    assert reference.archive is not None
    assert reference.archive.id == "jacar"  # named by the text, not guessed from the letter
    keys = record_keys(0, reference)
    assert "jacar" not in keys.identifiers  # no code to agree or disagree with
    assert not keys.locator


def test_the_slip_beside_a_call_number_leaves_the_call_number_read() -> None:
    """The whole item: the Foreign Ministry's call number is the locator; the slip adds none."""
    text = (
        "“Compilation of Statements,” Enclosure 1 of “The Japanese Consul General (Funatsu) at "
        "Tientsin to the American Consul General at Tientsin (Heinzleman),”August 4, 1919, "
        "日本外務省外交史料館藏,《外務省紀錄》,N-1-7-1-1_2_002;日本國立公文書館アジア歴史資料センター,"
        "レファレンスコード: B1208093100 。( 以下簡稱日本《外務省紀錄》,N-1-7-1-1_2_002)"
    )
    reference = parsed_as(text, ArchivalReference)
    assert isinstance(reference.locator, JapaneseLocator)
    assert reference.locator.call_number == "N-1-7-1-1_2_002"
    assert reference.locator.reference_code is None
    assert reference.locator_text is None
