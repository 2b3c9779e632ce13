"""Japanese writers named by their gō alone against their family name: "Takuboku" / 石川 (Ishikawa
Takuboku), "Sōseki" / 夏目. The pairs are a table (``data/japanese_pen_names.tsv``, each with
where the gō is printed): no reading of a gō meets the family name it was printed with."""

from __future__ import annotations

from functools import cache
from importlib import resources

from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.name_readings import name_key

__all__ = ["pen_name_of"]


@cache
def _pen_names() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each writer of the table: the keys of the gō and those of the family name, from their
    kanji (read as Japanese) and their Hepburn spelling."""
    text = resources.files("archivecite.dedupe").joinpath("data", "japanese_pen_names.tsv")
    writers = []
    for line in text.read_text(encoding="utf-8").splitlines():
        row = line.split("\t")
        if line.startswith("#") or len(row) < 4:
            continue
        names = [
            frozenset(
                {*(name_key(kanji, "ja") for kanji in written.split()), name_key(latin, "ja-Latn")}
            )
            for written, latin in ((row[0], row[1]), (row[2], row[3]))
        ]
        writers.append((names[0], names[1]))
    return tuple(writers)


def _keys(record: RecordKeys, position: int) -> frozenset[str]:
    """The keys of the family name of ``record``'s author at ``position``, with its Japanese
    reading where written in kanji."""
    keys = {record.authors[position]}
    for readings in (record.cjk_readings, record.latin_readings):
        if len(readings) == len(record.authors):
            keys |= set(readings[position].partition("|")[0].split())
    return frozenset(keys)


def _alone(record: RecordKeys, position: int) -> bool:
    """A name printed without a given name."""
    forms = record.author_forms
    return len(forms) == len(record.authors) and not forms[position].partition("|")[2]


def pen_name_of(a: RecordKeys, position: int, b: RecordKeys) -> bool:
    """Whether ``a``'s author at ``position`` and one of ``b``'s are one writer, one named by
    the gō alone, the other by the family name it was printed with, neither with a given name."""
    if not _alone(a, position):
        return False
    keys = _keys(a, position)
    for other in range(len(b.authors)):
        if not _alone(b, other):
            continue
        other_keys = _keys(b, other)
        for go, family in _pen_names():
            if (keys & go and other_keys & family) or (keys & family and other_keys & go):
                return True
    return False
