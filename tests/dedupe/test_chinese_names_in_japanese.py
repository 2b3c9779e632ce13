"""A Chinese author's name in a Japanese book, a Japanese author's in a Chinese one: the hanzi or
kanji are read both ways whatever the title's script, so that a Japanese catalogue's 陳舜臣
(Chin Shunshin, his Japanese reading) meets the pinyin "Chen Shunchen" as well as the Hepburn,
and a Japanese record's 中曽根 the Chinese one's 中曾根. A given name written out on both sides
that no reading joins is another person of one family name (where the family names meet by a
reading, not by one key: "Chin" and 陳 keyed alike agree as any two names keyed alike do).

The people and books are real: 陳舜臣, Chin Shunshin or Chen Shunchen (English Wikipedia, "Chin
Shunshin"), his 『中国の歴史』 (1980-83, "Chugoku no Rekishi" in AsiaOne's obituary of 2015) and
his son the photographer 陳立人 (Japanese Wikipedia, 陳舜臣); 孫歌 (Sun Ge)『竹内好という問い』
(岩波書店, 2005: the Amazon record of ISBN 4000237640, and the heading '孫歌『竹内好という問い』'
of the blog fookpaktsuen.hatenadiary.jp, 2019-02-08); 貝塚茂樹『中国の歴史』 (岩波新書,
1964-70), another book of that title; 中曽根康弘, 中曾根康弘 in Chinese print. The romanized
titles are the kanji titles in Hepburn."""

from __future__ import annotations

import pytest

from archivecite.dedupe import find_duplicates, record_keys
from archivecite.dedupe.people import author_similarity
from archivecite.model import BookReference, DateRange, Name, Text

CHUGOKU = Text(original="中国の歴史", lang="ja")  # kana: a Japanese book
TAKEUCHI = Text(original="竹内好という問い", lang="ja")
ROMAJI = Text(original="Chūgoku no rekishi")
CHINESE = Text(original="中国的历史")  # simplified hanzi: a Chinese book
NAKASONE_JA = Text(original="政治と人生 中曽根康弘回顧録")
NAKASONE_ZH = Text(original="政治与人生：中曾根康弘回忆录")


def _book(
    title: Text, family: str, given: str = "", *, year: int | None = None, publisher: str = ""
) -> BookReference:
    return BookReference(
        title=title,
        authors=(Name(family=family, given=given or None),),
        date=DateRange.of(year) if year is not None else None,
        publisher=Text(original=publisher) if publisher else None,
    )


def _similarity(first: BookReference, second: BookReference) -> float:
    return author_similarity(record_keys(0, first), record_keys(1, second))


@pytest.mark.parametrize(
    ("latin", "kanji", "similarity"),
    [
        # his Mandarin reading under a Japanese title, and his Japanese one
        (_book(ROMAJI, "Chen", "Shunchen"), _book(CHUGOKU, "陳", "舜臣"), 1.0),
        (_book(ROMAJI, "Chin", "Shunshin"), _book(CHUGOKU, "陳", "舜臣"), 1.0),
        (_book(ROMAJI, "Chen"), _book(CHUGOKU, "陳", "舜臣"), 1.0),  # no given name to tell
        (_book(ROMAJI, "Sun", "Ge"), _book(TAKEUCHI, "孫", "歌"), 1.0),
        (_book(ROMAJI, "Sun"), _book(TAKEUCHI, "孫"), 1.0),
        # the same family name by a reading, another person: his son 陳立人 (Chen Liren)
        (_book(ROMAJI, "Chen", "Liren"), _book(CHUGOKU, "陳", "舜臣"), 0.0),
        (_book(ROMAJI, "Chen", "Shunchen"), _book(CHUGOKU, "陳", "立人"), 0.0),
        # another family name
        (_book(ROMAJI, "Kaizuka", "Shigeki"), _book(CHUGOKU, "陳", "舜臣"), 0.0),
        (_book(ROMAJI, "Sun", "Ge"), _book(CHUGOKU, "陳", "舜臣"), 0.0),
    ],
)
def test_a_name_in_latin_letters_meets_either_reading_of_the_kanji(
    latin: BookReference, kanji: BookReference, similarity: float
) -> None:
    assert _similarity(latin, kanji) == similarity
    assert _similarity(kanji, latin) == similarity


@pytest.mark.parametrize(
    ("japanese", "chinese", "similarity"),
    [
        # one person, keyed chin in the Japanese record and chen in the Chinese one
        (_book(CHUGOKU, "陳", "舜臣"), _book(CHINESE, "陈", "舜臣"), 1.0),
        # 中曽根 read Nakasone, 中曾根 under a Chinese title Zhongzenggen
        (_book(NAKASONE_JA, "中曽根", "康弘"), _book(NAKASONE_ZH, "中曾根", "康弘"), 1.0),
        # the same family name, another person; another family name
        (_book(CHUGOKU, "陳", "舜臣"), _book(CHINESE, "陈", "立人"), 0.0),
        (_book(CHUGOKU, "貝塚", "茂樹"), _book(CHINESE, "陈", "舜臣"), 0.0),
    ],
)
def test_kanji_and_hanzi_meet_across_the_two_languages(
    japanese: BookReference, chinese: BookReference, similarity: float
) -> None:
    assert _similarity(japanese, chinese) == similarity


def test_a_chinese_scholars_japanese_book_meets_its_romanized_title() -> None:
    kanji = _book(TAKEUCHI, "孫", "歌", year=2005, publisher="岩波書店")
    romaji = _book(Text(original="Takeuchi Yoshimi to iu toi"), "Sun", "Ge", year=2005)
    (cluster,) = find_duplicates([kanji, romaji])
    assert cluster.members == (0, 1)
    assert any(reason.text.startswith("100% of family names") for reason in cluster.reasons)


@pytest.mark.parametrize(
    ("romaji", "joined"),
    [
        (_book(ROMAJI, "Chen", "Shunchen"), True),
        (_book(ROMAJI, "Chin", "Shunshin"), True),
        # the same title by another author (貝塚茂樹, Iwanami shinsho) and by his son's name
        (_book(ROMAJI, "Kaizuka", "Shigeki", year=1964, publisher="Iwanami shoten"), False),
        (_book(ROMAJI, "Chen", "Liren"), False),
    ],
)
def test_one_title_joins_by_its_authors_name_in_either_reading(
    romaji: BookReference, joined: bool
) -> None:
    kanji = _book(CHUGOKU, "陳", "舜臣", year=1980)
    assert bool(find_duplicates([kanji, romaji])) is joined
