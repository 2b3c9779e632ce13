"""Sentences without a title: place and publisher, volume, issue, pages, extent, dates."""

from __future__ import annotations

import re

from archivecite.model import (
    DateRange,
    PartialDate,
    Span,
    Text,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.patterns import (
    BARE_PAGES_PATTERN,
    DOI_INLINE_PATTERN,
    INSTALMENT_PATTERN,
    INSTALMENT_SEPARATOR_PATTERN,
    ISSUE_DAY_TAIL_PATTERN,
    ISSUE_PATTERN,
    ITEM_PATTERNS,
    MONTH_DAY_PATTERN,
    NUMBERS_PATTERN,
    PAGE_DASH_PATTERN,
    PAGE_LIST_PATTERN,
    PAGES_PATTERN,
    PLACE_PUBLISHER_PATTERN,
    PLACE_YEAR_PATTERN,
    PMID_PATTERN,
    YEAR_PATTERN,
)
from archivecite.parse.published.scanning import date_at, month_number, script_of, text_lang, trim
from archivecite.parse.published.terms import CITIES, PLACES, SERIES_WORDS, expand_places
from archivecite.parse.published.titles import put_plain_text
from archivecite.parse.published.trailers import doi_value

# The labels of a volume's part ("Ч. 1", "Кн. 2", "Pt. 3"), read after the volume's "Т."
PART_LABELS = ("Ч", "ч", "Кн", "кн", "Pt", "pt")


def _too_many_words(place: str) -> bool:
    """More than three words for a place, unless a known city comes first with its state or
    country after a comma (``New York, New York: Columbia University Press, 2015``)."""
    town, comma, state = place.partition(", ")
    if comma and town in CITIES:
        return town.count(" ") > 2 or state.count(" ") > 2
    return place.count(" ") > 2


def place_publisher(draft: Draft, start: int, end: int) -> bool:
    text = draft.text
    match = PLACE_PUBLISHER_PATTERN.fullmatch(text, start, end)
    if match is None or _too_many_words(match["place"].strip()):
        return False
    if match["place"].strip().rstrip(".").lower() in SERIES_WORDS:
        return False  # "Серия: Физика ядерных реакторов" names a journal's series
    expanded = expand_places(match["place"])
    lang = text_lang(expanded, None, text) if script_of(expanded) != "Latn" else None
    draft.put("place", Text(original=expanded, lang=lang), match.start("place"), match.end("place"))
    bare_year = YEAR_PATTERN.fullmatch(match["publisher"].strip())
    if bare_year is not None:
        # "Л.: 1986": the publisher left out, the year in its place
        if not draft.has("date"):
            draft.put("date", DateRange.of(int(bare_year["year"])), *match.span("publisher"))
        return True
    put_plain_text(draft, "publisher", match.start("publisher"), match.end("publisher"))
    if match["year"] and not draft.has("date"):
        draft.put("date", DateRange.of(int(match["year"])), match.start("year"), match.end("year"))
    if match["extent"]:
        draft.values.setdefault("extra", {})["extent"] = match["extent"]
        draft.spans.append(
            Span(field="extent", start=match.start("extent"), end=match.end("extent"))
        )
    if match["pages"] and not draft.has("pages"):
        # "Totowa, NJ: Rowman & Allanheld, 32–62": a chapter's pages closing its book's imprint
        draft.put("pages", join_dash(match["pages"]), *match.span("pages"))
    return True


def read_numbers(draft: Draft, start: int, end: int) -> bool:
    """``4, 58-73`` (issue, pages) or ``12(3): 45-67`` (volume, issue, pages)."""
    match = NUMBERS_PATTERN.fullmatch(draft.text, start, end)
    if match is None:
        return False
    if match["second"]:
        draft.put("volume", match["first"], match.start("first"), match.end("first"))
        draft.put("issue", match["second"], match.start("second"), match.end("second"))
    else:
        draft.put("issue", match["first"], match.start("first"), match.end("first"))
    draft.put("pages", join_dash(match["pages"]), match.start("pages"), match.end("pages"))
    return True


def join_dash(value: str) -> str:
    """``"198—218"``, ``"83 -93"``, ``"45～67"`` → ``"198-218"``: a page range means the same
    whatever dash was printed."""
    return PAGE_DASH_PATTERN.sub("-", "".join(value.split()))


def read_item(draft: Draft, start: int, end: int) -> bool:
    """One comma-separated item of the numeric part: year, volume, issue, pages, extent."""
    text = draft.text
    start, end = trim(text, start, end, " \t,.")
    if start >= end:
        return True
    for pattern, name in ITEM_PATTERNS:
        match = pattern.fullmatch(text, start, end)
        if match is not None:
            value = match[name].strip()
            if name == "pages":
                value = join_dash(value)
            if name == "extent":
                draft.values.setdefault("extra", {})["extent"] = text[start:end]
                draft.spans.append(Span(field="extent", start=start, end=end))
            elif name == "volume" and draft.has("volume") and text.startswith(PART_LABELS, start):
                # "Соч. Т. 25. Ч. 1.": a part of the volume, which stays the volume
                draft.put_extra("part", value, match.start(name), match.end(name))
            else:
                draft.put(name, value, match.start(name), match.end(name))
            if "year" in match.re.groupindex and match["year"] and not draft.has("date"):
                draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
            return True
    if _issue_then_pages(draft, start, end):
        return True
    bare = BARE_PAGES_PATTERN.fullmatch(text, start, end)
    if bare is not None and draft.has("volume") and not draft.has("pages"):
        draft.put("pages", join_dash(bare["pages"]), start, end)  # "vol. 6, 625-44"
        return True
    return date_item(draft, start, end)


def _issue_then_pages(draft: Draft, start: int, end: int) -> bool:
    """``№ 2 P. 211–235``: the issue and the pages with no stop between them; after a colon
    the pages need no label (``no. 4: 39–46``)."""
    text = draft.text
    issue = ISSUE_PATTERN.match(text, start, end)
    after = trim(text, issue.end(), end, " \t,.")[0] if issue is not None else end
    pages = PAGES_PATTERN.fullmatch(text, after, end) if issue is not None else None
    if issue is not None and pages is None and text.startswith(":", after):
        after = trim(text, after + 1, end, " \t")[0]
        pages = BARE_PAGES_PATTERN.fullmatch(text, after, end)
    if issue is None or pages is None or after == issue.end():
        return False
    draft.put("issue", issue["issue"].strip(), *issue.span("issue"))
    draft.put("pages", join_dash(pages["pages"].strip()), *pages.span("pages"))
    return True


def date_item(draft: Draft, start: int, end: int) -> bool:
    text = draft.text
    found = date_at(text, start, end) or _month_day(draft, start, end)
    tail = ISSUE_DAY_TAIL_PATTERN.fullmatch(text, found[1], end) if found is not None else None
    if found is not None and (found[1] >= end - 3 or (tail is not None and tail.group())):
        value = found[0]
        if value.year == 0:
            if not draft.has("date"):
                return False
            value = DateRange.of(draft.values["date"].year, value.start.month, value.start.day)
            draft.issue_day = True
        draft.day_date = True
        draft.put("date", value, start, found[1])
        _issue_number(draft, tail)
        return True
    month_end = _month_end(text, start, end)
    month = month_number(text[start:month_end]) if draft.has("date") else None
    if month is not None and draft.values["date"].start.month is None:
        # "Известия. 1937. Март.": a periodical's issue of a month, after its year
        draft.put("date", DateRange.of(draft.values["date"].year, month), start, month_end)
        draft.issue_day = draft.day_date = True
        _issue_number(draft, ISSUE_DAY_TAIL_PATTERN.fullmatch(text, month_end, end))
        return True
    match = YEAR_PATTERN.fullmatch(text, start, end)
    if match is not None:
        if not draft.has("date"):
            draft.put("date", DateRange.of(int(match["year"])), start, end)
        return True
    return False


def _month_day(draft: Draft, start: int, end: int) -> tuple[DateRange, int] | None:
    """``September 11``: a periodical's day after its year, the month first (``None`` before a
    year is read: a month and a figure alone are no date)."""
    match = MONTH_DAY_PATTERN.match(draft.text, start, end)
    month = month_number(match["month"]) if match is not None else None
    if match is None or month is None or not draft.has("date") or not 1 <= int(match["day"]) <= 31:
        return None
    return DateRange.of(0, month, int(match["day"])), match.end()


def _month_end(text: str, start: int, end: int) -> int:
    """Where a month named alone ends before its issue's number in brackets (``Июль (№ 7)``)."""
    opening = text.find(" (", start, end)
    if opening > start and ISSUE_DAY_TAIL_PATTERN.fullmatch(text, opening, end) is not None:
        return opening
    return end


def _issue_number(draft: Draft, tail: re.Match[str] | None) -> None:
    """The issue's number in brackets after its day (``(№ 10072)``), and the day by the other
    calendar (``(1 апр.)``, kept as printed in ``extra["other_day"]``)."""
    if tail is None:
        return
    if tail["issue"] and not draft.has("issue"):
        draft.put("issue", tail["issue"], *tail.span("issue"))
    if tail["other_day"]:
        draft.put_extra("other_day", tail["other_day"], *tail.span("other_day"))


def read_items(draft: Draft, start: int, end: int) -> bool:
    """Read a sentence made only of numeric items, or leave the draft untouched; a study's
    further instalments after its first issue and pages (``1991, no 6, pp. 10–27; no 7, pp.
    3–16``) are read with them (:func:`later_instalments`)."""
    if _page_list(draft, start, end):
        return True
    snapshot = (dict(draft.values), list(draft.spans), draft.day_date, draft.issue_day)
    later = later_instalments(draft.text, start, end)
    stop = later[0] if later is not None else end
    piece = start
    for index in range(start, stop + 1):
        if index == stop or draft.text[index] == ",":
            if not read_item(draft, piece, index):
                draft.values, draft.spans, draft.day_date, draft.issue_day = snapshot
                return False
            piece = index + 1
    if later is None:
        return True
    if not (draft.has("issue") and draft.has("pages")):
        draft.values, draft.spans, draft.day_date, draft.issue_day = snapshot
        return False
    _, issues, pages = later
    draft.put("issue", "; ".join([draft.values["issue"], *issues]), stop, end)
    draft.put("pages", "; ".join([draft.values["pages"], *pages]), stop, end)
    return True


def _page_list(draft: Draft, start: int, end: int) -> bool:
    """``Одинцов М. И. Религиозные организации … М., 1995. С. 78, 79.``: the pages a note cites,
    listed after one label, read as one value (``78, 79``), not as a page and a stray figure."""
    start, end = trim(draft.text, start, end, " \t.")
    listed = PAGE_LIST_PATTERN.fullmatch(draft.text, start, end)
    if listed is None or draft.has("pages"):
        return False
    pages = ", ".join(join_dash(part) for part in listed["pages"].split(","))
    draft.put("pages", pages, *listed.span("pages"))
    return True


def later_instalments(text: str, start: int, end: int) -> tuple[int, list[str], list[str]] | None:
    """Where the list of a serialized study's later instalments begins in ``text[start:end]``
    (``no 6, pp. 10–27; no 7, pp. 3–16``: at ``;``), and their issues and pages; ``None`` when
    the text does not close with such a list."""
    first = INSTALMENT_SEPARATOR_PATTERN.search(text, start, end)
    stop = trim(text, start, end, " \t.;")[1]
    if first is None or first.start() >= stop:
        return None
    issues: list[str] = []
    pages: list[str] = []
    pos = first.start()
    while pos < stop:
        separator = INSTALMENT_SEPARATOR_PATTERN.match(text, pos, stop)
        found = INSTALMENT_PATTERN.match(text, separator.end(), stop) if separator else None
        if found is None:
            return None
        issues.append("".join(found["issue"].split()))
        pages.append(join_dash(found["pages"]))
        pos = found.end()
    return first.start(), issues, pages


def identifier_sentence(draft: Draft, start: int, end: int) -> bool:
    """``DOI: 10.24411/...`` or ``PMID 30881554`` standing as a sentence of its own."""
    text = draft.text
    match = DOI_INLINE_PATTERN.fullmatch(text, start, end)
    if match is not None:
        if not draft.has("doi"):
            draft.put("doi", doi_value(match["doi"]), start, end)
        return True
    found = PMID_PATTERN.fullmatch(text, start, end)
    if found is not None and not draft.has("pmid"):
        draft.put("pmid", found["pmid"], start, end)
    return found is not None


def structural(draft: Draft, start: int, end: int) -> bool:
    """Read a sentence that carries no title: place and publisher, numbers, dates."""
    if identifier_sentence(draft, start, end):
        return True
    if read_items(draft, start, end) or read_numbers(draft, start, end):
        return True
    if place_publisher(draft, start, end):
        return True
    match = PLACE_YEAR_PATTERN.fullmatch(draft.text, start, end)
    if match is not None:
        places = [part.strip() for part in match["place"].split(";")]
        bare = match["comma"] is None  # "М. 1972": only a known place's abbreviation so
        if all(place in PLACES or (place.count(" ") < 2 and not bare) for place in places):
            expanded = expand_places(match["place"])
            lang = "ru" if script_of(expanded) == "Cyrl" else None
            draft.put("place", Text(original=expanded, lang=lang), start, match.end("place"))
            if not draft.has("date"):
                date = DateRange.of(int(match["year"]))
                if match["last"] and int(match["last"]) > date.year:
                    date = DateRange(start=date.start, end=PartialDate(year=int(match["last"])))
                draft.put(
                    "date",
                    date,
                    match.start("year"),
                    match.end("last" if match["last"] else "year"),
                )
            if match["volume"] and not draft.has("volume"):
                draft.put("volume", join_dash(match["volume"]), *match.span("volume"))
            if match["pages"] and not draft.has("pages"):  # "Токио, 1941, с. 490, 494"
                pages = ", ".join(join_dash(part) for part in match["pages"].split(","))
                draft.put("pages", pages, *match.span("pages"))
            return True
    return date_then_rest(draft, start, end)


def date_then_rest(draft: Draft, start: int, end: int) -> bool:
    """``April 18, 1991.Tekhexpert``: a date glued to what follows it."""
    found = date_at(draft.text, start, end)
    if found is None or found[0].year == 0:
        return False
    draft.put("date", found[0], start, found[1])
    rest_start, rest_end = trim(draft.text, found[1], end)
    if rest_end > rest_start:
        draft.loose.append((rest_start, rest_end))
    return True


def whole_date(draft: Draft, start: int, end: int) -> bool:
    """A sentence that is only a full date (``October, 19, 1956``): the date of the act or item,
    never a journal and its numbers."""
    found = date_at(draft.text, start, end)
    if found is None or found[0].year == 0 or trim(draft.text, found[1], end)[0] < end:
        return False
    draft.day_date = True
    draft.put("date", found[0], start, found[1])
    return True
