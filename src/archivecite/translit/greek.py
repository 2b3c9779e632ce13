"""Greek look-alike letters inside a Cyrillic or Latin word, read in that word's script.

A copy may put a Greek letter for the Cyrillic or Latin one it looks like: a Japanese reading
sheet prints Lenin's title as 'Γосударство и революпия', a Greek capital gamma for Г, and no
key of it meets 'Государство' or 'Gosudarstvo'. A word of Cyrillic (or Latin) letters with
fewer Greek ones, each of them a look-alike of a letter of that script
(``data/greek_homoglyphs.toml``, after Unicode's confusables), is read with those letters; a
word in Greek, or one mixing Cyrillic and Latin letters too, is left as it is. The length is
kept, so that offsets still hold.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache
from importlib import resources

__all__ = ["unmix_greek"]

_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _tables() -> tuple[dict[int, str], dict[int, str]]:
    path = resources.files("archivecite.translit").joinpath("data/greek_homoglyphs.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return (
        {ord(greek): letter for greek, letter in data["cyrillic"].items()},
        {ord(greek): letter for greek, letter in data["latin"].items()},
    )


def _script(char: str) -> str:
    if _GREEK.match(char):
        return "greek"
    if "\u0400" <= char <= "\u052f":
        return "cyrillic"
    return "latin" if unicodedata.name(char, "").startswith("LATIN") else ""


def unmix_greek(text: str) -> str:
    """``text`` with the Greek look-alikes of a Cyrillic or Latin word in its script
    ('Γосударство' → 'Государство'); Greek words unchanged."""
    if _GREEK.search(text) is None:
        return text
    to_cyrillic, to_latin = _tables()
    chars = list(text)
    for found in _WORD.finditer(text):
        word = found.group()
        scripts = [_script(char) for char in word]
        greek = scripts.count("greek")
        others = {script for script in scripts if script != "greek"}
        if not greek or len(others) != 1 or greek >= len(word) - greek:
            continue
        table = to_cyrillic if others == {"cyrillic"} else to_latin if others == {"latin"} else {}
        slips = [char for char, script in zip(word, scripts, strict=True) if script == "greek"]
        if all(ord(char) in table for char in slips):
            chars[found.start() : found.end()] = word.translate(table)
    return "".join(chars)
