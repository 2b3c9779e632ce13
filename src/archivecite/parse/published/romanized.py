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

from archivecite.model import Name, Span
from archivecite.parse.published.chicago_patterns import EDITION_EN_PATTERN, LIFE_DATES_PATTERN
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.names import given_first_name
from archivecite.parse.published.patterns import EDITOR_ROLE_PATTERN, YEAR_PAREN_PATTERN
from archivecite.parse.published.romanized_items import (
    EDGES,
    english_score,
    parenthesized_gloss,
    read_items,
    read_names,
)
from archivecite.parse.published.romanized_patterns import ISBN_PATTERN, TRANSLATOR_PHRASE_PATTERN
from archivecite.parse.published.romanized_reading import Piece, RomanizedReading, is_doi_label
from archivecite.parse.published.scanning import split_sentences, trim

__all__ = ["parse_romanized"]

_LIFE_DATES_REACH = 80  # a name and its years of birth and death


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
        list(draft.translators),
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
        draft.translators,
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
    pieces = _translator_phrases(draft, pieces) if names else pieces
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
    reading = RomanizedReading(draft, pieces[:index], name, items)
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


def _translator_phrases(draft: Draft, pieces: list[Piece]) -> list[Piece]:
    """``Bakhtin M. M., Medvedev P. N. The Formal Method in Literary Scholarship. A Critical
    Introduction to Sociological Poetics, trans. Albert J. Wehrle, Baltimore and London: The
    Johns Hopkins UP, 1978. 191 p.``: a translator named between commas inside a sentence, which
    then parts there (subtitle, imprint); the names become the translators."""
    text = draft.text
    split: list[Piece] = []
    for start, end in pieces:
        phrase = TRANSLATOR_PHRASE_PATTERN.search(text, start, end)
        people = (
            [given_first_name(part.strip(), text) for part in phrase["names"].split(" and ")]
            if phrase is not None and not draft.translators
            else []
        )
        if phrase is None or not people or any(person is None for person in people):
            split.append((start, end))
            continue
        draft.translators.extend(person for person in people if person is not None)
        draft.spans.append(Span(field="translators", start=phrase.start(), end=phrase.end()))
        split.extend([(start, phrase.start()), (phrase.end(), end)])
    return split


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
    reading = RomanizedReading(draft, pieces, (pieces[-1][1], pieces[-1][1]), [])
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
            whole or ISBN_PATTERN.fullmatch(text, start, end) or is_doi_label(text, start, end)
        ):
            return None
    return None
