"""The shape of one archive file in ``data/archives/<country>/<id>.toml``."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = ["Archive", "LocatorSystem", "Predecessor", "Sample"]

LocatorSystem = Literal["russian", "japanese", "chinese", "nara", "tna", "generic"]


class _DataModel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Sample(_DataModel):
    """A real citation printed in ``source``, with the fields a parser must read from it."""

    text: str
    source: str
    expected: dict[str, str]

    @field_validator("expected", mode="before")
    @classmethod
    def _values_as_text(cls, value: dict[str, object]) -> dict[str, str]:
        return {key: str(item) for key, item in value.items()}


class Predecessor(_DataModel):
    """An earlier name of the archive (or an archive merged into it), in use ``from``–``until``."""

    names: dict[str, list[str]] = Field(default_factory=dict)
    abbreviations: dict[str, list[str]] = Field(default_factory=dict)
    from_year: int | None = Field(default=None, alias="from")
    until: int | None = None

    def all_names(self) -> list[str]:
        return [
            name
            for group in (self.abbreviations, self.names)
            for names in group.values()
            for name in names
        ]

    def label(self) -> str:
        for group in (self.abbreviations, self.names):
            for names in group.values():
                if names:
                    return names[0]
        return "?"


class Archive(_DataModel):
    id: str
    country: str
    locator_system: LocatorSystem
    city: dict[str, str] = Field(default_factory=dict)
    website: str | None = None
    founded: int | None = None
    jacar_letter: str | None = None
    names: dict[str, list[str]] = Field(default_factory=dict)
    abbreviations: dict[str, list[str]] = Field(default_factory=dict)
    # Abbreviations several archives are cited under (ГАВО: Volgograd, Vologda, Voronezh). A name
    # listed here yields to an archive that has it among its own abbreviations, unless the
    # citation's context (a spelled-out name beside it) points to this archive.
    shared_abbreviations: dict[str, list[str]] = Field(default_factory=dict)
    predecessors: tuple[Predecessor, ...] = ()
    samples: tuple[Sample, ...] = ()

    def name(self, lang: str = "en") -> str:
        """The preferred full name in ``lang``, falling back to English, then to any."""
        for key in (lang, "en", *self.names):
            if self.names.get(key):
                return self.names[key][0]
        return self.id

    def abbreviation(self, lang: str = "en") -> str | None:
        """The preferred abbreviation in ``lang`` (``ru-Latn`` for the Latin form of ``ГА РФ``)."""
        for key in (lang, f"{lang}-Latn", "en"):
            if self.abbreviations.get(key):
                return self.abbreviations[key][0]
        return None

    def place(self, lang: str = "en") -> str | None:
        return self.city.get(lang) or self.city.get("en")

    def own_names(self) -> list[str]:
        return [
            name
            for group in (self.abbreviations, self.names)
            for names in group.values()
            for name in names
        ]

    def abbreviation_names(self) -> list[str]:
        return [name for names in self.abbreviations.values() for name in names]

    def shared_names(self) -> list[str]:
        return [name for names in self.shared_abbreviations.values() for name in names]
