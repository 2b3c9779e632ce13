"""Japanese and Chinese records set out as blocks of lines: a review's heading block over
the book it reviews, a book's colophon (奥付), a list whose lines begin with the people."""

from __future__ import annotations

import re

from archivecite.model import DateRange, Text
from archivecite.parse.dates import kanji_number
from archivecite.parse.published.cjk_patterns import (
    CJK_AUTHOR_MARKS,
    CJK_BLOCK_DATE_PATTERN,
    CJK_BLOCK_ISBN_PATTERN,
    CJK_BLOCK_PRICE_PATTERN,
    CJK_BLOCK_SERIES_PATTERN,
    CJK_BLOCK_VOLUME_PATTERN,
    CJK_COLOPHON_PATTERN,
    CJK_FIRST_EDITION_DATE_PATTERN,
    CJK_LIST_PRICE_PATTERN,
    CJK_PIECE_PATTERN,
    CJK_PRINTING_LINE_PATTERN,
)
from archivecite.parse.published.cjk_roles import (
    cjk_people,
    foreign_person,
    name_like,
    publisher_like,
    role_at_end,
)
from archivecite.parse.published.cjk_title_lines import plain_title
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.names import chinese_name, japanese_name, japanese_surname
from archivecite.parse.published.scanning import trim
from archivecite.parse.published.terms import CJK_SERIES_ENDINGS
from archivecite.parse.published.titles import put_plain_text, put_text
from archivecite.translit import looks_japanese


def heading_block(draft: Draft, start: int, end: int) -> bool:
    """A book's heading as a publisher's page, a shop or a list prints it over several lines or on
    one, the title first (perhaps with its volume and the volume's title, and a subtitle), then
    from the end what closes it: the date, a price, an ISBN, the series (with its number), the
    author with or without a role word: ``シベリア抑留 栗原俊雄 岩波新書新赤1207
    ISBN978-4-00-431207-9 700円 2009年9月``, ``コミック昭和史 第2巻 満州事変〜日中全面戦争
    水木しげる著 講談社文庫``, ``シベリア抑留 最後の帰還者 家族をつないだ52通のハガキ 栗原 俊雄``,
    ``西安事变回忆录※ 1937年1月 宋美龄`` (the lines of a page reach the parser as spaces). Read
    only when an author, a series or a volume is found and the title is no sentence."""
    text = draft.text
    pieces = [match.span() for match in CJK_PIECE_PATTERN.finditer(text[start:end])]
    pieces = [(start + a, start + b) for a, b in pieces]
    found: dict[str, tuple[int, int]] = {}
    names: list[tuple[int, int]] = []
    role: str | None = None
    index = len(pieces)
    lang = "ja" if looks_japanese(text[start:end]) else "zh"
    while index > 1:
        piece = pieces[index - 1]
        value = text[slice(*piece)]
        kind = _block_piece(value, found, lang)
        if kind is None and not names:
            kind = "names" if _person(text, pieces, index - 1, lang) else None
            if kind is None:
                group_role, size = role_at_end(value, lang)
                if (group_role is not None and size and name_like(value[:size])) or (
                    group_role is not None and size and _katakana_kana_name(value[:size])
                ):
                    role, kind = group_role, "names"
                    piece = (piece[0], piece[0] + size)
        if kind is None:
            break
        if kind == "names":
            spaced = index >= 3 and _spaced_name(text, pieces[index - 2], pieces[index - 1])
            names.append((pieces[index - 2][0], piece[1]) if spaced and role is None else piece)
            index -= 2 if spaced and role is None else 1
            continue
        found[kind] = piece
        index -= 1
    title_pieces = pieces[:index]
    volume_at = next(
        (i for i, p in enumerate(title_pieces) if CJK_BLOCK_VOLUME_PATTERN.fullmatch(text, *p)),
        None,
    )
    if not (names or "series" in found or volume_at) or index < 1:
        return False
    main = title_pieces[:volume_at] if volume_at is not None else title_pieces
    words = [p for i, p in enumerate(title_pieces) if i != volume_at]
    if not main or not all(plain_title(text[slice(*p)].rstrip("※")) for p in words):
        return False
    if volume_at is None and not names and len(main) < 2:
        return False  # "岩波新書 …": a series alone after one word names no book
    draft.language = draft.language or lang
    title_end = trim(text, main[0][0], main[-1][1], " \t　※")[1]
    put_text(draft, "title", (main[0][0], title_end))
    if volume_at is not None:
        volume = CJK_BLOCK_VOLUME_PATTERN.fullmatch(text, *title_pieces[volume_at])
        assert volume is not None
        draft.put("volume", str(kanji_number(volume["volume"])), *volume.span("volume"))
        rest = title_pieces[volume_at + 1 :]
        if rest:
            draft.put_extra(
                "volume_title", " ".join(text[slice(*p)] for p in rest), rest[0][0], rest[-1][1]
            )
    for name in reversed(names):
        cjk_people(draft, *name, lang, role or "authors", bare=True)
    _block_fields(draft, found)
    if not draft.has("date"):
        draft.short_note = True  # a book named by its title, author or series: no imprint
    return True


def colophon_block(draft: Draft, start: int, end: int) -> bool:
    """A book's colophon as a blog copies it (``坊っちゃん 夏目漱石【著】 新潮社(新潮文庫)刊
    1950(昭和25)年1月発行 1980(昭和55)年5月改版 …``, its lines joined by spaces): the title,
    the author with the role word, the publisher and its series, the year and month of the first
    printing (発行); the later revisions and printings are kept as ``extra["printings"]``. Read
    only when the name is a name."""
    text = draft.text
    match = CJK_COLOPHON_PATTERN.fullmatch(text, *trim(text, start, end, " \t\n　"))
    if match is None:
        return False
    names = match["names"]
    if not (japanese_name(names) or foreign_person(names.replace("・", "")) or name_like(names)):
        return False
    if not publisher_like(match["publisher"]):
        return False
    draft.language = draft.language or "ja"
    put_text(draft, "title", match.span("title"))
    role = role_at_end(match["role"])[0] or "authors"
    cjk_people(draft, *match.span("names"), "ja", role, bare=True)
    put_plain_text(draft, "publisher", *match.span("publisher"))
    if match["series"]:
        draft.put("series", Text(original=match["series"], lang="ja"), *match.span("series"))
    date = DateRange.of(int(match["year"]), int(match["month"]))
    draft.put("date", date, match.start("year"), match.end("month"))
    if match["later"].strip():
        later = " ".join(match["later"].split())
        draft.put_extra("printings", later, *trim(text, *match.span("later"), " \t\n　"))
    return True


def people_first_block(draft: Draft, start: int, end: int) -> bool:
    """A new book as a reader's list prints it, its lines joined by spaces: the people with
    their role words, the title, the series or publisher, the day with the printing and perhaps
    the price (``サン=テグジュペリ作 内藤濯訳 星の王子さま 岩波文庫 2017年7月14日 第1刷
    520円+税``). Read only when the title is one word and each person's piece names its part
    (a role word, 作, 自筆) or is a name, one at least with its role word."""
    text = draft.text
    pieces = [
        (start + m.start(), start + m.end()) for m in CJK_PIECE_PATTERN.finditer(text[start:end])
    ]
    if pieces and CJK_LIST_PRICE_PATTERN.fullmatch(text, *pieces[-1]):
        price: tuple[int, int] | None = pieces.pop()
    else:
        price = None
    if len(pieces) < 5:
        return False
    printing = CJK_PRINTING_LINE_PATTERN.fullmatch(text, pieces[-2][0], pieces[-1][1])
    dated = printing or CJK_PRINTING_LINE_PATTERN.fullmatch(text, *pieces[-1])
    if dated is None:
        return False
    date_at = len(pieces) - (2 if printing is not None else 1)
    if date_at < 3:
        return False
    imprint, title = pieces[date_at - 1], pieces[date_at - 2]
    if not publisher_like(text[slice(*imprint)]):
        return False
    groups = _people_pieces(text, pieces[0][0], pieces[date_at - 3][1])
    if groups is None:
        return False
    draft.language = draft.language or "ja"
    put_text(draft, "title", title)
    for group_start, group_end, role in groups:
        cjk_people(draft, group_start, group_end, "ja", role, bare=True)
    imprint_value = text[slice(*imprint)]
    if imprint_value.endswith(CJK_SERIES_ENDINGS):
        draft.put("series", Text(original=imprint_value, lang="ja"), *imprint)
    else:
        put_plain_text(draft, "publisher", *imprint)
    day = int(dated["day"]) if dated["day"] else None
    date = DateRange.of(int(dated["year"]), int(dated["month"]), day)
    draft.put("date", date, dated.start("year"), dated.end("day") if day else dated.end("month"))
    if dated["printing"]:
        draft.put_extra("printing", dated["printing"], *dated.span("printing"))
    if price is not None:
        draft.put_extra("price", text[slice(*price)], *price)
    return True


def _people_pieces(text: str, start: int, end: int) -> list[tuple[int, int, str]] | None:
    """The people of a list's first line, each piece a name with its part: ``谷川俊太郎編``
    (editors), ``内藤濯訳`` (translators), ``サン=テグジュペリ作``, ``芭蕉自筆`` (authors), a bare
    name (``紫式部``, the author); None when a piece is none of these or no role word is found."""
    groups: list[tuple[int, int, str]] = []
    worded = False
    for match in CJK_PIECE_PATTERN.finditer(text[start:end]):
        piece = match.group()
        piece_start = start + match.start()
        role, size = role_at_end(piece)
        mark = next((m for m in CJK_AUTHOR_MARKS if piece.endswith(m)), None)
        if role is not None and role != "commentators" and size:
            names, part = piece[:size], role
        elif mark is not None and len(piece) > len(mark):
            names, part = piece[: -len(mark)], "authors"
        elif japanese_name(piece) or name_like(piece):
            names, part = piece, "authors"
        else:
            return None
        worded = worded or names != piece
        core = names.rstrip("他等ほか")
        foreign = foreign_person(core.replace("=", "").replace("・", ""))
        several = [name for name in core.split("・") if name]  # "上野洋三・櫻井武次郎校注"
        if not (foreign or all(name_like(name) or japanese_name(name) for name in several)):
            return None
        groups.append((piece_start, piece_start + len(core), part))
    return groups if worded else None


def _block_piece(value: str, found: dict[str, tuple[int, int]], lang: str) -> str | None:
    """What a piece closing a heading block is (``isbn``, ``price``, ``date``, ``series``), when
    that field was not found yet; None for anything else."""
    tests = (
        ("isbn", CJK_BLOCK_ISBN_PATTERN),
        ("price", CJK_BLOCK_PRICE_PATTERN),
        ("date", CJK_BLOCK_DATE_PATTERN),
        ("series", CJK_BLOCK_SERIES_PATTERN),
    )
    for kind, pattern in tests:
        if kind not in found and pattern.fullmatch(value):
            return kind
    return None


def _block_fields(draft: Draft, found: dict[str, tuple[int, int]]) -> None:
    text = draft.text
    if "isbn" in found:
        isbn = CJK_BLOCK_ISBN_PATTERN.fullmatch(text, *found["isbn"])
        assert isbn is not None
        draft.put("isbn", isbn["isbn"], *isbn.span("isbn"))
    if "date" in found:
        date = CJK_BLOCK_DATE_PATTERN.fullmatch(text, *found["date"])
        assert date is not None
        _block_date(draft, date)
    if "series" in found:
        series = CJK_BLOCK_SERIES_PATTERN.fullmatch(text, *found["series"])
        assert series is not None
        draft.put(
            "series", Text(original=series["series"], lang=draft.language), *series.span("series")
        )
        if series["number"]:
            draft.put_extra("series_number", series["number"], *series.span("number"))


def _block_date(draft: Draft, date: re.Match[str]) -> None:
    """The book's date: the first edition's (``2009年3月(2025年4月第3刷)``, the later printing
    kept as ``extra["printings"]``; ``2010年6月(1977年5月初版)``, the first edition's date in the
    brackets after the printing's), none when the first edition's year is misprinted
    (``(19977年5月初版)``) rather than a printing's."""
    other = date["other"]
    if other is None or not other.endswith(("初版", "初版発行")):
        month_text = date["month"] or date["slash_month"]
        month = int(month_text) if month_text and 1 <= int(month_text) <= 12 else None
        draft.put("date", DateRange.of(int(date["year"]), month), *date.span("main"))
        if other is not None:
            draft.put_extra("printings", other, *date.span("other"))
        return
    draft.put_extra("printings", date["main"], *date.span("main"))
    first = CJK_FIRST_EDITION_DATE_PATTERN.fullmatch(other)
    if first is not None:
        month = int(first["month"]) if first["month"] and 1 <= int(first["month"]) <= 12 else None
        draft.put("date", DateRange.of(int(first["year"]), month), *date.span("other"))


def _person(text: str, pieces: list[tuple[int, int]], index: int, lang: str) -> bool:
    """The piece at ``index`` is a person's whole name the dictionary knows (``栗原俊雄``), the
    given name of one parted by a space (``栗原 俊雄``), or in a Chinese text a Chinese name
    (``宋美龄``)."""
    value = text[slice(*pieces[index])]
    if index >= 1 and _spaced_name(text, pieces[index - 1], pieces[index]):
        return True
    if lang == "zh":
        return chinese_name(value)
    return japanese_name(value) or foreign_person(value.replace("・", ""))


def _spaced_name(text: str, family: tuple[int, int], given: tuple[int, int]) -> bool:
    """``栗原 俊雄``: a family name and a given name of three kanji at most, parted by a space,
    that make a name the dictionary knows."""
    first, second = text[slice(*family)], text[slice(*given)]
    return len(first) <= 3 and len(second) <= 3 and japanese_name(f"{first}{second}")


def _katakana_kana_name(value: str) -> bool:
    """A name in kanji and kana (``水木しげる``) or in katakana (``ウィーナー``)."""
    return bool(value) and (
        foreign_person(value.replace("・", ""))
        or (
            "\u4e00" <= value[0] <= "\u9fff"
            and all("\u4e00" <= c <= "\u9fff" or "\u3041" <= c <= "\u309f" for c in value)
            and bool(japanese_surname(value))
        )
    )
