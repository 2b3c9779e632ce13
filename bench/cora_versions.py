"""How Cora's gold treats a paper's versions (a conference paper and its journal or report
form, years apart), beside find_duplicates' pairwise P/R/F1 at the two levels it could be run
at: clusters that hold versions 2+ years apart, and pairs of clusters that are one paper's
versions kept apart (the same first author, titles at least 95 % alike). A gold that does both
fits neither level.

    PYTHONPATH=src python bench/cora_versions.py
"""

from __future__ import annotations

import itertools
import sys
from collections import Counter, defaultdict
from pathlib import Path

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).parent))

from dedup_accuracy import our_clusters, pairwise
from dedup_data import BENCHMARKS, load_gold_pairs, load_records

from archivecite.model.reference import ReferenceKind

_VERSION_YEARS = 2
_SAME_TITLE = 95


def _gold_clusters(
    records: list[ReferenceKind], gold: set[tuple[str, str]]
) -> list[list[ReferenceKind]]:
    parent: dict[str, str] = {}

    def find(item: str) -> str:
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for left, right in gold:
        parent[find(left)] = find(right)
    clusters: dict[str, list[ReferenceKind]] = defaultdict(list)
    for record in records:
        clusters[find(record.id or "")].append(record)
    return [members for members in clusters.values() if len(members) > 1]


def _commonest(values: list[str]) -> str:
    return Counter(values).most_common(1)[0][0]


def main() -> int:
    records = load_records(BENCHMARKS / "cora" / "records.csv")
    gold = load_gold_pairs(BENCHMARKS / "cora" / "gold_pairs.csv")
    clusters = _gold_clusters(records, gold)
    joined = 0
    for members in clusters:
        years = sorted({record.date.year for record in members if record.date})
        joined += len(years) > 1 and years[-1] - years[0] >= _VERSION_YEARS
    heads = [
        (
            _commonest([(r.title.original if r.title else "").lower() for r in members]),
            _commonest([r.authors[0].family.lower() if r.authors else "" for r in members]),
            len(members),
        )
        for members in clusters
    ]
    apart = [
        size_a * size_b
        for (title_a, first_a, size_a), (title_b, first_b, size_b) in itertools.combinations(
            heads, 2
        )
        if first_a == first_b and fuzz.ratio(title_a, title_b) >= _SAME_TITLE
    ]
    print(f"gold clusters of 2 or more: {len(clusters)}")
    print(f"  holding a paper's versions {_VERSION_YEARS}+ years apart: {joined}")
    print(f"  pairs of clusters that are one paper's versions kept apart: {len(apart)}")
    print(f"  record pairs between those: {sum(apart)}")
    for level in ("document", "work"):
        precision, recall, f1 = pairwise(our_clusters(records, level), gold)
        print(f"find_duplicates level={level}: P {precision:.4f} R {recall:.4f} F1 {f1:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
