"""Script- and scheme-independent keys of one reference, computed once and compared often.

A reference becomes a :class:`RecordKeys`: plain strings and tuples (no pydantic), so that
10^6 of them fit in memory and a block of them can be handed to another process or a
dataframe engine. Titles and family names go through the translit ``match_key``, so a
Cyrillic title and its BGN/PCGN, ALA-LC or ISO 9 romanization give the same key; kanji,
kana and romaji meet the same way.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from archivecite.dedupe.agreement import (
    Numbers,
    fond_number,
    normalize_identifier,
    roman_value,
    title_numbers,
    title_parts,
)
from archivecite.dedupe.bracketed_originals import bracket_keys
from archivecite.dedupe.readings import (
    NON_LATIN,
    TitleKey,
    author_forms,
    given_first_key,
    guess_languages,
    name_key,
    plain,
    read_people,
    reading_keys,
    text_keys,
    text_script,
    title_language,
)
from archivecite.dedupe.sequels import sequel_keys
from archivecite.dedupe.series_paths import is_path, path_key
from archivecite.dedupe.vocabulary import VOCABULARY, one_of
from archivecite.model import (
    ArchivalReference,
    ChineseLocator,
    JapaneseLocator,
    RussianLocator,
    Script,
    Text,
    TnaLocator,
    folios_to_canonical,
)
from archivecite.model.locator import canonical_number
from archivecite.model.published import PublishedFields
from archivecite.model.reference import ReferenceKind
from archivecite.translit import (
    detect_scheme,
    match_key,
    romanize_russian,
)

__all__ = ["RecordKeys", "TitleKey", "normalize_identifier", "record_keys", "text_keys"]
__all__ += ["fond_number", "text_script", "venue_id", "venue_words", "venues_agree"]
__all__ += ["author_forms", "codes", "normalize_url", "reading_keys", "without_opening_edition"]
__all__ += ["clean_title"]

_WORDS = VOCABULARY  # the words of data/vocabulary.toml; the patterns are built here
_ERRATUM_PATTERN = re.compile(
    rf"^\W*(?:{one_of(_WORDS.notices)}|{one_of(_WORDS.reviews)}"
    rf"|(?:an? )?(?:{one_of(_WORDS.replies)}) to\b|(?:{one_of(_WORDS.comments)}) on\b)"
    r"|\(vol\.? \d+[^)]*\bpg\.? \d+[^)]*\)\W*$",  # Web of Science: "Title (vol 142, pg 310, 2003)"
    re.IGNORECASE,
)
# "… - Book Review": a review titled by its book, which another catalogue lists under the book's
# title alone (DBLP / ACM), so it is told only from a review headed "Review of …"
_REVIEW_ENDING_PATTERN = re.compile(rf"\b(?:{one_of(_WORDS.review_endings)})\W*$", re.IGNORECASE)
# Notes a database appends to a title: "[Erratum appears in ...]", "[French]", "[Comment on]"
_TITLE_NOTE_PATTERN = re.compile(
    rf"\s*\[(?:{one_of(_WORDS.bracket_notes)})[^\]]*(?:\]|$)"
    r"|(?:\s*\[[^\]]*\])+\s*$",
    re.IGNORECASE,
)
_FIRST_NUMBER_PATTERN = re.compile(r"\d+")
_PAGE_COUNT_PATTERN = re.compile(
    rf"^\s*(?:[ivxlc]+\s*,\s*)?(\d+)\s*(?:{one_of(_WORDS.page_count_units)})\.?\s*$", re.IGNORECASE
)
# A name with a word starting so, or with this whole word; the first kind found wins
_VENUE_KINDS = tuple(
    (
        kind.kind,
        re.compile(
            rf"\b(?:{one_of(kind.starts)})"
            + (rf"|\b(?:{one_of(kind.words)})\b" if kind.words else "")
        ),
    )
    for kind in _WORDS.venue_kinds
)
# Known venues: (canonical id, pattern over the lower-cased, de-punctuated name), the first
# match wins
VENUES: tuple[tuple[str, str], ...] = tuple((venue.id, venue.pattern) for venue in _WORDS.venues)
# The known venues that are conferences: one volume of proceedings a year
CONFERENCES = frozenset(venue.id for venue in _WORDS.venues if venue.conference)
_VENUE_PATTERNS = tuple((name, re.compile(pattern)) for name, pattern in VENUES)
# A title that recurs in every issue ("Editorial", "Book review column"): only the place decides.
COLUMN_TITLES = re.compile(
    rf"^(?:{one_of(_WORDS.column_titles)})$"
    # "Editor's comments", "Treasurer's message", "Remarks from the editor - Editor's comments"
    rf"|(?:^|\s)(?:{one_of(_WORDS.column_offices)})(?: s)? (?:{one_of(_WORDS.column_closings)})$"
)
_ORIGINAL_TITLE = re.compile(r"\s*<ORIGINAL>.*$", re.DOTALL)  # Ovid's marker, see clean_title
# Notes appended to a title by one database only: "(demo)", "(panel abstract)", "(tutorial)"
_TITLE_ANNOTATION = re.compile(
    rf"\s*[(\[][^()\[\]]*\b(?:{one_of(_WORDS.title_annotations)})\b[^()\[\]]*[)\]]",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def venue_id(container: str) -> str:
    """The canonical id of a known venue (``vldbj`` for "VLDB J." and "The VLDB Journal"),
    or "" when the name is not in :data:`VENUES`."""
    text = plain(container)
    return next((name for name, pattern in _VENUE_PATTERNS if pattern.search(text)), "")


@lru_cache(maxsize=65536)
def venue_kind(container: str) -> str:
    """``journal``, ``proceedings`` or ``report`` when the container's name says so. Embase
    names the meeting whose abstracts a journal prints after the journal ("Scandinavian Journal
    of Immunology.Conference: 39th Meeting of ..."): the container is the journal's issue, of
    the journal's kind, as another database's record of the abstract gives it ("Scandinavian
    Journal of Immunology" 71(6) 507)."""
    lowered = _JOURNALS_CONFERENCE.sub("", container.lower())
    return next((kind for kind, pattern in _VENUE_KINDS if pattern.search(lowered)), "")


_PAGE_START_PATTERN = re.compile(r"\d+")
_JOURNALS_CONFERENCE = re.compile(r"(?<=\w)\.\s?conference:.*$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class RecordKeys:
    """What dedupe compares. ``index`` is the reference's position in the input."""

    index: int
    kind: str
    titles: tuple[TitleKey, ...] = ()
    title_original: str = ""
    title_lang: str | None = None
    authors: tuple[str, ...] = ()
    author_forms: tuple[str, ...] = ()  # name_form of each author, aligned with ``authors``
    # each author's Japanese and Chinese readings, aligned with ``authors`` (or none): a name in
    # Latin letters (latin_readings) meets one in kanji or hanzi (cjk_readings) by them
    latin_readings: tuple[str, ...] = ()
    cjk_readings: tuple[str, ...] = ()
    # a Western name transcribed in katakana or hanzi: its consonant skeletons (ダワー "TW"),
    # aligned with ``authors`` (or none), see archivecite.dedupe.transcription
    sounds: tuple[str, ...] = ()
    # the same of the first author's name in Latin letters ("Dower": "TW TWL")
    first_sounds: str = ""
    # each author's family name in kanji or hanzi in the Japanese new forms (陸奧 陸奥), aligned
    # with ``authors`` (or none): one name in two lists' languages, one written in old forms
    han_families: tuple[str, ...] = ()
    # each author's family name as written when in Latin letters ("" for the others), aligned
    # with ``authors`` (or none): read as other languages transcribe a Russian name, see
    # readings.spelled_keys ("Solschenizyn", "Soljénitsyne"; "Conquest" / Конквест)
    latin_families: tuple[str, ...] = ()
    # each author's family name as written when in Cyrillic ("" for the others), aligned with
    # ``authors`` (or none): a Western name transcribed into Russian ("Холлидей", Halliday)
    cyrillic_families: tuple[str, ...] = ()
    year: int | None = None
    month_day: tuple[int, int | None] | None = None  # a newspaper's issue: (3, 5) for 5 March
    container: str = ""
    venue: str = ""  # the kind of container: journal, proceedings, report (or unknown)
    venue_id: str = ""  # a known venue's canonical id ("vldbj"), see VENUES
    venue_words: tuple[str, ...] = ()  # the words that name the venue, see venue_words
    column: bool = False  # a recurring column title ("Editorial")
    volume: str = ""
    issue: str = ""
    page_start: str = ""
    identifiers: dict[str, str] = field(default_factory=dict)
    erratum: bool = False  # an erratum, correction, reply or review: about another work
    review_ending: bool = False  # "… - Book Review": a review, see _REVIEW_ENDING_PATTERN
    archive: str = ""
    system: str = ""
    locator: dict[str, str] = field(default_factory=dict)
    folios: str = ""
    # the legend's typed reading and its text as printed ("original", "typescript",
    # "Подлинник. Машинопись."): two documents may share one leaf, see files.legends_differ
    authenticity: str = ""
    medium: str = ""
    legend: str = ""
    numbers: Numbers = (frozenset(), frozenset())  # title_numbers of the first title key
    parts: frozenset[str] = frozenset()  # the "part ii" among them
    book: str = ""  # the book of a volume ("Vol. 5, Book 2", "Т. V, К. 2"), see _book
    non_latin: bool = False  # title in Cyrillic, kanji/hanzi or kana
    work_lang: str = ""  # the work's language as the reference states it ("(in Russian)": ru)
    url: str = ""  # without scheme, "www." and trailing slash
    extent: str = ""  # the page count of a book ("352 с.", "325 p."), digits only
    codes: frozenset[str] = frozenset()  # long numbers of the title and identifiers, see codes
    publisher: tuple[str, ...] = ()  # its matching keys, spaces gone (岩波書店 / Iwanami Shoten)
    given_first: str = ""  # see _given_first: the name a family-first reading would give
    edition_years: frozenset[int] = frozenset()  # years of the later editions a list names
    reprint: bool = False  # in a paperback reprint series (岩波文庫, "Iwanami bunko")
    short_note: bool = False  # a page cited, no year or imprint: see _cited_in_short
    series: tuple[str, ...] = ()  # the series' keys as the publisher's (中公新書 "chukoshinsho")
    edited: bool = False  # the people are the editors (校注, "Ed."): no author is named
    # the first page of each instalment of a work printed in parts, when two or more are listed
    # ("№ 11. С. 91–118; № 12. С. 108–126": 91, 108), see _instalments
    instalments: frozenset[str] = frozenset()
    # the ordinal opening the title (第二貧乏物語: "2") and the keys of the title after it
    sequel: str = ""
    sequel_keys: tuple[str, ...] = ()
    # the bracket closing a title in Latin letters read as Japanese and Chinese ('FIELD SERVICE
    # CODE (SENZINKUN)': "senjinkun"), for blocking, see bracketed_originals
    bracketed: tuple[str, ...] = ()

    @property
    def title_base_lang(self) -> str:
        """The title's language without its script or region ("ru" of "ru-Latn"); "" unstated."""
        return (self.title_lang or "").split("-")[0]


_URL_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)
_LONG_NUMBER = re.compile(r"\d{3,}")
_YEARS = range(1700, 2100)
_NO_CODES: frozenset[str] = frozenset()


def normalize_url(url: str | None) -> str:
    """``http://www.atomic-energy.ru/news/1/`` → ``atomic-energy.ru/news/1``."""
    return _URL_PREFIX.sub("", (url or "").strip()).rstrip("/").lower()


def _book(reference: ReferenceKind) -> str:
    """The book (книга) of a volume a reference cites: its ``extra["book"]``, or the number
    opening the volume's own title ("Book 2, 1946-February 1950")."""
    value = reference.extra.get("book") or reference.extra.get("volume_title")
    found = _BOOK_PATTERN.match(value) if isinstance(value, str) else None
    return found.group("book").lower() if found else ""


def _extent(reference: ReferenceKind) -> str:
    value = reference.extra.get("extent")
    found = _FIRST_NUMBER_PATTERN.search(value) if isinstance(value, str) else None
    return found.group(0).lstrip("0") if found else ""


_EDITION_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_BOOK_PATTERN = re.compile(r"(?:(?:book|bk|kn|кн|к)\.?\s?)?(?P<book>\d+|[IVX]+)\b", re.IGNORECASE)


def _edition_years(reference: ReferenceKind) -> frozenset[int]:
    """The years of the later editions printed after the first ("…, 1950; 2nd ed., 1954; New
    York: Avon Books, 1967"), kept by the parser in ``extra["later_editions"]``."""
    value = reference.extra.get("later_editions")
    if not isinstance(value, str):
        return frozenset()
    return frozenset(int(year) for year in _EDITION_YEAR.findall(value))


_REPRINT_SERIES = re.compile(
    "|".join(
        rf"\b{re.escape(word)}\b" if word.isascii() else re.escape(word)
        for word in _WORDS.reprint_series
    ),
    re.IGNORECASE,
)


def _in_reprint_series(reference: ReferenceKind) -> bool:
    """The series, or the publisher a parser read the series as ("加藤周一『…』岩波現代文庫")."""
    names = (getattr(reference, "series", None), getattr(reference, "publisher", None))
    return any(name is not None and _REPRINT_SERIES.search(name.original) for name in names)


def _cited_in_short(reference: ReferenceKind) -> bool:
    """A note's short form of a work cited in full before ("Snyder, Bloodlands, 179–80."):
    the page it cites (``extra["locator"]``), and no year, publisher, place, periodical or
    identifier, which a full citation or a list's entry gives."""
    return (
        isinstance(reference, PublishedFields)
        and "locator" in reference.extra
        and reference.date is None
        and reference.publisher is None
        and reference.place is None
        and reference.container_title is None
        and not reference.identifiers
    )


def _month_day(reference: ReferenceKind) -> tuple[int, int | None] | None:
    date = reference.date
    if date is None or date.end is not None or date.start.month is None:
        return None  # a range ("1937–1938") or a year alone says no day
    return date.start.month, date.start.day


def codes(title: str, identifiers: dict[str, str]) -> frozenset[str]:
    """Numbers of three digits or more (not years) in the title and in identifiers that are no
    DOI or ISBN: a standard's, patent's or report's number ("РБ-100-15", "Патент РФ
    №2537013" / patent "RU 2537013"), which a translated title keeps."""
    texts = [title, *(v for k, v in identifiers.items() if k not in ("doi", "isbn", "issn"))]
    found = {
        number.lstrip("0")
        for text in texts
        for number in _LONG_NUMBER.findall(text)
        if int(number) not in _YEARS and number.lstrip("0")
    }
    return frozenset(found) if found else _NO_CODES


def _identifier_scheme(scheme: str, value: str) -> str:
    """An "ISBN" of 8 characters is an ISSN: it names a journal, not a work."""
    return "issn" if scheme == "isbn" and len(value) == 8 else scheme


def clean_title(text: str) -> str:
    """The title without database notes ("[Erratum appears in ...]", "[French]", "(demo)"), the
    original-language title an Ovid export adds after the English one ("Antibiotic and
    antiseptic prophylaxis in thoracic surgery. A randomized study. <ORIGINAL> PROPHYLAXIE
    ANTIBIOTIQUE ...", often cut short; other databases give the English title alone), and
    without an edition statement written into it ("南京事件新版", "サイバネティクス<第2版>")."""
    text = _ORIGINAL_TITLE.sub("", text).strip() or text
    text = _TITLE_ANNOTATION.sub("", text).strip() or text
    text = _TITLE_NOTE_PATTERN.sub("", text).strip() or text
    text = _TITLE_EDITION.sub("", text).strip() or text
    text = _TITLE_SERIES.sub("", text).strip() or text
    return without_opening_edition(text)


def without_opening_edition(text: str) -> str:
    """The title without an edition word before the title proper ("新訂 蹇蹇録―日清戦争外交秘録":
    蹇蹇録―日清戦争外交秘録, whose main title is 蹇蹇録, not 新訂)."""
    return _OPENING_EDITION.sub("", text, count=1) if _OPENING_MARK.match(text) else text


_LATIN_EDITION = rf"(?:{one_of(_WORDS.latin_title_editions)}|\d+(?:st|nd|rd|th) ed(?:ition|\.))"
# an edition statement at the end of a title, perhaps in brackets: "新版", "<第2版>", "（増補版）"
_TITLE_EDITION = re.compile(
    rf"[\s<〈《（(［\[]*(?:{one_of(_WORDS.title_editions)}|第[0-9０-９一二三四五六七八九十]+版)"
    r"[>〉》）)］\]]*\s*$"
    # or at the end of a Latin title after a comma or in brackets: "Kokusho sômokuroku,
    # expanded edition", "… (2nd ed.)"
    rf"|\s*(?:[,;]\s*\(?{_LATIN_EDITION}\)?|\({_LATIN_EDITION}\))\.?\s*$",
    re.IGNORECASE,
)

_SERIES_WORDS = one_of(_WORDS.title_series)
# a series and the book's number in it written into the title, before the title proper
# ("シリーズ日本近現代史⑥ アジア・太平洋戦争") or after it, in brackets, after a dash or a space
# (the same title followed by "(シリーズ日本近現代史6)", "―シリーズ日本近現代史〈1〉")
_TITLE_SERIES = re.compile(
    rf"^(?:{_SERIES_WORDS})[^\s()（）]{{1,20}}?[0-9０-９①-⑳]+\s+(?=\S\S)"
    rf"|(?:\s+|\s*[―—]\s*|\s*[(（])(?:{_SERIES_WORDS})[^()（）\s]{{1,30}}?"
    rf"(?:[0-9０-９①-⑳]+|〈[0-9０-９]+〉)?[)）]?\s*$"
)
_SERIES_MARK = re.compile(rf"^(?:{_SERIES_WORDS})|[\s(（―—](?:{_SERIES_WORDS})")

_OPENING = sorted({*_WORDS.title_editions, *_WORDS.opening_title_editions}, key=len, reverse=True)
_OPENING_WORDS = one_of(_OPENING)
# the same opening a title, followed by a space or in brackets, before two characters or more
# of the title proper: "新訂 蹇蹇録―日清戦争外交秘録", "【増補改訂版】…"
_OPENING_EDITION = re.compile(
    rf"^(?:[【［\[〔〈<（(](?:{_OPENING_WORDS})[】］\]〕〉>）)]\s*|(?:{_OPENING_WORDS})\s+)(?=\S\S)"
)
# a cheap look first: a title that opens with the first character of one of them
_OPENING_MARK = re.compile(
    rf"^[【［\[〔〈<（(]?[{''.join(sorted({word[0] for word in _OPENING}))}]"
)


# The tail of a citation's author list and its year, run into the title by a parser that cut the
# fields in the wrong place: "leslie 1989. a general lower bound...", "valiant [1987]. 'on the
# learnability...", "e. , and schneider , m. 1999 . a data model...", "(1992) toward efficient..."
_CITED_PREFIX = re.compile(
    r"^[^\d]{0,60}?(?:[(\[]\s*(?P<bracketed>(?:1[6-9]|20)\d\d)[a-z]?\s*[)\]]\s*\.?"
    r"|(?P<dotted>(?:1[6-9]|20)\d\d)[a-z]?\s*\.)[\s:`'\"\u2018\u201c]*"
)
_DIGIT = re.compile(r"\d")
UNCITED = "without its citation prefix"  # TitleKey.how of such a reading
_PREFIXED_REST = 15  # letters the title must keep after its prefix


def cited_prefix(title: str) -> tuple[str, int | None]:
    """``title`` without a leading author tail and year (see :data:`_CITED_PREFIX`) and that
    year; ``(title, None)`` when there is none, or too little title would be left. Only
    another reading of the title: "Moscow 1937. The terror and the dream" fits too, so the
    year is no date."""
    found = _CITED_PREFIX.match(title) if _DIGIT.search(title[:80]) else None
    if found is None:
        return title, None
    rest = title[found.end() :]
    if sum(char.isalpha() for char in rest) < _PREFIXED_REST or len(rest.split()) < 3:
        return title, None
    return rest, int(found.group("bracketed") or found.group("dotted"))


def _venue_keys(container: Text | None) -> tuple[str, str, str, tuple[str, ...]]:
    """A container's matching key, kind of venue, known venue and naming words."""
    if container is None:
        return "", "", "", ()
    keys = text_keys(container)
    return (
        keys[0].key if keys else "",
        venue_kind(container.original),
        venue_id(container.original),
        venue_words(container.original),
    )


def _container_parts(reference: PublishedFields) -> tuple[Text | None, str | None, str | None]:
    """``(container, issue, pages)``: the instalments a reference list left in the journal's
    name ("Russkoe vozrozhdenie, no 11, pp. 91–118; no 12, pp. 108– 126;") read as its issues
    and pages ("11; 12", "91; 108"), the name without them; else the fields as parsed."""
    container, issue, pages = reference.container_title, reference.issue, reference.pages
    tail = _INSTALMENT_TAIL.search(container.original) if container is not None else None
    if container is None or tail is None or tail.start() == 0:
        return container, issue, pages
    parts = list(_INSTALMENT_PART.finditer(tail.group()))
    container = container.model_copy(update={"original": container.original[: tail.start()]})
    if not (pages or issue):
        pages = "; ".join(part.group(2) for part in parts)
        issue = "; ".join(part.group(1) for part in parts)
    return container, issue, pages


def _instalments(pages: str | None, issues: str | None) -> frozenset[str]:
    """Each part of pages listed in parts ("91-118; 108-126"), by its first page, and by its
    issue as well when as many issues are listed ("11; 12": "11/91", "12/108"): a periodical
    starts its pages anew each year or issue, so the pages alone may meet by chance; none for
    one run of pages."""
    parts = [part for part in (pages or "").split(";") if part.strip()]
    if len(parts) < 2:
        return frozenset()
    numbers = [_number(issue) for issue in (issues or "").split(";") if issue.strip()]
    if len(numbers) != len(parts) or not all(numbers):
        numbers = [""] * len(parts)
    found = (_PAGE_START_PATTERN.search(part) for part in parts)
    return frozenset(
        f"{number}/{first.group(0).lstrip('0')}"
        for number, first in zip(numbers, found, strict=True)
        if first is not None
    )


def _number(text: str | None) -> str:
    """The first number of a volume or issue ("66 (supplement 1)" → "66", "1)" → "1"); none
    for a volume without one ("(jul)", "ph.d.", "vol"), which says nothing to compare."""
    found = _FIRST_NUMBER_PATTERN.search(text or "")
    if found is None:
        roman = _ROMAN_VOLUME.fullmatch((text or "").strip().rstrip(".").upper())
        return str(roman_value(roman.group(0))) if roman else ""
    return found.group(0).lstrip("0") or "0"


_VOLUME_RUN_PATTERN = re.compile(r"\s*\d+\s*[-–—]\s*\d+\s*")
# A study printed in instalments, each part with its issue and pages: GOST's "Русское
# возрождение. 1980. № 11. С. 91–118; № 12. С. 108–126" gives the pages "91-118; 108-126";
# a reference list's "Russkoe vozrozhdenie, no 11, pp. 91–118; no 12, pp. 108– 126;" may
# leave the parts in the journal's name (_INSTALMENT_TAIL), each "no N[(M)], pp. X–Y".
_INSTALMENT = (
    r"(?:no|nos|№|issue|вып)\.?\s*(\d+)\s*(?:\(\d+\))?\s*[,.]\s*(?:pp|p|с|c|s)\.\s*(\d+)[^;]*?"
)
_INSTALMENT_TAIL = re.compile(
    rf"[,.]\s*{_INSTALMENT}(?:;\s*{_INSTALMENT})*[;.]?\s*$", re.IGNORECASE
)
_INSTALMENT_PART = re.compile(_INSTALMENT, re.IGNORECASE)
_ROMAN_VOLUME = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
# A Japanese or Chinese book's volume after its title: a Roman numeral with an I after a
# space (『検証 戦争責任 I』), one of the numeral signs Ⅰ-Ⅻ, a number in angle brackets
# (〈2〉, as shops print it), or a kanji numeral or 上/中/下 in brackets (『平家物語 (上)』,
# 世に棲む日日(一), as bunko volumes are listed)
_CJK_TITLE_VOLUME = re.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u9fff])\s*(?:[\s\u3000](?P<roman>[IVX]{1,4})"
    r"|(?P<sign>[\u2160-\u216b])|[〈<＜](?P<digits>[0-9０-９]{1,2})[〉>＞]"
    r"|[(（〈<＜](?P<kanji>[一二三四五六七八九十上中下])(?:巻|卷)?[)）〉>＞])\s*$"
)
# A volume's Roman number after the set's title, then the volume's own title ("Русская
# грамматика I. Фонетика. …", the Academy grammar's first volume): the set's title and the
# number. The word before it is not a name's ("Петр I. …", "Людовик XIV. …": a ruler).
_NUMBERED_VOLUME = re.compile(
    r"(?P<main>\w[\w\s-]*?\s[^\W\d_A-ZА-ЯЁ][^\W\d_]*)\s+(?P<roman>[IVX]{1,4})\.\s+\w.*"
)
_ROMAN_DOT = re.compile(r"\s[IVX]{1,4}\.\s")  # a cheap test before the pattern
# the same in romaji after a comma ('Josei no rekishi, chū' for 『女性の歴史』中)
_ROMAJI_TITLE_VOLUME = re.compile(r",\s*(j[ōo]u?|ch[ūu]u?|ge)(?:kan)?\s*$", re.IGNORECASE)
_LONG_VOWELS = str.maketrans({"ō": "o", "ū": "u"})
_ROMAJI_VOLUMES = {"jo": "1", "jou": "1", "chu": "2", "chuu": "2", "ge": "下"}
# 上 and 中 are the first and second volume; 下 the last, second of two or third of three
_KANJI_VOLUMES = {**{n: str(i) for i, n in enumerate("一二三四五六七八九十", 1)}, "上": "1"}
_KANJI_VOLUMES |= {"中": "2", "下": "下"}
_NUMERAL_SIGNS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"


def _volume_in_title(title: Text | None, volume: str, container: str) -> tuple[Text | None, str]:
    """A book's title without the volume number after it (in characters, in romaji after a
    comma, or a Roman number before the volume's own title), and that number, when no volume
    is given apart (``volume``) and the book is in no container."""
    if title is None or volume or container:
        return title, volume
    numbered = _NUMBERED_VOLUME.match(title.original) if _ROMAN_DOT.search(title.original) else None
    if numbered is not None and _ROMAN_VOLUME.fullmatch(numbered.group("roman")):
        main = numbered.group("main")
        return title.model_copy(update={"original": main}), str(
            roman_value(numbered.group("roman"))
        )
    romaji = _ROMAJI_TITLE_VOLUME.search(title.original)
    if romaji is not None:
        volume = _ROMAJI_VOLUMES[romaji.group(1).lower().translate(_LONG_VOWELS)]
        return title.model_copy(update={"original": title.original[: romaji.start()]}), volume
    if title.original.isascii():
        return title, volume
    found = _CJK_TITLE_VOLUME.search(title.original)
    if found is None:
        return title, volume
    roman, sign, digits, kanji = found.group("roman", "sign", "digits", "kanji")
    if kanji is not None:
        return title.model_copy(update={"original": title.original[: found.start()]}), (
            _KANJI_VOLUMES[kanji]
        )
    if roman is not None and ("I" not in roman or _ROMAN_VOLUME.fullmatch(roman) is None):
        # a lone "X" or "V" is a letter as often ("プロジェクト X")
        return title, volume
    if roman is not None:
        number = roman_value(roman)
    elif sign is not None:
        number = _NUMERAL_SIGNS.index(sign) + 1
    else:
        number = int(digits.translate(_FULL_WIDTH))
    return title.model_copy(update={"original": title.original[: found.start()]}), str(number)


_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


# Words of a venue's name that do not tell one venue from another ("Proc. of the 25th Annual
# ACM Symposium on Theory of Computing" / "STOC-93" / "In 25th ACM Symp. Theory Comput.")
_VENUE_NOISE = frozenset(_WORDS.venue_noise)
_VENUE_DIGITS = re.compile(r"\d")


_FUNCTION_WORDS = frozenset(_WORDS.function_words)
_ACRONYM_NOISE = frozenset(_WORDS.acronym_optional)
_ACRONYM = "="  # marks the acronym of a venue's name among its words


@lru_cache(maxsize=65536)
def venue_words(container: str) -> tuple[str, ...]:
    """The words that name a venue, as matching keys in a fixed order: no digits, ordinals,
    "proceedings of the ... annual conference"; then, for a name of three words or more, its
    acronym ("=icis" for "International Conference on Information Systems"). Compared by
    :func:`venues_agree`."""
    words = []
    initials = []  # (initial, a word "proceedings" or "annual" that acronyms often leave out)
    for word in plain(container).split():
        if word.isalpha() and word not in _FUNCTION_WORDS:
            initials.append((word[0], word in _ACRONYM_NOISE))
        if word in _VENUE_NOISE or _VENUE_DIGITS.search(word) or len(word) < 2:
            continue
        key = name_key(word, None)
        if key and key not in words:
            words.append(key)
    for letters in (
        "".join(letter for letter, noise in initials if not noise),  # ICIS, HICSS
        "".join(letter for letter, _ in initials),  # PNAS
    ):
        acronym = name_key(letters, None) if len(letters) >= 3 else ""
        if acronym and _ACRONYM + acronym not in words:
            words.append(_ACRONYM + acronym)
    return tuple(words)


@lru_cache(maxsize=1 << 16)
def venues_agree(first: tuple[str, ...], second: tuple[str, ...], fewest: int = 2) -> float:
    """The share of the shorter venue's words found in the other, a word matching its
    abbreviation ("comput" / "computing", "syst" / "systems"); 1 when one is the acronym of
    the other ("ICIS"); -1 when either name has fewer than ``fewest`` words, too few to tell
    ("STOC-93", "VLDB")."""
    acronyms = {word[1:] for word in (*first, *second) if word.startswith(_ACRONYM)}
    if acronyms:
        if any(word in acronyms for word in (*first, *second)):
            return 1.0
        if any(
            len(word) >= 3 and acronym.endswith(word)  # "NIPS": Advances in NIPS
            for word in (*first, *second)
            for acronym in acronyms
        ):
            return 1.0
        first = tuple(word for word in first if not word.startswith(_ACRONYM))
        second = tuple(word for word in second if not word.startswith(_ACRONYM))
    if len(first) < max(fewest, 1) or len(second) < max(fewest, 1):
        return -1.0
    short, long = (first, second) if len(first) <= len(second) else (second, first)
    found = sum(
        any(
            word == other
            or (min(len(word), len(other)) >= 3 and other.startswith(word))
            or (min(len(word), len(other)) >= 3 and word.startswith(other))
            for other in long
        )
        for word in short
    )
    return found / len(short)


_CALL_NUMBER_SEPARATORS = re.compile(r"[\s./-]+")  # after canonical_number: ASCII dashes


def _locator_value(key: str, value: str) -> str:
    """A locator level as compared: "1п" and "1p" are one opis (a Cyrillic letter and its
    romanization), "B.2.1.1.123" and "B-2-1-1-123" one MOFA call number."""
    if key == "reference_code":
        return value
    if key == "series" and is_path(value):
        return path_key(value)  # compared level by level, in each level's own script
    number = canonical_number(value)
    if not number.isascii():
        number = romanize_russian(number, scheme="bgn-pcgn")
    if key == "call_number":
        number = _CALL_NUMBER_SEPARATORS.sub("-", number.strip())
    return number.lower()


def _file_number(parts: list[str]) -> str:
    return "-".join(part.strip().lstrip("0") or "0" for part in parts)


def _chinese_file(locator: ChineseLocator) -> tuple[dict[str, str], str]:
    """One ``file`` key for 全宗 2, 目录 1, 案卷 1234 and for the 档号 "2-1-1234" (leading
    zeros dropped: "105-00011-01" is "105-11-1"); a 件 is a document inside it, like folios."""
    levels = [level for level in (locator.quanzong, locator.mulu, locator.anjuan) if level]
    if levels:
        file = _file_number([canonical_number(level) for level in levels])
    elif locator.file_number:
        file = _file_number(re.split(r"\s*/\s*|-", canonical_number(locator.file_number)))
    else:
        return {}, ""
    item = f"jian {locator.jian.strip()}" if locator.jian else ""
    return {"file": file}, " ".join(filter(None, (item, (locator.pages or "").strip())))


def _locator_fields(reference: ArchivalReference) -> tuple[str, dict[str, str], str]:
    locator = reference.locator
    if locator is None:
        return "", {}, ""
    if isinstance(locator, ChineseLocator):
        fields, folios = _chinese_file(locator)
        return locator.system, fields, folios
    values = locator.model_dump(exclude={"system", "folios", "pages"}, exclude_none=True)
    fields = {
        key: _locator_value(key, str(value))
        for key, value in values.items()
        if key not in ("item_title", "volume_title") and str(value).strip()
    }
    folios = ""
    if isinstance(locator, RussianLocator | TnaLocator) and locator.folios:
        folios = folios_to_canonical(locator.folios)
    elif getattr(locator, "pages", None):
        folios = str(getattr(locator, "pages", "")).strip()
    if isinstance(locator, JapaneseLocator) and locator.volume_title:
        fields["volume_title"] = match_key(locator.volume_title, "ja")
    return locator.system, fields, folios


_TRANSLATION_IN_BRACKETS = re.compile(r"\[(?P<text>[^\[\]]+)\]\s*$")
_TRANSLATION_WORDS = 3
_BRACKET_NOTE = re.compile(rf"(?:{one_of(_WORDS.bracket_notes)})\b", re.IGNORECASE)


def _romanized(title: Text, end: int) -> bool:
    """A Latin title that reads as a romanization (Russian, Japanese or Chinese), not as
    English with a database's note after it ("... in the elderly [Article in French]")."""
    text = title.original[:end]
    if text_script(text) is not Script.LATIN:
        return False
    if title.lang:
        return title.lang.endswith("-Latn") or title.lang.split("-")[0] in _ROMANIZED_LANGUAGES
    # a Russian scheme, or read as Japanese or Chinese too
    return bool(detect_scheme(text)) or guess_languages(text, None) != ("ru",)


_ROMANIZED_LANGUAGES = frozenset(("ru", "uk", "be", "ja", "zh"))


def _bracketed(title: Text) -> dict[str, dict[str, str]]:
    """A romanized title's translation in brackets after it, as a file gave it whole
    ("Yaponskiye voyennoplennyye v SSSR [Japanese Prisoners of War in the USSR]"): the
    translations to compare it by."""
    found = _TRANSLATION_IN_BRACKETS.search(title.original)
    if found is None or title.translations or not _romanized(title, found.start()):
        return {}
    text = found.group("text").strip()
    if len(text.split()) < _TRANSLATION_WORDS or _BRACKET_NOTE.match(text):
        return {}
    return {"translations": {"en": text}}


_TRANSLATION_IN_PARENTHESES = re.compile(r"\s*\((?P<text>[^()]+)\)\s*$")


def _glossed(title: Text) -> Text:
    """A romanized title with its English translation in parentheses after it, as Japanese
    studies print it ("Tokkō no machi: Chiran (Special attack corps town: Chiran)"): the
    title without it, compared by it too. Words in parentheses that read as a romanization
    (a subtitle, a series) stay in the title."""
    found = _TRANSLATION_IN_PARENTHESES.search(title.original)
    if found is None or title.translations or not _romanized(title, found.start()):
        return title
    text = found.group("text").strip()
    if (
        len(text.split()) < _TRANSLATION_WORDS
        or _BRACKET_NOTE.match(text)
        or _romanized(Text(original=text), len(text))
    ):
        return title
    original = title.original[: found.start()]
    return title.model_copy(update={"original": original, "translations": {"en": text}})


_MAY_HOLD_NOTES = re.compile(r"[\[(]|版\W*$|<ORIGINAL>|ed(?:ition|\.)\W*$", re.IGNORECASE)


def _title_keys(title: Text | None) -> tuple[tuple[TitleKey, ...], str]:
    """The title's keys, and its text without database notes."""
    title_text = title.original if title else ""
    notes = (
        _MAY_HOLD_NOTES.search(title_text)
        or _OPENING_MARK.match(title_text)
        or _SERIES_MARK.search(title_text)
    )
    cleaned = clean_title(title_text) if notes else title_text
    if title is not None and cleaned != title_text:
        title = title.model_copy(update={"original": cleaned, **_bracketed(title)})
    if title is not None and cleaned.endswith(")"):
        title = _glossed(title)  # the text keeps the gloss: its numbers are the title's too
    titles = text_keys(title)
    bare, cited_year = cited_prefix(cleaned)
    if title is not None and cited_year is not None:
        # another reading, the title without the prefix, compared with the other's title as
        # written: the numbers stay those as written ("Russia 1917. ..." and "Russia 1918. ..."
        # still differ)
        seen = {key.key for key in titles}
        bare_keys = text_keys(title.model_copy(update={"original": bare}))
        titles += tuple(TitleKey(key.key, UNCITED) for key in bare_keys if key.key not in seen)
    return titles, cleaned


def _title_and_volume(
    title: Text | None, volume: str, container: str
) -> tuple[tuple[TitleKey, ...], str, str]:
    """The title's keys and text (:func:`_title_keys`), and the volume: the one given, or the
    one numbered after a book's CJK title (『検証 戦争責任 I』)."""
    title, volume = _volume_in_title(title, volume, container)
    titles, cleaned = _title_keys(title)
    return titles, cleaned, volume


def record_keys(index: int, reference: ReferenceKind) -> RecordKeys:
    """The keys of ``reference``, the ``index``-th of the input."""
    identifiers: dict[str, str] = {}
    for ident in reference.identifiers:
        scheme = ident.scheme.lower()
        value = normalize_identifier(scheme, ident.value)
        identifiers.setdefault(_identifier_scheme(scheme, value), value)
    archive = system = folios = authenticity = medium = legend = ""
    locator: dict[str, str] = {}
    container = venue = known = volume = issue = page_start = ""
    instalments: frozenset[str] = frozenset()
    extent = _extent(reference)
    words: tuple[str, ...] = ()
    if isinstance(reference, ArchivalReference):
        if reference.archive is not None:
            archive = reference.archive.id or (
                match_key(reference.archive.name.original) if reference.archive.name else ""
            )
        system, locator, folios = _locator_fields(reference)
        if reference.legend is not None:
            authenticity = reference.legend.authenticity or ""
            medium = reference.legend.medium or ""
            legend = reference.legend.text
        if "reference_code" in locator:
            identifiers.setdefault("jacar", locator["reference_code"])
    elif isinstance(reference, PublishedFields):
        container_title, issue_text, pages_text = _container_parts(reference)
        instalments = _instalments(pages_text, issue_text)
        container, venue, known, words = _venue_keys(container_title)
        volume = _number(reference.volume)
        if reference.date is not None and volume == str(reference.date.year):
            volume = ""  # "Harvard Business Review 2016": the year, not a volume
        elif not container and _VOLUME_RUN_PATTERN.fullmatch(reference.volume or ""):
            volume = ""  # a book's "Vols. 1–7": the set, or a run of it, not one volume
        if container and volume and not venue:
            venue = "journal"  # a volume and no word of proceedings or report: a periodical
        issue = _number(issue_text)
        count = _PAGE_COUNT_PATTERN.match(pages_text or "")
        if count is not None:
            extent = count.group(1).lstrip("0")
        else:
            start = _PAGE_START_PATTERN.search(pages_text or "")
            page_start = start.group(0).lstrip("0") if start else ""
    title_text = reference.title.original if reference.title else ""
    titles, cleaned, volume = _title_and_volume(reference.title, volume, container)
    plain_title = plain(cleaned)
    numbers = title_numbers(titles[0].key, plain_title) if titles else (frozenset(), frozenset())
    language = title_language(reference)
    # a volume cited by its editors alone names them where another citation names authors
    people = reference.authors or getattr(reference, "creators", ()) or reference.editors
    read = read_people(people, language)
    publisher = getattr(reference, "publisher", None)
    sequel, after_ordinal = sequel_keys(reference.title)
    text_nfc = title_text if title_text.isascii() else unicodedata.normalize("NFC", title_text)
    return RecordKeys(
        index=index,
        kind=reference.kind,
        titles=titles,
        title_original=title_text,
        title_lang=reference.title.lang if reference.title else None,
        authors=read.keys,
        author_forms=read.forms,
        latin_readings=read.latin,
        cjk_readings=read.cjk,
        sounds=read.sounds,
        first_sounds=read.first_sounds,
        han_families=read.han,
        latin_families=read.latin_families,
        cyrillic_families=read.cyrillic_families,
        year=reference.date.year if reference.date is not None else None,
        month_day=_month_day(reference),
        container=container,
        venue=venue,
        venue_id=known,
        venue_words=words,
        column=bool(COLUMN_TITLES.search(plain_title)),
        volume=volume,
        issue=issue,
        page_start=page_start,
        identifiers=identifiers,
        erratum=bool(_ERRATUM_PATTERN.search(text_nfc)),
        review_ending=bool(_REVIEW_ENDING_PATTERN.search(text_nfc)),
        archive=archive,
        system=system,
        locator=locator,
        folios=folios,
        authenticity=authenticity,
        medium=medium,
        legend=legend,
        numbers=numbers,
        parts=title_parts(numbers),
        book=_book(reference),
        non_latin=text_script(title_text) in NON_LATIN,
        work_lang=(reference.language or "").split("-")[0].lower(),
        url=normalize_url(reference.url),
        extent=extent,
        codes=codes(cleaned, identifiers),
        publisher=_publisher_keys(publisher.original, publisher.lang or language)
        if publisher
        else (),
        given_first=given_first_key(people, language),
        edition_years=_edition_years(reference),
        reprint=_in_reprint_series(reference),
        short_note=_cited_in_short(reference),
        instalments=instalments,
        series=_series_keys(reference, language),
        edited=bool(people) and people is reference.editors,
        sequel=sequel,
        sequel_keys=after_ordinal,
        bracketed=bracket_keys(title_text) if title_text.endswith((")", "]", ").", "].")) else (),
    )


def _series_keys(reference: ReferenceKind, language: str | None) -> tuple[str, ...]:
    series = getattr(reference, "series", None)
    return _publisher_keys(series.original, series.lang or language) if series else ()


@lru_cache(maxsize=1 << 14)
def _publisher_keys(name: str, lang: str | None) -> tuple[str, ...]:
    return tuple(key.replace(" ", "") for key in reading_keys(name, lang))
