"""ALA-LC word division and capitals over one analysed text.

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
* abbreviated country names in a compound are hyphenated and capitalized (Nichi-Ro, Bei-So,
  Nit-Chū, Ei-Wa);
* proper nouns, corporate names (with their subordinate units), titles before a personal
  name and generic terms after a proper name are capitalized; syllabic n is n' before a
  vowel or y, also across dictionary words (hen'yō).
"""

from __future__ import annotations

import re
import unicodedata

from archivecite.translit.japanese.names import compounds, stray_surname
from archivecite.translit.japanese.numbers import (
    VOLUMES,
    arabic_number,
    is_counter,
    kanbun_ranges,
    volume_token,
)
from archivecite.translit.japanese.romaji import (
    PUNCTUATION,
    across,
    capital,
    from_hepburn,
    kana_romaji,
    with_long_vowels,
)
from archivecite.translit.japanese.tables import counters, name_word_sets, suffix_readings
from archivecite.translit.japanese.tokens import (
    COMPOUND,
    JAPANESE,
    KANJI,
    LATIN,
    PERSON,
    Tok,
    unknown_reading,
)
from archivecite.translit.kana import LongVowels, System

_HYPHENATED_SUFFIXES = frozenset("市県都府町村区郡")  # after a place name: Yokohama-shi
_HONORIFICS = frozenset({"さん", "さま", "様", "君", "くん", "ちゃん", "殿"})
_CONJUNCTIVE = frozenset({"て", "で", "ば", "たり", "だり"})  # join the verb: kangaete
_VERBAL = frozenset({"動詞", "形容詞", "助動詞"})
_NOMINAL = frozenset({"名詞", "接尾辞", "代名詞"})
_OPENING = frozenset("([{“‘")
_CLOSING = frozenset(")]}”’")
_HYPHENS = frozenset("-‐–")
_QUOTES = frozenset("「『《〈")
_CLOSING_QUOTES = frozenset("」』》〉")


class Words:
    """ALA-LC word division and capitals over one analysed text."""

    def __init__(
        self,
        tokens: list[Tok],
        spaced: list[bool],
        written: list[str],
        system: System,
        long_vowels: LongVowels,
        *,
        particles: frozenset[int] = frozenset(),
        quoted: frozenset[int] = frozenset(),
        hints: int = -1,
        body: bool = False,
    ) -> None:
        self.tokens = tokens
        self.particles = particles  # tokens after which the particle no is written
        self.quoted = quoted  # tokens that start a title quoted in Latin-script prose
        self.spaced = spaced
        self.written = written
        self.system: System = system
        self.long_vowels: LongVowels = long_vowels
        self.words: list[str] = []
        self.generics, self.titles, self.roles = name_word_sets()
        self.ranges = kanbun_ranges(tokens) if "至" in written else {}
        if hints & COMPOUND:
            self.joined, self.corporate, self.names = compounds(tokens, spaced)
        else:  # no word of the text can make a compound or a corporate name
            self.joined, self.corporate, self.names = set(), set(), bool(hints & PERSON)
        if body:  # the text is known to be the name of a body: every word is capitalized
            self.corporate = set(range(len(tokens)))

    def romaji(self, i: int) -> str:
        tok = self.tokens[i]
        if tok.fixed is not None:
            return with_long_vowels(from_hepburn(tok.fixed, self.system), self.long_vowels)
        if tok.kana is None:
            text = unicodedata.normalize("NFKC", self.written[i]).translate(PUNCTUATION)
            if tok.mark or not JAPANESE.search(text):
                return text
            return JAPANESE.sub(self.script_romaji, text)
        return kana_romaji(tok.kana, self.system, self.long_vowels)

    def script_romaji(self, match: re.Match[str]) -> str:
        """Japanese script inside a token the dictionary left unread is still romanized."""
        kana = unknown_reading(match.group())
        return match.group() if kana is None else kana_romaji(kana, self.system, self.long_vowels)

    def build(self) -> list[str]:  # noqa: PLR0915
        tokens, words, spaced, ranges = self.tokens, self.words, self.spaced, self.ranges
        particles, quoted = self.particles, self.quoted
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
        prev: Tok | None = None  # the previous token that made or joined a word
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
            if quoted and i in quoted:
                title = True  # Japanese quoted in a Latin-script note: Began with Sōkangō
            if tok.mark:
                attach, title = self.add_mark(i)
                prev, glue, i = None, False, i + 1
                continue
            if tok.numeral and i not in corporate:  # in a name a number is a word
                i = self.add_number(i, attach)
                attach = glue = title = proper = False
                prev = None  # a number and its counters make a word of their own
                continue
            if tok.surface in VOLUMES and self.alone(i):
                tok = volume_token(tok.surface)  # 上. as a volume: jō
            pos1 = tok.pos1
            romaji = kana_romaji(tok.kana, system, long_vowels) if tok.kana else self.romaji(i)
            if prev is not None and pos1 == "接尾辞":
                reading = suffix_readings().get((tok.surface, prev.pos3))
                romaji = kana_romaji(reading, system, long_vowels) if reading else romaji
            if not romaji.strip():
                i += 1
                continue
            is_proper = tok.proper and not (tok.single and stray_surname(tokens, i))
            if is_proper:
                if tok.pos3 == "地名" and len(tok.surface) > 2:
                    romaji = self.split_place(i, romaji)
                romaji = capital(romaji)
            elif (
                pos1 == "名詞"
                and (
                    (proper and tok.surface in self.generics)
                    or (self.names and self.before_name(i))
                )
            ) or (i in corporate and pos1 != "助詞"):
                romaji = capital(romaji)
                is_proper = True
            if title:
                romaji, title = capital(romaji), False
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
                    romaji = across(prev.kana[-1], romaji)
                if is_proper:
                    words[-1] = capital(words[-1] + romaji.lower())
                else:
                    words[-1] += romaji
            else:
                words.append(romaji)
            attach = False
            glue = pos1 == "接頭辞" and not self.prefix_apart(i)
            proper = is_proper or (proper and pos1 in ("名詞", "接尾辞"))
            prev = tok
            if particles and i in particles:  # Tanba no Sukune: the next word follows "no"
                words.append("no")
                prev = None
            i += 1
        if itaru:
            words.extend(("ni", "itaru"))
        return words

    def joins(self, prev: Tok, tok: Tok) -> bool:
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
        if nxt is None or not KANJI.match(self.tokens[i].surface):
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
        number = arabic_number("".join(tok.surface for tok in tokens[i:j]))
        first = True
        readings = counters()
        while j < len(tokens) and not self.spaced[j] and is_counter(tokens[j]):
            reading = readings.get(tokens[j].surface) if first else None
            romaji = (
                kana_romaji(reading, self.system, self.long_vowels) if reading else self.romaji(j)
            )
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
                    kana_romaji(head, self.system, self.long_vowels)
                    + "-"
                    + kana_romaji(tail, self.system, self.long_vowels)
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


def _place(tok: Tok) -> bool:
    """A place name (or an override, or an unknown word) that a place suffix hyphenates to."""
    unknown = tok.pos1 == "名詞" and tok.kana is not None and not tok.lemma
    return tok.proper or unknown


_PROSE_WORD = re.compile("[a-z]{2,}")


def quoted_starts(tokens: list[Tok], spaced: list[bool], written: list[str]) -> frozenset[int]:
    """Tokens that start a Japanese phrase quoted in Latin-script prose (a note: "Began with
    創刊号"): ALA-LC capitalizes the first word of a quoted title as of a sentence. Prose is
    two or more Latin words, one of them a lower-case word, and a space before the Japanese;
    a Latin name inside a title (Java, NHK) is no prose, and a numbering (第 15号, dai 15-gō)
    no title."""
    starts: set[int] = set()
    latin = 0  # Latin words since the last Japanese token
    lower = False  # one of them is a lower-case word
    for i, tok in enumerate(tokens):
        if tok.mark:
            continue
        if tok.kana is None and tok.fixed is None:
            text = written[i]
            if LATIN.search(text):
                latin += 1
                lower = lower or bool(_PROSE_WORD.fullmatch(text))
            continue
        if latin >= 2 and lower and spaced[i] and not _numbering(tokens, i):
            starts.add(i)
        latin, lower = 0, False
    return frozenset(starts)


def _numbering(tokens: list[Tok], i: int) -> bool:
    """A number, or 第 before a number: a numbering designation."""
    tok = tokens[i]
    return tok.numeral or (tok.pos1 == "接頭辞" and i + 1 < len(tokens) and tokens[i + 1].numeral)
