"""Two books a year apart are one document only when the same imprint vouches for it: a year's
slack is for the printings of one edition (a CIP line of one year, the book printed early the
next), not for another house's edition of the same text a year later. A Taiwanese edition and
the mainland one of a Chinese book, or a Hong Kong edition and the mainland one of a
translation, commonly come out in consecutive years under one title.

Sources (as stored in the search tool's pages corpus):
- buybook.tw's record of 齊邦媛《巨流河》, http://www.buybook.tw/book-0010442200.htm:
  '出版社:天下文化', '出版日期:2009-07-16'.
- 浙江新华书店's record of the mainland edition, http://www.zxhsd.com/kgsm/ts/2010/10/23/1854986.shtml:
  '出版社:三联书店', '作者:齐邦媛', '2010-10-01 第1版'.
- 光明日报 中华读书报 2010-12-29, http://epaper.gmw.cn/zhdsb/html/2010-12/29/nw.D110000zhdsb_20101229_10-05.htm:
  '《巨流河》 齐邦媛著,生活·读书·新知三联书店 2010年10月第一版'.
- 海南日报 2011-08-01 (reprinted by ppfocus.com/0/hide81c40.html): '內地的三聯書店在2010年10月引進了
  此書,2011年4月出版': the same 三联 edition dated 2011.
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import Sameness, find_duplicates, record_keys, score_pair
from archivecite.dedupe.cluster import Level
from archivecite.model import BookReference, DateRange, Name, Text


def _juliuhe(year: int, publisher: str | None, lang: str = "zh") -> BookReference:
    return BookReference(
        title=Text(original="巨流河", lang=lang),
        authors=(Name(family="齐", given="邦媛"),),
        publisher=Text(original=publisher) if publisher else None,
        date=DateRange.of(year),
    )


TAIWAN = _juliuhe(2009, "天下文化", "zh-Hant")
MAINLAND = _juliuhe(2010, "生活·读书·新知三联书店")
MAINLAND_2011 = _juliuhe(2011, "三联书店")  # 海南日报's '2011年4月出版' of the same edition
UNNAMED_2009 = _juliuhe(2009, None)  # a reading list's '齐邦媛《巨流河》(2009)'


@pytest.mark.parametrize(
    ("first", "second", "level", "joined"),
    [
        # the same house a year apart: one edition's printings, one document
        (MAINLAND, MAINLAND_2011, "document", True),
        # the Taiwanese edition and the mainland one: one work, two documents
        (TAIWAN, MAINLAND, "work", True),
        (TAIWAN, MAINLAND, "document", False),
        # a year apart and one side without its publisher: which edition is not known
        (UNNAMED_2009, MAINLAND, "work", True),
        (UNNAMED_2009, MAINLAND, "document", False),
        # the same year, no publisher on one side: nothing tells another edition
        (UNNAMED_2009, TAIWAN, "document", True),
    ],
)
def test_a_year_apart_needs_the_same_imprint(
    first: BookReference, second: BookReference, level: Level, joined: bool
) -> None:
    assert bool(find_duplicates([first, second], level=level)) is joined


def test_the_reason_says_the_edition_is_not_known() -> None:
    decision = score_pair(record_keys(0, UNNAMED_2009), record_keys(1, MAINLAND))
    assert decision.sameness is Sameness.WORK
    assert decision.reasons[-1].text == (
        "a year apart, the imprint not the same: which edition is not known"
    )
