"""The library's own extras in every file format.

``Reference.extra`` keys without a format's prefix are set by archivecite itself (a merge's
``variants``, a short note's cited ``locator``, ``medium``, ``era_date``, ...) or by its users.
No format has a field for them, so every writer puts them, as one JSON object, in one place of
its format, and every reader gives them back to ``extra`` unchanged:

- BibTeX/BibLaTeX: the field ``archivecite``;
- CSL-JSON: ``custom.archivecite``, in CSL-JSON 1.0.2's ``custom`` object ("additional
  information that does not have a designated CSL JSON field");
- RIS: an ``N1`` (notes) line starting ``archivecite:``.

The parts of a Text field (``title``, ``container_title``, ``publisher``, ...) that no field of
the format holds (romanizations, translations, a language readers would not infer) ride along
under the reserved key ``"@text"``, a Text field's lost parts each whole:
``{"@text": {"title": {"romanized": {"bgn-pcgn": ...}, "translations": {...}, "lang": ...}}}``
(the whole Text, ``original`` too, when the format wrote only its romanization); readers put
them back on the reference's Text fields.

Every other model part a format has no field for, or writes in a form that reads back
otherwise, rides along under the reserved key ``"@model"``, nested as the model is: a person's
name in its own script and its romanizations (``{"authors": {"0": {"original": "Малик Я. А.",
"lang": "ru", "romanized": {...}}}}``), an archive name's romanizations and translations
(``{"archive": {"name": {"romanized": {...}}}}``), the aggregator, a classification mark, a
typed locator written as text, a date range RIS cannot date, identifiers without a field. A
name's or an archive's parts are put back one by one onto those read (a list's by
index), any other value replaces the one read (what it leaves out is the model's default); a
part that no longer fits (a name deleted in another tool) leaves the reference as read, with
``"@model"`` among its extras.

Keys under a format's prefix (``bibtex:``, ``csl:``, ``ris:``) are that format's own fields and
bookkeeping (:mod:`archivecite.io.keep`) and are not carried here; nor is ``archive_place`` as
text, which every format has a field for.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from pydantic import BaseModel, JsonValue, TypeAdapter, ValidationError
from pydantic_core import to_jsonable_python

from archivecite.io.concepts import NAME_CONCEPTS, SHARED_EXTRA, TEXT_CONCEPTS
from archivecite.model import REFERENCE_ADAPTER, ReferenceKind, Text

__all__ = [
    "BIBTEX_ESCAPED",
    "FORMAT_PREFIXES",
    "LINE_ENDS",
    "MODEL_KEY",
    "NAME",
    "TEXT_KEY",
    "carried",
    "dumps",
    "encoded",
    "loads",
    "restored",
    "restored_text",
    "with_lost",
    "with_text",
]

NAME = "archivecite"
TEXT_KEY = "@text"
MODEL_KEY = "@model"
_TEXT_PARTS = ("original", "lang", "romanized", "translations")
FORMAT_PREFIXES = ("bibtex:", "csl:", "ris:")
# Characters written as \uXXXX inside JSON strings, so that the JSON stays on one line (JSON
# escapes control characters; Python's str.splitlines, like several RIS readers and editors,
# also ends a line at these) and, in BibTeX, braces balance and '%' starts no LaTeX comment.
LINE_ENDS = "\x85\u2028\u2029"
BIBTEX_ESCAPED = "{}%" + LINE_ENDS
_JSON_STRING_PATTERN = re.compile(r'"(?:[^"\\]|\\.)*"')
Loss = tuple[str, str]


def _own(extra: Mapping[str, JsonValue]) -> dict[str, JsonValue]:
    """Not a format's own keys, nor ``archive_place`` as text (it has a field everywhere)."""
    return {
        key: value
        for key, value in extra.items()
        if not key.startswith(FORMAT_PREFIXES)
        and not (key in SHARED_EXTRA and isinstance(value, str))
    }


def with_lost(
    reference: ReferenceKind, losses: list[Loss]
) -> tuple[dict[str, JsonValue], list[Loss]]:
    """The extras a writer carries, with every model part among ``losses`` under ``"@text"``
    or ``"@model"``, and the losses left (other formats' fields, a user's own reserved key)."""
    if not losses and MODEL_KEY not in reference.extra and TEXT_KEY not in reference.extra:
        return dict(reference.extra), losses  # most records: nothing lost, nothing to pay
    extra, losses = with_text(reference, losses)
    return _with_model(reference, extra, losses)


def _carried_keys(path: str) -> tuple[str, ...] | None:
    """Where a lost part is carried: a name's part (its romanizations whole), an archive's
    part or its name's part, or a whole field; None for extras, which have their own place."""
    head, *rest = path.split(".")
    if head == "extra":
        return None
    if head in NAME_CONCEPTS and len(rest) >= 2 and rest[0].isdigit():
        return (head, rest[0], rest[1])
    if head == "archive" and rest:
        return ("archive", *rest[:2]) if rest[0] == "name" and len(rest) > 1 else (head, rest[0])
    return (head,)


def _value_at(reference: ReferenceKind, keys: tuple[str, ...]) -> JsonValue:
    value: object = reference
    for key in keys:
        value = value[int(key)] if key.isdigit() else getattr(value, key)  # type: ignore[index]
    # a whole value replaces the one read, so what it leaves out is the model's default
    jsonable: JsonValue = to_jsonable_python(value, exclude_none=True)
    return jsonable


def _with_model(
    reference: ReferenceKind, extra: dict[str, JsonValue], losses: list[Loss]
) -> tuple[dict[str, JsonValue], list[Loss]]:
    wanted: dict[tuple[str, ...], None] = {}
    left: list[Loss] = []
    for path, reason in losses:
        keys = _carried_keys(path)
        if keys is None:
            left.append((path, reason))
        else:
            wanted[keys] = None
    if ("locator",) in wanted and getattr(reference, "locator_text", None) is None:
        wanted[("locator_text",)] = None  # the reader finds the text the writer rendered
    extra.pop(MODEL_KEY, None)
    if MODEL_KEY in reference.extra:
        left.append((f"extra.{MODEL_KEY}", "the key is archivecite's own, for model parts"))
    if not wanted:
        return extra, left
    model: dict[str, JsonValue] = {}
    taken: set[tuple[str, ...]] = set()
    for keys in sorted(wanted, key=len):
        if any(keys[:size] in taken for size in range(1, len(keys))):
            continue  # its whole field is carried
        taken.add(keys)
        node = model
        for key in keys[:-1]:
            child = node.setdefault(key, {})
            assert isinstance(child, dict)
            node = child
        node[keys[-1]] = _value_at(reference, keys)
    extra[MODEL_KEY] = model
    return extra, left


class _MisfitError(Exception):
    """A carried part with no place in the reference read."""


def _parts(target: JsonValue, carried: JsonValue, inner: tuple[str, ...] = ()) -> JsonValue:
    """Parts put onto an object read, each replacing the one read (``inner`` keys hold parts
    in turn); onto nothing, the parts are the whole object."""
    if target is None:
        return carried
    if not isinstance(carried, dict) or not isinstance(target, dict):
        raise _MisfitError(carried)
    merged = dict(target)
    for key, value in carried.items():
        merged[key] = _parts(target.get(key), value) if key in inner else value
    return merged


def _names(target: JsonValue, carried: JsonValue) -> JsonValue:
    """A whole name list (a list), or parts of the names read by their index (an object)."""
    if not isinstance(carried, dict):
        return carried
    if not isinstance(target, list):
        raise _MisfitError(carried)
    names = list(target)
    for key, parts in carried.items():
        if not (key.isdigit() and int(key) < len(names)):
            raise _MisfitError(key)
        names[int(key)] = _parts(names[int(key)], parts)
    return names


def restored(reference: ReferenceKind) -> ReferenceKind:
    """``reference`` with the Text parts and model parts its extras carry put back."""
    reference = restored_text(reference)
    held = reference.extra.get(MODEL_KEY)
    if not isinstance(held, dict):
        return reference
    extra = {key: value for key, value in reference.extra.items() if key != MODEL_KEY}
    fields = type(reference).model_fields
    try:
        if "kind" in held or not set(held) <= fields.keys() - {"extra"}:
            return _revalidated(reference, held, extra)
        update: dict[str, object] = {"extra": extra}
        for key, value in held.items():
            # only the fields carried are validated: the rest were read as they are
            update[key] = _field_adapter(type(reference), key).validate_python(
                _put(key, to_jsonable_python(getattr(reference, key)), value)
            )
        return reference.model_copy(update=update)
    except (_MisfitError, ValidationError):
        return reference


def _put(key: str, read: JsonValue, carried: JsonValue) -> JsonValue:
    if key in NAME_CONCEPTS:
        return _names(read, carried)
    if key == "archive":
        return _parts(read, carried, inner=("name",))
    return carried


def _revalidated(
    reference: ReferenceKind, held: dict[str, JsonValue], extra: dict[str, JsonValue]
) -> ReferenceKind:
    """The reference validated anew with the parts put back (another kind, say)."""
    data: dict[str, JsonValue] = reference.model_dump(mode="json")
    data["extra"] = extra
    for key, value in held.items():
        if key != "extra":
            data[key] = _put(key, data.get(key), value)
    return REFERENCE_ADAPTER.validate_python(data)


@cache
def _field_adapter(model: type[BaseModel], name: str) -> TypeAdapter[Any]:
    annotation = model.model_fields[name].annotation
    return TypeAdapter(annotation if annotation is not None else Any)


def carried(extra: Mapping[str, JsonValue]) -> tuple[dict[str, JsonValue], list[Loss]]:
    """The extras a writer carries, and those JSON cannot hold (NaN, infinity), with why."""
    own = _own(extra)
    if not own:
        return own, []
    try:
        json.dumps(own, allow_nan=False)
    except (ValueError, TypeError, RecursionError):
        return _json_only(own)
    return own, []


def encoded(extra: Mapping[str, JsonValue], *, escaped: str) -> tuple[str | None, list[Loss]]:
    """The extras a writer carries as :func:`dumps` writes them (None when there are none),
    and those JSON cannot hold."""
    own = _own(extra)
    if not own:
        return None, []
    try:
        return dumps(own, escaped=escaped), []
    except (ValueError, TypeError, RecursionError):
        own, losses = _json_only(own)
        return (dumps(own, escaped=escaped) if own else None), losses


def _json_only(own: dict[str, JsonValue]) -> tuple[dict[str, JsonValue], list[Loss]]:
    kept: dict[str, JsonValue] = {}
    losses: list[Loss] = []
    for key, value in own.items():
        try:
            json.dumps(value, allow_nan=False)
        except ValueError:
            losses.append((f"extra.{key}", "NaN and infinity have no JSON form"))
        except (TypeError, RecursionError):
            losses.append((f"extra.{key}", "not a JSON value"))
        else:
            kept[key] = value
    return kept, losses


def dumps(extras: Mapping[str, JsonValue], *, escaped: str = "") -> str:
    """The extras as JSON on one line, the characters of ``escaped`` as ``\\uXXXX`` (they can
    only be inside strings: outside, JSON has braces but no ``%`` or line separators, and the
    braces balance)."""
    text = json.dumps(extras, ensure_ascii=False, allow_nan=False)
    if not escaped or not any(char in text for char in escaped):
        return text
    strings = "".join(_JSON_STRING_PATTERN.findall(text))
    if _chars_pattern(escaped).search(strings) is None:
        return text  # only JSON's own braces, which balance
    table = _escapes(escaped)
    return _JSON_STRING_PATTERN.sub(lambda match: match.group(0).translate(table), text)


@cache
def _chars_pattern(escaped: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(escaped)}]")


@cache
def _escapes(escaped: str) -> dict[int, str]:
    return {ord(char): f"\\u{ord(char):04x}" for char in escaped}


def loads(text: str) -> dict[str, JsonValue] | None:
    """The extras a field holds, or None when it holds no JSON object (a field of the same
    name written by someone else is then kept as it is)."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def with_text(
    reference: ReferenceKind, losses: list[Loss]
) -> tuple[dict[str, JsonValue], list[Loss]]:
    """The extras a writer carries, with the Text parts among ``losses`` under ``"@text"``,
    and the losses left. A Text field whose text itself is not written is not carried (its
    parts would have nothing to go back onto)."""
    if TEXT_KEY not in reference.extra and not any(
        path.partition(".")[2].partition(".")[0] in _TEXT_PARTS for path, _ in losses
    ):
        return dict(reference.extra), losses  # most records: no Text part lost
    texts = {
        name: text
        for name in TEXT_CONCEPTS
        if isinstance(text := getattr(reference, name, None), Text)
    }
    whole = {path for path, _ in losses}
    lost: dict[str, set[str]] = {}
    left: list[Loss] = []
    for path, reason in losses:
        concept, _, rest = path.partition(".")
        part = rest.partition(".")[0]
        if concept not in texts or part not in _TEXT_PARTS or concept in whole:
            left.append((path, reason))
        else:
            lost.setdefault(concept, set()).add(part)
    parts: dict[str, JsonValue] = {}
    for concept, names in lost.items():
        # Without the original, what was written (a romanization) reads back as the original.
        every = texts[concept].model_dump(include=set(_TEXT_PARTS))
        parts[concept] = {
            name: every[name] for name in _TEXT_PARTS if name in names or "original" in names
        }
    extra = {key: value for key, value in reference.extra.items() if key != TEXT_KEY}
    if TEXT_KEY in reference.extra:
        left.append((f"extra.{TEXT_KEY}", "the key is archivecite's own, for Text parts"))
    if parts:
        extra[TEXT_KEY] = parts
    return extra, left


def restored_text(reference: ReferenceKind) -> ReferenceKind:
    """``reference`` with the Text parts its extras carry under ``"@text"`` put back; extras
    that do not fit the reference (someone else's ``"@text"``) stay as they are."""
    held = reference.extra.get(TEXT_KEY)
    if not isinstance(held, dict):
        return reference
    data = dict(reference)
    update: dict[str, Text] = {}
    for concept, parts in held.items():
        text = data.get(concept)
        if (
            concept not in TEXT_CONCEPTS
            or not isinstance(text, Text)
            or not isinstance(parts, dict)
            or not set(parts) <= set(_TEXT_PARTS)
        ):
            return reference
        try:
            update[concept] = Text.model_validate({**text.model_dump(), **parts}, strict=True)
        except ValidationError:
            return reference
    extra = {key: value for key, value in reference.extra.items() if key != TEXT_KEY}
    return reference.model_copy(update={**update, "extra": extra})
