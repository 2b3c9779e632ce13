"""A Japanese book in kanji and in Hepburn, whose author's name the two sides read apart: a
romaji title with macrons is Japanese, so its author's name is read as Japanese (Wada, not a
Russian "Vada"); a Chinese scholar's name in a Japanese book is read both ways (楊海英, printed
"Yang Haiying", read "Yō Kaiei" in a Japanese catalogue), so that his romanized title meets the
kanji as Wada's does: another year is another edition of his work, another author another book. The fields are the books' title-page data (the NDL
catalogue records of 和田春樹『北方領土問題』朝日新聞社 1999 and 楊海英『墓標なき草原』岩波書店
2009)."""

from __future__ import annotations

import pytest

from archivecite.dedupe import Sameness, find_duplicates, record_keys
from archivecite.dedupe.people import author_similarity
from archivecite.model import BookReference, DateRange, Name, Text
from archivecite.translit import match_key


def _book(title: str, family: str, given: str, publisher: str, year: int) -> BookReference:
    return BookReference(
        title=Text(original=title),
        authors=(Name(family=family, given=given),),
        publisher=Text(original=publisher),
        date=DateRange.of(year),
    )


WADA_KANJI = _book("北方領土問題：歴史と未来", "和田", "春樹", "朝日新聞社", 1999)
WADA_ROMAJI = _book(
    "Hoppō ryōdo mondai: rekishi to mirai", "Wada", "Haruki", "Asahi shinbunsha", 1999
)
YANG_KANJI = _book("墓標なき草原", "楊", "海英", "岩波書店", 2009)
YANG_ROMAJI = _book("Bohyō naki sōgen", "Yang", "Haiying", "Iwanami Shoten", 2009)


@pytest.mark.parametrize(
    ("first", "second"), [(WADA_KANJI, WADA_ROMAJI), (YANG_KANJI, YANG_ROMAJI)]
)
def test_one_book_in_kanji_and_in_romaji(first: BookReference, second: BookReference) -> None:
    (cluster,) = find_duplicates([first, second])
    assert cluster.members == (0, 1)


@pytest.mark.parametrize("kanji", [WADA_KANJI, YANG_KANJI])
def test_another_year_is_another_edition_of_the_work(kanji: BookReference) -> None:
    romaji = WADA_ROMAJI if kanji is WADA_KANJI else YANG_ROMAJI
    (cluster,) = find_duplicates([kanji, romaji.model_copy(update={"date": DateRange.of(2011)})])
    assert cluster.level is Sameness.WORK


@pytest.mark.parametrize(
    "second",
    [
        # the same title and publisher under another author's name: the names decide
        _book("墓標なき草原", "Wada", "Haruki", "Iwanami Shoten", 2009),
        _book("墓標なき草原", "Wada", "Haruki", "Iwanami Shoten", 2011),
    ],
)
def test_another_author_is_another_book(second: BookReference) -> None:
    assert not find_duplicates([YANG_KANJI, second])


def test_romaji_without_macrons_reads_its_author_as_japanese() -> None:
    # 吉田裕『日本軍兵士』中央公論新社 2017 (NDL), its romaji heading without macrons
    kanji = _book("日本軍兵士", "吉田", "裕", "中央公論新社", 2017)
    romaji = _book("Nihongun heishi", "Yoshida", "Y.", "Chuokoron-shinsha", 2017)
    (cluster,) = find_duplicates([kanji, romaji])
    assert cluster.members == (0, 1)


def test_a_family_first_name_read_the_other_way_round() -> None:
    # 加藤陽子『それでも、日本人は「戦争」を選んだ』朝日出版社 2009 (NDL); "Katō Yōko, Soredemo, ..."
    # read in Western order: given Katō, family Yōko
    kanji = _book("それでも、日本人は「戦争」を選んだ", "加藤", "陽子", "朝日出版社", 2009)
    romaji = _book(
        "Soredemo, Nihonjin wa “sensō” wo eranda", "Yōko", "Katō", "Asahi Shuppansha", 2009
    )
    records = [record_keys(0, kanji), record_keys(1, romaji)]
    assert records[1].given_first == records[0].authors[0] == "kato"
    (cluster,) = find_duplicates([kanji, romaji])
    assert cluster.members == (0, 1)


@pytest.mark.parametrize(
    ("romaji", "kanji"),
    [
        ("“Inochi” wo meguru kindaishi", "〈いのち〉をめぐる近代史"),  # Nihon-shiki particles
        ("Nihonjin ha sensō wo eranda", "日本人は戦争を選んだ"),
        ("Chūzetsu he", "中絶へ"),
    ],
)
def test_particles_written_as_their_kana(romaji: str, kanji: str) -> None:
    assert match_key(romaji, "ja") == match_key(kanji, "ja")


@pytest.mark.parametrize(
    ("kanji_names", "romaji_names"),
    [
        # 木下太志・浜野潔編『人類史のなかの人口と家族』晃洋書房 2003 (NDL); F. Drixler, *Mabiki*
        # (2013), bibliography: "Kinoshita Futoshi and Hamano Kiyoshi": 潔 is one kanji, read
        # Kiyoshi as a name, not the word ketsu, and family first is read as given first
        ((("木下", "太志"), ("浜野", "潔")), (("Futoshi", "Kinoshita"), ("Kiyoshi", "Hamano"))),
        # 高田衛『江戸の悪霊祓い師』筑摩書房 1991 (NDL): "Takada Mamoru" (Drixler), 衛 not ei
        ((("高田", "衛"),), (("Mamoru", "Takada"),)),
    ],
)
def test_one_kanji_given_names_are_read_as_names(
    kanji_names: tuple[tuple[str, str], ...], romaji_names: tuple[tuple[str, str], ...]
) -> None:
    def people(names: tuple[tuple[str, str], ...]) -> tuple[Name, ...]:
        return tuple(Name(family=family, given=given) for family, given in names)

    kanji = BookReference(
        title=Text(original="人類史のなかの人口と家族"), authors=people(kanji_names)
    )
    romaji = BookReference(
        title=Text(original="Jinruishi no naka no jinkō to kazoku"),
        authors=people(romaji_names),
        date=DateRange.of(2003),
    )
    (cluster,) = find_duplicates([kanji, romaji])
    assert cluster.members == (0, 1)
    (kanji_keys,) = {record_keys(0, kanji).author_forms}
    assert all("|" in form and form.split("|")[1].isascii() for form in kanji_keys)


@pytest.mark.parametrize(
    ("family", "given", "key"),
    [
        # surnames whose character reads otherwise as a word: 曾国藩 (Zeng Guofan, not ceng),
        # 单士元 (Shan Shiyuan, the Palace Museum's archivist, not dan), 仇 (Qiu, not chou)
        ("曾", "国藩", "zeng"),
        ("单", "士元", "shan"),
        ("仇", "家琪", "qiu"),
    ],
)
def test_chinese_surnames_are_read_as_surnames(family: str, given: str, key: str) -> None:
    book = BookReference(
        title=Text(original="曾文正公全集", lang="zh"),
        authors=(Name(family=family, given=given, lang="zh"),),
    )
    assert record_keys(0, book).authors == (key,)


def _reference_work(publisher: str, year: int | None) -> BookReference:
    # 国史大辞典 (吉川弘文館, 1979-1997; NDL), cited by title and publisher alone in reference lists
    return BookReference(
        title=Text(original="国史大辞典", lang="ja"),
        publisher=Text(original=publisher, lang="ja"),
        date=DateRange.of(year) if year else None,
    )


@pytest.mark.parametrize(
    ("second", "joined"),
    [
        (_reference_work("吉川弘文館", None), True),
        (_reference_work("吉川弘文館", 1979), True),  # a year on one side: which edition is open
        (_reference_work("小学館", None), False),  # another publisher
    ],
)
def test_a_book_by_title_and_publisher_alone(second: BookReference, joined: bool) -> None:
    first = _reference_work("吉川弘文館", None)
    assert bool(find_duplicates([first, second], level="work")) is joined
    assert not find_duplicates([first, second], level="document")


def test_a_heading_by_the_given_name_alone() -> None:
    """The KB's record of a Dutch 'Kokoro' (kotoba-lang/toshokan's KB SRU fixture, as in
    tests/data/dedupe/cross_script_holdout17.toml) files 夏目漱石 under 'Soseki', his pen name,
    as a family name: the given name of the other side's 夏目 漱石."""
    kb = BookReference(
        title=Text(original="Kokoro", lang="nl"),
        authors=(Name(family="Soseki"),),
        date=DateRange.of(2016),
    )
    original = BookReference(
        title=Text(original="こころ", lang="ja"),
        authors=(Name(family="夏目", given="漱石", lang="ja"),),
    )
    assert author_similarity(record_keys(0, kb), record_keys(1, original)) == 0.9
    other = BookReference(
        title=Text(original="こころ", lang="ja"), authors=(Name(family="姜", given="尚中"),)
    )
    assert author_similarity(record_keys(0, kb), record_keys(1, other)) == 0.0
    (cluster,) = find_duplicates([kb, original])
    assert cluster.members == (0, 1)


# 秋本吉郎校注『風土記』(日本古典文学大系 2, 岩波書店 1958; NDL), cited 'Akimoto, Kichirō (ed.)
# 1958. Fudoki [Gazetteers]. … Tokyo: Iwanami shoten.' (docslib.org/doc/3949414/bibliography);
# in Japanese order ("Ed. Akimoto Kichirō") a parser reads given Akimoto, family Kichirō. The
# tagger reads 吉郎 Yoshirō; JMnedict lists キチロー too.
FUDOKI_KANJI = _book("風土記", "秋本", "吉郎", "岩波書店", 1958)


@pytest.mark.parametrize(
    ("romaji", "joined"),
    [
        (_book("Fudoki", "Akimoto", "Kichirō", "Iwanami shoten", 1958), True),  # as printed
        (_book("Fudoki", "Kichirō", "Akimoto", "Iwanami Shoten", 1958), True),  # turned
        # 植垣節也校注・訳『風土記』(新編日本古典文学全集 5, 小学館 1997): another editor
        (_book("Fudoki", "Setsuya", "Uegaki", "Shōgakukan", 1997), False),
    ],
)
def test_a_name_in_japanese_order_meets_its_kanji(romaji: BookReference, joined: bool) -> None:
    assert bool(find_duplicates([romaji, FUDOKI_KANJI])) is joined


@pytest.mark.parametrize(
    ("latin", "kanji", "alike"),
    [
        # 'Ed. Akimoto Kichirō' / 秋本吉郎 (above): the given name by a listed reading
        (Name(family="Kichirō", given="Akimoto"), Name(family="秋本", given="吉郎"), 0.9),
        # 'Ed. Ichiko Teiji' / 市古貞次 (the 1973-75 Shōgakukan Heike): the tagger's reading
        (Name(family="Teiji", given="Ichiko"), Name(family="市古", given="貞次"), 0.9),
        # 'Yanaihara Tadao' (矢内原忠雄) and his son 矢内原伊作 (Isaku): no reading of 伊作 meets
        (Name(family="Tadao", given="Yanaihara"), Name(family="矢内原", given="伊作"), 0.0),
        # 张宪文 read 'Xianwen, Zhang' against 张海鹏 (two historians of Republican China)
        (Name(family="Xianwen", given="Zhang"), Name(family="张", given="海鹏"), 0.0),
    ],
)
def test_a_turned_name_meets_by_any_listed_reading_of_the_given_name(
    latin: Name, kanji: Name, alike: float
) -> None:
    first = BookReference(title=Text(original="Fudoki"), authors=(latin,))
    second = BookReference(title=Text(original="風土記"), authors=(kanji,))
    similarity = author_similarity(record_keys(0, first), record_keys(1, second))
    assert similarity == pytest.approx(alike)
