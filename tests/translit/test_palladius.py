"""Chinese in Cyrillic (the Palladius system) read back as pinyin, for matching Russian
citations of Chinese works and people with pinyin and hanzi ones."""

from __future__ import annotations

from importlib import resources

import pytest
from pypinyin import Style, lazy_pinyin

from archivecite.translit import match_key
from archivecite.translit.palladius import looks_like_palladius, palladius_to_pinyin


def test_the_table_is_pypinyins_palladius() -> None:
    """data/palladius.tsv holds, for each Palladius syllable pypinyin writes for a CJK
    Unified Ideograph, the pinyin of that character (ло: luo, not the interjection lo)."""
    expected: dict[str, set[str]] = {}
    for code in range(0x4E00, 0xA000):
        char = chr(code)
        pinyin = lazy_pinyin(char, style=Style.NORMAL, errors="ignore")
        cyrillic = lazy_pinyin(char, style=Style.CYRILLIC, errors="ignore")
        if pinyin and cyrillic and pinyin[0] != char:
            syllable = cyrillic[0].rstrip("012345")
            expected.setdefault(syllable, set()).add(pinyin[0].replace("ü", "v"))
    text = resources.files("archivecite.translit").joinpath("data/palladius.tsv")
    rows = [line.split("\t") for line in text.read_text(encoding="utf-8").splitlines()]
    table = {row[0]: row[1] for row in rows if not row[0].startswith("#")}
    assert table.keys() == expected.keys()
    assert all(table[syllable] in expected[syllable] for syllable in table)


@pytest.mark.parametrize(
    ("cyrillic", "pinyin"),
    [
        ("Мао Цзэдун", "Mao Zedong"),
        ("Чжоу Эньлай сюаньцзи", "Zhou Enlai xuanji"),
        ("Жэньминь жибао", "Renmin ribao"),
        ("Дэн Сяопин вэньсюань", "Deng Xiaoping wenxuan"),
        ("Лю Шаоци", "Liu Shaoqi"),
        ("Ло Жунхуань", "Luo Ronghuan"),
        ("Цзай лиши цзюйжэнь шэньбянь", "Zai lishi juren shenbian"),
    ],
)
def test_palladius_to_pinyin(cyrillic: str, pinyin: str) -> None:
    assert palladius_to_pinyin(cyrillic) == pinyin
    assert looks_like_palladius(cyrillic)


@pytest.mark.parametrize(
    "russian",
    [
        "Избранные произведения",
        "Русская грамматика",
        "да и нет",
        "Мао",
        "Советско-китайские отношения",
    ],
)
def test_russian_is_no_palladius(russian: str) -> None:
    assert not looks_like_palladius(russian)


def test_a_palladius_title_has_the_key_of_its_hanzi() -> None:
    assert match_key("Чжоу Эньлай сюаньцзи", "zh") == match_key("周恩来选集", "zh")
