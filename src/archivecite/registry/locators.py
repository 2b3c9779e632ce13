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

    def labelled_levels(self, script: str) -> tuple[tuple[str, str], ...]:
        """``(level, label)`` pairs in hierarchical order for writing a locator out."""
        return tuple(self.labels.get(script, {}).items())

    @property
    def verso_marks(self) -> list[str]:
        return self.verso.get("marks", [])

    @property
    def recto_marks(self) -> list[str]:
        return self.verso.get("recto", [])


@cache
def locator_terms(system: str) -> LocatorTerms:
    """The level vocabulary of a locator system (``russian``, ``chinese``, ``japanese``)."""
    path = resources.files("archivecite.registry") / "data" / "locators" / f"{system}.toml"
    return LocatorTerms.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
