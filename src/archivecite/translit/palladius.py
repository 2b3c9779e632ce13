"""Chinese written in Cyrillic by the Palladius system, read back as pinyin for matching.

Russian scholarship writes Chinese names and titles in Palladius (``Мао Цзэдун``, ``Чжоу
Эньлай сюаньцзи``, ``Жэньминь жибао``); English scholarship writes them in pinyin and Chinese
in hanzi. A word is read as Palladius when it splits whole into Palladius syllables
(``data/palladius.tsv``); Russian words seldom do (``р``, ``ы``, ``щ`` and most consonant
clusters belong to no syllable), so a text reads as Chinese only when all its words split.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

__all__ = ["looks_like_palladius", "palladius_syllable", "palladius_to_pinyin"]

_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)
_LONGEST_SYLLABLE = 5  # "чжуан", "цзюань"
_MIN_WORDS = 2  # one short word ("Мао", "Ли") is as often Russian as Chinese


@cache
def _syllables() -> dict[str, str]:
    text = resources.files("archivecite.translit").joinpath("data/palladius.tsv")
    rows = (line.split("\t") for line in text.read_text(encoding="utf-8").splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2 and not row[0].startswith("#")}


@lru_cache(maxsize=1 << 14)
def _word(word: str) -> str | None:
    """The pinyin of one Palladius word (``цзэдун`` → ``zedong``), or ``None`` when the word
    does not split into syllables; the split with the fewest syllables wins (``эньлай`` is
    en + lai, not e + n...)."""
    table = _syllables()
    lower = word.lower()
    best: list[list[str] | None] = [[]] + [None] * len(lower)
    for end in range(1, len(lower) + 1):
        for start in range(max(0, end - _LONGEST_SYLLABLE), end):
            before = best[start]
            pinyin = table.get(lower[start:end])
            if before is None or pinyin is None:
                continue
            current = best[end]
            if current is None or len(before) + 1 < len(current):
                best[end] = [*before, pinyin]
    found = best[-1]
    if found is None:
        return None
    joined = "".join(found)
    return joined.capitalize() if word[:1].isupper() else joined


def palladius_to_pinyin(text: str) -> str | None:
    """``Чжоу Эньлай сюаньцзи`` → ``Zhou Enlai xuanji``; ``None`` when a word is no Palladius."""
    out: list[str] = []
    last = 0
    for match in _WORD.finditer(text):
        pinyin = _word(match.group())
        if pinyin is None:
            return None
        out.append(text[last : match.start()])
        out.append(pinyin)
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def looks_like_palladius(text: str) -> bool:
    """Two words at least, every one of them Palladius syllables: Chinese in Cyrillic."""
    words = _WORD.findall(text)
    return len(words) >= _MIN_WORDS and all(_word(word) is not None for word in words)


def palladius_syllable(word: str) -> str | None:
    """The pinyin of a word that is one whole Palladius syllable (``Чжан`` → ``Zhang``, the
    family name 张 of Jung Chang, "Юн Чжан"), else ``None``: a Chinese family name printed
    alone, which :func:`looks_like_palladius` does not read."""
    pinyin = _syllables().get(word.lower())
    return pinyin.capitalize() if pinyin and word[:1].isupper() else pinyin
