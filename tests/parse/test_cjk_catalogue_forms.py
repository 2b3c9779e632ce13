"""Chinese and Japanese forms of the sixteenth and seventeenth held-out sets, each on real
references from other sources: a book's record of labelled fields (a shop's, a publisher's, a
library's), a title then its author after a slash, a CIP line, a Japanese name then a title in
「」 (no kana needed to tell it Japanese), a title alone in 《》, Chinese running text before a
title (the words there are no author), a title with its imprint in one bracket, and the lines
each rule must leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import Parsed, parse_citation
from tests.parse.helpers import reference_fields

_FIELDS = (
    "authors",
    "editors",
    "title",
    "title_lang",
    "date",
    "publisher",
    "place",
    "isbn",
    "language",
)


def _fields(text: str) -> dict[str, Any] | None:
    result = parse_citation(text)
    if not isinstance(result, Parsed):
        return None
    fields = reference_fields(result.reference)
    return {name: fields[name] for name in _FIELDS if fields[name] not in (None, [])}


# (text, source, the fields the reference must have; those not named are empty)
RECORDS = [
    (
        "形式的起源:萬物形式演變之謎,自然物和人造物的設計美學×科學探索\n\n"
        "  • 作者:克里斯多福.威廉斯(Christopher Williams)\n  • 出版社:臉譜\n"
        "  • 出版日期:2020-12-03\n  • 定價:420元",
        "城邦讀書花園 (cite.com.tw), https://www.cite.com.tw/book?id=86736, the book's block "
        "from its title (after the bullet) to the price",
        {
            "authors": ["克里斯多福.威廉斯"],
            "title": "形式的起源:萬物形式演變之謎,自然物和人造物的設計美學×科學探索",
            "title_lang": "zh",
            "date": "2020-12",
            "publisher": "臉譜",
            "language": "zh",
        },
    ),
    (
        "中文知识组织系统——语义描述、共建及共享服务\n\n書城自編碼: 2897373\n"
        "分類:簡體書→大陸圖書→社會科學語言文字\n作者: 曾新红 等著\n"
        "國際書號(ISBN): 9787122271716\n出版社: 化学工业出版社\n出版日期: 2016-10-01\n"
        "版次: 1 印次: 1",
        "megbook.com.hk, http://megbook.com.hk/mall/detail3.jsp?proID=2897373, from the title "
        "(after the shop's '『簡體書』' tag) to the edition line",
        {
            "authors": ["曾, 新红"],
            "title": "中文知识组织系统——语义描述、共建及共享服务",
            "title_lang": "zh",
            "date": "2016-10",
            "publisher": "化学工业出版社",
            "isbn": "9787122271716",
            "language": "zh",
        },
    ),
]

RECORDS += [
    (
        "マスカレード・ホテル\n\n書影\n\n著 者:東野圭吾\n出版社:集英社\n"
        "出版日:2011年9月10日 第1刷発行 9月21日 第2刷発行\n評 価:☆☆☆(説明)",
        "本よみな暮らし, https://honyominakurashi.com/blog/page/111, a review's book block",
        {
            "authors": ["東野, 圭吾"],
            "title": "マスカレード・ホテル",
            "title_lang": "ja",
            "date": "2011-09",
            "publisher": "集英社",
            "language": "ja",
        },
    ),
    (
        "コロナ後の世界\n\n書影\n\n編 者:大野和基\n出版社:文藝春秋\n"
        "出版日:2020年7月20日 第1刷 8月5日 第2刷 発行\n評 価:☆☆(説明)",
        "本よみな暮らし, https://honyominakurashi.com/blog/page/17, a review's book block",
        {
            "editors": ["大野, 和基"],
            "title": "コロナ後の世界",
            "title_lang": "ja",
            "date": "2020-07",
            "publisher": "文藝春秋",
            "language": "ja",
        },
    ),
]

TITLE_SLASH_AUTHOR = [
    (
        "カッコウの卵は誰のもの /東野圭吾 ★★★",
        "http://shortcake.o.oo7.jp/book/b2010/b1.html, a reading log's entry",
        {
            "authors": ["東野, 圭吾"],
            "title": "カッコウの卵は誰のもの",
            "title_lang": "ja",
            "language": "ja",
        },
    ),
    (
        "救命拒否/鏑木蓮 ★★★",
        "http://shortcake.o.oo7.jp/book/b2010/b1.html, a reading log's entry",
        {"authors": ["鏑木, 蓮"], "title": "救命拒否", "title_lang": "ja", "language": "ja"},
    ),
]

CIP_LINES = [
    (
        "梦里花落知多/郭敬明著. -北京:知识出版社,2005.04",
        "王朝百科 '图书在版编目', http://baike.wangchao.net.cn/detail_729952.html, its example",
        {
            "authors": ["郭, 敬明"],
            "title": "梦里花落知多",
            "title_lang": "zh",
            "date": "2005-04",
            "publisher": "知识出版社",
            "place": "北京",
            "language": "zh",
        },
    ),
]

CIP_LINES += [
    (
        "中医临证备要/秦伯未等著. —北京:人民卫生出版社, 2005.9",
        "the book's CIP block as a public GitHub file quotes it (the search tool's find_string "
        "'著. —北京:', file id 54515861148)",
        {
            "authors": ["秦, 伯未"],
            "title": "中医临证备要",
            "title_lang": "zh",
            "date": "2005-09",
            "publisher": "人民卫生出版社",
            "place": "北京",
            "language": "zh",
        },
    ),
    (
        "Redis高手心法/李健青著.—北京：电子工业出版社，2024.7.—ISBN978-7-121-48345-5",
        "the book's CIP block (the 2024 form, ISBN after the year) as a public GitHub file "
        "quotes it (the search tool's find_string '著.—北京：', file id 54794994256)",
        {
            "authors": ["李, 健青"],
            "title": "Redis高手心法",
            "title_lang": "zh",
            "date": "2024-07",
            "publisher": "电子工业出版社",
            "place": "北京",
            "isbn": "978-7-121-48345-5",
            "language": "zh",
        },
    ),
]

NAME_THEN_TITLE = [
    (
        "夏目漱石 「彼岸過迄」",
        "http://psalm-121.hatenablog.com/archive/category/夏目漱石, an entry's heading",
        {"authors": ["夏目, 漱石"], "title": "彼岸過迄", "title_lang": "ja", "language": "ja"},
    ),
    (
        "夏目漱石「文鳥」",
        "http://psalm-121.hatenablog.com/archive/category/夏目漱石, an entry's heading",
        {"authors": ["夏目, 漱石"], "title": "文鳥", "title_lang": "ja", "language": "ja"},
    ),
    (
        "夏目漱石「こころ」",
        "https://dollyosaka.hatenablog.com/entry/20110921/1316603921, the entry's heading",
        {"authors": ["夏目, 漱石"], "title": "こころ", "title_lang": "ja", "language": "ja"},
    ),
    (
        "司馬遼太郎「司馬遼太郎が考えたこと(4)」",
        "https://ktoshi.hatenablog.com/entry/20150205/p1, the entry's heading",
        {
            "authors": ["司馬, 遼太郎"],
            "title": "司馬遼太郎が考えたこと(4)",
            "title_lang": "ja",
            "language": "ja",
        },
    ),
]

TITLES_ALONE = [
    (
        "《读大学,究竟读什么?》",
        "https://gumudi.com/news/11592.html, the book its first sentence names",
        {"title": "读大学,究竟读什么?", "title_lang": "zh", "language": "zh"},
    ),
    (
        "《海底两万里》",
        "http://www.365yunshebao.com/book/4162.html, a book its first paragraph names",
        {"title": "海底两万里", "title_lang": "zh", "language": "zh"},
    ),
]

PROSE_HEADS = [
    (
        "林煌天(1997)主编的《中國翻譯詞典》",
        "王友貴, 'translation needs', http://zgkjsz.com/page/2013/0320/19126706.shtml",
        {
            "editors": ["林, 煌天"],
            "title": "中國翻譯詞典",
            "title_lang": "zh",
            "date": "1997",
            "language": "zh",
        },
    ),
]


PROSE_HEADS += [
    (
        "丁常云主编的《道教中国化研究》（2020年）",
        "a survey of studies quoted in a public GitHub file (the search tool's find_string "
        "'主编的《', file id 59992837421), from its sentence '…实践路径方面，丁常云主编的…'",
        {
            "editors": ["丁, 常云"],
            "title": "道教中国化研究",
            "title_lang": "zh",
            "date": "2020",
            "language": "zh",
        },
    ),
    (
        "司马光主编的《资治通鉴》",
        "a quotation card's callout in a public GitHub file (the search tool's find_string "
        "'主编的《', file id 60442951765): '司马光主编的《资治通鉴》是继《史记》之后…' (a compound "
        "surname)",
        {"editors": ["司马, 光"], "title": "资治通鉴", "title_lang": "zh", "language": "zh"},
    ),
]


TITLE_IMPRINT = [
    (
        "筑摩全集類聚版夏目漱石全集（筑摩書房、1971〜1972年）",
        "an Aozora Bunko card's 底本の親本 as a public GitHub file records it (the search tool's "
        'find_string \'"oyahon": "\', file id 61910779589)',
        {
            "title": "筑摩全集類聚版夏目漱石全集",
            "title_lang": "ja",
            "date": "1971/1972",
            "publisher": "筑摩書房",
            "language": "ja",
        },
    ),
]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        *RECORDS,
        *TITLE_SLASH_AUTHOR,
        *CIP_LINES,
        *NAME_THEN_TITLE,
        *TITLES_ALONE,
        *PROSE_HEADS,
        *TITLE_IMPRINT,
    ],
)
def test_real_references(text: str, source: str, expected: dict[str, Any]) -> None:
    assert source
    assert _fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the words before 《》 are no name: a reign's period, a span of years
        ("乾隆时期编纂的《四库全书》", {"title": "四库全书", "title_lang": "zh", "language": "zh"}),
        (
            "耗费19年心血编纂的《资治通鉴》",
            {"title": "资治通鉴", "title_lang": "zh", "language": "zh"},
        ),
    ],
)
def test_prose_before_a_title_names_no_one(text: str, expected: dict[str, Any]) -> None:
    assert _fields(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "「こんにちは」",  # 「」 alone quotes words
        "今日は/晴れ",  # no name after the slash
        "他说:这本书很好。作者:张三 出版社:人民出版社",  # a sentence before the labels
        "作者:张三",  # one field is no record
        "新中国邮票图片全集（1949年-2026年最新）",  # no publisher in the bracket
    ],
)
def test_not_references(text: str) -> None:
    assert _fields(text) is None
