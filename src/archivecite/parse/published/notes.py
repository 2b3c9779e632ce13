"""Chicago notes: the full note ``Steven A. Barnes, Death and Redemption (Princeton, NJ:
Princeton University Press, 2011), 45.``, its article, chapter and newspaper forms (``J. Arch
Getty, "State and Society under Stalin," Slavic Review 50, no. 1 (1991): 18–35.``), and the
shortened note ``Barnes, Death and Redemption, 45.``

A note names its people given name first, separated by commas, then the title; a book's facts
of publication stand in parentheses, and what follows them is the page the note cites: the
model has no field for it, so it is kept as ``extra["locator"]``, apart from the work's own
``pages``. An article's numbers after the colon are read as its pages, as in a bibliography:
nothing tells a cited page from the article's range there. Authors published in East Asia
(``Shirai Hisaya, ... (Tokyo: Heibonsha, 2010)``) are printed family name first. Numerical
Recipes' cited references put the year after the names and leave it out of the brackets
(``Knuth, D.E. 1997, Seminumerical Algorithms, 3rd ed., vol. 2 of The Art of Computer
Programming (Reading, MA: Addison-Wesley)``).
"""

from __future__ import annotations

import copy
import re
from typing import NamedTuple

from archivecite.model import DateRange, Name, Span, Text
from archivecite.parse.dates import DateHit, find_date
from archivecite.parse.published.chicago import in_container, role_phrase, role_words
from archivecite.parse.published.chicago_patterns import (
    BARE_IMPRINT_PATTERN,
    EDITION_EN_PATTERN,
    FAMILY_COMMA_INITIALS_PATTERN,
    IMPRINT_PATTERN,
    JOURNAL_ISSUE_PATTERN,
    LETTER_HEAD_PATTERN,
    LOCATOR_PATTERN,
    REPRINT_PATTERN,
    SERIES_VOLUME_SEGMENT_PATTERN,
    SHORT_NOTE_PATTERN,
    THESIS_EN_PATTERN,
    VOLUME_SEGMENT_PATTERN,
    YEAR_AFTER_NAMES_PATTERN,
    YEAR_LIKE_PATTERN,
)
from archivecite.parse.published.chicago_tail import edition_phrase
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash
from archivecite.parse.published.names import given_first_name
from archivecite.parse.published.romanized_items import english_score, parenthesized_gloss
from archivecite.parse.published.scanning import QUOTES, find_closing, trim
from archivecite.parse.published.scopus import read_tail
from archivecite.parse.published.terms import (
    CITIES,
    EDITOR_ROLES,
    EDITOR_WORDS,
    ET_AL_WORDS,
    FAMILY_FIRST_PLACES,
    HONORIFICS,
    NAME_SUFFIXES,
    PUBLISHER_WORDS,
    SHORT_TITLE_WORDS,
    TRANSLATOR_ROLES,
    TRANSLATOR_WORDS,
    names_publisher,
)
from archivecite.parse.published.titles import put_plain_text, put_text, take_title

_NAME_REACH = 120  # the longest name (with its "and" partner) before a comma
_PUBLISHER_REACH = 60  # a publisher's name alone in parentheses
_DOCUMENT_REACH = 160  # a letter's writer, addressee and day before the note of its book
# A double quotation mark, not a hard sign written as one inside a word (neob"iavlennoi); single
# ones are also soft signs (Volost’).
_QUOTE_MARK = re.compile(r'(?<!\w)["“”«»„]|["“”«»„](?!\w)')
# "Yoshihara & Kapp, *Japanese Swordsmithing*": an italic title after the names, so the
# entry has an author; Barshay's lost macrons (" * ") open nothing
_ITALIC_OPENING = re.compile(r"(?<![\w*])\*(?=\w)")
_LOCATOR_PARTS = re.compile(r",|\sand\s")  # "pp. 28 and 43–4" cites two places
_SEGMENT_WORDS = (*EDITOR_WORDS, *TRANSLATOR_WORDS, "in ", "vol.", "vols.")


class NoteNames(NamedTuple):
    """The people a note opens with, their role, and where the title begins."""

    tokens: list[tuple[str, int]]  # each name as printed, with where its segment starts
    suffixes: dict[int, str]  # index of a name → its suffix ("Jr.")
    role: str | None
    rest: int


class Imprint(NamedTuple):
    """Where a note's parenthesised facts of publication open and close."""

    open: int
    close: int


def parse_note(draft: Draft, start: int, end: int) -> bool:
    """Read a Chicago note at ``text[start:end]``; ``False`` (the draft untouched) if it is
    none."""
    return _read_note(draft, start, end) or _note_with_aside(draft, start, end)


def _note_with_aside(draft: Draft, start: int, end: int) -> bool:
    """``Kumanev, Riadom so Stalinym, 387–9 (Yakov Chadayev).``, ``..., 19–31, 74–94
    (quotation from 86).``, ``Aroseva, Prozhivshaia dvazhdy, (under March 10, 1936).``: a
    parenthesis closing a note, after its cited pages or in their place, saying whose words or
    which entry are cited there. The note is read without it; the aside is kept as
    ``extra["cited_note"]``."""
    text = draft.text
    close = trim(text, start, end, " \t.")[1]
    opening = text.rfind("(", start, close)
    if close <= start or text[close - 1] != ")" or opening <= start:
        return False
    inside = (opening + 1, close - 1)
    before = trim(text, start, opening, " \t")[1]
    imprint = IMPRINT_PATTERN.fullmatch(text, *inside)
    if (
        before <= start
        or "(" in text[slice(*inside)]
        or not (text[before - 1].isdigit() or text[before - 1] == ",")
        or (imprint is not None and not imprint["body"].strip(" ,"))  # "(1991)"
        or (imprint is not None and _book_imprint(text, Imprint(opening, close - 1)))
    ):
        return False
    probe = copy.deepcopy(draft)
    read = _read_note(probe, start, before)
    if not read and text[before - 1] == ",":  # no page: the aside stands in its place
        read = short_note(probe, start, trim(text, start, before, " \t,")[1], pageless=True)
    if not read:
        return False
    draft.take_over(probe)
    draft.put_extra("cited_note", text[slice(*inside)], *inside)
    return True


def _read_note(draft: Draft, start: int, end: int) -> bool:
    text = draft.text
    if (
        journal_issue(draft, start, end)
        or dated_document_note(draft, start, end)
        or year_after_names(draft, start, end)
    ):
        return True
    names = note_names(text, start, end)
    while names is not None and names.rest < end and not _title_start(text[names.rest]):
        names = _without_last(names)  # "Coleman, Russian Baptists and Spiritual Revolution, 1905"
    if names is None or names.rest >= end:
        return (
            short_note(draft, start, end)
            or authorless_note(draft, start, end)
            or site_note(draft, start, end)
        )
    pos = names.rest
    quoted = text[pos] in QUOTES or text[pos] in "*_"
    imprint = find_imprint(text, pos, end, quoted=quoted)
    bare = None if imprint is not None or quoted else _bare_imprint(text, pos, end)
    if imprint is None and bare is None and not quoted:
        # "A. Ostrovskii, Kto stoyal za spinoi Stalina, p. 97.": a work cited before, in short
        return short_note(draft, start, end)
    family_first = imprint is not None and _east_asian(text, imprint)
    people = [given_first_name(token, text, family_first=family_first) for token, _ in names.tokens]
    if any(person is None for person in people):
        return False
    found = [
        person.model_copy(update={"suffix": names.suffixes[index]})
        if index in names.suffixes
        else person
        for index, person in enumerate(people)
        if person is not None
    ]
    target = {"editors": draft.editors, "translators": draft.translators}.get(names.role or "")
    (draft.authors if target is None else target).extend(found)
    draft.spans.append(Span(field=names.role or "authors", start=start, end=pos))
    limit = imprint.open if imprint is not None else bare.start() if bare is not None else end
    if quoted:
        after = take_title(draft, pos, limit, brackets=False)
        if imprint is None:
            read_tail(draft, after, end)
            return True
        _segments(draft, after, limit)
    else:
        title_end = _title_stop(text, pos, limit)
        title, gloss = parenthesized_gloss(text, *trim(text, pos, title_end, " \t,*"))
        put_text(draft, "title", title, gloss)
        _segments(draft, title_end, limit)
    if imprint is not None:
        _put_imprint(draft, imprint, end)
    elif bare is not None:
        place, publisher, year = ("place", "publisher", "year")
        if bare["first_year"]:  # ", 1961, Tokyo, Iwanami Shoten"
            place, publisher, year = "year_place", "year_publisher", "first_year"
        elif not bare["year"]:  # ", Hertfordshire: Cumberland House, 1997"
            place, publisher, year = "first_place", "last_publisher", "last_year"
        draft.put("place", Text(original=bare[place]), *bare.span(place))
        put_plain_text(draft, "publisher", *bare.span(publisher))
        draft.put("date", DateRange.of(int(bare[year])), *bare.span(year))
        _put_locator(draft, bare.end(), end)
    return True


def year_after_names(draft: Draft, start: int, end: int) -> bool:
    """Numerical Recipes' cited references: ``Knuth, D.E. 1997, Seminumerical Algorithms, 3rd
    ed., vol. 2 of The Art of Computer Programming (Reading, MA: Addison-Wesley), §4.6.`` The
    names with their initials after a comma, the year, the title, its segments (edition, volume
    of a series) and the place and publisher in brackets, a cited place after them."""
    text = draft.text
    head = YEAR_AFTER_NAMES_PATTERN.match(text, start, end)
    if head is None or not _title_start(text[head.end()]):
        return False
    close = text.rfind(")", head.end(), end)
    opening = text.rfind("(", head.end(), close) if close > 0 else -1
    if opening < 0 or ":" not in text[opening:close] or "(" in text[opening + 1 : close]:
        return False
    for name in FAMILY_COMMA_INITIALS_PATTERN.finditer(text, *head.span("names")):
        draft.authors.append(Name(family=name["family"], given=name["initials"].strip()))
    draft.spans.append(Span(field="authors", start=start, end=head.end("names")))
    draft.put("date", DateRange.of(int(head["year"])), *head.span("year"))
    title_end = _title_stop(text, head.end(), opening)
    put_text(draft, "title", trim(text, head.end(), title_end, " \t,*"))
    _segments(draft, title_end, opening)
    _put_imprint(draft, Imprint(open=opening, close=close), end)
    after = trim(text, close + 1, end, " \t.,;")
    if after[0] < after[1] and "locator" not in draft.values.get("extra", {}):
        draft.loose.append(after)  # "Chapter 3, especially §3.5": not a page the note cites
    return True


def _bare_imprint(text: str, start: int, end: int) -> re.Match[str] | None:
    """``, Oxford University Press: Oxford 1999``: the last such imprint, when nothing but a
    cited page follows it."""
    found = None
    for match in BARE_IMPRINT_PATTERN.finditer(text, start, end):
        if not match["first_year"] or match["year_place"] in CITIES:
            found = match
    if found is None:
        return None
    after = trim(text, found.end(), end, " \t.,;")
    if after[0] < after[1] and not LOCATOR_PATTERN.fullmatch(text, found.end(), end):
        return None
    return found


def dated_document_note(draft: Draft, start: int, end: int) -> bool:
    """``Nov. 8, 1943, Susan Butler, My Dear Mr. Stalin, 182.``, ``Franklin Delano Roosevelt to
    Stalin, May 5, 1943, Susan Butler, ...``, ``Stalin to Churchill, Nov. 8, 1941, in Stalin
    Correspondence, 1:33–34.``: a letter or message cited by its day, after its writer and
    addressee if named, then the note of the book that prints it (or ``in`` and its short
    title). The reference is the book's; the day is kept as ``extra["document_date"]``, the
    writer and addressee as ``extra["document"]``."""
    text = draft.text
    found = find_date(text, start=start, end=min(end, start + _DOCUMENT_REACH))
    if found is None or found.date.start.day is None or not text.startswith(", ", found.end):
        return False
    head = trim(text, start, found.start, " \t,")
    letter = head[0] < head[1] and LETTER_HEAD_PATTERN.fullmatch(text, *head) is not None
    if head[0] < head[1] and not letter:
        return False
    probe = copy.deepcopy(draft)
    rest = found.end + 2
    if text.startswith("in ", rest) and letter:
        rest += 3
        if not (_with_people(probe, rest, end) or _short_title_in(probe, rest, end)):
            return False
    elif not _with_people(probe, rest, end):
        return False
    draft.take_over(probe)
    draft.put_extra("document_date", found.date.iso(), found.start, found.end)
    if letter:
        draft.put_extra("document", text[slice(*head)], *head)
    return True


def _with_people(draft: Draft, start: int, end: int) -> bool:
    """A note at ``text[start:end]`` that names its authors or editors."""
    probe = copy.deepcopy(draft)
    if not parse_note(probe, start, end) or not (probe.authors or probe.editors):
        return False
    draft.take_over(probe)
    return True


def _short_title_in(draft: Draft, start: int, end: int) -> bool:
    """``Stalin Correspondence, 1:33–34.``: a book cited before by its short title alone and the
    volume and page, after a letter's writer, addressee and day and ``in``."""
    text = draft.text
    locator_start, found = _short_locator(text, start, end)
    title = trim(text, start, locator_start, " \t,")
    if found is None or title[0] >= title[1] or not _title_start(text[title[0]]):
        return False
    take_title(draft, title[0], title[1], brackets=False)
    draft.short_note = True
    _put_locator(draft, locator_start, end)
    return True


def authorless_note(draft: Draft, start: int, end: int) -> bool:
    """A note that opens with its title and has facts of publication: a document in a published
    collection (``Politburo resolution, 5 March 1940, in Katyn: ... (Moscow: Demokratiia,
    1997), 384–90.``), whose day is the document's and is kept as ``extra["document_date"]``,
    or a book with no author (``Lavrentii Beriia, 1953: Stenogramma ... (Moscow: MFD, 1999)``;
    ``Foreign Relations of the United States, 1945, vol. 5``: a year alone is the title's)."""
    text = draft.text
    if not _title_start(text[start]):
        return False
    quoted = text[start] in QUOTES
    imprint = find_imprint(text, start, end, quoted=quoted)
    if imprint is None or not _book_imprint(text, imprint):
        return False
    if quoted:
        title_end = take_title(draft, start, imprint.open, brackets=False)
        document_date = _document_date(text, title_end, imprint.open, at_end=False)
        segments_start = document_date.end if document_date else title_end
    else:
        italic_end = _italic_title_end(text, start, imprint.open)
        title_end = italic_end or _title_stop(text, start, imprint.open)
        if not italic_end and (
            _QUOTE_MARK.search(text, start, title_end)
            or _ITALIC_OPENING.search(text, start + 1, title_end)
        ):
            return False  # "Field, Daniel. “Kavelin and Russian Liberalism,” ...": a bibliography's
        yearless = IMPRINT_PATTERN.fullmatch(text, imprint.open + 1, imprint.close) is None
        if yearless and text[start] not in "*_" and english_score(text[start:title_end]) > 0:
            return False  # "We met the editors (Heibonsha).": a sentence, no title
        document_date = _document_date(text, start, title_end, at_end=True)
        head_end = document_date.start if document_date else title_end
        put_text(draft, "title", trim(text, start, head_end, " \t,*"))
        segments_start = title_end
    if document_date is not None:
        draft.put_extra(
            "document_date", document_date.date.iso(), document_date.start, document_date.end
        )
    _segments(draft, segments_start, imprint.open)
    _put_imprint(draft, imprint, end)
    return True


def site_note(draft: Draft, start: int, end: int) -> bool:
    """An online collection's document: ``Wilson Center Digital Archive, "Record of
    Conversation between Mao Zedong and Soviet Ambassador Pavel Yudin," 22 July 1958,
    https://digitalarchive.wilsoncenter.org/document/116982.`` The site, the quoted title, the
    document's day; the address was read off the end already."""
    text = draft.text
    if not draft.has("url"):
        return False
    comma = text.find(", ", start, end)
    quote = comma + 2 if comma > start else -1
    if (
        quote < 0
        or quote >= end
        or text[quote] not in QUOTES
        or _QUOTE_MARK.search(text, start, comma)
    ):
        return False
    title_end = take_title(draft, quote, end, brackets=False)
    if not draft.has("title"):
        return False
    put_plain_text(draft, "container_title", start, comma)
    draft.kind = "webpage"
    rest = trim(text, title_end, end, " \t,.")
    found = find_date(text, start=rest[0], end=rest[1]) if rest[0] < rest[1] else None
    if found is not None:
        draft.put("date", found.date, found.start, found.end)
    return True


def _book_imprint(text: str, imprint: Imprint) -> bool:
    """``(Moscow: MFD, 1999)`` or ``(Moscow, 1999)``, not a journal issue's ``(Spring 1986)``."""
    body = text[imprint.open + 1 : imprint.close]
    first = body.partition(",")[0].strip()
    return ":" in body or first in CITIES or (first[:1].isupper() and names_publisher(first))


def _document_date(text: str, start: int, end: int, *, at_end: bool) -> DateHit | None:
    """A document's day (``5 March 1940``) at the end of ``text[start:end]`` after a comma, or
    at its start; a year alone is not one."""
    found = find_date(text, start=start, end=end)
    if found is None or found.date.start.month is None:
        return None
    if at_end:
        before = trim(text, start, found.start, " \t")[1]
        rest = trim(text, found.end, end, " \t,.")
        alone = before > start and text[before - 1] == "," and rest[0] >= rest[1]
    else:
        alone = trim(text, start, found.start, " \t,")[0] >= found.start
    return found if alone else None


def _title_start(char: str) -> bool:
    return char.isupper() or char in QUOTES or char in "*_[¿¡"


def _without_last(names: NoteNames) -> NoteNames | None:
    """The names without the last comma-separated segment, which was the title's start."""
    if names.role is not None:
        return None
    last = names.tokens[-1][1]
    tokens = [(token, at) for token, at in names.tokens if at < last]
    if not tokens:
        return None
    suffixes = {index: value for index, value in names.suffixes.items() if index < len(tokens)}
    return NoteNames(tokens=tokens, suffixes=suffixes, role=None, rest=last)


def note_names(text: str, start: int, end: int) -> NoteNames | None:
    """``Steven A. Barnes``, ``Guy Cowlishaw and Robin Dunbar``, ``Robert P. Geraci and Michael
    Khodarkovsky, eds.``, ``Edward O. Laumann et al.``: the people before a note's title."""
    tokens: list[tuple[str, int]] = []
    suffixes: dict[int, str] = {}
    role: str | None = None
    pos = start
    while pos < end:
        comma = text.find(",", pos, min(end, pos + _NAME_REACH))
        if comma < 0:
            break
        segment = text[pos:comma].strip()
        lowered = segment.lower()
        if tokens and lowered in EDITOR_ROLES:
            role = "editors"
        elif tokens and lowered in TRANSLATOR_ROLES:
            role = "translators"
        elif tokens and segment in NAME_SUFFIXES:
            suffixes[len(tokens) - 1] = segment
        elif role is None:
            first, _, rest = segment.partition(" ")
            if (
                tokens and first in NAME_SUFFIXES and rest
            ):  # "John Witte, Jr. and Frank S. Alexander"
                suffixes[len(tokens) - 1] = first
                segment = rest
            if segment.endswith("]") and " [" in segment:  # "M. Dzhilas [Milovan Djilas]"
                segment = segment.rpartition(" [")[0]  # the name in the source's own spelling
            bracketed = segment.rpartition(" (")[2].rstrip(")").lower()
            if segment.endswith(")") and bracketed in EDITOR_ROLES:  # "O.V. Naumov (eds)"
                segment, role = segment.rpartition(" (")[0], "editors"
            parts = _name_parts(segment, pos)
            if parts is None:
                break
            tokens.extend(parts)
        else:
            break
        pos = trim(text, comma + 1, end, " \t")[0]
    if not tokens:
        return None
    role_end = text.find(". ", pos, min(end, pos + 8))
    if role is None and role_end > pos and text[pos : role_end + 1].lower() in EDITOR_ROLES:
        role, pos = "editors", trim(text, role_end + 1, end, " \t")[0]  # "Tōdo Akiyasu, ed. Title"
    return NoteNames(tokens=tokens, suffixes=suffixes, role=role, rest=pos)


def _name_parts(segment: str, offset: int) -> list[tuple[str, int]] | None:
    if segment.startswith("[") and segment.endswith("]"):  # "[Grigorii Pokrovskii]": attributed
        segment = segment[1:-1].strip()
    for word in ET_AL_WORDS:
        if segment.endswith(" " + word):
            segment = segment[: -len(word)].rstrip()
            break
    segment = segment.removeprefix("and ").removeprefix("& ")
    parts = [part.strip() for part in segment.replace(" & ", " and ").split(" and ")]
    if not all(given_first_name(part, segment) for part in parts):
        return None
    return [(part, offset) for part in parts]


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
        right_after = closing > start and not text[closing + 1 : opening].strip(" \t,")
        if not (right_after and _book_imprint(text, found)):
            return None  # "Slavic Review 14 (Spring 1981), 169-208": a journal's issue
        # "“Iapontsy v sibirskom plenu (1945-1956 gg.)” (Irkutsk, 1997)": a book in quotes
    if not _book_imprint(text, found) and text[:opening].rstrip(" \t,").endswith(")"):
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


def _east_asian(text: str, imprint: Imprint) -> bool:
    body = text[imprint.open + 1 : imprint.close]
    return any(
        segment.partition(":")[0].strip() in FAMILY_FIRST_PLACES for segment in body.split(";")
    )


def _title_end(text: str, start: int, end: int) -> int:
    """Where an unquoted title ends: before ``, ed. ...``, ``, trans. ...``, ``, 2nd ed.``,
    ``, vol. 2`` or ``, in ...``."""
    comma = text.find(", ", start, end)
    while comma >= 0:
        following = text[comma + 2 : comma + 30]
        if following.lower().startswith(_SEGMENT_WORDS) or _edition_at(text, comma + 2, end):
            return comma
        comma = text.find(", ", comma + 2, end)
    return end


def _italic_title_end(text: str, start: int, end: int) -> int:
    """Where a title in italics (``*Zhizn’ “Ivana”: Ocherki ...*,``) ends, after its closing
    mark, when punctuation or the imprint follows; quotes inside it are the title's. 0 when the
    text does not open with a whole italic title."""
    if text[start] not in "*_":
        return 0
    closing = text.find(text[start], start + 1, end)
    if closing <= start + 1:
        return 0
    after = trim(text, closing + 1, end, " \t")[0]
    return closing + 1 if after >= end or text[closing + 1] in ",.;:" else 0


def _title_stop(text: str, start: int, end: int) -> int:
    """Where an unquoted title ends (:func:`_title_end`), or before an edition printed without
    a comma: ``Nihon kokugo daijiten 2nd version. 1~13``, ``Dai Kanwa Jiten. Revised version``."""
    stop = _title_end(text, start, end)
    space = text.find(" ", start + 1, stop)
    while space >= 0:
        edition = EDITION_EN_PATTERN.match(text, space + 1, stop)
        if edition is not None and (edition["number"] or text[space - 1] == "."):
            return space - 1 if text[space - 1] == "." else space
        space = text.find(" ", space + 1, stop)
    return stop


def _edition_at(text: str, start: int, end: int) -> bool:
    probe = Draft(text=text)
    return edition_phrase(probe, start, end) > start


def _segments(draft: Draft, start: int, end: int) -> None:
    """What stands between a note's title and its imprint: ``in <book>, ed. <names>``, editors
    and translators, an edition, a volume."""
    text = draft.text
    pos = trim(text, start, end, " \t,.")[0]
    if pos >= end:
        return
    if text.startswith(("in ", "In "), pos):
        in_container(draft, pos, trim(text, pos, end, " \t,")[1])
        return
    while pos < end:
        stop = _title_end(text, pos + 1, end)
        piece_end = trim(text, pos, stop, " \t,")[1]
        after = edition_phrase(draft, pos, piece_end)
        series = SERIES_VOLUME_SEGMENT_PATTERN.fullmatch(text, pos, piece_end)
        volume = VOLUME_SEGMENT_PATTERN.match(text, pos, piece_end)
        if series is not None:
            draft.put("volume", series["volume"], *series.span("volume"))
            named = trim(text, *series.span("series"), " \t*_")
            draft.put("series", Text(original=text[slice(*named)]), *named)
        elif volume is not None:
            draft.put("volume", volume["volume"], *volume.span("volume"))
            named = trim(text, volume.end(), piece_end, " \t,:")
            if text[named[0]] in "*_" and text[named[1] - 1] == text[named[0]]:
                named = (named[0] + 1, named[1] - 1)  # "vol. 2: *Srednerusskaia ... oblast’*"
            if named[0] < named[1]:  # "vol. 6, Eastern Europe; The Soviet Union"
                draft.put_extra("volume_title", text[slice(*named)], *named)
        elif after == pos and role_words(text, pos, piece_end)[1]:
            role_phrase(draft, pos, piece_end)
        elif after == pos:
            draft.loose.append((pos, piece_end))
        pos = trim(text, stop, end, " \t,")[0]


def _put_imprint(draft: Draft, imprint: Imprint, end: int) -> None:
    text = draft.text
    match = IMPRINT_PATTERN.fullmatch(text, imprint.open + 1, imprint.close)
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
    thesis = THESIS_EN_PATTERN.match(text, body_start, body_end)
    if thesis is not None:
        draft.thesis = True
        draft.put("degree", thesis["degree"], *thesis.span())
        put_plain_text(draft, "publisher", thesis.end(), body_end)
    else:
        colon = text.find(":", body_start, body_end)
        if colon > 0:
            place = trim(text, body_start, colon, " \t")
            draft.put("place", Text(original=text[slice(*place)]), *place)
            put_plain_text(draft, "publisher", colon + 1, body_end)
        elif text[body_start:body_end] in CITIES:
            draft.put("place", Text(original=text[body_start:body_end]), body_start, body_end)
        elif body_end > body_start:
            put_plain_text(draft, "publisher", body_start, body_end)
    if match is not None and not draft.has("date"):
        draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
    _put_locator(draft, imprint.close + 1, end)


def _put_locator(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    found = LOCATOR_PATTERN.fullmatch(text, start, end)
    if found is None:
        return
    volume = (found["volume"] and "volume") or (found["bare_volume"] and "bare_volume")
    if volume and not draft.has("volume"):
        draft.put("volume", found[volume], *found.span(volume))
    value = cited_locator(text, start, end) or found["locator"]
    draft.put_extra("locator", value, *found.span("locator"))


def cited_locator(text: str, start: int, end: int) -> str | None:
    """The page a note cites at ``text[start:end]`` (``46.``, ``vol. 2: 45``), as stored."""
    found = LOCATOR_PATTERN.fullmatch(text, start, end)
    if found is None:
        return None
    return ", ".join(join_dash(part) for part in _LOCATOR_PARTS.split(found["locator"]))


def _short_locator(text: str, start: int, end: int) -> tuple[int, re.Match[str] | None]:
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


def _short_head(text: str, start: int, end: int) -> tuple[list[Name], int] | None:
    """The people a short note opens with and where its title begins: ``Barnes, ``,
    ``Cowlishaw and Dunbar, ``, ``A. Ostrovskii, ``, ``Kvashonkin et al., ``."""
    head = SHORT_NOTE_PATTERN.match(text, start, end)
    if head is not None:
        families = text[start : head.end()].rstrip(", ").replace(" & ", " and ").split(" and ")
        return [Name(family=family.strip()) for family in families], head.end()
    comma = text.find(", ", start, min(end, start + _NAME_REACH))
    if comma < 0:
        return None
    segment = text[start:comma]
    for word in ET_AL_WORDS:
        if segment.endswith(" " + word):
            segment = segment[: -len(word)].rstrip()
            break
    people: list[Name] = []
    for part in segment.replace(" & ", " and ").split(" and "):
        bare = SHORT_NOTE_PATTERN.fullmatch(part.strip() + ", ")
        person = Name(family=part.strip()) if bare else given_first_name(part.strip(), text)
        if person is None:
            return None
        people.append(person)
    return people, comma + 2


def _title_limit(text: str, start: int, end: int) -> int:
    """Where a short note's title ends before ``(henceforth Ostrovsky)``, a note to the reader
    on how the work is cited from then on."""
    opening = text.find("(", start, end)
    while opening >= 0:
        if text.startswith(SHORT_TITLE_WORDS, opening + 1):
            return opening
        opening = text.find("(", opening + 1, end)
    return end


def _pageless(text: str, people: list[Name], title: tuple[int, int], *, stops: bool = True) -> bool:
    """``Ilizarov, Tainaia zhizn’ Stalina.``: a short note without a page, read only when the
    author is a bare family name and the rest, up to its full stop (``stops``; otherwise up to
    the aside that stands for the page), a title of two words at least with no figure, comma or
    further sentence in it (a full citation has one of these)."""
    words = text[slice(*title)]
    return (
        (text.startswith(".", title[1]) or not stops)
        and all(person.given is None for person in people)
        # "Moscow, Progress Publishers.": an imprint, not a note
        and not any((person.family or "") in CITIES for person in people)
        and not any(word.casefold().strip(".,") in PUBLISHER_WORDS for word in words.split())
        and len(words.split()) >= 2
        and (text[title[0]].isupper() or text[title[0]] in QUOTES)
        and not any(char.isdigit() or char in ",.;:()[]" for char in words)
    )


def _sentence_break(text: str, start: int, end: int) -> bool:
    """A full stop and a space in ``text[start:end]`` after a word, not after an initial or a
    form of address before a name (``Tiuremnye rukopisi N. I. Bukharina``, ``My Dear Mr.
    Stalin``)."""
    stop = text.find(". ", start, end)
    while stop >= 0:
        space = text.rfind(" ", start, stop)
        word = text[space + 1 if space >= 0 else start : stop + 1]
        if word in HONORIFICS and stop + 2 < end and text[stop + 2].isupper():
            stop = text.find(". ", stop + 2, end)
            continue
        # not at an unquoted title's start: "Barnes, S. A. Death and Redemption" opens with the
        # author's initials, "Nevezhin, ‘I. V. Stalin o Vneshnei Politike’" with the title's
        before = text[stop - 2] if stop - 2 >= start else ""
        alone = text[stop - 1].isupper() and (
            (before == " " and stop - 2 > start) or (before != "" and before in QUOTES)
        )
        if not (alone and stop + 2 < end and text[stop + 2].isupper()):
            return True
        stop = text.find(". ", stop + 2, end)
    return False


def short_note(draft: Draft, start: int, end: int, *, pageless: bool = False) -> bool:
    """``Barnes, Death and Redemption, 45.``: the family name, a short title, the cited page;
    ``V. Kaminskii and I. Vereshchagin, Detsvo i yunost’ vozhdya, p. 48.``: with the given names
    (then a title of two words at least). ``pageless``: the title may end at ``end`` without
    a full stop, an aside after it standing for the page."""
    text = draft.text
    head = _short_head(text, start, end)
    if head is None:
        return False
    people, title_start = head
    role = "authors"
    comma = text.find(", ", title_start, min(end, title_start + 12))
    if comma > title_start and text[title_start:comma].lower() in EDITOR_ROLES:
        role, title_start = "editors", comma + 2  # "Kimball, ed., Churchill and Roosevelt"
    locator_start, found = _short_locator(text, title_start, end)
    title = trim(text, title_start, _title_limit(text, title_start, locator_start), " \t,")
    if found is None and _pageless(text, people, title, stops=not pageless):
        pass
    elif (
        found is None
        or found["volume"]
        or title[1] <= title[0]
        or _sentence_break(text, *title)
        or not (text[title[0]].isupper() or text[title[0]] in QUOTES or text[title[0]] == "*")
        or (any(person.given for person in people) and len(text[slice(*title)].split()) < 2)
    ):
        return False
    (draft.editors if role == "editors" else draft.authors).extend(people)
    draft.spans.append(Span(field=role, start=start, end=title_start))
    take_title(draft, title[0], title[1], brackets=False)
    draft.short_note = True
    if found is not None:
        _put_locator(draft, locator_start, end)
    return True


def journal_issue(draft: Draft, start: int, end: int) -> bool:
    """``Istoricheskii arkhiv, no. 3 [1997]: 117``: a journal cited by issue and page, no
    article named (an article without a title, in that journal)."""
    match = JOURNAL_ISSUE_PATTERN.fullmatch(draft.text, start, end)
    if match is None:
        return False
    year = "year" if match["year"] else "year_after"
    put_text(draft, "container_title", match.span("journal"))
    draft.put("issue", join_dash(match["issue"]), *match.span("issue"))
    draft.put("date", DateRange.of(int(match[year])), *match.span(year))
    draft.put("pages", join_dash(match["pages"]), *match.span("pages"))
    return True
