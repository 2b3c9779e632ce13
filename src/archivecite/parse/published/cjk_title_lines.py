"""A Japanese or Chinese book named by a title line: the title with its edition, year, series or
imprint in a bracket after it, with its author after a slash, a spaced dash or before it, with
its edition after it (``… 新装版: subtitle``), or with an online shop's square brackets naming the
author or the publisher."""

from __future__ import annotations

import re

from archivecite.model import DateRange, PartialDate, Text
from archivecite.parse.dates import find_era_year, kanji_number
from archivecite.parse.published.cjk_patterns import (
    CJK_AMAZON_BINDINGS,
    CJK_AMAZON_TITLE_LINE_PATTERN,
    CJK_ANGLE_VOLUME_PATTERN,
    CJK_BRACKET_VOLUMES_PATTERN,
    CJK_COPY_DETAIL_PATTERN,
    CJK_CORNER_TITLE_BYLINE_PATTERN,
    CJK_DASH_TITLE_PATTERN,
    CJK_FIELD_DATE_PATTERN,
    CJK_LINE_BRACKET_TAIL_PATTERN,
    CJK_LINE_EDITION_PATTERN,
    CJK_REFERENCE_WORK_ENDINGS,
    CJK_ROC_RECORD_PATTERN,
    CJK_RUN_ON_CLAN_NAME_PATTERN,
    CJK_SENTENCE_ENDINGS,
    CJK_SERIES_TAIL_PATTERN,
    CJK_SET_COUNT_PATTERN,
    CJK_SET_YEARS_PATTERN,
    CJK_SPACED_DASH_PATTERN,
    CJK_SQUARE_TAIL_PATTERN,
    CJK_TITLE_BRACKET_PATTERN,
    CJK_TITLE_DASHES,
    CJK_TITLE_IMPRINT_PATTERN,
    CJK_TITLE_PEOPLE_DATE_PATTERN,
    CJK_TITLE_YEAR_SERIES_PATTERN,
    CJK_YEAR_PATTERN,
    ROC_FIRST_YEAR,
)
from archivecite.parse.published.cjk_roles import (
    cjk_people,
    foreign_person,
    name_like,
    names_head,
    publisher_like,
    role_at_end,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.names import japanese_name, japanese_surname
from archivecite.parse.published.scanning import TITLE_OPENERS, is_cjk, trim
from archivecite.parse.published.titles import put_plain_text, put_text
from archivecite.translit import looks_japanese


def title_slash_author(draft: Draft, start: int, end: int) -> bool:
    """``こころ/夏目漱石``, ``坊っちゃん (岩波文庫)/夏目 漱石``, ``大元帥昭和天皇|山田朗``: a title,
    perhaps its series in brackets, a slash or a bar and the author, as an online shop's link or a
    page's heading names a book, or a dash between
    spaces and the author, as a blog's heading does (``生きて帰ってきた男 ‐ 小熊英二``); the
    author a Japanese name the dictionary knows or a foreign one in katakana."""
    text = draft.text
    slash = max(text.rfind(mark, start, end) for mark in "/／|｜")  # "大元帥昭和天皇|山田朗"
    mark = (slash, slash + 1)
    if slash <= start:
        dashes = list(CJK_SPACED_DASH_PATTERN.finditer(text, start, end))
        if not dashes:
            return False
        mark = dashes[-1].span()
    author = trim(text, mark[1], end, " \t　★☆")  # "救命拒否/鏑木蓮 ★★★": a reader's rating
    name = text[slice(*author)]
    if not (japanese_name(name) or foreign_person(name.replace("・", ""))):
        return False
    title_start, title_end = trim(text, start, mark[0], " \t　")
    series = CJK_SERIES_TAIL_PATTERN.search(text, title_start, title_end)
    if series is not None:
        title_end = trim(text, title_start, series.start(), " \t　")[1]
    title = text[title_start:title_end]
    if not title or "。" in title or not any(is_cjk(char) for char in title):
        return False
    _title_author_series(draft, (title_start, title_end), author, series)
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
    if not (foreign_person(author) or (name_like(author) and japanese_surname(author))):
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
    title_end = _author_with_role(draft, title_start, title_end)
    put_text(draft, "title", (title_start, title_end))
    if match["year"]:
        last = PartialDate(year=int(match["last_year"])) if match["last_year"] else None
        years = DateRange(start=PartialDate(year=int(match["year"])), end=last)
        draft.put("date", years, match.start("year"), match.end("last_year" if last else "year"))
    elif match["edition"]:
        draft.put("edition", "".join(match["edition"].split()), *match.span("edition"))
    else:
        # one letter and a hyphenated number: the paperback's shelf code ("ちくま学芸文庫 ヤ 13-1",
        # "岩波文庫 青 34-1"), not a part of the series ("岩波現代文庫 学術 128")
        shelf = len(match["part"] or "") == 1 and "-" in (match["number"] or "")
        series_end = match.end("part") if match["part"] and not shelf else match.end("series")
        series = Text(original=text[match.start("series") : series_end], lang=draft.language)
        draft.put("series", series, match.start("series"), series_end)
        if match["number"]:
            draft.put_extra("series_number", match["number"], *match.span("number"))
    draft.short_note = not match["year"]  # no imprint: a book named by its title alone
    return True


def title_edition_line(draft: Draft, start: int, end: int) -> bool:
    """``特攻の町・知覧 新装版: 最前線基地を彩った日本人の生と死``: a title line as a shop or a
    reading log prints a book, its edition (新装版, 増補版, 第2版) after the title and the subtitle
    after a colon; the title with its subtitle, the edition, and no people or imprint. Read only
    when the edition word stands between a space and the colon or the line's end."""
    text = draft.text
    match = CJK_LINE_EDITION_PATTERN.search(text, start, end)
    if match is None or "\n" in text[start:end]:
        return False
    title_start, title_end = trim(text, start, match.start(), " \t　")
    title = text[title_start:title_end]
    if not plain_title(title):
        return False
    lang = "ja" if looks_japanese(text[start:end]) else "zh"
    draft.language = draft.language or lang
    if match["subtitle"]:
        whole = Text(original=f"{title}{match['colon']} {match['subtitle']}", lang=lang)
        draft.put("title", whole, title_start, match.end("subtitle"))
    else:
        put_text(draft, "title", (title_start, title_end))
    draft.put("edition", match["edition"], *match.span("edition"))
    draft.short_note = True  # no imprint: a book named by its title and edition
    return True


def title_square_tail(draft: Draft, start: int, end: int) -> bool:
    """A title line closed by square brackets, as an online shop lists a book: ``特攻この地より
    かごしま出撃の記録 [ 南日本新聞社 ]`` (the publisher), ``… (光人社NF文庫) [ 吉田俊雄 ]``
    (the author, after the series); every name in the brackets one the dictionary knows or a
    foreign one in katakana, parted by ``/`` or ``、``."""
    text = draft.text
    tail = CJK_SQUARE_TAIL_PATTERN.search(text, start, end)
    if tail is None:
        return False
    inside = text[slice(*tail.span("inside"))]
    publisher = publisher_like(inside)
    names = [name.strip() for name in inside.replace("／", "/").replace("、", "/").split("/")]
    if not publisher and not all(
        japanese_name(name) or foreign_person(name.replace("・", "")) for name in names
    ):
        return False
    title_start, title_end = trim(text, start, tail.start(), " \t　")
    series = CJK_SERIES_TAIL_PATTERN.search(text, title_start, title_end)
    if series is not None:
        title_end = trim(text, title_start, series.start(), " \t　")[1]
    title = text[title_start:title_end]
    if not title or title[0] in TITLE_OPENERS or not plain_title(title.translate(_QUOTED_WORDS)):
        return False  # "特攻戦艦「大和」": a shop's title quotes a name in it
    draft.language = draft.language or "ja"
    put_text(draft, "title", (title_start, title_end))
    if publisher:
        put_plain_text(draft, "publisher", *tail.span("inside"))
    else:
        cjk_people(draft, *tail.span("inside"), "ja", "authors", bare=True)
    if series is not None:
        draft.put("series", Text(original=series["series"], lang="ja"), *series.span("series"))
    draft.short_note = True  # no imprint: a book named by its title and its author or publisher
    return True


def title_series_author(draft: Draft, start: int, end: int) -> bool:
    """``竜馬がゆく<全8巻>(文春文庫) 司馬 遼太郎``, ``坂の上の雲〈1〉 (文春文庫)/司馬 遼太郎``: a
    shop's title line, the title with the volume or the set's count in angle brackets, the
    series in round ones, then the author (a name the dictionary knows or a foreign one in
    katakana) after a space, a slash or a colon (Amazon.co.jp's page title, ``日本文化の形成
    (講談社学術文庫): 宮本 常一``); the volume or count read apart from the title."""
    text = draft.text
    close = max(text.rfind(")", start, end), text.rfind("）", start, end))
    if close < 0:
        return False
    name_start, name_end = trim(text, close + 1, end, " \t　/／:：")
    name = text[name_start:name_end]
    # "(岩波新書 … 6)吉田 裕": a shop's line may glue a name the dictionary knows to the bracket
    if not (
        japanese_name(name) or (close + 1 < name_start and foreign_person(name.replace("・", "")))
    ):
        return False
    series = CJK_SERIES_TAIL_PATTERN.search(text, start, close + 1)
    if series is None:
        return False
    title_start, title_end = trim(text, start, series.start(), " \t　")
    volumes = CJK_ANGLE_VOLUME_PATTERN.search(text, title_start, title_end)
    if volumes is not None:
        title_end = trim(text, title_start, volumes.start(), " \t　")[1]
    title = text[title_start:title_end]
    if not title or title[0] in TITLE_OPENERS or not plain_title(title) or "<" in title:
        return False
    draft.language = draft.language or "ja"
    put_text(draft, "title", (title_start, title_end))
    draft.put("series", Text(original=series["series"], lang="ja"), *series.span("series"))
    cjk_people(draft, name_start, name_end, "ja", "authors", bare=True)
    if volumes is not None and volumes["count"]:
        draft.put("number_of_volumes", volumes["count"], *volumes.span("count"))
    elif volumes is not None:
        number = volumes["volume"]  # "〈1〉", "〈一〉": 1; "〈上〉" as printed
        value = number if number in "上中下" else str(kanji_number(number))
        draft.put("volume", value, *volumes.span("volume"))
    draft.short_note = True  # no imprint: a book named by its title, series and author
    return True


def quoted_word_title(draft: Draft, start: int, end: int, opening: int, closing: int) -> bool:
    """A title line whose 「」 quote a word of the title, not a title: a dash before them
    (``蓬莱の玉の枝―「竹取物語」から``) or after them and の before (``日本人の「戦争」―古典と死生の
    間で``), or the title's words glued on both sides, perhaps with its series in brackets after
    it (``わが半生―「満州国」皇帝の自伝〈上〉 (ちくま文庫)``, its shelf code too: ``(ちくま学芸文庫
    リ 6-1)``); the whole line is the title. A name before them (``夏目漱石「道草」``) names its
    author."""
    text = draft.text
    before = text[opening - 1] if opening > start else ""
    after = text[closing + 1] if closing + 1 < end else ""
    glued = bool(before) and is_cjk(before) and bool(after) and is_cjk(after)
    glued = glued or (before == "の" and bool(after) and after in CJK_TITLE_DASHES)  # の「」―
    if text[opening] != "「" or not (before in CJK_TITLE_DASHES or glued):
        return False
    if names_head(text[start:opening]) or japanese_name(text[start:opening]):
        return False
    title_start, title_end = trim(text, start, end, " \t　")
    series = CJK_SERIES_TAIL_PATTERN.search(text, title_start, title_end)
    if series is not None:
        title_end = trim(text, title_start, series.start(), " \t　")[1]
    title = text[title_start:title_end]
    if not plain_title(title.translate(_QUOTED_WORDS)) or closing >= title_end:
        return False
    put_cjk_title(draft, (title_start, title_end), title)
    if series is not None:
        series_text = Text(original=series["series"], lang=draft.language)
        draft.put("series", series_text, *series.span("series"))
    draft.short_note = True  # a book named by its title (and series) alone
    return True


def _author_with_role(draft: Draft, start: int, end: int) -> int:
    """The author closing a title line after a space, with the role word
    (``生きて帰ってきた男~ある日本兵の戦争と戦後~ 小熊英二:著``, a newsletter's book line, its
    series in brackets after it): read as that role's names, a name the dictionary knows; where
    the title ends."""
    text = draft.text
    space = max(text.rfind(" ", start, end), text.rfind("　", start, end))
    if space <= start:
        return end
    role, size = role_at_end(text[space + 1 : end], draft.language)
    if role is None or not size or not japanese_name(text[space + 1 : space + 1 + size]):
        return end
    cjk_people(draft, space + 1, space + 1 + size, draft.language or "ja", role, bare=True)
    return trim(text, start, space, " \t　")[1]


# The corner brackets a title quotes a word in, read as its letters by ``title_square_tail``
_QUOTED_WORDS = str.maketrans("「」", "ああ")


def plain_title(title: str) -> bool:
    """A title printed alone on a line: Chinese or Japanese, no brackets, no sentence."""
    return (
        bool(title)
        and len(title) <= 80
        and any(is_cjk(char) for char in title)
        and not any(mark in title for mark in "。、，,()（）「」『』《》[]［］")
        and not any(word.endswith(CJK_SENTENCE_ENDINGS) for word in title.split())
    )


def dash_title(draft: Draft, start: int, end: int) -> bool:
    """``開戦神話―対米通告はなぜ遅れたのか``: a book's title and subtitle joined by a dash, printed
    alone on a page's line (a heading, a list's item); a title and nothing else. A sentence
    (``今日は雨です``) has no such dash."""
    text = draft.text
    match = CJK_DASH_TITLE_PATTERN.fullmatch(text, *trim(text, start, end, " \t　"))
    if match is None or not plain_title(f"{match['title']} {match['subtitle']}"):
        return False
    put_cjk_title(draft, match.span(), text[start:end])
    draft.short_note = True  # a book named by its title alone
    return True


def roc_record(draft: Draft, start: int, end: int) -> bool:
    """``三民主義:自序(註一) 三民主義 013/03/30 1924/03/30``: a database's record of a writing
    (its lines joined by spaces), its title, the work it belongs to, and its date in the
    Republic's years beside the Western one; read only when the two dates are one day (year 13
    of the Republic is 1924)."""
    text = draft.text
    match = CJK_ROC_RECORD_PATTERN.fullmatch(text, *trim(text, start, end, " \t　"))
    if match is None or not any(map(is_cjk, match["title"])):
        return False
    year = int(match["year"])
    same_day = (match["roc_month"], match["roc_day"]) == (match["month"], match["day"])
    if int(match["roc"]) + ROC_FIRST_YEAR - 1 != year or not same_day:
        return False
    put_cjk_title(draft, match.span("title"), text[start:end])
    date = DateRange.of(year, int(match["month"]), int(match["day"]))
    draft.put("date", date, match.start("year"), match.end("day"))
    draft.put_extra(
        "roc_date",
        text[match.start("roc") : match.end("roc_day")],
        match.start("roc"),
        match.end("roc_day"),
    )
    return True


def author_slash_title(draft: Draft, start: int, end: int) -> bool:
    """``鶴見俊輔 / 戦時期日本の精神史(岩波書店)``: a reading blog's heading, the author first (a
    name the dictionary knows, or a foreign one in katakana), a slash, the title and the publisher
    or the series in brackets after it; the slash one, the title no sentence. A title before the
    slash and the author after it is ``title_slash_author``'s."""
    text = draft.text
    slashes = [index for index in range(start, end) if text[index] in "/／"]
    if len(slashes) != 1:
        return False
    author = trim(text, start, slashes[0], " \t　")
    name = text[slice(*author)]
    if not (japanese_name(name) or foreign_person(name.replace("・", ""))):
        return False
    title_start, title_end = trim(text, slashes[0] + 1, end, " \t　")
    bracket = CJK_LINE_BRACKET_TAIL_PATTERN.search(text, title_start, title_end)
    series = CJK_SERIES_TAIL_PATTERN.search(text, title_start, title_end)
    publisher = None
    if bracket is not None:
        if series is None and not publisher_like(bracket["inside"].strip()):
            return False  # "(上)", "(2)": no imprint this reader knows
        publisher = None if series is not None else trim(text, *bracket.span("inside"), " 　")
        title_end = trim(text, title_start, bracket.start(), " \t　")[1]
    if not plain_title(text[title_start:title_end]):
        return False
    _title_author_series(draft, (title_start, title_end), author, series)
    if publisher is not None:
        put_plain_text(draft, "publisher", *publisher)
    draft.short_note = True  # no date: a book named by its author, title and publisher
    return True


def title_year_series(draft: Draft, start: int, end: int) -> bool:
    """``太平洋戦争 (1968年) (日本歴史叢書)``: a book printed before ISBNs as Amazon.co.jp names it
    and blogs copy it, the year of the edition and the series each in brackets after the title;
    the year alone after a title may name an event (``東日本大震災 (2011年)``), with the series
    it is the book's."""
    text = draft.text
    match = CJK_TITLE_YEAR_SERIES_PATTERN.match(text, *trim(text, start, end, " \t　"))
    if match is None:
        return False
    title_start, title_end = trim(text, *match.span("title"), " \t　")
    if not plain_title(text[title_start:title_end]):
        return False
    put_cjk_title(draft, (title_start, title_end), text[start:end])
    draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
    series = Text(original=match["series"], lang=draft.language)
    draft.put("series", series, *match.span("series"))
    if match["number"]:
        draft.put_extra("series_number", match["number"], *match.span("number"))
    return True


def title_people_date(draft: Draft, start: int, end: int) -> bool:
    """``國體の本義(日本とはどのような國か?) 文部省編纂(昭和十二年)``: a title line as a blog
    heads its copy of a book, the title (perhaps with the reader's gloss in brackets, kept as
    ``extra["gloss"]``), a space, the names or the body closed by their role word, and the year
    of the book in brackets, in an era's count (its era's year kept) or the Western one."""
    text = draft.text
    match = CJK_TITLE_PEOPLE_DATE_PATTERN.match(text, *trim(text, start, end, " \t　"))
    if match is None:
        return False
    people = match["people"]
    role, size = role_at_end(people, "ja")
    names = people[:size]
    if role is None or not size or not (japanese_name(names) or names_head(names)):
        return False
    era = find_era_year(text, *match.span("date"))
    year = CJK_YEAR_PATTERN.fullmatch(text, *match.span("date"))
    if (era is None or era.end != match.end("date")) and year is None:
        return False
    title_start, title_end = trim(text, *match.span("title"), " \t　")
    if not plain_title(text[title_start:title_end]):
        return False
    language = put_cjk_title(draft, (title_start, title_end), text[start:end])
    if match["gloss"]:
        draft.put_extra("gloss", match["gloss"], *match.span("gloss"))
    names_start = match.start("people")
    cjk_people(draft, names_start, names_start + size, language, role, bare=True)
    if year is not None:
        draft.put("date", DateRange.of(int(year["year"])), *year.span("year"))
    elif era is not None:
        draft.put("date", era.date, era.start, era.end)
        draft.put_extra("era_date", text[era.start : era.end], era.start, era.end)
    return True


def corner_title_byline(draft: Draft, start: int, end: int) -> bool:
    """``【明治の外交力―陸奥宗光の『蹇蹇録』に学ぶ】\\n岡崎 久彦 (著)``: a book's title in
    lenticular brackets and under it the byline as Amazon.co.jp prints it (the name, its role in
    brackets), as a reading report heads its page; the title as printed (a work it quotes in
    『』 kept), the name one the dictionary knows or a foreign one in katakana."""
    text = draft.text
    match = CJK_CORNER_TITLE_BYLINE_PATTERN.match(text, start, end)
    if match is None:
        return False
    role, size = role_at_end(match["byline"], "ja")
    name = match["byline"][:size].strip()
    if role is None or not (japanese_name(name) or foreign_person(name.replace("・", ""))):
        return False
    title_start, title_end = trim(text, *match.span("title"), " \t　")
    title = text[title_start:title_end]
    if not any(is_cjk(char) for char in title) or "。" in title:
        return False
    draft.language = draft.language or "ja"
    put_text(draft, "title", (title_start, title_end))
    names_start = trim(text, *match.span("byline"), " \t　")[0]
    cjk_people(draft, names_start, names_start + len(name), "ja", role, bare=True)
    draft.short_note = True  # a book named by its title and author alone
    return True


def amazon_title_line(draft: Draft, start: int, end: int) -> bool:
    """``検証 戦争責任〈2〉 (単行本) 読売新聞戦争責任検証委員会 (著)``, ``昭和史 1926-1945
    (平凡社ライブラリー) 半藤 一利 (著)``: Amazon.co.jp's title line as a reading blog copies it,
    the title, the binding (no field: ``data/cjk_titles.toml``), the series or the volumes in
    brackets, then one person or body and the role in brackets, perhaps the series after them
    (``人間の条件(上、中、下)    五味川純平(著)  岩波現代文庫``, a review's heading)."""
    text = draft.text
    match = CJK_AMAZON_TITLE_LINE_PATTERN.match(text, start, end)
    if match is None:
        return False
    role, size = role_at_end(match["byline"], "ja")
    name = match["byline"][:size].strip()
    if role is None or not name or not names_head(match["byline"].strip()):
        return False
    title_start, title_end = trim(text, *match.span("title"), " \t　")
    if not plain_title(text[title_start:title_end]):
        return False
    put_cjk_title(draft, (title_start, title_end), text[start:end])
    form = match["form"].strip()
    if CJK_BRACKET_VOLUMES_PATTERN.fullmatch(form):
        draft.put("volume", form, *match.span("form"))
    elif form not in CJK_AMAZON_BINDINGS:
        draft.put("series", Text(original=form, lang=draft.language), *match.span("form"))
    if match["series"] and not draft.has("series"):
        series = Text(original=match["series"], lang=draft.language)
        draft.put("series", series, *match.span("series"))
    names_start = trim(text, *match.span("byline"), " \t　")[0]
    cjk_people(draft, names_start, names_start + len(name), draft.language or "ja", role, bare=True)
    draft.short_note = True  # a book named by its title and author alone
    return True


def run_on_clan_name(draft: Draft, start: int, end: int) -> bool:
    """``从皇帝到公民:我的前半生爱新觉罗.溥仪``: a shop's record with the title and the author's
    name run together, which only a Qing clan name (``data/cjk_notes.toml``) before the name's
    dot tells apart; the title may part its subtitle by a colon."""
    text = draft.text
    match = CJK_RUN_ON_CLAN_NAME_PATTERN.match(text, start, end)
    if match is None:
        return False
    title_start, title_end = trim(text, *match.span("title"), " \t　:：")
    if not plain_title(text[title_start:title_end]):
        return False
    draft.language = draft.language or "zh"
    put_text(draft, "title", (title_start, title_end))
    cjk_people(draft, *match.span("name"), "zh", "authors", bare=True)
    draft.short_note = True  # a book named by its title and author alone
    return True


def _title_author_series(
    draft: Draft, title: tuple[int, int], author: tuple[int, int], series: re.Match[str] | None
) -> None:
    """A Japanese title line's title, its author and the series in brackets after it."""
    draft.language = draft.language or "ja"
    put_text(draft, "title", title)
    cjk_people(draft, *author, "ja", "authors", bare=True)
    if series is not None:
        draft.put("series", Text(original=series["series"], lang="ja"), *series.span("series"))


def put_cjk_title(draft: Draft, title: tuple[int, int], sample: str) -> str:
    """A title line's title, and the draft's language when not yet known: Japanese when
    ``sample`` reads as Japanese (kana, a Japanese name), else Chinese; that language."""
    language = draft.language = draft.language or ("ja" if looks_japanese(sample) else "zh")
    put_text(draft, "title", title)
    return language
