"""Japanese and Chinese native reference forms: a set's volumes named before the publisher."""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citation
from archivecite.model import ArchivalReference, ArticleReference, BookReference, JapaneseLocator
from tests.parse.helpers import parsed_as


@pytest.mark.parametrize(
    ("text", "volume", "volumes", "publisher"),
    [
        (
            "若槻泰雄『シベリア捕虜収容所』上・下、サイマル出版会、1979年、123頁。",
            "上・下",
            None,
            "サイマル出版会",
        ),
        (
            "若槻泰雄『シベリア捕虜収容所』上巻、サイマル出版会、1979年。",
            "上巻",
            None,
            "サイマル出版会",
        ),
        ("上原専禄『世界史における現代のアジア』全3巻、未来社、1956年", None, "3", "未来社"),
        # a publisher whose name begins like a volume word stays the publisher
        ("山田太郎『下関条約』下関出版、1990年", None, None, "下関出版"),
        ("毛泽东《毛泽东选集》第2卷，北京：人民出版社，1991年，第23页。", "2", None, "人民出版社"),
    ],
)
def test_volumes_before_the_publisher(
    text: str, volume: str | None, volumes: str | None, publisher: str
) -> None:
    reference = parsed_as(text, BookReference)
    assert (reference.volume, reference.number_of_volumes) == (volume, volumes)
    assert reference.publisher is not None
    assert reference.publisher.original == publisher


# JACAR's recommended citation form (jacar.go.jp/english/inyo/inyo.html, example 1): the
# volume (簿冊) title follows the code, the holding archive in brackets.
JACAR_EXAMPLE = (
    "JACAR(Japan Center for Asian Historical Resource)Ref.A01000012800、"
    "太政類典・第二編・明治四年~明治十年 第八十五巻(国立公文書館)"
)


@pytest.mark.parametrize(
    ("text", "archive", "code", "volume_title", "call_number"),
    [
        (
            JACAR_EXAMPLE,
            "naj",
            "A01000012800",
            "太政類典・第二編・明治四年~明治十年 第八十五巻",
            None,
        ),
        (
            "JACAR（アジア歴史資料センター）Ref.C01003827600、陸軍省大日記（防衛省防衛研究所）",
            "nids",
            "C01003827600",
            "陸軍省大日記",
            None,
        ),
        # JACAR prints a Diplomatic Archives file number with hyphens (A-1-1-0-21_001); a
        # 「bracketed」 title after the code leaves the volume title unread
        (
            "JACAR Ref. B02030154600、「満洲事変（支那兵ノ満鉄柳条溝爆破ニ因ル日、支軍衝突関係）」"
            "第一巻（A-1-1-0-21_001）（外務省外交史料館）",
            "mofa-da",
            "B02030154600",
            None,
            "A-1-1-0-21_001",
        ),
        ("JACAR: A01000012800", "naj", "A01000012800", None, None),
    ],
)
def test_jacar_citation_form(
    text: str, archive: str, code: str, volume_title: str | None, call_number: str | None
) -> None:
    reference = parsed_as(text, ArchivalReference)
    assert reference.archive is not None
    assert reference.archive.id == archive
    locator = reference.locator
    assert isinstance(locator, JapaneseLocator)
    assert (locator.reference_code, locator.volume_title) == (code, volume_title)
    assert locator.call_number == call_number
    assert reference.language == (None if text.isascii() else "ja")


def test_kanji_in_a_japanese_archives_file_are_japanese() -> None:
    # Han characters alone read as Chinese; in a NIDS file they are a Japanese title.
    result = parse_citation("防衛省防衛研究所「陸軍省大日記」C01003827600")
    assert isinstance(result, Parsed), result
    reference = result.reference
    assert reference.title is not None
    assert (reference.language, reference.title.lang) == ("ja", "ja")


@pytest.mark.parametrize(
    ("text", "archive", "title", "date"),
    [
        # the archive first, then the file's title in 《》: an archival file, not a book whose
        # author is the archive
        (
            "中央档案馆：《中共中央关于土地问题的指示》，1946年5月4日。",
            "cac",
            "中共中央关于土地问题的指示",
            "1946-05-04",
        ),
        # a title in Chinese quotation marks, the archive holding it after ("…藏")
        (
            "“中共中央关于处理日侨问题的指示”，1949年，中央档案馆藏。",
            "cac",
            "中共中央关于处理日侨问题的指示",
            "1949",
        ),
    ],
)
def test_chinese_archive_without_a_file_number(
    text: str, archive: str, title: str, date: str
) -> None:
    reference = parsed_as(text, ArchivalReference)
    assert reference.archive is not None
    assert reference.archive.id == archive
    assert reference.title is not None
    assert reference.title.original == title
    assert reference.date is not None
    assert reference.date.iso() == date


def test_chinese_page_range_with_an_em_dash() -> None:
    # Yang Kuisong's article in 史学月刊 2006/1: Chinese prints page ranges with "—"
    reference = parsed_as(
        "杨奎松：《新中国“镇压反革命”运动研究》，《史学月刊》2006年第1期，第45—60页。",
        ArticleReference,
    )
    assert (reference.issue, reference.pages) == ("1", "45-60")


def test_apa_book_from_a_japanese_publisher() -> None:
    # Tomita Takeshi, Shiberia yokuryū (Chūōkōron Shinsha, Chūkō Shinsho, 2016): a book whose
    # publisher stands alone after the title, not a journal without numbers
    reference = parsed_as(
        'Tomita, T. (2016). Shiberia yokuryū: Sutārin dokusai-ka, "shūyōjo gunto" no jittai '
        "[Siberian internment]. Chūkō Shinsho.",
        BookReference,
    )
    assert reference.publisher is not None
    assert reference.publisher.original == "Chūkō Shinsho"
