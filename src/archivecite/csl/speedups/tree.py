"""Walks of the style tree: roots, children, child elements, ancestors and a few searches
among children and siblings found once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from citeproc import model
from citeproc.source import VariableError

from archivecite.csl.speedups._patching import MISSING, children, lxml_iterchildren, replace

_STATIC: Final = (model.Layout, model.Macro, model.Group, model.Choose, model.If, model.Else,
                  model.Substitute)  # fmt: skip


def _roots() -> None:
    """``get_root`` answers from what :func:`pin` recorded, for a pinned element."""
    original = model.CitationStylesElement.get_root

    def get_root(self: Any) -> Any:
        root = self.__dict__.get("_archivecite_root")
        return original(self) if root is None else root

    replace(model.CitationStylesElement, "get_root", get_root)


def kid_pairs(element: Any) -> tuple[tuple[Any, bool], ...]:
    """The children of an element, each with whether it is a ``cs:choose``, listed once."""
    pairs: tuple[tuple[Any, bool], ...] | None = element.__dict__.get("_archivecite_kids")
    if pairs is None:
        pairs = tuple((child, isinstance(child, model.Choose)) for child in children(element))
        element._archivecite_kids = pairs
    return pairs


def render_children(self: Any, item: Any, delimiter: str = "", **kwargs: Any) -> Any:
    """citeproc-py's ``Parent.render_children`` over the children listed once."""
    pairs = self.__dict__.get("_archivecite_kids")
    if pairs is None:
        pairs = kid_pairs(self)
    output = []
    for child, is_choose in pairs:
        try:
            if is_choose:
                text = child.render(item, delimiter=delimiter, **kwargs)
            else:
                text = child.render(item, **kwargs)
        except VariableError:
            continue
        if text is not None:
            output.append(text)
    if output:
        return model.join(output, delimiter)
    return None


def _walks() -> None:
    """``cs:layout``, ``cs:macro``, ``cs:group``, ``cs:choose``, its branches and
    ``cs:substitute`` asked lxml for their children at every render (a new iterator and a
    proxy look-up per child); their children never change while rendering, so they are
    listed once, for citeproc-py's walks and for any fix that calls ``iterchildren()``. (The
    one element citeproc-py changes, ``cs:names``, keeps lxml's own.)"""

    def iterchildren(self: Any, *tags: Any, **options: Any) -> Any:
        if tags or options:
            return lxml_iterchildren(self, *tags, **options)
        return iter(children(self))

    def getchildren(self: Any) -> list[Any]:
        return list(children(self))

    replace(model.Parent, "render_children", render_children)
    for cls in _STATIC:
        cls.iterchildren = iterchildren
        cls.getchildren = getchildren


def _child_lookups() -> None:
    """``element.name``, ``element.label``, ``element.sort`` ... (citeproc-py's "somewhat
    objectified" elements) searched the element's children at every use. A child in the
    CSL namespace is never added or removed while rendering (the only element citeproc-py
    inserts, in ``Names.process``, has no namespace), so each answer is kept on the element
    under the name asked for, where Python finds it without calling ``__getattr__`` again."""

    def getattr_(self: Any, name: str) -> Any:
        found = self.find("cs:" + name, self.nsmap)
        if not name.startswith("_"):
            self.__dict__[name] = found
        return found

    replace(model.SomewhatObjectifiedElement, "__getattr__", getattr_)


def _ancestors() -> None:
    """``cs:names`` / ``cs:name`` options and delimiters came from the enclosing
    ``cs:citation`` or ``cs:bibliography``, and ``cs:date`` asked whether it is in a locale,
    each by an XPath search at every use; these ancestors are fixed, so each is searched once
    per element."""
    original_is_locale_date = model.Date.is_locale_date
    expression = "./ancestor::*[self::cs:citation or self::cs:bibliography][1]"

    def is_locale_date(self: Any) -> bool:
        value = self.__dict__.get("_archivecite_locale_date")
        if value is None:
            value = self._archivecite_locale_date = original_is_locale_date(self)
        return bool(value)

    def section(element: Any) -> Any:
        found = element.__dict__.get("_archivecite_section")
        if found is None:
            found = element._archivecite_section = element.xpath_search(expression)[0]
        return found

    def get_parent_delimiter(self: Any, context: Any = None) -> Any:
        return section(self if context is None else context).get_option("names-delimiter")

    def converted(name: str, value: Any) -> Any:
        if name in ("initialize-with-hyphen", "et-al-use-last"):
            return value.lower() == "true"
        if name.startswith("et-al"):
            return int(value)
        return value

    def get_option(self: Any, name: str, context: Any = None, sort_options: Any = None) -> Any:
        if sort_options is not None and name in sort_options:
            return converted(name, sort_options[name])
        # the element's own attribute, else its section's: fixed once the style is read
        parent = section(self if context is None else context)
        options = self.__dict__.get("_archivecite_options")
        if options is None:
            options = self._archivecite_options = {}
        value = options.get((name, parent), MISSING)
        if value is MISSING:
            if name in ("form", "delimiter"):
                value = self.get(name, parent.get_option("name-" + name))
            else:
                value = self.get(name, parent.get_option(name))
            value = options[name, parent] = converted(name, value)
        return value

    def substitute(self: Any) -> Any:
        found = self.__dict__.get("_archivecite_substitute", MISSING)
        if found is MISSING:
            found = self._archivecite_substitute = self.find("cs:substitute", self.nsmap)
        return found

    replace(model.Date, "is_locale_date", is_locale_date)
    replace(model.Names, "get_parent_delimiter", get_parent_delimiter)
    replace(model.Name, "get_option", get_option)
    replace(model.Names, "substitute", substitute)


_STATIC_SEARCHES: Final = {
    model.Date: "./cs:date-part[",  # the style's part of a localized date's name
    model.Name: "./following-sibling::cs:et-al[",  # a name's et-al
}


def _searches() -> None:
    """``Date_Part.process`` looked for the style's ``cs:date-part`` of its name, and
    ``Name.et_al`` for the ``cs:et-al`` after its ``cs:name``, by an XPath search compiled
    at every date part and name list rendered (~2,000 per 1,000-entry Chicago bibliography,
    7 µs each). A date's children and a name's following siblings never change while
    rendering (citeproc-py inserts its one element, a ``cs:name``, first among its
    siblings), so each such search's result is kept per element and expression."""
    original = model.CitationStylesElement.xpath_search

    def searcher(prefix: str) -> Callable[[Any, str], Any]:
        def xpath_search(self: Any, expression: str) -> Any:
            if not expression.startswith(prefix):
                return original(self, expression)
            memo = self.__dict__.get("_archivecite_searches")
            if memo is None:
                memo = self._archivecite_searches = {}
            found = memo.get(expression)
            if found is None:
                found = memo[expression] = tuple(original(self, expression))
            return list(found)

        return xpath_search

    for cls, prefix in _STATIC_SEARCHES.items():
        if cls.xpath_search is original:
            cls.xpath_search = searcher(prefix)
