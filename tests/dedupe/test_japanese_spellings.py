"""Japanese works cited in kanji and kana and in romaji spelt several ways: a katakana
loanword's small vowels written out ('fuashizumu' for ファシズム, 'Saibaneteikkusu' for
サイバネテイックス), ッ kept or dropped, an English edition statement or translation after the
romaji, a volume numeral after the kanji title. Real references; each side's source is in the
set named (tests/data/dedupe), and the hard negatives beside them stay apart.

Sources:
- cross_script_holdout13: Brill's chapter summary of 'Hasegawa Nyozekan and Liberalism in Modern
  Japan' ('Nihon fuashizumu hihan (Critique of Japanese Fascism)'); DIJ Tokyo's collection entry
  on 長谷川如是閑 (『日本ファシズム批判』(1932), 『現代国家批判』(1921)); Columbia's BIB95 guide
  ('Kokusho sômokuroku, expanded edition'); Hiroshima Prefectural Library's guide (『国書総目録
  補訂版 …』 and the other 'Kokusho' books);
- cross_script_holdout19: Kamikaze Images' review heading ('Tokkō no machi: Chiran (Special
  attack corps town: Chiran)'), booklog's 新装版 title line, a blog's 「特攻基地 知覧始末記」 and
  Kadokawa's 『特攻基地 知覧』 (2025);
- cross_script_holdout28: the Yomiuri's English and Japanese pages on 『検証 戦争責任』 (2006),
  harpoon1993's review line '『検証 戦争責任 I』…', ameblo's '検証 戦争責任〈2〉 (単行本)';
- Eri Hotta, 'Japan 1941: Countdown to Infamy', the notes to its prologue, note 8 ('Yomiuri
  Shimbun, Kensho Senso Sekinin (1) …'), https://erenow.net/ww/japan-1941-countdown-to-infamy/20.php
  (as stored in the search tool's pages corpus);
- cross_script_holdout40: a copy of the Wikipedia article on Fukuzawa ('Gakumon no Susume (An
  Encouragement of Learning)') and winbell-7's catalogue of his works (學問ノスゝメ, 1874);
- cross_script_holdout9: monoskop's Wiener bibliography, whose romaji entries print the kana
  beside them ('Saibaneteikkusu [サイバネテイックス]', 'Saibanetikkusu [サイバネティックス]'); the
  two books called 『南京事件』 (笠原十九司, 岩波新書 1997; 秦郁彦, 中公新書 2007).
"""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citations
from archivecite.dedupe import find_duplicates, record_keys, score_pair
from archivecite.dedupe.title_keys import clean_title
from archivecite.model import BookReference, DateRange, Name, Text
from archivecite.model.reference import ReferenceKind

FUASHIZUMU = "Nihon fuashizumu hihan (Critique of Japanese Fascism)"
FASHIZUMU_KANJI = "『日本ファシズム批判』(1932)"
GENDAI_KOKKA = "『現代国家批判』(1921)"
KOKUSHO = (
    "*** Kokusho sômokuroku, expanded edition. Tokyo: Iwanami shoten, 1989 (1963). 8 volumes "
    "+ author index and appendix."
)
KOKUSHO_KANJI = "『国書総目録 補訂版 全8巻,著者別索引』岩波書店,1989-1991R025.1/89/18,ベツ】"
KOTENSEKI = "『古典籍総合目録 国書総目録続編 全3巻』国文学研究資料館/編,岩波書店,1990R025.1/90/13"
KOKUSHO_JINMEI = "『国書人名辞典 全5巻』市古貞次/[ほか]編,岩波書店,1993-1999R281.03/93/1<∼5"
KOKUSHO_YOMIKATA = "『国書読み方辞典』植月博/編,おうふう,1996R025.1/96ウ】"
TOKKO = (
    "Tokkō no machi: Chiran (Special attack corps town: Chiran)\nby Sanae Satō\nKōjinsha, "
    "2003, 245 pages"
)
TOKKO_KANJI = "特攻の町・知覧 新装版: 最前線基地を彩った日本人の生と死"
TOKKO_KICHI = "「特攻基地 知覧始末記」佐藤 早苗(著)"
KENSHO_VOLUME_1 = "『検証 戦争責任 I』読売新聞戦争責任検証委員会、中央公論新社、2006"
KENSHO_NOTE = "Yomiuri Shimbun, Kensho Senso Sekinin (1) (Chuo Koron Shinsha, 2006), 55."


def _parsed(text: str) -> ReferenceKind:
    (result,) = parse_citations([text])
    assert isinstance(result, Parsed), text
    return result.references[0]


def _book(title: str, year: int | None = None, *authors: str) -> BookReference:
    return BookReference(
        title=Text(original=title, lang="ja-Latn" if title.isascii() else "ja"),
        authors=tuple(Name(family=family) for family in authors),
        date=DateRange.of(year) if year else None,
    )


def _side(side: str | BookReference) -> ReferenceKind:
    return _parsed(side) if isinstance(side, str) else side


def _joined(first: str | BookReference, second: str | BookReference) -> bool:
    references = [_side(first), _side(second)]
    return [cluster.members for cluster in find_duplicates(references)] == [(0, 1)]


TAKAGI_CHIRAN = _book("特攻基地 知覧", 2025, "高木")  # Kadokawa's product page (fields)
GAKUMON = _book("Gakumon no Susume (An Encouragement of Learning)", None, "Fukuzawa")
GAKUMON_KANJI = _book("學問ノスゝメ", 1874, "福澤")

CASES = [
    # ファ as 'fua': one title, 1932; the same author's other '… hihan' stays apart
    pytest.param(FUASHIZUMU, FASHIZUMU_KANJI, True, id="fua for fa"),
    pytest.param(FUASHIZUMU, GENDAI_KOKKA, False, id="fua: same author's other hihan"),
    # 'expanded edition' after the romaji, 補訂版 and the volumes in the kanji title: one set
    pytest.param(KOKUSHO, KOKUSHO_KANJI, True, id="edition words on both sides"),
    pytest.param(KOKUSHO, KOTENSEKI, False, id="edition words: the sequel"),
    pytest.param(KOKUSHO, KOKUSHO_JINMEI, False, id="edition words: another Kokusho book"),
    pytest.param(KOKUSHO, KOKUSHO_YOMIKATA, False, id="edition words: a third Kokusho book"),
    # the English gloss in parentheses after the romaji, the middle dot in the kanji title
    pytest.param(TOKKO, TOKKO_KANJI, True, id="gloss in parentheses, middle dot"),
    pytest.param(TOKKO, TOKKO_KICHI, False, id="gloss: the same author's other Chiran book"),
    pytest.param(TOKKO, TAKAGI_CHIRAN, False, id="gloss: another author's Chiran book"),
    # an English gloss whose syllables might read as romaji ("An Encouragement …"), and the
    # kanji title's iteration mark (ゝ), cross_script_holdout40
    pytest.param(GAKUMON, GAKUMON_KANJI, True, id="gloss read as English, iteration mark"),
    # a volume numeral after the kanji title: the two-volume set's first volume
    pytest.param(
        _book("Kensho: Senso Sekinin", 2006), KENSHO_VOLUME_1, True, id="volume I, romaji"
    ),
    pytest.param(
        _book("Kenshō: Sensō Sekinin", 2006), KENSHO_VOLUME_1, True, id="volume I, macrons"
    ),
    pytest.param(
        _book("検証 戦争責任〈2〉", 2006), KENSHO_VOLUME_1, False, id="volume 2 against volume I"
    ),
    pytest.param(KENSHO_NOTE, KENSHO_VOLUME_1, True, id="volume (1) in a note against I"),
    pytest.param(
        KENSHO_NOTE, _book("検証 戦争責任〈2〉", 2006), False, id="volume (1) against 〈2〉"
    ),
    # one short title, two works (cross_script_holdout9: 笠原十九司『南京事件』 岩波新書 1997 and
    # 秦郁彦『南京事件』 中公新書 2007), cited without their authors: a title alone proves nothing
    pytest.param(_book("南京事件", 1997), _book("南京事件", 2007), False, id="short kanji title"),
    pytest.param(
        _book("Nankin jiken", 1997), _book("南京事件", 2007), False, id="short title, romaji"
    ),
    pytest.param(
        _book("南京事件", 1997, "笠原"), _book("南京事件", 2007, "秦"), False, id="two authors"
    ),
]


@pytest.mark.parametrize(("first", "second", "same"), CASES)
def test_japanese_spellings(
    first: str | BookReference, second: str | BookReference, same: bool
) -> None:
    assert _joined(first, second) is same


@pytest.mark.parametrize(
    ("romaji", "kana"),
    [
        ("Saibaneteikkusu", "サイバネテイックス"),  # the old typesetting's full-size イ
        ("Saibanetikkusu", "サイバネティックス"),
        ("Saibanetikkusu", "サイバネティクス"),  # ッ in the romaji only
        ("Nihon fuashizumu hihan", "日本ファシズム批判"),
    ],
)
def test_a_loanword_spelt_either_way_is_one_title(romaji: str, kana: str) -> None:
    first, second = record_keys(0, _book(romaji)), record_keys(1, _book(kana))
    assert "titles equal" in score_pair(first, second).reasons[0].text


def test_sokuon_alone_does_not_make_a_short_kana_title_telling() -> None:
    """サイバネティックス / サイバネティクス, titles alone in one script: equal, but a title
    alone proves nothing without an author, a year or a publisher to agree."""
    references = [_book("サイバネティックス"), _book("サイバネティクス")]
    assert find_duplicates(references) == []


@pytest.mark.parametrize(
    ("title", "cleaned"),
    [
        ("Kokusho sômokuroku, expanded edition", "Kokusho sômokuroku"),
        ("Kokusho sômokuroku (2nd ed.)", "Kokusho sômokuroku"),
        ("A New Edition", "A New Edition"),  # the whole title, not a statement after it
    ],
)
def test_an_english_edition_statement_after_a_title(title: str, cleaned: str) -> None:
    assert clean_title(title) == cleaned
