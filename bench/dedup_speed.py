"""Time, peak memory and candidate pairs of find_duplicates at 10^4, 10^5 (and optionally
10^6) references, with the growth exponent of the time from one size to the next.

References are synthetic but realistic at every size (see :func:`synthetic`): each work has
a new title drawn from a word-bigram model of every seed title in ../shared/benchmarks/dedup,
authors and a year drawn from the seed records, or is an archival file with a real locator
from tests/data; each work is cited 1-3 times with perturbations (Cyrillic titles romanized
in another scheme, one-letter typos, abbreviated words, other folios in the same delo). The
baseline is a naive all-pairs rapidfuzz loop at 10^4 in the same run.

    PYTHONPATH=src /work/venv/bin/python bench/dedup_speed.py --max-n 1000000
"""

from __future__ import annotations

import argparse
import itertools
import math
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).parent))

from dedup_data import BENCHMARKS, load_records, read_rows

from archivecite.dedupe import cluster, find_duplicates
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


_SEED_TABLES = (
    "dblp_acm/tableA.csv",
    "dblp_acm/tableB.csv",
    "dblp_scholar/tableA.csv",
    "cora/records.csv",
    "cora_hpi/records.csv",
    *(
        f"{name}/records.csv"
        for name in (
            "sysrev_cytology_screening",
            "sysrev_diabetes",
            "sysrev_digital_work",
            "sysrev_haematology",
            "sysrev_respiratory",
            "sysrev_stroke",
        )
    ),
)
# Google Scholar's titles come only in the Magellan pairs, lower-cased and tokenised
_SCHOLAR_PAIRS = ("dblp_scholar/magellan_test_pairs.csv", "dblp_scholar/magellan_valid_pairs.csv")
_START = ""  # what comes before a title's first word in the bigrams
_MAX_WORDS = 30  # a longer seed title (an abstract pasted as title) is cut to this


@dataclass(frozen=True)
class Seeds:
    """What the synthetic works are drawn from: every seed title's word bigrams (the words
    that can follow each word, with cumulative counts), the words that can end a title, and
    the pools of title lengths, family names, author counts and years of the seed records
    (each value as often as it occurs), the archival locators and the Cyrillic citations."""

    bigrams: dict[str, tuple[list[str], list[int]]]
    endings: frozenset[str]
    lengths: list[int]
    families: list[str]
    author_counts: list[int]
    years: list[int]
    locators: list[dict[str, str]]
    cyrillic: list[str]


def _words(title: str) -> list[str]:
    """Lower-cased words; punctuation standing alone (Magellan's "cure : an") goes with the
    word before it."""
    words: list[str] = []
    for token in title.lower().split():
        if words and not any(character.isalnum() for character in token):
            words[-1] += token
        else:
            words.append(token)
    return words


def _seeds() -> Seeds:
    titles: set[str] = set()
    families: list[str] = []
    author_counts: list[int] = []
    years: list[int] = []
    for table in _SEED_TABLES:
        for reference in load_records(BENCHMARKS / table):
            if reference.title:
                titles.add(" ".join(_words(reference.title.original)))
            names = [name.family for name in reference.authors if name.family]
            families.extend(names)
            if names:
                author_counts.append(len(names))
            if reference.date is not None:
                years.append(reference.date.year)
    for pairs in _SCHOLAR_PAIRS:
        for row in read_rows(BENCHMARKS / pairs):
            titles.add(" ".join(_words(row["right_title"])))
    following: dict[str, Counter[str]] = {}
    endings: set[str] = set()
    lengths: list[int] = []
    for title in sorted(titles):  # each distinct title once: a title cited 20 times is one
        words = [_START, *_words(title)]
        for first, second in itertools.pairwise(words):
            following.setdefault(first, Counter())[second] += 1
        endings.add(words[-1])
        lengths.append(len(words) - 1)
    bigrams = {
        word: (list(counts), list(itertools.accumulate(counts.values())))
        for word, counts in following.items()
    }
    with (ROOT / "tests" / "data" / "archival_citations.toml").open("rb") as stream:
        citations = tomllib.load(stream)["citation"]
    locators = [
        c["expected"] for c in citations if {"fond", "delo"} <= c.get("expected", {}).keys()
    ]
    cyrillic = [c["text"] for c in citations if c.get("lang") == "ru"]
    return Seeds(
        bigrams, frozenset(endings), lengths, families, author_counts, years, locators, cyrillic
    )


def _title(seeds: Seeds, rng: random.Random) -> str:
    """A new title: a walk through the seed titles' word bigrams from a title's start, as
    long as a seed title drawn at random (or the first word after it that can end one)."""
    length = min(rng.choice(seeds.lengths), _MAX_WORDS)
    words: list[str] = []
    word = _START
    while word in seeds.bigrams and not (len(words) >= length and word in seeds.endings):
        choices, weights = seeds.bigrams[word]
        word = rng.choices(choices, cum_weights=weights)[0]
        words.append(word)
    text = " ".join(words)
    return text[0].upper() + text[1:]


def _typo(text: str, rng: random.Random) -> str:
    if len(text) < 5:
        return text
    position = rng.randrange(1, len(text) - 1)
    return text[:position] + text[position + 1 :]


def synthetic(n: int, seed: int = 7) -> Iterator[ReferenceKind]:
    """``n`` references: about n/1.6 works, each cited 1-3 times with perturbations.

    A work's title is a new sentence drawn from a word-bigram model of all the seed titles
    (DBLP, ACM, Google Scholar, both Cora sets, the six systematic-review sets): each word
    follows the one before as often as it does in real titles, so common openings ("a new
    approach to", "on the") and common words recur as often as in a real bibliography,
    while two works share a whole title about as rarely. Its authors and year are drawn
    independently from the seed records' family names, author counts and years. About 30 %
    of the works are archival files (a real locator with a delo of its own, a romanized
    Cyrillic title). Copies are perturbed: one letter dropped, "and"/"&", "the" dropped,
    fewer authors cited; archival copies cite other folios and another romanization."""
    rng = random.Random(seed)
    seeds = _seeds()
    made = 0
    work = 0
    while made < n:
        work += 1
        copies = rng.choice((1, 1, 2, 3))
        if rng.random() < 0.3 and seeds.locators:
            base = rng.choice(seeds.locators)
            delo = f"{base['delo']}{work}"
            for _ in range(copies):
                start = rng.randrange(1, 300)
                yield ArchivalReference(
                    archive=ArchiveRef(id=base.get("archive")),
                    title=Text(
                        original=romanize_russian(
                            rng.choice(seeds.cyrillic)[:80], scheme=rng.choice(SCHEMES)
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
            drawn = _title(seeds, rng)
            authors = tuple(
                Name(family=family)
                for family in rng.choices(seeds.families, k=rng.choice(seeds.author_counts))
            )
            year = rng.choice(seeds.years)
            for copy in range(copies):
                title = drawn
                if copy and rng.random() < 0.5:
                    title = _typo(title, rng)
                if copy and rng.random() < 0.3:
                    title = title.replace("and", "&").replace("the ", "")
                yield ArticleReference(
                    title=Text(original=title),
                    authors=authors[: rng.choice((1, 3, 9))],
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


def measure(
    n: int, progress: bool = False
) -> tuple[float, float, float, float, float, float, float, int, int]:
    """Run one size in a fresh process, so that its peak RSS is its own: seconds in
    find_duplicates (without making the input), CPU seconds it took in the process and its
    scorer processes (what other work on a shared machine does not stretch as it stretches
    the wall clock), seconds making the input, peak RSS of the
    process and of its largest scorer process (which shares some pages with it, so the sum
    of the two overstates the memory used), the peak of the pages private to its children
    (what they copied or made), the peak of the summed PSS over the process and all its
    children (both sampled every 0.2 s), candidate pairs scored, clusters."""
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
    seconds, cpu, making, rss, workers = map(float, output[:5])
    return seconds, cpu, making, rss, workers, peak[1], peak[0], int(output[5]), int(output[6])


def _timed(references: Iterator[ReferenceKind], spent: list[float]) -> Iterator[ReferenceKind]:
    """``references``, adding the time spent making each to ``spent[0]`` (its CPU time to
    ``spent[1]``)."""
    while True:
        start, cpu = time.perf_counter(), time.process_time()
        reference = next(references, None)
        spent[0] += time.perf_counter() - start
        spent[1] += time.process_time() - cpu
        if reference is None:
            return
        yield reference


def _count_pairs(counted: list[int]) -> None:
    """Make find_duplicates add the number of distinct candidate pairs it scores to
    ``counted``: the pairs that blocking lets through, the cost that grows with n."""
    unique_pairs = cluster.unique_pairs

    def counting(chunks: Iterator[NDArray[np.int64]], size: int) -> NDArray[np.int64]:
        codes = unique_pairs(chunks, size)
        counted.append(len(codes))
        return codes

    cluster.unique_pairs = counting


def _cpu() -> float:
    """CPU seconds (user and system) of this process and of its ended children."""
    return sum(
        usage.ru_utime + usage.ru_stime
        for usage in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    )


def _one(n: int, progress: bool, out: Path) -> None:
    counted: list[int] = []
    _count_pairs(counted)
    spent = [0.0, 0.0]
    start, cpu = time.perf_counter(), _cpu()
    clusters = find_duplicates(_timed(synthetic(n), spent), progress=progress)
    seconds = time.perf_counter() - start
    cpu = _cpu() - cpu - spent[1]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out.write_text(
        f"{seconds - spent[0]} {cpu} {spent[0]} {peak} {workers} {sum(counted)} {len(clusters)}"
    )


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
        " cpu: its CPU seconds in all processes; exponent: growth of seconds (cpu exp: of cpu);"
        " workers: peak RSS of the largest scorer process;"
        " own: peak of the pages private to scorer processes;"
        " total: peak summed PSS of the process tree (shared pages once);"
        " pairs: distinct candidate pairs scored"
    )
    header = (
        "n",
        "seconds",
        "cpu s",
        "input s",
        "peak RSS MiB",
        "workers MiB",
        "own MiB",
        "total MiB",
        "pairs",
        "clusters",
        "exponent",
        "cpu exp",
    )
    print(" ".join(f"{title:>12}" for title in header))
    previous: tuple[int, float, float] | None = None
    for n in sizes:
        seconds, cpu, making, peak, workers, own, total, pairs, clusters = measure(n, args.progress)
        exponent = cpu_exponent = ""
        if previous is not None:
            exponent = f"{math.log(seconds / previous[1]) / math.log(n / previous[0]):.2f}"
            cpu_exponent = f"{math.log(cpu / previous[2]) / math.log(n / previous[0]):.2f}"
        row = (
            f"{n}",
            f"{seconds:.1f}",
            f"{cpu:.1f}",
            f"{making:.1f}",
            f"{peak:.0f}",
            f"{workers:.0f}",
            f"{own:.0f}",
            f"{total:.0f}",
            f"{pairs}",
        )
        cells = (*row, f"{clusters}", exponent, cpu_exponent)
        print(" ".join(f"{cell:>12}" for cell in cells), flush=True)
        previous = (n, seconds, cpu)
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
