"""Field accuracy of ``parse_citation`` on the real archival corpus, per field and language group.

Each citation of ``tests/data/archival_citations.toml`` is parsed (an ``inherits_previous`` item
with ``previous=`` the last reference of the item before it) and every expected field except
``title`` is compared, as an exact string, with ``archival_fields`` of the matching reference
(``expected_files[i]`` against ``references[i]``). The five core fields are checked against the
97 % target. A report: exit 0 unless ``--strict`` is given and a core field is below target.

    cd /work/main && PYTHONPATH=src /work/venv/bin/python bench/parse_accuracy.py --show-misses
"""

from __future__ import annotations

import argparse
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import archivecite
from archivecite import Failed, Parsed, Reference

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "archival_citations.toml"
CORE_FIELDS = ("archive", "fond", "opis", "delo", "folios")
TARGET = 0.97
IGNORED_KEYS = frozenset({"title"})
GROUPS = ("ru", "ja", "zh", "en")
GROUP_OF_LANG = {"ru-Latn": "ru", "uk": "ru", "de": "ru"}  # de: a Russian archive cited in German
MISSING = "—"


@dataclass(frozen=True, slots=True)
class Case:
    """One corpus item: its text, language and the fields expected for each file it cites."""

    number: int
    text: str
    lang: str
    files: tuple[dict[str, str], ...]
    inherits_previous: bool

    @property
    def group(self) -> str:
        return GROUP_OF_LANG.get(self.lang, self.lang)


@dataclass(frozen=True, slots=True)
class Check:
    """One expected field of one file of one citation, and what the parser gave."""

    case: Case
    file_index: int
    field: str
    expected: str
    got: str

    @property
    def ok(self) -> bool:
        return self.expected == self.got


def load_corpus(path: Path) -> list[Case]:
    with path.open("rb") as stream:
        data = tomllib.load(stream)
    cases: list[Case] = []
    for number, item in enumerate(data["citation"], start=1):
        raw_files: Sequence[Mapping[str, object]] = item.get(
            "expected_files", [item.get("expected", {})]
        )
        files = tuple(
            {key: str(value) for key, value in raw.items() if key not in IGNORED_KEYS}
            for raw in raw_files
        )
        cases.append(
            Case(
                number=number,
                text=item["text"],
                lang=item["lang"],
                files=files,
                inherits_previous=bool(item.get("inherits_previous", False)),
            )
        )
    return cases


def evaluate(cases: Sequence[Case]) -> tuple[list[Check], dict[int, str]]:
    """Every field check, and for each failed or short parse a note keyed by case number."""
    checks: list[Check] = []
    notes: dict[int, str] = {}
    previous: Reference | None = None
    for case in cases:
        result = archivecite.parse_citation(
            case.text, previous=previous if case.inherits_previous else None
        )
        references: tuple[Reference, ...] = ()
        if isinstance(result, Parsed):
            references = result.references
            previous = references[-1]
            if len(references) != len(case.files):
                notes[case.number] = f"{len(references)} reference(s), expected {len(case.files)}"
        else:
            assert isinstance(result, Failed)
            previous = None
            notes[case.number] = f"Failed: {result.message}"
        for index, expected in enumerate(case.files):
            got = archivecite.archival_fields(references[index]) if index < len(references) else {}
            checks.extend(
                Check(case, index, field, value, got.get(field, MISSING))
                for field, value in expected.items()
            )
    return checks, notes


def _cell(hits: int, total: int) -> str:
    if total == 0:
        return ""
    return f"{hits}/{total} {100 * hits / total:5.1f}%"


def print_table(checks: Sequence[Check], cases: Sequence[Case], notes: Mapping[int, str]) -> bool:
    """Print the accuracy table; return whether every core field meets the target."""
    totals: Counter[tuple[str, str]] = Counter()
    hits: Counter[tuple[str, str]] = Counter()
    for check in checks:
        for group in (check.case.group, "all"):
            totals[check.field, group] += 1
            hits[check.field, group] += check.ok
            totals["(overall)", group] += 1
            hits["(overall)", group] += check.ok
    groups = [group for group in GROUPS if totals["(overall)", group]]
    groups += sorted({case.group for case in cases} - set(groups))
    columns = [*groups, "all"]
    field_counts = Counter(check.field for check in checks)
    others = sorted(
        (field for field in field_counts if field not in CORE_FIELDS),
        key=lambda field: (-field_counts[field], field),
    )
    rows = [*(field for field in CORE_FIELDS if field_counts[field]), *others, "(overall)"]

    cases_per_group = Counter(case.group for case in cases)
    print(
        f"corpus: {len(cases)} citations, {len(checks)} field checks; "
        + ", ".join(f"{group} {cases_per_group[group]}" for group in groups)
    )
    header = [" ", "field", *columns, f"target {100 * TARGET:.0f}%"]
    table: list[list[str]] = []
    all_pass = True
    for field in rows:
        core = field in CORE_FIELDS
        status = ""
        if core:
            rate = hits[field, "all"] / totals[field, "all"]
            passed = rate >= TARGET
            all_pass &= passed
            status = "PASS" if passed else "FAIL"
        table.append(
            [
                "*" if core else "",
                field,
                *(_cell(hits[field, column], totals[field, column]) for column in columns),
                status,
            ]
        )
    widths = [max(len(row[i]) for row in [header, *table]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        parts = [cells[0].ljust(widths[0]), cells[1].ljust(widths[1])]
        parts += [cell.rjust(width) for cell, width in zip(cells[2:], widths[2:], strict=True)]
        return "  ".join(parts).rstrip()

    print(line(header))
    print(line(["-" * width for width in widths]))
    for index, row in enumerate(table):
        if row[1] == "(overall)" or (index and table[index - 1][0] and not row[0]):
            print(line(["-" * width for width in widths]))
        print(line(row))

    exact = Counter[str]()
    by_group = Counter[str]()
    per_case: dict[int, bool] = {}
    for check in checks:
        per_case[check.case.number] = per_case.get(check.case.number, True) and check.ok
    for case in cases:
        by_group[case.group] += 1
        exact[case.group] += per_case.get(case.number, True)
    print()
    print(
        "citations with every expected field right: "
        + ", ".join(f"{group} {_cell(exact[group], by_group[group])}" for group in groups)
        + f", all {_cell(sum(exact.values()), len(cases))}"
    )
    failed = sum(note.startswith("Failed") for note in notes.values())
    print(f"parse failures: {failed}; reference count differs from expected: {len(notes) - failed}")
    print(f"core fields (*) vs {100 * TARGET:.0f}% target: {'PASS' if all_pass else 'FAIL'}")
    return all_pass


def ljust_display(text: str, width: int) -> str:
    """Pad to ``width`` terminal columns, counting wide (CJK) characters as two."""
    shown = sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)
    return text + " " * max(0, width - shown)


def print_misses(checks: Sequence[Check], notes: Mapping[int, str]) -> None:
    misses = [check for check in checks if not check.ok]
    print()
    print(f"misses: {len(misses)}")
    current = -1
    for check in misses:
        case = check.case
        if case.number != current:
            current = case.number
            print()
            ibid = " (inherits previous)" if case.inherits_previous else ""
            print(f"#{case.number} [{case.lang}]{ibid} {case.text}")
            if case.number in notes:
                print(f"    note: {notes[case.number]}")
        suffix = f"[{check.file_index}]" if len(case.files) > 1 else ""
        expected = ljust_display(repr(check.expected), 24)
        print(f"    {check.field + suffix:<16} expected {expected} got {check.got!r}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="corpus TOML file")
    parser.add_argument("--show-misses", action="store_true", help="list every wrong field")
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 when a core field is below the target"
    )
    args = parser.parse_args(argv)
    cases = load_corpus(args.corpus)
    checks, notes = evaluate(cases)
    all_pass = print_table(checks, cases, notes)
    if args.show_misses:
        print_misses(checks, notes)
    return 1 if args.strict and not all_pass else 0


if __name__ == "__main__":
    raise SystemExit(main())
