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
    NewspaperReference,
    Reference,
    Text,
    ThesisReference,
    WebpageReference,
)
from archivecite.parse.published.draft import Draft, PublishedParse
from archivecite.parse.published.newspapers import name_as_container, newspaper_issue
from archivecite.parse.published.romanized_items import english_score, latin_title_language
from archivecite.parse.published.terms import (
    COLLECTION_MARKERS,
    LEGAL_MARKERS,
    imprint_language,
)
from archivecite.parse.published.titles import put_plain_text, put_text
from archivecite.parse.published.trailers import find_doi


def settle_loose(draft: Draft, *, legal: bool) -> int:
    """Give sentences nothing claimed a field; return where the unexplained tail begins."""
    rest = len(draft.text)
    for start, end in draft.loose:
        if legal and not draft.has("publisher"):
            put_plain_text(draft, "publisher", start, end)
        elif not (draft.thesis or draft.has("container_title") or draft.has("publisher")):
            put_text(draft, "container_title", (start, end))
        else:
            rest = min(rest, start)
    return rest


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
    if draft.language is not None or (isinstance(title, Text) and title.lang is not None):
        return
    place, publisher = (draft.values.get(name) for name in ("place", "publisher"))
    imprint = imprint_language(
        place.original if isinstance(place, Text) else None,
        publisher.original if isinstance(publisher, Text) else None,
    )
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


def cited_by_day(draft: Draft) -> bool:
    """``Pravda, 5 March 1937, p. 2.``: a newspaper cited by its day, no article named."""
    return draft.day_date and draft.has("container_title") and draft.has("date")


def finish(draft: Draft, label: str | None, body: tuple[int, int]) -> PublishedParse | None:
    if newspaper_issue(draft):
        name_as_container(draft)
    if cited_by_issue(draft) or cited_by_day(draft) or cited_by_volume(draft):
        pass
    elif not draft.has("title") or not (
        draft.has("date")
        or any(draft.has(n) for n in ("container_title", "publisher", "url"))
        or draft.short_note
    ):
        return None
    find_doi(draft)
    settle_title_language(draft)
    title = str(draft.values.get("title", ""))
    legal = not draft.authors and has_marker(title.lower(), LEGAL_MARKERS)
    rest_start = settle_loose(draft, legal=legal)
    try:
        reference = build(draft, kind_of(draft))
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
