"""References that give little: no year (a translated title's other side, a short note), no
article title (a journal cited by issue and page). Real cases from the held-out sets; each
side's source is in the set named."""

from __future__ import annotations

import pytest

from archivecite.dedupe import Sameness, find_duplicates, record_keys
from archivecite.dedupe.blocking import build_blocks, candidate_pairs
from archivecite.dedupe.title_keys import clean_title
from archivecite.model import ArticleReference, BookReference, DateRange, Name, Text
from tests.dedupe.helpers import parsed

# tests/data/dedupe/cross_script_holdout3.toml: the RCSI record and the journal's Russian page
TRANSLATED = "Genealogical legends about Tyuluyen-oyuun of the Bordons Yakuts of the Nyurbinsky district as a historical and ethnographic source"
ORIGINAL = "Генеалогические предания о Тюлюен-ойууне бордонских якутов Нюрбинского улуса как историко-этнографический источник"


def _article(title: str, lang: str, family: str, year: int | None = None) -> ArticleReference:
    return ArticleReference(
        title=Text(original=title, lang=lang),
        authors=(Name(family=family),),
        date=DateRange.of(year) if year else None,
    )


def _pairs(references: list[ArticleReference], max_block: int = 400) -> set[tuple[int, int]]:
    records = [record_keys(index, reference) for index, reference in enumerate(references)]
    return {
        (left, right)
        for block in build_blocks(records, max_block=max_block)
        for left, right in candidate_pairs(block, records).tolist()
    }


def test_a_translated_title_meets_its_original_without_a_year() -> None:
    english = _article(TRANSLATED, "en", "Vinokurov", 2025)
    russian = _article(ORIGINAL, "ru", "Винокуров")
    assert (0, 1) in _pairs([english, russian])
    (cluster,) = find_duplicates([english, russian])
    assert cluster.level is Sameness.DOCUMENT  # two articles: the journal's English title
    assert "title translated; a year on one side" in {
        reason.text[:36] for reason in cluster.reasons
    }


@pytest.mark.parametrize(
    ("second", "met"),
    [
        (_article(ORIGINAL, "ru", "Винокуров", 2025), False),  # a year on both: the "ay" key
        (_article(TRANSLATED + " (abstract)", "en", "Vinokurov"), False),  # one script
        (_article(ORIGINAL, "ru", "Винокуров"), True),
        (_article(ORIGINAL, "ru", "Vinokurova"), False),  # another name
    ],
)
def test_a_name_alone_pairs_only_two_scripts_and_a_missing_year(
    second: ArticleReference, met: bool
) -> None:
    english = _article(TRANSLATED, "en", "Vinokurov", 2025)
    records = [record_keys(0, english), record_keys(1, second)]
    name_blocks = [block for block in build_blocks(records) if block.kind == "name"]
    assert bool(name_blocks) is met


def test_a_name_too_common_opens_no_block() -> None:
    others = [_article(f"Статья номер {n}", "ru", "Винокуров", 1990 + n % 30) for n in range(12)]
    references = [_article(TRANSLATED, "en", "Vinokurov"), *others]
    records = [record_keys(index, reference) for index, reference in enumerate(references)]
    assert {block.kind for block in build_blocks(records, max_block=20)} >= {"name"}
    assert "name" not in {block.kind for block in build_blocks(records, max_block=12)}


# tests/data/dedupe/cross_script_holdout5.toml: one notes page each
@pytest.mark.parametrize(
    ("first", "second", "level"),
    [
        # Montefiore-style notes citing one issue of a journal at two places
        ("«Большевик», №№13–14, 1928, с.74.", "«Большевик», №№13–14, 1928, с.46–47.", "work"),
        # the full note and the short note that follows it
        (
            "Краткая история СССР. М., 1983. Ч. 2. С. 420.",
            "Краткая история СССР. Ч. 2. С. 420.",
            "document",
        ),
    ],
)
def test_a_short_form_joins_its_full_form(first: str, second: str, level: str) -> None:
    (cluster,) = find_duplicates([parsed(first), parsed(second)])
    assert cluster.level == level


@pytest.mark.parametrize(
    ("first", "second", "level"),
    [
        ("«Большевик», №№13–14, 1928, с.74.", "«Большевик», №15, 1928, с.74.", "work"),
        ("«Большевик», №№13–14, 1928, с.74.", "«Большевик», №№13–14, 1929, с.74.", "work"),
        ("«Большевик», №№13–14, 1928, с.74.", "«Большевик», №№13–14, 1928, с.46–47.", "document"),
        (
            "Краткая история СССР. М., 1983. Ч. 2. С. 420.",
            "Краткая история СССР. Ч. 1. С. 420.",
            "work",
        ),
    ],
)
def test_another_issue_or_volume_stays_apart(first: str, second: str, level: str) -> None:
    assert not find_duplicates([parsed(first), parsed(second)], level=level)


# A. M. Ledovskii's book (Памятники исторической мысли, 1999): its title page, and the title a
# note gives it without the subtitle
LEDOVSKII_FULL = (
    "СССР и Сталин в судьбах Китая: Документы и свидетельства участника событий, 1937–1952"
)


@pytest.mark.parametrize(
    ("first", "second", "kind", "joined"),
    [
        (LEDOVSKII_FULL, "SSSR i Stalin v sud’bakh Kitaia", BookReference, True),
        (LEDOVSKII_FULL, "СССР и Сталин в судьбах Китая", BookReference, True),
        # a paper cited without its subtitle is as often another paper of the same people
        (LEDOVSKII_FULL, "СССР и Сталин в судьбах Китая", ArticleReference, False),
        # a main title too short to name a work alone
        ("Сталин: Документы и свидетельства", "Сталин", BookReference, False),
    ],
)
def test_a_book_cited_without_its_subtitle(
    first: str, second: str, kind: type[BookReference | ArticleReference], joined: bool
) -> None:
    references = [
        kind(title=Text(original=title), authors=(Name(family=name),), date=DateRange.of(1999))
        for title, name in ((first, "Ледовский"), (second, "Ledovskii"))
    ]
    assert bool(find_duplicates(references)) is joined


# Stalin Digital Archive headings and notes: a location printed without its archive's name
@pytest.mark.parametrize(
    ("texts", "clusters"),
    [
        (
            ["f. 671, op. 1, d. 273, ll. 993-993ob", "RGASPI f. 671, op. 1, d. 273, ll. 1-4"],
            [(0, 1)],
        ),
        # the same fond and delo in two archives: the bare location joins one of them, never both
        (
            [
                "f. 671, op. 1, d. 273, ll. 993-993ob",
                "RGASPI f. 671, op. 1, d. 273, ll. 1-4",
                "GARF f. 671, op. 1, d. 273, l. 5",
            ],
            [(0, 1)],
        ),
        (["f. 671, op. 1, d. 274, l. 5", "RGASPI f. 671, op. 1, d. 273, ll. 1-4"], []),
    ],
)
def test_a_file_cited_without_its_archive(
    texts: list[str], clusters: list[tuple[int, ...]]
) -> None:
    found = find_duplicates([parsed(text) for text in texts], level="file")
    assert [cluster.members for cluster in found] == clusters


def test_no_block_of_files_without_a_bare_location() -> None:
    references = [
        parsed("RGASPI f. 671, op. 1, d. 273, l. 1"),
        parsed("GARF f. 671, op. 1, d. 273"),
    ]
    records = [record_keys(index, reference) for index, reference in enumerate(references)]
    assert "unfiled" not in {block.kind for block in build_blocks(records)}


# A regional historian's book (S. I. Kuznetsov, Irkutsk 1997) and a second title of that year
# made up for the rule, cited by an English title only. One author, two books, one language and
# nothing else compared is not one work; numbers in both titles (a period) are more to compare.
@pytest.mark.parametrize(
    ("english", "joined"),
    [
        ("Kuznetsov S.I. The Japanese in Mongolia. Irkutsk, 1997. (In Russian)", False),
        (
            "Kuznetsov S.I. The Japanese in Siberian captivity (1945–1956). Irkutsk, 1997. "
            "(In Russian)",
            True,
        ),
    ],
)
def test_a_translated_title_of_one_author(english: str, joined: bool) -> None:
    russian = parsed("Кузнецов С.И. Японцы в сибирском плену (1945–1956). Иркутск, 1997.")
    assert bool(find_duplicates([russian, parsed(english)])) is joined


@pytest.mark.parametrize(
    ("title", "cleaned"),
    [
        # edition statements Japanese and Chinese citations write into the title
        ("南京事件新版", "南京事件"),
        ("サイバネティクス<第2版>", "サイバネティクス"),
        ("中国近代史（增订版）", "中国近代史"),
        ("人間機械論 第二版", "人間機械論"),
        # not an edition statement: a volume, a publishing word
        ("日本外交文書 第1巻", "日本外交文書 第1巻"),
        ("出版", "出版"),
    ],
)
def test_an_edition_statement_in_a_title_is_not_compared(title: str, cleaned: str) -> None:
    assert clean_title(title) == cleaned


# A JACAR reference code names one item; an image number is a page of it
@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("JACAR Ref. B02030023400, image 2", "JACAR Ref. B02030023400", True),
        ("JACAR Ref. B02030023400, image 2", "JACAR Ref. B02030023400, image 5", False),
        ("JACAR Ref. B02030023400, image 2", "JACAR Ref. B02030023500, image 2", False),
    ],
)
def test_a_jacar_item_with_and_without_its_image(first: str, second: str, same: bool) -> None:
    found = find_duplicates([parsed(first), parsed(second)], level="document")
    assert bool(found) is same


# 松崎憲三『現代供養論考：ヒト・モノ・動植物の慰霊』慶友社 2004: its main title alone in kanji, its
# whole title in romaji (a bibliography's entry under the author, so no name on the entry)
@pytest.mark.parametrize(("year", "joined"), [(2004, True), (2005, False)])
def test_a_short_main_title_across_scripts_in_the_same_year(year: int, joined: bool) -> None:
    romaji = BookReference(
        title=Text(original="Gendai kuyō ronkō: hito, mono, dōshokubutsu no irei"),
        date=DateRange.of(2004),
    )
    kanji = BookReference(title=Text(original="現代供養論考", lang="ja"), date=DateRange.of(year))
    assert bool(find_duplicates([romaji, kanji])) is joined


# N. Wiener's『神童から俗人へ』in Yasuo Shizume's translation (みすず書房 1983), cited with and
# without its subtitle and no author: a short title, the same publisher and year name the book
@pytest.mark.parametrize(("publisher", "joined"), [("みすず書房", True), ("岩波書店", False)])
def test_a_short_title_with_the_same_imprint(publisher: str, joined: bool) -> None:
    def book(title: str, press: str) -> BookReference:
        return BookReference(
            title=Text(original=title, lang="ja"),
            publisher=Text(original=press, lang="ja"),
            date=DateRange.of(1983),
        )

    references = [
        book("神童から俗人へ: わが幼時と青春", "みすず書房"),
        book("神童から俗人へ", publisher),
    ]
    assert bool(find_duplicates(references)) is joined


# Japanese titles with their subtitles after a dash or a space, cited without them; a volume after
# the main title is no subtitle (小林昭菜 2018, 瀬戸口明久 2009, 日本外交文書: real titles)
@pytest.mark.parametrize(
    ("long", "short", "joined"),
    [
        ("シベリア抑留—米ソ関係の中での変容", "シベリア抑留", True),
        ("害虫の誕生―虫からみた日本史", "害虫の誕生", True),
        ("日本外交文書 第1巻", "日本外交文書", False),
    ],
)
def test_a_japanese_book_cited_without_its_subtitle(long: str, short: str, joined: bool) -> None:
    def book(title: str) -> BookReference:
        return BookReference(
            title=Text(original=title, lang="ja"),
            authors=(Name(family="小林", lang="ja"),),
            date=DateRange.of(2018),
        )

    assert bool(find_duplicates([book(long), book(short)])) is joined


# CONSTRUCTED on real books: 蒋廷黻's 中国近代史 (Changsha: Shangwu yinshuguan, 1938) cited by its
# romanized title alone, against 李侃 et al.'s textbook of that name (中华书局 1994) and against
# Jiang's own reprint (上海古籍出版社 1999); 藤原彰's 餓死した英霊たち (青木書店 2001, ちくま学芸文庫
# 2018). A compound naming a topic, people on one side only, another house and another generation
# cannot tell one book from its namesakes; a phrase still names its book in a reprint series.
@pytest.mark.parametrize(
    ("romanized", "written", "joined"),
    [
        (
            "Zhongguo jindai shi (Changsha: Shangwu yinshuguan, 1938).",
            "李侃、李时岳、李德征、杨策、龚书铎：《中国近代史:1840-1919》，中华书局1994年版。",
            False,
        ),
        (
            "Zhongguo jindai shi (Changsha: Shangwu yinshuguan, 1938).",
            "蒋廷黻：《中国近代史》，上海古籍出版社1999年版。",
            False,
        ),
        (
            "Gashi shita eireitachi (Tokyo: Aoki Shoten, 2001).",
            "藤原彰『餓死した英霊たち』ちくま学芸文庫、2018年",
            True,
        ),
    ],
)
def test_a_topic_title_signed_on_one_side_by_another_house(
    romanized: str, written: str, joined: bool
) -> None:
    assert bool(find_duplicates([parsed(romanized), parsed(written)])) is joined
