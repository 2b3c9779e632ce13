"""Lint helpers: mixed schemes in a list, macron variants, letters a scheme cannot write."""

from __future__ import annotations

from archivecite.translit import (
    MacronVariant,
    SchemeViolation,
    macron_variants,
    mixed_schemes,
    scheme_violations,
)


def test_mixed_schemes_finds_the_majority_and_the_outlier() -> None:
    result = mixed_schemes(
        [
            "Yaponskiye voyennoplennyye v SSSR",
            "Sovetskaya politika",
            "Iaponskie voennoplennye v SSSR",
            "Japanese prisoners of war",
        ]
    )
    assert result.majority == "bgn-pcgn"
    assert [fit.index for fit in result.outliers] == [2]
    assert result.fits[3].schemes == ()  # English is not judged
    assert result.is_mixed


def test_one_scheme_is_not_mixed() -> None:
    result = mixed_schemes(["Sovetskaya politika", "Rossiyskaya Federatsiya"])
    assert result.majority == "bgn-pcgn"
    assert not result.is_mixed


def test_no_romanization_has_no_majority() -> None:
    assert mixed_schemes(["The history of the war"]).majority is None


def test_macron_variants() -> None:
    found = macron_variants(["Saito Makoto", "Saitō Makoto", "SAITO", "Tôkyô", "Tōkyō", "Sato"])
    assert found == [
        MacronVariant(folded="saito", forms=("Saito", "Saitō"), indices=(0, 1, 2)),
        MacronVariant(folded="tokyo", forms=("Tôkyô", "Tōkyō"), indices=(3, 4)),
    ]


def test_case_alone_is_not_a_variant() -> None:
    assert macron_variants(["Saitō", "SAITŌ"]) == []


def test_scheme_violations_the_seed_c() -> None:
    assert scheme_violations(["SSSR c Prezidentami", "Moskva"], scheme="bgn") == [
        SchemeViolation(
            index=0, text="SSSR c Prezidentami", scheme="bgn-pcgn", letter="c", offset=5
        )
    ]
