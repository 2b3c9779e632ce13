"""LaTeX in BibTeX values: escapes decoded on read, and a writer's escaping that reads back
exactly (``decode(encode(text)) == text`` for any text; a property test pins it)."""

from __future__ import annotations

import re

from bibtexparser.middlewares.names import (
    parse_single_name_into_parts,
    split_multiple_persons_names,
)
from pylatexenc.latex2text import LatexNodes2Text

from archivecite.model import Name

__all__ = ["decode_latex", "encode_latex", "names_from_latex", "names_to_latex"]

_CONVERTER = LatexNodes2Text(math_mode="verbatim", keep_comments=True, strict_latex_spaces=True)
# Plain text passes through untouched (and fast): only these make LaTeX mean something else.
_LATEX_PATTERN = re.compile(r"[\\{}~]|--|``|''|[?!]`")
_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": "{^}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
}
_ESCAPE_PATTERN = re.compile(r"[\\{}~^&%$#_]")
# TeX ligatures (-- ``  '' ?` !`) are broken with an empty group so they stay two characters.
_LIGATURE_PATTERN = re.compile(r"(?<=[-`'?!])(?=[-`'])")


def decode_latex(value: str) -> str:
    """``Congr\\`es {\\"u}ber \\emph{x}`` → ``Congrès über x``; plain text is returned as is."""
    if not _LATEX_PATTERN.search(value):
        return value
    return str(_CONVERTER.latex_to_text(value))


def encode_latex(text: str) -> str:
    """Text as a braced BibTeX value's content: UTF-8 kept, LaTeX specials escaped."""
    escaped = _ESCAPE_PATTERN.sub(lambda match: _SPECIALS[match.group()], text)
    escaped = _LIGATURE_PATTERN.sub("{}", escaped)
    # A line starting with "@" would start a new entry for bibtexparser.
    return escaped.replace("\n@", "\n{@}")


def _is_literal(raw: str) -> bool:
    """``{Barnes and Noble}``: one brace group around the whole name is an institution."""
    if not (raw.startswith("{") and raw.endswith("}")):
        return False
    depth = 0
    for index, char in enumerate(raw):
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth == 0 and index < len(raw) - 1:
            return False
    return True


def names_from_latex(raw: str) -> tuple[Name, ...]:
    """``Fritz, U. and {Zentralarchiv} and von Humboldt, Alexander`` as names."""
    names = []
    for each in split_multiple_persons_names(raw):
        written = each.strip()
        if not written:
            continue
        if _is_literal(written):
            names.append(Name(literal=decode_latex(written[1:-1])))
            continue
        parts = parse_single_name_into_parts(written, strict=False)
        family = " ".join(parts.von + parts.last)
        if parts.jr:
            family += ", " + " ".join(parts.jr)
        given = " ".join(parts.first)
        names.append(
            Name(family=decode_latex(family) or None, given=decode_latex(given) or None)
            if family or given
            else Name(literal=decode_latex(written))
        )
    return tuple(names)


def _name(name: Name) -> str:
    if name.literal is not None:
        return "{" + encode_latex(name.literal) + "}"
    family = encode_latex(name.family or "")
    # A family name that the and-splitter or the comma rule would cut is protected by braces.
    if " and " in family.lower() or (not family and name.given):
        family = "{" + family + "}"
    if name.given:
        return f"{family}, {encode_latex(name.given)}"
    return family if " " not in family or "," in family else "{" + family + "}"


def names_to_latex(names: tuple[Name, ...]) -> str:
    return " and ".join(_name(name) for name in names)
