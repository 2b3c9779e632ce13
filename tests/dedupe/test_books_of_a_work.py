"""The books of one work on real references: ``agreement.parts_differ`` and the reason
``scoring.score_pair`` gives ("another part") when two alike titles name another book or part of
a work, or one names a book and the other none ('Тихий Дон. Книга 1-я' / 'Тихий Дон. Книга 2-я';
'March 1917' / 'March 1917: The Red Wheel, Node III, Book 1'), so that two books of one work are
not joined at document level, while one book cited twice is.

Every side is copied as printed in a page stored in the search tool's pages corpus, whose
address is given with it. A side that no parser reads (a heading, a catalogue title line, a
title named in running text or in a list) is given as flat fields, built as
``tests/dedupe/helpers.py`` builds them: the title as printed, the family name printed with it,
a year only where one is printed for that book.

Sources (the search tool's pages corpus; each address on its own line, as stored):
- A. Solzhenitsyn, 'March 1917: The Red Wheel, Node III', four books (University of Notre Dame
  Press, 2017-2024): Jeff Bursey's review head in 3:AM Magazine, 'Aleksandr Solzhenitsyn, March
  1917: The Red Wheel, Node III, Book 2, Trans. Marian Schwartz (University of Notre Dame Press,
  2019)',
  https://www.3ammagazine.com/3am/three-days-in-march-1917/
  the translator's pages of Book 2 ('… Node III, Book 2 / by Aleksandr Solzhenitsyn / …
  University of Notre Dame Press, 2019') and of Book 3 ('… University of Notre Dame Press, 2021'),
  https://www.marianschwartz.com/book-collection/2018/3/25/march-1917-the-red-wheel-node-iii-book-1-by-aleksandr-solzhenitsyn-a8r9d
  https://marianschwartz.com/book-collection/2018/3/25/march-1917-the-red-wheel-node-iii-book-1-by-aleksandr-solzhenitsyn-a8r9d-zchh3
  Barnes & Noble's heading 'March 1917: The Red Wheel, Node III, Book 1' (no year printed),
  https://www.barnesandnoble.com/w/march-1917-aleksandr-solzhenitsyn/1126249906?2sid=13th+Generation+Media_284433_NA&SID=BNB_DRS_BNHomepage_20150928&ean=9780268102654&pcta=n&sourceId=AFF13th+Generation+MediaM000023&st=AFF
  and Readings' record of Book 4, titled 'March 1917' only ('Aleksandr Solzhenitsyn', 'Published
  1 October 2024'; its blurb: 'In March 1917, Book 4, …'),
  https://www.readings.com.au/product/9780268208790/march-1917--aleksandr-solzhenitsyn--2024--9780268208790
- A. Solzhenitsyn, 'Between Two Millstones', two books (Notre Dame, 2018, 2020): City Journal's
  review head of Book 2 and, in its text, the same book as 'Between Two Millstones, Book 2:
  Sketches of Exile, 1978-1994' (Book 1's subtitle, by a slip),
  https://www.city-journal.org/article/thinker-artist-warrior
  The American Spectator's review head of Book 2,
  https://spectator.org/between-two-millstones-solzhenitsyn-book-2-review/
  Publishers Weekly's heading of Book 1 (its year is not printed with it),
  https://www.publishersweekly.com/978-0-268-10501-3
  and Notre Dame News: '“Between Two Millstones” is a two-volume work …',
  https://news.nd.edu/news/aleksandr-solzhenitsyns-memoir-of-the-west-book-2-available-for-the-first-time-in-english/
- М. А. Шолохов, «Тихий Дон», four books: the list 'Тихий Дон. Книга 1-я (1928); Тихий Дон.
  Книга 2-я (1928); …' under 'Шолохов М. - Тихий Дон',
  http://www.staroeradio.com/audio/15690
  an e-library's heading 'Тихий Дон. Книга 1 / Михаил Александрович Шолохов' (no year of the
  edition printed),
  https://bookz.ru/authors/sholokhov-mikhail/book-tikhii-don-kniga-1-1079955/read.html
  and Flibusta's 'Тихий Дон (fb2)' / 'Михаил Александрович Шолохов … издание 2014 г.', the novel in
  one book,
  http://www.flibusta.site/b/675601
- А. И. Солженицын, «Архипелаг ГУЛАГ»: an e-library's 'Архипелаг ГУЛАГ. Книга 3 - Александр
  Солженицын Собрание сочинений в 30 томах',
  https://livelib.biz/read_5816/p12
  and an audiobook page's heading 'Александр Солженицын. Архипелаг ГУЛАГ',
  https://e-audiobooknovel.ru/?p=12082

Not found in the stored corpora, so not here: a real citation giving a book's number apart from
its title in a form the parser reads as the book (``extra["book"]`` from 'Т. V, К. 2', or
'Vol. 1, Book 2') of a book whose title elsewhere carries '(книга 2)' or 'Book 2' (outside the
holdout sets); the parser reads a GOST 'Кн. 2' after a title as the volume, and 'Т. 3. Кн. 2'
as the volume and ``extra["part"]``, neither of which is a book to the rule. Two books of
Halder's «Военный дневник» (т. 3, кн. 1 / кн. 2) and of Khrushchev's «Время. Люди. Власть» as
full citations on stored pages (the one stored page of the latter is a holdout source).
"""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citations
from archivecite.dedupe import Sameness, find_duplicates, record_keys, score_pair
from archivecite.dedupe.agreement import parts_differ
from tests.dedupe.helpers import Side, build, reference_of

PART_REASON = "title: another part"

# --- the sides -------------------------------------------------------------------------------

# Solzhenitsyn, 'March 1917' (The Red Wheel, Node III), Books 1-4
MARCH_BOOK_2 = (
    "Aleksandr Solzhenitsyn, March 1917: The Red Wheel, Node III, Book 2, Trans. Marian Schwartz "
    "(University of Notre Dame Press, 2019)"
)  # 3:AM Magazine
MARCH_BOOK_2_TRANSLATOR: Side = {
    "kind": "book",
    "title": "March 1917: The Red Wheel, Node III, Book 2",
    "authors": ["Solzhenitsyn"],
    "year": 2019,
}  # marianschwartz.com (no parser reads the heading, 'by …', the series line and the imprint)
MARCH_BOOK_3: Side = {
    "kind": "book",
    "title": "March 1917: The Red Wheel, Node III, Book 3",
    "authors": ["Solzhenitsyn"],
    "year": 2021,
}  # marianschwartz.com
MARCH_BOOK_1: Side = {
    "kind": "book",
    "title": "March 1917: The Red Wheel, Node III, Book 1",
    "authors": ["Solzhenitsyn"],
}  # Barnes & Noble
MARCH_BOOK_4_READINGS: Side = {
    "kind": "book",
    "title": "March 1917",
    "authors": ["Solzhenitsyn"],
    "year": 2024,
}  # Readings: Book 4 under the node's title alone

# Solzhenitsyn, 'Between Two Millstones', Books 1-2
MILLSTONES_BOOK_2 = (
    "Between Two Millstones, Book 2: Exile in America, 1978-1994, by Aleksandr Solzhenitsyn, "
    "translated by Clare Kitson and Melanie Moore (University of Notre Dame Press, 584 pp., $39)"
)  # City Journal
MILLSTONES_BOOK_2_SPECTATOR = (
    "Between Two Millstones, Book 2: Exile in America, 1978-1994 \n"
    "By Aleksandr Solzhenitsyn, translated by Clare Kitson and Melanie Moore\n"
    "(University of Notre Dame, 566 pages, $27)"
)  # The American Spectator
MILLSTONES_BOOK_2_SLIP: Side = {
    "kind": "book",
    "title": "Between Two Millstones, Book 2: Sketches of Exile, 1978-1994",
    "authors": ["Solzhenitsyn"],
}  # City Journal's text: Book 2 with Book 1's subtitle
MILLSTONES_BOOK_1: Side = {
    "kind": "book",
    "title": "Between Two Millstones, Book 1: Sketches of Exile, 1974–1978",
    "authors": ["Solzhenitsyn"],
}  # Publishers Weekly ('Aleksandr Solzhenitsyn, trans. … Univ. of Notre Dame, $35 (480p) ISBN …')
MILLSTONES: Side = {
    "kind": "book",
    "title": "Between Two Millstones",
    "authors": ["Solzhenitsyn"],
}  # Notre Dame News: the two-volume work

# Шолохов, «Тихий Дон», книги 1-4
TIKHII_DON_1: Side = {
    "kind": "book",
    "title": "Тихий Дон. Книга 1-я",
    "authors": ["Шолохов"],
    "year": 1928,
}  # staroeradio.com
TIKHII_DON_2: Side = {
    "kind": "book",
    "title": "Тихий Дон. Книга 2-я",
    "authors": ["Шолохов"],
    "year": 1928,
}  # staroeradio.com
TIKHII_DON_1_BOOKZ: Side = {"kind": "book", "title": "Тихий Дон. Книга 1", "authors": ["Шолохов"]}
TIKHII_DON_FLIBUSTA: Side = {
    "kind": "book",
    "title": "Тихий Дон",
    "authors": ["Шолохов"],
    "year": 2014,
}

# Солженицын, «Архипелаг ГУЛАГ»
GULAG_BOOK_3: Side = {
    "kind": "book",
    "title": "Архипелаг ГУЛАГ. Книга 3",
    "authors": ["Солженицын"],
}  # livelib.biz
GULAG: Side = {"kind": "book", "title": "Архипелаг ГУЛАГ", "authors": ["Солженицын"]}


# --- 1. two books of one work: kept apart, "another part" -----------------------------------

BOOKS_APART = [
    # Book 2 as the review cites it / Book 3 as the translator lists it
    pytest.param(MARCH_BOOK_2, MARCH_BOOK_3, id="march-1917-book-2-book-3"),
    # Book 1 / Book 2, the titles 97 % alike
    pytest.param(MARCH_BOOK_1, MARCH_BOOK_2_TRANSLATOR, id="march-1917-book-1-book-2"),
    pytest.param(MILLSTONES_BOOK_1, MILLSTONES_BOOK_2, id="millstones-book-1-book-2"),
    # Book 1 / Book 2 under Book 1's subtitle: only the book and the years tell them apart
    pytest.param(MILLSTONES_BOOK_1, MILLSTONES_BOOK_2_SLIP, id="millstones-book-1-book-2-slip"),
    # 'Книга 1-я' / 'Книга 2-я', one author, one year (1928)
    pytest.param(TIKHII_DON_1, TIKHII_DON_2, id="tikhii-don-kniga-1-kniga-2"),
    pytest.param(TIKHII_DON_1_BOOKZ, TIKHII_DON_2, id="tikhii-don-kniga-1-kniga-2-ya"),
]

# --- 2. a title without a book's number / the title with one: not one document ---------------

WHOLE_AND_BOOK = [
    # 'March 1917' (Book 4 under the node's title) / Book 1 and Book 2 with their numbers
    pytest.param(MARCH_BOOK_4_READINGS, MARCH_BOOK_1, id="march-1917-none-book-1"),
    pytest.param(MARCH_BOOK_4_READINGS, MARCH_BOOK_2, id="march-1917-none-book-2"),
    # the two-volume memoir / its Book 2
    pytest.param(MILLSTONES, MILLSTONES_BOOK_2_SPECTATOR, id="millstones-none-book-2"),
    # the novel in one book (2014) / its first book
    pytest.param(TIKHII_DON_FLIBUSTA, TIKHII_DON_1_BOOKZ, id="tikhii-don-none-kniga-1"),
    pytest.param(TIKHII_DON_FLIBUSTA, TIKHII_DON_1, id="tikhii-don-none-kniga-1-ya"),
    pytest.param(GULAG, GULAG_BOOK_3, id="gulag-none-kniga-3"),
]


@pytest.mark.parametrize(("a", "b"), BOOKS_APART + WHOLE_AND_BOOK)
def test_another_book_is_another_document(a: Side, b: Side) -> None:
    left, right = reference_of(a), reference_of(b)
    keys_left, keys_right = record_keys(0, left), record_keys(1, right)
    assert parts_differ(keys_left, keys_right)
    assert parts_differ(keys_right, keys_left)
    decision = score_pair(keys_left, keys_right)
    assert decision.sameness is None, [str(r) for r in decision.reasons]
    assert [str(r) for r in decision.reasons if r.text == "another part"] == [PART_REASON]
    assert find_duplicates([left, right], level="document") == []


# --- 3. one book cited twice: joined -----------------------------------------------------------

ONE_BOOK = [
    # the review's citation / the translator's heading: Book 2, 2019
    pytest.param(MARCH_BOOK_2, MARCH_BOOK_2_TRANSLATOR, id="march-1917-book-2-twice"),
    # two review heads of Book 2 (584 pp., $39 / 566 pages, $27)
    pytest.param(MILLSTONES_BOOK_2, MILLSTONES_BOOK_2_SPECTATOR, id="millstones-book-2-twice"),
    # 'Книга 1' / 'Книга 1-я'
    pytest.param(TIKHII_DON_1_BOOKZ, TIKHII_DON_1, id="tikhii-don-kniga-1-twice"),
]


@pytest.mark.parametrize(("a", "b"), ONE_BOOK)
def test_one_book_cited_twice_is_joined(a: Side, b: Side) -> None:
    left, right = reference_of(a), reference_of(b)
    keys_left, keys_right = record_keys(0, left), record_keys(1, right)
    assert not parts_differ(keys_left, keys_right)
    decision = score_pair(keys_left, keys_right)
    assert decision.sameness is Sameness.DOCUMENT, [str(r) for r in decision.reasons]
    assert [str(r) for r in decision.reasons if r.text == "another part"] == []
    members = [cluster.members for cluster in find_duplicates([left, right], level="document")]
    assert members == [(0, 1)]


def test_book_2_under_book_1_subtitle_is_not_split_by_its_part() -> None:
    """City Journal's slip ('Book 2: Sketches of Exile, 1978-1994') and the Spectator's head of
    Book 2: the books agree, so the rule says nothing."""
    left = record_keys(0, reference_of(MILLSTONES_BOOK_2_SLIP))
    right = record_keys(1, reference_of(MILLSTONES_BOOK_2_SPECTATOR))
    assert not parts_differ(left, right)
    decision = score_pair(left, right)
    assert [str(r) for r in decision.reasons if r.text == "another part"] == []


@pytest.mark.xfail(
    strict=True,
    reason="not the parts rule: Book 1's subtitle on Book 2 leaves the titles 81% alike, and "
    "the pair scores 0.84 (below 0.85) with no year on the slip's side",
)
def test_book_2_under_book_1_subtitle_is_joined() -> None:
    left = reference_of(MILLSTONES_BOOK_2_SLIP)
    right = reference_of(MILLSTONES_BOOK_2_SPECTATOR)
    members = [cluster.members for cluster in find_duplicates([left, right], level="document")]
    assert members == [(0, 1)]


# cross_script_holdout26.toml: a bibliography of a Palgrave book on pan-Asianism (vdocuments.site,
# "bibliography-link-978-0-230-60992-1") lists the 1987-88 edition of all seven volumes; Japanese
# Wikipedia's 太平洋戦争への道 dates the work by its first edition (1962)
ROAD_TO_THE_PACIFIC_WAR_SET = (
    "Nihon Kokusai Seijigakkai, ed. Taiheiyo - Senso - e no Michi [The Road to the Pacific War],"
    " updated editions. Vols. 1–7. Asahi Shimbunsha, 1987–88."
)
ROAD_TO_THE_PACIFIC_WAR = {"kind": "book", "title": "太平洋戦争への道", "lang": "ja", "year": 1962}


def test_a_run_of_volumes_is_the_set_in_another_edition_not_one_volume() -> None:
    (parsed,) = parse_citations(ROAD_TO_THE_PACIFIC_WAR_SET)
    assert isinstance(parsed, Parsed)
    (whole_set,) = parsed.references
    first_edition = record_keys(1, build(ROAD_TO_THE_PACIFIC_WAR))
    assert score_pair(record_keys(0, whole_set), first_edition).sameness is Sameness.WORK
    one_volume = whole_set.model_copy(update={"volume": "2"})
    assert score_pair(record_keys(0, one_volume), first_edition).sameness is None
