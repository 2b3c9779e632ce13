"""The sentences of a romanized "References" entry between its authors and its anchor, sorted into
title, container, place and publisher, and the items after the anchor."""

from __future__ import annotations

import re

from archivecite.model import DateRange, Span, Text
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.events import strip_event
from archivecite.parse.published.gost_roles import is_medium
from archivecite.parse.published.names import role_names
from archivecite.parse.published.romanized_items import (
    EDGES,
    edition_value,
    english_score,
    is_acronym,
    is_city,
    is_publisher,
    place_like,
    put_items,
    read_items,
    starts_with,
)
from archivecite.parse.published.romanized_patterns import (
    DATE_WORDS_PATTERN,
    EDITED_BY_ROMAN_PATTERN,
    EDITION_PATTERN,
    ISBN_PATTERN,
    LANGUAGE_NOTE_PATTERN,
    PATENT_PATTERN,
    ROMAN_NUMERAL_PATTERN,
    THESIS_ROMAN_PATTERN,
    VOLUME_COUNT_ENGLISH_PATTERN,
    VOLUME_COUNT_ROMAN_PATTERN,
    VOLUME_TITLE_PATTERN,
)
from archivecite.parse.published.scanning import trim
from archivecite.parse.published.terms import (
    CONTAINER_OPENERS,
    DROPPED_OPENERS,
    JOURNAL_OPENERS,
    PATENT_COUNTRIES,
    PLACES,
)
from archivecite.parse.published.titles import put_text, romanized_then_original

Piece = tuple[int, int]


def is_doi_label(text: str, start: int, end: int) -> bool:
    return text[start:end].strip(" :").lower() == "doi"


class RomanizedReading:
    """Sorting the sentences before the anchor into title, container, place and the rest."""

    def __init__(
        self,
        draft: Draft,
        head: list[Piece],
        name: Piece,
        items: list[tuple[str, re.Match[str]]],
    ) -> None:
        self.draft = draft
        self.text = draft.text
        self.head = [piece for piece in head if piece[1] > piece[0]]
        self.name = name
        self.items = items
        self.after: list[tuple[str, re.Match[str]]] = []

    # the whole entry

    def read(self) -> bool:
        text, draft = self.text, self.draft
        name_start, name_end = self.name
        name = text[name_start:name_end]
        patent = PATENT_PATTERN.search(text, name_start, name_end) if name else None
        if patent is not None and patent.group(0).strip():
            return self._patent(patent)
        imprint = self._imprint(name_start, name_end)
        if not self.head and not imprint:
            return self._journal_in_one(name_start, name_end)
        if not self.head:
            return False
        head_start, head_end = self.head[0][0], self.head[-1][1]
        patent = PATENT_PATTERN.search(text, head_start, head_end)
        if patent is not None and patent["number"]:
            self.name = (patent.start(), patent.end())
            return self._patent(patent)
        thesis = THESIS_ROMAN_PATTERN.search(text, head_start, head_end)
        if thesis is not None:
            draft.thesis = True
            draft.put("degree", thesis.group(0).strip(), *thesis.span())
            self.head = self._cut(thesis.start(), thesis.end())
        if not imprint and len(self.head) > 1 and name_end > name_start:
            last = self.head[-1]
            if is_city(text[last[0] : last[1]]):  # "Obninsk. SSC RF-FEI, 1999, v. 1, pp. 63-69"
                self._put_place(*last)
                self._put_publisher(name_start, name_end)
                self.head = self.head[:-1]
                imprint = True
        if not imprint and name_end > name_start and (draft.thesis or self._extent_after()):
            self._put_publisher(name_start, name_end)  # "Springer New York, 2009. 745 p."
            imprint = True
        if imprint or self._year_alone():
            self.put_items(journal=False)
            return self._book()
        self.put_items(journal=True)
        return self._journal()

    def _year_alone(self) -> bool:
        """``Tucker Robert. Stalin as revolutionary, 1879—1929. A Study in History and
        Personality. 1973.``: a sentence of the year alone, no volume, issue nor page after it,
        closes a book without place or publisher; a journal's sentence names its numbers, so
        the sentences before the year are the title and its subtitle."""
        name_start, name_end = self.name
        return (
            name_end <= name_start
            and not self.after
            and all(kind == "year" for kind, _ in self.items)
        )

    def put_items(self, *, journal: bool) -> None:
        put_items(self.draft, self.items, journal=journal)

    def _cut(self, start: int, end: int) -> list[Piece]:
        """The head without ``text[start:end]`` (a thesis designation): what precedes it stays
        one piece, what follows it (a bracketed translation of it) is dropped."""
        kept: list[Piece] = []
        for piece_start, piece_end in self.head:
            if piece_end <= start:
                kept.append((piece_start, piece_end))
            elif piece_start < start:
                before = trim(self.text, piece_start, start, EDGES)
                if before[1] > before[0]:
                    kept.append(before)
            elif piece_start >= end:
                after = trim(self.text, piece_start, piece_end, EDGES)
                if after[1] > after[0] and not self.text.startswith("[", after[0]):
                    kept.append(after)
        return kept

    # imprint: "Moscow. Nauka Publ., 2005", "Vienna: IAEA, 2013", "Moscow, 2003"

    def _imprint(self, start: int, end: int) -> bool:
        text = self.text
        if start >= end:
            return False
        value = text[start:end]
        colon = value.find(": ")
        if colon > 0 and place_like(value[:colon]) and not starts_with(value, CONTAINER_OPENERS):
            self._put_place(start, start + colon)
            self._put_publisher(start + colon + 2, end)
            return True
        parts = [trim(text, *part, EDGES) for part in _commas(text, start, end)]
        if len(parts) > 1:
            first, last = parts[0], parts[-1]
            if is_city(text[first[0] : first[1]]) and (
                is_publisher(text[first[1] : end]) or len(parts) == 2
            ):  # "Moscow, Nauka Publ., 2005", "Moscow, Nauka, 1967"
                self._put_place(*first)
                self._put_publisher(parts[1][0], end)
                return True
            if is_city(text[last[0] : last[1]]):
                rest = trim(text, start, last[0], EDGES)
                self._put_place(*last)
                if is_publisher(text[rest[0] : rest[1]]) or not self._has_pages():
                    self._put_publisher(*rest)
                else:
                    self.name = rest  # "Selected Papers of IPPE, Obninsk, 2001, pp. 64-67"
                    return False
                return True
        if is_city(value) or PLACES.get(value):
            self._put_place(start, end)
            return True
        if is_publisher(value):
            self._put_publisher(start, end)
            return True
        return False

    def _extent_after(self) -> bool:
        """Whether the anchor or what follows it gives a number of pages ("745 p.")."""
        if any(kind == "extent" for kind, _ in self.items):
            return True
        return any(kind == "extent" for kind, _ in self.after)

    def _has_pages(self) -> bool:
        return any(kind == "pages" for kind, _ in self.items)

    def _put_place(self, start: int, end: int) -> None:
        value = self.text[start:end]
        self.draft.put("place", Text(original=PLACES.get(value, value)), start, end)

    def _put_publisher(self, start: int, end: int) -> None:
        start, end = trim(self.text, start, end, EDGES)
        last = self.text.rfind(" ", start, end)
        if last > start and self.text[last + 1 : end].rstrip(".,").lower() == "publ":
            end = trim(self.text, start, last, EDGES)[1]  # "Nauka Publ.": the publisher Nauka
        if end > start:
            self.draft.put("publisher", Text(original=self.text[start:end]), start, end)

    # books, chapters, proceedings, theses

    def _book(self) -> bool:
        text, draft = self.text, self.draft
        head = self.head
        if not draft.has("place") and len(head) > 1:
            final = text[head[-1][0] : head[-1][1]]
            if is_city(final) or (draft.has("publisher") and place_like(final)):
                self._put_place(*head[-1])
                head = head[:-1]
        title_end = len(head)
        container: int | None = None
        for index in range(1, len(head)):
            piece = text[head[index][0] : head[index][1]].lstrip("/ ")
            if self._special(*head[index]):
                title_end = min(title_end, index)
            elif starts_with(piece, CONTAINER_OPENERS) and container is None:
                title_end = min(title_end, index)
                container = index
        self.put_title(head[0][0], head[title_end - 1][1])
        if container is not None:
            last = container
            while (
                last + 1 < len(head)
                and not self._special(*head[last + 1], read=False)
                and not self._ends_with_date(*head[last])
            ):
                last += 1
            self._put_container(head[container][0], head[last][1])
            draft.chapter = True
        return True

    def _ends_with_date(self, start: int, end: int) -> bool:
        """``..., 15-17 May 2017``: a meeting's name closed by its dates; what follows (its
        organisers) is not part of the volume's title."""
        comma = self.text.rfind(", ", start, end)
        value = self.text[comma + 2 : end] if comma > start else ""
        return bool(value) and DATE_WORDS_PATTERN.fullmatch(value) is not None

    def _special(self, start: int, end: int, *, read: bool = True) -> bool:
        """An edition or editor statement, or an ISBN: read it (unless ``read`` is false)."""
        text, draft = self.text, self.draft
        edition = EDITION_PATTERN.match(text, start, end)
        if edition is not None and not EDITED_BY_ROMAN_PATTERN.match(text, start, end):
            if read:
                draft.values["edition"] = edition_value(edition)
                draft.spans.append(Span(field="edition", start=start, end=end))
            return True
        edited = EDITED_BY_ROMAN_PATTERN.match(text, start, end)
        if edited is not None:
            if read:
                draft.editors.extend(role_names(text[edited.end() : end], text))
                draft.spans.append(Span(field="editors", start=start, end=end))
            return True
        return ISBN_PATTERN.fullmatch(text, start, end) is not None

    # journals

    def _journal(self) -> bool:
        text = self.text
        name_start, name_end = self.name
        pieces = list(self.head)
        if name_end > name_start:
            pieces.append(self.name)
        if len(pieces) < 2:
            return False
        split = self._title_split(pieces)
        self.put_title(pieces[0][0], pieces[split - 1][1])
        self._put_container(pieces[split][0], pieces[-1][1])
        opener = starts_with(text[pieces[split][0] : pieces[split][1]], CONTAINER_OPENERS)
        if opener is not None and not (self.draft.has("issue") or self.draft.has("volume")):
            self.draft.chapter = True
        return True

    def _journal_in_one(self, start: int, end: int) -> bool:
        """``Title, Journal, 27 (3), 2003, pp. 313-326``: title and journal in the anchor."""
        comma = self.text.rfind(", ", start, end)
        if comma <= start:
            return False
        self.put_items(journal=True)
        self.put_title(start, comma)
        self._put_container(comma + 2, end)
        return True

    def _title_split(self, pieces: list[Piece]) -> int:
        """Index of the first sentence of the container."""
        text = self.text
        values = [text[start:end] for start, end in pieces]
        bracket = next((i for i, v in enumerate(values[:-1]) if v.endswith("]")), None)
        if bracket is not None:
            return bracket + 1  # "Title [Translation]. Journal"
        for index in range(1, len(values)):
            value = values[index].lstrip("/ ")
            if ROMAN_NUMERAL_PATTERN.fullmatch(value):
                continue  # "(RVYAG). II. Specific Models": a part of the title
            if starts_with(value, JOURNAL_OPENERS + CONTAINER_OPENERS) or is_acronym(value):
                return index
        scores = [english_score(value) for value in values]
        romanized_after = [False] * (len(values) + 1)  # every sentence from i on reads Russian
        romanized_after[len(values)] = True
        for index in range(len(values) - 1, -1, -1):
            romanized_after[index] = scores[index] <= 0 and romanized_after[index + 1]
        split = 1
        while split < len(values) - 1:
            value = values[split]
            glued = ROMAN_NUMERAL_PATTERN.fullmatch(value) or value[:1].islower()
            english = scores[split] > 0 and romanized_after[split + 1]
            if not (glued or english or ROMAN_NUMERAL_PATTERN.fullmatch(values[split - 1])):
                break
            split += 1
        return split

    # fields

    def put_title(self, start: int, end: int) -> None:
        text = self.text
        start, end = trim(text, start, end, EDGES)
        count = VOLUME_COUNT_ROMAN_PATTERN.search(text, start, end)
        if count is not None:  # "Istoriya Dagestana. V 4 t. [History of Dagestan. In 4 vols]"
            self.draft.put("number_of_volumes", count["count"], *count.span("count"))
        volume = VOLUME_TITLE_PATTERN.search(text, start, end)
        if volume is not None and count is None:  # "Grammatika ... Tom 1: Fonetika i ..."
            self.draft.put("volume", volume["volume"], *volume.span("volume"))
            self.draft.put_extra("volume_title", volume["title"], *volume.span("title"))
            count = volume
        self._put_text("title", start, end, cut=count.start() if count else None)

    def _put_container(self, start: int, end: int) -> None:
        text = self.text
        start, end = trim(text, start, end, EDGES)
        note = LANGUAGE_NOTE_PATTERN.match(text, start, end)
        if note is not None:  # "(in Russian) Perspektivnye Materialy": a note out of place
            start = trim(text, note.end(), end, EDGES)[0]
        dropped = starts_with(text[start:end], DROPPED_OPENERS)
        if dropped is not None:
            start = trim(text, start + len(dropped), end, EDGES + "«")[0]
            if text[start - 1 : start] == "«" and text[end - 1 : end] == "»":
                end -= 1
            elif text[start - 1 : start] == "«":
                start -= 1
        end = self._strip_event(start, end)
        self._put_text("container_title", start, end)

    def _put_text(self, field: str, start: int, end: int, *, cut: int | None = None) -> None:
        """``field`` from ``text[start:end]``, a trailing "[...]" being its English translation;
        the value ends at ``cut`` if given (a count of volumes before the translation, which
        the translation loses too)."""
        text = self.text
        translation = None
        if end > start and text[end - 1] == "]":
            opening = text.rfind("[", start, end)
            if opening > start:
                translation = text[opening + 1 : end - 1].strip()
                if is_medium(translation):  # "[Tekst]": the material, not a translation
                    self.draft.put_extra("medium", translation, opening + 1, end - 1)
                    translation = None
                end = trim(text, start, opening, EDGES)[1]
        if cut is not None:
            end = trim(text, start, min(end, cut), EDGES)[1]
            if translation is not None:  # "[History of Dagestan. In 4 vols]": the count read
                count = VOLUME_COUNT_ENGLISH_PATTERN.search(translation)
                translation = translation[: count.start()] if count else translation
        if end <= start:
            return
        value = text[start:end]
        if romanized_then_original(value):  # "Zhou Enlai xuanji 周恩来选集 [Selected works …]"
            put_text(self.draft, field, (start, end), translation)
            return
        self.draft.put(
            field,
            Text(
                original=value,
                lang=self._lang(value),
                translations={"en": translation} if translation else {},
            ),
            start,
            end,
        )

    def _strip_event(self, start: int, end: int) -> int:
        return strip_event(self.text, start, end)

    def _lang(self, value: str) -> str | None:
        if any("\u0400" <= char <= "\u04ff" for char in value):
            return "ru"
        language = self.draft.language
        if language in (None, "en"):
            return None
        return "en" if english_score(value) > 0 else f"{language}-Latn"

    # patents

    def _patent(self, match: re.Match[str]) -> bool:
        draft = self.draft
        number = match["number"]
        if number is None:
            number = next((m["issue"] for kind, m in self.items if kind == "issue"), None)
        if number is None:
            return False
        country = match["before"] or match["after"]
        code = PATENT_COUNTRIES.get(country or "", "")
        value = " ".join(part for part in (code, "".join(number.split())) if part)
        draft.put("patent", value, *match.span())
        draft.kind = "legal"
        for kind, item in self.items:
            if kind == "year" and not draft.has("date"):
                draft.put("date", DateRange.of(int(item["year"])), *item.span("year"))
        head_end = match.start()
        head = [(s, min(e, head_end)) for s, e in self.head if s < head_end]
        if not head and self.name[0] < head_end:
            head = [(self.name[0], head_end)]  # "Title: RF Patent for Invention No. 2200991, 2003"
        if not head:
            return False
        self.put_title(head[0][0], head[-1][1])
        return True

    # after the anchor

    def tail(self, start: int, end: int) -> None:
        text, draft = self.text, self.draft
        isbn = ISBN_PATTERN.fullmatch(text, start, end)
        if isbn is not None:
            draft.put(isbn["label"].lower(), "".join(isbn["value"].split()), start, end)
            return
        if is_doi_label(text, start, end):
            return
        name_end, items = read_items(text, start, end)
        if name_end <= start and items:
            put_items(draft, items, journal=draft.has("container_title"))
            return
        draft.loose.append((start, end))


def _commas(text: str, start: int, end: int) -> list[Piece]:
    """``text[start:end]`` cut at commas outside quotes and brackets."""
    parts: list[Piece] = []
    depth = 0
    piece = start
    for index in range(start, end):
        char = text[index]
        if char in "([«“":
            depth += 1
        elif char in ")]»”":
            depth = max(0, depth - 1)
        elif char == "," and not depth:
            parts.append((piece, index))
            piece = index + 1
    parts.append((piece, end))
    return parts
