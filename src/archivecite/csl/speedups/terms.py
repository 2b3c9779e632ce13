"""Terms, dates, quotes, formatting and ``cs:text``: locale look-ups answered once per style."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from citeproc import model
from citeproc.source import VariableError

from archivecite.csl.speedups._patching import MISSING, replace


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
        term = memo.get(key, MISSING)
        if term is MISSING:
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

    replace(model.Quoted, "quote", quote)


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

    replace(model.Formatted, "format", format)


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
            language = dict.get(item.reference, "language", MISSING)
        except VariableError:
            language = MISSING
        language = default if language is MISSING else language[:2]
        if kind == "variable":
            text = self._variable(item, context)
        elif kind == "macro":
            text = self.get_macro(macro).render(item, context)
        elif kind == "term":
            text = self._term(item)
        else:
            text = model.String(self.preformat(self.get("value")))
        return text, language

    replace(model.Text, "process", process)


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
