"""A Japanese or Chinese book named by a title line: the title with its edition, year, series or
imprint in a bracket after it, or with its author after a slash or before it."""

from __future__ import annotations

import re

from archivecite.errors import MissingExtraError
from archivecite.model import DateRange, PartialDate, Text
from archivecite.parse.published.cjk_patterns import (
    CJK_COPY_DETAIL_PATTERN,
    CJK_FIELD_DATE_PATTERN,
    CJK_REFERENCE_WORK_ENDINGS,
    CJK_SENTENCE_ENDINGS,
    CJK_SERIES_TAIL_PATTERN,
    CJK_SET_COUNT_PATTERN,
    CJK_SET_YEARS_PATTERN,
    CJK_TITLE_BRACKET_PATTERN,
    CJK_TITLE_IMPRINT_PATTERN,
)
from archivecite.parse.published.cjk_roles import cjk_people, name_like, publisher_like
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.names import japanese_name, japanese_surname
from archivecite.parse.published.scanning import is_cjk, trim
from archivecite.parse.published.titles import put_plain_text, put_text
from archivecite.translit import looks_japanese
from archivecite.translit.japanese.tokens import analyse


def title_slash_author(draft: Draft, start: int, end: int) -> bool:
    """``こころ/夏目漱石``, ``坊っちゃん (岩波文庫)/夏目 漱石``: a title, perhaps its series in
    brackets, a slash and the author, as an online shop's link names a book; the author a
    Japanese name the dictionary knows or a foreign one in katakana."""
    text = draft.text
    slash = max(text.rfind("/", start, end), text.rfind("／", start, end))
    if slash <= start:
        return False
    author = trim(text, slash + 1, end, " \t　★☆")  # "救命拒否/鏑木蓮 ★★★": a reader's rating
    name = text[slice(*author)]
    if not (japanese_name(name) or _foreign_person(name.replace("・", ""))):
        return False
    title_start, title_end = trim(text, start, slash, " \t　")
    series = CJK_SERIES_TAIL_PATTERN.search(text, title_start, title_end)
    if series is not None:
        title_end = trim(text, title_start, series.start(), " \t　")[1]
    title = text[title_start:title_end]
    if not title or "。" in title or not any(is_cjk(char) for char in title):
        return False
    draft.language = draft.language or "ja"
    put_text(draft, "title", (title_start, title_end))
    cjk_people(draft, *author, "ja", "authors", bare=True)
    if series is not None:
        draft.put("series", Text(original=series["series"], lang="ja"), *series.span("series"))
    draft.short_note = True  # no imprint: a book named by its title and author
    return True


def title_imprint(draft: Draft, start: int, end: int) -> bool:
    """A title with its imprint and no people, in one bracket after it
    (``漱石全集(1993年 - 1999年、岩波書店、全28巻別巻1巻)``, a list of a writer's collected works)
    or after spaces as a used-book shop lists a set (``漱石全集 岩波書店 18冊 1976/4/12 菊判
    第2刷``): the publisher, the years, the number of volumes and what is said of the copy, and
    nothing else. Read only when the publisher and a year are found."""
    text = draft.text
    bracket = CJK_TITLE_IMPRINT_PATTERN.match(text, start, end)
    if bracket is not None:
        title = trim(text, *bracket.span("title"), " \t　")
        pieces = _pieces(text, *bracket.span("inside"), "、，,")
    else:
        spaced = _pieces(text, start, end, " \t　")
        first = next(
            (i for i, piece in enumerate(spaced) if publisher_like(text[slice(*piece)])), 0
        )
        if first < 1:
            return False
        title = (spaced[0][0], spaced[first - 1][1])
        pieces = spaced[first:]
    value = text[slice(*title)]
    if not value or any(mark in value for mark in "。，、") or not any(map(is_cjk, value)):
        return False
    found: dict[str, re.Match[str]] = {}
    publisher: tuple[int, int] | None = None
    for piece in pieces:
        if publisher is None and publisher_like(text[slice(*piece)]):
            publisher = piece
            continue
        for name, pattern in (
            ("date", CJK_FIELD_DATE_PATTERN if bracket is None else CJK_SET_YEARS_PATTERN),
            ("count", CJK_SET_COUNT_PATTERN),
            ("detail", CJK_COPY_DETAIL_PATTERN),
        ):
            match = pattern.fullmatch(text, *piece)
            if match is not None and (name == "detail" or name not in found):
                found[name] = match
                break
        else:
            return False
    date = found.get("date")
    if publisher is None or date is None:
        return False
    # 巻 is the Japanese form of 卷; a format (菊判) or a printing (第2刷), a Japanese shop's words
    japanese = looks_japanese(text[start:end]) or "巻" in text[start:end] or "detail" in found
    draft.language = draft.language or ("ja" if japanese else "zh")
    put_text(draft, "title", title)
    put_plain_text(draft, "publisher", *publisher)
    if bracket is not None:
        last = PartialDate(year=int(date["last_year"])) if date["last_year"] else None
        years = DateRange(start=PartialDate(year=int(date["year"])), end=last)
        draft.put("date", years, date.start("year"), date.end("last_year" if last else "year"))
    else:
        month = int(date["month"]) if date["month"] else None
        month = month if month is not None and 1 <= month <= 12 else None
        draft.put("date", DateRange.of(int(date["year"]), month), *date.span())
    if "count" in found:
        draft.put("number_of_volumes", found["count"]["count"], *found["count"].span("count"))
    return True


def _pieces(text: str, start: int, end: int, separators: str) -> list[tuple[int, int]]:
    """The pieces of ``text[start:end]`` between ``separators``, trimmed, empty ones left out."""
    pieces: list[tuple[int, int]] = []
    piece = start
    for index in range(start, end + 1):
        if index == end or text[index] in separators:
            part = trim(text, piece, index, " \t　")
            if part[1] > part[0]:
                pieces.append(part)
            piece = index + 1
    return pieces


def series_line(draft: Draft, start: int, end: int) -> bool:
    """``ウィーナー サイバネティックス――動物と機械における制御と通信 (岩波文庫)``: the author (a
    foreign name in katakana, or a Japanese name the dictionary knows), a space, the title and
    its series in brackets, as shops list a book."""
    text = draft.text
    series = CJK_SERIES_TAIL_PATTERN.search(text, start, end)
    space = text.find(" ", start, end)
    if series is None or space < 0 or space >= series.start():
        return False
    author = text[start:space]
    if not (_foreign_person(author) or (name_like(author) and japanese_surname(author))):
        return False
    title_start, title_end = trim(text, space, series.start(), " \t　")
    if title_end - title_start < 2 or "。" in text[title_start:title_end]:
        return False
    draft.language = draft.language or "ja"
    cjk_people(draft, start, space, "ja", "authors")
    put_text(draft, "title", (title_start, title_end))
    draft.put("series", Text(original=series["series"], lang="ja"), *series.span("series"))
    draft.short_note = True  # no imprint: a book named by its author, title and series
    return True


def _foreign_person(value: str) -> bool:
    """``ウィーナー``, ``ノーバート・ウィーナー``: katakana the dictionary reads as a person's name
    (not ``データ``, a word); False without the ``ja`` extra."""
    if not all("\u30a1" <= char <= "\u30fc" or char in "=＝" for char in value):
        return False
    try:
        tokens = analyse(value)[0]
    except MissingExtraError:
        return False
    words = [token for token in tokens if token.surface not in "・=＝"]
    return bool(words) and all(token.pos3 == "人名" for token in words)


def title_bracket(draft: Draft, start: int, end: int) -> bool:
    """A title alone and one bracket after it, as tables, lists and shops name a book: its
    edition (``諸橋大漢和辞典 (修訂第2版)``, ``新漢語林［第二版］``), its series and the series'
    number (``日本文化のかくれた形 (岩波現代文庫 学術 128)``: the series is read, which tells a
    reprint from the first edition), or the year of a reference work (``角川大字源 (1992)``; after
    other words a year may name an event: ``東日本大震災 (2011)``)."""
    text = draft.text
    match = CJK_TITLE_BRACKET_PATTERN.match(text, start, end)
    if match is None:
        return False
    title_start, title_end = trim(text, *match.span("title"), " \t　")
    title = text[title_start:title_end]
    if not any("\u4e00" <= char <= "\u9fff" or "\u30a1" <= char <= "\u30fa" for char in title):
        return False
    if any(word.endswith(CJK_SENTENCE_ENDINGS) for word in title.split()):
        return False  # "今日は 雨です (岩波文庫)": a sentence, no title
    if match["year"] and not title.endswith(CJK_REFERENCE_WORK_ENDINGS):
        return False
    draft.language = draft.language or ("ja" if looks_japanese(text[start:end]) else "zh")
    put_text(draft, "title", (title_start, title_end))
    if match["year"]:
        last = PartialDate(year=int(match["last_year"])) if match["last_year"] else None
        years = DateRange(start=PartialDate(year=int(match["year"])), end=last)
        draft.put("date", years, match.start("year"), match.end("last_year" if last else "year"))
    elif match["edition"]:
        draft.put("edition", "".join(match["edition"].split()), *match.span("edition"))
    else:
        series_end = match.end("part") if match["part"] else match.end("series")
        series = Text(original=text[match.start("series") : series_end], lang=draft.language)
        draft.put("series", series, match.start("series"), series_end)
        if match["number"]:
            draft.put_extra("series_number", match["number"], *match.span("number"))
    draft.short_note = not match["year"]  # no imprint: a book named by its title alone
    return True
