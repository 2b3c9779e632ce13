"""Reviews titled by the book they review, their own author named first: H-Net's ``Aalgaard on
Yoshimi, 'Grassroots Fascism: …'``. The review is another work than the book: its author is
the reviewer, its title the heading as printed, and the book (author and title) is kept as
``extra["reviewed"]``."""

from __future__ import annotations

from archivecite.model import Name, Span
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.heading_patterns import (
    NAMES_JOIN_PATTERN,
    REVIEWER_ON_AUTHOR_PATTERN,
)
from archivecite.parse.published.names import is_name_word
from archivecite.parse.published.terms import ENGLISH_WORDS, ESSAY_TITLE_WORDS
from archivecite.parse.published.titles import put_plain_text

__all__ = ["reviewer_on_author"]


def reviewer_on_author(draft: Draft, start: int, end: int) -> bool:
    """Read ``text[start:end]`` as such a title; ``False`` (the draft untouched) when it is
    none: the quotes must pair, and each reviewer must be a name's word."""
    text = draft.text
    found = REVIEWER_ON_AUTHOR_PATTERN.fullmatch(text, start, end)
    if found is None or (found["open"] in "'‘") != (found["close"] in "'’"):
        return False
    reviewers = [part.strip() for part in NAMES_JOIN_PATTERN.split(found["reviewer"])]
    if not all(_family_name(part) for part in reviewers):
        return False  # "Essays on Stalin, '…'": a phrase, no reviewer
    draft.authors.extend(Name(family=part) for part in reviewers)
    draft.spans.append(
        Span(field="authors", start=found.start("reviewer"), end=found.end("reviewer"))
    )
    put_plain_text(draft, "title", start, found.end("close"))
    draft.put_extra("reviewed", found["reviewed"], *found.span("reviewed"))
    draft.kind = "article"
    draft.short_note = True  # a work named by its heading alone: no year, no venue
    return True


def _family_name(printed: str) -> bool:
    words = printed.split()
    return bool(words) and all(
        is_name_word(word) and word.casefold() not in ENGLISH_WORDS | ESSAY_TITLE_WORDS
        for word in words
    )
