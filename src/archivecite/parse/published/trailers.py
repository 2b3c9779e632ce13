"""What a reference may end with: language note, access date, DOI, address, later editions."""

from __future__ import annotations

import re

from archivecite.parse.published.chicago_patterns import (
    BARE_LANGUAGE_PATTERN,
    EXTENT_PRICE_TRAILER_PATTERN,
    FIRST_IMPRINT_END_PATTERN,
    ISBN_QUALIFIER_PATTERN,
    LATER_EDITION_PATTERN,
    ORIGINAL_YEAR_TRAILER_PATTERN,
    TRANSLATION_RECORD_PATTERN,
    TRANSLATION_TRAILER_PATTERN,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.heading_patterns import BIBLIOGRAPHY_NOTE_PATTERN
from archivecite.parse.published.patterns import (
    ACCESSED_PATTERN,
    DOI_INLINE_PATTERN,
    DOI_PATTERN,
    GLUED_NOTE_NUMBER_PATTERN,
    LANGUAGE_TRAILER_PATTERN,
    URL_PATTERN,
)
from archivecite.parse.published.romanized_patterns import ISBN_PATTERN, URL_LABEL_PATTERN
from archivecite.parse.published.scanning import date_at, script_of, trim
from archivecite.parse.published.terms import LANGUAGES


def peel_trailers(draft: Draft, start: int, end: int) -> int:
    """Read language, access date and URL from the end of the text; return the new end."""
    text = draft.text
    end = _glued_note_number(draft, start, end)
    while True:
        end = trim(text, start, end, " \t\n.,;")[1]
        window = max(start, end - 90)
        match = LANGUAGE_TRAILER_PATTERN.search(text, window, end) or _bare_language(
            text, window, end
        )
        if match is not None and match["word"].lower() in LANGUAGES:
            draft.language = LANGUAGES[match["word"].lower()]
            draft.put("language", draft.language, match.start(), match.end())
            end = match.start()
            continue
        editions = _later_editions(draft, start, end)
        if editions < end:
            end = editions
            continue
        original = ORIGINAL_YEAR_TRAILER_PATTERN.search(text, window, end)
        if original is not None and "original_date" not in draft.values.get("extra", {}):
            draft.put_extra("original_date", original["year"], *original.span("year"))
            end = original.start()
            continue
        translation = _translation(draft, start, end)
        if translation < end:
            end = translation
            continue
        match = ACCESSED_PATTERN.search(text, window, end)
        if match is not None and not draft.has("accessed"):
            found = date_at(text, match.start("date"), match.end("date"))
            if found is not None:
                draft.put("accessed", found[0], match.start(), match.end())
                end = match.start()
                continue
        match = DOI_PATTERN.search(text, max(start, end - 240), end)
        if match is not None and not draft.has("doi"):
            draft.put("doi", doi_value(match["doi"] + match["suffix"]), match.start(), match.end())
            end = match.start()
            continue
        peeled = min(
            _trailing_isbn(draft, start, end),
            _extent_and_price(draft, window, end),
            _bibliography_note(draft, window, end),
        )
        if peeled < end:
            end = peeled
            continue
        label = URL_LABEL_PATTERN.search(text, max(start, end - 40), end)
        if label is not None and draft.has("url") and label.start() > start:
            end = label.start()  # "Available at:" before the address already read
            continue
        url_end = peel_url(draft, start, end)
        if url_end == end:
            return end
        end = url_end


def _glued_note_number(draft: Draft, start: int, end: int) -> int:
    """``The Basmach Movement, Peshawar, 1985.5``: the note's own number run on to the full stop
    that closes it, kept as ``extra["note_number"]``; returns where the reference ends."""
    glued = GLUED_NOTE_NUMBER_PATTERN.search(draft.text, max(start, end - 40), end)
    if glued is None or script_of(draft.text[start:end]) != "Latn":
        return end  # "…知识出版社,2005.4": a CJK record's year and month
    draft.put_extra("note_number", glued["note"], *glued.span("note"))
    return glued.end("stop")


def _extent_and_price(draft: Draft, start: int, end: int) -> int:
    """``… (New York: Continuum, 2002), 751 pages, hardcover $40.``: a review's count of pages
    and price after the facts of publication, kept as ``extra["extent"]`` and ``["price"]``;
    return where the reference ends before them."""
    text = draft.text
    match = EXTENT_PRICE_TRAILER_PATTERN.search(text, start, min(len(text), end + 1))
    if match is None or "extent" in draft.values.get("extra", {}):
        return end
    draft.put_extra("extent", match["extent"], *match.span("extent"))
    if match["price"]:
        draft.put_extra("price", match["price"], *match.span("price"))
    return match.start()


def _bibliography_note(draft: Draft, start: int, end: int) -> int:
    """``… 24 cm. К.: Бібліогр. : с. 219-230.``: a catalogue's note of the book's bibliography,
    kept as ``extra["bibliography"]``; return where the reference ends before it."""
    text = draft.text
    match = BIBLIOGRAPHY_NOTE_PATTERN.search(text, start, min(len(text), end + 1))
    if match is None or "bibliography" in draft.values.get("extra", {}):
        return end
    note = trim(text, match.start(), match.end(), " \t.")
    draft.put_extra("bibliography", text[note[0] : note[1]], *note)
    return match.start()


def _trailing_isbn(draft: Draft, start: int, end: int) -> int:
    """``... Zlatoust. (ISBN 978-5-86547-858-4)``, ``... Academic Press. (ISBN 978-0123869838).``,
    ``... – 432 с. ISBN 978-5-8114-0521-3``: the ISBN (or ISSN) a reference ends with, in
    parentheses or not, perhaps with the copy it is of after it (``ISBN 5824306044 (set)``), is
    an identifier; return where the reference ends before it."""
    text = draft.text
    whole = end
    qualifier = ISBN_QUALIFIER_PATTERN.search(text, max(start, end - 20), end)
    end = end if qualifier is None else qualifier.start()
    closing = trim(text, start, end, " \t\n.,;)")[1]
    match = ISBN_PATTERN.search(text, max(start, closing - 40), closing)
    if match is None or match.end() != closing or draft.has(match["label"].lower()):
        return whole  # "$28 (cloth)": the binding of no ISBN
    opening = trim(text, start, match.start(), " \t\n")[1]
    bracketed = opening > start and text[opening - 1] == "("
    if bracketed != (")" in text[closing:end]):
        return whole  # "(ISBN …" or "ISBN …)": not a bracket of its own
    before = opening - 1 if bracketed else match.start()
    if trim(text, start, before, " \t\n.,;:–—-")[1] <= start:
        return whole  # nothing but the number
    draft.put(match["label"].lower(), "".join(match["value"].split()), *match.span())
    return trim(text, start, before, " \t\n.,;:–—-")[1]


def _bare_language(text: str, start: int, end: int) -> re.Match[str] | None:
    """``... Milan: Bompiani, 1953. (Italian)``: a language named alone in parentheses after the
    last full stop (monoskop's lists), not a parenthesis closing a sentence."""
    match = BARE_LANGUAGE_PATTERN.search(text, start, end)
    if match is None or text[trim(text, start, match.start(), " \t\n")[1] - 1] != ".":
        return None
    return match


def _later_editions(draft: Draft, start: int, end: int) -> int:
    """``..., Boston, MA: Houghton Mifflin, 1950, 241 pp; 2nd ed., 1954; London: Eyre and
    Spottiswode, 1954; new ed., 1990``: a list of editions (monoskop's), the first the one
    referred to; the later ones, each closed by its year, are kept as printed in
    ``extra["later_editions"]``. Return where the first edition ends (``end`` when there is no
    such list)."""
    text = draft.text
    if "later_editions" in draft.values.get("extra", {}):
        return end
    semicolon = _top_level(text, ";", start, end)
    if semicolon < 0 or not FIRST_IMPRINT_END_PATTERN.search(text, start, semicolon):
        return end
    pos = semicolon
    while pos < end:
        following = _top_level(text, ";", pos + 1, end)
        stop = end if following < 0 else following
        segment = trim(text, pos + 1, stop, " \t\n")
        if not LATER_EDITION_PATTERN.fullmatch(text, *segment):
            return end
        pos = stop
    rest = trim(text, semicolon + 1, end, " \t\n")
    draft.put_extra("later_editions", text[slice(*rest)], *rest)
    return semicolon


def _translation(draft: Draft, start: int, end: int) -> int:
    """``Izu no odoriko (Tokyo: Kinseidō, 1927); translated by Edward G. Seidensticker as The
    Izu Dancer (Tokyo: Hara Shobō, 1964)``: a translation after a semicolon, its title and year
    not the work's, kept as printed in ``extra["translation"]``; where the work's entry ends."""
    text = draft.text
    record = _translation_record(text, start, end)
    if record is not None and "translation" not in draft.values.get("extra", {}):
        opening, inner = record
        draft.put_extra("translation", text[slice(*inner)], *inner)
        return opening
    semicolon = _top_level(text, ";", start, end)
    while semicolon >= 0:
        rest = trim(text, semicolon + 1, end, " \t\n")
        if TRANSLATION_TRAILER_PATTERN.match(text, *rest) and "translation" not in draft.values.get(
            "extra", {}
        ):
            if trim(text, start, semicolon, " \t\n")[1] <= start:
                return end
            draft.put_extra("translation", text[slice(*rest)], *rest)
            return semicolon
        semicolon = _top_level(text, ";", semicolon + 1, end)
    return end


def _translation_record(text: str, start: int, end: int) -> tuple[int, tuple[int, int]] | None:
    """``Conquest R. Harvest of Sorrow … 1986. P. 313–315 [Конкеест Р. Жатва скорби … / Пер.
    И. Коэн, Н. Май. London, 1988]``: the record of the book's translation in brackets (or
    parentheses) at its end, in another script than the entry, with its translator's mark
    and its year; where the bracket opens and what it holds, or ``None``."""
    if end - start < 4 or text[end - 1] not in "])":
        return None
    opener = "[" if text[end - 1] == "]" else "("
    depth, opening = 0, -1
    for index in range(end - 1, start - 1, -1):
        depth += (text[index] in ")]") - (text[index] in "([")
        if depth == 0:
            opening = index
            break
    if opening <= start or text[opening] != opener:
        return None
    inner = trim(text, opening + 1, end - 1, " \t\n")
    before = text[start:opening]
    if script_of(text[slice(*inner)]) == script_of(before):
        return None
    if TRANSLATION_RECORD_PATTERN.search(text, *inner) is None:
        return None
    return trim(text, start, opening, " \t\n")[1], inner


def _top_level(text: str, char: str, start: int, end: int) -> int:
    """The first ``char`` in ``text[start:end]`` outside brackets and parentheses, or -1."""
    depth = 0
    for index in range(start, end):
        if text[index] in "([":
            depth += 1
        elif text[index] in ")]":
            depth = max(0, depth - 1)
        elif text[index] == char and not depth:
            return index
    return -1


def doi_value(raw: str) -> str:
    """A DOI as stored: without trailing punctuation or an unmatched closing bracket or angle
    bracket, lower-cased (DOIs are case-insensitive; ``10.1214/08-AOAS169`` and
    ``10.1214/08-aoas169`` are one)."""
    value = raw.rstrip(".,;:")
    for opening, closing in ("()", "<>"):  # "(doi:10.1/x)", "<https://doi.org/10.1/x>"
        while value.endswith(closing) and value.count(closing) > value.count(opening):
            value = value[:-1].rstrip(".,;:")
    return value.lower()


def find_doi(draft: Draft) -> None:
    """A DOI printed anywhere (mid-text, before other trailers) that no reader has taken."""
    if draft.has("doi"):
        return
    match = DOI_INLINE_PATTERN.search(draft.text)
    if match is not None:
        draft.put("doi", doi_value(match["doi"]), match.start(), match.end())


def peel_url(draft: Draft, start: int, end: int) -> int:
    text = draft.text
    if draft.has("url"):
        return end
    if end > start and text[end - 1] == ")":
        bracket = text.rfind("](", start, end)
        opening = text.rfind("[", start, bracket) if bracket > 0 else -1
        if opening >= 0 and URL_PATTERN.fullmatch(text, bracket + 2, end - 1):
            draft.put("url", text[bracket + 2 : end - 1], opening, end)
            return opening
    token_start = end
    while token_start > start and not text[token_start - 1].isspace():
        token_start -= 1
    token_start, joined = _broken_url(text, start, token_start, end)
    match = URL_PATTERN.fullmatch(joined)
    if match is not None:
        url = match["url"]
        label = trim(text, start, token_start, " \t\n")[1]
        if text.startswith("URL:", label - 4, label):  # "URL: https://...": the label goes too
            token_start = label - 4
        draft.put("url", url if url.startswith("http") else f"https://{url}", token_start, end)
        return token_start
    return end


def _broken_url(text: str, start: int, token_start: int, end: int) -> tuple[int, str]:
    """An address a line break or a space cut after a slash (``https:// moluch.ru/archive/``,
    ``.../Materials/ Zverev.pdf``): where it begins and the address without the spaces."""
    pieces = [text[token_start:end]]
    begin = token_start
    for _ in range(4):
        previous_end = trim(text, start, begin, " \t\n")[1]
        previous_start = previous_end
        while previous_start > start and not text[previous_start - 1].isspace():
            previous_start -= 1
        previous = text[previous_start:previous_end]
        if not previous.endswith("/") or pieces[0].startswith(("http", "www")):
            break
        if not (previous.startswith(("http", "www")) or "/" in previous.rstrip("/")):
            break
        pieces.insert(0, previous)
        begin = previous_start
    joined = "".join(pieces)
    return (begin, joined) if joined.startswith(("http", "www")) else (token_start, pieces[-1])
