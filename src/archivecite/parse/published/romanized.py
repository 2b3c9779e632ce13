"""The romanized "References" lists of Russian journals (the Scopus/WoS form).

Russian journals print every reference twice: in GOST form in Cyrillic and, for the citation
databases, in Roman script::

    Kochnov O.Yu., Kolesov V.V. Title. Izvestiya vuzov. Yadernaya energetika. 2013, no. 1,
        pp. 110-147 (in Russian).
    Ivanov I.I. Title [Translated title]. Zhurnal, 2010, vol. 5, no. 2, pp. 3-10. (In Russ.)
    Mirkin B. G. Introduction to Data Analysis. Moscow. Yurajt Publ., 2016. 174 p.
    Varlachyov V.A. Title. Dr. Sci. (Engineering) Diss. Tomsk. TPU Publ., 2015. 326 p.
    Galkin M.V., Stogov S.R. Title [Translation]. Patent RF, no. 2280590, 2006.

The reader takes the authors (family name and initials, either order, "et al."), then finds the
*anchor*: the last sentence that carries the year among numeric items (``2013, no. 1, pp. 5-9``,
``Nauka Publ., 2005``, ``Atomnaya Energiya, 2018, v. 125``). What the anchor names is either an
imprint (a publisher word such as ``Publ.`` or a known city) or a journal. The sentences between
the authors and the anchor hold the title and, for a journal, the journal's name (whose own
name may hold full stops); where one ends and the other begins is told by words that open a
container (``Proc.``, ``In:``, ``Izvestiya``...), by a bracketed translation closing the title,
and by the title being English while the journal is romanized Russian. Vocabulary lives in
``data/published_terms.toml``.
"""

from __future__ import annotations

import re

from archivecite.model import DateRange, Name, Span, Text
from archivecite.parse.published.chicago_patterns import EDITION_EN_PATTERN, LIFE_DATES_PATTERN
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.gost_roles import is_medium
from archivecite.parse.published.names import role_names
from archivecite.parse.published.patterns import EDITOR_ROLE_PATTERN, YEAR_PAREN_PATTERN
from archivecite.parse.published.romanized_items import (
    EDGES,
    edition_value,
    english_score,
    is_acronym,
    is_city,
    is_publisher,
    parenthesized_gloss,
    place_like,
    put_items,
    read_items,
    read_names,
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
    YEAR_ITEM_PATTERN,
)
from archivecite.parse.published.scanning import split_sentences, trim
from archivecite.parse.published.terms import (
    CONTAINER_OPENERS,
    DROPPED_OPENERS,
    JOURNAL_OPENERS,
    PATENT_COUNTRIES,
    PLACES,
)

__all__ = ["parse_romanized", "strip_event"]

_LIFE_DATES_REACH = 80  # a name and its years of birth and death

Piece = tuple[int, int]


def parse_romanized(draft: Draft, start: int, end: int) -> bool:
    """Read a romanized "References" entry, or leave the draft untouched and return ``False``.
    A head closed by an author's years of birth and death (``Hirobumi Itō (1841-1909).``) is
    a catalogue's or an exhibition's, left to the humanities reader."""
    if LIFE_DATES_PATTERN.search(draft.text, start, min(end, start + _LIFE_DATES_REACH)):
        return False
    snapshot = _snapshot(draft)
    if _read(draft, start, end):
        return True
    _restore(draft, snapshot)
    return False


_Snapshot = tuple[
    dict[str, object],
    list[Span],
    list[Name],
    list[Name],
    list[Name],
    bool,
    bool,
    str | None,
    list[Piece],
]


def _snapshot(draft: Draft) -> _Snapshot:
    return (
        dict(draft.values),
        list(draft.spans),
        list(draft.authors),
        list(draft.editors),
        list(draft.container_editors),
        draft.chapter,
        draft.thesis,
        draft.kind,
        list(draft.loose),
    )


def _restore(draft: Draft, snapshot: _Snapshot) -> None:
    (
        draft.values,
        draft.spans,
        draft.authors,
        draft.editors,
        draft.container_editors,
        draft.chapter,
        draft.thesis,
        draft.kind,
        draft.loose,
    ) = snapshot


def _read(draft: Draft, start: int, end: int) -> bool:
    text = draft.text
    names, head = read_names(text, start, end)
    if names and YEAR_PAREN_PATTERN.match(text, head, min(end, head + 40)):
        return False  # "Ivanov I.I. (2010) Title": the author-date form of the Latin reader
    if names and _original_name_at(text, head, end):
        return False  # "N. Viner (Н. Винер), Title, ...": the name in its own script, a list's
    role = EDITOR_ROLE_PATTERN.match(text, head, end) if names else None
    if role is not None:  # "Ubryatova Y.I. (red.) Grammatika ...": the names are editors'
        head = trim(text, role.end(), end, EDGES)[0]
    isbn = ISBN_PATTERN.search(text, head, end)
    if isbn is not None and trim(text, isbn.end(), end)[0] >= end:
        draft.put(isbn["label"].lower(), "".join(isbn["value"].split()), *isbn.span())
        end = isbn.start()
    pieces = _split_questions(text, split_sentences(text, head, end))
    if names and pieces and YEAR_PAREN_PATTERN.search(text, head, pieces[0][1]):
        return False  # "Agrawal, S., & Goyal, N. (2012)": more authors, then an APA year
    anchor = _find_anchor(text, pieces)
    if anchor is None:
        return _webpage(draft, names, pieces)
    index, name_end, items = anchor
    name = trim(text, pieces[index][0], name_end, EDGES)
    bracket = text.find("] ", *name)
    if bracket > 0 and text.find("[", name[0], bracket) >= 0:
        # "Title [Translation] Moscow, Nauka Publ., 1978": the bracket ends the title
        pieces[index:index] = [(pieces[index][0], bracket + 1)]
        index += 1
        name = trim(text, bracket + 1, name[1], EDGES)
    if not names and not (draft.language or _translated(text, head, name[1])):
        return False  # a title first: only where "(in Russian)" or a translation says so
    if not names and _comma_imprint(text, head, name[1]):
        return False  # "Title, trans. X, Moscow: IIL, 1958": monoskop's, not a "References" list
    if _glossed_title(text, pieces[:index]):
        return False  # "Title (English Gloss). Rev. ed. Place: ...": Chicago's, not this form
    reading = _Reading(draft, pieces[:index], name, items)
    for piece_start, piece_end in pieces[index + 1 :]:
        reading.after.extend(read_items(text, piece_start, piece_end)[1])
    if not reading.read():
        return False
    for name_value, name_start, name_end in names:
        (draft.authors if role is None else draft.editors).append(name_value)
        draft.spans.append(
            Span(field="authors" if role is None else "editors", start=name_start, end=name_end)
        )
    for piece in pieces[index + 1 :]:
        reading.tail(*piece)
    return True


def _glossed_title(text: str, head: list[Piece]) -> bool:
    """``Zai lishi juren shenbian (At the Side of Historical Titans). Rev. ed.``: a title with
    its English gloss in parentheses, then at most an English edition statement, before the
    imprint, as Chicago bibliographies print it; "References" lists bracket a translation."""
    if not head or parenthesized_gloss(text, *trim(text, *head[0], EDGES))[1] is None:
        return False
    if len(head) == 1:
        return True
    rest = trim(text, head[1][0], head[-1][1], EDGES)
    return EDITION_EN_PATTERN.fullmatch(text, *rest) is not None


def _original_name_at(text: str, start: int, end: int) -> bool:
    """``(Н. Винер)`` at ``start``: the author's name again in Cyrillic or in characters."""
    close = text.find(")", start, min(end, start + 60))
    if not text.startswith("(", start) or close < 0:
        return False
    inside = text[start + 1 : close]
    return any(char.isalpha() for char in inside) and not any(
        "a" <= char.lower() <= "z" or char.isdigit() for char in inside
    )


def _comma_imprint(text: str, start: int, end: int) -> bool:
    """``..., Moscow: IIL`` closing the sentence of the year: a place and publisher after a
    comma, as lists of translations print them; "References" lists print them after a stop."""
    colon = text.rfind(": ", start, end)
    comma = text.rfind(", ", start, colon) if colon > start else -1
    place = text[comma + 2 : colon].split()
    return (
        comma > start
        and 0 < len(place) <= 4
        and place[0][0].isupper()
        and not any(char.isdigit() or char in ".;[]()" for char in "".join(place))
    )


def _translated(text: str, start: int, end: int) -> bool:
    """``Istoriya Dagestana. V 4 t. [History of Dagestan. In 4 vols]. Moscow, Nauka, 1967``: a
    title with its English translation in brackets, which only these lists print."""
    opening = text.find(" [", start, end)
    closing = text.find("]", opening, end) if opening >= 0 else -1
    return closing > opening >= 0 and english_score(text[opening + 2 : closing]) > 0


def _split_questions(text: str, pieces: list[Piece]) -> list[Piece]:
    """``Transmutation: Fashion or Necessity? Izvestia vuzov``: a title ended by ``?`` or ``!``
    (the mark kept) before a capitalised word."""
    split: list[Piece] = []
    for start, end in pieces:
        pos = start
        for index in range(start, end - 2):
            if text[index] in "?!" and text[index + 1] == " " and text[index + 2].isupper():
                split.append((pos, index + 1))
                pos = index + 2
        split.append((pos, end))
    return split


def _webpage(draft: Draft, names: list[tuple[Name, int, int]], pieces: list[Piece]) -> bool:
    """``Khaperskaya A.V. Title. Available at: https://...``: a page with no date of its own."""
    if not (names and pieces and draft.has("url")):
        return False
    reading = _Reading(draft, pieces, (pieces[-1][1], pieces[-1][1]), [])
    reading.put_title(pieces[0][0], pieces[-1][1])
    for name_value, name_start, name_end in names:
        draft.authors.append(name_value)
        draft.spans.append(Span(field="authors", start=name_start, end=name_end))
    return True


def _find_anchor(
    text: str, pieces: list[Piece]
) -> tuple[int, int, list[tuple[str, re.Match[str]]]] | None:
    """The last sentence whose closing items include the year, after which only items without
    a year or identifiers follow: its index, where its words end, its items."""
    for index in range(len(pieces) - 1, -1, -1):
        start, end = pieces[index]
        name_end, items = read_items(text, start, end)
        if any(kind == "year" for kind, _ in items):
            return index, name_end, items
        whole = name_end <= start and items
        if not (
            whole or ISBN_PATTERN.fullmatch(text, start, end) or _is_doi_label(text, start, end)
        ):
            return None
    return None


def _is_doi_label(text: str, start: int, end: int) -> bool:
    return text[start:end].strip(" :").lower() == "doi"


class _Reading:
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
        if imprint:
            self.put_items(journal=False)
            return self._book()
        self.put_items(journal=True)
        return self._journal()

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
        if _is_doi_label(text, start, end):
            return
        name_end, items = read_items(text, start, end)
        if name_end <= start and items:
            put_items(draft, items, journal=draft.has("container_title"))
            return
        draft.loose.append((start, end))


def strip_event(text: str, start: int, end: int, *, proceedings: bool = False) -> int:
    """``Proc. of the Conf. «...», Moscow, May 23-24``, ``Материалы конф. «...» 15-17 мая
    2017 г.``: the meeting's place and dates after its name are not part of the volume's title;
    return where the title ends."""
    if not (proceedings or starts_with(text[start:end], CONTAINER_OPENERS)):
        return end
    closing = text.find("»", start, end)
    while closing > 0:
        after = trim(text, closing + 1, end, " \t\n.,")[0]
        date = DATE_WORDS_PATTERN.match(text, after, end)
        if date is not None and any(char.isdigit() for char in date.group(0)) and after < end:
            end = closing + 1  # "«...» 15-17 мая 2017 г. ГК «Росатом»"
            break
        closing = text.find("»", closing + 1, end)
    while True:
        comma = text.rfind(", ", start, end)
        if comma <= start:
            break
        last = trim(text, comma + 1, end, EDGES)
        value = text[last[0] : last[1]]
        event = is_city(value) or DATE_WORDS_PATTERN.fullmatch(value)
        if not (event or YEAR_ITEM_PATTERN.fullmatch(value)):
            break
        end = trim(text, start, comma, EDGES)[1]
    space = text.rfind(" ", start, end)
    if space > start and text[space - 1] == "»" and is_city(text[space + 1 : end]):
        end = space  # "«...» Обнинск"
    return end


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
