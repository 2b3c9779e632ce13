"""Score the published-work parser on a file of real references: how many are read with every
expected field right, and each field's count. ``-v`` lists what is misread.

    PYTHONPATH=src python -m tests.parse.published_score tests/data/published_citations_holdout.toml
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

from tests.parse.test_published import _observed


def _read(text: str) -> dict[str, Any] | None:
    try:
        return _observed(text)
    except AssertionError:  # not read as a published reference
        return None


def main(argv: list[str]) -> None:
    cases = tomllib.loads(Path(argv[0]).read_text(encoding="utf-8"))["reference"]
    right, total, whole = Counter[str](), Counter[str](), 0
    misread: list[tuple[str, dict[str, tuple[Any, Any]]]] = []
    for case in cases:
        observed = _read(case["text"])
        wrong = {}
        for key, value in case["expected"].items():
            total[key] += 1
            got = None if observed is None else observed[key]
            if got == value:
                right[key] += 1
            else:
                wrong[key] = (value, got)
        whole += not wrong
        if wrong:
            misread.append((case["text"], wrong))
    print(f"{whole}/{len(cases)} fully right")
    print(", ".join(f"{key} {right[key]}/{total[key]}" for key, _ in total.most_common()))
    if "-v" in argv:
        for text, wrong in misread:
            print(f"\n{text}")
            for key, (value, got) in wrong.items():
                print(f"   {key}: expected {value!r} got {got!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
