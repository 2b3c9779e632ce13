"""What a reader remembers so that the same format's writer restores a record exactly: the
type when it is not the kind's default, the field order, and values whose written form differs
from what the writer renders from the model (``@type``, ``@order``, ``@verbatim`` under the
format's prefix in ``extra``)."""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import JsonValue

from archivecite.io.extras import FORMAT_PREFIXES

__all__ = ["foreign_losses", "remember", "restore"]


def remember(
    prefix: str,
    *,
    record_type: str,
    default_type: str,
    written: Mapping[str, JsonValue],
    natural: Mapping[str, JsonValue],
) -> dict[str, JsonValue]:
    kept: dict[str, JsonValue] = {}
    if record_type != default_type:
        kept[prefix + "@type"] = record_type
    if list(natural) != list(written):
        kept[prefix + "@order"] = list(written)
    verbatim: dict[str, JsonValue] = {
        key: [natural[key], value]
        for key, value in written.items()
        if key in natural and natural[key] != value
    }
    if verbatim:
        kept[prefix + "@verbatim"] = verbatim
    return kept


def _strings(value: JsonValue) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def restore(
    prefix: str, extra: Mapping[str, JsonValue], fields: dict[str, JsonValue], default_type: str
) -> tuple[str, dict[str, JsonValue]]:
    """The record type and the fields in the remembered order with the remembered values
    (for each value the model still renders as it did when read)."""
    record_type = extra.get(prefix + "@type")
    order = _strings(extra.get(prefix + "@order"))
    if order:
        position = {key: index for index, key in enumerate(order)}
        keys = sorted((key for key in fields if key in position), key=position.__getitem__)
        fields = {key: fields[key] for key in [*keys, *(k for k in fields if k not in position)]}
    verbatim = extra.get(prefix + "@verbatim")
    if isinstance(verbatim, dict):
        for key, pair in verbatim.items():
            if isinstance(pair, list) and len(pair) == 2 and fields.get(key) == pair[0]:
                fields[key] = pair[1]
    return (record_type if isinstance(record_type, str) else default_type), fields


def foreign_losses(
    prefix: str, extra: Mapping[str, JsonValue], format_name: str
) -> list[tuple[str, str]]:
    """Extra keys this format cannot write: other formats' fields and comments (keys without
    a format's prefix are written in archivecite's own place, :mod:`archivecite.io.extras`)."""
    losses = []
    for key in extra:
        if key.startswith(prefix) or not key.startswith(FORMAT_PREFIXES):
            continue
        if ":@" in key and not key.endswith((":@before", ":@after")):
            continue  # another format's bookkeeping: meaningless here, nothing is lost
        losses.append((f"extra.{key}", f"{format_name} has no field for it"))
    return losses
