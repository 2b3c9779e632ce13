"""Words the published-work parser recognises, loaded once from ``data/published_terms.toml``."""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any


def _load_terms() -> dict[str, Any]:
    path = resources.files("archivecite") / "parse" / "data" / "published_terms.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


_TERMS = _load_terms()


LANGUAGES: dict[str, str] = _TERMS["languages"]


PLACES: dict[str, str] = _TERMS["places"]


CITIES: frozenset[str] = frozenset(_TERMS["cities"]["names"]) | set(PLACES) | set(PLACES.values())


COLLECTION_MARKERS: tuple[str, ...] = tuple(_TERMS["markers"]["collection"])


LEGAL_MARKERS: tuple[str, ...] = tuple(_TERMS["markers"]["legal"])


INSTITUTION_WORDS: frozenset[str] = frozenset(_TERMS["markers"]["institution"])


ROLE_WORDS: tuple[str, ...] = tuple(sorted(_TERMS["markers"]["roles"], key=len, reverse=True))


COMPOUND_SURNAMES: frozenset[str] = frozenset(_TERMS["names"]["chinese_compound_surnames"])


ABBREVIATIONS: frozenset[str] = frozenset(_TERMS["abbreviations"]["words"])


MONTHS: dict[str, int] = {
    word: int(number) for number, words in _TERMS["months"].items() for word in words
}
