"""Entries per second reading and writing 10,000-entry files in each format.

The baseline, in the same run, is bibtexparser v2's own parse of the same .bib text (its
default parse stack); our BibTeX reader's ratio to it shows the cost of mapping to the model
and remembering what a lossless write needs.

    PYTHONPATH=src python bench/io_speed.py [entries]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from bibtexparser.entrypoint import parse_string

import archivecite
from archivecite.io import read, write
from archivecite.model import ReferenceKind

SEEDS = Path(__file__).parent.parent / "examples" / "katasonova2020_references.txt"


def _references(count: int) -> list[ReferenceKind]:
    results = archivecite.parse_citations(SEEDS.read_text(encoding="utf-8"))
    seeds = [
        ref
        for result in results
        if isinstance(result, archivecite.Parsed)
        for ref in result.references
    ]
    return [
        seeds[index % len(seeds)].model_copy(update={"id": f"ref{index}", "provenance": None})
        for index in range(count)
    ]


def _rate(count: int, work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return count / (time.perf_counter() - start)


def main(count: int = 10_000) -> None:
    references = _references(count)
    texts = {name: write(references, format=name).text for name in ("bibtex", "csljson", "ris")}
    baseline = _rate(count, lambda: parse_string(texts["bibtex"]))
    print(f"{count:,} entries; baseline bibtexparser.parse_string: {baseline:,.0f} entries/s")
    print(f"{'format':<8} {'read/s':>10} {'write/s':>10} {'read vs baseline':>17}")
    for name, text in texts.items():
        reading = _rate(count, lambda text=text, name=name: read(text, format=name))
        writing = _rate(count, lambda name=name: write(references, format=name))
        print(f"{name:<8} {reading:>10,.0f} {writing:>10,.0f} {reading / baseline:>16.2f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
