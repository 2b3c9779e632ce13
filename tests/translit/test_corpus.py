"""The real-pairs corpus: every row has a source, and our accuracy may only go up."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from pathlib import Path

from archivecite.translit import romanize

CORPUS = Path(__file__).resolve().parent.parent / "data" / "translit" / "romanization_pairs.tsv"
# Exact matches (bench/romanization_accuracy.py rules) at the time of writing: a floor.
FLOOR = {
    ("ru", "ala-lc"): 189,
    ("ru", "ala-lc-ascii"): 1,
    ("uk", "ala-lc"): 4,
    ("be", "ala-lc"): 2,
    ("zh", "pinyin"): 75,
    ("ja", "ala-lc"): 139,
}
# Rows per language: the corpus only grows (issue 3 asks for 150 ru, 150 ja, 60 zh).
SIZE_FLOOR = {"ru": 192, "ja": 161, "zh": 79}
# The Cyrillic rows we knowingly miss; the list may only shrink. Both come from the ALA-LC
# table's examples as quoted by Wikipedia and a C# library, which capitalize only the first
# letter of a tied pair; LC's catalogue records (I︠A︡kova, I︠U︡riĭ, I︠A︡roslavlʹ in this
# corpus) capitalize both, and we follow the records.
KNOWN_CYRILLIC_MISSES = {"Цимлянск", "Якутск"}


def _rows() -> list[dict[str, str]]:
    with CORPUS.open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _ours(row: dict[str, str]) -> str:
    """Japanese names written in text order (form ``text``) are romanized in text order."""
    text_order = row["lang"] == "ja" and row["form"] == "text"
    return romanize(
        row["vernacular"],
        lang=row["lang"],
        scheme=row["scheme"],
        name_order="text" if text_order else None,
    )


def _same(a: str, b: str) -> bool:
    def norm(text: str) -> str:
        text = re.sub("(.)\ufe20(.)\ufe21", "\\1\u0361\\2", text)
        text = unicodedata.normalize("NFC", " ".join(text.split()))
        return text[:1].lower() + text[1:]

    return norm(a) == norm(b)


def test_every_row_names_its_source() -> None:
    rows = _rows()
    assert rows
    assert all(row["source"].strip() and row["vernacular"] and row["romanized"] for row in rows)
    assert {row["form"] for row in rows} <= {"", "heading", "text"}


def test_accuracy_does_not_drop() -> None:
    hits: Counter[tuple[str, str]] = Counter()
    for row in _rows():
        hits[row["lang"], row["scheme"]] += _same(_ours(row), row["romanized"])
    for group, floor in FLOOR.items():
        assert hits[group] >= floor, (group, hits[group])


def test_corpus_does_not_shrink() -> None:
    sizes = Counter(row["lang"] for row in _rows())
    for lang, floor in SIZE_FLOOR.items():
        assert sizes[lang] >= floor, (lang, sizes[lang])


def test_cyrillic_misses_are_known() -> None:
    misses = {
        row["vernacular"]
        for row in _rows()
        if row["lang"] in ("ru", "uk", "be") and not _same(_ours(row), row["romanized"])
    }
    assert misses <= KNOWN_CYRILLIC_MISSES, sorted(misses - KNOWN_CYRILLIC_MISSES)
