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
import tempfile
import threading
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


def _tree(root: int) -> list[int]:
    """``root`` and its descendants, found by parent id in /proc."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(parents.get(pid, ()))
    return found


def _summed_mib(pids: list[int], fields: tuple[str, ...]) -> float:
    """The sum over ``pids`` of the ``fields`` of /proc/<pid>/smaps_rollup (kB), in MiB."""
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.split(":", 1)[0] in fields:
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def _pss_mib(pids: list[int]) -> float:
    """Summed PSS of ``pids``: pages shared by processes (libraries, a mapped file) count once."""
    return _summed_mib(pids, ("Pss",))


def _private_mib(pids: list[int]) -> float:
    """Pages of ``pids`` that no other process maps: what scorer processes copied or made."""
    return _summed_mib(pids, ("Private_Clean", "Private_Dirty"))


def measure(n: int, progress: bool = False) -> tuple[float, float, float, float, float, float, int]:
    """Run one size in a fresh process, so that its peak RSS is its own: seconds in
    find_duplicates (without making the input), seconds making the input, peak RSS of the
    process and of its largest scorer process (which shares some pages with it, so the sum
    of the two overstates the memory used), the peak of the pages private to its children
    (what they copied or made), the peak of the summed PSS over the process and all its
    children (both sampled every 0.2 s), clusters."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "result"
        command = [sys.executable, __file__, "--one", str(n), "--out", str(out)]
        child = subprocess.Popen(command + (["--progress"] if progress else []))
        peak = [0.0, 0.0]
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.2):
                tree = _tree(child.pid)
                peak[0] = max(peak[0], _pss_mib(tree))
                peak[1] = max(peak[1], _private_mib(tree[1:]))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        code = child.wait()
        done.set()
        sampler.join()
        if code:
            raise subprocess.CalledProcessError(code, command)
        output = out.read_text().split()
    seconds, making, rss, workers = map(float, output[:4])
    return seconds, making, rss, workers, peak[1], peak[0], int(output[4])


def _timed(references: Iterator[ReferenceKind], spent: list[float]) -> Iterator[ReferenceKind]:
    """``references``, adding the time spent making each to ``spent[0]``."""
    while True:
        start = time.perf_counter()
        reference = next(references, None)
        spent[0] += time.perf_counter() - start
        if reference is None:
            return
        yield reference


def _one(n: int, progress: bool, out: Path) -> None:
    spent = [0.0]
    start = time.perf_counter()
    clusters = find_duplicates(_timed(synthetic(n), spent), progress=progress)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out.write_text(f"{seconds - spent[0]} {spent[0]} {peak} {workers} {len(clusters)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--max-n", type=int, default=100_000, help="largest size (10^6 is optional)"
    )
    parser.add_argument("--baseline-n", type=int, default=10_000)
    parser.add_argument("--min-n", type=int, default=10_000, help="smallest size")
    parser.add_argument("--progress", action="store_true", help="show the rich progress bar")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        _one(args.one, args.progress, args.out)
        return 0
    sizes = [n for n in (10_000, 100_000, 1_000_000) if args.min_n <= n <= args.max_n]
    print(
        "seconds: find_duplicates without making the input (input: seconds making it);"
        " exponent: growth of seconds; workers: peak RSS of the largest scorer process;"
        " own: peak of the pages private to scorer processes;"
        " total: peak summed PSS of the process tree (shared pages once)"
    )
    header = (
        "n",
        "seconds",
        "input s",
        "peak RSS MiB",
        "workers MiB",
        "own MiB",
        "total MiB",
        "clusters",
        "exponent",
    )
    print(" ".join(f"{title:>12}" for title in header))
    previous: tuple[int, float] | None = None
    for n in sizes:
        seconds, making, peak, workers, own, total, clusters = measure(n, args.progress)
        exponent = ""
        if previous is not None:
            exponent = f"{math.log(seconds / previous[1]) / math.log(n / previous[0]):.2f}"
        row = (
            f"{n}",
            f"{seconds:.1f}",
            f"{making:.1f}",
            f"{peak:.0f}",
            f"{workers:.0f}",
            f"{own:.0f}",
            f"{total:.0f}",
        )
        print(" ".join(f"{cell:>12}" for cell in (*row, f"{clusters}", exponent)), flush=True)
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
