"""Japanese and Chinese native forms: 『書名』, 「論文」『雑誌』, 《书名》."""

from __future__ import annotations

import re

from archivecite.errors import MissingExtraError
from archivecite.model import (
    DateRange,
    Span,
    Text,
)
from archivecite.parse.dates import find_era_year, kanji_number
from archivecite.parse.published.cjk_patterns import (
    CJK_BARE_YEAR_PATTERN,
    CJK_FIELD_DATE_PATTERN,
    CJK_FIELD_PATTERN,
    CJK_GLUED_TAIL_PATTERN,
    CJK_HEAD_YEAR_PATTERN,
    CJK_ISSUE_PATTERN,
    CJK_NUMERAL_YEAR_PATTERN,
    CJK_PAGES_PATTERN,
    CJK_PRINTED_PAGE_PATTERN,
    CJK_SERIES_TAIL_PATTERN,
    CJK_URL_PATTERN,
    CJK_VOLUME_PATTERN,
    CJK_VOLUME_WORDS_PATTERN,
    CJK_YEAR_PATTERN,
    NAME_SEPARATOR_PATTERN,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash
from archivecite.parse.published.names import cjk_name
from archivecite.parse.published.scanning import CJK_BRACKETS, TITLE_OPENERS, trim
from archivecite.parse.published.terms import (
    CITIES,
    CJK_ANONYMOUS,
    CJK_DEGREE_WORDS,
    CJK_PUBLISHER_ENDINGS,
    CJK_ROLE_WORDS,
)
from archivecite.parse.published.titles import put_plain_text, put_text
from archivecite.translit import looks_japanese
from archivecite.translit.japanese import surname_length
from archivecite.translit.japanese.tokens import analyse

# What stands between two titles when the second is a book the first was printed in.
CHAPTER_MARKERS = ("所収", "收入", "收录", "收錄")

# What separates the groups of names in a head: "ゲオルグ・ブシャン 著 , 小堀甚二 訳".
HEAD_SEPARATORS = "，,；;"


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
    lang = "ja" if looks_japanese(text[start:end]) or "『" in text[start:end] else "zh"
    draft.language = draft.language or lang
    pairs = cjk_brackets(text, start, end)
    if not pairs:
        return
    head_start, head_end = trim(text, start, pairs[0][0], " \t,，、:：.")
    cjk_head(draft, head_start, head_end, lang)
    put_text(draft, "title", _title_span(text, pairs[0]))
    rest = pairs[0][1] + 1
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
    if _named_book_alone(draft, (head_start, head_end), pairs, rest, end):
        draft.short_note = True  # "田中圭一『村からみた日本史』": a book named by author and title
    container = draft.has("container_title")
    if container and draft.has("place") and not draft.has("issue"):
        draft.chapter = True  # a journal's name is not followed by an imprint: a book's is
    if draft.has("url") and not (container or draft.has("publisher")):
        draft.kind = "webpage"


def _named_book_alone(
    draft: Draft, head: tuple[int, int], pairs: list[tuple[int, int]], rest: int, end: int
) -> bool:
    """A book's brackets (『』《》) after names and nothing after them; a head with hiragana
    is a sentence ("本書は『…』"), not names."""
    text = draft.text
    return (
        len(pairs) == 1
        and text[pairs[0][0]] in "『《"
        and bool(draft.authors)
        and not any("\u3041" <= char <= "\u309f" for char in text[head[0] : head[1]])
        and trim(text, rest, end, " \t.。")[0] >= end
    )


def _title_span(text: str, pair: tuple[int, int]) -> tuple[int, int]:
    """Inside the brackets, without a sentence's closing 。: 「…基本ソフトに欠陥。」."""
    opening, closing = pair
    return opening + 1, closing - 1 if text[closing - 1] == "。" else closing


def role_at_end(value: str) -> tuple[str | None, int]:
    """The list a group of names ends by naming (``"坂野徹 著"`` → authors), and the length of
    the group without the role word (and the ``等``, "and others", before it)."""
    stripped = value.rstrip()
    for role, words in CJK_ROLE_WORDS.items():
        for word in words:
            if stripped.endswith(word):
                return role, len(stripped[: -len(word)].rstrip().removesuffix("等").rstrip())
    return None, len(stripped)


def cjk_head(draft: Draft, start: int, end: int, lang: str) -> None:
    """The names before the title, in groups each closed by its role word: names with no role
    word of their own share the next group's role when it is 著 or 編 (co-authors, co-editors),
    and are the authors when it is 訳 (the translated book's author comes first)."""
    text = draft.text
    year = CJK_HEAD_YEAR_PATTERN.search(text, start, end)
    if year is not None:
        draft.put("date", DateRange.of(int(year["year"])), *year.span("year"))
        start, end = trim(text, start, year.start(), " \t,，、:：.")
    pending: list[tuple[int, int]] = []
    piece = start
    for index in range(start, end + 1):
        if index < end and text[index] not in HEAD_SEPARATORS:
            continue
        part_start, part_end = trim(text, piece, index, " \t　")
        piece = index + 1
        if part_start >= part_end or text[part_start:part_end] in CJK_ANONYMOUS:
            continue
        role, size = role_at_end(text[part_start:part_end])
        if role is None:
            pending.append((part_start, part_end))
            continue
        if role == "translators":
            for other in pending:
                cjk_people(draft, *other, lang, "authors")
            pending = []
        for other in [*pending, (part_start, part_start + size)]:
            cjk_people(draft, *other, lang, role)
        pending = []
    for other in pending:
        cjk_people(draft, *other, lang, "authors")


def cjk_people(draft: Draft, start: int, end: int, lang: str, role: str) -> None:
    text = draft.text
    value = text[start:end]
    for marker in ("主编", "主編", "編著", "编著", "監修", "編", "编", "著", "载", "載", "等"):
        value = value.replace(marker, " ")
    targets = {
        "authors": draft.authors,
        "editors": draft.editors,
        "translators": draft.translators,
    }
    target = targets.get(role, draft.container_editors)
    for token in NAME_SEPARATOR_PATTERN.split(value):
        name = cjk_name(token, lang)
        if name is not None:
            target.append(name)
    if value.strip():
        draft.spans.append(Span(field=role, start=start, end=end))


def cjk_tail(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    end = cjk_address(draft, start, end)
    if any(word in text[start:end] for word in CJK_DEGREE_WORDS):
        draft.thesis = True
    lead_start, _ = trim(text, start, end, " \t,，、:：.。")
    if lead_start < end and text[lead_start] in "（(":  # 《民国日报》（上海）, 《…》（增补本）
        closing = text.find("）" if text[lead_start] == "（" else ")", lead_start, end)
        inside = trim(text, lead_start + 1, closing, " \t")[0] if closing > 0 else lead_start
        if (
            closing > 0
            and not any(char.isdigit() for char in text[lead_start:closing])
            and CJK_VOLUME_WORDS_PATTERN.match(text, inside, closing + 1) is None
        ):
            lead_start = closing + 1
    lead_start, _ = trim(text, lead_start, end, " \t,，、:：.。（(")
    volumes = CJK_VOLUME_WORDS_PATTERN.match(text, lead_start, end)
    if volumes is not None:  # 『シベリア捕虜収容所』上・下、サイマル出版会; 全3巻; 卷3; 第三卷
        group = next(g for g in ("volume", "juan", "number", "count") if volumes[g])
        field = "number_of_volumes" if group == "count" else "volume"
        value = volumes[group] if group == "volume" else str(kanji_number(volumes[group]))
        draft.put(field, value, *volumes.span(group))
        lead_start, _ = trim(text, volumes.end(), end, " \t,，、:：.。（()）")
    found = cjk_lead(draft, lead_start, end)
    if not found and not draft.has("container_title"):
        cjk_late_publisher(draft, start, end)
    issue_like = volumes is not None and volumes["number"] and text[volumes.end() - 1] in "册冊"
    if volumes is not None and issue_like and not found and draft.has("container_title"):
        issue = draft.values.pop("volume")  # 《清议报》第69册: a periodical's number is its issue
        draft.spans = [span for span in draft.spans if span.field != "volume"]
        draft.put("issue", issue, *volumes.span("number"))
    year = CJK_YEAR_PATTERN.search(text, start, end)
    bare = None if year is not None else CJK_BARE_YEAR_PATTERN.search(text, start, end)
    if bare is not None:  # "（岩波書店、1991）", "1914（大正3）年"
        draft.put("date", DateRange.of(int(bare["year"])), *bare.span("year"))
    era = None if year is not None or bare is not None else find_era_year(text, start, end)
    if era is not None:  # "原書房、昭和40年", "商务印书馆，民国三十一年": the Gregorian year
        draft.put("date", era.date, era.start, era.end)
        draft.put_extra("era_date", text[era.start : era.end], era.start, era.end)
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
        if match is not None and not draft.has(name):
            draft.put(name, match[name], *match.span(name))
    if year is not None and (draft.has("issue") or text.startswith(("号", "號"), year.end())):
        draft.day_date = False  # "第4卷第6期，1936年6月15日", "1986年5月5日号": a journal's issue
    cjk_pages(draft, start, end)


def cjk_pages(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    pages = CJK_PAGES_PATTERN.search(text, start, end)
    if pages is not None:
        group = "a" if pages["a"] else "b" if pages["b"] else "c"
        value = join_dash(pages[group])
        if group == "a" and value.isdigit() and not (draft.has("issue") or draft.day_date):
            draft.put_extra("locator", value, *pages.span(group))  # a book's page: the one cited
        else:
            draft.put("pages", value, *pages.span(group))
    elif draft.day_date:
        printed = CJK_PRINTED_PAGE_PATTERN.search(text, start, end)
        if printed is not None:
            group = "a" if printed["a"] else "b"
            draft.put("pages", printed[group], *printed.span(group))


def cjk_lead(draft: Draft, start: int, end: int) -> bool:
    """The comma-separated pieces before the first number: translators (``谭汝谦、林启彦译``),
    the degree of a thesis (``博士学位论文``), then the place and publisher; whether a publisher
    was found."""
    text = draft.text
    piece = start
    dated: tuple[int, int] | None = None
    while piece < end:
        stop = piece
        while stop < end and not text[stop].isdigit() and text[stop] not in "，,。（(第":
            stop += 1
        value = text[piece:stop]
        era = find_era_year(text, piece, end)
        if era is not None and era.start == piece:
            break  # "『…』昭和56年": an era's name opens the date, it is no publisher
        role, size = role_at_end(value)
        if role == "translators" and size:
            cjk_people(draft, piece, piece + size, draft.language or "zh", "translators")
        elif CJK_NUMERAL_YEAR_PATTERN.search(value):
            dated = dated or (piece, stop)  # "光绪二十四年十二月上": a reign's date
        elif not any(word in value for word in CJK_DEGREE_WORDS):
            comma = value.find("、")
            role, size = role_at_end(value[:comma])
            if comma > 0 and role in ("editors", "translators") and size:
                # "（山田孝雄校訂、岩波書店、昭和7）": who edited the edition, then its imprint
                cjk_people(draft, piece, piece + size, draft.language or "ja", role)
                piece = piece + comma + 1
                continue
            if comma > 0:
                stop = piece + comma
            if stop > piece:
                cjk_publisher(draft, piece, stop)
            return stop > piece
        if stop >= end or text[stop] not in "，,":
            break
        piece = trim(text, stop, end, " \t,，")[0]
    if dated is None or draft.has("container_title"):
        return False
    cjk_publisher(
        draft, *dated
    )  # "光绪三年苏州文学山房活字本": a book's edition, nothing else named
    return True


def cjk_address(draft: Draft, start: int, end: int) -> int:
    """A web address in the tail, with the date it was consulted after it
    (``…html，访问时间：2020年12月1日``); where the part before it ends."""
    text = draft.text
    if draft.has("url"):
        return end
    address = CJK_URL_PATTERN.search(text, start, end)
    if address is None:
        return end
    draft.put("url", address["url"], *address.span("url"))
    consulted = CJK_YEAR_PATTERN.search(text, address.end(), end)
    if consulted is not None and consulted["day"] is not None and not draft.has("accessed"):
        draft.put(
            "accessed",
            DateRange.of(int(consulted["year"]), int(consulted["month"]), int(consulted["day"])),
            *consulted.span(),
        )
    return trim(text, start, address.start(), " \t,，、:：")[1]


def cjk_late_publisher(draft: Draft, start: int, end: int) -> None:
    """``(1995年、筑摩書房)``: a publisher printed after the year; not the translators named
    there (``2011年、2018年第8刷 池原止戈夫、彌永昌吉、室賀三郎、戸田巌訳``)."""
    text = draft.text
    piece = start
    for index in range(start, end + 1):
        if index == end or text[index] in "、，,()（）。・ ":
            chunk = text[piece:index]
            numeric = any(char.isdigit() or char in "年第期号巻页頁" for char in chunk)
            if len(chunk) >= 2 and not numeric:
                if not _people_to_the_end(draft, piece, end):
                    cjk_publisher(draft, piece, index)
                return
            piece = index + 1


def _people_to_the_end(draft: Draft, start: int, end: int) -> bool:
    """Names parted by ``、`` that a role word closes, to the end of the reference: read as
    that role's people."""
    text = draft.text
    start, end = trim(text, start, end, " \t　.。")
    role, size = role_at_end(text[start:end])
    names = text[start : start + size].split("、")
    if role is None or not size or not all(_name_like(name.strip()) for name in names):
        return False
    cjk_people(draft, start, start + size, draft.language or "ja", role)
    return True


def cjk_publisher(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    value = text[start:end]
    if any(word in value for word in CJK_DEGREE_WORDS):
        draft.thesis = True
    colon = max(value.find("："), value.find(":"))
    if colon < 0 and value.strip() in CITIES:  # "《…论文集》，天津，2000年": a place alone
        put_plain_text(draft, "place", start, end)
        return
    if colon > 0:
        draft.put("place", Text(original=value[:colon], lang=draft.language), start, start + colon)
        start += colon + 1
    put_plain_text(draft, "publisher", start, end)


def parse_cjk_fields(draft: Draft, start: int, end: int) -> bool:
    """A line of fields without brackets, as blogs, reading lists and shops print a book: the
    author the dictionary knows, the title and its series (``_series_line``), title first
    (``_title_first``), or the fields glued together (``_glued_fields``)."""
    return (
        _series_line(draft, start, end)
        or _title_first(draft, start, end)
        or _glued_fields(draft, start, end)
    )


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
        elif publisher is None and _publisher_like(value):
            publisher = pieces[index - 1]
        else:
            break
        index -= 1
    names_end = index
    while index > 1 and _name_like(text[slice(*pieces[index - 1])]):
        index -= 1
    if index == names_end or index < 1:
        return False
    role = role_at_end(text[slice(*pieces[names_end - 1])])[0]
    names = _spaced_names(text, pieces[index:names_end])
    if not names or (publisher is None and role is None):
        return False
    japanese = looks_japanese(text[start:end])
    lang = "ja" if japanese else "zh"
    draft.language = draft.language or lang
    put_text(draft, "title", (pieces[0][0], pieces[index - 1][1]))
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
    if not (_foreign_person(author) or (_name_like(author) and _japanese_surname(author))):
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


def _japanese_surname(name: str) -> int | None:
    try:
        return surname_length(name)
    except MissingExtraError:
        return None


def _publisher_like(value: str) -> bool:
    return value.endswith(CJK_PUBLISHER_ENDINGS) and not any(char.isdigit() for char in value)


def _name_like(value: str) -> bool:
    """``瀬戸口明久``, ``浜野潔編著``, ``千々岩``: one to five kanji (two at least for a whole
    name), perhaps with a role word after them."""
    core = value[: role_at_end(value)[1]]
    return 1 <= len(core) <= 5 and all(
        "\u4e00" <= char <= "\u9fff" or char in "々〆" for char in core
    )


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
