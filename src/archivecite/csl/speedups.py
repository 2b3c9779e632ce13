"""citeproc-py, faster: the same output, with its repeated work done once.

Profiling a 1,000-item Chicago notes-bibliography showed citeproc-py spending its time not
on CSL but on finding things again: the reference of a cite through four attribute hooks,
every ``cs:if`` re-splitting its attributes, XPath searches for terms, ancestors and
substitutes, exceptions for absent variables, and lxml proxies rebuilt for every child of
every element. Each patch below keeps the method's behaviour and removes one such cost; each
says what it saves. :func:`apply` must run before :func:`archivecite.csl.fixes.apply`, whose
wrappers then call these methods as they called citeproc-py's.

Whatever a patch caches about a style element is kept in that element's ``__dict__``, so it
lives as long as the element's Python proxy; :func:`pin` keeps every proxy of a compiled
style alive (and so its caches, and the identity of its elements) for the style's lifetime.
Only facts that cannot change while rendering are cached: citeproc-py mutates its tree in
two places (``Names.process`` inserts a ``cs:name``; ``Date_Part.process`` copies attributes
into a locale's date parts), and neither kind of element is cached here.

``ARCHIVECITE_CSL_SPEEDUPS=0`` in the environment turns every patch off (the engine then
runs citeproc-py with the conformance fixes only); ``tests/csl/test_speedups.py`` renders
the conformance corpus both ways and requires identical strings.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, Final

from citeproc import frontend, model
from citeproc.source import CitationItem, CustomDict, VariableError

__all__ = ["apply", "enabled", "pin"]

_applied = False
_MISSING: Final = object()


def enabled() -> bool:
    """Whether the speedups are on (``ARCHIVECITE_CSL_SPEEDUPS`` is not ``0``)."""
    return os.environ.get("ARCHIVECITE_CSL_SPEEDUPS", "1") != "0"


def _own(cls: type, name: str) -> bool:
    """Whether ``cls.name`` is still citeproc-py's own function (not yet wrapped by a fix)."""
    function = cls.__dict__.get(name)
    return getattr(function, "__module__", "").startswith("citeproc")


def _replace(cls: type, name: str, function: Callable[..., Any]) -> None:
    if _own(cls, name):
        setattr(cls, name, function)


def pin(root: Any) -> None:
    """Keep the Python proxy of every element of a style (``root``) and of its locales alive
    while ``root`` is, so that what the patches cache on an element is computed once, and
    tell each element its root (``get_root`` built an ElementTree to find it, ~300 times
    per entry). Nothing to do when the speedups are off."""
    if not _applied:
        return
    pinned = []
    roots = [root]
    for locale in getattr(root, "locales", None) or ():
        locale_root = locale.getroottree().getroot()
        if all(locale_root is not seen for seen in roots):
            roots.append(locale_root)
    for tree_root in roots:
        for element in tree_root.iter():
            element.__dict__["_archivecite_root"] = tree_root
            pinned.append(element)
    root.__dict__["_archivecite_pinned"] = pinned


def _roots() -> None:
    """``get_root`` answers from what :func:`pin` recorded, for a pinned element."""
    original = model.CitationStylesElement.get_root

    def get_root(self: Any) -> Any:
        root = self.__dict__.get("_archivecite_root")
        return original(self) if root is None else root

    _replace(model.CitationStylesElement, "get_root", get_root)


# -- attribute hooks -----------------------------------------------------------------------


def _custom_dict() -> None:
    """``reference["title"]`` and ``reference.title`` (citeproc-py's ``CustomDict``, the base
    of references, names, dates and cites) went through two Python-level hooks that turn a
    ``KeyError`` into ``VariableError``. ``__missing__`` does the same from inside the dict
    lookup, so present keys are found at C speed; a missing key still raises VariableError."""

    def missing(self: Any, key: Any) -> Any:
        raise VariableError

    CustomDict.__missing__ = missing
    if "__getitem__" in CustomDict.__dict__:
        del CustomDict.__getitem__
    CustomDict.__getattr__ = dict.__getitem__


def _citation_item() -> None:
    """``CitationItem.reference`` (hundreds of times per entry: every ``cs:if`` asks it) read
    ``self.citation.bibliography.source[self.key]`` through three ``__getattr__`` hooks; the
    dictionary reads below are the same look-ups."""
    original = CitationItem.reference.fget

    def reference(self: Any) -> Any:
        citation = dict.get(self, "citation")
        if citation is not None:
            bibliography = dict.get(citation, "bibliography")
            if bibliography is not None:
                return bibliography.source[dict.__getitem__(self, "key")]
        return original(self)

    CitationItem.reference = property(reference)


# -- conditions ---------------------------------------------------------------------------

_TESTS: Final = ("is-numeric", "is-uncertain-date", "locator", "position")


def _if_spec(element: Any) -> tuple[Any, ...]:
    get = element.get
    types = get("type")
    variables = get("variable")
    others = tuple(name for name in _TESTS if get(name) is not None)
    return (
        None if types is None else tuple(typ.lower() for typ in types.split()),
        None if variables is None else tuple(var.replace("-", "_") for var in variables.split()),
        others,
        get("match"),
    )


_OTHER_TESTS: Final = {
    "is-numeric": "_is_numeric",
    "is-uncertain-date": "_is_uncertain_date",
    "locator": "_locator",
}


def _conditions() -> None:
    """``cs:if`` / ``cs:else-if`` (about 350 evaluated per Chicago entry) re-split and
    re-lower-cased their ``type`` and ``variable`` attributes and asked for the cite's
    reference once per listed type; the split attributes are kept per element and the
    reference is asked for once. The tests and their order are citeproc-py's."""

    def render(
        self: Any, item: Any, context: Any = None, delimiter: str = "", **kwargs: Any
    ) -> Any:
        spec = self.__dict__.get("_archivecite_if")
        if spec is None:
            spec = self._archivecite_if = _if_spec(self)
        types, variables, others, match = spec
        results: list[Any] = []
        reference = None
        if types is not None:
            reference = item.reference
            kind = reference["type"]
            results += [typ == kind for typ in types]
        if variables is not None:
            if reference is None:
                reference = item.reference
            results += [
                ("locator" in item) if var == "locator" else (var in reference) for var in variables
            ]
        for name in others:
            if name == "position":
                results += self._position(item, context)
            else:
                results += getattr(self, _OTHER_TESTS[name])(item)
        if match == "any":
            result = any(results)
        elif match == "none":
            result = not any(results)
        else:
            result = all(results)
        if not result:
            raise model.ConditionFailed
        return self.render_children(item, context=context, delimiter=delimiter, **kwargs)

    _replace(model.If, "render", render)


# -- tree walks -----------------------------------------------------------------------------


_lxml_iterchildren: Final = model.etree._Element.iterchildren
_STATIC: Final = (model.Layout, model.Macro, model.Group, model.Choose, model.If, model.Else,
                  model.Substitute)  # fmt: skip


def _children(element: Any) -> tuple[Any, ...]:
    kids: tuple[Any, ...] | None = element.__dict__.get("_archivecite_children")
    if kids is None:
        kids = element._archivecite_children = tuple(_lxml_iterchildren(element))
    return kids


def _walks() -> None:
    """``cs:layout``, ``cs:macro``, ``cs:group``, ``cs:choose``, its branches and
    ``cs:substitute`` asked lxml for their children at every render (a new iterator and a
    proxy look-up per child); their children never change while rendering, so they are
    listed once, for citeproc-py's walks and for any fix that calls ``iterchildren()``. (The
    one element citeproc-py changes, ``cs:names``, keeps lxml's own.)"""
    choose = model.Choose

    def render_children(self: Any, item: Any, delimiter: str = "", **kwargs: Any) -> Any:
        output = []
        for child in _children(self):
            try:
                if isinstance(child, choose):
                    text = child.render(item, delimiter=delimiter, **kwargs)
                else:
                    text = child.render(item, **kwargs)
                if text is not None:
                    output.append(text)
            except VariableError:
                pass
        if output:
            return model.join(output, delimiter)
        return None

    def iterchildren(self: Any, *tags: Any, **options: Any) -> Any:
        if tags or options:
            return _lxml_iterchildren(self, *tags, **options)
        return iter(_children(self))

    def getchildren(self: Any) -> list[Any]:
        return list(_children(self))

    _replace(model.Parent, "render_children", render_children)
    for cls in _STATIC:
        cls.iterchildren = iterchildren
        cls.getchildren = getchildren


# -- choose -------------------------------------------------------------------------------

_SIMPLE_IF: Final = frozenset(("type", "variable", "match"))
_NO_TYPE: Final = object()


def _simple_test(child: Any) -> tuple[Any, ...] | None:
    """The tests of a ``cs:if`` / ``cs:else-if`` that has only ``type`` and ``variable``
    tests; ``None`` for any other branch (``cs:else``, or other tests such as ``position`` or
    ``disambiguate``, which are left to the branch's own ``render``)."""
    if not isinstance(child, model.If) or not set(child.attrib) <= _SIMPLE_IF:
        return None
    types, variables, _others, match = _if_spec(child)
    return types, variables, match


def _matches(results: list[bool], match: str | None) -> bool:
    if match == "any":
        return any(results)
    if match == "none":
        return not any(results)
    return all(results)


_TESTED: Final = 0  # a branch whose type and variable tests are run here
_RENDERED: Final = 1  # a branch whose tests its own ``render`` runs
_TAKEN: Final = 2  # a branch taken without a test


def _branches(choose: Any, kind: Any) -> tuple[tuple[Any, ...], ...]:
    """The branches of ``choose`` still to be tried for an item of type ``kind``, each as
    ``(element, how, types, variables, match)``: a branch whose only test is ``type`` is
    decided by the type alone, once per choose and type."""
    table: dict[Any, Any] | None = choose.__dict__.get("_archivecite_branches")
    if table is None:
        table = choose._archivecite_branches = {}
    kept: list[tuple[Any, ...]] = []
    for child in _children(choose):
        test = None if kind is _NO_TYPE else _simple_test(child)
        if test is None:
            kept.append((child, _RENDERED, None, None, None))
            if isinstance(child, model.Else):
                break
            continue
        types, variables, match = test
        if variables is not None:
            kept.append((child, _TESTED, types, variables, match))
            continue
        if _matches([typ == kind for typ in types or ()], match):
            kept.append((child, _TAKEN, None, None, None))
            break
    branches = table[kind] = tuple(kept)
    return branches


def _choose() -> None:
    """``cs:choose`` tried its branches in turn, each a ``render`` call that raised
    ConditionFailed when its tests failed: Chicago runs about 350 such tests per entry,
    most of them ``type`` tests. Branches testing only ``type`` are now decided once per
    choose and item type, those testing ``type`` and ``variable`` are tested here without an
    exception; a taken branch renders its children as ``cs:if`` does. Branches with other
    tests (``position``, ``disambiguate``, ...) still go through their own ``render``."""

    def choose_render(
        self: Any, item: Any, context: Any = None, delimiter: str = "", **kwargs: Any
    ) -> Any:
        try:
            reference = item.reference
            kind = dict.get(reference, "type", _NO_TYPE)
        except (VariableError, KeyError, AttributeError, TypeError):
            kind = _NO_TYPE
        table = self.__dict__.get("_archivecite_branches")
        branches = None if table is None else table.get(kind)
        if branches is None:
            branches = _branches(self, kind)
        for child, how, types, variables, match in branches:
            if how == _TESTED:
                results = [] if types is None else [typ == kind for typ in types]
                for var in variables:
                    results.append(("locator" in item) if var == "locator" else (var in reference))
                if match == "any":
                    if not any(results):
                        continue
                elif match == "none":
                    if any(results):
                        continue
                elif not all(results):
                    continue
            elif how == _RENDERED:
                try:
                    return child.render(item, context=context, delimiter=delimiter, **kwargs)
                except model.ConditionFailed:
                    continue
            return child.render_children(item, context=context, delimiter=delimiter, **kwargs)
        return None

    _replace(model.Choose, "render", choose_render)


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

    _replace(model.SomewhatObjectifiedElement, "__getattr__", getattr_)


# -- terms and locale look-ups ---------------------------------------------------------------


def _terms() -> None:
    """Every term (``and``, ``editor``, quotation marks, month names) was found by an XPath
    search in each locale in turn, and its text re-read and re-formatted, at every use; the
    locales of a style do not change, so each look-up is answered once per style (and
    output format, which the text of a term depends on)."""
    original_get_term = model.CitationStylesElement.get_term

    def get_term(
        self: Any,
        name: str,
        form: str | None = None,
        fallback_locale: bool = True,
        zero_padded: bool = False,
    ) -> Any:
        root = self.get_root()
        memo = root.__dict__.get("_archivecite_terms")
        if memo is None:
            memo = root._archivecite_terms = {}
        key = (name, form, fallback_locale, zero_padded)
        term = memo.get(key, _MISSING)
        if term is _MISSING:
            term = memo[key] = original_get_term(self, name, form, fallback_locale, zero_padded)
        return term

    def text_of(child: str) -> Callable[[Any], Any]:
        original = getattr(model.Term, child).fget
        slot = f"_archivecite_{child}"

        def read(self: Any) -> Any:
            formatter = self.get_formatter()
            cached = self.__dict__.get(slot)
            if cached is None or cached[0] is not formatter:
                cached = (formatter, original(self))
                setattr(self, slot, cached)
            return cached[1]

        return read

    def term_text(method: Callable[..., Any]) -> Callable[..., Any]:
        slot = f"_archivecite_{method.__name__}"

        def text(self: Any, name: str, *args: Any, **kwargs: Any) -> Any:
            root = self.get_root()
            state = root.__dict__
            if "locales" not in state:  # a locale's own element: not cached
                return method(self, name, *args, **kwargs)
            formatter = state.get("formatter")
            memo = state.get(slot)
            if memo is None or memo[0] is not formatter:
                memo = (formatter, {})
                setattr(root, slot, memo)
            key = (name, args, tuple(kwargs.items()))
            found = memo[1].get(key)
            if found is None:
                found = memo[1][key] = method(self, name, *args, **kwargs)
            return found

        return text

    model.CitationStylesElement.get_term = get_term
    model.Term.single = property(text_of("single"))
    model.Term.multiple = property(text_of("multiple"))
    for name in ("get_single_term", "get_plural_term"):
        method = getattr(model.CitationStylesElement, name)
        setattr(model.CitationStylesElement, name, term_text(method))


def _quotes() -> None:
    """``quotes`` asked the locales for ``punctuation-in-quote`` at every rendered text and did
    not use the answer; it is asked once per style (which keeps its error for a style whose
    locales have no options), and text without ``quotes="true"`` is returned at once."""
    original = model.Quoted.quote

    def quote(self: Any, string: Any) -> Any:
        if self.get("quotes", "false").lower() != "true":
            root = self.get_root()
            if "_archivecite_piq" not in root.__dict__:
                self.get_locale_option("punctuation-in-quote").lower()
                root._archivecite_piq = True
            return string
        return original(self, string)

    _replace(model.Quoted, "quote", quote)


_FORMATTING: Final = (
    ("font-style", "normal"),
    ("font-variant", "normal"),
    ("font-weight", "normal"),
    ("text-decoration", "none"),
    ("vertical-align", "baseline"),
)


def _formatting() -> None:
    """``format`` looked up the formatter and read five attributes at every rendered piece;
    most elements have none of them, which is known once per element. (Date parts, whose
    attributes citeproc-py rewrites while rendering, are always read afresh.)"""
    original = model.Formatted.format
    date_part = model.Date_Part

    def format(self: Any, string: Any) -> Any:
        plain = self.__dict__.get("_archivecite_plain")
        if plain is None:
            if isinstance(self, date_part):
                return original(self, string)
            plain = all(self.get(name, default) == default for name, default in _FORMATTING)
            self._archivecite_plain = plain
        if plain:
            return str(string) if isinstance(string, int | float) else string
        return original(self, string)

    _replace(model.Formatted, "format", format)


def _text_spec(element: Any) -> tuple[str | None, str | None, str]:
    get = element.get
    kind = next((name for name in ("variable", "macro", "term", "value") if get(name) is not None),
                None)  # fmt: skip
    default = element.get_root().get("default-locale", "en")[:2]
    return kind, get("macro"), default


def _text() -> None:
    """``cs:text`` found the item's language by raising and catching VariableError when the
    item has none (most have none), read the style's default locale, and tested its own
    attributes through lxml's attribute mapping, at every render; which attribute it has and
    the style's default are now known once per element."""
    original = model.Text.process

    def process(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        spec = self.__dict__.get("_archivecite_text")
        if spec is None:
            spec = self._archivecite_text = _text_spec(self)
        kind, macro, default = spec
        if kind is None:
            return original(self, item, context, **kwargs)  # citeproc-py's error
        if context is None:
            context = self
        try:
            language = dict.get(item.reference, "language", _MISSING)
        except VariableError:
            language = _MISSING
        language = default if language is _MISSING else language[:2]
        if kind == "variable":
            text = self._variable(item, context)
        elif kind == "macro":
            text = self.get_macro(macro).render(item, context)
        elif kind == "term":
            text = self._term(item)
        else:
            text = model.String(self.preformat(self.get("value")))
        return text, language

    _replace(model.Text, "process", process)


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

    def get_option(self: Any, name: str, context: Any = None, sort_options: Any = None) -> Any:
        try:
            value = sort_options[name]
        except (TypeError, KeyError):
            parent = section(self if context is None else context)
            if name in ("form", "delimiter"):
                value = self.get(name, parent.get_option("name-" + name))
            else:
                value = self.get(name, parent.get_option(name))
        if name in ("initialize-with-hyphen", "et-al-use-last"):
            value = value.lower() == "true"
        elif name.startswith("et-al"):
            value = int(value)
        return value

    def substitute(self: Any) -> Any:
        found = self.__dict__.get("_archivecite_substitute", _MISSING)
        if found is _MISSING:
            found = self._archivecite_substitute = self.find("cs:substitute", self.nsmap)
        return found

    _replace(model.Date, "is_locale_date", is_locale_date)
    _replace(model.Names, "get_parent_delimiter", get_parent_delimiter)
    _replace(model.Name, "get_option", get_option)
    _replace(model.Names, "substitute", substitute)


def _substitute() -> None:
    """``cs:substitute`` found the ``cs:names`` around it by an XPath search for every
    ``cs:names`` it tried, and listed its children through lxml at every use; the parent
    is its XML parent, and both are looked up once per element."""
    names_class = model.Names
    names_tag = "{http://purl.org/net/xbiblio/csl}names"

    def parent_names(self: Any) -> Any:
        found = self.__dict__.get("_archivecite_names")
        if found is None:
            parent = self.getparent()
            if parent is None or parent.tag != names_tag:
                raise IndexError("list index out of range")  # as citeproc-py's ``[0]``
            found = self._archivecite_names = parent
        return found

    def render(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        text = None
        rendered = False
        for child in _children(self):
            try:
                if isinstance(child, names_class) and child.name is None:
                    text = child.render(
                        item, names_context=parent_names(self), context=context, **kwargs
                    )
                else:
                    text = child.render(item, context=context, **kwargs)
            except VariableError:
                continue
            rendered = True
            if text:
                self.add_to_repressed_list(child, context)
                break
        return text if rendered else None

    _replace(model.Substitute, "render", render)


def _labelled(
    text: Any, names: Any, item: Any, role: str, *, plural: bool, options: dict[str, Any]
) -> Any:
    """The names ``text`` with the ``cs:label`` of ``names`` before or after it."""
    try:
        label_element = names.label
        label = label_element.render(item, role, plural, **options)
        if label is not None:
            if label_element is names.getchildren()[0]:
                return label + text
            return text + label
    except AttributeError:
        pass
    return text


def _names() -> None:
    """``cs:names`` with none of its variables in the item (most of the ~80 per Chicago
    entry) ended by raising NameError on an unbound variable and turning it into
    VariableError; the same outcome is now reached directly. Everything else is
    citeproc-py's ``Names.process`` as written."""
    name_class = model.Name
    original = model.Names.process

    def process(
        self: Any, item: Any, names_context: Any = None, context: Any = None, **kwargs: Any
    ) -> Any:
        if context is None:
            context = self
        if names_context is None:
            names_context = self
        roles = self.get("variable").split()
        try:
            reference = item.reference
        except VariableError:
            return original(self, item, names_context, context, **kwargs)
        try:
            ed_trans = (
                set(roles) == {"editor", "translator"}
                and reference.editor == reference.translator
                and self.get_term("editortranslator").getchildren()
            )
            if ed_trans:
                roles = ["editor"]
        except VariableError:
            ed_trans = False
        output = []
        for role in roles:
            if role in reference:
                name_elem = names_context.name
                if name_elem is None:
                    name_elem = name_class()
                    names_context.insert(0, name_elem)
                text = name_elem.render(item, role, context=context, **kwargs)
                plural = len(reference[role]) > 1
                label_role = "editortranslator" if ed_trans else role
                output.append(
                    _labelled(text, names_context, item, label_role, plural=plural, options=kwargs)
                )
        if output:
            try:
                total = sum(output)
            except TypeError:
                is_int = False
            else:
                is_int = isinstance(total, int)
            if is_int:
                return str(total) if total > 0 else None
            return self.join(output, self.get_parent_delimiter(context))
        substitute = self.substitute()
        if substitute is None:
            raise VariableError
        return substitute.render(item, context=context, **kwargs)

    _replace(model.Names, "process", process)


def _dates() -> None:
    """A localized ``cs:date`` found the locale's date format by an XPath search in each
    locale at every date rendered; the answer is the same for the life of the style."""
    original = model.CitationStylesElement.get_date

    def get_date(self: Any, form: str) -> Any:
        root = self.get_root()
        memo = root.__dict__.get("_archivecite_dates")
        if memo is None:
            memo = root._archivecite_dates = {}
        found = memo.get(form)
        if found is None:
            found = memo[form] = original(self, form)
        return found

    model.CitationStylesElement.get_date = get_date


class KeyList(list):  # type: ignore[type-arg]
    """The ids of a bibliography, in order, with ``in`` and ``index`` answered from a
    dictionary instead of a scan (citeproc-py asks both for every cite it registers, renders
    or numbers, which made a bibliography of n works cost n² comparisons)."""

    __slots__ = ("_positions",)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self._positions: dict[Any, int] | None = None

    def _index(self) -> dict[Any, int]:
        positions = self._positions
        if positions is None:
            positions = {}
            for position, key in enumerate(self):
                positions.setdefault(key, position)
            self._positions = positions
        return positions

    def __contains__(self, key: object) -> bool:
        return key in self._index()

    def index(self, key: Any, *bounds: Any) -> int:
        if bounds:
            return super().index(key, *bounds)
        try:
            return self._index()[key]
        except (KeyError, TypeError):
            return super().index(key)  # raises ValueError as list.index does

    def append(self, key: Any) -> None:
        positions = self._positions
        if positions is not None:
            positions.setdefault(key, len(self))
        super().append(key)


def _changed(method: Any, index: str = "_positions") -> Any:
    """``method`` of a list, forgetting the list's index first."""

    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        setattr(self, index, None)
        return method(self, *args, **kwargs)

    return wrapper


for _name in (
    "__setitem__", "__delitem__", "__iadd__", "__imul__",
    "extend", "insert", "pop", "remove", "clear", "sort", "reverse",
):  # fmt: skip
    setattr(KeyList, _name, _changed(getattr(list, _name)))


class CiteList(list):  # type: ignore[type-arg]
    """The cites a bibliography has rendered so far, in order, that also knows which works
    they cite: the ``position`` test asked "cited before?" by scanning every earlier cite,
    which made n notes cost n² steps."""

    __slots__ = ("_cited",)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self._cited: set[Any] | None = None

    def cited(self, key: Any) -> bool:
        """Whether a cite of the work ``key`` is in the list."""
        cited = self._cited
        if cited is None:
            cited = self._cited = {cite.key for cite in self}
        return key in cited

    def append(self, cite: Any) -> None:
        cited = self._cited
        if cited is not None:
            cited.add(cite.key)
        super().append(cite)


for _name in (
    "__setitem__", "__delitem__", "__iadd__", "__imul__",
    "extend", "insert", "pop", "remove", "clear", "sort", "reverse",
):  # fmt: skip
    setattr(CiteList, _name, _changed(getattr(list, _name), "_cited"))


def _positions() -> None:
    """``position`` (first, subsequent, ibid) found whether a work was cited before by
    scanning all earlier cites, and whether it is in a bibliography by an XPath search, for
    every test; the cites now keep a set of the works they cite (:class:`CiteList`) and
    the XPath answer is kept per element. ``near-note`` is left to citeproc-py."""
    original = model.If._position
    expression = "./ancestor::*[self::cs:bibliography]"

    def position(self: Any, item: Any, context: Any) -> Any:
        if context is None:
            context = self
        in_bibliography = context.__dict__.get("_archivecite_in_bibliography")
        if in_bibliography is None:
            in_bibliography = bool(context.xpath_search(expression))
            context._archivecite_in_bibliography = in_bibliography
        if in_bibliography:
            return [False]
        cites = context.get_layout().getparent().cites
        positions = self.get("position").split()
        if type(cites) is not CiteList or "near-note" in positions:
            return original(self, item, context)
        last_cite: Any = cites[-1] if cites else None
        already_cited = cites.cited(item.key)
        possibly_ibid = (
            already_cited
            and item.key == last_cite.key
            and (item.citation is last_cite.citation or len(last_cite.citation.cites) == 1)
        )
        results = []
        for name in positions:
            result = False
            if name == "first":
                result = not already_cited
            elif name == "subsequent":
                result = already_cited
            elif possibly_ibid and name == "ibid":
                result = item.has_locator or not last_cite.has_locator
            elif possibly_ibid and name == "ibid-with-locator":
                result = (item.has_locator and not last_cite.has_locator) or (
                    item.has_locator and last_cite.has_locator and item.locator != last_cite.locator
                )
            results.append(result)
        return results

    _replace(model.If, "_position", position)


def _keys() -> None:
    """``CitationStylesBibliography.keys`` becomes a :class:`KeyList` and its cites a
    :class:`CiteList`: registering n works and rendering their cites no longer scans the
    list of ids, or of earlier cites, for each."""
    bibliography = frontend.CitationStylesBibliography
    original_init = bibliography.__init__
    original_sort = bibliography.sort

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        self.keys = KeyList(self.keys)
        self._cites = CiteList(self._cites)

    def sort(self: Any) -> None:
        original_sort(self)
        self.keys = KeyList(self.keys)

    _replace(bibliography, "__init__", init)
    _replace(bibliography, "sort", sort)


SPEEDUPS: Final = (
    _roots,
    _custom_dict,
    _citation_item,
    _conditions,
    _walks,
    _choose,
    _child_lookups,
    _terms,
    _quotes,
    _formatting,
    _text,
    _ancestors,
    _substitute,
    _names,
    _dates,
    _keys,
    _positions,
)


def apply() -> None:
    """Apply every speedup once (before the conformance fixes), unless turned off."""
    global _applied  # noqa: PLW0603
    if _applied or not enabled():
        return
    for speedup in SPEEDUPS:
        speedup()
    _applied = True
