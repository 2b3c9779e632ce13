"""Japanese → romaji: kana built in, kanji through fugashi + unidic-lite (the ``ja`` extra).

Readings come from the dictionary's orthographic reading (トウキョウ); the pronunciation
(トーキョー) only tells where a vowel is long, so 東京 is Tōkyō while 思う stays omou.
cutlet is not used for the reading because it never writes macrons and prefers foreign
spellings. Word division and capitals follow the ALA-LC Japanese table:

* particles are separate words (は wa, へ e, を o); inflections, auxiliaries after a verb and
  the conjunctive て/で/ば join their verb (wasurerareta, kangaete, itta); the copula after
  a noun is a word of its own (Nihonjin de aru);
* suffixes join their word (Heibonsha, hōkatsuteki, Nihonshi, Shuppanbu), and so does a
  one-character noun after a noun (chasho, kenkyūkai, Kankōkai): a "word" of two or more
  characters stands alone, a single character belongs to the compound before it;
* place suffixes after a place name and honorifics after a name are hyphenated
  (Tōkyō-to, Chiyoda-ku, Yokohama-shi, Okiku-san), unless the suffix starts a compound of
  its own (Ōsaka Shiritsu Daigaku); prefixes join their noun (Okiku, hikagakuteki) but stand
  apart before a proper noun or a number (Shin Nihon, dai 2-ji);
* numbers are Arabic and hyphenated to their counter (Meiji 37-nen, 1980-nendai, dai 1-kan,
  3-teiban); native readings stay words (hitotsu, mikkakan), and so do numbers inside a
  corporate name (Daisan Bunmeisha); 自 X 至 Y is read "X yori Y ni itaru";
* abbreviated country names in a compound are hyphenated and capitalized (Nichi-Ro, Bei-So,
  Nit-Chū, Ei-Wa);
* proper nouns, corporate names (with their subordinate units), titles before a personal
  name and generic terms after a proper name are capitalized; 日本 is Nihon; syllabic n is
  n' before a vowel or y, also across dictionary words (hen'yō); 上. alone is jō;
* a text that is nothing but one personal name, perhaps with dates, is a name heading:
  Yoshida, Hajime; Shinmura, Izuru, 1876-1967.

Exceptions are data, not code (``data/japanese_*.tsv``): overrides (names, publishers and
established readings; lower case for common words), name-word kinds (generic, title,
corporate, phrase, suffix, role), counters, country abbreviations, suffix and name readings,
kyūjitai and Unihan variants, and Unihan readings for kanji the dictionary does not know.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from archivecite.errors import MissingExtraError
from archivecite.translit.kana import LongVowels, System, default_long_vowels, kana_to_romaji

__all__ = ["romanize_japanese"]

_KANJI_PATTERN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]")
_LONGABLE = {"ウ": "ou", "オ": "o", "ア": "a", "エ": "e"}  # えい and いい are written out
_VOWEL_OF = {
    **dict.fromkeys("アカサタナハマヤラワガザダバパァャ", "a"),
    **dict.fromkeys("イキシチニヒミリギジヂビピィ", "i"),
    **dict.fromkeys("ウクスツヌフムユルグズヅブプゥュヴ", "u"),
    **dict.fromkeys("エケセテネヘメレゲゼデベペェ", "e"),
    **dict.fromkeys("オコソトノホモヨロヲゴゾドボポォョ", "o"),
}
_PUNCTUATION = str.maketrans(
    {
        "。": ".",
        "、": ",",
        "「": '"',
        "」": '"',
        "『": '"',
        "』": '"',
        "《": '"',
        "》": '"',
        "〈": '"',
        "〉": '"',
        "〔": "[",
        "〕": "]",
        "【": "[",
        "】": "]",
        "・": " ",
        "　": " ",
    }
)
_HYPHENATED_SUFFIXES = frozenset("市県都府町村区郡")  # after a place name: Yokohama-shi
_HONORIFICS = frozenset({"さん", "さま", "様", "君", "くん", "ちゃん", "殿"})
_CONJUNCTIVE = frozenset({"て", "で", "ば", "たり", "だり"})  # join the verb: kangaete
_VERBAL = frozenset({"動詞", "形容詞", "助動詞"})
_NOMINAL = frozenset({"名詞", "接尾辞", "代名詞"})
_PHRASAL = frozenset({"助詞", "動詞", "助動詞", "形容詞"})
_NUMERAL_CHARS = frozenset("〇零一二三四五六七八九十百千万億0123456789０１２３４５６７８９")
_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
_KANJI_LARGE = {"万": 10_000, "億": 100_000_000}
_KANJI_POSITIONAL = re.compile("[十百千万億]")
_KANJI_TO_DIGITS = str.maketrans({char: str(value) for char, value in _KANJI_DIGITS.items()})
# Native (wago) numeral readings stay words: 一つ hitotsu, 二人 futari, 三日 mikka.
_NATIVE_NUMERAL = re.compile(
    "^(ヒト|フタ|ミッ|ミ|ヨッ|ヨ|イツ|ムッ|ム|ナナツ|ヤッ|ヤ|ココノ|トオ|ハタ|ツイ)"
)


# --------------------------------------------------------------------------- data


def _rows(name: str) -> list[list[str]]:
    """Tab-separated rows of data/NAME, comments (#) and blank lines left out."""
    text = resources.files("archivecite.translit").joinpath(f"data/{name}")
    return [
        line.split("\t")
        for line in text.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


@cache
def _overrides() -> dict[str, str]:
    """Surface → romanization for names and words the dictionary reads otherwise (東京)."""
    return {row[0]: row[1] for row in _rows("japanese_overrides.tsv") if len(row) >= 2}


@cache
def _override_spans() -> tuple[frozenset[str], int]:
    """First characters of the override keys and the longest key, for a quick test."""
    keys = _overrides()
    return frozenset(key[0] for key in keys), max(map(len, keys), default=0)


@cache
def _override_keys() -> re.Pattern[str]:
    """Matches any override key: no match, no override to look for."""
    keys = sorted(_overrides(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, keys)) if keys else "(?!)")


@cache
def _word_kinds() -> dict[str, frozenset[str]]:
    """data/japanese_name_words.tsv by kind: generic, title, corporate, suffix, role."""
    kinds: dict[str, set[str]] = {}
    for row in _rows("japanese_name_words.tsv"):
        if len(row) >= 2:
            kinds.setdefault(row[1].strip(), set()).add(row[0])
    return {kind: frozenset(words) for kind, words in kinds.items()}


@cache
def _kyujitai() -> dict[int, str]:
    """Old and variant kanji (說, 戶, 學) → the shinjitai the dictionary knows (説, 戸, 学)."""
    table: dict[int, str] = {}
    for name in ("japanese_variants.tsv", "japanese_kyujitai.tsv"):  # the curated table wins
        table.update(
            (ord(row[0]), row[1])
            for row in _rows(name)
            if len(row) >= 2 and len(row[0]) == 1 and len(row[1]) == 1
        )
    return table


@cache
def _old_forms() -> re.Pattern[str]:
    """Matches a character that _kyujitai maps: no match, no translation to make."""
    return re.compile("[" + re.escape("".join(map(chr, _kyujitai()))) + "]")


@cache
def _kanji_readings() -> dict[str, tuple[str, str]]:
    """Kanji → (on'yomi, kun'yomi) in katakana (Unihan), for kanji unidic-lite does not know."""
    return {
        row[0]: (row[1], row[2] if len(row) > 2 else "")
        for row in _rows("japanese_kanji_readings.tsv")
        if len(row) >= 2
    }


@cache
def _counters() -> dict[str, str]:
    """Counter → its reading after an Arabic number (巻 kan, not maki: dai 1-kan)."""
    return {row[0]: row[1] for row in _rows("japanese_counters.tsv") if len(row) >= 2}


@cache
def _countries() -> dict[str, tuple[str, ...]]:
    """One-character country names → their readings in abbreviated compounds (日: ニチ, ニッ)."""
    rows = _rows("japanese_countries.tsv")
    return {row[0]: tuple(row[1].split()) for row in rows if len(row) >= 2}


@cache
def _suffix_readings() -> dict[tuple[str, str], str]:
    """(suffix, kind of the word before) → reading (人 after a place name: ジン, Nihonjin)."""
    rows = _rows("japanese_suffix_readings.tsv")
    return {(row[0], row[1]): row[2] for row in rows if len(row) >= 3}


@cache
def _name_readings() -> dict[tuple[str, str], str]:
    """(surface, 姓 or 名) → reading, where the dictionary's first reading is the rarer one."""
    rows = _rows("japanese_name_readings.tsv")
    return {(row[0], row[1]): row[2] for row in rows if len(row) >= 3}


# --------------------------------------------------------------------------- tagger


@cache
def _tagger() -> Any:
    try:
        # The optional extra is imported on first use only.
        import fugashi  # type: ignore[import-not-found,unused-ignore]  # noqa: PLC0415
        import unidic_lite  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401, PLC0415
    except ImportError as error:
        raise MissingExtraError(
            "Japanese kanji romanization", extra="ja", packages=["fugashi", "unidic-lite", "cutlet"]
        ) from error
    return fugashi.Tagger()


class _Tok:
    """What the word division needs of one dictionary token; built once per distinct token."""

    __slots__ = (
        "fixed",
        "kana",
        "lemma",
        "mark",
        "numeral",
        "pos1",
        "pos2",
        "pos3",
        "pos4",
        "proper",
        "single",
        "surface",
    )

    def __init__(
        self, surface: str, pos: tuple[str, str, str, str], lemma: str, kana: str | None
    ) -> None:
        self.surface = surface
        self.pos1, self.pos2, self.pos3, self.pos4 = pos
        self.lemma = lemma
        self.kana = kana  # the reading to romanize, long vowels as ー; None: write as is
        self.fixed: str | None = None  # an override's romanization
        self.mark = self.pos1 in ("補助記号", "記号") or (kana is None and _is_punctuation(surface))
        self.single = len(surface) == 1 and bool(_KANJI_PATTERN.match(surface))
        self.proper = self.pos2 == "固有名詞"
        self.numeral = (
            self.pos2 == "数詞"
            and all(char in _NUMERAL_CHARS for char in surface)
            and not (kana and _NATIVE_NUMERAL.match(kana))
        )


def _is_punctuation(text: str) -> bool:
    return all(unicodedata.category(char)[0] in "PSZ" for char in text)


_TOKENS: dict[tuple[str, str], _Tok] = {}


def _token(surface: str, raw: str, node: Any) -> _Tok:
    """The token of a fugashi node seen for the first time (then kept by surface and features)."""
    if len(_TOKENS) > 200_000:
        _TOKENS.clear()
    tok = _TOKENS[surface, raw] = _new_token(surface, _features(raw, node))
    return tok


@cache
def _layout() -> tuple[int, int, int]:
    """Where the dictionary keeps lemma, pron and kana in feature_raw (unidic-lite: 7, 9, 17;
    unidic 3: 7, 9, 20), read once from the field names of fugashi's named tuple."""
    fields = type(_tagger().parseToNodeList("東京")[0].feature)._fields
    return fields.index("lemma"), fields.index("pron"), fields.index("kana")


def _features(raw: str, node: Any) -> tuple[str, str, str, str, str, str, str]:
    """pos1-4, lemma, pron and kana ("" for none), split from the raw CSV, which is cheaper
    than fugashi's named tuple; a quoted field among them goes through the named tuple."""
    lemma, pron, kana = _layout()
    fields = raw.split(",", kana + 1)
    if len(fields) <= kana:  # an unknown word: part of speech only
        fields += [""] * (kana + 1 - len(fields))
    elif '"' in raw and '"' in raw[: len(raw) - len(fields[-1])]:
        feature = node.feature
        names = ("pos1", "pos2", "pos3", "pos4", "lemma", "pron", "kana")
        return tuple(  # type: ignore[return-value]
            "" if value in (None, "*") else str(value)
            for value in (getattr(feature, name, None) for name in names)
        )
    picked = (fields[0], fields[1], fields[2], fields[3], fields[lemma], fields[pron], fields[kana])
    if "*" in picked:
        return tuple("" if value == "*" else value for value in picked)  # type: ignore[return-value]
    return picked


def _new_token(surface: str, features: tuple[str, str, str, str, str, str, str]) -> _Tok:
    pos1, pos2, pos3, pos4, lemma, pron, reading = features
    kana: str | None = reading or None
    if pos1 in ("補助記号", "記号"):
        kana = None  # marks are written as they are (・ is a space, 「」 quotes)
    elif kana is None:
        kana = _unknown_reading(surface)
    elif pos1 == "助詞":
        kana = pron or kana  # read as pronounced: topic は wa, へ e, を o
    else:
        kana = _mark_long(kana, pron or kana)
        if "日本" in surface:
            kana = kana.replace("ニッポン", "ニホン")  # ALA-LC: 日本 is Nihon
        if pos3 == "人名":
            kana = _name_readings().get((surface, pos4), kana)
        kana = _country_compound(surface, kana)
    return _Tok(surface, (pos1, pos2, pos3, pos4), lemma, kana)


def _unknown_reading(surface: str) -> str | None:
    """Kanji the dictionary does not know: a run is read in on'yomi character by character
    (聚葉 shūyō), a lone kanji in kun'yomi where it has one (a native word)."""
    if not surface or not all(map(_KANJI_PATTERN.match, surface)):
        return None
    readings = _kanji_readings()
    if len(surface) == 1 and readings.get(surface, ("", ""))[1]:
        return readings[surface][1]
    parts = [readings.get(char, ("", ""))[0] for char in surface]
    return None if not all(parts) else "".join(parts)


def _country_compound(surface: str, kana: str) -> str:
    """日露 → ニチ-ロ: a compound of one-character country names is hyphenated (Nichi-Ro)."""
    countries = _countries()
    if len(surface) < 2 or surface[0] not in countries or not countries.keys() >= set(surface):
        return kana
    parts: list[str] = []
    rest = kana
    for char in surface:
        reading = next((r for r in countries[char] if rest.startswith(r)), None)
        if reading is None:
            return kana
        parts.append(reading)
        rest = rest[len(reading) :]
    return kana if rest else "-".join(parts)


def _mark_long(kana: str, pron: str) -> str:
    """Replace the second vowel of a long vowel by ー where the pronunciation has ー."""
    if len(kana) != len(pron) or "ー" not in pron:
        return kana
    out = list(kana)
    for i in range(1, len(kana)):
        if (
            pron[i] == "ー"
            and kana[i] in _LONGABLE
            and _VOWEL_OF.get(kana[i - 1], "") in _LONGABLE[kana[i]]
        ):
            out[i] = "ー"
    return "".join(out)


@lru_cache(maxsize=65_536)
def _romaji(kana: str, system: System, long_vowels: LongVowels) -> str:
    if "-" in kana:  # a country compound: parts capitalized, ッ doubles across (Nit-Chū)
        parts = [
            kana_to_romaji(
                part.rstrip("ッ"), system=system, long_vowels=long_vowels, merge_ou=False
            )
            for part in kana.split("-")
        ]
        for k, part in enumerate(kana.split("-")[:-1]):
            if part.endswith("ッ") and parts[k + 1]:
                parts[k] += "t" if parts[k + 1].startswith("ch") else parts[k + 1][0]
        return "-".join(map(_capital, parts))
    return kana_to_romaji(kana, system=system, long_vowels=long_vowels, merge_ou=False)


_KUNREI_SYLLABLES = {"sh": "sy", "ch": "ty", "j": "zy", "ts": "t", "f": "h"}
_HEPBURN_PATTERN = re.compile(r"(sh|ch|ts|j|f)([aiueoāīūēōâîûêô]?)", re.IGNORECASE)


@lru_cache(maxsize=4_096)
def _from_hepburn(romaji: str, system: System) -> str:
    """An override written in Hepburn, in Kunrei or Nihon (Shikoku → Sikoku, Chūō → Tyūō)."""
    if system == "hepburn":
        return romaji

    def convert(match: re.Match[str]) -> str:
        head, vowel = match.group(1), match.group(2)
        new = _KUNREI_SYLLABLES[head.lower()]
        if vowel.lower() in ("i", "ī", "î") and new.endswith("y"):
            new = new[:-1]  # shi si, chi ti, ji zi
        if head[0].isupper():
            new = new.capitalize()
        return new + vowel

    return _HEPBURN_PATTERN.sub(convert, romaji)


@lru_cache(maxsize=4_096)
def _with_long_vowels(romaji: str, long_vowels: LongVowels) -> str:
    if long_vowels == "macron":
        return romaji
    decomposed = unicodedata.normalize("NFD", romaji)
    if long_vowels == "circumflex":
        return unicodedata.normalize("NFC", decomposed.replace("\u0304", "\u0302"))
    if long_vowels == "double":
        return re.sub(
            r"([aiueoAIUEO])\u0304", lambda m: m.group(1) + m.group(1).lower(), decomposed
        )
    return decomposed.replace("\u0304", "")


def _across(last: str, romaji: str) -> str:
    """romaji joined after a token that ends in っ (行っ + た: itta, 三日 mikka) or in ん before
    a vowel or y (hen'yō, the ALA-LC syllable divider)."""
    head = romaji[:2].lower()
    if last == "ン":
        return "'" + romaji if head[:1] in _DIVIDED else romaji
    if head == "ch":
        return "t" + romaji
    return head[:1] + romaji if head[:1].isalpha() and head[:1] not in "aiueon" else romaji


_DIVIDED = frozenset("aiueoyāīūēōâîûêô")


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


# --------------------------------------------------------------------------- entry point


def romanize_japanese(
    text: str,
    *,
    system: System = "hepburn",
    long_vowels: LongVowels | None = None,
    name_headings: bool = False,
) -> str:
    """Romanize Japanese; kana alone needs nothing, kanji need the ``ja`` extra.

    ``long_vowels`` defaults to macrons in Hepburn and circumflexes in Kunrei and Nihon.
    A name already in heading form (with dates or a comma) is written as a heading; with
    ``name_headings`` (the ALA-LC catalogue convention) a bare personal name is inverted too.
    """
    long_vowels = long_vowels or default_long_vowels(system)
    if not _KANJI_PATTERN.search(text):
        return kana_to_romaji(
            unicodedata.normalize("NFKC", text), system=system, long_vowels=long_vowels
        ).translate(_PUNCTUATION)
    heading = _HEADING.fullmatch(text)
    if heading and (heading["dates"] or "," in heading["name"]):
        # perhaps a name heading with dates or a comma: 新村出, 1876-1967; 山田, 太郎
        tokens, spaced, written = _analyse(re.sub(", ?", " ", heading["name"]))
        words = _Words(tokens, spaced, written, system, long_vowels).build()
        if _is_personal_name(tokens, spaced, words):
            return f"{_capital(words[0])}, {words[1]}{heading['dates'] or ''}"
    tokens, spaced, written = _analyse(text)
    words = _Words(tokens, spaced, written, system, long_vowels).build()
    if name_headings and heading and _is_personal_name(tokens, spaced, words):
        return f"{_capital(words[0])}, {words[1]}"  # a name heading: 吉田一 Yoshida, Hajime
    result = " ".join(words)
    return result[:1].upper() + result[1:]


# One name of up to two parts, then perhaps the dates of a heading (新村出, 1876-1967).
_HEADING = re.compile(
    r"\s*(?P<name>[^\s\d,、.:;/=()\[\]]+(?:(?: |, ?)[^\s\d,、.:;/=()\[\]]+)?)"
    r"(?P<dates>, \d{3,4}\??-(?:\d{3,4}\??)?\.?)?\s*"
)


def _analyse(text: str) -> tuple[list[_Tok], list[bool], list[str]]:
    """Tokens of the text (kyūjitai read as shinjitai), whether a space precedes each, and
    each token as written; runs of tokens that make an override key become one token."""
    known = _TOKENS
    tokens: list[_Tok] = []
    spaced: list[bool] = []
    written: list[str] = []
    pos = 0
    analysed = text.translate(_kyujitai()) if _old_forms().search(text) else text
    _layout()  # read once before parsing: a parse while nodes are read would reuse their lattice
    for node in _tagger().parseToNodeList(analysed):
        surface = node.surface
        raw = node.feature_raw
        tok = known.get((surface, raw)) or _token(surface, raw, node)
        space = node.white_space
        if space:
            pos += len(space)
        size = len(surface)
        tokens.append(tok)
        spaced.append(bool(space))
        written.append(text[pos : pos + size])
        pos += size
    if _override_keys().search(analysed):
        _merge_overrides(tokens, spaced, written, _override_spans()[1])
    return tokens, spaced, written


def _merge_overrides(
    tokens: list[_Tok], spaced: list[bool], written: list[str], longest: int
) -> None:
    overrides = _overrides()
    firsts, _ = _override_spans()
    i = 0
    while i < len(tokens):
        if tokens[i].surface[:1] not in firsts:
            i += 1
            continue
        surface, best = "", 0
        for j in range(i, len(tokens)):
            if j > i and spaced[j]:
                break
            surface += tokens[j].surface
            if len(surface) > longest:
                break
            if surface in overrides:
                best = j + 1
        if best:
            key = "".join(tok.surface for tok in tokens[i:best])
            tokens[i:best] = [_override_token(key)]
            written[i:best] = ["".join(written[i:best])]
            spaced[i:best] = [spaced[i]]
        i += 1


@cache
def _override_token(key: str) -> _Tok:
    fixed = _overrides()[key]
    kind = "固有名詞" if fixed[:1].isupper() else "普通名詞"  # lower case: a common word
    tok = _Tok(key, ("名詞", kind, "override", ""), key, None)
    tok.fixed = fixed
    tok.mark = False
    return tok


# --------------------------------------------------------------------------- word division


_OPENING = frozenset("([{“‘")
_CLOSING = frozenset(")]}”’")
_HYPHENS = frozenset("-‐–")
_QUOTES = frozenset("「『《〈")
_CLOSING_QUOTES = frozenset("」』》〉")


@cache
def _name_word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Generic words capitalized after a name, titles before a name, and role words."""
    kinds = _word_kinds()
    return tuple(kinds.get(kind, frozenset()) for kind in ("generic", "title", "role"))  # type: ignore[return-value]


class _Words:
    """ALA-LC word division and capitals over one analysed text."""

    def __init__(
        self,
        tokens: list[_Tok],
        spaced: list[bool],
        written: list[str],
        system: System,
        long_vowels: LongVowels,
    ) -> None:
        self.tokens = tokens
        self.spaced = spaced
        self.written = written
        self.system: System = system
        self.long_vowels: LongVowels = long_vowels
        self.words: list[str] = []
        self.generics, self.titles, self.roles = _name_word_sets()
        self.ranges = _kanbun_ranges(tokens) if "至" in written else {}
        self.joined, self.corporate, self.names = _compounds(tokens, spaced)

    def romaji(self, i: int) -> str:
        tok = self.tokens[i]
        if tok.fixed is not None:
            return _with_long_vowels(_from_hepburn(tok.fixed, self.system), self.long_vowels)
        if tok.kana is None:
            return unicodedata.normalize("NFKC", self.written[i]).translate(_PUNCTUATION)
        return _romaji(tok.kana, self.system, self.long_vowels)

    def build(self) -> list[str]:  # noqa: PLR0915
        tokens, words, spaced, ranges = self.tokens, self.words, self.spaced, self.ranges
        corporate, joined, system, long_vowels = (
            self.corporate,
            self.joined,
            self.system,
            self.long_vowels,
        )
        glue = False  # the next token joins the previous word (after a prefix)
        attach = False  # the next word follows a mark without a space ([1992], 46-47)
        title = False  # the next word starts a quoted title and is capitalized
        proper = False  # the previous word is (part of) a proper name
        prev: _Tok | None = None  # the previous token that made or joined a word
        itaru = False  # a kanbun range 自 … 至 … is open: "ni itaru" closes it
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if ranges and i in ranges:  # 自 X 至 Y: X yori Y ni itaru
                if ranges[i]:
                    words.append("yori")
                    itaru = True
                prev, i = None, i + 1
                continue
            if itaru and (tok.mark or spaced[i]):  # the range ends at a mark or space
                words.extend(("ni", "itaru"))
                itaru = False
            if tok.mark:
                attach, title = self.add_mark(i)
                prev, glue, i = None, False, i + 1
                continue
            if tok.numeral and i not in corporate:  # in a name a number is a word
                i = self.add_number(i, attach)
                attach = glue = title = proper = False
                prev = None  # a number and its counters make a word of their own
                continue
            if tok.surface in _VOLUMES and self.alone(i):
                tok = _volume_token(tok.surface)  # 上. as a volume: jō
            pos1 = tok.pos1
            romaji = _romaji(tok.kana, system, long_vowels) if tok.kana else self.romaji(i)
            if prev is not None and pos1 == "接尾辞":
                reading = _suffix_readings().get((tok.surface, prev.pos3))
                romaji = _romaji(reading, system, long_vowels) if reading else romaji
            if not romaji.strip():
                i += 1
                continue
            is_proper = tok.proper and not (tok.single and _stray_surname(tokens, i))
            if is_proper:
                if tok.pos3 == "地名" and len(tok.surface) > 2:
                    romaji = self.split_place(i, romaji)
                romaji = _capital(romaji)
            elif (
                pos1 == "名詞"
                and (
                    (proper and tok.surface in self.generics)
                    or (self.names and self.before_name(i))
                )
            ) or (i in corporate and pos1 != "助詞"):
                romaji = _capital(romaji)
                is_proper = True
            if title:
                romaji, title = _capital(romaji), False
            if attach and words:  # right after an opening mark or a range hyphen
                words[-1] += romaji
            elif not words or prev is None or spaced[i]:
                words.append(romaji)
            elif pos1 == "接尾辞" and tok.surface in _HONORIFICS:
                words[-1] += "-" + romaji  # Okiku-san
            elif tok.surface in _HYPHENATED_SUFFIXES and _place(prev):
                if self.compound_follows(i):
                    words.append(romaji)  # Ōsaka Shiritsu Daigaku
                else:
                    words[-1] += "-" + romaji  # Tōkyō-to, Chiyoda-ku
            elif glue or i in joined or self.joins(prev, tok):
                if prev.kana and prev.kana[-1:] in "ッン":
                    romaji = _across(prev.kana[-1], romaji)
                if is_proper:
                    words[-1] = _capital(words[-1] + romaji.lower())
                else:
                    words[-1] += romaji
            else:
                words.append(romaji)
            attach = False
            glue = pos1 == "接頭辞" and not self.prefix_apart(i)
            proper = is_proper or (proper and pos1 in ("名詞", "接尾辞"))
            prev = tok
            i += 1
        if itaru:
            words.extend(("ni", "itaru"))
        return words

    def joins(self, prev: _Tok, tok: _Tok) -> bool:
        """Whether tok continues the word of prev (ALA-LC: inflections, suffixes, compounds)."""
        pos1 = tok.pos1
        if tok.surface in self.roles:
            return False  # Kyōto Kokuritsu Hakubutsukan hen
        if pos1 == "助動詞":
            return prev.pos1 in _VERBAL or (prev.pos1 == "接尾辞" and prev.pos2 == "動詞的")
        if pos1 == "助詞":
            return (
                tok.pos2 == "接続助詞"
                and tok.surface in _CONJUNCTIVE
                and prev.pos1 in _VERBAL | {"接尾辞"}
            )
        if pos1 == "接尾辞":
            return prev.pos1 != "助詞" or prev.pos2 == "準体助詞"
        if prev.pos2 == "数詞" and tok.pos3 in ("助数詞", "助数詞可能"):
            return True  # a number read in Japanese with its counter: mikkakan
        if tok.lemma == "為る" and tok.surface == "する":
            return prev.pos3 == "サ変可能"  # kirokusuru
        if pos1 == "名詞" and tok.single and tok.pos2 == "普通名詞":
            # a one-character noun is part of the compound it follows (chasho, kenkyūkai)
            return prev.pos1 in _NOMINAL and prev.pos3 != "人名" and not prev.numeral
        return False

    def compound_follows(self, i: int) -> bool:
        """A place suffix that starts a compound of its own (市 + 立: shiritsu) is no suffix."""
        if i + 1 >= len(self.tokens) or self.spaced[i + 1]:
            return False
        nxt = self.tokens[i + 1]
        return nxt.pos1 == "接尾辞" or (nxt.single and nxt.pos1 == "名詞")

    def prefix_apart(self, i: int) -> bool:
        """A prefix before a proper noun or a number is a word of its own (Shin Nihon, dai 2)."""
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        if nxt is None or not _KANJI_PATTERN.match(self.tokens[i].surface):
            return nxt is None  # お, ご join even a name: Okiku-san
        if nxt.numeral:
            return i not in self.corporate  # dai 2-ji, but Daisan Bunmeisha
        return nxt.pos2 == "固有名詞"

    def alone(self, i: int) -> bool:
        """Token i is a segment of its own: between the start, a space or a mark and the
        end or a mark."""
        tokens = self.tokens
        before = i == 0 or self.spaced[i] or tokens[i - 1].mark
        return before and (i + 1 == len(tokens) or tokens[i + 1].mark)

    def add_number(self, i: int, attach: bool) -> int:
        """Kanji or Arabic numerals as one Arabic number, counters hyphenated (37-nen)."""
        tokens = self.tokens
        j = i + 1
        while j < len(tokens) and tokens[j].numeral and not self.spaced[j]:
            j += 1
        number = _number("".join(tok.surface for tok in tokens[i:j]))
        first = True
        counters = _counters()
        while j < len(tokens) and not self.spaced[j] and _counter(tokens[j]):
            reading = counters.get(tokens[j].surface) if first else None
            romaji = _romaji(reading, self.system, self.long_vowels) if reading else self.romaji(j)
            number += ("-" if first else "") + romaji
            first = False
            j += 1
        if attach and self.words:
            self.words[-1] += number
        else:
            self.words.append(number)
        return j

    def add_mark(self, i: int) -> tuple[bool, bool]:
        """Add a punctuation mark; returns (the next word attaches, the next word starts a title).

        ALA-LC spacing: an opening mark starts a word and the next word follows it directly
        ([1992], "Kazanbaichi", with 「」 as double quotes and the quoted title capitalized); a
        closing mark joins the word before; a hyphen between numbers joins both (46-47); other
        marks keep the record's spacing (Tōkyō : ...).
        """
        words, surface = self.words, self.tokens[i].surface
        mark = self.romaji(i).strip()
        if not mark:
            return False, False
        if surface in _QUOTES or mark in _OPENING:
            words.append(mark)
            return True, surface in _QUOTES
        if not words or (self.spaced[i] and not (surface in _CLOSING_QUOTES or mark in _CLOSING)):
            words.append(mark)
            return False, False
        words[-1] += mark
        return mark in _HYPHENS, False

    def split_place(self, i: int, romaji: str) -> str:
        """有楽町 → Yūraku-chō: a place name read as one word, with its suffix hyphenated."""
        tok = self.tokens[i]
        kana = tok.kana or ""
        if len(tok.surface) < 3 or tok.pos3 != "地名" or "-" in kana:
            return romaji
        for reading in _PLACE_SUFFIX_READINGS.get(tok.surface[-1], ()):
            if kana.endswith(reading) and len(kana) > len(reading):
                head, tail = kana[: -len(reading)], kana[len(kana) - len(reading) :]
                return (
                    _romaji(head, self.system, self.long_vowels)
                    + "-"
                    + _romaji(tail, self.system, self.long_vowels)
                )
        return romaji

    def before_name(self, i: int) -> bool:
        """Nouns of a title run that ends in a known title right before a personal name."""
        tokens = self.tokens
        j = i
        while j < len(tokens) and tokens[j].pos1 == "名詞" and tokens[j].pos3 != "人名":
            j += 1
        if j == i or j >= len(tokens) or tokens[j].pos3 != "人名":
            return False
        return tokens[j - 1].surface in self.titles


_PLACE_SUFFIX_READINGS = {
    "町": ("チョウ", "チョー", "マチ"),
    "市": ("シ",),
    "村": ("ムラ", "ソン"),
    "区": ("ク",),
    "郡": ("グン",),
    "県": ("ケン",),
    "都": ("ト",),
    "府": ("フ",),
}


# A volume designation standing alone (上. 下.) is read jō, ge, as in 上巻, not ue, shita.
_VOLUMES = {"上": "ジョー", "中": "チュー", "下": "ゲ"}


@cache
def _volume_token(surface: str) -> _Tok:
    return _Tok(surface, ("名詞", "普通名詞", "一般", ""), surface, _VOLUMES[surface])


def _kanbun_ranges(tokens: list[_Tok]) -> dict[int, bool]:
    """自 X 至 Y, the kanbun date range of archival titles, read "X yori Y ni itaru": the
    indices of 自 (False) and 至 (True) of each range whose X starts with a name or a number."""
    ranges: dict[int, bool] = {}
    start = -1
    for i, tok in enumerate(tokens):
        if tok.mark:
            start = -1
        elif tok.surface == "自" and i + 1 < len(tokens):
            nxt = tokens[i + 1]
            start = i if nxt.numeral or nxt.proper else -1
        elif tok.surface == "至" and start >= 0:
            ranges[start] = False
            ranges[i] = True
            start = -1
    return ranges


def _place(tok: _Tok) -> bool:
    """A place name (or an override, or an unknown word) that a place suffix hyphenates to."""
    unknown = tok.pos1 == "名詞" and tok.kana is not None and not tok.lemma
    return tok.proper or unknown


def _counter(tok: _Tok) -> bool:
    return (
        tok.pos3 in ("助数詞", "助数詞可能")
        or (tok.pos1 == "接尾辞" and tok.kana is not None)
        or tok.surface in _counters()
    )


def _number(text: str) -> str:
    """一九八〇 → 1980, 三十七 → 37, 二千二十 → 2020, ３ → 3."""
    text = unicodedata.normalize("NFKC", text)
    if text.isdigit():
        return text
    if not _KANJI_POSITIONAL.search(text):
        return text.translate(_KANJI_TO_DIGITS)
    total = section = digit = 0
    for char in text:
        if char in _KANJI_DIGITS:
            digit = _KANJI_DIGITS[char]
        elif char.isdigit():
            digit = digit * 10 + int(char)
        elif char in _KANJI_UNITS:
            section += (digit or 1) * _KANJI_UNITS[char]
            digit = 0
        elif char in _KANJI_LARGE:
            total += (section + digit or 1) * _KANJI_LARGE[char]
            section = digit = 0
    return str(total + section + digit)


# --------------------------------------------------------------------------- names


def _ends_name(tokens: list[_Tok], spaced: list[bool], i: int, roles: frozenset[str]) -> bool:
    """Nothing but the end, a mark, a particle or a role word (編, 所蔵) follows token i."""
    if i + 1 >= len(tokens):
        return True
    after = tokens[i + 1]
    return after.mark or spaced[i + 1] or after.pos1 == "助詞" or after.surface in roles


def _starts_name(tokens: list[_Tok], spaced: list[bool], j: int, roles: frozenset[str]) -> bool:
    """A corporate name cannot reach back over token j-1 into token j-1's phrase."""
    before = tokens[j - 1]
    if before.numeral and j > 1 and tokens[j - 2].surface == "第" and not spaced[j - 1]:
        return False  # a name may start with an ordinal: Daisan Bunmeisha, Daiichi Shobō
    return (
        spaced[j]
        or before.mark
        or before.surface in roles
        or before.pos2 in ("数詞", "係助詞", "副助詞", "接続助詞")
        or before.pos1 in ("接続詞", "感動詞")
    )


def _compounds(tokens: list[_Tok], spaced: list[bool]) -> tuple[set[int], set[int], bool]:
    """Token indices that join the word before (ALA-LC word division), and corporate names;
    and whether there is a personal name at all.

    Joined: the later tokens of a listed generic the dictionary splits (出版 + 局 →
    Shuppankyoku), a listed suffix after a noun (平凡 + 社 → Heibonsha), and a one-kanji noun
    after a one-kanji "surname" that no given name follows (玄 + 論 → genron). Corporate: every
    token of a name that ends in a corporate generic (日本野鳥の会, 京都国立博物館); the name
    runs back to a mark, a space, a role word (編集) or a number. A name that ends before more
    nouns counts only when it is nouns alone and starts with a proper noun (Waseda Daigaku
    Bungaku Kenkyūka kiyō).
    """
    corporate_words, multi_words, endings, roles, suffixes = _compound_words()
    phrase_words = _word_kinds().get("phrase", frozenset())
    units = _word_kinds().get("unit", frozenset())
    seen = False  # a corporate word (not a unit) came before: units may end names now
    joined: set[int] = set()
    corporate: set[int] = set()
    names = False
    prev: _Tok | None = None
    for i, tok in enumerate(tokens):
        if tok.pos3 == "人名":
            names = True
        if prev is not None and not spaced[i]:
            if tok.surface in suffixes and prev.pos1 == "名詞" and prev.pos2 != "数詞":
                joined.add(i)
            if (
                prev.pos4 == "姓"
                and prev.single
                and prev.pos3 == "人名"
                and tok.pos3 != "人名"
                and len(tok.surface) == 1
                and tok.pos1 == "名詞"
                and tok.pos2 == "普通名詞"
            ):
                joined.add(i)  # _stray_surname(tokens, i - 1)
        prev = tok
        if tok.pos3 == "override" and _ends_corporate(tok.surface):
            start = i  # an override that ends in a corporate word (編纂所)
            seen = True
        elif tok.surface not in endings:
            continue
        else:
            start = _generic_start(tokens, spaced, i, multi_words, endings)
            if start < 0:
                continue
            joined.update(range(start + 1, i + 1))
            word = "".join(t.surface for t in tokens[start : i + 1])
            if word not in corporate_words or (word in units and not seen):
                continue
            seen = seen or word not in units
        # After a particle or a verb the name is a phrase (Nihon Yachō no Kai, Sensō o
        # Kirokusuru Kai) and runs back to the start of the phrase; after a noun it is a
        # compound (Nihon Shakaitō) and runs back over nouns only.
        phrase = (
            start > 0
            and not spaced[start]
            and tokens[start - 1].pos1 in _PHRASAL
            and "".join(t.surface for t in tokens[start : i + 1]) in phrase_words
        )
        first = start
        while first > 0 and not _starts_name(tokens, spaced, first, roles):
            if not phrase and tokens[first - 1].pos1 not in ("名詞", "接頭辞", "接尾辞"):
                break
            first -= 1
        if first < start and (
            _ends_name(tokens, spaced, i, roles)
            or (
                tokens[first].proper
                and all(t.pos1 in ("名詞", "接尾辞", "接頭辞") for t in tokens[first : i + 1])
            )
        ):
            corporate.update(range(first, i + 1))
    return joined, corporate, names


@lru_cache(maxsize=1_024)
def _ends_corporate(surface: str) -> bool:
    return any(surface.endswith(word) for word in _compound_words()[0])


def _generic_start(
    tokens: list[_Tok],
    spaced: list[bool],
    i: int,
    words: frozenset[str],
    endings: frozenset[str],
) -> int:
    """The first token of the longest listed word that ends with token i, or -1."""
    start = -1
    surface = ""
    for k in range(i, max(-1, i - 4), -1):
        surface = tokens[k].surface + surface
        if surface not in endings:
            break
        if surface in words:
            start = k
        if spaced[k]:
            break
    return start


@cache
def _compound_words() -> tuple[
    frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]
]:
    """Corporate words, all multi-token words, their endings, role words and suffixes."""
    kinds = _word_kinds()
    corporate = kinds.get("corporate", frozenset()) | kinds.get("unit", frozenset())
    multi = corporate | kinds.get("generic", frozenset())
    return (
        corporate,
        multi,
        _endings(multi),
        kinds.get("role", frozenset()),
        kinds.get("suffix", frozenset()),
    )


@lru_cache(maxsize=4)
def _endings(words: frozenset[str]) -> frozenset[str]:
    """Every ending of every word (会, 究会, 研究会 of 研究会): a run not among them ends none."""
    return frozenset(word[k:] for word in words for k in range(len(word)))


def _stray_surname(tokens: list[_Tok], i: int) -> bool:
    """A one-kanji token read as a surname with no given name after it (玄 of 玄論)."""
    tok = tokens[i]
    if tok.pos3 != "人名" or tok.pos4 != "姓" or len(tok.surface) != 1:
        return False
    return i + 1 < len(tokens) and tokens[i + 1].pos3 != "人名"


def _is_personal_name(tokens: list[_Tok], spaced: list[bool], words: list[str]) -> bool:
    """林屋 辰三郎 → Hayashiya, Tatsusaburō: a text that is one personal name (surname, then
    given name, nothing else) is a name heading, written surname first with a comma."""
    if len(words) != 2 or len(tokens) < 2:
        return False
    kinds = [tok.pos4 if tok.pos3 == "人名" else "" for tok in tokens]
    split = next((k for k, kind in enumerate(kinds) if kind != "姓"), 0)
    if split == 0 or any(kind not in ("名", "一般") for kind in kinds[split:]):
        return False
    return not any(spaced[k] for k in range(1, len(tokens)) if k != split)


def clear_caches() -> None:
    """Forget every token and romanization seen so far (benchmarks measure a cold start)."""
    _TOKENS.clear()
    _romaji.cache_clear()
    _with_long_vowels.cache_clear()
