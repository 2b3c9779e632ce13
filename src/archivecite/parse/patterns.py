"""Every regular expression the citation parser uses, compiled once.

Alternations of words (locator levels, archive names, month names) are built from package data,
never typed here. Patterns avoid nested quantifiers over overlapping classes so that matching
stays linear in the input length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from archivecite.parse.tables import data_table
from archivecite.registry import default_registry, locator_terms
from archivecite.translit import romanize

__all__ = [
    "ARCHIVE_ABBREVIATION_PATTERN",
    "ARCHIVE_THEN_TITLE_PATTERN",
    "BARE_FOND_PATTERN",
    "BARE_YEAR_LEVEL_PATTERN",
    "BOX_LABEL_PATTERN",
    "BRACKETED_PATTERN",
    "CHINESE_FILE_PATTERN",
    "CHINESE_LEVEL_PATTERN",
    "CHINESE_NAMED_FILE_PATTERN",
    "CHINESE_PAGES_PATTERN",
    "CHINESE_TITLE_PATTERN",
    "CHINESE_TRAILING_PAGES_PATTERN",
    "CJK_TITLE_PATTERN",
    "CODE_LABEL_PATTERN",
    "COMMA_LOCATOR_PATTERN",
    "DASH_PATTERN",
    "DATED_FILE_MORE_PATTERN",
    "DATED_FILE_PATTERN",
    "DATED_FILE_PLACE_PATTERN",
    "DATE_HINT_PATTERN",
    "DATE_PATTERNS",
    "DEPENDENT_KEYWORDS",
    "DOCUMENT_NUMBER_PATTERN",
    "DOCUMENT_TYPE_PATTERN",
    "DOCUMENT_TYPE_WORDS",
    "DOTTED_LOCATOR_PATTERN",
    "EXHIBIT_LABEL_PATTERN",
    "FINAL_HARD_SIGN_PATTERN",
    "FOLIO_ITEM_PATTERN",
    "FOLIO_LIST_PATTERN",
    "FOLIO_SUFFIX_PATTERN",
    "GLOSS_OPENING_PATTERN",
    "HELD_BY_PATTERN",
    "HYPHENATED_LOCATOR_PATTERN",
    "IBID_ANYWHERE_PATTERN",
    "IBID_PATTERN",
    "IMAGES_PATTERN",
    "IN_LANGUAGE_PATTERN",
    "JACAR_CAPTION_PATTERN",
    "JACAR_CODE_PATTERN",
    "JACAR_IMAGE_PATTERN",
    "JACAR_TAIL_PATTERN",
    "JAPANESE_ARCHIVE_NUMBER_PATTERN",
    "JAPANESE_CALL_NUMBER_PATTERN",
    "JAPANESE_ERA_PATTERN",
    "JAPANESE_PAGES_PATTERN",
    "KANA_PATTERN",
    "LEADING_ABBREVIATION_PATTERN",
    "LEAF_COUNT_PATTERN",
    "LEVEL_PATTERN",
    "LIST_NUMBER_PATTERN",
    "MOFA_VOLUME_PATTERN",
    "MONTHS",
    "NAME_WORD_PATTERN",
    "NARA_CODE_PATTERN",
    "NARA_DECIMAL_FILE_PATTERN",
    "NARA_ITEM_PATTERN",
    "NARA_LEVEL_PATTERN",
    "NARA_LOT_ITEM_PATTERN",
    "NARA_LOT_LABEL_PATTERN",
    "NARA_LOT_PATTERN",
    "NARA_NOTE_END_PATTERN",
    "NARA_RECORD_GROUP_PATTERN",
    "NARA_SEGMENT_PATTERN",
    "NARA_YEARS_PATTERN",
    "NOTE_PART_PATTERN",
    "NUMBERED_FILE_PATTERN",
    "NUMBERED_ITEM_PATTERN",
    "NUMBER_ITEM_PATTERN",
    "NUMBER_LIST_PATTERN",
    "PREFIXED_CODE_PATTERN",
    "PREFIXED_NUMBER_PATTERN",
    "QUOTED_TITLE_PATTERN",
    "RECTO_PATTERN",
    "REPEATED_AUTHOR_PATTERN",
    "ROMAN_VALUE_PATTERN",
    "SCRIPT_PATTERNS",
    "SEGMENT_BOUNDARY_PATTERN",
    "SHELFMARK_FOLIOS_PATTERN",
    "SHELFMARK_PATTERN",
    "SIGNAL_PATTERN",
    "SLASHED_SHELFMARK_PATTERN",
    "SPACED_DASH_PATTERN",
    "SPACE_PATTERN",
    "TNA_FOLIOS_PATTERN",
    "TNA_LABEL_PATTERN",
    "TNA_PATTERN",
    "TRAILING_BRACKET_PATTERN",
    "UNDERSCORE_ITALICS_PATTERN",
    "VERSO_PATTERN",
    "VOLUME_IMAGES_PATTERN",
    "YEARS_WORD_PATTERN",
    "YEAR_LEVEL_PATTERN",
    "archive_name_pattern",
    "japanese_eras",
    "level_of_keyword",
    "trie_pattern",
]

_DASHES = "\\-‐‑‒–—−"
DASH_PATTERN = re.compile(f"[{_DASHES}]")

# Every kind of space a PDF or a word processor leaves (NBSP, thin, ideographic, zero-width)
# becomes one plain space; the replacement is one character for one, so offsets stay valid.
SPACE_PATTERN = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\r\f\v]")


def trie_pattern(words: Iterable[str]) -> str:
    """One regex alternation for many literal words, as a trie so matching does not backtrack
    across words; a space in a word matches any run of spaces or none, a dot is optional."""
    trie: dict[str, dict[str, object]] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})  # type: ignore[assignment]
        node[""] = {}

    def emit(node: dict[str, dict[str, object]]) -> str:
        branches = []
        terminal = False
        for char, child in sorted(node.items(), key=lambda item: item[0]):
            if char == "":
                terminal = True
                continue
            if char == " ":
                atom = r"\s*"
            elif char == ".":
                atom = r"\.?"
            else:
                atom = re.escape(char)
            branches.append(atom + emit(child))  # type: ignore[arg-type]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if terminal else body

    return emit(trie)


# ---------------------------------------------------------------- archive names

# Latin and Cyrillic names end at a word boundary; CJK text has no spaces between words, so a
# name in kanji or hanzi may touch the characters around it (武汉档案馆藏档案).
_ALPHABETIC = "[0-9A-Za-z\u00c0-\u024f\u0400-\u052f]"


def _case_sensitive(alias: str) -> bool:
    # Short capitals such as ГАРФ or НА would match ordinary words if case were ignored.
    letters = [char for char in alias if char.isalpha()]
    return len(letters) <= 5 and not any(char.islower() for char in letters)


@cache
def archive_name_pattern() -> re.Pattern[str]:
    """Every registered name and abbreviation of an archive, compiled on first use (it takes
    half a second: a program that never reads a citation does not pay for it)."""
    aliases = {" ".join(alias.split()) for alias, _ in default_registry().aliases()}
    aliases = {alias for alias in aliases if sum(char.isalnum() for char in alias) >= 2}
    strict = trie_pattern(alias for alias in aliases if _case_sensitive(alias))
    loose = trie_pattern(alias for alias in aliases if not _case_sensitive(alias))
    return re.compile(f"(?<!{_ALPHABETIC})(?:(?i:{loose})|{strict})(?!{_ALPHABETIC})")


# What stands between an abbreviation and its spelled-out name: "ГАВО (State Archive ...".
GLOSS_OPENING_PATTERN = re.compile(r"\s*[(\[（]\s*")

# ---------------------------------------------------------------- Russian locators

_RUSSIAN = locator_terms("russian")
_LEVEL_ORDER = tuple(_RUSSIAN.levels)


# The romanizations a Cyrillic citation is printed in (the registry's traditions for archive
# names): its compound keywords are read in each.
_KEYWORD_SCHEMES = ("ala-lc", "ala-lc-ascii", "bgn-pcgn", "iso9", "gost-7.79-b", "scientific")


@cache
def _romanized_keywords(words: tuple[str, ...]) -> tuple[str, ...]:
    """The keywords and each Cyrillic one that is a compound (``ед. хр``, ``од. зб``) or a word
    of four letters or more (``опись``) in every romanization of ``_KEYWORD_SCHEMES``: BGN/PCGN
    ``yed. khr``, GOST 7.79-B ``ed. xr``, ISO 9 ``ed. hr``, ALA-LC ``opisʹ``. A short
    abbreviation such as ``ед`` is not: "ed. 3" of an English note is no file."""
    compound = [
        word for word in words if not word.isascii() and ("." in word.strip(".") or len(word) >= 4)
    ]
    romanized = {
        romanize(word, lang="ru", scheme=scheme) for word in compound for scheme in _KEYWORD_SCHEMES
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

# A number as archives write them: an optional fond prefix (Р-, R-, П-), digits, an optional
# letter suffix that is not the next level's keyword, and slashes (641/1, 4С/П).
_PREFIX = "[" + "".join(_RUSSIAN.number_prefixes) + "]"
_SPACED_SUFFIX = trie_pattern(_RUSSIAN.numbers.get("spaced_suffixes", []))
_NUMBER = rf"""
    (?:{_PREFIX}[{_DASHES}]?\ ?)?
    \d+
    (?:[{_DASHES}]?[а-яёa-z]{{1,2}}(?![а-яёa-z])(?!\.?\ ?\d))?
    (?:\ (?:{_SPACED_SUFFIX})(?![\w]))?
    (?:/[\dа-яёa-z]+)*
"""
_RANGE = rf"\ *[{_DASHES}]\ *"
_NUMBER_ITEM = rf"{_NUMBER}(?:{_RANGE}{_NUMBER})?"
_LIST_SEPARATOR = r"(?:\ *,\ *(?=\d)|\ +(?:и|and|&)\ +(?=\d))"

_FOLIO = rf"""
    \d+
    (?:\ *(?:{_VERSO})\.?(?![а-яёa-z])
      |[а-яёa-z](?![а-яёa-z])(?:\ *(?:{_VERSO})\.?(?![а-яёa-z]))?
    )?
"""
_FOLIO_ITEM = rf"{_FOLIO}(?:{_RANGE}{_FOLIO})?"

LEVEL_PATTERN = re.compile(
    rf"""
    (?<![\w])
    (?:(?P<keyword>{trie_pattern(_KEYWORDS)})
       (?:\.\ *:?|\ *:|(?=\ *(?:№\ *)?(?:{_PREFIX}[{_DASHES}]?)?\d))  # Ф. / Фонд: / fond 17 / № Р-1
      |(?P<hyphened>{trie_pattern(_RUSSIAN.hyphen_keywords)})[{_DASHES}](?=\d)     # Ф-487
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
# Unregistered archives (parse.unregistered): an abbreviation standing alone as a segment
# ("PANO", "ЦДНИ ВО", "TsDNIIO", "PermGANI"), a segment boundary (". ", ", ", "; " after a word
# that is not an initial), and the words of a name.
ARCHIVE_ABBREVIATION_PATTERN = re.compile(
    r"(?=[A-ZА-ЯЁІЇЄ][a-zа-яёіїє]*[A-ZА-ЯЁІЇЄ])[A-ZА-ЯЁІЇЄ][A-Za-zА-Яа-яЁёІіЇїЄє]{1,11}"
    r"(?:\ [A-ZА-ЯЁІЇЄ]{1,4}){0,2}"
)
# Such an abbreviation opening a note, or a part of it after ", ", "; " or ": ", right before a
# number: "GASPI 558, 11, 816, 71", "NARCH 1/1/748", Rayfield's "N. Tlashadze, GASPI 8, 2:1, 48,
# 20". It carries the A of its word for archive (архив, arkhiv, archive): "USSR 1, 2, 3" or "PSS
# 45, 1, 23" are no archive's.
LEADING_ABBREVIATION_PATTERN = re.compile(
    r"(?:^|(?<=[,;:]\ ))"
    rf"(?=[^\W\d_]*[AА])(?P<name>{ARCHIVE_ABBREVIATION_PATTERN.pattern}),?\ +(?=\d)"
)
# The comma- or colon-separated parts of an English note, for the names in it.
NOTE_PART_PATTERN = re.compile(r"[^,:;()]+?(?=\s*[,:;()]|\s*$)")
# A box or folder label: what makes a note about an unregistered institution archival.
BOX_LABEL_PATTERN = re.compile(r"(?<![\w])(?:Box|Folder|box|folder)\s+[A-Z]?-?\d")
SEGMENT_BOUNDARY_PATTERN = re.compile(r"(?:(?<=\w\w)\.|[,;])\s+")
NAME_WORD_PATTERN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# A prefixed fond number printed without its keyword right before the opis: "ОГАЧО. Р-274. Оп. 3",
# "K-11, ap. 1, b. 546" (searched at the end of the text before the opis keyword).
BARE_FOND_PATTERN = re.compile(
    rf"(?:^|(?<=[\s.,;:(]))(?P<value>{_PREFIX}[{_DASHES}]?\d+[а-яёa-z]?)[\ .,;:]*$", re.IGNORECASE
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
PREFIXED_NUMBER_PATTERN = re.compile(rf"{_PREFIX}[{_DASHES}]?\ ?\d")
# "РС 1816/1820 (И-138-2-53)": fond-opis-delo joined by hyphens with a Cyrillic-era fond
# prefix, read without an archive's name before it.
PREFIXED_CODE_PATTERN = re.compile(
    rf"""(?<![\w{_DASHES}/.])
        (?P<fond>{_PREFIX}[{_DASHES}]\d+[а-яa-z]?)[{_DASHES}](?P<opis>\d+[а-яa-z]?)
        [{_DASHES}](?P<delo>\d+[а-яa-z]?)(?![\w{_DASHES}/]|\.\d)""",
    re.VERBOSE,
)
NUMBER_ITEM_PATTERN = re.compile(
    rf"(?P<start>{_NUMBER})(?:{_RANGE}(?P<end>{_NUMBER}))?", re.VERBOSE | re.IGNORECASE
)
LIST_NUMBER_PATTERN = re.compile(_LIST_SEPARATOR, re.VERBOSE | re.IGNORECASE)
FOLIO_ITEM_PATTERN = re.compile(
    rf"""(?P<start>\d+)(?P<start_rest>[^\d{_DASHES},]*)
         (?:{_RANGE}(?P<end>\d+)(?P<end_rest>[^\d{_DASHES},]*))?""",
    re.VERBOSE,
)
VERSO_PATTERN = re.compile(rf"(?:{_VERSO})\.?", re.IGNORECASE)
RECTO_PATTERN = re.compile(rf"(?:{trie_pattern(_RUSSIAN.recto_marks)})\.?", re.IGNORECASE)
IBID_ANYWHERE_PATTERN = re.compile(r"(?<![\w])(?:ibid(?:em)?|там\s*же)\.?,?\s*", re.IGNORECASE)
FOLIO_SUFFIX_PATTERN = re.compile(
    rf"(?P<suffix>[а-яёa-z])\.?\ *(?P<verso>(?:{_VERSO})\.?)?", re.IGNORECASE
)

# A bibliography's dash for the author of the entry before: "———, *Title* (...)", "—. Title.";
# one em dash only before its comma or full stop, since "— " alone opens a bulleted item.
REPEATED_AUTHOR_PATTERN = re.compile(
    r"""^(?P<dash>[—―]{2,8}|[-–_]{3,8}|—(?=\s?[.,]))\s?(?P<separator>[.,]?)\s*(?=\S)"""
)

# Markdown's "_italics_" (DHQ: "_Lunyu yi zhu_", "jiaozheng _ ["), read as the readers' "*": an
# underscore alone, not inside a word ("a_b") nor in a run ("___", a repeated author's dash).
UNDERSCORE_ITALICS_PATTERN = re.compile(r"(?<![_\w])_(?!_)|(?<!_)_(?![_\w])")

# A "?" where no question mark stands, glued after a full stop or before a bracket: a character a
# copy could not encode (an italic mark or a no-break space: "Yang Shangkun.?Yang Shangkun
# huiyilu?(Memoirs of Yang Shangkun)"), read as a space. A question ends a word and is followed
# by a space, and a URL's query follows a word ("detail.php?article=9053").
LOST_CHARACTER_PATTERN = re.compile(r"(?<=[.,;:])\?(?=[^\s?])|(?<=[^\s?])\?(?=[(\[])")

# "Спбъ.", "отдѣленію … томъ": a hard sign ending a word, which only the old Russian spelling has
FINAL_HARD_SIGN_PATTERN = re.compile(r"ъ(?![а-яёѣіѳѵ])")

IBID_PATTERN = re.compile(
    r"""^\s*(?P<ibid>там\s*же|ibid(?:em)?|ibd|tam\s+zhe|同上|同前)\.?,?\s*""",
    re.IGNORECASE | re.VERBOSE,
)

DOCUMENT_NUMBER_PATTERN = re.compile(
    r"""(?:№|No\.?|N\.|Nr\.?|no\.)\s*
        (?P<number>\d+[\w/\-]*?)
        (?P<classification>сс|с|ss|s|оп|op)?
        (?![\w])""",
    re.VERBOSE,
)

# ---------------------------------------------------------------- Japanese locators

JACAR_CODE_PATTERN = re.compile(
    r"(?<![A-Za-z0-9])(?P<code>[A-Z]\d{11})(?!\d)",
)
# What follows a JACAR code in JACAR's citation form: an image note in brackets, a comma, then
# the volume title and the holding archive in brackets.
JACAR_TAIL_PATTERN = re.compile(
    r"\s*(?:[（(][^）)]{1,30}[）)])?\s*[、,，]\s*(?P<tail>[^\n]+?)\s*[。.]?\s*$"
)
# The images of a JACAR item a citation names, as JACAR's viewer numbers them: "3画像目",
# "5〜15画像", "7画像左〜8画像" (an image shows two pages of a bound volume: 右 the right one,
# read first, 左 the left), "221画像〜222画像右"; in English "image 3", "images 3-5", "(2nd
# image)", JACAR's "(58th picture)". A figure's label "[Image 1]" is not one.
_JA_IMAGES = rf"""(?:第\s*)?(?P<start>\d{{1,4}})\s*(?:画像\s*目?\s*)?(?P<start_side>[右左])?
    (?:\s*[{_DASHES}~〜～]\s*(?:第\s*)?(?P<end>\d{{1,4}})\s*)?
    画像\s*目?\s*(?P<end_side>[右左])?"""
_EN_IMAGES = r"""(?:the\s+)?(?P<en_ordinal>\d{1,4})(?:st|nd|rd|th)\s+(?:image|picture)s?\b
    |(?<!\[)\b(?:[Ii]mages?|[Ii]mgs?\.?|[Pp]ictures?)\s*(?P<en_start>\d{1,4})
     (?:\s*[-\u2010-\u2015]\s*(?P<en_end>\d{1,4}))?(?![\w\]])"""
IMAGES_PATTERN = re.compile(
    rf"(?<![\d.])(?:{_JA_IMAGES})(?:\s*(?:から|より|まで))?|{_EN_IMAGES}", re.VERBOSE
)
# The image a citation starts at, right after the code: JACAR's own "（第3画像目から）" and the
# English ", image 3" / ", the 3rd image": the page of the item.
JACAR_IMAGE_PATTERN = re.compile(
    rf"""\s*(?:[（(]\s*(?:{_JA_IMAGES})\s*(?:から|より|まで)?\s*[）)]
           |[,，、]\s*(?:{_EN_IMAGES}))""",
    re.VERBOSE,
)
TRAILING_BRACKET_PATTERN = re.compile(r"[（(](?P<inner>[^（）()]+)[）)]\s*$")
JAPANESE_CALL_NUMBER_PATTERN = re.compile(
    r"""(?:請求番号|請求記号|分類番号|Call\s+[Nn]umber|call\s+no\.?)[\]］]?\s*[:：]?\s*
        (?P<call_number>[^\s,，、;；（）()【】\[\]]+)""",
    re.VERBOSE,
)
# Diplomatic Archives file numbers (1.6.1.11, 5.2.1.14_003, A.7.0.0.9-1; JACAR prints
# A-1-1-0-21_001), National Archives of Japan call numbers (単00247100, 平11総01509100,
# 本館-2A-012-00・類00741100) and NIDS call numbers (海軍省-日露-M37-5, ⑨その他-千代田-470);
# ASCII digits only, since \d takes ９.
_JA_WORD = "\u3040-\u30ff\u4e00-\u9fff\u2460-\u2473A-Za-z0-9"
JAPANESE_ARCHIVE_NUMBER_PATTERN = re.compile(
    rf"""(?<![0-9A-Za-z.])(?P<mofa>(?:[A-Z]'?\.)?[0-9]{{1,2}}(?:\.[0-9]{{1,3}}){{2,5}}
                                      (?:[_\-][0-9]{{1,4}})*
                       |[A-Z]'?-[0-9]{{1,2}}(?:-[0-9]{{1,3}}){{2,5}}(?:_[0-9]{{1,4}})?)(?![0-9A-Za-z]|\.[0-9A-Za-z])
       |(?<![\w])(?P<naj>(?:本館|つくば)?-?(?:[0-9][A-Z]-[0-9]{{3}}-[0-9]{{2}}・)?
                         [\u4e00-\u9fff]{{1,2}}[0-9]{{0,2}}[\u4e00-\u9fff]?[0-9]{{6,9}})(?![0-9])
       |(?<![{_JA_WORD}])(?P<nids>[\u2460-\u2473\u4e00-\u9fff][{_JA_WORD}]*(?:-[{_JA_WORD}]+){{2,}})""",
    re.VERBOSE,
)


# The volume of a Diplomatic Archives file after its number ("A.1.1.0.21, vol. 3", "第三巻"),
# written by JACAR and the archive as the suffix "_003".
MOFA_VOLUME_PATTERN = re.compile(
    r"""\s*[,、，]?\s*
        (?:(?:vol\.?|volume)\s*(?P<volume>[0-9]{1,3})
          |第\s*(?P<kanji_volume>[0-9]{1,3}|[〇一二三四五六七八九十百]{1,4})\s*巻)(?![0-9A-Za-z])""",
    re.VERBOSE | re.IGNORECASE,
)


@cache
def japanese_eras() -> list[dict[str, object]]:
    return list(data_table("dates.toml")["eras"])


_KANJI_NUMERAL = "〇零一二三四五六七八九十百元"
JAPANESE_ERA_PATTERN = re.compile(
    rf"""(?P<era>{"|".join(str(era["kanji"]) for era in japanese_eras())})
         (?P<year>\d{{1,2}}|[{_KANJI_NUMERAL}]{{1,4}})年
         (?:(?P<month>\d{{1,2}}|[{_KANJI_NUMERAL}]{{1,3}})月
            (?:(?P<day>\d{{1,2}}|[{_KANJI_NUMERAL}]{{1,3}})日)?)?
       |(?<![A-Za-z0-9])(?P<letter>[{"".join(str(era["letter"]) for era in japanese_eras())}])
         (?P<letter_year>\d{{1,2}})(?![\d.])""",
    re.VERBOSE,
)


@cache
def chinese_eras() -> list[dict[str, object]]:
    return list(data_table("dates.toml")["chinese_eras"])


# A year counted in an era written out, as a publication's date: "昭和40年", "民国三十一年".
ERA_YEAR_PATTERN = re.compile(
    rf"""(?P<era>{"|".join(str(era["kanji"]) for era in japanese_eras() + chinese_eras())})
         (?P<year>\d{{1,2}}|[{_KANJI_NUMERAL}]{{1,4}})(?:\s?年|(?=[)）]))  # "（改造社、昭和9）"
         (?:(?P<month>\d{{1,2}}|[{_KANJI_NUMERAL}]{{1,3}})月
            (?:(?P<day>\d{{1,2}}|[{_KANJI_NUMERAL}]{{1,3}})日)?)?""",
    re.VERBOSE,
)

# ---------------------------------------------------------------- Chinese locators

_CHINESE = locator_terms("chinese")
CHINESE_LEVEL_PATTERN = re.compile(
    rf"""(?P<label>{
        trie_pattern(
            sorted({w for words in _CHINESE.levels.values() for w in words}, key=len, reverse=True)
        )
    })
         \s*[:：]?\s*
         (?:(?P<value>[A-Za-z]*\d[\dA-Za-z\-‐–./]*)
           |(?<=[号號])(?P<numeral>[〇零一二三四五六七八九十百]{{1,5}}))""",
    re.VERBOSE,
)
CHINESE_FILE_PATTERN = re.compile(
    r"""(?<![\d\-])(?P<file_number>\d{3}-\d{5}-\d{2}(?:\(\d+\))?)(?![\d])      # MFA 105-00011-01
       |(?<![\w\-])(?P<taiwan>\d{3}-\d{6}-\d{4}(?:-\d+)?)(?![\d])             # 國史館 典藏號
       |(?<=[档檔案])(?P<held>[A-Za-z]?\d{1,4}-\d{1,6}(?:-\d{1,5})?)(?![\d])   # 藏档80-2-41""",
    re.VERBOSE,
)
# A file number printed bare after a named archive: Shanghai's fonds letters (Q1-6-123,
# U1-3-2345, S173-1-27: fonds-catalogue-file), "2-2-123", "18/1234" (fonds/file), and the Second
# Historical Archives' fonds-file "2-1234" right after a comma or the name's bracket (elsewhere
# two numbers and a hyphen are pages or years); a date (1949-10-01) is not one.
CHINESE_NAMED_FILE_PATTERN = re.compile(
    r"""(?<![\w\-/.])
        (?P<code>[A-Z]{1,2}[0-9]{0,4}(?:-[0-9]{1,6}){2,3}
           |(?![0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?![0-9]))[0-9]{1,4}(?:-[0-9]{1,6}){2,3}
           |[0-9]{1,3}/[0-9]{1,6}
           |(?:(?<=[,，、)）])|(?<=[,，)）]\ ))                    # "（SHAC), 2-1234", "馆，2-1234"
            (?!(?:1[6-9]|20)[0-9]{2}-[0-9]{2,4}(?![0-9]))[0-9]{1,4}-[0-9]{1,6})
        (?![\w\-/])""",
    re.VERBOSE,
)
CHINESE_TRAILING_PAGES_PATTERN = re.compile(
    rf"\s*,\s*(?P<start>\d+)(?:[{_DASHES}](?P<end>\d+))?(?![\d/\-])"
)
CHINESE_PAGES_PATTERN = re.compile(
    rf"第\s*(?P<start>\d+)\s*(?:[{_DASHES}]+\s*(?P<end>\d+)\s*)?[页頁]"
)
# Dikötter's notes on China's provincial and city archives: the archive by its place, the
# document's date, the file number and the pages ("Gansu, 1 Nov. 1961, 91-9-215, p. 72.",
# "Shanghai, 18 Oct. 1959, B242-1-1157, pp. 23–6."); the first file opens the note.
_DATED_FILE_CODE = r"(?:[A-Z]{1,3}\d{1,4}|\d{1,5})(?:-\d{1,6}){1,3}"
_DATED_FILE_PAGES = rf"""
    ,\ (?:pp?\.)\ (?P<pages>\d+(?:[{_DASHES}]\d+)?(?:(?:,\ |\ and\ )\d+(?:[{_DASHES}]\d+)?)*)
"""
DATED_FILE_PATTERN = re.compile(
    rf"""(?P<place>[A-Z][a-z]+(?:\ [A-Z][a-z]+)?)
        ,\ (?P<date>[^;]{{0,50}}?(?<!\d)(?:1[6-9]|20)\d\d)
        ,\ (?P<code>{_DATED_FILE_CODE}){_DATED_FILE_PAGES}""",
    re.VERBOSE,
)
# The place that opens a further part of such a note: "; Shanghai, 28 July and 24 Aug. 1961, ...".
DATED_FILE_PLACE_PATTERN = re.compile(r"\ *(?P<place>[A-Z][a-z]+(?:\ [A-Z][a-z]+)?),\ ")
# A further file of such a note: "...; 22 June 1959, 28-1-650, pp. 27–8", "; also JC1-2419, p. 43".
DATED_FILE_MORE_PATTERN = re.compile(
    rf"(?<![\w-])(?P<code>{_DATED_FILE_CODE}){_DATED_FILE_PAGES}", re.VERBOSE
)
# The page of a document after its JACAR code: "Ref.B03041123400、1頁", "第3-5頁".
JAPANESE_PAGES_PATTERN = re.compile(
    rf"\s*[、,，]?\s*(?:第\s*)?(?P<start>\d+)\s*(?:[{_DASHES}~〜]\s*(?P<end>\d+)\s*)?[頁页]"
)
CHINESE_TITLE_PATTERN = re.compile(r"[《〈](?P<title>[^《》〈〉]{1,300})[》〉]")
# The label that introduces a reference code, left over at the end of the text before it.
CODE_LABEL_PATTERN = re.compile(
    r"(?:JACAR\s*)?(?:Ref(?:erence\s+[Cc]ode)?|レファレンス・?コード)\.?\s*[:：]?\s*$"
)
# The number an exhibition page gives each document it shows ("資料1:", a figure's "[Image 1]") and
# the label of an item's title ("件名:", "Title :"), not part of a title.
_EXHIBIT_LABEL = r"\[Image\s*\d{1,3}\]|(?:資料\s*\d{1,3}|件\s?名|Title)\s*[:：]"
EXHIBIT_LABEL_PATTERN = re.compile(rf"(?:\s*(?:{_EXHIBIT_LABEL}))+\s*")
# JACAR's English caption of an image it shows: "Title : 24. Consulate in Zhangjiakou (2nd
# image)", the item's title, numbered as the Foreign Ministry's files number their items, and the
# image of it.
JACAR_CAPTION_PATTERN = re.compile(
    rf"""\s*(?:\[Image\s*\d{{1,3}}\]\s*)?Title\s*[:：]\s*\d{{1,3}}\.\s*[^\n()]+?
        \s*(?P<bracket>\()\s*(?P<images>{_EN_IMAGES})\s*\)\s*$""",
    re.VERBOSE,
)
# A volume kept by a Japanese archive cited by its title and the images of it JACAR shows, with
# no code: "(『…日誌 其二』12画像〜14画像右)"; the volume's own note in brackets ("(…メモ)") may
# stand between them.
VOLUME_IMAGES_PATTERN = re.compile(
    rf"""[（(]?\s*『(?P<volume>[^『』\n]{{1,200}})』\s*(?:[（(][^（）()\n]{{1,30}}[）)]\s*)?
        (?P<images>{_JA_IMAGES})""",
    re.VERBOSE,
)
# A CJK title in its brackets: 「item」 before 『volume』 (JACAR's own order), or 《…》.
CJK_TITLE_PATTERN = re.compile(
    r"「(?P<item>[^「」]{1,300})」|『(?P<volume>[^『』]{1,300})』|[《〈](?P<book>[^《》〈〉]{1,300})[》〉]"
    r"|“(?P<quoted>[\u3040-\u9fff][^“”]{0,300})”"
)

# ---------------------------------------------------------------- US and UK locators

NARA_RECORD_GROUP_PATTERN = re.compile(
    r"(?<![\w])(?:RG|Record\s+Group)\s*(?P<value>\d{1,3})(?!\d)", re.IGNORECASE
)
# A FRUS-style source note ends at its first sentence: "... Box 115. Top Secret; Nodis."
NARA_NOTE_END_PATTERN = re.compile(
    r"""\.\s+(?=(?:Top\ )?Secret|Confidential|Unclassified|Limited|Official|Restricted
                |Eyes\ Only|Drafted|Repeated|Sent|Received|Printed|Translated|No\ classification)
       |(?<![\s.][A-Z])\.\s+(?=[A-Z])     # a sentence ends, but not after an initial: "Boris I."
       |\)|\]|;|$""",
    re.VERBOSE,
)
# The parts of a note: after a comma, a colon ("S/S-NSC Files: Lot 62 D 1: Box 4"), a spaced
# slash ("box 287 / P Files 194"), or a bracket that opens a level ("(Entry A1-5072)").
NARA_SEGMENT_PATTERN = re.compile(
    r",\s*|:\s+|\s+/\s+|\s*\((?=\s*(?:entry|location|box|folder|file|stack\s+area)\b)",
    re.IGNORECASE,
)
# A State Department lot file: "Lot 62 D 1", "Lot 61-D 146", "Lot 63D135", "Lot 53 F 11",
# "Lot M-88"; "Lots 64 D 563 and 65 D 101" are two.
_LOT = r"(?:\d{2}\ ?-?\ ?[A-Z]\ ?\d{1,4}[A-Z]?|[A-Z]-\d{1,4})(?![\w-])"
NARA_LOT_PATTERN = re.compile(rf"^Lots?\ +(?P<lots>{_LOT}(?:(?:,\ *|\ +and\ +){_LOT})*)$")
NARA_LOT_LABEL_PATTERN = re.compile(
    rf"(?<![\w-])Lots?\ +[{_DASHES}]?(?=\d{{2}}|[A-Z][{_DASHES}]\d)"
)
NARA_LOT_ITEM_PATTERN = re.compile(_LOT)
# "S/S – NSC Files": an office's abbreviations joined by a spaced dash are one name.
SPACED_DASH_PATTERN = re.compile(r"(?<=[A-Z])\s+-\s+(?=[A-Z]{2})")
# A file's own code, unlabelled: "D891080-0768", "P-840150-1234" (a digit and a letter or
# hyphen, no space); a plain year is not one.
NARA_CODE_PATTERN = re.compile(r"^(?=[^\s]*\d)(?=[^\s]*[A-Za-z/-])[A-Z0-9][A-Za-z0-9/.-]*$")
# A shelfmark of an archive with no system of its own: capitals and numbers joined by spaces,
# slashes, dots or hyphens ("IOR/L/PJ/6/792", "AB 2/801", "NY 4090/437", "R 2").
SHELFMARK_PATTERN = re.compile(r"(?=[^a-z]*\d)[A-Z][A-Z0-9]*(?:[ /.-][A-Z0-9]+){1,8}")
# A slashed shelfmark inside running text: "file IOR/L/PS/12/1225 as ...".
SLASHED_SHELFMARK_PATTERN = re.compile(r"(?<![\w/])[A-Z]{2,5}(?:/[A-Z0-9]+){2,8}(?![\w/])")
DOTTED_LOCATOR_PATTERN = re.compile(
    rf"""[\ ,:]*
        (?P<fond>(?:[РRПP][{_DASHES}]?)?\d+[а-яa-z]?)(?P<sep>[./])(?P<opis>\d+[а-яa-z]?)
        (?P=sep)(?P<delo>\d+[а-яa-z]?)
        (?:(?P=sep)(?P<folios>\d+(?:[{_DASHES}]\d+)?))?(?!\d|[./]\d)""",
    re.VERBOSE,
)
# Rayfield's "GASPI 558, 11, 816, 71": fond, opis, delo and perhaps a folio as bare numbers after
# a comma each; five numbers are some other list, a day after them ("71, 7 March 1923") is not.
# An opis may carry its part after a colon ("GASPI 8, 2:1, 48, 20"), kept as printed.
COMMA_LOCATOR_PATTERN = re.compile(
    rf"""\ ?
        (?P<fond>\d{{1,5}}),\ ?(?P<opis>\d{{1,3}}(?::\d{{1,2}})?),\ ?(?P<delo>\d{{1,5}})
        (?:,\ ?(?P<folios>\d+(?:[{_DASHES}]\d+)?))?
        (?![\w{_DASHES}]|,\ ?\d+(?:[,;]|\.?\ *$))""",
    re.VERBOSE,
)
# The folios after a slashed or dotted shelfmark: "9401/2/64, ll. 9–12", "17/3/1010: 45";
# Applebaum's "TsDAHOU 1/20/6277 (1933), 233–5, in ...": the file's year in brackets, then the
# folios alone up to the next part of the note.
SHELFMARK_FOLIOS_PATTERN = re.compile(
    rf"""\ *(?::\ *(?:(?:лл|л|арк|ll|l|ark)\.?\ *)?|,\ *(?:лл|л|арк|ll|l|ark)\.\ *
             |\ \(\d{{4}}\),\ (?=[\d{_DASHES}\ ,]+(?:[,;.)]|$)))
        (?P<folios>{_FOLIO_ITEM}(?:{_LIST_SEPARATOR}{_FOLIO_ITEM})*)""",
    re.VERBOSE | re.IGNORECASE,
)
# Ukrainian genealogists' shelfmarks after an archive's name: "ДАХмО 315-1-159", "Р6193-12-1";
# Montefiore's "GARF 7523c-149a-2.1–6" adds the folios after a dot.
HYPHENATED_LOCATOR_PATTERN = re.compile(
    rf"""[\ ,:]*
        (?P<fond>(?:{_PREFIX}[{_DASHES}]?)?\d+[а-яa-z]?)[{_DASHES}](?P<opis>\d+[а-яa-z]?)
        [{_DASHES}](?P<delo>\d+[а-яa-z]?)(?:\.(?P<folios>\d+(?:[{_DASHES}]\d+)?))?
        (?![\w{_DASHES}/]|\.\d)""",
    re.VERBOSE | re.IGNORECASE,
)
NARA_LEVEL_PATTERN = re.compile(
    r"^(?P<level>Box|Entry|E\.|Folder|File|No\.|Series|Stack\s+Area|Location)\s*(?P<value>.+)$",
    re.IGNORECASE,
)
# A still picture's or item's own number: "SC-423678" (Signal Corps), "111-SC-423678",
# "306-PS-59-17"; a series is written in words, an entry has its label.
NARA_ITEM_PATTERN = re.compile(r"^(?:\d{1,3}-)?[A-Z]{1,5}-\d[\d-]{2,}[A-Z]?$")
# A State Department Central Decimal File number: "861.00/2-2246" (the file for 22 Feb. 1946),
# "740.0011 EW/1-345", "711.61/3-1546"; a file, not a series.
NARA_DECIMAL_FILE_PATTERN = re.compile(
    r"^\d{3}\.\d{1,6}(?:\s?[A-Z]{1,3})?(?:/\d{1,2}-\d{2,6}|/\d{1,6})?$"
)
NARA_YEARS_PATTERN = re.compile(rf"^\d{{4}}[{_DASHES}]\d{{2,4}}$")
TNA_PATTERN = re.compile(
    r"""(?<![\w/])
        (?P<department>[A-Z]{1,5})\s?(?P<series>\d{1,4})
        (?:/(?P<piece>\d+[A-Z]?)(?:/(?P<item>\d+))?)?(?![\w/])""",
    re.VERBOSE,
)
# The folios after a TNA reference: "SP 84/157 ff. 217, 219", "FO 371/1, fol. 5v" (lower-case
# words only: "F 1234/12/10" after a reference is a registry number).
TNA_FOLIOS_PATTERN = re.compile(
    rf"""[\ ,]*(?:ff\.?|f\.|fos?\.|fols?\.?|folios?)\ *
        (?P<folios>{_FOLIO_ITEM}(?:{_LIST_SEPARATOR}{_FOLIO_ITEM})*)(?![\d/])""",
    re.VERBOSE,
)
TNA_LABEL_PATTERN = re.compile(r"(?:catalogue\s+)?reference\s*:", re.IGNORECASE)

# ---------------------------------------------------------------- text around the locator


@cache
def _document_type_words() -> dict[str, str]:
    table = data_table("document_types.toml")
    return {word.casefold(): kind for kind, words in table.items() for word in words}


DOCUMENT_TYPE_WORDS = _document_type_words()
# The type word that opens a title ("Spravka o ...", "Докладная записка ..."), longest first.
DOCUMENT_TYPE_PATTERN = re.compile(
    rf"(?:{trie_pattern(sorted(DOCUMENT_TYPE_WORDS, key=len, reverse=True))})(?![^\W\d_])",
    re.IGNORECASE,
)

# "See also", "Cf.", "См.:", "参见": a signal ending in a letter needs a space or colon after
# it ("Smith" is no "sm."; "See, Scott W." is an author); a Han one is followed by the work at once.
SIGNAL_PATTERN = re.compile(
    rf"""\s*(?P<signal>{trie_pattern(data_table("signals.toml")["signals"])})
        (?:\s*[:：])?(?:\s+|(?<=[.,:：\u3400-\u9fff]))(?=\S)""",
    re.IGNORECASE | re.VERBOSE,
)
QUOTED_TITLE_PATTERN = re.compile(r'["“](?P<title>[^"“”]{2,300})["”]')
# "…（中央档案馆藏）", "外務省外交史料館所蔵": the archive holds it, so the citation is archival.
HELD_BY_PATTERN = re.compile(r"\s*(?:所?[藏蔵]|收藏)")  # used with .match(text, end)
# "中央档案馆：《中共中央关于土地问题的指示》": the archive, then the file's title.
ARCHIVE_THEN_TITLE_PATTERN = re.compile(r"\s*[：:]\s*[《「“〈]")  # used with .match(text, end)
KANA_PATTERN = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
SCRIPT_PATTERNS = (
    ("Latn", re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")),
    ("Cyrl", re.compile("[\u0400-\u052f]")),
    ("Hani", re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")),
    ("Kana", KANA_PATTERN),
    ("Hang", re.compile("[\u1100-\u11ff\uac00-\ud7af]")),
)
BRACKETED_PATTERN = re.compile(r"\[(?P<inner>[^\[\]]{1,2000})\]")
IN_LANGUAGE_PATTERN = re.compile(
    r"""\(\s*(?:in|на)\s+(?P<language>[A-Za-zА-Яа-я]+)\.?(?:\s+(?:яз|lang)\.?)?\s*\)""",
    re.IGNORECASE | re.VERBOSE,
)


@cache
def _month_words() -> dict[str, int]:
    months = data_table("dates.toml")["months"]
    return {word: int(number) for number, words in months.items() for word in words}


MONTHS = _month_words()
_MONTH = trie_pattern(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?P<day>[0-3]?\d)"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"

# Every date pattern below needs a four-digit year or an era; texts without one skip them all.
DATE_HINT_PATTERN = re.compile(
    rf"{_YEAR}|[{''.join(str(era['kanji'])[0] for era in japanese_eras())}]"
    rf"|(?<![A-Za-z0-9])[{''.join(str(era['letter']) for era in japanese_eras())}]\d"
)
DATE_PATTERNS = (
    re.compile(rf"\({_YEAR},\s*(?P<month>{_MONTH})\.?,?\s+{_DAY}\)", re.IGNORECASE),
    re.compile(rf"(?<!\d){_DAY}\s+(?P<month>{_MONTH})\.?,?\s+{_YEAR}", re.IGNORECASE),
    re.compile(rf"(?<![\w])(?P<month>{_MONTH})\.?,?\s+{_DAY},?\s+{_YEAR}", re.IGNORECASE),
    re.compile(rf"(?<![\d.]){_DAY}\.(?P<month_number>[01]?\d)\.{_YEAR}(?!\d)"),
    re.compile(rf"{_YEAR}\s*年\s*(?:(?P<month_number>[01]?\d)\s*月\s*(?:{_DAY}\s*日)?)?"),
    re.compile(rf"(?<![\w])(?P<month>{_MONTH})\.?,?\s+{_YEAR}", re.IGNORECASE),
    re.compile(rf"(?<![\d\-–/]){_YEAR}(?![\d\-–/])"),
)
