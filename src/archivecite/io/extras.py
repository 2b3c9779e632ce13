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

Keys under a format's prefix (``bibtex:``, ``csl:``, ``ris:``) are that format's own fields and
bookkeeping (:mod:`archivecite.io.keep`) and are not carried here; nor is ``archive_place`` as
text, which every format has a field for.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache

from pydantic import JsonValue, ValidationError

from archivecite.io.concepts import SHARED_EXTRA, TEXT_CONCEPTS
from archivecite.model import ReferenceKind, Text

__all__ = [
    "BIBTEX_ESCAPED",
    "FORMAT_PREFIXES",
    "LINE_ENDS",
    "NAME",
    "TEXT_KEY",
    "carried",
    "dumps",
    "encoded",
    "loads",
    "restored_text",
    "with_text",
]

NAME = "archivecite"
TEXT_KEY = "@text"
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
    if not any(char in text for char in escaped):
        return text
    table = _escapes(escaped)
    return _JSON_STRING_PATTERN.sub(lambda match: match.group(0).translate(table), text)


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
