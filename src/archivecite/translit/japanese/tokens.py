"""Dictionary tokens: the fugashi tagger, one cached token per distinct node, readings.

Readings come from the dictionary's orthographic reading (トウキョウ); the pronunciation
(トーキョー) only tells where a vowel is long, so 東京 is Tōkyō while 思う stays omou.
cutlet is not used for the reading because it never writes macrons and prefers foreign
spellings. 日本 is read Nihon, particles as pronounced (は wa), one-character country names
in a compound hyphenated (日露 ニチ-ロ), kanji the dictionary does not know in Unihan
on'yomi, and runs of tokens that make an override key become one token.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from archivecite.errors import MissingExtraError
from archivecite.translit.japanese.forms import japanese_forms
from archivecite.translit.japanese.tables import (
    compound_words,
    countries,
    kanji_readings,
    name_readings,
    override_keys,
    override_spans,
    overrides,
    word_kinds,
    word_readings,
)

KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]")
# Japanese script that must never be written as it is: kanji, kana (not the middle dot ・).
JAPANESE = re.compile(
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff]+"
)
HIRAGANA_TO_KATAKANA = {code: code + 0x60 for code in range(ord("ぁ"), ord("ゖ") + 1)}
_TO_KATAKANA = HIRAGANA_TO_KATAKANA | {ord("ゝ"): "ヽ", ord("ゞ"): "ヾ"}
_LONGABLE = {"ウ": "ou", "オ": "o", "ア": "a", "エ": "e"}  # えい and いい are written out
_VOWEL_OF = {
    **dict.fromkeys("アカサタナハマヤラワガザダバパァャ", "a"),
    **dict.fromkeys("イキシチニヒミリギジヂビピィ", "i"),
    **dict.fromkeys("ウクスツヌフムユルグズヅブプゥュヴ", "u"),
    **dict.fromkeys("エケセテネヘメレゲゼデベペェ", "e"),
    **dict.fromkeys("オコソトノホモヨロヲゴゾドボポォョ", "o"),
}
NUMERAL_CHARS = frozenset("〇零一二三四五六七八九十百千万億0123456789０１２３４５６７８９")
# Native (wago) numeral readings stay words: 一つ hitotsu, 二人 futari, 三日 mikka.
NATIVE_NUMERAL = re.compile(
    "^(ヒト|フタ|ミッ|ミ|ヨッ|ヨ|イツ|ムッ|ム|ナナツ|ヤッ|ヤ|ココノ|トオ|ハタ|ツイ)"
)


@cache
def tagger() -> Any:
    try:
        # The optional extra is imported on first use only.
        import fugashi  # type: ignore[import-not-found,unused-ignore]  # noqa: PLC0415
        import unidic_lite  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401, PLC0415
    except ImportError as error:
        raise MissingExtraError(
            "Japanese kanji romanization", extra="ja", packages=["fugashi", "unidic-lite", "cutlet"]
        ) from error
    return fugashi.Tagger()


class Tok:
    """What the word division needs of one dictionary token; built once per distinct token."""

    __slots__ = (
        "fixed",
        "hints",
        "kana",
        "lemma",
        "mark",
        "native",
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
        self,
        surface: str,
        pos: tuple[str, str, str, str],
        lemma: str,
        kana: str | None,
        native: bool = False,
    ) -> None:
        self.surface = surface
        self.pos1, self.pos2, self.pos3, self.pos4 = pos
        self.lemma = lemma
        self.native = native  # a native (wago) reading: 草 kusa, not the on'yomi sō
        self.kana = kana  # the reading to romanize, long vowels as ー; None: write as is
        self.fixed: str | None = None  # an override's romanization
        self.mark = self.pos1 in ("補助記号", "記号") or (kana is None and _is_punctuation(surface))
        self.single = len(surface) == 1 and bool(KANJI.match(surface))
        self.proper = self.pos2 == "固有名詞"
        self.numeral = (
            self.pos2 == "数詞"
            and all(char in NUMERAL_CHARS for char in surface)
            and not (kana and NATIVE_NUMERAL.match(kana))
        )
        self.hints = _hints(self)  # which context rules may apply to a text with this token


# Context rules a token may call for; a text whose tokens call for none skips them.
SURNAME = 1  # given_names: a surname may precede an unrecognized given name
NATIVE_PIECE = 2  # sino_compounds: a one-kanji common noun in a native reading
CLASSICAL = 4  # classical_names: a kabane or kinship word
ROLE = 8  # role_words: a role word with a reading of its own
LATIN_WORD = 16  # quoted_starts: a Latin-script word, perhaps of prose around Japanese
PERSON = 32  # a personal name: titles before it are capitalized
SINO_PIECE = 128  # sino_compounds: a one-kanji common noun in a Sino-Japanese reading
COMPOUND = 64  # compounds: a word that may end a listed compound or corporate name, a
# listed suffix, an override or a one-kanji surname
WORD_PIECE = 256  # a common noun or affix of kanji alone
WORD_PIECES = 512  # dictionary_compounds: two word pieces in a row (set by analyse only)
LATIN = re.compile("[A-Za-z]")
_KANJI_ONLY = re.compile(KANJI.pattern + "+")
_PIECE_POS = frozenset({"名詞", "接頭辞", "接尾辞"})


def _hints(tok: Tok) -> int:
    hints = SURNAME if tok.pos4 == "姓" else 0
    if tok.pos3 == "人名":
        hints |= PERSON
    if tok.pos3 == "override" or (tok.single and tok.pos4 == "姓"):
        hints |= COMPOUND
    if tok.single and tok.pos2 == "普通名詞" and tok.pos3 == "一般" and tok.kana:
        hints |= NATIVE_PIECE if tok.native else SINO_PIECE
    if tok.kana is None and not tok.mark and LATIN.search(tok.surface):
        hints |= LATIN_WORD
    if (
        tok.pos1 in _PIECE_POS
        and tok.pos2 not in ("固有名詞", "数詞")
        and tok.pos3 not in ("人名", "override")
        and tok.kana
        and not tok.numeral
        and _KANJI_ONLY.fullmatch(tok.surface)
    ):
        hints |= WORD_PIECE
    special = _special_words()
    if tok.surface in special:
        hints |= special[tok.surface]
    return hints


@cache
def _special_words() -> dict[str, int]:
    kinds = word_kinds()
    classical = kinds.get("kabane", frozenset()) | kinds.get("kinship", frozenset())
    _, _, endings, _, suffixes = compound_words()
    words = dict.fromkeys(endings | suffixes, COMPOUND)
    for word in classical:
        words[word] = words.get(word, 0) | CLASSICAL
    for word in word_readings("role"):
        words[word] = words.get(word, 0) | ROLE
    return words


def _is_punctuation(text: str) -> bool:
    return all(unicodedata.category(char)[0] in "PSZ" for char in text)


TOKENS: dict[tuple[str, str], Tok] = {}


def _token(surface: str, raw: str, node: Any) -> Tok:
    """The token of a fugashi node seen for the first time (then kept by surface and features)."""
    if len(TOKENS) > 200_000:
        TOKENS.clear()
    tok = TOKENS[surface, raw] = _new_token(surface, _features(raw, node))
    return tok


@cache
def layout() -> tuple[int, int, int, int]:
    """Where the dictionary keeps lemma, pron, goshu and kana in feature_raw (unidic-lite: 7,
    9, 12, 17; unidic 3: 7, 9, 12, 20), read once from the field names of fugashi's named
    tuple."""
    fields = type(tagger().parseToNodeList("東京")[0].feature)._fields
    return fields.index("lemma"), fields.index("pron"), fields.index("goshu"), fields.index("kana")


Features = tuple[str, str, str, str, str, str, str, str]


def _features(raw: str, node: Any) -> Features:
    """pos1-4, lemma, pron, goshu and kana ("" for none), split from the raw CSV, which is
    cheaper than fugashi's named tuple; a quoted field among them goes through the tuple."""
    lemma, pron, goshu, kana = layout()
    fields = raw.split(",", kana + 1)
    if len(fields) <= kana:  # an unknown word: part of speech only
        fields += [""] * (kana + 1 - len(fields))
    elif '"' in raw and '"' in raw[: len(raw) - len(fields[-1])]:
        feature = node.feature
        names = ("pos1", "pos2", "pos3", "pos4", "lemma", "pron", "goshu", "kana")
        return tuple(  # type: ignore[return-value]
            "" if value in (None, "*") else str(value)
            for value in (getattr(feature, name, None) for name in names)
        )
    picked = (
        fields[0],
        fields[1],
        fields[2],
        fields[3],
        fields[lemma],
        fields[pron],
        fields[goshu],
        fields[kana],
    )
    if "*" in picked:
        return tuple("" if value == "*" else value for value in picked)  # type: ignore[return-value]
    return picked


def _new_token(surface: str, features: Features) -> Tok:
    pos1, pos2, pos3, pos4, lemma, pron, goshu, reading = features
    kana: str | None = reading or None
    if pos1 in ("補助記号", "記号") and JAPANESE.search(surface):
        # a kanji or kana the dictionary files as a symbol (袮, 争) is read as a noun
        pos1, pos2, pos3, pos4 = "名詞", "普通名詞", "一般", ""
    if pos1 in ("補助記号", "記号"):
        kana = None  # marks are written as they are (・ is a space, 「」 quotes)
    elif kana is None:
        kana = unknown_reading(surface)
    elif pos1 == "助詞":
        kana = pron or kana  # read as pronounced: topic は wa, へ e, を o
    else:
        kana = _mark_long(kana, pron or kana)
        if "日本" in surface:
            kana = kana.replace("ニッポン", "ニホン")  # ALA-LC: 日本 is Nihon
        if pos3 == "人名":
            kana = name_readings().get((surface, pos4), kana)
        kana = _country_compound(surface, kana)
    return Tok(surface, (pos1, pos2, pos3, pos4), lemma, kana, goshu == "和")


_MARK_READINGS = {"ヶ": "ケ", "〆": "シメ"}


def unknown_reading(surface: str) -> str | None:
    """A reading for what the dictionary does not know, so that no kana or kanji is ever
    written as it is: kana are their own reading (イザラ), a run of kanji is read in on'yomi
    character by character (聚葉 shūyō), a lone kanji in kun'yomi where it has one (a native
    word), 々 repeats the kanji before it; a kanji with no known reading stays as it is.
    None if nothing could be read."""
    if not surface or not JAPANESE.fullmatch(surface):
        return None
    readings = kanji_readings()
    if len(surface) == 1 and readings.get(surface, ("", ""))[1]:
        return readings[surface][1]
    parts: list[str] = []
    read = False  # some character has a reading
    for char in surface:
        if char == "々" and parts:
            reading = parts[-1]
        elif char in _MARK_READINGS:  # written among kanji, but kana: 霞ヶ関, 〆切
            reading = _MARK_READINGS[char]
        elif KANJI.match(char):  # on'yomi, or kun'yomi for a kanji made in Japan (榁 muro)
            on, kun = readings.get(char, ("", ""))
            reading = on or kun
        else:
            reading = char.translate(_TO_KATAKANA)
        read = read or bool(reading)
        parts.append(reading or char)  # a kanji of no known reading stays as written
    return "".join(parts) if read else None


def _country_compound(surface: str, kana: str) -> str:
    """日露 → ニチ-ロ: a compound of one-character country names is hyphenated (Nichi-Ro)."""
    table = countries()
    if len(surface) < 2 or surface[0] not in table or not table.keys() >= set(surface):
        return kana
    parts: list[str] = []
    rest = kana
    for char in surface:
        reading = next((r for r in table[char] if rest.startswith(r)), None)
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


def analyse(text: str) -> tuple[list[Tok], list[bool], list[str], int]:
    """Tokens of the text (kyūjitai read as shinjitai), whether a space precedes each, each
    token as written, and the hints of all tokens together; runs of tokens that make an
    override key become one token."""
    known = TOKENS
    tokens: list[Tok] = []
    spaced: list[bool] = []
    written: list[str] = []
    hints = 0
    piece = 0  # the token before is a word piece
    pos = 0
    analysed = japanese_forms(text)
    layout()  # read once before parsing: a parse while nodes are read would reuse their lattice
    for node in tagger().parseToNodeList(analysed):
        surface = node.surface
        raw = node.feature_raw
        tok = known.get((surface, raw)) or _token(surface, raw, node)
        hints |= tok.hints
        space = node.white_space
        if piece & tok.hints and not space:
            hints |= WORD_PIECES
        piece = tok.hints & WORD_PIECE
        if space:
            pos += len(space)
        size = len(surface)
        tokens.append(tok)
        spaced.append(bool(space))
        written.append(text[pos : pos + size])
        pos += size
    if override_keys().search(analysed):
        _merge_overrides(tokens, spaced, written, override_spans()[1])
        for tok in tokens:
            hints |= tok.hints
    return tokens, spaced, written, hints


def _merge_overrides(
    tokens: list[Tok], spaced: list[bool], written: list[str], longest: int
) -> None:
    table = overrides()
    firsts, _ = override_spans()
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
            if surface in table:
                best = j + 1
        if best:
            key = "".join(tok.surface for tok in tokens[i:best])
            merge_span(tokens, spaced, written, i, best, into=_override_token(key))
        i += 1


def merge_span(
    tokens: list[Tok], spaced: list[bool], written: list[str], start: int, end: int, *, into: Tok
) -> None:
    """Tokens ``start:end`` become the one token ``into``, written as they were."""
    tokens[start:end] = [into]
    written[start:end] = ["".join(written[start:end])]
    spaced[start:end] = [spaced[start]]


@cache
def _override_token(key: str) -> Tok:
    fixed = overrides()[key]
    kind = "固有名詞" if fixed[:1].isupper() else "普通名詞"  # lower case: a common word
    tok = Tok(key, ("名詞", kind, "override", ""), key, None)
    tok.fixed = fixed
    tok.mark = False
    return tok
