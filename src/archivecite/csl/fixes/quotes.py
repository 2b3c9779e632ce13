"""citeproc-js "smart quotes": its flip-flop parser for quotation marks in field values."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any, Final

from citeproc import model
from citeproc.string import MixedString, String

from archivecite.csl import initials

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
