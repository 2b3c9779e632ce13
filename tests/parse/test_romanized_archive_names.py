"""An archive's Russian name is found in whichever scheme a citation romanizes it: the registry
keeps "Arkhiv UFSB RF po Respublike Mariy El", a Memorial note romanized in ALA-LC prints "Mariĭ
Ėl", one in GOST 7.79-B "Arxiv ... Marij Èl" (bench/romanized_copies.py). Checked for every
Russian name of every registered archive, in each scheme of archivecite's romanizer."""

from __future__ import annotations

import pytest

from archivecite.parse.archival import find_archives
from archivecite.registry import default_registry, fold_latin_marks
from archivecite.translit import romanize_russian

SCHEMES = ("bgn-pcgn", "ala-lc", "ala-lc-ascii", "gost-7.79-b", "scientific", "iso9")
NAMES = sorted(
    {(archive.id, name) for archive in default_registry() for name in archive.names.get("ru", [])}
)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_russian_name_is_found_in_every_scheme(scheme: str) -> None:
    misses = []
    for archive_id, name in NAMES:
        written = romanize_russian(name, scheme=scheme)
        hits = find_archives(f"{written}. F. 1. Op. 2. D. 3. L. 4.")
        # a name several archives share (a former name reused) is any of theirs
        owners = {match.archive.id for match in default_registry().matches(name)}
        whole = hits and hits[0].start == 0 and hits[0].end == len(written)
        if not whole or hits[0].match.archive.id not in owners | {archive_id}:
            misses.append((archive_id, written))
    assert not misses


# Real notes (the Memorial essay 'История осуждений по спискам', stalin.memo.ru, note 18; a
# note romanized by hand as English-language books print it) and texts no archive is named in.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arkhiv UFSB RF po Respublike Mariĭ Ėl. D. 595. L. 186–189.", "ufsb-mari-el"),
        ("Arxiv UFSB RF po Respublike Marij Èl. D. 595. L. 186–189.", "ufsb-mari-el"),
        ("Arhiv UFSB RF po Respublike Marij Èl, d. 595, l. 186.", "ufsb-mari-el"),
        ("Arkhiv UFSB RF po Respublike Marii El, d. 595, l. 186.", "ufsb-mari-el"),
        # Ukrainian letters of an abbreviation romanized as Russian (РДАСПІ)
        ("RDASPĪ, f. 17, op. 3, spr. 925, ark. 8.", "rgaspi"),
        # the republic alone, and a committee of the same words, are no archive
        ("Respublika Mariĭ Ėl. Ĭoshkar-Ola, 2001. 120 s.", None),
        ("T͡Sentralʹnyĭ komitet VKP(b). Moskva, 1937.", None),
    ],
)
def test_romanized_name_finds_its_archive(text: str, expected: str | None) -> None:
    hits = find_archives(text)
    assert (hits[0].match.archive.id if hits else None) == expected


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Mariĭ Ėl", "Marii El"),
        ("štabom marijskix", "stabom marijskix"),
        ("Gaimushō Gaikō Shiryōkan", "Gaimusho Gaiko Shiryokan"),
        # Cyrillic and kana keep their marks: й is no и, が no か
        ("Марий Эл", "Марий Эл"),
        ("外務省が", "外務省が"),
    ],
)
def test_fold_latin_marks(text: str, folded: str) -> None:
    assert fold_latin_marks(text) == folded
    assert len(fold_latin_marks(text)) == len(text)
