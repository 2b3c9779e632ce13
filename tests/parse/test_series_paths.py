"""A series cited by its place in the archive's hierarchy, levels joined by '>' as JACAR prints
the groups of records it releases (archive > fonds > series > volume). Real lines, each with
its source; texts with a '>' that are no such path are left to the readers they had."""

from __future__ import annotations

import pytest

from archivecite import ArchivalReference, GenericLocator
from tests.parse.helpers import parsed_as, single_reference

# JACAR, アジ歴ニューズレター第33号 (2021年1月20日), '新規公開資料のお知らせ', as stored in the
# search tool's pages corpus: https://jacar.go.jp/newsletter/newsletter_033j/newsletter_033j.html
NEWSLETTER_33J = "jacar newsletter_033j"


@pytest.mark.parametrize(
    ("text", "archive", "series", "year", "source"),
    [
        (
            "国立公文書館>内閣法制局>法令案審議録関係",
            "naj",
            "内閣法制局 > 法令案審議録関係",
            None,
            f"{NEWSLETTER_33J}: the first line under 【2020年11月10日公開資料】",
        ),
        (
            "国立公文書館>太政官・内閣関係>叙位裁可書>昭和23年度分",
            "naj",
            "太政官・内閣関係 > 叙位裁可書 > 昭和23年度分",
            1948,
            f"{NEWSLETTER_33J}: the third of the five 叙位裁可書 lines",
        ),
        (
            "国立公文書館>太政官・内閣関係>叙位裁可書>昭和25年度分",
            "naj",
            "太政官・内閣関係 > 叙位裁可書 > 昭和25年度分",
            1950,
            f"{NEWSLETTER_33J}: the last of the five 叙位裁可書 lines",
        ),
    ],
)
def test_a_series_path_is_read_level_by_level(
    text: str, archive: str, series: str, year: int | None, source: str
) -> None:
    reference = parsed_as(text, ArchivalReference)
    assert reference.archive is not None
    assert reference.archive.id == archive, source
    assert reference.locator == GenericLocator(series=series), source
    assert reference.title is None  # a path names a group of records, not a document
    assert (reference.date.year if reference.date else None) == year, source
    assert reference.language == "ja"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a book's volume number between fullwidth angle brackets after an archive-like body:
        # tests/data/published_citations_forms.toml (its source there)
        (
            "防衛庁防衛研修所戦史室 編『北支の治安戦＜2＞』(戦史叢書 第50巻, 東京: 朝雲新聞社,\n1971).",
            "published_citations_forms.toml",
        ),
        # a bookshop's category line ('歷史‧傳記>歷史與現場') inside a record of fields:
        # tests/data/dedupe (its source there)
        (
            "三十歲以前的毛澤東(BC0041)\n\n類別: 歷史‧傳記>歷史與現場\n叢書系列:歷史與現場\n作者:李銳\n"
            "出版社:時報文化\n出版日期:1993年12月08日",
            "a Taiwanese bookshop's record",
        ),
    ],
)
def test_a_text_with_an_angle_bracket_is_no_series_path(text: str, source: str) -> None:
    reference = single_reference(text)
    locator = getattr(reference, "locator", None)
    assert not (isinstance(locator, GenericLocator) and locator.series), source
