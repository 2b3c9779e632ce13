"""A sequel's title is the first book's with an ordinal before it, another work (第二貧乏物語 /
貧乏物語); an English title with its original romanized in brackets after it is compared by the
bracket too ('FIELD SERVICE CODE (SENZINKUN)' / 戦陣訓); one family name printed alike on both
sides agrees whatever the languages of the titles ('Wei' under an English and a pinyin title).
Real references, each from the page named beside it (none from the held-out pair sets)."""

from __future__ import annotations

import pytest

from archivecite.dedupe import find_duplicates, record_keys, score_pair
from archivecite.dedupe.bracketed_originals import romanized_in_brackets
from archivecite.dedupe.people import author_similarity
from archivecite.dedupe.sequels import opening_ordinal
from archivecite.model import BookReference, DateRange, Name, Text


def _book(title: str, lang: str, year: int | None = None, *authors: str) -> BookReference:
    return BookReference(
        title=Text(original=title, lang=lang),
        authors=tuple(Name(family=family) for family in authors),
        date=DateRange.of(year) if year else None,
    )


# https://ja.wikipedia.org/wiki/悪魔の飽食 (the infobox: ①悪魔の飽食 … ②続・悪魔の飽食 … 著者 森村誠一,
# 発行日 1981 [第1部], 1982 [第2部])
AKUMA = _book("悪魔の飽食", "ja", 1981, "森村")
ZOKU_AKUMA = _book("続・悪魔の飽食", "ja", 1982, "森村")
# https://linus.hatenablog.jp/entry/2019/10/30/165104: "『新・平家物語』吉川英治"; sveski.hatenablog.com
# (2021/06/14): 表題だけを見ると古典の「平家物語」を思はせてしまふが (the classic, no author)
SHIN_HEIKE = _book("新・平家物語", "ja", None, "吉川")
HEIKE = _book("平家物語", "ja")
# daigou.demo.bunze.cn's record of the Kodansha volume: "新平家物語 四 / 吉川 英治 … 1989年05月"
SHIN_HEIKE_KODANSHA = _book("新平家物語", "ja", 1989, "吉川")
# https://en.wikipedia.org/wiki/The_Second_Jungle_Book: 'The Second Jungle Book … Author: Rudyard
# Kipling … Release Date: November 1895 … Preceded By: The Jungle Book' (1894, lovereading4kids)
SECOND_JUNGLE = _book("The Second Jungle Book", "en", 1895, "Kipling")
JUNGLE = _book("The Jungle Book", "en", 1894, "Kipling")
# https://wikiwand.com/ja/ジャングル・ブック_(小説): 『ジャングル・ブック』(The Jungle Book) … 1894年 … 翌1895年
# には続編『続ジャングル・ブック』(The Second Jungle Book) (キップリング)
ZOKU_JUNGLE = _book("続ジャングル・ブック", "ja", 1895, "キップリング")
JUNGLE_JA = _book("ジャングル・ブック", "ja", 1894, "キップリング")
# http://www.ffortune.net/social/people/seiyo-today/beauvoir.htm: 1949年の「第二の性(Le deuxieme
# sexe)」; lebooks.jp/the-second-sex: 『第二の性』 … 1949年に出版 (an ordinal on both sides)
DAINI_NO_SEI = _book("第二の性", "ja", 1949, "ボーヴォワール")
SECOND_SEX = _book("The Second Sex", "en", 1949, "Beauvoir")
# http://www.netipedia.com/index.php/Imperial_Rescript_on_Education: 'The Imperial Rescript on
# Education (教育勅語 Kyôiku Chokugo) was signed by Emperor Meiji of Japan on October 30, 1890';
# https://shinto.en-academic.com/469/Kyoiku_chokugo: the heading 'Kyoiku chokugo', 1890
RESCRIPT_EDUCATION = _book(
    "The Imperial Rescript on Education (教育勅語 Kyôiku Chokugo)", "en", 1890
)
KYOIKU_CHOKUGO = _book("Kyoiku chokugo", "ja-Latn", 1890)
# https://www.primidi.com/imperial_rescript_to_soldiers_and_sailors: 'The Imperial Rescript to
# Soldiers and Sailors (軍人勅諭, Gunjin Chokuyu?) … issued by Emperor Meiji … on 4 January 1882'
GUNJIN_CHOKUYU = _book("Gunjin Chokuyu", "ja-Latn", 1882)
GUNJIN_KANJI = _book("軍人勅諭", "ja", 1882)
# http://www.chinaknowledge.de/Literature/Historiography/shengwuji.html: 'Shengwuji 聖武記 … written
# by … Wei Yuan 魏源'; https://wikisum.wiki/wiki/Wei_Yuan: 'He wrote A Military History of the Holy
# Dynasty (《聖武記》, Shèngwǔjì, …)'
SHENGWUJI = _book("Shengwuji", "zh-Latn", None, "Wei")
MILITARY_HISTORY = _book("A Military History of the Holy Dynasty", "en", None, "Wei")
# https://core-prod.cambridgecore.org/… (Leonard, Modern Asian Studies): 'Wei Yüan's
# geopolitical work, the Hai-kuo t'u-chih (The illustrated treatise on the maritime kingdoms)'
HAI_KUO = _book("Hai-kuo t'u-chih", "zh-Latn", None, "Wei Yüan")
TREATISE = _book("The illustrated treatise on the maritime kingdoms", "en", None, "Wei Yüan")


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # a sequel, by the same author: another work, whatever the years
        (ZOKU_AKUMA, AKUMA, False),
        (
            _book("続・悪魔の飽食", "ja", None, "森村"),
            _book("悪魔の飽食", "ja", None, "森村"),
            False,
        ),
        (SHIN_HEIKE, HEIKE, False),  # Yoshikawa's novel is not the classic tale
        (SECOND_JUNGLE, JUNGLE, False),
        (ZOKU_JUNGLE, JUNGLE_JA, False),
        # the same mark on both sides: one work
        (SHIN_HEIKE_KODANSHA, SHIN_HEIKE, True),
        (DAINI_NO_SEI, SECOND_SEX, True),  # 第二 and "Second": one title, translated
    ],
)
def test_a_sequel_is_another_work(first: BookReference, second: BookReference, same: bool) -> None:
    assert bool(find_duplicates([first, second], level="work")) is same


def test_a_sequel_never_chains_with_its_first_book() -> None:
    decision = score_pair(record_keys(0, ZOKU_AKUMA), record_keys(1, AKUMA))
    assert decision.conflict
    assert "an ordinal before one title only: a sequel" in {r.text for r in decision.reasons}


@pytest.mark.parametrize(
    ("title", "marker", "rest"),
    [
        ("第二貧乏物語", "2", "貧乏物語"),
        ("第2貧乏物語", "2", "貧乏物語"),
        ("続・悪魔の飽食", "続", "悪魔の飽食"),
        ("新・平家物語", "新", "平家物語"),
        ("The Second Jungle Book", "2", "the jungle book"),
        ("Vtoraia kniga", "", ""),  # "the second book": a part word, not a sequel's mark
        ("第二次世界大戦", "", ""),  # 第二次: "the second time", not a sequel
        ("第二巻", "", ""),  # a volume
        ("新版 日本の下層社会", "", ""),  # 新版: a new edition of one work
        ("新潮日本語漢字辞典", "新", "潮日本語漢字辞典"),  # read, but fits the other no better
        ("Second edition of the treatise", "", ""),
    ],
)
def test_the_ordinal_opening_a_title(title: str, marker: str, rest: str) -> None:
    assert opening_ordinal(title) == (marker, rest)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # 新 opening a word of the title (新潮 the publisher; 新诗 "new poetry") is no mark: the
        # whole title fits the other's reading better than the rest after it
        (
            _book("新潮日本語漢字辞典", "ja", 2007),
            _book("Shincho nihongo kanji jiten", "ja-Latn", 2007),
            True,
        ),
        # the original in brackets, in characters and romanized: read against its romanization
        (RESCRIPT_EDUCATION, KYOIKU_CHOKUGO, True),
        # and against another rescript's, apart
        (RESCRIPT_EDUCATION, GUNJIN_CHOKUYU, False),
        (RESCRIPT_EDUCATION, GUNJIN_KANJI, False),
    ],
)
def test_an_original_in_brackets(first: BookReference, second: BookReference, same: bool) -> None:
    assert bool(find_duplicates([first, second], level="work")) is same


def test_words_in_brackets_read_as_the_other_side_s_language() -> None:
    """netipedia's bracket '(教育勅語 Kyôiku Chokugo)' holds the original in kanji and in a
    romanization with circumflexes: its romaji, read as Japanese, is the heading 'Kyoiku
    chokugo'; a translation in brackets is no original to read so."""
    english, romanized = record_keys(0, RESCRIPT_EDUCATION), record_keys(1, KYOIKU_CHOKUGO)
    assert romanized_in_brackets(english, romanized)
    assert not romanized_in_brackets(english, record_keys(1, GUNJIN_CHOKUYU))
    translated = record_keys(0, _book("Ajia Taiheiyō sensō [The Asia-Pacific war]", "ja-Latn"))
    assert not romanized_in_brackets(translated, record_keys(1, _book("Asia Pacific War", "en")))


@pytest.mark.parametrize(
    ("first", "second"),
    [(SHENGWUJI, MILITARY_HISTORY), (HAI_KUO, TREATISE)],
)
def test_a_family_name_printed_alike_agrees_across_title_languages(
    first: BookReference, second: BookReference
) -> None:
    """'Wei' under a pinyin title is keyed as pinyin ("wei"), under an English one as a Russian
    name would be ("vei"); 'Wei Yüan' as Wade-Giles read into pinyin or not."""
    assert author_similarity(record_keys(0, first), record_keys(1, second)) == 1.0
    other = _book("A Military History of the Holy Dynasty", "en", None, "Wang")
    assert author_similarity(record_keys(0, first), record_keys(1, other)) < 1.0


# https://zh.m.wikipedia.org/wiki/清经世文编: 魏源、賀長齡編《皇朝經世文編》 (1825-1826); 葛士濬 (1888)
# 《皇朝經世文續編》, its continuation; the Wade-Giles 'Huang-ch'ao ching-shih wen-' is the title as
# a list cut at a line's end would print it (the cut form made by us from the title).
WENBIAN = _book("皇朝經世文編", "zh-Hant")
WENBIAN_PINYIN = _book("Huangchao jingshi wenbian", "zh-Latn")  # chinaknowledge.de: Huang-Qing…
XUBIAN = _book("皇朝經世文續編", "zh-Hant", 1888)
CUT_WENBIAN = _book("Huang-ch'ao ching-shih wen-", "zh-Latn")
# the Cambridge abstract of Leonard's paper: 'the Hai-kuo t'u-chih' (Wei Yüan)
HAI_KUO_CUT = _book("Hai-kuo t'u-", "zh-Latn")


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (CUT_WENBIAN, WENBIAN, True),  # the syllable "pien" left out
        (CUT_WENBIAN, WENBIAN_PINYIN, True),
        (CUT_WENBIAN, XUBIAN, False),  # "hsü-pien": more than the cut syllable
        (HAI_KUO_CUT, _book("Hai-kuo t'u-chih", "zh-Latn"), False),  # too short a cut
    ],
)
def test_a_title_cut_at_a_hyphen(first: BookReference, second: BookReference, same: bool) -> None:
    assert bool(find_duplicates([first, second], level="work")) is same
    assert find_duplicates([first, second], level="document") == []  # which edition: unknown


def test_a_space_before_the_mark_of_aspiration() -> None:
    """'Ch 'ou-pan' (a space typeset before Wade-Giles's apostrophe) is read as "Ch'ou-pan"."""
    spaced = record_keys(0, _book("Huang-ch 'ao ching-shih wen-pien", "zh-Latn"))
    assert "huangzhaoqingshiwenbian" in {title.key for title in spaced.titles}
