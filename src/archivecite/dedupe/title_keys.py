"""A title's matching keys as a record is built: the title without database notes, edition
statements and series written into it, a citation prefix run into it, a translation in
brackets or parentheses after a romanized title, and a book's volume number after its title.
"""

from __future__ import annotations

import re

from archivecite.dedupe.agreement import roman_value
from archivecite.dedupe.readings import TitleKey, guess_languages, text_keys, text_script
from archivecite.dedupe.vocabulary import VOCABULARY, one_of
from archivecite.model import Script, Text
from archivecite.translit import detect_scheme

_WORDS = VOCABULARY  # the words of data/vocabulary.toml; the patterns are built here

# Notes a database appends to a title: "[Erratum appears in ...]", "[French]", "[Comment on]"
_TITLE_NOTE_PATTERN = re.compile(
    rf"\s*\[(?:{one_of(_WORDS.bracket_notes)})[^\]]*(?:\]|$)"
    r"|(?:\s*\[[^\]]*\])+\s*$",
    re.IGNORECASE,
)

_ORIGINAL_TITLE = re.compile(r"\s*<ORIGINAL>.*$", re.DOTALL)  # Ovid's marker, see clean_title

# Notes appended to a title by one database only: "(demo)", "(panel abstract)", "(tutorial)"
_TITLE_ANNOTATION = re.compile(
    rf"\s*[(\[][^()\[\]]*\b(?:{one_of(_WORDS.title_annotations)})\b[^()\[\]]*[)\]]",
    re.IGNORECASE,
)


# a kanji word's reading in kana, in brackets right after it, as a title prints its ruby inline
# (『餓死(うえじに)した英霊たち』, 『収容所(ラーゲリ)から来た遺書』): not a word of the title
_INLINE_READING = re.compile(
    r"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々])[(（][\u3041-\u3096\u30a1-\u30fa\u30fc]{1,12}[)）]"
)


def clean_title(text: str) -> str:
    """The title without database notes ("[Erratum appears in ...]", "[French]", "(demo)"), the
    original-language title an Ovid export adds after the English one ("Antibiotic and
    antiseptic prophylaxis in thoracic surgery. A randomized study. <ORIGINAL> PROPHYLAXIE
    ANTIBIOTIQUE ...", often cut short; other databases give the English title alone), and
    without an edition statement written into it ("南京事件新版", "サイバネティクス<第2版>")."""
    text = _ORIGINAL_TITLE.sub("", text).strip() or text
    text = _INLINE_READING.sub("", text)
    text = _TITLE_ANNOTATION.sub("", text).strip() or text
    text = _TITLE_NOTE_PATTERN.sub("", text).strip() or text
    text = _TITLE_EDITION.sub("", text).strip() or text
    text = _TITLE_SERIES.sub("", text).strip() or text
    return without_opening_edition(text)


def without_opening_edition(text: str) -> str:
    """The title without an edition word or the kind of the book before the title proper
    ("新訂 蹇蹇録―日清戦争外交秘録": 蹇蹇録―日清戦争外交秘録, whose main title is 蹇蹇録, not 新訂;
    "歌集 赤光": 赤光)."""
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

_OPENING = sorted(
    {*_WORDS.title_editions, *_WORDS.opening_title_editions, *_WORDS.opening_genres},
    key=len,
    reverse=True,
)

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


ROMAN_VOLUME = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")

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
    if numbered is not None and ROMAN_VOLUME.fullmatch(numbered.group("roman")):
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
    if roman is not None and ("I" not in roman or ROMAN_VOLUME.fullmatch(roman) is None):
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


# an English word in the parentheses makes them a translation, whatever else their syllables
# might read as: 'Gakumon no Susume (An Encouragement of Learning)'
_ONLY_ENGLISH = frozenset(_WORDS.only_english_words)
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
        or (
            _ONLY_ENGLISH.isdisjoint(text.lower().split())
            and _romanized(Text(original=text), len(text))
        )
    ):
        return title
    original = title.original[: found.start()]
    return title.model_copy(update={"original": original, "translations": {"en": text}})


_MAY_HOLD_NOTES = re.compile(r"[\[(（]|版\W*$|<ORIGINAL>|ed(?:ition|\.)\W*$", re.IGNORECASE)


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


def title_and_volume(
    title: Text | None, volume: str, container: str
) -> tuple[tuple[TitleKey, ...], str, str]:
    """The title's keys and text (:func:`_title_keys`), and the volume: the one given, or the
    one numbered after a book's CJK title (『検証 戦争責任 I』)."""
    title, volume = _volume_in_title(title, volume, container)
    titles, cleaned = _title_keys(title)
    return titles, cleaned, volume
