"""The regular expressions the citation parser shares: the building blocks (dashes, spaces, a trie
of words), archive names, and the text around a locator (signals, titles, scripts, ibid).

Alternations of words (locator levels, archive names, month names) are built from package data,
never typed here. Patterns avoid nested quantifiers over overlapping classes so that matching
stays linear in the input length. The locators' patterns are in patterns_russian, patterns_cjk
and patterns_english; dates' in patterns_dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from archivecite.parse.archive_names import RUSSIAN_ROMANIZATIONS, romanized_archive_names
from archivecite.parse.tables import data_table
from archivecite.registry import default_registry, fold_latin_marks
from archivecite.translit import romanize_russian

DASHES = "\\-‐‑‒–—−"
DASH_PATTERN = re.compile(f"[{DASHES}]")

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
    aliases = {
        fold_latin_marks(" ".join(alias.split())) for alias, _ in default_registry().aliases()
    }
    aliases |= set(romanized_archive_names())
    aliases = {alias for alias in aliases if sum(char.isalnum() for char in alias) >= 2}
    strict = trie_pattern(alias for alias in aliases if _case_sensitive(alias))
    loose = trie_pattern(alias for alias in aliases if not _case_sensitive(alias))
    return re.compile(f"(?<!{_ALPHABETIC})(?:(?i:{loose})|{strict})(?!{_ALPHABETIC})")


# A capitalised word right after an English archive name, continuing a longer proper name
# ("Department of State Security"), not a level before its number ("KGU GAGZH Fond 458").
NAME_CONTINUES_PATTERN = re.compile(r" [A-Z][a-z]+\b(?![.\ ]*\d)")
# The bracket that closes around an archive's name: "Ivy Litvinov Papers (HIA), box 1".
BRACKET_CLOSE_PATTERN = re.compile(r"\s*[)\]]")
# What stands between an abbreviation and its spelled-out name: "ГАВО (State Archive ...".
GLOSS_OPENING_PATTERN = re.compile(r"\s*[(\[（]\s*")
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

IBID_ANYWHERE_PATTERN = re.compile(r"(?<![\w])(?:ibid(?:em)?|там\s*же)\.?,?\s*", re.IGNORECASE)

# A bibliography's dash for the author of the entry before: "———, *Title* (...)", "—. Title.";
# one em dash only before its comma or full stop, since "— " alone opens a bulleted item.
REPEATED_AUTHOR_PATTERN = re.compile(
    r"""^(?P<dash>[—―]{2,8}|[-–_]{3,8}|—(?=\s?[.,]))\s?(?P<separator>[.,]?)\s*(?=\S)"""
)

# Markdown's "_italics_" (DHQ: "_Lunyu yi zhu_", "jiaozheng _ ["), read as the readers' "*": an
# underscore alone, not inside a word ("a_b") nor in a run ("___", a repeated author's dash).
UNDERSCORE_ITALICS_PATTERN = re.compile(r"(?<![_\w])_(?!_)|(?<!_)_(?![_\w])")

# Italics split in two by a transcription, between two words of one title ("*Modu Shanghai:
# Riben* *zhishiren de ‟jindai” tiyan*", Fogel's note in a Markdown copy): read as one run, the
# two marks as spaces. Two titles in italics stand apart by more than a space ("*A*, *B*").
SPLIT_ITALICS_PATTERN = re.compile(r"(?<=\w)\* \*(?=\w)")

# A "?" where no question mark stands, glued after a full stop or before a bracket: a character a
# copy could not encode (an italic mark or a no-break space: "Yang Shangkun.?Yang Shangkun
# huiyilu?(Memoirs of Yang Shangkun)"), read as a space. A question ends a word and is followed
# by a space, and a URL's query follows a word ("detail.php?article=9053").
LOST_CHARACTER_PATTERN = re.compile(r"(?<=[.,;:])\?(?=[^\s?])|(?<=[^\s?])\?(?=[(\[])")

# A "?" standing for a letter a copy lost (HAL's PDF-extracted lists: "perevod?eskaja",
# "Laty?ev" for č and š, "?vejcer" for Š): between two Latin or Cyrillic letters, or opening a
# word of small letters. The token it stands in (a run without spaces) is checked apart: in a
# URL's query ("read_article.php?id=38869") it is a question mark.
LOST_LETTER_PATTERN = re.compile(
    r"(?<=[A-Za-zÀ-ɏА-яЁё])\?(?=[A-Za-zÀ-ɏА-яЁё])|(?:(?<=[\s(\[«“\"'])|^)\?(?=[a-zа-яё]{2})"
)
# A token of a URL or a query string, where a "?" is what it says.
QUERY_TOKEN_PATTERN = re.compile(r"[/=&]|\.(?:php|aspx?|jsp|html?|cgi)\?")

# "Спбъ.", "отдѣленію … томъ": a hard sign ending a word, which only the old Russian spelling has
FINAL_HARD_SIGN_PATTERN = re.compile(r"ъ(?![а-яёѣіѳѵ])")

IBID_PATTERN = re.compile(
    r"""^\s*(?P<ibid>там\s*же|ibid(?:em)?|ibd|tam\s+zhe|同上|同前)\.?,?\s*""",
    re.IGNORECASE | re.VERBOSE,
)

# "Там же. С. 15.", "Tam zhe. S. 15–17.", "Там же. Т. 2. С. 40.": the pages an ibid of a published
# work cites, labelled the Russian way (the volume, when named, is the cited work's own)
IBID_RUSSIAN_PAGES_PATTERN = re.compile(
    r"""(?:[ТT]\.\s?\d{1,3}[.,]\s?)?[СсSs]\.\s?
    (?P<pages>\d{1,5}(?:\s?[–—-]\s?\d{1,5})?(?:,\s?\d{1,5}(?:\s?[–—-]\s?\d{1,5})?)*)\.?\s*""",
    re.VERBOSE,
)

DOCUMENT_NUMBER_PATTERN = re.compile(
    r"""(?:№|No\.?|N\.|Nr\.?|no\.)\s*
        (?P<number>\d+[\w/\-]*?)
        (?P<classification>сс|с|ss|s|оп|op)?
        (?![\w])""",
    re.VERBOSE,
)

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
# JACAR's hierarchy of a series: "防衛省防衛研究所>陸軍一般史料>濠北>2A", "… Ministry of Defense >
# Army Records (Rid of Dainikki) > Gohoku (Islands North of Australia) >2A"
PATH_SEPARATOR_PATTERN = re.compile(r"\s*[>＞]\s*")
# what no level of such a path holds: a sentence's stop, a line break, a quotation
PATH_LEVEL_STOP_PATTERN = re.compile(r"[。\n「」『』“”]|\.\s")
# "防衛庁防衛研修所戦史室著 朝雲新聞社", "中共中央文献研究室编《…》": a body named with the role
# it had in a book (author, compiler, editor) is the book's author, not the archive holding a
# file.
AUTHORED_BY_PATTERN = re.compile(
    r"\s?(?:編著|編纂|编著|编纂|主编|主編|監修|著|編|编)(?![\u3040-\u30ff\u3400-\u9fff])"
)  # used with .match(text, end)
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

# ---------------------------------------------------------------- the legend after the locator


def legend_key(term: str) -> str:
    """A legend term as ``LEGEND_TERMS`` is keyed: case, dots and spaces gone (``Подл.`` and
    ``подл`` are one term)."""
    return re.sub(r"[\s.]", "", term.casefold())


@cache
def _legend_terms() -> dict[str, tuple[str | None, str | None]]:
    table = data_table("legend.toml")
    terms: dict[str, tuple[str | None, str | None]] = {}
    for authenticity, words in table["authenticity"].items():
        terms.update((legend_key(word), (authenticity, None)) for word in words)
    for medium, words in table["medium"].items():
        terms.update((legend_key(word), (None, medium)) for word in words)
    for word, (authenticity, medium) in table["both"].items():
        terms[legend_key(word)] = (authenticity, medium)
    terms.update((legend_key(word), (None, None)) for word in table["remarks"]["words"])
    return terms


def _legend_words() -> list[str]:
    table = data_table("legend.toml")
    groups = [*table["authenticity"].values(), *table["medium"].values()]
    return [
        *(word for words in groups for word in words),
        *table["both"],
        *table["remarks"]["words"],
    ]


# Each legend term's (authenticity, medium) reading, keyed by legend_key.
LEGEND_TERMS = _legend_terms()
# One term of a legend ("Подлинник", "Машинописная копия", "Typescript"), followed by a
# non-letter; used with .match(text, position).
LEGEND_TERM_PATTERN = re.compile(
    rf"(?:{trie_pattern(sorted(_legend_words(), key=len, reverse=True))})(?![^\W\d_])",
    re.IGNORECASE,
)
# The label of the publication a legend names ("Опубл.:", "Published in"), and the colon;
# used with .search(text, position, end).
LEGEND_PUBLISHED_PATTERN = re.compile(
    rf"""(?<![^\W\d_])(?:{trie_pattern(data_table("legend.toml")["published"]["labels"])})
        (?![^\W\d_])
        \s*[:：]?\s*""",
    re.IGNORECASE | re.VERBOSE,
)


def _cited_after_markers() -> tuple[list[str], list[str]]:
    """The markers of a file quoted after a publication (data/cited_after.toml), the Cyrillic
    ones also in each romanization (ties dropped or kept); alphabetic ones first, Han ones next."""
    table = data_table("cited_after.toml")
    alphabetic = list(table["latin"])
    for marker in table["cyrillic"]:
        alphabetic.append(marker)
        for scheme in RUSSIAN_ROMANIZATIONS:
            for tie in ("none", "u0361"):
                alphabetic.append(romanize_russian(marker, scheme=scheme, tie=tie).casefold())
    return list(dict.fromkeys(alphabetic)), list(table["han"])


_ALPHABETIC_MARKERS, _HAN_MARKERS = _cited_after_markers()
# A file quoted after a publication: the marker ("Цит. по:", "cited in", "转引自") after the
# punctuation that ends the file's locator, or after an opening bracket (group "opening").
CITED_AFTER_PATTERN = re.compile(
    rf"""(?:(?<=[.,;，。；、)）\]])\s*|\s*(?P<opening>[(（])\s*)
        (?P<marker>(?:{trie_pattern(_ALPHABETIC_MARKERS)})(?![^\W\d_])|{trie_pattern(_HAN_MARKERS)})
        \s*[:：,，]?\s*""",
    re.IGNORECASE | re.VERBOSE,
)
# The last word of a text (its letters), used with .search.
LAST_WORD_PATTERN = re.compile(r"[^\W\d_]+$")
# What stands between a locator and its legend, and between the terms of a legend.
LEGEND_GAP_PATTERN = re.compile(r"[\s.,;:()\[\]]*")
