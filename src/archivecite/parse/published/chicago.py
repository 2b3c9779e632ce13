"""Chicago author-date and notes-bibliography pieces: italic containers, ``In <book>``."""

from __future__ import annotations

from archivecite.model import (
    Span,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash, read_items, read_numbers
from archivecite.parse.published.names import role_names
from archivecite.parse.published.patterns import (
    EDITED_BY_PATTERN,
    IN_CONTAINER_PATTERN,
    PAGES_PATTERN,
)
from archivecite.parse.published.scanning import trim
from archivecite.parse.published.titles import bracketed_translation, put_text


def container_sentence(draft: Draft, start: int, end: int) -> bool:
    """``*The Guardian*, 11 April`` or ``*Journal* 12 (3): 45–67``."""
    text = draft.text
    if text[start] != "*":
        return False
    closing = text.find("*", start + 1, end)
    if closing < 0:
        return False
    put_text(draft, "container_title", (start + 1, closing))
    rest_start, rest_end = trim(text, closing + 1, end)
    if rest_end > rest_start and not (
        read_items(draft, rest_start, rest_end) or read_numbers(draft, rest_start, rest_end)
    ):
        draft.loose.append((rest_start, rest_end))
    return True


def in_container(draft: Draft, start: int, end: int) -> bool:
    """``In <book>, edited by <editors>``: the book a chapter appears in."""
    text = draft.text
    match = IN_CONTAINER_PATTERN.match(text, start, end)
    if match is None:
        return False
    draft.chapter = True
    body = match.end()
    edited = EDITED_BY_PATTERN.search(text, body, end)
    title_end = edited.start() if edited else end
    pages = PAGES_PATTERN.search(text, body, end)
    if pages is not None and edited is None:
        title_end = pages.start()
    if text[body] == "*":
        closing = text.find("*", body + 1, title_end)
        put_text(draft, "container_title", (body + 1, closing if closing > 0 else title_end))
    else:
        title_close, _, translation = bracketed_translation(text, body, title_end)
        put_text(draft, "container_title", trim(text, body, title_close), translation)
    if edited is not None:
        names_end = pages.start() if pages and pages.start() > edited.end() else end
        names = role_names(text[edited.end() : names_end], text)
        draft.container_editors.extend(names)
        draft.spans.append(Span(field="container_editors", start=edited.end(), end=names_end))
    if pages is not None:
        draft.put("pages", join_dash(pages["pages"]), *pages.span("pages"))
    return True
