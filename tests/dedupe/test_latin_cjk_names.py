"""A Japanese or Chinese author named in Latin letters under an English or romanized title
against the same author in kanji or hanzi: the Latin name is read as Japanese (Hepburn, Kunrei,
long vowels folded) and as Chinese (pinyin, Wade-Giles), the kanji or hanzi both ways (under a
title with kana too: a Chinese scholar's book in Japanese), and the readings meet. The people are real, most of them from
the pairs of tests/data/dedupe: Yanaihara Tadao (矢内原忠雄) and his son Isaku (伊作), Kurihara
Toshio (栗原俊雄), Zhang Shulin (张树林), Shen Zhihua (沈志华), Mao Tse-tung (毛泽东), Yamamuro
Shin'ichi (山室信一), Yoshida Mitsuru (吉田満), Li Rui (李銳), Gao Hua (高華), Iwai Toshio
(岩井俊雄), Yang Haiying (楊海英, Yō Kaiei in a Japanese catalogue), Itō Hirobumi (伊藤博文),
Inoue Kaoru (井上馨), Satō Eisaku (佐藤栄作), Fukuzawa Yukichi (福沢諭吉), Tsuda Sōkichi
(津田左右吉), Honma Masaharu (本間雅晴), Zhou Enlai (周恩来), Chiang Kai-shek (蒋介石), Zhang
Binglin (章炳麟, Shō Heirin to a Japanese reading)."""

from __future__ import annotations

import pytest

from archivecite.dedupe import find_duplicates, record_keys
from archivecite.dedupe.name_readings import cjk_readings, latin_readings
from archivecite.dedupe.people import author_similarity
from archivecite.model import BookReference, DateRange, Name, Text

ENGLISH = Text(original="Taiwan under Imperialism", lang="en")
JAPANESE = Text(original="帝国主義下の台湾", lang="ja")  # kana: a Japanese book
HANZI = Text(original="廬山會議實錄")  # hanzi alone: a name in them is read both ways
CHINESE = Text(original="中苏关系史纲", lang="zh")


def _book(title: Text, *names: Name, year: int | None = None) -> BookReference:
    return BookReference(
        title=title, authors=names, date=DateRange.of(year) if year is not None else None
    )


def _similarity(latin: Name, cjk: Name, cjk_title: Text = JAPANESE) -> float:
    return author_similarity(
        record_keys(0, _book(ENGLISH, latin)), record_keys(1, _book(cjk_title, cjk))
    )


@pytest.mark.parametrize(
    ("family", "given", "readings"),
    [
        ("Yanaihara", "", "yanaihara|"),  # Russian reading: anara
        ("Yanaihara", "Tadao", "yanaihara|tadao dadao"),
        ("Kurihara", "Toshio", "kurihara|toshio"),
        ("Itoh", "", "ito|"),  # oh, ou, oo, ō: one long o
        ("Ohno", "", "ono|"),
        ("Oono", "", "ono|"),
        ("Hukuzawa", "Yukiti", "fukuzawa huguzawa|yukichi"),  # Kunrei hu, ti
        ("Tuda", "Sôkiti", "tsuda duda|sokichi"),  # Kunrei tu, a circumflex for the long o
        ("Homma", "Masaharu", "honma|masaharu"),  # m before b, m, p
        ("Zhang", "Shulin", "zhang|shulin"),  # Russian reading: ang
        ("Shen", "Zhihua", "shen|zhihua"),
        ("Tse-tung", "Mao", "zedong|mao"),  # Wade-Giles, read given Mao, family Tse-tung
        ("Chiang", "Kai-shek", "qiang|qieshi"),
        ("Chou", "En-lai", "cho zhou|enlai"),
        ("Kurihara", "T.", "kurihara|"),  # an initial gives no given name
        ("Smith", "John", ""),  # neither Japanese nor Chinese
        ("Kowalski", "", ""),
        ("Иванов", "Иван", ""),  # not in Latin letters
    ],
)
def test_latin_readings(family: str, given: str, readings: str) -> None:
    assert latin_readings(family, given) == readings


@pytest.mark.parametrize(
    ("family", "given", "readings"),
    [
        # given: the tagger's reading, the others JMnedict lists (忠雄 Norio), the Chinese
        ("矢内原", "忠雄", "yanaihara shineiyuan|tadao norio zhongxiong"),
        ("楊", "海英", "yo yang|kaiei haiying"),
        ("栗原", "俊雄", "kurihara liyuan|toshio shunno tadao qunxiong"),
        ("沈", "志华", "chin shen|shika zhihua"),
        ("毛", "泽东", "mo mao|takuto zedong"),
        ("李", "銳", "ri li|ei rui"),
        ("章", "", "sho zhang|"),
        ("林", "", "hayashi lin|"),
        ("仇", "家琪", "ada qiu|katama qiaqi"),  # a surname read as one: Qiu, not chou
        ("ダワー", "ジョン", "dawa|jon"),  # kana: Japanese only
        ("Yanaihara", "Tadao", ""),
    ],
)
def test_cjk_readings(family: str, given: str, readings: str) -> None:
    assert cjk_readings(family, given) == readings


@pytest.mark.parametrize(
    ("latin", "cjk", "cjk_title", "similarity"),
    [
        # family name alone, or either order of the whole name
        (Name(family="Yanaihara"), Name(family="矢内原", given="忠雄"), JAPANESE, 1.0),
        (
            Name(family="Yanaihara", given="Tadao"),
            Name(family="矢内原", given="忠雄"),
            JAPANESE,
            1.0,
        ),
        (
            Name(family="Tadao", given="Yanaihara"),
            Name(family="矢内原", given="忠雄"),
            JAPANESE,
            0.9,
        ),
        (Name(family="Kurihara", given="Toshio"), Name(family="栗原", given="俊雄"), JAPANESE, 1.0),
        (Name(family="Toshio", given="Kurihara"), Name(family="栗原", given="俊雄"), JAPANESE, 0.9),
        (
            Name(family="Shin'ichi", given="Yamamuro"),
            Name(family="山室", given="信一"),
            JAPANESE,
            0.9,
        ),
        (Name(family="Mitsuru", given="Yoshida"), Name(family="吉田", given="満"), JAPANESE, 0.9),
        (Name(family="Hukuzawa"), Name(family="福沢", given="諭吉"), JAPANESE, 1.0),
        (Name(family="Tuda"), Name(family="津田", given="左右吉"), JAPANESE, 1.0),
        (Name(family="Homma"), Name(family="本間", given="雅晴"), JAPANESE, 1.0),
        (Name(family="Itoh"), Name(family="伊藤", given="博文"), JAPANESE, 1.0),
        # pinyin and Wade-Giles against hanzi
        (Name(family="Zhang", given="Shulin"), Name(family="张", given="树林"), CHINESE, 1.0),
        (Name(family="Tse-tung", given="Mao"), Name(family="毛", given="泽东"), CHINESE, 0.9),
        (Name(family="Chou", given="En-lai"), Name(family="周", given="恩来"), CHINESE, 1.0),
        (Name(family="Chiang", given="Kai-shek"), Name(family="蒋", given="介石"), CHINESE, 1.0),
        # hanzi under a title in hanzi alone, read as Japanese too (Ri Ei, Kō Hana)
        (Name(family="Li", given="Rui"), Name(family="李", given="銳", lang="ja"), HANZI, 1.0),
        (Name(family="Gao", given="Hua"), Name(family="高", given="華", lang="ja"), HANZI, 1.0),
        # under a title with kana, both ways too: Yang Haiying in print, Yō Kaiei in a
        # Japanese catalogue
        (Name(family="Yang", given="Haiying"), Name(family="楊", given="海英"), JAPANESE, 1.0),
        (Name(family="Yo", given="Kaiei"), Name(family="楊", given="海英"), JAPANESE, 1.0),
        # kanji under a Chinese title, read as pinyin (Yan Jing): their Japanese reading still
        (Name(family="Iwai"), Name(family="岩井"), CHINESE, 1.0),
        # 章 is Zhang in pinyin and Shō to a Japanese reading; 张 is Zhang and Chō
        (Name(family="Zhang"), Name(family="章"), HANZI, 1.0),
        (Name(family="Shō"), Name(family="章"), HANZI, 1.0),
        (Name(family="Zhang"), Name(family="章"), JAPANESE, 1.0),  # 章炳麟 in Japanese
        (Name(family="Shō"), Name(family="章"), JAPANESE, 1.0),
        (Name(family="Shō"), Name(family="张"), CHINESE, 0.0),
        (Name(family="Zhang"), Name(family="庄"), CHINESE, 0.0),
        # other people
        (Name(family="Ito"), Name(family="伊藤", given="博文"), JAPANESE, 1.0),
        (Name(family="Ito"), Name(family="井上", given="馨"), JAPANESE, 0.0),
        (Name(family="Kato"), Name(family="佐藤", given="栄作"), JAPANESE, 0.0),
        (Name(family="Yanaihara"), Name(family="栗原", given="俊雄"), JAPANESE, 0.0),
        (Name(family="Smith", given="John"), Name(family="佐藤", given="栄作"), JAPANESE, 0.0),
        # a given name alone meets a family name only when the other side has no given name
        (
            Name(family="Tadao", given="Yanaihara"),
            Name(family="矢内原", given="伊作"),
            JAPANESE,
            0.0,
        ),
        (Name(family="Mitsuru", given="Yoshida"), Name(family="吉田"), JAPANESE, 0.9),
        (Name(family="Li", given="Wei"), Name(family="魏"), CHINESE, 0.0),  # too short to tell
    ],
)
def test_latin_and_cjk_names_agree_by_their_readings(
    latin: Name, cjk: Name, cjk_title: Text, similarity: float
) -> None:
    assert _similarity(latin, cjk, cjk_title) == similarity


def test_two_names_in_latin_letters_are_compared_as_before() -> None:
    """The readings meet a name in kanji or hanzi only: "Yanaihara" and "Anara", one Russian
    key apart (anara), stay as they were, and so do two romanized names."""
    first = record_keys(0, _book(ENGLISH, Name(family="Yanaihara")))
    second = record_keys(1, _book(ENGLISH, Name(family="Anara")))
    assert first.authors == second.authors == ("anara",)
    assert author_similarity(first, second) == 1.0
    sato = record_keys(2, _book(ENGLISH, Name(family="Sato")))
    assert author_similarity(first, sato) == 0.0


def test_readings_are_kept_per_reference_aligned_with_the_authors() -> None:
    book = _book(
        ENGLISH,
        Name(family="Yanaihara", given="Tadao"),
        Name(family="Smith", given="J."),
        Name(family="ALTS Group"),  # a body: left out of the authors
    )
    keys = record_keys(0, book)
    assert keys.authors == ("anara", "smit")
    assert keys.latin_readings == ("yanaihara|tadao dadao", "")
    assert keys.cjk_readings == ()
    kanji = record_keys(1, _book(JAPANESE, Name(family="矢内原", given="忠雄")))
    assert kanji.authors == ("yanaihara",)
    assert kanji.latin_readings == ()
    # the title's kana does not say the author is Japanese: his kanji read both ways
    assert kanji.cjk_readings == ("yanaihara shineiyuan|tadao norio zhongxiong",)
    hanzi = record_keys(2, _book(HANZI, Name(family="李", given="銳", lang="ja")))
    assert hanzi.authors == ("ri",)
    assert hanzi.cjk_readings == ("ri li|ei rui",)
    english = record_keys(3, _book(ENGLISH, Name(family="Smith", given="John")))
    assert (english.latin_readings, english.cjk_readings) == ((), ())


def test_an_author_read_alike_does_not_make_two_works_one() -> None:
    """'Taiwan under Imperialism' (Yanaihara, 1929), the English title an abstract gives
    矢内原忠雄『帝國主義下の臺灣』 (岩波書店, 1929): the authors now agree, and one author in one
    year is no proof of one book: the title's words must be the other's (JMdict glosses 帝国主義
    "imperialism" and 台湾 "Taiwan", see test_glossed_titles), not his other book's."""
    pytest.importorskip("jamdict_data")  # the ja extra: JMdict
    english = _book(ENGLISH, Name(family="Yanaihara"), year=1929)
    original = _book(
        Text(original="帝國主義下の臺灣", lang="ja"), Name(family="矢内原", given="忠雄"), year=1929
    )
    assert author_similarity(record_keys(0, english), record_keys(1, original)) == 1.0
    (glossed,) = find_duplicates([english, original])
    assert any("title glossed (taiwan, imperialism)" in r.text for r in glossed.reasons)
    colonial = _book(
        Text(original="植民及植民政策", lang="ja"), Name(family="矢内原", given="忠雄"), year=1926
    )
    assert find_duplicates([english, colonial]) == []  # his book of 1926
    romaji = _book(
        Text(original="Teikokushugi ka no Taiwan", lang="ja-Latn"),
        Name(family="Yanaihara"),
        year=1929,
    )
    (cluster,) = find_duplicates([romaji, original])
    assert cluster.members == (0, 1)
    other = _book(
        Text(original="植民及植民政策", lang="ja"), Name(family="矢内原", given="忠雄"), year=1926
    )
    assert find_duplicates([romaji, other]) == []
