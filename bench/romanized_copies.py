"""Romanized copies of real citations, parsed and deduplicated against their originals.

Every citation of the parser's real corpora written in Cyrillic only is romanized whole, in
each scheme below, by archivecite's own romanizer (as a journal's "References" or a Western
catalogue would write it). Each copy must parse, and ``find_duplicates`` at level "file" must
join it with the parsed original. One row per scheme: joined, unparsed, apart. This measures
the parser's romanized grammar and dedupe's cross-scheme keys together; the romanizer's own
quirks (a Ukrainian letter it leaves in Cyrillic) count against us too.

    PYTHONPATH=src python bench/romanized_copies.py [--misses]
"""

from __future__ import annotations

import argparse
import re
import tomllib
from pathlib import Path

from archivecite import Parsed, parse_citations
from archivecite.dedupe import find_duplicates, record_keys, score_pair
from archivecite.translit import romanize_russian

DATA = Path(__file__).parents[1] / "tests" / "data"
CORPORA = ("published_citations.toml", "published_citations_ru.toml", "archival_citations.toml")
SCHEMES = ("bgn-pcgn", "ala-lc", "ala-lc-ascii", "gost-7.79-b", "scientific", "iso9")
_CYRILLIC = re.compile("[А-Яа-яЁё]")
_LATIN_WORD = re.compile("[A-Za-z]{3}")


def cyrillic_citations() -> list[str]:
    texts = []
    for corpus in CORPORA:
        table = tomllib.loads((DATA / corpus).read_text("utf-8"))
        for item in next(iter(table.values())):
            text = item.get("text") or ""
            if _CYRILLIC.search(text) and not _LATIN_WORD.search(text):
                texts.append(text)
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="list the copies left apart")
    args = parser.parse_args(argv)
    originals = []
    for text in cyrillic_citations():
        (result,) = parse_citations([text])
        if isinstance(result, Parsed):
            originals.append((text, result.references[0]))
    print(f"{len(originals)} Cyrillic-only citations of {', '.join(CORPORA)} that parse")
    print(f"{'scheme':14} {'joined':>7} {'unparsed':>9} {'apart':>6}")
    for scheme in SCHEMES:
        joined = unparsed = apart = 0
        for text, original in originals:
            copy = romanize_russian(text, scheme=scheme)
            (result,) = parse_citations([copy])
            if not isinstance(result, Parsed):
                unparsed += 1
                if args.misses:
                    print(f"    unparsed: {copy}")
                continue
            if find_duplicates([original, result.references[0]], level="file"):
                joined += 1
                continue
            apart += 1
            if args.misses:
                decision = score_pair(
                    record_keys(0, original), record_keys(1, result.references[0])
                )
                print(f"    apart ({decision.score}): {copy}")
        print(f"{scheme:14} {joined:7} {unparsed:9} {apart:6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
