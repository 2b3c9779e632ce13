"""LaTeX in BibTeX values: escapes decoded on read, and a writer's escaping that reads back
exactly (``decode(encode(text)) == text`` for any text; a property test pins it)."""

from __future__ import annotations

import re

from bibtexparser.middlewares.names import parse_single_name_into_parts
from pylatexenc.latex2text import LatexNodes2Text

from archivecite.io.concepts import is_particle, split_particles
from archivecite.model import Name

__all__ = [
    "decode_latex",
    "encode_latex",
    "name_to_latex",
    "names_from_latex",
]

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


def _person(written: str) -> Name:
    parts = parse_single_name_into_parts(written, strict=False)
    family = decode_latex(" ".join(parts.last))
    given = decode_latex(" ".join(parts.first))
    particle = decode_latex(" ".join(parts.von))
    suffix = decode_latex(" ".join(parts.jr))
    if not (family or given):
        return Name(literal=decode_latex(written))
    return Name(
        **split_particles(family or None, given or None, non_dropping=False),
        non_dropping_particle=particle or None,
        suffix=suffix or None,
    )


_AND_PATTERN = re.compile(r"\s+and\s+", re.IGNORECASE)


def split_persons(raw: str) -> list[str]:
    """The names of a name list, split at each "and" outside braces. bibtexparser's own
    ``split_multiple_persons_names`` swallows a control sequence after "and": ``Müller, J.
    and \\v{S}imečka, M.`` gave ``{S}imečka``, which decodes to "Simečka"."""
    persons, start, depth = [], 0, 0
    bounds = [(match.start(), match.end()) for match in _AND_PATTERN.finditer(raw)]
    for index, char in enumerate(raw):
        depth += {"{": 1, "}": -1}.get(char, 0)
        while bounds and bounds[0][0] == index:
            and_start, and_end = bounds.pop(0)
            if depth == 0 and and_start >= start:
                persons.append(raw[start:and_start])
                start = and_end
    persons.append(raw[start:])
    return persons


def names_from_latex(raw: str) -> tuple[Name, ...]:
    """``Fritz, U. and {Zentralarchiv} and von Humboldt, Jr., Alexander`` as names: the
    ``von`` part is the non-dropping particle, the ``Jr.`` part the suffix."""
    names = []
    for each in split_persons(raw):
        written = each.strip()
        if not written:
            continue
        if _is_literal(written):
            names.append(Name(literal=decode_latex(written[1:-1])))
        else:
            names.append(_person(written))
    return tuple(names)


def _von_word(word: str) -> bool:
    """A word BibTeX takes for part of a "von" particle: its first letter is not a capital
    (``van``, ``d'``, and a word in a script without case, ``か``)."""
    first = next((char for char in word if char.isalpha()), None)
    return first is not None and not first.isupper()


def _person_latex(name: Name) -> str:
    """``von Last, Jr., First dropping``; a family name alone, braced when it has spaces."""
    raw_family, raw_given = name.family or "", name.given or ""
    if name.dropping_particle:
        raw_given = f"{raw_given} {name.dropping_particle}" if raw_given else name.dropping_particle
    family, given = encode_latex(raw_family), encode_latex(raw_given)
    if " " in raw_family:
        words = raw_family.split(" ")
        if not given or " and " in family.lower() or any(map(_von_word, words)):
            family = "{" + family + "}"  # kept whole: not split into von and last parts
    elif not family and given:
        family = "{}"
    last = family
    if name.non_dropping_particle:
        last = f"{encode_latex(name.non_dropping_particle)} {family}"
    if name.suffix:
        return f"{last}, {encode_latex(name.suffix)}, {given}"
    if given:
        return f"{last}, {given}"
    # a braced family name alone would read as an institution: the comma marks a person
    return f"{last}," if family.startswith("{") else last


_PARTS = ("family", "given", "non_dropping_particle", "dropping_particle", "suffix", "literal")


def _reads_back(name: Name) -> bool:
    """Whether a name without particles or suffix surely reads back as written: no comma
    or "and" to cut it, no lower-case last word of the given name to split off."""
    if name.non_dropping_particle or name.dropping_particle or name.suffix:
        return False
    both = f"{name.family} {name.given}"
    if "," in both or " and " in both.lower() or "  " in both:
        return False
    if any(part != part.strip() for part in (name.family or "", name.given or "")):
        return False  # the reader strips a name's parts
    given = (name.given or "").split(" ")
    return len(given) == 1 or not is_particle(given[-1])


def name_to_latex(name: Name) -> tuple[str, tuple[str, ...]]:
    """A name in BibTeX form, and the parts that read back otherwise (a capitalized
    particle, a particle or suffix without a given name, ...)."""
    if name.literal is not None:
        return "{" + encode_latex(name.literal) + "}", ()
    text = _person_latex(name)
    if _reads_back(name):
        return text, ()  # the common case: spare the parse
    back = names_from_latex(text)
    if len(back) != 1:
        return text, _PARTS
    return text, tuple(part for part in _PARTS if getattr(back[0], part) != getattr(name, part))
