"""Scanning helpers: trimming, scripts, sentence splitting, quotes and printed dates."""

from __future__ import annotations

from archivecite.model import (
    DateRange,
)
from archivecite.parse.published.patterns import (
    BRACKETED_PART_PATTERN,
    DAY_MONTH_YEAR_PATTERN,
    MONTH_DAY_YEAR_PATTERN,
    NUMERIC_DATE_PATTERN,
    PAGE_LABEL_AHEAD_PATTERN,
)
from archivecite.parse.published.terms import (
    ABBREVIATIONS,
    ABBREVIATIONS_BEFORE_FIGURE,
    CITIES,
    ENGLISH_WORDS,
    JAPANESE_PARTICLES,
    MONTHS,
)
from archivecite.parse.text import cyrillic_language
from archivecite.translit import looks_japanese

CJK_BRACKETS = {"『": "』", "「": "」", "《": "》", "〈": "〉"}


QUOTES = {"‘": "’", "“": "”", '"': '"', "«": "»", "„": "“"}


TITLE_OPENERS = "『「《"


def trim(text: str, start: int, end: int, chars: str = " \t\n.,;:") -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF


def has_kana(text: str) -> bool:
    return any(0x3040 <= ord(char) <= 0x30FF for char in text)


def script_of(text: str) -> str:
    """The dominant script of a piece of text: ``Latn``, ``Cyrl``, ``Kana`` or ``Hani``."""
    latin = cyrillic = han = 0
    for char in text:
        code = ord(char)
        if 0x0400 <= code <= 0x04FF:
            cyrillic += 1
        elif 0x3040 <= code <= 0x30FF:
            return "Kana"
        elif is_cjk(char):
            han += 1
        elif char.isalpha():
            latin += 1
    if han and han >= latin:
        return "Hani"
    return "Cyrl" if cyrillic > latin else "Latn"


def text_lang(value: str, language: str | None, whole: str) -> str | None:
    script = script_of(value)
    if script == "Latn":
        if not language or language == "en":
            return None
        if language in ("ja", "zh") and _has_english_word(value, language):
            return None  # "in Lu, Japan: A Documentary History": an English book, in a ja note
        return f"{language}-Latn"
    if script == "Cyrl":
        return cyrillic_language(value) if language in (None, "ru-Latn") else language
    if script == "Kana":
        return "ja"
    return "ja" if language == "ja" or looks_japanese(whole) else "zh"


def _has_english_word(value: str, language: str) -> bool:
    """An English function word (``a``, ``of``, ``the``) in a text in Latin letters, outside
    brackets; a Japanese particle English spells too (``to``) not in a note in Japanese. (A
    Russian "References" entry marks its English title ``ru-Latn`` all the same: the list
    declares the work Russian.)"""
    particles = JAPANESE_PARTICLES if language == "ja" else frozenset()
    unbracketed = BRACKETED_PART_PATTERN.sub(" ", value)
    words = (word.strip(".,:;()[]«»\"'“”‘’*").lower() for word in unbracketed.split())
    return any(word in ENGLISH_WORDS and word not in particles for word in words)


def month_number(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def date_at(text: str, start: int, end: int) -> tuple[DateRange, int] | None:
    """A date printed at ``start`` (not beyond ``end``), and where it ends."""
    for pattern in (MONTH_DAY_YEAR_PATTERN, DAY_MONTH_YEAR_PATTERN):
        match = pattern.match(text, start, end)
        if match is None:
            continue
        month = month_number(match["month"])
        day = int(match["day"])
        if month is None or not 1 <= day <= 31:
            continue
        year = int(match["year"]) if match["year"] else 0
        return DateRange.of(year, month, day), match.end()
    match = NUMERIC_DATE_PATTERN.match(text, start, end)
    if match is not None:
        prefix = "" if match["year"] else "iso_"
        year, month, day = (int(match[prefix + part]) for part in ("year", "month", "day"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            return DateRange.of(year, month, day), match.end()
    return None


def _words_before(text: str, index: int, floor: int) -> str:
    start = index
    while start > floor and index - start < 16 and not text[start - 1].isspace():
        start -= 1
    return text[start:index].lstrip("([«“\"'–—-")


def ends_sentence(text: str, index: int, floor: int, end: int) -> bool:
    """Whether the dot at ``index`` ends a sentence rather than an abbreviation or initial."""
    if index + 1 < end and not text[index + 1].isspace():
        return False
    word = _words_before(text, index, floor)
    if not word.strip("."):
        return not word
    following = trim(text, index + 1, end, " \t")[0]
    if following < end and "а" <= text[following] <= "я":  # "Изд-во Иркут. ун-та": abbreviated
        return False
    if word[-1].isdigit():
        return True
    if len(word) == 1 and word.isalpha():
        return text.startswith((" – ", " — "), index + 1)  # "до 1300 K. – М.: ...": GOST's area
    if are_initials(word):  # "R.E." in "NGTU im. R.E. Alekseeva", "O.Yu." after a family name
        return False
    core = word.lower()
    if core in ABBREVIATIONS_BEFORE_FIGURE and text[following : following + 1].isdigit():
        return False  # "Is. 4": the mark
    if core in ABBREVIATIONS or core.split(".")[-1] in ABBREVIATIONS:
        # "1945–1956 gg. Moscow, 1997"; "1945–1953 гг. С. 51–52.": the imprint or the page
        return _imprint_follows(text, index + 1, end) or (
            PAGE_LABEL_AHEAD_PATTERN.match(text, index + 1, end) is not None
        )
    return True


def _imprint_follows(text: str, start: int, end: int) -> bool:
    """A known city then ``,``, ``:`` or the ``;`` before a second city (``М.; Л., 1934``) after
    an abbreviation's dot: the imprint begins."""
    after = trim(text, start, end, " \t")[0]
    stop = after
    while stop < end and text[stop] not in ",:;":
        stop += 1
    return stop < end and stop - after <= 25 and text[after:stop].strip() in CITIES


def are_initials(word: str) -> bool:
    """``R.E``, ``O.Yu``, ``A.-M``: initials joined by dots, each one capital and at most two
    small letters."""
    parts = word.split(".")
    return len(parts) > 1 and all(
        0 < len(part.lstrip("-")) <= 3
        and part.lstrip("-")[0].isupper()
        and part.lstrip("-")[1:].islower() | (len(part.lstrip("-")) == 1)
        for part in parts
    )


def _closable(text: str, start: int, end: int) -> list[bool]:
    """For each character of ``text[start:end]``: whether it is a bracket that a later one
    closes (an unclosed ``(`` printed for a hyphen must not swallow the rest of the text)."""
    closers = {")": "(", "]": "[", "}": "{", "»": "«", "”": "“"}
    remaining = dict.fromkeys(closers.values(), 0)
    flags = [False] * (end - start)
    for index in range(end - 1, start - 1, -1):
        char = text[index]
        if char in closers:
            remaining[closers[char]] += 1
        elif remaining.get(char):
            remaining[char] -= 1
            flags[index - start] = True
    return flags


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at sentence dots outside brackets, quotes and italics."""
    pieces: list[tuple[int, int]] = []
    depth = 0
    italic = False
    piece = start
    closable = _closable(text, start, end)
    for index in range(start, end):
        char = text[index]
        if char in "([{«“":
            depth += closable[index - start]
        elif char in "‘『「《" and not (char == "‘" and text[index - 1 : index].isalpha()):
            depth += 1  # "Hawai‘i": an ʻokina inside a word opens no quote
        elif char in ")]}»”』」》" or (char == "’" and depth and _closes_quote(text, index, end)):
            depth = max(0, depth - 1)
        elif char == "*" and (italic or text.find("*", index + 1, end) > 0):
            italic = not italic  # an unpaired "*" ("GOST 26291-84*") is no italics
        elif (
            char in ".。"
            and not (depth or italic)
            and (char == "。" or ends_sentence(text, index, piece, end))
        ):
            pieces.append(trim(text, piece, index, " \t\n–—-"))
            piece = index + 1
    pieces.append(trim(text, piece, end, " \t\n–—-"))
    return [(s, e) for s, e in pieces if e > s]


def _closes_quote(text: str, index: int, end: int) -> bool:
    return index + 1 >= end or not text[index + 1].isalpha()


def find_closing(text: str, start: int, end: int, opener: str) -> int:
    """Index of the quote that closes ``opener`` at ``start``, or -1."""
    closer = QUOTES.get(opener, CJK_BRACKETS.get(opener, ""))
    index = start + 1
    while True:
        index = text.find(closer, index, end)
        if index < 0 or opener != "‘" or _closes_quote(text, index, end):
            return index
        index += 1


def strip_final_dot(text: str, start: int, end: int) -> int:
    """``end`` without a sentence dot, keeping the dot of an abbreviation such as ``gg.``."""
    start, end = trim(text, start, end, " \t,;:")
    if end > start and text[end - 1] == "." and ends_sentence(text, end - 1, start, end):
        return trim(text, start, end - 1, " \t,;:")[1]
    return end
