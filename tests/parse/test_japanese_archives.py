"""Japanese archival items cited by the images JACAR shows of them: a code's images after the
item's title ("(7画像左〜8画像)"; 右 and 左 are the right and left pages of one image, kept as
sides like a folio's verso), a volume cited by its title and images with no code, and JACAR's
English captions and citations ("(2nd image)", "(58th picture)"). The images are the pages of
the item, so two documents on other images of one item are two documents."""

from __future__ import annotations

import pytest

from archivecite import Parsed, archival_fields, find_duplicates, parse_citation
from archivecite.model import ArchivalReference

# JACAR's exhibition 『公文書に見る日米交渉』, pop-up pages '日米交渉 資料解説' (as stored in the
# search tool's pages corpus): the 資料 line and the telegram's title under it.
_POPUP = "https://www.jacar.go.jp/nichibei/popup/"
_NOVEMBER_5_FIRST = (
    "資料1:B02030721500 3 昭和16年11月4日から昭和16年11月5日(7画像左〜8画像)\n"
    "「昭和16年11月5日野村大使発東郷外務大臣宛公電第一〇四三号(極秘、館長符号)」"
)
_NOVEMBER_5_SECOND = (
    "資料2:B02030721500 3 昭和16年11月4日から昭和16年11月5日(9画像〜14画像)\n"
    "「昭和16年11月5日野村大使発東郷外務大臣宛公電第一〇四四号(極秘、館長符号)」"
)


def _parsed(text: str) -> ArchivalReference:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference = result.references[0]
    assert isinstance(reference, ArchivalReference), reference
    return reference


def _jacar(code: str, pages: str) -> dict[str, str]:
    return {"archive": "mofa-da", "via": "jacar", "reference_code": code, "pages": pages}


@pytest.mark.parametrize(
    ("source", "text", "title", "fields"),
    [
        (
            _POPUP + "19411105j.html",
            _NOVEMBER_5_FIRST,
            "昭和16年11月5日野村大使発東郷外務大臣宛公電第一〇四三号(極秘、館長符号)",
            _jacar("B02030721500", "7l-8"),
        ),
        (
            _POPUP + "19411105j.html",
            _NOVEMBER_5_SECOND,
            "昭和16年11月5日野村大使発東郷外務大臣宛公電第一〇四四号(極秘、館長符号)",
            _jacar("B02030721500", "9-14"),
        ),
        (
            _POPUP + "19410715c.html",
            "資料1:B02030715600 14 昭和16年7月14日から昭和16年7月15日(5〜15画像)\n"
            "「昭和16年7月15日野村大使発松岡外務大臣宛公電第五〇八号(極秘、館長符号)」",
            "昭和16年7月15日野村大使発松岡外務大臣宛公電第五〇八号(極秘、館長符号)",
            _jacar("B02030715600", "5-15"),
        ),
        (
            _POPUP + "19411126a.html",
            "資料1:B02030723300 1 昭和16年11月26日から昭和16年11月27日(13画像〜14画像)\n"
            "「昭和16年11月26日東郷外務大臣発在米野村大使宛公電第八三六号(館長符号)(写)」",
            "昭和16年11月26日東郷外務大臣発在米野村大使宛公電第八三六号(館長符号)(写)",
            _jacar("B02030723300", "13-14"),
        ),
        (
            _POPUP + "19410928b.html",
            "資料1:B02030719500 17 昭和16年9月28日から昭和16年9月30日(1画像〜2画像右)\n"
            "「昭和十六年九月二十八日野村大使発豊田外務大臣宛公電第八六六号(外機密)(写)」",
            "昭和十六年九月二十八日野村大使発豊田外務大臣宛公電第八六六号(外機密)(写)",
            _jacar("B02030719500", "1-2r"),
        ),
    ],
)
def test_images_of_a_jacar_item(source: str, text: str, title: str, fields: dict[str, str]) -> None:
    # the exhibition's number "資料1:" is not the title; the telegram's 「title」 is
    reference = _parsed(text)
    assert reference.title is not None, source
    assert (reference.title.original, archival_fields(reference)) == (title, fields)


@pytest.mark.parametrize(
    ("source", "text", "title", "fields"),
    [
        (
            _POPUP + "19410920a.html",
            "資料1:九月二十日第五十四回連絡会議 日米了解案ノ最後的決定ニ関スル件"
            "(『大本営政府連絡会議議事録 其の二』(杉山メモ)55画像左〜58画像右)",
            "九月二十日第五十四回連絡会議 日米了解案ノ最後的決定ニ関スル件",
            {"volume_title": "大本営政府連絡会議議事録 其の二", "pages": "55l-58r"},
        ),
        (
            _POPUP + "19410920a.html",
            "資料2:昭和16年9月20日(『機密戦争日誌 其三』144画像右)",
            "昭和16年9月20日",
            {"volume_title": "機密戦争日誌 其三", "pages": "144r"},
        ),
        (
            # a foreign word quoted in katakana inside the title is not the title
            _POPUP + "19410920a.html",
            "資料3:日本国「アメリカ」合衆国国交調整ニ関スル了解案 昭和十六年九月二十日連絡会議決定"
            "(『重要国策決定綴 巻一』35画像左〜41画像右)",
            "日本国「アメリカ」合衆国国交調整ニ関スル了解案 昭和十六年九月二十日連絡会議決定",
            {"volume_title": "重要国策決定綴 巻一", "pages": "35l-41r"},
        ),
        (
            _POPUP + "19411129a.html",
            "資料1:十一月二十九日(土)自午後四時至午後五時 第七十四回連絡会議"
            "(『大本営政府連絡会議議事録 其の二』(杉山メモ)167画像〜170画像)",
            "十一月二十九日(土)自午後四時至午後五時 第七十四回連絡会議",
            {"volume_title": "大本営政府連絡会議議事録 其の二", "pages": "167-170"},
        ),
        (
            _POPUP + "19411129a.html",
            "資料2:昭和16年11月29日(『機密戦争日誌 其三』221画像〜222画像右)",
            "昭和16年11月29日",
            {"volume_title": "機密戦争日誌 其三", "pages": "221-222r"},
        ),
        (
            _POPUP + "19410515b.html",
            "資料1:五月十五日第二十四回連絡懇談会 対米国交調整其後ノ状況ノ件"
            "(『大本営政府連絡会議 議事録 其の一』(杉山メモ)108画像〜110画像)",
            "五月十五日第二十四回連絡懇談会 対米国交調整其後ノ状況ノ件",
            {"volume_title": "大本営政府連絡会議 議事録 其の一", "pages": "108-110"},
        ),
        (
            _POPUP + "19410515b.html",
            "資料2:「昭和16年5月15日」(『機密戦争日誌 其の三』28画像左〜29画像右)",
            "昭和16年5月15日",
            {"volume_title": "機密戦争日誌 其の三", "pages": "28l-29r"},
        ),
        (
            _POPUP + "19410918a.html",
            "資料2:昭和16年9月18日(『機密戦争日誌 其三』143画像右)",
            "昭和16年9月18日",
            {"volume_title": "機密戦争日誌 其三", "pages": "143r"},
        ),
    ],
)
def test_a_volume_cited_by_its_images(
    source: str, text: str, title: str, fields: dict[str, str]
) -> None:
    # NIDS volumes (the conference minutes, the war-guidance diary) cited with no code: the
    # volume and its images, not a published book with an article in it
    reference = _parsed(text)
    assert reference.title is not None, source
    assert (reference.title.original, archival_fields(reference)) == (title, fields)


@pytest.mark.parametrize(
    ("source", "text", "title", "fields"),
    [
        # JACAR Newsletter Number 21 (2016), English, 'Learning about Prewar Diplomatic
        # Telegrams and Official Notes': the caption with and without its figure label
        (
            "https://jacar.go.jp/english/newsletter/newsletter_021e/newsletter_021e.html",
            "[Image 1] Title : 24. Consulate in Zhangjiakou (2nd image)",
            "24. Consulate in Zhangjiakou",
            {"pages": "2"},
        ),
        (
            "https://jacar.go.jp/english/newsletter/newsletter_021e/newsletter_021e.html",
            "Title : 24. Consulate in Zhangjiakou (2nd image)",
            "24. Consulate in Zhangjiakou",
            {"pages": "2"},
        ),
    ],
)
def test_jacar_english_caption(source: str, text: str, title: str, fields: dict[str, str]) -> None:
    reference = _parsed(text)
    assert reference.title is not None, source
    assert (reference.title.original, archival_fields(reference)) == (title, fields)


def test_jacar_english_citation_with_a_picture() -> None:
    # JACAR's English citation guidelines (http://www.jacar.go.jp/english/inyo/inyo.html):
    # "include an easily identifiable placemark after the reference (example: Ref.B02030938800
    # (58th picture))"
    reference = _parsed("Ref.B02030938800 (58th picture)")
    assert archival_fields(reference) == _jacar("B02030938800", "58")


@pytest.mark.parametrize(
    "text",
    [
        # (画像右) / (画像左) as page layouts say it, with no image number: no citation
        # (GitHub README of an open-source mouse, code-search index file id 49268313613)
        "[2]スクロールしていくと段々重くなっていく、上に戻すと軽くなる（画像右）",
        # (a mesh-deformation note, code-search index file id 54225343953)
        "基準時に屈曲外側にあった三角形パッチが、変形後に屈曲内側になり、"
        "中心線対応の境界で三角形がつぶれている(画像右)。",
        # (a calendar app's README, code-search index file id 38953671218)
        "例としては，就職活動での企業説明会おける次回イベントのお知らせスライド (下部画像左) や，"
        "バンドのライブ情報が掲載されたポスター (下部画像右) などがあります．",
    ],
)
def test_pictures_placed_left_or_right_are_no_citation(text: str) -> None:
    assert not isinstance(parse_citation(text), Parsed)


def test_two_telegrams_of_one_item_are_two_documents() -> None:
    # pop-up 19411105j: telegrams 1043 and 1044 on other images of B02030721500: one file,
    # two documents
    references = [_parsed(_NOVEMBER_5_FIRST), _parsed(_NOVEMBER_5_SECOND)]
    assert find_duplicates(references, level="document") == []
    assert [cluster.members for cluster in find_duplicates(references, level="file")] == [(0, 1)]


@pytest.mark.parametrize(
    ("text", "title", "code"),
    [
        # a bracket that opens around the code is not part of the title (GitHub notes of a
        # cipher-solving project on 1916 telegrams in the Foreign Ministry's records: README
        # table, code-search index file id 68296344353; a note's heading, id 68546837921; a
        # catalogue table, id 68283597673)
        (
            "Swatow telegram to Sun Yat-sen (JACAR B03050738800)",
            "Swatow telegram to Sun Yat-sen",
            "B03050738800",
        ),
        (
            "Huang Xing to Lin Hu and Li Genyuan, 25 May 1916 (JACAR B03050731500)",
            "Huang Xing to Lin Hu and Li Genyuan, 25 May 1916",
            "B03050731500",
        ),
        (
            "Telegram to Sun Yat-sen, Swatow 3 Apr 1916 (JACAR B03050738800)",
            "Telegram to Sun Yat-sen, Swatow 3 Apr 1916",
            "B03050738800",
        ),
    ],
)
def test_the_bracket_around_a_code_is_not_the_title(text: str, title: str, code: str) -> None:
    reference = _parsed(text)
    assert reference.title is not None
    assert (reference.title.original, archival_fields(reference)) == (
        title,
        {"archive": "mofa-da", "via": "jacar", "reference_code": code},
    )


@pytest.mark.parametrize(
    "text",
    [
        # a blog's book block (as in tests/data/dedupe/cross_script_holdout19.toml): the War
        # History Office is the author of 『戦史叢書』 (著), not an archive holding a file
        "戦史叢書-ミッドウェー海戦\n\n防衛庁防衛研修所戦史室著 朝雲新聞社",
        "防衛庁防衛研修所戦史室編『戦史叢書 ミッドウェー海戦』朝雲新聞社、1971年",
    ],
)
def test_an_archive_named_as_an_author_holds_no_file(text: str) -> None:
    result = parse_citation(text)
    assert not (isinstance(result, Parsed) and isinstance(result.reference, ArchivalReference))


def test_an_archive_that_holds_a_file_is_still_read() -> None:
    result = parse_citation("防衛庁防衛研修所戦史室所蔵「陸軍部隊略歴」")
    assert isinstance(result, Parsed)
    assert isinstance(result.reference, ArchivalReference)
