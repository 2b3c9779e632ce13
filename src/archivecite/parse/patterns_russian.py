"""The patterns of a Russian-system locator (fond, opis, delo, folios), its keywords in Cyrillic and
in every romanization, and the shelfmarks that join its levels by dots, commas or hyphens."""

from __future__ import annotations

import re
from functools import cache

from archivecite.parse.archive_names import RUSSIAN_ROMANIZATIONS
from archivecite.parse.patterns import DASHES, trie_pattern
from archivecite.registry import locator_terms
from archivecite.translit import romanize

# ---------------------------------------------------------------- Russian locators

_RUSSIAN = locator_terms("russian")
_LEVEL_ORDER = tuple(_RUSSIAN.levels)


@cache
def _romanized_keywords(words: tuple[str, ...]) -> tuple[str, ...]:
    """The keywords and each Cyrillic one that is a compound (``ед. хр``, ``од. зб``) or a word
    of four letters or more (``опись``) in every romanization of ``RUSSIAN_ROMANIZATIONS``: BGN/PCGN
    ``yed. khr``, GOST 7.79-B ``ed. xr``, ISO 9 ``ed. hr``, ALA-LC ``opisʹ``. A short
    abbreviation such as ``ед`` is not: "ed. 3" of an English note is no file."""
    compound = [
        word for word in words if not word.isascii() and ("." in word.strip(".") or len(word) >= 4)
    ]
    romanized = {
        romanize(word, lang="ru", scheme=scheme)
        for word in compound
        for scheme in RUSSIAN_ROMANIZATIONS
    }
    return tuple(dict.fromkeys([*words, *sorted(romanized)]))


@cache
def level_of_keyword(keyword: str) -> tuple[str, ...]:
    """The levels a keyword can introduce, highest first (``f`` is fond, or folio after a delo)."""
    folded = keyword.casefold().rstrip(".").replace("’", "'")
    return tuple(
        level
        for level in _LEVEL_ORDER
        if folded
        in (
            word.casefold().replace("’", "'")
            for word in _romanized_keywords(tuple(_RUSSIAN.levels[level]))
        )
    )


# Keywords valid only right after a higher level of the same locator, case-folded, no dot.
DEPENDENT_KEYWORDS = frozenset(word.casefold() for word in _RUSSIAN.dependent_keywords)
_KEYWORDS = sorted(
    {word for words in _RUSSIAN.levels.values() for word in _romanized_keywords(tuple(words))},
    key=len,
    reverse=True,
)
_VERSO = trie_pattern(_RUSSIAN.verso_marks)
_KEYWORD_AFTER_COMMA = trie_pattern(_KEYWORDS)

# A number as archives write them: an optional fond prefix (Р-, R-, П-), digits, an optional
# letter suffix that is not the next level's keyword, and slashes (641/1, 4С/П).
_PREFIX = "[" + "".join(_RUSSIAN.number_prefixes) + "]"
_SPACED_SUFFIX = trie_pattern(_RUSSIAN.numbers.get("spaced_suffixes", []))
_NUMBER = rf"""
    (?:{_PREFIX}[{DASHES}]?\ ?)?
    \d+
    (?:[{DASHES}]?[а-яёa-z]{{1,2}}(?![а-яёa-z])(?!\.?\ ?\d))?
    (?:\ (?:{_SPACED_SUFFIX})(?![\w]))?
    (?:/[\dа-яёa-z]+)*
"""
_RANGE = rf"\ *[{DASHES}]\ *"
_NUMBER_ITEM = rf"{_NUMBER}(?:{_RANGE}{_NUMBER})?"
# "и" may be printed without its spaces: "Л.1и1об." (folio 1 and its verso).
_LIST_SEPARATOR = r"(?:\ *,\ *(?=\d)|\ +(?:and|&)\ +(?=\d)|\ *и\ *(?=\d))"

_FOLIO = rf"""
    \d+
    (?:\ *(?:{_VERSO})\.?(?![а-яёa-z])
      |[а-яёa-z](?![а-яёa-z\d])(?:\ *(?:{_VERSO})\.?(?![а-яёa-z]))?
    )?
"""
_FOLIO_ITEM = rf"{_FOLIO}(?:{_RANGE}{_FOLIO})?"

LEVEL_PATTERN = re.compile(
    rf"""
    (?<![\w])
    (?:(?P<keyword>{trie_pattern(_KEYWORDS)})
       (?:\.\ *:?|\ *:|(?=\ *(?:№\ *)?(?:{_PREFIX}[{DASHES}]?)?\d)   # Ф. / Фонд: / fond 17 / № Р-1
         |,\ (?=\d+,\ (?:{_KEYWORD_AFTER_COMMA})))  # "F, 1823, inv. 2": a comma for the dot
      |(?P<hyphened>{trie_pattern(_RUSSIAN.hyphen_keywords)})[{DASHES}](?=\d)     # Ф-487
    )
    \ *(?:№\ *)?                                                         # "дела №6 и 9"
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A short word with a dot before a number, inside a Russian-system locator or right after it,
# that no level keyword names ("Бух. 1" among "Ф. 4. Бух. 1. Д. 2"): a level the reader cannot
# place, kept with the locator's text rather than dropped.
UNPLACED_LEVEL_PATTERN = re.compile(r"(?<![\w])[^\W\d_]{1,6}\.\ ?(?:№\ ?)?\d")
# A number followed by "л." / "листов" with no folio number after it counts leaves: "д. 131, 9 л.",
# "дело 788 листов" (used with .match at the end of a number).
LEAF_COUNT_PATTERN = re.compile(
    r"\ *(?:листов|листа|лл|л|ll|l)\.?(?![\w])(?!\ *\.?\ *\d)", re.IGNORECASE
)
# A prefixed fond number printed without its keyword right before the opis: "ОГАЧО. Р-274. Оп. 3",
# "K-11, ap. 1, b. 546" (searched at the end of the text before the opis keyword).
BARE_FOND_PATTERN = re.compile(
    rf"(?:^|(?<=[\s.,;:(]))(?P<value>{_PREFIX}[{DASHES}]?\d+[а-яёa-z]?)[\ .,;:]*$", re.IGNORECASE
)
# The foreign ministry's archives name some fonds instead of numbering them: "АВП РФ. Ф.
# Референтура по Китаю. Оп. 32-а", "Ф. Секретариат В. М. Молотова. Оп. 1" (searched at the end
# of the text before the opis keyword; the name is kept as printed).
NAMED_FOND_PATTERN = re.compile(
    r"(?<![\w])(?:Ф|Фонд)\.?\ +"
    r"(?P<value>[А-ЯЁ][а-яё]+(?:[\ -](?:[А-ЯЁ]\.|[А-ЯЁа-яё]+)){0,8}?)[\ .,;:]*$"
)
# "дело 1835–1838 годов": years after a delo keyword date the file, they do not number it
# (used with .match at the end of the number).
YEARS_WORD_PATTERN = re.compile(r"\ *(?:годов|года|годы|год|гг?\.)(?![\w])", re.IGNORECASE)
# "1898 г." / "1898 g." inside a locator: the year that divides a fond before its opisi.
YEAR_LEVEL_PATTERN = re.compile(
    r"(?<![\w])(?P<value>1[6-9]\d\d|20\d\d)\ ?(?:гг?|gg?)\.", re.IGNORECASE
)
# "Ф. 102. ДП ОО. 1898. Оп. 226", "f. 102, DPOO 1898, op. 226": the same year printed without
# "г."; only a year right before the opis or delo keyword is one.
BARE_YEAR_LEVEL_PATTERN = re.compile(
    r"(?<![\w./-])(?P<value>1[6-9]\d\d|20\d\d)(?=[,.]?\ +(?:оп|op|ap|д|d|спр|spr)\.)",
    re.IGNORECASE,
)
NUMBER_LIST_PATTERN = re.compile(
    rf"{_NUMBER_ITEM}(?:{_LIST_SEPARATOR}{_NUMBER_ITEM})*", re.VERBOSE | re.IGNORECASE
)
FOLIO_LIST_PATTERN = re.compile(
    rf"{_FOLIO_ITEM}(?:{_LIST_SEPARATOR}{_FOLIO_ITEM})*", re.VERBOSE | re.IGNORECASE
)

# The start of a delo's value whose second number is smaller than the first: "336, 2–31" after
# "del.", folios printed bare after the file (checked by parse.locators).
BARE_FOLIOS_PATTERN = re.compile(r"(?P<delo>\d+)\ *,\ *(?P<folio>\d+)")
# "On." for "Оп." (a Latin O and n that OCR read), right after a Cyrillic fond: "Ф. 0146. On. 29".
OCR_OPIS_PATTERN = re.compile(
    rf"(?<![\w])Ф\.\ ?(?:{_PREFIX}[{DASHES}]?)?\d+[а-я]?\.\ ?On\.(?=\ ?\d)"
)
# the same after a Latin fond, "Op." read "On." ("F. 2. On. 11.D. 1037", an English translation's
# archive line)
OCR_LATIN_OPIS_PATTERN = re.compile(
    rf"(?<![\w])F\.\ ?(?:[RP][{DASHES}]?)?\d+[a-z]?\.\ ?On\.(?=\ ?\d)"
)
# "Ф. 731 (Сперанский М. М.). № 83": an item number right after the fond (and its keeper's name).
NUMBERED_ITEM_PATTERN = re.compile(
    r"""[\ .,]*(?:\([^()]{1,80}\)[\ .,]*)?(?P<sign>№)\ ?(?P<value>\d+[а-яa-z]?)(?![\d.]\d)""",
    re.VERBOSE | re.IGNORECASE,
)
# "опис 2, № 184", "inventory 2, no. 184": a number right after an opis is the file's.
NUMBERED_FILE_PATTERN = re.compile(
    r"[\ .,]*(?P<sign>№|[Nn]o\.)\ ?(?P<value>\d+[а-яa-z]?)(?![\d.]\d|[\w/-])"
)
# "ч. I", "т. II": parts and volumes numbered in Roman numerals.
ROMAN_VALUE_PATTERN = re.compile(r"[IVXІ]{1,5}(?![\w])")
# A number with a fond-style letter before it: "П-5470", "Р-23502", "R-9401".
PREFIXED_NUMBER_PATTERN = re.compile(rf"{_PREFIX}[{DASHES}]?\ ?\d")
# "РС 1816/1820 (И-138-2-53)": fond-opis-delo joined by hyphens with a Cyrillic-era fond
# prefix, read without an archive's name before it.
PREFIXED_CODE_PATTERN = re.compile(
    rf"""(?<![\w{DASHES}/.])
        (?P<fond>{_PREFIX}[{DASHES}]\d+[а-яa-z]?)[{DASHES}](?P<opis>\d+[а-яa-z]?)
        [{DASHES}](?P<delo>\d+[а-яa-z]?)(?![\w{DASHES}/]|\.\d)""",
    re.VERBOSE,
)
NUMBER_ITEM_PATTERN = re.compile(
    rf"(?P<start>{_NUMBER})(?:{_RANGE}(?P<end>{_NUMBER}))?", re.VERBOSE | re.IGNORECASE
)
LIST_NUMBER_PATTERN = re.compile(_LIST_SEPARATOR, re.VERBOSE | re.IGNORECASE)
FOLIO_ITEM_PATTERN = re.compile(
    rf"""(?P<start>\d+)(?P<start_rest>[^\d{DASHES},]*)
         (?:{_RANGE}(?P<end>\d+)(?P<end_rest>[^\d{DASHES},]*))?""",
    re.VERBOSE,
)
VERSO_PATTERN = re.compile(rf"(?:{_VERSO})\.?", re.IGNORECASE)
RECTO_PATTERN = re.compile(rf"(?:{trie_pattern(_RUSSIAN.recto_marks)})\.?", re.IGNORECASE)
FOLIO_SUFFIX_PATTERN = re.compile(
    rf"(?P<suffix>[а-яёa-z])\.?\ *(?P<verso>(?:{_VERSO})\.?)?", re.IGNORECASE
)
# The name may end a sentence or carry its acronym in brackets ("The Russian State Archive of the
# Economy (RSAE). 2324/16/43/5a."); a folio may carry a letter ("5a", one leaf after 5).
DOTTED_LOCATOR_PATTERN = re.compile(
    rf"""[\ ,:.]*(?:\([A-ZА-ЯЁ]{{2,10}}\)[\ ,:.]*)?
        (?P<fond>(?:[РRПP][{DASHES}]?)?\d+[а-яa-z]?)(?P<sep>[./])(?P<opis>\d+[а-яa-z]?)
        (?P=sep)(?P<delo>\d+[а-яa-z]?)
        (?:(?P=sep)(?P<folios>\d+(?:[а-яa-z](?![а-яa-z]))?(?:[{DASHES}]\d+)?))?
        (?!\d|[./]\d)""",
    re.VERBOSE,
)
# Rayfield's "GASPI 558, 11, 816, 71": fond, opis, delo and perhaps a folio as bare numbers after
# a comma each; five numbers are some other list, a day after them ("71, 7 March 1923") is not.
# An opis may carry its part after a colon ("GASPI 8, 2:1, 48, 20"), kept as printed.
COMMA_LOCATOR_PATTERN = re.compile(
    rf"""\ ?
        (?P<fond>\d{{1,5}}),\ ?(?P<opis>\d{{1,3}}(?::\d{{1,2}})?),\ ?(?P<delo>\d{{1,5}})
        (?:,\ ?(?P<folios>\d+(?:[{DASHES}]\d+)?))?
        (?![\w{DASHES}]|,\ ?\d+(?:[,;]|\.?\ *$))""",
    re.VERBOSE,
)
# The folios after a slashed or dotted shelfmark: "9401/2/64, ll. 9–12", "17/3/1010: 45";
# Applebaum's "TsDAHOU 1/20/6277 (1933), 233–5, in ...": the file's year in brackets, then the
# folios alone up to the next part of the note.
SHELFMARK_FOLIOS_PATTERN = re.compile(
    rf"""\ *(?::\ *(?:(?:лл|л|арк|ll|l|ark)\.?\ *)?|,\ *(?:лл|л|арк|ll|l|ark)\.\ *
             |\ \(\d{{4}}\),\ (?=[\d{DASHES}\ ,]+(?:[,;.)]|$)))
        (?P<folios>{_FOLIO_ITEM}(?:{_LIST_SEPARATOR}{_FOLIO_ITEM})*)""",
    re.VERBOSE | re.IGNORECASE,
)
# Russian Wikipedia's GARF notes print fond, opis and delo as bare numbers after the archive,
# then the file's title: "ГА РФ Р7523 105 168 Указы и Постановления ...".
SPACED_LOCATOR_PATTERN = re.compile(
    rf"""\ (?P<fond>(?:{_PREFIX}[{DASHES}]?)?\d+[а-яa-z]?)\ (?P<opis>\d+[а-яa-z]?)
        \ (?P<delo>\d+[а-яa-z]?)(?=\ [^\W\d_]|$)""",
    re.VERBOSE | re.IGNORECASE,
)
# Ukrainian genealogists' shelfmarks after an archive's name: "ДАХмО 315-1-159", "Р6193-12-1";
# Montefiore's "GARF 7523c-149a-2.1–6" adds the folios after a dot.
HYPHENATED_LOCATOR_PATTERN = re.compile(
    rf"""[\ ,:]*
        (?P<fond>(?:{_PREFIX}[{DASHES}]?)?\d+[а-яa-z]?)[{DASHES}](?P<opis>\d+[а-яa-z]?)
        [{DASHES}](?P<delo>\d+[а-яa-z]?)(?:\.(?P<folios>\d+(?:[{DASHES}]\d+)?))?
        (?![\w{DASHES}/]|\.\d)""",
    re.VERBOSE | re.IGNORECASE,
)
# The folios of a list, for the other systems' locators that number leaves the same way.
FOLIO_LIST = rf"{_FOLIO_ITEM}(?:{_LIST_SEPARATOR}{_FOLIO_ITEM})*"
