"""A Russian title and its Japanese or Chinese translation, through their English glosses.

A translation into Japanese or Chinese renders a Russian title word for word (サハリン島 for
«Остров Сахалин», 国家と革命 for «Государство и революция»), yet the two share no letters and
no dictionary goes from one to the other. Both go into English: the CJK dictionaries
(:mod:`archivecite.dedupe.glosses`) gloss the CJK title's words, the library's glossary
(:mod:`archivecite.dedupe.ru_glossary`) the Russian title's; a Russian word and a CJK word are
each other's translation when an English word is among the glosses of both. A Russian word of
no glossary (a name) is matched by its sounds with a katakana word (Сахалин / サハリン, S-H-L),
or by its letters with a CJK word's gloss.

The titles agree as strictly as each dictionary's rule asks of a title and its English
translation, whichever is stricter: three in four of the Russian content words matched (one at
least by a gloss, not as a name) and three in four of the CJK title's characters covered (four
in five for a single word); a word left on each side asks four in five of both.
"""

from __future__ import annotations

from functools import lru_cache

from archivecite.dedupe.glosses import (
    GlossMatch,
    cjk_glosses,
    counted_characters,
    cyrillic_readings,
    reads_as_russian,
)
from archivecite.dedupe.katakana_titles import KATAKANA_RUN, written_in_katakana
from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.readings import text_script
from archivecite.dedupe.ru_glossary import (
    RussianWord,
    english_stem,
    russian_content_words,
    same_name,
)
from archivecite.dedupe.title_keys import clean_title
from archivecite.dedupe.titles import CJK_SCRIPTS, main_part
from archivecite.model import Script

__all__ = ["BRIDGED", "russian_cjk_glossed", "russian_cjk_pair"]

BRIDGED = "Russian glossary and CJK dictionary, through English"
_MATCHED = 0.75  # share of the Russian words matched, and of the CJK characters covered
_ONE_WORD = 0.8  # of the CJK characters, when a single Russian word is matched
_BOTH_LEFT = 0.8  # of both, when a word is left on each side
_RUSSIAN = ("ru", "")  # the languages of a Cyrillic title the glossary reads (none stated)


def _russian_title(record: RecordKeys) -> tuple[str, ...]:
    """The Cyrillic readings of a Russian title: itself, or a romanized one read back; () for
    another title."""
    title = record.title_original
    if not title or record.title_base_lang not in _RUSSIAN:
        return ()
    script = text_script(title)
    if script is Script.CYRILLIC:
        return (title,)
    if script is Script.LATIN and (
        record.title_base_lang == "ru" or (not record.title_lang and reads_as_russian(title))
    ):
        return cyrillic_readings(title)
    return ()


def russian_cjk_pair(a: RecordKeys, b: RecordKeys) -> tuple[RecordKeys, RecordKeys] | None:
    """One title in kanji, hanzi or kana, the other a Russian one (in Cyrillic, or romanized
    and stated as Russian): ``(russian, cjk)``, else ``None``."""
    for russian, cjk in ((a, b), (b, a)):
        if (
            cjk.title_original
            and text_script(cjk.title_original) in CJK_SCRIPTS
            and _russian_title(russian)
        ):
            return russian, cjk
    return None


def _variants(title: str) -> tuple[str, ...]:
    main = main_part(title)
    return (title, main) if main and main.strip() else (title,)


@lru_cache(maxsize=1 << 14)
def _snowball(glosses: frozenset[str]) -> frozenset[str]:
    """A CJK word's glosses (light stems) as the glossary stems its English words."""
    return frozenset(english_stem(gloss) for gloss in glosses)


def _heard(word: RussianWord, cjk: str) -> list[tuple[int, int]]:
    """The katakana words of ``cjk`` that write the Russian name ``word`` by its sounds."""
    return [
        (found.start(), found.end())
        for found in KATAKANA_RUN.finditer(cjk)
        if written_in_katakana(word.word, found.group())
    ]


def bridged_match(
    russian: str, cjk: str, lang: str | None, names: frozenset[str] = frozenset()
) -> GlossMatch:
    """Compare a Russian title with a CJK one through their English glosses; ``english``
    holds the share of the Russian words matched, ``cjk`` that of the CJK characters covered."""
    words = russian_content_words(russian, names)
    counted = counted_characters(cjk)
    if not words or not counted:
        return GlossMatch(0.0, 0.0, ())
    places = set(counted)
    # a word of the dictionary that is a particle or an ending only (と "capital") is no word
    # of the title to gloss
    spans = [word for word in cjk_glosses(cjk, lang) if places & set(range(word.start, word.end))]
    matched: list[str] = []
    covered: set[int] = set()
    glossed = 0
    for word in words:
        hits = [
            (span.start, span.end)
            for span in spans
            if word.glosses and word.glosses & _snowball(span.glosses)
        ]
        by_name = False
        if not hits and not word.glosses:
            hits = [
                (span.start, span.end)
                for span in spans
                if any(same_name(word.key, gloss) for gloss in span.glosses)
            ] or _heard(word, cjk)
            by_name = bool(hits)
        if hits:
            matched.append(word.word)
            glossed += not by_name
            for start, end in hits:
                covered.update(range(start, end))
    share = sum(1 for i in counted if i in covered) / len(counted)
    left = len(matched) < len(words) and any(
        span.end - span.start >= 2 and covered.isdisjoint(range(span.start, span.end))
        for span in spans
    )
    return GlossMatch(len(matched) / len(words), share, tuple(matched), left, BRIDGED, glossed)


def russian_cjk_glossed(a: RecordKeys, b: RecordKeys) -> GlossMatch | None:
    """A Russian title and a CJK one each a gloss of the other through English (either may
    be cut before its subtitle), the authors' names left out; ``None`` when they are not, or
    the pair is no such pair."""
    pair = russian_cjk_pair(a, b)
    if pair is None:
        return None
    russian, cjk = pair
    names = frozenset((*russian.authors, *cjk.authors))
    best: GlossMatch | None = None
    for reading in _russian_title(russian):
        for russian_title in _variants(reading):
            for cjk_title in _variants(clean_title(cjk.title_original)):
                match = bridged_match(russian_title, cjk_title, cjk.title_lang, names)
                single = len(match.matched) == 1
                if (
                    match.glossed
                    and match.english >= _MATCHED
                    and match.cjk >= (_ONE_WORD if single else _MATCHED)
                    and not (match.unmatched and min(match.english, match.cjk) < _BOTH_LEFT)
                    and (best is None or match.english + match.cjk > best.english + best.cjk)
                ):
                    best = match
    return best
