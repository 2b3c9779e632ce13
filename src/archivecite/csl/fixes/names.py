"""Names as citeproc-js writes them: initials, name-part order, particles, institutions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Final

from citeproc import model
from citeproc.source import Name, VariableError

from archivecite.csl import initials
from archivecite.csl.source import NAME_LANGUAGE


def _initials() -> None:
    """CSL 1.0.2 "Name-part Formatting: initialize" and "initialize-with": with
    ``initialize="false"`` given names are kept and only existing initials are normalized;
    an initial written with more letters (``Iu.``, ``Ia.``, ``Zh.``, ``Kh.``) keeps them."""

    def initialize(self: Any, given: str, mark: str, context: Any) -> str:
        turned_on = self.get("initialize", "true").lower() != "false"
        hyphen = str(self.get_option("initialize-with-hyphen", context)).lower() != "false"
        return initials.initialize_with(given, mark, normalize_only=not turned_on, hyphen=hyphen)

    model.Name.initialize = initialize


_NAME_PART_TAG: Final = "{http://purl.org/net/xbiblio/csl}name-part"


def romanesque(family: str | None, given: str | None, language: str) -> int:
    """citeproc-js ``_isRomanesque``: 0 for a name in a non-Latin-like script (``毛泽东``),
    1 for one written family name first (mixed script, or a work in Japanese or Chinese),
    2 for one in Latin, Greek or Cyrillic written in the style's order."""
    if not family or not initials.ROMANESQUE_PATTERN.search(family.replace('"', "")):
        return 1 if given and initials.STARTS_ROMANESQUE_PATTERN.match(given) else 0
    return 1 if language[:2] in ("ja", "zh") else 2


def _names() -> None:
    """CSL 1.0.2 "Name-part Order" as citeproc-js applies it: names in non-Latin scripts and
    names in Japanese or Chinese works are written family name first, without the sort
    separator ("Atarashi Tadashi Taku", "毛泽东"), whatever ``name-as-sort-order`` says."""
    original = model.Name.process

    def process(self: Any, item: Any, variable: str, context: Any = None, **kwargs: Any) -> Any:
        names = item.reference.get(variable, [])
        try:
            language = str(item.reference.language)
        except (KeyError, AttributeError, VariableError):
            language = ""
        orders = [
            romanesque(*_family_given(name), str(name.get(NAME_LANGUAGE) or language))
            for name in names
        ]
        if all(order == 2 for order in orders):
            return original(self, item, variable, context=context, **kwargs)
        sort_options = kwargs.get("sort_options")
        form = self.get_option("form", context, sort_options)
        initialize_with = self.get_option("initialize-with", context, sort_options)
        replaced = []
        for name, order in zip(names, orders, strict=True):
            if order == 2 or "literal" in name:
                replaced.append(name)
                continue
            given, family, _dp, ndp, _suffix = name.parts()
            if form != "long" or not given:
                family = " ".join(part for part in (ndp, family) if part)
                replaced.append(Name(family=family) if form == "long" else name)
                continue
            if initialize_with is not None and order == 1:
                given = self.initialize(given, initialize_with, context)
            for part in self.iterchildren(_NAME_PART_TAG):
                given, family = part.format_part(given, family)
            head = " ".join(str(part) for part in (ndp, family) if part)
            replaced.append(_written(head + ("" if order == 0 else " ") + str(given)))
        with _names_replaced(item, variable, replaced):
            return original(self, item, variable, context=context, **kwargs)

    model.Name.process = process


@contextmanager
def _names_replaced(item: Any, variable: str, replaced: list[Any]) -> Iterator[None]:
    """The item's ``variable`` names are ``replaced`` for the time of one rendering."""
    names = item.reference.get(variable, [])
    item.reference[variable] = replaced
    try:
        yield
    finally:
        item.reference[variable] = names


def _short_demoted_particles() -> None:
    """CSL 1.0.2 "Name Particles" with ``demote-non-dropping-particle="display-and-sort"``
    (the default): a short name written in sort order demotes its particle as citeproc-js
    does ("Gogh van" in GOST's in-text cites, not "van Gogh")."""
    original = model.Name.process

    def process(self: Any, item: Any, variable: str, context: Any = None, **kwargs: Any) -> Any:
        options = kwargs.get("sort_options")
        names = item.reference.get(variable, [])
        if not any(name.get("non-dropping-particle") for name in names):
            return original(self, item, variable, context=context, **kwargs)
        form = self.get_option("form", context, options)
        order = self.get_option("name-as-sort-order", context, options)
        demote = self.get_option("demote-non-dropping-particle", context, options)
        if (
            form != "short"
            or order not in ("all", "first")
            or demote not in (None, "display-and-sort")
        ):
            return original(self, item, variable, context=context, **kwargs)
        separator = self.get_option("sort-separator", context, options)
        separator = ", " if separator is None else str(separator)
        replaced = [
            _written(f"{name['family']}{separator}{name['non-dropping-particle']}")
            if name.get("non-dropping-particle")
            and "literal" not in name
            and (order == "all" or index == 0)
            else name
            for index, name in enumerate(names)
        ]
        with _names_replaced(item, variable, replaced):
            return original(self, item, variable, context=context, **kwargs)

    model.Name.process = process


def _family_given(name: Any) -> tuple[str | None, str | None]:
    if "literal" in name:
        return str(name["literal"]), None
    return name.get("family"), name.get("given")


_PERSON: Final = "_archivecite_person"


def _written(text: str) -> Any:
    """A person's name already written out by a fix, passed to citeproc-py as a literal (and
    marked, so that it is not taken for an institution's name)."""
    name = Name(literal=text)
    name[_PERSON] = True
    return name


def _institution_last() -> None:
    """citeproc-js's name lists: when the last name is an institution (a ``literal`` name),
    ``delimiter-precedes-last`` acts as "contextual" ("I. Brown and UNESCO", "A, B, and C"),
    whatever the style sets (CSL 1.0.2 "Name": institutions are joined to persons' names)."""
    original = model.Name.process

    def process(self: Any, item: Any, variable: str, context: Any = None, **kwargs: Any) -> Any:
        names = item.reference.get(variable, [])
        if len(names) > 1 and "literal" in names[-1] and not names[-1].get(_PERSON):
            kwargs["sort_options"] = {
                **(kwargs.get("sort_options") or {}),
                "delimiter-precedes-last": "contextual",
            }
        return original(self, item, variable, context=context, **kwargs)

    model.Name.process = process
