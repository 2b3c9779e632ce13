"""CSL 1.0.2 "Disambiguation": which works need names, conditions or a year-suffix to differ."""

from __future__ import annotations

from collections.abc import Hashable
from contextvars import ContextVar
from typing import Any

import citeproc

from archivecite.csl.fixes.conditions import _DISAMBIGUATE, _refused, counting_refusals
from archivecite.csl.fixes.contents import content_keys
from archivecite.csl.fixes.expansion import (
    _STATE,
    _Disambiguation,
    _NameSet,
    _option,
    _person,
    _probe,
    _undecorated,
)
from archivecite.csl.fixes.year_suffix import suffix_letters


class _Shared:
    """What the cites of one disambiguation run share: each work's reference content (its id
    left out; None when the style may show more than that) and each cite rendered so far, as
    its text, the ``disambiguate`` tests it refused and the work that rendered it."""

    __slots__ = ("contents", "texts")

    def __init__(self, contents: dict[str, Hashable] | None) -> None:
        self.contents = contents
        self.texts: dict[Hashable, tuple[str, int, str]] = {}


_shared: ContextVar[_Shared | None] = ContextVar("shared_cites", default=None)


def _cite_state(item: Any) -> Hashable:
    """What a cite renders from: its work's content and how far it is disambiguated (None
    if unknown). A work with no names added or expanded renders as one not disambiguated."""
    shared = _shared.get()
    content = (
        None if shared is None or shared.contents is None else shared.contents.get(str(item.key))
    )
    if content is None:
        return None
    return content, item.reference.get(_DISAMBIGUATE), _names_state(item.reference)


def _names_state(reference: Any) -> Hashable:
    """The names a work's cites and entry add and expand; None for none, which renders as
    a work not disambiguated by names."""
    state = reference.get(_STATE)
    if state is None or (state.names is None and not state.givens):
        return None
    return state.variable, state.first_only, state.names, tuple(sorted(state.givens.items()))


def entry_states(bibliography: Any) -> dict[str, Hashable] | None:
    """What each work's bibliography entry renders from, by key, once
    :func:`assign_year_suffixes` has run: works with the same state have the same entry.
    None when an entry may show more (``citation-number``, or the names of the entry before
    it for ``subsequent-author-substitute``)."""
    root = bibliography.style.root
    if (
        root.bibliography is None
        or root.bibliography.get("subsequent-author-substitute") is not None
    ):
        return None
    items = list(bibliography.items)
    contents = content_keys(root, items, ignored=(_STATE,))
    if contents is None:
        return None
    return {
        str(item.key): (contents[str(item.key)], _names_state(item.reference)) for item in items
    }


def _cite_texts(bibliography: Any, items: list[Any]) -> dict[str, str]:
    """Each item's subsequent cite without locator, as text (keyed by item key), rendered
    without quotes: citeproc-js compares cites with their decorations suppressed, so
    "“Alpha” 2001" and "Alpha 2001" are the same cite."""
    token = _undecorated.set(True)
    try:
        return _render_texts(bibliography, items)
    finally:
        _undecorated.reset(token)


def _render_texts(bibliography: Any, items: list[Any]) -> dict[str, str]:
    citation = bibliography.style.root.citation
    texts: dict[str, str] = {}
    probe = _probe.get()
    shared = _shared.get()
    refused = _refused.get()
    for item in items:
        key = str(item.key)
        state = _cite_state(item)
        if shared is not None and state is not None and state in shared.texts:
            # the same content in the same state renders the same cite (and name list)
            texts[key], refusals, twin = shared.texts[state]
            if refused is not None:
                refused[0] += refusals
            if probe is not None and twin in probe:
                probe.setdefault(key, probe[twin])
            continue
        before = 0 if refused is None else refused[0]
        cite = citeproc.CitationItem(key)
        single = citeproc.Citation([cite])
        single.bibliography = bibliography
        # citeproc-js judges ambiguity on the subsequent (not ibid) form of each cite
        earlier = citeproc.CitationItem(key)
        other = citeproc.CitationItem("\x00")
        citeproc.Citation([earlier])
        citeproc.Citation([other])
        text = citation.render(single, [earlier, other], lambda _item: None)
        texts[key] = " ".join(str(text).split())
        if shared is not None and state is not None:
            refusals = 0 if refused is None else refused[0] - before
            shared.texts[state] = (texts[key], refusals, key)
    return texts


def _ambiguous(bibliography: Any, items: list[Any]) -> list[list[Any]]:
    """``items`` grouped by identical cites, groups of one left out, bibliography order kept."""
    texts = _cite_texts(bibliography, items)
    groups: dict[str, list[Any]] = {}
    for item in items:
        groups.setdefault(texts[str(item.key)], []).append(item)
    return [group for group in groups.values() if len(group) > 1]


def _split(bibliography: Any, group: list[Any]) -> list[list[Any]] | None:
    """The ambiguous subgroups of ``group`` if its cites no longer all agree, else None."""
    states = {_cite_state(item) for item in group}
    if len(states) == 1 and None not in states:
        return None  # one content in one state: the cites agree without being rendered
    texts = _cite_texts(bibliography, group)
    if len(set(texts.values())) == 1:
        return None
    return _ambiguous(bibliography, group)


def _global_names(items: list[Any], sets: dict[str, _NameSet], rule: str) -> None:
    """CSL 1.0.2 "givenname-disambiguation-rule" ``all-names`` and ``primary-name`` (and
    ``-with-initials``): every rendered name that shows like another person's is expanded,
    in every cite, until it is told apart; names that cannot be stay as they are."""
    first_only = rule.startswith("primary-name")
    persons: dict[tuple[str, ...], set[tuple[str, str]]] = {}
    specimen: dict[tuple[str, str], tuple[Any, _NameSet]] = {}
    for item in items:
        found = sets.get(str(item.key))
        if found is None:
            continue
        for name in found.names[: 1 if first_only else found.shown]:
            if (person := _person(name)) is not None:
                persons.setdefault(found.shows(name, 0), set()).add(person)
                specimen.setdefault(person, (name, found))
    level_of: dict[tuple[str, str], int] = {}
    for people in persons.values():
        for person in people:
            name, found = specimen[person]
            for other in people - {person}:  # each name is expanded as far as tells it apart
                for level in found.levels(rule):  # from another; names it never does, no further
                    if found.shows(name, level) != found.shows(specimen[other][0], level):
                        level_of[person] = max(level_of.get(person, 0), level)
                        break
    for item in items:
        found = sets.get(str(item.key))
        if found is None:
            continue
        state = item.reference[_STATE]
        for name in found.names[: 1 if first_only else found.shown]:
            person = _person(name)
            if person in level_of:
                state.givens[person] = level_of[person]


def _expand_at(
    bibliography: Any, group: list[Any], sets: dict[str, _NameSet], position: int, rule: str
) -> list[list[Any]] | None:
    """By-cite expansion of the names at ``position`` in an ambiguous ``group``: the first
    expansion that tells some of its cites apart is kept; the still-ambiguous subgroups (or
    None if nothing helped) are returned."""
    at: dict[str, Any] = {}
    for item in group:
        found = sets.get(str(item.key))
        if found is not None and position < len(found.names):
            at[str(item.key)] = found.names[position]
    keys = [key for key in at if key in sets]
    if not keys:
        return None
    found = sets[keys[0]]
    for level in found.levels(rule):
        shown = {key: sets[key].shows(at[key], 0) for key in keys}
        conflicted = [
            key
            for key in keys
            if _person(at[key]) is not None
            and any(
                shown[other] == shown[key] and _person(at[other]) not in (None, _person(at[key]))
                for other in keys
            )
        ]
        if not conflicted:
            return None
        saved = {str(item.key): dict(item.reference[_STATE].givens) for item in group}
        for item in group:
            key = str(item.key)
            person = _person(at[key]) if key in conflicted else None
            if person is not None:
                givens = item.reference[_STATE].givens
                givens[person] = max(givens.get(person, 0), level)
        parts = _split(bibliography, group)
        if parts is not None:
            return parts
        for item in group:
            item.reference[_STATE].givens = saved[str(item.key)]
    return None


def _by_cite(
    bibliography: Any, group: list[Any], sets: dict[str, _NameSet], rule: str, start: int = 0
) -> list[list[Any]]:
    """CSL 1.0.2 ``givenname-disambiguation-rule="by-cite"``: ambiguous names in an ambiguous
    set of cites are expanded, name by name, until the cites differ; the groups still
    ambiguous afterwards are returned."""
    width = max((sets[str(item.key)].shown for item in group if str(item.key) in sets), default=0)
    pending, left = [(group, start)], []
    while pending:
        members, position = pending.pop()
        while position < width:
            parts = _expand_at(bibliography, members, sets, position, rule)
            if parts is not None:
                pending.extend((part, position) for part in parts)
                break
            position += 1
        else:
            left.append(members)
    return left


def _add_names(
    bibliography: Any, group: list[Any], sets: dict[str, _NameSet], rule: str | None
) -> list[list[Any]]:
    """CSL 1.0.2 ``disambiguate-add-names``: names hidden by et-al abbreviation are added one
    by one to all cites of an ambiguous set until they differ (added names are expanded when
    that tells them apart); a set no added name helps keeps its names. Returns the groups
    still ambiguous."""
    left: list[list[Any]] = []
    pending: list[tuple[list[Any], int | None]] = [(group, None)]
    while pending:
        members, done = pending.pop()
        known = [sets[str(item.key)] for item in members if str(item.key) in sets]
        if len(known) < len(members):
            left.append(members)
            continue
        count = done if done is not None else min(found.shown for found in known)
        most = max(len(found.names) for found in known)
        parts = None
        while parts is None and count < most:
            count += 1
            for item in members:
                item.reference[_STATE].names = count
            parts = _split(bibliography, members)
            if parts is None and rule is not None:
                parts = _expand_at(bibliography, members, sets, count - 1, rule)
            if parts is not None:
                pending.extend((part, count) for part in parts)
        if parts is None:
            for item in members:
                item.reference[_STATE].names = done
            left.append(members)
    return left


def _disambiguate_levels(
    bibliography: Any, groups: list[list[Any]], suffix: bool
) -> list[list[Any]]:
    """CSL 1.0.2 Disambiguation method (3) as citeproc-js runs it: the cites of an ambiguous
    set are rendered with one more ``disambiguate="true"`` test passing at a time until they
    differ; a set that never does is left at level 1 when a year-suffix follows (at the last
    level otherwise). Returns the sets still ambiguous."""
    root = bibliography.style.root
    most = root.__dict__.get("_archivecite_disambiguate_tests")
    if most is None:
        most = len(root.xpath("//*[@disambiguate='true']"))
        root._archivecite_disambiguate_tests = most
    left: list[list[Any]] = []
    pending = [(group, 1) for group in groups]
    while pending:
        members, level = pending.pop()
        for item in members:
            item.reference[_DISAMBIGUATE] = level
        with counting_refusals() as refused:
            parts = _split(bibliography, members)
        following = [members] if parts is None else parts
        for part in following:
            if level < most and refused[0]:
                pending.append((part, level + 1))
            else:
                left.append(part)
    for group in left:
        for item in group:
            item.reference[_DISAMBIGUATE] = 1 if suffix else most
    return left


def assign_year_suffixes(bibliography: Any) -> None:
    """CSL 1.0.2 "Disambiguation", its four methods in order, for works whose cites would
    render identically: (1) names expanded (``disambiguate-add-givenname``, by
    ``givenname-disambiguation-rule``; the ``all-names`` and ``primary-name`` rules expand
    ambiguous names in every cite), (2) names hidden by et-al added
    (``disambiguate-add-names``), (3) ``disambiguate="true"`` conditions, (4) the
    ``year-suffix`` ``a``, ``b``, ... in bibliography order
    (``disambiguate-add-year-suffix``). Names added and expanded show in the bibliography
    too, as citeproc-js shows them."""
    citation = bibliography.style.root.citation
    for item in bibliography.items:
        item.reference.pop("year_suffix", None)
        item.reference.pop(_DISAMBIGUATE, None)
        item.reference.pop(_STATE, None)
    if citation is None:
        return
    root = bibliography.style.root
    conditions = root.__dict__.get("_archivecite_disambiguate_conditions")
    if conditions is None:
        conditions = bool(root.xpath("//*[@disambiguate]"))
        root._archivecite_disambiguate_conditions = conditions
    year_suffix = _option(citation, "disambiguate-add-year-suffix")
    add_names = _option(citation, "disambiguate-add-names")
    add_givenname = _option(citation, "disambiguate-add-givenname")
    rule = citation.get("givenname-disambiguation-rule", "by-cite")
    if not (conditions or year_suffix or add_names or add_givenname):
        return
    items = list(bibliography.items)
    token = _shared.set(_Shared(content_keys(root, items)))
    try:
        _disambiguate(
            bibliography,
            items,
            rule,
            conditions=conditions,
            year_suffix=year_suffix,
            add_names=add_names,
            add_givenname=add_givenname,
        )
    finally:
        _shared.reset(token)


def _disambiguate(
    bibliography: Any,
    items: list[Any],
    rule: str,
    *,
    conditions: bool,
    year_suffix: bool,
    add_names: bool,
    add_givenname: bool,
) -> None:
    """:func:`assign_year_suffixes` for a style that disambiguates by the methods given."""
    sets: dict[str, _NameSet] = {}
    token = _probe.set(sets)
    try:
        groups = _ambiguous(bibliography, items)
    finally:
        _probe.reset(token)
    if add_names or add_givenname:
        for item in items:
            found = sets.get(str(item.key))
            if found is not None:
                item.reference[_STATE] = _Disambiguation(
                    found.variable, rule.startswith("primary-name") and add_givenname
                )
        if add_givenname and rule != "by-cite":
            _global_names(items, sets, rule)
            groups = _ambiguous(bibliography, items)
        if add_givenname and rule == "by-cite":
            groups = [
                left for group in groups for left in _by_cite(bibliography, group, sets, rule)
            ]
        if add_names:
            by_cite = rule if add_givenname and rule == "by-cite" else None
            groups = [
                left for group in groups for left in _add_names(bibliography, group, sets, by_cite)
            ]
    if conditions and groups:
        groups = _disambiguate_levels(bibliography, groups, year_suffix)
    if not year_suffix:
        return
    for group in groups:
        for number, item in enumerate(group, start=1):
            item.reference["year_suffix"] = suffix_letters(number)
