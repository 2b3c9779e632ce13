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
from citeproc.source import CustomDict, DateRange, LiteralDate, Name, VariableError
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


def _case_sensitive_ids() -> None:
    """CSL-JSON ids are case-sensitive (citeproc-js keeps "Smith2000" as written);
    citeproc-py lower-cased a cite's key, so no work with a capital in its id was found."""

    def init(self: Any, key: Any, bibliography: Any = None, **args: Any) -> None:
        self.key = str(key)
        CustomDict.__init__(self, args, optional={"locator", "prefix", "suffix"})

    citeproc.source.CitationItem.__init__ = init


def _hyphenated_variables() -> None:
    """CSL 1.0.2 "Appendix IV - Variables": name variables are written with hyphens in styles
    (``container-author``, ``collection-editor``, ``original-author``), but citeproc-py stores
    them with underscores and ``cs:names`` looked them up as written, so they never rendered
    ("In Book, by Kazutoshi Handō" lost its "by ..."). A reference answers to both spellings."""
    reference = citeproc.source.Reference
    get_item = reference.__getitem__
    contains = dict.__contains__
    get = dict.get

    def getitem(self: Any, key: Any) -> Any:
        if isinstance(key, str) and "-" in key:
            key = key.replace("-", "_")
        return get_item(self, key)

    def has(self: Any, key: Any) -> bool:
        if isinstance(key, str) and "-" in key:
            key = key.replace("-", "_")
        return contains(self, key)

    def lookup(self: Any, key: Any, default: Any = None) -> Any:
        if isinstance(key, str) and "-" in key:
            key = key.replace("-", "_")
        return get(self, key, default)

    set_item = dict.__setitem__
    pop = dict.pop

    def setitem(self: Any, key: Any, value: Any) -> None:
        if isinstance(key, str) and "-" in key:
            key = key.replace("-", "_")
        set_item(self, key, value)

    def remove(self: Any, key: Any, *default: Any) -> Any:
        if isinstance(key, str) and "-" in key:
            key = key.replace("-", "_")
        return pop(self, key, *default)

    reference.__getitem__ = getitem
    reference.__contains__ = has
    reference.get = lookup
    reference.__setitem__ = setitem
    reference.pop = remove


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


_STRAIGHT: Final = ('"', "'")
_NO_APOSTROPHE_BEFORE: Final = frozenset(",.?:; ")


class _QuoteTag:
    """A quotation mark citeproc-js's flip-flop parser treats as markup."""

    __slots__ = ("char", "closer", "form", "index", "opens", "role")

    def __init__(self, index: int, char: str, opens: bool, closer: str, form: str) -> None:
        self.index = index
        self.char = char
        self.opens = opens
        self.closer = closer  # for an opening mark, the mark that closes it
        self.form = form  # "true" (outer quotes) or "inner", for a mark without a parent
        self.role = "tag"  # or "apostrophe", "literal"


def _quote_tags(text: str, terms: tuple[str, str, str, str]) -> list[_QuoteTag]:
    outer_open, outer_close, inner_open, inner_close = terms
    marks: dict[str, tuple[str, str]] = {}
    if outer_open and outer_close and outer_open not in _STRAIGHT:
        marks[outer_open] = (outer_close, "true")
    if inner_open and inner_close and inner_open not in _STRAIGHT:
        marks[inner_open] = (inner_close, "inner")
    closing_marks = {closer for closer, _ in marks.values()}
    tags: list[_QuoteTag] = []
    for index, char in enumerate(text):
        before = text[index - 1] if index else " "
        if char in _STRAIGHT:
            after_opener = bool(tags) and tags[-1].opens and tags[-1].index == index - 1
            opens = before in " (" or after_opener
            tags.append(_QuoteTag(index, char, opens, char, "true" if char == '"' else "inner"))
        elif char == "\u2019" and 0 < index < len(text) - 1:
            roman = initials.STARTS_ROMANESQUE_PATTERN
            if roman.match(before) and roman.match(text[index + 1]):
                tags.append(_QuoteTag(index, "'", False, "'", "inner"))  # read as a straight '
            elif char in closing_marks:
                tags.append(_QuoteTag(index, char, False, char, "true"))
        elif char in marks:
            tags.append(_QuoteTag(index, char, True, *marks[char]))
        elif char in closing_marks:
            tags.append(_QuoteTag(index, char, False, char, "true"))
    return tags


def _pair_quotes(text: str, tags: list[_QuoteTag]) -> dict[int, _QuoteTag]:
    """citeproc-js ``FlipFlopper.processTags`` for quotation marks: apostrophes forced, marks
    paired on a stack, marks that pair with nothing neutralized. Returns closer -> opener."""
    for number, tag in enumerate(tags):  # _apostropheForce
        end = tags[number + 1].index if number + 1 < len(tags) else len(text)
        following = text[tag.index + 1 : end]
        first = following[:1]
        if tag.char == "'" and (
            (tag.opens and first == " ")
            or (not tag.opens and first and first not in _NO_APOSTROPHE_BEFORE)
        ):
            tag.role = "apostrophe"
    pairs: dict[int, _QuoteTag] = {}
    stack: list[_QuoteTag] = []
    for tag in tags:
        if tag.role != "tag":
            continue
        if tag.opens:
            stack.append(tag)
            continue
        while True:
            if stack and tag.char == stack[-1].closer:
                pairs[tag.index] = stack.pop()
                break
            if tag.char == "'":  # an unmatched ' is an apostrophe
                tag.role = "apostrophe"
                break
            if not stack:
                tag.role = "literal"
                break
            stack.pop().role = "literal"  # the mark it does not close was no quote
    for tag in stack:  # stray openers
        tag.role = "apostrophe" if tag.char == "'" else "literal"
    return pairs


def _typographic(text: str, quoted: bool, terms: tuple[str, str, str, str]) -> str:
    """citeproc-js "smart quotes" (its flip-flop parser): straight quotes that pair become the
    locale's quotes -- the first straight form met is the outer one, nested pairs alternate,
    inside a quoted text the first level is the inner one; a ``'`` before a letter or one that
    pairs with nothing is an apostrophe (``’``); any other mark that pairs with nothing stays
    as written."""
    tags = _quote_tags(text, terms)
    pairs = _pair_quotes(text, tags)
    first = next(
        (tag.char for tag in tags if tag.role == "tag" and tag.opens and tag.char in _STRAIGHT),
        '"',
    )
    straight_form = {first: "true", ("'" if first == '"' else '"'): "inner"}
    outer_open, outer_close, inner_open, inner_close = terms
    out = list(text)
    forms: dict[int, str] = {}
    stack: list[str] = ["true"] if quoted else []
    for tag in tags:
        if tag.role == "apostrophe":
            out[tag.index] = "\u2019"
            continue
        if tag.role != "tag":
            continue
        if tag.opens:
            if stack:
                form = "inner" if stack[-1] == "true" else "true"
            else:
                form = straight_form[tag.char] if tag.char in _STRAIGHT else tag.form
            forms[tag.index] = form
            stack.append(form)
            out[tag.index] = outer_open if form == "true" else inner_open
        else:
            form = forms[pairs[tag.index].index]
            if stack:
                stack.pop()
            out[tag.index] = outer_close if form == "true" else inner_close
    return "".join(out)


_in_quotes: ContextVar[bool] = ContextVar("in_quotes", default=False)


def _quotes() -> None:
    """citeproc-js "smart quotes" (CSL 1.0.2 "Appendix VI: Quotation marks"): straight
    quotes in field values become the locale's quotes, apostrophes become U+2019, and inside
    a text rendered with ``quotes="true"`` (itself or the macro it is in) the first level of
    quotes is the inner one."""
    original = model.Text._variable

    def text_variable(self: Any, item: Any, context: Any) -> Any:
        text = original(self, item, context)
        if text is None or not isinstance(text, str | MixedString):
            return text
        plain = str(text)
        quoted = _in_quotes.get() or self.get("quotes", "false").lower() == "true"
        terms = tuple(
            str(self.get_single_term(name=name))
            for name in ("open-quote", "close-quote", "open-inner-quote", "close-inner-quote")
        )
        marks = ('"', "'", *terms) if quoted else ('"', "'")
        if not any(mark and mark in plain for mark in marks):
            return text
        return String(_typographic(plain, quoted, terms))  # type: ignore[arg-type]

    original_process = model.Text.process

    def text_process(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        if "macro" not in self.attrib or self.get("quotes", "false").lower() != "true":
            return original_process(self, item, context, **kwargs)
        token = _in_quotes.set(True)
        try:
            return original_process(self, item, context, **kwargs)
        finally:
            _in_quotes.reset(token)

    model.Text._variable = text_variable
    model.Text.process = text_process


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


_quote_marks: ContextVar[dict[str, str]] = ContextVar("quote_marks", default=_CLOSING_QUOTES)
"""The closing quotation marks of the locale being rendered, each with its opening mark."""


def _closes_quote(text: str) -> bool:
    """Whether ``text`` ends with one of the locale's closing quotes: a ``’`` (or ``”``) with
    its opening mark before it. A word-final ``’`` without one is an apostrophe or a
    romanized soft sign (``Sibir’``, ``Mysl’``), not a quote; guillemets in an English text
    are the text's own characters, not quotes (citeproc-js)."""
    if len(text) < 2:
        return False
    opening = _quote_marks.get().get(text[-1])
    if opening is None:
        return False
    if opening == "\u2018" and text[-2].isalpha():
        return opening in text
    return True


def _locale_quotes(layout: Any) -> dict[str, str]:
    marks = layout.__dict__.get("_archivecite_quote_marks")
    if marks is None:
        terms = [
            str(layout.get_single_term(name=name) or "")
            for name in ("open-quote", "close-quote", "open-inner-quote", "close-inner-quote")
        ]
        marks = {close: opening for opening, close in (terms[:2], terms[2:]) if close}
        layout._archivecite_quote_marks = marks
    return dict(marks)


def _rendering_with_locale_quotes(method: Any) -> Any:
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        token = _quote_marks.set(_locale_quotes(self))
        try:
            return method(self, *args, **kwargs)
        finally:
            _quote_marks.reset(token)

    return wrapper


def _move_into_quote(left: Any, right: Any) -> tuple[Any, Any]:
    """``“Title”`` + ``.`` → ``“Title.”``; a period already inside absorbs the new one."""
    text, following = str(left), str(right)
    if following[:1] not in (".", ",") or not _closes_quote(text):
        return left, right
    rest = _strip_first(right)
    run = len(text) - len(text.rstrip("".join(_quote_marks.get())))
    if absorbs(text[-run - 1 : -run], following[0]):
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


_ABSORBING: Final = frozenset(
    (left, right)
    for left, merged in {
        "!": {".": "!", ":": "!"},
        "?": {".": "?", ":": "?"},
        ":": {".": ":"},
        ";": {".": ";", ":": ";"},
    }.items()
    for right in merged
)
"""citeproc-js ``CSL.Output.Queue.adjust`` (its ``LtoR_MAP``): the punctuation mark on the right
that the mark on the left absorbs ("?" + "." is "?"); every other pair is kept ("?,", ",.")."""


def absorbs(left: str, right: str) -> bool:
    """Whether punctuation ``right`` disappears after ``left`` (or is a duplicate of it)."""
    return bool(left) and ((left == right and left in ".,;:!?") or (left, right) in _ABSORBING)


def merge_seam(left: Any, other: Any) -> Any:
    """citeproc-py's ``normalize_seam`` (no double space, no doubled mark) with citeproc-js's
    punctuation merging: a field ending in "?" or "!" absorbs the "." or ":" after it."""
    left_text = str(left)
    other_text = str(other)
    if left_text and other_text and absorbs(left_text[-1], other_text[0]):
        return _strip_first(other)
    return normalize_seam(left, other)


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
            output = output + merge_seam(output, delimiter)
            output = output + merge_seam(output, item)
        return output

    def wrap(self: Any, string: Any) -> Any:
        if string is None:
            return None
        prefix = self.get("prefix", "")
        suffix = self.get("suffix", "")
        string = merge_seam(prefix, string)
        text = prefix + string
        if type(text) is str:
            text = String(text)
        return text + merge_seam(text, suffix)

    MixedString.__add__ = mixed_add
    model.Layout.render_citation = _rendering_with_locale_quotes(model.Layout.render_citation)
    model.Layout.render_bibliography = _rendering_with_locale_quotes(
        model.Layout.render_bibliography
    )
    citeproc_string.normalize_seam = merge_seam
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


_STATE: Final = "_archivecite_disambiguation"


class _NameSet:
    """The first name list a cite renders (``cs:name`` of its first ``cs:names``)."""

    __slots__ = ("form", "initialize", "initialize_with", "names", "shown", "variable")

    def __init__(self, element: Any, item: Any, variable: str, context: Any) -> None:
        def option(name: str) -> Any:
            return element.get_option(name, context, None)

        self.variable = variable
        self.names = list(item.reference.get(variable, []))
        self.form = option("form") or "long"
        self.initialize_with = option("initialize-with")
        self.initialize = element.get("initialize", "true").lower() != "false"
        total = len(item.reference.get(variable, []))
        et_al_min, use_first = option("et-al-min"), option("et-al-use-first")
        truncated = total > 1 and et_al_min and total >= et_al_min
        self.shown = min(total, use_first) if truncated and use_first else total

    def levels(self, rule: str) -> tuple[int, ...]:
        """The expansions that change how a name shows (CSL 1.0.2 "Expansion of Individual
        Names"): 1 adds initials, 2 the given name in full, as written (citeproc-js)."""
        initials_only = rule.endswith("with-initials")
        initialized = self.initialize_with is not None and self.initialize
        if self.form == "short":
            if initialized:
                return (1,) if initials_only else (1, 2)
            return () if initials_only else (2,)
        return (2,) if self.form == "long" and initialized and not initials_only else ()

    def shows(self, name: Any, level: int) -> tuple[str, ...]:
        """What distinguishes ``name`` in the cite at expansion ``level``."""
        if "literal" in name:
            return (str(name["literal"]),)
        given = str(name.get("given") or "")
        family = " ".join(
            str(name[part]) for part in ("non-dropping-particle", "family") if name.get(part)
        )
        initialized = self.initialize_with is not None and self.initialize
        if level == 0 and self.form == "short":
            return (family,)
        if level == 2 or not initialized:
            return (given, family)
        return (initials.initialize_with(given, "."), family)


def _person(name: Any) -> tuple[str, str] | None:
    if "literal" in name:
        return None
    return str(name.get("family") or ""), str(name.get("given") or "")


class _Disambiguation:
    """How one work's cites (and entry) are disambiguated: names shown, names expanded."""

    __slots__ = ("first_only", "givens", "names", "variable")

    def __init__(self, variable: str, first_only: bool = False) -> None:
        self.variable = variable
        self.first_only = first_only  # givens expanded in the first name only (primary-name)
        self.names: int | None = None
        self.givens: dict[tuple[str, str], int] = {}


_probe: ContextVar[dict[str, _NameSet] | None] = ContextVar("name_probe", default=None)
_undecorated: ContextVar[bool] = ContextVar("undecorated", default=False)
_expanding: ContextVar[bool] = ContextVar("expanding", default=False)
"""Set while one name is rendered alone to be shown expanded."""


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
        texts[str(item.key)] = " ".join(str(text).split())
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


def _same_initials(names: list[Any]) -> set[tuple[str, str]]:
    """citeproc-js in the bibliography: the persons of one name list (shown or hidden by
    et-al) that share family name and initials with another person of the list; they show
    their given names in full ("Brown, John and Brown, Jane", not "Brown, J. and Brown, J.")."""
    people: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for name in names:
        if (person := _person(name)) is not None:
            family = " ".join(
                str(name[part]) for part in ("non-dropping-particle", "family") if name.get(part)
            )
            people.setdefault((family, initials.initialize_with(person[1], ".")), set()).add(person)
    return {person for same in people.values() if len(same) > 1 for person in same}


def _expands_in_lists(element: Any) -> bool:
    """Whether the style expands given names within a bibliography name list (citeproc-js
    does with ``disambiguate-add-givenname`` and a rule that allows full given names)."""
    root = element.get_root()
    value = root.__dict__.get("_archivecite_list_givens")
    if value is None:
        citation = root.find("{http://purl.org/net/xbiblio/csl}citation")
        rule = "" if citation is None else citation.get("givenname-disambiguation-rule", "")
        value = (
            citation is not None
            and _option(citation, "disambiguate-add-givenname")
            and not rule.endswith("with-initials")
        )
        root._archivecite_list_givens = value
    return bool(value)


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
        parts = _split(bibliography, members)
        following = [members] if parts is None else parts
        for part in following:
            if level < most:
                pending.append((part, level + 1))
            else:
                left.append(part)
    for group in left:
        for item in group:
            item.reference[_DISAMBIGUATE] = 1 if suffix else most
    return left


def _option(element: Any, name: str) -> bool:
    return str(element.get(name, "")).lower() == "true"


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


def _disambiguated_names() -> None:
    """CSL 1.0.2 "Disambiguation", methods (1) and (2) as rendered: a work's first name list
    shows the names :func:`assign_year_suffixes` added (in the bibliography too, where more
    names than its own et-al settings show) and its expanded names with initials or full
    given names; and the first name list of each cite is recorded for that function."""
    original = model.Name.process

    def process(
        self: Any,
        item: Any,
        variable: str,
        context: Any = None,
        sort_options: Any = None,
        **kwargs: Any,
    ) -> Any:
        def render(override: Any = None) -> Any:
            return original(self, item, variable, context=context, sort_options=override, **kwargs)

        sorting = sort_options is not None or _in_sort_macro.get()
        if variable not in item.reference:
            return render(sort_options)
        probe = _probe.get()
        if not sorting and probe is not None and str(item.key) not in probe:
            probe[str(item.key)] = _NameSet(self, item, variable, context)
        state = None if sorting else item.reference.get(_STATE)
        if state is not None and state.variable != variable:
            state = None
        entry = _entry.get()
        listed = _bibliography_sort.get() if sorting else bool(entry and entry.in_bibliography)
        names = list(item.reference.get(variable, []))
        full = _same_initials(names) if listed and _expands_in_lists(self) else set()
        if state is None and not full:
            return render(sort_options)
        override: dict[str, Any] = dict(sort_options or {})
        if state is not None and state.names is not None:
            et_al_min = self.get_option("et-al-min", context)
            use_first = self.get_option("et-al-use-first", context)
            if et_al_min and len(names) >= et_al_min and state.names > use_first:
                if state.names >= len(names):
                    override["et-al-min"] = len(names) + 1
                else:
                    override["et-al-use-first"] = state.names

        def expand(index: int, name: Any) -> Any:
            person = _person(name) or ("", "")
            level = 2 if person in full else 0
            if state is not None and (index == 0 or not state.first_only):
                level = max(level, state.givens.get(person, 0))
            options = _expansion(self, context, level, index)
            if options is None:
                return name
            item.reference[variable] = [name]
            token = _expanding.set(True)
            try:
                text = render({**(sort_options or {}), **options})
            finally:
                _expanding.reset(token)
            return _written(str(text)) if text else name

        try:
            expanded = [expand(index, name) for index, name in enumerate(names)]
            item.reference[variable] = expanded
            return render(override or None)
        finally:
            item.reference[variable] = names

    model.Name.process = process
    original_quote = model.Quoted.quote

    def quote(self: Any, string: Any) -> Any:
        return string if _undecorated.get() else original_quote(self, string)

    model.Quoted.quote = quote


def _expansion(element: Any, context: Any, level: int | None, index: int) -> Any:
    """The ``cs:name`` options that show the ``index``-th name at expansion ``level`` (CSL
    1.0.2 "Expansion of Individual Names": long form for initials, ``initialize`` off for the
    full given name), or None when that changes nothing."""
    if not level:
        return None
    form = element.get_option("form", context) or "long"
    initialize_with = element.get_option("initialize-with", context)
    initialized = initialize_with is not None and element.get("initialize", "true") != "false"
    options: dict[str, Any] = {}
    if form == "short":
        options["form"] = "long"
        if level == 2:
            options["initialize-with"] = None
    elif form == "long" and level == 2 and (initialized or initialize_with is not None):
        options["initialize-with"] = None  # the given name as written (citeproc-js)
    else:
        return None
    order = element.get_option("name-as-sort-order", context)
    options["name-as-sort-order"] = (
        order if order == "all" or (order == "first" and index == 0) else None
    )
    return options


def _disambiguate_test(item: Any, wanted: bool) -> bool:
    """A ``disambiguate`` test as citeproc-js counts them: a work disambiguated at level n
    passes the first n ``disambiguate="true"`` tests its cite (or entry) evaluates."""
    level = int(item.reference.get(_DISAMBIGUATE) or 0)
    if not wanted:
        return not level
    entry = _entry.get()
    if not level or (entry is not None and entry.disambiguate_count >= level):
        return False
    if entry is not None:
        entry.disambiguate_count += 1
    return True


def _disambiguate_condition() -> None:
    """CSL 1.0.2 "Choose": ``disambiguate="true"`` holds for a work whose cite would otherwise
    be identical to another's (citeproc-py took every such condition as true); as in
    citeproc-js, tests pass one more at each level tried (Chicago's nested tests add the
    edition before the publisher)."""
    original = model.If.render

    def render(
        self: Any, item: Any, context: Any = None, delimiter: str = "", **kwargs: Any
    ) -> Any:
        wanted = self.get("disambiguate")
        if wanted is None:
            return original(self, item, context=context, delimiter=delimiter, **kwargs)
        holds = _disambiguate_test(item, wanted.lower() == "true")
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
    text = str(value)
    if not text:
        return None
    # citeproc-js keystring: every space becomes its sort separator "|" (a symbol, so it
    # counts where spaces and punctuation do not), and one ends the key
    key = collation_key("|".join(text.split(" ")) + "|", lang)
    return key or None


_in_sort_macro: ContextVar[bool] = ContextVar("in_sort_macro", default=False)
_bibliography_sort: ContextVar[bool] = ContextVar("bibliography_sort", default=False)
_DATE_PART_TAG: Final = "{http://purl.org/net/xbiblio/csl}date-part"


def _year_key(year: int) -> str:
    """citeproc-js ``dateAsSortKey``: a year as ``1YYYY``; a year BC as ``0`` and 9999 less
    the year, so that earlier years come first."""
    if year < 0:
        return f"0{9999 + year:04d}"
    return f"1{year:04d}"


def date_sort_key(date: Any, parts: Any) -> str:
    """CSL 1.0.2 "Sorting Macros": a date rendered in a macro called by ``cs:key`` is its
    YYYYMMDD key with only the date-parts the date renders (zeros for the others), start and
    end of a range, as citeproc-js writes it (``119430911100000000`` for 11 September 1943)."""
    if isinstance(date, DateRange):
        begin, end = date.begin, date.get("end")
    else:
        begin, end = date, None

    def one(value: Any) -> str:
        year = int(value.get("year", 0) or 0) if value is not None else 0
        month = int(value.get("month", 0) or 0) if value is not None and "month" in parts else 0
        day = int(value.get("day", 0) or 0) if value is not None and "day" in parts else 0
        return f"{_year_key(year)}{month if month <= 12 else 0:02d}{day:02d}"

    return one(begin) + one(end)


def _date_parts_shown(element: Any) -> frozenset[str]:
    form = element.get("form")
    if form is not None:
        return frozenset((element.get("date-parts") or "year-month-day").split("-"))
    names = {part.get("name") for part in element.iterchildren(_DATE_PART_TAG)}
    return frozenset(names or ("year", "month", "day"))


def _language(element: Any, item: Any) -> str:
    """The language citeproc-py's ``Text.process`` gives a text: the item's, else the style's."""
    try:
        return str(item.reference.language)[:2]
    except (VariableError, KeyError, AttributeError):
        return str(element.get_root().get("default-locale", "en"))[:2]


def _sorting() -> None:
    """CSL 1.0.2 "Sorting": keys compare as citeproc-js compares them (locale collation,
    accents, case and punctuation ignored, numbers by value); empty keys sort last, ties keep
    the order of registration. "Sorting Macros": a date inside a macro key is its YYYYMMDD
    key (so dates sort by time, not by the text of their month names)."""

    def sort(self: Any, items: Any, context: Any) -> Any:
        items = list(items)
        lang = sort_language.get()
        columns = []
        for key in self.iterchildren(_KEY_TAG):
            descending = key.get("sort", "ascending").lower() == "descending"
            token = _in_sort_macro.set("macro" in key.attrib)
            area = _bibliography_sort.set(self.getparent().tag == _BIBLIOGRAPHY_TAG)
            try:
                raw = key.sort_keys(items, context)
            finally:
                _bibliography_sort.reset(area)
                _in_sort_macro.reset(token)
            values = [_sort_key(value, lang) for value in raw]
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

    original_date = model.Date.process

    def date_process(self: Any, item: Any, variable: Any = None, *args: Any, **kwargs: Any) -> Any:
        if not _in_sort_macro.get():
            return original_date(self, item, variable, *args, **kwargs)
        name = (variable or self.get("variable") or "").replace("-", "_")
        value = item.reference.get(name)
        if not value or isinstance(value, LiteralDate):
            return original_date(self, item, variable, *args, **kwargs)
        return String(date_sort_key(value, _date_parts_shown(self)))

    original_text = model.Text.process

    def text_process(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        sort_options = kwargs.get("sort_options")
        if sort_options is None or "macro" not in self.attrib:
            return original_text(self, item, context, **kwargs)
        # citeproc-py dropped the key's name options in a macro called from the macro
        macro = self.get_macro(self.get("macro"))
        text = macro.render(
            item, context=self if context is None else context, sort_options=sort_options
        )
        return text, _language(self, item)

    model.Sort.sort = sort
    model.Date.process = date_process
    model.Text.process = text_process
    _sort_names()


def _sort_names() -> None:
    """CSL 1.0.2 "Sorting Macros": names in a macro key leave out their ``cs:label`` and the
    "et-al" term, and (as citeproc-js writes keys) the "and" before the last name; with
    ``demote-non-dropping-particle="sort-only"`` the particle is demoted in keys (CSL 1.0.2
    "Name Particles"); names in a variable key are joined as a name list ("Family, Given,
    Family, Given")."""
    original_name = model.Name.process

    def name_process(
        self: Any, item: Any, variable: str, context: Any = None, **kwargs: Any
    ) -> Any:
        if _in_sort_macro.get():
            options = {**(kwargs.get("sort_options") or {}), "and": None}
            demote = self.get_option("demote-non-dropping-particle", context, options)
            if demote == "sort-only":  # "van Gogh" sorts under G
                options["demote-non-dropping-particle"] = "display-and-sort"
            kwargs["sort_options"] = options
        return original_name(self, item, variable, context=context, **kwargs)

    original_et_al = model.Name.et_al

    def et_al(self: Any) -> Any:
        return None if _in_sort_macro.get() else original_et_al(self)

    original_label = model.Label.process

    def label_process(self: Any, item: Any, variable: Any = None, *args: Any, **kwargs: Any) -> Any:
        if variable is not None and _in_sort_macro.get():
            return None  # the role label of a name list
        return original_label(self, item, variable, *args, **kwargs)

    def format_name(self: Any, item: Any, variable: str) -> Any:
        names = item.reference.get(variable)
        if names is None:
            return None
        demote = str(self.get_root().get("demote-non-dropping-particle", "display-and-sort"))
        output = []
        for name in names:
            given, family, dropping, non_dropping, suffix = name.parts()
            if demote.lower() in ("sort-only", "display-and-sort"):
                given = " ".join(part for part in (given, dropping, non_dropping) if part)
            else:
                family = " ".join(part for part in (non_dropping, family) if part)
                given = " ".join(part for part in (given, dropping) if part)
            output.append(" ".join(part for part in (family, given, suffix) if part))
        return ", ".join(output)

    model.Name.process = name_process
    model.Name.et_al = et_al
    model.Label.process = label_process
    model.Key._format_name = format_name


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
        item.reference[variable] = replaced
        try:
            return original(self, item, variable, context=context, **kwargs)
        finally:
            item.reference[variable] = names

    model.Name.process = process


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


class _Entry:
    """What one cite or bibliography entry has rendered so far."""

    __slots__ = (
        "capitalize_terms",
        "disambiguate_count",
        "in_bibliography",
        "names",
        "names_depth",
        "names_label",
        "person_names",
        "rendered",
        "shown_names",
    )

    def __init__(self, capitalize_terms: bool, in_bibliography: bool = False) -> None:
        self.capitalize_terms = capitalize_terms
        self.in_bibliography = in_bibliography
        self.rendered = False
        self.names: str | None = None
        self.names_depth = 0
        self.person_names = False
        self.names_label = False
        self.shown_names: str | None = None
        self.disambiguate_count = 0


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


class _GroupFrame:
    """citeproc-js's group context: whether a variable was tried, one rendered, a term shown."""

    __slots__ = ("attempted", "succeeded", "term")

    def __init__(self) -> None:
        self.attempted = False
        self.succeeded = False
        self.term = False


_group: ContextVar[_GroupFrame | None] = ContextVar("group", default=None)
_CHOOSE_TAG: Final = "{http://purl.org/net/xbiblio/csl}choose"


def _attempt(frame: _GroupFrame | None, text: Any) -> None:
    if frame is not None:
        frame.attempted = True
        if text:
            frame.succeeded = True


def _shown(frame: _GroupFrame, rendered: bool) -> bool:
    """Whether a group (or macro call) with ``frame`` shows, telling the enclosing group."""
    parent = _group.get()
    shown = rendered and (frame.succeeded or (frame.term and not frame.attempted))
    if parent is not None:
        if shown:
            parent.succeeded = True
        else:
            parent.attempted = frame.attempted  # citeproc-js overwrites, it does not add
    return shown


def _group_process(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
    """``cs:group`` rendered in a frame of its own; suppressed as :func:`_shown` says."""
    frame = _GroupFrame()
    token = _group.set(frame)
    output = []
    delimiter = self.get("delimiter", "")
    try:
        for child in self.iterchildren():
            try:
                if child.tag == _CHOOSE_TAG:
                    text = child.render(item, context=context, delimiter=delimiter, **kwargs)
                else:
                    text = child.render(item, context=context, **kwargs)
            except VariableError:
                continue
            if text is not None:
                output.append(text)
    finally:
        _group.reset(token)
    if not _shown(frame, bool(output)):
        raise VariableError
    return self.join(output)


def _attempting(method: Any) -> Any:
    """``method`` renders a variable: the enclosing group learns whether it gave text."""

    def render(self: Any, *args: Any, **kwargs: Any) -> Any:
        frame = _group.get()
        try:
            text = method(self, *args, **kwargs)
        except VariableError:
            _attempt(frame, None)
            raise
        _attempt(frame, text)
        return text

    return render


def _intending(method: Any) -> Any:
    """``method`` renders a term or a label: the enclosing group learns it showed one."""

    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        text = method(self, *args, **kwargs)
        frame = _group.get()
        if frame is not None and text:
            frame.term = True
        return text

    return wrapper


def _text_in_groups(original_variable: Any, original_process: Any) -> tuple[Any, Any]:
    """``Text._variable`` and ``Text.process`` that report to the enclosing group; a macro
    call is a group of its own, as citeproc-js expands it ("treated as a real node")."""

    def text_variable(self: Any, item: Any, context: Any) -> Any:
        if self.get("variable") in model.Text.generated_variables:
            text = original_variable(self, item, context)
            if text:  # a year-suffix counts once rendered (citeproc-js), never as missing
                _attempt(_group.get(), text)
            return text
        return _attempting(original_variable)(self, item, context)

    def text_process(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        if "macro" not in self.attrib:
            text, language = original_process(self, item, context, **kwargs)
            frame = _group.get()
            if frame is not None and text and "value" in self.attrib:
                frame.term = True
            return text, language
        frame = _GroupFrame()
        token = _group.set(frame)
        try:
            text, language = original_process(self, item, context, **kwargs)
        finally:
            _group.reset(token)
        return (text if _shown(frame, bool(text)) else None), language

    return text_variable, text_process


def _group_suppression() -> None:
    """CSL 1.0.2 "Group": a ``cs:group`` is suppressed when it calls a variable (directly or
    through a macro) and every variable it calls is empty -- judged, as citeproc-js does, on
    the elements actually rendered: the branch of a ``cs:choose`` not taken calls nothing
    (citeproc-py counted any variable anywhere under a rendered ``cs:choose``, so APA's
    ``(Publication)`` for a thesis without a number was printed). As in citeproc-js, a group
    shows when one of its variables rendered, or when it shows a term and tried no variable;
    a nested group (or macro call) that shows counts as a rendered variable for the group
    around it."""
    model.Group.process = _group_process
    model.Text._variable, model.Text.process = _text_in_groups(
        model.Text._variable, model.Text.process
    )
    model.Text._term = _intending(model.Text._term)
    model.Label.process = _intending(model.Label.process)
    for cls in (model.Names, model.Date, model.Number):
        cls.render = _attempting(cls.render)


_PAGE: Final = re.compile(r"([0-9]*[a-zA-Z]+0*)?([0-9]+[a-z]*)")


def _minimize(begin: str, end: str, keep: int) -> str:
    """citeproc-js ``minimize_internal``: drop the leading digits ``end`` shares with
    ``begin``, keeping at least ``keep``; numbers of different lengths stay whole."""
    if len(begin) != len(end):
        return end
    index = 0
    while index < len(begin) and begin[index] == end[index] and len(end) - index > keep:
        index += 1
    return end[index:]


def last_page(first: str, last: str, range_format: str | None) -> str:
    """CSL 1.0.2 "Page Ranges" (``page-range-format``), as citeproc-js's page mangler does it:
    an abbreviated last page is first expanded ("321-8" is 321-328), then shortened per format;
    a range whose end is not above its start, or in a style without the option, is left
    alone."""
    begin_match, end_match = _PAGE.fullmatch(first), _PAGE.fullmatch(last)
    if range_format is None or begin_match is None or end_match is None:
        return last  # citeproc-js leaves a range alone when the style sets no format
    prefix, begin = begin_match.groups()
    end_prefix, end = end_match.groups()
    if end_prefix and end_prefix != prefix:
        return last
    if len(end) < len(begin):
        end = begin[: len(begin) - len(end)] + end
    begin_number = int(re.match(r"\d+", begin).group())  # type: ignore[union-attr]
    end_number = int(re.match(r"\d+", end).group())  # type: ignore[union-attr]
    if begin_number >= end_number:
        return last
    if range_format == "minimal":
        end = _minimize(begin, end, 0)
    elif range_format == "minimal-two":
        end = _minimize(begin, end, 2)
    elif range_format in ("chicago", "chicago-15"):
        if begin_number > 100 and begin_number % 100 and begin_number // 100 == end_number // 100:
            end = str(end_number % 100)
        elif begin_number >= 10000:
            end = str(end_number % 1000)
    elif range_format == "chicago-16" and begin_number > 100 and begin_number % 100:
        for power in range(2, len(str(end_number))):
            divisor = 10**power
            if begin_number // divisor == end_number // divisor:
                end = str(end_number % divisor)
                break
    else:  # "expanded": the end repeats the start's prefix (A12–A15)
        return (prefix or "") + end
    return end


def _page_ranges() -> None:
    """CSL 1.0.2 "Page Ranges": "minimal-two" keeps two digits only when both numbers have the
    same length ("5-27" stays 5–27; citeproc-py cut it to "5–7"); the "chicago" formats as
    citeproc-js applies them."""

    def format_last_page(self: Any, first: str, last: str) -> str:
        return last_page(str(first), str(last), self.get_root().get_option("page-range-format"))

    model.FormatNumber._format_last_page = format_last_page


_NUMBER_JOINERS: Final = re.compile(r"&|\sand\s|;\s+|,\s+|\s*\\*[-\u2013]+\s*")
_NUMERIC_PIECE: Final = re.compile(r"^(?:[a-zA-Z]*\d|[ivxlcmIVXLCM]+$)")


def is_plural(value: str) -> bool:
    """CSL 1.0.2 "Label", ``plural="contextual"``: plural when the value holds several numbers
    -- joined, as citeproc-js reads them, by ``&``, "and", ``, ``, ``; `` or a range dash
    ("1-3", "2 & 4", "e262-e273"), each piece a number (a letter prefix allowed); "2 (34)" or
    "3(36)" is one number."""
    pieces = _NUMBER_JOINERS.split(value.strip())
    return len(pieces) > 1 and all(_NUMERIC_PIECE.match(piece.strip()) for piece in pieces)


def _label_plurals() -> None:
    """CSL 1.0.2 "Label": the plural of a contextual label as :func:`is_plural` decides it
    (citeproc-py took any two digit runs for several numbers: "nos. 2 (34)")."""

    def plural(self: Any, item: Any) -> bool:
        variable = self.get("variable")
        if variable == "locator":
            value = item.locator.identifier
        else:
            try:
                value = item.reference[variable.replace("-", "_")]
            except VariableError:
                return False
        if variable.startswith("number-of"):
            try:
                return int(str(value)) > 1
            except ValueError:
                return is_plural(str(value))
        return is_plural(str(value))

    model.Label._is_plural = plural


def _shown_names(element: Any, item: Any, variable: str, context: Any, kwargs: Any) -> str:
    """The names a ``cs:name`` shows for ``variable`` after et-al abbreviation, as a key."""
    names = list(item.reference.get(variable, []))
    options = kwargs.get("sort_options")
    et_al_min = element.get_option("et-al-min", context, options)
    use_first = element.get_option("et-al-use-first", context, options)
    if len(names) > 1 and et_al_min and len(names) >= et_al_min:
        names = names[:use_first]
    return "\x1f".join("\x1e".join(str(part or "") for part in name.parts()) for name in names)


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
        entry.names = entry.shown_names or str(text)
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

    def name_process(
        self: Any, item: Any, variable: str, context: Any = None, **kwargs: Any
    ) -> Any:
        text = original_name(self, item, variable, context=context, **kwargs)
        entry = _entry.get()
        if entry is not None and text:
            entry.person_names = True
            if (
                entry.in_bibliography
                and entry.names_depth
                and entry.shown_names is None
                and not _expanding.get()
            ):
                # compared without "et al." and "and": the names shown (citeproc-js)
                entry.shown_names = _shown_names(self, item, variable, context, kwargs)
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


FIXES: Final = (
    _variables,
    _case_sensitive_ids,
    _hyphenated_variables,
    _substitution,
    _initials,
    _quotes,
    _punctuation_in_quote,
    _lookups,
    _year_suffix,
    _sorting,
    _institution_last,
    _names,
    _short_demoted_particles,
    _disambiguate_condition,
    _text_case,
    _group_suppression,
    _leading_terms,
    _labels,
    _subsequent_author_substitute,
    _page_ranges,
    _label_plurals,
    _disambiguated_names,
)


def apply() -> None:
    """Apply every fix once."""
    global _applied  # noqa: PLW0603
    if _applied:
        return
    for fix in FIXES:
        fix()
    _applied = True
