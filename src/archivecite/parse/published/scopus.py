"""The APA-like "References in Roman script" form of Scopus-indexed Russian journals, and the
Latin-script reader that also serves Chicago."""

from __future__ import annotations

import re

from archivecite.model import DateRange, Name, Span, Text
from archivecite.parse.published.apa import (
    apa_chapter,
    apa_journal,
    apa_part_title,
    apa_publisher,
    cjk_publisher,
)
from archivecite.parse.published.apa_patterns import (
    APA_JOURNAL_NUMBERS_PATTERN,
    HARVARD_JOURNAL_TAIL_PATTERN,
)
from archivecite.parse.published.chicago import (
    Head,
    capitals_end,
    container_sentence,
    find_head,
    in_container,
    read_head,
    role_phrase,
    role_words,
    subtitle_before_credit,
)
from archivecite.parse.published.chicago_patterns import (
    BARE_VOLUME_PATTERN,
    HEAD_EDITORS_PATTERN,
    INVERTED_HEAD_PATTERN,
    INVERTED_NAME_PATTERN,
    ISSUE_LABEL_PATTERN,
    JOURNAL_VOLUME_ISSUE_PATTERN,
    LIFE_DATES_PATTERN,
    PUBLISHER_YEAR_PATTERN,
    STATE_PATTERN,
    TITLE_END_VOL_PATTERN,
    TITLE_IMPRINT_PAREN_PATTERN,
    TRAILING_VOLUME_PATTERN,
)
from archivecite.parse.published.chicago_tail import (
    edition_phrase,
    imprint_range,
    journal_sentence,
    mla_container,
    mla_journal,
    newspaper_sentence,
    place_paren_year,
    place_year,
    publisher_town_year,
    publisher_year,
    reprint_sentence,
    thesis_sentence,
    volume_sentence,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.gost_authors import spelled_author
from archivecite.parse.published.items import (
    join_dash,
    later_instalments,
    read_items,
    read_numbers,
    structural,
    whole_date,
)
from archivecite.parse.published.names import (
    given_first_name,
    is_initial,
    is_name_word,
    person,
    read_authors,
)
from archivecite.parse.published.notes_imprint import cited_locator
from archivecite.parse.published.patterns import (
    AUTHOR_DATE_PATTERN,
    CAPITALS_HEAD_PATTERN,
    INSTALMENT_PATTERN,
    MONTH_YEAR_PAGES_PATTERN,
    PLACE_PUBLISHER_PATTERN,
    UNDOTTED_NAME_PATTERN,
    YEAR_PAREN_PATTERN,
    YEAR_PATTERN,
)
from archivecite.parse.published.romanized_items import parenthesized_gloss
from archivecite.parse.published.romanized_patterns import (
    RESPONSIBILITY_OPENING_PATTERN,
    VOLUME_TITLE_PATTERN,
)
from archivecite.parse.published.scanning import (
    QUOTES,
    date_at,
    find_closing,
    is_cjk,
    month_number,
    script_of,
    split_sentences,
    strip_final_dot,
    text_lang,
    trim,
)
from archivecite.parse.published.terms import (
    CITIES,
    ENGLISH_PUBLISHER_WORDS,
    ENGLISH_WORDS,
    GIVEN_NAMES,
    JOURNAL_OPENERS,
    PUBLISHER_WORDS,
    names_publisher,
)
from archivecite.parse.published.titles import put_plain_text, put_text, take_title

_LIFE_DATES_REACH = 80  # a name and its years of birth and death
_LIFESPAN = 110
_ORIGINAL_NAME_REACH = 80  # "N. Viner (Н. Винер), ": a name and its original
_GIVEN_FIRST_REACH = 120  # "William H. Baxter and Laurent Sagart. (2014)": names, then the year
_IMPRINT_WORDS = ENGLISH_PUBLISHER_WORDS | PUBLISHER_WORDS


def container_with_numbers(draft: Draft, start: int, end: int) -> bool:
    """``Nauchnyy dialog, 4: 198-218``: a journal and its numbers in one sentence."""
    comma = draft.text.find(",", start, end)
    if comma <= start or draft.has("container_title") or ":" in draft.text[start:comma]:
        return False
    if not (
        read_numbers(draft, *trim(draft.text, comma + 1, end))
        or read_items(draft, *trim(draft.text, comma + 1, end))
        or _month_issue_pages(draft, *trim(draft.text, comma + 1, end))
    ):
        return False
    volume = TRAILING_VOLUME_PATTERN.search(draft.text, start, comma)
    numbers_at = trim(draft.text, comma + 1, end)[0]
    if volume is None and ISSUE_LABEL_PATTERN.match(draft.text, numbers_at):
        volume = BARE_VOLUME_PATTERN.search(draft.text, start, comma)  # "Journal 5, no. 2: …"
    if volume is not None and not draft.has("volume"):
        draft.put("volume", volume["volume"], *volume.span("volume"))
        comma = trim(draft.text, start, volume.start(), " \t,")[1]
    put_text(draft, "container_title", (start, comma))
    return True


def _journal_volume_issue(draft: Draft, start: int, end: int) -> bool:
    """``Journal of Early Modern History 4 (3-4): 322-336``: a journal named with its volume,
    the issue in brackets and the pages after a colon, no comma between the name and them."""
    found = JOURNAL_VOLUME_ISSUE_PATTERN.fullmatch(draft.text, start, end)
    if (
        found is None
        or draft.has("container_title")
        or YEAR_PAREN_PATTERN.fullmatch(f"({found['issue']})") is not None
    ):
        return False  # "Voprosy istorii religii i ateizma 4 (1954): 174": Chicago's year
    put_text(draft, "container_title", found.span("journal"))
    draft.put("volume", found["volume"], *found.span("volume"))
    draft.put("issue", join_dash(found["issue"]), *found.span("issue"))
    draft.put("pages", join_dash(found["pages"]), *found.span("pages"))
    return True


def _month_issue_pages(draft: Draft, start: int, end: int) -> bool:
    """``August 1947: 265-270``: a journal's issue by its month and year, then the pages."""
    found = MONTH_YEAR_PAGES_PATTERN.fullmatch(draft.text, start, end)
    month = month_number(found["month"]) if found is not None else None
    if found is None or month is None:
        return False
    if not draft.has("date") or draft.values["date"].year == int(found["year"]):
        draft.values.pop("date", None)
        draft.spans = [span for span in draft.spans if span.field != "date"]
        draft.put("date", DateRange.of(int(found["year"]), month), *found.span("year"))
    draft.put("pages", join_dash(found["pages"]), *found.span("pages"))
    return True


def read_tail(draft: Draft, start: int, end: int) -> None:
    """Read the sentences after the title."""
    sentences = split_sentences(draft.text, start, end)
    for index, (sentence_start, sentence_end) in enumerate(sentences):
        first, piece_end = trim(draft.text, sentence_start, sentence_end, " \t,")
        following = sentences[1] if index == 0 and len(sentences) > 1 else None
        if subtitle_before_credit(draft, first, piece_end, following):
            continue
        while first < piece_end and draft.text[first] == ".":  # "*Title*.Cambridge UP, 1983"
            first += 1
        piece_end = _original_year(draft, first, piece_end)
        piece_start = _role_segments(draft, edition_phrase(draft, first, piece_end), piece_end)
        volume_at = _volume_with_title(draft, piece_start, piece_end)
        if volume_at is not None:  # "Moskva : Nauka, T. 2: Sintaksis / [...]"
            if trim(draft.text, sentence_end, end, " \t\n.")[0] < end:
                continue  # the set's imprint: the volume's own follows
            piece_end = trim(draft.text, piece_start, volume_at, " \t\n,.")[1]
        if piece_start < piece_end and not (
            _instalments(draft, piece_start, piece_end)
            or publisher_town_year(draft, piece_start, piece_end)
            or cjk_publisher(draft, piece_start, piece_end)
            or (draft.apa and apa_journal(draft, piece_start, piece_end))
            or _journal_volume_issue(draft, piece_start, piece_end)
            or (draft.apa and _responsibility_sentence(draft, piece_start, piece_end))
            or whole_date(draft, piece_start, piece_end)
            or in_container(draft, piece_start, piece_end)
            or mla_container(draft, piece_start, piece_end)
            or thesis_sentence(draft, piece_start, piece_end)
            or journal_sentence(draft, piece_start, piece_end)
            or (draft.apa and apa_part_title(draft, piece_start, piece_end))
            or place_year(draft, piece_start, piece_end)
            or container_sentence(draft, piece_start, piece_end)
            or role_phrase(draft, piece_start, piece_end)
            or volume_sentence(draft, piece_start, piece_end)
            or reprint_sentence(draft, piece_start, piece_end)
            or newspaper_sentence(draft, piece_start, piece_end)
            or publisher_year(draft, piece_start, piece_end)
            or ((draft.apa or draft.humanities) and apa_publisher(draft, piece_start, piece_end))
            or container_with_numbers(draft, piece_start, piece_end)
            or imprint_range(draft, piece_start, piece_end)
            or place_paren_year(draft, piece_start, piece_end)
            or structural(draft, piece_start, piece_end)
            or _closing_place(draft, piece_start, piece_end, end)
            or _closing_publisher(draft, piece_start, piece_end, end)
        ):
            draft.loose.append((piece_start, piece_end))


def _instalments(draft: Draft, start: int, end: int) -> bool:
    """``Russkoe vozrozhdenie, no 11, pp. 91–118; no 12, pp. 108– 126;``: a study serialized in
    several issues of a journal, each instalment's issue and pages after the journal's name; the
    issues and the pages are read in their order, parted as the GOST reader parts ``№ 6. С.
    10–27; № 7. С. 3–16`` (``"11; 12"``, ``"91-118; 108-126"``), so that two years' instalments
    of one study are told apart by them."""
    text = draft.text
    comma = text.find(", ", start, end)
    later = later_instalments(text, comma, end) if comma > start else None
    if later is None or draft.has("container_title"):
        return False
    first = INSTALMENT_PATTERN.fullmatch(text, comma + 2, later[0])
    if first is None:
        return False
    put_text(draft, "container_title", (start, comma))
    issues = ["".join(first["issue"].split()), *later[1]]
    draft.put("issue", "; ".join(issues), comma + 2, end)
    draft.put("pages", "; ".join([join_dash(first["pages"]), *later[2]]), comma + 2, end)
    return True


def _closing_place(draft: Draft, start: int, end: int, tail_end: int) -> bool:
    """``Ginzburg, M. (1934). *Zhilishche* [Dwelling]. Moscow.``, ``…]. Moscow, Russia.``: a
    known city alone (its country after a comma) closing the entry is a book's place, never a
    journal's name."""
    text = draft.text
    if draft.has("place") or trim(text, end, tail_end, " \t\n.")[0] < tail_end:
        return False
    parts = [part.strip() for part in text[start:end].split(",")]
    if len(parts) > 2 or parts[0] not in CITIES:
        return False
    draft.put("place", Text(original=text[start:end]), start, end)
    return True


def _closing_publisher(draft: Draft, start: int, end: int, tail_end: int) -> bool:
    """``Inoue, M. Nihon kodai kokka no kenkyū (Dai 4 satsu.). Iwanami Shoten.``: a publisher's
    name alone closing an entry with no year (the APA line of a record that gives none), perhaps
    in brackets (``Shirakawa Shizuka. Jitō. (Heibonsha).``: a list of dictionaries)."""
    text = draft.text
    closed = trim(text, end, tail_end, " \t\n.")[0] >= tail_end
    if end - start > 2 and text[start] == "(" and text[end - 1] == ")":
        start, end = start + 1, end - 1
    if (
        any(draft.has(name) for name in ("publisher", "date", "container_title"))
        or not closed
        or any(char.isdigit() or char in ",:;()[]" for char in text[start:end])
        or not text[start].isupper()
        or not names_publisher(text[start:end])
    ):
        return False
    put_plain_text(draft, "publisher", start, end)
    return True


def _volume_with_title(draft: Draft, start: int, end: int) -> int | None:
    """``Moskva : Nauka, T. 2: Sintaksis / [E. I. Ubrjatova ...]``: a volume of a set and its
    own title (and its people) after the set's imprint; read, and where it begins returned."""
    match = VOLUME_TITLE_PATTERN.search(draft.text, start, end)
    if match is None or draft.has("volume"):
        return None
    draft.put("volume", match["volume"], *match.span("volume"))
    draft.put_extra("volume_title", match["title"].strip(), *match.span("title"))
    return match.start()


def _role_segments(draft: Draft, start: int, end: int) -> int:
    """``trans. Yasuo Shizume, Tokyo: Misuzu Shobō, 1965``, ``trans. E.G. Panfilov, Moscow,
    1958``: the people named by their role, each up to its comma, before the imprint (with its
    year) of the same sentence; return where the imprint begins."""
    text = draft.text
    pos = start
    segments: list[tuple[int, int, bool]] = []
    while pos < end:
        names_at, roles = role_words(text, pos, end)
        comma = text.find(", ", names_at, end)
        if names_at == pos or comma < 0:
            break
        segments.append((pos, comma, bool(roles)))
        pos = comma + 2
    if not segments or YEAR_PATTERN.search(text, pos, end) is None:
        return start  # no imprint after the names: the whole sentence is read as before
    for segment_start, segment_end, named in segments:
        if not (named and role_phrase(draft, segment_start, segment_end)):
            draft.loose.append((segment_start, segment_end))  # "intro. Arnošt Kolman"
    return pos


def parse_latin(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    body_start = start
    pos = start = _life_dates_head(draft, start, end)
    head = find_head(text, start, end)
    paren = _head_year(text, start, end, head)
    given_first = _given_first_head(text, start, end)
    if given_first is not None:  # "Axel Schuessler. (2007). Title. Publisher."
        names, paren, edited = given_first
        (draft.editors if edited else draft.authors).extend(names)
        field = "editors" if edited else "authors"
        draft.spans.append(Span(field=field, start=start, end=paren.start()))
    if paren is not None:
        draft.apa = True
        put_year_paren(draft, paren)
        head_end = strip_final_dot(text, start, paren.start())
        if given_first is None and not (
            read_authors(draft, start, head_end) or _undotted_names(draft, start, head_end)
        ):
            take_title(draft, start, paren.start(), brackets=True)
        # "C.T. Chen (1977), "Title"": the comma after a given-first head's year
        pos = paren.end() + (given_first is not None and text.startswith(",", paren.end()))
    elif head is not None and head.year is not None:  # "Barnes, Steven A. 2011. Title."
        pos = read_head(draft, start, end) or pos
    else:
        dated = AUTHOR_DATE_PATTERN.search(text, start, min(end, start + 300))
        if dated is not None and read_authors(draft, start, dated.start()):
            draft.put("date", DateRange.of(int(dated["year"])), *dated.span("year"))
            pos = dated.end()
        else:
            pos = _undated_head(draft, head, start, end)
    journal = _apa_journal_at(draft, pos, end) if draft.apa and not draft.has("title") else None
    if journal is not None:  # "Title X в. Вестник Санкт-Петербургского университета. ..., (2)"
        take_title(draft, pos, journal, brackets=True)
        apa_journal(draft, journal, trim(text, journal, end, " \t.")[1])
        return
    if draft.apa and (_cjk_title_publisher(draft, pos, end) or _harvard_journal(draft, pos, end)):
        return
    pos = _unstopped_title(draft, start, pos, end)
    if draft.apa and not draft.has("title"):
        pos = _title_before_responsibility(draft, pos, end)
    if not draft.has("title"):
        after = take_title(draft, pos, end, brackets=True)
        _title_volume(draft)
        pos = _gloss_in_parentheses(draft, after, end)
        _imprint_in_parentheses(draft)
    if draft.apa:
        tail_start = trim(text, pos, end, " \t.")[0]
        pos = apa_chapter(draft, tail_start, end) or pos
    alone = YEAR_PAREN_PATTERN.fullmatch(text, *trim(text, pos, end, " \t.,"))
    if alone is not None and not draft.has("date"):  # "Amal'ryk, A., _Title_ (1970).": a book's
        draft.put("date", DateRange.of(int(alone["year"])), *alone.span("year"))
        return
    if not (_title_and_page(draft, pos, end) or quoted_journal(draft, pos, end)):
        read_tail(draft, pos, end)
    _named_in_short(draft, body_start, end)


def _named_in_short(draft: Draft, start: int, end: int) -> None:
    """``Conquest, Robert. The Harvest of Sorrow.``, ``Ginzburg, Evgeniia (1904-1977). Krutoi
    Marshrut (Journey into the Whirlwind).``: a reading list's entry, its author inverted (the
    life dates perhaps after the name) and the title alone, with no imprint: a book named in
    short. Not when anything else is read or left over, nor when no full stop closes it (a
    name heading's role, an entry cut off in its source)."""
    extra = draft.values.get("extra", {})
    if not draft.authors or not draft.has("title") or draft.loose or draft.editors:
        return
    if set(draft.values) - {"title", "extra"} or set(extra) - {"life_dates"}:
        return
    if not draft.text[start : end + 1].rstrip().endswith("."):
        return  # "Habermas, Jürgen (1929-2026). Auteur du texte": an entry closes with a stop
    title = str(draft.values["title"])
    if title.rsplit(",", 1)[-1].strip().replace("-", "").isdigit():
        return  # "Barnes, S. A. Death and Redemption, 45.": a short note's page, not a title's
    if INVERTED_NAME_PATTERN.fullmatch(title):
        return  # "Ashe, Gordon. Creasey, John.": a pen name and the real name, no title
    head = INVERTED_HEAD_PATTERN.match(draft.text, start, end)
    if head is not None and draft.authors[0].family == head["family"]:
        draft.short_note = True


def _cjk_title_publisher(draft: Draft, start: int, end: int) -> bool:
    """``(1949). 迷信の実態, 技報堂.``: an APA rest in kanji, the title, then its publisher."""
    publisher = _cjk_publisher_last(draft, start, end)
    if publisher is None:
        return False
    take_title(draft, start, publisher[0], brackets=True)
    put_plain_text(draft, "publisher", *publisher)
    return True


def _harvard_journal(draft: Draft, start: int, end: int) -> bool:
    """``Хлопонина, В. С. (2007) Православная Российская церковь в 20-е годы XX века, Записки
    Горного института, 173, сс. 243-245.``: a Harvard ("Cite Them Right") article, no full stop
    after the year, the title (its quotes lost in the Russian line, kept in the English one:
    ``Khloponina, V. S. (2007) “Orthodox Russian Church in the 1920s”, Journal of Mining
    Institute, 173, pp. 243-245.``) up to the journal, which the comma before the volume and
    pages closes; the bare number is the volume."""
    text = draft.text
    start, stop = trim(text, start, end, " \t")
    if draft.has("title") or start >= stop or text[start - 1] == ".":
        return False
    closer = QUOTES.get(text[start])
    comma = text.find(", ", start, stop)
    while comma >= 0:
        match = HARVARD_JOURNAL_TAIL_PATTERN.fullmatch(text, comma, stop)
        if match is not None and (closer is None or text[comma - 1] == closer):
            break
        comma = text.find(", ", comma + 1, stop)
    else:
        return False
    take_title(draft, start, comma, brackets=True)
    put_text(draft, "container_title", match.span("journal"))
    draft.put("volume", match["volume"], *match.span("volume"))
    if match["issue"]:
        draft.put("issue", match["issue"], *match.span("issue"))
    draft.put("pages", join_dash(match["pages"]), *match.span("pages"))
    return True


def _undated_head(draft: Draft, head: Head | None, start: int, end: int) -> int:
    """The authors of an entry with no year after them; returns where the title starts."""
    text = draft.text
    first = split_sentences(text, start, end)
    # "Nihonshi Daijiten. Heibonsha, 1992-94.": a title and its imprint, no author
    if head is not None and not _title_and_imprint(text, first):
        return read_head(draft, start, end) or start
    spelled = _spelled_head(draft, start, end) if head is None else start
    if spelled > start:
        return spelled
    capitals = _capitals_head(draft, start, end) if head is None else start
    if capitals > start:
        return capitals
    if len(first) > 1 and not _title_and_imprint(text, first) and read_authors(draft, *first[0]):
        return first[0][1] + 1
    return start


def _capitals_head(draft: Draft, start: int, end: int) -> int:
    """``CHIBA TOKUJI. Seppuku no Hanashi. Kimagedansha, 1972.``: an author in capitals, two
    names and a full stop, then the title; the name in capitals printed family name first
    (as ``HELLER M.``), unless its first word is a listed given name (``JOHN SMITH``). Neither
    word may be an English word or a town (``NEW YORK. …``, ``THE TIMES. …``); returns where
    the title starts, ``start`` for none."""
    text = draft.text
    match = CAPITALS_HEAD_PATTERN.match(text, start, end)
    if match is None or len(split_sentences(text, match.end(), end)) < 2:
        return start
    first, second = (match[group].title() for group in ("first", "second"))
    if (
        any(word.casefold() in ENGLISH_WORDS or word in CITIES for word in (first, second))
        or second in GIVEN_NAMES
        or f"{first} {second}" in CITIES
    ):
        return start
    if first in GIVEN_NAMES:
        name = Name(family=second, given=first)
    else:
        name = Name(family=first, given=second)
    draft.authors.append(name)
    draft.spans.append(Span(field="authors", start=start, end=match.end("second")))
    return match.end()


def _spelled_head(draft: Draft, start: int, end: int) -> int:
    """``Brian Crozier. The man who lost China: … New York, 1976.``: one author given name first
    (:func:`spelled_author`), then the title; returns where the title starts, ``start`` for
    none."""
    spelled = spelled_author(draft.text, start, end, public=True)
    if spelled is None:
        return start
    draft.authors.append(spelled[0])
    draft.spans.append(Span(field="authors", start=start, end=spelled[1]))
    return spelled[2]


def _title_and_page(draft: Draft, pos: int, end: int) -> bool:
    """``Stalin i Kaganovich. Perepiska. 1931–1936 gg., p. 51.``: a collection cited by its
    title and the page alone, no author."""
    locator_at = trim(draft.text, pos, end, " \t,")[0]
    locator = cited_locator(draft.text, locator_at, end) if draft.has("title") else None
    if locator is None or draft.authors:
        return False
    draft.put_extra("locator", locator, locator_at, end)
    draft.short_note = True
    return True


def _title_volume(draft: Draft) -> None:
    """``Zhongwai jiuyuezhang huibian (A Collection of Treaties …), Vol. 3``: the volume cited
    after a title and its gloss, read apart from the title."""
    text = draft.text
    span = next((span for span in reversed(draft.spans) if span.field == "title"), None)
    found = TITLE_END_VOL_PATTERN.search(text, span.start, span.end) if span else None
    if span is None or found is None or found.start() <= span.start or draft.has("volume"):
        return
    draft.spans.remove(span)
    put_text(draft, "title", (span.start, found.start()))
    draft.put("volume", found["volume"], *found.span("volume"))


def _gloss_in_parentheses(draft: Draft, pos: int, end: int) -> int:
    """``Lushan huiyi shilu (The True Record of the Lushan Plenum).``, ``*Rinrigaku* (Ethics).``:
    a romanized title read with, or followed by, its English gloss in parentheses keeps the
    gloss as its translation; return where the text after the title begins."""
    text = draft.text
    title = draft.values.get("title")
    span = next((span for span in reversed(draft.spans) if span.field == "title"), None)
    if title is None or span is None or title.translations:
        return pos
    close = span.end
    if text[span.end - 1] != ")":
        opening = trim(text, span.end, end, " \t*_")[0]
        close = text.find(")", opening, end) + 1 if text.startswith("(", opening) else 0
        if close <= opening:
            return pos
    kept, gloss = parenthesized_gloss(text, span.start, close)
    if gloss is None:
        return pos
    draft.spans.remove(span)
    put_text(draft, "title", kept, gloss)
    return max(pos, close)


def _imprint_in_parentheses(draft: Draft) -> None:
    """``Chen, Vincent (1966). Sino-Russian Relations in the Seventeenth Century (The Hague:
    Nijhoff).``: an author-date entry whose place and publisher close the title in brackets,
    as a note prints them; read when the place is a known town or the rest names a publisher
    (``(xxx: Harvard University Press)``: the publisher alone)."""
    text = draft.text
    span = next((span for span in reversed(draft.spans) if span.field == "title"), None)
    if span is None or draft.has("publisher") or draft.values["title"].translations:
        return
    found = TITLE_IMPRINT_PAREN_PATTERN.search(text, span.start, span.end)
    if found is None:
        return
    place = " ".join(found["place"].split())
    known = place in CITIES
    if not (known or names_publisher(found["publisher"].strip())):
        return
    draft.spans.remove(span)
    put_text(draft, "title", trim(text, span.start, found.start(), " \t,"))
    if known:
        draft.put("place", Text(original=place), *found.span("place"))
    put_plain_text(draft, "publisher", *found.span("publisher"))


def _original_year(draft: Draft, start: int, end: int) -> int:
    """``Tokyo: Iwanami shoten, 1989 (1963)``: the year of the first edition in brackets after
    the imprint's year, kept as ``extra["original_date"]``; return where the imprint ends."""
    text = draft.text
    paren = YEAR_PAREN_PATTERN.search(text, max(start, end - 8), end)
    if paren is None or paren.end() < end:
        return end
    before = trim(text, start, paren.start(), " \t")[1]
    if not YEAR_PATTERN.fullmatch(text, max(start, before - 4), before):
        return end
    draft.put_extra("original_date", paren["year"], *paren.span("year"))
    return before


def _undotted_names(draft: Draft, start: int, end: int) -> bool:
    """``Bennett G (1976) Yundong: …``, ``Teiwes FC, Sun W (1999) …``: Springer's names before the
    year in brackets, family name and undotted initials, joined by commas; a given name may be
    written out before the initial (``Vernadsky Vladimir I (1977) The Biosphere. N.Y. …``)."""
    text = draft.text
    parts = [part.strip() for part in text[start:end].split(",")]
    matches = [UNDOTTED_NAME_PATTERN.fullmatch(part) for part in parts]
    if not parts or any(match is None for match in matches):
        return False
    for match in matches:
        if match is not None:
            given = " ".join(part for part in (match["given"], match["initials"]) if part)
            draft.authors.append(Name(family=match["family"], given=given))
    draft.spans.append(Span(field="authors", start=start, end=end))
    return True


def _life_dates_head(draft: Draft, start: int, end: int) -> int:
    """``Hirobumi Itō (1841-1909).  Teikoku kenpō, …``, ``Itō, Hirobumi (1841-1909). Title``:
    an author with the years of birth and death (an exhibition's or a catalogue's heading); the
    years are kept as ``extra["life_dates"]``. Return where the rest begins."""
    text = draft.text
    life = LIFE_DATES_PATTERN.search(text, start, min(end, start + _LIFE_DATES_REACH))
    if life is None or not 0 < int(life["died"]) - int(life["born"]) < _LIFESPAN:
        return start
    head = trim(text, start, life.start(), " \t,")
    value = text[slice(*head)]
    family, comma, given = value.partition(", ")
    if comma and is_name_word(family) and all(is_name_word(word) for word in given.split()):
        name: Name | None = person(family, given, None, text)  # "Itō, Hirobumi"
    else:
        name = given_first_name(value, text)
    if name is None:
        return start
    draft.authors.append(name)
    draft.spans.append(Span(field="authors", start=head[0], end=head[1]))
    dates = life.span("born")[0], life.span("died")[1]
    draft.put_extra("life_dates", text[slice(*dates)], *dates)
    return trim(text, life.end(), end, " \t")[0]


def _title_and_imprint(text: str, sentences: list[tuple[int, int]]) -> bool:
    """``Nihonshi Daijiten. Heibonsha, 1992-94.``: a title without a comma, then a publisher (a
    word or its ending says so) and its year, and nothing else; no author."""
    if len(sentences) != 2 or "," in text[slice(*sentences[0])]:
        return False
    match = PUBLISHER_YEAR_PATTERN.fullmatch(text, *trim(text, *sentences[1], " \t.,"))
    return match is not None and names_publisher(match["publisher"])


def _responsibility_sentence(draft: Draft, start: int, end: int) -> bool:
    """``N. E. Petrov ; otvetstvennyj redaktor E. I. Korkina ; Akademija nauk SSSR, ...``: a
    romanized GOST statement of responsibility standing as a sentence, no container."""
    if ";" not in draft.text[start:end] or not RESPONSIBILITY_OPENING_PATTERN.match(
        draft.text, start, end
    ):
        return False
    draft.spans.append(Span(field="responsibility", start=start, end=end))
    return True


def _title_before_responsibility(draft: Draft, start: int, end: int) -> int:
    """The title before a statement of responsibility (:func:`_responsibility_area`), if there
    is one; return where the rest begins."""
    area = _responsibility_area(draft.text, start, end)
    if area is None:
        return start
    take_title(draft, start, area[0], brackets=True)
    draft.spans.append(Span(field="responsibility", start=area[0] + 3, end=area[1]))
    return area[1]


def _responsibility_area(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``Deeprichastija v jakutskom jazyke / E. I. Korkina; otv. red. ...; Akad. nauk SSSR ...
    - Novosibirsk : Nauka``: a romanized GOST statement of responsibility after the title of an
    APA entry, up to the next area (``. - ``); where its slash is and where it ends."""
    start = trim(text, start, end, " \t.")[0]
    slash = text.find(" / ", start, end)
    stop = text.find(". ", start, end)
    if slash < 0 or 0 <= stop < slash:
        return None
    if not RESPONSIBILITY_OPENING_PATTERN.match(text, slash + 3, end):
        return None
    area = _AREA_PATTERN.search(text, slash, end)
    return slash, area.start() + 1 if area is not None else end


def _head_year(text: str, start: int, end: int, head: Head | None) -> re.Match[str] | None:
    """The APA year in brackets after the authors (or an authorless title), if any."""
    paren = YEAR_PAREN_PATTERN.search(text, start, min(end, start + 600))
    if head is not None and paren is not None and paren.start() > head.rest:
        return None  # "Farnsworth, B. “Title.” *Slavic Review*, 45:1 (1986)": a journal's year
    if paren is not None and YEAR_PATTERN.fullmatch(
        text, max(start, paren.start() - 5), paren.start() - 1
    ):
        return (
            None  # "Tokyo: Iwanami shoten, 1989 (1963).": an imprint's year and the first edition's
        )
    if paren is not None and text[start] in QUOTES:
        closing = find_closing(text, start, paren.start(), text[start])
        between = trim(text, closing + 1, paren.start())
        if closing > start and between[1] > between[0]:
            return None  # "“Title,” Journal 19, no. 3 (1906): 134–37": no author, a journal's year
    return paren


_AREA_PATTERN = re.compile(r"\.\s[-–—]\s")  # ". - Novosibirsk : Nauka": the next area
_NAME_JOINS = re.compile(r",\s(?:and\s|&\s)?|\s(?:and|&)\s")


def _given_first_head(
    text: str, start: int, end: int
) -> tuple[list[Name], re.Match[str], bool] | None:
    """``Axel Schuessler. (2007). ABC Etymologycal Dictionary of Old Chinese. University of
    Hawai‘i Press.``, ``William H. Baxter and Laurent Sagart. (2014). "Title."``, ``Wang Tieya
    (1957). Zhongwai jiuyuezhang huibian (…), Vol. 3. Beijing: …``: APA with the names given
    name first (a Chinese name family name first), then the year in brackets and a full stop.
    An entry without author (``Soviet Union. (1990). Moscow: Nauka.``) puts its title there;
    the names are names only when a title follows the year: quoted or italic, or a sentence that
    is no imprint, with more after it. ``B. Grekov, B. Shirendyb eds. (1954).``: editors.
    ``P.J. Taylor (2004) World City Network (London: Routledge).``, ``C.T. Chen and F.J. Millero
    (1977), "Title", Journal 62(5):1129-1135``: with no full stop at the year, names that open
    with initials (a title never does), then a title that opens with a capital or a quote. The
    names, the year's match and whether they edited, or ``None``."""
    paren = YEAR_PAREN_PATTERN.search(text, start, min(end, start + _GIVEN_FIRST_REACH))
    if paren is None:
        return None
    head_end = strip_final_dot(text, start, paren.start())
    stopped = text[trim(text, start, paren.start(), " \t")[1] - 1] == "."
    stopped = stopped or text.startswith(". ", paren.end())
    if text.find(text[start:head_end], paren.end(), end) >= 0:
        return None  # "Encyclopaedia Britannica. (2024). Title. Encyclopaedia Britannica": a body
    role = HEAD_EDITORS_PATTERN.search(text, start, head_end)
    if role is not None:
        head_end = role.start()
    parts = _NAME_JOINS.split(text[start:head_end])
    names = [given_first_name(part, text) for part in parts]
    if not names or any(name is None for name in names):
        return None
    # without a full stop only names opening with initials ("Title (1990) …" is no head)
    initialled = not stopped and all(is_initial(part.split()[0]) for part in parts)
    if not (stopped or (initialled and text.startswith((" ", ", "), paren.end()))):
        return None
    after = trim(text, paren.end(), end, " \t.,")[0]
    sentences = split_sentences(text, after, end)
    quoted = after < end and text[after] in (*QUOTES, "*", "_")
    if initialled and not (quoted or (after < end and text[after].isupper())):
        return None  # "P.J. Taylor (2004) argues that …": prose, no title after the year
    if not (quoted or initialled) and (len(sentences) < 2 or _imprint_words(text, *sentences[0])):
        return None
    return [name for name in names if name is not None], paren, role is not None


def _imprint_words(text: str, start: int, end: int) -> bool:
    """A sentence that names a publisher or a place, not a title: a place before a colon (no
    title's years there: ``Sovetsko-mongol’skiye otnosheniya 1921–1974: dokumenty``)."""
    words = {word.strip(".,&:").casefold() for word in text[start:end].split()}
    before, colon, _ = text[start:end].partition(":")
    return bool(colon and not any(char.isdigit() for char in before)) or bool(
        words & _IMPRINT_WORDS
    )


def _unstopped_title(draft: Draft, start: int, pos: int, end: int) -> int:
    """A title no full stop ends: before a closing imprint in an entry without author
    (:func:`_title_before_imprint`), or in capitals after the author (``Wiener, Norbert THE HUMAN
    USE OF HUMAN BEINGS : 2nd edition, ...``); return where the rest begins."""
    text = draft.text
    if draft.has("title"):
        return pos
    if pos == start and not draft.authors:
        return _title_before_imprint(draft, start, end) or pos
    capitals = capitals_end(text, pos, end) if draft.authors else pos
    if capitals == pos:
        return pos
    put_text(draft, "title", (pos, capitals))
    return trim(text, capitals, end, " \t:;")[0]


def _title_before_imprint(draft: Draft, start: int, end: int) -> int | None:
    """``The Human Use of Human Beings: Cybernetics and Society, Boston, MA: Houghton Mifflin,
    1950, 241 pp``, ``Cibernética, trans. Miguel Mora Hidalgo, Madrid: Guadiana, 1960``: an
    entry without author (monoskop's lists) closed by its imprint, place, publisher and year.
    The title runs to the comma before the people named by their role or before the place;
    return where the rest begins, or ``None`` when the entry does not end so."""
    text = draft.text
    colon = text.rfind(": ", start, end)
    comma = text.rfind(", ", start, colon) if colon > start else -1
    if comma > start and STATE_PATTERN.fullmatch(text, comma + 2, colon):
        comma = text.rfind(", ", start, comma)  # "Boston, MA: ": the city before its state
    if comma <= start or not text[comma + 2].isupper() or text[colon - 1] == " ":
        return None
    imprint = PLACE_PUBLISHER_PATTERN.fullmatch(text, comma + 2, end)
    if imprint is None or not imprint["year"] or imprint["place"].count(" ") > 3:
        return None
    author = _author_with_original(text, start, comma)
    title_start = start if author is None else author[2]
    if "[" in text[title_start:comma] and author is None:
        return None  # "Title [original], trans. ...": the bracket ends the title (take_title)
    title_end = comma
    role = text.find(", ", title_start, comma)
    while role > start:
        if role_words(text, role + 2, comma)[0] > role + 2:  # ", trans. ...", ", intro. ..."
            title_end = role
            break
        role = text.find(", ", role + 2, comma)
    if author is not None:
        draft.authors.append(author[0])
        draft.spans.append(Span(field="authors", start=start, end=author[1]))
        take_title(draft, title_start, title_end, brackets=True)
    else:
        put_text(draft, "title", (start, title_end))
    return title_end


def _author_with_original(text: str, start: int, end: int) -> tuple[Name, int, int] | None:
    """``N. Viner (Н. Винер), ``: an author given name first, then the name in its own script
    in parentheses; the name, where it ends, and where the title begins."""
    close = text.find("), ", start, min(end, start + _ORIGINAL_NAME_REACH))
    opening = text.rfind(" (", start, close) if close > start else -1
    if opening <= start:
        return None
    original = text[opening + 2 : close]
    if script_of(original) in ("Latn", "") or not all(
        char.isalpha() or char in " .-’'" for char in original
    ):
        return None
    name = given_first_name(text[start:opening], text)
    if name is None:
        return None
    lang = text_lang(original, None, text)
    return name.model_copy(update={"original": original, "lang": lang}), close + 1, close + 3


def _cjk_publisher_last(draft: Draft, start: int, end: int) -> tuple[int, int] | None:
    """Where the publisher is in an APA entry's rest written in kanji or hanzi, the title and
    the publisher after a comma (``迷信の実態, 技報堂.``); none when the rest is not so."""
    text = draft.text
    start, end = trim(text, start, end, " \t.。")
    if draft.has("title") or start >= end or script_of(text[start:end]) not in ("Hani", "Kana"):
        return None
    comma = max(text.rfind(mark, start, end) for mark in ",，、")
    publisher = trim(text, comma + 1, end, " \t")
    if comma <= start or not 2 <= publisher[1] - publisher[0] <= 15:
        return None
    if not all(is_cjk(char) for char in text[slice(*publisher)]):
        return None
    return publisher


def quoted_journal(draft: Draft, start: int, end: int) -> bool:
    """After a quoted title, the rest read whole as a journal and its numbers (MLA or Chicago):
    the journal's name may hold a dot (``«Title». Вестник Санкт-Петербургского университета.
    История, т. 68, вып. 1, ...``), which would end a sentence for ``read_tail``."""
    text = draft.text
    if not draft.humanities or text[start - 1 : start] not in QUOTES.values():
        return False
    tail = trim(text, start, end, " \t\n.,")
    return tail[0] < tail[1] and (mla_journal(draft, *tail) or journal_sentence(draft, *tail))


def _apa_journal_at(draft: Draft, start: int, end: int) -> int | None:
    """Where an APA journal whose name holds a dot begins: ``Title. Вестник
    Санкт-Петербургского университета. Востоковедение и африканистика, (2), 14–19``, the
    journal named by its first word (``Вестник``, ``Journal``) and closed by its numbers."""
    text = draft.text
    stop = trim(text, start, end, " \t.")[1]
    dot = text.find(". ", start, stop)
    while dot >= 0:
        opener = trim(text, dot + 1, stop, " \t\n")[0]
        if text.startswith(JOURNAL_OPENERS, opener):
            match = APA_JOURNAL_NUMBERS_PATTERN.fullmatch(text, opener, stop)
            if match is not None and ". " in match["journal"]:
                return opener
        dot = text.find(". ", dot + 1, stop)
    return None


def put_year_paren(draft: Draft, match: re.Match[str]) -> None:
    year = int(match["year"])
    value = DateRange.of(year)
    if match["rest"]:
        found = date_at(f"{match['rest']} {year}", 0, len(match["rest"]) + 5)
        if found is not None:
            value = DateRange.of(year, found[0].start.month, found[0].start.day)
    draft.put("date", value, match.start(), match.end())
