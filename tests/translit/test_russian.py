"""Russian, Ukrainian and Belarusian romanization."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archivecite.errors import ArchiveciteError
from archivecite.translit import SCHEMES, UnknownSchemeError, romanize, romanize_russian
from archivecite.translit.schemes import iuliia_definition, scheme_spec

ALA_LC = [
    # Real catalogue headings and titles (Library of Congress records).
    # A tied pair at the head of a capitalized word takes two capitals, as in LC records
    # (I︠A︡kova, I︠U︡riĭ, I︠A︡roslavlʹ in the corpus; I︠A︡ponskie in LC's own catalogue).
    ("Японские военнопленные в СССР", "I͡Aponskie voennoplennye v SSSR", "title-initial ia"),
    ("Центр", "T͡Sentr", "title-initial ts"),
    ("Юрий Слепцов", "I͡Uriĭ Slept͡sov", "title-initial iu, medial ts"),
    ("Русский архив", "Russkiĭ arkhiv", "short i"),
    (
        "Государственный архив Российской Федерации",
        "Gosudarstvennyĭ arkhiv Rossiĭskoĭ Federat͡sii",
        "garf",
    ),
    ("Военно-исторический журнал", "Voenno-istoricheskiĭ zhurnal", "hyphenated"),
    ("Сибирь", "Sibirʹ", "soft sign"),
    ("Объединение", "Obʺedinenie", "hard sign"),
    ("Щукин", "Shchukin", "shch"),
    ("Эпоха", "Ėpokha", "e dot"),
    ("Пётр Фёдорович", "Pëtr Fëdorovich", "yo is e diaeresis (iuliia gap)"),
    ("Міръ", "Mīr", "pre-1918 i and final hard sign dropped"),
    ("Ѳедоръ", "Ḟedor", "fita"),
    ("свѣтъ", "svi͡et", "yat with tie"),
    ("мѵро", "mẏro", "izhitsa"),
    ("Подъёмъ", "Podʺëm", "medial hard sign kept"),
]
ALA_LC_IDS = [row[2] for row in ALA_LC]


@pytest.mark.parametrize(("cyrillic", "latin", "why"), ALA_LC, ids=ALA_LC_IDS)
def test_ala_lc(cyrillic: str, latin: str, why: str) -> None:
    assert romanize_russian(cyrillic) == latin


BGN = [
    # The seed bibliography (Russian Japanology Review 2020) romanizes in BGN/PCGN.
    ("Японские военнопленные в СССР", "Yaponskiye voyennoplennyye v SSSR"),
    (
        "Архив внешней политики Российской Федерации",
        "Arkhiv vneshney politiki Rossiyskoy Federatsii",
    ),
    (
        "Служебная записка заместителя министра иностранных дел",
        "Sluzhebnaya zapiska zamestitelya ministra inostrannykh del",
    ),
    ("Сибирское интернирование японской армии", "Sibirskoye internirovaniye yaponskoy armii"),
    ("Центральный архив министерства обороны", "Tsentral’nyy arkhiv ministerstva oborony"),
    ("Главнокомандующему", "Glavnokomanduyushchemu"),
    ("Маньчжурии", "Man’chzhurii"),
    ("Премьер-министрами", "Prem’yer-ministrami"),
    ("Киев-Львов", "Kiyev-L’vov"),
    ("Соглашение", "Soglasheniye"),
    ("ёлка", "yëlka"),
]


@pytest.mark.parametrize(("cyrillic", "latin"), BGN, ids=[r[1] for r in BGN])
def test_bgn_pcgn(cyrillic: str, latin: str) -> None:
    assert romanize_russian(cyrillic, scheme="bgn-pcgn") == latin


OTHER = [
    ("iso9", "Щёкин, Юлия, съешь", "Ŝëkin, Ûliâ, sʺešʹ"),
    ("iso9", "Хрущёв", "Hruŝëv"),
    ("scientific", "Хрущёв", "Xruščëv"),
    ("ala-lc-ascii", "Японские военнопленные", "Iaponskie voennoplennye"),
    ("ala-lc-ascii", "Хрущёв", "Khrushchev"),
    ("bgn-pcgn-strict", "Детство", "Det·stvo"),
    ("wikipedia", "Хрущёв", "Khrushchyov"),
    ("gost-7.79-b", "Царь", "Czar`"),
]


@pytest.mark.parametrize(
    ("scheme", "cyrillic", "latin"), OTHER, ids=[f"{s}-{c}" for s, c, _ in OTHER]
)
def test_other_schemes(scheme: str, cyrillic: str, latin: str) -> None:
    assert romanize_russian(cyrillic, scheme=scheme) == latin


def _iuliia_samples() -> list[tuple[str, str, str]]:
    # iuliia's own samples, for the schemes we take unchanged (no override of any letter).
    rows = []
    for name in SCHEMES:
        spec = scheme_spec(name)
        if {"yo", "mapping", "final_mapping", "prev_mapping"} & set(spec):
            continue
        for source, expected in iuliia_definition(spec["iuliia"])["samples"]:
            rows.append((name, source, expected))
    return rows


@pytest.mark.parametrize(
    ("scheme", "source", "expected"),
    _iuliia_samples(),
    ids=[f"{r[0]}-{i}" for i, r in enumerate(_iuliia_samples())],
)
def test_iuliia_samples(scheme: str, source: str, expected: str) -> None:
    assert romanize_russian(source, scheme=scheme) == expected


CASES = [
    ({"tie": "halfmarks"}, "Японские", "I︠A︡ponskie"),
    ({"tie": "halfmarks"}, "Цюрих", "T︠S︡i︠u︡rikh"),
    ({"tie": "none"}, "Японские", "Iaponskie"),
    ({"soft_sign": "'"}, "Объявление Сибирь", "Ob\"i͡avlenie Sibir'"),
    ({"soft_sign": "’", "scheme": "ala-lc-ascii"}, "Сибирь", "Sibir’"),
    ({"scheme": "bgn-pcgn"}, "СССР и США", "SSSR i SSHA"),
    ({"scheme": "bgn-pcgn", "caps": "acronym"}, "СССР и США ЦАМО", "SSSR i SShA TsAMO"),
    ({"scheme": "ala-lc"}, "ЮЛИЯ", "I͡ULII͡A"),
    ({"scheme": "bgn-pcgn"}, "Юлия", "Yuliya"),
]


@pytest.mark.parametrize(("options", "cyrillic", "latin"), CASES, ids=[c[2] for c in CASES])
def test_options_and_case(options: dict[str, str], cyrillic: str, latin: str) -> None:
    assert romanize_russian(cyrillic, **options) == latin  # type: ignore[arg-type]


UK_BE = [
    ("uk", "Київ", "Kyïv"),
    ("uk", "Об'єднання", "Obʺi͡ednanni͡a"),
    ("uk", "Ґалиця", "Galyt͡si͡a"),
    ("uk", "Україна", "Ukraïna"),
    ("uk", "Шевченко", "Shevchenko"),
    ("be", "Беларусь", "Belarusʹ"),
    ("be", "Ўладзімір", "Ŭladzimir"),
    ("be", "Мінск", "Minsk"),
    # LC's current Belarusian table: ё i͡o, ж z͡h, ц ts (LC catalogue sample in ScriptShifter).
    ("be", "Пётр Клімук", "Pi͡otr Klimuk"),
    ("be", "жыццё", "z͡hytstsi͡o"),
    ("be", "Жодзіна", "Z͡Hodzina"),
]


@pytest.mark.parametrize(("lang", "cyrillic", "latin"), UK_BE, ids=[r[2] for r in UK_BE])
def test_ukrainian_belarusian(lang: str, cyrillic: str, latin: str) -> None:
    assert romanize(cyrillic, lang=lang) == latin


def test_unknown_scheme_lists_names_and_suggests() -> None:
    with pytest.raises(UnknownSchemeError) as caught:
        romanize_russian("мир", scheme="ala-cl")
    assert caught.value.suggestion == "ala-lc"
    assert "iso9" in caught.value.valid
    assert str(caught.value).startswith(
        "unknown transliteration scheme 'ala-cl'; did you mean 'ala-lc'?"
    )
    assert isinstance(caught.value, ArchiveciteError)


@pytest.mark.parametrize("alias", ["BGN", "bgn/pcgn", "gost-7.79", "LC", "iso_9"])
def test_aliases(alias: str) -> None:
    assert romanize_russian("мир", scheme=alias) == "mir"


CYRILLIC = st.text(
    alphabet=st.characters(min_codepoint=0x0400, max_codepoint=0x04FF) | st.sampled_from(" -,.'"),
    max_size=40,
)


@given(CYRILLIC, st.sampled_from(SCHEMES))
def test_romanize_never_raises(text: str, scheme: str) -> None:
    assert isinstance(romanize_russian(text, scheme=scheme), str)
