"""citeproc-js punctuation at concatenation seams: merged marks and ``punctuation-in-quote``."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any, Final

from citeproc import model
from citeproc import string as citeproc_string
from citeproc.string import SEAM_PUNCTUATION as _SEAM_PUNCTUATION
from citeproc.string import MixedString, String, _strip_first_char

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


def _edge(value: Any, last: bool) -> str:
    """The last (or first) character of ``str(value)``, read without joining a MixedString's
    segments (``str`` of the whole grows with the entry at every seam)."""
    if isinstance(value, MixedString):
        for segment in reversed(value) if last else value:
            text = str(segment)
            if text:
                return text[-1] if last else text[0]
        return ""
    text = str(value)
    return text[-1:] if last else text[:1]


def merge_seam(left: Any, other: Any) -> Any:
    """citeproc-py's ``normalize_seam`` (no double space, no doubled mark) with citeproc-js's
    punctuation merging: a field ending in "?" or "!" absorbs the "." or ":" after it."""
    first = _edge(other, last=False)
    if not first:
        return other
    final = _edge(left, last=True)
    if not final:
        return other
    if absorbs(final, first):
        return _strip_first(other)
    if (final == " " and first == " ") or (final == first and first in _SEAM_PUNCTUATION):
        return _strip_first_char(other)
    return other


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
        if not prefix and not suffix and isinstance(string, str | MixedString):
            return String(string) if type(string) is str else string  # no seam to merge
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
