"""Initials as citeproc-js writes them (``CSL.Util.Names.initializeWith``), ported.

``initialize_with("Iu. G.", ". ")`` is ``Iu. G.``; ``initialize_with("Yuriy Georgievich",
". ")`` is ``Y. G.``; with ``normalize_only`` (``initialize="false"``) full given names stay
and only written initials are normalized: ``initialize_with("John R.R.", ". ",
normalize_only=True)`` is ``John R. R.``.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["initialize_with"]

_UPPER: Final = "A-Z\u0e01-\u0e5b\u00c0-\u017f\u0400-\u042f\u0590-\u05d4\u05d6-\u05ff\u0600-\u06ff"
_ROMAN: Final = (
    "a-zA-Z\u0e01-\u0e5b\u00c0-\u017f\u0370-\u03ff\u0400-\u052f\u0590-\u05d4\u05d6-\u05ff"
    "\u1f00-\u1fff\u0600-\u06ff\u200c\u200d\u200e\u0218-\u021b\u202a-\u202e"
)
NAME_INITIAL_PATTERN: Final = re.compile(
    rf"^([{_UPPER}\u0370\u0372\u0376\u0386\u0388-\u03ab])"
    rf"([a-zA-Z\u0e01-\u0e5b\u00c0-\u017f\u0400-\u052f\u0600-\u06ff\u0370-\u03ff\u1f00-\u1fff]*|)(\.)*"
)
STARTS_ROMANESQUE_PATTERN: Final = re.compile(rf"^[&{_ROMAN}]")
ROMANESQUE_PATTERN: Final = re.compile(rf"[-0-9{_ROMAN}]")
_SEPARATOR_PATTERN: Final = re.compile(r"([-\s]+)")
_TRAILING_SPACE_PATTERN: Final = re.compile(r"[\t\n\v\f\r \ufeff\u00a0]+$")
_DASH_SPACE_PATTERN: Final = re.compile(r"\s*-\s*")
_SPACES_PATTERN: Final = re.compile(r"[\t\n\v\f\r ]+")


def _tidy(text: str) -> str:
    text = _TRAILING_SPACE_PATTERN.sub("", text)
    return _SPACES_PATTERN.sub(" ", _DASH_SPACE_PATTERN.sub("-", text))


def _normalize(namelist: list[str], terminator: str) -> str:
    abbreviation = [
        (len(part) > 1 and part.endswith(".")) or (len(part) == 1 and part.upper() == part)
        for part in namelist
    ]
    for index, part in enumerate(namelist):
        if abbreviation[index] and len(part) > 1 and part.endswith("."):
            head, _, tail = part.rpartition(".")
            namelist[index] = head + tail
    last = len(namelist) - 1
    for index in range(0, len(namelist), 2):
        if not abbreviation[index]:
            continue
        if index < len(namelist) - 2:
            if not abbreviation[index + 2]:
                namelist[index + 1] += " "
            if len(namelist[index + 2]) > 1:
                namelist[index + 1] = terminator.removesuffix("\ufeff") + namelist[index + 1]
            else:
                namelist[index + 1] = terminator
        if index == last:
            namelist[index] += terminator
    return _tidy("".join(namelist))


def _initialize(namelist: list[str], terminator: str) -> str:
    size = len(namelist)
    for index in range(0, size, 2):
        name = namelist[index]
        if not name:
            continue
        match = NAME_INITIAL_PATTERN.match(name)
        groups: list[str] | None = None
        if match is not None:
            groups = [match.group(1), match.group(2), match.group(3) or ""]
        elif not STARTS_ROMANESQUE_PATTERN.match(name) and len(name) > 1 and "%s" in terminator:
            groups = [name[0], name[1:], ""]
        if groups and groups[1] and groups[2]:
            groups = [groups[0] + groups[1], "", groups[2]]
        if groups and groups[0][:1] == groups[0][:1].upper():
            extra = ""
            if groups[1]:
                capitals = ""
                for char in groups[1]:
                    if char != char.upper():
                        break
                    capitals += char
                if len(capitals) < len(groups[1]):
                    extra = capitals.lower()
            namelist[index] = groups[0] + extra
            if "%s" in terminator:
                namelist[index] = terminator.replace("%s", namelist[index])
            elif index < size - 1:
                if "-" in namelist[index + 1]:
                    namelist[index + 1] = terminator + "-"
                else:
                    namelist[index + 1] = terminator
            else:
                namelist.append(terminator)
        elif ROMANESQUE_PATTERN.search(name) and not (groups and groups[2]):
            namelist[index] = " " + name
    return _tidy("".join(namelist))


def initialize_with(
    given: str, terminator: str, *, normalize_only: bool = False, hyphen: bool = True
) -> str:
    """Given names with initials written as ``terminator`` says (CSL ``initialize-with``)."""
    if not given:
        return ""
    if given in ("Lord", "Lady") or (
        not STARTS_ROMANESQUE_PATTERN.match(given) and "%s" not in terminator
    ):
        return given
    name = given if hyphen else given.replace("-", " ")
    name = re.sub(r"\s+", " ", _DASH_SPACE_PATTERN.sub("-", name))
    name = re.sub(r"-([a-z])", "\u2013\\1", name)
    name = re.sub(r"\.(?=[^ ])", ". ", name)  # "V.B" is "V. B", as citeproc-js spaces it
    namelist = _SEPARATOR_PATTERN.split(name)
    if len(namelist) == 1:
        tail = re.search(r"[^.]+$", namelist[0])
        if tail and len(tail.group(0)) == 1 and tail.group(0) != tail.group(0).lower():
            namelist[0] += "."
    result = (
        _normalize(namelist, terminator) if normalize_only else _initialize(namelist, terminator)
    )
    return re.sub("\u2013([a-z])", "-\\1", result)
