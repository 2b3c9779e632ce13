"""Statements of responsibility in GOST references: who the names after `` / `` are.

``Title / под ред. А. Е. Жукова`` names an editor, in the genitive (the man is Жуков): the role
words before the names say both the role and the grammatical case. Names in the genitive are
turned back into the nominative with a small table of endings (``data/gost_roles.toml``); the
printed form stays in ``Name.original``. A statement without role words names the authors.
"""

from __future__ import annotations

from typing import Literal

from archivecite.model import Name
from archivecite.parse.published.gost_patterns import (
    FAMILY_INITIALS_PATTERN,
    INITIALS_FAMILY_PATTERN,
)
from archivecite.parse.tables import data_table

Role = Literal["author", "editor", "translator"]


_DATA = data_table("gost_roles.toml")
_EDITOR_WORDS: frozenset[str] = frozenset(_DATA["roles"]["editor"])
_TRANSLATOR_WORDS: frozenset[str] = frozenset(_DATA["roles"]["translator"])
_GENITIVE: tuple[str, ...] = tuple(_DATA["roles"]["genitive"])
_OTHERS: tuple[str, ...] = tuple(sorted(_DATA["roles"]["others"], key=len, reverse=True))
_ENDINGS: tuple[tuple[str, str], ...] = tuple(
    sorted(((old, new) for old, new in _DATA["declension"]["endings"]), key=lambda p: -len(p[0]))
)
_CONSONANTS: frozenset[str] = frozenset(_DATA["declension"]["consonants"])
_JOINERS = (" и ", " та ", " і ", " i ", " & ", " and ")
_MEDIUM_WORDS: frozenset[str] = frozenset(_DATA["medium"]["words"])
BOOK_CONTAINER_WORDS: tuple[str, ...] = tuple(_DATA["containers"]["words"])


def is_medium(words: str) -> bool:
    """``Текст``, ``Elektronnyy resurs``: a general material designation, not a translation."""
    return words.strip().lower() in _MEDIUM_WORDS


def nominative(family: str) -> str:
    """``Жукова`` → ``Жуков``, ``Светловой`` → ``Светлова``, ``Загорулько`` → ``Загорулько``;
    each part of a double name declines (``Соколовой-Делюсиной`` → ``Соколова-Делюсина``)."""
    if "-" in family.strip("-"):
        return "-".join(nominative(part) for part in family.split("-"))
    lowered = family.lower()
    for old, new in _ENDINGS:
        if lowered.endswith(old) and len(family) > len(old) + 1:
            return family[: len(family) - len(old)] + _cased(new, family[-len(old)])
    if len(family) > 3 and lowered[-1] == "а" and lowered[-2] in _CONSONANTS:
        return family[:-1]
    return family


def _cased(ending: str, sample: str) -> str:
    return ending.upper() if sample.isupper() else ending


def read_statement(text: str, start: int, end: int) -> list[tuple[Role, list[Name]]]:
    """Each ``;``-separated part of a statement of responsibility: its role and its names."""
    parts: list[tuple[Role, list[Name]]] = []
    for segment in text[start:end].split(";"):
        role, genitive, rest = _role_of(segment.strip())
        names = _names(rest, genitive=genitive)
        if names:
            parts.append((role, names))
    return parts


def _role_of(segment: str) -> tuple[Role, bool, str]:
    """The role the opening words of ``segment`` give, whether its names are in the genitive,
    and the text after those words."""
    words = segment.split()
    count = 0
    roles = _EDITOR_WORDS | _TRANSLATOR_WORDS
    # "Пер. с яп., вступ. ст. и коммент. А.Е. Глускиной", "Предисл, пер. с яп. и коммент.":
    # roles joined by commas, an abbreviation's dot perhaps lost
    while count < len(words) and _role_word(words[count], roles):
        count += 1
    opening = " ".join(word.rstrip(",") for word in words[:count]).lower()
    rest = " ".join(words[count:])
    if not count:
        return "author", False, rest
    translating = any(_role_word(word, _TRANSLATOR_WORDS) for word in words[:count])
    # the names after "пер. с яп." are in the genitive wherever that phrase stands
    genitive = any(f" {run} " in f" {opening} " for run in _GENITIVE)
    return ("translator" if translating else "editor"), genitive, rest


def _role_word(word: str, roles: frozenset[str]) -> bool:
    bare = word.lower().rstrip(",")
    return bare in roles or (bare.isalpha() and f"{bare}." in roles)


def _names(text: str, *, genitive: bool) -> list[Name]:
    for mark in _OTHERS:
        text = text.replace(mark, " ")
    text = _drop_brackets(text)
    for joiner in _JOINERS:
        text = text.replace(joiner, ", ")
    names: list[Name] = []
    for token in (part.strip(" .,:") + _final_dot(part) for part in text.split(",")):
        match = INITIALS_FAMILY_PATTERN.fullmatch(token) or FAMILY_INITIALS_PATTERN.fullmatch(token)
        if match is None:
            spelled = None if genitive else _spelled_out(token)
            if spelled is not None:
                names.append(spelled)
            continue
        family, given = match["family"], match["initials"].strip()
        if not genitive:
            names.append(Name(family=family, given=given))
            continue
        base = nominative(family)
        original = token if base != family else None
        names.append(Name(family=base, given=given, original=original))
    return names


def _spelled_out(token: str) -> Name | None:
    """``Ричард Пайпс``, ``William G. Rosenberg``: a name printed in full, given name first,
    perhaps with a middle initial."""
    words = token.split()
    if not 2 <= len(words) <= 3 or not _name_word(words[0]) or not _name_word(words[-1]):
        return None
    if not all(_name_word(word) or _initial(word) for word in words[1:-1]):
        return None
    return Name(family=words[-1], given=" ".join(words[:-1]))


def _name_word(word: str) -> bool:
    letters = word.replace("-", "")
    return letters.isalpha() and word[0].isupper() and not word.isupper() and len(word) > 1


def _initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _final_dot(part: str) -> str:
    """Keep the dot of a trailing initial (``Хаустов В. Н.``), which stripping removed."""
    stripped = part.strip(" ,:")
    return "." if stripped.endswith(".") and len(stripped.rsplit(None, 1)[-1]) <= 3 else ""


def _drop_brackets(text: str) -> str:
    """``О. С. Мельничук (гол. ред.)`` → ``О. С. Мельничук``."""
    out: list[str] = []
    depth = 0
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
        elif not depth:
            out.append(char)
    return "".join(out)
