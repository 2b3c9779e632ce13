"""Forms of held-out published references read wrong at the start of session 16, each checked on
other real references of the same form (the source of each given beside it), with texts the
rule must leave alone."""

from __future__ import annotations

import pytest

from archivecite.parse.published.chicago_patterns import CONTAINER_IMPRINT_PATTERN
from archivecite.parse.published.names import japanese_family_first, romaji_key
from archivecite.parse.published.patterns import (
    PLACE_PUBLISHER_PATTERN,
    STRAIGHT_QUOTED_TITLE_PATTERN,
    TITLE_TRANSLATED_FROM_PATTERN,
)
from tests.parse.helpers import single_reference

# Harding, Japan Story (2018), notes to ch. 9 (whosread.com/87634/2180485)
HARDING_9 = (
    "Kawano Hitoshi, ‘Japanese Combat Morale: A Case Study of the Thirty-Seventh Division’, in "
    "Peattie et al. (eds), The Battle for China"
)
# Hotta, Japan 1941 (2013), notes to the prologue, note 12 (erenow.net/ww/japan-1941-countdown-
# to-infamy/20.php)
HOTTA_12 = (
    "Suzuki Shun, “Fuan to Yatta to iu Kimochi,” in “Watashi no Junigatsu Yoka,” "
    "http://www.rose.sannet.ne.jp/nishiha/senso/19411208.htm#suzuki."
)
# "Trace of Legitimacy and Justice in Maruyama Masao", note 1 (docslib.org/doc/11869574)
MARUYAMA_1 = (
    "Maruyama Masao, “Approach to Intellectual History [History of Thought],” 1960, in Loyalty "
    "and Treason : 388."
)


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        (HARDING_9, "Kawano", "Hitoshi"),
        (HOTTA_12, "Suzuki", "Shun"),
        (MARUYAMA_1, "Maruyama", "Masao"),
        # left alone: Western names, a Japanese name given name first, a Chinese one (Harding)
        (
            "Haruko Taya Cook and Theodore F. Cook, Japan at War: An Oral History (W. W. Norton "
            "& Company, 1992)",
            "Cook",
            "Haruko Taya",
        ),
        (
            "Theodore F. Cook, ‘Making Soldiers: the Imperial Army and the Japanese Man in Meiji "
            "Society and State’, in Barbara Molony and Kathleen Uno (eds), Gendering Modern "
            "Japanese History (Harvard University Press, 2005)",
            "Cook",
            "Theodore F.",
        ),
        (
            "Yang Tianshi, ‘Chiang Kai-Shek and the Battles of Shanghai and Nanjing’, in Mark "
            "Peattie et al. (eds), The Battle for China: Essays on the Military History of the "
            "Sino-Japanese War of 1937–1945 (Stanford University Press, 2010)",
            "Yang",
            "Tianshi",
        ),
    ],
)
def test_romanized_japanese_name_family_name_first(text: str, family: str, given: str) -> None:
    """A Japanese author printed family name first without a comma, as Japanese studies print
    one whatever the language of the work (``data/japanese_names.toml`` tells the order)."""
    reference = single_reference(text)
    assert reference is not None
    first = reference.authors[0]
    assert (first.family, first.given) == (family, given)


@pytest.mark.parametrize(
    ("first", "second", "family_first"),
    [
        ("Kawano", "Hitoshi", True),
        ("Suzuki", "Shun", True),
        ("Abe", "Shinzo", True),  # rekiken.jp's "ABE Shinzo": a Western given name, outvoted
        ("Masao", "Maruyama", False),  # Mitani, "Yukichi Fukuzawa As a Leader and Masao …"
        ("Yukichi", "Fukuzawa", False),
        ("Kathleen", "Uno", False),
        ("Abe", "Lincoln", False),
        ("Qiangsheng", "Bian", False),  # pinyin, whatever the lists hold
        ("Shimizu", "Miki", False),  # both words in both lists: the order stays as read
    ],
)
def test_japanese_family_first(first: str, second: str, family_first: bool) -> None:
    assert japanese_family_first(first, second) is family_first


@pytest.mark.parametrize("spelled", ["Gotō", "Goto", "Gotoh", "Gotou", "GOTŌ"])
def test_romaji_key_folds_long_vowels(spelled: str) -> None:
    assert romaji_key(spelled) == "goto"


# Tsutsui (ed.), A Companion to Japanese History (2007), notes to one chapter
# (studmed.ru/view/tsutsui-wm-a-companion-to-japanese-history_add40b77da5.html?page=17), notes
# 7, 9 (after "Quoted in") and 13 (its macron, set by the copy on a line of its own, put back)
@pytest.mark.parametrize(
    ("text", "container", "editors", "locator"),
    [
        (
            "John W. Hall, ‘‘Changing Conceptions of the Modernization of Japan,’’ in Jansen, "
            "ed., Changing Japanese Attitudes toward Modernization,p.7.",
            "Changing Japanese Attitudes toward Modernization",
            ["Jansen"],
            "7",
        ),
        (
            "Albert Craig, ‘‘The Central Government,’’ in Jansen and Rozman, eds., Japan in "
            "Transition, p. 67.",
            "Japan in Transition",
            ["Jansen", "Rozman"],
            "67",
        ),
        (
            "Tōyama Shigeki, ‘‘Independence and Modernization in the Nineteenth Century,’’ in "
            "Nagai and Urrutia, eds., Meiji Ishin, p. 29",
            "Meiji Ishin",
            ["Nagai", "Urrutia"],
            "29",
        ),
    ],
)
def test_short_form_chapter_cites_its_page(
    text: str, container: str, editors: list[str], locator: str
) -> None:
    """A note's short form of a chapter: the book named after its editors, no facts of
    publication, the page after ``p.`` is the page the note cites."""
    reference = single_reference(text)
    assert reference is not None
    assert reference.kind == "chapter"
    assert str(reference.container_title) == container
    assert [name.family for name in reference.container_authors] == editors
    assert reference.extra.get("locator") == locator
    assert reference.pages is None


def test_bibliography_chapter_keeps_its_extent() -> None:
    """Chicago's bibliography form (the Manual's own example, 17th ed., 14.107): the pages
    after the editor are the chapter's extent."""
    reference = single_reference(
        "Gould, Glenn. “Streisand as Schwarzkopf.” In The Glenn Gould Reader, edited by Tim "
        "Page, 308–11. New York: Vintage, 1984."
    )
    assert reference is not None
    assert (reference.pages, reference.extra.get("locator")) == ("308-11", None)


# Routledge Handbook of Premodern Japanese History, notes to L. Butler's chapter, note 9
# (issuhub.com/view/index/23496?pageIndex=183): a family name first, an English title
def test_short_note_family_name_first() -> None:
    reference = single_reference("Imatani Akira, “Not for Lack of Will or Wile,” 48.")
    assert reference is not None
    assert (reference.authors[0].family, reference.authors[0].given) == ("Imatani", "Akira")
    assert reference.extra.get("locator") == "48"


@pytest.mark.parametrize(
    ("text", "title", "container", "volume"),
    [
        # a reading list in a public repository (search tool's find_string, file id
        # 58523071416), its TOML quoting undone
        (
            "Mark B. Tauger, 'The 1932 Harvest and the Famine of 1933', Slavic Review 50:1 (1991)",
            "The 1932 Harvest and the Famine of 1933",
            "Slavic Review",
            "50",
        ),
        # "Notes and References" of a festschrift for Ishida Takeshi (docslib.org/doc/4773561),
        # the note opening the introduction, its "et al." left out
        (
            "Ishida Takeshi, 'Zadankai: Hitotsu no kojinshi' [A round-table discussion: a "
            "personal history], in Shakaikagaku kenkyu, vol. 35, no. 5 (1984) pp. 277-341.",
            "Zadankai: Hitotsu no kojinshi",
            "Shakaikagaku kenkyu",
            "35",
        ),
    ],
)
def test_title_in_straight_single_quotes(
    text: str, title: str, container: str, volume: str
) -> None:
    """A title between straight single quotes after the names' comma (British notes as a
    copy types them), an English gloss in brackets after it read as the translation."""
    reference = single_reference(text)
    assert reference is not None
    assert reference.kind == "article"
    assert reference.title is not None
    assert reference.title.original == title
    assert str(reference.container_title) == container
    assert reference.volume == volume
    assert reference.authors


def test_gloss_after_a_quoted_title() -> None:
    reference = single_reference(
        "Ishida Takeshi, 'Zadankai: Hitotsu no kojinshi' [A round-table discussion: a personal "
        "history], in Shakaikagaku kenkyu, vol. 35, no. 5 (1984) pp. 277-341."
    )
    assert reference is not None
    assert reference.title is not None
    assert reference.title.translations == {"en": "A round-table discussion: a personal history"}


@pytest.mark.parametrize(
    "text",
    [
        # a quote opening the title, in a list with a dash for each entry (search tool's
        # find_string, file id 68448864081)
        "- '\"That's Not the Only Reason We Love Him\": Tchaikovskii Reception in Post-Soviet "
        "Russia', Slavic Review, 77/1 (2018), 53-78",
        # the informal reader's own straight quotes after "et al." (tests/parse/
        # test_informal_heads.py) stay its own
        "Kalashnikov A.P. et al. 'Norms and Rations for Feeding Farm Animals' (2003)",
    ],
)
def test_straight_quotes_left_alone(text: str) -> None:
    assert STRAIGHT_QUOTED_TITLE_PATTERN.search(text) is None


@pytest.mark.parametrize(
    ("imprint", "publisher", "pages"),
    [
        # a chapter's imprint in a reference list (search tool's find_string, file id
        # 66718730184: "Kaufman, K.A.; … In G. Piatetsky-Shapiro and W. Frawley (eds.),
        # Knowledge Discovery in Databases. Menlo Park, CA: AAAI Press/MIT Press, 1991, pp.
        # 449-462.")
        (
            "Menlo Park, CA: AAAI Press/MIT Press, 1991, pp. 449-462",
            "AAAI Press/MIT Press",
            "449-462",
        ),
        # left alone: a set's years (tests/data/published_citations_forms.toml, the Yakut
        # grammar), a count of pages
        ("Moskva : Nauka, 1982-1995", None, None),
        ("Moskva: Nauka, 1982", "Nauka", None),
    ],
)
def test_pages_closing_an_imprint(imprint: str, publisher: str | None, pages: str | None) -> None:
    """A chapter's pages after its book's publisher (and year) are no part of the publisher's
    name; a set's years are no pages."""
    match = PLACE_PUBLISHER_PATTERN.fullmatch(imprint)
    assert match is not None
    assert match["pages"] == pages
    if publisher is not None:
        assert match["publisher"] == publisher


# Russian reading lists in public repositories (search tool's find_string, the file ids given)
@pytest.mark.parametrize(
    ("text", "title", "language"),
    [
        (  # file id 70844242233
            "Фаулер, М. Шаблоны корпоративных приложений: пер. с англ. / М. Фаулер. — М.: "
            "Издательский дом «Вильямс», 2018. — 544 с.",
            "Шаблоны корпоративных приложений",
            "англ",
        ),
        (  # file id 35611781614 (its typo "Найка" kept)
            "Грас Дж. Data Science. Найка о данных с нуля: Пер. с англ. – СПб.: БХВ-Петербург, "
            "2020. – 336 с.",
            "Data Science. Найка о данных с нуля",
            "англ",
        ),
        (  # file id 48727306841
            "Банди Б. Основы линейного программирования: Пер. с англ. - М.:Радио м связь, 1989, "
            "стр 113-123",
            "Основы линейного программирования",
            "англ",
        ),
    ],
)
def test_translated_from_after_the_title(text: str, title: str, language: str) -> None:
    """GOST's other title information ``: пер. с англ.`` says what language the book was
    translated from: no part of the title."""
    reference = single_reference(text)
    assert reference is not None
    assert reference.title is not None
    assert reference.title.original == title
    assert reference.extra.get("translated_from") == language


@pytest.mark.parametrize(
    "title",
    [
        # titles about translation (V. N. Komissarov's textbook, Moscow, 1990; the statement
        # of the translation itself after a slash, read as a translator's)
        "Теория перевода (лингвистические аспекты)",
        "Сибирь и ссылка / пер. с англ.",
    ],
)
def test_translated_from_left_alone(title: str) -> None:
    assert TITLE_TRANSLATED_FROM_PATTERN.search(title) is None


# The facts of publication after the name of the book a chapter is in, with no brackets; reference
# lists in public repositories (search tool's find_string, the file ids given)
@pytest.mark.parametrize(
    ("text", "container", "publisher", "year", "volume"),
    [
        (  # file id 57845922594
            'Paulhus, D. L., "Measurement and control of response bias," in *Measures of '
            "Personality and Social Psychological Attitudes*, Academic Press, 1991, pp. 17–59.",
            "Measures of Personality and Social Psychological Attitudes",
            "Academic Press",
            1991,
            None,
        ),
        (  # file id 59843754082
            "Samson Abramsky, Achim Jung, “Domain Theory”, in *Handbook of Logic in Computer "
            "Science*, Vol. 3, Oxford University Press, 1994, 1–168",
            "Handbook of Logic in Computer Science",
            "Oxford University Press",
            1994,
            "3",
        ),
        (  # file id 58641958568 (its URL left out): the book's year alone, in brackets
            'Patrick Jentsch and Stephan Porada, "From Text to Data: Digitization, Text Analysis '
            'and Corpus Linguistics," in *Digital Methods in the Humanities* (2021), 89-128.',
            "Digital Methods in the Humanities",
            None,
            2021,
            None,
        ),
    ],
)
def test_imprint_closing_the_book_of_a_chapter(
    text: str, container: str, publisher: str | None, year: int, volume: str | None
) -> None:
    reference = single_reference(text)
    assert reference is not None
    assert reference.kind == "chapter"
    assert str(reference.container_title) == container
    printed = getattr(reference, "publisher", None)
    assert (printed.original if printed is not None else None) == publisher
    assert reference.date is not None
    assert reference.date.start.year == year
    assert reference.volume == volume


def test_book_named_with_a_year_keeps_it() -> None:
    """A proceedings volume named with its year and no publisher after it (file id 5536638173)
    keeps the year in its name."""
    match = CONTAINER_IMPRINT_PATTERN.search(
        "3rd International Conference on Learning Representations, ICLR 2015"
    )
    assert match is None


# Notes to G. Squires' Yamaji Aizan (docslib.org/doc/7723078), note to the acknowledgements (the
# copy's macrons, set after their letters, put back)
@pytest.mark.parametrize(
    ("text", "pages"),
    [
        (
            "Itō, Yūshi and Graham Squires, ‘The Myth of the Japanese Uniqueness Reconsidered’, "
            "in Kōtaku Ishidō and David Myers (eds.) Japanese Society Today (Rockhampton: Central "
            "Queensland University Press, 1995), pp. 147–60",
            "147-60",
        ),
        (
            "Itō, Yūshi, ‘The Rise of Social History and Japanese Identity for the Twenty-first "
            "Century’, in Kōtaku Ishidō and David Myers (eds), Reinventing the Old Japan "
            "(Rockhampton: Central Queensland University Press, 2001), pp. 43–57",
            "43-57",
        ),
    ],
)
def test_chapter_extent_after_its_book(text: str, pages: str) -> None:
    """A run of more than ten pages after a chapter's book is the chapter's extent; a short run
    stays the passage the note cites (tests/data/published_citations.toml: '… (New Haven: Yale
    University Press, 2005), 275–76.')."""
    reference = single_reference(text)
    assert reference is not None
    assert reference.kind == "chapter"
    assert (reference.pages, reference.extra.get("locator")) == (pages, None)
