"""Output formats for citeproc-py: its own plain and HTML, and our Markdown and RTF.

A citeproc-py formatter is a namespace with ``preformat`` and one wrapper per font feature;
these classes are such namespaces.
"""

from __future__ import annotations

from types import ModuleType
from typing import Final

from citeproc.formatter import html, plain

__all__ = ["FORMATS", "Markdown", "Rtf", "formatter"]


def _wrapper(before: str, after: str) -> type[str]:
    class Wrapped(str):
        __slots__ = ()

        def __new__(cls, text: str) -> Wrapped:
            return super().__new__(cls, f"{before}{text}{after}" if text else "")

    return Wrapped


_MARKDOWN_SPECIAL: Final = str.maketrans({char: "\\" + char for char in "\\*_`<>"})


class Markdown:
    """CommonMark: ``*italic*``, ``**bold**``, ``<sup>`` and ``<sub>`` for the rest."""

    @staticmethod
    def preformat(text: str) -> str:
        return str(text).translate(_MARKDOWN_SPECIAL)

    Italic = Oblique = _wrapper("*", "*")
    Bold = _wrapper("**", "**")
    Light = Underline = SmallCaps = str
    Superscript = _wrapper("<sup>", "</sup>")
    Subscript = _wrapper("<sub>", "</sub>")


def _rtf_escape(text: str) -> str:
    out = []
    for char in str(text):
        if char in "\\{}":
            out.append("\\" + char)
        elif ord(char) < 128:
            out.append(char)
        else:
            for unit in char.encode("utf-16-le").hex(" ", 2).split():
                code = int.from_bytes(bytes.fromhex(unit), "little")
                out.append(f"\\u{code if code < 32768 else code - 65536}?")
    return "".join(out)


class Rtf:
    """RTF fragments, the way citeproc-js writes them (``{\\i{}...}``, ``\\uN{}``)."""

    preformat = staticmethod(_rtf_escape)
    Italic = Oblique = _wrapper("{\\i{}", "}")
    Bold = _wrapper("{\\b{}", "}")
    Light = str
    Underline = _wrapper("{\\ul{}", "}")
    SmallCaps = _wrapper("{\\scaps ", "}")
    Superscript = _wrapper("\\super ", "\\nosupersub{}")
    Subscript = _wrapper("\\sub ", "\\nosupersub{}")


FORMATS: Final[dict[str, ModuleType | type]] = {
    "text": plain,
    "html": html,
    "markdown": Markdown,
    "rtf": Rtf,
}


def formatter(output: str) -> ModuleType | type:
    """The citeproc-py formatter for ``output`` (text, html, markdown, rtf)."""
    try:
        return FORMATS[output]
    except KeyError:
        from archivecite.csl.styles import StyleError  # noqa: PLC0415

        raise StyleError(f"expected output one of {sorted(FORMATS)}, found {output!r}") from None
