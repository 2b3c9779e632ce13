"""Japanese book lines of blogs, shops and reading logs (the forms of the nineteenth held-out set,
tests/data/dedupe/cross_script_holdout19.toml): a person's name joined to the title by の, perhaps
after an honorific (``宮下奈都さんの『羊と鋼の森』``); the role word before the names after the
title (``「…」著者:童門冬二 集英社文庫``); a name parted by a space after the title, perhaps with
its role word in brackets (``佐藤 敏紀``); and, found only in the held-out set, the title and the
author parted by a dash between spaces, a record printed without colons, a G-Tools box, a title
line closed by its edition or by square brackets, the official war history's block (a body with
著), tested here by the texts their rules must leave alone. Each text is copied as printed from
the page or file named beside it (the search tool's pages and code corpora) unless marked as a
made-up control.
"""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.model import Reference
from archivecite.parse.published import parse_published
from tests.parse.helpers import reference_fields


def _reference(text: str) -> Reference | None:
    parsed = parse_published(text)
    return parsed.reference if parsed is not None else None


def _fields(text: str) -> dict[str, Any]:
    reference = _reference(text)
    assert reference is not None, text
    return reference_fields(reference)


# --- a person's name joined to the title by の, perhaps after an honorific -----------------------

_PARTICLE = [
    # http://rarada-pokepoke.hatenablog.com/ ('最新小説読書日記'): '…最新小説は\n\n村田沙耶香さんの
    # 「コンビニ人間」です!'
    ("村田沙耶香さんの「コンビニ人間」", "コンビニ人間", ["村田, 沙耶香"]),
    # https://blog.goo.ne.jp./tadakeima/d/20160822: '巷で話題の芥川賞受賞作、村田沙耶香さんの
    # 『コンビニ人間』を読みました。'
    ("村田沙耶香さんの『コンビニ人間』", "コンビニ人間", ["村田, 沙耶香"]),
    # https://piecethedog.blog.fc2.com/blog-date-20180420.html: '宮下奈都さんの『羊と鋼の森』を
    # 読了しました!' (a name the dictionary does not know: the honorific says it is one)
    ("宮下奈都さんの『羊と鋼の森』", "羊と鋼の森", ["宮下, 奈都"]),
    # https://yoshio-tani.hateblo.jp/entry/480681028.html: '宮下奈都さんの「羊と鋼と森」を読みました。'
    # (the blog's slip 鋼と森 kept)
    ("宮下奈都さんの「羊と鋼と森」", "羊と鋼と森", ["宮下, 奈都"]),
    # https://note.com./kawapei20200209/m/ma1ebfc7b0039/archive/2020-05: '小松左京さんの『復活の日』'
    # and '石弘之さんの『感染症の世界史』' (a one-character family name)
    ("小松左京さんの『復活の日』", "復活の日", ["小松, 左京"]),
    ("石弘之さんの『感染症の世界史』", "感染症の世界史", ["石, 弘之"]),
    # https://fujipon.hatenablog.com/archive/category/%E6%9C%AC?page=3: 'このエピソード、吉川英治の
    # 『三国志』で僕は読んだのですが' (の alone, a name the dictionary knows)
    ("吉川英治の『三国志』", "三国志", ["吉川, 英治"]),
]


@pytest.mark.parametrize(("text", "title", "authors"), _PARTICLE)
def test_a_name_joined_by_no(text: str, title: str, authors: list[str]) -> None:
    fields = _fields(text)
    assert (fields["title"], fields["authors"]) == (title, authors)


@pytest.mark.parametrize(
    "text",
    [
        # https://fujipon.hatenablog.com/archive/category/%E6%9C%AC?page=3: a heading, two titles
        # and a sentence, a Latin name ('phaさんの「ひきこもらない」と、僕の「ひきこもれない」')
        "phaさんの「ひきこもらない」と、僕の「ひきこもれない」",
        # a made-up control: a word, no name, before の
        "今年の「いざ、読書。」",
    ],
)
def test_no_name_before_no(text: str) -> None:
    reference = _reference(text)
    assert reference is None or not reference.authors


# --- the role word before the names, after the title --------------------------------------------


def test_the_role_word_then_the_author() -> None:
    # https://www.pcweblife.com/2020/06/27/talk-book-01/: '今回ご紹介する本は、\n「全一冊 小説
    # 上杉鷹山」著者:童門冬二 集英社文庫\nです。'
    fields = _fields("「全一冊 小説 上杉鷹山」著者:童門冬二 集英社文庫")
    assert (fields["title"], fields["authors"], fields["publisher"]) == (
        "全一冊 小説 上杉鷹山",
        ["童門, 冬二"],
        "集英社文庫",
    )


def test_a_role_character_before_no_name() -> None:
    # a Chinese note on Django (GitHub, search-tool file id 22182527793): '『記錄』著 models.py
    # 裡面所創建的資料庫型態' — 著 is the particle zhe there, and what follows no name
    reference = _reference("『記錄』著 models.py 裡面所創建的資料庫型態")
    assert reference is None or not reference.authors


# --- a name parted by a space after the title, perhaps with its role word in brackets -----------


def test_a_spaced_name_after_the_title() -> None:
    # a book list in a GitHub README (search-tool file id 16512861097): '3. 「Pythonではじめる
    # テキストアナリティクス入門」佐藤 敏紀'
    fields = _fields("「Pythonではじめるテキストアナリティクス入門」佐藤 敏紀")
    assert (fields["title"], fields["authors"]) == (
        "Pythonではじめるテキストアナリティクス入門",
        ["佐藤, 敏紀"],
    )


def test_the_role_word_after_a_colon() -> None:
    # https://tsuyu.sppd.ne.jp/record/record.html: '「遺言。」 養老孟司:著 新潮新書' (the colon,
    # like a bracket, stands only before a role word)
    fields = _fields("「遺言。」 養老孟司:著 新潮新書")
    assert (fields["title"], fields["authors"]) == ("遺言", ["養老, 孟司"])


def test_a_dash_before_a_blog_name_is_no_author() -> None:
    # the heading of https://www.sogai.net/entry/2026/01/27/215053 (Hatena's oembed title): the
    # blog's name after the dash is no person
    reference = _reference("「本」から少し離れて——2026年備忘録の前書き的なもの - ソガイ")
    assert reference is None or not reference.authors


# --- a record printed without colons ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # https://www.utanf-jh.ed.jp/utanfjh/recommended_book/index.html: a table's head and its
        # first row, the labels without values
        "書名 著者\n\n内容\n\n価格(税込)\n発行所\n\n坊ちゃん\n夏目 漱石",
        # a made-up control: label words in a sentence, their values one character
        "著者 は 出版社 の 書名 を",
    ],
)
def test_label_words_without_values_are_no_record(text: str) -> None:
    assert _reference(text) is None


# --- title lines without author -----------------------------------------------------------------


def test_an_edition_in_a_sentence_is_no_title_line() -> None:
    # https://samatsutei.hatenablog.com/entry/20131003/1380798386: '初版(第15刷)と新装版(第1刷)の
    # 本体を比較して見る。'
    assert _reference("初版(第15刷)と新装版(第1刷)の本体を比較して見る。") is None


def test_square_brackets_naming_no_one() -> None:
    # https://katch.ne.jp/~kytokoro/page214.htm: the labels in square brackets are no name
    reference = _reference(
        "ダメ上司論 日経プレミアシリーズ [著者]山田咲道 [定価]850円+税 [読了日]6/13"
    )
    assert reference is None or [name.original for name in reference.authors] != ["著者"]
