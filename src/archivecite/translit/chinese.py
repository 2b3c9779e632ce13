"""Hanzi → pinyin in library (ALA-LC) style, through pypinyin and the jieba segmenter.

The ALA-LC Chinese romanization guidelines separate syllables of common words (``li shi``,
``chu ban she``) but join and capitalize proper names: personal names (``Mao Zedong``, surname
then given name), place names with their generic term as a capitalized word of its own
(``Tianjin Shi``, ``Chang Jiang``, ``Ningxia Huizu Zizhiqu``), ethnic groups and dynasties.
Corporate bodies are written syllable by syllable except for the proper names inside them
(``Zhongguo she hui ke xue yuan``). Chinese numerals become Arabic after 第 and in dates
(``di 23``, ``1996 nian 2 yue``); elsewhere they are words (``san shi san juan``). 《》 become
double quotes. An apostrophe separates syllables of a joined word where the second starts
with a, o or e (``Xi'an``).

Proper names are found with jieba's part-of-speech tags (nr person, ns place, nz other
proper noun) when jieba is installed (the ``zh`` extra), checked against a surname table;
library statements of responsibility (``王正强著``, ``劉琴麗編著``) mark personal names
too. Without jieba only the names in ``data/chinese_names.json`` are joined.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import Any

__all__ = [
    "PINYIN_WORD_PATTERN",
    "chinese_family_names",
    "looks_like_pinyin",
    "pinyin_family_first",
    "romanize_chinese",
    "romanize_chinese_name",
]

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# One or more pinyin syllables, without tone marks: an initial, then a final ("Zhongguo",
# "Chunwen"); the one inventory of syllables, which the citation parser uses too.
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo"
    r"|ui|un|ue|üe|[aoeiuü])"
)
PINYIN_WORD_PATTERN = re.compile(f"(?:{_SYLLABLE})+", re.IGNORECASE)
_GIVEN_NAME_PATTERN = re.compile(f"(?:{_SYLLABLE}){{1,2}}")  # "Jian", "Zedong"
_PINYIN_MIN_WORDS = 2
_ASCII_WORD = re.compile(r"[a-z]+")
_HAN_PATTERN = re.compile(f"[{_HAN}〇]+")
_DIGITS = "〇零一二三四五六七八九"
_NUMERAL = f"[{_DIGITS}两兩十百千万萬廿]+"
_DIGIT_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2, "兩": 2}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "萬": 10_000}
# 第 N (至 M); N 年 M 月 D 日; a year or number written digit by digit (一九九六, 二〇二〇).
_ORDINAL = re.compile(f"(第)({_NUMERAL})(?:(至)({_NUMERAL}))?")
_DATE = re.compile(f"({_NUMERAL})(?=[年月日号號])")
_DIGITWISE = re.compile(f"[{_DIGITS}]{{2,}}")
_PUNCTUATION = {
    "，": ", ",
    "、": ", ",
    "。": ". ",
    "；": "; ",
    "：": ": ",
    "？": "? ",
    "！": "! ",
    "（": " (",
    "）": ") ",
    "《": " \x01",
    "》": "\x02 ",
    "〈": " \x01",
    "〉": "\x02 ",
    "「": " “",
    "」": "” ",
    "『": " ‘",
    "』": "’ ",
    "　": " ",
    "・": " ",
    "·": " ",
    "•": " ",
    "‧": " ",
}
_VOWEL_START = "aoeāáǎàōóǒòēéěè"


@cache
def _data() -> dict[str, Any]:
    text = resources.files("archivecite.translit").joinpath("data/chinese_names.json")
    data: dict[str, Any] = json.loads(text.read_text(encoding="utf-8"))
    return data


@cache
def _places() -> dict[str, str]:
    """Simplified province, prefecture and county names → level (data/chinese_places.txt)."""
    text = resources.files("archivecite.translit").joinpath("data/chinese_places.txt")
    rows = (line.split("\t") for line in text.read_text(encoding="utf-8").splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2 and not row[0].startswith("#")}


# jieba tags under which a listed place name is taken as one. A two-character dictionary "name"
# (nr?) must be a prefecture or province (桂林; the county 凤凰 is also "phoenix"); a noun must
# be rare in jieba's dictionary (玉门, 全椒; 公安 and 日照 are county names too).
_PLACE_FLAGS = frozenset({"nr", "nr?", "nrt", "ns", "n", "nz", "x", "j", ""})
_RARE_NOUN = 100
_NAME_DOTS = "・·•‧"


def _is_place(word: str, flag: str) -> bool:
    if len(word) < 2 or flag not in _PLACE_FLAGS:
        return False
    convert = _to_simplified()
    simple = convert(word) if convert is not None else word
    level = _places().get(simple)
    if level is None:
        return False
    if flag == "nr?":
        return level != "county"
    if flag in ("n", "nz", "x", "j"):
        posseg = _jieba()
        frequency = posseg.dt.tokenizer.FREQ.get(simple, 0) if posseg is not None else 0
        return bool(frequency < _RARE_NOUN)
    return True


def _is_foreign_name(word: str, flag: str) -> bool:
    """A transliterated foreign name (乔布斯, 莱昂斯): jieba's nrt, or a name of three or
    more characters ending in a character that ends transliterations (斯, 尔, 娃)."""
    if flag == "nrt" and len(word) >= 2:
        return True
    finals: str = _data()["transliteration_finals"]
    return flag.startswith("nr") and len(word) >= 3 and word[-1] in finals


@cache
def _surnames() -> frozenset[str]:
    data = _data()
    return frozenset({*data["surnames"], *data["common_surnames"]})


def _syllables(hanzi: str, *, tones: bool) -> list[str]:
    """pypinyin's reading; a traditional word it does not know is read as its simplified form
    when pypinyin knows that one as a phrase (長江 as 长江 chang jiang, 財會 as 财会 cai kuai)."""
    # Imported on first use: its phrase table costs 0.3 s and 200,000 objects that every later
    # garbage collection walks, in processes that never read Chinese.
    from pypinyin import Style, lazy_pinyin  # noqa: PLC0415
    from pypinyin.constants import PHRASES_DICT  # noqa: PLC0415

    style = Style.TONE if tones else Style.NORMAL
    convert = _to_simplified()
    if convert is not None and len(hanzi) > 1 and hanzi not in PHRASES_DICT:
        simple = convert(hanzi)
        if simple in PHRASES_DICT and len(simple) == len(hanzi):
            hanzi = simple
    return [s for s in lazy_pinyin(hanzi, style=style, v_to_u=True) if s.strip()]


def _given_name(hanzi: str, tones: bool) -> str:
    """A given name, read character by character (道行 is Daoxing, not the phrase daoheng)."""
    return _join(syllable for char in hanzi for syllable in _syllables(char, tones=tones))


def _join(syllables: Iterable[str]) -> str:
    """One word: syllables run together, ' before a, o, e (Xi'an, dang'an), capitalized."""
    out = ""
    for syllable in syllables:
        if out and syllable[:1].lower() in _VOWEL_START:
            out += "'"
        out += syllable
    return out[:1].upper() + out[1:]


def _word(hanzi: str, tones: bool) -> str:
    readings: dict[str, str] = _data()["readings"]
    if hanzi in readings and not tones:
        return _join(readings[hanzi].split())
    return _join(_syllables(hanzi, tones=tones))


def romanize_chinese_name(name: str, *, tones: bool = False) -> str:
    """A personal name, family name first: 毛泽东 → Mao Zedong, 曾国藩 → Zeng Guofan."""
    surnames: dict[str, str] = _data()["surnames"]
    if len(name) == 2 and name[1] in "子":  # 孔子, 孟子, 老子: one word
        return _join(_syllables(name, tones=tones))
    for size in (2, 1):
        family = name[:size]
        if family in surnames and len(name) > size:
            reading = surnames[family].split() if not tones else _syllables(family, tones=True)
            return f"{_join(reading)} {_given_name(name[size:], tones)}"
    return f"{_join(_syllables(name[:1], tones=tones))} {_given_name(name[1:], tones)}"


# --------------------------------------------------------------------------- numbers


def _number_value(numeral: str) -> int:
    if all(c in _DIGIT_VALUE for c in numeral):  # digit by digit: 一九九六, 二〇二〇
        return int("".join(str(_DIGIT_VALUE[c]) for c in numeral))
    total = section = digit = 0
    for char in numeral:
        if char in _DIGIT_VALUE:
            digit = _DIGIT_VALUE[char]
        elif char == "廿":
            section += 20
        elif char in ("万", "萬"):
            total += (section + digit) * 10_000
            section = digit = 0
        else:
            section += (digit or 1) * _UNITS[char]
            digit = 0
    return total + section + digit


def _arabic_numbers(text: str) -> str:
    """Chinese numerals → Arabic where the guidelines use figures (ordinals, dates)."""

    def ordinal(match: re.Match[str]) -> str:
        out = f"{match[1]} {_number_value(match[2])} "
        if match[3]:
            out += f"{match[3]} {_number_value(match[4])} "
        return out

    text = _ORDINAL.sub(ordinal, text)
    text = _DIGITWISE.sub(lambda m: f" {_number_value(m[0])} ", text)
    return _DATE.sub(lambda m: f" {_number_value(m[0])} ", text)


# --------------------------------------------------------------------------- segmentation


@cache
def _jieba() -> Any:
    try:
        import jieba  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: PLC0415
        import jieba.posseg  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: PLC0415
    except ImportError:
        return None
    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg


@cache
def _to_simplified() -> Any:
    try:
        from hanziconv import (  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: PLC0415
            HanziConv,
        )
    except ImportError:
        return None
    return HanziConv.toSimplified


def _tagged(run: str) -> list[tuple[str, str]]:
    """(word, POS) pairs over ``run``; the words concatenate back to ``run``.

    A two-character word that jieba's dictionary tags nr is as often a place or a common
    word (桂林, 凤凰, 索引) as a name; it is tagged ``nr?`` and needs other evidence.
    """
    posseg = _jieba()
    if posseg is None:
        return [(run, "")]
    dictionary: dict[str, str] = posseg.dt.word_tag_tab
    convert = _to_simplified()
    simple = convert(run) if convert is not None else run
    if len(simple) != len(run):
        simple = run
    out: list[tuple[str, str]] = []
    start = 0
    for pair in posseg.cut(simple):
        size = len(pair.word)
        flag = str(pair.flag)
        if flag == "nr" and size == 2 and dictionary.get(pair.word) == "nr":
            flag = "nr?"
        out.append((run[start : start + size], flag))
        start += size
    return out


# --------------------------------------------------------------------------- words


def _generic_split(place: str) -> tuple[str, list[str]]:
    """宁夏回族自治区 → (宁夏, [回族, 自治区]); 長江 → (長, [江]); 太原市 → (太原, [市])."""
    generics: list[str] = _data()["place_generics"]
    tail: list[str] = []
    changed = True
    convert = _to_simplified()
    while changed:
        changed = False
        # a listed two-character place keeps its 山 or 江 (佛山 Foshan, 镇江 Zhenjiang)
        listed = (convert(place) if convert is not None else place) in _places()
        for generic in generics:
            single = len(generic) == 1
            keep = 1 if generic in _data()["geographic_generics"] and not listed else 2
            if place.endswith(generic) and len(place) - len(generic) >= (keep if single else 1):
                tail.insert(0, generic)
                place = place[: -len(generic)]
                changed = True
                break
    ethnic = re.fullmatch(f"(.{{2,}}?)([{_HAN}]{{1,4}}族)", place)
    if ethnic and ethnic[2][:-1] in _data()["ethnic_groups"]:
        place, tail = ethnic[1], [ethnic[2], *tail]
    return place, tail


def _place(word: str, tones: bool) -> list[str]:
    """A place name joined, its generic terms as words: read whole, then split (長江)."""
    place, tail = _generic_split(word)
    if word in _data()["readings"] or tones:
        return [_word(place, tones), *(_word(part, tones) for part in tail)]
    syllables = _syllables(word, tones=tones)
    if len(syllables) != len(word):
        return [_word(place, tones), *(_word(part, tones) for part in tail)]
    out = [_join(syllables[: len(place)])]
    start = len(place)
    for part in tail:
        out.append(_join(syllables[start : start + len(part)]))
        start += len(part)
    return out


def _is_person(word: str, flag: str) -> bool:
    if not flag.startswith("nr") or flag == "nr?" or not 2 <= len(word) <= 4:
        return False
    return word[:1] in _surnames() or word[:2] in _surnames()


@cache
def _responsibility_pattern() -> re.Pattern[str]:
    """A name right before a statement of responsibility or 集 (王正强著, 楊道行集)."""
    surnames = "".join(s for s in _surnames() if len(s) == 1)
    compound = "|".join(s for s in _surnames() if len(s) == 2)
    roles = "|".join(sorted(_data()["responsibility_terms"], key=len, reverse=True))
    return re.compile(
        f"(?:^|(?<=[^{_HAN}]))((?:{compound}|[{surnames}])[{_HAN}]{{1,2}}?)(?=等?(?:{roles}))"
    )


def _proper_noun_pattern() -> re.Pattern[str]:
    nouns = sorted(_data()["proper_nouns"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, nouns)))


@cache
def _buddhist_pattern() -> re.Pattern[str]:
    """Buddhist names inside a longer word (佛 of 佛教 → Fo jiao)."""
    nouns = sorted(_data()["buddhist_names"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, nouns)))


class _Words:
    """Romanizes one Han run word by word."""

    def __init__(self, tones: bool, names: frozenset[str]) -> None:
        self.tones = tones
        self.names = names
        self.dynasties: str = _data()["dynasties"]

    def run(self, run: str, before: str, after: str) -> list[str]:
        if run in self.names:
            return [romanize_chinese_name(run, tones=self.tones)]
        if after and after in _NAME_DOTS:  # 丹尼尔・莱昂斯: each part of the name one word
            return [_join(_syllables(run, tones=self.tones))]
        if before and before in _NAME_DOTS:
            pieces = _tagged(run)
            rest = run[len(pieces[0][0]) :]
            return [_join(_syllables(pieces[0][0], tones=self.tones)), *self._segment(rest)]
        if run in self.dynasties and before in "([（【〔" and after in ")]）】〕":
            return [_word(run, self.tones)]
        words: list[str] = []
        last = 0
        for match in _responsibility_pattern().finditer(run):
            words.extend(self._segment(run[last : match.start()]))
            words.append(romanize_chinese_name(match[1], tones=self.tones))
            last = match.end()
        words.extend(self._segment(run[last:]))
        return words

    def _segment(self, text: str) -> Iterator[str]:
        if not text:
            return
        pieces = _tagged(text)
        for i, (word, flag) in enumerate(pieces):
            following = pieces[i + 1][0] if i + 1 < len(pieces) else ""
            yield from self._piece(word, flag, following)

    def _piece(self, word: str, flag: str, following: str) -> Iterator[str]:
        tones = self.tones
        sage = flag.startswith("nr") and len(word) == 2 and word[1] == "子"  # 孔子, 孟子
        buddhist: dict[str, str] = _data()["buddhist_names"]
        periods: dict[str, str] = _data()["periods"]
        if word in periods and not tones:
            yield from periods[word].split()  # 六朝 Liu chao, 三晋 San Jin
        elif word in buddhist and not tones:
            yield _join(buddhist[word].split())  # 須彌 Xumi, 吉藏 Jizang
        elif _is_foreign_name(word, flag):
            yield _join(_syllables(word, tones=tones))  # 乔布斯 Qiaobusi
        elif word in self.names or _is_person(word, flag) or sage:
            yield romanize_chinese_name(word, tones=tones)
        elif (
            word in _data()["readings"]
            or word in _data()["proper_nouns"]
            or _is_place(word, flag)  # 桂林, 玉門, 全椒 (a place list)
        ):
            yield from _place(word, tones)
        elif flag == "ns" and (len(word) > 1 or following[:1] in _data()["admin_generics"]):
            yield from self._place_word(word)
        elif flag == "nz" and word[-1:] == "族" and word[:-1] in _data()["ethnic_groups"]:
            yield _word(word, tones)
        elif len(word) == 2 and all(c in self.dynasties for c in word):  # 漢魏, 明清
            yield from (_word(c, tones) for c in word)
        elif len(word) == 2 and word[0] in self.dynasties and word[1] in "代朝":  # 清代
            yield _word(word[0], tones)
            yield from _syllables(word[1], tones=tones)
        elif (
            len(word) == 2
            and following[:1] in _data()["admin_generics"]
            and flag in ("n", "ns", "nz", "x")
        ):  # 全椒 + 縣: a county name jieba does not know
            yield _word(word, tones)
        elif len(word) >= 3 and word[-1] in _data()["admin_generics"] and flag in ("n", "ns"):
            yield from _place(word, tones)  # 全椒县
        elif word[:1] in _data()["admin_generics"] and len(word) > 1 and flag == "n":
            yield _word(word[0], tones)  # 縣 of 縣委員會 after a place name
            yield from _syllables(word[1:], tones=tones)
        else:
            match = _proper_noun_pattern().search(word)
            sacred = _buddhist_pattern().search(word) if not tones else None
            if match is None and sacred and len(word) > len(sacred[0]):
                yield from self._piece(word[: sacred.start()], "", "")
                yield _join(_data()["buddhist_names"][sacred[0]].split())
                yield from self._piece(word[sacred.end() :], "", "")
            elif match and len(word) > len(match[0]):
                yield from self._piece(word[: match.start()], "", "")
                yield from _place(match[0], tones)
                yield from self._piece(word[match.end() :], "", "")
            elif word:
                yield from _syllables(word, tones=tones)

    def _place_word(self, word: str) -> Iterator[str]:
        """A place; a long one may start with a known place and go on as common words."""
        match = _proper_noun_pattern().match(word)
        if match and len(word) > len(match[0]) and not _generic_split(word)[1]:
            yield from _place(match[0], self.tones)
            yield from _syllables(word[len(match[0]) :], tones=self.tones)
        else:
            yield from _place(word, self.tones)


def _spaced(text: str) -> str:
    for mark, latin in _PUNCTUATION.items():
        text = text.replace(mark, latin)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub("([(\\[{“‘\x01]) ", r"\1", text)
    text = re.sub(r"\s+([,.;:!?)\]}”’\x02])", r"\1", text)
    return text.replace("\x01", '"').replace("\x02", '"')


def romanize_chinese(text: str, *, tones: bool = False, names: Iterable[str] = ()) -> str:
    """Romanize Chinese in ALA-LC library style; ``names`` lists extra personal names."""
    words = _Words(tones, frozenset(names))
    text = _arabic_numbers(text)
    out: list[str] = []
    last = 0
    for match in _HAN_PATTERN.finditer(text):
        out.append(text[last : match.start()])
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        out.append(" " + " ".join(words.run(match.group(), before, after)) + " ")
        last = match.end()
    out.append(text[last:])
    result = _spaced("".join(out))
    return result[:1].upper() + result[1:]


def looks_like_pinyin(text: str) -> bool:
    """Every word of ``text`` (two at least) is a run of pinyin syllables: "Zhong Su guanxi
    shigang", "Zhongguo jindai shi". English and Russian romanizations have words that are
    not ("history", "istoriya")."""
    if text.isascii():  # most titles: no tone marks to drop
        words = [word.replace("v", "ü") for word in _ASCII_WORD.findall(text.lower())]
    else:
        folded = unicodedata.normalize("NFD", text.lower())
        kept = "".join(c for c in folded if not unicodedata.combining(c) or c == "\u0308")
        words = [
            unicodedata.normalize("NFC", word).replace("v", "ü")
            for word in re.findall(r"[^\W\d_]+", kept)
        ]
    return len(words) >= _PINYIN_MIN_WORDS and all(
        PINYIN_WORD_PATTERN.fullmatch(word) for word in words
    )


@cache
def chinese_family_names() -> frozenset[str]:
    """The Chinese family names of the tables: the common single ones of the Baijiaxing and
    those read otherwise as family names, compound ones (欧阳, 司马) among them."""
    data = _data()
    return frozenset((*data["surnames"], *data["common_surnames"]))


@cache
def _surname_readings() -> frozenset[str]:
    data = _data()
    readings = {reading.replace(" ", "") for reading in data["surnames"].values()}
    for surname in data["common_surnames"]:
        readings.add("".join(_syllables(surname, tones=False)))
    return frozenset(readings)


def pinyin_family_first(name: str) -> bool:
    """``Mao Zedong``, ``Liu Shaoqi``: two capitalised words, the first the pinyin of a Chinese
    family name and the second one or two pinyin syllables that are none, a Chinese name printed
    family name first ("Susan Butler", "Yuri Slezkine" are not). Where both words can be family
    names ("Chen Jian", "Wei Li"), the order cannot be told from the name, and ``False``."""
    words = name.split()
    if len(words) != 2 or not all(word.istitle() and word.isascii() for word in words):
        return False
    family, given = (word.lower() for word in words)
    readings = _surname_readings()
    return (
        family in readings
        and given not in readings
        and _GIVEN_NAME_PATTERN.fullmatch(given) is not None
    )
