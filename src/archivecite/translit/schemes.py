"""Scheme names: the data table that maps our names onto iuliia's schema files.

Names are looked up exactly, then by alias and case-insensitively; an unknown name fails
listing the valid ones with the closest as a suggestion (as pybtex's ``find_plugin`` does).
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

from archivecite.errors import UnknownSchemeError

__all__ = ["SCHEMES", "UnknownSchemeError", "iuliia_definition", "resolve_scheme", "scheme_spec"]


@cache
def _table() -> Mapping[str, Any]:
    text = resources.files("archivecite.translit").joinpath("data/russian_schemes.json")
    data: dict[str, Any] = json.loads(text.read_text(encoding="utf-8"))
    return data


def scheme_spec(name: str) -> Mapping[str, Any]:
    """The data row of a canonical scheme name."""
    spec: Mapping[str, Any] = _table()["schemes"][name]
    return spec


def language_tables() -> Mapping[str, Mapping[str, Mapping[str, str]]]:
    """Per-language full letter tables (Ukrainian, Belarusian) keyed by scheme."""
    tables: Mapping[str, Mapping[str, Mapping[str, str]]] = _table()["languages"]
    return tables


SCHEMES: tuple[str, ...] = tuple(_table()["schemes"])


@cache
def _aliases() -> Mapping[str, str]:
    found: dict[str, str] = {}
    for name, spec in _table()["schemes"].items():
        found[name] = name
        for alias in spec.get("aliases", ()):
            found[alias.casefold()] = name
    return found


def resolve_scheme(name: str, *, choices: Sequence[str] = SCHEMES) -> str:
    """The canonical name for ``name`` (exact, alias, any case) among ``choices``."""
    canonical = _aliases().get(name.casefold().replace(" ", "-"))
    if canonical is not None and canonical in choices:
        return canonical
    close = difflib.get_close_matches(name.casefold(), [*choices, *_aliases()], n=1, cutoff=0.5)
    suggestion = _aliases().get(close[0], close[0]) if close else None
    if suggestion is not None and suggestion not in choices:
        suggestion = None
    raise UnknownSchemeError(name, valid=choices, suggestion=suggestion)


@cache
def iuliia_definition(schema: str) -> Mapping[str, Any]:
    """The JSON definition shipped inside iuliia (its mapping tables are data we extend)."""
    text = resources.files("iuliia").joinpath(f"schemas/{schema}.json")
    data: dict[str, Any] = json.loads(text.read_text(encoding="utf-8"))
    return data
