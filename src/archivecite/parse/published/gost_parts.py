"""Parts of a GOST reference that the sentence reader cannot place on its own: a series in
parentheses at the end, an edition statement inside the title area, a count of volumes after a
title (``: в 10 т.``), an imprint shared by several publishers (``М.: ИВ РАН; Краткие справки,
2003``) and several parts of one serial (``№ 3. С. 12–20; № 4. С. 5–9``)."""

from __future__ import annotations

from archivecite.model import Span, Text
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.gost_patterns import (
    ADDRESS_PATTERN,
    EDITION_STATEMENT_PATTERN,
    PARTS_PATTERN,
    SHARED_IMPRINT_PATTERN,
    TITLED_PART_PATTERN,
    VOLUME_COUNT_PATTERN,
)
from archivecite.parse.published.gost_roles import is_medium
from archivecite.parse.published.imprint import Imprint
from archivecite.parse.published.scanning import text_lang, trim
from archivecite.parse.published.terms import CITIES, PLACES

_PART_FIELDS = {"№": "issue", "Вып.": "issue", "Т.": "volume", "Vyp.": "issue", "T.": "volume"}


def cut_series(draft: Draft, start: int, end: int) -> int:
    """``... 912 с. (Россия. XX век. Документы).``: the series closing a reference, after its
    extent or year; returns where the reference ends without it."""
    text = draft.text
    close = trim(text, start, end, " \t\n.")[1]
    if close - start < 4 or text[close - 1] != ")":
        return end
    opening = _opening(text, start, close - 1)
    if opening <= start or text[opening - 1] not in " \t\n":
        return end
    before = trim(text, start, opening, " \t\n.–—")[1]
    inner = trim(text, opening + 1, close - 1, " \t\n")
    value = text[slice(*inner)]
    if (
        not (text[before - 1 : before] in ("с", "c", "л") or text[before - 1 : before].isdigit())
        or not (value[:1].isupper() or value.startswith("«"))
        or inner[1] - inner[0] < 3
    ):
        return end
    lang = text_lang(value, None, text)
    draft.put("series", Text(original=value.strip("«»"), lang=lang), *inner)
    return before


def _opening(text: str, start: int, close: int) -> int:
    depth = 0
    for index in range(close, start - 1, -1):
        if text[index] == ")":
            depth += 1
        elif text[index] == "(":
            depth -= 1
            if not depth:
                return index
    return -1


def electronic_address(draft: Draft, start: int, end: int) -> int:
    """``URL: <https://...>``, ``– Режим доступа: http://www.pravo.by.``: the address closing
    an electronic resource; returns where the reference ends without it."""
    text = draft.text
    if draft.has("url"):
        return end
    label = max(text.rfind("URL", start, end), text.rfind("Р", start, end))
    while label >= start:
        match = ADDRESS_PATTERN.match(text, label, end)
        if match is not None:
            draft.put("url", match["url"], label, end)
            return trim(text, start, label, " \t\n.–—")[1]
        label = max(text.rfind("URL", start, label), text.rfind("Р", start, label))
    return end


def edition_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where an edition statement (``2-е изд., испр. и доп.``) opens an area of
    ``text[start:end]``, after a dot or a dash."""
    index = start
    while index < end:
        match = EDITION_STATEMENT_PATTERN.search(text, index, end)
        if match is None:
            return None
        before = trim(text, start, match.start(), " \t\n")[1]
        if before == start or text[before - 1] in ".–—":
            return match.span()
        index = match.end()
    return None


def is_edition(text: str, start: int, end: int) -> bool:
    match = EDITION_STATEMENT_PATTERN.match(text, start, end)
    return match is not None and trim(text, match.end(), end, " \t\n.")[0] >= end


def strip_medium(draft: Draft, start: int, end: int) -> int:
    """``Title [Текст]`` → ``Title``: the general material designation after a title, kept as
    ``extra["medium"]``."""
    text = draft.text
    end = trim(text, start, end, " \t\n.")[1]
    if end - start < 3 or text[end - 1] != "]":
        return end
    opening = text.rfind("[", start, end)
    if opening > start and is_medium(text[opening + 1 : end - 1]):
        draft.put_extra("medium", text[opening + 1 : end - 1].strip(), opening + 1, end - 1)
        return trim(text, start, opening, " \t\n")[1]
    return end


def volume_count(draft: Draft, start: int, end: int) -> int:
    """``Енциклопедія історії України: у 10 т.``: the count of volumes after a title, perhaps
    with the volume cited and that volume's own title (``: В 3 т. Т. 1: 1738-1759 гг.``,
    ``. В 5 т. Т. 1. Май 1927 — ноябрь 1929``); returns where the title ends without them."""
    text = draft.text
    end = trim(text, start, end, " \t\n")[1]
    for match in VOLUME_COUNT_PATTERN.finditer(text, start, end):
        after = text[match.end() : end].lstrip()
        titled = bool(match["volume"]) and after[:1] in (":", ".")
        if match.start() <= start or (after.strip(" .") and not titled):
            continue
        draft.put("number_of_volumes", match["count"], *match.span("count"))
        if match["volume"] and not draft.has("volume"):
            draft.put("volume", match["volume"], *match.span("volume"))
        return match.start()
    return end


def shared_imprint(text: str, start: int, end: int) -> tuple[Imprint, int | None] | None:
    """``М.: Институт востоковедения РАН; Краткие справки, 2003``, ``Екатеринбург : Изд-во Урал.
    ун-та : Университет. изд-во, 2016`` (one place, several publishers) or ``К.: Наук. думка,
    1982–2006`` (a run of years, with the last year returned)."""
    index = start
    while index < end:
        match = SHARED_IMPRINT_PATTERN.search(text, index, end)
        if match is None:
            return None
        place, publisher = match["place"], match["publisher"]
        before = trim(text, start, match.start(), " \t\n")[1]
        opens = before > start and text[before - 1] in ".–—"
        several = (
            ";" in publisher
            or " : " in publisher
            or match["last"] is not None
            or _dotted_name(publisher)
        )
        known = all(one.strip() in CITIES or one.strip() in PLACES for one in place.split(";"))
        if opens and several and known:
            imprint = Imprint(
                start=match.start(),
                place=match.span("place"),
                publisher=trim(text, *match.span("publisher"), " \t\n"),
                year=match.span("year"),
                end=match.end(),
            )
            return imprint, int(match["last"]) if match["last"] else None
        index = match.start() + 1
    return None


def _dotted_name(publisher: str) -> bool:
    """``Дизайн. Информация. Картография``: a name of capitalised words joined by dots."""
    words = publisher.split(". ")
    return len(words) > 1 and all(len(w) > 3 and w[0].isupper() and w[1:].islower() for w in words)


def titled_part(draft: Draft, start: int, end: int) -> bool:
    """``Т. 3 (XVII – начало XVIII века)``: a volume with its own title, kept as printed."""
    match = TITLED_PART_PATTERN.fullmatch(draft.text, start, end)
    if match is None:
        return False
    field = "issue" if match["label"] == "Вып." else "volume"
    if draft.has(field):
        return False
    value = f"{match['number']} ({' '.join(match['part'].split())})"
    draft.put(field, value, start, end)
    return True


Parts = tuple[str, str, str]  # the field of the numbers, the numbers, the pages


def join_parts(draft: Draft, start: int, end: int) -> tuple[int, Parts | None]:
    """``№ 3. С. 12–20; № 4. С. 5–9``: an article printed in several parts of one serial. Returns
    where the first part ends, for the ordinary reader, and the numbers and pages of every part
    joined with ``; `` (``put_parts`` puts them in place of the first part's)."""
    text = draft.text
    chain: list[tuple[int, int, str, str, str]] = []
    for match in PARTS_PATTERN.finditer(text, start, end):
        if chain and not _separated(text, chain[-1][1], match.start()):
            chain.clear()
        if not chain and match.start() > start and text[match.start() - 1] not in " \t\n":
            continue
        number = " ".join(match["number"].split())
        pages = "".join(match["pages"].split()).replace("–", "-").replace("—", "-")
        chain.append((match.start(), match.end(), match["label"], number, pages))
    if len(chain) < 2 or trim(text, chain[-1][1], end, " \t\n.")[0] < end:
        return end, None
    if len({label for _, _, label, _, _ in chain}) != 1 or chain[0][2] not in _PART_FIELDS:
        return end, None
    draft.spans.append(Span(field="parts", start=chain[1][0], end=chain[-1][1]))
    numbers = "; ".join(part[3] for part in chain)
    return chain[0][1], (_PART_FIELDS[chain[0][2]], numbers, "; ".join(p[4] for p in chain))


def put_parts(draft: Draft, parts: Parts | None) -> None:
    if parts is not None:
        field, numbers, pages = parts
        draft.values[field] = numbers
        draft.values["pages"] = pages


def _separated(text: str, end: int, start: int) -> bool:
    return text[end:start].strip(" \t\n.") == ";"
