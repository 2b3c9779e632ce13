"""Turning a draft into a typed reference: kind, fields, confidence."""

from __future__ import annotations

from typing import Any

from archivecite.model import (
    ArticleReference,
    BookReference,
    ChapterReference,
    CollectionReference,
    Identifier,
    LegalReference,
    Name,
    NewspaperReference,
    Reference,
    Text,
    ThesisReference,
    WebpageReference,
)
from archivecite.parse.published.chicago_patterns import HEPBURN_WORD_PATTERN
from archivecite.parse.published.draft import Draft, PublishedParse
from archivecite.parse.published.names import latin_initials, romaji_family_first
from archivecite.parse.published.newspapers import (
    name_as_container,
    newspaper_issue,
    newspaper_language,
)
from archivecite.parse.published.patterns import (
    CAPITALISED_SYLLABLES_PATTERN,
    NOTE_PAGE_PATTERN,
    SYLLABLE_GIVEN_NAME_PATTERN,
    TITLE_BOOK_PATTERN,
    TITLE_SERIES_PATTERN,
    TITLE_TRANSLATED_FROM_PATTERN,
)
from archivecite.parse.published.romanized_items import (
    english_score,
    latin_title_language,
    romanized_language,
)
from archivecite.parse.published.scanning import script_of, trim
from archivecite.parse.published.terms import (
    CJK_IMPRINT_ONLY_ENDINGS,
    COLLECTION_MARKERS,
    ENGLISH_BOOK_PLACES,
    GIVEN_NAMES,
    LEGAL_MARKERS,
    PAGE_LABELS,
    imprint_language,
)
from archivecite.parse.published.titles import put_plain_text, put_text
from archivecite.parse.published.trailers import find_doi
from archivecite.translit.palladius import looks_like_palladius
from archivecite.translit.wade_giles import looks_like_wade_giles


def settle_loose(draft: Draft, *, legal: bool) -> int:
    """Give sentences nothing claimed a field; return where the unexplained tail begins."""
    rest = len(draft.text)
    for start, end in draft.loose:
        if not draft.has("publisher") and (legal or _imprint_only(draft.text, start, end)):
            put_plain_text(draft, "publisher", start, end)
        elif not (draft.thesis or draft.has("container_title") or draft.has("publisher")):
            put_text(draft, "container_title", (start, end))
        else:
            rest = min(rest, start)
    return rest


def _imprint_only(text: str, start: int, end: int) -> bool:
    """``中央文献出版社``: a sentence only a publisher's name ends so, never a journal's."""
    start, end = trim(text, start, end, " \t.,;:")
    return start < end and text[start:end].endswith(CJK_IMPRINT_ONLY_ENDINGS)


def kind_of(draft: Draft) -> str:
    """The first kind whose evidence the draft carries; a book when none does."""
    title = str(draft.values.get("title", "")).lower()
    container = draft.has("container_title")
    numbered = any(draft.has(name) for name in ("issue", "pages", "volume"))
    site_only = draft.has("url") and not any(draft.has(n) for n in ("publisher", "place", "date"))
    rules = (
        (draft.kind is not None, draft.kind or ""),
        (draft.thesis, "thesis"),
        (draft.chapter, "chapter"),
        (not (draft.authors or container) and has_marker(title, LEGAL_MARKERS), "legal"),
        (container and draft.day_date, "newspaper"),
        (container and numbered, "article"),
        (not container and has_marker(title, COLLECTION_MARKERS), "collection"),
        (site_only, "webpage"),
        (container and not draft.has("publisher"), "article"),
    )
    return next((kind for holds, kind in rules if holds), "book")


def has_marker(title: str, markers: tuple[str, ...]) -> bool:
    return any(marker in title for marker in markers)


KINDS: dict[str, type[Any]] = {
    "article": ArticleReference,
    "book": BookReference,
    "chapter": ChapterReference,
    "collection": CollectionReference,
    "legal": LegalReference,
    "newspaper": NewspaperReference,
    "thesis": ThesisReference,
    "webpage": WebpageReference,
}


_SHORT_NOTE_CONFIDENCE = 0.45


IDENTIFIER_SCHEMES = ("doi", "pmid", "isbn", "issn", "patent")


FIELDS = (
    "title",
    "container_title",
    "date",
    "volume",
    "issue",
    "pages",
    "publisher",
    "place",
    "url",
    "accessed",
    "edition",
    "number_of_volumes",
    "series",
)


def build(draft: Draft, kind: str) -> Reference:
    fields: dict[str, Any] = {name: draft.values[name] for name in FIELDS if name in draft.values}
    fields["authors"] = tuple(draft.authors)
    fields["editors"] = tuple(draft.editors)
    fields["translators"] = tuple(draft.translators)
    fields["language"] = draft.language or language_of(
        fields.get("title") or fields.get("container_title")
    )
    identifiers = tuple(
        Identifier(scheme=scheme, value=draft.values[scheme])
        for scheme in IDENTIFIER_SCHEMES
        if scheme in draft.values
    )
    if identifiers:
        fields["identifiers"] = identifiers
    if "extra" in draft.values:
        fields["extra"] = draft.values["extra"]
    if kind == "chapter":
        fields["container_authors"] = tuple(draft.container_editors)
    elif draft.container_editors:
        fields["editors"] = tuple(draft.editors + draft.container_editors)
    if kind == "thesis" and "degree" in draft.values:
        fields["degree"] = draft.values["degree"]
    reference: Reference = KINDS[kind](**fields)
    return reference


def settle_title_language(draft: Draft) -> None:
    """Give a title in Latin letters that no reader gave a language the one its words tell, with
    the imprint's help (:func:`latin_title_language`): ``V. A. Sakharov, Politicheskoe
    zaveshchanie Lenina (Moscow, 2003)`` is ``ru-Latn``, ``Nagai Kafu, Kafu Zenshu (Iwanami
    Shoten, 1994)`` ``ja-Latn``; an English title keeps none. A journal cited without an
    article (``Izvestiia TsK KPSS, no. 8 (1991): 182.``) is told by its own name."""
    title, container = draft.values.get("title"), draft.values.get("container_title")
    place, publisher = (draft.values.get(name) for name in ("place", "publisher"))
    imprint = imprint_language(
        place.original if isinstance(place, Text) else None,
        publisher.original if isinstance(publisher, Text) else None,
    )
    cyrillic = isinstance(title, Text) and script_of(title.original) == "Cyrl"
    if (
        cyrillic
        and draft.language is None
        and isinstance(title, Text)
        and transcribed_title(draft, title, imprint)
    ):
        return
    if draft.language is not None or (isinstance(title, Text) and title.lang is not None):
        return
    lang = latin_title_language(title.original, imprint=imprint) if title else None
    if lang is None and isinstance(container, Text) and container.lang is None:
        # "Masaki Hiroshi, Chikakiyori, in Showa Nimannichi no Zenkiroku … (Kodansha, 1989)": a
        # title of one word, not English, takes the language of the book that holds it
        lang = latin_title_language(container.original, imprint=imprint)
        if lang is None:
            return
        if isinstance(title, Text) and (
            english_score(title.original) > 0 or len(title.original.split()) > 1
        ):
            return
        draft.values["container_title"] = container.model_copy(update={"lang": f"{lang}-Latn"})
    if lang is not None and isinstance(title, Text):
        draft.values["title"] = title.model_copy(update={"lang": f"{lang}-Latn"})


def transcribed_title(draft: Draft, title: Text, imprint: str | None) -> bool:
    """A Japanese or Chinese book cited in Russian transcription, told by its imprint (and a
    Chinese one by its title's Palladius syllables: a Russian book printed in Peking is none):
    ``Акиба Ясутаро. О:кагами-но кэнкю: [Изучение О:кагами] Токио, 1960-1961`` is in
    Japanese, ``Бэй ши (История северных [династий]). Т. 1-10. Пекин, 1974`` in Chinese. The
    Russian gloss in brackets after the title (``(История северных [династий])``, ``Сэнгоку-но
    хэйси то но мин (Воины и крестьяне в период межфеодальных войн). Токио, 1978``) is its
    translation, not part of it; so is a Chinese title's printed outside Peking (``Ши цзи цыдянь
    (Словарь «Исторических записок»). Цзинань, 1991``)."""
    value, gloss = _without_gloss(title.original)
    words = value.split()
    while words and not words[-1].replace("-", "").isalpha():
        words.pop()  # "Лян шу 'Щ": characters garbled in a copy after the transcription
    if imprint != "ja" and not (imprint == "zh" and looks_like_palladius(" ".join(words))):
        return False
    update: dict[str, Any] = {"lang": f"{imprint}-Cyrl"}
    if gloss is not None:
        update |= {"original": value, "translations": {**title.translations, "ru": gloss}}
        span = next((span for span in draft.spans if span.field == "title"), None)
        if span is not None:
            printed = draft.text[span.start : span.end].rstrip(" .")
            end = trim(draft.text, span.start, span.start + printed.rfind("("), " \t.")[1]
            draft.spans[draft.spans.index(span)] = span.model_copy(update={"end": end})
    draft.values["title"] = title.model_copy(update=update)
    draft.language = imprint
    return True


def _without_gloss(title: str) -> tuple[str, str | None]:
    """``Бэй ши (История северных [династий])`` → ``("Бэй ши", "История северных
    [династий]")``: a closing bracketed gloss of two words or more, in Cyrillic."""
    if not title.endswith(")") or title.count("(") != 1 or title.startswith("("):
        return title, None
    opening = title.index("(")
    gloss = title[opening + 1 : -1].strip()
    if len(gloss.split()) < 2 or script_of(gloss) != "Cyrl":
        return title, None
    return title[:opening].rstrip(" ."), gloss  # "Митогаку тайкэй. (Наследие «школы Мито»)"


def book_of_title(draft: Draft) -> None:
    """``Триумф и трагедия. Политический портрет И.В.Сталина (книга 2)``: the book of a work
    printed in several, in brackets closing its title, is kept as ``extra["book"]`` (as ``Т. V,
    К. 2`` is), not as part of the title."""
    title = draft.values.get("title")
    span = next((span for span in draft.spans if span.field == "title"), None)
    book = TITLE_BOOK_PATTERN.search(title.original) if isinstance(title, Text) else None
    if book is None or span is None or not isinstance(title, Text) or book.start() == 0:
        return
    if "book" in draft.values.get("extra", {}):
        return
    printed = draft.text.rfind("(", span.start, span.end)
    draft.values["title"] = title.model_copy(update={"original": title.original[: book.start()]})
    draft.spans[draft.spans.index(span)] = span.model_copy(
        update={"end": trim(draft.text, span.start, printed, " \t")[1]}
    )
    draft.put_extra("book", book["book"], printed + 1, trim(draft.text, printed, span.end, " )")[1])


def translated_from(draft: Draft) -> None:
    """``Фаулер, М. Шаблоны корпоративных приложений: пер. с англ. / М. Фаулер. — М.: …``,
    ``Грас Дж. Data Science. Наука о данных с нуля: Пер. с англ. – СПб.: …``: the language a
    Russian book was translated from, printed after a colon closing its title (GOST's
    "other title information"), kept as ``extra["translated_from"]``, not as part of the
    title."""
    title = draft.values.get("title")
    span = next((span for span in draft.spans if span.field == "title"), None)
    if not isinstance(title, Text) or span is None:
        return
    found = TITLE_TRANSLATED_FROM_PATTERN.search(draft.text, span.start, span.end)
    if found is None or found.start() <= span.start:
        return
    end = trim(draft.text, span.start, found.start(), " \t.")[1]
    value = " ".join(draft.text[span.start : end].split())
    if not title.original.startswith(value):  # a title read from other text than the span's
        return
    draft.values["title"] = title.model_copy(update={"original": value})
    draft.spans[draft.spans.index(span)] = span.model_copy(update={"end": end})
    draft.put_extra("translated_from", found["language"], *found.span("language"))


def series_of_title(draft: Draft) -> None:
    """``Deterrent Diplomacy: Japan, Germany and the USSR 1935-1945 (Japan's road to the Pacific
    War Series)``: a series named as one in brackets closing the title is the series, not part
    of the title."""
    title = draft.values.get("title")
    span = next((span for span in draft.spans if span.field == "title"), None)
    found = TITLE_SERIES_PATTERN.search(title.original) if isinstance(title, Text) else None
    if found is None or span is None or not isinstance(title, Text) or draft.has("series"):
        return
    printed = draft.text.rfind("(", span.start, span.end)
    if printed < 0:
        return
    draft.values["title"] = title.model_copy(update={"original": title.original[: found.start()]})
    draft.spans[draft.spans.index(span)] = span.model_copy(
        update={"end": trim(draft.text, span.start, printed, " \t")[1]}
    )
    series = trim(draft.text, printed + 1, span.end, " )")
    draft.put("series", Text(original=found["series"]), *series)


def family_before_syllables(name: Name) -> Name:
    """``Chen Yung-fa, Making Revolution …``, ``Chiang K'ai-shek, A Fortnight in Sian …``: a
    name read given name first whose "family name" is a given name of two syllables joined by a
    hyphen (Wade-Giles) was printed family name first, as Chinese names are."""
    family, given = name.family or "", name.given or ""
    # "by Chi Pang-Yuan": a Kirkus heading capitalises the second syllable
    capitalised = CAPITALISED_SYLLABLES_PATTERN.fullmatch(family) is not None
    syllables = SYLLABLE_GIVEN_NAME_PATTERN.fullmatch(family) or (
        capitalised and looks_like_wade_giles(f"{given} {family}")
    )
    if (
        name.original is None
        and syllables
        and given.isalpha()
        and given.istitle()
        and not SYLLABLE_GIVEN_NAME_PATTERN.fullmatch(given)
    ):
        return name.model_copy(update={"family": given, "given": family})
    return name


def _japanese_work(draft: Draft) -> bool:
    """A work with a romanized Japanese title from a Japanese publisher (``Fudoki (Topographical
    Reports). Ed. Akimoto Kichirō. Iwanami Shoten, 1958.``)."""
    title, publisher = draft.values.get("title"), draft.values.get("publisher")
    if not isinstance(title, Text) or not isinstance(publisher, Text):
        return False
    told = imprint_language(None, publisher.original)
    glossed = bool(title.translations)  # "Fudoki (Topographical Reports)": one word, glossed
    return told == "ja" and (
        title.lang == "ja-Latn"
        or romanized_language(title.original, glossed=glossed, imprint=told) == "ja"
    )


def _family_first_romaji(text: str, name: Name) -> Name:
    """``Ed. Akimoto Kichirō`` read given name first, turned round: the editor of a Japanese work
    printed family name first, as Japanese studies print the names of people published in
    Japan; only a name of two romanized words printed in that order without a comma, its first
    word no listed given name (``Ed. Donald Keene`` stays)."""
    family, given = name.family or "", name.given or ""
    words = (given, family)
    if (
        name.original is not None
        or len(family.split()) != 1
        or len(given.split()) != 1
        or given in GIVEN_NAMES
        or not all(HEPBURN_WORD_PATTERN.fullmatch(word) for word in words)
        or f"{given} {family}" not in text
    ):
        return name
    return name.model_copy(update={"family": given, "given": family})


def settle_english_place(draft: Draft) -> None:
    """``G. В. Sansom. A History of Japan to 1334. L., 1958, с. 423.``: the abbreviation a
    Russian note prints before the year of a book in English is London (``L.``), not Leningrad
    as before a Russian one."""
    title, place = draft.values.get("title"), draft.values.get("place")
    span = next((span for span in draft.spans if span.field == "place"), None)
    if not isinstance(title, Text) or not isinstance(place, Text) or span is None:
        return
    english = ENGLISH_BOOK_PLACES.get(draft.text[span.start : span.end].strip())
    if english is None or title.lang is not None or script_of(title.original) != "Latn":
        return
    if english_score(title.original) > 0:
        draft.values["place"] = Text(original=english)


def language_of(title: Text | None) -> str | None:
    if title is None or title.lang is None:
        return None
    return title.lang.split("-", 1)[0]


def confidence_of(draft: Draft, rest_start: int, body: tuple[int, int]) -> float:
    score = 0.2
    score += 0.2 if draft.has("title") else 0.0
    score += 0.15 if draft.has("date") else 0.0
    score += 0.15 if draft.authors or draft.editors else 0.0
    score += 0.15 if any(draft.has(n) for n in ("container_title", "publisher", "url")) else 0.0
    length = max(1, body[1] - body[0])
    explained = (min(rest_start, body[1]) - body[0]) / length
    return round(max(0.0, min(1.0, score + 0.15 * explained)), 3)


def cited_by_issue(draft: Draft) -> bool:
    """``Исторический архив. 1997. № 3. С. 117.``: a journal cited by year, issue and page, no
    article named (nor any person)."""
    numbered = draft.has("issue") or draft.has("volume")
    return (
        draft.has("container_title")
        and draft.has("date")
        and numbered
        and draft.has("pages")
        and not (draft.has("title") or draft.authors or draft.editors or draft.has("publisher"))
    )


def cited_by_volume(draft: Draft) -> bool:
    """``И.Сталин, т. 11, с.15–16.``: an author's collected works cited by volume and page, no
    title printed."""
    locator = draft.values.get("extra", {}).get("locator")
    return draft.short_note and bool(draft.authors) and draft.has("volume") and bool(locator)


def cited_by_year(draft: Draft) -> bool:
    """``Bo Yibo 1993, p. 706.``: an author-date note, its author, year and page, no title."""
    locator = draft.values.get("extra", {}).get("locator")
    return draft.short_note and bool(draft.authors) and draft.has("date") and bool(locator)


def cited_by_day(draft: Draft) -> bool:
    """``Pravda, 5 March 1937, p. 2.``: a newspaper cited by its day, no article named."""
    return draft.day_date and draft.has("container_title") and draft.has("date")


_CITED_RUN = 10  # pages: a run of a book this short is the passage a note cites


def cited_passage(draft: Draft) -> None:
    """``Kotkin Stephen. Magnetic Mountain … 1995. — P. 225-230.``, ``Громов Евгений. Сталин:
    власть и искусство. — М.: Республика, 1998. - С. 224-227.``: a whole book's page, or run of
    at most ten pages, after a page label is the passage the note cites (``extra["locator"]``);
    a longer run (``Анна Каренина. М.: Наука, 1970. С. 5–684``) is the part of a volume the
    entry is to, and pages in characters (``第37--38页``) keep the CJK readers' reading."""
    span = next((span for span in draft.spans if span.field == "pages"), None)
    pages = draft.values.get("pages")
    if span is None or not isinstance(pages, str) or "locator" in draft.values.get("extra", {}):
        return
    label = draft.text[max(0, span.start - 6) : span.start].rstrip(" \t.").rsplit(maxsplit=1)
    # a Latin "c", the look-alike a copy put for a Russian note's "с." ("Tokyo, 1958, c. 112")
    if not label or label[-1].lstrip("—–-,") not in (*PAGE_LABELS, "c"):
        return
    if not all(_cited_run(part) for part in pages.split(", ")):  # "490, 494": pages cited
        return
    draft.spans.remove(span)
    draft.put_extra("locator", draft.values.pop("pages"), span.start, span.end)


def cited_page(draft: Draft) -> None:
    """``[Е. М. Жуков.] Исторические корни японского милитаризма. — Японский милитаризм. М.,
    1972, с. 10.``: one page, not a run, after a comma and the book's year, as a note prints it
    (a list's ``… 1937. — С. 184.`` or ``…, 1995, p. 40`` is a one-page paper), is the page the
    note cites, not the chapter's extent."""
    pages = draft.values.get("pages")
    span = next((span for span in draft.spans if span.field == "pages"), None)
    if span is None or not isinstance(pages, str) or not pages.isdigit():
        return
    if NOTE_PAGE_PATTERN.search(draft.text, max(0, span.start - 12), span.start):
        cited_passage(draft)


def chapter_extent(draft: Draft) -> None:
    """``Hiroaki Kuromiya, ‘How Do We Know …’ in …, edited by Timo Vihavainen (St Petersburg:
    Evropeiski Dom, 2003), 30–49.``: a run of more than ten pages after a chapter's book in a
    note is the chapter's extent (``pages``), not the passage the note cites, as a short run is
    (``… (New Haven: Yale University Press, 2005), 275–76.``)."""
    locator = draft.values.get("extra", {}).get("locator")
    span = next((span for span in draft.spans if span.field == "locator"), None)
    if draft.has("pages") or not isinstance(locator, str) or span is None:
        return
    first, dash, last = locator.partition("-")
    if not (dash and first.isdigit() and last.isdigit()) or len(last) > len(first):
        return
    last = (
        first[: len(first) - len(last)] + last
    )  # "275-76": the last page's first figures left out
    if int(last) - int(first) <= _CITED_RUN:
        return
    del draft.values["extra"]["locator"]
    draft.spans.remove(span)
    draft.put("pages", locator, span.start, span.end)


def _cited_run(pages: str) -> bool:
    """``278``, ``224-227``: one page, or a run of at most ``_CITED_RUN`` pages."""
    first, _, last = pages.partition("-")
    short = last.isdigit() and first.isdigit() and 0 < int(last) - int(first) < _CITED_RUN
    return first.isdigit() and (not last or short)


def finish(draft: Draft, label: str | None, body: tuple[int, int]) -> PublishedParse | None:
    if newspaper_issue(draft):
        name_as_container(draft)
    if (
        cited_by_issue(draft)
        or cited_by_day(draft)
        or cited_by_volume(draft)
        or cited_by_year(draft)
    ):
        pass
    elif not draft.has("title") or not (
        draft.has("date")
        or any(draft.has(n) for n in ("container_title", "publisher", "url"))
        or draft.short_note
    ):
        return None
    find_doi(draft)
    settle_title_language(draft)
    settle_english_place(draft)
    book_of_title(draft)
    series_of_title(draft)
    translated_from(draft)
    for names in (draft.authors, draft.editors, draft.translators, draft.container_editors):
        names[:] = [
            latin_initials(family_before_syllables(romaji_family_first(draft.text, name)))
            for name in names
        ]
    if _japanese_work(draft):
        for names in (draft.editors, draft.container_editors):
            names[:] = [_family_first_romaji(draft.text, name) for name in names]
    title = str(draft.values.get("title", ""))
    legal = not draft.authors and has_marker(title.lower(), LEGAL_MARKERS)
    rest_start = settle_loose(draft, legal=legal)
    kind = kind_of(draft)
    if kind == "book":
        cited_passage(draft)
    elif kind == "chapter":
        cited_page(draft)
        chapter_extent(draft)
    elif kind == "newspaper" and not draft.has("title"):
        draft.language = draft.language or newspaper_language(draft)
    try:
        reference = build(draft, kind)
    except ValueError:  # a value the model refuses (a name without letters): not a reference
        return None
    spans = tuple(sorted(draft.spans, key=lambda span: (span.start, span.end)))
    confidence = confidence_of(draft, rest_start, body)
    if draft.short_note:  # a name, a title and a page: an archive's name reads the same way
        confidence = min(confidence, _SHORT_NOTE_CONFIDENCE)
    return PublishedParse(
        reference=reference,
        spans=spans,
        confidence=confidence,
        label=label,
        rest_start=rest_start,
    )
