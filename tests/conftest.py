"""Shared fixtures: the real corpora under tests/data and the shipped examples."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parent / "data"
EXAMPLES = Path(__file__).parent.parent / "examples"


def load_corpus(name: str, table: str) -> list[dict[str, Any]]:
    with (DATA / name).open("rb") as stream:
        return list(tomllib.load(stream)[table])


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES
