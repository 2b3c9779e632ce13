"""The blocking keys of a reference's first author: its name with the year and alone, its
consonants, its Chinese and Japanese readings, the consonants a transcription keeps (see
:func:`archivecite.dedupe.blocking.blocking_keys`, which opens the blocks)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

from archivecite.dedupe.cognates import foreign_title
from archivecite.dedupe.name_readings import spelled_keys
from archivecite.dedupe.people import joined_names, spelled_skeletons
from archivecite.dedupe.transcription import unvoiced_reading

if TYPE_CHECKING:
    from archivecite.dedupe.keys import RecordKeys

__all__ = ["NameBlockKind", "name_keys"]

NameBlockKind = Literal["fuzzy", "name", "sounded"]

_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")


def _consonants(name: str) -> str:
    """A family-name key without its vowels but the last letter, nor doubled letters ("snider",
    "snaider": "sndr"); the last kept, a feminine form is another name ("vnkrv", "vnkrva")."""
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", name[:-1]) + name[-1:])


def name_keys(record: RecordKeys) -> Iterator[tuple[str, NameBlockKind]]:
    """The first author's name: with the year, alone (for a translation, whose title shares
    nothing with its original's), by its consonants, its Chinese and Japanese readings, and
    the consonants a transcription keeps."""
    for name in record.authors[:1] + ((record.given_first,) if record.given_first else ()):
        if record.year is not None:
            yield f"ay:{name[:6]}:{record.year}", "fuzzy"
        if record.titles:
            yield f"an:{name}", "name"
    if record.year is not None and record.latin_readings:
        # a Japanese or Chinese name in Latin letters, whose key reads it as a Russian
        # romanization would ("Yoshino": "eshino"), dated as its kanji original is (吉野:
        # "yoshino"): an article and its translation meet by the name as the letters spell it,
        # read as Japanese and as Chinese ("Hu": fu, and hu, 胡)
        spelled = record.latin_readings[0].partition("|")[0].split()
        for reading in dict.fromkeys(name[:6] for name in spelled):
            if reading != record.authors[0][:6]:
                yield f"ay:{reading}:{record.year}", "fuzzy"
    if record.titles and record.authors and len(consonants := _consonants(record.authors[0])) >= 3:
        # the name's consonants: "Snyder" and Снайдер (keys "snider", "snaider") meet in one
        # name block, a translation's title ("Bloodlands") and its original's («Кровавые
        # земли») having nothing in common
        yield f"an:~{consonants}", "name"
    if record.titles and record.authors:
        # the first author's family name as read in Chinese and Japanese: "Yang" and 楊 (whose
        # keys are "ang" and "yang") meet in one name block, a translation's title and its
        # original's having nothing in common
        yield from ((f"an:{name}", "name") for name in _family_readings(record))
        # a Chinese name parted into family and given names ("Pa, Chin", "Lao, She") against
        # one written whole (巴金, 老舍, "Ba Jin"), whose key is the two run together
        yield from ((f"an:{name}", "name") for name in joined_names(record))
        # a Japanese family name voiced by rendaku or not ("Yanagita" / 柳田, read yanagida)
        read = (record.latin_readings or record.cjk_readings or ("",))[0].split("|")[0].split()
        if read and (unvoiced := unvoiced_reading(read[0])) != read[0]:
            yield f"an:^{unvoiced}", "name"
    if record.titles and record.latin_families and foreign_title(record):
        # a German or French title under a Russian name as that language spells it
        # ("Solschenizyn", "Soljénitsyne"): the name as a Russian key spells it, see
        # name_readings.spelled_keys
        family = record.latin_families[0]
        for key in sorted(spelled_keys(family) if family else ()):
            if key != record.authors[0]:
                yield f"an:{key}", "name"
    if record.titles and (record.first_sounds or record.sounds):
        # a Western name and its transcription (Snow / 斯諾) have no key in common, nor have
        # a title and its translation: the consonants they keep are one
        sounds = record.first_sounds or record.sounds[0]
        yield from ((f"as:{skeleton}", "sounded") for skeleton in sounds.split())
        # a later name in Latin letters too ('Terasaki Hidenari and Mariko Terasaki Miller,
        # eds.' / マリコ・テラサキ・ミラー編), see people.spelled_skeletons
        later = spelled_skeletons(record)[1:]
        skeletons = dict.fromkeys(word for sounds in later for word in sounds.split())
        yield from ((f"as:{skeleton}", "sounded") for skeleton in skeletons)


def _family_readings(record: RecordKeys) -> list[str]:
    """The readings of the first author's family name (:attr:`RecordKeys.latin_readings` or
    ``cjk_readings``) that are not the name's key already; in Latin letters its given name's
    too, which may be the family name written first ("Tsutsui Kiyotada" / 筒井清忠)."""
    if record.latin_readings:
        family, _, given = record.latin_readings[0].partition("|")
        names = family.split() + given.split()
    else:
        names = (record.cjk_readings or ("",))[0].partition("|")[0].split()
    return [name for name in names if name not in record.authors[:1] and len(name) >= 2]
