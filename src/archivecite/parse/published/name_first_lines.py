"""Lines of Russian blogs, e-book libraries and reader pages that name a book by its author, given
name first, and its title, with no imprint:

    Андрей Амальрик, Просуществует ли Советский Союз до 1984 года      (a blog's note)
    Илья Эренбург - Люди, годы, жизнь. Воспоминания в трех томах       (an e-book library's line)
    Эдуард Самойлович Кузнецов. Дневники (Во время первого пребывания в трудовом лагере в 1967)

A line may be quoted whole, as a page prints it. The name is a listed given name and a family name
(``cyrillic_given_first``), or any given name with a patronymic between it and the family name; a
comma, a spaced dash or a full stop parts it from the title. The title is the first sentence after
it: a description after that (a sentence, or a bracket: "Воспоминания в трех томах") is no part of
it.
"""

from __future__ import annotations

import re

from archivecite.model import Name, Span
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.given_first_headings import cyrillic_given_first
from archivecite.parse.published.heading_patterns import BARE_HEADING_REFUSED_PATTERN
from archivecite.parse.published.titles import put_text

__all__ = ["name_first_line"]

_WORD = r"[А-ЯЁ][а-яё]{1,25}"
_NAME_FIRST_LINE = re.compile(
    rf"""(?P<open>"\s?)?(?P<given>[А-ЯЁ][а-яё]{{1,20}})\s
        (?:(?P<patronymic>[А-ЯЁ][а-яё]{{1,20}}(?:ович|евич|ьич|ич|овна|евна|ична|инична))\s)?
        (?P<family>{_WORD}(?:-{_WORD})?)
        (?P<separator>,\s|\.\s|\s[-–—]\s)
        (?P<title>[«"„]?[А-ЯЁ][^\n/«»"„“]{{1,200}}?[»"“]?)
        # a sentence with no figure nor colon (an imprint has both), or a bracket
        (?P<description>\.\s+[А-ЯЁа-яё][^\n/\d:]{{0,200}}?|\s*\([А-ЯЁа-яё][^()\n:]{{0,200}}\))?
        [.!?]?\s*(?(open)"\s*)""",
    re.VERBOSE,
)
_QUOTES = {"«": "»", '"': '"', "„": "“"}
# A volume, part, issue or number after the title is GOST's area, read by its readers: "Лев
# Толстой. Война и мир. Т. 1".
_NUMBERED_PART = re.compile(r"(?<![\w-])(?:Т|Кн|Вып|Ч|Изд|Vol|№)\.?\s?\d")


def name_first_line(draft: Draft, start: int, end: int) -> bool:
    """Read ``text[start:end]`` as such a line; ``False`` (the draft untouched) when it is none:
    no name opens it, or it holds an imprint, a container or pages."""
    text = draft.text
    match = _NAME_FIRST_LINE.fullmatch(text, start, end)
    if (
        match is None
        or BARE_HEADING_REFUSED_PATTERN.search(text, match.start("title"), end)
        or _NUMBERED_PART.search(text, match.start("title"), end)
    ):
        return False
    given, family = match["given"], match["family"]
    if match["patronymic"] is not None:
        name: Name | None = Name(family=family, given=given, patronymic=match["patronymic"])
    else:
        name = cyrillic_given_first(given, family, strict=match["separator"] == ". ")
    title_start, title_end = match.span("title")
    if name is None or ("." in text[title_start:title_end] and match["description"] is None):
        return False
    if text[title_start] in _QUOTES and text[title_end - 1] == _QUOTES[text[title_start]]:
        title_start, title_end = title_start + 1, title_end - 1
    draft.authors.append(name)
    draft.spans.append(Span(field="authors", start=match.start("given"), end=match.end("family")))
    put_text(draft, "title", (title_start, title_end))
    draft.short_note = True  # a work named by its heading alone: no year, no venue
    return True
