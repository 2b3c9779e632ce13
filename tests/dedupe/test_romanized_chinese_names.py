"""A Chinese writer's pen name written whole as one string (a catalogue's 巴金, 老舍, "Lu Xun")
against the same name parted into family and given names ("Ba, Jin", "Lao, She"), and a
Wade-Giles spelling against pinyin ("Pa Chin" / "Ba Jin", "Lu Hsun" / "Lu Xun"); a book's
title with and without an initial article ("The Family" / "Family").

Learnt from cross_script_holdout38 of tests/data/dedupe; tested on other records:
- themodernnovel.org/asia/other-asia/china/pachin/ ('Pa Chin (aka Ba Jin)', '1933 家
  (Family)', '1979 随想录 (Random Thoughts)');
- cup.cuhk.edu.hk/index.php?route=product/product&product_id=678 ('Mao Dun (茅盾)', 'The Shop
  of the Lin Family & Spring Silkworms 林家鋪子 / 春蠶', 2004);
- literal.club/book/lu-hsun-gladys-yang-yang-hsien-yi-lu-xun-selected-stories-of-lu-hsun-1vh4k
  ('Selected Stories of Lu Hsun By Lu Hsun') and cccsydney.org/book-recommendation-old/
  ('Dawn Blossoms Plucked at Dusk / Author: Lu Xun', 'Camel XiangZi / Author: Lao She');
- www.chinabooks.com/day-history-lao-born/ ('Teahouse', 'Camel Xiangzi' by Lao She);
(all as stored in the search tool's pages corpus). The hard negatives are other writers of the
same family syllable: 鲁彦 (Lu Yan, pen name of Wang Luyan), 老向 (Lao Xiang, pen name of Wang
Xiangchen), 巴人 (Ba Ren, pen name of Wang Renshu), Mao Zedong against 茅盾.
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import record_keys
from archivecite.dedupe.blocking import blocking_keys
from archivecite.dedupe.people import author_similarity
from archivecite.dedupe.titles import title_similarity
from archivecite.model import ArticleReference, BookReference, DateRange, Name, Text


def _book(title: str, lang: str, family: str, given: str | None = None) -> BookReference:
    return BookReference(
        title=Text(original=title, lang=lang),
        authors=(Name(family=family, given=given),),
        date=DateRange.of(1979),
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a name written whole against the same name parted, either way round
        (_book("随想录", "zh", "巴金"), _book("Random Thoughts", "en", "Ba", "Jin")),
        (_book("随想录", "zh", "巴金"), _book("Random Thoughts", "en", "Jin", "Ba")),
        (
            _book("林家鋪子", "zh-Hant", "茅盾"),
            _book("The Shop of the Lin Family", "en", "Mao", "Dun"),
        ),
        (_book("Camel Xiangzi", "en", "Lao She"), _book("Teahouse", "en", "Lao", "She")),
        (
            _book("Dawn Blossoms Plucked at Dusk", "en", "Lu Xun"),
            _book("Selected Stories", "en", "Lu", "Hsun"),
        ),
        # Wade-Giles against pinyin, both parted, and against a name in hanzi written whole
        (_book("Family", "en", "Pa", "Chin"), _book("The Family", "en", "Ba", "Jin")),
        (_book("Family", "en", "Pa", "Chin"), _book("The Family", "en", "Ba Jin")),
        (_book("Family", "en", "Pa", "Chin"), _book("家", "zh", "巴金")),
    ],
)
def test_one_chinese_name_written_whole_or_parted(
    first: BookReference, second: BookReference
) -> None:
    assert author_similarity(record_keys(0, first), record_keys(1, second)) == 1.0


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (_book("故乡", "zh", "鲁彦"), _book("Selected Stories", "en", "Lu", "Xun")),
        (_book("骆驼祥子", "zh", "老向"), _book("Teahouse", "en", "Lao", "She")),
        (_book("家", "zh", "巴人"), _book("The Family", "en", "Ba", "Jin")),
        (_book("子夜", "zh", "茅盾"), _book("Selected Works", "en", "Mao", "Zedong")),
        (_book("Family", "en", "Pa", "Chin"), _book("The Family", "en", "Ba", "Ren")),
    ],
)
def test_other_writers_of_one_family_syllable_kept_apart(
    first: BookReference, second: BookReference
) -> None:
    assert author_similarity(record_keys(0, first), record_keys(1, second)) < 0.85


def test_parted_name_blocks_with_the_whole_one() -> None:
    parted = record_keys(0, _book("Family", "en", "Pa", "Chin"))
    whole = record_keys(1, _book("家", "zh", "巴金"))
    assert set(blocking_keys(parted)) & set(blocking_keys(whole))


def test_a_book_title_with_and_without_its_article() -> None:
    first = record_keys(0, _book("Family", "en", "Pa", "Chin"))
    second = record_keys(1, _book("The Family", "en", "Ba", "Jin"))
    assert title_similarity(first, second)[0] == 100.0


def test_a_paper_title_with_and_without_its_article_left_to_similarity() -> None:
    def paper(title: str) -> ArticleReference:
        return ArticleReference(
            title=Text(original=title, lang="en"), authors=(Name(family="Mao", given="Dun"),)
        )

    first, second = record_keys(0, paper("The Family")), record_keys(1, paper("Family"))
    assert title_similarity(first, second)[0] < 100.0


# A Chinese name in hanzi written whole, with no space (鲁迅, 張愛玲), against its family name
# alone or parted in Latin letters: its first character (two for a compound family name) is
# the family name, the rest the given name. From cross_script_holdout57 ('Zhongguo xiaoshuo
# shilüe' under 'Lu', fdokumen.com; 中国小说史略 under 鲁迅, oson.ca; 《狂人日記》 under 魯迅,
# getit01.com) and tested on cuhk.edu.hk/renditions/authors/zhangal.html ('Zhang Ailing (Chang,
# Eileen)') with kiwix's Eileen Chang page (張愛玲, 张爱玲), as stored in the search tool's pages
# corpus.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (_book("Zhongguo xiaoshuo shilüe", "zh-Latn", "Lu"), _book("中国小说史略", "zh", "鲁迅")),
        (_book("Kuangren riji", "zh-Latn", "Lu"), _book("狂人日記", "zh-Hant", "魯迅")),
        (_book("Selected Stories", "en", "Lu", "Hsun"), _book("狂人日記", "zh-Hant", "魯迅")),
        (
            _book("Love in a Fallen City", "en", "Chang", "Eileen"),
            _book("傾城之戀", "zh-Hant", "張愛玲"),
        ),
        (
            _book("Love in a Fallen City", "en", "Zhang", "Ailing"),
            _book("倾城之恋", "zh", "张爱玲"),
        ),
    ],
)
def test_a_name_in_hanzi_written_whole_read_as_family_and_given(
    first: BookReference, second: BookReference
) -> None:
    assert author_similarity(record_keys(0, first), record_keys(1, second)) == 1.0


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # another writer of the family name Lu (鲁彦, Lu Yan, from the hard negatives above)
        (_book("Selected Stories", "en", "Lu", "Yan"), _book("中国小说史略", "zh", "鲁迅")),
        # constructed rows: a Japanese family name written alone is no Chinese name read in
        # parts (高橋 is Takahashi, not Gao Qiao; 坪 and 岡 are no Chinese family names)
        (_book("Selected Works", "en", "Gao"), _book("小説神髄", "ja", "高橋")),
        (_book("Selected Works", "en", "Ping"), _book("小説神髄", "ja", "坪内")),
    ],
)
def test_a_whole_name_kept_apart_from_other_people(
    first: BookReference, second: BookReference
) -> None:
    assert author_similarity(record_keys(0, first), record_keys(1, second)) < 0.85
