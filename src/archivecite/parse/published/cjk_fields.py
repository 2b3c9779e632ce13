"""Japanese and Chinese references printed as fields without brackets: "書名 著者 出版社(2009/07)",
a record glued together ("五十嵐富夫飯盛女 宿場の娼婦たち新人物往来社1981"), a book list's "title
author publisher year"; the readers of a title line (:mod:`cjk_title_lines`) are tried first."""

from __future__ import annotations

import re

from archivecite.errors import MissingExtraError
from archivecite.model import DateRange, Text
from archivecite.parse.dates import era_letter_year, kanji_number
from archivecite.parse.published.cjk_blocks import colophon_block, heading_block, people_first_block
from archivecite.parse.published.cjk_listing_patterns import (
    CJK_BARE_ISBN13_PATTERN,
    CJK_ERA_LETTER_YEAR_PATTERN,
    CJK_LIST_EXTENT_PATTERN,
)
from archivecite.parse.published.cjk_patterns import (
    CJK_BY_SENTENCE_PATTERN,
    CJK_FIELD_DATE_PATTERN,
    CJK_FIELD_PATTERN,
    CJK_GLUED_TAIL_PATTERN,
    CJK_JAPANESE_NEWSPAPER_ENDINGS,
    CJK_JOURNAL_LINE_PATTERN,
    CJK_LINE_PIECE_PATTERN,
    CJK_NAME_VOLUME_PAGE_PATTERN,
    CJK_NEWSPAPER_DAY_PATTERN,
    CJK_POSTED_BYLINE_PATTERN,
    CJK_RECORD_COPY_WORDS,
    CJK_SENTENCE_MARK_PATTERN,
    CJK_TITLE_BRACKET_EDITION_PATTERN,
    CJK_TITLE_VOLUME_PATTERN,
)
from archivecite.parse.published.cjk_roles import (
    OTHERS,
    cjk_people,
    foreign_person,
    name_like,
    names_head,
    publisher_like,
    role_at_end,
    role_at_start,
)
from archivecite.parse.published.cjk_title_lines import (
    amazon_title_line,
    author_slash_title,
    corner_title_byline,
    dash_title,
    put_cjk_title,
    roc_record,
    run_on_clan_name,
    series_line,
    title_bracket,
    title_edition_line,
    title_imprint,
    title_people_date,
    title_series_author,
    title_slash_author,
    title_square_tail,
    title_year_series,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash
from archivecite.parse.published.names import (
    dictionary_surname,
    japanese_name,
    japanese_surname,
)
from archivecite.parse.published.newspapers import is_newspaper
from archivecite.parse.published.scanning import is_cjk, trim
from archivecite.parse.published.terms import CJK_SERIES_ENDINGS
from archivecite.parse.published.titles import put_plain_text, put_text
from archivecite.translit import looks_japanese
from archivecite.translit.japanese.tokens import analyse

__all__ = ["parse_cjk_fields"]


def parse_cjk_fields(draft: Draft, start: int, end: int) -> bool:
    """A line of fields without brackets, as blogs, reading lists and shops print a book: the
    author the dictionary knows before the title and its series (``series_line``) or after
    it and a slash (``title_slash_author``), a title alone with its edition, year or series in
    brackets (``title_bracket``), title first (``_title_first``), a title and its imprint
    without people (``title_imprint``), or the fields glued together (``_glued_fields``)."""
    return (
        _newspaper_day(draft, start, end)
        or _posted_article(draft, start, end)
        or people_first_block(draft, start, end)
        or _name_volume_page(draft, start, end)
        or _by_sentence(draft, start, end)
        or title_series_author(draft, start, end)
        or title_slash_author(draft, start, end)
        or author_slash_title(draft, start, end)
        or series_line(draft, start, end)
        or _names_first_line(draft, start, end)
        or title_bracket(draft, start, end)
        or title_year_series(draft, start, end)
        or title_people_date(draft, start, end)
        or corner_title_byline(draft, start, end)
        or amazon_title_line(draft, start, end)
        or run_on_clan_name(draft, start, end)
        or title_edition_line(draft, start, end)
        or title_square_tail(draft, start, end)
        or _title_first(draft, start, end)
        or title_imprint(draft, start, end)
        or _glued_fields(draft, start, end)
        or colophon_block(draft, start, end)
        or heading_block(draft, start, end)
        or roc_record(draft, start, end)
        or dash_title(draft, start, end)
    )


def _names_first_line(draft: Draft, start: int, end: int) -> bool:
    """A shop's or a reading log's line that names the people first: one to three names the
    dictionary knows (``司馬遼太郎 北澤知己``, the author and the cover's artist, both read as
    its people), perhaps closed by a role word (``江藤淳著``), then the title with the volume's
    number in brackets (``世に棲む日日(一)``), then perhaps the series or the publisher
    (``文春文庫``); also a block of the author's line and the title's, joined by a space
    (``司馬遼太郎 燃えよ剣``). The title must hold kana or be no name."""
    text = draft.text
    pieces = [match.span() for match in CJK_LINE_PIECE_PATTERN.finditer(text, start, end)]
    count = 0
    while count < min(3, len(pieces) - 1) and _listed_name(text[slice(*pieces[count])]):
        count += 1
    rest = pieces[count:]
    if count == 0 or not 1 <= len(rest) <= 2:
        return False
    title_start, title_end = rest[0]
    volume = CJK_TITLE_VOLUME_PATTERN.search(text, title_start, title_end)
    if volume is not None:
        title_end = volume.start()
    title = text[title_start:title_end]
    last = text[slice(*rest[1])] if len(rest) == 2 else None
    if (
        len(title) < 2
        or not any(is_cjk(char) for char in title)
        or any(char.isdigit() or char in "。、，,:：/／(（)）「」『』" for char in title)
        or _listed_name(title)
        or publisher_like(title)
        or (last is not None and not (publisher_like(last) or last.endswith(CJK_SERIES_ENDINGS)))
    ):
        return False
    draft.language = draft.language or "ja"
    for piece in pieces[:count]:
        role, size = role_at_end(text[slice(*piece)])
        cjk_people(draft, piece[0], piece[0] + size, "ja", role or "authors", bare=True)
    put_text(draft, "title", (title_start, title_end))
    if volume is not None:
        number = volume["volume"]  # "(一)": 1; "(上)" as printed
        value = number if number in "上中下" else str(kanji_number(number))
        draft.put("volume", value, *volume.span("volume"))
    if last is not None and last.endswith(CJK_SERIES_ENDINGS):
        draft.put("series", Text(original=last, lang="ja"), *rest[1])
    elif last is not None:
        put_plain_text(draft, "publisher", *rest[1])
    # no imprint: a book named by its people, title and perhaps series
    draft.short_note = not draft.has("publisher")
    return True


def _listed_name(value: str) -> bool:
    """A Japanese name the dictionary knows, perhaps closed by its role word (``江藤淳著``)."""
    role, size = role_at_end(value)
    return japanese_name(value[:size] if role is not None else value)


def _newspaper_day(draft: Draft, start: int, end: int) -> bool:
    """``朝日新聞 1965年12月22日。``: a newspaper named without brackets and the day of its issue,
    perhaps with the page; a name that is no newspaper's (``原書房 1965年…``) is left alone."""
    text = draft.text
    match = CJK_NEWSPAPER_DAY_PATTERN.fullmatch(text, start, end)
    if match is None or not is_newspaper(match["name"]):
        return False
    date = DateRange.of(int(match["year"]), int(match["month"]), int(match["day"]))
    if date.start.day is None:
        return False
    japanese = looks_japanese(text[start:end]) or match["name"].endswith(
        CJK_JAPANESE_NEWSPAPER_ENDINGS
    )
    draft.language = draft.language or ("ja" if japanese else "zh")
    put_text(draft, "container_title", match.span("name"))
    draft.day_date = True
    draft.put("date", date, match.start("year"), match.end("day") + 1)
    if match["page"]:
        draft.put("pages", match["page"], *match.span("page"))
    return True


def _posted_article(draft: Draft, start: int, end: int) -> bool:
    """A journal's article as a site that copies journals heads it, its lines joined by spaces:
    the title, the day and time it was posted with the authors glued to it, the journal with the
    year and issue (``湖北高铁经济效应综合评价及政策创新研究 2016-09-10 08:51:59张座铭付书科武汉
    纺织大学… 湖北社会科学 2016年8期``). The authors are read only when the words after the time
    are names alone: glued to their affiliations they are left unread."""
    text = draft.text
    first = trim(text, start, end, " \t\n　")[0]
    title_end = next((i for i in range(first, end) if text[i].isspace()), end)
    posted_at = trim(text, title_end, end, " \t\n　")[0]
    posted = CJK_POSTED_BYLINE_PATTERN.match(text, posted_at, end)
    if posted is None or title_end <= first:
        return False
    journal = CJK_JOURNAL_LINE_PATTERN.search(text, posted.end(), end)
    title = text[first:title_end]
    if journal is None or not is_cjk(title[0]) or CJK_SENTENCE_MARK_PATTERN.search(title):
        return False
    if trim(text, journal.end(), end, " \t\n　。")[0] < end:
        return False  # more words after the journal's line: no heading
    language = put_cjk_title(draft, (first, title_end), title)
    names_end = next((i for i in range(posted.start("names"), end) if text[i].isspace()), end)
    names = text[posted.start("names") : names_end]
    if names_head(names) and role_at_end(names)[0] is None:
        cjk_people(draft, posted.start("names"), names_end, language, "authors")
    put_text(draft, "container_title", journal.span("journal"))
    draft.put("date", DateRange.of(int(journal["year"])), *journal.span("year"))
    draft.put("issue", str(int(journal["issue"])), *journal.span("issue"))
    draft.kind = "article"
    return True


def _by_sentence(draft: Draft, start: int, end: int) -> bool:
    """``中蘇關係史綱是由沈志華主編、新華出版社出版。``: a sentence naming a book without 《》, its
    editor or author (the role word says which) and its publisher; read only when a publisher's
    name closes it and the names are names."""
    text = draft.text
    match = CJK_BY_SENTENCE_PATTERN.fullmatch(text, start, end)
    if match is None or not publisher_like(match["publisher"]) or not names_head(match["names"]):
        return False
    role = role_at_end(match["names"] + match["role"])[0] or "authors"
    language = put_cjk_title(draft, match.span("title"), text[start:end])
    cjk_people(draft, *match.span("names"), language, role, bare=True)
    put_plain_text(draft, "publisher", *match.span("publisher"))
    return True


def _name_volume_page(draft: Draft, start: int, end: int) -> bool:
    """``原田、2: 208。``: a Western short note in Japanese punctuation, the author's name (one
    the dictionary knows, a surname alone or a whole name), the volume and the page cited; the
    work is named in full elsewhere."""
    text = draft.text
    match = CJK_NAME_VOLUME_PAGE_PATTERN.fullmatch(text, start, end)
    if match is None:
        return False
    name = match["name"]
    if not (japanese_name(name) or dictionary_surname(name)):
        return False
    draft.language = draft.language or "ja"
    cjk_people(draft, *match.span("name"), "ja", "authors", bare=True)
    draft.put("volume", match["volume"], *match.span("volume"))
    draft.put_extra("locator", join_dash(match["page"]), *match.span("page"))
    draft.short_note = True
    return True


def _title_first(draft: Draft, start: int, end: int) -> bool:
    """The title, its author (or authors with their role word), then the publisher and the
    date in either order (``害虫の誕生―虫からみた日本史 瀬戸口明久 筑摩書房(2009/07)``,
    ``江戸の悪霊祓い師  高田衛 1991・01  筑摩書房``,
    ``人類史のなかの人口と家族|木下太志、浜野潔編著``), also on lines of their own: a G-Tools
    box (``シベリア出兵 - 近代日本の忘れられた七年戦争 (中公新書)\n麻田 雅文\n\n中央公論新社
    2016-09-16``: the series in brackets after the title), a body as the author
    (``戦史叢書-ミッドウェー海戦\n\n防衛庁防衛研修所戦史室著 朝雲新聞社``). Read only when a
    publisher's name or a role word says so."""
    text = draft.text
    end, extent = _list_extent(text, start, end)
    pieces = [match.span() for match in CJK_FIELD_PATTERN.finditer(text, start, end)]
    pieces, isbn = _listing_pieces(text, pieces)
    index, date, publisher = _imprint_pieces(text, pieces)
    if extent is not None and date is None:
        return False
    names_end = index
    while index > 1 and _names_piece(text[slice(*pieces[index - 1])]):
        if text[slice(*pieces[index - 1])].endswith(CJK_SERIES_ENDINGS):
            break  # "もうひとつの満州 文庫 沢地久枝": the book's format, no name; "(中公新書)"
        index -= 1
    if index == names_end or index < 1:
        return False
    title_end = index
    before = text[slice(*pieces[index - 1])] if index > 1 else ""
    if before in CJK_SERIES_ENDINGS:
        title_end -= 1
        draft.put_extra("format", before, *pieces[index - 1])
    elif before.endswith(CJK_SERIES_ENDINGS) and _bracketed(text, pieces[index - 1]):
        title_end -= 1  # "シベリア出兵 - … (中公新書)\n麻田 雅文": a G-Tools box's title line
        draft.put("series", Text(original=before, lang="ja"), *pieces[index - 1])
    role = role_at_end(text[slice(*pieces[names_end - 1])])[0]
    groups = _labelled_names(text, pieces[index:names_end], role)
    if not groups or (publisher is None and groups[0][0] is None):
        return False
    japanese = looks_japanese(text[start:end])
    lang = "ja" if japanese else "zh"
    draft.language = draft.language or lang
    first, title_end = _foreign_author(draft, pieces[:title_end], lang)
    remark = text[slice(*pieces[title_end - 1])] if title_end - first > 1 else ""
    if remark.startswith("[") and remark.endswith("]"):  # "[先駆的著作]": the compiler's word
        title_end -= 1
        draft.put_extra("remark", remark[1:-1], *pieces[title_end])
    # "日本軍兵士―アジア・太平洋戦争の現実 / 吉田 裕": the slash before the author is no title's
    _put_edited_title(draft, trim(text, pieces[first][0], pieces[title_end - 1][1], " \t　/／"))
    for role, names in groups:
        for name_start, name_end in names:
            # "志水速雄訳": the name without its role word
            size = role_at_end(text[name_start:name_end])[1]
            cjk_people(draft, name_start, name_start + size, lang, role or "authors")
    if publisher is not None:
        put_plain_text(draft, "publisher", *publisher)
    if isbn is not None:
        draft.put("isbn", text[slice(*isbn)], *isbn)
    if publisher is None and date is None:
        draft.short_note = True  # a book named by its title and its people alone
    if extent is not None:
        draft.put_extra("extent", text[slice(*extent)], *extent)
    if date is not None:
        _put_field_date(draft, date)
    return True


def _put_field_date(draft: Draft, date: re.Match[str]) -> None:
    """``1981``, ``2009/07``, or an era's letter and year (``S37`` = 1962)."""
    if date.re is CJK_ERA_LETTER_YEAR_PATTERN:
        year = era_letter_year(date["letter"], int(date["letter_year"]))
        if year is not None:
            draft.put("date", DateRange.of(year), *date.span())
        return
    month = int(date["month"]) if date["month"] else None
    month = month if month is not None and 1 <= month <= 12 else None
    draft.put("date", DateRange.of(int(date["year"]), month), *date.span())


def _list_extent(text: str, start: int, end: int) -> tuple[int, tuple[int, int] | None]:
    """``… 河出書房 S37 924(拓大)``: a list's page count after an era-letter year (and the
    library the copy is in), cut from the line; the line's new end and the count's span."""
    found = None
    for match in CJK_LIST_EXTENT_PATTERN.finditer(text, start, end):
        found = match
    if found is None or found.end() != end:
        return end, None
    year_end = trim(text, start, found.start(), " \t")[1]
    year_at = text.rfind(" ", start, year_end) + 1
    if not CJK_ERA_LETTER_YEAR_PATTERN.fullmatch(text, year_at, year_end):
        return end, None
    return found.start(), found.span("extent")


def _listing_pieces(
    text: str, pieces: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], tuple[int, int] | None]:
    """The pieces of a bookseller's listing without what it says of the copy: before a name or
    alone (``正版吳其昌``: 正版, a genuine copy, glued to the author), or the seller's words from
    there on after the publisher (Dangdang's ``计算机网络简明教程 谢希仁 著 电子工业出版社
    正版旧书，保证质量，…``); without an ISBN-13 alone after the title (``梁啓超傳 正版吳其昌
    9787530651728 百花文藝齣版社``), and where that ISBN stands. The title, first, is kept whole
    (``二手玫瑰`` is a band's name)."""
    kept = pieces[:1]
    isbn: tuple[int, int] | None = None
    for start, stop in pieces[1:]:
        value = text[start:stop]
        if isbn is None and CJK_BARE_ISBN13_PATTERN.fullmatch(value) and _isbn13_checks(value):
            isbn = (start, stop)
            continue
        word = next((word for word in CJK_RECORD_COPY_WORDS if value.startswith(word)), "")
        named = bool(word) and name_like(value[len(word) :])
        if word and not named and any(publisher_like(text[slice(*piece)]) for piece in kept[1:]):
            break
        if word and value == word:
            continue
        role, size = role_at_end(value)
        if role is not None and not size and len(kept) > 1 and name_like(text[slice(*kept[-1])]):
            kept[-1] = (kept[-1][0], stop)  # "谢希仁 著": the role word spaced from the name
            continue
        kept.append((start + len(word) if named else start, stop))
    return kept, isbn


def _isbn13_checks(digits: str) -> bool:
    """Whether an ISBN-13's check digit is right (``9787530651728``), so that another number
    of thirteen digits is not read as one."""
    total = sum(int(digit) * (3 if index % 2 else 1) for index, digit in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


def _foreign_author(draft: Draft, pieces: list[tuple[int, int]], lang: str) -> tuple[int, int]:
    """A foreign author's whole name in katakana among the title's pieces, put as the author:
    opening the line (``ハンナ・アレント 人間の条件 志水速雄訳 ちくま学芸文庫``) or after the title,
    perhaps with the original's year after it (``一九八四年 ジョージ・オーウェル 1949年 新庄哲夫訳
    ハヤカワ文庫(1972/02/15)``, kept as ``extra["original_date"]``). Where the title's pieces
    begin and end."""
    text = draft.text
    if len(pieces) < 2:
        return 0, len(pieces)
    if _foreign_full_name(text[slice(*pieces[0])]):
        cjk_people(draft, *pieces[0], lang, "authors")
        return 1, len(pieces)
    for index in range(1, len(pieces)):
        if not _foreign_full_name(text[slice(*pieces[index])]):
            continue
        rest = pieces[index + 1 :]
        year = CJK_FIELD_DATE_PATTERN.fullmatch(text, *rest[0]) if len(rest) == 1 else None
        if rest and (year is None or year["month"]):
            return 0, len(pieces)
        cjk_people(draft, *pieces[index], lang, "authors")
        if year is not None:
            draft.put_extra("original_date", year["year"], *year.span("year"))
        return 0, index
    return 0, len(pieces)


def _foreign_full_name(value: str) -> bool:
    """A foreign person's whole name in katakana, its parts joined by a middle dot
    (``ハンナ・アレント``), the dictionary reading each part as a name: not a title in katakana
    (``ロング・グッドバイ``)."""
    return any(dot in value for dot in "・=＝") and foreign_person(value)


def _put_edited_title(draft: Draft, span: tuple[int, int]) -> None:
    """The title, and the edition in brackets glued to its main title taken out of it
    (``日本のいちばん長い日(決定版) 運命の八月十五日``: the title 日本のいちばん長い日 with its
    subtitle, the edition 決定版), so that the main title and its subtitle stay apart."""
    text = draft.text
    mark = CJK_TITLE_BRACKET_EDITION_PATTERN.search(text, *span)
    if mark is None or draft.has("edition"):
        put_text(draft, "title", span)
        return
    title = " ".join(f"{text[span[0] : mark.start()]} {text[mark.end() : span[1]]}".split())
    draft.put("title", Text(original=title, lang=draft.language), *span)
    draft.put("edition", mark["edition"], *mark.span("edition"))


def _imprint_pieces(
    text: str, pieces: list[tuple[int, int]]
) -> tuple[int, re.Match[str] | None, tuple[int, int] | None]:
    """The date and the publisher closing a line of fields, in either order, and how many
    pieces come before them."""
    index = len(pieces)
    date: re.Match[str] | None = None
    publisher: tuple[int, int] | None = None
    while index > 0:
        found = CJK_FIELD_DATE_PATTERN.fullmatch(
            text, *pieces[index - 1]
        ) or CJK_ERA_LETTER_YEAR_PATTERN.fullmatch(text, *pieces[index - 1])
        value = text[slice(*pieces[index - 1])]
        if date is None and found is not None:
            date = found
        elif publisher is None and _series_after_publisher(text, pieces, index - 1):
            pass  # "番町書房(中公文庫)": the paperback series after its publisher, skipped
        elif publisher is None and publisher_like(value):
            publisher = pieces[index - 1]
        else:
            break
        index -= 1
    if publisher is None and date is not None and _unnamed_publisher(text, pieces[:index]):
        publisher = pieces[index - 1]  # "もうひとつの満州 沢地久枝 文芸春秋 1982"
        index -= 1
    if publisher is None and _publisher_after_label(text, pieces[:index]):
        publisher = pieces[index - 1]  # "… 作者:半藤 一利 文藝春秋": a book card's publisher
        index -= 1
    return index, date, publisher


def _labelled_names(
    text: str, pieces: list[tuple[int, int]], role: str | None
) -> list[tuple[str | None, list[tuple[int, int]]]]:
    """The names in ``pieces`` by their role: ``role``, or the one a role word before them
    gives them (``著:実川元子``, ``[著]小林信介``: authors), each label naming the pieces up to
    the next (``[著]ジョン・ダワー [訳]三浦陽一``: an author, then a translator); empty when a
    group holds no names."""
    labels = [role_at_start(text[slice(*piece)]) for piece in pieces]
    if len({found for found, _ in labels if found is not None}) < 2:
        found = next((found for found, _ in labels if found is not None), None)
        named = [
            _labelled_span(text, piece, size)
            for piece, (_, size) in zip(pieces, labels, strict=True)
        ]
        names = spaced_names(text, named)
        return [(role or found, names)] if names else []
    groups: list[tuple[str | None, list[tuple[int, int]]]] = []
    for piece, (found, size) in zip(pieces, labels, strict=True):
        if found is not None or not groups:
            groups.append((found, []))
        groups[-1][1].append(_labelled_span(text, piece, size))
    read = [(found, spaced_names(text, named)) for found, named in groups]
    return read if all(names for _, names in read) else []


def _labelled_span(text: str, piece: tuple[int, int], size: int) -> tuple[int, int]:
    """The names of a piece without the role word labelling them (``size`` long) and without
    the "and others" closing them (``[訳]松田雅子ほか``)."""
    if not size:
        return piece
    value = text[piece[0] + size : piece[1]]
    others = next((len(word) for word in OTHERS if value.endswith(word)), 0)
    return piece[0] + size, piece[1] - (others if others < len(value) else 0)


def _names_piece(value: str) -> bool:
    """A piece of names (``瀬戸口明久``, ``浜野潔編著``) or a body closed by its role word
    (``防衛庁防衛研修所戦史室著``, the official war history's author)."""
    labelled, size = role_at_start(value)
    if labelled is not None:  # "著:実川元子": the role word and a colon before the name
        names = value[size:]
        names = next((names[: -len(word)] for word in OTHERS if names.endswith(word)), names)
        return name_like(names) or _katakana_full_name(names)
    return name_like(value) or (role_at_end(value)[0] is not None and names_head(value))


def _katakana_full_name(value: str) -> bool:
    """A foreign person's whole name in katakana, its parts joined by a middle dot
    (``ロビン・ダンバー``): read so only after a role word labels it a person's."""
    parts = value.replace("･", "・").split("・")
    return len(parts) > 1 and all(
        part and all("\u30a1" <= char <= "\u30fc" for char in part) for part in parts
    )


def _series_after_publisher(text: str, pieces: list[tuple[int, int]], at: int) -> bool:
    return (
        at > 0
        and _bracketed(text, pieces[at])
        and text[slice(*pieces[at])].endswith(CJK_SERIES_ENDINGS)
        and publisher_like(text[slice(*pieces[at - 1])])
    )


def _bracketed(text: str, piece: tuple[int, int]) -> bool:
    return piece[0] > 0 and text[piece[0] - 1] in "(（" and text[piece[1] : piece[1] + 1] in ")）"


def _unnamed_publisher(text: str, pieces: list[tuple[int, int]]) -> bool:
    """A publisher's name without a publisher's ending (``文芸春秋``) last among ``pieces``,
    after a person's name and a title: the dictionary reads the piece before it as a person's
    name, and it as none."""
    if len(pieces) < 3:
        return False
    last, before = (text[slice(*piece)] for piece in pieces[-1:-3:-1])
    return (
        name_like(last)
        and japanese_surname(last) is None
        and name_like(before)
        and bool(japanese_surname(before))
    )


def _publisher_after_label(text: str, pieces: list[tuple[int, int]]) -> bool:
    """A book card's publisher without a publisher's ending (``文藝春秋``) last among ``pieces``,
    after the author its label names whole (``日本のいちばん長い日(決定版) 運命の八月十五日
    作者:半藤 一利 文藝春秋``, the card Hatena embeds for a book): the label names one person,
    and the piece after that person's whole name, unlabelled and no name the dictionary
    knows, is the publisher, not a second author."""
    for first in range(len(pieces) - 2, -1, -1):
        role, size = role_at_start(text[slice(*pieces[first])])
        if role is None:
            continue
        named = text[pieces[first][0] + size : pieces[-2][1]]
        last = text[slice(*pieces[-1])]
        return (
            japanese_name("".join(named.split()))
            and name_like(last)
            and japanese_surname(last) is None
            and not dictionary_surname(last)
        )
    return False


def _glued_fields(draft: Draft, start: int, end: int) -> bool:
    """``五十嵐富夫飯盛女 宿場の娼婦たち新人物往来社1981``: a record whose fields lost their
    separators. Read only when the dictionary finds a surname and a given name opening it and a
    publisher's name (its ending) closes it before the year."""
    text = draft.text
    tail = CJK_GLUED_TAIL_PATTERN.search(text, start, end)
    if tail is None:
        return False
    head_end = trim(text, start, tail.start(), " \t　")[1]
    person = _leading_person(text[start:head_end])
    if person is None:
        return False
    title_start = trim(text, start + person, head_end, " \t　")[0]
    if head_end - title_start < 2:
        return False
    draft.language = draft.language or "ja"
    cjk_people(draft, start, start + person, "ja", "authors")
    put_text(draft, "title", (title_start, head_end))
    put_plain_text(draft, "publisher", *tail.span("publisher"))
    draft.put("date", DateRange.of(int(tail["year"])), *tail.span("year"))
    return True


def _leading_person(value: str) -> int | None:
    """How many characters of ``value`` a Japanese person's surname and given name take, as the
    dictionary tags them, when more follows them (五十嵐富夫飯盛女: 5); None without the ``ja``
    extra."""
    try:
        tokens = analyse(value)[0]
    except MissingExtraError:
        return None
    if len(tokens) < 3 or tokens[0].pos4 != "姓" or tokens[1].pos4 != "名":
        return None
    return len(tokens[0].surface) + len(tokens[1].surface)


def spaced_names(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names among ``pieces``: a family and a given name of three kanji at most parted by a
    space are one (``千々岩 英彰``, ``高田 衛``); a single kanji is never a name alone."""
    names: list[tuple[int, int]] = []
    index = 0
    while index < len(pieces):
        first = pieces[index]
        second = pieces[index + 1] if index + 1 < len(pieces) else None
        if (
            second is not None
            and not text[first[1] : second[0]].strip()
            and first[1] - first[0] <= 3
            and second[1] - second[0] <= 3
        ):
            names.append((first[0], second[1]))
            index += 2
            continue
        if first[1] - first[0] >= 2:
            names.append(first)
        index += 1
    return names
