"""Agreement of places and numbers, shared by blocking and scoring: fonds without their
letter prefix, the numbers and parts of a title, the same place in one journal, DOIs and
ISBNs as compared."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from archivecite.dedupe.numbers import same_number
from archivecite.dedupe.readings import open_spans
from archivecite.dedupe.vocabulary import VOCABULARY, one_of
from archivecite.parse.dates import kanji_number

if TYPE_CHECKING:  # keys imports title_numbers and fond_number from here
    from archivecite.dedupe.keys import RecordKeys

__all__ = ["Numbers", "column_place_agrees", "fond_number", "normalize_identifier"]
__all__ += ["span_left_open"]
__all__ += ["numbers_differ", "same_doi", "same_journal", "same_place", "title_numbers"]
__all__ += ["other_instalments", "parts_differ", "roman_value", "same_volume_and_page"]
__all__ += ["span_of_a_year", "title_parts"]

_NUMBER_PATTERN = re.compile(r"\b\d+\b")
_DIGITS_PATTERN = re.compile(r"\d+")
_PART_PATTERN = re.compile(rf"\b(?:{one_of(VOCABULARY.part_words)}) ([ivx]+|\d+)\b")
_NUMBER_WORDS = {
    word: str(value) for word, value in (VOCABULARY.number_words | VOCABULARY.ordinal_words).items()
}
_NUMBER_WORD_PATTERN = re.compile(rf"\b({one_of(_NUMBER_WORDS)})\b")
# the world wars by their Roman numerals, which a CJK title counts (第二次世界大戦, 第一次世界大战)
_WORLD_WAR = re.compile(r"\bworld war (i{1,2})\b")
_COUNTED_NUMBER_PATTERN = re.compile(
    rf"(?<![零〇一二三四五六七八九十百千])([零〇一二三四五六七八九十百千]+)(?={one_of(VOCABULARY.cjk_counters)})"
)
# a count of years spelt in pinyin, before "nian" (年): "shinian", "sanshi nian", "bai nian"
_PINYIN_NUMERALS = {
    "yi": "一", "er": "二", "liang": "两", "san": "三", "si": "四", "wu": "五", "liu": "六",
    "qi": "七", "ba": "八", "jiu": "九", "shi": "十", "bai": "百", "qian": "千",
}  # fmt: skip
_PINYIN_NUMERAL = "|".join(sorted(_PINYIN_NUMERALS, key=len, reverse=True))
_PINYIN_YEARS = re.compile(rf"\b((?:{_PINYIN_NUMERAL})+)\s?nian\b")
_PINYIN_SYLLABLE = re.compile(_PINYIN_NUMERAL)


def _pinyin_numeral(run: str) -> str:
    return "".join(_PINYIN_NUMERALS[syllable] for syllable in _PINYIN_SYLLABLE.findall(run))


_FOND_PREFIX = re.compile(r"^[a-zа-яё]{1,2}-(?=\d)")
Numbers = tuple[frozenset[str], frozenset[str]]
_DOI_PATTERN = re.compile(r"10\.\d{4,9}/\S+", re.IGNORECASE)
_ISBN_CHARS_PATTERN = re.compile(r"[^0-9X]")
_DOI_NOISE = re.compile(r"[^0-9a-z]")


def fond_number(fond: str) -> str:
    """A fond without its letter prefix: authors writing in Latin often drop the ``R-``."""
    return _FOND_PREFIX.sub("", fond)


def title_numbers(key: str, text: str = "") -> Numbers:
    """The numbers standing alone in a title key with its part ("part ii"), and every run of
    digits once spaces are gone (so "SQL 3" is found in "SQL3"); record_keys keeps them.
    ``text`` is the title in plain lower case: the key folds "iii" to "i", the text does not."""
    parts = {f"part {part}" for part in _PART_PATTERN.findall(key)}
    parts.update(f"part {part}" for part in _PART_PATTERN.findall(text))
    glued = frozenset(_DIGITS_PATTERN.findall(key.replace(" ", "")))
    # a Japanese or Chinese key runs its words together ("nihongaikobunshodai1kan"): the title's
    # own runs of digits are its numbers (日本外交文書 第1巻, 中苏关系史纲 1917-1991), or the
    # key's when the title writes them in characters (毛泽东选集 第三卷, read "di3juan")
    alone = frozenset(
        _NUMBER_PATTERN.findall(key)
        if " " in key
        else _DIGITS_PATTERN.findall(text) or _DIGITS_PATTERN.findall(key)
    )
    # a number written out is that number ("six xml schema languages" / "five xml query
    # languages"; "two-year" / "2-year")
    spelled = frozenset(_NUMBER_WORDS[word] for word in _NUMBER_WORD_PATTERN.findall(text))
    spelled |= {str(len(numeral)) for numeral in _WORLD_WAR.findall(text)}
    counted = frozenset(str(kanji_number(run)) for run in _COUNTED_NUMBER_PATTERN.findall(text))
    # and a count of years spelt in pinyin, as the title in characters counts it (十年论战 /
    # "Shinian lunzhan"; 七十年 is not "jiushi nian")
    counted |= {str(kanji_number(_pinyin_numeral(run))) for run in _PINYIN_YEARS.findall(text)}
    return _shared((alone | parts | spelled | counted, glued | spelled | counted))


@lru_cache(maxsize=1 << 16)
def _shared(numbers: Numbers) -> Numbers:
    """One object for equal numbers: 10^6 records need not hold 10^6 copies of {"3"}."""
    return numbers


@lru_cache(maxsize=1 << 16)
def title_parts(numbers: Numbers) -> frozenset[str]:
    """The parts ("part ii") among a title's numbers."""
    return frozenset(number for number in numbers[0] if number.startswith("part"))


def numbers(record: RecordKeys) -> Numbers:
    """The numbers of the record's first title key (see :func:`title_numbers`)."""
    return record.numbers


def parts_differ(a: RecordKeys, b: RecordKeys) -> bool:
    """Another part or book of a work: "(Part II)" / "(Part III)" / none; "Тихий Дон. Книга 1"
    / "Тихий Дон". A title's "(книга 2)" agrees with the other's book 2 given apart from the
    title ("Т. V, К. 2"; a book's "Кн. 2" read as its volume)."""
    if a.parts == b.parts:
        return False
    parts_a, parts_b = _numbers_of(a.parts), _numbers_of(b.parts)
    return not (parts_a <= parts_b | _given_apart(b) and parts_b <= parts_a | _given_apart(a))


def _numbers_of(parts: frozenset[str]) -> frozenset[int | str]:
    return frozenset(_arabic(part.split()[-1]) for part in parts)


def _given_apart(record: RecordKeys) -> frozenset[int | str]:
    """The book of a volume, and the volume of a book (not of a journal: no container)."""
    numbers = [record.book, "" if record.container else record.volume]
    return frozenset(_arabic(number) for number in numbers if number)


def _arabic(number: str) -> int | str:
    if number.isdigit():
        return int(number)
    if _ROMAN.fullmatch(number):
        return roman_value(number.upper())
    return number


_ROMAN = re.compile(r"[ivxlc]+")
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral in capitals, "IV" → 4: a volume or book so numbered
    ("vol. I" / "Т. 1", "Book II")."""
    values = [_ROMAN_DIGITS[char] for char in numeral]
    after = [*values[1:], 0]
    return sum(-v if v < next_ else v for v, next_ in zip(values, after, strict=True))


def numbers_differ(a: RecordKeys, b: RecordKeys) -> bool:
    """A number of one title missing from the other (``SQL 3``/``SQL3`` agree), or another
    part ("(part II)" / "(part I)" / none)."""
    (alone_a, glued_a), (alone_b, glued_b) = a.numbers, b.numbers
    if parts_differ(a, b):
        return True
    if _span_counted(a, b) or _span_counted(b, a):
        return False
    if not (alone_a and alone_b) or glued_a == glued_b:  # "10 000" / "10000"
        return False
    return bool(
        _unmatched(alone_a - alone_b - glued_b, alone_b)
        or _unmatched(alone_b - alone_a - glued_a, alone_a)
    )


# a year and the span of years opening with it ("in 1941" / "in 1941–1942", "1941/42"): the
# span closes at most this many years later (a winter, a season, a school year)
_SPAN_YEARS = 1
_YEAR_SPAN = re.compile(r"(?<!\d)(\d{4})\s*[-–—/]\s*(\d{4}|\d{2})(?!\d)")


def span_of_a_year(a: RecordKeys, b: RecordKeys) -> bool:
    """The numbers of two titles differ only by the close of a span that opens with a year of
    the other: "Dislocation Distances … in 1941" (the journal's heading) / "… in 1941–1942" (a
    directory's record of the same article, its period stated to the next year). The span
    closes at most :data:`_SPAN_YEARS` later: "1941–1945" is the whole war, not 1941."""
    return _span_of(a, b) or _span_of(b, a)


def _span_of(year: RecordKeys, span: RecordKeys) -> bool:
    alone_year, alone_span = year.numbers[0], span.numbers[0]
    extra = alone_span - alone_year
    if not extra or alone_year - alone_span:
        return False
    closes: set[str] = set()
    for opening, printed, close in _year_spans(span.title_original):
        if (
            opening in alone_year
            and _year(opening)
            and 0 < int(close) - int(opening) <= _SPAN_YEARS
        ):
            closes.update((printed, close))
    return bool(closes) and extra <= closes


def _year_spans(title: str | None) -> Iterator[tuple[str, str, str]]:
    """The spans of years in a title: the opening year, the close as printed, and the close as
    a year ("1941/42" closes in 1942), when that is a year."""
    for found in _YEAR_SPAN.finditer(title or ""):
        opening, printed = found.group(1), found.group(2)
        close = opening[:2] + printed if len(printed) == 2 else printed
        if _year(close):
            yield opening, printed, close


# a count of years in a title: 百年, "100 лет", "50 years"
_YEARS_COUNTED = re.compile(
    r"[〇一二三四五六七八九十百千0-9]\s*年|\d\s*(?:лет|years?)\b", re.IGNORECASE
)
_COUNTED_SPAN = 10  # years of a span the other title may count (a decade, a century)


def _span_counted(span: RecordKeys, counted: RecordKeys) -> bool:
    """One title's only numbers a span of years, the other's only number the count of its years:
    Kirkus's 'JAPAN'S DECISIVE CENTURY: 1867-1967' (吉田茂) / 日本を決定した百年 (a hundred
    years), one period said two ways; a decade at least."""
    spans = list(_year_spans(span.title_original))
    if len(spans) != 1 or not _YEARS_COUNTED.search(counted.title_original or ""):
        return False
    opening, printed, close = spans[0]
    years = int(close) - int(opening)
    return (
        years >= _COUNTED_SPAN
        and bool(span.numbers[0])
        and span.numbers[0] <= {opening, printed, close}
        and counted.numbers[0] == {str(years)}
    )


def span_left_open(a: RecordKeys, b: RecordKeys) -> bool:
    """The numbers of two titles differ only by the close of a span that the other leaves open
    from the same year: Kirkus's advance 'THE GREAT CHINESE REVOLUTION: 1800 to the Present'
    and Publishers Weekly's 'The Great Chinese Revolution, 1800-1985' (Fairbank, 1986)."""
    return _closes_open_span(a, b) or _closes_open_span(b, a)


def _closes_open_span(left_open: RecordKeys, closed: RecordKeys) -> bool:
    alone_open, alone_closed = left_open.numbers[0], closed.numbers[0]
    extra = alone_closed - alone_open
    if not extra or alone_open - alone_closed:
        return False
    openings = set(open_spans(left_open.title_original or ""))
    if not openings:
        return False
    closes: set[str] = set()
    for opening, printed, close in _year_spans(closed.title_original):
        if opening in openings and int(close) > int(opening):
            closes.update((printed, close))
    return bool(closes) and extra <= closes


def _unmatched(numbers: Iterable[str], others: frozenset[str]) -> set[str]:
    """The numbers that are not a year of ``others`` written short or in full: "30-е годы" is
    "1930-e gody" and "1941–45" is "1941–1945" (two digits, the end of a four-digit year)."""
    return {number for number in numbers if not _short_year_of(number, others)}


def _short_year_of(number: str, others: frozenset[str]) -> bool:
    if len(number) == 2:
        return any(_year(other) and other.endswith(number) for other in others)
    return _year(number) and number[2:] in others


def _year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1000 <= int(number) <= 2100


_SAME_JOURNAL = 85


def same_journal(a: RecordKeys, b: RecordKeys) -> bool:
    """Both name a container, and the same one (any script: the keys are script-free)."""
    return bool(a.container and b.container) and (
        fuzz.ratio(a.container, b.container) >= _SAME_JOURNAL
    )


def same_place(a: RecordKeys, b: RecordKeys) -> bool:
    """Same year, journal (any script), first page, and volume/issue numbers that agree:
    the same article, whatever its title says (a GOST citation and its Scopus translation)."""
    if not a.page_start or a.page_start != b.page_start or a.year is None or a.year != b.year:
        return False
    if not same_journal(a, b):
        return False
    numbers_a, numbers_b = {a.volume, a.issue} - {""}, {b.volume, b.issue} - {""}
    return not numbers_a or not numbers_b or bool(numbers_a & numbers_b)


def same_volume_and_page(a: RecordKeys, b: RecordKeys) -> bool:
    """The same volume and first page (a year beside them may be mistyped)."""
    return (
        bool(a.volume and a.page_start)
        and a.volume == b.volume
        and bool(b.page_start)
        and same_number(a.page_start, b.page_start)
    )


def other_instalments(a: RecordKeys, b: RecordKeys) -> bool:
    """A work printed in parts, its instalments listed on one side at least (the issue and
    first page of each, see :attr:`RecordKeys.instalments`), and none of them on the other:
    another publication of the same title in the same periodical ("no 11, pp. 91–118; no 12,
    pp. 108–126" / "no 1(13), pp. 75–97; no 2(14), pp. 118–154; …"). The pages alone are
    compared when one side gives no issues."""
    if not (a.instalments or b.instalments):
        return False
    first, second = _parts(a), _parts(b)
    if not (first and second):
        return False
    if any(part.startswith("/") for part in first | second):
        return {part.split("/")[1] for part in first}.isdisjoint(
            {part.split("/")[1] for part in second}
        )
    return first.isdisjoint(second)


def _parts(record: RecordKeys) -> frozenset[str]:
    """The instalments of a record, or its one issue and first page as one."""
    if record.instalments or not record.page_start:
        return record.instalments
    return frozenset({f"{record.issue}/{record.page_start}"})


def column_place_agrees(a: RecordKeys, b: RecordKeys) -> bool:
    """A column ("Editorial") is one only in the same issue: the same year, volume and first
    page, or (no pages) the same year and the very same authors, in no other volume or issue."""
    for first, second in ((a.volume, b.volume), (a.issue, b.issue)):
        if first and second and first != second:
            return False
    if a.page_start and b.page_start:
        return (a.year, a.volume, a.page_start) == (b.year, b.volume, b.page_start)
    return a.year == b.year and bool(a.authors) and set(a.authors) == set(b.authors)


def same_doi(first: str, second: str) -> bool:
    """DOIs that differ only in punctuation (``...-2018-1-186208`` / ``...2018-1-186-208``)
    are one DOI mistyped."""
    return _DOI_NOISE.sub("", first) == _DOI_NOISE.sub("", second)


def normalize_identifier(scheme: str, value: str) -> str:
    """DOIs lower-cased without resolver prefix, ISBNs as digits (ISBN-10 → ISBN-13)."""
    scheme = scheme.lower()
    if scheme == "doi":
        found = _DOI_PATTERN.search(value)
        return (found.group(0) if found else value).lower().rstrip(".")
    if scheme == "isbn":
        digits = _ISBN_CHARS_PATTERN.sub("", value.upper())
        if len(digits) == 10:
            core = "978" + digits[:9]
            check = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(core))) % 10
            return core + str(check)
        return digits
    return value.strip().upper() if scheme == "jacar" else value.strip().lower()
