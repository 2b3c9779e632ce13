"""Kana (built in) and kanji (the ``ja`` extra) romanization."""

from __future__ import annotations

import builtins

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archivecite.errors import MissingExtraError
from archivecite.translit import japanese as japanese_module
from archivecite.translit import kana_to_romaji, romanize

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
]


@pytest.mark.parametrize(
    ("kana", "system", "long", "romaji"), KANA, ids=[f"{r[0]}-{r[1]}-{r[2]}" for r in KANA]
)
def test_kana(kana: str, system: str, long: str, romaji: str) -> None:
    assert kana_to_romaji(kana, system=system, long_vowels=long) == romaji  # type: ignore[arg-type]


KANJI = [
    # The seed bibliography's Japanese titles (ALA-LC style), and catalogue examples.
    ("シベリア抑留", "Shiberia yokuryū"),
    ("米ソ関係の中での変容", "Beiso kankei no naka de no hen'yō"),
    ("シベリアの挽歌", "Shiberia no banka"),
    ("終戦史料館出版部", "Shūsen shiryōkan shuppan-bu"),
    ("岩波書店", "Iwanami Shoten"),
    ("日本外交文書", "Nihon gaikō bunsho"),
    ("東京都千代田区", "Tōkyō-to Chiyoda-ku"),
    ("東京は思う", "Tōkyō wa omou"),
    ("大阪", "Ōsaka"),
    ("外務省記録", "Gaimushō kiroku"),
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

    japanese_module._tagger.cache_clear()
    monkeypatch.setattr(builtins, "__import__", no_fugashi)
    try:
        with pytest.raises(MissingExtraError) as caught:
            romanize("抑留", lang="ja")
    finally:
        japanese_module._tagger.cache_clear()
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
    )
)
def test_kanji_never_raises(text: str) -> None:
    pytest.importorskip("fugashi")
    assert isinstance(romanize(text, lang="ja"), str)


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
]


@pytest.mark.parametrize(("text", "latin"), ALA_LC_RULES, ids=[r[1] for r in ALA_LC_RULES])
def test_ala_lc_rules(text: str, latin: str) -> None:
    pytest.importorskip("fugashi")
    assert romanize(text, lang="ja", scheme="ala-lc") == latin
