"""Archives and locator vocabularies, as package data."""

from archivecite.registry.locators import LocatorTerms, locator_terms
from archivecite.registry.registry import (
    ArchiveMatch,
    Registry,
    alias_key,
    default_registry,
    fold_latin_marks,
)
from archivecite.registry.schema import Archive, LocatorSystem, Predecessor, Sample

__all__ = [
    "Archive",
    "ArchiveMatch",
    "LocatorSystem",
    "LocatorTerms",
    "Predecessor",
    "Registry",
    "Sample",
    "alias_key",
    "default_registry",
    "fold_latin_marks",
    "locator_terms",
]
