"""Names in brackets around a Japanese title line: the author alone after the title
(``『現代語訳 文明論之概略』(福澤諭吉)``), the author's other name after the name (``福地源一郎
(福地桜痴)``), and the series after the house (``(平凡社・東洋文庫)``)."""

from __future__ import annotations

from archivecite.model import Text
from archivecite.parse.published.cjk_roles import cjk_people, publisher_like, role_at_end
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.names import japanese_name
from archivecite.parse.published.scanning import trim
from archivecite.parse.published.terms import CITIES, CJK_SERIES_ENDINGS


def author_in_brackets(draft: Draft, start: int, end: int) -> bool:
    """A name the dictionary knows alone in brackets after the title, closing the reference
    (``『現代語訳 文明論之概略』(福澤諭吉)``): the author, read."""
    text = draft.text
    start, end = trim(text, start, end, " 　\t.。")
    closed = other_name_end(text, start, end)
    if draft.language != "ja" or draft.has("container_title") or closed <= start or closed < end:
        return False
    cjk_people(draft, start + 1, closed - 1, "ja", "authors", bare=True)
    draft.short_note = True  # a book named by its title and author
    return True


def other_name_end(text: str, stop: int, end: int) -> int:
    """Where a name the dictionary knows in brackets at ``stop`` ends: the author's other name
    after the name (``福地源一郎(福地桜痴)``: the pen name, the same person), or the author
    after a title; ``stop`` when no name stands there (``(1990・新潮社)``)."""
    if stop >= end or text[stop] not in "(（":
        return stop
    close = min((i for i in (text.find(c, stop, end) for c in ")）") if i > stop), default=-1)
    other = text[stop + 1 : close].strip() if close > 0 else ""
    if (
        not other
        or publisher_like(other)
        or other in CITIES
        or role_at_end(other)[0] is not None
        or not japanese_name(other)
    ):
        return stop
    return close + 1


def series_after_house(draft: Draft, dot: int, end: int) -> None:
    """The series after the publisher and a ``・`` (``(平凡社・東洋文庫)``), read as the series."""
    text = draft.text
    if dot >= end or text[dot] != "・" or not draft.has("publisher") or draft.has("series"):
        return
    stop = dot + 1
    while stop < end and text[stop] not in "、，,()（）。・ ":
        stop += 1
    if stop - dot > 2 and text[dot + 1 : stop].endswith(CJK_SERIES_ENDINGS):
        draft.put("series", Text(original=text[dot + 1 : stop], lang=draft.language), dot + 1, stop)
