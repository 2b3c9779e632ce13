"""A title and its translation: when the title cannot decide, the other fields must.

One title in Cyrillic or CJK, the other in Latin and no romanization of it: the authors, the
volume, issue, first page and page count, the journal, a number both titles hold, the kind of
monograph, the names and cognates a translation keeps, and the title's words glossed by the
other's in a bilingual dictionary are counted as evidence.
"""

from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from archivecite.dedupe.agreement import numbers_differ, same_volume_and_page
from archivecite.dedupe.bridged_glosses import russian_cjk_glossed
from archivecite.dedupe.cognates import cognate_share, stated_translation
from archivecite.dedupe.glosses import GlossMatch, glossed_titles, romanized_translation
from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.numbers import same_number
from archivecite.dedupe.people import author_similarity
from archivecite.dedupe.studies import study_of_the_named
from archivecite.dedupe.titles import MONOGRAPH_KINDS, standalone_book
from archivecite.dedupe.venue_names import venues_agree

__all__ = ["TRANSLATION_EVIDENCE", "books", "romanized_translation", "translation_evidence"]

_JOURNAL_NAME_FLOOR = 85.0  # ratio of two journal names written alike
_JOURNAL_WORDS = 0.5  # share of the words of one journal's name found in the other's


_TRANSLATION_AUTHORS = 0.8  # share of family names that must agree when the title cannot
TRANSLATION_EVIDENCE = 3  # points of evidence besides the title, see _translation_evidence
_COGNATES = 0.55  # share of a translated title's words whose names or cognates the other has
_GLOSSED = 3  # points for a title whose words gloss the other's, see glosses.glossed_titles
# words of a title translated whole that name a work without the people of one side or both:
# two are a commonplace ('A History of Japan' / «История Японии», 'A Lifelong Cause' / «Дело
# всей жизни»), three a title ('Twenty Letters to a Friend' / «Двадцать писем к другу»)
_ALONE_WORDS = 3


def _near_count(first: str, second: str) -> bool:
    """Page counts printed with a slip: one keystroke or two digits swapped ("352" / "325")."""
    return Levenshtein.distance(first, second) <= 1 or sorted(first) == sorted(second)


def translation_evidence(a: RecordKeys, b: RecordKeys) -> tuple[int, str, bool] | None:
    """A title and its translation (one in Cyrillic or CJK, the other in Latin and no
    romanization of it): the title says nothing, so the rest decides. ``None`` when a field
    differs (year, volume, issue, first page, page count, a number of the titles) or the
    authors do not agree; else ``(points, reason, placed)``, where points count what agrees:
    the authors (2 for a team, 1 for one name), each of volume, issue, first page, journal,
    page count (1 each), the same URL or a number (standard, patent, report) in both (2), the
    same kind of monograph (1; 2 for two theses) and the work's language stated by both (1);
    the names and cognates a translation keeps, most of the Latin title's words (2; they also
    stand for a year one side does not give); the words of one title glossed by the other's in
    a bilingual dictionary (3, see :mod:`archivecite.dedupe.glosses`; they also stand for a
    year one side does not give, or another year of two books); three points are needed, or a
    team of two or more in the same year with nothing else to compare.
    ``placed``: the same first page or page count, so the same document."""
    same_url = bool(a.url) and a.url == b.url
    points, found, telling, glossed = _title_evidence(a, b)
    # another year with the same volume, issue and first page is a year mistyped (a journal's
    # MLA output dated "январь 2024 г." for its 2020 volume 65, issue 2, pp. 646–667, against
    # the English listing's "2020, vol. 65, iss. 2, pp. 646–667"), not a reissue
    reissued = (
        a.year != b.year
        and a.year is not None
        and b.year is not None
        and not (same_volume_and_page(a, b) and not (a.issue and b.issue and a.issue != b.issue))
    )
    if reissued and not (
        books(a, b) and (glossed is not None or (telling and stated_translation(a, b)))
    ):
        return None
    if (a.year is None or b.year is None) and not (same_url or telling):
        return None
    if numbers_differ(a, b):
        return None
    team = False
    if a.authors and b.authors:
        if author_similarity(a, b) < _TRANSLATION_AUTHORS:
            return None
        team = min(len(a.authors), len(b.authors)) >= 2
        points += 2 if team else 1
        found.append("authors")
    elif (a.authors or b.authors or not (a.codes & b.codes)) and (
        not _titled_alone(glossed) or study_of_the_named(a, b)
    ):
        # no people on either side: a shared number must name the work; on one side, the
        # titles must (not «Пакт о нейтралитете …» / '… Pact: A Diplomatic History 1941–1945')
        return None
    placed = False
    for name, first, second in (
        ("volume", a.volume, b.volume),
        ("issue", a.issue, b.issue),
        ("first page", a.page_start, b.page_start),
        ("page count", a.extent, b.extent),
    ):
        if not (first and second):
            continue
        if name == "page count" and not _near_count(first, second):
            return None
        if name != "page count" and not same_number(first, second):
            return None
        points += 1
        found.append(name)
        placed = placed or name in ("first page", "page count")
    if _journals_agree(a, b):
        points += 1
        found.append("journal")
    if same_url:
        points += 2
        found.append("URL")
    shared = sorted(a.codes & b.codes)
    if shared:
        points += 2
        found.append(f"number {shared[0]}")
    elif a.numbers[0] and a.numbers[0] == b.numbers[0]:
        points += 1  # "... японской армии 1945–1956 гг." / "... of the Japanese army 1945–1956"
        found.append("numbers in the title")
    if a.kind == b.kind and a.kind in MONOGRAPH_KINDS and not (a.container or b.container):
        points += 2 if a.kind == "thesis" else 1
        found.append(f"both {a.kind}s")
    if a.work_lang and a.work_lang == b.work_lang:
        points += 1
        found.append(f"both in '{a.work_lang}'")
    # a team of two or more, the same year, and nothing else on one side to compare (an English
    # page giving only the translated title): enough, unless both name their journals apart
    team_alone = found == ["authors"] and points == 2 and not (a.container and b.container)
    if points < TRANSLATION_EVIDENCE + (1 if reissued else 0) and not team_alone:
        return None
    generic = ("authors", "both books", "both collections", "both reports", "both in ")
    if not team and all(item.startswith(generic) for item in found):
        # one author, two books, one language and nothing more: two books the author put out in
        # one year (Кузнецов, "Японцы в сибирском плену", Irkutsk 1997, and another), one of
        # them cited by its English title, say as much (two theses in a year do not happen)
        return None
    agreed = _glossary_agreement(glossed)  # said apart: not a field that is the "same"
    same = ", ".join(item for item in found if item != agreed)
    reason = f"title translated; {_years_compared(a, b)}" + (f", same {same}" if same else "")
    reason += f"; {agreed}" if agreed else ""
    parallel = "" if placed else _parallel_titles(a, b, reissued, "journal" in found)
    return points, reason + parallel, placed or bool(parallel)


def _parallel_titles(a: RecordKeys, b: RecordKeys, reissued: bool, one_journal: bool) -> str:
    """Two articles, a title and its translation, in no other years or journals: a Russian
    journal prints each article's title in English too, and its English pages and the
    indexes give that title (Historia provinciae's English page 'Mass Deportations and the
    System of Special Settlements in Vologda Region …' / the article «Массовые депортации и
    система спецпоселений в Вологодской области …», one DOI), so they name one publication;
    a translation published again comes out in another journal or year, which one side says.
    The reason's words for it, or "" when they are not."""
    parallel = (
        a.kind == b.kind == "article"
        and not reissued
        and (one_journal or not (a.container and b.container))
    )
    return "; two articles: a journal's parallel title" if parallel else ""


def _journals_agree(a: RecordKeys, b: RecordKeys) -> bool:
    """Both name a journal, and one name holds most words of the other (in any script or
    language: "Vestnik Sankt-Peterburgskogo universiteta" / "Vestnik of Saint Petersburg
    University") or is written alike."""
    return bool(
        a.container
        and b.container
        and (
            venues_agree(a.venue_words, b.venue_words, fewest=1) >= _JOURNAL_WORDS
            or fuzz.ratio(a.container, b.container) >= _JOURNAL_NAME_FLOOR
        )
    )


def _title_evidence(a: RecordKeys, b: RecordKeys) -> tuple[int, list[str], bool, GlossMatch | None]:
    """What the titles themselves say across languages: ``(points, found, telling,
    glossed)``; ``telling``: cognates or glosses, enough to stand for a year one side does not
    give; ``glossed``: how the title's words gloss the other's, enough for a translation that
    came out in another year."""
    points, found = 0, []
    # a Russian title and its Japanese or Chinese translation meet through their English glosses
    glossed = glossed_titles(a, b) or russian_cjk_glossed(a, b)
    agreed = _glossary_agreement(glossed)
    if agreed:
        # "Кровавые земли" / "Bloodlands": the library's glossary of Russian title words
        points += _GLOSSED
        found.append(agreed)
    elif glossed is not None:
        # the dictionary's glosses of one title's words are the other's words ("Tombstone" /
        # 墓碑): a translation, whichever year it came out in
        points += _GLOSSED
        found.append(f"title glossed ({', '.join(glossed.matched)})")
    cognates = cognate_share(a, b) >= _COGNATES
    if cognates:
        points += 2
        found.append("names and cognates in the title")
    return points, found, cognates or glossed is not None, glossed


def _glossary_agreement(glossed: GlossMatch | None) -> str:
    """What a glossary's match of the titles says ("titles agree as translations (Russian
    glossary): will, history, …"), "" for none or a dictionary's."""
    if glossed is None or not glossed.glossary:
        return ""
    words = ", ".join(glossed.matched)
    if not glossed.whole:
        words += f" ({glossed.english:.0%} / {glossed.cjk:.0%})"
    return f"titles agree as translations ({glossed.glossary}): {words}"


def _titled_alone(glossed: GlossMatch | None) -> bool:
    """The authors of one side (or both) not given, and the titles each other's translation
    word for word: as an equal title in one script, the title names the work (Goodreads'
    «Двадцать писем к другу», no author, / 'Twenty Letters to a Friend' by Alliluyeva; 'Stalin
    and Kaganovich. Correspondence. 1931–1936' / «Сталин и Каганович. Переписка. 1931–1936
    гг.», no people on either side), three words at least (see ``_ALONE_WORDS``); or a long
    title, most of its words glossed (see :attr:`GlossMatch.long`: a journal's English listing
    of «Учебные заведения системы трудовых резервов: методы и результаты решения кадровых
    проблем …», no author, / Клинова's article)."""
    return (
        glossed is not None
        and bool(glossed.glossary)
        and ((glossed.whole and len(glossed.matched) >= _ALONE_WORDS) or glossed.long)
    )


def _years_compared(a: RecordKeys, b: RecordKeys) -> str:
    if a.year is None or b.year is None:
        return "a year on one side"
    # "Akhmanova, O.S. (2007). Dictionary of linguistic terms. Moscow: Soviet Encyclopedia." /
    # "Ахманова О.С. Словарь лингвистических терминов … 1969": one edition of a book cited by
    # its English title (the same work, another edition)
    return "same year" if a.year == b.year else f"years {a.year} / {b.year}"


def books(a: RecordKeys, b: RecordKeys) -> bool:
    """Two monographs, in no journal or collection."""
    return standalone_book(a) and standalone_book(b)
