"""Free-text references to published works: books, articles, chapters, collections of documents,
theses, legal acts, newspaper items and web pages.

Four families of styles are read: the romanized "References" lists that Scopus-indexed Russian
journals print (APA-like, ``(In Russian)``), Chicago author-date and notes-bibliography, GOST
(``//`` container, ``№`` issue, ``С.`` pages) and native Japanese/Chinese forms (『』「」《》).
Every pattern is linear: no nested quantifiers over overlapping classes, and inputs longer than
``MAX_LENGTH`` are refused.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from archivecite.model import (
    ArticleReference,
    BookReference,
    ChapterReference,
    CollectionReference,
    DateRange,
    Identifier,
    LegalReference,
    Name,
    NewspaperReference,
    Reference,
    Span,
    Text,
    ThesisReference,
    WebpageReference,
)

__all__ = ["MAX_LENGTH", "PublishedParse", "parse_published", "strip_label"]

MAX_LENGTH = 4000


def _load_terms() -> dict[str, Any]:
    path = resources.files("archivecite") / "parse" / "data" / "published_terms.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


_TERMS = _load_terms()
_LANGUAGES: dict[str, str] = _TERMS["languages"]
_PLACES: dict[str, str] = _TERMS["places"]
_COLLECTION_MARKERS: tuple[str, ...] = tuple(_TERMS["markers"]["collection"])
_LEGAL_MARKERS: tuple[str, ...] = tuple(_TERMS["markers"]["legal"])
_INSTITUTION_WORDS: frozenset[str] = frozenset(_TERMS["markers"]["institution"])
_ROLE_WORDS: tuple[str, ...] = tuple(sorted(_TERMS["markers"]["roles"], key=len, reverse=True))
_COMPOUND_SURNAMES: frozenset[str] = frozenset(_TERMS["names"]["chinese_compound_surnames"])
_ABBREVIATIONS: frozenset[str] = frozenset(_TERMS["abbreviations"]["words"])
_MONTHS: dict[str, int] = {
    word: int(number) for number, words in _TERMS["months"].items() for word in words
}

_YEAR = r"(?:1[5-9]\d\d|20\d\d)"

LABEL_PATTERN = re.compile(
    rf"""
    (?P<label>(?:[^\n/«»“”:.]|\.(?!\s)){{1,200}}?   # the name the entry is filed under
        {_YEAR}[a-zа-я]?)           # ... ending in its year, with a letter for homonyms
    [ \t]+[-–—][ \t]+               # the spaced dash that separates it from the reference
    """,
    re.VERBOSE,
)

LIST_MARK_PATTERN = re.compile(
    r"""
    [ \t]*(?:[-*•][ \t]+|\d{1,4}[.)][ \t]+)?  # a markdown bullet or a list number
    """,
    re.VERBOSE,
)

LANGUAGE_TRAILER_PATTERN = re.compile(
    r"""
    \(\s*(?:in|на)\s+                  # "(In Russian)", "(На рус. яз.)"
    (?P<word>[^\W\d_]{2,20})\.?        # the language word or its abbreviation
    (?:\s+яз\.?)?\s*\)                 # Russian "яз." (язык)
    [.\s]*\Z
    """,
    re.VERBOSE | re.IGNORECASE,
)

ACCESSED_PATTERN = re.compile(
    r"""
    \(?\s*(?:last\s+)?(?:accessed|retrieved|дата\s+обращения|閲覧日?|访问日期|引用日期)
    \s*(?:on\s+)?:?\s*
    (?P<date>[^()\[\]\n]{4,40}?)       # the date as printed; read by the date patterns
    \s*\)?[.\s]*\Z
    """,
    re.VERBOSE | re.IGNORECASE,
)

YEAR_PAREN_PATTERN = re.compile(
    rf"""
    \(\s*(?P<year>{_YEAR})[a-z]?       # "(1991)", "(1945a)"
    (?:\s*,\s*(?P<rest>[^()]{{1,30}}))? # "(1945, July 26)"
    \s*\)
    """,
    re.VERBOSE,
)

AUTHOR_DATE_PATTERN = re.compile(
    rf"""
    \.\s+(?P<year>{_YEAR})[a-z]?\.\s   # Chicago author-date: "King, Amy. 2016. "
    """,
    re.VERBOSE,
)

MONTH_DAY_YEAR_PATTERN = re.compile(
    rf"""
    (?P<month>[^\W\d_]{{3,10}})\.?,?\s+ # "April 18, 1991", "October, 19, 1956"
    (?P<day>\d{{1,2}}),?\s+
    (?P<year>{_YEAR})
    """,
    re.VERBOSE,
)

DAY_MONTH_YEAR_PATTERN = re.compile(
    rf"""
    (?P<day>\d{{1,2}})\s+               # "08 July 2020", "11 April", "27 июля 1945 г."
    (?P<month>[^\W\d_]{{3,10}})\.?
    (?:\s+(?P<year>{_YEAR}))?
    (?:\s*г\.)?
    """,
    re.VERBOSE,
)

NUMERIC_DATE_PATTERN = re.compile(
    rf"""
    (?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>{_YEAR})  # "12.03.2020"
    |(?P<iso_year>{_YEAR})-(?P<iso_month>\d\d)-(?P<iso_day>\d\d) # "2020-03-12"
    """,
    re.VERBOSE,
)

YEAR_PATTERN = re.compile(
    rf"""
    (?P<year>{_YEAR})[a-z]?(?:\s*г\.?|\s*год)?   # a bare year, "1997 г."
    """,
    re.VERBOSE,
)

INITIALS_PATTERN = re.compile(
    r"""
    (?:[A-ZА-ЯЁ][a-zа-яё]?\.[\s-]?){1,4}   # "V. P.", "Ya. A.", "В.П.", "J.-P."
    """,
    re.VERBOSE,
)

FAMILY_INITIALS_PATTERN = re.compile(
    r"""
    (?P<family>[^\W\d_][^\s,.;:()]{1,40})\s+   # "Kobayashi A.", "Галицкий В.П."
    (?P<initials>(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?){1,3})
    """,
    re.VERBOSE,
)

INITIALS_FAMILY_PATTERN = re.compile(
    r"""
    (?P<initials>(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?){1,3})\s?  # "В.П. Галицкий" after "/"
    (?P<family>[^\W\d_][^\s,.;:()]{1,40})
    """,
    re.VERBOSE,
)

GOST_AUTHOR_PATTERN = re.compile(
    r"""
    (?P<family>[A-ZА-ЯЁ][a-zа-яё’'-]{1,40}),?\s       # "Галицкий", "Galitskiy,"
    (?P<initials>[A-ZА-ЯЁ][a-zа-яё]?\.\s?(?:[A-ZА-ЯЁ][a-zа-яё]?\.)?)  # "В.П.", "Ya. A."
    """,
    re.VERBOSE,
)

GOST_FULL_AUTHOR_PATTERN = re.compile(
    r"""
    (?P<family>[А-ЯЁ][а-яё-]{1,40}),\s               # "Карасёв, Сергей Владимирович. "
    (?P<given>[А-ЯЁ][а-яё]{1,20}(?:\s[А-ЯЁ][а-яё]{1,25})?)\.\s
    """,
    re.VERBOSE,
)

VOLUME_PATTERN = re.compile(
    r"""
    (?:Vols?|vols?|Т|т|Tom|Tome|Bd|Кн|Ч|Pt)\.?\s?      # "Vol. 18", "Т. 2", "Кн. 1"
    (?P<volume>\d[\w()/\-– ]{0,20})
    """,
    re.VERBOSE,
)

ISSUE_PATTERN = re.compile(
    r"""
    (?:№|No\.?|no\.?|N|Вып\.|вып\.|Iss\.|Issue)\s?      # "№ 4", "No. 3", "Вып. 2"
    (?P<issue>\d[\w/\-–]{0,12})
    """,
    re.VERBOSE,
)

PAGES_PATTERN = re.compile(
    r"""
    (?:С\.|с\.|S\.|pp?\.|P\.)\s?                         # "С. 58–73", "pp. 5-9", "P. 12"
    (?P<pages>\d+(?:\s?[-–—]\s?\d+)?)
    """,
    re.VERBOSE,
)

EXTENT_PATTERN = re.compile(
    r"""
    (?P<extent>\d+(?:\s?\+\s?\d+)?)\s?(?:с|c|pp?|стр)\.?   # "420 с.", "318 p."
    """,
    re.VERBOSE,
)

NUMBERS_PATTERN = re.compile(
    r"""
    (?P<first>\d{1,4})                                  # "4, 58-73", "12(3): 45-67"
    (?:\s?\((?P<second>[^()]{1,15})\))?
    \s?[,:]\s?(?:pp?\.\s?)?
    (?P<pages>\d+(?:\s?[-–—]\s?\d+)?)
    """,
    re.VERBOSE,
)

PLACE_PUBLISHER_PATTERN = re.compile(
    rf"""
    (?P<place>[^\W\d_][^:;()\[\]]{{0,60}}?)\s?:\s?    # "Moscow:", "М.:", "Stanford, CA:"
    (?P<publisher>[^:;]{{1,300}}?)                      # "Terra", "ИВ РАН"
    (?:,\s?(?P<year>{_YEAR})[a-z]?(?:\s?г\.)?)?         # ", 2003"
    """,
    re.VERBOSE,
)

PLACE_YEAR_PATTERN = re.compile(
    rf"""
    (?P<place>[^\W\d_][^:;,()\[\]]{{0,40}}?),\s?        # "М., 2005", "Иркутск, 2007"
    (?P<year>{_YEAR})
    """,
    re.VERBOSE,
)

THESIS_PATTERN = re.compile(
    r"""
    :?\s?(?:автореф\.\s?)?(?:дис+\.|диссертация)        # "дис. ... канд. ист. наук"
    \s?(?:…|\.\.\.)?\s?
    (?P<degree>(?:канд|д-ра|докт)[^:;]{0,40}?наук)?
    |(?P<other>Ph\.\s?D\.\s(?:diss|thesis|dissertation)|博士論文|博士学位论文|硕士学位论文|修士論文)
    """,
    re.VERBOSE | re.IGNORECASE,
)

IN_CONTAINER_PATTERN = re.compile(
    r"""
    (?:In|in|В\ кн\.:|В:)\s                              # "In <book>, edited by ..."
    """,
    re.VERBOSE,
)

EDITED_BY_PATTERN = re.compile(
    r"""
    ,?\s(?:edited\sby|ed\.\sby|eds?\.|под\s(?:общ\.\s)?ред\.|отв\.\sред\.|сост\.)\s?
    """,
    re.VERBOSE,
)

EDITOR_ROLE_PATTERN = re.compile(
    r"""
    \s?\((?:eds?|Eds?|red|ред|сост|comp)\.?\)           # "(ed.)", "(eds.)", "(ред.)"
    """,
    re.VERBOSE,
)

CJK_YEAR_PATTERN = re.compile(
    rf"""
    (?P<year>{_YEAR})\s?年                               # "2018年", "2011年版"
    (?:\s?(?P<month>\d{{1,2}})\s?月(?:\s?(?P<day>\d{{1,2}})\s?日)?)?
    """,
    re.VERBOSE,
)

CJK_VOLUME_PATTERN = re.compile(
    r"""
    第?\s?(?P<volume>\d{1,4})\s?[巻卷]                   # "第12巻"
    """,
    re.VERBOSE,
)

CJK_ISSUE_PATTERN = re.compile(
    r"""
    第?\s?(?P<issue>\d{1,4})\s?[号號期]                  # "第3号", "第3期"
    """,
    re.VERBOSE,
)

CJK_PAGES_PATTERN = re.compile(
    r"""
    第\s?(?P<a>\d+(?:\s?[-–―～〜~]\s?\d+)?)\s?[页頁]     # "第45页"
    |(?P<b>\d+\s?[-–―～〜~]\s?\d+|\d+)\s?(?:[页頁]|ページ) # "45-67頁"
    |pp?\.\s?(?P<c>\d+(?:\s?[-–]\s?\d+)?)                 # "pp. 45-67"
    """,
    re.VERBOSE,
)

URL_PATTERN = re.compile(
    r"""
    (?:URL:\s?)?(?P<url>(?:https?://|www\.)[^\s<>()\[\]]{1,2000})  # a plain address
    """,
    re.VERBOSE,
)

DOI_PATTERN = re.compile(
    r"""
    (?:DOI:?\s?|https?://(?:dx\.)?doi\.org/)    # "DOI: 10.24224/...", "https://doi.org/10..."
    (?P<doi>10\.\d{4,9}/[^\s]{1,200}?)[.,]?\s*\Z
    """,
    re.VERBOSE | re.IGNORECASE,
)

ARCHIVAL_LOCATOR_PATTERN = re.compile(
    r"""
    (?<![^\W\d_])(?:[FfФф]|fond|Фонд)\.?\s?[RrPpРрП]?-?\d+[,.]\s?  # "F. 18, ", "Ф. Р-9401. "
    (?:op|оп|Оп|Op)\.\s?\d                                         # "op. 5", "Оп. 2"
    |全宗号?\s?\d|JACAR                                               # Chinese and Japanese
    """,
    re.VERBOSE,
)

NAME_SEPARATOR_PATTERN = re.compile(
    r"""
    [・、，,；;／/]                                       # between CJK names
    """,
    re.VERBOSE,
)

_CJK_BRACKETS = {"『": "』", "「": "」", "《": "》", "〈": "〉"}
_QUOTES = {"‘": "’", "“": "”", '"': '"', "«": "»", "„": "“"}
_TITLE_OPENERS = "『「《"


@dataclass(frozen=True, slots=True)
class PublishedParse:
    """A published reference read from free text, with what was read where."""

    reference: Reference
    spans: tuple[Span, ...]
    confidence: float
    label: str | None
    rest_start: int


@dataclass(slots=True)
class _Draft:
    """Fields collected while reading one reference, with the span of each."""

    text: str
    spans: list[Span] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    authors: list[Name] = field(default_factory=list)
    editors: list[Name] = field(default_factory=list)
    container_editors: list[Name] = field(default_factory=list)
    language: str | None = None
    chapter: bool = False
    thesis: bool = False
    day_date: bool = False
    code: str | None = None
    loose: list[tuple[int, int]] = field(default_factory=list)

    def put(self, name: str, value: Any, start: int, end: int) -> None:
        self.values[name] = value
        self.spans.append(Span(field=name, start=start, end=end))

    def has(self, name: str) -> bool:
        return name in self.values


# ----------------------------------------------------------------------------- small helpers


def _trim(text: str, start: int, end: int, chars: str = " \t\n.,;:") -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF


def _has_kana(text: str) -> bool:
    return any(0x3040 <= ord(char) <= 0x30FF for char in text)


def _script(text: str) -> str:
    """The dominant script of a piece of text: ``Latn``, ``Cyrl``, ``Kana`` or ``Hani``."""
    latin = cyrillic = han = 0
    for char in text:
        code = ord(char)
        if 0x0400 <= code <= 0x04FF:
            cyrillic += 1
        elif 0x3040 <= code <= 0x30FF:
            return "Kana"
        elif _is_cjk(char):
            han += 1
        elif char.isalpha():
            latin += 1
    if han and han >= latin:
        return "Hani"
    return "Cyrl" if cyrillic > latin else "Latn"


def _text_lang(value: str, language: str | None, whole: str) -> str | None:
    script = _script(value)
    if script == "Latn":
        return f"{language}-Latn" if language and language != "en" else None
    if script == "Cyrl":
        return "ru" if language in (None, "ru-Latn") else language
    if script == "Kana":
        return "ja"
    return "ja" if _has_kana(whole) or language == "ja" else "zh"


def _month(word: str) -> int | None:
    return _MONTHS.get(word.lower().rstrip("."))


def _date_at(text: str, start: int, end: int) -> tuple[DateRange, int] | None:
    """A date printed at ``start`` (not beyond ``end``), and where it ends."""
    for pattern in (MONTH_DAY_YEAR_PATTERN, DAY_MONTH_YEAR_PATTERN):
        match = pattern.match(text, start, end)
        if match is None:
            continue
        month = _month(match["month"])
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
    return text[start:index].lstrip("([«“\"'")


def _ends_sentence(text: str, index: int, floor: int, end: int) -> bool:
    """Whether the dot at ``index`` ends a sentence rather than an abbreviation or initial."""
    if index + 1 < end and not text[index + 1].isspace():
        return False
    word = _words_before(text, index, floor)
    if not word.strip("."):
        return not word
    if word[-1].isdigit():
        return True
    if len(word) == 1 and word.isalpha():
        return False
    core = word.lower()
    return core not in _ABBREVIATIONS and core.split(".")[-1] not in _ABBREVIATIONS


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at sentence dots outside brackets, quotes and italics."""
    pieces: list[tuple[int, int]] = []
    depth = 0
    italic = False
    piece = start
    for index in range(start, end):
        char = text[index]
        if char in "([{«“‘『「《":
            depth += 1
        elif char in ")]}»”』」》" or (char == "’" and depth and _closes_quote(text, index, end)):
            depth = max(0, depth - 1)
        elif char == "*":
            italic = not italic
        elif (
            char in ".。"
            and not (depth or italic)
            and (char == "。" or _ends_sentence(text, index, piece, end))
        ):
            pieces.append(_trim(text, piece, index, " \t–—-"))
            piece = index + 1
    pieces.append(_trim(text, piece, end, " \t–—-"))
    return [(s, e) for s, e in pieces if e > s]


def _closes_quote(text: str, index: int, end: int) -> bool:
    return index + 1 >= end or not text[index + 1].isalpha()


def _find_closing(text: str, start: int, end: int, opener: str) -> int:
    """Index of the quote that closes ``opener`` at ``start``, or -1."""
    closer = _QUOTES.get(opener, _CJK_BRACKETS.get(opener, ""))
    index = start + 1
    while True:
        index = text.find(closer, index, end)
        if index < 0 or opener != "‘" or _closes_quote(text, index, end):
            return index
        index += 1


def _strip_final_dot(text: str, start: int, end: int) -> int:
    """``end`` without a sentence dot, keeping the dot of an abbreviation such as ``gg.``."""
    start, end = _trim(text, start, end, " \t,;:")
    if end > start and text[end - 1] == "." and _ends_sentence(text, end - 1, start, end):
        return _trim(text, start, end - 1, " \t,;:")[1]
    return end


# ----------------------------------------------------------------------------- names


def _split_original(token: str) -> tuple[str, str | None]:
    """``"Tadayuki 古海忠之"`` → ``("Tadayuki", "古海忠之")``."""
    for index, char in enumerate(token):
        if _is_cjk(char):
            return token[:index].strip(), token[index:].strip()
    return token, None


def _looks_like_family(token: str) -> bool:
    words = token.split()
    return (
        0 < len(words) <= 3
        and len(token) <= 40
        and all(word[0].isupper() for word in words)
        and not any(char.isdigit() for char in token)
    )


def _person(family: str, given: str | None, original: str | None, whole: str) -> Name:
    lang = None if original is None else _text_lang(original, None, whole)
    return Name(family=family, given=given or None, original=original, lang=lang)


def _given_first(token: str, whole: str) -> Name | None:
    """``"Handō Kazutoshi 半藤一利"`` (family first: Japanese) or ``"Amy King"``."""
    roman, original = _split_original(token)
    words = roman.split()
    if any(word.lower() in _INSTITUTION_WORDS for word in words):
        return Name(literal=token)
    if not words or not _looks_like_family(roman):
        return None
    if len(words) == 1:
        return _person(words[0], None, original, whole)
    if original is not None:
        return _person(words[0], " ".join(words[1:]), original, whole)
    return _person(words[-1], " ".join(words[:-1]), original, whole)


def _strip_role(token: str) -> str:
    lowered = token.lower()
    for role in _ROLE_WORDS:
        if lowered.startswith(role + " "):
            return token[len(role) :].strip()
    return token


def _name_tokens(text: str) -> list[str]:
    text = text.replace(" & ", ", ").replace(" and ", ", ").replace(" и ", ", ")
    return [token.strip() for token in text.split(",") if token.strip()]


def _latin_names(text: str, whole: str) -> list[Name] | None:
    """Read an author list (``Efremov, A. D., Mukhin, V. V. & Grebenyuk, S. V.``); ``None``
    when the text is not one."""
    tokens = _name_tokens(text)
    names: list[Name] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        match = FAMILY_INITIALS_PATTERN.fullmatch(token)
        if match is not None:
            names.append(_person(match["family"], match["initials"].strip(), None, whole))
            index += 1
        elif following is not None and INITIALS_PATTERN.fullmatch(following):
            if not _looks_like_family(token):
                return None
            names.append(_person(token, following.strip(), None, whole))
            index += 2
        elif index == 0 and following is not None and _looks_like_family(token):
            given, original = _split_original(following)
            if not given or not _looks_like_family(given):
                return None
            names.append(_person(token, given, original, whole))
            index += 2
        elif index > 0:
            name = _given_first(_strip_role(token), whole)
            if name is None:
                return None
            names.append(name)
            index += 1
        else:
            return None
    return names or None


def _role_names(text: str, whole: str) -> list[Name]:
    """Editors as printed after ``edited by`` or ``под ред.``: given name first."""
    names: list[Name] = []
    for token in _name_tokens(text):
        bare = _strip_role(token)
        match = INITIALS_FAMILY_PATTERN.fullmatch(bare) or FAMILY_INITIALS_PATTERN.fullmatch(bare)
        if match is not None:
            names.append(_person(match["family"], match["initials"].strip(), None, whole))
            continue
        name = _given_first(bare, whole)
        if name is not None:
            names.append(name)
    return names


def _cjk_name(token: str, lang: str) -> Name | None:
    token = token.strip(" 　・、，,")
    if not token:
        return None
    if any(char.isspace() for char in token):
        family, _, given = token.replace("　", " ").partition(" ")
        return Name(family=family, given=given.strip() or None, original=token, lang=lang)
    if any(word in token for word in _INSTITUTION_WORDS) or token.endswith(("会", "會", "部")):
        return Name(literal=token, lang=lang)
    if not all(_is_cjk(char) for char in token) or len(token) < 2:
        return Name(literal=token, lang=lang)
    if lang == "zh":
        size = 2 if token[:2] in _COMPOUND_SURNAMES and len(token) > 2 else 1
    else:
        size = 2 if len(token) >= 3 else 1
    return Name(family=token[:size], given=token[size:], original=token, lang=lang)


# ----------------------------------------------------------------------------- trailers


def _peel_trailers(draft: _Draft, start: int, end: int) -> int:
    """Read language, access date and URL from the end of the text; return the new end."""
    text = draft.text
    while True:
        end = _trim(text, start, end, " \t\n.,;")[1]
        window = max(start, end - 90)
        match = LANGUAGE_TRAILER_PATTERN.search(text, window, end)
        if match is not None and match["word"].lower() in _LANGUAGES:
            draft.language = _LANGUAGES[match["word"].lower()]
            draft.put("language", draft.language, match.start(), match.end())
            end = match.start()
            continue
        match = ACCESSED_PATTERN.search(text, window, end)
        if match is not None and not draft.has("accessed"):
            found = _date_at(text, match.start("date"), match.end("date"))
            if found is not None:
                draft.put("accessed", found[0], match.start(), match.end())
                end = match.start()
                continue
        match = DOI_PATTERN.search(text, max(start, end - 230), end)
        if match is not None and not draft.has("doi"):
            draft.put("doi", match["doi"], match.start(), match.end())
            end = match.start()
            continue
        url_end = _peel_url(draft, start, end)
        if url_end == end:
            return end
        end = url_end


def _peel_url(draft: _Draft, start: int, end: int) -> int:
    text = draft.text
    if draft.has("url"):
        return end
    if end > start and text[end - 1] == ")":
        bracket = text.rfind("](", start, end)
        opening = text.rfind("[", start, bracket) if bracket > 0 else -1
        if opening >= 0 and URL_PATTERN.fullmatch(text, bracket + 2, end - 1):
            draft.put("url", text[bracket + 2 : end - 1], opening, end)
            return opening
    token_start = end
    while token_start > start and not text[token_start - 1].isspace():
        token_start -= 1
    match = URL_PATTERN.fullmatch(text, token_start, end)
    if match is not None:
        url = match["url"]
        draft.put("url", url if url.startswith("http") else f"https://{url}", token_start, end)
        return token_start
    return end


# ----------------------------------------------------------------------------- titles


def _put_text(draft: _Draft, name: str, span: tuple[int, int], tr: str | None = None) -> None:
    start, end = span
    value = draft.text[start:end].strip()
    if not value:
        return
    lang = _text_lang(value, draft.language, draft.text)
    translations = {"en": tr.strip()} if tr and tr.strip() else {}
    draft.put(name, Text(original=value, lang=lang, translations=translations), start, end)


def _bracketed_translation(text: str, start: int, end: int) -> tuple[int, int, str | None]:
    """Split ``Title [Translation]`` into the title's end, the end read, and the translation."""
    opening = text.find("[", start, end)
    if opening < 0:
        return end, end, None
    closing = text.find("]", opening, end)
    if closing < 0:
        return end, end, None
    return opening, closing + 1, text[opening + 1 : closing]


def _quote_ends_title(text: str, closing: int, end: int) -> bool:
    """A quoted title is the whole title when punctuation ends it, not a quoted word in it."""
    after = _trim(text, closing + 1, end, " \t")[0]
    return after >= end or text[after] in ".,:;" or text[closing - 1] in ".,?!"


def _take_title(draft: _Draft, start: int, end: int, *, brackets: bool) -> int:
    """Read the title at ``start``; return where the text after it begins."""
    text = draft.text
    start = _trim(text, start, end, " \t.,")[0]
    if start >= end:
        return end
    opener = text[start]
    if opener in _QUOTES:
        closing = _find_closing(text, start, end, opener)
        if closing > start and _quote_ends_title(text, closing, end):
            inner_end, _, translation = _bracketed_translation(text, start + 1, closing)
            _put_text(
                draft,
                "title",
                (start + 1, _strip_final_dot(text, start + 1, inner_end)),
                translation,
            )
            return closing + 1
    if opener == "*":
        closing = text.find("*", start + 1, end)
        if closing > start + 1:
            _put_text(draft, "title", (start + 1, _strip_final_dot(text, start + 1, closing)))
            return closing + 1
    if brackets:
        title_end, after, translation = _bracketed_translation(text, start, end)
        if translation is not None:
            _put_text(
                draft, "title", (start, _strip_final_dot(text, start, title_end)), translation
            )
            return after
    first = _sentences(text, start, end)
    if not first:
        return end
    title_start, title_end = first[0]
    title_end, after, translation = _bracketed_translation(text, title_start, title_end)
    _put_text(
        draft, "title", (title_start, _strip_final_dot(text, title_start, title_end)), translation
    )
    return max(after, first[0][1] + 1) if translation is None else after


# ----------------------------------------------------------------------------- tail pieces


def _place_publisher(draft: _Draft, start: int, end: int) -> bool:
    text = draft.text
    match = PLACE_PUBLISHER_PATTERN.fullmatch(text, start, end)
    if match is None or match["place"].strip().count(" ") > 2:
        return False
    place = match["place"].strip()
    expanded = _PLACES.get(place, place)
    lang = _text_lang(expanded, None, text) if _script(expanded) != "Latn" else None
    draft.put("place", Text(original=expanded, lang=lang), match.start("place"), match.end("place"))
    _put_plain_text(draft, "publisher", match.start("publisher"), match.end("publisher"))
    if match["year"] and not draft.has("date"):
        draft.put("date", DateRange.of(int(match["year"])), match.start("year"), match.end("year"))
    return True


def _put_plain_text(draft: _Draft, name: str, start: int, end: int) -> None:
    start, end = _trim(draft.text, start, end, " \t,;:")
    value = draft.text[start:end]
    if value:
        lang = _text_lang(value, None, draft.text) if _script(value) != "Latn" else None
        draft.put(name, Text(original=value, lang=lang), start, end)


def _numbers(draft: _Draft, start: int, end: int) -> bool:
    """``4, 58-73`` (issue, pages) or ``12(3): 45-67`` (volume, issue, pages)."""
    match = NUMBERS_PATTERN.fullmatch(draft.text, start, end)
    if match is None:
        return False
    if match["second"]:
        draft.put("volume", match["first"], match.start("first"), match.end("first"))
        draft.put("issue", match["second"], match.start("second"), match.end("second"))
    else:
        draft.put("issue", match["first"], match.start("first"), match.end("first"))
    draft.put("pages", _dash(match["pages"]), match.start("pages"), match.end("pages"))
    return True


def _dash(value: str) -> str:
    return "".join(value.split())


_ITEM_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (VOLUME_PATTERN, "volume"),
    (ISSUE_PATTERN, "issue"),
    (PAGES_PATTERN, "pages"),
    (EXTENT_PATTERN, "extent"),
)


def _item(draft: _Draft, start: int, end: int) -> bool:
    """One comma-separated item of the numeric part: year, volume, issue, pages, extent."""
    text = draft.text
    start, end = _trim(text, start, end, " \t,.")
    if start >= end:
        return True
    for pattern, name in _ITEM_PATTERNS:
        match = pattern.fullmatch(text, start, end)
        if match is not None:
            value = match[name].strip()
            if name == "pages":
                value = _dash(value)
            if name == "extent":
                draft.values.setdefault("extra", {})["extent"] = text[start:end]
                draft.spans.append(Span(field="extent", start=start, end=end))
            else:
                draft.put(name, value, match.start(name), match.end(name))
            return True
    return _date_item(draft, start, end)


def _date_item(draft: _Draft, start: int, end: int) -> bool:
    text = draft.text
    found = _date_at(text, start, end)
    if found is not None and found[1] >= end - 3:
        value = found[0]
        if value.year == 0:
            if not draft.has("date"):
                return False
            value = DateRange.of(draft.values["date"].year, value.start.month, value.start.day)
        draft.day_date = True
        draft.put("date", value, start, end)
        return True
    match = YEAR_PATTERN.fullmatch(text, start, end)
    if match is not None:
        if not draft.has("date"):
            draft.put("date", DateRange.of(int(match["year"])), start, end)
        return True
    return False


def _items(draft: _Draft, start: int, end: int) -> bool:
    """Read a sentence made only of numeric items, or leave the draft untouched."""
    snapshot = (dict(draft.values), list(draft.spans), draft.day_date)
    piece = start
    for index in range(start, end + 1):
        if index == end or draft.text[index] == ",":
            if not _item(draft, piece, index):
                draft.values, draft.spans, draft.day_date = (snapshot[0], snapshot[1], snapshot[2])
                return False
            piece = index + 1
    return True


def _structural(draft: _Draft, start: int, end: int) -> bool:
    """Read a sentence that carries no title: place and publisher, numbers, dates."""
    if _items(draft, start, end) or _numbers(draft, start, end):
        return True
    if _place_publisher(draft, start, end):
        return True
    match = PLACE_YEAR_PATTERN.fullmatch(draft.text, start, end)
    if match is not None:
        place = match["place"].strip()
        if place in _PLACES or place.count(" ") < 2:
            expanded = _PLACES.get(place, place)
            lang = "ru" if _script(expanded) == "Cyrl" else None
            draft.put("place", Text(original=expanded, lang=lang), start, match.end("place"))
            if not draft.has("date"):
                draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
            return True
    return _date_then_rest(draft, start, end)


def _date_then_rest(draft: _Draft, start: int, end: int) -> bool:
    """``April 18, 1991.Tekhexpert``: a date glued to what follows it."""
    found = _date_at(draft.text, start, end)
    if found is None or found[0].year == 0:
        return False
    draft.put("date", found[0], start, found[1])
    rest_start, rest_end = _trim(draft.text, found[1], end)
    if rest_end > rest_start:
        draft.loose.append((rest_start, rest_end))
    return True


def _container_sentence(draft: _Draft, start: int, end: int) -> bool:
    """``*The Guardian*, 11 April`` or ``*Journal* 12 (3): 45–67``."""
    text = draft.text
    if text[start] != "*":
        return False
    closing = text.find("*", start + 1, end)
    if closing < 0:
        return False
    _put_text(draft, "container_title", (start + 1, closing))
    rest_start, rest_end = _trim(text, closing + 1, end)
    if rest_end > rest_start and not (
        _items(draft, rest_start, rest_end) or _numbers(draft, rest_start, rest_end)
    ):
        draft.loose.append((rest_start, rest_end))
    return True


def _in_container(draft: _Draft, start: int, end: int) -> bool:
    """``In <book>, edited by <editors>``: the book a chapter appears in."""
    text = draft.text
    match = IN_CONTAINER_PATTERN.match(text, start, end)
    if match is None:
        return False
    draft.chapter = True
    body = match.end()
    edited = EDITED_BY_PATTERN.search(text, body, end)
    title_end = edited.start() if edited else end
    pages = PAGES_PATTERN.search(text, body, end)
    if pages is not None and edited is None:
        title_end = pages.start()
    if text[body] == "*":
        closing = text.find("*", body + 1, title_end)
        _put_text(draft, "container_title", (body + 1, closing if closing > 0 else title_end))
    else:
        title_close, _, translation = _bracketed_translation(text, body, title_end)
        _put_text(draft, "container_title", _trim(text, body, title_close), translation)
    if edited is not None:
        names_end = pages.start() if pages and pages.start() > edited.end() else end
        names = _role_names(text[edited.end() : names_end], text)
        draft.container_editors.extend(names)
        draft.spans.append(Span(field="container_editors", start=edited.end(), end=names_end))
    if pages is not None:
        draft.put("pages", _dash(pages["pages"]), *pages.span("pages"))
    return True


def _container_with_numbers(draft: _Draft, start: int, end: int) -> bool:
    """``Nauchnyy dialog, 4: 198-218``: a journal and its numbers in one sentence."""
    comma = draft.text.find(",", start, end)
    if comma <= start or draft.has("container_title"):
        return False
    if not (
        _numbers(draft, *_trim(draft.text, comma + 1, end))
        or _items(draft, *_trim(draft.text, comma + 1, end))
    ):
        return False
    _put_text(draft, "container_title", (start, comma))
    return True


def _tail(draft: _Draft, start: int, end: int) -> None:
    """Read the sentences after the title."""
    for piece_start, piece_end in _sentences(draft.text, start, end):
        if not (
            _in_container(draft, piece_start, piece_end)
            or _container_sentence(draft, piece_start, piece_end)
            or _container_with_numbers(draft, piece_start, piece_end)
            or _structural(draft, piece_start, piece_end)
        ):
            draft.loose.append((piece_start, piece_end))


def _settle_loose(draft: _Draft, *, legal: bool) -> int:
    """Give sentences nothing claimed a field; return where the unexplained tail begins."""
    rest = len(draft.text)
    for start, end in draft.loose:
        if legal and not draft.has("publisher"):
            _put_plain_text(draft, "publisher", start, end)
        elif not (draft.thesis or draft.has("container_title") or draft.has("publisher")):
            _put_text(draft, "container_title", (start, end))
        else:
            rest = min(rest, start)
    return rest


# ----------------------------------------------------------------------------- styles


def _parse_latin(draft: _Draft, start: int, end: int) -> None:
    text = draft.text
    paren = YEAR_PAREN_PATTERN.search(text, start, min(end, start + 600))
    pos = start
    if paren is not None:
        _put_year_paren(draft, paren)
        head_end = _strip_final_dot(text, start, paren.start())
        if not _read_authors(draft, start, head_end):
            _take_title(draft, start, paren.start(), brackets=True)
        pos = paren.end()
    else:
        dated = AUTHOR_DATE_PATTERN.search(text, start, min(end, start + 300))
        if dated is not None and _read_authors(draft, start, dated.start()):
            draft.put("date", DateRange.of(int(dated["year"])), *dated.span("year"))
            pos = dated.end()
        else:
            first = _sentences(text, start, end)
            if len(first) > 1 and _read_authors(draft, *first[0]):
                pos = first[0][1] + 1
    if not draft.has("title"):
        pos = _take_title(draft, pos, end, brackets=True)
    _tail(draft, pos, end)


def _put_year_paren(draft: _Draft, match: re.Match[str]) -> None:
    year = int(match["year"])
    value = DateRange.of(year)
    if match["rest"]:
        found = _date_at(f"{match['rest']} {year}", 0, len(match["rest"]) + 5)
        if found is not None:
            value = DateRange.of(year, found[0].start.month, found[0].start.day)
    draft.put("date", value, match.start(), match.end())


def _read_authors(draft: _Draft, start: int, end: int) -> bool:
    text = draft.text
    start, end = _trim(text, start, end, " \t,")
    role = EDITOR_ROLE_PATTERN.search(text, start, end)
    names_end = role.start() if role else end
    names = _latin_names(text[start:names_end], text)
    if names is None:
        return False
    target = draft.editors if role else draft.authors
    target.extend(names)
    draft.spans.append(Span(field="editors" if role else "authors", start=start, end=end))
    return True


def _gost_authors(draft: _Draft, start: int, end: int) -> int:
    text = draft.text
    full = GOST_FULL_AUTHOR_PATTERN.match(text, start, end)
    if full is not None:
        draft.authors.append(Name(family=full["family"], given=full["given"]))
        draft.spans.append(Span(field="authors", start=start, end=full.end("given")))
        return full.end()
    pos = start
    while pos < end:
        match = GOST_AUTHOR_PATTERN.match(text, pos, end)
        if match is None:
            break
        draft.authors.append(Name(family=match["family"], given=match["initials"].strip()))
        draft.spans.append(Span(field="authors", start=match.start(), end=match.end()))
        pos = _trim(text, match.end(), end, " \t,")[0]
        if text.startswith("и др.", pos):
            pos = _trim(text, pos + 5, end, " \t,")[0]
    return pos


def _responsibility(draft: _Draft, start: int, end: int, *, container: bool) -> int:
    """``Title / под ред. И.И. Иванова``: cut the statement of responsibility off a title."""
    text = draft.text
    slash = text.find(" / ", start, end)
    if slash < 0:
        return end
    names = _role_names(text[slash + 3 : end], text)
    editing = EDITED_BY_PATTERN.match(" " + text[slash + 2 : end]) is not None
    if container or editing:
        (draft.container_editors if container else draft.editors).extend(names)
    elif not draft.authors:
        draft.authors.extend(names)
    draft.spans.append(Span(field="responsibility", start=slash + 3, end=end))
    return slash


def _parse_gost(draft: _Draft, start: int, end: int) -> None:
    text = draft.text
    pos = _gost_authors(draft, start, end)
    double = text.find("//", pos, end)
    thesis = THESIS_PATTERN.search(text, pos, end)
    if thesis is not None and thesis.group(0).strip(" :"):
        draft.thesis = True
        if thesis["degree"]:
            draft.put("degree", thesis["degree"], *thesis.span("degree"))
    title_zone_end = double if double >= 0 else end
    pieces = _sentences(text, pos, title_zone_end)
    title_last = 1 if pieces else 0
    while title_last < len(pieces) and not _gost_structural(draft, *pieces[title_last]):
        title_last += 1
    if title_last:
        title_start, title_end = pieces[0][0], pieces[title_last - 1][1]
        if thesis is not None and title_start < thesis.start() < title_end:
            title_end = thesis.start()
        title_end = _responsibility(draft, title_start, title_end, container=False)
        _put_text(draft, "title", (title_start, _strip_final_dot(text, title_start, title_end)))
    for piece in pieces[title_last + 1 :]:
        if not _gost_structural(draft, *piece):
            draft.loose.append(piece)
    if double >= 0:
        _gost_container(draft, double + 2, end)


def _gost_structural(draft: _Draft, start: int, end: int) -> bool:
    text = draft.text
    thesis = THESIS_PATTERN.match(text, start, end)
    if thesis is not None and thesis.group(0).strip(" :"):
        return True
    if _structural(draft, start, end):
        return True
    word = text[start:end]
    if not draft.has("place") and (word in _PLACES or (word.isalpha() and word.istitle())):
        draft.put("place", Text(original=_PLACES.get(word, word), lang="ru"), start, end)
        return True
    return False


def _gost_container(draft: _Draft, start: int, end: int) -> None:
    text = draft.text
    pieces = _sentences(text, start, end)
    if not pieces:
        return
    first_start, first_end = pieces[0]
    index = 1
    while index < len(pieces) and not _gost_structural(draft, *pieces[index]):
        first_end = pieces[index][1]
        index += 1
    title_end = _responsibility(draft, first_start, first_end, container=True)
    _put_text(
        draft, "container_title", (first_start, _strip_final_dot(text, first_start, title_end))
    )
    for piece in pieces[index + 1 :]:
        if not _gost_structural(draft, *piece):
            draft.loose.append(piece)
    if draft.container_editors or (draft.has("publisher") and not draft.has("issue")):
        draft.chapter = True


def _cjk_brackets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Top-level 『』「」《》 pairs, as (opening, closing) indexes."""
    pairs: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        opening = min(
            (i for i in (text.find(o, pos, end) for o in _TITLE_OPENERS) if i >= 0), default=-1
        )
        if opening < 0:
            break
        closing = text.find(_CJK_BRACKETS[text[opening]], opening + 1, end)
        if closing < 0:
            break
        pairs.append((opening, closing))
        pos = closing + 1
    return pairs


def _parse_cjk(draft: _Draft, start: int, end: int) -> None:
    text = draft.text
    lang = "ja" if _has_kana(text[start:end]) or "『" in text[start:end] else "zh"
    draft.language = draft.language or lang
    pairs = _cjk_brackets(text, start, end)
    if not pairs:
        return
    head_start, head_end = _trim(text, start, pairs[0][0], " \t,，、:：.")
    _cjk_people(draft, head_start, head_end, lang, "authors")
    _put_text(draft, "title", (pairs[0][0] + 1, pairs[0][1]))
    rest = pairs[0][1] + 1
    if len(pairs) > 1:
        between_start, between_end = _trim(text, rest, pairs[1][0], " \t,，、:：.")
        between = text[between_start:between_end]
        if any(word in between for word in ("編", "编", "载", "載", "所収", "收入", "收录")):
            draft.chapter = True
            _cjk_people(draft, between_start, between_end, lang, "container_editors")
        _put_text(draft, "container_title", (pairs[1][0] + 1, pairs[1][1]))
        rest = pairs[1][1] + 1
    _cjk_tail(draft, rest, end)


def _cjk_people(draft: _Draft, start: int, end: int, lang: str, role: str) -> None:
    text = draft.text
    value = text[start:end]
    for marker in ("主编", "主編", "編著", "编著", "監修", "編", "编", "著", "载", "載", "等"):
        value = value.replace(marker, " ")
    target = draft.authors if role == "authors" else draft.container_editors
    for token in NAME_SEPARATOR_PATTERN.split(value):
        name = _cjk_name(token, lang)
        if name is not None:
            target.append(name)
    if value.strip():
        draft.spans.append(Span(field=role, start=start, end=end))


def _cjk_tail(draft: _Draft, start: int, end: int) -> None:
    text = draft.text
    lead_start, _ = _trim(text, start, end, " \t,，、:：.。（(")
    lead_end = lead_start
    while lead_end < end and not text[lead_end].isdigit() and text[lead_end] not in "、，,。（(第":
        lead_end += 1
    if lead_end > lead_start:
        _cjk_publisher(draft, lead_start, lead_end)
    elif not draft.has("container_title"):
        _cjk_late_publisher(draft, start, end)
    year = CJK_YEAR_PATTERN.search(text, start, end)
    if year is not None:
        month, day = year["month"], year["day"]
        draft.day_date = day is not None
        draft.put(
            "date",
            DateRange.of(
                int(year["year"]),
                int(month) if month else None,
                int(day) if day and month else None,
            ),
            *year.span(),
        )
    for pattern, name in ((CJK_VOLUME_PATTERN, "volume"), (CJK_ISSUE_PATTERN, "issue")):
        match = pattern.search(text, start, end)
        if match is not None:
            draft.put(name, match[name], *match.span(name))
    pages = CJK_PAGES_PATTERN.search(text, start, end)
    if pages is not None:
        group = "a" if pages["a"] else "b" if pages["b"] else "c"
        draft.put("pages", _dash(pages[group]), *pages.span(group))


def _cjk_late_publisher(draft: _Draft, start: int, end: int) -> None:
    """``(1995年、筑摩書房)``: a publisher printed after the year."""
    text = draft.text
    piece = start
    for index in range(start, end + 1):
        if index == end or text[index] in "、，,()（）。・ ":
            chunk = text[piece:index]
            numeric = any(char.isdigit() or char in "年第期号巻页頁" for char in chunk)
            if len(chunk) >= 2 and not numeric:
                _cjk_publisher(draft, piece, index)
                return
            piece = index + 1


def _cjk_publisher(draft: _Draft, start: int, end: int) -> None:
    text = draft.text
    value = text[start:end]
    if any(word in value for word in ("博士", "修士", "硕士", "学位")):
        draft.thesis = True
    colon = max(value.find("："), value.find(":"))
    if colon > 0:
        draft.put("place", Text(original=value[:colon], lang=draft.language), start, start + colon)
        start += colon + 1
    _put_plain_text(draft, "publisher", start, end)


# ----------------------------------------------------------------------------- assembling


def _kind(draft: _Draft) -> str:
    """The first kind whose evidence the draft carries; a book when none does."""
    title = str(draft.values.get("title", "")).lower()
    container = draft.has("container_title")
    numbered = any(draft.has(name) for name in ("issue", "pages", "volume"))
    site_only = draft.has("url") and not any(draft.has(n) for n in ("publisher", "place", "date"))
    rules = (
        (draft.thesis, "thesis"),
        (draft.chapter, "chapter"),
        (not (draft.authors or container) and _has_marker(title, _LEGAL_MARKERS), "legal"),
        (container and draft.day_date, "newspaper"),
        (container and numbered, "article"),
        (not container and _has_marker(title, _COLLECTION_MARKERS), "collection"),
        (site_only, "webpage"),
        (container and not draft.has("publisher"), "article"),
    )
    return next((kind for holds, kind in rules if holds), "book")


def _has_marker(title: str, markers: tuple[str, ...]) -> bool:
    return any(marker in title for marker in markers)


_KINDS: dict[str, type[Any]] = {
    "article": ArticleReference,
    "book": BookReference,
    "chapter": ChapterReference,
    "collection": CollectionReference,
    "legal": LegalReference,
    "newspaper": NewspaperReference,
    "thesis": ThesisReference,
    "webpage": WebpageReference,
}

_FIELDS = (
    "title",
    "container_title",
    "date",
    "volume",
    "issue",
    "pages",
    "publisher",
    "place",
    "url",
    "accessed",
)


def _build(draft: _Draft, kind: str) -> Reference:
    fields: dict[str, Any] = {name: draft.values[name] for name in _FIELDS if name in draft.values}
    fields["authors"] = tuple(draft.authors)
    fields["editors"] = tuple(draft.editors)
    fields["language"] = draft.language or _language_of(fields.get("title"))
    if "doi" in draft.values:
        fields["identifiers"] = (Identifier(scheme="doi", value=draft.values["doi"]),)
    if "extra" in draft.values:
        fields["extra"] = draft.values["extra"]
    if kind == "chapter":
        fields["container_authors"] = tuple(draft.container_editors)
    elif draft.container_editors:
        fields["editors"] = tuple(draft.editors + draft.container_editors)
    if kind == "thesis" and "degree" in draft.values:
        fields["degree"] = draft.values["degree"]
    reference: Reference = _KINDS[kind](**fields)
    return reference


def _language_of(title: Text | None) -> str | None:
    if title is None or title.lang is None:
        return None
    return title.lang.split("-", 1)[0]


def _confidence(draft: _Draft, rest_start: int, body: tuple[int, int]) -> float:
    score = 0.2
    score += 0.2 if draft.has("title") else 0.0
    score += 0.15 if draft.has("date") else 0.0
    score += 0.15 if draft.authors or draft.editors else 0.0
    score += 0.15 if any(draft.has(n) for n in ("container_title", "publisher", "url")) else 0.0
    length = max(1, body[1] - body[0])
    explained = (min(rest_start, body[1]) - body[0]) / length
    return round(max(0.0, min(1.0, score + 0.15 * explained)), 3)


# ----------------------------------------------------------------------------- public API


def strip_label(text: str) -> tuple[str | None, int]:
    """The ``Author Year - `` label a list files the entry under, and where the body starts.

    >>> strip_label("Galitskiy 1991 - Galitskiy, V. P. (1991). Yaponskiye ...")
    ('Galitskiy 1991', 17)
    """
    start = LIST_MARK_PATTERN.match(text).end()  # type: ignore[union-attr]
    match = LABEL_PATTERN.match(text, start, min(len(text), start + 260))
    if match is None:
        return None, start
    label = match["label"].strip()
    first_word = label.split(maxsplit=1)[0].rstrip(",")
    if not text.startswith(first_word, match.end()):
        return None, start
    return label, match.end()


def parse_published(text: str) -> PublishedParse | None:
    """Read a reference to a published work, or ``None`` when ``text`` is not one.

    Never raises on arbitrary text; texts longer than ``MAX_LENGTH`` are refused.
    """
    if len(text) > MAX_LENGTH or not any(char.isalpha() for char in text):
        return None
    label, start = strip_label(text)
    draft = _Draft(text=text)
    end = _peel_trailers(draft, start, len(text))
    start, end = _trim(text, start, end, " \t\n")
    if start >= end:
        return None
    body = text[start:end]
    if ARCHIVAL_LOCATOR_PATTERN.search(body):
        return None
    if _starts_cjk(body) and any(opener in body for opener in _TITLE_OPENERS):
        _parse_cjk(draft, start, end)
    elif "//" in body or _script(body) == "Cyrl":
        _parse_gost(draft, start, end)
    else:
        _parse_latin(draft, start, end)
    return _finish(draft, label, (start, end))


def _starts_cjk(body: str) -> bool:
    first = next((char for char in body if char.isalpha() or char in _TITLE_OPENERS), "")
    return first in _TITLE_OPENERS or (bool(first) and _is_cjk(first))


def _finish(draft: _Draft, label: str | None, body: tuple[int, int]) -> PublishedParse | None:
    if not draft.has("title") or not (
        draft.has("date") or any(draft.has(n) for n in ("container_title", "publisher", "url"))
    ):
        return None
    legal = not draft.authors and _has_marker(str(draft.values["title"]).lower(), _LEGAL_MARKERS)
    rest_start = _settle_loose(draft, legal=legal)
    try:
        reference = _build(draft, _kind(draft))
    except ValueError:  # a value the model refuses (a name without letters): not a reference
        return None
    spans = tuple(sorted(draft.spans, key=lambda span: (span.start, span.end)))
    return PublishedParse(
        reference=reference,
        spans=spans,
        confidence=_confidence(draft, rest_start, body),
        label=label,
        rest_start=rest_start,
    )
