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
from archivecite.dedupe.bracketed_originals import CLOSINGS, bracket_keys
from archivecite.dedupe.name_readings import author_forms, given_first_key, read_people
from archivecite.dedupe.readings import (
    NON_LATIN,
    TitleKey,
    plain,
    reading_keys,
    text_keys,
    text_script,
    title_language,
)
from archivecite.dedupe.sequels import sequel_keys
from archivecite.dedupe.series_paths import is_path, path_key
from archivecite.dedupe.title_keys import ROMAN_VOLUME, title_and_volume
from archivecite.dedupe.venue_names import venue_keys
from archivecite.dedupe.vocabulary import VOCABULARY, one_of
from archivecite.model import (
    ArchivalReference,
    ChineseLocator,
    JapaneseLocator,
    RussianLocator,
    Text,
    TnaLocator,
    folios_to_canonical,
)
from archivecite.model.locator import canonical_number
from archivecite.model.published import PublishedFields
from archivecite.model.reference import ReferenceKind
from archivecite.translit import match_key, romanize_russian

__all__ = ["RecordKeys", "TitleKey", "normalize_identifier", "record_keys", "text_keys"]
__all__ += ["fond_number", "text_script"]
__all__ += ["author_forms", "codes", "normalize_url", "reading_keys"]

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
_FIRST_NUMBER_PATTERN = re.compile(r"\d+")
_PAGE_COUNT_PATTERN = re.compile(
    rf"^\s*(?:[ivxlc]+\s*,\s*)?(\d+)\s*(?:{one_of(_WORDS.page_count_units)})\.?\s*$", re.IGNORECASE
)
# A title that recurs in every issue ("Editorial", "Book review column"): only the place decides.
COLUMN_TITLES = re.compile(
    rf"^(?:{one_of(_WORDS.column_titles)})$"
    # "Editor's comments", "Treasurer's message", "Remarks from the editor - Editor's comments"
    rf"|(?:^|\s)(?:{one_of(_WORDS.column_offices)})(?: s)? (?:{one_of(_WORDS.column_closings)})$"
)


_PAGE_START_PATTERN = re.compile(r"\d+")


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
    # name_readings.spelled_keys ("Solschenizyn", "Soljénitsyne"; "Conquest" / Конквест)
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
    # the ordinal opening the title (第二貧乏物語: "2"), or the English of a head noun or a short
    # version's word added to it (日本資本主義発達史講座: "lectures"), and the keys of the rest
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


def _titled_by_reviewed(reference: ReferenceKind) -> bool:
    """A review whose title names the work it reviews, which the parser keeps aside
    (H-Net's "Aalgaard on Yoshimi, 'Grassroots Fascism: …'"), like a "Review of …": about that
    work. A review with a title of its own ("… Рец.: …") is not told so from its own citation
    without the reviewed work."""
    reviewed = reference.extra.get("reviewed")
    title = reference.title.original if reference.title else ""
    return isinstance(reviewed, str) and bool(reviewed) and reviewed in title


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
        roman = ROMAN_VOLUME.fullmatch((text or "").strip().rstrip(".").upper())
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
        container, venue, known, words = venue_keys(container_title)
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
    titles, cleaned, volume = title_and_volume(reference.title, volume, container)
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
        erratum=bool(_ERRATUM_PATTERN.search(text_nfc)) or _titled_by_reviewed(reference),
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
        bracketed=bracket_keys(title_text) if title_text.rstrip(".").endswith(CLOSINGS) else (),
    )


def _series_keys(reference: ReferenceKind, language: str | None) -> tuple[str, ...]:
    series = getattr(reference, "series", None)
    return _publisher_keys(series.original, series.lang or language) if series else ()


@lru_cache(maxsize=1 << 14)
def _publisher_keys(name: str, lang: str | None) -> tuple[str, ...]:
    return tuple(key.replace(" ", "") for key in reading_keys(name, lang))
