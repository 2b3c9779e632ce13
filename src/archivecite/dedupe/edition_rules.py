"""Editions, volumes and reissues of one book: when a title with little else still names one
book, and when years, volumes, houses or series tell another edition or another book of a set.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from archivecite.dedupe.imprints import same_house, same_publisher
from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.numbers import same_number
from archivecite.dedupe.readings import text_script
from archivecite.dedupe.title_strength import (
    GENERIC_TITLE,
    TELLING_TITLE,
    phrase_in_characters,
    title_strength,
    topic_in_characters,
)
from archivecite.dedupe.titles import (
    EQUAL_TITLE,
    MONOGRAPH_KINDS,
    equal_across_scripts,
    main_title_keys,
    telling_length,
    two_scripts,
)
from archivecite.model import Script

TITLE_FLOOR = 85.0

YEAR_SLACK = 1  # a year this far off is still the same document (preprint, indexing lag)


def one_volume_of_a_book(a: RecordKeys, b: RecordKeys, title: float) -> bool:
    """An equal title (as written, romanized or translated), the same year and the same volume
    of a book in several: "Istoriya Dagestana. V 4 t. [History of Dagestan] ... 1967, vol. I" /
    "History of Dagestan. T. 1. M., 1967"."""
    dated = a.year is not None and a.year == b.year
    # a short note gives no year: "Краткая история СССР. Ч. 2. С. 420." after the full one
    undated = (a.year is None) != (b.year is None) and telling_length(a, b)
    return (
        title >= EQUAL_TITLE
        and a.kind in MONOGRAPH_KINDS
        and b.kind in MONOGRAPH_KINDS
        and (dated or undated)
        and bool(a.volume)
        and a.volume == b.volume
    )


def one_book_of_one_volume(a: RecordKeys, b: RecordKeys) -> bool:
    """The same book of the same volume ("Sovetsko-Kitaiskie Otnosheniia, Vol. 5, Book 2" /
    "Русско-китайские отношения,Т.V,К.2"): one collection named by its volume's title and by
    its series' (a volume number alone is shared by the series of two countries)."""
    return bool(a.volume and a.book) and (a.volume, a.book) == (b.volume, b.book)


def other_day(a: RecordKeys, b: RecordKeys) -> bool:
    """Another month or day of one year: another issue of a periodical ("Правда", 5 / 12 March
    1937, read as a title and a day). The day of an authored book is its printing's as one
    catalogue or another gives it ('2012年8月15日発行' / '2012/8/10'), not another book."""
    if a.month_day is None or b.month_day is None or a.year != b.year:
        return False
    if (a.kind in MONOGRAPH_KINDS or b.kind in MONOGRAPH_KINDS) and a.authors and b.authors:
        return False
    (month_a, day_a), (month_b, day_b) = a.month_day, b.month_day
    return month_a != month_b or (day_a is not None and day_b is not None and day_a != day_b)


def other_volume_of_a_book(a: RecordKeys, b: RecordKeys) -> bool:
    """Two volume numbers, one of them a book's: two books of one set."""
    return (
        bool(a.volume and b.volume)
        and a.volume != b.volume
        and (a.kind in MONOGRAPH_KINDS or b.kind in MONOGRAPH_KINDS)
    )


def volume_of_another_year(a: RecordKeys, b: RecordKeys) -> bool:
    """A book's volume on one side only, and years apart: another volume of the set (vol. 2
    of a grammar, 1995, against the grammar cited as of 1982), not another edition; but not
    the first volume against the set cited as of a later year, a reissue that holds it
    (Volkogonov's 'Sem vojdei, 1996, t. 1' / «Семь вождей», 1998 in one volume)."""
    if not (
        bool(a.volume) != bool(b.volume)
        and a.kind in MONOGRAPH_KINDS
        and b.kind in MONOGRAPH_KINDS
        and not (a.container or b.container)
        and a.year is not None
        and b.year is not None
        and abs(a.year - b.year) > YEAR_SLACK
    ):
        return False
    volume, whole = (a, b) if a.volume else (b, a)
    first = same_number(volume.volume or "", "1")
    return not (
        first and volume.year is not None and whole.year is not None and whole.year > volume.year
    )


def volume_and_its_set(a: RecordKeys, b: RecordKeys, title: float) -> bool:
    """A numbered volume of a set on one side, and on the other no volume and a title the
    volume's title opens with: the set cited whole against one of its volumes (《联共(布)、
    共产国际与中国苏维埃运动(1927~1931)》(第9卷) in 《聯共(布)、共產國際與中國》), one work
    maybe but not one document."""
    if title >= EQUAL_TITLE or bool(a.volume) == bool(b.volume):
        return False
    if a.kind not in MONOGRAPH_KINDS or b.kind not in MONOGRAPH_KINDS:
        return False
    volume, whole = (a, b) if a.volume else (b, a)
    return any(
        own.key.startswith(set_title.key) and len(own.key) > len(set_title.key)
        for own in volume.titles
        for set_title in whole.titles
    )


_REISSUE_AUTHORS = 0.85

_WORD_ALIKE = 80

_FULL_TITLE = 100.0  # the title keys equal

MAIN_EQUAL = 95.0  # an equal title, or one equal to the other's main title


def reissued_by_publisher(a: RecordKeys, b: RecordKeys, title: float, people: float) -> bool:
    """Books of the same authors and publisher, the titles alike: one work in two editions."""
    return (
        a.kind in MONOGRAPH_KINDS
        and b.kind in MONOGRAPH_KINDS
        and title >= TITLE_FLOOR
        and people >= _REISSUE_AUTHORS
        and same_publisher(a, b)
        and any(_words_inside(first.key, second.key) for first in a.titles for second in b.titles)
    )


def _words_inside(first: str, second: str) -> bool:
    """Every word of the shorter title, spelt alike, in the longer one: a subtitle more on one
    side, not one word for another ("Базовый уровень" / "Первый сертификационный уровень",
    two books of one series)."""
    short, long = sorted((first.split(), second.split()), key=len)
    return all(any(fuzz.ratio(word, other) >= _WORD_ALIKE for other in long) for word in short)


def same_imprint(a: RecordKeys, b: RecordKeys) -> bool:
    """The same year and publisher (みすず書房 / "Misuzu Shobō"): a short title so published
    names one book."""
    return a.year is not None and a.year == b.year and same_publisher(a, b)


def same_book_undated(a: RecordKeys, b: RecordKeys, title: float) -> bool:
    """The same book title and publisher, a year on one side at most (『国史大辞典』(吉川弘文館)
    in two reference lists): one work, whichever edition."""
    return (
        title >= _FULL_TITLE
        and (a.year is None or b.year is None)
        and a.kind == b.kind
        and a.kind in MONOGRAPH_KINDS
        and not (a.container or b.container or a.column or b.column)
        and same_publisher(a, b)
    )


def unsigned_years_apart(a: RecordKeys, b: RecordKeys) -> bool:
    """No people on either side, and two years further apart than a printing's slack, neither
    a later edition the other lists: a short title alone is then no more telling across scripts
    than in one. A reference work's or an anonymous compilation's title recurs for new works a
    generation on (Yoshikawa Kōbunkan's 『国史大辞典』 of 1908 and its new "Kokushi daijiten" of
    1979-97); an author named on one side ties a collected works to its other edition."""
    if a.authors or b.authors or a.year is None or b.year is None:
        return False
    if abs(a.year - b.year) <= YEAR_SLACK:
        return False
    return b.year not in a.edition_years and a.year not in b.edition_years


def one_signed_other_house(a: RecordKeys, b: RecordKeys) -> bool:
    """People named on one side only, two publishers that differ (read in one way: the romanized
    title's publisher romanized too), years further apart than a printing's slack, and a title
    that is not telling alone: an unsigned "Zhongguo jindai shi" (Shangwu yinshuguan, 1947) is
    not 李侃等's 《中国近代史》 (中华书局 1994), a topic's compound that many books bear."""
    if bool(a.authors) == bool(b.authors) or not (a.publisher and b.publisher):
        return False
    if a.year is None or b.year is None or abs(a.year - b.year) <= YEAR_SLACK:
        return False
    romanized = all(side.non_latin or (side.title_lang or "").endswith("-Latn") for side in (a, b))
    return (
        romanized
        and (topic_in_characters(a, b) or title_strength(a, b) != TELLING_TITLE)
        and not same_house(a, b)
        and b.year not in a.edition_years
        and a.year not in b.edition_years
    )


def told_by_title(a: RecordKeys, b: RecordKeys, title: float) -> tuple[str, bool] | None:
    """Why a short title, people named on one side at most, still names one book, and whether
    only the work (not the edition) is known; None when it does not. The more telling the title
    (see :mod:`title_strength`), the less else must agree: the house ('シベリア出兵 (中公新書)'
    with and without its subtitle), the year (『昭和史講義』 2015 / 筒井清忠編, 2015/7), the
    people on one side ('大元帥昭和天皇|山田朗'), or, for a phrase in characters, nothing more on
    one side. Titles in Latin letters on both sides are left to their people and places
    ("Data mining" names many books)."""
    if title < MAIN_EQUAL or a.kind not in MONOGRAPH_KINDS or b.kind not in MONOGRAPH_KINDS:
        return None
    if not (a.non_latin or b.non_latin) or a.container or b.container:
        return None
    if unsigned_years_apart(a, b) or (strength := title_strength(a, b)) == GENERIC_TITLE:
        return None
    same_year = a.year is not None and a.year == b.year
    if same_house(a, b):
        return "the title of a book of one house", not same_year
    one_named = bool(a.authors) != bool(b.authors)
    if title < EQUAL_TITLE:
        return None
    if same_year and (one_named or strength == TELLING_TITLE):
        return "the title of a book of one year", False
    if strength != TELLING_TITLE:
        return None
    if one_named and (a.year is None or b.year is None):
        return "a telling title; the people named on one side only", True
    bare = not (a.authors or a.year is not None or a.publisher) or not (
        b.authors or b.year is not None or b.publisher
    )
    if bare and a.non_latin and b.non_latin:
        return "a telling title in characters, alone on one side", True
    return None


def romanized_title_edition(a: RecordKeys, b: RecordKeys, title: float) -> bool:
    """A book's title in Latin or Cyrillic letters equal to its title in characters, or to
    that title's main part, the people named on one side only: a Western bibliography's
    romanization of a Chinese or Japanese book ("———. Zai lishi juren shenbian … 1995", the
    author given by the dash) and another edition's catalogue line (在历史巨人身边:师哲回忆录 /
    师哲口述;李海文著 … 2014). Such a title, a phrase or three words, is read syllable for
    syllable, not translated, and names the work; the years are its editions', which say
    neither yes nor no (a title in one script, or a compound of two words, 中国通史, is left
    to its year)."""
    return (
        title >= MAIN_EQUAL
        and bool(a.authors) != bool(b.authors)
        and a.kind in MONOGRAPH_KINDS
        and b.kind in MONOGRAPH_KINDS
        and not (a.container or b.container or a.column or b.column)
        and (a.non_latin != b.non_latin or two_scripts(a, b))
        and any(text_script(side.title_original) is Script.HAN for side in (a, b))
        and phrase_in_characters(a, b)
    )


def edited_work(a: RecordKeys, b: RecordKeys, title: float) -> bool:
    """Other editors' texts of one work: both sides name only editors ('Heike Monogatari …
    Ed. Ichiko Teiji' / 水原一校注『平家物語』), and an editor is not the author, so the title
    of an old or anonymous work names it. Not one word nor a kind of writing (two editors'
    『日記』 are two diaries); in characters on one side at least (Western anthologies of one
    title by other editors are other books); an author named against an editor is left to the
    people (児島襄『太平洋戦争』 is not the edited history of that name)."""
    return (
        a.edited
        and b.edited
        and (a.non_latin or b.non_latin)
        and title >= EQUAL_TITLE
        and a.kind in MONOGRAPH_KINDS
        and b.kind in MONOGRAPH_KINDS
        and not (a.container or b.container)
        and title_strength(a, b) != GENERIC_TITLE
    )


def same_book_by_another_reading(a: RecordKeys, b: RecordKeys, title: float) -> bool:
    return equal_across_scripts(a, b, title) and same_imprint(a, b)


_MAIN_TITLE_ONLY = 95  # an article's title read as a book's main title, before its subtitle


def article_about_a_book(a: RecordKeys, b: RecordKeys) -> str | None:
    """An article and a book of another year: why the article is another work, or None.
    With no authors to say otherwise, an article titled as a book reviews or studies it (HKU's
    record of a 2015 review, "Kenkenroku: A Diplomatic Record ...", and the 1983 book). With
    people on both sides, an article or talk under only the main title of a book that has a
    subtitle is a paper before the book or a talk after it that took its title (飯山市's 2016
    lecture 「人びとはなぜ満州へ渡ったのか」 by 小林 and his 2015 book 『人びとはなぜ満州へ渡った
    のか ― 長野県の社会運動と移民』); the book cited without its subtitle is a book."""
    kinds = {a.kind, b.kind}
    if not (
        "article" in kinds
        and kinds & MONOGRAPH_KINDS
        and a.year is not None
        and b.year is not None
        and a.year != b.year
    ):
        return None
    if not (a.authors and b.authors):
        return "an article titled as a book, another year, no authors"
    article, book = (a, b) if a.kind == "article" else (b, a)
    mains = main_title_keys(book)
    if any(
        fuzz.ratio(main, title.key) >= _MAIN_TITLE_ONLY
        for main in mains
        for title in article.titles
    ):
        return "an article under a book's main title only, another year: a paper or talk"
    return None


def two_houses_paperbacks(a: RecordKeys, b: RecordKeys) -> bool:
    """Both in a paperback reprint series (岩波文庫, 角川ソフィア文庫), of two houses."""
    return a.reprint and b.reprint and not same_house(a, b)


def collected_and_apart(a: RecordKeys, b: RecordKeys) -> bool:
    """One side printed in a collection (a container named: 『明治文学全集 11 福地桜痴集』
    筑摩書房), the other a book on its own, each with a publisher, the two houses other: two
    publications of the work."""
    for part, book in ((a, b), (b, a)):
        if (
            part.container
            and part.publisher
            and not book.container
            and book.kind in MONOGRAPH_KINDS
            and book.publisher
            and not same_house(part, book)
        ):
            return True
    return False
