"""Parsing speed against bibtexparser in the same run, and linearity on adversarial inputs.

1. Throughput: the corpus texts, repeated to at least ``--count`` citations, through
   ``parse_citation`` (an ``inherits_previous`` item gets the reference before it), against the
   same references written as BibTeX ``@misc`` entries read by ``bibtexparser.parse_string``.
2. Linearity: inputs of 10 KB, 100 KB and 1 MB (characters) built to stress the patterns, read by
   ``parse_citations`` as a list of ~200-character entries separated by blank lines; and single
   lines up to ``MAX_CITATION_LENGTH`` read by ``parse_citation`` (longer lines must come back
   ``Failed`` at once). The growth exponent is the log-log slope between the smallest and largest
   size; 1.0 is linear, above 1.3 is flagged.

Times are the best of ``--repeat`` runs of ``time.perf_counter``; a measurement stops repeating
once its runs have taken ``--budget`` seconds, so the whole script stays within a few minutes.

    cd /work/main && PYTHONPATH=src /work/venv/bin/python bench/parse_speed.py
"""

from __future__ import annotations

import argparse
import math
import time
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TypeVar

from bibtexparser.entrypoint import parse_string as bibtex_parse_string

import archivecite
from archivecite import Failed, Parsed, Reference
from archivecite.parse import MAX_CITATION_LENGTH

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "archival_citations.toml"
AIM_RATIO = 3.0
FLAG_EXPONENT = 1.3
LINE_LENGTH = 200
LIST_SIZES = (10_000, 100_000, 1_000_000)
LINE_SIZES = (500, 1_500, MAX_CITATION_LENGTH)
OVER_CAP_SIZES = (10_000, 1_000_000)
OVER_CAP_LIMIT = 0.01  # seconds for a Failed on an over-long line: one cheap scan at most
NOT_LOCATOR_FIELDS = frozenset({"archive", "via", "title"})
T = TypeVar("T")

# name -> unit repeated to fill a line; each aims at a pattern family of the parser.
ADVERSARIAL: dict[str, str] = {
    "fond run 'Ф. 1. '": "Ф. 1. ",
    "'ф.' without numbers": "ф. ",
    "latin 'F. 1, op. '": "F. 1, op. ",
    "folio verso 'Л. 1 об., '": "Л. 1 об., ",
    "ibid run 'Там же. '": "Там же. ",
    "digit run": "1234567890",
    "dash run '1-1-1'": "1-",
    "dot run": ".",
    "cyrillic word, no spaces": "архивныйфондописьдело",
    "unbalanced '(' and '['": "([",
    "kana and hanzi": "あア漢字かな档案卷宗請求番号",
    "NARA/TNA codes": "RG 59, Box 1, CO 554/",
    "whitespace runs, nbsp": "Д.  \u00a0\u2009\u00a0  ",
    # once timed unit tests of the published-work readers (moved here: no test is timed)
    "GOST candidate places": "Слово. Тамбов: Изд-во Тамб. техн. ун-та ",
    "published '«a», А. Б. Ab. '": "«a», А. Б. Ab. ",
    "published 'А.Б.Ab '": "А.Б.Ab ",
    "published '. В 5 т. Т. 1'": ". В 5 т. Т. 1",
    "published 'И.Ab, т. 1, с.1–2. '": "И.Ab, т. 1, с.1–2. ",
    "published '五十嵐富夫あ新人物往来社1981'": "五十嵐富夫あ新人物往来社1981",
    "published 'ア あ (岩波文庫)'": "ア あ (岩波文庫)",
    "published 'Записки т. X '": "Записки т. X ",
    "published 'Ab. Очерки '": "Ab. Очерки ",
    "published 'аааа'": "аааа",
    "published 'Ж.Ab “a”. '": "Ж.Ab “a”. ",
    "published 'А. Б. Ab, В. Г. Ab, '": "А. Б. Ab, В. Г. Ab, ",
    "published 'Ab, А. А. 1977. '": "Ab, А. А. 1977. ",
    "published '(1 изд. ('": "(1 изд. (",
    "published '王大明、'": "王大明、",
    "published 'Vương Lực '": "Vương Lực ",
    "published '王力（1982）。'": "王力（1982）。",
    "published '臺灣社會學刊，31，'": "臺灣社會學刊，31，",
    "published '一。'": "一。",
    "published '新漢語林 (第二版)'": "新漢語林 (第二版)",
    "published '辞典 (1992'": "辞典 (1992",
}


@dataclass(frozen=True, slots=True)
class Case:
    text: str
    inherits_previous: bool
    files: tuple[dict[str, str], ...]


def load_corpus(path: Path) -> list[Case]:
    with path.open("rb") as stream:
        data = tomllib.load(stream)
    cases: list[Case] = []
    for item in data["citation"]:
        raw_files: Sequence[Mapping[str, object]] = item.get(
            "expected_files", [item.get("expected", {})]
        )
        cases.append(
            Case(
                text=item["text"],
                inherits_previous=bool(item.get("inherits_previous", False)),
                files=tuple({key: str(value) for key, value in raw.items()} for raw in raw_files),
            )
        )
    return cases


def best_of(run: Callable[[], T], *, repeat: int, budget: float) -> tuple[float, int, T]:
    """Fastest of up to ``repeat`` runs, how many ran (fewer once ``budget`` s are spent), and
    what the last run returned."""
    best = math.inf
    spent = 0.0
    runs = 0
    while True:
        start = time.perf_counter()
        result = run()
        elapsed = time.perf_counter() - start
        best = min(best, elapsed)
        spent += elapsed
        runs += 1
        if runs >= repeat or spent >= budget:
            return best, runs, result


# --- throughput ------------------------------------------------------------------------------


def parse_all(cases: Sequence[Case]) -> int:
    parsed = 0
    previous: Reference | None = None
    for case in cases:
        result = archivecite.parse_citation(
            case.text, previous=previous if case.inherits_previous else None
        )
        if isinstance(result, Parsed):
            previous = result.references[-1]
            parsed += 1
        else:
            previous = None
    return parsed


_BIBTEX_ESCAPES = str.maketrans({"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}"})


def bibtex_escape(value: str) -> str:
    """Brace-safe BibTeX field content: escaped braces do not open or close a value."""
    return value.translate(_BIBTEX_ESCAPES)


def bibtex_unescape(value: str) -> str:
    return value.replace(r"\{", "{").replace(r"\}", "}").replace(r"\textbackslash{}", "\\")


def as_bibtex(cases: Sequence[Case]) -> str:
    """One ``@misc`` per citation carrying the expected archive, locator and the raw text."""
    entries: list[str] = []
    for number, case in enumerate(cases, start=1):
        first = case.files[0] if case.files else {}
        title = first.get("title") or case.text.split(". ", 1)[0][:120]
        archive = first.get("archive", "")
        location = "; ".join(
            ", ".join(
                f"{key} {value}" for key, value in file.items() if key not in NOT_LOCATOR_FIELDS
            )
            for file in case.files
        )
        entries.append(
            f"@misc{{key{number},\n"
            f"  title = {{{bibtex_escape(title)}}},\n"
            f"  archive = {{{bibtex_escape(archive)}}},\n"
            f"  archive_location = {{{bibtex_escape(location)}}},\n"
            f"  note = {{{bibtex_escape(case.text)}}}\n"
            f"}}\n"
        )
    return "\n".join(entries)


def check_bibtex(source: str, cases: Sequence[Case]) -> None:
    library = bibtex_parse_string(source)
    if library.failed_blocks or len(library.entries) != len(cases):
        raise SystemExit(
            f"baseline is not valid BibTeX: {len(library.entries)} entries for {len(cases)} "
            f"citations, {len(library.failed_blocks)} failed blocks"
        )
    for entry, case in zip(library.entries, cases, strict=True):
        note = bibtex_unescape(entry.fields_dict["note"].value)
        if note != case.text:
            raise SystemExit(f"baseline note does not round-trip: {note!r} != {case.text!r}")


def throughput(corpus: Sequence[Case], *, count: int, repeat: int, budget: float) -> None:
    copies = math.ceil(count / len(corpus))
    cases = list(corpus) * copies
    source = as_bibtex(cases)
    check_bibtex(source, cases)
    parse_all(corpus)  # warm-up: imports, registry loading, pattern caches
    ours, ours_runs, parsed = best_of(lambda: parse_all(cases), repeat=repeat, budget=budget)
    theirs, theirs_runs, _ = best_of(
        lambda: bibtex_parse_string(source), repeat=repeat, budget=budget
    )
    ours_rate = len(cases) / ours
    theirs_rate = len(cases) / theirs
    ratio = ours_rate / theirs_rate
    print(
        f"throughput: {len(corpus)} corpus citations x {copies} = {len(cases):,} "
        f"({parsed:,} Parsed); baseline {len(source) / 1e6:.1f} MB of BibTeX"
    )
    rows = [
        ["", "best s", "runs", "items/s"],
        ["archivecite.parse_citation", f"{ours:.3f}", str(ours_runs), f"{ours_rate:,.0f}"],
        ["bibtexparser.parse_string", f"{theirs:.3f}", str(theirs_runs), f"{theirs_rate:,.0f}"],
    ]
    print_rows(rows)
    verdict = "meets aim" if ratio >= AIM_RATIO else "BELOW AIM"
    print(f"ratio archivecite/bibtexparser: {ratio:.2f}x (aim >= {AIM_RATIO:.0f}x): {verdict}")


# --- linearity -------------------------------------------------------------------------------


def fill(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


def reference_list(unit: str, size: int) -> tuple[str, int]:
    """About ``size`` characters of ~200-character entries separated by blank lines."""
    line = fill(unit, LINE_LENGTH).strip()
    count = max(1, size // (len(line) + 2))
    return "\n\n".join([line] * count), count


def exponent(sizes: Sequence[int], times: Sequence[float]) -> float:
    return math.log(times[-1] / times[0]) / math.log(sizes[-1] / sizes[0])


def linearity(*, repeat: int, budget: float) -> list[str]:
    """Print the two linearity tables; return the names of flagged inputs."""
    flagged: list[str] = []
    list_rows = [["input", *(size_label(size) for size in LIST_SIZES), "entries", "exp", ""]]
    line_rows = [
        [
            "input",
            *(f"{size:,} ch" for size in LINE_SIZES),
            "exp",
            "",
            *(size_label(size) for size in OVER_CAP_SIZES),
        ]
    ]
    for name, unit in ADVERSARIAL.items():
        times: list[float] = []
        entries = 0
        for size in LIST_SIZES:
            text, entries = reference_list(unit, size)
            best, _, results = best_of(
                partial(archivecite.parse_citations, text), repeat=repeat, budget=budget
            )
            if len(results) != entries:
                raise SystemExit(f"{name}: {len(results)} results for {entries} entries")
            times.append(best)
        slope = exponent(LIST_SIZES, times)
        flag = "FLAG" if slope > FLAG_EXPONENT else ""
        if flag:
            flagged.append(f"list: {name}")
        list_rows.append([name, *(seconds(t) for t in times), f"{entries:,}", f"{slope:.2f}", flag])

        line_times: list[float] = []
        for size in LINE_SIZES:
            line = fill(unit, size)
            best, _, _ = best_of(
                partial(archivecite.parse_citation, line), repeat=repeat, budget=budget
            )
            line_times.append(best)
        line_slope = exponent(LINE_SIZES, line_times)
        line_flag = "FLAG" if line_slope > FLAG_EXPONENT else ""
        over_cap: list[str] = []
        for size in OVER_CAP_SIZES:
            line = fill(unit, size)
            best, _, result = best_of(
                partial(archivecite.parse_citation, line), repeat=repeat, budget=budget
            )
            if not isinstance(result, Failed) or best > OVER_CAP_LIMIT:
                line_flag = "FLAG"
            over_cap.append(seconds(best) + ("" if isinstance(result, Failed) else " parsed!"))
        if line_flag:
            flagged.append(f"line: {name}")
        line_rows.append(
            [name, *(seconds(t) for t in line_times), f"{line_slope:.2f}", line_flag, *over_cap]
        )

    print(
        f"linearity, reference list (parse_citations, ~{LINE_LENGTH}-char entries, "
        f"blank-line separated); exp = log-log slope {LIST_SIZES[0] // 1000} KB -> "
        f"{LIST_SIZES[-1] // 1_000_000} MB, flag > {FLAG_EXPONENT}"
    )
    print_rows(list_rows)
    print()
    print(
        f"linearity, single line (parse_citation); exp = slope {LINE_SIZES[0]:,} -> "
        f"{LINE_SIZES[-1]:,} chars (MAX_CITATION_LENGTH); over-cap lines must be Failed in < "
        f"{OVER_CAP_LIMIT * 1e3:.0f} ms"
    )
    print_rows(line_rows)
    return flagged


def size_label(size: int) -> str:
    return f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // 1000} KB"


def seconds(value: float) -> str:
    if value < 1e-3:
        return f"{value * 1e6:.0f} us"
    if value < 1:
        return f"{value * 1e3:.1f} ms"
    return f"{value:.2f} s"


def print_rows(rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [row[0].ljust(widths[0])]
        cells += [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        print("  ".join(cells).rstrip())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="corpus TOML file")
    parser.add_argument("--count", type=int, default=5_000, help="citations to time, at least")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (best of)")
    parser.add_argument(
        "--budget", type=float, default=4.0, help="stop repeating a measurement after this many s"
    )
    parser.add_argument("--skip-linearity", action="store_true", help="throughput only")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    throughput(load_corpus(args.corpus), count=args.count, repeat=args.repeat, budget=args.budget)
    if not args.skip_linearity:
        print()
        flagged = linearity(repeat=args.repeat, budget=args.budget)
        print()
        print(
            f"flagged (exponent > {FLAG_EXPONENT} or slow over-cap): "
            + (", ".join(flagged) or "none")
        )
    print(f"total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
