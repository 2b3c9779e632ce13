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

import re

from archivecite.model import DateRange, Name, Span, Text
from archivecite.parse.dates import find_date
from archivecite.parse.published.chicago_patterns import (
    CLOSING_COMMA_YEAR_PATTERN,
    COMMA_LOWER_PATTERN,
    CREDITED_IMPRINT_PATTERN,
    FAMILY_COMMA_INITIALS_PATTERN,
    IMPRINT_PATTERN,
    INVERTED_NOTE_HEAD_PATTERN,
    JOURNAL_ISSUE_PATTERN,
    JOURNAL_VOLUME_LINE_PATTERN,
    LEADING_EXTENT_PATTERN,
    LETTER_HEAD_PATTERN,
    LOCATOR_PATTERN,
    SLASHED_FAMILIES_HEAD_PATTERN,
    TITLE_VOLUME_PATTERN,
    YEAR_AFTER_NAMES_PATTERN,
    YEAR_LIKE_PATTERN,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash
from archivecite.parse.published.names import given_first_name, is_initial, japanese_family_first
from archivecite.parse.published.newspapers import is_newspaper
from archivecite.parse.published.notes_authorless import (
    authorless_note,
    glossed_title,
    quoted_title_note,
    site_note,
)
from archivecite.parse.published.notes_imprint import (
    Imprint,
    bare_imprint,
    book_imprint,
    east_asian,
    find_imprint,
    imprint_lang,
    is_publisher_only,
    later_edition,
    put_credited_imprint,
    put_locator,
    put_note_imprint,
)
from archivecite.parse.published.notes_names import NoteNames, note_names, without_last
from archivecite.parse.published.notes_short import (
    romanized_title_volume,
    short_note,
    short_title_in,
    stopped_short_note,
    title_volume_year,
    titled_short_note,
)
from archivecite.parse.published.notes_titles import (
    opens_title,
    put_segments,
    title_stop,
    unnamed_book,
    volume_after_quote,
)
from archivecite.parse.published.romanized_items import parenthesized_gloss, romanized_language
from archivecite.parse.published.scanning import QUOTES, find_closing, split_sentences, trim
from archivecite.parse.published.scopus import quoted_journal, read_tail
from archivecite.parse.published.terms import (
    CITIES,
    ENGLISH_WORDS,
    GIVEN_NAMES,
    JAPANESE_PARTICLES,
    imprint_language,
    names_publisher,
)
from archivecite.parse.published.titles import put_plain_text, put_text, take_title
from archivecite.translit import looks_like_romaji

_DOCUMENT_REACH = 160  # a letter's writer, addressee and day before the note of its book
_DOCUMENT_DAY_REACH = 40  # "November 14, 16, and 18, 1957"


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
        or (imprint is not None and book_imprint(text, Imprint(opening, close - 1)))
    ):
        return False
    probe = draft.probe()
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
        or stopped_short_note(draft, start, end)
        or titled_short_note(draft, start, end)
        or romanized_title_volume(draft, start, end)
        or title_volume_year(draft, start, end)
        or _slashed_families(draft, start, end)
    ):
        return True
    names = _head_names(text, start, end)
    if (
        quoted_title_note(draft, start, end)
        or _title_then_comma_imprint(draft, start, end, names)
        or _title_then_publisher_place(draft, start, end, names)
        or _title_then_credited_imprint(draft, start, end, names)
    ):
        return True
    if names is None or names.rest >= end:
        return (
            short_note(draft, start, end)
            or authorless_note(draft, start, end)
            or site_note(draft, start, end)
            or glossed_title(draft, start, end)
        )
    pos = names.rest
    quoted = text[pos] in QUOTES or text[pos] in "*_"
    imprint = find_imprint(text, pos, end, quoted=quoted)
    bare = (
        None if imprint is not None or quoted else bare_imprint(text, pos, end, publisher_only=True)
    )
    if imprint is None and bare is None and not quoted:
        # "A. Ostrovskii, Kto stoyal za spinoi Stalina, p. 97.": a work cited before, in short
        return (
            _comma_note(draft, names, start, end)
            or short_note(draft, start, end)
            or _title_sentence(draft, names, start, end)
            or _subtitled_title(draft, names, start, end)
        )
    limit = imprint.open if imprint is not None else bare.start() if bare is not None else end
    told = imprint_lang(text, imprint) if imprint is not None else _bare_lang(bare)
    lang = _title_language(text, pos, limit, imprint=told)
    if lang is not None and draft.language is None:
        draft.language = lang  # "Kato Yoshiko, Saito Mokichi no Jugonen Senso (…)": ja
    family_first = imprint is not None and east_asian(text, imprint)
    people = [
        Name(literal=token)
        if index in names.bodies
        else given_first_name(
            token, text, family_first=family_first and not _japanese_given_first(token)
        )
        for index, (token, _) in enumerate(names.tokens)
    ]
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
    if quoted:
        after = take_title(draft, pos, limit, brackets=False)
        cited = LOCATOR_PATTERN.fullmatch(text, *trim(text, after, end, " \t,"))
        if imprint is None and cited and not YEAR_LIKE_PATTERN.match(cited["locator"]):
            holder = draft.authors if target is None else target
            _quoted_short_note(draft, names, holder, len(found), (after, end))
            return True
        if imprint is None:
            after = volume_after_quote(draft, after, end)
            if not _quoted_in_book(draft, after, end):
                _quoted_tail(draft, after, end)
            return True
        book_end = unnamed_book(draft, after, limit)
        put_segments(draft, book_end, limit)
        if book_end > after:
            _editors_of_book(draft)
    else:
        _unquoted_title(draft, pos, limit)
    if not family_first and told in ("ja", "zh") and _east_asian_work(draft, told):
        _turn_round(draft, names, draft.authors if target is None else target, len(found))
    if imprint is not None:
        put_note_imprint(draft, imprint, end)
    elif bare is not None:
        _put_bare_imprint(draft, bare, end)
    return True


def _editors_of_book(draft: Draft) -> None:
    """``“From Acoustics to Tonpsychologie,” The Cambridge History of Western Music Theory, ed.
    Thomas Christensen (…)``: the editors named after a chapter's book are the book's."""
    draft.container_editors.extend(draft.editors)
    draft.editors.clear()
    draft.spans[:] = [
        span.model_copy(update={"field": "container_editors"}) if span.field == "editors" else span
        for span in draft.spans
    ]


def _put_bare_imprint(draft: Draft, bare: re.Match[str], end: int) -> None:
    """The place, publisher and year of an imprint with no brackets, and the page after it."""
    place, publisher, year = ("place", "publisher", "year")
    if is_publisher_only(bare):  # ", Bungei Shunjsha, 1959"
        put_plain_text(draft, "publisher", *bare.span("comma_place"))
        draft.put("date", DateRange.of(int(bare["comma_year"])), *bare.span("comma_year"))
        later = later_edition(draft.text, bare.end(), end)
        if later is None:
            put_locator(draft, bare.end(), end)
        else:
            draft.put_extra("later_editions", later["later"], *later.span("later"))
        return
    if bare["first_year"]:  # ", 1961, Tokyo, Iwanami Shoten"
        place, publisher, year = "year_place", "year_publisher", "first_year"
    elif bare["comma_year"]:  # ", Moscou, Rosspen, 1999"
        place, publisher, year = "comma_place", "comma_publisher", "comma_year"
    elif not bare["year"]:  # ", Hertfordshire: Cumberland House, 1997"
        place, publisher, year = "first_place", "last_publisher", "last_year"
    draft.put("place", Text(original=" ".join(bare[place].split())), *bare.span(place))
    if bare[publisher]:
        put_plain_text(draft, "publisher", *bare.span(publisher))
    draft.put("date", DateRange.of(int(bare[year])), *bare.span(year))
    put_locator(draft, bare.end(), end)


def _slashed_families(draft: Draft, start: int, end: int) -> bool:
    """``Van Hove / Tong, "Surface Crystallography by LEED" (Springer, Berlin 1979)``: the
    authors' family names alone, parted by slashes, a quoted title, then the facts of
    publication in brackets."""
    text = draft.text
    head = SLASHED_FAMILIES_HEAD_PATTERN.match(text, start, end)
    imprint = find_imprint(text, head.end(), end, quoted=True) if head is not None else None
    if head is None or imprint is None:
        return False
    for family in head["names"].split(" / "):
        draft.authors.append(Name(family=family))
    draft.spans.append(Span(field="authors", start=start, end=head.end("names")))
    take_title(draft, head.end(), imprint.open, brackets=False)
    put_note_imprint(draft, imprint, end)
    return True


def _quoted_tail(draft: Draft, start: int, end: int) -> None:
    """What follows a note's quoted title, read sentence by sentence, or, where that leaves a
    piece unread, whole as a journal and its numbers whose name a full stop closes: ``Mark
    Selden, "Yan'an Communism Reconsidered," Modern China. 21: 8 (1995), 8-44.``"""
    probe = draft.probe()
    read_tail(probe, _document_day(probe, start, end), end)
    if probe.loose:
        whole = draft.probe()
        whole.humanities = True
        if quoted_journal(whole, start, end) and not whole.loose:
            draft.take_over(whole)
            return
    draft.take_over(probe)


def _quoted_in_book(draft: Draft, start: int, end: int) -> bool:
    """``Akdes Nimet Kurat, "Islam in the Soviet Union," Cambridge History of Islam, London,
    Cambridge, Cambridge University Press, 1970, p. 638.``: a chapter's quoted title, then the
    book (no "in" before it; the towns closing it are the imprint's), then the imprint with no
    brackets and the page."""
    text = draft.text
    bare = bare_imprint(text, start, end)
    if bare is None:
        return False
    book = trim(text, start, bare.start(), " \t,")
    while (comma := text.rfind(", ", *book)) > book[0] and text[comma + 2 : book[1]] in CITIES:
        book = (book[0], comma)  # "Cambridge History of Islam, London": the first town
    printed = text[slice(*book)]
    if (
        book[0] >= book[1]
        or not printed[0].isupper()
        or any(char.isdigit() or char in '"“”«»()[]:;' for char in printed)
        or printed in CITIES
        or is_newspaper(printed)
    ):
        return False
    put_text(draft, "container_title", book)
    draft.chapter = True
    _put_bare_imprint(draft, bare, end)
    return True


def _imprint_next(text: str, pos: int, end: int) -> bool:
    """Whether the facts of publication begin right at ``pos`` (``Dushanbe, 1966``), with no
    title before them."""
    comma = text.rfind(",", max(0, pos - 3), pos)  # the imprint's pattern opens at its comma
    bare = bare_imprint(text, comma, end) if comma >= 0 else None
    return bare is not None and bare.start() == comma


def _quoted_short_note(
    draft: Draft, names: NoteNames, holder: list[Name], count: int, rest: tuple[int, int]
) -> None:
    """``Luo Baoshan, “Guanyu Zhang Binglin,” 56–62``: an article cited before by its quoted
    title and the pages, its journal left out; a title romanized from Chinese or Japanese
    names its people family name first (``Luo Bing, “Mao Zedong zhuzuo duo daibi,” …``)."""
    draft.short_note = True
    draft.kind = "article"
    if draft.language in ("ja", "zh"):
        _turn_round(draft, names, holder, count)
    put_locator(draft, trim(draft.text, *rest, " \t,")[0], rest[1])


def _head_names(text: str, start: int, end: int) -> NoteNames | None:
    """The people a note opens with, up to where its title begins."""
    names = note_names(text, start, end)
    while names is not None and names.rest < end and not opens_title(text[names.rest]):
        names = without_last(names)  # "Coleman, Russian Baptists and Spiritual Revolution, 1905"
    if names is None:
        inverted = INVERTED_NOTE_HEAD_PATTERN.match(text, start, end)
        quoted = inverted is not None and text[inverted.end()] in QUOTES
        imprint = find_imprint(text, inverted.end(), end, quoted=quoted) if inverted else None
        if inverted is not None and (
            (imprint is not None and ":" in text[imprint.open : imprint.close])
            # "Foster, Paul B., ‘Title’, Journal 13.1 (2001)": a given name closed by an
            # initial, then a quoted title, is an inverted name whatever follows
            or (quoted and inverted["given"].endswith("."))
        ):
            # "Pound, Ezra, The Confucian Odes (New York: …)": the name inverted, as a
            # bibliography prints it, in a note with its facts of publication
            token = f"{inverted['given']} {inverted['family']}"
            return NoteNames(tokens=[(token, start)], suffixes={}, role=None, rest=inverted.end())
    if names is not None and len(names.tokens) > 1 and _imprint_next(text, names.rest, end):
        return without_last(names)  # "Sadriddin Aini, Tarikh-i Amiran, Dushanbe, 1966": a title
    return names


def _title_then_comma_imprint(draft: Draft, start: int, end: int, names: NoteNames | None) -> bool:
    """``Istoria Velikoï patriotitcheskoï Voiny, Moscou, 1960, p. 47.``, ``Stalin i Kaganovitch
    Perepiska 1931-1936, Moscou, Rosspen, 1999, p. 104-105.``: a book with no author, its title,
    then a known city, the publisher and the year parted by commas (a French note), then the
    page cited; what ``names`` read before the city is no person but the title
    (``Vospominania, Moscou, …``)."""
    text = draft.text
    bare = bare_imprint(text, start, end)
    if bare is None or not bare["comma_year"] or not (names is None or names.rest > bare.start()):
        return False
    title = trim(text, start, bare.start(), " \t,")
    if title[0] >= title[1] or not opens_title(text[start]) or text[start] in QUOTES:
        return False
    printed = text[slice(*title)]
    if any(char in printed for char in '"“”«»:;[]') or ". " in printed:
        return False  # "Kononyuk M.H., … Title. Selected Papers of IPPE, Obninsk, 2001": a list's
    if COMMA_LOWER_PATTERN.search(printed):
        return False  # "Kibernetika, trans. E.G. Panfilov, Moscow, 1958": a role after the title
    title = _family_and_publisher(draft, title, bare["comma_publisher"] is None)
    put_text(draft, "title", title)
    place = " ".join(bare["comma_place"].split())
    draft.put("place", Text(original=place), *bare.span("comma_place"))
    if bare["comma_publisher"]:
        put_plain_text(draft, "publisher", *bare.span("comma_publisher"))
    draft.put("date", DateRange.of(int(bare["comma_year"])), *bare.span("comma_year"))
    put_locator(draft, bare.end(), end)
    return True


def _family_and_publisher(
    draft: Draft, title: tuple[int, int], unpublished: bool
) -> tuple[int, int]:
    """``Aini, Ta'rikh-i Inqilab-i Bukhara, Adib Publications, Dushanbe, 1987`` (I. Bashiri's
    notes): a publisher named by a word of it before the town, and the author's family name
    alone before the title, both parted from it by commas; the title's span without them."""
    text = draft.text
    start, end = title
    comma = text.rfind(", ", start, end)
    if unpublished and comma > start and names_publisher(text[comma + 2 : end]):
        put_plain_text(draft, "publisher", comma + 2, end)
        end = comma
    first = text.find(", ", start, end)
    family = text[start:first]
    if (
        first > start
        and family.replace("-", "").replace("'", "").isalpha()
        and family[0].isupper()
        and family.casefold() not in ENGLISH_WORDS
        and family not in CITIES  # "Berlin, A Cultural History, London, 2004": the title's
        and text[first + 2 : end][:1].isupper()
    ):
        draft.authors.append(Name(family=family))
        draft.spans.append(Span(field="authors", start=start, end=first))
        start = first + 2
    return start, end


def _title_then_credited_imprint(
    draft: Draft, start: int, end: int, names: NoteNames | None
) -> bool:
    """``GHQ, Iwanami Shoten (Tokyo, Japan), 1983.``: a book in Contemporary Authors' list of an
    author's writings, its title (one sentence, no comma), then the publisher with the city and
    country in brackets and the year; the author is the entry's, named above the list."""
    text = draft.text
    comma = text.find(", ", start, end)
    if comma <= start or not opens_title(text[start]) or text[start] in QUOTES:
        return False
    if names is not None and names.rest <= comma:
        return False  # "Smith, John, …": a person, not a title
    stop = trim(text, comma + 2, end, " \t.")[1]
    credited = CREDITED_IMPRINT_PATTERN.fullmatch(text, comma + 2, stop)
    printed = text[start:comma]
    if credited is None or any(char in printed for char in '"“”«»;[]') or ". " in printed:
        return False
    lower = [word for word in printed.split() if word[0].islower() and len(word) > 2]
    if any(word not in ENGLISH_WORDS for word in lower) and not looks_like_romaji(printed):
        return False  # "He was in Tokyo, …": a sentence; titles are capitalised or in romaji
    put_text(draft, "title", (start, comma))
    put_credited_imprint(draft, credited)
    return True


def _title_then_publisher_place(
    draft: Draft, start: int, end: int, names: NoteNames | None
) -> bool:
    """``Na Prieme u Stalina: Tetradi (Zhurnaly) Zapisei Lits, Prinyatykh I. V. Stalinym
    (1924–1953), Novyi Khronograf: Moscow 2008.``: a book with no author in Roberts's form, the
    title (one sentence), a comma, the publisher, a colon, the known places and the year with
    no comma before it, then perhaps the page cited."""
    text = draft.text
    bare = bare_imprint(text, start, end)
    if bare is None or not bare["year"] or not (names is None or names.rest > bare.start()):
        return False
    places = [part.strip() for part in re.split(r"&|\band\b", bare["place"])]
    title = trim(text, start, bare.start(), " \t,")
    if (
        not all(place in CITIES for place in places)
        or title[0] >= title[1]
        or not opens_title(text[start])
        or text[start] in QUOTES
        or len(split_sentences(text, *title)) > 1
        or is_initial(text[start : text.find(" ", start, title[1])])  # "D. Shepilov, Title, …"
    ):
        return False
    put_text(draft, "title", title)
    draft.put("place", Text(original=" ".join(bare["place"].split())), *bare.span("place"))
    put_plain_text(draft, "publisher", *bare.span("publisher"))
    draft.put("date", DateRange.of(int(bare["year"])), *bare.span("year"))
    put_locator(draft, bare.end(), end)
    return True


def _unquoted_title(draft: Draft, pos: int, limit: int) -> None:
    """A note's title without quotes, with its translation in brackets and the segments after
    it; a number in brackets closing it is the volume (``Kafu Zenshu (24) (Iwanami Shoten,
    1994)``)."""
    text = draft.text
    title_end = title_stop(text, pos, limit)
    title, gloss = parenthesized_gloss(text, *trim(text, pos, title_end, " \t,*"), square=True)
    volume = TITLE_VOLUME_PATTERN.search(text, *title)
    if gloss is None and volume is not None and volume.end() == title[1]:
        draft.put("volume", volume["volume"], *volume.span("volume"))
        title = (title[0], volume.start())
    put_text(draft, "title", title, gloss)
    put_segments(draft, title_end, limit)


def _bare_lang(bare: re.Match[str] | None) -> str | None:
    """The language a bare imprint's place and publisher tell (``, Hong Kong: Jiushi niandai
    zazhi, 1996``); not one printed after the year (``, 1961, Tokyo, Iwanami Shoten``: Masao
    Maruyama keeps his given name first)."""
    if bare is None or bare["first_year"]:
        return None
    if is_publisher_only(bare):
        return imprint_language(None, " ".join(bare["comma_place"].split()))
    if bare["comma_year"]:
        return imprint_language(" ".join(bare["comma_place"].split()), bare["comma_publisher"])
    if bare["year"]:
        return imprint_language(bare["place"], bare["publisher"])
    return imprint_language(bare["first_place"], bare["last_publisher"])


def _east_asian_work(draft: Draft, lang: str) -> bool:
    """``Nagai Kafu, Kafu Zenshu (24) (Iwanami Shoten, 1994)``, ``Masaki Hiroshi, Chikakiyori, in
    Showa Nimannichi no Zenkiroku …, ed. Harada Katsumasa, … (Kodansha, 1989)``, ``Ding Shu,
    Renhuo: Dayuejin yu dajihuang (…), Hong Kong: Jiushi niandai zazhi, 1996``: a work whose
    title (or book) is romanized in ``lang``, from a publisher in Japan or China, names its
    people family name first; ``Einen Miura, *The Art of Marbled Paper* (Kodansha, 1991)``
    does not."""
    return draft.language == lang or any(
        isinstance(value, Text) and romanized_language(value.original, imprint=lang) == lang
        for value in (draft.values.get("title"), draft.values.get("container_title"))
    )


def _turn_round(draft: Draft, names: NoteNames, holder: list[Name], count: int) -> None:
    """Read the note's ``count`` people (the last of ``holder``) and its book's editors family
    name first, as a Japanese or Chinese work prints them (:func:`_east_asian_work`)."""
    turned = [given_first_name(token, draft.text, family_first=True) for token, _ in names.tokens]
    listed = any(  # "John Smith", "Yasuhiro Nakasone"
        token.split()[0] in GIVEN_NAMES or _japanese_given_first(token) for token, _ in names.tokens
    )
    if not (names.bodies or names.suffixes or listed or any(person is None for person in turned)):
        holder[len(holder) - count :] = [person for person in turned if person is not None]
    draft.container_editors[:] = [_family_first(name) for name in draft.container_editors]


def _japanese_given_first(token: str) -> bool:
    """``Yasuhiro Nakasone, Jiseiroku: … (Tokyo: Shinchōsha, 2004)``: a Japanese name printed
    given name first in a note on a book published in Japan, as the common names of
    ``data/japanese_names.toml`` tell (a listed given name first, no listed family name there);
    such a note's other names stay family name first (``Shirai Hisaya``)."""
    words = token.split()
    return len(words) == 2 and japanese_family_first(words[1], words[0])


def _family_first(name: Name) -> Name:
    """``Harada Katsumasa`` read given name first, turned round: the editors of a book published
    in Japan (``ed. Harada Katsumasa, Ozaki Hotsumi, … (Kodansha, 1989)``)."""
    family, given = name.family or "", name.given or ""
    if len(family.split()) != 1 or len(given.split()) != 1 or given.endswith("."):
        return name
    return name.model_copy(update={"family": given, "given": family})


def _title_language(text: str, start: int, limit: int, *, imprint: str | None) -> str | None:
    """The language of a note's romanized title (:func:`romanized_language`), quoted or not:
    ``Renhuo: Dayuejin yu dajihuang (A man-made catastrophe …)`` is ``zh``; ``imprint``, the
    language the imprint tells, settles a title its syllables leave open."""
    if start >= limit:
        return None
    if text[start] in QUOTES:
        closing = find_closing(text, start, limit, text[start])
        span = trim(text, start + 1, closing, " \t,.") if closing > start else (start, start)
        printed = text[slice(*span)]
        return romanized_language(printed, imprint=imprint) if span[0] < span[1] else None
    title, gloss = parenthesized_gloss(
        text, *trim(text, start, title_stop(text, start, limit), " \t,*"), square=True
    )
    printed = text[slice(*title)]
    lang = romanized_language(printed, glossed=gloss is not None, imprint=imprint)
    if lang is None and gloss is not None and imprint in ("ja", "zh") and _foreign(printed):
        # "Shsetsu Teigin Jiken (The Imperial Bank Incident: a novel), Bungei Shunjsha": a title
        # glossed in English, from a Japanese publisher, whose copy lost its long vowels
        return imprint
    return lang


def _foreign(title: str) -> bool:
    """Whether a title in Latin letters of three words at least holds no English word (a
    Japanese particle such as ``to`` aside)."""
    words = [word.strip(".,:;!?'’\"") for word in title.split()]
    return len(words) >= 3 and not any(
        word.casefold() in ENGLISH_WORDS and word.casefold() not in JAPANESE_PARTICLES
        for word in words
    )


def _title_sentence(draft: Draft, names: NoteNames, start: int, end: int) -> bool:
    """``Viktor Arkad´evich Berdinskikh, Spetsposelentsy: … [Special Settlers: …]. 527 pp. Kirov:
    KOGUP, 2003.``: the people given name first and a comma, the title up to its full stop, then
    sentences of facts of publication (a review's header, a library's list). Read only when each
    name has a given name and what follows the title is all read, with a year."""
    text = draft.text
    people = _given_named(text, names, with_role=True)
    if people is None:
        return False
    probe = draft.probe()
    probe.humanities = True
    after = take_title(probe, names.rest, end, brackets=True)
    if after >= end or not probe.has("title") or text[after - 1 : after] not in ".]":
        return False
    after = trim(text, after, end, " \t.")[0]
    extent = LEADING_EXTENT_PATTERN.match(text, after, end)
    if extent is not None:
        probe.put_extra("extent", extent["extent"], *extent.span("extent"))
        after = extent.end()
    read_tail(probe, after, end)
    if probe.loose or not probe.has("date") or not (probe.has("publisher") or probe.has("place")):
        return False
    # "Iu. N. Afanas´ev et al., eds., Istoriia stalinskogo Gulaga: …": the editors
    holder = {"editors": probe.editors, "translators": probe.translators}.get(names.role or "")
    (probe.authors if holder is None else holder).extend(people)
    probe.spans.append(Span(field=names.role or "authors", start=start, end=names.rest))
    draft.take_over(probe)
    return True


def _given_named(text: str, names: NoteNames, *, with_role: bool = False) -> list[Name] | None:
    """The people of ``names``, each with a given name before the family name; none when they
    have a role (``eds.``) unless ``with_role``."""
    if (names.role is not None and not with_role) or any(
        word.endswith(".") and len(word) > 3 for token, _ in names.tokens for word in token.split()
    ):
        return None  # "Shen Zhihua. Mao, Stalin and …": a full stop after a name, then the title
    people = [given_first_name(token, text) for token, _ in names.tokens]
    found = [person for person in people if person is not None and person.given is not None]
    return found if len(found) == len(people) else None


def _subtitled_title(draft: Draft, names: NoteNames, start: int, end: int) -> bool:
    """``Masafumi Asada, Siberian Expedition: Modern Japan's Forgotten Seven Years' War.``: a
    person given name first and a title with its subtitle, nothing more; the work named in
    short. Each part of the title has two words at least and no figure."""
    text = draft.text
    people = _given_named(text, names)
    title = trim(text, names.rest, end, " \t.")
    colon = text.find(": ", *title)
    if people is None or colon < 0 or len(split_sentences(text, *title)) > 1:
        return False
    words = text[slice(*title)]
    if any(char.isdigit() or char in ";()[]" for char in words):
        return False
    head, tail = text[title[0] : colon].split(), text[colon + 2 : title[1]].split()
    if len(head) < 2 or len(tail) < 2 or not tail[0][0].isupper():
        return False
    draft.authors.extend(people)
    draft.spans.append(Span(field="authors", start=start, end=names.rest))
    put_text(draft, "title", title)
    draft.short_note = True
    return True


def _comma_note(draft: Draft, names: NoteNames, start: int, end: int) -> bool:
    """``J. I. Recker, Teorija perevoda i perevodčeskaja praktika, 1974.``, ``A. D. Svejcer,
    Sovetskaja teorija perevoda za 70 let, Voprosy jazykoznanija, vol.5, pp.9-17, 1987.``: the
    people given name first, the title up to the next comma (perhaps with its translation in
    brackets), then perhaps its journal with the numbers, the year last, commas between them
    all (a list of references in a thesis).
    Read only when all after the title is read."""
    text = draft.text
    people = _given_named(text, names)
    closing = CLOSING_COMMA_YEAR_PATTERN.search(text, names.rest, end)
    if people is None or closing is None:
        return False
    comma = text.find(",", names.rest, closing.start() + 1)
    title, gloss = parenthesized_gloss(text, *trim(text, names.rest, comma, " \t"))
    printed = text[slice(*title)]
    if (
        len(printed.split()) < 2
        or not printed[0].isupper()
        or any(char in printed for char in ".;:()[]«»“”")
        or not all(  # 'ob"ekt': a hard sign, no quotation mark
            0 < index < len(printed) - 1 and printed[index - 1 : index + 2 : 2].isalpha()
            for index, char in enumerate(printed)
            if char == '"'
        )
    ):
        return False
    probe = draft.probe()
    # "( \" Grammatical category and context \" )": the gloss in quotes, spaced as HAL prints it
    put_text(probe, "title", title, gloss.strip(' "“”') if gloss else None)
    if comma < closing.start():
        read_tail(probe, comma + 1, closing.start())
        numbered = any(probe.has(name) for name in ("volume", "issue", "pages"))
        if probe.loose or not (probe.has("container_title") and numbered):
            return False
    probe.put("date", DateRange.of(int(closing["year"])), *closing.span("year"))
    probe.authors.extend(people)
    probe.spans.append(Span(field="authors", start=start, end=names.rest))
    draft.take_over(probe)
    return True


def _document_day(draft: Draft, start: int, end: int) -> int:
    """``Mao Zedong, "Sixty Articles on Work Methods," January 1958, Jianguo yilai Mao Zedong
    wengao, vol. 7, 51.``: a document's day (or days) right after its quoted title, before the
    collection that prints it, is its date; where the rest begins."""
    text = draft.text
    first = trim(text, start, end, " \t,")[0]
    found = find_date(text, start=first, end=min(end, first + _DOCUMENT_DAY_REACH))
    if found is None or found.start != first or not text.startswith(", ", found.end):
        return start
    draft.put("date", found.date, found.start, found.end)
    return found.end + 1


def year_after_names(draft: Draft, start: int, end: int) -> bool:
    """Numerical Recipes' cited references: ``Knuth, D.E. 1997, Seminumerical Algorithms, 3rd
    ed., vol. 2 of The Art of Computer Programming (Reading, MA: Addison-Wesley), §4.6.`` The
    names with their initials after a comma, the year, the title, its segments (edition, volume
    of a series) and the place and publisher in brackets, a cited place after them."""
    text = draft.text
    head = YEAR_AFTER_NAMES_PATTERN.match(text, start, end)
    if head is None or not opens_title(text[head.end()]):
        return False
    close = text.rfind(")", head.end(), end)
    opening = text.rfind("(", head.end(), close) if close > 0 else -1
    if opening < 0 or ":" not in text[opening:close] or "(" in text[opening + 1 : close]:
        return False
    for name in FAMILY_COMMA_INITIALS_PATTERN.finditer(text, *head.span("names")):
        draft.authors.append(Name(family=name["family"], given=name["initials"].strip()))
    draft.spans.append(Span(field="authors", start=start, end=head.end("names")))
    draft.put("date", DateRange.of(int(head["year"])), *head.span("year"))
    title_end = title_stop(text, head.end(), opening)
    put_text(draft, "title", trim(text, head.end(), title_end, " \t,*"))
    put_segments(draft, title_end, opening)
    put_note_imprint(draft, Imprint(open=opening, close=close), end)
    after = trim(text, close + 1, end, " \t.,;")
    if after[0] < after[1] and "locator" not in draft.values.get("extra", {}):
        draft.loose.append(after)  # "Chapter 3, especially §3.5": not a page the note cites
    return True


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
    probe = draft.probe()
    rest = found.end + 2
    if text.startswith("in ", rest) and letter:
        rest += 3
        if not (_with_people(probe, rest, end) or short_title_in(probe, rest, end)):
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
    probe = draft.probe()
    if not parse_note(probe, start, end) or not (probe.authors or probe.editors):
        return False
    draft.take_over(probe)
    return True


def journal_issue(draft: Draft, start: int, end: int) -> bool:
    """``Istoricheskii arkhiv, no. 3 [1997]: 117``: a journal cited by issue and page, no
    article named (an article without a title, in that journal)."""
    match = JOURNAL_ISSUE_PATTERN.fullmatch(draft.text, start, end)
    if match is None:
        return _journal_volume_line(draft, start, end)
    year = "year" if match["year"] else "year_after"
    put_text(draft, "container_title", match.span("journal"))
    draft.put("issue", join_dash(match["issue"]), *match.span("issue"))
    draft.put("date", DateRange.of(int(match[year])), *match.span(year))
    draft.put("pages", join_dash(match["pages"]), *match.span("pages"))
    return True


def _journal_volume_line(draft: Draft, start: int, end: int) -> bool:
    """``Journal of Cold War Studies 6.2 (2004) 78-80``: the journal's line over an article or a
    review, its volume and number, the year and the pages; no author or title."""
    match = JOURNAL_VOLUME_LINE_PATTERN.fullmatch(draft.text, start, end)
    if match is None:
        return False
    put_text(draft, "container_title", match.span("journal"))
    draft.put("volume", match["volume"], *match.span("volume"))
    draft.put("issue", join_dash(match["issue"]), *match.span("issue"))
    draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
    draft.put("pages", join_dash(match["pages"]), *match.span("pages"))
    return True
