"""A Japanese work written in simplified characters reads as in Japanese (data/japanese_simplified.tsv).

A Japanese work cited in a Chinese text, or translated into Chinese, is written in simplified
characters: 礪波護 『中国歴史研究入門』 is 砺波护 《中国历史研究入门》. Its Japanese reading
(``match_key(text, "ja")``, which dedupe compares with the Japanese original) must be the
original's. Each pair below is copied from the source it names; the Japanese texts at the end
must read exactly as they did before the table.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from archivecite.translit import romanize_japanese
from archivecite.translit.japanese.forms import japanese_forms
from archivecite.translit.japanese.tables import read_rows
from archivecite.translit.keys import match_key

DATA = Path(__file__).parents[1] / "data" / "translit"

# (Japanese form, simplified form, where each was found)
SAME_READING = [
    (
        "中国歴史研究入門",
        "中国历史研究入门",
        "礪波護・岸本美緒・杉山正明編『中国歴史研究入門』名古屋大学出版会、2005年 (blog "
        "naka3-3dsuki.hatenablog.com/entry/2016/08/01/000000) / 砺波护 '领衔编撰的《中国历史"
        "研究入门》' (中西书局's obituary, wxredian.com/art?id=e92928d47514e8d02531f0b4640613fa)",
    ),
    (
        "礪波護",
        "砺波护",
        "ja.wikipedia.org/wiki/宮崎市定 (主な指導学生 礪波護) / the same obituary on wxredian.com",
    ),
    (
        "宮崎市定",
        "宫崎市定",
        "ja.wikipedia.org/wiki/宮崎市定 / wxredian.com (above): '宫崎市定（1901—1995）…"
        "《宫崎市定全集》第1卷《中国史》'",
    ),
    (
        "浜下武志",
        "滨下武志",
        "鵜飼政志「近代アジアをみる眼ー浜下武志氏のアジア論」 (h-web.org/misc/19980516.html) / "
        "'日本学者滨下武志称为“朝贡贸易体系”' (kuaihz.com/tid23/tid114_238657.html)",
    ),
    (
        "朝貢貿易",
        "朝贡贸易",
        "'濱下武志,坂野正高らの朝貢体制および朝貢貿易についての所説' (KAKEN 20320110 report, "
        "kaken.nii.ac.jp/en/report/KAKENHI-PROJECT-20320110/203201102010jisseki) / kuaihz.com "
        "(above)",
    ),
    (
        "氣賀澤",
        "气贺泽",
        "氣賀澤保規 as he writes it (《絢爛的世界帝國》, qinglite.cn/doc/f01151386524b816def58) / "
        "《绚烂的世界帝国》 '气贺泽先生' (gdshu.com/51/2631344.html); 气 is 気 only in a text "
        "written in simplified characters (贺 says it is one)",
    ),
]

# (Japanese title, its Chinese translation's title, words both read alike, where found): 的
# for の and たる is a translator's word, not a character form
SHARED_WORDS = [
    (
        "中国の歴史 6 絢爛たる世界帝国 隋唐時代",
        "绚烂的世界帝国",
        ("絢爛", "世界帝国"),
        "booklog.jp/item/1/4062740567 (講談社) / gdshu.com/51/2631344.html and book.vik.im's "
        "中文版自序 '本书定名为《绚烂的世界帝国》' (广西师范大学出版社, 2014)",
    ),
    (
        "中国の歴史",
        "讲谈社・中国的历史",
        ("中国", "歴史"),
        "hi.fnshr.info/2014/06/14/koudansha-hist-china/: '講談社『中国の歴史』…《讲谈社・中国的"
        "历史》というタイトルで広西師範大学出版社から'",
    ),
]

# Japanese texts (copied from the pages named) whose reading the table must leave alone:
# Japanese writes 后 (則天武后), 系 (突厥系), 後, 従 as they are
UNCHANGED = [
    ("中国戦線従軍記", "Chūgoku sensen jūgunki"),  # booklog.jp/item/1/4006004079
    (
        "日本軍兵士―アジア・太平洋戦争の現実",  # chuko.co.jp/shinsho/portal/110576.html
        "Nihongun heishi― Ajia Taiheiyō sensō no genjitsu",
    ),
    ("満洲とは何だったのか", "Manshū to wa nan datta no ka"),  # saturn.ihp.sinica.edu.tw 2004
    ("遣唐使の見た中国", "Kentōshi no mita Chūgoku"),  # saturn.ihp.sinica.edu.tw 2003
    (
        "中国の歴史 6 絢爛たる世界帝国 隋唐時代",  # booklog.jp/item/1/4062740567
        "Chūgoku no rekishi 6 kenran taru sekai teikoku zuitō jidai",
    ),
    (
        "則天武后・楊貴妃など目覚ましい女性の進出",  # the same booklog page
        "Sokuten Bukō Yagi hi nado mezamashii josei no shinshutsu",
    ),
    ("突厥系の人たち", "Tokketsukei no hitotachi"),  # s-yamaga.jp/dokusho/2023/zui.htm
    ("宋以後近世説", "Sō igo kinsesetsu"),  # ja.wikipedia.org/wiki/宮崎市定
]


@pytest.fixture(autouse=True)
def _tagger() -> None:
    pytest.importorskip("fugashi")
    pytest.importorskip("unidic_lite")


@pytest.mark.parametrize(("japanese", "simplified", "source"), SAME_READING)
def test_simplified_form_reads_as_the_japanese(japanese: str, simplified: str, source: str) -> None:
    assert match_key(simplified, "ja") == match_key(japanese, "ja"), source


@pytest.mark.parametrize(("japanese", "chinese", "words", "source"), SHARED_WORDS)
def test_translated_title_reads_the_shared_words_alike(
    japanese: str, chinese: str, words: tuple[str, ...], source: str
) -> None:
    ja_key, zh_key = match_key(japanese, "ja"), match_key(chinese, "ja")
    for word in words:
        key = match_key(word, "ja")
        assert key in ja_key, (word, source)
        assert key in zh_key, (word, source)


@pytest.mark.parametrize(("text", "romanized"), UNCHANGED)
def test_japanese_text_reads_as_before(text: str, romanized: str) -> None:
    assert romanize_japanese(text) == romanized


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        # a word whose characters have several Japanese forms: 关系 関係, not 関系; 以后 以後
        ("中日关系史", "中日関係史"),
        ("战后日本", "戦後日本"),
        # 机 is 機 in a text written in simplified characters (关 says it is one) ...
        ("机关报", "機関報"),
        # ... but a desk next to kana, and 后, 系, 台 stay where nothing simplified is written
        ("机の上の关係", "机の上の関係"),
        ("則天武后", "則天武后"),
        ("台湾史体系", "台湾史体系"),
    ],
)
def test_forms_read(text: str, read_as: str) -> None:
    assert japanese_forms(text) == read_as


def _old_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for name in ("japanese_variants.tsv", "japanese_kyujitai.tsv"):
        table.update((ord(row[0]), row[1]) for row in read_rows(name) if len(row) >= 2)
    return table


def _jis0208(char: str) -> bool:
    try:
        char.encode("iso2022_jp")
    except UnicodeEncodeError:
        return False
    return True


def test_japanese_catalogue_texts_keep_their_forms() -> None:
    """Every Japanese text of the romanization pairs is read as before the table."""
    old = _old_table()
    with (DATA / "romanization_pairs.tsv").open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    texts = [row["vernacular"] for row in rows if row["lang"] == "ja"]
    assert len(texts) > 100
    assert [t for t in texts if japanese_forms(t) != t.translate(old)] == []


def test_table_maps_only_characters_japanese_does_not_write() -> None:
    rows = read_rows("japanese_simplified.tsv")
    anywhere = [row for row in rows if len(row) == 2]
    assert len(anywhere) > 1000
    # a character of JIS X 0208 is Japanese as written: mapped, if at all, only in Chinese text
    assert [row[0] for row in anywhere if _jis0208(row[0])] == []
    assert [row[1] for row in rows if not all(map(_jis0208, row[1]))] == []
    assert {row[2] for row in rows if len(row) > 2} == {"zh"}
    assert all(len(row[0]) == len(row[1]) and row[0] != row[1] for row in rows)
    pairs = {row[0]: row[1] for row in anywhere}
    assert (pairs["产"], pairs["战"], pairs["关"], pairs["满"], pairs["义"]) == tuple("産戦関満義")
    for japanese in "国党台后系干叶云":  # Japanese writes these as they are
        assert japanese not in pairs
    table = Path(__file__).parents[2] / "src/archivecite/translit/data/japanese_simplified.tsv"
    lines = table.read_text(encoding="utf-8").splitlines()
    header = " ".join(line for line in lines if line.startswith("#"))
    for named in ("OpenCC 1.4.2", "Apache-2.0", "KANJIDIC2"):
        assert named in header
