"""Where two published records sit: volume, issue, first page and venue.

Another volume or first page is another article; another venue, by name or by kind, another
edition. A journal's issue cited without an article title is the work itself.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from archivecite.dedupe.agreement import same_journal
from archivecite.dedupe.decision import Reason
from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.name_readings import name_key
from archivecite.dedupe.numbers import same_number
from archivecite.dedupe.titles import EQUAL_TITLE
from archivecite.dedupe.venue_names import CONFERENCES, venues_agree

_VENUE_FLOOR = 0.5  # share of the words of one venue's name found in the other's

_ROMANIZED_VENUE_FLOOR = 85  # ratio of a glued reading to a name romanized word by word


def compare_places(
    a: RecordKeys, b: RecordKeys, title: float, reasons: list[Reason], loose: bool
) -> tuple[bool, bool]:
    """``(other_place, loose)``: another volume or first page is another article; another
    venue (by name or by kind) another edition."""
    other_place = False
    # An equal title on the same first page in the same year: another volume is a database's
    # noise ("62 (Suppl 1)" cut to "1)"). The same volume and first page: so is another issue
    # number (a record counter), and another name or kind of venue ("Chinese Journal of Lung
    # Cancer" / "Zhongguo Fei Ai Za Zhi").
    paged = bool(a.page_start and b.page_start) and same_number(a.page_start, b.page_start)
    noisy_volume = paged and title >= EQUAL_TITLE and a.year == b.year
    same_volume = bool(a.volume) and a.volume == b.volume
    placed = paged and (noisy_volume or same_volume)
    for name, first_value, second_value in (
        ("volume", "" if noisy_volume else a.volume, b.volume),
        ("issue", "" if placed else a.issue, b.issue),
        ("pages", a.page_start, b.page_start),
    ):
        if first_value and second_value and not same_number(first_value, second_value):
            # issues and first pages are noisy (abstract numbers, e-locators), so they only
            # separate titles that are not equal
            other_place = other_place or name == "volume" or (name == "pages" and title < 100)
            loose = loose or name == "volume" or title < EQUAL_TITLE
            reasons.append(Reason(name, f"different {name} ({first_value} / {second_value})"))
    one_issue = same_volume and bool(a.issue) and a.issue == b.issue and title >= EQUAL_TITLE
    venue = None if (paged and same_volume) or one_issue else other_venue(a, b)
    if venue is not None:
        loose = True
        reasons.append(venue)
    return other_place, loose


def other_venue(a: RecordKeys, b: RecordKeys) -> Reason | None:
    """Another known venue, another kind of venue (a conference paper and its journal version:
    two editions of one work) or a venue name with too few words in common."""
    if a.venue_id and b.venue_id and a.venue_id != b.venue_id:
        return Reason("venue", f"{a.venue_id} / {b.venue_id}: another venue")
    if a.venue and b.venue and a.venue != b.venue and not _same_issue(a, b):
        return Reason("venue", f"{a.venue} / {b.venue}: another edition")
    # a periodical (cited with a volume or issue) is named by words, "Stroke" or "Diabetologia"; a
    # conference often by an acronym ("COLT-88", "STOC") that tells too little alone
    fewest = 1 if (a.volume or a.issue) and (b.volume or b.issue) else 2
    if not (a.venue_id and a.venue_id == b.venue_id) and (
        0 <= venues_agree(a.venue_words, b.venue_words, fewest) < _VENUE_FLOOR
    ):
        if romanized_venue(a.venue_words, b.venue_words):
            return None
        return Reason("venue", "venue names with few words in common: another edition")
    return None


def romanized_venue(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """A journal named in characters, whose reading runs its words together (学习与探索,
    "xuexiyutansuo"), and in their romanization word by word ("Xuexi yu tansuo"): the same
    name once the words are joined."""
    words = [tuple(w for w in venue if not w.startswith("=")) for venue in (first, second)]
    glued, spaced = sorted(words, key=len)
    if len(glued) != 1 or len(spaced) < 2:
        return False
    # both folded alike: a word's key folds its letters by their neighbours
    joined = name_key("".join(spaced), None)
    return fuzz.ratio(name_key(glued[0], None), joined) >= _ROMANIZED_VENUE_FLOOR


def _same_issue(a: RecordKeys, b: RecordKeys) -> bool:
    """The same volume (and issue) of one periodical: "Circulation. Conference: AHA 2012" and
    "Circulation" 126(21) are one supplement, whatever kind of venue each name suggests."""
    if not a.volume or a.volume != b.volume or (a.issue and b.issue and a.issue != b.issue):
        return False
    return venues_agree(a.venue_words, b.venue_words, fewest=1) == 1.0


def one_proceedings_volume(a: RecordKeys, b: RecordKeys) -> bool:
    """The proceedings of one conference in one year, with no people or pages to tell apart:
    a column there ("Author index", VLDB 2000 / "Very Large Data Bases" 2000) is printed
    once."""
    return (
        a.year is not None
        and a.year == b.year
        and a.venue_id in CONFERENCES
        and a.venue_id == b.venue_id
        and not (a.authors or b.authors or a.page_start or b.page_start)
    )


def untitled(record: RecordKeys) -> bool:
    """A journal cited by its volume or issue and a page, with no article title."""
    return not record.titles and bool(record.volume or record.issue)


def one_untitled_issue(a: RecordKeys, b: RecordKeys) -> bool:
    """One issue of a journal cited at two pages, with no article title on either side
    ("«Большевик», №№13–14, 1928, с.74." / "с.46–47."): the issue is the work."""
    return (
        untitled(a)
        and untitled(b)
        and a.year is not None
        and a.year == b.year
        and (a.volume, a.issue) == (b.volume, b.issue)
        and same_journal(a, b)
    )
