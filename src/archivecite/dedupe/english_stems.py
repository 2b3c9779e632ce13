"""The English words of a title as a dictionary's glosses may give them: light stems, and
the forms a gloss may stand for (a longer or derived word, the verb of an "un-…-able"
adjective, the adjective of a superlative), for :mod:`archivecite.dedupe.glosses`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from archivecite.dedupe.vocabulary import VOCABULARY, one_of

__all__ = [
    "IRREGULAR_FORMS",
    "LATIN_WORD",
    "SUPERLATIVES",
    "content_stems",
    "english_words",
    "gloss_found",
    "unaccented",
]
__all__ += ["light_stem", "superlative_positive", "unable_verb"]

LATIN_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_STEM_PREFIX = 5  # letters of a stem that may stand for a longer one ("siberia" / "siberian")

# words of an English title that do not carry its meaning, nor do their glosses
_STOP_WORDS = frozenset((*VOCABULARY.function_words, *VOCABULARY.gloss_stop_words))


IRREGULAR_FORMS = VOCABULARY.irregular_forms


def light_stem(word: str) -> str:
    """A light English stem: no possessive, plural, -ing or -ed ("Letters" letter, "Flowing"
    flow, "Mao's" mao), an irregular form's base (:data:`IRREGULAR_FORMS`: "Forgotten" forget,
    "Women" woman)."""
    word = word.lower().replace("’", "'")
    word = word.removesuffix("'s").removesuffix("'")
    if word in IRREGULAR_FORMS:
        return IRREGULAR_FORMS[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def unaccented(text: str) -> str:
    """``text`` without its accents ("Shōwa" Showa), its case kept."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def content_stems(text: str) -> tuple[str, ...]:
    """The stems of the content words of an English text, in order, once each; no accents
    (JMdict's "Shōwa" is a title's "Showa")."""
    seen: list[str] = []
    text = unaccented(text)
    for word in LATIN_WORD.findall(text):
        lowered = word.lower()
        if len(lowered) < 3 or lowered in _STOP_WORDS:
            continue
        stem = light_stem(lowered)
        if stem not in seen:
            seen.append(stem)
    return tuple(seen)


@lru_cache(maxsize=1 << 14)
def english_words(title: str) -> tuple[str, ...]:
    """The stems of an English title's content words."""
    return content_stems(title)


def _stems_meet(first: str, second: str) -> bool:
    if first == second:
        return True
    short, long = sorted((first, second), key=len)
    if len(short) >= _STEM_PREFIX and long.startswith(short):
        return True
    root = _root(first)
    if len(root) >= _ROOT and root == _root(second):
        return True
    return _sive_sion(first, second)


# an adjective in "-sive" and its noun in "-sion", four letters before them at least: "decisive" /
# "decision" (決定), "aggressive" / "aggression", "repressive" / "repression"; not "-tive" /
# "-tion", whose pairs may mean apart ("positive" / "position", "executive" / "execution")
_SIVE_SION = re.compile(r"(?P<root>[a-z]{4,})si(?:ve|on)")


def _sive_sion(first: str, second: str) -> bool:
    one, other = _SIVE_SION.fullmatch(first), _SIVE_SION.fullmatch(second)
    return one is not None and other is not None and one.group("root") == other.group("root")


_ROOT = 6  # letters of a root two derived words must share ("diplom" of diplomatic, diplomacy)
# English derivational endings, longest first: an adjective and its noun ("diplomatic" /
# "diplomacy", "economic" / "economy", "historical" / "history", "national" / "nation")
_DERIVED = re.compile(r"(?:ically|ical|atic|ation|acy|ic|al|ion|y)$")


@lru_cache(maxsize=1 << 14)
def _root(stem: str) -> str:
    """The stem without one derivational ending (:data:`_DERIVED`)."""
    return _DERIVED.sub("", stem, count=1)


def gloss_found(
    stem: str, glosses: frozenset[str], verb: str = "", positive: tuple[str, ...] = ()
) -> bool:
    """``stem`` among ``glosses``, or a stem of five letters or more beginning one of them (or
    begun by one), or the ``verb`` of an "un-…-able" stem (:func:`unable_verb`), or the
    ``positive`` of a superlative (:func:`superlative_positive`)."""
    return (
        stem in glosses
        or (len(stem) >= _STEM_PREFIX and any(_stems_meet(stem, gloss) for gloss in glosses))
        or (verb != "" and verb in glosses)
        or any(adjective in glosses for adjective in positive)
    )


_SUPERLATIVE = re.compile(r"(?P<base>[a-z]{2,}?)(?:(?P<double>[bdgmnpt])(?P=double))?(?P<e>i)?est")
SUPERLATIVES = re.compile(one_of(VOCABULARY.cjk_superlatives))


@lru_cache(maxsize=1 << 12)
def superlative_positive(stem: str) -> tuple[str, ...]:
    """The adjective of an English superlative, which a CJK title says as the adjective after
    a word for "most" (:data:`SUPERLATIVES`, いちばん, 最) that no gloss renders: "longest"
    long ("Japan's Longest Day" / 日本のいちばん長い日), "biggest" big, "earliest" early,
    "largest" large (or "larg"); none for another word."""
    found = _SUPERLATIVE.fullmatch(stem)
    if found is None:
        return ()
    base = found.group("base")
    if found.group("double"):
        return (base + found.group("double"),)
    return (base + "y",) if found.group("e") else (base, base + "e")


_UNABLE = re.compile(r"un(?P<verb>[a-z]{3,}?)(?P<double>[bdgklmnprt])?(?P=double)?[ai]ble")


@lru_cache(maxsize=1 << 12)
def unable_verb(stem: str) -> str:
    """The verb of an English "un-…-able" adjective, which a Japanese title says as the verb
    denied ("Unstoppable War" / 「とめられなかった戦争」, 止める "to stop"): "stop"; "" for any
    other word."""
    found = _UNABLE.fullmatch(stem)
    if found is None:
        return ""
    return found.group("verb") + (found.group("double") or "")
