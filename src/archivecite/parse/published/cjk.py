"""Japanese and Chinese native forms: 『書名』, 「論文」『雑誌』, 《书名》."""

from __future__ import annotations

from archivecite.model import (
    DateRange,
    Span,
    Text,
)
from archivecite.parse.published.cjk_patterns import (
    CJK_BARE_YEAR_PATTERN,
    CJK_ISSUE_PATTERN,
    CJK_PAGES_PATTERN,
    CJK_VOLUME_PATTERN,
    CJK_VOLUME_WORDS_PATTERN,
    CJK_YEAR_PATTERN,
    NAME_SEPARATOR_PATTERN,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash
from archivecite.parse.published.names import cjk_name
from archivecite.parse.published.scanning import CJK_BRACKETS, TITLE_OPENERS, has_kana, trim
from archivecite.parse.published.titles import put_plain_text, put_text

# What follows the names of those who edited or compiled a book: 編, 主编 (not 編著, "wrote").
EDITOR_MARKERS = ("主编", "主編", "編", "编", "編集", "编辑")


def cjk_brackets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Top-level 『』「」《》 pairs, as (opening, closing) indexes."""
    pairs: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        opening = min(
            (i for i in (text.find(o, pos, end) for o in TITLE_OPENERS) if i >= 0), default=-1
        )
        if opening < 0:
            break
        closing = text.find(CJK_BRACKETS[text[opening]], opening + 1, end)
        if closing < 0:
            break
        pairs.append((opening, closing))
        pos = closing + 1
    return pairs


def parse_cjk(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    lang = "ja" if has_kana(text[start:end]) or "『" in text[start:end] else "zh"
    draft.language = draft.language or lang
    pairs = cjk_brackets(text, start, end)
    if not pairs:
        return
    head_start, head_end = trim(text, start, pairs[0][0], " \t,，、:：.")
    head = text[head_start:head_end]
    editing = head.endswith(EDITOR_MARKERS) and not head.endswith(("編著", "编著"))
    cjk_people(draft, head_start, head_end, lang, "editors" if editing else "authors")
    put_text(draft, "title", (pairs[0][0] + 1, pairs[0][1]))
    rest = pairs[0][1] + 1
    if len(pairs) > 1:
        between_start, between_end = trim(text, rest, pairs[1][0], " \t,，、:：.")
        between = text[between_start:between_end]
        if any(word in between for word in ("編", "编", "载", "載", "所収", "收入", "收录")):
            draft.chapter = True
            cjk_people(draft, between_start, between_end, lang, "container_editors")
        put_text(draft, "container_title", (pairs[1][0] + 1, pairs[1][1]))
        rest = pairs[1][1] + 1
    cjk_tail(draft, rest, end)


def cjk_people(draft: Draft, start: int, end: int, lang: str, role: str) -> None:
    text = draft.text
    value = text[start:end]
    for marker in ("主编", "主編", "編著", "编著", "監修", "編", "编", "著", "载", "載", "等"):
        value = value.replace(marker, " ")
    targets = {"authors": draft.authors, "editors": draft.editors}
    target = targets.get(role, draft.container_editors)
    for token in NAME_SEPARATOR_PATTERN.split(value):
        name = cjk_name(token, lang)
        if name is not None:
            target.append(name)
    if value.strip():
        draft.spans.append(Span(field=role, start=start, end=end))


def cjk_tail(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    lead_start, _ = trim(text, start, end, " \t,，、:：.。（(")
    volumes = CJK_VOLUME_WORDS_PATTERN.match(text, lead_start, end)
    if volumes is not None:  # 『シベリア捕虜収容所』上・下、サイマル出版会; 全3巻
        group, field = ("volume", "volume") if volumes["volume"] else ("count", "number_of_volumes")
        draft.put(field, volumes[group], *volumes.span(group))
        lead_start, _ = trim(text, volumes.end(), end, " \t,，、:：.。（(")
    lead_end = lead_start
    while lead_end < end and not text[lead_end].isdigit() and text[lead_end] not in "、，,。（(第":
        lead_end += 1
    if lead_end > lead_start:
        cjk_publisher(draft, lead_start, lead_end)
    elif not draft.has("container_title"):
        cjk_late_publisher(draft, start, end)
    year = CJK_YEAR_PATTERN.search(text, start, end)
    bare = None if year is not None else CJK_BARE_YEAR_PATTERN.search(text, start, end)
    if bare is not None:  # "（岩波書店、1991）", "1914（大正3）年"
        draft.put("date", DateRange.of(int(bare["year"])), *bare.span("year"))
    if year is not None:
        month, day = year["month"], year["day"]
        draft.day_date = day is not None
        draft.put(
            "date",
            DateRange.of(
                int(year["year"]),
                int(month) if month else None,
                int(day) if day and month else None,
            ),
            *year.span(),
        )
    numbers_start = volumes.end() if volumes is not None else start
    for pattern, name in ((CJK_VOLUME_PATTERN, "volume"), (CJK_ISSUE_PATTERN, "issue")):
        match = pattern.search(text, numbers_start, end)
        if match is not None:
            draft.put(name, match[name], *match.span(name))
    pages = CJK_PAGES_PATTERN.search(text, start, end)
    if pages is not None:
        group = "a" if pages["a"] else "b" if pages["b"] else "c"
        draft.put("pages", join_dash(pages[group]), *pages.span(group))


def cjk_late_publisher(draft: Draft, start: int, end: int) -> None:
    """``(1995年、筑摩書房)``: a publisher printed after the year."""
    text = draft.text
    piece = start
    for index in range(start, end + 1):
        if index == end or text[index] in "、，,()（）。・ ":
            chunk = text[piece:index]
            numeric = any(char.isdigit() or char in "年第期号巻页頁" for char in chunk)
            if len(chunk) >= 2 and not numeric:
                cjk_publisher(draft, piece, index)
                return
            piece = index + 1


def cjk_publisher(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    value = text[start:end]
    if any(word in value for word in ("博士", "修士", "硕士", "学位")):
        draft.thesis = True
    colon = max(value.find("："), value.find(":"))
    if colon > 0:
        draft.put("place", Text(original=value[:colon], lang=draft.language), start, start + colon)
        start += colon + 1
    put_plain_text(draft, "publisher", start, end)
