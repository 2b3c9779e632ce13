"""APA references in Chinese whose parts full stops close (臺灣 APA): the names, the year in
brackets, the title, the place and publisher or the journal."""

from __future__ import annotations

from archivecite.model import DateRange, Name, Span
from archivecite.parse.published.cjk_patterns import (
    CJK_APA_HEAD_PATTERN,
    CJK_APA_JOURNAL_PATTERN,
    CJK_APA_NAME_PATTERN,
    CJK_ISBN_PATTERN,
)
from archivecite.parse.published.cjk_roles import cjk_people, name_like, publisher_like, role_at_end
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash
from archivecite.parse.published.names import latin_names
from archivecite.parse.published.scanning import TITLE_OPENERS, is_cjk, trim
from archivecite.parse.published.terms import CITIES
from archivecite.parse.published.titles import put_plain_text, put_text
from archivecite.translit import looks_japanese


def parse_apa_stops(draft: Draft, start: int, end: int) -> bool:
    """An APA reference in Chinese whose parts full stops close (臺灣 APA): the names and the
    year in brackets, the title without brackets, then a journal with its volume and pages
    (``林國明（2003）。到國家主義之路：….台灣社會學，5，1–71。``) or the imprint
    (``李易駿（2013）。社會政策原理。台北：五南。``; the place after the publisher in
    ``Vương Lực 王力。 (1982)。 同源字典。商務印書館。北京。``, a list in Vietnamese giving each
    name its reading first). Read only when every part is accounted for."""
    text = draft.text
    head = CJK_APA_HEAD_PATTERN.match(text, start, end)
    if head is None:
        return False
    original = _translated_from(text, *head.span("names"))
    names = _apa_names(text, *head.span("names")) if original is None else original[2]
    parts = _stop_parts(text, head.end(), end)
    isbn = CJK_ISBN_PATTERN.fullmatch(text, *parts[-1]) if len(parts) > 2 else None
    if isbn is not None:  # "…。北京：商務印書館。ISBN 7-100-03629-1"
        draft.put("isbn", isbn["isbn"], *isbn.span("isbn"))
        parts = parts[:-1]
    title = text[slice(*parts[0])] if parts else ""
    if not names or len(parts) < 2 or not any(is_cjk(char) for char in title):
        return False
    if title[0] in TITLE_OPENERS:
        return False  # "王力（1982）。《同源字典》。": the bracketed title's reader takes it
    journal = CJK_APA_JOURNAL_PATTERN.fullmatch(text, *parts[1])
    imprint = None if journal is not None else _apa_imprint(text, *parts[1])
    place = len(parts) == 3 and text[slice(*parts[2])] in CITIES
    if not (journal or imprint) or len(parts) > (3 if place else 2):
        return False
    lang = "ja" if looks_japanese(text[start:end]) else "zh"
    draft.language = draft.language or lang
    if original is not None:  # "Hill, M. 原著，劉升華譯": the author, then the translators
        draft.authors.extend(original[0])
        draft.spans.append(Span(field="authors", start=original[1][0], end=original[1][1]))
    for name in names:
        cjk_people(draft, *name, lang, "authors" if original is None else "translators")
    draft.put("date", DateRange.of(int(head["year"])), *head.span("year"))
    put_text(draft, "title", parts[0])
    if journal is not None:
        draft.kind = "article"
        put_text(draft, "container_title", journal.span("journal"))
        for group in ("volume", "issue", "pages"):
            if journal[group]:
                draft.put(group, join_dash(journal[group]), *journal.span(group))
    elif imprint is not None:
        if imprint[0] is not None:
            put_plain_text(draft, "place", *imprint[0])
        put_plain_text(draft, "publisher", *imprint[1])
    if place:
        put_plain_text(draft, "place", *parts[2])
    return True


def _apa_imprint(
    text: str, start: int, end: int
) -> tuple[tuple[int, int] | None, tuple[int, int]] | None:
    """The place and the publisher of an APA book in Chinese: ``台北：五南`` (a city the list of
    places knows, then any publisher) or a publisher's name alone (``商務印書館``)."""
    colon = max(text.rfind("：", start, end), text.rfind(":", start, end))
    if colon > start:
        place = trim(text, start, colon, " \t")
        publisher = trim(text, colon + 1, end, " \t")
        if text[slice(*place)] in CITIES and publisher[1] > publisher[0]:
            return place, publisher
        return None
    return (None, (start, end)) if publisher_like(text[start:end]) else None


def _translated_from(
    text: str, start: int, end: int
) -> tuple[list[Name], tuple[int, int], list[tuple[int, int]]] | None:
    """A translated book's head: the original's authors in Latin letters, ``原著`` ("original
    work by"), then the translators with their role word (``Esping-Andersen, G. 原著，古允文譯``):
    the authors, where they stand, and where each translator's name stands."""
    marker = text.find("原著", start, end)
    if marker <= start:
        return None
    authors_span = trim(text, start, marker, " \t　")
    authors = latin_names(text[slice(*authors_span)], text)
    rest_start, rest_end = trim(text, marker + len("原著"), end, " \t　，,、")
    role, size = role_at_end(text[rest_start:rest_end])
    if authors is None or role != "translators" or not size:
        return None
    return authors, authors_span, _apa_names(text, rest_start, rest_start + size)


def _apa_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where each name of an APA head in Chinese stands (``施世駿、葉羽曼``), without the reading
    a list in Vietnamese prints before it (``Vương Lực 王力``); none when a group is no name."""
    names: list[tuple[int, int]] = []
    piece = start
    for index in range(start, end + 1):
        if index < end and text[index] not in "、，,;；":
            continue
        part = trim(text, piece, index, " \t　")
        piece = index + 1
        found = CJK_APA_NAME_PATTERN.fullmatch(text, *part)
        if found is None or not name_like(found["name"]):
            return []
        names.append(found.span("name"))
    return names


def _stop_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts full stops close after an APA head, trimmed, empty ones left out."""
    parts: list[tuple[int, int]] = []
    piece = start
    for index in range(start, end + 1):
        if index == end or text[index] == "。":
            part = trim(text, piece, index, " \t　.")
            if part[1] > part[0]:
                parts.append(part)
            piece = index + 1
    return parts
