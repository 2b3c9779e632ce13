"""Recall and false merges of find_duplicates on the cross-script pair sets, one row per set.

The sets are ``tests/data/dedupe/cross_script*.toml``: real pairs of references (the same work
or archival file in Cyrillic and in transliteration, in kanji and in romaji, in hanzi and in
pinyin; and hard negatives), each side copied from the source it names. ``cross_script.toml``
is the set the library was built on; the ``holdout`` sets come from other sources and were
measured before any change made for them (their headers say when and on which commit). A side
that ``parse_citations`` cannot read is counted apart: its pair is neither a hit nor a miss.

    PYTHONPATH=src:. python bench/dedup_cross_script.py [--misses]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))

from tests.dedupe.pair_sets import DATA, joined, load_pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="list the pairs decided wrong")
    args = parser.parse_args(argv)
    print(
        f"{'set':28} {'true':>5} {'joined':>7} {'recall':>7} {'negatives':>10} {'merged':>7} "
        f"{'unparsed':>9}"
    )
    for path in sorted((DATA / "dedupe").glob("cross_script*.toml")):
        pairs = load_pairs(path.name)
        decided = [(pair, joined(pair)) for pair in pairs]
        unparsed = sum(result is None for _, result in decided)
        positives = [result for pair, result in decided if pair["same"] and result is not None]
        negatives = [result for pair, result in decided if not pair["same"] and result is not None]
        recall = sum(positives) / len(positives) if positives else 0.0
        print(
            f"{path.stem:28} {len(positives):5} {sum(positives):7} {recall:7.1%} "
            f"{len(negatives):10} {sum(negatives):7} {unparsed:9}"
        )
        if args.misses:
            for pair, result in decided:
                if result is not None and result is not pair["same"]:
                    kind = "MISS" if pair["same"] else "FALSE MERGE"
                    print(f"    {kind}: {pair['note']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
