"""Chicago notes that open with their title: a book with no author, a document in a published
collection (with its day), a document of an online collection."""

from __future__ import annotations

import re

from archivecite.parse.dates import DateHit, find_date
from archivecite.parse.published.chicago_patterns import IMPRINT_PATTERN
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.notes_imprint import book_imprint, find_imprint, put_note_imprint
from archivecite.parse.published.notes_titles import (
    italic_title_end,
    opens_title,
    put_segments,
    title_stop,
)
from archivecite.parse.published.romanized_items import english_score
from archivecite.parse.published.scanning import QUOTES, trim
from archivecite.parse.published.titles import put_plain_text, put_text, take_title

# A double quotation mark, not a hard sign written as one inside a word (neob"iavlennoi); single
# ones are also soft signs (Volost’).
_QUOTE_MARK = re.compile(r'(?<!\w)["“”«»„]|["“”«»„](?!\w)')


# "Yoshihara & Kapp, *Japanese Swordsmithing*": an italic title after the names, so the
# entry has an author; Barshay's lost macrons (" * ") open nothing
_ITALIC_OPENING = re.compile(r"(?<![\w*])\*(?=\w)")


def authorless_note(draft: Draft, start: int, end: int) -> bool:
    """A note that opens with its title and has facts of publication: a document in a published
    collection (``Politburo resolution, 5 March 1940, in Katyn: ... (Moscow: Demokratiia,
    1997), 384–90.``), whose day is the document's and is kept as ``extra["document_date"]``,
    or a book with no author (``Lavrentii Beriia, 1953: Stenogramma ... (Moscow: MFD, 1999)``;
    ``Foreign Relations of the United States, 1945, vol. 5``: a year alone is the title's)."""
    text = draft.text
    if not opens_title(text[start]):
        return False
    quoted = text[start] in QUOTES
    imprint = find_imprint(text, start, end, quoted=quoted)
    if imprint is None or not book_imprint(text, imprint):
        return False
    if quoted:
        title_end = take_title(draft, start, imprint.open, brackets=False)
        document_date = _document_date(text, title_end, imprint.open, at_end=False)
        segments_start = document_date.end if document_date else title_end
    else:
        italic_end = italic_title_end(text, start, imprint.open)
        title_end = italic_end or title_stop(text, start, imprint.open)
        if not italic_end and (
            _QUOTE_MARK.search(text, start, title_end)
            or _ITALIC_OPENING.search(text, start + 1, title_end)
        ):
            return False  # "Field, Daniel. “Kavelin and Russian Liberalism,” ...": a bibliography's
        yearless = IMPRINT_PATTERN.fullmatch(text, imprint.open + 1, imprint.close) is None
        if yearless and text[start] not in "*_" and english_score(text[start:title_end]) > 0:
            return False  # "We met the editors (Heibonsha).": a sentence, no title
        document_date = _document_date(text, start, title_end, at_end=True)
        head_end = document_date.start if document_date else title_end
        put_text(draft, "title", trim(text, start, head_end, " \t,*"))
        segments_start = title_end
    if document_date is not None:
        draft.put_extra(
            "document_date", document_date.date.iso(), document_date.start, document_date.end
        )
    put_segments(draft, segments_start, imprint.open)
    put_note_imprint(draft, imprint, end)
    return True


def site_note(draft: Draft, start: int, end: int) -> bool:
    """An online collection's document: ``Wilson Center Digital Archive, "Record of
    Conversation between Mao Zedong and Soviet Ambassador Pavel Yudin," 22 July 1958,
    https://digitalarchive.wilsoncenter.org/document/116982.`` The site, the quoted title, the
    document's day; the address was read off the end already."""
    text = draft.text
    if not draft.has("url"):
        return False
    comma = text.find(", ", start, end)
    quote = comma + 2 if comma > start else -1
    if (
        quote < 0
        or quote >= end
        or text[quote] not in QUOTES
        or _QUOTE_MARK.search(text, start, comma)
    ):
        return False
    title_end = take_title(draft, quote, end, brackets=False)
    if not draft.has("title"):
        return False
    put_plain_text(draft, "container_title", start, comma)
    draft.kind = "webpage"
    rest = trim(text, title_end, end, " \t,.")
    found = find_date(text, start=rest[0], end=rest[1]) if rest[0] < rest[1] else None
    if found is not None:
        draft.put("date", found.date, found.start, found.end)
    return True


def _document_date(text: str, start: int, end: int, *, at_end: bool) -> DateHit | None:
    """A document's day (``5 March 1940``) at the end of ``text[start:end]`` after a comma, or
    at its start; a year alone is not one."""
    found = find_date(text, start=start, end=end)
    if found is None or found.date.start.month is None:
        return None
    if at_end:
        before = trim(text, start, found.start, " \t")[1]
        rest = trim(text, found.end, end, " \t,.")
        alone = before > start and text[before - 1] == "," and rest[0] >= rest[1]
    else:
        alone = trim(text, start, found.start, " \t,")[0] >= found.start
    return found if alone else None
