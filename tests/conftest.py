"""Shared fixtures: the real corpora under tests/data and the shipped examples."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

DATA = Path(__file__).parent / "data"
EXAMPLES = Path(__file__).parent.parent / "examples"

# CI runs the same examples every time (HYPOTHESIS_PROFILE=ci in .ci/run): a red build then
# means a change broke something, not that the search drew a new input that day.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def load_corpus(name: str, table: str) -> list[dict[str, Any]]:
    with (DATA / name).open("rb") as stream:
        return list(tomllib.load(stream)[table])


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES
