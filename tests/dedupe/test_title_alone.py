"""What a title can carry alone: editors of a classic are not its author; a short title in
characters, with people on one side at most, names one book when the house or series, the year
or (a phrase, three words or more) nothing else need agree; a title that names a kind of writing
(『回想録』, "Memoirs", «Воспоминания») or is one word never does. Real references, each from
the source named beside it (none from the held-out pair sets)."""

from __future__ import annotations

import pytest

from archivecite.dedupe import find_duplicates, record_keys
from archivecite.dedupe.title_strength import (
    GENERIC_TITLE,
    SHORT_TITLE,
    TELLING_TITLE,
    title_strength,
)
from archivecite.model import BookReference, DateRange, Name, Text
from archivecite.model.reference import ReferenceKind
from tests.dedupe.helpers import parsed

# http://www6.plala.or.jp/HEIKE-RAISAN/heikebon/text.html (a Heike site's list of the texts it
# used): two annotated editions of the tale and another tale of the same series
IWANAMI_HEIKE = "『平家物語』(全四巻) 山下宏明・梶原正昭校注(岩波文庫)"
KADOKAWA_HEIKE = "『平家物語』(上・下巻) 佐藤謙三校注(角川ソフィア文庫)"
IWANAMI_HOGEN = "『保元物語』 岸谷誠一校注(岩波文庫)"


def _book(
    title: str,
    lang: str,
    *,
    authors: tuple[str, ...] = (),
    editors: tuple[tuple[str, str], ...] = (),
    year: int | None = None,
    publisher: str | None = None,
    series: str | None = None,
) -> BookReference:
    return BookReference(
        title=Text(original=title, lang=lang),
        authors=tuple(Name(family=family) for family in authors),
        editors=tuple(Name(family=family, given=given) for family, given in editors),
        date=DateRange.of(year) if year else None,
        publisher=Text(original=publisher, lang=lang) if publisher else None,
        series=Text(original=series, lang=lang) if series else None,
    )


# Michael Watson's romanized bibliography of the Heike
# (http://www.meijigakuin.ac.jp/~watson/heike/heike_biblioR.html): 'Mizuhara Hajime, ed. 1979.
# Heike monogatari. Vols. 25-28 of Shincho nihon koten shusei. Shinchosha.'
MIZUHARA = _book(
    "Heike monogatari",
    "ja-Latn",
    editors=(("Mizuhara", "Hajime"),),
    year=1979,
    publisher="Shinchosha",
)
# s-yamaga.jp/dokusho/2018/sunanoonna.htm: '砂の女 安部公房 新潮社 昭和37年(1962年)6月'
SUNA_FIRST = _book("砂の女", "ja", authors=("安部公房",), year=1962, publisher="新潮社")
# www.shinchosha.co.jp/book/112115/: '砂の女 … シリーズ名 新潮文庫 … 発売日:1981/02/27' (no author
# in the record's fields)
SUNA_BUNKO = _book("砂の女", "ja", year=1981, series="新潮文庫")
# weblio's entry 回想録 (https://www.weblio.jp/content/回想録): the book title 回想録 (Casanova's
# memoirs, no author in the heading) and two stories of that title in other books
MEMOIRS_HEADING = _book("回想録", "ja")
MEMOIRS_YOURGRAU = _book("回想録", "ja", authors=("ユアグロー",), year=2004, publisher="新潮社")
MEMOIRS_KILT = _book("回想録", "ja", authors=("キルト",), year=2006, publisher="三修社")


@pytest.mark.parametrize(
    ("first", "second", "level", "same"),
    [
        # two editors' texts of the tale: one work, two editions
        (parsed(IWANAMI_HEIKE), parsed(KADOKAWA_HEIKE), "work", True),
        (parsed(IWANAMI_HEIKE), parsed(KADOKAWA_HEIKE), "document", False),
        (MIZUHARA, parsed(IWANAMI_HEIKE), "work", True),
        (MIZUHARA, parsed(IWANAMI_HEIKE), "document", False),
        # another tale in the same series, edited by another: apart
        (parsed(IWANAMI_HOGEN), parsed(IWANAMI_HEIKE), "work", False),
        # the novel and its paperback of the same house, the author on one side
        (SUNA_FIRST, SUNA_BUNKO, "work", True),
        (SUNA_FIRST, SUNA_BUNKO, "document", False),
        # a title that names a kind of writing tells nothing, whatever else agrees or is missing
        (MEMOIRS_HEADING, MEMOIRS_YOURGRAU, "work", False),
        (MEMOIRS_HEADING, MEMOIRS_KILT, "work", False),
        (MEMOIRS_YOURGRAU, MEMOIRS_KILT, "work", False),
    ],
)
def test_what_a_title_carries_alone(
    first: ReferenceKind, second: ReferenceKind, level: str, same: bool
) -> None:
    assert bool(find_duplicates([first, second], level=level)) is same  # type: ignore[arg-type]


def test_editors_of_a_classic_are_named_as_editors_not_authors() -> None:
    (cluster,) = find_duplicates([parsed(IWANAMI_HEIKE), parsed(KADOKAWA_HEIKE)], level="work")
    assert "other editors: another edition of the work" in cluster.explanation


def test_a_house_and_its_paperback_series_are_one_house() -> None:
    (cluster,) = find_duplicates([SUNA_FIRST, SUNA_BUNKO], level="work")
    assert "the title of a book of one house" in cluster.explanation
    # another house's paperback of the same title is no evidence
    other_house = _book("砂の女", "ja", year=1981, series="講談社文庫")
    assert find_duplicates([SUNA_FIRST, other_house], level="work") == []


@pytest.mark.parametrize(
    ("title", "lang", "strength"),
    [
        ("回想録", "ja", GENERIC_TITLE),  # weblio: a kind of writing
        ("Воспоминания", "ru", GENERIC_TITLE),  # Witte's, Khrushchev's, Zhukov's memoirs
        ("Vospominaniia", "ru-Latn", GENERIC_TITLE),  # the same, romanized
        ("Memoirs", "en", GENERIC_TITLE),
        ("沈黙", "ja", GENERIC_TITLE),  # Endō's novel: one word of the dictionary
        ("砂の女", "ja", SHORT_TITLE),  # two words joined by の: a noun phrase
        ("平家物語", "ja", SHORT_TITLE),
        ("昭和陸軍の軌跡", "ja", TELLING_TITLE),  # e-hon, 中公新書 2144: three words
        ("一外交官の見た明治維新", "ja", TELLING_TITLE),  # a verb between the words
    ],
)
def test_title_strength(title: str, lang: str, strength: int) -> None:
    keys = record_keys(0, _book(title, lang))
    assert title_strength(keys, keys) == strength


def test_a_bunko_volume_mark_is_the_volume() -> None:
    """www.ne.jp/asahi/puff/mdg/jp/Jcp_bunken1.html: Satow's memoir in the Iwanami bunko, the
    first of two volumes."""
    reference = parsed(
        "アーネスト・サトウ著・坂田精一訳「一外交官の見た明治維新(上)」、岩波文庫、1960年9月25日"
    )
    keys = record_keys(0, reference)
    assert keys.volume == "1"
    second = _book("一外交官の見た明治維新(下)", "ja", year=1960, series="岩波文庫")
    assert record_keys(1, second).volume == "下"
    assert find_duplicates([reference, second], level="work") == []


@pytest.mark.parametrize(
    ("title", "volume"),
    [
        # Богословский М. М. «Петр I. Материалы для биографии» (1940–48): a ruler, not a volume
        ("Петр I. Материалы для биографии", ""),
        # «Екатерина II. Сочинения» (Moscow, 1990): the same
        ("Екатерина II. Сочинения", ""),
        # a volume's number after the set's title, then the volume's own title
        ("Русская грамматика II. Синтаксис", "2"),
    ],
)
def test_a_roman_number_after_a_title_is_a_volume_unless_a_name_s(title: str, volume: str) -> None:
    assert record_keys(0, _book(title, "ru")).volume == volume


@pytest.mark.parametrize(
    ("text", "authors", "editors", "publisher"),
    [
        # names joined by ・ and closed by a role word, then the series in brackets: two editors
        (IWANAMI_HEIKE, [], ["山下宏明", "梶原正昭"], "岩波文庫"),
        # a name, ・ and a publisher closing the bracket stay an author and a publisher
        # (cjk_roles._name_then_publisher's own example)
        ("「猟本猟奇」(斎藤夜居・街書房)", ["斎藤夜居"], [], "街書房"),
    ],
)
def test_names_joined_by_a_nakaguro_before_a_bracket(
    text: str, authors: list[str], editors: list[str], publisher: str
) -> None:
    reference = parsed(text)
    assert [name.display() for name in reference.authors] == authors
    assert [name.display() for name in reference.editors] == editors
    assert reference.publisher is not None
    assert reference.publisher.original == publisher
