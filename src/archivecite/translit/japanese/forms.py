"""A text's characters as the dictionary reads them: kyūjitai and variants in shinjitai (說 説),
and simplified Chinese in the Japanese forms (《中国共产党成立史》 as 中国共産党成立史)."""

from __future__ import annotations

from archivecite.translit.japanese.tables import (
    kyujitai,
    old_forms,
    simplified_only,
    simplified_text,
)
from archivecite.translit.kana import ITERATION_MARKS, iterated

_KANA = frozenset(map(chr, range(0x3041, 0x3100)))
_LONGEST_WORD = 4  # the words of data/japanese_simplified.tsv have two to four characters
_ITERATION_MARKS = frozenset("ゝゞヽヾ")
_VOICED_ITERATION = frozenset("ゞヾ")
_VOICEABLE = frozenset(
    "かきくけこさしすせそたちつてとはひふへほカキクケコサシスセソタチツテトハヒフヘホ"
)


def japanese_forms(text: str) -> str:
    """The text with each character in the form the dictionary reads, one for one (the
    tokens' places in the text are kept): 學 学, 产 産, a kana iteration mark as the kana it
    repeats (學問ノスゝメ 学問ノススメ, いすゞ いすず); in a text written in simplified
    characters (one Japanese never writes, no kana) also 机 機 and the words whose characters
    have several forms (中日关系史 中日関係史, not 関系; 战后 戦後)."""
    if not ITERATION_MARKS.isdisjoint(text):
        text = iterated(text)
    if not old_forms().search(text):
        return text
    if simplified_only().isdisjoint(text) or not _KANA.isdisjoint(text):
        return text.translate(kyujitai())
    table, words, marks = simplified_text()
    parts: list[str] = []
    done = 0
    for mark in marks.finditer(text):
        at = mark.start()
        if at < done:
            continue
        # the word around the mark that starts first, the longest there
        for start in range(max(done, at - _LONGEST_WORD + 1), at + 1):
            size = min(_LONGEST_WORD, len(text) - start)
            while size > at - start and text[start : start + size] not in words:
                size -= 1
            if size > at - start:
                parts += (text[done:start], words[text[start : start + size]])
                done = start + size
                break
    parts.append(text[done:])
    return "".join(parts).translate(table)
