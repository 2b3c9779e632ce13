"""Speed, not a CSL rule: macros, the enclosing layout and per-element answers found once."""

from __future__ import annotations

from typing import Any, Final

from citeproc import model

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
        node = self.__dict__.get("_archivecite_layout")
        if node is not None:
            return node
        node = self
        while node is not None and node.tag != _LAYOUT_TAG:
            node = node.getparent()
        if node is None:
            raise IndexError("no enclosing cs:layout")
        self._archivecite_layout = node  # a style's tree does not change while rendering
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
