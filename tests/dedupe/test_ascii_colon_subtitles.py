"""A Chinese or Japanese title whose subtitle follows an ASCII colon, as pages converted from
full-width punctuation print it: its main title is the part before the colon, so a note that
cites the book by its main title alone meets it.

The title is a real book's, as a bookshop's JSON record in a public GitHub file stores it
(search-tool file id 40782661708, book_id 667413: 周迪著, 科学出版社), with its series dropped.
"""

from __future__ import annotations

from archivecite.dedupe import find_duplicates, record_keys
from archivecite.dedupe.titles import main_title_keys, reading_keys
from tests.dedupe.helpers import build

TITLE = "金融地理学视角下的金融一体化研究:以长三角核心城市群为例"
MAIN = "金融地理学视角下的金融一体化研究"


def test_the_main_title_ends_at_an_ascii_colon() -> None:
    record = record_keys(0, build({"kind": "book", "title": TITLE, "lang": "zh"}))
    assert main_title_keys(record) == reading_keys(MAIN, "zh")


def test_a_colon_in_latin_text_is_no_cjk_subtitle() -> None:
    record = record_keys(0, build({"kind": "book", "title": "SQL:1999", "lang": "en"}))
    assert main_title_keys(record) == ()


def test_the_book_cited_by_its_main_title_by_the_same_author_is_one_work() -> None:
    full = {"kind": "book", "title": TITLE, "lang": "zh", "authors": ["周"]}
    short = {"kind": "book", "title": MAIN, "lang": "zh", "authors": ["周"]}
    assert find_duplicates([build(full), build(short)], level="work")
