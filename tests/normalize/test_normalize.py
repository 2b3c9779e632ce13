"""Normalization: canonical forms, diagnostics instead of silent fixes, idempotence."""

from __future__ import annotations

from hypothesis import given, settings

from archivecite import (
    ArchivalReference,
    ArchiveRef,
    Folio,
    FolioRange,
    Parsed,
    RussianLocator,
    Text,
    normalize,
    normalize_all,
    parse_citation,
    parse_citations,
)
from tests import strategies
from tests.conftest import EXAMPLES, load_corpus


def _seed_references() -> list[ArchivalReference]:
    text = (EXAMPLES / "katasonova2020_references.txt").read_text(encoding="utf-8")
    return [
        r.reference
        for r in parse_citations(text, source="k.txt")  # type: ignore[misc]
        if isinstance(r, Parsed)
    ]


def test_seed_list_diagnostics() -> None:
    results = normalize_all(_seed_references())
    codes = {
        (index + 1, item.code, item.value)
        for index, result in enumerate(results)
        for item in result.diagnostics
    }
    assert (13, "letter-outside-scheme", "c") in codes
    assert (18, "probable-locator-typo", "178499") in codes
    assert (19, "probable-locator-typo", "78499") in codes


def test_typo_is_reported_with_lines_not_resolved() -> None:
    results = normalize_all(_seed_references())
    typo = next(item for item in results[17].diagnostics if item.code == "probable-locator-typo")
    assert typo.line == 35
    assert typo.source == "k.txt"
    assert typo.message == (
        "tsamo fond 66: opis '178499' (entry 18) and '78499' (entry 19) differ by one "
        "character; a typo?"
    )
    locator = results[18].reference.locator  # type: ignore[union-attr]
    assert isinstance(locator, RussianLocator)
    assert locator.opis == "78499"


def test_archive_id_from_a_former_name_with_a_note() -> None:
    reference = ArchivalReference(archive=ArchiveRef(name=Text(original="TsGAOR SSSR")))
    result = normalize(reference)
    assert result.reference.archive == ArchiveRef(id="garf", name=Text(original="TsGAOR SSSR"))
    assert [item.code for item in result.diagnostics] == ["historical-archive-name"]
    assert "renamed 1992" in result.diagnostics[0].message


def test_unknown_archive_is_reported() -> None:
    reference = ArchivalReference(archive=ArchiveRef(name=Text(original="Arkhiv Atlantidy")))
    result = normalize(reference)
    assert result.reference.archive is not None
    assert result.reference.archive.id is None
    assert result.diagnostics[0].code == "unknown-archive"


def test_impossible_locators_are_flagged_not_fixed() -> None:
    locator = RussianLocator(
        fond="Р 9401",
        delo="5",
        folios=(FolioRange(start=Folio(number=47), end=Folio(number=46)),),
    )
    result = normalize(ArchivalReference(archive=ArchiveRef(id="garf"), locator=locator))
    normalized = result.reference.locator
    assert isinstance(normalized, RussianLocator)
    assert normalized.fond == "R-9401"
    assert normalized.folios == locator.folios
    assert {item.code for item in result.diagnostics} == {
        "reversed-folio-range",
        "delo-without-opis",
    }


def test_mixed_script_word_is_reported() -> None:
    title = Text(original="Доклад о лагерях НКВД CCCP", lang="ru")
    result = normalize(ArchivalReference(title=title))
    assert [item.value for item in result.diagnostics] == ["CCCP"]


def test_mixed_script_word_of_the_citation_is_reported_after_parsing() -> None:
    # the parser reads "GАRF" (Cyrillic А) as GARF; the warning comes from the text as printed
    parsed = parse_citation("GАRF, f. 9401, op. 2, d. 582, l. 9")
    assert isinstance(parsed, Parsed)
    reference = parsed.reference
    assert isinstance(reference, ArchivalReference)
    assert reference.archive is not None
    assert reference.archive.id == "garf"
    result = normalize(reference)
    assert [(item.field, item.value) for item in result.diagnostics] == [("citation", "GАRF")]


@settings(max_examples=60, deadline=None)
@given(strategies.archival_reference)
def test_normalize_is_idempotent(reference: ArchivalReference) -> None:
    once = normalize(reference).reference
    assert normalize(once).reference == once


def test_normalize_is_idempotent_on_the_corpus() -> None:
    texts = [item["text"] for item in load_corpus("archival_citations.toml", "citation")]
    for result in parse_citations(texts):
        if isinstance(result, Parsed):
            once = normalize(result.reference).reference
            assert normalize(once).reference == once


def test_list_findings_name_variants_and_mixed_schemes() -> None:
    lines = [
        "Saitō 1995 - Saitō R. (1995). Shiberia no banka [The Song of Siberia]. Tsuruoka: "
        "Shūsen shiryōkan shuppan-bu. (In Japanese)",
        # the seed's Saitō (1995) as a co-author's list spells it, without macrons
        "Saito R. (1995). Shiberia no banka [The Song of Siberia]. Tsuruoka: "
        "Shusen shiryokan shuppan-bu. (In Japanese)",
        "Galitskiy, V. P. (1991). Yaponskiye voyennoplennyye v SSSR: pravda i domysly "
        "[Japanese Prisoners of War in the USSR]. Voyenno-istoricheskiy zhurnal. 4, 58-73. "
        "(In Russian)",
        "Kuznetsov, S. I. (1997). Yapontsy v sibirskom plenu (1945-1956) [The Japanese in "
        "Siberian Captivity]. Irkutsk: Sibir’. (In Russian)",
        # the seed's Karpov (1997) title in ALA-LC instead of the list's BGN/PCGN
        "Karpov, V. V. (1997). Plenniki Stalina. Sibirskoe internirovanie iaponskoi armii "
        "[Stalin’s Prisoners]. Kiev: Institute of Ukrainian Studies. (In Russian)",
    ]
    references = [r.reference for r in parse_citations(lines) if isinstance(r, Parsed)]
    results = normalize_all(references)
    codes = [[item.code for item in result.diagnostics] for result in results]
    assert "macron-variants" in codes[0]
    assert "macron-variants" in codes[1]
    assert "mixed-romanization" in codes[4]
    assert "mixed-romanization" not in codes[2] + codes[3]
