"""Time and peak memory of find_duplicates at 10^4, 10^5 (and optionally 10^6) references.

References are synthetic but built from real ones: titles and authors of the DBLP/ACM/Cora
records in ../shared/benchmarks/dedup and the archival locators of tests/data, recombined
into distinct works, and each work cited 1-3 times with perturbations (Cyrillic titles
romanized in another scheme, one-letter typos, abbreviated words, other folios in the same
delo). The baseline is a naive all-pairs rapidfuzz loop at 10^4 in the same run.

    PYTHONPATH=src /work/venv/bin/python bench/dedup_speed.py --max-n 100000
"""

from __future__ import annotations

import argparse
import math
import random
import resource
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).parent))

from dedup_data import BENCHMARKS, load_records

from archivecite.dedupe import find_duplicates
from archivecite.model import (
    ArchivalReference,
    ArchiveRef,
    ArticleReference,
    DateRange,
    Name,
    RussianLocator,
    Text,
    folios_from_canonical,
)
from archivecite.model.reference import ReferenceKind
from archivecite.translit import romanize_russian

ROOT = Path(__file__).resolve().parent.parent
SCHEMES = ("bgn-pcgn", "ala-lc", "iso9", "scientific")


def _seeds() -> tuple[list[tuple[str, list[str]]], list[dict[str, str]], list[str]]:
    published = []
    for path in (BENCHMARKS / "dblp_acm" / "tableA.csv", BENCHMARKS / "cora" / "records.csv"):
        for reference in load_records(path):
            if reference.title:
                published.append(
                    (reference.title.original, [n.family or "" for n in reference.authors])
                )
    with (ROOT / "tests" / "data" / "archival_citations.toml").open("rb") as stream:
        citations = tomllib.load(stream)["citation"]
    locators = [
        c["expected"] for c in citations if {"fond", "delo"} <= c.get("expected", {}).keys()
    ]
    cyrillic = [c["text"] for c in citations if c.get("lang") == "ru"]
    return published, locators, cyrillic


def _typo(text: str, rng: random.Random) -> str:
    if len(text) < 5:
        return text
    position = rng.randrange(1, len(text) - 1)
    return text[:position] + text[position + 1 :]


def synthetic(n: int, seed: int = 7) -> Iterator[ReferenceKind]:
    """``n`` references: about n/1.6 works, each cited 1-3 times with perturbations."""
    rng = random.Random(seed)
    published, locators, cyrillic = _seeds()
    made = 0
    work = 0
    while made < n:
        work += 1
        copies = rng.choice((1, 1, 2, 3))
        if rng.random() < 0.3 and locators:
            base = rng.choice(locators)
            delo = f"{base['delo']}{work}"
            for _ in range(copies):
                start = rng.randrange(1, 300)
                yield ArchivalReference(
                    archive=ArchiveRef(id=base.get("archive")),
                    title=Text(
                        original=romanize_russian(
                            rng.choice(cyrillic)[:80], scheme=rng.choice(SCHEMES)
                        )
                    ),
                    locator=RussianLocator(
                        fond=base["fond"],
                        opis=base.get("opis"),
                        delo=delo,
                        folios=folios_from_canonical(f"{start}-{start + rng.randrange(0, 5)}"),
                    ),
                )
                made += 1
        else:
            title_a, authors = rng.choice(published)
            title_b, _ = rng.choice(published)
            words = title_a.split()[:5] + title_b.split()[-4:] + [str(work % 997)]
            year = rng.randrange(1950, 2024)
            for copy in range(copies):
                title = " ".join(words)
                if copy and rng.random() < 0.5:
                    title = _typo(title, rng)
                if copy and rng.random() < 0.3:
                    title = title.replace("and", "&").replace("the ", "")
                yield ArticleReference(
                    title=Text(original=title),
                    authors=tuple(Name(family=a) for a in authors if a)[: rng.choice((1, 3, 9))],
                    date=DateRange.of(year),
                )
                made += 1
        if made >= n:
            return


def naive(references: list[ReferenceKind]) -> int:
    texts = [f"{r.title or ''} {' '.join(a.family or '' for a in r.authors)}" for r in references]
    found = 0
    for i, left in enumerate(texts):
        for right in texts[i + 1 :]:
            found += fuzz.token_sort_ratio(left, right, score_cutoff=90) > 0
    return found


def measure(n: int) -> tuple[float, float, int]:
    """Run one size in a fresh process, so that its peak RSS is its own."""
    output = subprocess.run(
        [sys.executable, __file__, "--one", str(n)], check=True, capture_output=True, text=True
    ).stdout.split()
    return float(output[0]), float(output[1]), int(output[2])


def _one(n: int) -> None:
    start = time.perf_counter()
    clusters = find_duplicates(synthetic(n), progress=False)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(seconds, peak, len(clusters))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--max-n", type=int, default=100_000, help="largest size (10^6 is optional)"
    )
    parser.add_argument("--baseline-n", type=int, default=10_000)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        _one(args.one)
        return 0
    sizes = [n for n in (10_000, 100_000, 1_000_000) if n <= args.max_n]
    print(f"{'n':>9} {'seconds':>9} {'peak RSS MiB':>13} {'clusters':>9} {'exponent':>9}")
    previous: tuple[int, float] | None = None
    for n in sizes:
        seconds, peak, clusters = measure(n)
        exponent = ""
        if previous is not None:
            exponent = f"{math.log(seconds / previous[1]) / math.log(n / previous[0]):.2f}"
        print(f"{n:>9} {seconds:>9.1f} {peak:>13.0f} {clusters:>9} {exponent:>9}", flush=True)
        previous = (n, seconds)
    references = list(synthetic(args.baseline_n))
    start = time.perf_counter()
    pairs = naive(references)
    seconds = time.perf_counter() - start
    print(
        f"naive all-pairs rapidfuzz loop at n={args.baseline_n}: {seconds:.1f} s"
        f" ({pairs} pairs >= 90)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
