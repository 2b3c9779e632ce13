"""The "Author" rendering of Elsevier's Pure research portals, as SPbU's portal exports it:
``«КЛАССОВЫЙ ПАЕК» И БРОНИРОВАННОЕ СНАБЖЕНИЕ …. / Ходяков, Михаил Викторович.\\nв: Quaestio
Rossica, Том 9, № 1, 05.04.2021, стр. 169-187.`` (in English ``Title. / Family, Given. In:
Journal, Vol. 9, No. 1, 05.04.2021, p. 169-187.``): the title first, the people after a slash,
each family name first before a comma."""

from __future__ import annotations

from archivecite.model import DateRange, Name, Span
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.heading_patterns import PURE_ENTRY_PATTERN
from archivecite.parse.published.names import is_name_word
from archivecite.parse.published.titles import put_text

__all__ = ["pure_entry"]

_NAME_WORDS = 5  # "Ходяков, Михаил Викторович", "Smith, John A.": a few words each


def pure_entry(draft: Draft, start: int, end: int) -> bool:
    """Read ``text[start:end]`` as such an entry; ``False`` (the draft untouched) when it is none
    or a part between the slash and the journal is no "Family, Given" name."""
    text = draft.text
    if text.find(" / ", start, end) < 0 or not any(
        text.find(word, start, end) >= 0 for word in ("в: ", "В: ", "In: ")
    ):
        return False
    match = PURE_ENTRY_PATTERN.fullmatch(text, start, end)
    if match is None:
        return False
    people = _people(match["people"])
    if people is None:
        return False
    draft.authors.extend(people)
    draft.spans.append(Span(field="authors", start=match.start("people"), end=match.end("people")))
    put_text(draft, "title", match.span("title"))
    put_text(draft, "container_title", match.span("journal"))
    for name in ("volume", "issue", "pages"):
        if match[name]:
            draft.put(name, match[name].replace("–", "-"), *match.span(name))
    draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
    return True


def _people(printed: str) -> list[Name] | None:
    names: list[Name] = []
    for part in printed.split("; "):
        family, comma, given = part.strip().partition(", ")
        words = [*family.split(), *given.split()]
        if not comma or len(words) > _NAME_WORDS or not all(is_name_word(w) for w in words):
            return None
        names.append(Name(family=family, given=given))
    return names
