"""Kana (built in) and kanji (the ``ja`` extra) romanization."""

from __future__ import annotations

import builtins
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archivecite.errors import InputError, MissingExtraError
from archivecite.translit import japanese as japanese_module
from archivecite.translit import kana_to_romaji, romanize, romanize_japanese
from archivecite.translit.japanese import NameOrder
from archivecite.translit.japanese import tokens as japanese_tokens
from archivecite.translit.japanese.tables import kanji_readings

KANA = [
    ("とうきょう", "hepburn", "macron", "tōkyō"),
    ("とうきょう", "kunrei", "circumflex", "tôkyô"),
    ("とうきょう", "hepburn", "double", "tookyoo"),
    ("とうきょう", "hepburn", "none", "tokyo"),
    ("へんよう", "hepburn", "macron", "hen'yō"),
    ("きんえん", "hepburn", "macron", "kin'en"),
    ("しんぶん", "hepburn", "macron", "shinbun"),
    ("きって", "hepburn", "macron", "kitte"),
    ("マッチ", "hepburn", "macron", "matchi"),
    ("マッチ", "kunrei", "macron", "matti"),
    ("ちぢむ", "nihon", "macron", "tidimu"),
    ("ちぢむ", "kunrei", "macron", "tizimu"),
    ("じゅうじゅん", "hepburn", "macron", "jūjun"),
    ("しゃしん", "kunrei", "macron", "syasin"),
    ("コンピューター", "hepburn", "macron", "konpyūtā"),
    ("ファイル", "hepburn", "macron", "fairu"),
    ("パーティー", "hepburn", "macron", "pātī"),
    ("せんせい", "hepburn", "macron", "sensei"),
    # iteration marks repeat the kana before, ゞ voiced; ー with no vowel before is silent
    ("いすゞ", "hepburn", "macron", "isuzu"),
    ("こゝろ", "hepburn", "macron", "kokoro"),
    ("ヴァイオリン", "hepburn", "macron", "vaiorin"),
]


@pytest.mark.parametrize(
    ("kana", "system", "long", "romaji"), KANA, ids=[f"{r[0]}-{r[1]}-{r[2]}" for r in KANA]
)
def test_kana(kana: str, system: str, long: str, romaji: str) -> None:
    assert kana_to_romaji(kana, system=system, long_vowels=long) == romaji  # type: ignore[arg-type]


KANJI = [
    # The seed bibliography's Japanese titles (ALA-LC style), and catalogue examples.
    ("シベリア抑留", "Shiberia yokuryū"),
    ("米ソ関係の中での変容", "Bei-So kankei no naka de no hen'yō"),  # country compound
    ("シベリアの挽歌", "Shiberia no banka"),
    ("終戦史料館出版部", "Shūsen Shiryōkan Shuppanbu"),  # a corporate name; -bu joined
    ("岩波書店", "Iwanami Shoten"),
    ("日本外交文書", "Nihon gaikō bunsho"),
    ("東京都千代田区", "Tōkyō-to Chiyoda-ku"),
    ("東京は思う", "Tōkyō wa omou"),
    ("大阪", "Ōsaka"),
    ("外務省記録", "Gaimushō kiroku"),
    # a kana iteration mark among kanji, after katakana or hiragana: Fukuzawa's title as the
    # 1874 edition prints it (cross_script_holdout40) and as it is reprinted
    ("學問ノスゝメ", "Gakumon no susume"),
    ("学問のすゝめ", "Gakumon no susume"),
    ("みすゞ書房", "Misuzu Shobō"),
]


@pytest.mark.parametrize(("text", "romaji"), KANJI, ids=[r[1] for r in KANJI])
def test_kanji(text: str, romaji: str) -> None:
    pytest.importorskip("fugashi")
    pytest.importorskip("unidic_lite")
    assert romanize(text, lang="ja") == romaji


def test_missing_extra_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_fugashi(name: str, *args: object, **kwargs: object) -> object:
        if name == "fugashi":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    japanese_tokens.tagger.cache_clear()
    monkeypatch.setattr(builtins, "__import__", no_fugashi)
    try:
        with pytest.raises(MissingExtraError) as caught:
            romanize("抑留", lang="ja")
    finally:
        japanese_tokens.tagger.cache_clear()
    assert caught.value.extra == "ja"
    assert caught.value.packages == ("fugashi", "unidic-lite", "cutlet")
    # kana alone never needs the extra
    assert romanize("とうきょう", lang="ja") == "tōkyō"


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x3041, max_codepoint=0x30FF), max_size=20))
def test_kana_never_raises(text: str) -> None:
    assert isinstance(kana_to_romaji(text), str)


@settings(max_examples=30, deadline=None)
@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
        | st.characters(min_codepoint=0x3041, max_codepoint=0x3093),
        max_size=12,
    ),
    st.sampled_from(["heading", "text"]),
)
def test_kanji_never_raises(text: str, name_order: NameOrder) -> None:
    pytest.importorskip("fugashi")
    assert isinstance(romanize(text, lang="ja", name_order=name_order), str)


ALA_LC_RULES = [  # ALA-LC Japanese table rules, one row per rule
    ("有楽町", "Yūraku-chō"),  # place suffix hyphenated inside a one-token place name
    ("横浜市", "Yokohama-shi"),
    ("お菊さん", "Okiku-san"),  # prefix joined, honorific hyphenated
    ("日本列島", "Nihon Rettō"),  # generic capitalized after a proper noun
    ("内閣総理大臣田中角栄", "Naikaku Sōri Daijin Tanaka Kakuei"),  # title before a name
    ("記録する", "Kirokusuru"),  # suru joined to its verbal noun
    ("3訂版", "3-teiban"),  # number hyphenated with its counter
    ("東京 : 早川書房, 1999", "Tōkyō : Hayakawa Shobō, 1999"),  # record spacing kept
    # corporate name ending in a listed generic: every word capitalized, particles excepted
    ("戦争を記録する会", "Sensō o Kirokusuru Kai"),
    ("文車の会", "Fuguruma no Kai"),
    ("編集文車の会", "Henshū Fuguruma no Kai"),  # a role word is not part of the name
    ("京都国立博物館編", "Kyōto Kokuritsu Hakubutsukan hen"),
    ("法政大学出版局", "Hōsei Daigaku Shuppankyoku"),  # a split generic is one word
    ("平凡社", "Heibonsha"),  # 社 joined to its noun
    ("中央公論社", "Chūō Kōronsha"),
    ("外務省記録", "Gaimushō kiroku"),  # a generic inside a phrase ends no name
    ("東洋 文庫", "Tōyō bunko"),  # 文庫 ends series titles too: not listed
    # kyūjitai mapped to shinjitai for the analysis
    ("解說", "Kaisetsu"),
    ("江戶版本", "Edo hanpon"),
    ("學問", "Gakumon"),
    # a one-kanji "surname" with no given name after it is a morpheme of a compound
    ("浄名玄論", "Jōmyō genron"),
    # ALA-LC spacing of marks: [ and a range hyphen take no space after, 「」 are "..."
    ("平成 4 [1992]", "Heisei 4 [1992]"),
    ("昭和 46-47 [1971-1972]", "Shōwa 46-47 [1971-1972]"),
    ("「火山」 を読む", '"Kazan" o yomu'),
    # numerals: Arabic, hyphenated to the counter; 第 a word of its own; native readings kept
    ("明治三十七年", "Meiji 37-nen"),
    ("第一巻", "Dai 1-kan"),
    ("第二次世界大戦", "Dai 2-ji sekai taisen"),
    ("一九八〇年代", "1980-nendai"),
    ("平成十二年度", "Heisei 12-nendo"),
    ("一つの日本", "Hitotsu no Nihon"),
    ("三日間", "Mikkakan"),
    # abbreviated country names in a compound: hyphenated and capitalized
    ("日露戦争", "Nichi-Ro sensō"),
    ("日中関係", "Nit-Chū kankei"),
    ("満蒙開拓団", "Man-Mō kaitakudan"),
    # a one-character noun joins the compound it follows; two-character words stand apart
    ("日本の茶書", "Nihon no chasho"),
    ("戦後日本外交史", "Sengo Nihon gaikōshi"),
    ("北海道大学図書刊行会", "Hokkaidō Daigaku Tosho Kankōkai"),
    # 日本 is Nihon, also inside a word; 人 after a country is jin
    ("日本語", "Nihongo"),
    ("日本人論", "Nihonjinron"),
    # inflections and auxiliaries join the verb, っ doubles across them; the copula after a
    # noun, a following verb and particles are words of their own
    ("忘れられた日本人", "Wasurerareta Nihonjin"),
    ("生きて帰ってきた男", "Ikite kaette kita otoko"),
    ("日本人である", "Nihonjin de aru"),
    ("東京へ行く", "Tōkyō e iku"),
    # place suffixes: hyphenated after a place name, not when they start a compound
    ("京都府", "Kyōto-fu"),
    ("大阪市立大学", "Ōsaka Shiritsu Daigaku"),
    # corporate names: subordinate units and parties end them; a compound name does not
    # reach back over a particle, a phrase name (… no Kai) does
    ("大阪大学文学部哲学講座", "Ōsaka Daigaku Bungakubu Tetsugaku Kōza"),
    ("戦後史のなかの日本社会党", "Sengoshi no naka no Nihon Shakaitō"),
    ("早稲田大学文学研究科紀要", "Waseda Daigaku Bungaku Kenkyūka kiyō"),
    ("東京大学史料編纂所", "Tōkyō Daigaku Shiryō Hensanjo"),  # override: hensanjo
    ("関東軍司令部", "Kantōgun Shireibu"),
    ("岩波講座 日本通史", "Iwanami kōza Nihon tsūshi"),  # a unit alone ends no name
    ("第三文明社", "Daisan Bunmeisha"),  # a number inside a corporate name is a word
    # the table's exceptions to 日本 Nihon, as override data
    ("大日本帝国", "Dai Nippon Teikoku"),
    # volume designations and the kanbun date range of archival titles
    ("上.", "Jō."),
    ("自明治元年至明治十年", "Meiji gannen yori Meiji 10-nen ni itaru"),
    # kanji the dictionary does not know are read in on'yomi (Unihan)
    ("聚葉", "Shūyō"),
    # a text that is one personal name is a name heading: surname, comma, given name
    ("吉田一", "Yoshida, Hajime"),
    ("林屋 辰三郎", "Hayashiya, Tatsusaburō"),
    ("新村出, 1876-1967", "Shinmura, Izuru, 1876-1967"),
    ("林屋辰三郎, 横井清編", "Hayashiya Tatsusaburō, Yokoi Kiyoshi hen"),
]


@pytest.mark.parametrize(("text", "latin"), ALA_LC_RULES, ids=[r[1] for r in ALA_LC_RULES])
def test_ala_lc_rules(text: str, latin: str) -> None:
    pytest.importorskip("fugashi")
    assert romanize(text, lang="ja", scheme="ala-lc") == latin


@pytest.mark.parametrize(
    ("scheme", "latin"),
    [("ala-lc", "Sorimachi, Shigeo"), ("hepburn", "Sorimachi Shigeo"), (None, "Sorimachi Shigeo")],
)
def test_bare_name_is_a_heading_only_in_the_catalogue_scheme(
    scheme: str | None, latin: str
) -> None:
    pytest.importorskip("fugashi")
    assert romanize("反町茂雄", lang="ja", scheme=scheme) == latin


@pytest.mark.parametrize(
    ("long_vowels", "latin"),
    [
        ("macron", "Nit-Chū kankei"),
        ("circumflex", "Nit-Chû kankei"),
        ("double", "Nit-Chuu kankei"),
        ("none", "Nit-Chu kankei"),
    ],
)
def test_long_vowel_styles_with_kanji(long_vowels: str, latin: str) -> None:
    pytest.importorskip("fugashi")
    assert romanize_japanese("日中関係", long_vowels=long_vowels) == latin  # type: ignore[arg-type]


def test_kunrei_with_kanji() -> None:
    pytest.importorskip("fugashi")
    assert romanize("東京都千代田区", lang="ja", scheme="kunrei") == "Tôkyô-to Tiyoda-ku"


def test_caches_do_not_change_results() -> None:
    pytest.importorskip("fugashi")
    first = romanize("日本史研究会編", lang="ja")
    japanese_module.clear_caches()
    assert romanize("日本史研究会編", lang="ja") == first == "Nihonshi Kenkyūkai hen"


def test_first_call_reads_its_own_tokens() -> None:
    """The dictionary layout is read before parsing: a parse in the middle of reading nodes
    would reuse their lattice (単行書 once came out as "Tankō Kyō Miyako")."""
    pytest.importorskip("fugashi")
    japanese_tokens.layout.cache_clear()
    japanese_module.clear_caches()
    assert romanize("単行書・大使", lang="ja") == "Tankōsho taishi"


def test_marks_and_brackets() -> None:
    pytest.importorskip("fugashi")
    assert romanize("1904〔明治37〕", lang="ja") == "1904 [Meiji 37]"
    assert romanize("《日本》の歴史", lang="ja") == '"Nihon" no rekishi'


# General rules found missing on real records; every example is a real catalogue string
# (tests/data/translit/romanization_pairs.tsv names the record) unless marked otherwise.
RECORD_RULES = [
    # kana the dictionary does not know are still romanized (Princeton 9991543223506421)
    (
        "東京 : インパクト出版会 : 発売イザラ書房, 1979-1981.",
        "Tōkyō : Inpakuto Shuppankai : Hatsubai Izara Shobō, 1979-1981.",
    ),
    # a kanji the dictionary files as a symbol (袮) is read; a kabane follows its uji name with
    # "no" (zepheira/pybibframe SNIPPET_5, an 1860 record)
    ("丹波宿袮康頼撰.", "Tanba no Sukune Yasuyori sen."),
    # ALA-LC capitalization: each word of a personal name except no; a kinship word ends a
    # classical name (the table's own example)
    ("菅原孝標女", "Sugawara no Takasue no Musume"),
    # Japanese quoted in Latin-script prose starts a title: its first word is capitalized,
    # a numbering (dai 15-gō) is not (Princeton 9991543223506421, MARC 362)
    (
        "Began with 創刊号 (1979), ceased with 第 15号 (1981).",
        "Began with Sōkangō (1979), ceased with dai 15-gō (1981).",
    ),
    # a given name unidic reads as common words is a name after a surname when the context
    # says so: a heading with dates, or a role word after it (OCLC 06783656)
    ("佐々木現順, 1915-", "Sasaki, Genjun, 1915-"),
    ("佐々木現順著.", "Sasaki Genjun cho."),
    # a run of one-kanji words the dictionary did not find as one is a Sino-Japanese compound:
    # a native reading among them becomes on'yomi (UNC, LCCN 55010495)
    ("草徑集", "Sōkeishū"),
    # a name heading with dates, then a title (Princeton 9938517493506421: author and title)
    ("新村出, 1876-1967. 言林", "Shinmura, Izuru, 1876-1967. Genrin"),
]


@pytest.mark.parametrize(("text", "latin"), RECORD_RULES, ids=[r[1] for r in RECORD_RULES])
def test_record_rules(text: str, latin: str) -> None:
    pytest.importorskip("fugashi")
    assert romanize(text, lang="ja", scheme="ala-lc") == latin


NOT_RULES = [  # where the rules above must not fire (constructed counter-examples)
    ("Java プログラミング入門", "Java puroguramingu nyūmon"),  # a Latin name is no prose
    ("本の友社", "Hon no Tomosha"),  # 社 names a body: no Sino-Japanese run, tomo stays
    ("山田寺", "Yamadaji"),  # a bare surname and one kanji: a temple, not a person
    ("佐藤訳", "Satō yaku"),  # a surname and a role word: nothing to join
]


@pytest.mark.parametrize(("text", "latin"), NOT_RULES, ids=[r[1] for r in NOT_RULES])
def test_rules_do_not_overreach(text: str, latin: str) -> None:
    pytest.importorskip("fugashi")
    assert romanize(text, lang="ja", scheme="ala-lc") == latin


def test_role_word_after_a_name_takes_its_role_reading() -> None:
    """訳 after a name is yaku (translated by), not the noun wake; 元 joins as a given name."""
    pytest.importorskip("fugashi")
    assert romanize("中村元訳", lang="ja").endswith(" yaku")
    assert romanize("言い訳", lang="ja") == "Iiwake"


_JAPANESE = re.compile("[\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u9fff]")


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
        | st.characters(min_codepoint=0x3041, max_codepoint=0x3096)
        | st.characters(min_codepoint=0x30A1, max_codepoint=0x30FA)
        | st.sampled_from(" 、。・ーゝゞ"),
        max_size=16,
    )
)
def test_no_japanese_script_is_left(text: str) -> None:
    """Every kana, and every kanji with any known Japanese reading, is romanized."""
    pytest.importorskip("fugashi")
    left = _JAPANESE.findall(romanize(text, lang="ja"))
    assert all(char not in kanji_readings() and char >= "\u3400" for char in left), left


def test_marks_written_among_kanji_are_read() -> None:
    """Found by the property test above: ヶ (霞ヶ関) and 〆 outside a dictionary word."""
    pytest.importorskip("fugashi")
    assert romanize("ヶヶぁ", lang="ja") == "Keke a"
    assert romanize("〆〆", lang="ja") == "Shimeshime"


@pytest.mark.parametrize(
    ("text", "name_order", "latin"),
    [
        # a catalogue name heading (Voyager 800/880) and a bibliography's author (HDIC)
        ("反町茂雄", "heading", "Sorimachi, Shigeo"),
        ("反町茂雄", "text", "Sorimachi Shigeo"),
        ("池田証壽", "heading", "Ikeda, Shōju"),
        ("池田証壽", "text", "Ikeda Shōju"),
        # a name that ends its field with a full stop, written apart or solid
        ("横井 清.", "heading", "Yokoi, Kiyoshi."),
        ("横井 清.", "text", "Yokoi Kiyoshi."),
        ("村上春樹.", "heading", "Murakami, Haruki."),
        ("村上春樹.", "text", "Murakami Haruki."),
        # a name written as a heading already stays one; a name with more is no heading
        ("新村出, 1876-1967", "text", "Shinmura, Izuru, 1876-1967"),
        ("吉田一著", "heading", "Yoshida Hajime cho"),
        ("京都国立博物館", "heading", "Kyōto Kokuritsu Hakubutsukan"),
    ],
)
def test_name_order(text: str, name_order: NameOrder, latin: str) -> None:
    pytest.importorskip("fugashi")
    assert romanize(text, lang="ja", scheme="ala-lc", name_order=name_order) == latin


@pytest.mark.parametrize(
    ("scheme", "name_order", "latin"),
    [
        ("ala-lc", None, "Murakami, Haruki."),
        ("hepburn", None, "Murakami Haruki."),
        ("hepburn", "heading", "Murakami, Haruki."),
        ("kunrei", "heading", "Murakami, Haruki."),
    ],
)
def test_name_order_defaults_to_headings_in_ala_lc_only(
    scheme: str, name_order: NameOrder | None, latin: str
) -> None:
    pytest.importorskip("fugashi")
    assert romanize("村上春樹.", lang="ja", scheme=scheme, name_order=name_order) == latin


@pytest.mark.parametrize(
    ("lang", "name_order"),
    [("ja", "inverted"), ("ja", "Heading"), ("ru", "text"), ("zh", "heading"), ("uk", "text")],
)
def test_name_order_rejects_bad_values_and_other_languages(lang: str, name_order: str) -> None:
    with pytest.raises(InputError, match="name_order"):
        romanize("Чехов", lang=lang, name_order=name_order)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kana", "marked"),
    [
        ("コウジン", "コージン"),
        ("オオノ", "オーノ"),
        ("ユウコ", "ユーコ"),
        ("ケイコ", "ケイコ"),
        ("オオウチ", "オーウチ"),
    ],
)
def test_long_vowels_of_a_dictionary_name(kana: str, marked: str) -> None:
    from archivecite.translit.japanese.dictionary import long_vowels  # noqa: PLC0415

    assert long_vowels(kana) == marked


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        # a known person's given name, where unidic-lite reads Yukito and Haruyoshi
        ("柄谷行人, 1941-", "Karatani, Kōjin, 1941-"),
        ("吉原治良, 1905-1972", "Yoshihara, Jirō, 1905-1972"),
        ("柄谷行人対談集.", "Karatani Kōjin taidanshū."),
        # a listed person whose surname unidic-lite reads otherwise (Numamoto)
        ("沼本克明", "Numoto, Katsuaki"),
        ("大内兵衛", "Ōuchi, Hyōe"),
        # one not listed keeps the dictionary's reading
        ("反町茂雄", "Sorimachi, Shigeo"),
        # a given name unidic-lite splits (彰 Akira + 光 kō) read as the listed given name
        ("解說佐伯彰光", "Kaisetsu Saeki Akimitsu"),
    ],
)
def test_person_readings_from_jmnedict(text: str, latin: str) -> None:
    pytest.importorskip("fugashi")
    pytest.importorskip("jamdict_data")
    assert romanize(text, lang="ja", scheme="ala-lc") == latin


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        # a body under its jurisdiction (MARC 110/710, LC record 13709594): every unit is a
        # corporate name, however common its words
        ("Japan. 国会. 参議院. 事務局.", "Japan. Kokkai. Sangiin. Jimukyoku."),
        ("Tokyo (Japan). 議会.", "Tokyo (Japan). Gikai."),
        # a Latin sentence before Japanese is no jurisdiction
        ("Title from cover. 日本の歴史", "Title from cover. Nihon no rekishi"),
        # a school corporation is a corporate name (HDIC bibliography: a publisher)
        ("玉川学園出版部", "Tamagawa Gakuen Shuppanbu"),
    ],
)
def test_corporate_bodies(text: str, latin: str) -> None:
    pytest.importorskip("fugashi")
    assert romanize(text, lang="ja", scheme="ala-lc") == latin


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        # a compound unidic-lite reads in pieces, one word in JMdict's reading: rendaku,
        # gemination, a reading the pieces do not have (LC and OCLC records)
        ("火山灰地", "Kazanbaichi"),
        ("阿毘達磨思想硏究", "Abidatsuma shisō kenkyū"),
        ("財経詳報社", "Zaikei Shōhōsha"),
        ("外国人をつくりだす", "Gaikokujin o tsukuridasu"),
        # JMdict reads the pieces as unidic-lite does: the words stay apart
        ("国際関係", "Kokusai kankei"),
        ("日本語教育", "Nihongo kyōiku"),
        ("日露戦争", "Nichi-Ro sensō"),
    ],
)
def test_compound_readings_from_jmdict(text: str, latin: str) -> None:
    pytest.importorskip("fugashi")
    pytest.importorskip("jamdict_data")
    assert romanize(text, lang="ja", scheme="ala-lc") == latin


@pytest.mark.parametrize(
    ("surname", "given", "reading"),
    [
        # authors cited by F. Drixler, *Mabiki* (2013), bibliography, as "Takada Mamoru",
        # "Hamano Kiyoshi", "Sawayama Mikako": a one-kanji given name read as a name (衛 is the
        # word ei), a listed person whose surname the tagger reads as a word (沢山 takusan)
        ("高田", "衛", ("Takada", "Mamoru")),
        ("浜野", "潔", ("Hamano", "Kiyoshi")),
        ("沢山", "美果子", ("Sawayama", "Mikako")),
        # a given name after a space that the tagger splits (太 + 志), as without the space
        ("木下", "太志", ("Kinoshita", "Futoshi")),
        # a given name listed with one reading that the tagger reads as a number (NDL: 笠原十九司
        # Kasahara Tokushi), and the translator of Wiener's Cybernetics (池原止戈夫 Ikehara Shikao)
        ("笠原", "十九司", ("Kasahara", "Tokushi")),
        ("池原", "止戈夫", ("Ikehara", "Shikao")),
    ],
)
def test_personal_name_read_as_one_person(
    surname: str, given: str, reading: tuple[str, str]
) -> None:
    pytest.importorskip("fugashi")
    pytest.importorskip("jamdict_data")
    assert japanese_module.personal_name(surname, given) == reading


def test_without_jmnedict_the_dictionary_reading_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("fugashi")
    from archivecite.translit.japanese import dictionary, people  # noqa: PLC0415

    monkeypatch.setattr(dictionary, "database", lambda: None)
    japanese_module.clear_caches()
    dictionary.headwords.cache_clear()  # read again, without the database
    try:
        assert romanize("柄谷行人, 1941-", lang="ja", scheme="ala-lc") == "Karatani, Yukito, 1941-"
        assert people.given_reading("彰光", "アキラコー") == "アキラコー"
        assert romanize("火山灰地", lang="ja", scheme="ala-lc") == "Kazanhaichi"
    finally:
        monkeypatch.undo()
        japanese_module.clear_caches()
        dictionary.headwords.cache_clear()


@pytest.mark.parametrize(
    ("name", "size"),
    [
        # 五味川純平 (Gomikawa Junpei, author of 人間の條件; held-out set 37 split him 五味 /
        # 川純平): the lone character between the dictionary's surname and given name is the
        # surname's
        ("五味川純平", 3),
        ("瀬戸口明久", 3),
        ("秦郁彦", 1),
        ("富田武", 2),
        ("大江健三郎", 2),
    ],
)
def test_surname_length(name: str, size: int) -> None:
    from archivecite.translit.japanese.names import surname_length  # noqa: PLC0415

    assert surname_length(name) == size
