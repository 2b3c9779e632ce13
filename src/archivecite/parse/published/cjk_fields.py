"""Japanese and Chinese references printed as fields without brackets: "書名 著者 出版社(2009/07)",
a title line with its series in brackets ("ウィーナー サイバネティックス――… (岩波文庫)"), a
record glued together ("五十嵐富夫飯盛女 宿場の娼婦たち新人物往来社1981"), a book list's "title
author publisher year"."""

from __future__ import annotations

import re

from archivecite.errors import MissingExtraError
from archivecite.model import DateRange, Name, PartialDate, Span, Text
from archivecite.parse.published.cjk_patterns import (
    CJK_APA_HEAD_PATTERN,
    CJK_APA_JOURNAL_PATTERN,
    CJK_APA_NAME_PATTERN,
    CJK_CIP_PATTERN,
    CJK_COPY_DETAIL_PATTERN,
    CJK_FIELD_DATE_PATTERN,
    CJK_FIELD_PATTERN,
    CJK_GLUED_TAIL_PATTERN,
    CJK_ISBN_PATTERN,
    CJK_NATIONALITY_PATTERN,
    CJK_RECORD_ANY_LABEL_PATTERN,
    CJK_RECORD_AUTHOR_ROLES,
    CJK_RECORD_BINDINGS,
    CJK_RECORD_DATE_PATTERN,
    CJK_RECORD_IMAGE_WORDS,
    CJK_RECORD_ISBN_PATTERN,
    CJK_RECORD_LABEL_PATTERN,
    CJK_RECORD_LABELS,
    CJK_RECORD_TITLE_BRACKET_PATTERN,
    CJK_RECORD_TOKEN_PATTERN,
    CJK_REFERENCE_WORK_ENDINGS,
    CJK_SENTENCE_ENDINGS,
    CJK_SERIES_TAIL_PATTERN,
    CJK_SET_COUNT_PATTERN,
    CJK_SET_YEARS_PATTERN,
    CJK_TITLE_BRACKET_PATTERN,
    CJK_TITLE_IMPRINT_PATTERN,
)
from archivecite.parse.published.cjk_roles import cjk_people, name_like, publisher_like, role_at_end
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash
from archivecite.parse.published.names import japanese_name, japanese_surname, latin_names
from archivecite.parse.published.scanning import TITLE_OPENERS, is_cjk, trim
from archivecite.parse.published.terms import CITIES, CJK_SERIES_ENDINGS
from archivecite.parse.published.titles import put_plain_text, put_text
from archivecite.translit import looks_japanese
from archivecite.translit.japanese.tokens import analyse

__all__ = ["parse_apa_stops", "parse_cjk_fields", "parse_cjk_record"]


def parse_cjk_fields(draft: Draft, start: int, end: int) -> bool:
    """A line of fields without brackets, as blogs, reading lists and shops print a book: the
    author the dictionary knows before the title and its series (``_series_line``) or after
    it and a slash (``_title_slash_author``), a title alone with its edition, year or series in
    brackets (``_title_bracket``), title first (``_title_first``), a title and its imprint
    without people (``_title_imprint``), or the fields glued together (``_glued_fields``)."""
    return (
        _title_slash_author(draft, start, end)
        or _series_line(draft, start, end)
        or _title_bracket(draft, start, end)
        or _title_first(draft, start, end)
        or _title_imprint(draft, start, end)
        or _glued_fields(draft, start, end)
    )


def _cip_line(draft: Draft, start: int, end: int) -> bool:
    """A book's CIP line (图书在版编目数据, printed on its copyright page and copied by shops):
    ``梦里花落知多/郭敬明著. -北京:知识出版社,2005.04``, the title and the people with their role
    words, then after ". —" the edition, the place, the publisher and the year with its month."""
    text = draft.text
    match = CJK_CIP_PATTERN.match(text, start, end)
    if match is None or not any(is_cjk(char) for char in match["title"]):
        return False
    if not any(
        role_at_end(part)[0] or part.endswith(CJK_RECORD_AUTHOR_ROLES)
        for part in re.split(r"[;；]", match["people"])
    ):
        return False  # a role word closes each group of the people
    lang = "ja" if looks_japanese(text[start:end]) else "zh"
    draft.language = draft.language or lang
    put_text(draft, "title", match.span("title"))
    _record_people(draft, *match.span("people"), lang, "authors")
    put_plain_text(draft, "place", *match.span("place"))
    put_plain_text(draft, "publisher", *match.span("publisher"))
    month = int(match["month"]) if match["month"] else None
    month = month if month is not None and 1 <= month <= 12 else None
    draft.put("date", DateRange.of(int(match["year"]), month), match.start("year"), match.end())
    if match["edition"]:
        draft.put("edition", match["edition"], *match.span("edition"))
    if match["isbn"]:
        draft.put("isbn", match["isbn"], *match.span("isbn"))
    _in_language(draft, lang)
    return True


def _title_slash_author(draft: Draft, start: int, end: int) -> bool:
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


def _title_first(draft: Draft, start: int, end: int) -> bool:
    """The title, its author (or authors with their role word), then the publisher and the
    date in either order (``害虫の誕生―虫からみた日本史 瀬戸口明久 筑摩書房(2009/07)``,
    ``江戸の悪霊祓い師  高田衛 1991・01  筑摩書房``,
    ``人類史のなかの人口と家族|木下太志、浜野潔編著``). Read only when a publisher's name or a
    role word says so."""
    text = draft.text
    pieces = [match.span() for match in CJK_FIELD_PATTERN.finditer(text, start, end)]
    index = len(pieces)
    date: re.Match[str] | None = None
    publisher: tuple[int, int] | None = None
    while index > 0:
        value = text[slice(*pieces[index - 1])]
        found = CJK_FIELD_DATE_PATTERN.fullmatch(value)
        if date is None and found is not None:
            date = CJK_FIELD_DATE_PATTERN.fullmatch(text, *pieces[index - 1])
        elif publisher is None and publisher_like(value):
            publisher = pieces[index - 1]
        else:
            break
        index -= 1
    if publisher is None and date is not None and _unnamed_publisher(text, pieces[:index]):
        publisher = pieces[index - 1]  # "もうひとつの満州 沢地久枝 文芸春秋 1982"
        index -= 1
    names_end = index
    while index > 1 and name_like(text[slice(*pieces[index - 1])]):
        if text[slice(*pieces[index - 1])] in CJK_SERIES_ENDINGS:
            break  # "もうひとつの満州 文庫 沢地久枝": the book's format, no name
        index -= 1
    if index == names_end or index < 1:
        return False
    title_end = index
    if index > 1 and text[slice(*pieces[index - 1])] in CJK_SERIES_ENDINGS:
        title_end -= 1
        draft.put_extra("format", text[slice(*pieces[index - 1])], *pieces[index - 1])
    role = role_at_end(text[slice(*pieces[names_end - 1])])[0]
    names = _spaced_names(text, pieces[index:names_end])
    if not names or (publisher is None and role is None):
        return False
    japanese = looks_japanese(text[start:end])
    lang = "ja" if japanese else "zh"
    draft.language = draft.language or lang
    put_text(draft, "title", (pieces[0][0], pieces[title_end - 1][1]))
    for name in names:
        cjk_people(draft, *name, lang, role or "authors")
    if publisher is not None:
        put_plain_text(draft, "publisher", *publisher)
    if publisher is None and date is None:
        draft.short_note = True  # a book named by its title and its people alone
    if date is not None:
        month = int(date["month"]) if date["month"] else None
        month = month if month is not None and 1 <= month <= 12 else None
        draft.put("date", DateRange.of(int(date["year"]), month), *date.span())
    return True


def _title_imprint(draft: Draft, start: int, end: int) -> bool:
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


def _series_line(draft: Draft, start: int, end: int) -> bool:
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


def _spaced_names(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
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


def _title_bracket(draft: Draft, start: int, end: int) -> bool:
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


def parse_apa_stops(draft: Draft, start: int, end: int) -> bool:
    """An APA reference in Chinese whose parts full stops close (臺灣 APA): the names and the
    year in brackets, the title without brackets, then a journal with its volume and pages
    (``林國明（2003）。到國家主義之路：….台灣社會學，5，1–71。``) or the imprint
    (``李易駿（2013）。社會政策原理。台北：五南。``; the place after the publisher in
    ``Vương Lực 王力。 (1982)。 同源字典。商務印書館。北京。``, a list in Vietnamese giving each
    name its reading first). Read only when every part is accounted for."""
    text = draft.text
    head = CJK_APA_HEAD_PATTERN.match(text, start, end)
    if head is None:
        return False
    original = _translated_from(text, *head.span("names"))
    names = _apa_names(text, *head.span("names")) if original is None else original[2]
    parts = _stop_parts(text, head.end(), end)
    isbn = CJK_ISBN_PATTERN.fullmatch(text, *parts[-1]) if len(parts) > 2 else None
    if isbn is not None:  # "…。北京：商務印書館。ISBN 7-100-03629-1"
        draft.put("isbn", isbn["isbn"], *isbn.span("isbn"))
        parts = parts[:-1]
    title = text[slice(*parts[0])] if parts else ""
    if not names or len(parts) < 2 or not any(is_cjk(char) for char in title):
        return False
    if title[0] in TITLE_OPENERS:
        return False  # "王力（1982）。《同源字典》。": the bracketed title's reader takes it
    journal = CJK_APA_JOURNAL_PATTERN.fullmatch(text, *parts[1])
    imprint = None if journal is not None else _apa_imprint(text, *parts[1])
    place = len(parts) == 3 and text[slice(*parts[2])] in CITIES
    if not (journal or imprint) or len(parts) > (3 if place else 2):
        return False
    lang = "ja" if looks_japanese(text[start:end]) else "zh"
    draft.language = draft.language or lang
    if original is not None:  # "Hill, M. 原著，劉升華譯": the author, then the translators
        draft.authors.extend(original[0])
        draft.spans.append(Span(field="authors", start=original[1][0], end=original[1][1]))
    for name in names:
        cjk_people(draft, *name, lang, "authors" if original is None else "translators")
    draft.put("date", DateRange.of(int(head["year"])), *head.span("year"))
    put_text(draft, "title", parts[0])
    if journal is not None:
        draft.kind = "article"
        put_text(draft, "container_title", journal.span("journal"))
        for group in ("volume", "issue", "pages"):
            if journal[group]:
                draft.put(group, join_dash(journal[group]), *journal.span(group))
    elif imprint is not None:
        if imprint[0] is not None:
            put_plain_text(draft, "place", *imprint[0])
        put_plain_text(draft, "publisher", *imprint[1])
    if place:
        put_plain_text(draft, "place", *parts[2])
    return True


def _apa_imprint(
    text: str, start: int, end: int
) -> tuple[tuple[int, int] | None, tuple[int, int]] | None:
    """The place and the publisher of an APA book in Chinese: ``台北：五南`` (a city the list of
    places knows, then any publisher) or a publisher's name alone (``商務印書館``)."""
    colon = max(text.rfind("：", start, end), text.rfind(":", start, end))
    if colon > start:
        place = trim(text, start, colon, " \t")
        publisher = trim(text, colon + 1, end, " \t")
        if text[slice(*place)] in CITIES and publisher[1] > publisher[0]:
            return place, publisher
        return None
    return (None, (start, end)) if publisher_like(text[start:end]) else None


def _translated_from(
    text: str, start: int, end: int
) -> tuple[list[Name], tuple[int, int], list[tuple[int, int]]] | None:
    """A translated book's head: the original's authors in Latin letters, ``原著`` ("original
    work by"), then the translators with their role word (``Esping-Andersen, G. 原著，古允文譯``):
    the authors, where they stand, and where each translator's name stands."""
    marker = text.find("原著", start, end)
    if marker <= start:
        return None
    authors_span = trim(text, start, marker, " \t　")
    authors = latin_names(text[slice(*authors_span)], text)
    rest_start, rest_end = trim(text, marker + len("原著"), end, " \t　，,、")
    role, size = role_at_end(text[rest_start:rest_end])
    if authors is None or role != "translators" or not size:
        return None
    return authors, authors_span, _apa_names(text, rest_start, rest_start + size)


def _apa_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where each name of an APA head in Chinese stands (``施世駿、葉羽曼``), without the reading
    a list in Vietnamese prints before it (``Vương Lực 王力``); none when a group is no name."""
    names: list[tuple[int, int]] = []
    piece = start
    for index in range(start, end + 1):
        if index < end and text[index] not in "、，,;；":
            continue
        part = trim(text, piece, index, " \t　")
        piece = index + 1
        found = CJK_APA_NAME_PATTERN.fullmatch(text, *part)
        if found is None or not name_like(found["name"]):
            return []
        names.append(found.span("name"))
    return names


def _stop_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts full stops close after an APA head, trimmed, empty ones left out."""
    parts: list[tuple[int, int]] = []
    piece = start
    for index in range(start, end + 1):
        if index == end or text[index] == "。":
            part = trim(text, piece, index, " \t　.")
            if part[1] > part[0]:
                parts.append(part)
            piece = index + 1
    return parts


def parse_cjk_record(draft: Draft, start: int, end: int) -> bool:
    """A book's record as a catalogue prints it: labelled fields (``_labelled_record``) or
    its CIP line (``_cip_line``)."""
    return _labelled_record(draft, start, end) or _cip_line(draft, start, end)


def _labelled_record(draft: Draft, start: int, end: int) -> bool:
    """A book's record printed as labelled fields, as library catalogues, shops and publishers'
    pages print it: the title (labelled, ``书名: 《…》``, or first and unlabelled), then
    ``作者:``, ``出版社:``, ``出版日期:``, ``ISBN:``…; labels the reader does not know
    (``類別:``, ``配送范围:``) are left alone, and a label is never read as a name. Read only
    when two known fields besides the title are found, one of them the publisher or the date."""
    text = draft.text
    labels = _record_labels(text, start, end)
    fields: dict[str, tuple[int, int]] = {}
    for index, (_, value_start, field) in enumerate(labels):
        following = labels[index + 1][0] if index + 1 < len(labels) else end
        span = trim(text, value_start, following, " \t　\n•·")
        if field is not None and span[1] > span[0] and field not in fields:
            fields[field] = span
    if len(fields.keys() - {"title"}) < 2 or not fields.keys() & {"publisher", "date"}:
        return False
    head = trim(text, start, labels[0][0], " \t　\n•·")
    if "title" in fields and head[1] > head[0]:
        return False
    title = fields["title"] if "title" in fields else _record_title_line(text, *head)
    if title is None:
        return False
    # the record's own words, not a shop's labels (書城自編碼 around a simplified Chinese record)
    own = "".join(text[slice(*span)] for field, span in fields.items() if field != "date")
    lang = "ja" if looks_japanese(text[slice(*title)] + own) else "zh"
    draft.language = draft.language or lang
    _record_title(draft, *title)
    for role in ("authors", "editors", "translators"):
        if role in fields:
            _record_people(draft, *fields[role], lang, role)
    if "publisher" in fields:
        put_plain_text(draft, "publisher", *fields["publisher"])
    if "series" in fields:
        series = Text(original=text[slice(*fields["series"])], lang=lang)
        draft.put("series", series, *fields["series"])
    date = CJK_RECORD_DATE_PATTERN.search(text, *fields["date"]) if "date" in fields else None
    if date is not None:
        month = int(date["month"]) if date["month"] else None
        month = month if month is not None and 1 <= month <= 12 else None
        draft.put("date", DateRange.of(int(date["year"]), month), *date.span())
    isbn = CJK_RECORD_ISBN_PATTERN.search(text, *fields["isbn"]) if "isbn" in fields else None
    if isbn is not None:
        draft.put("isbn", isbn["isbn"], *isbn.span("isbn"))
    _in_language(draft, lang)
    return True


def _in_language(draft: Draft, lang: str) -> None:
    """The title and publisher of a record read in its language, not the page's (a shop's labels
    in traditional characters around a simplified record) nor by the letters of a product's
    name in the title (``Redis高手心法``)."""
    for field in ("title", "publisher"):
        value = draft.values.get(field)
        if isinstance(value, Text) and value.lang != lang and any(map(is_cjk, value.original)):
            draft.values[field] = value.model_copy(update={"lang": lang})


def _record_labels(text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """Where each label of a record begins, where its value may begin, and the field it names
    (None for a label the reader does not know: ``類別:``)."""
    known: dict[int, tuple[int, int, str | None]] = {}
    for match in CJK_RECORD_LABEL_PATTERN.finditer(text, start, end):
        label = "".join(match["label"].split())
        known[match.start("label")] = (match.start("label"), match.end(), CJK_RECORD_LABELS[label])
    found = dict(known)
    for match in CJK_RECORD_ANY_LABEL_PATTERN.finditer(text, start, end):
        inside = any(label[0] <= match.start() < label[1] for label in known.values())
        if not inside:  # "出 版 社 :": "社" alone is no label
            found.setdefault(match.start("label"), (match.start("label"), match.end(), None))
    return [found[key] for key in sorted(found)]


def _record_title_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The unlabelled title opening a record, without a price (``0.00``) or the cover's caption
    (``書影``) after it; None when
    what opens the record reads as a sentence or holds no Chinese or Japanese."""
    words = [match.span() for match in re.finditer(r"\S+", text[start:end])]
    while words and (
        not any(char.isalpha() for char in text[start + words[-1][0] : start + words[-1][1]])
        or text[start + words[-1][0] : start + words[-1][1]] in CJK_RECORD_IMAGE_WORDS
    ):
        words.pop()
    if not words:
        return None
    stop = start + words[-1][1]
    value = text[start:stop]
    if (
        len(value) > 80
        or any(mark in value for mark in "。，！？!?")
        or not any(map(is_cjk, value))
    ):
        return None
    return start, stop


def _record_title(draft: Draft, start: int, end: int) -> None:
    """The title without its brackets (``《在历史巨人身边—师哲回忆录》``) or what a bracket after it
    says of the copy: its edition (``(再版)``), binding (``(精)``) or a shop's code
    (``(BC0041)``)."""
    text = draft.text
    if text[start] in TITLE_OPENERS and text[end - 1] in "』」》":
        start, end = start + 1, end - 1
    bracket = CJK_RECORD_TITLE_BRACKET_PATTERN.search(text, start, end)
    if bracket is not None and bracket.start() > start:
        inside = bracket["inside"]
        if inside.endswith("版"):
            draft.put("edition", inside, *bracket.span("inside"))
        if inside.endswith("版") or inside in CJK_RECORD_BINDINGS or inside.isascii():
            end = bracket.start()
    put_text(draft, "title", (start, end))


def _record_people(draft: Draft, start: int, end: int, lang: str, role: str) -> None:
    """The names of a record's field, each group closed by its role word or not
    (``师哲 口述 李海文 著``, ``陳曉農 編著``, ``龚育之//逄先知//石仲泉``), without a Latin form
    in brackets after them (``克里斯多福.威廉斯(Christopher Williams)``)."""
    text = draft.text
    latin = re.search(r"[(（]\s?[A-Za-z]", text[start:end])
    stop = start + latin.start() if latin is not None else end
    pending: list[tuple[int, int]] = []
    for match in CJK_RECORD_TOKEN_PATTERN.finditer(text, start, stop):
        country = CJK_NATIONALITY_PATTERN.match(match[0])
        value = match[0][country.end() :] if country is not None else match[0]
        first = match.start() + (country.end() if country is not None else 0)
        if not value:
            continue
        word = next((w for w in CJK_RECORD_AUTHOR_ROLES if value.endswith(w)), None)
        group_role, size = ("authors", len(value) - len(word)) if word else role_at_end(value)
        if group_role is None:
            pending.append((first, match.end()))
            continue
        if size:
            pending.append((first, first + size))
        for name in _spaced_names(text, pending) if lang == "ja" else pending:
            cjk_people(draft, *name, lang, group_role, bare=True)
        pending = []
    for name in _spaced_names(text, pending) if lang == "ja" else pending:
        cjk_people(draft, *name, lang, role, bare=True)
