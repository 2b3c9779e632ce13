"""Script and scheme detection, homoglyphs, impossible letters."""

from __future__ import annotations

import pytest

from archivecite.model import Script
from archivecite.translit import (
    detect_scheme,
    detect_script,
    impossible_letters,
    mixed_script_words,
    unmix_homoglyphs,
)

SCHEME_ROWS = [
    ("Yaponskiye voyennoplennyye v SSSR: pravda i domysly", ("bgn-pcgn",), "seed bgn"),
    ("Arkhiv vneshney politiki Rossiyskoy Federatsii", ("bgn-pcgn",), "seed avp"),
    ("Kiyev-L’vov", ("bgn-pcgn",), "seed kiev"),
    (
        "Soglasheniye mezhdu pravitel’stvami Sovetskogo Soyuza i Yaponii o litsakh",
        ("bgn-pcgn",),
        "regression: soft sign inside a consonant cluster",
    ),
    ("Iaponskie voennoplennye v SSSR", ("ala-lc-ascii",), "lc without diacritics"),
    ("I︠a︡ponskie voennoplennye v SSSR", ("ala-lc",), "lc half marks"),
    ("Gosudarstvennyĭ arkhiv Rossiĭskoĭ Federat͡sii", ("ala-lc",), "lc breve"),
    ("Japonskie voennoplennye v SSSR", ("scientific",), "scientific"),
    ("Âponskie voennoplennye v SSSR", ("iso9",), "iso9"),
    ("The capture of servicemen of the Kwantung army", (), "english"),
    ("Yaponskiye voennoplennye", (), "mixed bgn and lc"),
    (
        "Perepiska Predsedatelya Soveta Ministrov SSSR c Prezidentami SShA",
        (),
        "seed stray latin c",
    ),
    ("Японские военнопленные", (), "not latin"),
]


@pytest.mark.parametrize(("text", "schemes", "why"), SCHEME_ROWS, ids=[r[2] for r in SCHEME_ROWS])
def test_detect_scheme(text: str, schemes: tuple[str, ...], why: str) -> None:
    assert detect_scheme(text) == schemes


SCRIPT_ROWS = [
    ("Японские военнопленные", Script.CYRILLIC),
    ("Yaponskiye voyennoplennyye", Script.LATIN),
    ("シベリア抑留", Script.KANA),
    ("東京は", Script.KANA),
    ("中国历史", Script.HAN),
    ("한국", Script.HANGUL),
    ("1945–1956", Script.COMMON),
]


@pytest.mark.parametrize(("text", "script"), SCRIPT_ROWS, ids=[r[0] for r in SCRIPT_ROWS])
def test_detect_script(text: str, script: Script) -> None:
    assert detect_script(text) is script


def test_mixed_script_words() -> None:
    # Latin "c" standing for Cyrillic "с", and a Latin C inside a Cyrillic word.
    text = "Переписка СССР c Президентами и Cоюз"
    assert mixed_script_words(text) == [("c", 15, 16), ("Cоюз", 32, 36)]


def test_mixed_script_words_cyrillic_in_latin() -> None:
    assert mixed_script_words("Arkhiv vneshney pоlitiki") == [("pоlitiki", 16, 24)]
    assert mixed_script_words("Perepiska SSSR c Prezidentami") == []


@pytest.mark.parametrize(
    ("text", "unmixed"),
    [
        ("GАRF, f. 9401", "GARF, f. 9401"),  # a Cyrillic А in a Latin word
        ("ГАРФ. Ф. P-9401. Oп. 2", "ГАРФ. Ф. Р-9401. Оп. 2"),  # Latin P and O among Cyrillic
        ("Доклад о лагерях НКВД CCCP", "Доклад о лагерях НКВД СССР"),
        ("Perepiska SSSR c Prezidentami", "Perepiska SSSR c Prezidentami"),  # all Latin already
        ("Gдansk", "Gдansk"),  # letters of both scripts that are no look-alikes: left alone
        # look-alikes of both scripts, written in the script around them (constructed: a
        # Cyrillic р typed in "pp." of an English reference list, as a repository's citation
        # export printed it)
        (
            "Vestnik, 2020, vol. 65, iss. 2, рp. 646–667.",
            "Vestnik, 2020, vol. 65, iss. 2, pp. 646–667.",
        ),
        ("М., 1991. Ср. 12", "М., 1991. Ср. 12"),  # a Cyrillic word of look-alikes: unchanged
    ],
)
def test_unmix_homoglyphs(text: str, unmixed: str) -> None:
    assert unmix_homoglyphs(text) == unmixed
    assert len(unmix_homoglyphs(text)) == len(text)


IMPOSSIBLE = [
    ("Perepiska SSSR c Prezidentami SShA", "bgn-pcgn", [("c", 15)]),
    ("Tsentral’nyy arkhiv", "bgn-pcgn", []),
    ("Chaikovskii", "bgn-pcgn", []),
    ("Xruščëv", "bgn-pcgn", [("X", 0), ("š", 3), ("č", 4)]),
    ("Hruŝëv", "iso9", []),
    ("Washington", "iso9", [("W", 0)]),
    ("quo", "ala-lc", [("q", 0)]),
]


@pytest.mark.parametrize(("text", "scheme", "found"), IMPOSSIBLE, ids=[r[0] for r in IMPOSSIBLE])
def test_impossible_letters(text: str, scheme: str, found: list[tuple[str, int]]) -> None:
    assert impossible_letters(text, scheme) == found
