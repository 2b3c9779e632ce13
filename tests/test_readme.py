"""The README's first-screen example runs and prints what it shows."""

from __future__ import annotations

import doctest
from pathlib import Path

README = Path(__file__).parent.parent / "README.md"


def test_readme_example() -> None:
    result = doctest.testfile(str(README), module_relative=False, verbose=False)
    assert result.attempted >= 3
    assert result.failed == 0
