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
def _pen_names() -> dict[str, frozenset[tuple[int, bool]]]:
    """Each key of a writer of the table, as its gō or its family name (read from their kanji
    as Japanese and from their Hepburn spelling): ``(writer, is_gō)`` of every writer it names."""
    text = resources.files("archivecite.dedupe").joinpath("data", "japanese_pen_names.tsv")
    named: dict[str, set[tuple[int, bool]]] = {}
    rows = (line.split("\t") for line in text.read_text(encoding="utf-8").splitlines())
    writers = (row for row in rows if not row[0].startswith("#") and len(row) >= 4)
    for writer, row in enumerate(writers):
        for go, (written, latin) in ((True, row[:2]), (False, row[2:4])):
            for key in {
                *(name_key(kanji, "ja") for kanji in written.split()),
                name_key(latin, "ja-Latn"),
            }:
                named.setdefault(key, set()).add((writer, go))
    return {key: frozenset(found) for key, found in named.items()}


def _writers(record: RecordKeys, position: int) -> frozenset[tuple[int, bool]]:
    """The writers of the table whose gō or family name ``record``'s author at ``position``
    may be, when printed without a given name."""
    if not _alone(record, position):
        return frozenset()
    table = _pen_names()
    return frozenset().union(*(table.get(key, frozenset()) for key in _keys(record, position)))


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
    ours = _writers(a, position)
    if not ours:
        return False
    return any(
        (writer, not go) in ours
        for other in range(len(b.authors))
        for writer, go in _writers(b, other)
    )
