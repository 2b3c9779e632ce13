"""The opening line of a Project Gutenberg e-text, which every copy of it prints (and e-book sites
repeat as the book's heading): the title, its volume, the author, then the editor and translator
of the edition it was made from, each after its own "by":

    The Project Gutenberg eBook, The Russian Army and the Japanese War, Vol. I(of 2), by A. N.
    (Alekseĭ Nikolaevich) Kuropatkin, Edited by E. D.(Ernest Dunlop) Swinton, Translated by
    Alexander Bertram Lindsay

A name's initials may be followed by the names they stand for in brackets ("A. N. (Alekseĭ
Nikolaevich) Kuropatkin"): the name is read as printed, the bracket aside.
"""

from __future__ import annotations

import re

from archivecite.model import Name, Span
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.names import given_first_name
from archivecite.parse.published.titles import put_text

__all__ = ["gutenberg_line"]

_GUTENBERG_LINE = re.compile(
    r"""(?:The\s+)?Project\s+Gutenberg(?:['’]s)?(?:\s+(?:e-?book|etext|e-text))?(?:\s+of)?[,:]?\s+
        (?P<title>[^,]+(?:,\s+(?!Vol|by\s)[^,]+)*?)
        (?:,\s+(?P<volume_label>Vol(?:ume)?\.?)\s*(?P<volume>[IVXLC]+|\d+)\s*(?:\(\s*of\s+\d+\s*\))?)?
        ,\s+by\s+(?P<authors>[^,]+?)
        (?P<credits>(?:,\s+(?:Edited|Translated|Illustrated|Compiled)\s+by\s+[^,]+?)*)
        \.?\s*""",
    re.VERBOSE | re.IGNORECASE,
)
_CREDIT = re.compile(r",\s+(?P<role>Edited|Translated)\s+by\s+(?P<names>[^,]+)", re.IGNORECASE)
_EXPANSION = re.compile(r"\s*\([^()]*\)\s*")  # "A. N. (Alekseĭ Nikolaevich) Kuropatkin"
_ROLES = {"edited": "editors", "translated": "translators"}


def gutenberg_line(draft: Draft, start: int, end: int) -> bool:
    """Read ``text[start:end]`` as such a line; ``False`` (the draft untouched) when it is none."""
    text = draft.text
    match = _GUTENBERG_LINE.fullmatch(text, start, end)
    if match is None:
        return False
    authors = _names(match["authors"])
    if not authors:
        return False
    credited: dict[str, list[Name]] = {}
    for credit in _CREDIT.finditer(text, *match.span("credits")):
        role = _ROLES.get(credit["role"].lower())
        if role is not None:
            credited.setdefault(role, []).extend(_names(credit["names"]))
    draft.authors.extend(authors)
    draft.editors.extend(credited.get("editors", []))
    draft.translators.extend(credited.get("translators", []))
    draft.spans.append(
        Span(field="authors", start=match.start("authors"), end=match.end("authors"))
    )
    put_text(draft, "title", match.span("title"))
    if match["volume"] is not None:
        draft.put("volume", match["volume"], *match.span("volume"))
    draft.short_note = True  # the work by its heading: the edition e-texted is not named
    return True


def _names(printed: str) -> list[Name]:
    names = []
    for part in re.split(r"\s+and\s+|\s*&\s*", _EXPANSION.sub(" ", printed).strip()):
        spaced = re.sub(r"\.(?=[A-Z])", ". ", part.strip())  # "E. D.Swinton"
        name = given_first_name(spaced, printed)
        if name is None:
            return []
        names.append(name)
    return names
