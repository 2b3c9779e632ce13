"""Chinese in Wade-Giles read back as pinyin, for matching.

Most English scholarship before about 1980, and much Taiwanese work, writes Chinese in
Wade-Giles: ``Mao Tse-tung hsüan-chi`` is 毛泽东选集, Mao Zedong xuanji; ``Chou En-lai`` is
Zhou Enlai; ``Chung-kuo kung-ch'an-tang`` is Zhongguo gongchandang. The syllables of a word or
name are joined by hyphens and words are separated by spaces, so each hyphen-separated piece
is read as one syllable of ``data/wade_giles.tsv`` (which also lists a few conventional
spellings of well-known names that texts print beside Wade-Giles: Chiang Kai-shek, Peking).

Printed texts often lose the marks. Without its apostrophe an aspirate reads as its plain
consonant (``kung-chan-tang``: gong-zhan-dang, not chan), and without its umlaut ``ü`` as
``u`` (``chu``: zhu, not 局 ju; ``yu``: you, not 于 yu), the umlaut being restored only where
the plain spelling is no syllable (``hsuan``: xuan). Such a reading is not always the right
pinyin, and no single reading can be: ``chan`` is 战 zhan and, its apostrophe lost, 产 chan.
The Chinese matching key (:func:`~archivecite.translit.keys.match_key` with ``lang="zh"``)
therefore merges what the lost marks confuse (b p, d t, g k, z c, zh ch, j q; zhu ju; you yu)
in every text it reads as Chinese (hanzi, Palladius, Wade-Giles, words that spell pinyin:
:func:`spells_pinyin`), so that a Wade-Giles title or name meets its hanzi and pinyin however
it was printed (Ch'en and Chen both 陈 chen, Chou 周 zhou); one key rather than several
candidate readings keeps matching a lookup. A Western name under a Chinese title
(``Kanellakis``) spells no pinyin and keeps its letters.

A text reads as Wade-Giles (:func:`looks_like_wade_giles`) only when every word splits into
syllables at its hyphens and something sets it apart from pinyin, English and other
romanizations: a syllable pinyin cannot spell (``hsin``, ``tse``, ``tung``, ``shih``,
``chieh``, ``jen``, ``erh``, ``ch'an``, ``hsüeh``) or a name of hyphenated syllables beside
another word (``Chou En-lai``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

__all__ = ["looks_like_wade_giles", "spells_pinyin", "wade_giles_to_pinyin"]

_WORD = re.compile(r"[^\W\d_]+(?:[-‐‑'’‘ʼ`´][^\W\d_]+)*")
_APOSTROPHES = str.maketrans(dict.fromkeys("’‘ʻʼ`´", "'") | {"‐": "-", "‑": "-"})
# jên, shên: older printings of jen, shen; hsūan: a ü set (or read by OCR) as ū
_LOOKALIKES = str.maketrans({"ê": "e", "ū": "ü"})
# What pinyin cannot spell: the initials hs, ts, tz, ss, sz and j before a, e, o; the finals
# ih, ieh, üeh, ien, uei, ung; erh; an apostrophe, umlaut, breve or circumflex.
_DISTINCT = re.compile(r"^(?:hs|ts|tz|ss|sz|j(?![iu]))|(?:ih|[iuü]eh|ien|uei|ung)$|^erh$|['üūŭê]")
_CONVENTIONAL = "conventional"
_MIN_SYLLABLES = 2  # one syllable ("Chou", "Hsu") is as often pinyin or English
_VOWEL_START = "aoe"
_LONGEST_PINYIN = 6  # zhuang, shuang
_LETTERS = re.compile(r"[^\W\d_]+")
_MARKS = re.compile(r"[\u0300-\u036f]")


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """Syllables (as printed, marks lost too) and conventional whole words → pinyin."""
    text = resources.files("archivecite.translit").joinpath("data/wade_giles.tsv")
    syllables: dict[str, str] = {}
    words: dict[str, str] = {}
    for line in text.read_text(encoding="utf-8").splitlines():
        row = line.split("\t")
        if line.startswith("#") or len(row) < 2:
            continue
        (words if row[2:] == [_CONVENTIONAL] else syllables)[row[0]] = row[1]
    # The marks a text loses, umlaut first: a spelling that is a syllable of its own keeps
    # its own reading (chu: zhu; chan: zhan); chueh is chüeh (jue), not ch'üeh (que).
    for spelling, pinyin in list(syllables.items()):
        if "ü" in spelling:
            syllables.setdefault(spelling.replace("ü", "u"), pinyin)  # hsuan, yuan
        if spelling.endswith("ü"):
            syllables.setdefault(spelling[:-1] + "ue", pinyin)  # Lue, as German prints Lü
    for spelling, pinyin in list(syllables.items()):
        syllables.setdefault(spelling.replace("'", ""), pinyin)  # p'ou as pou
    return syllables, words


@lru_cache(maxsize=1 << 14)
def _word(word: str) -> tuple[str, bool, int] | None:
    """One word's pinyin (``Tse-tung``: ``Zedong``), whether a syllable of it is one pinyin
    cannot spell, and its number of syllables; ``None`` when it is no Wade-Giles."""
    syllables, words = _tables()
    lower = word.lower().translate(_APOSTROPHES)
    count = lower.count("-") + 1
    conventional = words.get(lower)
    if conventional is not None:
        return conventional, False, count
    pieces: list[str] = []
    distinct = False
    for piece in lower.split("-"):
        pinyin = syllables.get(piece.translate(_LOOKALIKES))
        if pinyin is None:
            return None
        distinct = distinct or _DISTINCT.search(piece) is not None
        if pieces and pinyin[:1] in _VOWEL_START:
            pieces.append("'")  # Hsi-an: Xi'an
        pieces.append(pinyin)
    joined = "".join(pieces)
    return (joined.capitalize() if word[:1].isupper() else joined), distinct, count


@cache
def _pinyin_syllables() -> frozenset[str]:
    """Every toneless pinyin syllable (the table's readings), ü written u."""
    return frozenset(pinyin.replace("ü", "u") for pinyin in _tables()[0].values())


@lru_cache(maxsize=1 << 14)
def _pinyin_word(word: str) -> bool:
    """``word`` splits into pinyin syllables; one that starts with a, o or e follows only n, ng
    or r, as pinyin writes ``Tiananmen`` without its apostrophe but never ``chiang`` for
    chi'ang (it is Wade-Giles Chiang, 蒋)."""
    inventory = _pinyin_syllables()
    ends = [True] + [False] * len(word)  # ends[i]: word[:i] splits into syllables
    for end in range(1, len(word) + 1):
        ends[end] = any(
            ends[start]
            and word[start:end] in inventory
            and (start == 0 or word[start] not in _VOWEL_START or word[start - 1] in "ngr")
            for start in range(max(0, end - _LONGEST_PINYIN), end)
        )
    return ends[-1]


def spells_pinyin(text: str) -> bool:
    """Every word of ``text`` splits into real pinyin syllables, tone marks aside (``Chou``,
    ``Zhōngguó lìshǐ``, ``Xi'an``): what may be read as pinyin. Western names and English
    words that merely look it fail on a syllable pinyin has not (``Supelana``: pe;
    ``Becoming``: co)."""
    folded = _MARKS.sub("", unicodedata.normalize("NFD", text.lower()))
    return all(_pinyin_word(word) for word in _LETTERS.findall(folded.replace("v", "u")))


def _nfc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def wade_giles_to_pinyin(text: str) -> str | None:
    """``Mao Tse-tung hsüan-chi`` → ``Mao Zedong xuanji``, ``Chou En-lai`` → ``Zhou Enlai``;
    ``None`` when a word is no Wade-Giles. Marks lost in print are read as the module says
    (``Chung-kuo kung-chan-tang`` → ``Zhongguo gongzhandang``)."""
    text = _nfc(text)
    out: list[str] = []
    last = 0
    for match in _WORD.finditer(text):
        read = _word(match.group())
        if read is None:
            return None
        out.append(text[last : match.start()])
        out.append(read[0])
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def looks_like_wade_giles(text: str) -> bool:
    """Every word Wade-Giles syllables, two syllables at least, and one pinyin cannot spell
    (``Jen-min jih-pao``, ``Hu Shih``) or a hyphenated name beside another word (``Chou
    En-lai``): Chinese in Wade-Giles. ``Chinese history``, ``Zhongguo tongshi``, ``Tokyo no
    rekishi``, ``Sovetsko-kitaiskie otnosheniia`` and ``Man-to-man`` are not."""
    text = _nfc(text)
    count = words = 0
    distinct = hyphenated = False
    for match in _WORD.finditer(text):  # the first word that is none ends the look
        read = _word(match.group())
        if read is None:
            return False
        words += 1
        count += read[2]
        distinct = distinct or read[1]
        hyphenated = hyphenated or read[2] > 1
    return count >= _MIN_SYLLABLES and (distinct or (hyphenated and words > 1))
