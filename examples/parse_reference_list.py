"""Read a reference list, normalize it, and print what was found and what needs a look.

python examples/parse_reference_list.py examples/katasonova2020_references.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

import archivecite


def main(paths: list[str]) -> int:
    for path in paths or [str(Path(__file__).with_name("katasonova2020_references.txt"))]:
        results = archivecite.parse_file(path)
        report = archivecite.lint(results)
        for result in results:
            if isinstance(result, archivecite.Failed):
                print(f"{path}:{result.line}: not read: {result.expected}")
                continue
            for reference in result.references:
                fields = archivecite.archival_fields(reference)
                described = ", ".join(f"{key} {value}" for key, value in fields.items())
                title = reference.title.original if reference.title else ""
                print(f"{path}:{result.line}: {reference.kind}: {described or title}")
        for diagnostic in report.diagnostics:
            print(diagnostic)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
