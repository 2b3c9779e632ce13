"""ACS references, as chemistry journals print them and OJS sites offer them for any journal:
``Klingler, J. Influence of Pretreatment on Sodium Powder. Chem. Mater. 2005, 17, 2755-2768.``
and ``Гизбулаев, М. А. Сведения о Дагестане ... ВОСТОКОВЕДЕНИЕ 2021, 13, 187–196.``: names
family first with initials (joined by semicolons), the title, then the journal, its year, volume
(issue) and pages, none labelled."""

from __future__ import annotations

from archivecite.model import DateRange, Span
from archivecite.parse.published.chicago_patterns import ACS_TAIL_PATTERN
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash
from archivecite.parse.published.romanized_items import read_names
from archivecite.parse.published.scanning import strip_final_dot, trim
from archivecite.parse.published.titles import put_text

_TAIL_REACH = 160  # the longest journal and numbers looked for at the end


def parse_acs(draft: Draft, start: int, end: int) -> bool:
    """Read an ACS reference, or leave the draft untouched and return ``False``."""
    text = draft.text
    tail = ACS_TAIL_PATTERN.search(text, max(start, end - _TAIL_REACH), end)
    if tail is None:
        return False
    names, title_start = read_names(text, start, tail.start())
    title_end = strip_final_dot(text, title_start, tail.start())
    if not names or title_end <= title_start:
        return False
    for name, name_start, name_end in names:
        draft.authors.append(name)
        draft.spans.append(Span(field="authors", start=name_start, end=name_end))
    put_text(draft, "title", (title_start, title_end))
    put_text(draft, "container_title", trim(text, *tail.span("journal"), " \t\n,"))
    draft.put("date", DateRange.of(int(tail["year"])), *tail.span("year"))
    for field in ("volume", "issue"):
        if tail[field]:
            draft.put(field, tail[field], *tail.span(field))
    draft.put("pages", join_dash(tail["pages"]), *tail.span("pages"))
    return True
