"""Chinese GB/T 7714 references: ``作者. 题名[M]. 出版地: 出版者, 年.`` and
``作者. 题名[J]. 刊名, 年, 卷(期): 页.``; the bracketed code says what the item is.

Codes: ``[M]`` book, ``[J]`` article, ``[C]`` paper in proceedings (``[C]//`` names the
volume), ``[D]`` thesis, ``[N]`` newspaper item, ``[EB/OL]`` web page, ``[Z]`` and the rest
"other". Latin-script entries in Chinese lists use the same frame (``Pope, S. B. Turbulent
Flows[M]. Cambridge University Press, 2000.``).
"""

from __future__ import annotations

import re

from archivecite.model import DateRange, Name, Span, Text
from archivecite.parse.published.cjk_patterns import (
    GBT_IMPRINT_PATTERN,
    GBT_JOURNAL_PATTERN,
    GBT_LATIN_NAME_PATTERN,
    GBT_NEWSPAPER_PATTERN,
    GBT_ONLINE_DATES_PATTERN,
)
from archivecite.parse.published.cjk_roles import cjk_person
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash
from archivecite.parse.published.names import latin_names, person
from archivecite.parse.published.patterns import URL_PATTERN, YEAR_PATTERN
from archivecite.parse.published.scanning import date_at, is_cjk, trim
from archivecite.parse.published.titles import put_plain_text, put_text
from archivecite.translit import looks_like_pinyin

# The kind each code names; ``None`` leaves the choice to the evidence (book, collection, act).
_KINDS = {"J": "article", "C": "chapter", "D": "thesis", "N": "newspaper", "EB": "webpage"}
_ET_AL = (", et al.", ", et al", " et al.", ", 等", ",等", "，等", " 等", "等")
# "，etal", ",et al" (no space: the English lines of Chinese journals' bilingual lists)
_GLUED_ET_AL = re.compile(r"[,，]\s*et\s?al$")
# a Chinese name in pinyin, family name first (or in capitals), given name in one word or two
# "Wang Xiaofan", "CUI Hai-zhi", "Zhou Zhi-Hua" (the given name's syllables hyphenated, as the
# English versions of Chinese journals' references print them)
_PINYIN_NAME = re.compile(
    r"[A-Z](?:[a-z]{0,5}|[A-Z]{1,5})(?: [A-Z]?[a-z]{1,11}(?:-[A-Za-z][a-z]{0,5})?){1,2}"
)
_HEAD_WINDOW = 200  # authors end within this many characters: keeps the search linear


def parse_gbt(draft: Draft, start: int, end: int, marker: re.Match[str]) -> None:
    """Read a GB/T 7714 reference whose type code ``marker`` found."""
    text = draft.text
    code = marker["code"].upper()
    draft.kind = _KINDS.get(code.split("/")[0]) or ("webpage" if code.endswith("/OL") else None)
    draft.thesis = code == "D"
    draft.chapter = code == "C"
    head_end = trim(text, start, marker.start(), " \t")[1]
    title_start = _authors(draft, start, head_end)
    title_start, title_end = trim(text, title_start, head_end, " \t.．")
    if title_end - title_start > 2 and text[title_start] == "《" and text[title_end - 1] == "》":
        title_start, title_end = title_start + 1, title_end - 1
    title = text[title_start:title_end]
    if any(
        is_cjk(char) for char in title
    ):  # "基于Spring Boot和Vue.js的...": Chinese, however mixed
        draft.language = draft.language or "zh"
        draft.put("title", Text(original=title, lang="zh"), title_start, title_end)
    else:
        put_text(draft, "title", (title_start, title_end))
    rest = marker.end()
    pieces = _pieces(text, rest, end)
    if code == "C" and text.startswith("//", rest) and pieces:
        pieces = _proceedings(draft, pieces)
    for piece in pieces:
        if not _piece(draft, code, *piece):
            draft.loose.append(piece)


def _authors(draft: Draft, start: int, end: int) -> int:
    """Read the names before the first sentence dot; return where the title starts."""
    text = draft.text
    found: tuple[int, list[Name]] | None = None
    for index in range(start, min(end, start + _HEAD_WINDOW)):
        if text[index] not in ".．" or index + 1 >= end:
            continue
        names = _names(text[start : index + 1], text)
        if names is not None:
            found = (index, names)
            if is_cjk(text[index - 1]) or text[index] == "．":
                break
    if found is None:
        return start
    index, names = found
    draft.authors.extend(names)
    draft.spans.append(Span(field="authors", start=start, end=index))
    return index + 1


def _names(value: str, whole: str) -> list[Name] | None:
    bare = value.rstrip(".． ")
    for suffix in _ET_AL:
        if bare.endswith(suffix):
            bare = bare[: -len(suffix)].rstrip(" ,，")
            break
    bare = _GLUED_ET_AL.sub("", bare)
    if not bare:
        return None
    tokens = [token.strip() for token in re.split(r"[,，、]", bare)]
    if any(is_cjk(char) for char in bare):
        if any(not token or len(token) > 20 or " " in token for token in tokens):
            return None
        names = [cjk_person(token, "zh") for token in tokens]  # "斯大林. …[M]": one name
        return [name for name in names if name is not None] or None
    if all(_PINYIN_NAME.fullmatch(token) and looks_like_pinyin(token) for token in tokens):
        # the English version of a Chinese reference: "Wang Xiaofan,Li Xiang,Chen Guanrong."
        return [_pinyin_name(token) for token in tokens]
    latin = latin_names(value.rstrip(" "), whole)
    if latin is not None:
        return latin
    matches = [GBT_LATIN_NAME_PATTERN.fullmatch(token) for token in tokens]
    if not all(matches):
        return None
    return [person(m["family"], m["initials"], None, whole) for m in matches if m is not None]


def _pinyin_name(token: str) -> Name:
    family, given = token.split(" ", 1)
    if family.isupper() and len(family) > 1:  # "CUI Hai-zhi": the family name in capitals
        family = family.capitalize()
    return Name(family=family, given=given, lang="zh")


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split the text after the code at ``．`` and at a dot followed by a space or the end."""
    pieces: list[tuple[int, int]] = []
    piece = start
    for index in range(start, end + 1):
        at_end = index == end
        if (
            at_end
            or text[index] == "．"
            or (text[index] == "." and (index + 1 == end or text[index + 1].isspace()))
        ):
            span = trim(text, piece, index, " \t/.．")
            if span[1] > span[0]:
                pieces.append(span)
            piece = index + 1
    return pieces


def _proceedings(draft: Draft, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``[C]//Proceedings of ... . Publisher, 2017: 173-182.``: the volume the paper is in."""
    text = draft.text
    first = 0
    if len(pieces) > 2 and _names(text[pieces[0][0] : pieces[0][1]] + ".", text) is not None:
        draft.container_editors.extend(_names(text[slice(*pieces[0])] + ".", text) or [])
        first = 1
    put_text(draft, "container_title", pieces[first])
    return pieces[first + 1 :]


def _piece(draft: Draft, code: str, start: int, end: int) -> bool:
    text = draft.text
    if code == "J" and not draft.has("container_title"):
        return _journal(draft, start, end)
    if code.startswith("N") and not draft.has("container_title"):
        return _newspaper(draft, start, end)
    if code.endswith("OL") and _online(draft, start, end):
        return True
    match = GBT_IMPRINT_PATTERN.fullmatch(text, start, end)
    if match is not None:
        if match["place"]:
            put_plain_text(draft, "place", *match.span("place"))
        put_plain_text(draft, "publisher", *match.span("publisher"))
        draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
        if match["pages"]:
            draft.put("pages", join_dash(match["pages"]), *match.span("pages"))
        return True
    year = YEAR_PATTERN.fullmatch(text, start, end)
    if year is not None:
        draft.put("date", DateRange.of(int(year["year"])), *year.span("year"))
        return True
    # "蓝江, 译": a translator, printed between the code and the imprint
    return text[start:end].endswith(("译", "譯", "trans", "tr"))


def _journal(draft: Draft, start: int, end: int) -> bool:
    match = GBT_JOURNAL_PATTERN.fullmatch(draft.text, start, end)
    if match is None:
        return False
    put_text(draft, "container_title", match.span("journal"))
    if match["year"]:  # a year the scan blurred ("201(5)", "2O17") is left out, never guessed
        draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
    for group, name in (("volume", "volume"), ("bare_volume", "volume"), ("issue", "issue")):
        if match[group]:
            draft.put(name, match[group], *match.span(group))
    if match["pages"]:
        draft.put("pages", join_dash(match["pages"]), *match.span("pages"))
    return True


def _newspaper(draft: Draft, start: int, end: int) -> bool:
    match = GBT_NEWSPAPER_PATTERN.fullmatch(draft.text, start, end)
    if match is None:
        return False
    found = date_at(draft.text, match.start("date"), match.end("date"))
    if found is None:
        return False
    put_text(draft, "container_title", match.span("paper"))
    draft.day_date = True
    draft.put("date", found[0], *match.span("date"))
    if match["page"]:
        draft.put("pages", match["page"], *match.span("page"))
    return True


def _online(draft: Draft, start: int, end: int) -> bool:
    """``(2012-01-16)[2013-03-26]. http://...`` or ``https://..., 2024``."""
    text = draft.text
    dates = GBT_ONLINE_DATES_PATTERN.match(text, start, end)
    if dates is not None:
        for group, name in (("updated", "date"), ("accessed", "accessed")):
            found = date_at(text, dates.start(group), dates.end(group))
            if found is not None:
                draft.put(name, found[0], *dates.span(group))
        start = trim(text, dates.end(), end, " \t.")[0]
    url = URL_PATTERN.match(text, start, end)
    if url is None:
        return dates is not None and start >= end
    address_end = trim(text, url.start("url"), url.end("url"), ",，;")[1]
    draft.put("url", text[url.start("url") : address_end], url.start("url"), address_end)
    year = YEAR_PATTERN.fullmatch(text, *trim(text, address_end, end, " \t,，"))
    if year is not None:
        draft.put("date", DateRange.of(int(year["year"])), *year.span("year"))
    return year is not None or trim(text, address_end, end, " \t,，")[0] >= end
