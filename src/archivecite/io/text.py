"""Bytes into text: encodings detected from the byte order mark or refused with a reason."""

from __future__ import annotations

import codecs
from pathlib import Path

from archivecite.errors import InputError

__all__ = ["MAX_INPUT_BYTES", "decode", "read_text"]

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


def read_text(path: str | Path) -> str:
    """A text file's contents, decoded by :func:`decode`."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(
                f"file is {size:,} bytes; the limit is {MAX_INPUT_BYTES:,}", source=str(path)
            )
        data = file.read_bytes()
    except OSError as error:
        raise InputError(error.strerror or str(error), source=str(path)) from None
    return decode(data, source=str(path))
