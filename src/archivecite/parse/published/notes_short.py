"""Shortened Chicago notes: ``Barnes, Death and Redemption, 45.``, a work cited before by its
author's family name (or names), a short title and the page."""

from __future__ import annotations

from archivecite.model import Name, Span
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.notes_imprint import put_locator, short_locator
from archivecite.parse.published.notes_names import short_head
from archivecite.parse.published.notes_titles import opens_title
from archivecite.parse.published.scanning import QUOTES, trim
from archivecite.parse.published.terms import (
    CITIES,
    EDITOR_ROLES,
    HONORIFICS,
    PUBLISHER_WORDS,
    SHORT_TITLE_WORDS,
)
from archivecite.parse.published.titles import take_title


def short_title_in(draft: Draft, start: int, end: int) -> bool:
    """``Stalin Correspondence, 1:33–34.``: a book cited before by its short title alone and the
    volume and page, after a letter's writer, addressee and day and ``in``."""
    text = draft.text
    locator_start, found = short_locator(text, start, end)
    title = trim(text, start, locator_start, " \t,")
    if found is None or title[0] >= title[1] or not opens_title(text[title[0]]):
        return False
    take_title(draft, title[0], title[1], brackets=False)
    draft.short_note = True
    put_locator(draft, locator_start, end)
    return True


def _title_limit(text: str, start: int, end: int) -> int:
    """Where a short note's title ends before ``(henceforth Ostrovsky)``, a note to the reader
    on how the work is cited from then on."""
    opening = text.find("(", start, end)
    while opening >= 0:
        if text.startswith(SHORT_TITLE_WORDS, opening + 1):
            return opening
        opening = text.find("(", opening + 1, end)
    return end


def _pageless(text: str, people: list[Name], title: tuple[int, int], *, stops: bool = True) -> bool:
    """``Ilizarov, Tainaia zhizn’ Stalina.``: a short note without a page, read only when the
    author is a bare family name and the rest, up to its full stop (``stops``; otherwise up to
    the aside that stands for the page), a title of two words at least with no figure, comma or
    further sentence in it (a full citation has one of these)."""
    words = text[slice(*title)]
    return (
        (text.startswith(".", title[1]) or not stops)
        and all(person.given is None for person in people)
        # "Moscow, Progress Publishers.": an imprint, not a note
        and not any((person.family or "") in CITIES for person in people)
        and not any(word.casefold().strip(".,") in PUBLISHER_WORDS for word in words.split())
        and len(words.split()) >= 2
        and (text[title[0]].isupper() or text[title[0]] in QUOTES)
        and not any(char.isdigit() or char in ",.;:()[]" for char in words)
    )


def _sentence_break(text: str, start: int, end: int) -> bool:
    """A full stop and a space in ``text[start:end]`` after a word, not after an initial or a
    form of address before a name (``Tiuremnye rukopisi N. I. Bukharina``, ``My Dear Mr.
    Stalin``)."""
    stop = text.find(". ", start, end)
    while stop >= 0:
        space = text.rfind(" ", start, stop)
        word = text[space + 1 if space >= 0 else start : stop + 1]
        if word in HONORIFICS and stop + 2 < end and text[stop + 2].isupper():
            stop = text.find(". ", stop + 2, end)
            continue
        # not at an unquoted title's start: "Barnes, S. A. Death and Redemption" opens with the
        # author's initials, "Nevezhin, ‘I. V. Stalin o Vneshnei Politike’" with the title's
        before = text[stop - 2] if stop - 2 >= start else ""
        alone = text[stop - 1].isupper() and (
            (before == " " and stop - 2 > start) or (before != "" and before in QUOTES)
        )
        if not (alone and stop + 2 < end and text[stop + 2].isupper()):
            return True
        stop = text.find(". ", stop + 2, end)
    return False


def short_note(draft: Draft, start: int, end: int, *, pageless: bool = False) -> bool:
    """``Barnes, Death and Redemption, 45.``: the family name, a short title, the cited page;
    ``V. Kaminskii and I. Vereshchagin, Detsvo i yunost’ vozhdya, p. 48.``: with the given names
    (then a title of two words at least). ``pageless``: the title may end at ``end`` without
    a full stop, an aside after it standing for the page."""
    text = draft.text
    head = short_head(text, start, end)
    if head is None:
        return False
    people, title_start = head
    role = "authors"
    comma = text.find(", ", title_start, min(end, title_start + 12))
    if comma > title_start and text[title_start:comma].lower() in EDITOR_ROLES:
        role, title_start = "editors", comma + 2  # "Kimball, ed., Churchill and Roosevelt"
    locator_start, found = short_locator(text, title_start, end)
    title = trim(text, title_start, _title_limit(text, title_start, locator_start), " \t,")
    if found is None and _pageless(text, people, title, stops=not pageless):
        pass
    elif (
        found is None
        or found["volume"]
        or title[1] <= title[0]
        or _sentence_break(text, *title)
        or not (text[title[0]].isupper() or text[title[0]] in QUOTES or text[title[0]] == "*")
        or (any(person.given for person in people) and len(text[slice(*title)].split()) < 2)
    ):
        return False
    (draft.editors if role == "editors" else draft.authors).extend(people)
    draft.spans.append(Span(field=role, start=start, end=title_start))
    take_title(draft, title[0], title[1], brackets=False)
    draft.short_note = True
    if found is not None:
        put_locator(draft, locator_start, end)
    return True
