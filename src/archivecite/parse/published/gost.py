"""Russian GOST forms: ``Author. Title / resp. // Container. М.: Publisher, 1985. С. 5–9.``"""

from __future__ import annotations

from archivecite.model import (
    Name,
    Span,
    Text,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import structural
from archivecite.parse.published.names import role_names
from archivecite.parse.published.patterns import (
    EDITED_BY_PATTERN,
    GOST_AUTHOR_PATTERN,
    GOST_FULL_AUTHOR_PATTERN,
    THESIS_PATTERN,
)
from archivecite.parse.published.scanning import split_sentences, strip_final_dot, trim
from archivecite.parse.published.terms import CITIES, PLACES
from archivecite.parse.published.titles import put_text


def gost_authors(draft: Draft, start: int, end: int) -> int:
    text = draft.text
    full = GOST_FULL_AUTHOR_PATTERN.match(text, start, end)
    if full is not None:
        draft.authors.append(Name(family=full["family"], given=full["given"]))
        draft.spans.append(Span(field="authors", start=start, end=full.end("given")))
        return full.end()
    pos = start
    while pos < end:
        match = GOST_AUTHOR_PATTERN.match(text, pos, end)
        if match is None:
            break
        draft.authors.append(Name(family=match["family"], given=match["initials"].strip()))
        draft.spans.append(Span(field="authors", start=match.start(), end=match.end()))
        pos = trim(text, match.end(), end, " \t,")[0]
        if text.startswith("и др.", pos):
            pos = trim(text, pos + 5, end, " \t,")[0]
    return pos


def cut_responsibility(draft: Draft, start: int, end: int, *, container: bool) -> int:
    """``Title / под ред. И.И. Иванова``: cut the statement of responsibility off a title."""
    text = draft.text
    slash = text.find(" / ", start, end)
    if slash < 0:
        return end
    names = role_names(text[slash + 3 : end], text)
    editing = EDITED_BY_PATTERN.match(" " + text[slash + 2 : end]) is not None
    if container or editing:
        (draft.container_editors if container else draft.editors).extend(names)
    elif not draft.authors:
        draft.authors.extend(names)
    draft.spans.append(Span(field="responsibility", start=slash + 3, end=end))
    return slash


def parse_gost(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    pos = gost_authors(draft, start, end)
    double = text.find("//", pos, end)
    thesis = THESIS_PATTERN.search(text, pos, end)
    if thesis is not None and thesis.group(0).strip(" :"):
        draft.thesis = True
        if thesis["degree"]:
            draft.put("degree", thesis["degree"], *thesis.span("degree"))
    title_zone_end = double if double >= 0 else end
    pieces = split_sentences(text, pos, title_zone_end)
    title_last = 1 if pieces else 0
    while title_last < len(pieces) and not gost_structural(draft, *pieces[title_last]):
        title_last += 1
    if title_last:
        title_start, title_end = pieces[0][0], pieces[title_last - 1][1]
        if thesis is not None and title_start < thesis.start() < title_end:
            title_end = thesis.start()
        title_end = cut_responsibility(draft, title_start, title_end, container=False)
        title_end = strip_final_dot(text, title_start, title_end)
        if title_end - title_start > 2 and text[title_start] == text[title_end - 1] == "*":
            title_start, title_end = title_start + 1, title_end - 1  # markdown italics
        put_text(draft, "title", (title_start, title_end))
    for piece in pieces[title_last + 1 :]:
        if not gost_structural(draft, *piece):
            draft.loose.append(piece)
    if double >= 0:
        gost_container(draft, double + 2, end)


def gost_structural(draft: Draft, start: int, end: int, *, bare_place: bool = True) -> bool:
    """A sentence without a title; a lone capitalised word is a place only where ``bare_place``
    allows it or it names a known city (in a container it is more often a word of a dotted
    journal name: ``Наука. Общество. Оборона``)."""
    text = draft.text
    thesis = THESIS_PATTERN.match(text, start, end)
    if thesis is not None and thesis.group(0).strip(" :"):
        return True
    if structural(draft, start, end):
        return True
    word = text[start:end]
    bare = bare_place and word.isalpha() and word.istitle()
    if not draft.has("place") and (word in CITIES or bare):
        draft.put("place", Text(original=PLACES.get(word, word), lang="ru"), start, end)
        return True
    return False


def gost_container(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    pieces = split_sentences(text, start, end)
    if not pieces:
        return
    first_start, first_end = pieces[0]
    index = 1
    while index < len(pieces) and not gost_structural(draft, *pieces[index], bare_place=False):
        first_end = pieces[index][1]
        index += 1
    title_end = cut_responsibility(draft, first_start, first_end, container=True)
    put_text(draft, "container_title", (first_start, strip_final_dot(text, first_start, title_end)))
    for piece in pieces[index + 1 :]:
        if not gost_structural(draft, *piece, bare_place=False):
            draft.loose.append(piece)
    if draft.container_editors or (draft.has("publisher") and not draft.has("issue")):
        draft.chapter = True
