"""A title that is a name, and its transcription in katakana.

Japanese writes a foreign title made of names by their sounds: «Дерсу Узала» (the hunter's
name) is デルスウ・ウザーラ, which romanizes to "derusuuzara", only 86 % like "dersu uzala":
the vowels Japanese adds after a consonant and its long vowels weigh as much as the letters.
The consonants tell it (see :mod:`archivecite.dedupe.transcription`): Дерсу T-L-S is デルスウ
T-L-S, Узала S-L is ウザーラ S-L. A title all in katakana, its words parted by middle dots or
spaces, transcribes a Cyrillic or Latin title (or its main part, before a subtitle) when the
two have as many words, two at least, and each pair in order sounds alike, four consonants at
least in all (Анна Каренина N, K-L-N): one short name sounds like too many others.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.readings import text_script
from archivecite.dedupe.title_keys import clean_title
from archivecite.dedupe.transcription import cjk_sounds, latin_sounds
from archivecite.model import Script
from archivecite.translit import match_key

__all__ = ["KATAKANA_RUN", "TRANSCRIBED", "TRANSCRIBED_MAIN", "katakana_transcription"]
__all__ += ["written_in_katakana"]

TRANSCRIBED = "titles alike as a transcription in katakana (word by word by their consonants)"
TRANSCRIBED_MAIN = TRANSCRIBED + ": one without its subtitle"
_WHOLE = 100.0  # a title and its transcription: the same title
_MAIN = 95.0  # ... of the other's main title (a subtitle may also tell works apart)
_TITLE_WORDS = 2  # words of a title of names
_TITLE_CONSONANTS = 4  # consonants the words and their transcriptions share, all together
_KATAKANA_TITLE = re.compile(
    r"[\u30a1-\u30fa\u30fc]+(?:[\u30fb\uff65\s=\uff1d]+[\u30a1-\u30fa\u30fc]+)*"
)
_KATAKANA_WORD = re.compile(r"[\u30a1-\u30fa\u30fc]+")
_WORD = re.compile(r"[^\W\d_]+")
_SUBTITLE = re.compile(r"\s*(?:[:.;]|\s[—–-])\s")
_SCRIPTS = (Script.CYRILLIC, Script.LATIN)


@lru_cache(maxsize=1 << 14)
def _katakana_words(title: str) -> tuple[frozenset[str], ...]:
    """The sounds of each word of a title all in katakana; () for another title."""
    title = title.strip()
    if not _KATAKANA_TITLE.fullmatch(title):
        return ()
    return tuple(
        cjk_sounds(match_key(word, "ja").replace(" ", "")) for word in _KATAKANA_WORD.findall(title)
    )


def _consonants(words: tuple[frozenset[str], ...], title: str) -> int:
    """The consonants the words of ``title`` share, each with its katakana word in order, in
    all; 0 when the words are not as many or a pair does not sound alike. A stress mark over a
    Russian vowel ('До́ктор Жива́го', as dictionaries and Wikipedia print a title) is no letter
    and parts no word (й and ё are whole letters once composed)."""
    composed = unicodedata.normalize("NFC", title)
    written = _WORD.findall("".join(char for char in composed if not unicodedata.combining(char)))
    if len(written) != len(words) or len(words) < _TITLE_WORDS:
        return 0
    total = 0
    for word, sounds in zip(written, words, strict=True):
        shared = max((len(skeleton) for skeleton in latin_sounds(word) & sounds), default=0)
        if not shared:
            return 0
        total += shared
    return total


def katakana_transcription(a: RecordKeys, b: RecordKeys) -> tuple[float, str]:
    """How alike two titles are when one, all in katakana, transcribes the other (in Cyrillic
    or Latin letters) word by word: 100 for the whole title, 95 for its main part; 0 else."""
    for kana, other in ((a, b), (b, a)):
        if (
            not kana.title_original
            or _KATAKANA_WORD.match(kana.title_original.lstrip(" 『「《〈")) is None
        ):
            continue  # most titles: no look at the rest
        words = _katakana_words(clean_title(kana.title_original))
        if not words or text_script(other.title_original) not in _SCRIPTS:
            continue
        title = clean_title(other.title_original)
        if _consonants(words, title) >= _TITLE_CONSONANTS:
            return _WHOLE, TRANSCRIBED
        cut = _SUBTITLE.search(title)
        if cut is not None and _consonants(words, title[: cut.start()]) >= _TITLE_CONSONANTS:
            return _MAIN, TRANSCRIBED_MAIN
    return 0.0, ""


KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}")
# consonants of a skeleton (see :mod:`archivecite.dedupe.transcription`) a word in Latin or
# Cyrillic letters and a katakana word must share to be one name: three, where a person's name
# may share two (S-N) and a title's other words would meet on them by chance
_TITLE_NAME_CONSONANTS = 3


def written_in_katakana(word: str, run: str) -> bool:
    """The katakana word ``run`` writes ``word`` (in Latin or Cyrillic letters) by its sounds:
    their consonant skeletons share :data:`_TITLE_NAME_CONSONANTS` or more."""
    heard = latin_sounds(word) & cjk_sounds(match_key(run, "ja").replace(" ", ""))
    return any(len(skeleton) >= _TITLE_NAME_CONSONANTS for skeleton in heard)
