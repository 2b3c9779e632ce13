"""Vocabularies of locator levels (``Ф.``/``f.``/``fond``, ``全宗号``), loaded from package data."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["LocatorTerms", "locator_terms"]


class LocatorTerms(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    levels: dict[str, list[str]]
    verso: dict[str, list[str]] = Field(default_factory=dict)
    labels: dict[str, dict[str, str]] = Field(default_factory=dict)
    numbers: dict[str, list[str]] = Field(default_factory=dict)
    context: dict[str, list[str]] = Field(default_factory=dict)

    def labelled_levels(self, script: str) -> tuple[tuple[str, str], ...]:
        """``(level, label)`` pairs in hierarchical order for writing a locator out."""
        return tuple(self.labels.get(script, {}).items())

    @property
    def verso_marks(self) -> list[str]:
        return self.verso.get("marks", [])

    @property
    def recto_marks(self) -> list[str]:
        return self.verso.get("recto", [])

    @property
    def number_prefixes(self) -> list[str]:
        """Letters archives put before a fond number (``Р-9401``, ``И-18``, ``K-11``)."""
        return self.numbers.get("prefixes", [])

    @property
    def dependent_keywords(self) -> list[str]:
        """Keywords that name a level only right after a higher level of the same locator
        (``кн.`` after ``оп.``; not in ``Т. 2. Кн. 1`` of a book)."""
        return self.context.get("after_higher_level", [])

    @property
    def hyphen_keywords(self) -> list[str]:
        """Keywords that may be joined to their number by a hyphen (``Ф-487``)."""
        return self.numbers.get("hyphen_keywords", [])


@cache
def locator_terms(system: str) -> LocatorTerms:
    """The level vocabulary of a locator system (``russian``, ``chinese``, ``japanese``)."""
    path = resources.files("archivecite.registry") / "data" / "locators" / f"{system}.toml"
    return LocatorTerms.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
