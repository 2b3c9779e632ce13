"""Belarusian and Ukrainian locators of the Russian system: Belarusian ``Воп.`` (вопіс, the
inventory) and ``адв.`` (адварот, the verso), the language a note's level words tell when its
letters do not (``Воп.`` Belarusian; ``спр.``, ``арк.`` Ukrainian), and a level no keyword names,
which stays in ``locator_text`` with the locator as printed instead of vanishing."""

from __future__ import annotations

import pytest

from archivecite import Parsed, archival_fields, parse_citation
from archivecite.model import ArchivalReference


def _reference(text: str) -> ArchivalReference:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference = result.reference
    assert isinstance(reference, ArchivalReference), reference
    return reference


@pytest.mark.parametrize(
    ("text", "fields", "language"),
    [
        pytest.param(
            # no real Belarusian note was found in the search tool's corpora: the Kyiv caption
            # below with its level words put into Belarusian (вопіс, адварот), a perturbation
            "Ф. Р-391, воп. 1, спр. 243, арк. 2",
            {"fond": "R-391", "opis": "1", "delo": "243", "folios": "2"},
            "be",
            id="belarusian-levels",
        ),
        pytest.param(
            "Ф. Р-391, воп. 1, спр. 243, арк. 2 адв.",
            {"fond": "R-391", "opis": "1", "delo": "243", "folios": "2v"},
            "be",
            id="belarusian-verso",
        ),
        pytest.param(
            # tests/data/archival_citations_holdout4.toml: Державний архів міста Києва, online
            # exhibition on the Holodomor, a caption (https://archive.kyivcity.gov.ua/index.php/
            # hromadianam/vystavky/628-do-rokovyn-vshanuvannia-pamiati-zhertv-holodomoru-1932-
            # 1933-rr-v-ukraini): no Ukrainian letter, Ukrainian level words
            "Ф. Р-391, оп.1, спр. 243, арк. 2",
            {"fond": "R-391", "opis": "1", "delo": "243", "folios": "2"},
            "uk",
            id="ukrainian-words-without-ukrainian-letters",
        ),
        pytest.param(
            # Архивная служба Удмуртской Республики, 'От Вотского (Удмуртского) бюро Истпарта до
            # ЦДНИ', document no. 4 (http://gasur.narod.ru/cdni/doc/history_cdni/doc0304.htm;
            # pages corpus of the search tool): Russian words, the copy's description after it
            "ЦДНИ УР, ф.16, оп.1, д.1050, л.10. Подлинник. Машинопись.",
            {"fond": "16", "opis": "1", "delo": "1050", "folios": "10"},
            "ru",
            id="russian-words-stay-russian",
        ),
    ],
)
def test_level_words_read_and_tell_the_language(
    text: str, fields: dict[str, str], language: str
) -> None:
    reference = _reference(text)
    found = archival_fields(reference)
    assert {name: found[name] for name in fields} == fields
    assert (reference.language, reference.locator_text) == (language, None)


@pytest.mark.parametrize(
    ("text", "locator_text"),
    [
        pytest.param(
            "ЦДНИ УР, ф.16, бух.1, д.1050, л.10.",
            "ф.16, бух.1, д.1050, л.10",
            id="unknown-level-inside",
        ),
        pytest.param(
            "ЦДНИ УР, ф.16, оп.1, д.1050, л.10, бух.7.",
            "ф.16, оп.1, д.1050, л.10, бух.7",
            id="unknown-level-after",
        ),
    ],
)
def test_a_level_no_keyword_names_stays_in_the_locator_text(text: str, locator_text: str) -> None:
    # the Udmurt note above with "бух." (no level word of any language the registry knows) put
    # in, a perturbation: the levels around it are read and the locator is kept as printed,
    # with a lower confidence than the note read whole
    reference = _reference(text)
    assert (archival_fields(reference)["delo"], reference.locator_text) == ("1050", locator_text)
    result = parse_citation(text)
    whole = parse_citation("ЦДНИ УР, ф.16, оп.1, д.1050, л.10.")
    assert isinstance(result, Parsed)
    assert isinstance(whole, Parsed)
    assert result.confidence < whole.confidence
