"""How a reference's text is read for matching: the languages a title may be in and its
matching keys in each (the people's names are read in :mod:`name_readings`)."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from importlib import resources

from archivecite.dedupe.vocabulary import VOCABULARY, one_of
from archivecite.model import Script, Text
from archivecite.model.reference import ReferenceKind
from archivecite.translit import detect_script, looks_like_pinyin, looks_like_romaji, match_key
from archivecite.translit.japanese.dictionary import database
from archivecite.translit.japanese.tables import kanji_readings
from archivecite.translit.palladius import looks_like_palladius, palladius_to_pinyin
from archivecite.translit.wade_giles import looks_like_wade_giles

__all__ = ["AS_CHINESE", "AS_ONYOMI", "TitleKey", "plain"]
__all__ += ["NON_LATIN", "ROMAJI_PATTERN", "reading_keys", "text_keys", "text_script"]
__all__ += ["guess_languages", "onyomi_reading", "open_spans", "title_language"]

_WORDS = VOCABULARY
_NON_WORD = re.compile(r"[\W_]+")


ASCII_LETTER = re.compile(r"[A-Za-z]")
NON_LATIN = (Script.CYRILLIC, Script.HAN, Script.KANA)


def text_script(text: str) -> Script:
    """:func:`detect_script`, without its pass over every character for plain ASCII."""
    if text.isascii():
        return Script.LATIN if ASCII_LETTER.search(text) else Script.COMMON
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


# a long vowel with a macron: Hepburn's, which no Russian romanization uses (ISO 9 has â, û)
_HEPBURN_MACRON = re.compile("[āīūēōĀĪŪĒŌ]")
