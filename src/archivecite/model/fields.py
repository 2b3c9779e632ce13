"""A reference flattened to named text fields, the form tables, reports and corpora use."""

from __future__ import annotations

from archivecite.model.archival import ArchivalReference
from archivecite.model.locator import (
    GenericLocator,
    JapaneseLocator,
    RussianLocator,
    TnaLocator,
    folios_to_canonical,
)
from archivecite.model.reference import ReferenceKind

__all__ = ["archival_fields"]


def archival_fields(reference: ReferenceKind) -> dict[str, str]:
    """``{"archive": "garf", "fond": "R-9401", ..., "folios": "9-12v"}`` for an archival
    reference; empty for other kinds. Only the fields the reference has are present."""
    if not isinstance(reference, ArchivalReference):
        return {}
    fields: dict[str, str] = {}
    if reference.archive is not None:
        if reference.archive.id:
            fields["archive"] = reference.archive.id
        if reference.archive.via:
            fields["via"] = reference.archive.via
    locator = reference.locator
    if locator is not None:
        values = locator.model_dump(exclude={"system", "folios"}, exclude_none=True)
        fields.update({key: str(value) for key, value in values.items()})
        if isinstance(locator, RussianLocator | TnaLocator) and locator.folios:
            fields["folios"] = folios_to_canonical(locator.folios)
        if isinstance(locator, TnaLocator) and locator.reference:
            fields["reference"] = locator.reference
        if isinstance(locator, JapaneseLocator | GenericLocator):
            fields.pop("item_title", None)
    return fields
