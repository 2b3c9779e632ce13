"""Where citeproc-py and citeproc-js (the CSL reference engine) disagree, fixed at the root.

Every fix is a targeted patch of one citeproc-py method or table, applied once by
:func:`apply`, and named after the CSL 1.0.2 rule it restores; ``tests/csl/test_fixes.py``
has a test per fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cmp_to_key
from typing import Any, Final

import citeproc
from citeproc import model
from citeproc import string as citeproc_string
from citeproc.source import Name, VariableError
from citeproc.string import MixedString, NoCase, String, normalize_seam

from archivecite.csl import initials
from archivecite.csl.collation import collation_key
from archivecite.csl.source import NAME_LANGUAGE

__all__ = [
    "FIXES",
    "apply",
    "assign_year_suffixes",
    "bibliography_run",
    "punctuation_in_quote",
    "sort_language",
]

_applied = False


def _variables() -> None:
    """CSL 1.0.2 "Appendix IV - Variables": ``archive_collection`` is a standard variable."""
    for name in ("archive_collection", "archive-place"):
        key = name.replace("-", "_")
        if key not in citeproc.VARIABLES:
            citeproc.VARIABLES.append(key)


def _substitution() -> None:
    """CSL 1.0.2 "Substitute": "Substituted variables are suppressed in the rest of the
    output" -- every variable the substituting element renders, also through macros."""

    def substitute_render(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        layout = (context if context is not None else self).get_layout()
        saved = layout.__dict__.get("_archivecite_rendered", set())
        layout._archivecite_rendered = set()
        text = original_substitute(self, item, context=context, **kwargs)
        rendered = layout._archivecite_rendered
        layout._archivecite_rendered = saved | rendered
        if text:
            layout.repressed.setdefault("*", set()).update(rendered)
        return text

    original_substitute = model.Substitute.render
    original_variable = model.Text._variable

    def text_variable(self: Any, item: Any, context: Any) -> Any:
        variable = self.get("variable")
        layout = context.get_layout()
        if variable in layout.repressed.get("*", ()):
            return None
        text = original_variable(self, item, context)
        if text:
            layout.__dict__.setdefault("_archivecite_rendered", set()).add(variable)
        return text

    original_names = model.Names.process

    def names_process(
        self: Any, item: Any, names_context: Any = None, context: Any = None, **kwargs: Any
    ) -> Any:
        layout = (context if context is not None else self).get_layout()
        repressed = layout.repressed.get("*", ())
        variables = (self.get("variable") or "").split()
        hidden = [name for name in variables if name in repressed]
        if hidden:
            shown = [name for name in variables if name not in repressed]
            if not any(name.replace("-", "_") in item.reference for name in shown):
                return None
        if names_context is None and self.name is None:
            names_context = _inherited_names(self)
        saved = {name: item.reference.pop(name.replace("-", "_"), None) for name in hidden}
        try:
            text = original_names(self, item, names_context, context, **kwargs)
        finally:
            for name, value in saved.items():
                if value is not None:
                    item.reference[name.replace("-", "_")] = value
        if text:
            layout.__dict__.setdefault("_archivecite_rendered", set()).update(variables)
        return text

    model.Substitute.render = substitute_render
    model.Text._variable = text_variable
    model.Names.process = names_process


_SUBSTITUTE_TAG: Final = "{http://purl.org/net/xbiblio/csl}substitute"
_NAMES_TAG: Final = "{http://purl.org/net/xbiblio/csl}names"


def _inherited_names(element: Any) -> Any:
    """CSL 1.0.2 "Substitute": a ``cs:names`` without ``cs:name`` inside ``cs:substitute`` (also
    inside a ``cs:choose`` there) takes the ``cs:name``, ``cs:et-al`` and ``cs:label`` of the
    ``cs:names`` that holds the substitute."""
    node = element.getparent()
    while node is not None:
        if node.tag == _SUBSTITUTE_TAG:
            parent = node.getparent()
            return parent if parent is not None and parent.tag == _NAMES_TAG else None
        if node.tag in (_LAYOUT_TAG, _MACRO_TAG):
            return None
        node = node.getparent()
    return None


def _initials() -> None:
    """CSL 1.0.2 "Name-part Formatting: initialize" and "initialize-with": with
    ``initialize="false"`` given names are kept and only existing initials are normalized;
    an initial written with more letters (``Iu.``, ``Ia.``, ``Zh.``, ``Kh.``) keeps them."""

    def initialize(self: Any, given: str, mark: str, context: Any) -> str:
        turned_on = self.get("initialize", "true").lower() != "false"
        hyphen = str(self.get_option("initialize-with-hyphen", context)).lower() != "false"
        return initials.initialize_with(given, mark, normalize_only=not turned_on, hyphen=hyphen)

    model.Name.initialize = initialize


def _typographic(text: str, quoted: bool, terms: tuple[str, str, str, str]) -> str:
    """Straight quotes in a field value become the locale's, nested inside an outer quote."""
    outer_open, outer_close, inner_open, inner_close = terms
    if quoted:
        outer_open, outer_close, inner_open, inner_close = (
            inner_open,
            inner_close,
            outer_open,
            outer_close,
        )
    out = []
    stack: list[str] = []  # open straight quotes; the first level is the outer quote
    for index, char in enumerate(text):
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        opening = before.isspace() or before in "([{\u2014\u2013/-\"'“‘«"
        if quoted and char in "\u201c\u201d":
            out.append(outer_open if char == "\u201c" else outer_close)
            continue
        if char in "\u201c\u2018":  # typographic quotes already there count as levels
            stack.append(char)
            out.append(char)
            continue
        if char in "\u201d\u2019" and {"\u201d": "\u201c", "\u2019": "\u2018"}[char] in stack:
            if not (char == "\u2019" and before.isalpha() and after.isalpha()):
                opening_mark = "\u201c" if char == "\u201d" else "\u2018"
                del stack[len(stack) - 1 - stack[::-1].index(opening_mark) :]
            out.append(char)
            continue
        if char == '"':
            opens = opening and '"' not in stack
            closes = not opens and '"' in stack
        elif char == "'":
            opens = opening and not after.isspace()
            closes = not opens and "'" in stack and not (before.isalpha() and after.isalpha())
        else:
            out.append(char)
            continue
        if opens:
            out.append(outer_open if len(stack) % 2 == 0 else inner_open)
            stack.append(char)
        elif closes:
            level = len(stack) - 1 - stack[::-1].index(char)
            del stack[level:]
            out.append(outer_close if level % 2 == 0 else inner_close)
        else:
            out.append("\u201d" if char == '"' else "\u2019")
    return "".join(out)


def _quotes() -> None:
    """citeproc-js "smart quotes" (CSL 1.0.2 "Appendix VI: Quotation marks"): straight
    quotes in field values become the locale's quotes, apostrophes become U+2019."""
    original = model.Text._variable

    def text_variable(self: Any, item: Any, context: Any) -> Any:
        text = original(self, item, context)
        if text is None or not isinstance(text, str | MixedString):
            return text
        plain = str(text)
        if '"' not in plain and "'" not in plain:
            return text
        quoted = False  # quotes inside a quoted text alternate in Quoted.quote (_nested_quotes)
        terms = tuple(
            str(self.get_single_term(name=name))
            for name in ("open-quote", "close-quote", "open-inner-quote", "close-inner-quote")
        )
        return String(_typographic(plain, quoted, terms))  # type: ignore[arg-type]

    model.Text._variable = text_variable


_NS: Final = {"cs": "http://purl.org/net/xbiblio/csl"}
_LAYOUT_TAG: Final = "{http://purl.org/net/xbiblio/csl}layout"
_MACRO_TAG: Final = "{http://purl.org/net/xbiblio/csl}macro"


def _lookups() -> None:
    """Speed, not a CSL rule: macros found by name in a dictionary built once per style
    (citeproc-py ran an XPath search over the whole style at every macro call) and the
    enclosing layout found by walking up the tree instead of by XPath."""

    def get_macro(self: Any, name: str) -> Any:
        root = self.get_root()
        macros = getattr(root, "_archivecite_macros", None)
        if macros is None:
            macros = {macro.get("name"): macro for macro in root.iterchildren(_MACRO_TAG)}
            root._archivecite_macros = macros
        return macros[name]

    def get_layout(self: Any) -> Any:
        node = self
        while node is not None and node.tag != _LAYOUT_TAG:
            node = node.getparent()
        if node is None:
            raise IndexError("no enclosing cs:layout")
        return node

    model.CitationStylesElement.get_macro = get_macro
    model.CitationStylesElement.get_layout = get_layout
    for cls in (model.Parent, model.Text):
        cls.calls_variable = _memoized(cls.calls_variable)


def _memoized(method: Any) -> Any:
    """``method(element)`` computed once per element of a style; the dictionary, kept on the
    style's root, also keeps the lxml proxies (and so their identity) alive."""

    def wrapper(self: Any) -> Any:
        memo = self.get_root().__dict__.setdefault("_archivecite_memo", {})
        key = (self, method)
        if key not in memo:
            memo[key] = method(self)
        return memo[key]

    return wrapper


_CLOSING_QUOTES: Final = {"\u201d": "\u201c", "\u2019": "\u2018", "\u00bb": "\u00ab"}

punctuation_in_quote: ContextVar[bool] = ContextVar("punctuation_in_quote", default=False)
"""The rendering style's locale option, set by :class:`archivecite.csl.engine.Engine`."""


def _closes_quote(text: str) -> bool:
    """Whether ``text`` ends with a closing quote: a ``’`` (or ``”``, ``»``) with its opening
    mark before it. A word-final ``’`` without one is an apostrophe or a romanized soft sign
    (``Sibir’``, ``Mysl’``), not a quote."""
    if len(text) < 2:
        return False
    opening = _CLOSING_QUOTES.get(text[-1])
    if opening is None:
        return False
    if opening == "\u2018" and text[-2].isalpha():
        return opening in text
    return True


def _move_into_quote(left: Any, right: Any) -> tuple[Any, Any]:
    """``“Title”`` + ``.`` → ``“Title.”``; a period already inside absorbs the new one."""
    text, following = str(left), str(right)
    if following[:1] not in (".", ",") or not _closes_quote(text):
        return left, right
    rest = _strip_first(right)
    run = len(text) - len(text.rstrip("".join(_CLOSING_QUOTES)))
    if text[-run - 1 : -run] in (".", ",", "!", "?"):
        return left, rest
    if run > 1:  # stacked quotes: “‘Title’” + . → “‘Title.’”
        return String(text[:-run] + following[0] + text[-run:]), rest
    if isinstance(left, MixedString):
        segments = list(left)  # MixedString's own [] indexes its text, not its segments
        while segments and not str(segments[-1]):
            segments.pop()
        last = segments[-1] if segments else ""
        if isinstance(last, str) and last[-1:] == text[-1]:
            segments[-1] = type(last)(last[:-1] + following[0] + last[-1])
            return MixedString(segments), rest
        return left, right
    return String(text[:-1] + following[0] + text[-1]), rest


def _strip_first(value: Any) -> Any:
    if isinstance(value, MixedString):
        segments = list(value)
        while segments and not str(segments[0]):
            segments.pop(0)
        if not segments:
            return String("")
        head = segments[0]
        segments[0] = type(head)(str(head)[1:])
        return MixedString(segments)
    return type(value)(str(value)[1:]) if isinstance(value, str) else value


def _punctuation_in_quote() -> None:
    """CSL 1.0.2 Locale options: with ``punctuation-in-quote="true"`` a period or comma that
    follows a closing quote is moved inside it -- at every concatenation seam (affixes,
    delimiters, layout suffix), as citeproc-js does when it flattens its output queue."""
    original_add = MixedString.__add__

    def mixed_add(self: Any, other: Any) -> Any:
        if other == "":
            return self
        if punctuation_in_quote.get() and str(other)[:1] in (".", ","):
            self, other = _move_into_quote(self, other)
            if other == "" or str(other) == "":
                return self
            if not isinstance(self, MixedString):
                return self + other
        return original_add(self, other)

    def join(items: Any, delimiter: Any = "") -> Any:
        iterator = iter(items)
        try:
            output = next(iterator)
        except StopIteration:
            return String("")
        for item in iterator:
            if type(output) is str:
                output = String(output)
            output = output + normalize_seam(output, delimiter)
            output = output + normalize_seam(output, item)
        return output

    def wrap(self: Any, string: Any) -> Any:
        if string is None:
            return None
        prefix = self.get("prefix", "")
        suffix = self.get("suffix", "")
        string = normalize_seam(prefix, string)
        text = prefix + string
        if type(text) is str:
            text = String(text)
        return text + normalize_seam(text, suffix)

    MixedString.__add__ = mixed_add
    citeproc_string.join = join
    model.join = join
    model.Affixed.wrap = wrap


_SUFFIX_DONE: Final = "_archivecite_year_suffix"
_pending_suffix: ContextVar[str | None] = ContextVar("pending_year_suffix", default=None)


def suffix_letters(number: int) -> str:
    """``a`` ... ``z``, ``aa``, ``ab`` ... for the 1st, 2nd ... work (citeproc-js)."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


_DISAMBIGUATE: Final = "_archivecite_disambiguate"


def _render_cites(bibliography: Any, items: list[Any]) -> dict[str, list[Any]]:
    """Items grouped by the text of their subsequent cite without locator."""
    citation = bibliography.style.root.citation
    groups: dict[str, list[Any]] = {}
    for item in items:
        cite = citeproc.CitationItem(str(item.key))
        single = citeproc.Citation([cite])
        single.bibliography = bibliography
        # citeproc-js judges ambiguity on the subsequent (not ibid) form of each cite
        earlier = citeproc.CitationItem(str(item.key))
        other = citeproc.CitationItem("\x00")
        citeproc.Citation([earlier])
        citeproc.Citation([other])
        text = citation.render(single, [earlier, other], lambda _item: None)
        groups.setdefault(" ".join(str(text).split()), []).append(item)
    return groups


def assign_year_suffixes(bibliography: Any) -> None:
    """CSL 1.0.2 "Disambiguation", steps 3 and 4: works whose cites render identically are
    rendered with ``disambiguate="true"`` conditions on; those still identical get the
    ``year-suffix`` ``a``, ``b``, ... in bibliography order (``disambiguate-add-year-suffix``)."""
    citation = bibliography.style.root.citation
    for item in bibliography.items:
        item.reference.pop("year_suffix", None)
        item.reference.pop(_DISAMBIGUATE, None)
    if citation is None:
        return
    root = bibliography.style.root
    conditions = root.__dict__.get("_archivecite_disambiguate_conditions")
    if conditions is None:
        conditions = bool(root.xpath("//*[@disambiguate]"))
        root._archivecite_disambiguate_conditions = conditions
    year_suffix = citation.get("disambiguate-add-year-suffix", "").lower() == "true"
    if not conditions and not year_suffix:
        return
    groups = _render_cites(bibliography, bibliography.items)
    ambiguous = [item for group in groups.values() if len(group) > 1 for item in group]
    if conditions and ambiguous:
        for item in ambiguous:
            item.reference[_DISAMBIGUATE] = True
        groups = _render_cites(bibliography, ambiguous)
    if not year_suffix:
        return
    for group in groups.values():
        if len(group) > 1:
            for number, item in enumerate(group, start=1):
                item.reference["year_suffix"] = suffix_letters(number)


def _disambiguate_condition() -> None:
    """CSL 1.0.2 "Choose": ``disambiguate="true"`` holds for a work whose cite would otherwise
    be identical to another's (citeproc-py took every such condition as true)."""
    original = model.If.render

    def render(
        self: Any, item: Any, context: Any = None, delimiter: str = "", **kwargs: Any
    ) -> Any:
        wanted = self.get("disambiguate")
        if wanted is None:
            return original(self, item, context=context, delimiter=delimiter, **kwargs)
        holds = bool(item.reference.get(_DISAMBIGUATE)) == (wanted.lower() == "true")
        others = [name for name in self.attrib if name not in ("disambiguate", "match")]
        match = self.get("match", "all")
        if not others:
            if holds == (match == "none"):
                raise model.ConditionFailed
            return self.render_children(item, context=context, delimiter=delimiter, **kwargs)
        if match == "any" and holds:
            return self.render_children(item, context=context, delimiter=delimiter, **kwargs)
        if match == "all" and not holds:
            raise model.ConditionFailed
        if match == "none" and holds:
            raise model.ConditionFailed
        return original(self, item, context=context, delimiter=delimiter, **kwargs)

    model.If.render = render


def _year_suffix() -> None:
    """CSL 1.0.2 "Disambiguation": a style that does not render ``year-suffix`` itself gets
    it after the first year of ``issued`` in each cite and entry."""

    def implicit(element: Any) -> bool:
        root = element.get_root()
        value = root.__dict__.get("_archivecite_implicit_suffix")
        if value is None:
            value = not root.xpath(
                "//cs:text[@variable='year-suffix']", namespaces=model.CitationStylesElement.nsmap
            )
            root._archivecite_implicit_suffix = value
        return bool(value)

    original_date = model.Date.process

    def date_process(self: Any, item: Any, variable: Any = None, *args: Any, **kwargs: Any) -> Any:
        name = variable or self.get("variable")
        suffix = item.reference.get("year_suffix") if name == "issued" else None
        if not suffix or _pending_suffix.get() is not None or not implicit(self):
            return original_date(self, item, variable, *args, **kwargs)
        context = kwargs.get("context")
        context = self if context is None else context
        try:
            layout = context.get_layout()
        except IndexError:
            layout = None
        if layout is None or layout.__dict__.get("repressed", {}).get(_SUFFIX_DONE):
            return original_date(self, item, variable, *args, **kwargs)
        token = _pending_suffix.set(suffix)
        try:
            text = original_date(self, item, variable, *args, **kwargs)
            if _pending_suffix.get() == "":
                layout.repressed[_SUFFIX_DONE] = True
        finally:
            _pending_suffix.reset(token)
        return text

    original_part = model.Date_Part.process

    def part_process(self: Any, date: Any, context: Any = None) -> Any:
        text = original_part(self, date, context)
        suffix = _pending_suffix.get()
        if suffix and self.get("name") == "year" and text:
            _pending_suffix.set("")
            return str(text) + suffix
        return text

    model.Date.process = date_process
    model.Date_Part.process = part_process


sort_language: ContextVar[str] = ContextVar("sort_language", default="en")
"""The language whose collation orders sort keys, set by the engine from its locale."""

_KEY_TAG: Final = "{http://purl.org/net/xbiblio/csl}key"


def _sort_key(value: Any, lang: str) -> Any:
    if value is None:
        return None
    if isinstance(value, int):
        return ((0.0, value),)
    key = collation_key(str(value), lang)
    return key or None


def _sorting() -> None:
    """CSL 1.0.2 "Sorting": keys compare as citeproc-js compares them (locale collation,
    accents, case and punctuation ignored, numbers by value); empty keys sort last, ties keep
    the order of registration."""

    def sort(self: Any, items: Any, context: Any) -> Any:
        items = list(items)
        lang = sort_language.get()
        columns = []
        for key in self.iterchildren(_KEY_TAG):
            descending = key.get("sort", "ascending").lower() == "descending"
            values = [_sort_key(value, lang) for value in key.sort_keys(items, context)]
            columns.append((values, descending))

        def compare(left: int, right: int) -> int:
            for values, descending in columns:
                a, b = values[left], values[right]
                if a is None or b is None:
                    if a is None and b is None:
                        continue
                    return 1 if a is None else -1
                if a != b:
                    result = -1 if a < b else 1
                    return -result if descending else result
            return 0

        order = sorted(range(len(items)), key=cmp_to_key(compare))
        return [items[index] for index in order]

    model.Sort.sort = sort


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
            replaced.append(Name(literal=head + ("" if order == 0 else " ") + str(given)))
        item.reference[variable] = replaced
        try:
            return original(self, item, variable, context=context, **kwargs)
        finally:
            item.reference[variable] = names

    model.Name.process = process


def _family_given(name: Any) -> tuple[str | None, str | None]:
    if "literal" in name:
        return str(name["literal"]), None
    return name.get("family"), name.get("given")


_SKIP_WORDS_TEXT: Final = (
    "about above across afore after against al along alongside amid amidst among amongst "
    "anenst apropos apud around as aside astride at athwart atop barring before behind below "
    "beneath beside besides between beyond but by circa despite down during et except for "
    "forenenst from given in inside into lest like modulo near next notwithstanding of off "
    "on onto out over per plus pro qua sans since than through thru throughout thruout till "
    "to toward towards under underneath until unto up upon versus vs. v. vs v via vis-à-vis "
    "with within without or yet so and nor a an the de d' von van c ca"
)
_SKIP_WORDS: Final = frozenset(_SKIP_WORDS_TEXT.split(" "))
_TITLE_SEPARATORS: Final = re.compile(
    r"([\u2018\u201c\u201d\"\-\u2013\u2014/.,;?!:\[\]()]|(?<!\w)[\u2019']|[\u2019'](?!\w))"
)


class _TitleState:
    __slots__ = ("after_punctuation", "first")

    def __init__(self) -> None:
        self.first = True
        self.after_punctuation = False


def _title_words(text: str, state: _TitleState) -> str:
    pieces = _TITLE_SEPARATORS.split(text)
    for index in range(0, len(pieces), 2):
        words = re.split(r"(\s+)", pieces[index])
        following = pieces[index + 1] if index + 1 < len(pieces) else ""
        last = max((i for i, word in enumerate(words) if word.strip()), default=-1)
        for position, word in enumerate(words):
            if not word.strip():
                continue
            lower = word.lower()
            capitalize = (
                (len(word) > 1 and lower not in _SKIP_WORDS)
                or (position == last and following == "-")
                or state.first
                or state.after_punctuation
            )
            if capitalize and word == lower:
                words[position] = word[0].upper() + word[1:]
            state.first = state.after_punctuation = False
        pieces[index] = "".join(words)
        if following and following in "!?:":
            state.after_punctuation = True
    return "".join(pieces)


def title_case(text: Any) -> Any:
    """citeproc-js title case: every lower-case word but the skip words (CSL.SKIP_WORDS) gets
    a capital, also after ``-``, ``/``, ``.`` and brackets; the first word and words after
    ``:``, ``?``, ``!`` always; words already holding capitals are left alone."""
    state = _TitleState()
    if isinstance(text, MixedString):
        out = []
        for segment in text:
            if isinstance(segment, NoCase):
                if str(segment).strip():
                    state.first = state.after_punctuation = False
                out.append(segment)
            else:
                out.append(type(segment)(_title_words(str(segment), state)))
        return MixedString(out)
    return type(text)(_title_words(str(text), state))


def _text_case() -> None:
    """CSL 1.0.2 "Text-case": ``title`` as citeproc-js writes it (its skip words, words split
    at punctuation), and applied to terms and labels too (citeproc-py skipped every text
    without an item language, so "(eds.)" stayed lower-case)."""
    original = model.TextCased.case

    def case(self: Any, text: Any, language: Any = None) -> Any:
        if self.get("text-case") != "title":
            return original(self, text, language)
        if language is None:
            language = (self.get_root().get("default-locale") or "en")[:2]
        if language != "en":
            return text
        return title_case(text)

    model.TextCased.case = case


def _flip_quotes(text: str) -> str:
    """Quotes inside a quoted text swap double and single marks (paired marks only: a ``’``
    with no ``‘`` before it is an apostrophe)."""
    stack: list[int] = []
    chars = list(text)
    swap = {"\u201c": "\u2018", "\u201d": "\u2019", "\u2018": "\u201c", "\u2019": "\u201d"}
    pairs: list[int] = []
    for index, char in enumerate(chars):
        if char in ("\u201c", "\u2018"):
            stack.append(index)
        elif char in ("\u201d", "\u2019"):
            after = chars[index + 1] if index + 1 < len(chars) else " "
            if char == "\u2019" and index and chars[index - 1].isalpha() and after.isalpha():
                continue  # an apostrophe: China’s
            opening = "\u201c" if char == "\u201d" else "\u2018"
            for depth in range(len(stack) - 1, -1, -1):
                if chars[stack[depth]] == opening:
                    pairs.extend((stack[depth], index))
                    del stack[depth:]
                    break
    for index in pairs:
        chars[index] = swap[chars[index]]
    return "".join(chars)


def _nested_quotes() -> None:
    """CSL 1.0.2 "Appendix VI: Quotation marks" (citeproc-js flip-flop): quotation marks
    inside a text rendered with ``quotes="true"`` alternate, double outside, single inside."""
    original = model.Quoted.quote

    def quote(self: Any, string: Any) -> Any:
        if self.get("quotes", "false").lower() == "true":
            plain = str(string)
            if any(mark in plain for mark in "\u201c\u2018"):
                string = String(_flip_quotes(plain))
        return original(self, string)

    model.Quoted.quote = quote


class _Entry:
    """What one cite or bibliography entry has rendered so far."""

    __slots__ = (
        "capitalize_terms",
        "in_bibliography",
        "names",
        "names_depth",
        "names_label",
        "person_names",
        "rendered",
    )

    def __init__(self, capitalize_terms: bool, in_bibliography: bool = False) -> None:
        self.capitalize_terms = capitalize_terms
        self.in_bibliography = in_bibliography
        self.rendered = False
        self.names: str | None = None
        self.names_depth = 0
        self.person_names = False
        self.names_label = False


class _Run:
    """State across the entries of one bibliography: the previous entry's first names."""

    __slots__ = ("previous_names",)

    def __init__(self) -> None:
        self.previous_names: str | None = None


_run: ContextVar[_Run | None] = ContextVar("bibliography_run", default=None)


@contextmanager
def bibliography_run() -> Iterator[None]:
    """Render the entries of one bibliography, in order, inside this context."""
    token = _run.set(_Run())
    try:
        yield
    finally:
        _run.reset(token)


NO_PRINTED_FORM: Final = "[CSL STYLE ERROR: reference with no printed form.]"
_entry: ContextVar[_Entry | None] = ContextVar("entry", default=None)
_BIBLIOGRAPHY_TAG: Final = "{http://purl.org/net/xbiblio/csl}bibliography"


def _leading_terms() -> None:
    """citeproc-js ``term_predecessor``: a term that opens a bibliography entry or a note
    (nothing rendered before it) is capitalized ("(N.d.-a)", "(No date a)"); not in the
    citations of in-text styles."""
    original_children = model.Layout.render_children

    def render_children(self: Any, item: Any, *args: Any, **kwargs: Any) -> Any:
        in_bibliography = self.getparent().tag == _BIBLIOGRAPHY_TAG
        capitalize = in_bibliography or self.get_root().get("class") == "note"
        token = _entry.set(_Entry(capitalize, in_bibliography))
        try:
            text = original_children(self, item, *args, **kwargs)
        finally:
            _entry.reset(token)
        if not text and not in_bibliography:
            return String(NO_PRINTED_FORM)  # citeproc-js marks a cite that renders nothing
        return text

    def rendered(method: Any) -> Any:
        def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            text = method(self, *args, **kwargs)
            entry = _entry.get()
            if entry is not None and text:
                entry.rendered = True
            return text

        return wrapper

    original_term = model.Text._term

    def term(self: Any, item: Any) -> Any:
        text = original_term(self, item)
        entry = _entry.get()
        if text and entry is not None and entry.capitalize_terms and not entry.rendered:
            text = text.capitalize_first() if hasattr(text, "capitalize_first") else text
        return text

    original_group = model.Group.process

    def group_process(self: Any, item: Any, *args: Any, **kwargs: Any) -> Any:
        entry = _entry.get()
        before = entry.rendered if entry is not None else False
        try:
            return original_group(self, item, *args, **kwargs)
        except VariableError:
            if entry is not None:
                entry.rendered = before  # a suppressed group renders nothing
            raise

    model.Layout.render_children = render_children
    model.Group.process = group_process
    model.Text._term = term
    for cls in (model.Text, model.Names, model.Number, model.Label):
        cls.markup = rendered(cls.markup)
    model.Date.process = rendered(model.Date.process)


def _labels() -> None:
    """CSL 1.0.2 "Label": a ``cs:label`` is rendered only if its variable is non-empty
    (citeproc-py rendered "Version", "Issue" for works without them)."""
    original = model.Label.process

    def process(self: Any, item: Any, variable: Any = None, *args: Any, **kwargs: Any) -> Any:
        if variable is None:
            name = self.get("variable")
            missing = bool(name) and name.replace("-", "_") not in item.reference
            if (
                missing
                and name != "locator"
                and not (name.startswith("page") and "page" in item.reference)
            ):
                return None
        return original(self, item, variable, *args, **kwargs)

    model.Label.process = process


def _subsequent_author_substitute() -> None:
    """CSL 1.0.2 "Reference Grouping": with ``subsequent-author-substitute`` the names that
    open an entry are replaced by the substitute string ("———") when they are the same as
    those of the entry before (rule ``complete-all``)."""
    original = model.Names.process

    def process(self: Any, item: Any, *args: Any, **kwargs: Any) -> Any:
        entry = _entry.get()
        if entry is None or not entry.in_bibliography:
            return original(self, item, *args, **kwargs)
        entry.names_depth += 1
        try:
            text = original(self, item, *args, **kwargs)
        finally:
            entry.names_depth -= 1
        run = _run.get()
        if entry.names_depth or entry.names is not None or not text or run is None:
            return text
        entry.names = str(text)
        if not entry.person_names or entry.names_label:
            # a title standing in for the names, or names with a role label ("editors"),
            # are not replaced (as citeproc-js does)
            run.previous_names = None
            return text
        previous, run.previous_names = run.previous_names, entry.names
        bibliography = self.get_root().bibliography
        substitute = bibliography.get("subsequent-author-substitute")
        if substitute is not None and previous == entry.names:
            return String(substitute)
        return text

    original_name = model.Name.process

    def name_process(self: Any, *args: Any, **kwargs: Any) -> Any:
        text = original_name(self, *args, **kwargs)
        entry = _entry.get()
        if entry is not None and text:
            entry.person_names = True
        return text

    original_label = model.Label.markup

    def label_markup(self: Any, *args: Any, **kwargs: Any) -> Any:
        text = original_label(self, *args, **kwargs)
        entry = _entry.get()
        if entry is not None and text and entry.names_depth:
            entry.names_label = True
        return text

    model.Names.process = process
    model.Name.process = name_process
    model.Label.markup = label_markup


FIXES: Final = (
    _variables,
    _substitution,
    _initials,
    _quotes,
    _punctuation_in_quote,
    _lookups,
    _year_suffix,
    _sorting,
    _names,
    _disambiguate_condition,
    _text_case,
    _nested_quotes,
    _leading_terms,
    _labels,
    _subsequent_author_substitute,
)


def apply() -> None:
    """Apply every fix once."""
    global _applied  # noqa: PLW0603
    if _applied:
        return
    for fix in FIXES:
        fix()
    _applied = True
