"""The people a Chicago note opens with: given name first, with their role (``eds.``) and
suffixes, or family names alone before a short note's title."""

from __future__ import annotations

from typing import NamedTuple

from archivecite.model import Name
from archivecite.parse.published.chicago_patterns import (
    BODY_GLOSS_PATTERN,
    DASH_BEFORE_QUOTED_TITLE_PATTERN,
    LAST_NAME_JOIN_PATTERN,
    SHORT_NOTE_JOIN_PATTERN,
    SHORT_NOTE_PATTERN,
)
from archivecite.parse.published.names import given_first_name
from archivecite.parse.published.scanning import trim
from archivecite.parse.published.terms import (
    EDITOR_ROLES,
    ENGLISH_WORDS,
    ET_AL_WORDS,
    NAME_SUFFIXES,
    TITLE_WORDS,
    TRANSLATOR_ROLES,
)

_NAME_REACH = 120  # the longest name (with its "and" partner) before a comma
_BODY_WORDS = 8  # the most words of a body's name ("Zhonggong zhongyang wenxian yanjiushi")


class NoteNames(NamedTuple):
    """The people a note opens with, their role, and where the title begins."""

    tokens: list[tuple[str, int]]  # each name as printed, with where its segment starts
    suffixes: dict[int, str]  # index of a name → its suffix ("Jr.")
    role: str | None
    rest: int
    bodies: frozenset[int] = frozenset()  # indexes of names that are bodies, not persons


def without_last(names: NoteNames) -> NoteNames | None:
    """The names without the last comma-separated segment, which was the title's start."""
    if names.role is not None:
        return None
    last = names.tokens[-1][1]
    tokens = [(token, at) for token, at in names.tokens if at < last]
    if not tokens:
        return None
    suffixes = {index: value for index, value in names.suffixes.items() if index < len(tokens)}
    return NoteNames(tokens=tokens, suffixes=suffixes, role=None, rest=last)


def note_names(text: str, start: int, end: int) -> NoteNames | None:
    """``Steven A. Barnes``, ``Guy Cowlishaw and Robin Dunbar``, ``Robert P. Geraci and Michael
    Khodarkovsky, eds.``, ``Edward O. Laumann et al.``: the people before a note's title."""
    tokens: list[tuple[str, int]] = []
    suffixes: dict[int, str] = {}
    bodies: set[int] = set()
    role: str | None = None
    closed = False
    pos = start
    while pos < end:
        comma, after = _separator(text, pos, end)
        if comma < 0:
            break
        segment = text[pos:comma].strip()
        lowered = segment.lower()
        if tokens and lowered in EDITOR_ROLES:
            role = "editors"
        elif tokens and lowered in TRANSLATOR_ROLES:
            role = "translators"
        elif tokens and segment in NAME_SUFFIXES:
            suffixes[len(tokens) - 1] = segment
        elif tokens and segment in ET_AL_WORDS:
            closed = True  # "Marc Jansen, et al., Stalin’s Loyal Executioner (…)": no more names
        elif role is None and not closed:
            first, _, rest = segment.partition(" ")
            if (
                tokens and first in NAME_SUFFIXES and rest
            ):  # "John Witte, Jr. and Frank S. Alexander"
                suffixes[len(tokens) - 1] = first
                segment = rest
            if segment.endswith("]") and " [" in segment:  # "M. Dzhilas [Milovan Djilas]"
                segment = segment.rpartition(" [")[0]  # the name in the source's own spelling
            segment, role = _editors_role(segment)
            parts = _name_parts(segment, pos)
            if parts is None and not tokens and _role_follows(text, comma, end):
                parts = _body_parts(segment, pos)
                bodies |= set(range(len(parts or ())))
            if parts is None:
                break
            tokens.extend(parts)
            # "Andrei Ledovskii, Raisa Mirovitskaia and Vladimir Miasnikov, Sovetsko-Kitaiskie
            # Otnosheniia, …": the name after "and" is the list's last
            closed = LAST_NAME_JOIN_PATTERN.search(segment) is not None
        else:
            break
        pos = trim(text, after, end, " \t")[0]
        if text[comma] != ",":
            break  # the dash before the quoted title
    if not tokens:
        return None
    role_end = text.find(". ", pos, min(end, pos + 8))
    if role is None and role_end > pos and text[pos : role_end + 1].lower() in EDITOR_ROLES:
        role, pos = "editors", trim(text, role_end + 1, end, " \t")[0]  # "Tōdo Akiyasu, ed. Title"
    if bodies and role is None:
        return None  # a body is read only as the editor it is said to be
    return NoteNames(
        tokens=tokens, suffixes=suffixes, role=role, rest=pos, bodies=frozenset(bodies)
    )


def _editors_role(segment: str) -> tuple[str, str | None]:
    """The names of ``segment`` and ``editors`` when the role closes it with no comma before it:
    ``O.V. Naumov (eds)``, ``OISHI Kaichiro ed.``."""
    bracketed = segment.rpartition(" (")[2].rstrip(")").lower()
    if segment.endswith(")") and bracketed in EDITOR_ROLES:
        return segment.rpartition(" (")[0], "editors"
    named, _, last = segment.rpartition(" ")
    if named and last.lower() in EDITOR_ROLES:
        return named, "editors"
    return segment, None


def _separator(text: str, pos: int, end: int) -> tuple[int, int]:
    """Where the comma closing the name at ``pos`` stands and where what follows it begins; or
    the spaced dash some notes print before a quoted title instead (``A. Koshkin - "Marshal
    Stalin's Japanese Front"``); ``(-1, -1)`` when neither is near."""
    comma = text.find(",", pos, min(end, pos + _NAME_REACH))
    dash = DASH_BEFORE_QUOTED_TITLE_PATTERN.search(text, pos, min(end, pos + _NAME_REACH))
    if dash is not None and (comma < 0 or dash.start() < comma):
        return dash.start(), dash.end()
    return comma, comma + 1 if comma >= 0 else -1


def _role_follows(text: str, comma: int, end: int) -> bool:
    """``, ed., `` or ``, eds., `` right after the comma at ``comma``."""
    after = trim(text, comma + 1, end, " \t")[0]
    stop = text.find(",", after, min(end, after + 8))
    return stop > after and text[after:stop].lower() in EDITOR_ROLES


def _body_parts(segment: str, offset: int) -> list[tuple[str, int]] | None:
    """``Zhonggong zhongyang wenxian yanjiushi (CPC Central … Office) and Zhongyang dang'anguan
    (Central Archives)``: the bodies that edit a collection, each without the translation of its
    name in brackets; ``None`` when a part is no name of words (a figure in it, or a lower-case
    start)."""
    parts = []
    for part in segment.split(" and "):
        name = BODY_GLOSS_PATTERN.sub("", part).strip()
        words = name.split()
        if not 1 < len(words) <= _BODY_WORDS or not name[0].isupper():
            return None
        if any(char.isdigit() or char in '()[]"“”' for char in name):
            return None
        parts.append((name, offset))
    return parts


def _title_words(part: str) -> bool:
    """``The Kremlin’s Scholar`` (``D. Shepilov, The Kremlin’s Scholar, Yale University Press:
    …``): an English function word first, a possessive, or a title's word after the first
    (``Everything Was Forever``): a title's words and no person's."""
    words = part.split()
    return (
        words[0].lower() in ENGLISH_WORDS
        or any(word.endswith(("’s", "'s")) for word in words)
        or any(word in TITLE_WORDS for word in words[1:])
    )


def _name_parts(segment: str, offset: int) -> list[tuple[str, int]] | None:
    if segment.startswith("[") and segment.endswith("]"):  # "[Grigorii Pokrovskii]": attributed
        segment = segment[1:-1].strip()
    for word in ET_AL_WORDS:
        if segment.endswith(" " + word):
            segment = segment[: -len(word)].rstrip()
            break
    segment = segment.removeprefix("and ").removeprefix("& ")
    parts = [part.strip() for part in segment.replace(" & ", " and ").split(" and ")]
    if not all(given_first_name(part, segment) and not _title_words(part) for part in parts):
        return None
    return [(part, offset) for part in parts]


def short_head(text: str, start: int, end: int) -> tuple[list[Name], int] | None:
    """The people a short note opens with and where its title begins: ``Barnes, ``,
    ``Cowlishaw and Dunbar, ``, ``A. Ostrovskii, ``, ``Kvashonkin et al., ``."""
    head = SHORT_NOTE_PATTERN.match(text, start, end)
    if head is not None:
        families = SHORT_NOTE_JOIN_PATTERN.split(text[start : head.end()].rstrip(", \t\n"))
        if not all(family.strip() for family in families):
            return None  # "Zhukov,\nReminiscences": a line break after the comma, no name
        return [Name(family=family.strip()) for family in families], head.end()
    comma = text.find(", ", start, min(end, start + _NAME_REACH))
    if comma < 0:
        return None
    segment = text[start:comma]
    opening = segment.rfind(" (")
    if opening > 0 and segment.endswith(")") and segment[opening + 2 : -1].lower() in EDITOR_ROLES:
        segment = segment[:opening]  # "Getty and Naumov (eds), The Road to Terror": the editors
    for word in ET_AL_WORDS:
        if segment.endswith(" " + word):
            segment = segment[: -len(word)].rstrip()
            break
    people: list[Name] = []
    for part in segment.replace(" & ", " and ").split(" and "):
        bare = SHORT_NOTE_PATTERN.fullmatch(part.strip() + ", ")
        person = Name(family=part.strip()) if bare else given_first_name(part.strip(), text)
        if person is None:
            return None
        people.append(person)
    return people, comma + 2
