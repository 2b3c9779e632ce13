"""Bytes into text: encodings detected from the byte order mark or refused with a reason."""

from __future__ import annotations

import codecs
from pathlib import Path

from archivecite.errors import InputError

__all__ = ["MAX_INPUT_BYTES", "decode", "decode_legacy", "read_bytes", "read_text"]

MAX_INPUT_BYTES = 256 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, *, source: str = "<input>") -> str:
    """UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM; anything else is refused,
    naming the first bad byte, rather than read as mojibake."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"not valid {encoding} text: byte {data[error.start]:#04x} at offset "
                    f"{error.start}",
                    source=source,
                ) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"binary data, not text (NUL byte at offset {nul})", source=source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InputError(
            f"not UTF-8 text: byte {data[error.start]:#04x} at offset {error.start}; "
            "convert the file to UTF-8 (e.g. iconv -f cp1251 -t utf-8)",
            source=source,
            line=line,
        ) from None


def read_bytes(path: str | Path) -> bytes:
    """A file's bytes, refused with a reason when unreadable or larger than the limit."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(
                f"file is {size:,} bytes; the limit is {MAX_INPUT_BYTES:,}", source=str(path)
            )
        return file.read_bytes()
    except OSError as error:
        raise InputError(error.strerror or str(error), source=str(path)) from None


def read_text(path: str | Path) -> str:
    """A text file's contents, decoded by :func:`decode`."""
    return decode(read_bytes(path), source=str(path))


def _cyrillic_runs(data: bytes) -> bool:
    """cp1251 Cyrillic fills whole words with bytes >= 0xC0; Latin-1 accents stand alone
    between ASCII letters. Most non-ASCII bytes having a non-ASCII neighbour means words."""
    high = [index for index, byte in enumerate(data) if byte >= 0x80]
    paired = sum(
        1
        for index in high
        if (index > 0 and data[index - 1] >= 0x80)
        or (index + 1 < len(data) and data[index + 1] >= 0x80)
    )
    return paired >= 0.8 * len(high)


def decode_legacy(data: bytes, *, source: str = "<input>") -> tuple[str, str]:
    """Text and its encoding, for .bib and RIS files only: old BibTeX tools (JabRef before 3,
    BibDesk's default, Windows editors) saved Latin-1 or cp1251, EndNote and library catalogues
    export "ANSI" RIS, and those files are common in the archives of historians. UTF-8 and
    BOM-marked text are read as :func:`decode` reads them; other bytes are Latin-1 unless they
    look like cp1251 Cyrillic words."""
    try:
        text = decode(data, source=source)
    except InputError as error:
        if data.find(b"\x00") >= 0 or "NUL byte" in error.reason:
            raise
        if _cyrillic_runs(data):
            try:
                return data.decode("cp1251"), "cp1251"
            except UnicodeDecodeError:
                pass
        return data.decode("latin-1"), "latin-1"
    return text, "utf-8"
