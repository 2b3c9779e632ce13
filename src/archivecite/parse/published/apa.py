"""APA 7 pieces after the title: ``Journal, 50(1), 18–35.`` (a bare number is the volume),
``In B. Editor (Ed.), Book title (pp. 45–67). Publisher.`` and a book's lone publisher."""

from __future__ import annotations

from archivecite.model import Text
from archivecite.parse.published.apa_patterns import (
    APA_CHAPTER_PATTERN,
    APA_JOURNAL_NUMBERS_PATTERN,
    NUMBERS_PART_PATTERN,
)
from archivecite.parse.published.cjk_roles import publisher_like
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash, place_publisher
from archivecite.parse.published.names import role_names
from archivecite.parse.published.patterns import PLACE_PUBLISHER_PATTERN
from archivecite.parse.published.romanized_items import english_score
from archivecite.parse.published.scanning import is_cjk, trim
from archivecite.parse.published.terms import CITIES, ENGLISH_PUBLISHER_WORDS, PUBLISHER_WORDS
from archivecite.parse.published.titles import put_plain_text, put_text

_PUBLISHER_WORDS = ENGLISH_PUBLISHER_WORDS | PUBLISHER_WORDS
_PLACE_PARTICLE_LENGTH = 4  # "am Main", "upon Tyne", "de Janeiro": no word of a title


def apa_journal(draft: Draft, start: int, end: int) -> bool:
    """``Slavic Review, 50(1), 18–35`` / ``Voprosy istorii, (5), 12–20`` / ``…, 50, e12``."""
    match = APA_JOURNAL_NUMBERS_PATTERN.fullmatch(draft.text, start, end)
    if match is None or draft.has("container_title"):
        return False
    if not (match["issue"] or match["bare_issue"] or match["slip_issue"] or match["pages"]):
        return False  # "Moscow, 45": not a journal's numbers
    journal, other = match.span("journal"), match["other_name"] or match["paren_name"]
    if other is not None and english_score(match["journal"]) > english_score(other):
        # "National Psychological Journal [Natsional'nyy psikhologicheskiy zhurnal]": the
        # bracket holds the journal's own name, romanized; the name before it translates it
        journal = match.span("other_name" if match["other_name"] else "paren_name")
        other = match["journal"]
    put_text(draft, "container_title", journal, other)
    for name, group in (
        ("volume", "volume"),
        ("issue", "issue"),
        ("issue", "bare_issue"),
        ("volume", "slip_volume"),
        ("issue", "slip_issue"),
    ):
        if match[group]:
            draft.put(name, match[group], *match.span(group))
    if match["pages"]:
        draft.put("pages", join_dash(match["pages"]), *match.span("pages"))
    return True


def apa_chapter(draft: Draft, start: int, end: int) -> int | None:
    """``In B. Editor & C. Editor (Eds.), Book title (2nd ed., pp. 45–67)``: where it ends."""
    match = APA_CHAPTER_PATTERN.match(draft.text, start, end)
    if match is None:
        return None
    draft.chapter = True
    draft.container_editors.extend(role_names(match["editors"], draft.text))
    book_start, book_end = match.span("book")
    if draft.text[book_start] == "*" and draft.text[book_end - 1] == "*":  # Markdown italics
        book_start, book_end = book_start + 1, book_end - 1
    put_text(draft, "container_title", (book_start, book_end))
    if match["volume"]:
        draft.put("volume", match["volume"], *match.span("volume"))
    if match["pages"]:
        draft.put("pages", join_dash(match["pages"]), *match.span("pages"))
    return match.end()


_PLACE_WORDS = 2  # "Oakland", "New York"


def apa_publisher(draft: Draft, start: int, end: int) -> bool:
    """A book's (or a chapter's book's) publisher alone in the last sentence, its year given
    after the authors: ``Princeton University Press``; only a name with a publisher's word
    counts."""
    if draft.has("publisher") or not draft.has("date"):
        return False
    if draft.has("container_title") and not draft.chapter:
        return False
    start, end = trim(draft.text, start, end, " \t.,")
    if ":" in draft.text[start:end]:
        return False  # "Moscow: Rosspen": place and publisher, read by the imprint readers
    if NUMBERS_PART_PATTERN.search(draft.text, start, end):
        return False  # "Journal of Mining Institute, 173, pp. 243-245": a journal's numbers
    words = {word.strip(".,&").casefold() for word in draft.text[start:end].split()}
    if not words or len(words) > 8 or not words & _PUBLISHER_WORDS:
        return False
    end = _place_after(draft, start, end)
    put_plain_text(draft, "publisher", start, end)
    return True


def cjk_publisher(draft: Draft, start: int, end: int) -> bool:
    """``富田武 (2013). シベリア抑留者たちの戦後. 人文書院.``: in APA, a Japanese or Chinese
    publisher alone in a sentence after the title (its name ends in 書院, 出版社, 書店…) is the
    book's publisher, not a journal."""
    if not draft.apa or draft.has("publisher") or draft.has("container_title"):
        return False
    start, end = trim(draft.text, start, end, " \t.,。")
    value = draft.text[start:end]
    if not value or not all(is_cjk(char) or char in "・々" for char in value):
        return False
    if not publisher_like(value):
        return False
    put_plain_text(draft, "publisher", start, end)
    return True


def _place_after(draft: Draft, start: int, end: int) -> int:
    """``University of California, Oakland``: Springer's place after the publisher, a word or two
    with no publisher's word; where the publisher ends."""
    text = draft.text
    comma = text.rfind(", ", start, end)
    place = text[comma + 2 : end] if comma > start else ""
    words = place.split()
    if not (
        0 < len(words) <= _PLACE_WORDS
        and all(word[:1].isupper() and word.isalpha() for word in words)
        and not {word.casefold() for word in words} & _PUBLISHER_WORDS
    ):
        return end
    draft.put("place", Text(original=place), comma + 2, end)
    return comma


def apa_part_title(draft: Draft, start: int, end: int) -> bool:
    """``(2014). Leksičeskij minimum po russkomy jazyku kak inostrannomy. Ėlementarnyj
    uroven', Sank-Peterburg: Zlatoust``: the sentence right after the title names the part (a
    level, a volume's own title) before the place; the title is the series' and the part's."""
    text = draft.text
    title = next((span for span in reversed(draft.spans) if span.field == "title"), None)
    if title is None or any(draft.has(name) for name in ("container_title", "place", "publisher")):
        return False
    if text[title.end : start].strip(" \t\n.") or text[title.end : start].count(".") != 1:
        return False
    match = PLACE_PUBLISHER_PATTERN.fullmatch(text, start, end)
    comma = text.rfind(", ", start, match.end("place")) if match is not None else -1
    if match is None or comma < 0 or not text[comma + 2].isupper():
        return False
    part = text[start:comma]
    words = [word.strip("'’ʹ") for word in part.split()]
    if part in CITIES or not any(
        word[:1].islower() and len(word) > _PLACE_PARTICLE_LENGTH for word in words
    ):
        return False  # "Cambridge, MA: MIT Press", "Frankfurt am Main, Germany: Suhrkamp"
    draft.spans.remove(title)
    del draft.values["title"]
    put_text(draft, "title", (title.start, comma))
    return place_publisher(draft, comma + 2, end)
