"""What a GOST record's fields read together say: a short reference, a title named alone, a
journal cited by issue."""

from __future__ import annotations

import re

from archivecite.model import (
    Span,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.gost_patterns import (
    TITLE_YEARS_PATTERN,
    VERB_LIKE_PATTERN,
)
from archivecite.parse.published.terms import (
    COLLECTION_MARKERS,
    LIST_HEADINGS,
    TITLE_INFO_WORDS,
)

_SHORT_TITLE_WORDS = 4
_LONGEST_TITLE_WORDS = 30
# Initials ("О. П. Семенова") or a volume's label ("т. XXXIX") left in a title read alone: a
# reference the reader did not understand, not a title
_NAMED_IN_TITLE_PATTERN = re.compile(r"\b[А-ЯЁ]\.\s?[А-ЯЁ]\.|\b[тТ]\.\s?(?:\d|[IVXLC])")
_SUBTITLE_OPENERS = tuple(TITLE_INFO_WORDS | set(COLLECTION_MARKERS))
# A digit, a quotation mark or an initial opening the title: a reference misread, not a title
# cited alone ("Д.Е. Сарафанов, и А.С. Щетинина. 1. «К истокам ...»").
_NOT_A_PLAIN_TITLE_PATTERN = re.compile(r"\d|[«»„“”\"]|^\w\.")


def read_as_a_whole(draft: Draft) -> None:
    """What the fields read together say: a short reference, a title named alone, a journal
    cited by issue."""
    _short_reference(draft)
    _title_alone(draft)
    _journal_by_issue(draft)


def _journal_by_issue(draft: Draft) -> None:
    """``Исторический архив. 1997. № 3. С. 117.``: no ``//``, no person, no imprint, only a
    year, an issue and pages after the first sentence: that sentence names a journal, cited by
    issue and page without an article's title."""
    people = draft.authors or draft.editors
    numbered = draft.has("issue") and draft.has("pages") and draft.has("date")
    other = ("container_title", "publisher", "place", "volume", "url", "extra")
    if people or not (numbered and draft.has("title")) or draft.loose or draft.thesis:
        return
    if any(draft.has(name) for name in other):
        return
    span = next(span for span in draft.spans if span.field == "title")
    draft.spans.remove(span)
    draft.spans.append(Span(field="container_title", start=span.start, end=span.end))
    draft.values["container_title"] = draft.values.pop("title")


def _short_reference(draft: Draft) -> None:
    """``Ледовский А.М. СССР и Сталин в судьбах Китая. С. 51.``: a book cited in full before,
    now by its author (a collection by none), title and the cited page alone (kept as
    ``extra["locator"]``, as a short note keeps it), or without a page."""
    other = ("date", "place", "publisher", "container_title", "issue", "url")
    if not draft.has("title") or draft.loose or any(draft.has(name) for name in other):
        return
    if set(draft.values.get("extra", {})) - {"part"}:  # only a volume's part may be there
        return
    if draft.has("volume") and not draft.has("pages"):
        return
    # A title long enough not to be a newspaper's or journal's name ("Правда. С. 2"): a
    # collection cited by its title ("Детство и юность вождя. Документы, записи, рассказы.
    # С. 86"), a book by its author and title without a page ("Капанадзе П. Воспоминания о
    # детских и юношеских годах вождя").
    long_title = len(str(draft.values["title"]).split()) >= _SHORT_TITLE_WORDS
    if not draft.has("pages"):
        plain = _NOT_A_PLAIN_TITLE_PATTERN.search(str(draft.values["title"])) is None
        if draft.authors and long_title and plain:
            draft.short_note = True
        return
    # A volume or part ("Краткая история СССР. Ч. 2. С. 420.") is a book's, not a newspaper's;
    # a title of one sentence only, not an author's name read as one ("Лев Троцкий. Сталин").
    title = str(draft.values["title"])
    in_volume = draft.has("volume") and len(title.split()) >= 2 and ". " not in title
    if not (draft.authors or long_title or in_volume):
        return
    span = next(span for span in draft.spans if span.field == "pages")
    draft.spans.remove(span)
    draft.put_extra("locator", draft.values.pop("pages"), span.start, span.end)
    draft.short_note = True


def _title_alone(draft: Draft) -> None:
    """``Трагедия советской деревни. Коллективизация и раскулачивание. 1927—1939. В 5 т. Т. 1``:
    a list of literature naming a book by its title alone, perhaps with its volume. Read only
    when the title says it is one after its first sentence: a count of volumes, or a sentence
    that only names the kind of work (``Воспоминания``); or, when no word reads as a verb, the
    years its subject spans or a subtitle opening with the kind of work (``Очерки из быта
    ...``). A heading (``Список литературы``) or a sentence of prose says none of these."""
    other = ("date", "place", "publisher", "container_title", "issue", "pages", "url", "extra")
    people = draft.authors or draft.editors or draft.translators
    if people or not draft.has("title") or draft.loose or draft.thesis or draft.kind:
        return
    if any(draft.has(name) for name in other):
        return
    title = str(draft.values["title"])
    sentences = [sentence.strip() for sentence in title.split(". ")]
    main = sentences[0]
    if (
        len(sentences) < 2
        or len(main.split()) < 2
        or main.lower() in LIST_HEADINGS
        or len(title.split()) > _LONGEST_TITLE_WORDS
        or any(char.isdigit() or char in "?!;" for char in main)
        or _NAMED_IN_TITLE_PATTERN.search(title)
        or not (title[0].isupper() or title[0] in '«„"')
    ):
        return
    subtitles = [sentence.lower() for sentence in sentences[1:]]
    kind_alone = any(sentence in _SUBTITLE_OPENERS for sentence in subtitles)
    kind_first = any(sentence.startswith(_SUBTITLE_OPENERS) for sentence in subtitles)
    years = any(TITLE_YEARS_PATTERN.fullmatch(sentence) for sentence in subtitles)
    prose = VERB_LIKE_PATTERN.search(title.lower()) is not None
    if draft.has("number_of_volumes") or kind_alone or ((years or kind_first) and not prose):
        draft.short_note = True
