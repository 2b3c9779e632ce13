"""How a reference's text is read for matching: the languages a title may be in, its matching
keys in each, and family names as keys in the title's language (a Latin name beside a romaji
title read as Japanese, a Chinese or Japanese name written family first)."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from importlib import resources

from archivecite.dedupe.transcription import (
    established_family,
    spelled_sounds,
    transcribed_sounds,
)
from archivecite.dedupe.vocabulary import VOCABULARY, one_of
from archivecite.model import Name, Script, Text
from archivecite.model.reference import ReferenceKind
from archivecite.translit import (
    detect_script,
    looks_like_pinyin,
    looks_like_romaji,
    match_key,
    romanize_chinese_name,
)
from archivecite.translit.chinese import pinyin_family_first
from archivecite.translit.japanese import personal_name
from archivecite.translit.japanese.dictionary import database
from archivecite.translit.japanese.forms import japanese_forms
from archivecite.translit.japanese.people import given_name_readings, surname_readings
from archivecite.translit.japanese.tables import kanji_readings
from archivecite.translit.palladius import (
    looks_like_palladius,
    palladius_syllable,
    palladius_to_pinyin,
)
from archivecite.translit.wade_giles import (
    looks_like_wade_giles,
    spells_pinyin,
    wade_giles_to_pinyin,
)

__all__ = ["AS_CHINESE", "AS_ONYOMI"]
__all__ += ["TitleKey", "author_forms", "given_first_key", "name_form", "name_key", "plain"]
__all__ += ["People", "read_people"]
__all__ += ["NON_LATIN", "ROMAJI_PATTERN", "reading_keys", "text_keys", "text_script"]
__all__ += ["guess_languages", "onyomi_reading", "open_spans", "title_language"]

_WORDS = VOCABULARY
_NON_WORD = re.compile(r"[\W_]+")
# "Authors" that are not people: "ACMs Anthology, P Edition", "Team", "Microsoft Lab"
_NOT_PEOPLE = frozenset(_WORDS.not_people)
# A word that makes a name a body, not a person ("ALTS Group", "Alexion Pharmaceuticals Inc")
_BODY_WORDS = frozenset(_WORDS.bodies)


_ASCII_LETTER = re.compile(r"[A-Za-z]")
NON_LATIN = (Script.CYRILLIC, Script.HAN, Script.KANA)
_MOJIBAKE = re.compile(r"[\u0400-\u04ff]")


def text_script(text: str) -> Script:
    """:func:`detect_script`, without its pass over every character for plain ASCII."""
    if text.isascii():
        return Script.LATIN if _ASCII_LETTER.search(text) else Script.COMMON
    return detect_script(text)


def plain(text: str) -> str:
    """Lower case, no accents, punctuation as single spaces."""
    if text.isascii():  # nothing to de-accent
        return _NON_WORD.sub(" ", text.lower()).strip()
    folded = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(char for char in folded if not unicodedata.combining(char))
    return _NON_WORD.sub(" ", stripped).strip()


ROMAJI_PATTERN = re.compile(
    rf"[{re.escape(_WORDS.romaji_letters)}]|\b(?:{one_of(_WORDS.romaji_particles)})\b"
    rf"|(?:{one_of(_WORDS.romaji_spellings)})"
)


_GLOSSED_PALLADIUS = re.compile(r"(?P<chinese>[^—–]+?)\s[—–]\s")


@dataclass(frozen=True, slots=True)
class TitleKey:
    """One reading of a title: its matching key and how it was obtained."""

    key: str
    how: str  # "original", "romanized:bgn-pcgn", "translation:en", "as Japanese", ...


@lru_cache(maxsize=1 << 12)  # a title is guessed for its keys, then for its names' language
def guess_languages(text: str, lang: str | None) -> tuple[str, ...]:
    """The languages to read ``text`` as; several when the script leaves it open."""
    if lang:
        return (lang,)
    script = text_script(text)
    if script is Script.KANA:
        return ("ja",)
    if script is Script.HAN:
        return ("zh", "ja")
    if script is Script.LATIN and looks_like_wade_giles(text):
        return ("ru", "zh")  # "Chou En-lai": before romaji, whose ou, shu, ê Wade-Giles has
    if script is Script.LATIN and (ROMAJI_PATTERN.search(text.lower()) or looks_like_romaji(text)):
        return ("ru", "ja")
    if script is Script.LATIN and looks_like_pinyin(text):
        return ("ru", "zh")
    if script is Script.CYRILLIC and looks_like_palladius(text):
        return ("ru", "zh")  # "Чжоу Эньлай сюаньцзи": Chinese in Palladius, read as pinyin too
    return ("ru",)


# a span left open from a year ("1800 to the Present", "с 1917 г. до наших дней"), which
# another printing of the title closes with the year it was brought to ("1800-1985")
_OPEN_SPAN = re.compile(
    r"(?<!\d)(?P<year>\d{4})(?:\s*(?:гг?\.|年))?\s*(?:[-–—]\s*)?"
    r"(?:to the present(?: day)?|to date|до наших дней|по настоящее время|至今|迄今)",
    re.IGNORECASE,
)


@cache
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    """The abbreviated Russian title words of ``data/ru_title_abbreviations.tsv`` as one
    pattern (longest first, the dots and spaces optional), and each one's words in full."""
    text = resources.files("archivecite.dedupe").joinpath("data", "ru_title_abbreviations.tsv")
    full: dict[str, str] = {}
    for line in text.read_text(encoding="utf-8").splitlines():
        row = line.split("\t")
        if not line.startswith("#") and len(row) >= 2:
            full[_abbreviation_key(row[0])] = row[1]
    shapes = sorted(full, key=len, reverse=True)
    words = (r"\.?\s*".join(map(re.escape, shape.split())) for shape in shapes)
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)\.?", re.IGNORECASE)
    return pattern, full


def _abbreviation_key(text: str) -> str:
    return " ".join(text.lower().replace(".", " ").split())


def _expanded_abbreviations(title: str) -> str:
    """``title`` with the abbreviated words of a Russian record written out ("Собр. соч." →
    "Собрание сочинений"); a title in other letters as it is."""
    if "." not in title or text_script(title) is not Script.CYRILLIC:
        return title
    pattern, full = _abbreviations()
    return pattern.sub(lambda found: full[_abbreviation_key(found.group())], title)


def open_spans(title: str) -> tuple[str, ...]:
    """The years that open a span left open in ``title`` (see ``_OPEN_SPAN``)."""
    return tuple(found.group("year") for found in _OPEN_SPAN.finditer(title))


@lru_cache(maxsize=65536)
def reading_keys(text: str, lang: str | None) -> tuple[str, ...]:
    """The matching keys of ``text`` in each language it may be in."""
    keys = []
    for language in guess_languages(text, lang):
        key = match_key(text, language)
        if key and key not in keys:
            keys.append(key)
    return tuple(keys)


# a run of kanji, hanzi or kana, with the marks and spaces inside it (『』「」〈〉・、: …)
_CJK_RUN = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
    r"(?:[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a\uff1f\s:·]*"
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])?"
)
_RUN_CHARACTERS = 3  # characters of the run that may be a title in itself
_LATIN_WORD = re.compile(r"[^\W\d_]{2,}")
_RUN_WORDS = 2  # Latin words left beside it that may be its romanization


@lru_cache(maxsize=65536)
def _script_parts(title: str) -> tuple[str, ...]:
    """A title written in characters and in Latin letters, one beside the other, cut in two:
    its longest run of characters and the Latin words around it ("柿本人麻呂論" and "Kakinomoto
    no Hitomaro ron"); none for a title in one script."""
    if title.isascii():
        return ()
    runs = [match.group() for match in _CJK_RUN.finditer(title)]
    if not runs:
        return ()
    longest = max(runs, key=len)
    rest = _CJK_RUN.sub(" ", title)
    if len(longest) < _RUN_CHARACTERS or len(_LATIN_WORD.findall(rest)) < _RUN_WORDS:
        return ()
    return longest, " ".join(rest.split())


AS_MAINLAND = "with the mainland's words for a converter's Taiwanese ones"


@lru_cache(maxsize=1)
def _taiwan_phrases() -> tuple[re.Pattern[str], dict[str, str]]:
    """``data/taiwan_phrases.tsv``: the Taiwanese words a simplified-to-traditional converter
    puts for mainland ones, and the mainland word of each."""
    text = resources.files("archivecite.dedupe").joinpath("data", "taiwan_phrases.tsv")
    words: dict[str, str] = {}
    for line in text.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            taiwanese, mainland, _source = line.split("\t")
            words[taiwanese] = mainland
    pattern = re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))
    return pattern, words


@lru_cache(maxsize=65536)
def mainland_words(title: str) -> str:
    """A title in traditional characters with the mainland's word put back for each Taiwanese
    word a converter may have written for it (學好檔案抓住綱: 學好文件抓住綱); the title itself
    when it holds none."""
    pattern, words = _taiwan_phrases()
    return pattern.sub(lambda found: words[found.group()], title)


AS_COUNTED = "with a count of years read as words"
# a count of years in characters (十年论战, 三十年, 百年): the reading's figures are for dates
# (ALA-LC's "1956 nian"), and a citation in pinyin spells the count out ("Shinian lunzhan"); a
# year written digit by digit (一九五六年) or numbered (第十年) is a date or an ordinal
_COUNTED_YEARS = re.compile(
    r"(?<![第〇零一二三四五六七八九十百千])"
    r"([〇零一二三四五六七八九两兩]?[十百千][〇零一二三四五六七八九十百千]*|[一二三四五六七八九两兩])"
    r"(?=年)"
)


@lru_cache(maxsize=65536)
def counted_years_keys(text: str) -> tuple[str, ...]:
    """The Chinese keys of a title in hanzi with its counts of years read as words
    (十年论战: "shinianlunzhan", not "10nianlunzhan"); () when it has none."""
    if text_script(text) is not Script.HAN or _COUNTED_YEARS.search(text) is None:
        return ()
    return reading_keys(_COUNTED_YEARS.sub(r"\1 ", text), "zh")


AS_CHINESE = "as Chinese"  # TitleKey.how of a Japanese title's kanji read in Mandarin
# kana a Japanese title in kanji may hold and still be read in Mandarin by its Chinese
# translation: the genitive の, which the translation writes 的 (劉建輝『魔都上海―日本知識人の
# 「近代」体験』, translated as 魔都上海：日本知识人的“近代”体验, Shanghai guji chubanshe, 2003)
_KANA_AS_HANZI = str.maketrans({"の": "的", "ノ": "的"})
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CHINESE_HAN = 4  # characters a kanji title needs to be read in Mandarin


@lru_cache(maxsize=65536)
def _chinese_reading(title: str, lang: str | None) -> str:
    """The Mandarin key of a Japanese title written in kanji: a Chinese translation keeps its
    characters and is cited in pinyin ('Zhongguo Gongchandang chengli shi' for 石川禎浩
    『中国共産党成立史』); none for a title with other kana than の ('中国共産党、その百年'),
    for one in another language, or one of under four characters."""
    if (lang or "").split("-")[0] != "ja" or title.isascii():
        return ""
    hanzi_title = title.translate(_KANA_AS_HANZI)
    if _KANA.search(hanzi_title) or len(_HAN.findall(hanzi_title)) < _CHINESE_HAN:
        return ""
    return match_key(hanzi_title, "zh")  # its numbers kept: 第1巻 is no 第2巻


# two or more capitalized Cyrillic words in a row, hyphenated or not ("Мао Цзэдун", "Чжоу
# Энь-лай", "Чан Кайши"): a name, which may be Chinese
_CAPITALIZED_RUN = re.compile(
    r"[А-ЯЁ][а-яё]*(?:-[А-ЯЁа-яё]+)?(?:\s+[А-ЯЁ][а-яё]*(?:-[А-ЯЁа-яё]+)?)+"
)


def _palladius_name(found: re.Match[str]) -> str:
    """A run of capitalized words as pinyin when every word of it is Palladius syllables."""
    name = found.group()
    return (palladius_to_pinyin(name) or name) if looks_like_palladius(name) else name


_REPEATED_KANJI = re.compile(r"([\u4e00-\u9fff])\1")
_ITERATED_WORD = "SELECT 1 FROM Kanji WHERE text = ? LIMIT 1"


@lru_cache(maxsize=4096)
def _iteration_word(word: str) -> bool:
    """``word`` (日々, 人々, 様々) a JMdict headword; false without the dictionary."""
    db = database()
    if db is None:
        return False
    try:
        return db.execute(_ITERATED_WORD, (word,)).fetchone() is not None
    except sqlite3.Error:
        return False


def _iterated(found: re.Match[str]) -> str:
    """A kanji written twice (日日) as the word the iteration mark writes (日々), where the
    dictionary lists that word; as it is otherwise (社社 of 会社社長: two words meeting)."""
    word = found.group(1) + "々"
    return word if _iteration_word(word) else found.group()


AS_ONYOMI = "as Japanese (on'yomi)"  # TitleKey.how of a Chinese title read a character at a time


@lru_cache(maxsize=65536)
def onyomi_reading(title: str) -> str:
    """A Chinese title in hanzi read as a Japanese catalogue romanizes a Chinese book: each
    character in its on'yomi (TRC MARC's 'Kaitei/hyakusoteki/boshi' for 海底100層的房子, where
    the dictionary reads 房子 as the given name Fusako), as a region's name in a JACAR series path
    is romanized (濠北 'Gohoku'); none when a character has no on'yomi."""
    readings = kanji_readings()
    out = []
    for char in title:
        if _HAN.match(char):
            on = readings.get(char, ("", ""))[0]
            if not on:
                return ""
            out.append(on)
        else:
            out.append(char)
    return match_key("".join(out), "ja")


_SPACED_APOSTROPHE = re.compile(r"\b(ch|k|p|t|ts|tz) '(?=[aeiouü])", re.IGNORECASE)


def _rewritten(title: str, lang: str | None) -> Iterator[str]:
    """The title as other citations of the work may print it (the title itself where none
    applies)."""
    if (lang or "").split("-")[0] == "ja" and _REPEATED_KANJI.search(title):
        # 世に棲む日日 (Shiba's own spelling) is 世に棲む日々, "Yo ni sumu hibi": a kanji written
        # twice is the word the iteration mark writes, which the reader may read otherwise
        # (日日 nichinichi, 日々 hibi)
        yield _REPEATED_KANJI.sub(_iterated, title)
    # 'Пришвин М. М. Собр. соч.: В 8 т.' is his "Sobranie sochinenii": the words in full
    yield _expanded_abbreviations(title)
    if text_script(title) is Script.CYRILLIC and _CAPITALIZED_RUN.search(title):
        # «Мао Цзэдун» is the "Mao Zedong" of the English edition: a Chinese name in Palladius
        # inside a Russian title, read as its pinyin (the Russian words around it as they are)
        yield _CAPITALIZED_RUN.sub(_palladius_name, title)
    if "'" in title and _SPACED_APOSTROPHE.search(title):
        # 'Ch 'ou-pan i-wu shih-' (a list of sigla): a space typeset before Wade-Giles's mark of
        # aspiration, which read apart from its initial makes another syllable
        yield _SPACED_APOSTROPHE.sub(r"\1'", title)
    if _OPEN_SPAN.search(title):
        # "THE GREAT CHINESE REVOLUTION: 1800 to the Present" against "…, 1800-1985": the
        # words that leave a span open are no words of the title to compare
        yield _OPEN_SPAN.sub(r"\g<year>", title)


def text_keys(text: Text | None) -> tuple[TitleKey, ...]:
    """Every matching key of a title: its original, each romanization and translation."""
    if text is None:
        return ()
    found: dict[str, TitleKey] = {}
    lang = text.lang
    if (lang or "").split("-")[0] == "zh" and text_script(text.original) is Script.HAN:
        # "zh" is what a hanzi-only title gets when nothing says Japanese (国書総目録,
        # 新潮日本語漢字辞典 in a Japanese list): its kanji are read both ways
        lang = None
    for key in reading_keys(text.original, lang):
        found.setdefault(key, TitleKey(key, "original"))
    for variant in _rewritten(text.original, lang):
        if variant != text.original:
            for key in reading_keys(variant, lang):
                found.setdefault(key, TitleKey(key, "original"))
    if lang is None and text.lang:
        onyomi = onyomi_reading(text.original)
        if onyomi:
            found.setdefault(onyomi, TitleKey(onyomi, AS_ONYOMI))
    parts = _script_parts(text.original)
    if parts:
        # "中國佛教的社會主義改造 Zhongguo fojiao de shehuizhuyi gaizao": a title in characters
        # and its romanization, each read as the characters' language (pinyin, romaji)
        characters, latin = parts
        languages = guess_languages(characters, None)
        for key in (*reading_keys(characters, None), *map(partial(match_key, latin), languages)):
            if key:
                found.setdefault(key, TitleKey(key, "original"))
    chinese = _chinese_reading(text.original, lang)
    if chinese:
        found.setdefault(chinese, TitleKey(chinese, AS_CHINESE))
    if lang is None or lang.split("-")[0] == "zh":
        for key in counted_years_keys(text.original):
            found.setdefault(key, TitleKey(key, AS_COUNTED))
    if lang is None and text_script(text.original) is Script.HAN:
        # 學好檔案抓住綱, a Taiwanese mirror's conversion of 学好文件抓住纲: the mainland's word too
        mainland = mainland_words(text.original)
        if mainland != text.original:
            for key in reading_keys(mainland, "zh"):
                found.setdefault(key, TitleKey(key, AS_MAINLAND))
    dashed = "—" in text.original or "–" in text.original
    glossed = _GLOSSED_PALLADIUS.match(text.original) if dashed else None
    if glossed is not None and looks_like_palladius(glossed["chinese"]):
        # "Чжоу Эньлай сюаньцзи — Избранные произведения Чжоу Эньлая": the Chinese title in
        # Palladius, then its Russian translation after a dash
        key = match_key(glossed["chinese"], "zh")
        found.setdefault(key, TitleKey(key, "as Chinese (Palladius)"))
    base = text.base_language
    for scheme, value in text.romanized.items():
        for key in reading_keys(value, base):
            found.setdefault(key, TitleKey(key, f"romanized:{scheme}"))
    for language, value in text.translations.items():
        for key in reading_keys(value, language):
            found.setdefault(key, TitleKey(key, f"translation:{language}"))
    return tuple(found.values())


# The spellings of a Russian name in the transcriptions of other languages, each read back
# to the letters the key is made of (a name key reads a Latin text as a romanization of
# Russian: "c" as ц, "ch" as ч, "z" as з, "j" as й):
# - English: a hard "c", and "ck", is "k", "qu" кв, a "j" дж (Conquest / Конквест, Clark /
#   Кларк, Jackson / Джексон, Quentin / Квентин);
# - German (the Duden transcription): "sch" is ж or ш, "tsch" ч, "schtsch" щ, "ch" х, "z" ц,
#   "ds" дз, an "s" between vowels з (Solschenizyn / Солженицын, Schukow / Жуков, Woroschilow
#   / Ворошилов, Chruschtschow / Хрущёв, Jelzin / Ельцин, Sinowjew / Зиновьев, Dserschinski /
#   Дзержинский);
# - French: "ch" is ш, "tch" ч, "chtch" щ, "j" ж, "ou" у, a final mute "e" nothing
#   (Soljénitsyne, Khrouchtchev, Joukov, Vorochilov, Eltsine, Allilouieva).
_VOWELS = "aeiouyäöüéèë"
_GERMAN = re.compile(rf"schtsch|tsch|sch|ch|z|ds|(?<=[{_VOWELS}])s(?=[{_VOWELS}])")
_SPELLINGS = (
    (re.compile(r"ck|qu|c(?![eiyh])|j"), {"j": "dzh", "qu": "kv", "": "k"}),
    (
        _GERMAN,
        {"schtsch": "shch", "tsch": "ch", "sch": "zh", "ch": "kh", "z": "ts", "ds": "dz", "s": "z"},
    ),
    (
        _GERMAN,
        {"schtsch": "shch", "tsch": "ch", "sch": "sh", "ch": "kh", "z": "ts", "ds": "dz", "s": "z"},
    ),
    (
        re.compile(rf"chtch|tch|ch|j|ou|(?<![{_VOWELS}])e$"),
        {"chtch": "shch", "tch": "ch", "ch": "sh", "j": "zh", "ou": "u", "e": ""},
    ),
)


def _spelled_as(spelled: dict[str, str], found: re.Match[str]) -> str:
    return spelled.get(found.group(), spelled.get("", ""))


@lru_cache(maxsize=1 << 16)
def spelled_keys(family: str) -> frozenset[str]:
    """The keys of a family name in Latin letters as English, German and French transcribe a
    Russian one (see ``_SPELLINGS``): "Solschenizyn" gives "solenitsin", the key of
    Солженицын, whose own key is "solshenizin"; none but its own for a name in another
    script."""
    if text_script(family) is not Script.LATIN:
        return frozenset()
    lower = unicodedata.normalize("NFC", family.lower())
    keys = set()
    for pattern, spelled in _SPELLINGS:
        read = pattern.sub(partial(_spelled_as, spelled), lower)
        if read != lower:
            keys.add(name_key(read, None))
    return frozenset(keys)


@lru_cache(maxsize=262144)
def name_key(family: str, lang: str | None) -> str:
    if not family.isascii() and _ASCII_LETTER.search(family):
        # a Cyrillic letter or two among Latin ones: a mis-decoded accent ("gќting" for Güting,
        # "bіhlen" for Böhlen), which says nothing; the Latin letters still do (not a Latin
        # look-alike typed into a Cyrillic name, "Ивaнов")
        stray = len(_MOJIBAKE.findall(family))
        if stray < len(_ASCII_LETTER.findall(family)):
            family = _MOJIBAKE.sub("", family)
    found = _BELARUSIAN_SUFFIX.search(family)
    if found is not None:
        family = family[: found.start()] + _RUSSIAN_SUFFIX[found.group().lower()]
    keys = reading_keys(family, lang)
    return keys[0].replace(" ", "") if keys else ""


# a Belarusian family name in -аў / -оў / -еў (Łacinka -aŭ, -eŭ) is the Russian one in -ов / -ев
# that Russian catalogues print (Васіль Быкаў, "Vasil Bykaŭ" / Василь Быков; Уладзімір
# Караткевіч keeps its letters): ў, ŭ end no Russian name
_BELARUSIAN_SUFFIX = re.compile(r"(?:[аоеэaoe][ўŭ])$", re.IGNORECASE)
_RUSSIAN_SUFFIX = {
    **dict.fromkeys(("аў", "оў"), "ов"),
    **dict.fromkeys(("еў", "эў"), "ев"),
    **dict.fromkeys(("aŭ", "oŭ"), "ov"),
    "eŭ": "ev",
}


@cache
def _manchu_clans() -> frozenset[str]:
    """The Manchu clan names of ``data/manchu_clans.tsv``."""
    text = resources.files("archivecite.dedupe").joinpath("data", "manchu_clans.tsv")
    rows = (line.split("\t") for line in text.read_text(encoding="utf-8").splitlines())
    return frozenset(clan for row in rows if len(row) > 1 for clan in row[0].split())


# the dot between a clan name and a Manchu's own name: a middle dot, or a full stop where it is
# printed with one (爱新觉罗.溥杰)
_NAME_DOT = re.compile("[\u00b7\u30fb\u2022\uff65\u2027.\uff0e]")


def _without_clan(written: str) -> str:
    """A Manchu's own name without the clan name before it (爱新觉罗·溥仪: 溥仪, the Puyi and
    Пу И of other languages' catalogues); the name as written otherwise."""
    parts = _NAME_DOT.split(written, maxsplit=1)
    if len(parts) == 2 and parts[0].strip() in _manchu_clans() and parts[1].strip():
        return parts[1].strip()
    return written


def _whole_name(family: str, language: str | None) -> tuple[str, str | None]:
    """A name written whole, no given name, and the language to read it in: a Manchu's own
    name without its clan (:func:`_without_clan`), and one in Palladius read as Chinese ("Пу
    И" as one string is Puyi, 溥仪: its key is the pinyin's)."""
    if family.isascii():
        return family, language
    family = _without_clan(family)
    if text_script(family) is Script.CYRILLIC and looks_like_palladius(family):
        return family, "zh"
    return family, language


def _family(name: Name) -> tuple[str, str | None]:
    if name.literal is not None:
        return name.literal, name.lang
    return (name.family or name.given or ""), name.lang


def title_language(reference: ReferenceKind) -> str | None:
    """The title's language, or the one its script shows when only one fits (kana: Japanese),
    so that 小林 beside a kana title is read as Kobayashi, not Xiaolin."""
    if reference.title is None:
        return None
    if reference.title.base_language:
        return reference.title.base_language
    title = reference.title.original
    guesses = guess_languages(title, None)
    if guesses == ("ru", "ja") and (_HEPBURN_MACRON.search(title) or looks_like_romaji(title)):
        return "ja"  # "Hoppō ryōdo mondai" by Wada Haruki: not Vada (a Russian reading)
    if guesses == ("ru", "zh"):
        # every word pinyin ("Zhong Su guanxi shigang" by Shen Zhihua) or Wade-Giles
        return "zh"
    return guesses[0] if len(guesses) == 1 and guesses[0] != "ru" else None


_FAMILY_FIRST = frozenset(("ja", "zh"))


def given_first_key(names: tuple[Name, ...], lang: str | None) -> str:
    """The first author's given name as a family-name key, when a Japanese or Chinese name
    in Latin letters may stand family first and been read the other way round ("Iwata
    Shigenori" read as given Iwata, family Shigenori); "" otherwise."""
    if lang not in _FAMILY_FIRST or not names:
        return ""
    first = names[0]
    given = (first.given or "").strip()
    if (
        first.literal is not None
        or len(given) < _FULL_GIVEN
        or text_script(given) is not Script.LATIN
    ):
        return ""
    return name_key(given, lang)


_FULL_GIVEN = 3  # letters of a given name written out, not initials ("Y.", "Z.H.")


# a long vowel with a macron: Hepburn's, which no Russian romanization uses (ISO 9 has â, û)
_HEPBURN_MACRON = re.compile("[āīūēōĀĪŪĒŌ]")


_GIVEN_SPLIT = re.compile(r"[\s.\-]+")


@lru_cache(maxsize=262144)
def name_form(family: str, given: str, lang: str | None) -> str:
    """``"f|g1 g2"``: the plain initial of the family name, then the given names, each as its
    matching key (a full name) or its plain letter (an initial): ``"s|r"`` for "Sarawagi, S.",
    ``"v|chingi"`` for "Wu, Ching-yi". Enough to see "Ching-yi Wu" / "Wu Ching-yi" and
    "S. Sunita" / "Sunita S." as one person written in another order."""
    initial = plain(family)[:1]
    if initial and text_script(family) is not Script.LATIN:
        initial = name_key(family, lang)[:1] or initial  # "т" of Тихонов is "t" of Tikhonov
    tokens: list[str] = []
    for token in _GIVEN_SPLIT.split(given):
        if (len(token) == 1 and token.isalpha() and text_script(token) is not Script.HAN) or (
            len(token) == 2 and token.isupper()
        ):
            tokens.extend(plain(token))  # "S", "RJ" (initials written together); not 衛, 明
        elif token:
            key = name_key(token, lang)
            if key:
                tokens.append(key)
    return f"{initial}|{' '.join(tokens)}"


def _is_body(name: Name) -> bool:
    words = " ".join(filter(None, (name.literal, name.family, name.given))).lower().split()
    return any(word.strip(".,()") in _BODY_WORDS for word in words)


def _written_in(family: str, given: str, scripts: tuple[Script, ...]) -> bool:
    """A surname and given name in those scripts, read together as one person's name."""
    return all(text_script(part) in scripts for part in (family, given))


def _has_initial(given: str) -> bool:
    return any(len(part) == 1 for part in _GIVEN_SPLIT.split(given) if part)


def _wade_giles_name(family: str, given: str) -> tuple[str, str]:
    """A Chinese name in Wade-Giles as pinyin, family name first: "Mao Tse-tung", read as given
    Mao and family Tse-tung, is Mao Zedong (毛泽东), "Chou En-lai" Zhou Enlai, "Chiang Kai-shek"
    Jiang Jieshi; a name that is no Wade-Giles ("Chen Jian", pinyin) stays as written."""
    family_pinyin, given_pinyin = wade_giles_to_pinyin(family), wade_giles_to_pinyin(given)
    if family_pinyin is None or given_pinyin is None:
        return family, given
    if not looks_like_wade_giles(f"{given} {family}"):
        return family, given
    if pinyin_family_first(f"{given_pinyin} {family_pinyin}"):
        return given_pinyin, family_pinyin
    return family_pinyin, given_pinyin


# the scripts of a name spelled by its sounds, whose transcription in hanzi or katakana is
# compared by them: Latin letters, and Cyrillic read in its romanization (Владимиров 弗拉基米洛夫)
_SPELLED = (Script.LATIN, Script.CYRILLIC)


@dataclass(frozen=True, slots=True)
class People:
    """A reference's people as :func:`read_people` reads them, each tuple aligned with
    ``keys``; ``latin`` and ``cjk`` are ``()`` when no person has such readings."""

    keys: tuple[str, ...]  # family-name keys
    forms: tuple[str, ...]  # name_form of each
    latin: tuple[str, ...]  # latin_readings of a name in Latin letters, "" for the others
    cjk: tuple[str, ...]  # cjk_readings of a name in kanji, hanzi or kana, "" for the others
    sounds: tuple[str, ...] = ()  # transcribed_sounds of a Western name in katakana or hanzi
    first_sounds: str = ""  # spelled_sounds of the first name, in Latin or Cyrillic letters
    han: tuple[str, ...] = ()  # han_family of a family name in kanji or hanzi, "" for the others
    # each family name as written, when in Latin letters ("" for the others): its spellings
    # in other transcriptions are read from it when needed, see spelled_keys
    latin_families: tuple[str, ...] = ()
    # the same of a family name in Cyrillic ("Холлидей"), which a Western name transcribed
    # into Russian spells by its sounds, see people.transcribed_into_russian
    cyrillic_families: tuple[str, ...] = ()


def han_family(family: str) -> str:
    """A family name written in kanji or hanzi with its old, variant and simplified forms
    in the Japanese new forms (陸奧 陸奥, 澤田 沢田, 渡邊 渡辺, 陆奥 陸奥): one person's name as a
    Japanese, a Chinese or an older list prints it, whatever each list's language reads it
    as; "" for a name in other letters."""
    return japanese_forms(family) if text_script(family) is Script.HAN else ""


def author_forms(
    names: tuple[Name, ...], default_lang: str | None = None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Family-name keys (a name without a language read in the title's language) and,
    aligned with them, :func:`name_form` of each person; bodies ("ALTS Group") are left out."""
    people = read_people(names, default_lang)
    return people.keys, people.forms


def read_people(names: tuple[Name, ...], default_lang: str | None = None) -> People:
    """:func:`author_forms`, and the Japanese and Chinese readings of each name written in
    Latin letters or in kanji, hanzi and kana (:func:`latin_readings`, :func:`cjk_readings`)."""
    keys: list[str] = []
    forms: list[str] = []
    latin: list[str] = []
    cjk: list[str] = []
    sounds: list[str] = []
    han: list[str] = []
    latin_families: list[str] = []
    cyrillic_families: list[str] = []
    first_sounds = ""
    for name in names:
        family, lang = _family(name)
        if family.lower().strip(". ") in _NOT_PEOPLE or _is_body(name):
            continue
        given = " ".join(filter(None, (name.given, name.patronymic)))
        if name.literal is not None or not name.family:
            given = ""
        language = lang or default_lang
        family, language = _whole_name(family, language) if not given else (family, language)
        written = family, given
        if language == "ja" and given and _written_in(family, given, (Script.HAN, Script.KANA)):
            family, given = personal_name(family, given)
        elif language == "zh" and given and _written_in(family, given, (Script.HAN,)):
            # a surname read as a surname: 仇 Qiu, 曾 Zeng (the word would be chou, ceng)
            family, _, given = romanize_chinese_name(family + given).partition(" ")
        elif (
            given
            and _written_in(family, given, (Script.CYRILLIC,))
            and not _has_initial(given)  # "Попова И.Н.": a Russian name, initials its words
            and looks_like_palladius(f"{family} {given}")
        ):
            language = "zh"  # "Чжоу Эньлай" is Zhou Enlai, 周恩来: its key is the pinyin's
            if pinyin_family_first(palladius_to_pinyin(f"{given} {family}") or ""):
                family, given = given, family  # "Лю Цзечэн" read as given Лю: Liu is the family
        elif language == "zh" and given and _written_in(family, given, (Script.LATIN,)):
            family, given = _wade_giles_name(family, given)
        key = name_key(family, language)
        western = established_family("".join(written)) if not written[0].isascii() else ""
        if western:
            # a scholar's own Chinese name (冯客) is his Western one (Dikötter) to every side
            key = name_key(western, None)
        if key:
            keys.append(key)
            forms.append(name_form(family, given, language))
            bare = name.literal is None  # not one string, whose family name is not known
            latin.append(
                (latin_readings(*written) or _palladius_readings(*written)) if bare else ""
            )
            kanji = bare and not written[0].isascii()  # (most names are ASCII)
            cjk.append(cjk_readings(*written) if kanji else "")
            # (a transcription is often printed as one string: 斯諾, 哈里森·索爾茲伯里)
            sounds.append("" if written[0].isascii() else transcribed_sounds(written[0]))
            han.append("" if written[0].isascii() or not bare else han_family(written[0]))
            in_latin = written[0].isascii() or text_script(written[0]) is Script.LATIN
            latin_families.append(written[0] if in_latin else "")
            in_cyrillic = not in_latin and text_script(written[0]) is Script.CYRILLIC
            cyrillic_families.append(written[0] if in_cyrillic and bare else "")
            if len(keys) == 1 and text_script(written[0]) in _SPELLED:
                first_sounds = spelled_sounds(written[0])
    return People(
        tuple(keys),
        tuple(forms),
        tuple(latin) if any(latin) else (),
        tuple(cjk) if any(cjk) else (),
        tuple(sounds) if any(sounds) else (),
        first_sounds,
        tuple(han) if any(han) else (),
        tuple(latin_families) if any(latin_families) else (),
        tuple(cyrillic_families) if any(cyrillic_families) else (),
    )


# Hepburn morae, as a name's Japanese key spells them once Kunrei and Nihon-shiki spellings
# (si, tu, ti, hu, zi), long vowels (ō, ou, oo, oh) and m before b and p are folded
_MORAE = re.compile(
    r"(?:(?:[kgsztdnhbpmr]y|ch|sh|ts|[kgsztdnhbpmrwyfj])?[aiueo]"
    r"|n(?![aiueoy])|k(?=k)|s(?=s)|t(?=t|ch)|p(?=p))+"
)


# what romaji may be written as before its key folds it (Itoh, Ohno, Sinzi, Shin'ichi): a
# cheap look that spares most Western names the Japanese key
_ROMAJI_SHAPE = re.compile(
    r"(?:(?:[kgsztdnhbpmr]y|ch|sh|ts|[kgsztdnhbpmrwyfj])?[aiueo]h?"
    r"|n|m(?=[bmp])|k(?=k)|s(?=s)|t(?=t|ch)|p(?=p)|c(?=ch)|['\u2019 -])+"
)


@lru_cache(maxsize=1 << 16)
def _latin_word(word: str) -> tuple[str, ...]:
    """The keys of a name in Latin letters read as Japanese (when its key is romaji morae:
    "Yanaihara", "Itoh", "Hukuzawa") and as Chinese (when it is pinyin or Wade-Giles:
    "Zhang", "Tse-tung"); none for a name that is neither ("Smith", "Kowalski")."""
    found = []
    japanese = match_key(word, "ja") if _ROMAJI_SHAPE.fullmatch(plain(word)) else ""
    if japanese and _MORAE.fullmatch(japanese):
        found.append(japanese)
    wade_giles = wade_giles_to_pinyin(word)
    if spells_pinyin(word) or wade_giles is not None:
        chinese = match_key(word, "zh")
        if chinese and chinese not in found:
            found.append(chinese)
        # a syllable that pinyin spells too, read as Wade-Giles: "Chi" is pinyin chi and, its
        # apostrophe lost, Ch'i (齊 qi), as Taiwanese names print it ("Chi Pang-yuan", 齊邦媛)
        other = match_key(wade_giles, "zh") if wade_giles else ""
        if other and other not in found:
            found.append(other)
    return tuple(found)


@lru_cache(maxsize=1 << 16)
def latin_readings(family: str, given: str) -> str:
    """``"family keys|given keys"``: a name in Latin letters read as Japanese and as Chinese,
    whatever the title's language ("Yanaihara" is no Russian name under an English title), to
    meet the same person in kanji or hanzi (:func:`cjk_readings`); "" when neither reading
    fits the family name ("Smith, John"). Initials give no given-name key."""
    first = _latin_word(family) if text_script(family) is Script.LATIN else ()
    if not first:
        return ""
    whole = given and text_script(given) is Script.LATIN and not _has_initial(given)
    second = _latin_word(given) if whole else ()
    return f"{' '.join(first)}|{' '.join(second)}"


def _palladius_readings(family: str, given: str) -> str:
    """:func:`latin_readings` of a Chinese name in Cyrillic read back as pinyin: a family name
    of one Palladius syllable, alone or with initials ("Чжан", "Чжан Ю." in a Russian
    catalogue is Zhang, 张 of Jung Chang, not "Chan"), or with a given name in Palladius too
    ("Юн" of "Юн Чжан"); "" for any other name ("Быков", "Иванов И. И.")."""
    if not family or text_script(family) is not Script.CYRILLIC:
        return ""
    first = palladius_syllable(family)
    if given and _has_initial(given):
        given = ""  # "Чжан Ю.": the initials give no given-name key
    second = palladius_to_pinyin(given) if given else ""
    if first is None or second is None:
        return ""
    return latin_readings(first, second)


def _all_han(*parts: str) -> bool:
    return all(not part or text_script(part) is Script.HAN for part in parts)


_FEW_SURNAME_READINGS = 2  # readings JMnedict lists for a surname, each still its bearers'


@lru_cache(maxsize=1 << 16)
def cjk_readings(family: str, given: str) -> str:
    """``"family keys|given keys"``: a name in kanji or kana read as Japanese and, in hanzi, as
    Chinese too (李銳 under a title in hanzi alone is Ri Ei to a Japanese reading and Li Rui in
    print, 岩井 under a Chinese title Iwai), whatever the title's script: a Chinese scholar's
    book in Japanese, its title in kana, keeps his name in hanzi (劉建輝 is Liu Jianhui, not
    Ryū, to his readers; 楊海英 Yang Haiying in print, Yō Kaiei in a Japanese catalogue), and a
    Japanese author in a Chinese book his kanji (中曽根 Nakasone). "" for a name in other
    letters."""
    if not _written_in(family, given or family, (Script.HAN, Script.KANA)):
        return ""
    romaji = personal_name(family, given) if given else (family, "")
    families = [match_key(romaji[0], "ja").replace(" ", "")]
    givens = [match_key(romaji[1], "ja").replace(" ", "")] if given else []
    if not given and _all_han(family):
        # a surname alone, which the tagger may read as a word (陸奥 michinoku, 四月一日
        # shigatsu tsuitachi): the readings JMnedict lists for it as a surname too (Mutsu,
        # Watanuki), where it lists few; a surname with many (林: Hayashi, Kuwabara, Shige…)
        # lists the rare readings of a few families, which would meet other names
        listed = surname_readings(japanese_forms(family))
        if len(listed) <= _FEW_SURNAME_READINGS:
            families += (match_key(reading, "ja") for reading in listed)
    if given and _all_han(given):
        # the tagger reads a given name one way (吉郎 Yoshirō); its bearer may read it another
        # (Akimoto Kichirō): every listed reading may meet the romaji
        givens += (match_key(reading, "ja") for reading in given_name_readings(given))
    if _all_han(family, given):
        if given and len(family) == 1:  # a one-character surname read as one (仇 Qiu)
            read, _, rest = romanize_chinese_name(family + given).partition(" ")
            chinese = (match_key(read, "zh"), match_key(rest, "zh"))
        else:
            chinese = (match_key(family, "zh"), match_key(given, "zh") if given else "")
        families.append(chinese[0])
        givens.append(chinese[1])
    family_keys = " ".join(dict.fromkeys(key for key in families if key))
    given_keys = " ".join(dict.fromkeys(key for key in givens if key))
    return f"{family_keys}|{given_keys}" if family_keys else ""
