"""Forms of held-out sets 43 (Japanese) and 44 (Chinese), read on other real references: a
Wade-Giles reference by its juan count, a Chinese book's juan and leaf after its 《title》, a reign's
label before a title, HTML italics around a title, and a rank before a name in a review heading."""

from __future__ import annotations

import pytest

from archivecite.model import ArchivalReference, ArticleReference, BookReference
from tests.parse.helpers import parsed_as

# F. W. Drake, "A Mid-nineteenth-century Discovery of the Non-Chinese World", Modern Asian Studies
# 6.2 (1972), the 'References' list on its Cambridge Core page (core-prod.cambridgecore.org/core/
# journals/modern-asian-studies/article/midnineteenthcentury-discovery-of-the-nonchinese-world/
# D2A78F73C2D1ECFAAA334C6D600F32F1), reference 2 after its siglum 'WTHC.'; no other list of this
# form was found with the search tools.
DRAKE_WTHC = (
    "Hsu, Chi-yü, ed., Wu-t'ai hsin-chih (New gazetteer of Wu-t'ai [Shansi]; 4 chüan, Wu-t'ai, "
    "1884), 3.56."
)


WTHC_TITLE = ("Wu-t'ai hsin-chih", "New gazetteer of Wu-t'ai [Shansi]")
WTHC_IMPRINT = ("4", "Wu-t'ai", 1884, "3.56")


@pytest.mark.parametrize(
    ("text", "people", "title", "imprint"),
    [
        (DRAKE_WTHC, ("editors", "Hsu", "Chi-yü"), WTHC_TITLE, WTHC_IMPRINT),
        # the same reference with the family name printed after the given name, as Drake prints
        # Chao Erh-hsun: the single syllable is the family name, the hyphened two the given name
        (
            "Chi-yü, Hsu, ed., Wu-t'ai hsin-chih (New gazetteer of Wu-t'ai [Shansi]; 4 chüan, "
            "Wu-t'ai, 1884), 3.56.",
            ("editors", "Hsu", "Chi-yü"),
            WTHC_TITLE,
            WTHC_IMPRINT,
        ),
    ],
)
def test_wade_giles_reference_by_its_juan(
    text: str,
    people: tuple[str, str, str],
    title: tuple[str, str],
    imprint: tuple[str, str, int, str],
) -> None:
    reference = parsed_as(text, BookReference)
    role, family, given = people
    assert [(name.family, name.given) for name in getattr(reference, role)] == [(family, given)]
    assert reference.title is not None
    assert (reference.title.original, reference.title.lang) == (title[0], "zh-Latn")
    assert reference.title.translations == {"en": title[1]}
    juan, place, year, locator = imprint
    assert reference.number_of_volumes == juan
    assert reference.place is not None
    assert reference.place.original == place
    assert reference.date is not None
    assert reference.date.start.year == year
    assert reference.extra["locator"] == locator


@pytest.mark.parametrize(
    ("text", "title", "authors"),
    [
        # an inverted note with its imprint in brackets and no juan: the Chicago note's reader
        ("Pound, Ezra, The Confucian Odes (New York: New Directions, 1959), 12.", "The Confucian "
         "Odes", [("Pound", "Ezra")]),
    ],
)  # fmt: skip
def test_notes_without_a_juan_count_read_as_before(
    text: str, title: str, authors: list[tuple[str, str]]
) -> None:
    reference = parsed_as(text, BookReference)
    assert reference.title is not None
    assert reference.title.original == title
    assert [(name.family, name.given) for name in reference.authors] == authors
    assert reference.number_of_volumes is None


@pytest.mark.parametrize(
    ("text", "title", "volume"),
    [
        # a code repository's source line for a Song custom (search-tool file id 68639917129)
        ("《东京梦华录》卷八", "东京梦华录", "8"),
        # a Buddhist-studies data file's earliest source (search-tool file id 58089317839)
        ("《续高僧传》卷十七", "续高僧传", "17"),
        # xing528.com/lilun/1497432.html: '《清儒学案》卷三十四《鄞县二万学案上》' cut before the
        # chapter's title
        ("《清儒学案》卷三十四", "清儒学案", "34"),
        # a Chinese translation of Go's math/big documentation (search-tool file id
        # 42476755101): '见 Knuth《计算机程序设计艺术》，卷 2，章节 4.6.3。' cut after the volume
        ("《计算机程序设计艺术》，卷 2", "计算机程序设计艺术", "2"),
    ],
)
def test_a_books_juan_after_its_title_is_no_archival_file(
    text: str, title: str, volume: str
) -> None:
    reference = parsed_as(text, BookReference)
    assert reference.title is not None
    assert reference.title.original == title
    assert reference.volume == volume
    assert reference.publisher is None  # "卷八十五" is no publisher's name


@pytest.mark.parametrize(
    "text",
    [
        # an archive named, or the file's levels labelled: the 卷 is the archive's file
        "中国第二历史档案馆藏，卷59，页23",
        "全宗号2，案卷号59，第23页",
    ],
)
def test_an_archives_juan_stays_a_file(text: str) -> None:
    reference = parsed_as(text, ArchivalReference)
    assert getattr(reference.locator, "anjuan", None) == "59"


@pytest.mark.parametrize(
    ("text", "title", "reign"),
    [
        # the Daoguang part of the same compilation, as Chinese notes cite it
        # (籌辦夷務始末 has 道光朝, 咸豐朝 and 同治朝 parts)
        ("道光朝《筹办夷务始末》卷3", "筹办夷务始末", "道光朝"),
        ("咸豐朝《籌辦夷務始末》卷十", "籌辦夷務始末", "咸豐朝"),
    ],
)
def test_a_reigns_label_before_a_title_is_no_author(text: str, title: str, reign: str) -> None:
    reference = parsed_as(text, BookReference)
    assert reference.title is not None
    assert reference.title.original == title
    assert reference.authors == ()
    assert reference.extra["reign"] == reign


def test_a_person_before_a_title_is_still_the_author() -> None:
    reference = parsed_as("王先谦:《东华续录》,卷59,页23b。", BookReference)
    assert [(name.family, name.given) for name in reference.authors] == [("王", "先谦")]


# zotero-chinese/styles, tests/styles/446tsinghua-university-academy-of-arts-and-design/test.md,
# section 引注, notes 1-3, as the CSL processor renders them (HTML <i> kept, the <sup> number left
# out)
@pytest.mark.parametrize(
    ("text", "title", "families", "year"),
    [
        (
            "R. Starn and L. W. Partridge, <i>Arts of Power: Three Halls of State in Italy, "
            "1300-1600</i>, University of California Press, 1992, pp. 19–28.",
            "Arts of Power: Three Halls of State in Italy, 1300-1600",
            ["Starn", "Partridge"],
            1992,
        ),
        (
            "M. Polo, <i>The Travels of Marco Polo</i>, trans. by William Marsden, Hertfordshire: "
            "Cumberland House, 1997, pp. 55, 88.",
            "The Travels of Marco Polo",
            ["Polo"],
            1997,
        ),
    ],
)
def test_html_italics_mark_the_title(text: str, title: str, families: list[str], year: int) -> None:
    reference = parsed_as(text, BookReference)
    assert reference.title is not None
    assert reference.title.original == title
    assert [name.family for name in reference.authors] == families
    assert reference.date is not None
    assert reference.date.start.year == year


def test_html_italics_of_a_journal_leave_the_article_title() -> None:
    # the same page, note 5
    text = (
        "H. B. Chamberlain, “On the Search for Civil Society in China,” <i>Modern China</i>, "
        "vol. 19, no. 2 (April 1993), pp. 199–215."
    )
    reference = parsed_as(text, ArticleReference)
    assert reference.title is not None
    assert reference.title.original == "On the Search for Civil Society in China"
    assert reference.container_title is not None
    assert reference.container_title.original == "Modern China"


@pytest.mark.parametrize(
    ("text", "title", "author"),
    [
        # Virginia Quarterly Review, "Notes on Current Books", Winter 1943
        # (vqronline.org/notes-current-books-12): a rank of the RAF before the name
        ("Lifelines of Victory, by Squadron Leader Murray Harris.", "Lifelines of Victory",
         ("Harris", "Murray")),
        # the same page's heading with no rank, read as before
        ("Queen of the Flat-Tops, by Stanley Johnston.", "Queen of the Flat-Tops",
         ("Johnston", "Stanley")),
    ],
)  # fmt: skip
def test_a_rank_before_a_name_is_no_part_of_it(
    text: str, title: str, author: tuple[str, str]
) -> None:
    reference = parsed_as(text, BookReference)
    assert reference.title is not None
    assert reference.title.original == title
    assert [(name.family, name.given) for name in reference.authors] == [author]


def test_pages_in_chinese_numerals_with_a_circle_for_the_zero() -> None:
    # a code repository's file of quotations from Mao (search-tool file id 2757014478): the
    # source line after a quotation, its pages in Chinese numerals with ○ for the zero and a
    # full-width dash doubled between them
    reference = parsed_as(
        "《关于正确处理人民内部矛盾的问题》（一九五七年二月二十七日）人民出版社第二九－－三○页。",
        BookReference,
    )
    assert reference.extra["locator"] == "29-30"
