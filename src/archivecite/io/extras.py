"""The library's own extras in every file format.

``Reference.extra`` keys without a format's prefix are set by archivecite itself (a merge's
``variants``, a short note's cited ``locator``, ``medium``, ``era_date``, ...) or by its users.
No format has a field for them, so every writer puts them, as one JSON object, in one place of
its format, and every reader gives them back to ``extra`` unchanged:

- BibTeX/BibLaTeX: the field ``archivecite``;
- CSL-JSON: ``custom.archivecite``, in CSL-JSON 1.0.2's ``custom`` object ("additional
  information that does not have a designated CSL JSON field");
- RIS: an ``N1`` (notes) line starting ``archivecite:``.

Keys under a format's prefix (``bibtex:``, ``csl:``, ``ris:``) are that format's own fields and
bookkeeping (:mod:`archivecite.io.keep`) and are not carried here; nor is ``archive_place`` as
text, which every format has a field for.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache

from pydantic import JsonValue

from archivecite.io.concepts import SHARED_EXTRA

__all__ = [
    "BIBTEX_ESCAPED",
    "FORMAT_PREFIXES",
    "LINE_ENDS",
    "NAME",
    "carried",
    "dumps",
    "encoded",
    "loads",
]

NAME = "archivecite"
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
