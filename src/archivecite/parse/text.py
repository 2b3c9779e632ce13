"""Small facts about citation text: its languages, scripts and separators."""

from __future__ import annotations

from functools import cache

from archivecite.parse import patterns
from archivecite.parse.tables import data_table

__all__ = ["cyrillic_language", "language_of", "script_language", "strip_separators"]

_SEPARATORS = " \t.,;:/—–-|"


def strip_separators(text: str) -> str:
    """Text without the punctuation that joins the parts of a citation around it."""
    return text.strip(_SEPARATORS)


@cache
def _language_words() -> dict[str, str]:
    table = data_table("languages.toml")
    return {word: code for code, words in table.items() for word in words}


def _script_counts(text: str) -> dict[str, int]:
    return {script: len(pattern.findall(text)) for script, pattern in patterns.SCRIPT_PATTERNS}


def language_of(text: str) -> str | None:
    """The language a citation declares ("(In Russian)") or, failing that, its script shows."""
    declared = patterns.IN_LANGUAGE_PATTERN.search(text)
    if declared is not None:
        code = _language_words().get(declared["language"].casefold().rstrip("."))
        if code is not None:
            return code
    counts = _script_counts(text)
    if counts["Kana"]:
        return "ja"
    if counts["Hang"]:
        return "ko"
    if counts["Hani"] > counts["Latn"] // 4:
        return "zh"
    if counts["Cyrl"] and counts["Cyrl"] >= counts["Latn"]:
        return cyrillic_language(text)
    return None


def cyrillic_language(text: str) -> str:
    """The language of a Cyrillic text by its letters: ``ru`` in its pre-1918 spelling (ѣ, іи,
    a final ъ), ``uk`` (ї, є, ґ, or і without ы/э), ``be`` (ў, or і with ы/э), ``kk``, ``sr``;
    else ``ru``."""
    lowered = text.lower()
    table = data_table("cyrillic_letters.toml")
    old_spelling = any(mark in lowered for mark in table["pre_reform_ru"])
    if old_spelling or patterns.FINAL_HARD_SIGN_PATTERN.search(lowered):
        return "ru"
    for language in ("uk", "be", "kk", "sr"):
        if any(letter in lowered for letter in table[language]):
            return language
    dotted = table["dotted_i"]
    if dotted["letter"] in lowered:
        belarusian = any(letter in lowered for letter in dotted["belarusian_with"])
        return "be" if belarusian else "uk"
    return "ru"


def script_language(text: str, *, declared: str | None) -> str | None:
    """The BCP 47 tag of a piece of text: ``ru-Latn`` for a romanized Russian title."""
    counts = _script_counts(text)
    script = max(counts, key=lambda name: counts[name])
    if counts[script] == 0:
        return declared
    if script == "Latn":
        if declared in (None, "en"):
            return declared
        return f"{declared}-Latn"
    if script == "Cyrl":
        return declared if declared in ("ru", "uk", "be") else cyrillic_language(text)
    if script == "Kana" or (script == "Hani" and (counts["Kana"] or declared == "ja")):
        return "ja"
    if script == "Hani":
        return "zh"
    return declared
