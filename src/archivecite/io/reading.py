"""What every reader does with a record once its fields are parsed: each field becomes a
concept or is kept in ``extra`` under the format's prefix, the concepts become a reference,
and what the same format's writer needs to restore the record is remembered (:mod:`keep`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from pydantic import JsonValue

from archivecite.io.concepts import Value, unflatten
from archivecite.io.extras import restored
from archivecite.io.keep import remember
from archivecite.model import Provenance, ReferenceKind

__all__ = ["Fields"]


@dataclass(slots=True)
class Fields:
    """A record's fields as they are sorted: concepts (with the field each came from) and
    the fields kept whole in ``extra``."""

    prefix: str
    concepts: dict[str, Value] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)
    extra: dict[str, JsonValue] = field(default_factory=dict)

    def take(self, key: str, concept: str | None, parsed: Value | None, value: JsonValue) -> None:
        """``key`` as ``concept`` when it parsed and the concept is still free; else kept."""
        if parsed is None or concept is None or concept in self.concepts:
            self.extra[self.prefix + key] = value
        else:
            self.concepts[concept], self.origin[concept] = parsed, key

    def reference(
        self,
        kind: str,
        *,
        identifier: str | None,
        written: Mapping[str, JsonValue],
        record_type: str,
        default_type: str,
        render: Callable[[ReferenceKind], Mapping[str, JsonValue]],
        provenance: Provenance,
        kept: Mapping[str, JsonValue] | None = None,
    ) -> ReferenceKind:
        """The reference, with the fields its kind has no place for kept under their names
        (as ``kept`` has them; ``written`` by default), and the type, order and verbatim
        values by which ``written`` differs from what ``render`` gives for the reference."""
        reference, left = unflatten(kind, self.concepts, extra=self.extra)
        values = written if kept is None else kept
        extra = dict(reference.extra)
        for concept in left:
            extra[self.prefix + self.origin[concept]] = values[self.origin[concept]]
        reference = restored(reference.model_copy(update={"id": identifier, "extra": extra}))
        extra = reference.extra
        extra.update(
            remember(
                self.prefix,
                record_type=record_type,
                default_type=default_type,
                written=written,
                natural=render(reference),
            )
        )
        return reference.model_copy(update={"extra": extra, "provenance": provenance})
