"""Chinese in Wade-Giles read back as pinyin, for matching English scholarship's citations of
Chinese works and people with pinyin and hanzi ones.

Sources of the Wade-Giles forms (each beside its hanzi or pinyin in the source, or a title whose
hanzi is its published title):

- JAS: review of Liu Shao-ch'i, *On the Party*, Journal of Asian Studies, notes 1-7
  (https://core-prod.cambridgecore.org/core/journals/journal-of-asian-studies/article/liu-shaochi-on-the-party-a/04E37059DD6647BFF411D0E003FB6DA9).
- JAS 1958: "'On the Record' With Mao and his Regime", Journal of Asian Studies, note 4, which
  prints "Mao Tse-tung hsūan-chi" with ū for ü
  (https://core-prod.cambridgecore.org/core/journals/journal-of-asian-studies/article/on-the-record-with-mao-and-his-regime/D4EAF38A23EA00E92D5B6EBAACCBDA5E).
- CHOC 13: The Cambridge History of China, vol. 13, bibliographical essays, p. 906
  (https://studmed.ru/view/the-cambridge-history-of-china-vol-13-republican-china-1912-1949-part-2_ef8a98a2c2b.html?page=93).
- Boorman: Biographical Dictionary of Republican China, "Mao Tse-tung 毛澤東"
  (https://xboorman.enpchina.eu/biographie/mao-zedong).
- Romanization table: "Guide to Romanization of Chinese Names and Terms", pinyin, hanzi and
  Wade-Giles side by side (http://chinaforeignrelations.net/romanization_table).
- Wikipedia, "People's Daily" (Wade–Giles Jen-min Jih-pao;
  https://www.wiki3.en-us.nina.az/People%27s_Daily_Online.html) and "Wade–Giles" (Wade's
  textbook Yü-yen Tzŭ-erh Chi, 語言自邇集; Wei1 Tʻo3-ma3 with the spacing ʻ;
  https://howlingpixel.com/i-en/Wade%E2%80%93Giles).
- Quotations on thefreedictionary.com, "Chou En Lai" (a text that lost hyphens and apostrophes:
  "Mao Tse Tung, ... Chou En Lai"; http://www.thefreedictionary.com/Chou+En+Lai).
- MEDLINE journal titles as a systematic review's export prints them: "Chung-Hua i Hsueh Tsa
  Chih [Chinese Medical Journal]", "Chung-Hua Yen Ko Tsa Chih [Chinese Journal of
  Ophthalmology]" (/work/shared/benchmarks/dedup/sysrev_respiratory/records.csv, records
  id_0001615 and id_0001666).
- Wikipedia, "Hu Shih" (a caption: Hu Shih and Chiang Kai-shek;
  https://enwikipedia.net/wiki/Hu_Shih); The China Quarterly 1963, "Mao Tse-tung: the Lacquered
  Image" (Sun Yat-sen; https://homsy-staging.cambridgecore.org/core/journals/china-quarterly/article/mao-tsetung-the-lacquered-image/A943BE0DF9302F74C3C28CF525DA5A6A).
"""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

import pytest
from pypinyin import Style, lazy_pinyin

from archivecite.translit import match_key
from archivecite.translit.wade_giles import (
    looks_like_wade_giles,
    spells_pinyin,
    wade_giles_to_pinyin,
)

DATA = Path(__file__).resolve().parents[1] / "data"

# pypinyin 0.55 slips the table mends (data/wade_giles.tsv says why)
_SPELT_AS_PINYIN = ("ai", "hai", "lai", "mai", "nai", "sai", "shai", "wai", "yai", "huo", "shuo")
_TYPOS = {"ch`ua": "ch'ua", "t'oeh": "t'ieh"}
_PREFERRED = {"o": "e", "lo": "luo"}


def _rows() -> list[list[str]]:
    text = resources.files("archivecite.translit").joinpath("data/wade_giles.tsv")
    lines = text.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if not line.startswith("#")]


def test_the_table_is_pypinyins_wade_giles() -> None:
    """data/wade_giles.tsv holds, for each Wade-Giles syllable pypinyin writes for a CJK Unified
    Ideograph (with a vowel: not the interjections m, n, hm), the pinyin of that character."""
    expected: dict[str, set[str]] = {}
    for code in range(0x4E00, 0xA000):
        char = chr(code)
        pinyin = lazy_pinyin(char, style=Style.NORMAL, errors="ignore")
        wade = lazy_pinyin(char, style=Style.WADEGILES, errors="ignore")
        if not pinyin or not wade or pinyin[0] == char:
            continue
        if not any(vowel in pinyin[0] for vowel in "aeiouv"):
            continue
        spelling = pinyin[0] if pinyin[0] in _SPELT_AS_PINYIN else _TYPOS.get(wade[0], wade[0])
        expected.setdefault(spelling.replace("v", "ü"), set()).add(pinyin[0].replace("v", "ü"))
    table = {row[0]: row[1] for row in _rows() if len(row) == 2}
    assert table.keys() == expected.keys()
    assert {syllable: table[syllable] for syllable in _PREFERRED} == _PREFERRED
    assert all(table[syllable] in expected[syllable] for syllable in table)


def test_each_variant_spells_a_syllable_of_the_table() -> None:
    """The hand rows: a spelling texts print (szu, tzŭ, yi) reads as the syllable it stands
    for; a conventional name is one word of pinyin."""
    table = {row[0]: row[1] for row in _rows() if len(row) == 2}
    variants = [row for row in _rows() if len(row) == 3]
    assert variants
    for spelling, pinyin, meaning in variants:
        if meaning == "conventional":
            assert pinyin == pinyin.capitalize(), spelling
        else:
            assert table[meaning] == pinyin, spelling


@pytest.mark.parametrize(
    ("wade_giles", "pinyin"),
    [
        # JAS, review of Liu Shao-ch'i, On the Party
        (
            "Chung-kuo kung-ch'an-tang yü kung-ch'an-tang yüan",
            "Zhongguo gongchandang yu gongchandang yuan",
        ),
        ("Hsin-hua huo-yeh wen-hsüan", "Xinhua huoye wenxuan"),
        ("Lun kuo-chi chu-i yü min-tsu chu-i", "Lun guoji zhuyi yu minzu zhuyi"),
        ("Lun tang-nei tou-cheng", "Lun dangnei douzheng"),
        ("Cheng-feng wen-hsien", "Zhengfeng wenxian"),
        ("Chou En-lai", "Zhou Enlai"),
        ("Chang Wen-t'ien", "Zhang Wentian"),
        ("Chiao Kuan-hua", "Jiao Guanhua"),
        # JAS 1958: ū printed for ü
        ("Mao Tse-tung hsūan-chi", "Mao Zedong xuanji"),
        # CHOC 13: ü printed as u
        ("Mao Tse-tung shu-hsin hsuan-chi", "Mao Zedong shuxin xuanji"),
        ("Chung-kung chung-yang wen-hsien yen-chiu-shih", "Zhonggong zhongyang wenxian yanjiushi"),
        ("Liu Shao-ch'i", "Liu Shaoqi"),
        ("Teng Hsiao-p'ing", "Deng Xiaoping"),
        ("Ch'en Yun", "Chen Yun"),
        # Boorman
        ("Tseng Kuo-fan", "Zeng Guofan"),
        ("Tso Tsung-t'ang", "Zuo Zongtang"),
        ("San-kuo yen-yi", "Sanguo yanyi"),
        ("Wen Ch'i-mei", "Wen Qimei"),
        # Romanization table
        ("Po I-po", "Bo Yibo"),
        ("Pao T'ung", "Bao Tong"),
        ("Pin Ch'un", "Bin Chun"),
        ("Ts'ai O", "Cai E"),
        ("Ch'in Pang-hsien", "Qin Bangxian"),
        # Wikipedia
        ("Jen-min Jih-pao", "Renmin Ribao"),
        ("Yü-yen Tzŭ-erh Chi", "Yuyan Zi'er Ji"),
        # apostrophes as printed: spacing ʻ, curly ’ and ‘
        ("Liu Shao-chʻi", "Liu Shaoqi"),
        ("Teng Hsiao-p’ing", "Deng Xiaoping"),
        ("Chang Wen-t‘ien", "Zhang Wentian"),
    ],
)
def test_wade_giles_to_pinyin(wade_giles: str, pinyin: str) -> None:
    assert wade_giles_to_pinyin(wade_giles) == pinyin
    assert looks_like_wade_giles(wade_giles)


@pytest.mark.parametrize(
    ("wade_giles", "hanzi", "pinyin"),
    [
        ("Mao Tse-tung hsūan-chi", "毛澤東選集", "Mao Zedong xuanji"),
        ("Mao Tse-tung shu-hsin hsuan-chi", "毛泽东书信选集", "Mao Zedong shuxin xuanji"),
        ("Jen-min Jih-pao", "人民日报", "Rénmín Rìbào"),
        (
            "Lun kuo-chi chu-i yü min-tsu chu-i",
            "论国际主义与民族主义",
            "Lun guoji zhuyi yu minzu zhuyi",
        ),
        ("Chung-kuo kung-ch'an-tang yü kung-ch'an-tang yüan", "中国共产党与共产党员", ""),
        ("Yü-yen Tzŭ-erh Chi", "語言自邇集", ""),
        ("Chou En-lai", "周恩来", "Zhou Enlai"),
        ("Ch'in Pang-hsien", "秦邦憲", "Qin Bangxian"),
        # syllables as capitalized words, ü as u: MEDLINE's journal titles
        ("Chung-Hua i Hsueh Tsa Chih", "中华医学杂志", "Zhonghua Yi Xue Za Zhi"),
        ("Chung-Hua Yen Ko Tsa Chih", "中华眼科杂志", "Zhonghua Yan Ke Za Zhi"),
        # marks lost in print: the key merges what they told apart
        ("Chung-kuo kung-chan-tang yu kung-chan-tang yuan", "中国共产党与共产党员", ""),
        ("Chou En Lai", "周恩来", ""),
        ("Mao Tse Tung", "毛泽东", ""),
        # read as pinyin (no sign of Wade-Giles), the key still meets the hanzi's
        ("Chu Te", "朱德", "Zhu De"),
        ("Pei-yang", "北洋", "Beiyang"),
        ("Pao-an", "保安", "Bao'an"),
    ],
)
def test_a_wade_giles_text_has_the_key_of_its_hanzi(
    wade_giles: str, hanzi: str, pinyin: str
) -> None:
    key = match_key(hanzi, "zh")
    assert match_key(wade_giles, "zh") == key
    if pinyin:
        assert match_key(pinyin, "zh") == key


@pytest.mark.parametrize(
    ("printed", "hanzi"),
    [
        # family names of the sources above, with and without their marks
        ("Ch'en", "陈"),
        ("Chen", "陈"),
        ("Chou", "周"),
        ("Teng", "邓"),
        ("Ts'ai", "蔡"),
        ("Tsai", "蔡"),
        ("Hsü", "徐"),
        ("Hsu", "徐"),
        ("Chiang", "蒋"),
    ],
)
def test_a_family_name_has_the_key_of_its_hanzi(printed: str, hanzi: str) -> None:
    assert match_key(printed, "zh") == match_key(hanzi, "zh")


def test_a_western_name_keeps_its_letters() -> None:
    """Under a Chinese title a Western name that only looks like pinyin is no Chinese: its key
    keeps the letters it is printed with."""
    assert not spells_pinyin("Kanellakis")
    assert not spells_pinyin("Supelana")  # pe is no pinyin syllable
    assert spells_pinyin("Zhōngguó lìshǐ")
    assert spells_pinyin("Xi'an")
    assert match_key("Kanellakis", "zh") == "kanellakis"
    assert match_key("Supelana", "zh") == "supelana"


def test_other_chinese_texts_keep_other_keys() -> None:
    assert match_key("Lun tang-nei tou-cheng", "zh") != match_key("论国际主义与民族主义", "zh")
    assert match_key("Mao Tse-tung hsüan-chi", "zh") != match_key("毛泽东书信选集", "zh")


@pytest.mark.parametrize(
    "text",
    [
        "Chinese Communist Party",
        "Selected Works of Mao Tse-tung's Thought",
        "Man-to-man",
        "A man to hang",
        "Sung to a tune",
        "Zhong Su guanxi shigang",
        "Mao Zedong xuanji",
        "Zhou Enlai",
        "Chen Jian",
        "Nihon no rekishi",
        "Tōkyō no shinbun",
        "Nit-Chū kankei",
        "Sovetsko-kitaiskie otnosheniia",
        "Po-russki",
        "I. V. Stalin",
        "Han'guk yŏksa",  # Korean McCune-Reischauer has apostrophes and hyphens too
        "Pak Chŏng-hŭi",
        "Hsü",  # one syllable
        "Mao",
        "Lin Piao",  # no sign of Wade-Giles: read as pinyin, which the key makes equal
    ],
)
def test_other_texts_are_no_wade_giles(text: str) -> None:
    assert not looks_like_wade_giles(text)


@pytest.mark.parametrize(
    ("text", "pinyin"),
    [
        ("Chiang Kai-shek", "Jiang Jieshi"),  # Wikipedia, "Hu Shih", a photograph's caption
        (
            "Sun Yat-sen",
            "Sun Yixian",
        ),  # The China Quarterly 1963, "Mao Tse-tung: the Lacquered Image"
    ],
)
def test_conventional_names_beside_wade_giles(text: str, pinyin: str) -> None:
    """The postal and Cantonese-based spellings English texts use for a few names: read, and
    a name of them reads as Chinese (its hyphen beside another word)."""
    assert wade_giles_to_pinyin(text) == pinyin
    assert looks_like_wade_giles(text)
    assert match_key(text, "zh") == match_key(
        {"Jiang Jieshi": "蒋介石", "Sun Yixian": "孙逸仙"}[pinyin], "zh"
    )


def test_a_conventional_place_alone_is_no_chinese() -> None:
    """ "Peking", "Kuomintang" are English words too: they do not make a text Wade-Giles."""
    assert not looks_like_wade_giles("Peking Kuomintang")
    assert wade_giles_to_pinyin("Peking") == "Beijing"


def test_a_word_that_is_no_wade_giles_leaves_the_text_unread() -> None:
    assert wade_giles_to_pinyin("Mao Tse-tung's Thought") is None
    assert wade_giles_to_pinyin("Chinese Communist Party") is None


_CORPORA = ("published_citations", "published_citations_ru", "published_citations_forms")
_CORPORA += ("archival_citations", "dedupe/cross_script")


def test_no_text_of_the_citation_corpora_reads_as_wade_giles() -> None:
    """Every string of the (not held-out) citation corpora, English, romanized Russian,
    Hepburn, pinyin, Cyrillic and CJK, thousands of them: none reads as Wade-Giles."""
    texts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for name in _CORPORA:
        with (DATA / f"{name}.toml").open("rb") as stream:
            walk(tomllib.load(stream))
    assert len(texts) > 5000
    assert [text for text in texts if looks_like_wade_giles(text)] == []
