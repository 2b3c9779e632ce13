"""The sentences after a title in English humanities references (Chicago, MLA, Harvard): a
journal with its numbers, a newspaper and its day, a thesis, a publisher without a place, an
edition, a volume with its own title, a reprint."""

from __future__ import annotations

import re

from archivecite.model import DateRange, Name, Span, Text
from archivecite.parse.published.chicago_patterns import (
    AFTER_YEAR_PATTERN,
    EDITION_EN_PATTERN,
    IMPRINT_RANGE_PATTERN,
    JOURNAL_NAME_STOP_PATTERN,
    MLA_JOURNAL_PATTERN,
    PAREN_YEAR_PATTERN,
    PLACE_PAREN_YEAR_PATTERN,
    POLISH_HEAD_PATTERN,
    POLISH_QUOTED_TITLE_PATTERN,
    POLISH_TAIL_PATTERN,
    PUBLISHER_TOWN_YEAR_PATTERN,
    PUBLISHER_YEAR_PATTERN,
    REPRINT_PATTERN,
    REVIEW_PATTERN,
    THESIS_EN_PATTERN,
    TRAILING_PAGES_PATTERN,
    TRAILING_YEAR_PATTERN,
    VOLUME_BEFORE_PATTERN,
    VOLUME_SEGMENT_PATTERN,
    VOLUMES_PATTERN,
    YEAR_ONLY_PATTERN,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash
from archivecite.parse.published.names import given_first_name
from archivecite.parse.published.patterns import PAGES_PATTERN
from archivecite.parse.published.scanning import date_at, month_number, trim
from archivecite.parse.published.terms import CITIES, JOURNAL_OPENERS, names_publisher
from archivecite.parse.published.titles import put_plain_text, put_text


def edition_phrase(draft: Draft, start: int, end: int) -> int:
    """``2nd ed.``, ``4th Ed.``, ``second revised ed.``, ``3 vols.`` at ``start``: read them,
    return where the rest of the sentence begins."""
    text = draft.text
    while start < end:
        edition = EDITION_EN_PATTERN.match(text, start, end)
        count = VOLUMES_PATTERN.match(text, start, end)
        if edition is not None:
            draft.put("edition", edition["number"] or edition["words"], *edition.span())
            start = trim(text, edition.end(), end, " \t,.")[0]
        elif count is not None and not draft.has("number_of_volumes"):
            draft.put("number_of_volumes", count["count"], *count.span())
            start = trim(text, count.end(), end, " \t,.")[0]
        else:
            break
    return start


def journal_sentence(draft: Draft, start: int, end: int) -> bool:
    """``Slavic Review 50, no. 1 (1991): 18–35``, ``*Journal*, 16:1 (1985), 23-42``,
    ``Slavic Review, Vol. 32, No. 1 (Mar., 1973), pp. 59-78``: a journal and its numbers."""
    text = draft.text
    parens = list(PAREN_YEAR_PATTERN.finditer(text, start, end))
    if not parens:
        return False
    paren = parens[-1]
    after = AFTER_YEAR_PATTERN.fullmatch(text, paren.end(), end)
    volume = VOLUME_BEFORE_PATTERN.search(text, start, paren.start())
    if after is None:
        return False
    if volume is None:  # "Pravoslavnyi sobesednik (September 1858): 50, 62": a colon, then pages
        colon = text.startswith(":", trim(text, paren.end(), end, " \t")[0])
        return (
            colon and bool(after["pages"]) and _journal(draft, (start, paren.start()), paren, after)
        )
    container = trim(text, start, volume.start(), " \t,*")
    if JOURNAL_NAME_STOP_PATTERN.search(text, *container):
        container = trim(text, container[0], container[1] - 1, " \t,*")
    if container[1] <= container[0] or draft.has("container_title"):
        return False
    review = REVIEW_PATTERN.match(text, *container)
    if review is not None:  # "review of Gulag Voices, by Anne Applebaum, Slavic Review 70"
        draft.put_extra("reviewed", review["work"], *review.span("work"))
        container = trim(text, review.end(), container[1], " \t,*")
    if volume["volume"]:
        draft.put("volume", volume["volume"], *volume.span("volume"))
    names = ("colon_issue", "dot_issue", "comma_issue", "issue", "only_issue", "double_issue")
    issue = next((name for name in names if volume[name]), None)
    if issue is not None:
        draft.put("issue", join_dash(volume[issue]), *volume.span(issue))
    return _journal(draft, container, paren, after)


def _journal(
    draft: Draft, container: tuple[int, int], paren: re.Match[str], after: re.Match[str]
) -> bool:
    start, end = trim(draft.text, *container, " \t,*")
    if end <= start or draft.has("container_title"):
        return False
    put_text(draft, "container_title", (start, end))
    if not draft.has("date"):
        _put_paren_date(draft, paren)
    if after["pages"]:
        draft.put("pages", join_dash(after["pages"]), *after.span("pages"))
    return True


def mla_journal(draft: Draft, start: int, end: int) -> bool:
    """``Slavic Review, vol. 32, no. 1, Mar. 2020, pp. 59-78``, also as OJS prints MLA in Russian
    (``Вестник Санкт-Петербургского университета. История, т. 68, вып. 1, апрель 2023 г., сс.
    159-75``): the journal, its volume or issue, the month and year, the pages."""
    match = MLA_JOURNAL_PATTERN.fullmatch(draft.text, start, end)
    if match is None or not (match["volume"] or match["issue"]) or draft.has("container_title"):
        return False
    put_text(draft, "container_title", trim(draft.text, *match.span("container"), " \t\n*"))
    for name in ("volume", "issue"):
        if match[name]:
            draft.put(name, match[name], *match.span(name))
    if match["pages"]:
        draft.put("pages", join_dash(match["pages"]), *match.span("pages"))
    if not draft.has("date"):
        month = month_number(match["when"].split()[-1]) if match["when"] else None
        where = match.start("when" if month else "year"), match.end("year")
        draft.put("date", DateRange.of(int(match["year"]), month), *where)
    return True


def _put_paren_date(draft: Draft, paren: re.Match[str]) -> None:
    """``(1991)``, ``(April 1993)``, ``(Mar., 1973)``, ``(апрель 8, 2024)``; not the season of
    ``(Spring 1981)``."""
    day = date_at(draft.text, paren.start("when"), paren.end("year"))
    if day is not None and day[0].year and day[1] == paren.end("year"):
        draft.put("date", day[0], paren.start("when"), day[1])
        return
    month = month_number(paren["when"].strip(" ,")) if paren["when"].strip() else None
    where = paren.span("when" if month else "year")[0], paren.end("year")
    draft.put("date", DateRange.of(int(paren["year"]), month), *where)


def newspaper_sentence(draft: Draft, start: int, end: int) -> bool:
    """``Pravda, 30 September 1928, 2`` or ``The New York Review of Books, April 5, 2018``: a
    paper, the day it came out, and a page."""
    text = draft.text
    if text[end - 1] == ")":  # "Sovremennoe slovo (April 6, 1912)", "Izvestiya (Moscow, ...)"
        opening = text.rfind("(", start, end)
        place_end = text.find(", ", opening, end) if opening > start else -1
        place = place_end > 0 and text[opening + 1 : place_end] in CITIES
        day_at = place_end + 2 if place else opening + 1
        found = date_at(text, day_at, end - 1) if opening > start else None
        if found is not None and found[0].year and found[1] == end - 1:
            put_text(draft, "container_title", trim(text, start, opening, " \t,*"))
            if place:
                put_plain_text(draft, "place", opening + 1, place_end)
            draft.day_date = True
            draft.put("date", found[0], day_at, found[1])
            return True
    comma = text.find(", ", start, end)
    while comma > start:
        found = date_at(text, comma + 2, end)
        if found is not None and found[0].year:
            rest = trim(text, found[1], end, " \t,.")
            page = TRAILING_PAGES_PATTERN.fullmatch(text, found[1], end)
            if rest[1] > rest[0] and page is None:
                return False
            put_text(draft, "container_title", trim(text, start, comma, " \t*"))
            draft.day_date = True
            draft.put("date", found[0], comma + 2, found[1])
            if page is not None:
                draft.put("pages", join_dash(page["pages"]), *page.span("pages"))
            return True
        comma = text.find(", ", comma + 2, end)
    return _paper_then_day(draft, start, end)


def _paper_then_day(draft: Draft, start: int, end: int) -> bool:
    """``The New York Times December 3, 1968``: a paper and the day, no comma between them."""
    text = draft.text
    space = text.find(" ", start, end)
    while space > start:
        word_end = text.find(" ", space + 1, end)
        if month_number(text[space + 1 : word_end if word_end > 0 else end].strip(",")):
            found = date_at(text, space + 1, end)
            if found is not None and found[0].start.day and trim(text, found[1], end)[0] >= end:
                put_text(draft, "container_title", trim(text, start, space, " \t*"))
                draft.day_date = True
                draft.put("date", found[0], space + 1, found[1])
                return True
        space = word_end
    return False


def thesis_sentence(draft: Draft, start: int, end: int) -> bool:
    """``PhD diss., Harvard University, 1999``: the degree, the university, the year."""
    text = draft.text
    match = THESIS_EN_PATTERN.match(text, start, end)
    if match is None:
        return False
    draft.thesis = True
    draft.put("degree", match["degree"], *match.span())
    rest = trim(text, match.end(), end, " \t,.")
    year = TRAILING_YEAR_PATTERN.search(text, *rest)
    university_end = trim(text, rest[0], year.start(), " \t,")[1] if year else rest[1]
    put_plain_text(draft, "publisher", rest[0], university_end)
    if year is not None and not draft.has("date"):
        draft.put("date", DateRange.of(int(year["year"])), *year.span("year"))
    return True


def publisher_year(draft: Draft, start: int, end: int) -> bool:
    """``Macmillan, 1988``, ``Princeton UP, 2011``: a publisher and its year without a place (MLA,
    Chicago without place); a known city stays a place."""
    text = draft.text
    match = PUBLISHER_YEAR_PATTERN.fullmatch(text, start, end)
    if match is None or draft.has("publisher"):
        return False
    name = match["publisher"].strip()
    if name in CITIES or not (draft.humanities or names_publisher(name)):
        return False
    put_plain_text(draft, "publisher", match.start("publisher"), match.end("publisher"))
    draft.put_years(match)
    return True


def publisher_town_year(draft: Draft, start: int, end: int) -> bool:
    """``*Statistical Models in S*, Wadsworth and Brooks/Cole, Pacific Grove, CA 1992.``: a
    publisher before its town and the year, the town a known city or a US town with its state
    (never a journal's name); without the year the state must be there (``… *Statistical Models
    in S*, Wadsworth and Brooks/Cole, Pacific Grove, CA.``)."""
    text = draft.text
    match = PUBLISHER_TOWN_YEAR_PATTERN.fullmatch(text, start, end)
    if match is None or draft.has("publisher") or draft.has("place"):
        return False
    publisher = match["publisher"]
    if (
        publisher in CITIES
        or publisher.startswith(JOURNAL_OPENERS)  # "Journal of Modern History, Chicago, 1990"
        or not (
            match["state"]
            or (match["year"] and match["town"] in CITIES and names_publisher(publisher))
        )
    ):
        return False
    put_plain_text(draft, "publisher", *match.span("publisher"))
    draft.put("place", Text(original=match["place"]), *match.span("place"))
    if match["year"] and not draft.has("date"):
        draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
    return True


def volume_sentence(draft: Draft, start: int, end: int) -> bool:
    """``Vol. 1, Paradoxes of Power, 1878–1928``: a volume and its own title."""
    text = draft.text
    volume = VOLUME_SEGMENT_PATTERN.match(text, start, end)
    if volume is None or draft.has("volume") or not text.startswith((", ", ": "), volume.end()):
        return False
    draft.put("volume", volume["volume"], *volume.span("volume"))
    rest = trim(text, volume.end(), end, " \t,:.")
    draft.put_extra("volume_title", text[slice(*rest)], *rest)
    return True


def reprint_sentence(draft: Draft, start: int, end: int) -> bool:
    """``Reprint, 2000`` or ``Reprinted, London: Verso, 2010``: kept as printed."""
    match = REPRINT_PATTERN.fullmatch(draft.text, start, end)
    if match is None:
        return False
    draft.put_extra("reprint", match["rest"].strip(), *match.span("rest"))
    return True


def imprint_range(draft: Draft, start: int, end: int) -> bool:
    """``New York: Harper & Row, 1974–78``: the imprint of a work published over years."""
    match = IMPRINT_RANGE_PATTERN.fullmatch(draft.text, start, end)
    if match is None or not draft.humanities:
        return False
    draft.put("place", Text(original=match["place"].strip()), *match.span("place"))
    put_plain_text(draft, "publisher", *match.span("publisher"))
    draft.put_years(match)
    return True


def place_year(draft: Draft, start: int, end: int) -> bool:
    """``Moscow, 1997``: a known city and the year, the imprint of a book printed without its
    publisher (common for Soviet and Russian books), not a journal's name."""
    match = PUBLISHER_YEAR_PATTERN.fullmatch(draft.text, start, end)
    if match is None or draft.has("place"):
        return False
    name = match["publisher"].strip()
    if name not in CITIES:
        return False
    draft.put("place", Text(original=name), *match.span("publisher"))
    draft.put_years(match)
    return True


def place_paren_year(draft: Draft, start: int, end: int) -> bool:
    """British ``Honolulu (2000)``, Springer's ``Zhonghua shuju, Beijing (1980)``: the
    place (after the publisher) and year of a book whose head a humanities reader found."""
    match = PLACE_PAREN_YEAR_PATTERN.fullmatch(draft.text, start, end)
    if match is None or not draft.humanities or match["place"].count(" ") > 2:
        return False
    if match["publisher"] and not draft.has("publisher"):
        put_plain_text(draft, "publisher", *match.span("publisher"))
    draft.put("place", Text(original=match["place"].strip()), *match.span("place"))
    if not draft.has("date"):
        draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
    return True


def mla_container(draft: Draft, start: int, end: int) -> bool:
    """``Stalinism: New Directions, edited by Sheila Fitzpatrick, Routledge, 2000, pp. 20-45``:
    MLA's book a chapter appears in, its editors, publisher, year and pages."""
    text = draft.text
    edited = text.find(", edited by ", start, end)
    if edited <= start or draft.has("container_title"):
        return False
    pos = edited + len(", edited by ")
    names: list[Name] = []
    while pos < end:
        comma = text.find(",", pos, end)
        stop = comma if comma > 0 else end
        parts = text[pos:stop].removeprefix("and ").split(" and ")
        found = [given_first_name(part.strip(), text) for part in parts]
        if not all(found):
            break
        names.extend(name for name in found if name is not None)
        pos = trim(text, stop, end, " \t,")[0]
    if not names or pos >= end or not _imprint_items(draft, pos, end):
        return False
    draft.chapter = True
    put_text(draft, "container_title", trim(text, start, edited, " \t*"))
    draft.container_editors.extend(names)
    draft.spans.append(Span(field="container_editors", start=edited + 2, end=pos))
    return True


def _imprint_items(draft: Draft, start: int, end: int) -> bool:
    """``Routledge, 2000, pp. 20-45``: publisher, year, pages, each once; ``False`` (the draft
    untouched) when a piece is none of them."""
    text = draft.text
    found: list[tuple[str, int, int]] = []
    pos = start
    while pos < end:
        comma = text.find(",", pos, end)
        stop = trim(text, pos, comma if comma > 0 else end, " \t.")[1]
        if YEAR_ONLY_PATTERN.fullmatch(text, pos, stop):
            found.append(("date", pos, stop))
        elif PAGES_PATTERN.fullmatch(text, pos, stop):
            found.append(("pages", pos, stop))
        elif not any(name == "publisher" for name, _, _ in found):
            found.append(("publisher", pos, stop))
        else:
            return False
        pos = trim(text, comma, end, " \t,")[0] if comma > 0 else end
    if not any(name == "date" for name, _, _ in found):
        return False
    for name, piece_start, piece_end in found:
        if name == "date" and not draft.has("date"):
            draft.put(
                "date",
                DateRange.of(int(text[piece_start : piece_start + 4])),
                piece_start,
                piece_end,
            )
        elif name == "pages":
            pages = PAGES_PATTERN.fullmatch(text, piece_start, piece_end)
            if pages is not None:
                draft.put("pages", join_dash(pages["pages"]), *pages.span("pages"))
        elif name == "publisher":
            put_plain_text(draft, "publisher", piece_start, piece_end)
    return True


def polish_entry(draft: Draft, start: int, end: int) -> bool:
    """An entry as Polish journals print it (Przegląd Rusycystyczny, Slavia Orientalis): the
    names (``Kiseleva, Lidiya.``, ``Barański Zbigniew,``), the title up to the comma, then the
    publisher after its place or the journal with its numbers, in Polish quotes:
    ``Khimik, Vasiliy. Poetika nizkogo, …, Sankt Peterburg: „Filologicheskiy fakul'tet SPBGU”,
    2000``, ``Kiseleva, Lidiya. Gorodskoye prostorechiye. 25 let spustya, „Journal of Siberian
    Federal University …”, 2009, nr 2, s. 68-77``. The title runs to that comma, full stops and
    all."""
    text = draft.text
    head = POLISH_HEAD_PATTERN.match(text, start, end)
    people = _polish_names(head) if head is not None else None
    if head is None or people is None:
        return False
    quoted_title = POLISH_QUOTED_TITLE_PATTERN.match(text, head.end(), end)
    if quoted_title is not None:  # "Belova, Nataliya Aleksandrovna. „O kriteriyakh …” (2009)"
        draft.authors.extend(people)
        draft.spans.append(Span(field="authors", start=start, end=head.end()))
        put_text(draft, "title", quoted_title.span("title"))
        draft.put("date", DateRange.of(int(quoted_title["year"])), *quoted_title.span("year"))
        return True
    tail = POLISH_TAIL_PATTERN.search(text, start, end)
    if tail is None or tail.start() <= head.end():
        return False
    title = trim(text, head.end(), tail.start(), " \t,")
    if title[0] >= title[1] or not text[title[0]].isupper():
        return False
    (draft.editors if head["role"] else draft.authors).extend(people)
    draft.spans.append(
        Span(field="editors" if head["role"] else "authors", start=start, end=head.end())
    )
    put_text(draft, "title", title)
    draft.put("date", DateRange.of(int(tail["year"])), *tail.span("year"))
    quoted = tail.span("quoted")
    if tail["place"]:
        draft.put("place", Text(original=tail["place"].strip()), *tail.span("place"))
        put_plain_text(draft, "publisher", *quoted)
    elif tail["issue"] or tail["pages"] or tail["volume"]:
        put_text(draft, "container_title", quoted)
        if tail["volume"]:
            draft.put("volume", tail["volume"], *tail.span("volume"))
        if tail["issue"]:
            draft.put("issue", tail["issue"], *tail.span("issue"))
        if tail["pages"]:
            draft.put("pages", join_dash(tail["pages"]), *tail.span("pages"))
    else:
        put_plain_text(draft, "publisher", *quoted)
    return True


def _polish_names(head: re.Match[str]) -> list[Name] | None:
    """The people of a Polish entry's head, or ``None`` when a part is no name."""
    if head["family"]:
        return [Name(family=head["family"], given=head["given"])]
    parts = [part.strip() for part in head["names"].split(",")]
    if len(parts) % 2:
        return None
    people = []
    for family, given in zip(parts[::2], parts[1::2], strict=True):
        if not (family[0].isupper() and given[0].isupper()):
            return None
        people.append(Name(family=family, given=given))
    return people
