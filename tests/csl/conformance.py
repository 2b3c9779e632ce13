"""Compare archivecite with citeproc-js on a CSL conformance corpus (default tests/data/csl).

Used by tests/csl/test_conformance.py (tests/data/csl and tests/data/csl2) and by ``python tests/csl/conformance.py [--corpus DIR]`` which prints the
share of identical entries per style and writes the known-failures list with ``--write``.
A corpus directory holds items.json, expected/<style>.json and known_failures.txt.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archivecite.csl import Cite, engine

DATA = Path(__file__).resolve().parent.parent / "data" / "csl"
DATA2 = DATA.parent / "csl2"
KNOWN_FAILURES = DATA / "known_failures.txt"
STYLES = (
    "chicago-notes-bibliography",
    "chicago-author-date",
    "apa",
    "modern-language-association",
    "harvard-cite-them-right",
    "gost-r-7-0-5-2008",
)
_SPACE = re.compile(r"\s+")


def normalized(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True)
class Case:
    style: str
    part: str  # "bib" or "note"
    key: str  # item id (bibliography) or note number
    expected: str
    actual: str

    @property
    def name(self) -> str:
        return f"{self.style}\t{self.part}\t{self.key}"

    @property
    def passed(self) -> bool:
        return normalized(self.expected) == normalized(self.actual)


def items(data: Path = DATA) -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = json.loads((data / "items.json").read_text(encoding="utf-8"))
    return loaded


def cases(style: str, data: Path = DATA) -> Iterator[Case]:
    expected = json.loads((data / "expected" / f"{style}.json").read_text(encoding="utf-8"))
    fixed = engine(style, locale=expected["locale"], output="text")
    corpus = items(data)
    actual = dict(fixed.bibliography_with_ids(corpus))
    order = [key for key, _ in fixed.bibliography_with_ids(corpus)]
    expected_order = [entry["id"] for entry in expected["bibliography"]]
    yield Case(style, "order", "all", " ".join(expected_order), " ".join(order))
    for entry in expected["bibliography"]:
        yield Case(style, "bib", entry["id"], entry["text"], actual.get(entry["id"], ""))
    notes = [
        [Cite(cite["id"], cite.get("locator"), cite.get("label", "page")) for cite in note["cites"]]
        for note in expected["notes"]
    ]
    rendered = fixed.notes(corpus, notes)
    for number, (note, text) in enumerate(zip(expected["notes"], rendered, strict=True), 1):
        yield Case(style, "note", str(number), note["text"], text)


def known_failures(data: Path = DATA) -> set[str]:
    path = data / KNOWN_FAILURES.name
    if not path.exists():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def main(argv: list[str]) -> int:
    failures: list[str] = []
    argv = list(argv)
    data = DATA
    if "--corpus" in argv:
        at = argv.index("--corpus")
        data = Path(argv[at + 1]).resolve()
        del argv[at : at + 2]
    show = "--show" in argv
    for style in [arg for arg in argv if not arg.startswith("--")] or STYLES:
        all_cases = list(cases(style, data))
        for part in ("bib", "note", "order"):
            chosen = [case for case in all_cases if case.part == part]
            same = sum(case.passed for case in chosen)
            print(
                f"{style:30} {part:5} {same:4}/{len(chosen):4} identical "
                f"({100 * same / max(len(chosen), 1):5.1f} %)"
            )
        for case in all_cases:
            if not case.passed:
                failures.append(case.name)
                if show and case.part != "order":
                    print(
                        f"  {case.name}\n    js: {normalized(case.expected)}\n"
                        f"    py: {normalized(case.actual)}"
                    )
    if "--write" in argv:
        header = "# CSL conformance cases that still differ from citeproc-js; may only shrink.\n"
        text = header + "\n".join(sorted(failures)) + "\n"
        (data / KNOWN_FAILURES.name).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
