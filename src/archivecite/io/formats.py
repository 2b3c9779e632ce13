"""The reference file formats, looked up by name, alias or file suffix, and the two calls
that use them: :func:`read` and :func:`write`."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from archivecite.errors import InputError, UnknownFormatError
from archivecite.io.bibtex import read_bibtex, write_bibtex
from archivecite.io.csljson import read_csljson, write_csljson
from archivecite.io.report import ReadResult, WriteResult
from archivecite.io.ris import read_ris, write_ris
from archivecite.io.text import decode, decode_legacy, read_bytes
from archivecite.model import ReferenceKind

__all__ = ["FORMATS", "Format", "UnknownFormatError", "find_format", "read", "write"]


@dataclass(frozen=True, slots=True)
class Format:
    """A file format: its name, other names, file suffixes, reader and writer."""

    name: str
    aliases: tuple[str, ...]
    suffixes: tuple[str, ...]
    reader: Callable[..., ReadResult]
    writer: Callable[[Sequence[ReferenceKind]], WriteResult]
    legacy_encodings: bool = False  # Latin-1/cp1251 accepted (old .bib files, ANSI RIS)


FORMATS: tuple[Format, ...] = (
    Format("bibtex", ("biblatex", "bib", "better-biblatex"), (".bib", ".bibtex", ".biblatex"),
           read_bibtex, write_bibtex, legacy_encodings=True),
    Format("csljson", ("csl-json", "csl", "json", "zotero", "pandoc"), (".json", ".csljson"),
           read_csljson, write_csljson),
    Format("ris", ("endnote",), (".ris",), read_ris, write_ris, legacy_encodings=True),
)  # fmt: skip


def find_format(name: str) -> Format:
    """A format by name, alias, suffix or file name (``"csl-json"``, ``".ris"``, ``"a.bib"``)."""
    key = name.strip().lower()
    for candidate in FORMATS:
        if key == candidate.name or key in candidate.aliases:
            return candidate
        if any(key == suffix or key.endswith(suffix) for suffix in candidate.suffixes):
            return candidate
    keys = [item.name for item in FORMATS] + [alias for item in FORMATS for alias in item.aliases]
    close = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
    choices = [item.name for item in FORMATS]
    suggestion = find_format(close[0]).name if close else None
    raise UnknownFormatError(name, choices=choices, suggestion=suggestion)


def _sniff(text: str) -> Format:
    """The format of text given without a name: JSON starts with ``[``, RIS with ``TY  -``."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("["):
        return find_format("csljson")
    if any(line.startswith("TY  -") for line in stripped.splitlines()[:50]):
        return find_format("ris")
    return find_format("bibtex")


def read(path_or_text: str | Path, format: str | None = None) -> ReadResult:
    """References from a file (a :class:`Path`, or a string naming an existing file) or from
    text; the format is named, taken from the file suffix, or recognized from the text."""
    path = Path(path_or_text) if isinstance(path_or_text, Path) else None
    if path is None and isinstance(path_or_text, str) and "\n" not in path_or_text:
        candidate = Path(path_or_text)
        path = candidate if len(path_or_text) < 1024 and candidate.is_file() else None
    if path is None:
        text = str(path_or_text)
        chosen = find_format(format) if format else _sniff(text)
        return chosen.reader(text, source="<input>")
    data = read_bytes(path)
    chosen = find_format(format or path.name)
    if chosen.legacy_encodings:
        text, encoding = decode_legacy(data, source=str(path))
    else:
        text, encoding = decode(data, source=str(path)), "utf-8"
    result: ReadResult = chosen.reader(text, source=str(path))
    return replace(result, encoding=encoding)


def write(
    references: Sequence[ReferenceKind],
    path: str | Path | None = None,
    format: str | None = None,
) -> WriteResult:
    """References as text in ``format`` (or the format of ``path``'s suffix), written to
    ``path`` as UTF-8 when given. The result lists every field the format could not hold."""
    if format is None and path is None:
        raise InputError("write() needs a format or a path whose suffix names one")
    chosen = find_format(format or Path(str(path)).name)
    result = chosen.writer(references)
    if path is not None:
        Path(path).write_text(result.text, encoding="utf-8")
    return result
