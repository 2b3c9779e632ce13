"""The shipped examples run and say what the README promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import archivecite
from tests.conftest import EXAMPLES


def test_parse_reference_list_example_runs() -> None:
    completed = subprocess.run(
        [sys.executable, str(EXAMPLES / "parse_reference_list.py")],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    lines = completed.stdout.splitlines()
    assert any(
        line.endswith("archival: archive garf, fond 9401, opis 2, delo 582, folios 9-12")
        for line in lines
    )
    assert any("probable-locator-typo" in line for line in lines)


def test_every_example_input_is_read_without_failures() -> None:
    for path in sorted(Path(EXAMPLES).glob("*_references.*")):
        results = archivecite.parse_file(path)
        assert results, path
        assert all(result.ok for result in results), path
