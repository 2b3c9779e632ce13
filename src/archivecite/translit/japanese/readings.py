"""Readings that depend on the tokens around: one-kanji words inside a Sino-Japanese compound.

unidic-lite reads a compound it does not know as one-kanji words, each in its own most
common reading; in a compound of Sino-Japanese (on'yomi) morphemes a native reading among
them is wrong (草 + 径: sōkei, not kusakei), so it is replaced by the kanji's on'yomi.
"""

from __future__ import annotations

from functools import cache

from archivecite.translit.japanese.tables import kanji_readings
from archivecite.translit.japanese.tokens import NATIVE_PIECE, SINO_PIECE, Tok

PIECES = NATIVE_PIECE | SINO_PIECE


def sino_compounds(tokens: list[Tok], spaced: list[bool]) -> None:
    """Read the native one-kanji nouns of a run of one-kanji nouns in on'yomi when another
    noun of the run is Sino-Japanese (草径集 Sōkeishū) and the run starts a word."""
    start = 0
    while start < len(tokens):
        end = start
        while end < len(tokens) and _piece(tokens[end]) and (end == start or not spaced[end]):
            end += 1
        run = tokens[start:end]
        if (
            len(run) > 1
            and any(tok.native for tok in run)
            and not all(tok.native for tok in run)
            and not _compounds_before(tokens, spaced, start)
        ):
            readings = kanji_readings()
            for k in range(start, end):
                on = readings.get(tokens[k].surface, ("", ""))[0]
                if tokens[k].native and on:
                    tokens[k] = _on_token(tokens[k], on)
        start = max(end, start + 1)


def _compounds_before(tokens: list[Tok], spaced: list[bool], start: int) -> bool:
    """The run may belong to a word before it (火山 + 灰: kazanbai, a native 灰 in a word
    the dictionary split): then it is left as read."""
    if start == 0 or spaced[start]:
        return False
    return tokens[start - 1].pos1 in ("名詞", "接頭辞") and not tokens[start - 1].mark


def _piece(tok: Tok) -> bool:
    """A one-kanji common noun that the dictionary read on its own; not one that may count or
    name a kind of body (社, 号, 版: Hon no Tomosha)."""
    return bool(tok.hints & PIECES)


@cache
def _on_token(tok: Tok, on: str) -> Tok:
    return Tok(tok.surface, (tok.pos1, tok.pos2, tok.pos3, tok.pos4), tok.lemma, on)
