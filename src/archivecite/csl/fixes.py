"""Where citeproc-py and citeproc-js (the CSL reference engine) disagree, fixed at the root.

Every fix is a targeted patch of one citeproc-py method or table, applied once by
:func:`apply`, and named after the CSL 1.0.2 rule it restores; ``tests/csl/test_fixes.py``
has a test per fix.
"""

from __future__ import annotations

from typing import Any, Final

import citeproc
from citeproc import model
from citeproc.string import MixedString, String

from archivecite.csl import initials

__all__ = ["FIXES", "apply"]

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
        if repressed and variables and all(name in repressed for name in variables):
            return None
        text = original_names(self, item, names_context, context, **kwargs)
        if text:
            layout.__dict__.setdefault("_archivecite_rendered", set()).update(variables)
        return text

    model.Substitute.render = substitute_render
    model.Text._variable = text_variable
    model.Names.process = names_process


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
    double_open = single_open = False
    for index, char in enumerate(text):
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        opening = before.isspace() or before in "([{\u2014\u2013/-\"'“‘«"
        if quoted and char in "\u201c\u201d":
            out.append(outer_open if char == "\u201c" else outer_close)
        elif char == '"':
            if opening and not double_open:
                out.append(outer_open)
                double_open = True
            else:
                out.append(outer_close if double_open else "\u201d")
                double_open = False
        elif char == "'":
            if opening and not after.isspace():
                out.append(inner_open)
                single_open = True
            elif single_open and not (before.isalpha() and after.isalpha()):
                out.append(inner_close)
                single_open = False
            else:
                out.append("\u2019")
        else:
            out.append(char)
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
        quoted = self.get("quotes", "false").lower() == "true"
        terms = tuple(
            str(self.get_single_term(name=name))
            for name in ("open-quote", "close-quote", "open-inner-quote", "close-inner-quote")
        )
        return String(_typographic(plain, quoted, terms))  # type: ignore[arg-type]

    model.Text._variable = text_variable


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


_CLOSING_QUOTES: Final = "\u201d\u2019\u00bb"


def _move_into_quote(left: Any, right: Any) -> tuple[Any, Any]:
    """``“Title”`` + ``.`` → ``“Title.”``; a period already inside absorbs the new one."""
    text, following = str(left), str(right)
    if len(text) < 2 or text[-1] not in _CLOSING_QUOTES or following[:1] not in (".", ","):
        return left, right
    if text[-2] in ".,!?":
        return left, String(following[1:])
    return String(text[:-1] + following[0] + text[-1]), String(following[1:])


def _punctuation_in_quote() -> None:
    """CSL 1.0.2 Locale options: with ``punctuation-in-quote="true"`` a period or comma that
    follows a closing quote is moved inside it, in affixes and delimiters alike."""

    def enabled(element: Any) -> bool:
        root = element.get_root()
        value = root.__dict__.get("_archivecite_piq")
        if value is None:
            value = str(element.get_locale_option("punctuation-in-quote")).lower() == "true"
            root._archivecite_piq = value
        return bool(value)

    original_wrap = model.Affixed.wrap

    def wrap(self: Any, string: Any) -> Any:
        if string is None or not enabled(self):
            return original_wrap(self, string)
        suffix = self.get("suffix", "")
        if suffix[:1] in (".", ",") and str(string)[-1:] in _CLOSING_QUOTES:
            string, rest = _move_into_quote(string, suffix)
            prefix = self.get("prefix", "")
            return String(prefix + str(string) + str(rest))
        return original_wrap(self, string)

    original_join = model.Delimited.join

    def join(self: Any, strings: Any, default_delimiter: str = "") -> Any:
        if not enabled(self):
            return original_join(self, strings, default_delimiter)
        delimiter = self.get("delimiter", default_delimiter)
        parts = [part for part in strings if part is not None]
        if delimiter[:1] in (".", ","):
            parts = [
                String(str(_move_into_quote(part, delimiter)[0]))
                if index < len(parts) - 1 and str(part)[-1:] in _CLOSING_QUOTES
                else part
                for index, part in enumerate(parts)
            ]
            fixed = []
            for index, part in enumerate(parts):
                fixed.append(part)
                if index < len(parts) - 1:
                    moved = str(part)[-2:-1] == delimiter[:1] and str(part)[-1:] in _CLOSING_QUOTES
                    fixed.append(delimiter[1:] if moved else delimiter)
            return String("".join(str(piece) for piece in fixed)) if parts else String("")
        return original_join(self, parts, default_delimiter)

    model.Affixed.wrap = wrap
    model.Delimited.join = join


FIXES: Final = (_variables, _substitution, _initials, _quotes, _punctuation_in_quote, _lookups)


def apply() -> None:
    """Apply every fix once."""
    global _applied  # noqa: PLW0603
    if _applied:
        return
    for fix in FIXES:
        fix()
    _applied = True
