"""Archive names and locators in the forms Western and Chinese notes print them: a Cyrillic
letter typed inside a Latin abbreviation, Chinese archives with a file number after the name,
and the image of a JACAR item, which is the item's page."""

from __future__ import annotations

import pytest

from archivecite import Parsed, archival_fields, parse_citation


def _fields(text: str) -> dict[str, str]:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    return archival_fields(result.reference)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # The Ukrainian РДАСПІ of tests/data/archival_citations.toml (holodomorinstitute.org.ua
        # chronicle, 20 June 1932) romanized with its Cyrillic І left in the Latin word.
        (
            "RDASPІ, f. 17, op. 3, spr. 925, ark. 8.",
            {"archive": "rgaspi", "fond": "17", "opis": "3", "delo": "925", "folios": "8"},
        ),
        # LC's tie written as the two half marks U+FE20/U+FE21 rather than U+0361 (RTsKhIDNI of
        # istmat.org/node/28213 in tests/data/archival_citations.toml).
        (
            "RT\ufe20S\ufe21KHIDNI, f. 17, op. 112, d. 445, l. 11.",
            {"archive": "rgaspi", "fond": "17", "opis": "112", "delo": "445", "folios": "11"},
        ),
        # The Second Historical Archives' fonds-file number after the name, in English (the
        # name and abbreviation of registry/data/archives/cn/shac.toml) and in Chinese.
        (
            "Second Historical Archives of China (SHAC), 2-1234",
            {"archive": "shac", "file_number": "2-1234"},
        ),
        ("中国第二历史档案馆，2-1234", {"archive": "shac", "file_number": "2-1234"}),
        # The Shanghai Municipal Archives' fonds letter, catalogue and file (Q1-6-123, S173-1-23).
        (
            "Shanghai Municipal Archives (SMA), Q1-6-123",
            {"archive": "shanghai-ma", "file_number": "Q1-6-123"},
        ),
        ("SMA, S173-1-23", {"archive": "shanghai-ma", "file_number": "S173-1-23"}),
        # JACAR's recommended form with the image a citation starts at, and its English form: the
        # image is the item's page, not a volume title.
        (
            "JACAR（アジア歴史資料センター）Ref.C01003827600（第3画像目から）、"
            "「満洲事変に関する件」（防衛省防衛研究所）",
            {"archive": "nids", "via": "jacar", "reference_code": "C01003827600", "pages": "3"},
        ),
        (
            "JACAR Ref. C01003827600, image 3",
            {"archive": "nids", "via": "jacar", "reference_code": "C01003827600", "pages": "3"},
        ),
        (
            "JACAR Ref. C01003827600, images 3-5",
            {"archive": "nids", "via": "jacar", "reference_code": "C01003827600", "pages": "3-5"},
        ),
    ],
)
def test_archive_form(text: str, fields: dict[str, str]) -> None:
    assert _fields(text) == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # two numbers and a hyphen are years or pages unless a comma or the name's bracket puts
        # them right after the archive
        ("Second Historical Archives of China, 1946-1949", {"archive": "shac"}),
        ("Shanghai Municipal Archives, pp. 12-15", {"archive": "shanghai-ma"}),
        # a volume title after a JACAR code stays one
        (
            "JACAR Ref. C01003827600, 陸軍省大日記",
            {
                "archive": "nids",
                "via": "jacar",
                "reference_code": "C01003827600",
                "volume_title": "陸軍省大日記",
            },
        ),
    ],
)
def test_what_is_no_file_number_stays_so(text: str, fields: dict[str, str]) -> None:
    assert _fields(text) == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "Second Historical Archives of China, fonds 2, file 1234",
            {"archive": "shac", "quanzong": "2", "anjuan": "1234"},
        ),
        (
            "Second Historical Archives of China (SHAC), fonds 2, catalogue 1, file 1234",
            {"archive": "shac", "quanzong": "2", "mulu": "1", "anjuan": "1234"},
        ),
    ],
)
def test_english_level_labels_of_a_chinese_archive(text: str, fields: dict[str, str]) -> None:
    # registry/data/locators/chinese.toml: fonds 全宗, catalogue 目录, file 案卷 (English labels
    # count only where the citation names a Chinese archive)
    assert _fields(text) == fields
