"""Japanese → romaji: kana built in, kanji through fugashi + unidic-lite (the ``ja`` extra).

Readings come from the dictionary's orthographic reading (トウキョウ); the pronunciation
(トーキョー) only tells where a vowel is long, so 東京 is Tōkyō while 思う stays omou.
cutlet is not used for the reading because it never writes macrons and prefers foreign
spellings. Word division follows ALA-LC basics: particles are separate words, auxiliaries
and inflections join the word before, place suffixes are hyphenated, proper nouns capitalized.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
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
_JOINING = frozenset({"助動詞", "接尾辞"})
_HYPHENATED_SUFFIXES = frozenset("市県都府町村区郡部")
_PUNCTUATION = str.maketrans(
    {"。": ".", "、": ",", "「": '"', "」": '"', "『": '"', "』": '"', "・": " ", "　": " "}
)


@cache
def _overrides() -> dict[str, str]:
    text = resources.files("archivecite.translit").joinpath("data/japanese_overrides.tsv")
    rows = (line.split("\t") for line in text.read_text(encoding="utf-8").splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2 and not row[0].startswith("#")}


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


def _mark_long(kana: str, pron: str) -> str:
    """Replace the second vowel of a long vowel by ー where the pronunciation has ー."""
    if len(kana) != len(pron):
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


def _token_romaji(
    token: Any, system: System, long_vowels: LongVowels, written: str | None = None
) -> str:
    feature = token.feature
    surface = str(token.surface) if written is None else written
    kana = getattr(feature, "kana", None)
    pron = getattr(feature, "pron", None)
    if not kana or kana == "*":
        return unicodedata.normalize("NFKC", surface).translate(_PUNCTUATION)
    # Particles are read as pronounced (topic は is wa, へ is e, を is o).
    kana = pron or kana if feature.pos1 == "助詞" else _mark_long(kana, pron or kana)
    return kana_to_romaji(kana, system=system, long_vowels=long_vowels, merge_ou=False)


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


def romanize_japanese(
    text: str, *, system: System = "hepburn", long_vowels: LongVowels | None = None
) -> str:
    """Romanize Japanese; kana alone needs nothing, kanji need the ``ja`` extra.

    ``long_vowels`` defaults to macrons in Hepburn and circumflexes in Kunrei and Nihon.
    """
    long_vowels = long_vowels or default_long_vowels(system)
    if not _KANJI_PATTERN.search(text):
        return kana_to_romaji(
            unicodedata.normalize("NFKC", text), system=system, long_vowels=long_vowels
        ).translate(_PUNCTUATION)
    words: list[str] = []
    for i, segment in enumerate(_override_pattern().split(text)):
        if i % 2:  # the split keeps the matched override words at odd positions
            words.append(_with_long_vowels(_overrides()[segment], long_vowels))
        elif segment:
            _add_words(words, segment, system, long_vowels)
    result = " ".join(words)
    return result[:1].upper() + result[1:]


@cache
def _override_pattern() -> re.Pattern[str]:
    keys = sorted(_overrides(), key=len, reverse=True)
    return re.compile("(" + "|".join(map(re.escape, keys)) + ")")


_PLACE_SUFFIX_READINGS = {
    "町": ("チョウ", "マチ"),
    "市": ("シ",),
    "村": ("ムラ", "ソン"),
    "区": ("ク",),
    "郡": ("グン",),
    "県": ("ケン",),
}
_HONORIFICS = frozenset({"さん", "さま", "様", "君", "くん", "ちゃん", "殿"})


@cache
def _word_kinds() -> dict[str, frozenset[str]]:
    """data/japanese_name_words.tsv by kind: generic, title, corporate, suffix, role."""
    text = resources.files("archivecite.translit").joinpath("data/japanese_name_words.tsv")
    kinds: dict[str, set[str]] = {}
    for line in text.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        word, kind = line.split("\t")[:2]
        kinds.setdefault(kind.strip(), set()).add(word)
    return {kind: frozenset(words) for kind, words in kinds.items()}


def _name_words() -> tuple[frozenset[str], frozenset[str]]:
    """Generic nouns capitalized after a proper noun, and titles capitalized before a name."""
    kinds = _word_kinds()
    return kinds.get("generic", frozenset()), kinds.get("title", frozenset())


@cache
def _kyujitai() -> dict[int, str]:
    """Old and variant kanji (說, 戶, 學) → the shinjitai the dictionary knows (説, 戸, 学)."""
    text = resources.files("archivecite.translit").joinpath("data/japanese_kyujitai.tsv")
    table: dict[int, str] = {}
    for line in text.read_text(encoding="utf-8").splitlines():
        old, _, new = line.partition("\t")
        if not line.startswith("#") and len(old) == 1 and len(new) == 1:
            table[ord(old)] = new
    return table


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def _split_place(token: Any, romaji: str, system: System, long_vowels: LongVowels) -> str:
    """有楽町 → Yūraku-chō: a place name read as one word, with its suffix hyphenated."""
    surface = str(token.surface)
    kana = str(getattr(token.feature, "kana", "") or "")
    readings = _PLACE_SUFFIX_READINGS.get(surface[-1:], ())
    if len(surface) < 3 or token.feature.pos3 != "地名":
        return romaji
    for reading in readings:
        if kana.endswith(reading) and len(kana) > len(reading):
            pron = str(getattr(token.feature, "pron", "") or kana)
            head = _mark_long(kana[: -len(reading)], pron[: len(kana) - len(reading)])
            tail = _mark_long(reading, pron[len(kana) - len(reading) :])
            return (
                kana_to_romaji(head, system=system, long_vowels=long_vowels, merge_ou=False)
                + "-"
                + kana_to_romaji(tail, system=system, long_vowels=long_vowels, merge_ou=False)
            )
    return romaji


def _original_surfaces(tokens: list[Any], text: str) -> list[str]:
    """Each token's text as written (kyūjitai kept); the analysis ran on the shinjitai form."""
    out: list[str] = []
    pos = 0
    for token in tokens:
        pos += len(str(getattr(token, "white_space", "") or ""))
        size = len(str(token.surface))
        out.append(text[pos : pos + size])
        pos += size
    return out


def _is_mark(token: Any) -> bool:
    return token.feature.pos1 in ("補助記号", "記号")


def _ends_name(tokens: list[Any], i: int, roles: frozenset[str]) -> bool:
    """Nothing but the end, a mark, a particle or a role word (編, 所蔵) follows token i."""
    if i + 1 >= len(tokens):
        return True
    after = tokens[i + 1]
    return (
        _is_mark(after)
        or bool(getattr(after, "white_space", ""))
        or after.feature.pos1 == "助詞"
        or str(after.surface) in roles
    )


def _starts_name(tokens: list[Any], j: int, roles: frozenset[str]) -> bool:
    """A corporate name cannot reach back over token j-1 into token j-1's phrase."""
    before = tokens[j - 1]
    return (
        bool(getattr(tokens[j], "white_space", ""))
        or _is_mark(before)
        or str(before.surface) in roles
        or before.feature.pos2 in ("数詞", "係助詞", "副助詞", "接続助詞")
        or before.feature.pos1 in ("接続詞", "感動詞")
    )


def _compounds(tokens: list[Any]) -> tuple[set[int], set[int]]:
    """Token indices that join the word before (ALA-LC word division), and corporate names.

    Joined: the later tokens of a listed generic the dictionary splits (出版 + 局 →
    Shuppankyoku), a listed suffix after a noun (平凡 + 社 → Heibonsha), and a one-kanji noun
    after a one-kanji "surname" that no given name follows (玄 + 論 → genron). Corporate: every
    token of a name that ends in a corporate generic (日本野鳥の会, 京都国立博物館); the name
    runs back to a mark, a space, a role word (編集) or a number.
    """
    kinds = _word_kinds()
    corporate_words = kinds.get("corporate", frozenset())
    multi_words = corporate_words | kinds.get("generic", frozenset())
    roles = kinds.get("role", frozenset())
    suffixes = kinds.get("suffix", frozenset())
    surfaces = [str(token.surface) for token in tokens]
    joined: set[int] = set()
    corporate: set[int] = set()
    for i, token in enumerate(tokens):
        feature = token.feature
        start = next(
            (k for k in range(max(0, i - 3), i + 1) if "".join(surfaces[k : i + 1]) in multi_words),
            None,
        )
        if start is not None and start < i:
            joined.update(range(start + 1, i + 1))
        if (
            i
            and surfaces[i] in suffixes
            and tokens[i - 1].feature.pos1 == "名詞"
            and tokens[i - 1].feature.pos2 != "数詞"
            and not getattr(token, "white_space", "")
        ):
            joined.add(i)
        if (
            i
            and _stray_surname(tokens, i - 1)
            and len(surfaces[i]) == 1
            and feature.pos1 == "名詞"
            and feature.pos2 == "普通名詞"
        ):
            joined.add(i)
        ends_corporate = start is not None and "".join(surfaces[start : i + 1]) in corporate_words
        if ends_corporate and start is not None and _ends_name(tokens, i, roles):
            first = start
            while first > 0 and not _starts_name(tokens, first, roles):
                first -= 1
            if first < start:
                corporate.update(range(first, i + 1))
    return joined, corporate


def _stray_surname(tokens: list[Any], i: int) -> bool:
    """A one-kanji token read as a surname with no given name after it (玄 of 玄論)."""
    feature = tokens[i].feature
    if feature.pos3 != "人名" or feature.pos4 != "姓" or len(str(tokens[i].surface)) != 1:
        return False
    return i + 1 < len(tokens) and tokens[i + 1].feature.pos3 != "人名"


_OPENING = frozenset("([{“‘")
_CLOSING = frozenset(")]}”’")
_HYPHENS = frozenset("-‐–")
_QUOTES = frozenset("「『")
_CLOSING_QUOTES = frozenset("」』")


def _spaced_before(token: Any) -> bool:
    return bool(getattr(token, "white_space", ""))


def _add_mark(words: list[str], mark: str, surface: str, spaced: bool) -> tuple[bool, bool]:
    """Add a punctuation mark; returns (the next word attaches, the next word starts a title).

    ALA-LC spacing: an opening mark starts a word and the next word follows it directly
    ([1992], "Kazanbaichi", with 「」 as double quotes and the quoted title capitalized); a
    closing mark joins the word before; a hyphen between numbers joins both (46-47); other
    marks keep the record's spacing (Tōkyō : ...).
    """
    if surface in _QUOTES or mark in _OPENING:
        words.append(mark)
        return True, surface in _QUOTES
    if not words or (spaced and not (surface in _CLOSING_QUOTES or mark in _CLOSING)):
        words.append(mark)
        return False, False
    words[-1] += mark
    return mark in _HYPHENS, False


def _add_words(words: list[str], text: str, system: System, long_vowels: LongVowels) -> None:
    generics, titles = _name_words()
    tokens = list(_tagger()(text.translate(_kyujitai())))
    written = _original_surfaces(tokens, text)
    joined, corporate = _compounds(tokens)
    glue = False  # the next token joins the previous word (after a prefix)
    attach = False  # the next word follows a mark without a space ([1992], 46-47, "Kazan...)
    title = False  # the next word starts a quoted title and is capitalized
    noun = bool(words)  # an override before this segment is a noun (東京 + 都)
    proper = bool(words)  # the previous word is (part of) a proper name
    number = False  # the previous word is a number with its counter (3-tei + ban)
    for i, token in enumerate(tokens):
        surface = str(token.surface)
        feature = token.feature
        romaji = _token_romaji(token, system, long_vowels, written[i])
        is_proper = feature.pos2 == "固有名詞" and not _stray_surname(tokens, i)
        if is_proper:
            romaji = _capital(_split_place(token, romaji, system, long_vowels))
        elif (
            feature.pos1 == "名詞"
            and ((proper and surface in generics) or _before_name(tokens, i, titles))
        ) or (i in corporate and feature.pos1 != "助詞"):
            romaji = _capital(romaji)
            is_proper = True
        if not romaji.strip():
            continue
        if _is_mark(token):
            attach, title = _add_mark(words, romaji.strip(), surface, _spaced_before(token))
            continue
        if title:
            romaji, title = _capital(romaji), False
        if attach and words:  # right after an opening mark or a range hyphen
            words[-1] += romaji
            attach = glue = False
            noun, proper = feature.pos1 == "名詞", is_proper
            continue
        counter = feature.pos1 == "接尾辞" or feature.pos3 == "助数詞可能"
        if words and counter and (words[-1][-1:].isdigit() or number):
            words[-1] += ("-" if words[-1][-1:].isdigit() else "") + romaji  # 3-teiban, 1-kan
            number = True
            continue
        number = False
        if surface in _HONORIFICS and feature.pos1 == "接尾辞" and words:
            words[-1] += "-" + romaji  # Okiku-san
        elif surface in _HYPHENATED_SUFFIXES and noun and words:
            words[-1] += "-" + romaji  # Tōkyō-to, Chiyoda-ku, shuppan-bu
        elif words and (glue or i in joined):
            words[-1] = _capital(words[-1] + romaji.lower()) if is_proper else words[-1] + romaji
        elif words and (
            feature.pos1 in _JOINING
            or (feature.lemma == "為る" and surface == "する" and _suru_noun(tokens, i))
        ):
            words[-1] += romaji.lower() if i in corporate else romaji
        else:
            words.append(romaji)
        glue = feature.pos1 == "接頭辞"
        noun = feature.pos1 == "名詞"
        proper = is_proper or (proper and feature.pos1 in ("名詞", "接尾辞"))


def _suru_noun(tokens: list[Any], i: int) -> bool:
    """する after a verbal noun joins it (記録する → kirokusuru)."""
    return i > 0 and tokens[i - 1].feature.pos3 == "サ変可能"


def _before_name(tokens: list[Any], i: int, titles: frozenset[str]) -> bool:
    """Nouns of a title run that ends in a known title right before a personal name."""
    j = i
    while j < len(tokens) and tokens[j].feature.pos1 == "名詞" and tokens[j].feature.pos3 != "人名":
        j += 1
    if j == i or j >= len(tokens) or tokens[j].feature.pos3 != "人名":
        return False
    return str(tokens[j - 1].surface) in titles
