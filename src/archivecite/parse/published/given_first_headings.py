"""Headings of Russian reading lists, shops and e-book libraries that name a book by its author,
given name first, and its title, nothing else: ``Евгения Гинзбург «Крутой маршрут»``, ``«Старшая
сестра, младшая сестра, красная сестра» Юн Чжан``, ``Все течет… Поздняя проза (Василий
Гроссман)`` (the form with a full stop, ``Роберт Конквест. Жатва скорби``, is
:func:`gost_informal.named_heading`'s). Read only when no other reader reads the text.

Two words are a name when the first is a listed given name, Russian or foreign in Russian
transcription, and the second no byname (``Иван Грозный``), or when both are Chinese syllables in
Palladius (``Юн Чжан``), read family name first where pinyin tells it (``Мао Цзэдун``), else
in the heading's order.
"""

from __future__ import annotations

from archivecite.model import Name, Span
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.heading_patterns import (
    BARE_HEADING_REFUSED_PATTERN,
    BYNAME_ENDING_PATTERN,
    NAME_THEN_QUOTED_PATTERN,
    QUOTED_THEN_NAME_PATTERN,
    TITLE_THEN_BRACKETED_NAME_PATTERN,
)
from archivecite.parse.published.scanning import script_of
from archivecite.parse.published.terms import (
    CYRILLIC_FAMILY_ENDINGS,
    FOREIGN_CYRILLIC_GIVEN_NAMES,
    GIVEN_NAMES,
)
from archivecite.parse.published.titles import put_text
from archivecite.translit.chinese import pinyin_family_first
from archivecite.translit.palladius import looks_like_palladius, palladius_to_pinyin

__all__ = ["cyrillic_given_first", "given_first_heading"]

_PATTERNS = (
    NAME_THEN_QUOTED_PATTERN,
    QUOTED_THEN_NAME_PATTERN,
    TITLE_THEN_BRACKETED_NAME_PATTERN,
)


def given_first_heading(draft: Draft, start: int, end: int) -> bool:
    """Read ``text[start:end]`` as such a heading; ``False`` (the draft untouched) when it is
    none: the two words are no name, or the title holds an imprint, a container or pages."""
    text = draft.text
    for pattern in _PATTERNS:
        match = pattern.fullmatch(text, start, end)
        if match is None:
            continue
        title = match["title"].strip(" ,.")
        name = cyrillic_given_first(match["given"], match["family"])
        if name is None or script_of(title) != "Cyrl" or BARE_HEADING_REFUSED_PATTERN.search(title):
            return False
        draft.authors.append(name)
        draft.spans.append(
            Span(field="authors", start=match.start("given"), end=match.end("family"))
        )
        put_text(draft, "title", match.span("title"))
        draft.short_note = True  # a work named by its heading alone: no year, no venue
        return True
    return False


def cyrillic_given_first(given: str, family: str, *, strict: bool = False) -> Name | None:
    """``Евгения Гинзбург``, ``Роберт Конквест``, ``Юн Чжан`` as a name, or ``None``. A Russian
    given name needs a family name that is no byname (``strict``: one that ends as a Russian
    family name does, where nothing but a full stop parts the name from the title); a foreign
    given name, any family name that is no given name nor a byname."""
    if given in GIVEN_NAMES and family not in GIVEN_NAMES:
        ends_as_family = family.endswith(CYRILLIC_FAMILY_ENDINGS)
        if ends_as_family or (not strict and BYNAME_ENDING_PATTERN.search(family) is None):
            return Name(family=family, given=given)
        return None
    if given in FOREIGN_CYRILLIC_GIVEN_NAMES:
        if family in GIVEN_NAMES or BYNAME_ENDING_PATTERN.search(family):
            return None
        return Name(family=family, given=given)
    printed = f"{given} {family}"
    if strict or not looks_like_palladius(printed):
        return None
    if pinyin_family_first(palladius_to_pinyin(printed) or ""):
        return Name(family=given, given=family)  # "Мао Цзэдун": Mao Zedong, family name first
    return Name(family=family, given=given)  # "Юн Чжан": read in the heading's order
