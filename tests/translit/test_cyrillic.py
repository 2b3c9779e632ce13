"""Latin back to Cyrillic, and the ISO 9 round trip."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archivecite.translit import UnknownSchemeError, romanize_russian, to_cyrillic

ROWS = [
    (
        "bgn-pcgn",
        "Yaponskiye voyennoplennyye v SSSR: pravda i domysly",
        "Японские военнопленные в СССР: правда и домыслы",
    ),
    (
        "bgn-pcgn",
        "Arkhiv vneshney politiki Rossiyskoy Federatsii",
        "Архив внешней политики Российской Федерации",
    ),
    ("bgn-pcgn", "Prem’yer-ministrami", "Премьер-министрами"),
    ("bgn-pcgn", "Kiyev-L’vov", "Киев-Львов"),
    ("bgn-pcgn", "etikh", "этих"),
    ("bgn-pcgn", "Sovetskiy", "Советский"),
    ("bgn-pcgn", "Glavnokomanduyushchemu", "Главнокомандующему"),
    ("ala-lc", "I͡aponskie voennoplennye v SSSR", "Японские военнопленные в СССР"),
    ("ala-lc", "I︠a︡ponskie voennoplennye", "Японские военнопленные"),
    ("ala-lc", "I︠A︡ponskie voennoplennye", "Японские военнопленные"),
    ("ala-lc", "I͡Uriĭ Slept͡sov, T͡Sentr", "Юрий Слепцов, Центр"),
    (
        "ala-lc",
        "Gosudarstvennyĭ arkhiv Rossiĭskoĭ Federat͡sii",
        "Государственный архив Российской Федерации",
    ),
    ("ala-lc", "Ėpokha Pëtra", "Эпоха Пётра"),
    ("ala-lc", "Iaponskie voennoplennye", "Японские военнопленные"),
    ("ala-lc-ascii", "Sovetskii Soiuz", "Советский Союз"),
    ("ala-lc-ascii", "istoriia Rossii", "история России"),
    ("ala-lc-ascii", "Obʺedinenie", "Объединение"),
    ("ala-lc-ascii", "Sibir'", "Сибирь"),
    ("iso9", "Ŝëkin, Ûliâ, sʺešʹ", "Щёкин, Юлия, съешь"),
    ("scientific", "Xruščëv", "Хрущёв"),
    ("scientific", "Julija", "Юлия"),
]


@pytest.mark.parametrize(("scheme", "latin", "cyrillic"), ROWS, ids=[r[1][:30] for r in ROWS])
def test_to_cyrillic(scheme: str, latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin, scheme=scheme) == cyrillic


def test_irreversible_scheme_is_refused() -> None:
    with pytest.raises(UnknownSchemeError) as caught:
        to_cyrillic("mir", scheme="wikipedia")
    assert caught.value.valid == ("ala-lc", "ala-lc-ascii", "bgn-pcgn", "iso9", "scientific")


RUSSIAN_WORDS = st.text(
    alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ ,-", max_size=30
)


@given(RUSSIAN_WORDS)
def test_iso9_round_trip(text: str) -> None:
    assert to_cyrillic(romanize_russian(text, scheme="iso9"), scheme="iso9") == text


@given(st.text(max_size=30))
def test_to_cyrillic_never_raises(text: str) -> None:
    for scheme in ("ala-lc", "ala-lc-ascii", "bgn-pcgn", "iso9", "scientific"):
        assert isinstance(to_cyrillic(text, scheme=scheme), str)
