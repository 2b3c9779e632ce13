"""A Chicago note's facts of publication, in parentheses (``(Princeton, NJ: Princeton University
Press, 2011)``) or bare after a comma, and the page the note cites after them."""

from __future__ import annotations

import re
from typing import NamedTuple

from archivecite.model import DateRange, PartialDate, Text
from archivecite.parse.published.chicago_patterns import (
    BARE_IMPRINT_PATTERN,
    BARE_LATER_EDITION_PATTERN,
    DASHED_PAGE_PATTERN,
    FIRST_IMPRINT_END_PATTERN,
    IMPRINT_PATTERN,
    LOCATOR_PATTERN,
    REPRINT_PATTERN,
    STATE_ABBREVIATION_PATTERN,
    THESIS_EN_PATTERN,
    TOWNS_SEPARATOR_PATTERN,
    UNDATED_IMPRINT_PATTERN,
    YEAR_LIKE_PATTERN,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash
from archivecite.parse.published.patterns import MONTH_YEAR_PATTERN, YEAR_PATTERN
from archivecite.parse.published.scanning import QUOTES, find_closing, trim
from archivecite.parse.published.terms import (
    CITIES,
    FAMILY_FIRST_PLACES,
    MONTHS,
    imprint_language,
    names_publisher,
)
from archivecite.parse.published.titles import put_plain_text

_PUBLISHER_REACH = 60  # a publisher's name alone in parentheses


_LOCATOR_PARTS = re.compile(r",|\s(?:and|et|&)\s")  # "pp. 28 and 43–4", "p. 224 et 347": two places


class Imprint(NamedTuple):
    """Where a note's parenthesised facts of publication open and close."""

    open: int
    close: int


def bare_imprint(
    text: str, start: int, end: int, *, publisher_only: bool = False
) -> re.Match[str] | None:
    """``, Oxford University Press: Oxford 1999``: the last such imprint, when nothing but a
    cited page follows it. With ``publisher_only``, also a publisher and the year with no place
    (``Matsumoto Seich, Shsetsu Teigin Jiken (…), Bungei Shunjsha, 1959.``: Tsurumi's notes),
    the first of them when a later edition follows it (:func:`later_edition`)."""
    found = None
    pos = start
    while (match := BARE_IMPRINT_PATTERN.search(text, pos, end)) is not None:
        if match["comma_year"] and " ".join(match["comma_place"].split()) not in CITIES:
            if publisher_only and is_publisher_only(match):
                found = match
                if later_edition(text, match.end(), end) is not None:
                    return match
                pos = match.end()
                continue
            # "Aini, Tarikh-i Amiran, Dushanbe, 1966": no town before the title's comma; the
            # imprint may begin at a later comma
            pos = match.start() + 1
            continue
        if not match["first_year"] or match["year_place"] in CITIES:
            found = match
        pos = match.end()
    if found is None:
        return None
    after = trim(text, found.end(), end, " \t.,;")
    if after[0] < after[1] and not (
        LOCATOR_PATTERN.fullmatch(text, found.end(), end)
        or DASHED_PAGE_PATTERN.match(text, found.end(), end)
    ):
        return None
    return found


def is_publisher_only(bare: re.Match[str]) -> bool:
    """Whether a bare imprint's ``, Bungei Shunjsha, 1959`` names a publisher, not a town."""
    printed = " ".join((bare["comma_place"] or "").split())
    return (
        bool(bare["comma_year"])
        and not bare["comma_publisher"]
        and printed not in CITIES
        and names_publisher(printed)
    )


def later_edition(text: str, start: int, end: int) -> re.Match[str] | None:
    """``, enlarged ed., Kawade Shob Shinsha, 1977``: a later edition closing the note."""
    return BARE_LATER_EDITION_PATTERN.fullmatch(text, start, end)


def book_imprint(text: str, imprint: Imprint) -> bool:
    """``(Moscow: MFD, 1999)`` or ``(Moscow, 1999)``, not a journal issue's ``(Spring 1986)``."""
    body = text[imprint.open + 1 : imprint.close]
    first, comma, rest = body.partition(",")
    first = first.strip()
    if ":" in body or first in CITIES or (first[:1].isupper() and names_publisher(first)):
        return True
    # "(Permanent Black, April 2024)": a name, then the month and year a book line gives
    dated = MONTH_YEAR_PATTERN.fullmatch(rest.strip()) if comma else None
    return (
        dated is not None
        and dated["month"].lower() in MONTHS
        and all(word[:1].isupper() for word in first.split())
    )


def find_imprint(text: str, start: int, end: int, *, quoted: bool) -> Imprint | None:
    """The last parentheses of the note when they hold facts of publication ending in a year,
    with only a cited place after them."""
    close = text.rfind(")", start, end)
    if close < 0:
        return None
    depth = 0
    opening = close
    while opening > start:
        opening -= 1
        if text[opening] == ")":
            depth += 1
        elif text[opening] == "(":
            if not depth:
                break
            depth -= 1
    if text[opening] != "(":
        return None
    match = IMPRINT_PATTERN.fullmatch(text, opening + 1, close)
    if match is None:  # "(New York: New Directions, n.d.)": no date printed
        match = UNDATED_IMPRINT_PATTERN.fullmatch(text, opening + 1, close)
    after = trim(text, close + 1, end, " \t.,;")
    located = after[1] <= after[0] or LOCATOR_PATTERN.fullmatch(text, close + 1, end)
    before = trim(text, start, opening, " \t")[1]
    if (
        match is None
        and after[1] <= after[0]
        and text[before - 1] != "."
        and _publisher_only(text, opening + 1, close)
    ):
        return Imprint(open=opening, close=close)  # "Daijigen (Kadokawa shoten)."
    if match is None or not located:
        return None
    body = match["body"]
    found = Imprint(open=opening, close=close)
    if quoted and text[start] in QUOTES and ":" not in body and not THESIS_EN_PATTERN.search(body):
        closing = find_closing(text, start, opening, text[start])
        between = text[closing + 1 : opening].strip(" \t,") if closing > start else "-"
        # "“‘Triumvirat’ ili ‘semerka’?” in Trudnye voprosy istorii, ed. … (Moscow, 1991)": the
        # book that holds a chapter, and its facts of publication
        in_book = between.startswith(("in ", "In "))
        if not ((not between or in_book) and book_imprint(text, found)):
            return None  # "Slavic Review 14 (Spring 1981), 169-208": a journal's issue
        # "“Iapontsy v sibirskom plenu (1945-1956 gg.)” (Irkutsk, 1997)": a book in quotes
    if not book_imprint(text, found) and text[:opening].rstrip(" \t,").endswith(")"):
        return None  # "(Moscow: AST, 2012),, (under April 24, 1937)": an aside after the imprint
    return found


def _publisher_only(text: str, start: int, end: int) -> bool:
    """``(Kadokawa shoten)``, ``(Tokyo: Heibonsha)``: the facts of publication of a list of
    reference works, a publisher (a word or its ending says so) and no year."""
    body = text[start:end]
    publisher = body.rpartition(":")[2]
    return (
        0 < len(body) <= _PUBLISHER_REACH
        and not any(char.isdigit() or char in "()[]" for char in body)
        and publisher.strip()[:1].isupper()
        and names_publisher(publisher)
    )


def east_asian(text: str, imprint: Imprint) -> bool:
    body = text[imprint.open + 1 : imprint.close]
    return any(
        segment.partition(":")[0].strip() in FAMILY_FIRST_PLACES for segment in body.split(";")
    )


def imprint_lang(text: str, imprint: Imprint) -> str | None:
    """The language an imprint's place or publisher tells (:func:`imprint_language`): ``ja``
    for ``(Iwanami Shoten, 1994)`` or ``(Tokyo: Heibonsha, 2010)``."""
    body = text[imprint.open + 1 : imprint.close]
    place, colon, publisher = body.partition(":")
    if not colon:
        place, publisher = "", body
    name = publisher.split(",")[0].strip()
    return imprint_language(place.strip() or None, name or None)


def put_note_imprint(draft: Draft, imprint: Imprint, end: int) -> None:
    text = draft.text
    match = IMPRINT_PATTERN.fullmatch(text, imprint.open + 1, imprint.close)
    undated = UNDATED_IMPRINT_PATTERN.fullmatch(text, imprint.open + 1, imprint.close)
    if match is None and undated is not None:
        span = undated.span("body")
    else:
        span = (imprint.open + 1, imprint.close) if match is None else match.span("body")
    body_start, body_end = trim(text, *span, " \t,")
    semicolon = text.find(";", body_start, body_end)
    if semicolon > 0:
        reprint = REPRINT_PATTERN.match(text, trim(text, semicolon + 1, body_end, " \t")[0])
        if reprint is not None:  # "(1922; repr., New York: Dover, 1990)": the reprint's facts
            original = text[body_start:semicolon].strip()
            draft.put_extra("original_date", original, body_start, semicolon)
            body_start = reprint.start("rest")
        else:
            body_end = trim(text, body_start, semicolon, " \t,")[1]
            first = FIRST_IMPRINT_END_PATTERN.search(text, body_start, body_end)
            if first is not None and match is not None:
                # "(Tokyo: Sōgensha, 1937; revised, 1948)": the first edition's year is the
                # work's, the revision's kept as printed
                later = trim(text, semicolon + 1, match.end(), " \t,;")
                draft.put_extra("later_editions", text[slice(*later)], *later)
                year = YEAR_PATTERN.search(text, first.start(), first.end())
                if year is not None and not draft.has("date"):
                    draft.put("date", DateRange.of(int(year.group())), *year.span())
                body_end = first.start()
    body_end = _month_off(draft, body_start, body_end, match)
    thesis = THESIS_EN_PATTERN.match(text, body_start, body_end)
    if thesis is not None:
        draft.thesis = True
        draft.put("degree", thesis["degree"], *thesis.span())
        put_plain_text(draft, "publisher", thesis.end(), body_end)
    else:
        _put_place_and_publisher(draft, body_start, body_end)
    if match is not None:
        draft.put_years(match)  # "(Tokyo: Yoshikawa Kōbunkan, 1979–97)"
        if match["extent"] and "extent" not in draft.values.get("extra", {}):
            draft.put_extra("extent", match["extent"], *match.span("extent"))
    put_locator(draft, imprint.close + 1, end)


def _put_place_and_publisher(draft: Draft, body_start: int, body_end: int) -> None:
    """The place and the publisher of a note's imprint, its year taken off."""
    text = draft.text
    colon = text.find(":", body_start, body_end)
    if colon > 0:
        place = trim(text, body_start, colon, " \t")
        draft.put("place", Text(original=text[slice(*place)]), *place)
        put_plain_text(draft, "publisher", colon + 1, body_end)
    elif text[body_start:body_end] in CITIES or _city_and_state(text[body_start:body_end]):
        # "(Moscow, 1999)", "(New Haven, Conn., 2010)": the place alone
        draft.put("place", Text(original=text[body_start:body_end]), body_start, body_end)
    elif (towns_end := _towns_then_publisher(text, body_start, body_end)) is not None:
        # "(New Haven, CT and London, Yale University Press, 1995)", "(London, Macmillan,
        # 1950)": British notes part the towns from the publisher by a comma
        place = trim(text, body_start, towns_end, " \t")
        draft.put("place", Text(original=text[slice(*place)]), *place)
        put_plain_text(draft, "publisher", *trim(text, towns_end + 1, body_end, " \t"))
    elif _publisher_then_city(text, body_start, body_end):
        # "(Fischer, Frankfurt 1968)": a German note names the publisher, then the town
        comma = text.rfind(",", body_start, body_end)
        place = trim(text, comma + 1, body_end, " \t")
        draft.put("place", Text(original=text[slice(*place)]), *place)
        put_plain_text(draft, "publisher", body_start, comma)
    elif body_end > body_start:
        put_plain_text(draft, "publisher", body_start, body_end)


def _month_off(draft: Draft, start: int, end: int, match: re.Match[str] | None) -> int:
    """``(Permanent Black, April 2024)``: the month a book line prints before the year is the
    date's, not the publisher's; returns where the publisher ends."""
    text = draft.text
    comma = text.rfind(",", start, end)
    month = MONTHS.get(text[comma + 1 : end].strip().lower()) if comma > start else None
    if month is None or match is None or draft.has("date"):
        return end
    year = int(match["year"])
    draft.put("date", DateRange(start=PartialDate(year=year, month=month)), *match.span("year"))
    return trim(text, start, comma, " \t")[1]


def _publisher_then_city(text: str, start: int, end: int) -> bool:
    """``Fischer, Frankfurt``, ``Stanford University Press, Stanford``: a publisher, a comma and
    a known town closing the imprint (``(Beck, München 2002)``), the publisher no town itself."""
    comma = text.rfind(",", start, end)
    if comma <= start:
        return False
    publisher = text[start:comma].strip()
    return (
        text[comma + 1 : end].strip() in CITIES
        and publisher not in CITIES
        and "," not in publisher
        and not _city_and_state(text[start:end])
    )


def _towns_then_publisher(text: str, start: int, end: int) -> int | None:
    """Where the towns end (the last comma) in ``New Haven, CT and London, Yale University
    Press``: each town a known city, perhaps with its state, the publisher after them no town
    nor state."""
    comma = text.rfind(",", start, end)
    if comma <= start:
        return None
    publisher = text[comma + 1 : end].strip()
    if not publisher or publisher in CITIES or STATE_ABBREVIATION_PATTERN.fullmatch(publisher):
        return None
    towns = TOWNS_SEPARATOR_PATTERN.split(text[start:comma].strip())
    if all(town in CITIES or _city_and_state(town) for town in towns):
        return comma
    return None


def _city_and_state(body: str) -> bool:
    """``New Haven, Conn.``, ``Cambridge, MA``: a known city and its state's abbreviation."""
    city, _, state = body.partition(", ")
    return city in CITIES and STATE_ABBREVIATION_PATTERN.fullmatch(state) is not None


def put_locator(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    found = LOCATOR_PATTERN.fullmatch(text, start, end)
    if found is None:
        # "Fourth Estate: London 2015. – Р. 22.": a Russian edition's dash and "Р." before the
        # page cited, after a note's imprint
        dashed = DASHED_PAGE_PATTERN.match(text, start, end)
        if dashed is not None:
            draft.put_extra("locator", join_dash(dashed["locator"]), *dashed.span("locator"))
        return
    volume = (found["volume"] and "volume") or (found["bare_volume"] and "bare_volume")
    if volume and not draft.has("volume"):
        draft.put("volume", found[volume], *found.span(volume))
        if found["book"]:
            draft.put_extra("book", found["book"], *found.span("book"))
    value = cited_locator(text, start, end) or found["locator"]
    draft.put_extra("locator", value, *found.span("locator"))


def cited_locator(text: str, start: int, end: int) -> str | None:
    """The page a note cites at ``text[start:end]`` (``46.``, ``vol. 2: 45``), as stored."""
    found = LOCATOR_PATTERN.fullmatch(text, start, end)
    if found is None:
        return None
    return ", ".join(join_dash(part) for part in _LOCATOR_PARTS.split(found["locator"]))


def short_locator(text: str, start: int, end: int) -> tuple[int, re.Match[str] | None]:
    """The first comma after which only cited pages follow (``, 48, 67–69, 160.``), a year not
    taken for a page."""
    comma = text.find(",", start, end)
    while comma >= 0:
        at = comma + 2 if comma + 1 < end and text[comma + 1] in '”’"' else comma
        found = LOCATOR_PATTERN.fullmatch(text, at, end)
        if found is not None and not YEAR_LIKE_PATTERN.match(found["locator"]):
            return at, found
        comma = text.find(",", comma + 1, end)
    return end, None


def put_credited_imprint(draft: Draft, credited: re.Match[str]) -> None:
    """Contemporary Authors' imprint, ``Tokyo University Press (Tokyo, Japan), 1982`` (the
    later editions after it kept): publisher, place and year."""
    put_plain_text(draft, "publisher", *credited.span("publisher"))
    draft.put("place", Text(original=credited["place"]), *credited.span("place"))
    draft.put("date", DateRange.of(int(credited["year"])), *credited.span("year"))
    if credited["later"]:
        draft.put_extra("later_editions", credited["later"], *credited.span("later"))
