"""The parser's word tables (``parse/data/*.toml``), each read once."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["data_table"]


@cache
def data_table(name: str) -> dict[str, Any]:
    """The TOML file ``name`` of ``archivecite/parse/data``, read once; callers do not change
    what it returns."""
    data = resources.files("archivecite.parse") / "data" / name
    return tomllib.loads(data.read_text(encoding="utf-8"))
