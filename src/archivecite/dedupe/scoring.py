"""Scoring one candidate pair: a score, the level of sameness, and a reason per field.

Hard rules come first, where the data decides: two different DOIs, an erratum and the article
it corrects, two archives, two fonds, two dela (in the same opis or not), two toma. What is
left is scored with rapidfuzz on the representation that suits each field: title matching
keys (script- and scheme-independent), family-name keys, year, container, volume and pages.
"""

from __future__ import annotations

import dataclasses

from archivecite.dedupe.agreement import (
    column_place_agrees,
    numbers_differ,
    other_instalments,
    parts_differ,
    same_place,
    same_volume_and_page,
    span_left_open,
    span_of_a_year,
)
from archivecite.dedupe.bridged_glosses import russian_cjk_pair
from archivecite.dedupe.cognates import romanized_original
from archivecite.dedupe.conflicts import hard_conflict, other_doi, same_people_in_order
from archivecite.dedupe.cut_titles import CUT_TITLE
from archivecite.dedupe.decision import LEVEL_RANK, PairDecision, Reason, Sameness
from archivecite.dedupe.edition_rules import (
    MAIN_EQUAL,
    TITLE_FLOOR,
    YEAR_SLACK,
    article_about_a_book,
    collected_and_apart,
    edited_work,
    one_book_of_one_volume,
    one_signed_other_house,
    one_volume_of_a_book,
    other_day,
    other_volume_of_a_book,
    reissued_by_publisher,
    romanized_title_edition,
    same_book_by_another_reading,
    same_book_undated,
    same_imprint,
    told_by_title,
    two_houses_paperbacks,
    unsigned_years_apart,
    volume_and_its_set,
    volume_of_another_year,
)
from archivecite.dedupe.files import compare_files
from archivecite.dedupe.gloss_dictionaries import ruby_reading
from archivecite.dedupe.imprints import another_imprint, same_publisher
from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.numbers import probable_typo, same_number
from archivecite.dedupe.people import author_similarity, heard_alike
from archivecite.dedupe.place_words import another_place
from archivecite.dedupe.placement import (
    compare_places,
    one_proceedings_volume,
    one_untitled_issue,
    other_venue,
    untitled,
)
from archivecite.dedupe.readings import AS_CHINESE, AS_ONYOMI
from archivecite.dedupe.sequels import another_sequel, unmatched_ordinal
from archivecite.dedupe.short_titles import one_opening_two_books, reworded, short_title_of
from archivecite.dedupe.studies import study_of_the_work
from archivecite.dedupe.title_strength import named_across_scripts
from archivecite.dedupe.titles import (
    BRACKETED,
    CONVERTED,
    EQUAL_TITLE,
    IN_MANDARIN,
    MONOGRAPH_KINDS,
    NAMED_TITLE,
    THROUGH_BRACKETS,
    WITHOUT_SUBTITLE,
    equal_across_scripts,
    headed_similarity,
    is_short,
    long_equal_title,
    numbers_of_the_main_title,
    read_by_machine,
    same_people_main_title,
    title_inside_a_compilation,
    title_similarity,
    translated,
)
from archivecite.dedupe.translation import (
    TRANSLATION_EVIDENCE,
    romanized_translation,
    translation_evidence,
)

__all__ = ["LEVEL_RANK", "PairDecision", "Reason", "Sameness", "probable_typo", "score_pair"]


_IDENTIFYING = ("doi", "isbn", "jacar", "pmid")


_READING_FLOOR = 80.0  # a kanji/kana title against romaji: the machine's reading is one of many
_READING_AUTHORS = 0.8
_RUBY_TITLE = 95.0  # a title whose word is written in its ruby reading: all but equal
_REWORDED_TITLE = 90.0  # two renderings of one title in the same words reordered
_SAME_PEOPLE = 0.9  # share of family names agreeing for a short main title to count
_TRANSCRIBED_PEOPLE = 0.85  # the same for a Western name against its transcription alone
_PLACE_TITLE_FLOOR = 70.0
_ID_TITLE_FLOOR = 60.0
_NEAR_EQUAL_TITLE = 95.0
_MANDARIN_TITLE = 90.0  # a title read in Mandarin this similar names a translation of any year
_SHORT_OPENING = 90.0  # a short note's title the other's opening words, see short_title_of


def _one_translated_page(a: RecordKeys, b: RecordKeys) -> bool:
    """A title and its translation in one year, at one first page where both give one."""
    paged = not (a.page_start and b.page_start) or same_number(a.page_start, b.page_start)
    return translated(a, b) and paged and a.year is not None and a.year == b.year


def _whole_file(a: RecordKeys, b: RecordKeys) -> bool:
    return not a.folios and not b.folios and "reference_code" not in a.locator


def _decision(
    a: RecordKeys, b: RecordKeys, score: float, same: Sameness | None, reasons: list[Reason]
) -> PairDecision:
    return PairDecision(a.index, b.index, round(score, 4), same, same is None, tuple(reasons))


_BORROWED = (AS_CHINESE, AS_ONYOMI)


def _own_readings(record: RecordKeys) -> RecordKeys:
    """A title without the other language's reading of its characters, which is for a title in
    that language only: two Japanese titles are compared in their own readings (日本外交文書
    第1巻 / 日本外交文書), and so are two Chinese titles."""
    if all(title.how not in _BORROWED for title in record.titles):
        return record
    titles = tuple(title for title in record.titles if title.how not in _BORROWED)
    return dataclasses.replace(record, titles=titles)


def score_pair(  # noqa: PLR0915 - one rule per field, read top to bottom
    a: RecordKeys, b: RecordKeys, *, threshold: float = 0.85
) -> PairDecision:
    """Score one pair. ``sameness`` is set when the score reaches ``threshold``."""
    if a.title_base_lang and a.title_base_lang == b.title_base_lang:
        a, b = _own_readings(a), _own_readings(b)
    conflict = hard_conflict(a, b)
    if conflict is not None:
        return _decision(a, b, 0.0, None, [conflict])
    if a.locator and b.locator:
        score, same, reasons = compare_files(a, b)
        if same is not None and a.titles and b.titles:
            title, how = title_similarity(a, b)
            reasons.append(Reason("title", how))
            if same is Sameness.DOCUMENT and _whole_file(a, b) and title < TITLE_FLOOR:
                # one file cited whole under two titles: two of its documents, not one
                same = Sameness.FILE
        return _decision(a, b, score, same, reasons)
    reasons = []
    two_dois = other_doi(a, b)  # and yet one article, see one_article_two_dois
    if two_dois:
        reasons.append(
            Reason("doi", "different DOIs; the same title, people, journal, year and first page")
        )
    shared_id = next(
        (
            key
            for key, value in a.identifiers.items()
            if key in _IDENTIFYING
            and (
                b.identifiers.get(key) == value
                or (key == "doi" and key in b.identifiers and not two_dois)
            )
        ),
        None,
    )
    title, how = title_similarity(a, b)
    if how:
        reasons.append(Reason("title", how))
    weight, total = 0.65, 0.65 * title / 100
    enough = title >= TITLE_FLOOR
    reread = False
    undated_book = False
    short_noted = False  # a short note and the book it names: which edition is not known
    edition_by_others = False  # other editors' texts of one work, see edited_work
    authors_ok = True
    people = 0.0  # the share of family names that agree, 0 without names on both sides
    if a.authors and b.authors:
        people = authors = author_similarity(a, b)
        if authors < 1 and title >= TITLE_FLOOR:
            # names run into a title ("n , l. libkin , i. mumick , h. trickey , algorithms for
            # deferred view maintenance") are authors too
            authors = max(authors, author_similarity(*headed_similarity(a, b)[1:]))
        weight, total = weight + 0.25, total + 0.25 * authors
        first = a.authors[0] == b.authors[0]
        heard = authors < 1 and heard_alike(a, b)
        reasons.append(
            Reason(
                "authors",
                f"{authors:.0%} of family names agree"
                + (" (same first author)" if first else "")
                + (" (a Western name and its transcription)" if heard else ""),
            )
        )
        authors_ok = authors >= 0.5
        if not authors_ok and edited_work(a, b, title):
            # 'Heike Monogatari … Ed. Ichiko Teiji … 1973-75' / 水原一校注『平家物語』(1979-81):
            # the editors of a classic are not its author; other editors, another edition
            weight, total = weight - 0.25, total - 0.25 * authors
            authors_ok = edition_by_others = True
            reasons[-1] = Reason("authors", "other editors: another edition of the work")
        enough = enough and authors_ok
        # 'Coox, Nomonhan, 1,070–73.' / アルヴィン・クックス著「ノモンハン 草原の日ソ戦 1939」: a
        # Western name and its transcription are the same person as surely as two spellings
        same_people = authors >= _SAME_PEOPLE or (heard and authors >= _TRANSCRIBED_PEOPLE)
        if not enough and same_people and a.kind in MONOGRAPH_KINDS and b.kind in MONOGRAPH_KINDS:
            main = same_people_main_title(a, b)
            if main >= TITLE_FLOOR:
                # 'キメラ' by 山室信一 / 'キメラ―満州国の肖像' by 山室信一: the same people's
                # book cited by a main title too short to tell it alone; a Western name
                # against its transcription is the original against its translation maybe
                total += 0.65 * (main - title) / 100
                title, enough = main, True
                short_noted = short_noted or authors < _SAME_PEOPLE
                how = f"titles {main:.0f}% similar: {WITHOUT_SUBTITLE}, the same people"
                reasons = [Reason("title", how) if r.field == "title" else r for r in reasons]
        if not enough and same_people and (short := short_title_of(a, b)):
            # 'Snyder, Bloodlands, 179–80.' after 'Bloodlands: Europe Between Hitler and
            # Stalin' (2010): a short note names the same people's book by the opening words
            # of its title; its main title alone tells it best
            total += 0.65 * (short - title) / 100
            title, enough, short_noted = short, True, True
            words = "opening words" if short >= _SHORT_OPENING else "words after its first"
            how = f"a short note's title, {short:.0f}%: the other's {words}, the same people"
            reasons = [Reason("title", how) if r.field == "title" else r for r in reasons]
        if (
            not enough
            and authors >= _SAME_PEOPLE
            and ruby_reading(a.title_original, b.title_original)
        ):
            # 収容所から来た遺書 / ラーゲリから来た遺書 by 辺見: the title's ruby written out
            total += 0.65 * (_RUBY_TITLE - title) / 100
            title, enough = _RUBY_TITLE, True
            how = "titles alike but for a word in kanji and in its ruby reading, the same people"
            reasons = [Reason("title", how) if r.field == "title" else r for r in reasons]
        if (
            not enough
            and authors >= _SAME_PEOPLE
            and a.year is not None
            and a.year == b.year
            and reworded(a, b)
        ):
            # 'An Outline History of Chinese Philosophy' / 'Outline of the History of China
            # Philosophy' (Hu, 1919): one title's words reordered, the same people and year
            total += 0.65 * (_REWORDED_TITLE - title) / 100
            title, enough = _REWORDED_TITLE, True
            how = "the same words in another order: two renderings, the same people and year"
            reasons = [Reason("title", how) if r.field == "title" else r for r in reasons]
        if not enough and authors >= _READING_AUTHORS and read_by_machine(a, b):
            # a kanji title read by the machine, the romaji by its author: the readings may
            # part (文書 bunsho / monjo, 播磨国 harimakoku / Harima no Kuni), the same people
            # in the same year say the rest
            enough = title >= _READING_FLOOR and a.year is not None and a.year == b.year
        if not enough and same_book_by_another_reading(a, b, title):
            # the author's name read apart in the two scripts (楊海英 is "Yō Kaiei" to a Japanese
            # reading, "Yang Haiying" in print): the title, year and publisher name the book
            enough = reread = True
            reasons.append(Reason("publisher", "same publisher and year; the names read apart"))
    elif is_short(a, b) and not (
        (
            (equal_across_scripts(a, b, title) or named_across_scripts(a, b, title))
            and not unsigned_years_apart(a, b)
            and not one_signed_other_house(a, b)
        )
        or one_volume_of_a_book(a, b, title)
        or how == NAMED_TITLE
    ):
        if title >= MAIN_EQUAL and same_imprint(a, b):
            reasons.append(Reason("publisher", "a short title, the same publisher and year"))
        elif same_book_undated(a, b, title):
            undated_book = True
            reasons.append(Reason("publisher", "the same book and publisher, no year to compare"))
        elif (told := told_by_title(a, b, title)) is not None:
            text, undated_book = told
            reasons.append(Reason("title", text))
        else:
            enough = False  # "Editorial", "Book review column": a title alone proves nothing
    if (
        enough
        and title < EQUAL_TITLE
        and not (a.year is not None and a.year == b.year)
        and not same_publisher(a, b)
        and title_inside_a_compilation(a, b)
    ):
        # 'A. T. Rybin, Riadom so Stalinym, 23.' / «Рядом со Сталиным. На службе у вождя»
        # (Рыбин, Чадаев): a longer title under more names may be a compilation holding the work
        enough = False
        reasons.append(
            Reason("title", "the whole title only the main title of one naming more people")
        )
    if enough and title < EQUAL_TITLE and study_of_the_work(a, b):
        # 'Contextualizing Nakae Chōmin's "A Discourse by Three Drunkards on Government"': a
        # study that quotes the work's title, or takes it for its subtitle, is another work
        enough = False
        reasons.append(Reason("title", "one title quotes or subtitles the other's: a study of it"))
    loose = undated_book or short_noted or edition_by_others  # which edition is not known
    mistyped_year = False  # another year, the same volume, issue and first page, see below
    if a.year is not None and b.year is not None:
        gap = abs(a.year - b.year)
        edition = gap > 0 and (b.year in a.edition_years or a.year in b.edition_years)
        reissued = gap > YEAR_SLACK and not edition and reissued_by_publisher(a, b, title, people)
        # a Chinese translation (2003) and an edition of its Japanese original (2000, 2010):
        # the years are of two editions, and say nothing for or against the work
        translated_year = gap > 0 and IN_MANDARIN in how and title >= _MANDARIN_TITLE
        romanized_edition = (
            gap > YEAR_SLACK and not translated_year and romanized_title_edition(a, b, title)
        )
        if translated_year:
            reasons.append(Reason("year", f"years {a.year} / {b.year}: a translation's year"))
        elif romanized_edition:
            reasons.append(
                Reason("year", f"years {a.year} / {b.year}: the romanized title's other edition")
            )
            translated_year = True  # the years weigh neither way
        elif not reissued:
            weight += 0.10
            total += 0.10 * (1.0 if gap == 0 or edition else 0.6 if gap == 1 else 0.0)
        if reissued:
            # "Andrjuša, Kozlova (2014) … Zlatoust" / "… 4-е изд. … Златоуст, 2012": the same
            # people's book at the same publisher, another year: another printing of one work
            reasons.append(Reason("year", f"years {a.year} / {b.year}: another edition"))
        elif edition:
            # monoskop's "…, 1950, 241 pp; 2nd ed., 1954; …" and the 1954 edition itself
            reasons.append(Reason("year", f"years {a.year} / {b.year}: a later edition listed"))
        elif not translated_year:
            reasons.append(
                Reason("year", "same year" if gap == 0 else f"years {a.year} / {b.year}")
            )
        loose = gap > YEAR_SLACK or edition or edition_by_others
        if not loose and gap and another_imprint(a, b):
            loose = True
            reasons.append(
                Reason(
                    "publisher",
                    "a year apart, the imprint not the same: which edition is not known",
                )
            )
        one_page = same_volume_and_page(a, b)
        mistyped_year = (
            loose
            and not (edition or edition_by_others)
            and one_page
            and not (a.issue and b.issue and a.issue != b.issue)
        )
        if loose and title >= _NEAR_EQUAL_TITLE and one_page:
            # "Information and Computation" 103(2) 299-347, cited as of 1993 and of 1997: a
            # year mistyped, not another edition
            loose = mistyped_year = False
            reasons.append(Reason("year", "another year, the same volume and first page"))
    if a.reprint != b.reprint and not (a.year is not None and a.year == b.year):
        # "日本文化のかくれた形 (岩波現代文庫 学術 128)" / "… (Tokyo: Iwanami Shoten, 1984)": the
        # paperback reprints the book; without one year on both, it is not the same printing
        loose = True
        reasons.append(
            Reason("publisher", "a paperback reprint series on one side: another edition")
        )
    if volume_and_its_set(a, b, title):
        loose = True
        reasons.append(Reason("volume", "a volume on one side, its set's title on the other"))
    if two_houses_paperbacks(a, b):
        # '『文明論之概略』福沢諭吉、松沢弘陽校注(岩波文庫)' / '…先崎彰容訳(2017・角川ソフィア
        # 文庫)': two houses' paperbacks of one work are two editions
        loose = True
        reasons.append(Reason("publisher", "paperbacks of two houses: two editions"))
    if collected_and_apart(a, b):
        # '福地桜痴『幕府衰亡論』…『明治文学全集 11 福地桜痴集』筑摩書房 1966' / '『幕府衰亡論』
        # …(平凡社・東洋文庫)': the work in a collection and on its own at another house
        loose = True
        reasons.append(Reason("publisher", "in a collection at one house, alone at another"))
    if other_instalments(a, b):
        # "Русское возрождение, no 11, pp. 91–118; no 12, pp. 108–126" (1980) / "no 1(13),
        # pp. 75–97; …" (1981): two instalments of one serialized study, one work printed in
        # other issues and pages, two publications
        loose = True
        reasons.append(Reason("pages", "other instalments of a work printed in parts"))
    years_apart = loose
    if IN_MANDARIN in how or BRACKETED in how or how in (CONVERTED, THROUGH_BRACKETS, CUT_TITLE):
        # the title read so names the translation, or the words in brackets an edition (the
        # reason says so)
        loose = True
    elif {a.work_lang, b.work_lang} == {"ja", "zh"} and a.title_original != b.title_original:
        # 『中国共産党成立史』 and 《中国共产党成立史》: a Japanese work and its Chinese translation
        loose = True
        reasons.append(Reason("language", "a Japanese and a Chinese edition: a translation"))
    score = max(total / weight, threshold) if reread else total / weight
    if other_day(a, b):
        enough = False  # Правда, 5 March 1937 / Pravda, 12 March 1937: two issues
        reasons.append(Reason("date", "another month or day: another issue"))
    sequel = another_sequel(a, b)
    if sequel:
        # 第二貧乏物語 (1930) / 貧乏物語 (1917), by one author: a title with an ordinal before it
        # is the first book's sequel, another work
        enough = False
        reasons.append(Reason("title", sequel))
    if parts_differ(a, b):
        enough = False  # "(Part II)" / "(Part III)": another part is another document
        reasons.append(Reason("title", "another part"))
    elif a.book and b.book and a.book != b.book:
        enough = False  # "Vol. 5, Book 1" / "Vol. 5, Book 2": two books of one volume
        reasons.append(Reason("volume", f"another book of the volume ({a.book} / {b.book})"))
    elif other_volume_of_a_book(a, b):
        enough = False  # "История второй мировой войны. Т. 6" / "Т. 12": two books of one set
        reasons.append(Reason("volume", f"another volume of the book ({a.volume} / {b.volume})"))
    elif volume_of_another_year(a, b):
        enough = False
        reasons.append(Reason("volume", "a volume of a set on one side, in another year"))
    elif (
        enough
        and title < EQUAL_TITLE
        and not one_book_of_one_volume(a, b)
        and (places := another_place(a, b)) is not None
    ):
        enough = False
        reasons.append(
            Reason(
                "title",
                f"another country, people or place: another work ({places[0]} / {places[1]})",
            )
        )
    elif numbers_differ(a, b) and not (WITHOUT_SUBTITLE in how and numbers_of_the_main_title(a, b)):
        if title >= _NEAR_EQUAL_TITLE and people >= _SAME_PEOPLE and span_of_a_year(a, b):
            # one article's two listings, the same people: "… in 1941" / "… in 1941–1942"
            # (its period stated to the next year); the same work, not known the same document
            loose = True
            reasons.append(Reason("title", "a year on one side, a span opening with it"))
        elif people >= _SAME_PEOPLE and span_left_open(a, b):
            # the same people's title brought to a year on one side, left open on the other:
            # the same work, maybe not the same edition
            loose = True
            reasons.append(
                Reason("title", "a span to the present on one side, closed on the other")
            )
        else:
            score -= 0.15
            reasons.append(Reason("title", "numbers in the titles differ"))
    other_place, loose = compare_places(a, b, title, reasons, loose)
    if a.column or b.column:
        # "Editorial", "Reminiscences on influential papers": a new one in every issue
        one_volume = one_proceedings_volume(a, b)
        if title < 100 or not (column_place_agrees(a, b) or one_volume):
            enough = False
            reasons.append(Reason("title", "a recurring column title: only the place decides"))
        elif one_volume:
            enough = True
            reasons.append(Reason("venue", "a column of one conference's proceedings, one year"))
    elif (
        not enough
        and authors_ok
        and (
            (
                (title >= _PLACE_TITLE_FLOOR or (bool(how) and same_people_in_order(a, b)))
                and same_place(a, b)
                and bool(a.volume or a.issue)
            )
            or (translated(a, b) and a.authors[:1] == b.authors[:1] != () and same_place(a, b))
            or (untitled(a) and untitled(b) and same_place(a, b))
        )
    ):
        # same year, journal and first page: the title is another rendering or a translation
        # (a German article and its English title: the very same authors say so), or neither
        # gives one ("Istoricheskii arkhiv, no. 3 [1997]: 117" / "Исторический архив. 1997.
        # № 3. С. 117.")
        enough = True
        score = max(score, threshold)
        reasons.append(Reason("pages", "same year, journal, volume/issue and first page"))
    elif not enough and one_untitled_issue(a, b):
        # the pages cited are no article's: they tell another place in one issue
        enough, loose, other_place = True, True, False
        score = max(score, threshold)
        reasons.append(Reason("pages", "one issue of the journal, cited at other pages"))
    if (
        not enough
        and not authors_ok
        and long_equal_title(a, b, title)
        and bool(a.container or b.container)
        and not other_venue(a, b)
    ):
        # the authors of one copy garbled ("sunita s; shiby t; rakesh a", "org portal. acm.")
        # or another edition's: a long title equal in the same year and in no other periodical
        # or proceedings names the same work (two books of one title may be two works)
        enough, loose = True, True
        score = max(score, threshold)
        reasons.append(Reason("title", "a long title equal, the same year; other authors"))
    if (
        not enough
        and not (a.column or b.column)
        and not sequel
        and not unmatched_ordinal(a, b)
        and (
            translated(a, b)
            or romanized_translation(a, b)
            or romanized_original(a, b) is not None
            or russian_cjk_pair(a, b) is not None
        )
        and title < TITLE_FLOOR
    ):
        evidence = translation_evidence(a, b)
        if evidence is not None:
            points, text, placed = evidence
            enough = True
            if placed and mistyped_year:
                # a Russian article and its English listing, the same volume, issue and
                # first page under another year: one document, its year mistyped
                loose = False
                reasons.append(Reason("year", "another year, the same volume and first page"))
            loose = loose or not placed
            score = max(score, min(threshold + 0.01 * max(points - TRANSLATION_EVIDENCE, 0), 0.98))
            reasons.append(Reason("translation", text))
    if (
        shared_id is None
        and not (a.authors and b.authors)
        and a.year is not None
        and b.year is not None
        and a.year != b.year
        and title < _NEAR_EQUAL_TITLE
    ):
        # a registry or index entry without authors: a title this similar and another year
        # may be the next trial or report of a series, only the same work
        loose = True
        reasons.append(Reason("authors", "no authors to compare and another year"))
    if (about := article_about_a_book(a, b)) is not None:
        enough = False  # a review or study of the book, or a paper or talk under its title
        reasons.append(Reason("kind", about))
    isbn_a, isbn_b = a.identifiers.get("isbn"), b.identifiers.get("isbn")
    other_isbn = bool(isbn_a and isbn_b and isbn_a != isbn_b)
    if other_isbn and (title >= _NEAR_EQUAL_TITLE or a.non_latin != b.non_latin):
        loose = True
        reasons.append(Reason("isbn", "different ISBNs: another edition"))
    elif other_isbn:
        # another edition keeps its title; in one script, another title and ISBN is another
        # book (the levels of a series: "… Ėlementarnyj uroven'" / "… Bazovyj uroven'")
        enough = False
        reasons.append(Reason("isbn", "different ISBNs and titles: another book"))
    if (
        shared_id is not None
        and (title >= _ID_TITLE_FLOOR or not how or translated(a, b))
        and authors_ok
    ):
        score, enough = max(score, 0.99), True
        typo = a.identifiers[shared_id] != b.identifiers[shared_id]
        note = " (differing only in punctuation: probable typo, not resolved)" if typo else ""
        reasons.insert(0, Reason(shared_id, f"same {shared_id.upper()}{note}"))
        named = title >= TITLE_FLOOR or _one_translated_page(a, b)
        if shared_id == "doi" and named and not (typo or years_apart or other_isbn):
            # a DOI and the title name one document: another volume or first page beside them
            # is an export's noise ("1" / "31", "51" / "52"), not another edition (a DOI given
            # to a whole supplement is shared by abstracts with other titles); so do a DOI and
            # a first page under a title and its translation (a Russian journal's English
            # metadata: "Источники для реконструкции …" / "Sources for the reconstruction …")
            loose = False
    elif not enough or (other_place and a.kind != "book"):
        score = min(score, threshold - 0.01)
    same = None
    if score >= threshold:
        same = Sameness.WORK if loose else Sameness.DOCUMENT
    elif sequel or (people >= _SAME_PEOPLE and one_opening_two_books(a, b)):
        # 'Stalin: Paradoxes of Power' (2014) / 'Stalin: Waiting for Hitler' (2017): two books,
        # which a short note of both ('Kotkin, Stalin, 134') must not chain into one cluster;
        # nor may a reading of both chain a book and its sequel
        if not sequel:
            reasons.append(Reason("title", "one opening, two books of the same people"))
        return PairDecision(a.index, b.index, round(score, 4), None, True, tuple(reasons))
    return PairDecision(a.index, b.index, round(score, 4), same, False, tuple(reasons))
