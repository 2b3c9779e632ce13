"""Shortened Chicago notes: ``Barnes, Death and Redemption, 45.``, a work cited before by its
author's family name (or names), a short title and the page."""

from __future__ import annotations

from archivecite.model import DateRange, Name, Span, Text
from archivecite.parse.published.chicago import in_container
from archivecite.parse.published.chicago_patterns import (
    AUTHOR_YEAR_NOTE_PATTERN,
    CONTAINER_VOLUME_PATTERN,
    DASHED_PAGE_PATTERN,
    FAMILY_STOP_NOTE_PATTERN,
    JOINED_FAMILIES_PATTERN,
    LOCATOR_PATTERN,
    SHORT_TITLE_YEAR_PATTERN,
    SHORT_TITLE_YEARS_PATTERN,
    STOPPED_SHORT_NOTE_PATTERN,
    TITLE_VOLUME_PAGE_PATTERN,
    TITLE_VOLUME_YEAR_PATTERN,
    UNDATED_BARE_IMPRINT_PATTERN,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash
from archivecite.parse.published.names import given_first_name, is_initial
from archivecite.parse.published.newspapers import is_newspaper
from archivecite.parse.published.notes_imprint import put_locator, short_locator
from archivecite.parse.published.notes_names import short_head
from archivecite.parse.published.notes_titles import opens_title
from archivecite.parse.published.romanized_items import (
    east_asian_languages,
    english_score,
    latin_title_language,
    parenthesized_gloss,
    romanized_language,
)
from archivecite.parse.published.scanning import (
    QUOTES,
    find_closing,
    script_of,
    strip_final_dot,
    trim,
)
from archivecite.parse.published.terms import (
    CITIES,
    EDITOR_ROLES,
    ENGLISH_WORDS,
    GIVEN_NAMES,
    HONORIFICS,
    PUBLISHER_WORDS,
    SHORT_TITLE_WORDS,
    TITLE_INFO_WORDS,
)
from archivecite.parse.published.titles import put_plain_text, put_text, take_title
from archivecite.translit.chinese import PINYIN_WORD_PATTERN

_GLOSS_WORDS = 3  # the longest translation in brackets told by its capitals alone
_IN = ("in ", "In ")


def author_year_note(draft: Draft, start: int, end: int) -> bool:
    """``Bo Yibo 1993, p. 706.``, ``Snow 1973, pp. 130–4.``: an author-date note, the author (a
    Chinese name in pinyin family name first), the year that tells which of the author's works
    the bibliography lists, and the pages cited (``extra["locator"]``); no title."""
    text = draft.text
    head = AUTHOR_YEAR_NOTE_PATTERN.match(text, start, end)
    if head is None or LOCATOR_PATTERN.fullmatch(text, head.end(), end) is None:
        return False
    names = head["names"]
    pinyin = all(PINYIN_WORD_PATTERN.fullmatch(word) for word in names.split())
    if " " not in names:
        name: Name | None = Name(family=names)
    else:  # "Li Rui 1992": pinyin, family name first
        name = given_first_name(names, text, family_first=pinyin)
    if name is None:
        return False
    draft.authors.append(name)
    draft.spans.append(Span(field="authors", start=start, end=head.end("names")))
    draft.put("date", DateRange.of(int(head["year"])), *head.span("year"))
    put_locator(draft, head.end(), end)
    draft.short_note = True
    return True


def romanized_title_volume(draft: Draft, start: int, end: int) -> bool:
    """``Meiji tennōki, 8, p. 428.``: a work in Japanese or Chinese cited before by its
    romanized title alone (its syllables say so), the volume and the page."""
    text = draft.text
    found = TITLE_VOLUME_PAGE_PATTERN.match(text, start, end)
    if (
        found is None
        or romanized_language(found["title"]) is None
        or LOCATOR_PATTERN.fullmatch(text, found.end(), end) is None
    ):
        return False
    put_text(draft, "title", found.span("title"))
    draft.put("volume", found["volume"], *found.span("volume"))
    put_locator(draft, found.end(), end)
    draft.short_note = True
    return True


def title_volume_year(draft: Draft, start: int, end: int) -> bool:
    """``Soviet Tajik Encyclopedia, vol. 7, 1987, p. 176.``: a work with no author (an
    encyclopedia) cited by its title, volume and year, the page perhaps after them."""
    text = draft.text
    found = TITLE_VOLUME_YEAR_PATTERN.match(text, start, end)
    if found is None:
        return False
    rest = trim(text, found.end(), end, " \t.,")
    if rest[0] < rest[1] and LOCATOR_PATTERN.fullmatch(text, found.end(), end) is None:
        return False
    put_text(draft, "title", found.span("title"))
    draft.put("volume", found["volume"], *found.span("volume"))
    draft.put("date", DateRange.of(int(found["year"])), *found.span("year"))
    put_locator(draft, found.end(), end)
    return True


def short_title_in(draft: Draft, start: int, end: int) -> bool:
    """``Stalin Correspondence, 1:33–34.``: a book cited before by its short title alone and the
    volume and page, after a letter's writer, addressee and day and ``in``."""
    text = draft.text
    locator_start, found = short_locator(text, start, end)
    title = trim(text, start, locator_start, " \t,")
    if found is None or title[0] >= title[1] or not opens_title(text[title[0]]):
        return False
    take_title(draft, title[0], title[1], brackets=False)
    draft.short_note = True
    put_locator(draft, locator_start, end)
    return True


def _title_limit(text: str, start: int, end: int) -> int:
    """Where a short note's title ends before ``(henceforth Ostrovsky)``, a note to the reader
    on how the work is cited from then on."""
    opening = text.find("(", start, end)
    while opening >= 0:
        if text.startswith(SHORT_TITLE_WORDS, opening + 1):
            return opening
        opening = text.find("(", opening + 1, end)
    return end


def _pageless(
    text: str, people: list[Name], title: tuple[int, int], *, stops: bool = True, words: int = 2
) -> bool:
    """``Ilizarov, Tainaia zhizn’ Stalina.``: a short note without a page, read only when the
    author is a bare family name and the rest, up to its full stop (``stops``; otherwise up to
    the aside that stands for the page), a title of two words at least with no figure, comma or
    further sentence in it (a full citation has one of these)."""
    printed = text[slice(*title)]
    return (
        (text.startswith(".", title[1]) or not stops)
        and all(person.given is None for person in people)
        # "Moscow, Progress Publishers.": an imprint, not a note
        and not any((person.family or "") in CITIES for person in people)
        and not any(word.casefold().strip(".,") in PUBLISHER_WORDS for word in printed.split())
        and len(printed.split()) >= words
        and (text[title[0]].isupper() or text[title[0]] in QUOTES)
        and not any(char.isdigit() or char in ",.;:()[]" for char in printed)
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


def _before_years(text: str, title: tuple[int, int]) -> int:
    """Where a short title ends before the span of years closing it (``GULAG. 1917–1960``)."""
    years = SHORT_TITLE_YEARS_PATTERN.search(text, *title)
    return title[1] if years is None else years.start()


def short_note(draft: Draft, start: int, end: int, *, pageless: bool = False) -> bool:
    """``Barnes, Death and Redemption, 45.``: the family name, a short title, the cited page;
    ``V. Kaminskii and I. Vereshchagin, Detsvo i yunost’ vozhdya, p. 48.``: with the given names
    (then a title of two words at least). ``pageless``: the title may end at ``end`` without
    a full stop, an aside after it standing for the page."""
    text = draft.text
    head = short_head(text, start, end)
    if head is None:
        return False
    people, title_start = head
    role = "authors"
    comma = text.find(", ", title_start, min(end, title_start + 12))
    if comma > title_start and text[title_start:comma].lower() in EDITOR_ROLES:
        role, title_start = "editors", comma + 2  # "Kimball, ed., Churchill and Roosevelt"
    elif text[start:title_start].rstrip(", ").endswith(")"):
        role = "editors"  # "Getty and Naumov (eds), The Road to Terror, pp. 589–90."
    locator_start, found = short_locator(text, title_start, end)
    dashed = DASHED_PAGE_PATTERN.search(text, title_start, end) if found is None else None
    if dashed is not None:  # "Khlevniuk, Stalin: New Biography of a Dictator. – Р. 252."
        locator_start = dashed.start() + 1
    title = trim(text, title_start, _title_limit(text, title_start, locator_start), " \t,")
    imprint = UNDATED_BARE_IMPRINT_PATTERN.search(text, *title) if found is not None else None
    if imprint is not None and imprint["place"] in CITIES:
        title = trim(text, title[0], imprint.start(), " \t,")
    else:
        imprint = None
    dated = SHORT_TITLE_YEAR_PATTERN.search(text, *title) if found is not None else None
    if dated is not None and trim(text, title[0], dated.start(), " \t,")[1] > title[0]:
        # "Tanizaki Junichirō, Setsuyō Zuihitsu (Osaka Essays), 1935, 229-33.": the year
        title = trim(text, title[0], dated.start(), " \t,")
    else:
        dated = None
    romanized = title[0] < title[1] and _romanized(text[slice(*title)])
    if (dashed is not None and not _sentence_break(text, *title)) or (
        found is None
        and (
            _pageless(text, people, title, stops=not pageless)
            or (romanized and _pageless(text, [], title, stops=not pageless, words=1))
        )
    ):
        pass
    elif (
        found is None
        or title[1] <= title[0]
        or _sentence_break(text, title[0], _before_years(text, title))
        or not (text[title[0]].isupper() or text[title[0]] in QUOTES or text[title[0]] == "*")
        or (
            any(person.given for person in people)
            and len(text[slice(*title)].split()) < 2
            and not romanized
            and not _initials_and_page(text, people, locator_start, end)
        )
    ):
        return False
    if (romanized and east_asian_languages(text[slice(*title)]) == ("zh",)) or _japanese_work(
        text, start, title_start, title
    ):
        people = [_family_first(text, start, person) for person in people]
    (draft.editors if role == "editors" else draft.authors).extend(people)
    draft.spans.append(Span(field=role, start=start, end=title_start))
    _short_title(draft, title)
    draft.short_note = True
    if imprint is not None:  # "…, Harmondsworth: Penguin, P.119.": the book's undated imprint
        draft.put("place", Text(original=imprint["place"]), *imprint.span("place"))
        put_plain_text(draft, "publisher", *imprint.span("publisher"))
    if dated is not None:
        draft.put("date", DateRange.of(int(dated["year"])), *dated.span("year"))
    if found is not None:
        put_locator(draft, locator_start, end)
    elif dashed is not None:
        draft.put_extra("locator", join_dash(dashed["locator"]), *dashed.span("locator"))
    return True


def _japanese_work(text: str, start: int, title_start: int, title: tuple[int, int]) -> bool:
    """``Tanizaki Junichirō, Setsuyō Zuihitsu (Osaka Essays)``, ``Hasegawa Shigure, Kyūbun
    Nihombashi (…)``: a name with a macron, or a title romanized from Japanese (Hepburn with a
    macron, three words or a translation after it), names its author the Japanese way, family
    name first."""
    kept, gloss = parenthesized_gloss(text, *title)
    if kept[0] >= kept[1]:
        return False
    named = any(char in "āīūēō" for char in text[start:title_start])
    return named or romanized_language(text[slice(*kept)], glossed=gloss is not None) == "ja"


def titled_short_note(draft: Draft, start: int, end: int) -> bool:
    """``Pis’ma I. V. Stalina V. M. Molotovu, p. 194``, ``Stalin i Kaganovich. Perepiska.
    1931–1936 gg., p. 51.``, ``Sochineniia, XIII: 113–4.``: a work cited before by its title
    alone (a collection of documents, a set of works) and the page; read when the title, which
    has no comma, is no English (romanized Russian, or no English word and a labelled page) and
    names no person."""
    text = draft.text
    if text[start] in QUOTES or not text[start].isupper():
        return False
    locator_start, found = short_locator(text, start, end)
    if found is None:
        return False
    title = trim(text, start, locator_start, " \t,")
    printed = text[slice(*title)]
    words = [word.strip(".’'").lower() for word in printed.split()]
    labelled = text.startswith(("p.", "pp."), trim(text, locator_start, end, " \t,")[0])
    if (
        "," in printed
        or _sentence_break(text, *title)  # "Stalin i Kaganovich. Perepiska. …": see the report
        or any(word in _REFERRING_WORDS for word in words)
        or printed.split()[0] in GIVEN_NAMES
        or is_initial(printed.split()[0])
        or printed.rstrip(".") in CITIES
    ):
        return False
    russian = latin_title_language(printed.rstrip(".")) == "ru" or english_score(printed) < 0
    plain = labelled and len(words) >= 2 and not any(word in ENGLISH_WORDS for word in words)
    if not (russian or plain) or romanized_language(printed) is not None:
        return False
    put_text(draft, "title", (title[0], strip_final_dot(text, *title)))
    if draft.language is None and latin_title_language(printed.rstrip(".")) == "ru":
        draft.language = "ru"
    draft.short_note = True
    put_locator(draft, locator_start, end)
    return True


# The words by which a note refers to a work cited before without naming it: no title
_REFERRING_WORDS = frozenset(("ibid", "ibidem", "idem", "op", "cit", "loc", "supra", "see"))


def _initials_and_page(text: str, people: list[Name], locator_start: int, end: int) -> bool:
    """``A. Ulam, Stalin, p. 25.``: a one-word title after names with initials is a short note
    when its page is labelled ``p.``."""
    page = trim(text, locator_start, end, " \t,")[0]
    return text.startswith(("p. ", "pp. ", "p.", "pp."), page) and all(
        person.given and all(is_initial(word) for word in person.given.split()) for person in people
    )


def stopped_short_note(draft: Draft, start: int, end: int) -> bool:
    """``A. Ulam. Stalin. p. 25.``: a short note in sentences, the author with initials, the
    title and the labelled page each closed by a full stop."""
    text = draft.text
    match = STOPPED_SHORT_NOTE_PATTERN.fullmatch(text, start, end)
    person = given_first_name(match["name"], text) if match is not None else None
    if match is None or person is None:
        return False
    draft.authors.append(person)
    draft.spans.append(Span(field="authors", start=start, end=match.end("name")))
    _short_title(draft, match.span("title"))
    draft.short_note = True
    draft.put_extra("locator", join_dash(match["locator"]), *match.span("locator"))
    return True


def family_stop_note(draft: Draft, start: int, end: int) -> bool:
    """``Holtom. The National Faith of Japan. P. 23–24.``, ``Скачков. Русско-китайские
    отношения. С. 67-69``: a work cited again in a Russian note, by the author's family name
    alone (or two joined by ``and``/``и``), a short title of two words at least, perhaps the
    volume, and the labelled page, each closed by a full stop; a list's entry without the page
    when the title is printed as one (``_listed_title``). Not read when the first sentence is a
    newspaper, a town, a kind of work or a word that refers back (``Ibid.``)."""
    text = draft.text
    match = FAMILY_STOP_NOTE_PATTERN.fullmatch(text, start, end)
    if match is None:
        return False
    families = JOINED_FAMILIES_PATTERN.split(match["names"])
    words = match["title"].split()
    if (
        len(words) < 2
        or any(
            family in CITIES
            or family.lower() in TITLE_INFO_WORDS
            or family.lower() in _REFERRING_WORDS
            or family in GIVEN_NAMES
            or is_newspaper(family)
            for family in families
        )
        or is_newspaper(match["title"])
        or (match["locator"] is None and not _listed_title(match["title"]))
    ):
        return False
    draft.authors.extend(Name(family=family) for family in families)
    draft.spans.append(Span(field="authors", start=start, end=match.end("names")))
    put_text(draft, "title", match.span("title"))
    if script_of(match["title"]) == "Cyrl" and draft.language is None:
        draft.language = "ru"
    if match["volume"]:
        draft.put("volume", match["volume"], *match.span("volume"))
    if match["locator"] is not None:
        pages = ", ".join(join_dash(part) for part in match["locator"].split(","))  # "xiv, 73-77"
        draft.put_extra("locator", pages, *match.span("locator"))
    draft.short_note = True
    return True


def _listed_title(title: str) -> bool:
    """A title named without a page after the family name (``Hall. Government and Local Power
    in Japan 500–1700 – A Study Based on Bizen Province.``): in Latin script, three words at
    least, every word of four letters or more capitalised, as a title is printed and the
    sentence after a one-word sentence of prose is not."""
    words = title.split()
    long_words = [word for word in words if len(word) >= 4 and word[0].isalpha()]
    return (
        script_of(title) == "Latn"
        and len(words) >= 3
        and len(long_words) >= 2
        and all(word[0].isupper() for word in long_words)
    )


def _word_gloss(text: str, title: tuple[int, int]) -> tuple[tuple[int, int], str | None]:
    """``Sochineniia (Works)``: a romanized title and a word or two of its translation in
    brackets, too short to be told English by its words."""
    opening = text.rfind(" (", *title)
    if opening < 0 or text[title[1] - 1] != ")":
        return title, None
    kept = trim(text, title[0], opening, " \t")
    gloss = text[opening + 2 : title[1] - 1]
    words = gloss.split()
    if not (
        0 < len(words) <= _GLOSS_WORDS
        and all(word[:1].isupper() or word in ENGLISH_WORDS for word in words)
        and not any(char.isdigit() or char in "()[]" for char in gloss)
        and (east_asian_languages(text[slice(*kept)]) or english_score(text[slice(*kept)]) < 0)
        and not east_asian_languages(gloss)
    ):
        return title, None
    return kept, gloss


def _family_first(text: str, start: int, person: Name) -> Name:
    """``Zou Rong, Gemingjun, 1``: a two-word name before a title in pinyin is printed the
    Chinese way, family name first, though both its words are family names."""
    given, family = person.given or "", person.family or ""
    if " " in given or " " in family or not given or not east_asian_languages(given):
        return person
    if text.find(given, start) < text.find(family, start):
        return person.model_copy(update={"family": given, "given": family})
    return person


def _romanized(title: str) -> bool:
    """``Qingdai tongshi``, ``Gemingjun``: a title all in pinyin or Hepburn syllables, no English
    word in it: a work of East Asian scholarship cited in short, whose author has a given
    name."""
    return bool(east_asian_languages(title)) and english_score(title) <= 0


def _short_title(draft: Draft, title: tuple[int, int]) -> None:
    """A short note's title, with its translation in brackets (``Sochineniia (Works)``) and the
    book that holds it (``‘K voprosu …’, in Sochineniia``)."""
    text = draft.text
    bare = trim(text, *title, " \t,.‘’“”\"'«»")
    lang = romanized_language(text[slice(*bare)]) if bare[0] < bare[1] else None
    if lang is not None and draft.language is None:
        draft.language = lang  # "Xiao Yishan, Qingdai tongshi.": a title in pinyin
    if text[title[0]] in QUOTES:
        closing = find_closing(text, title[0], title[1], text[title[0]])
        held = trim(text, closing + 1, title[1], " \t,") if closing > title[0] else title
        gloss = None
        if closing > title[0] and text.startswith("(", held[0]):
            close = text.find(")", held[0], held[1])  # "‘‘Datsu-a ron’’ (On Casting Off Asia)"
            if close > held[0]:
                gloss, held = text[held[0] + 1 : close], trim(text, close + 1, held[1], " \t,")
        if closing > title[0] and (held[0] >= held[1] or text.startswith(_IN, held[0])):
            inner = (title[0] + 1, strip_final_dot(text, title[0] + 1, closing))
            lang = romanized_language(text[slice(*inner)], glossed=gloss is not None)
            if lang is not None and draft.language is None:
                draft.language = lang  # "Fukuzawa, ‘‘Datsu-a ron’’ (On Casting Off Asia), in …"
            put_text(draft, "title", inner, gloss)
        else:
            held = trim(text, take_title(draft, title[0], title[1], brackets=False), title[1])
        if held[0] < held[1] and text.startswith(_IN, held[0]):
            in_container(draft, *held)  # "Lenin, ‘K voprosu …’, in Sochineniia, vol. 45"
        return
    within = text.find(", in ", *title)
    if within > title[0]:  # "Yōshō Jidai (My Boyhood), in Collected Works, XXIX": its book
        _short_title(draft, trim(text, title[0], within, " \t,"))
        book = trim(text, within + 5, title[1], " \t,")
        volume = CONTAINER_VOLUME_PATTERN.search(text, *book)
        if volume is not None:
            draft.put("volume", volume["volume"], *volume.span("volume"))
            book = trim(text, book[0], volume.start(), " \t,")
        put_text(draft, "container_title", book)
        draft.chapter = True
        return
    kept, gloss = parenthesized_gloss(text, *title)
    if gloss is None:
        kept, gloss = _word_gloss(text, title)
    if gloss is None and _before_years(text, title) < title[1]:
        put_text(draft, "title", (title[0], strip_final_dot(text, *title)))  # "GULAG. 1917–1960"
        return
    if gloss is None:
        take_title(draft, title[0], title[1], brackets=False)
        return
    lang = romanized_language(text[slice(*kept)], glossed=True)
    if lang is not None and draft.language is None:
        draft.language = lang
    put_text(draft, "title", kept, gloss)
