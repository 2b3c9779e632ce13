"""Where a Chicago note's title ends, and what stands between it and the imprint: ``in <book>``,
editors and translators, an edition, a volume."""

from __future__ import annotations

from archivecite.model import Text
from archivecite.parse.published.chicago import in_container, role_phrase, role_words
from archivecite.parse.published.chicago_patterns import (
    EDITION_EN_PATTERN,
    QUOTED_TITLE_VOLUME_PATTERN,
    SERIES_VOLUME_SEGMENT_PATTERN,
    VOLUME_SEGMENT_PATTERN,
)
from archivecite.parse.published.chicago_tail import edition_phrase
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.scanning import QUOTES, trim
from archivecite.parse.published.terms import (
    EDITOR_WORDS,
    TRANSLATOR_WORDS,
)
from archivecite.parse.published.titles import put_text

_BOOK_NAME_MIN = 4  # "Japan Rising: …", not a stray letter
_SEGMENT_WORDS = (*EDITOR_WORDS, *TRANSLATOR_WORDS, "in ", "vol.", "vols.")


def opens_title(char: str) -> bool:
    return char.isupper() or char in QUOTES or char in "*_[¿¡"


def unquoted_title_end(text: str, start: int, end: int) -> int:
    """Where an unquoted title ends: before ``, ed. ...``, ``, trans. ...``, ``, 2nd ed.``,
    ``, vol. 2`` or ``, in ...``."""
    comma = text.find(", ", start, end)
    while comma >= 0:
        following = text[comma + 2 : comma + 30]
        if following.lower().startswith(_SEGMENT_WORDS) or _edition_at(text, comma + 2, end):
            return comma
        comma = text.find(", ", comma + 2, end)
    return end


def italic_title_end(text: str, start: int, end: int) -> int:
    """Where a title in italics (``*Zhizn’ “Ivana”: Ocherki ...*,``) ends, after its closing
    mark, when punctuation or the imprint follows; quotes inside it are the title's. 0 when the
    text does not open with a whole italic title."""
    if text[start] not in "*_":
        return 0
    closing = text.find(text[start], start + 1, end)
    if closing <= start + 1:
        return 0
    after = trim(text, closing + 1, end, " \t")[0]
    return closing + 1 if after >= end or text[closing + 1] in ",.;:" else 0


def title_stop(text: str, start: int, end: int) -> int:
    """Where an unquoted title ends (:func:`unquoted_title_end`), or before an edition printed
    without a comma: ``Nihon kokugo daijiten 2nd version. 1~13``, ``Dai Kanwa Jiten. Revised
    version``."""
    stop = unquoted_title_end(text, start, end)
    space = text.find(" ", start + 1, stop)
    while space >= 0:
        edition = EDITION_EN_PATTERN.match(text, space + 1, stop)
        if edition is not None and (edition["number"] or text[space - 1] == "."):
            return space - 1 if text[space - 1] == "." else space
        space = text.find(" ", space + 1, stop)
    return stop


def _edition_at(text: str, start: int, end: int) -> bool:
    probe = Draft(text=text)
    return edition_phrase(probe, start, end) > start


def unnamed_book(draft: Draft, start: int, end: int) -> int:
    """``Kenneth Pyle, ‘The Yoshida Doctrine as Grand Strategy,’ Japan Rising: The Resurgence of
    Japanese Power and Purpose (New York: Public Affairs, 2007), 241–277.``: the book a quoted
    chapter appears in, named before the book's facts of publication without "in" (its italics
    lost in the copy); return where the segments after it begin, ``start`` when there is none.
    Only a name that opens with a capital and is no edition, volume or credit of people."""
    text = draft.text
    pos = trim(text, start, end, " \t,.")[0]
    if pos >= end or not text[pos].isupper() or text.startswith("In ", pos):
        return start
    stop = unquoted_title_end(text, pos + 1, end)
    book = trim(text, pos, stop, " \t,")
    probe = Draft(text=text)
    if (
        book[1] - book[0] < _BOOK_NAME_MIN
        or any(char.isdigit() for char in text[slice(*book)])
        or edition_phrase(probe, *book) > book[0]
        or VOLUME_SEGMENT_PATTERN.match(text, *book) is not None
        or role_words(text, *book)[1]
    ):
        return start
    draft.chapter = True
    put_text(draft, "container_title", book)
    return stop


def put_segments(draft: Draft, start: int, end: int) -> None:
    """What stands between a note's title and its imprint: ``in <book>, ed. <names>``, editors
    and translators, an edition, a volume."""
    text = draft.text
    pos = trim(text, start, end, " \t,.")[0]
    if pos >= end:
        return
    if text.startswith(("in ", "In "), pos):
        in_container(draft, pos, trim(text, pos, end, " \t,")[1])
        return
    while pos < end:
        stop = unquoted_title_end(text, pos + 1, end)
        piece_end = trim(text, pos, stop, " \t,")[1]
        after = edition_phrase(draft, pos, piece_end)
        series = SERIES_VOLUME_SEGMENT_PATTERN.fullmatch(text, pos, piece_end)
        volume = VOLUME_SEGMENT_PATTERN.match(text, pos, piece_end)
        if series is not None:
            draft.put("volume", series["volume"], *series.span("volume"))
            named = trim(text, *series.span("series"), " \t*_")
            draft.put("series", Text(original=text[slice(*named)]), *named)
        elif volume is not None:
            draft.put("volume", volume["volume"], *volume.span("volume"))
            named = trim(text, volume.end(), piece_end, " \t,:")
            if text[named[0]] in "*_" and text[named[1] - 1] == text[named[0]]:
                named = (named[0] + 1, named[1] - 1)  # "vol. 2: *Srednerusskaia ... oblast’*"
            if named[0] < named[1]:  # "vol. 6, Eastern Europe; The Soviet Union"
                draft.put_extra("volume_title", text[slice(*named)], *named)
        elif after == pos and role_words(text, pos, piece_end)[1]:
            role_phrase(draft, pos, piece_end)
        elif after == pos:
            draft.loose.append((pos, piece_end))
        pos = trim(text, stop, end, " \t,")[0]


def volume_after_quote(draft: Draft, start: int, end: int) -> int:
    """``‘The History of Japanese Imperialism’ Vol.3 (1937-1950), University of Tokyo Press``:
    the volume printed after a quoted title, and the years it covers in brackets
    (``extra["volume_years"]``); return where the text after it begins."""
    found = QUOTED_TITLE_VOLUME_PATTERN.match(draft.text, start, end)
    if found is None:
        return start
    draft.put("volume", found["volume"], *found.span("volume"))
    if found["years"]:
        draft.put_extra("volume_years", found["years"], *found.span("years"))
    return found.end()
