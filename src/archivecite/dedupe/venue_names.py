"""The names of venues (journals, proceedings, reports) as compared: a known venue's canonical
id, the kind of venue its name says, and the words (and acronym) that name it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from archivecite.dedupe.name_readings import name_key
from archivecite.dedupe.readings import plain, text_keys
from archivecite.dedupe.vocabulary import VOCABULARY, one_of
from archivecite.model import Text

_WORDS = VOCABULARY  # the words of data/vocabulary.toml; the patterns are built here

# A name with a word starting so, or with this whole word; the first kind found wins
_VENUE_KINDS = tuple(
    (
        kind.kind,
        re.compile(
            rf"\b(?:{one_of(kind.starts)})"
            + (rf"|\b(?:{one_of(kind.words)})\b" if kind.words else "")
        ),
    )
    for kind in _WORDS.venue_kinds
)

# Known venues: (canonical id, pattern over the lower-cased, de-punctuated name), the first
# match wins
VENUES: tuple[tuple[str, str], ...] = tuple((venue.id, venue.pattern) for venue in _WORDS.venues)

# The known venues that are conferences: one volume of proceedings a year
CONFERENCES = frozenset(venue.id for venue in _WORDS.venues if venue.conference)

_VENUE_PATTERNS = tuple((name, re.compile(pattern)) for name, pattern in VENUES)


@lru_cache(maxsize=65536)
def venue_id(container: str) -> str:
    """The canonical id of a known venue (``vldbj`` for "VLDB J." and "The VLDB Journal"),
    or "" when the name is not in :data:`VENUES`."""
    text = plain(container)
    return next((name for name, pattern in _VENUE_PATTERNS if pattern.search(text)), "")


@lru_cache(maxsize=65536)
def venue_kind(container: str) -> str:
    """``journal``, ``proceedings`` or ``report`` when the container's name says so. Embase
    names the meeting whose abstracts a journal prints after the journal ("Scandinavian Journal
    of Immunology.Conference: 39th Meeting of ..."): the container is the journal's issue, of
    the journal's kind, as another database's record of the abstract gives it ("Scandinavian
    Journal of Immunology" 71(6) 507)."""
    lowered = _JOURNALS_CONFERENCE.sub("", container.lower())
    return next((kind for kind, pattern in _VENUE_KINDS if pattern.search(lowered)), "")


_JOURNALS_CONFERENCE = re.compile(r"(?<=\w)\.\s?conference:.*$", re.DOTALL)


def venue_keys(container: Text | None) -> tuple[str, str, str, tuple[str, ...]]:
    """A container's matching key, kind of venue, known venue and naming words."""
    if container is None:
        return "", "", "", ()
    keys = text_keys(container)
    return (
        keys[0].key if keys else "",
        venue_kind(container.original),
        venue_id(container.original),
        venue_words(container.original),
    )


# Words of a venue's name that do not tell one venue from another ("Proc. of the 25th Annual
# ACM Symposium on Theory of Computing" / "STOC-93" / "In 25th ACM Symp. Theory Comput.")
_VENUE_NOISE = frozenset(_WORDS.venue_noise)

_VENUE_DIGITS = re.compile(r"\d")

_FUNCTION_WORDS = frozenset(_WORDS.function_words)

_ACRONYM_NOISE = frozenset(_WORDS.acronym_optional)

_ACRONYM = "="  # marks the acronym of a venue's name among its words


@lru_cache(maxsize=65536)
def venue_words(container: str) -> tuple[str, ...]:
    """The words that name a venue, as matching keys in a fixed order: no digits, ordinals,
    "proceedings of the ... annual conference"; then, for a name of three words or more, its
    acronym ("=icis" for "International Conference on Information Systems"). Compared by
    :func:`venues_agree`."""
    words = []
    initials = []  # (initial, a word "proceedings" or "annual" that acronyms often leave out)
    for word in plain(container).split():
        if word.isalpha() and word not in _FUNCTION_WORDS:
            initials.append((word[0], word in _ACRONYM_NOISE))
        if word in _VENUE_NOISE or _VENUE_DIGITS.search(word) or len(word) < 2:
            continue
        key = name_key(word, None)
        if key and key not in words:
            words.append(key)
    for letters in (
        "".join(letter for letter, noise in initials if not noise),  # ICIS, HICSS
        "".join(letter for letter, _ in initials),  # PNAS
    ):
        acronym = name_key(letters, None) if len(letters) >= 3 else ""
        if acronym and _ACRONYM + acronym not in words:
            words.append(_ACRONYM + acronym)
    return tuple(words)


@lru_cache(maxsize=1 << 16)
def venues_agree(first: tuple[str, ...], second: tuple[str, ...], fewest: int = 2) -> float:
    """The share of the shorter venue's words found in the other, a word matching its
    abbreviation ("comput" / "computing", "syst" / "systems"); 1 when one is the acronym of
    the other ("ICIS"); -1 when either name has fewer than ``fewest`` words, too few to tell
    ("STOC-93", "VLDB")."""
    acronyms = {word[1:] for word in (*first, *second) if word.startswith(_ACRONYM)}
    if acronyms:
        if any(word in acronyms for word in (*first, *second)):
            return 1.0
        if any(
            len(word) >= 3 and acronym.endswith(word)  # "NIPS": Advances in NIPS
            for word in (*first, *second)
            for acronym in acronyms
        ):
            return 1.0
        first = tuple(word for word in first if not word.startswith(_ACRONYM))
        second = tuple(word for word in second if not word.startswith(_ACRONYM))
    if len(first) < max(fewest, 1) or len(second) < max(fewest, 1):
        return -1.0
    short, long = (first, second) if len(first) <= len(second) else (second, first)
    found = sum(
        any(
            word == other
            or (min(len(word), len(other)) >= 3 and other.startswith(word))
            or (min(len(word), len(other)) >= 3 and word.startswith(other))
            for other in long
        )
        for word in short
    )
    return found / len(short)
