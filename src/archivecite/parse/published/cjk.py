"""Japanese and Chinese native forms: 『書名』, 「論文」『雑誌』, 《书名》."""

from __future__ import annotations

from archivecite.model import (
    DateRange,
    Text,
)
from archivecite.parse.dates import kanji_number
from archivecite.parse.published.cjk_imprint import cjk_tail
from archivecite.parse.published.cjk_patterns import (
    CJK_CITED_PARTS_PATTERN,
    CJK_COLLECTED_WORKS_ENDINGS,
    CJK_DASH_SUBTITLE_PATTERN,
    CJK_HEAD_READING_PATTERN,
    CJK_PROSE_HEAD_PATTERN,
    CJK_PROSE_MARK_PATTERN,
    CJK_PROSE_PUBLISHER_PATTERN,
    CJK_TITLE_EDITION_PATTERN,
    CJK_VOLUME_WORDS_PATTERN,
    CJK_YEAR_PATTERN,
)
from archivecite.parse.published.cjk_roles import (
    cjk_head,
    cjk_people,
    name_particle_end,
    names_head,
    read_with_japanese,
    role_at_end,
)
from archivecite.parse.published.cjk_title_lines import title_square_tail
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.names import (
    chinese_name,
    japanese_name,
)
from archivecite.parse.published.scanning import CJK_BRACKETS, TITLE_OPENERS, trim
from archivecite.parse.published.titles import put_plain_text, put_text
from archivecite.translit import looks_japanese

# What stands between two titles when the second is a book the first was printed in.
CHAPTER_MARKERS = ("所収", "收入", "收录", "收錄")


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
        closing = _closing(text, opening, end)
        if closing < 0:
            break
        pairs.append((opening, closing))
        pos = closing + 1
    return pairs


def _closing(text: str, opening: int, end: int) -> int:
    """The bracket that closes ``text[opening]``; a title may quote another in the same
    brackets: 「日本電気の「MS-DOS3.1」に潜んでいたバグ」."""
    close = CJK_BRACKETS[text[opening]]
    depth = 0
    for index in range(opening + 1, end):
        if text[index] == text[opening]:
            depth += 1
        elif text[index] == close:
            if depth == 0:
                return index
            depth -= 1
    return -1


def parse_cjk(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    pairs = cjk_brackets(text, start, end)
    japanese = looks_japanese(text[start:end]) or "『" in text[start:end]
    opener = text[pairs[0][0]] if pairs else ""
    if opener == "「" and japanese_name(text[start : pairs[0][0]], in_chinese=not japanese):
        japanese = True  # "亀井俊介「英文学者 夏目漱石」(松柏社)": a Japanese author, no kana
    lang = "ja" if japanese else "zh"
    if not pairs or (text[start] not in TITLE_OPENERS and title_square_tail(draft, start, end)):
        draft.language = draft.language or lang
        return  # "特攻戦艦「大和」 (光人社NF文庫) [ 吉田俊雄 ]": a shop's title quotes a name
    draft.language = draft.language or lang
    head_start, head_end = trim(text, start, pairs[0][0], " \t\n　,，、:：./／")
    names_end = name_particle_end(text, head_start, head_end)  # "小熊英二さんの「…」"
    joined = names_end < head_end  # a person's name joined to the title by の
    head_end = names_end
    prose_year = None
    if lang == "zh" and CJK_PROSE_MARK_PATTERN.search(text, head_start, head_end):
        prose_year = _prose_head(draft, head_start, head_end)
        head_end = head_start  # the names, if any, are read
    cjk_head(draft, head_start, head_end, lang)
    put_text(draft, "title", _title_span(text, pairs[0]))
    _one_line_title(draft)
    rest = _dash_subtitle(draft, pairs[0], end)
    _title_edition(draft)
    juan = None
    if len(pairs) > 1:  # 《太平御览》卷690《服章部七》: the second title names a part of the first
        juan = CJK_VOLUME_WORDS_PATTERN.fullmatch(text, *trim(text, rest, pairs[1][0], " \t"))
    if juan is not None and juan["juan"]:
        draft.put("volume", str(kanji_number(juan["juan"])), *juan.span("juan"))
        rest = pairs[1][1] + 1
    elif len(pairs) > 1:
        between_start, between_end = trim(text, rest, pairs[1][0], " \t,，、:：.")
        between = text[between_start:between_end]
        if role_at_end(between)[0] == "editors" or any(m in between for m in CHAPTER_MARKERS):
            draft.chapter = True
            cjk_people(draft, between_start, between_end, lang, "container_editors")
        put_text(draft, "container_title", _title_span(text, pairs[1]))
        rest = pairs[1][1] + 1
    cjk_tail(draft, rest, end)
    read_with_japanese(draft)
    if prose_year is not None and not draft.has("date"):  # "2013年12月中央文献出版社修订出版的《"
        draft.put("date", *prose_year)
    _cited_in_short(draft, (head_start, head_end), pairs, (rest, end), joined=joined)
    collection = draft.values.get("container_title")
    if collection is not None and str(collection).endswith(CJK_COLLECTED_WORKS_ENDINGS):
        draft.chapter = True  # "《斯大林全集》第7卷": a piece of an author's collected works
    container = draft.has("container_title")
    if container and draft.has("place") and not draft.has("issue"):
        draft.chapter = True  # a journal's name is not followed by an imprint: a book's is
    if draft.has("url") and not (container or draft.has("publisher")):
        draft.kind = "webpage"


def _cited_in_short(
    draft: Draft,
    head: tuple[int, int],
    pairs: list[tuple[int, int]],
    tail: tuple[int, int],
    *,
    joined: bool,
) -> None:
    """A work named in short, its imprint given elsewhere: by its author and title (``田中圭一
    『村からみた日本史』``) or its title alone (``《改變世界的日子——與王海容談毛澤東外交往事》``),
    perhaps with the volume and pages the note cites (``《周恩來年譜(1898~1949)》,第615~616頁``:
    the pages are the place cited, not the work's extent)."""
    text = draft.text
    if _named_book_alone(draft, head, pairs, tail, joined=joined) or _book_title_alone(
        text, head, pairs, tail[1]
    ):
        draft.short_note = True
    if draft.short_note and draft.has("pages") and not draft.has("container_title"):
        pages = draft.values.pop("pages")
        span = next(span for span in draft.spans if span.field == "pages")
        draft.spans = [other for other in draft.spans if other is not span]
        draft.put_extra("locator", pages, span.start, span.end)


def _prose_head(draft: Draft, start: int, end: int) -> tuple[DateRange, int, int] | None:
    """Chinese running text before a title (``由陈晓农编纂的``, ``孔东梅携新书``, ``2013年12月中央
    文献出版社修订出版的``): the names the words next to the title tie to it, with their role,
    and a publisher it names; none when no name stands there (``由毛泽东的外孙女孔东梅编著的``:
    the prose is no name). The date it names, if any, and where."""
    text = draft.text
    head = CJK_PROSE_HEAD_PATTERN.search(text, start, end)
    if head is not None and (head["frame"] or head["written"]):
        role = "editors" if head["role"] and head["role"][0] in "编編主" else "authors"
        for name in head["names"].split("、"):
            if chinese_name(name):
                offset = head.start("names") + head["names"].find(name)
                cjk_people(draft, offset, offset + len(name), "zh", role, bare=True)
    publisher = CJK_PROSE_PUBLISHER_PATTERN.search(text, start, end)
    if publisher is not None:
        put_plain_text(draft, "publisher", *publisher.span("publisher"))
    if head is not None and head["year"]:  # "林煌天(1997)主编的《"
        return DateRange.of(int(head["year"])), *head.span("year")
    year = CJK_YEAR_PATTERN.search(text, start, end)
    if year is None:
        return None
    month = int(year["month"]) if year["month"] else None
    return DateRange.of(int(year["year"]), month), year.start(), year.end()


def _one_line_title(draft: Draft) -> None:
    """A title the page breaks inside its brackets (``「猫の泉\n日影丈吉傑作選2」``), on one
    line."""
    title = draft.values.get("title")
    if title is not None and "\n" in title.original:
        one_line = " ".join(title.original.split())
        draft.values["title"] = title.model_copy(update={"original": one_line})


def _dash_subtitle(draft: Draft, pair: tuple[int, int], end: int) -> int:
    """A subtitle between dashes after the title's brackets (``「江戸の捨て子たち」\n――その肖像――``,
    a review's book block), joined to the title; where the tail begins."""
    text = draft.text
    match = CJK_DASH_SUBTITLE_PATTERN.match(text, pair[1] + 1, end)
    if match is None or not draft.has("title"):
        return pair[1] + 1
    title = draft.values["title"]
    draft.spans = [span for span in draft.spans if span.field != "title"]
    joined = Text(original=f"{title.original} {match['subtitle'].strip()}", lang=title.lang)
    draft.put("title", joined, pair[0] + 1, match.end("subtitle"))
    return match.end()


def _title_edition(draft: Draft) -> None:
    """An edition printed inside the title (``サイバネティクス<第2版>``, ``人間機械論 第二版 人間の
    人間的な利用``): the edition, the title without it."""
    title = draft.values.get("title")
    if title is None or draft.has("edition"):
        return
    match = CJK_TITLE_EDITION_PATTERN.search(title.original)
    if match is None:
        return
    rest = f"{title.original[: match.start()]} {title.original[match.end() :]}"
    if not rest.strip():
        return
    draft.values["title"] = Text(original=" ".join(rest.split()), lang=title.lang)
    span = next(span for span in draft.spans if span.field == "title")
    draft.put("edition", match["edition"], span.start, span.end)


def _named_book_alone(
    draft: Draft,
    head: tuple[int, int],
    pairs: list[tuple[int, int]],
    tail: tuple[int, int],
    *,
    joined: bool,
) -> bool:
    """A book's brackets (『』《》) after names and nothing after them; a head with hiragana
    is a sentence ("本書は『…』"), not names. A person's name joined to 「」 by の names a book
    too (``宮下奈都さんの「羊と鋼と森」``)."""
    text = draft.text
    rest, end = tail
    names = text[head[0] : head[1]]
    reading = CJK_HEAD_READING_PATTERN.search(names)
    names = names[: reading.start()] if reading is not None else names
    return (
        len(pairs) == 1
        and (
            text[pairs[0][0]] in "『《"
            or _heading_over(text, head, pairs[0][0])
            or japanese_name(names)  # "夏目漱石「道草」": a blog names a novel so
            or joined
        )
        and bool(draft.authors or draft.editors)
        and (
            role_at_end(names)[0] is not None  # "井原あや[編]": a name in kana, with its role
            or not any("\u3041" <= char <= "\u309f" for char in names)
        )
        and (
            trim(text, rest, end, " \t.。")[0] >= end
            or (_cited_parts(text, rest, end) and names_head(names))
        )
    )


def _book_title_alone(
    text: str, head: tuple[int, int], pairs: list[tuple[int, int]], end: int
) -> bool:
    """A book's title alone in the marks Chinese prints only around a title (《》), nothing
    before them and nothing after them but the volume and pages cited, as a paragraph or a
    short note names it; 『』 and 「」 alone may quote words."""
    rest = pairs[0][1] + 1 if pairs else end
    return (
        len(pairs) == 1
        and head[0] >= head[1]
        and text[pairs[0][0]] == "《"
        and (trim(text, rest, end, " \t.。")[0] >= end or _cited_parts(text, rest, end))
    )


def _cited_parts(text: str, start: int, end: int) -> bool:
    """Nothing after a title but the volume and the pages a note cites (``第15冊,第245~246頁。``,
    ``,第615~616頁``): a work cited in short, its imprint given elsewhere."""
    match = CJK_CITED_PARTS_PATTERN.match(text, start, end)
    return match is not None and bool(match["volume"] or match["pages"])


def _heading_over(text: str, head: tuple[int, int], opening: int) -> bool:
    """An author's heading in a bibliography over one of the books, which 「」 names as well as
    『』 there: the name with its reading in brackets (``日影 丈吉 (ひかげじょうきち)
    「かむなぎうた」``), or names on a line of their own above the brackets."""
    reading = CJK_HEAD_READING_PATTERN.search(text, *head)
    return head[0] < head[1] and (
        (reading is not None and reading.start() > head[0]) or "\n" in text[head[1] : opening]
    )


def _title_span(text: str, pair: tuple[int, int]) -> tuple[int, int]:
    """Inside the brackets, without a sentence's closing 。: 「…基本ソフトに欠陥。」."""
    opening, closing = pair
    return opening + 1, closing - 1 if text[closing - 1] == "。" else closing
