"""What follows the titles of a Japanese or Chinese reference: volumes, people, place and
publisher, the date (an era's included), issue, pages, edition and a web address."""

from __future__ import annotations

import re

from archivecite.model import (
    DateRange,
    Text,
)
from archivecite.parse.dates import find_era_year, kanji_number, year_span
from archivecite.parse.published.cjk_bracket_names import (
    author_in_brackets,
    other_name_end,
    series_after_house,
)
from archivecite.parse.published.cjk_patterns import (
    CJK_AFTER_TITLE_WORDS,
    CJK_BARE_ISSUE_PATTERN,
    CJK_BARE_NAME_TAIL_PATTERN,
    CJK_BARE_YEAR_PATTERN,
    CJK_CALL_NUMBER_PATTERN,
    CJK_COPY_DETAIL_PATTERN,
    CJK_DEGREE_AFTER_UNIVERSITY_PATTERN,
    CJK_DEGREE_TITLE_PATTERN,
    CJK_EDITION_PATTERN,
    CJK_ERA_FIRST_YEARS,
    CJK_ERA_LETTER_FIRST_YEARS,
    CJK_FOREIGN_CITIES,
    CJK_ISBN_PATTERN,
    CJK_ISSUE_PATTERN,
    CJK_KANJI_DIGIT_YEAR_PATTERN,
    CJK_LABEL_FIRST_ISSUE_PATTERN,
    CJK_LATER_EDITION_PATTERN,
    CJK_LEAD_BARE_ISSUE_PATTERN,
    CJK_LEAD_EDITION_PATTERN,
    CJK_LEAD_ROLE_PATTERN,
    CJK_LEAD_ROLES,
    CJK_LEAD_SERIES_PATTERN,
    CJK_LETTER_ERA_PATTERN,
    CJK_NUMERAL_YEAR_PATTERN,
    CJK_PAGES_PATTERN,
    CJK_PIECE_PATTERN,
    CJK_PLACE_ENDINGS,
    CJK_PRINTED_PAGE_PATTERN,
    CJK_PUBLISHED_BY_PATTERN,
    CJK_QUOTED_PART_PATTERN,
    CJK_RUN_ON_WORD_PATTERN,
    CJK_SPACED_ERA_PATTERN,
    CJK_URL_PATTERN,
    CJK_VOLUME_PATTERN,
    CJK_VOLUME_WORDS_PATTERN,
    CJK_YEAR_MONTH_PATTERN,
    CJK_YEAR_PATTERN,
    CJK_YEAR_PUBLISHER_PATTERN,
    CJK_YEAR_RANGE_PATTERN,
)
from archivecite.parse.published.cjk_roles import (
    OTHERS,
    cjk_people,
    foreign_person,
    foreign_reading,
    name_like,
    people_ahead,
    publisher_like,
    role_at_end,
    role_group,
    tail_people,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash
from archivecite.parse.published.names import (
    chinese_name,
    japanese_name,
    japanese_surname,
)
from archivecite.parse.published.patterns import YEAR_PATTERN
from archivecite.parse.published.scanning import trim
from archivecite.parse.published.terms import (
    CITIES,
    CJK_DEGREE_WORDS,
    CJK_SERIES_ENDINGS,
)
from archivecite.parse.published.titles import put_plain_text

KANJI_DIGITS = str.maketrans("〇一二三四五六七八九", "0123456789")
# Particles that continue a sentence after a title ("『こころ』を読んだ", "《…》是2000年出版的图书",
# "《…》在香港出版"); no publisher opens so.
PARTICLES = "をのとはがにでへ是在被"
# What ends a word of the book, not a name, after a title: "全集", "修订版", "影印本", "上册"
CJK_BOOK_WORD_ENDINGS = ("集", "版", "本", "卷", "巻", "册", "冊", "编", "編", "篇", "部")


def cjk_tail(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    end = _later_edition(draft, start, _call_number(draft, start, cjk_address(draft, start, end)))
    start = _lead_series(draft, start, end)
    if _bare_issue(draft, start, end) or author_in_brackets(draft, start, end):
        return
    start = _bare_issue_before_date(draft, start, end)
    degree = CJK_DEGREE_TITLE_PATTERN.match(text, trim(text, start, end, " \t　")[0], end)
    if degree is not None and role_group(text, degree.end(), end) is not None:
        start = degree.end()  # "工学博士 野波健蔵【著】": the author's degree, no thesis
    if any(word in text[start:end] for word in CJK_DEGREE_WORDS):
        draft.thesis = True
    lead_start, volumes = _lead_volumes(draft, start, end)
    lead_start = _leading_isbn(draft, _lead_edition(draft, lead_start, end), end)
    run_on = CJK_RUN_ON_WORD_PATTERN.match(text, lead_start, end)
    if run_on is not None:  # "《中国共产党成立史》中译本,…": words on the work, no publisher
        lead_start = trim(text, run_on.end(), end, " \t,，、.。")[0]
    people_end = _role_then_names(draft, lead_start, end)
    if people_end == lead_start:
        people_end = tail_people(draft, lead_start, end)
    if people_end == lead_start:
        people_end = _bare_author(draft, lead_start, end)
    if people_end == lead_start:
        people_end = _bare_chinese_author(draft, lead_start, end)
    closed = trim(text, people_end, end, " \t)）.。")[0] >= end  # "(富士川游著、松田道雄解説)"
    if lead_start < people_end and closed and (draft.authors or draft.editors or draft.translators):
        draft.short_note = True  # "「国道者」佐藤健太郎著": a book named by its title and author
    people_end = _label_first_issue(draft, people_end, end)
    found = cjk_lead(draft, people_end, end) or _year_then_publisher(draft, people_end, end)
    if not found and not draft.has("container_title"):
        cjk_late_publisher(draft, people_end if people_end > lead_start else start, end)
    elif not found:
        _serial_publisher(draft, people_end, end)
    issue_like = volumes is not None and volumes["number"] and text[volumes.end() - 1] in "册冊"
    if volumes is not None and issue_like and not found and draft.has("container_title"):
        issue = draft.values.pop("volume")  # 《清议报》第69册: a periodical's number is its issue
        draft.spans = [span for span in draft.spans if span.field != "volume"]
        draft.put("issue", issue, *volumes.span("number"))
    years = _year_range(draft, start, end)
    year = None if years else _tail_date(draft, start, end)
    numbers_start = volumes.end() if volumes is not None else start
    for pattern, group in ((CJK_VOLUME_PATTERN, "volume"), (CJK_ISSUE_PATTERN, "issue")):
        match = pattern.search(text, numbers_start, end)
        if match is None or draft.has(group):
            continue
        whole_set = (years and match.start() == lead_start and text[lead_start] != "第") or (
            group == "volume" and match["whole"] is not None
        )
        field = "number_of_volumes" if group == "volume" and whole_set else group
        value = str(kanji_number(match[group]))  # "1978年第一期": the issue in numerals
        draft.put(field, value, *match.span(group))  # "15巻(…、1979~1996年)": the whole set
    if year is not None and (draft.has("issue") or text.startswith(("号", "號"), year.end())):
        draft.day_date = False  # "第4卷第6期，1936年6月15日", "1986年5月5日号": a journal's issue
    cjk_pages(draft, start, end)
    _tail_edition(draft, lead_start, end)


def _lead_volumes(draft: Draft, start: int, end: int) -> tuple[int, re.Match[str] | None]:
    """What opens the tail: a remark in brackets left alone (``《民国日报》（上海）``), then the
    volumes (``上・下``, ``全3巻``, ``卷3``, ``第三卷``, ``《「一大」前後》(二)``); where the rest
    begins, and the volumes' match."""
    text = draft.text
    lead_start, _ = trim(text, start, end, " \t\n,，、:：.。")
    volumes = CJK_VOLUME_WORDS_PATTERN.match(text, lead_start, end)
    bracketed = volumes is not None and volumes["bracketed"] is not None  # "《…》(二)"
    if lead_start < end and text[lead_start] in "（(" and not bracketed:  # 《民国日报》（上海）
        closing = text.find("）" if text[lead_start] == "（" else ")", lead_start, end)
        inside = trim(text, lead_start + 1, closing, " \t")[0] if closing > 0 else lead_start
        if (
            closing > 0
            and not any(char.isdigit() for char in text[lead_start:closing])
            and CJK_VOLUME_WORDS_PATTERN.match(text, inside, closing + 1) is None
            and not people_ahead(text, inside, closing)  # "(鎮目恭夫・訳、みすず書房)"
        ):
            lead_start = closing + 1
    if not bracketed:
        lead_start, _ = trim(text, lead_start, end, " \t,，、:：.。（(")
        volumes = CJK_VOLUME_WORDS_PATTERN.match(text, lead_start, end)
    if volumes is not None:  # 『シベリア捕虜収容所』上・下、サイマル出版会; 全3巻; 卷3; 第三卷
        names = ("volume", "juan", "number", "bracketed", "bare", "count", "set")
        group = next(g for g in names if volumes[g])
        field = "number_of_volumes" if group in ("count", "set") else "volume"
        value = volumes[group] if group == "volume" else str(kanji_number(volumes[group]))
        draft.put(field, value, *volumes.span(group))
        if group == "bracketed" and draft.has("container_title"):
            draft.chapter = True  # "《「一大」前後》(二)": a collection's volume, no journal's
        lead_start, _ = trim(text, volumes.end(), end, " \t,，、:：.。（()）")
        part = CJK_QUOTED_PART_PATTERN.match(text, lead_start, end)
        if part is not None and lead_start == volumes.end():  # 第四册“顾序”: the part cited
            draft.put_extra("part", part["part"], *part.span("part"))
            lead_start, _ = trim(text, part.end(), end, " \t,，、:：.。")
    return lead_start, volumes


def _label_first_issue(draft: Draft, start: int, end: int) -> int:
    """A journal's issue with its label first (``《天涯》，期6（2018年11月）``); where the
    publisher may begin (past the issue: "期10" is no publisher's name)."""
    found = CJK_LABEL_FIRST_ISSUE_PATTERN.search(draft.text, start, end)
    if found is None or not draft.has("container_title"):
        return start
    draft.put("issue", found["issue"], *found.span("issue"))
    return max(start, found.end())


def _serial_publisher(draft: Draft, start: int, end: int) -> None:
    """A serial's publisher after its number (``《國外中國近代史研究》第22期,中國社會科學出版社,
    1993``): a piece between commas that a publisher's name ends, read as the publisher."""
    text = draft.text
    piece = start
    for index in range(start, end + 1):
        if index == end or text[index] in ",，、;；":
            name = trim(text, piece, index, " \t　.。")
            if name[1] > name[0] and publisher_like(text[slice(*name)]):
                cjk_publisher(draft, *name)  # "桂林:广西师范大学出版社": the place, the publisher
                return
            piece = index + 1


def _later_edition(draft: Draft, start: int, end: int) -> int:
    """``朝日新聞社、1963年(新装版1987年)``: a later edition in brackets after the year, kept as
    printed in ``extra["later_editions"]`` (the first edition's year stays the work's); where
    the imprint ends."""
    later = CJK_LATER_EDITION_PATTERN.search(draft.text, start, end)
    if later is None:
        return end
    draft.put_extra("later_editions", later["later"], *later.span("later"))
    return later.start()


def _tail_date(draft: Draft, start: int, end: int) -> re.Match[str] | None:
    """The date of the tail: a year with 年 and perhaps its month and day, a bare year
    (``（岩波書店、1991）``, ``1914（大正3）年``), an era's or one in kanji digits; the match of the
    first."""
    text = draft.text
    year = CJK_YEAR_PATTERN.search(text, start, end)
    bare = None if year is not None else CJK_BARE_YEAR_PATTERN.search(text, start, end)
    if bare is not None:
        year_month = CJK_YEAR_MONTH_PATTERN.match(text, bare.start(), end)  # "岩波書店(1990.3)"
        if year_month is not None:
            printed_day = int(year_month["day"]) if year_month["day"] else None
            date = DateRange.of(int(year_month["year"]), int(year_month["month"]), printed_day)
            draft.put("date", date, year_month.start(), year_month.end())
        else:
            draft.put("date", DateRange.of(int(bare["year"])), *bare.span("year"))
    if year is None and bare is None:
        _era_or_kanji_date(draft, start, end)
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
    return year


def _lead_edition(draft: Draft, start: int, end: int) -> int:
    """An edition named right after the title (``増補版(東京大学出版会、1983)``), no publisher;
    where the imprint after it begins."""
    text = draft.text
    edition = CJK_LEAD_EDITION_PATTERN.match(text, start, end)
    if edition is None:
        return start
    if not draft.has("edition"):
        draft.put("edition", edition["edition"], *edition.span("edition"))
    return trim(text, edition.end(), end, " \t,，、.。（(")[0]


def _leading_isbn(draft: Draft, start: int, end: int) -> int:
    """An ISBN opening the imprint (``（ISBN：9787100124508，…编，商务印书馆）``); where the rest
    begins."""
    text = draft.text
    isbn = CJK_ISBN_PATTERN.match(text, start, end)
    if isbn is None:
        return start
    draft.put("isbn", isbn["isbn"], *isbn.span("isbn"))
    return trim(text, isbn.end(), end, " \t,，、")[0]


def _bare_issue(draft: Draft, start: int, end: int) -> bool:
    """A journal's number alone after its name, as Japanese lists print it: ``『日本歴史』742``,
    ``(『歴史評論』八一一)`` in kanji digits, ``(『経済論叢』一九一‐一)`` its volume and issue;
    a year there (``『思想』1990``) stays a year."""
    text = draft.text
    match = CJK_BARE_ISSUE_PATTERN.match(text, start, end)
    if match is None or not draft.has("container_title") or draft.has("issue"):
        return False
    if YEAR_PATTERN.fullmatch(match["first"]):
        return False
    first = str(kanji_number(match["first"]))
    if match["second"]:
        draft.put("volume", first, *match.span("first"))
        draft.put("issue", str(kanji_number(match["second"])), *match.span("second"))
    else:
        draft.put("issue", first, *match.span("first"))
    return True


def _bare_issue_before_date(draft: Draft, start: int, end: int) -> int:
    """``倉田有佳「…」『ロシア史研究』62、1998年3月、36、39頁。``: a journal's bare number, then
    its issue's date after a comma (not a year: ``『思想』1990、…``); where the rest begins."""
    match = CJK_LEAD_BARE_ISSUE_PATTERN.match(draft.text, start, end)
    if match is None or not draft.has("container_title") or draft.has("issue"):
        return start
    if YEAR_PATTERN.fullmatch(match["first"]):
        return start
    if match["second"]:
        draft.put("volume", match["first"], *match.span("first"))
        draft.put("issue", match["second"], *match.span("second"))
    else:
        draft.put("issue", match["first"], *match.span("first"))
    return match.end()


def _year_range(draft: Draft, start: int, end: int) -> bool:
    """The years a set was printed over (``吉川弘文館、1979~1996年``, ``1965-66年``): the first
    year opens the date, the last closes it."""
    text = draft.text
    match = CJK_YEAR_RANGE_PATTERN.search(text, start, end)
    if match is None:
        return False
    years = year_span(int(match["year"]), match["last_year"])  # "1965-66年": 1965–1966
    if years.end is None:
        return False
    draft.put("date", years, match.start("year"), match.end("last_year"))
    return True


def _year_then_publisher(draft: Draft, start: int, end: int) -> bool:
    """``1978年吉川弘文馆出版``, ``1974年原书房重印本``, ``1960年莫斯科出版``: a Chinese note's
    imprint, the year, the publisher (or the city) and the word that says it printed the book;
    whether one was found."""
    text = draft.text
    match = CJK_YEAR_PUBLISHER_PATTERN.search(text, start, end)
    if match is None:
        return False
    name = match["name"]
    city = name in CITIES or name in CJK_FOREIGN_CITIES or name.endswith(CJK_PLACE_ENDINGS)
    field = "place" if city else "publisher"
    if not draft.has(field):
        put_plain_text(draft, field, *match.span("name"))
    return True


def _tail_edition(draft: Draft, start: int, end: int) -> None:
    """``商务印书馆，第 7 版``: a book's edition; a newspaper's ``第2版`` is its page."""
    edition = CJK_EDITION_PATTERN.search(draft.text, start, end)
    book = not (draft.day_date or draft.has("container_title") or draft.has("edition"))
    if edition is not None and book:
        draft.put("edition", "".join(edition["edition"].split()), *edition.span("edition"))


def cjk_pages(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    pages = CJK_PAGES_PATTERN.search(text, start, end)
    if pages is not None:
        group = next(name for name in ("a", "b", "c", "k", "l") if pages[name])
        value = ", ".join(join_dash(part.strip()) for part in re.split("[、,，]", pages[group]))
        if group == "k":  # "二三二頁", "一三一〜一三二頁": the numbers in kanji
            value = "-".join(str(kanji_number(part)) for part in value.split("-"))
        whole_book = not (draft.has("container_title") or draft.day_date)
        # a label before the pages ("页14–16") is a note's, in the way Hong Kong and Taiwan
        # print them; an entry's day in a chronicle (年谱) does not make the book a newspaper
        whole_book = whole_book or (group == "l" and not draft.has("container_title"))
        several = "," in value  # "第1082、1209页": the pages a note cites, no piece's extent
        if (value.isdigit() and not draft.day_date) or whole_book or several:
            # "第148页", "《近代史研究》1993年第5期,第13頁", "原書房、一九六五年、二三二頁": one
            # page, the one the note cites; a range after a whole book is the passage cited
            # ("講談社、一九八七年、一三一〜一三二頁"): a book has no pages of its own
            draft.put_extra("locator", value, *pages.span(group))
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
        while stop < end and not text[stop].isdigit() and text[stop] not in "，,。（(）)第":
            stop += 1
        dot = _dot_before_year(text, piece, stop, end)
        stop = dot if dot > piece else stop  # "小学館・二〇〇一年四月", "新潮社・1990"
        value = text[piece:stop]
        isbn = CJK_ISBN_PATTERN.match(text, piece, end)
        if isbn is not None:  # "（ISBN：9787100124508，…编，商务印书馆）": read by cjk_tail
            piece = trim(text, isbn.end(), end, " \t,，、")[0]
            continue
        if CJK_PAGES_PATTERN.match(text, piece, end) is not None:
            break  # "张化:《…》,页70–74。": the pages a note cites, no publisher before them
        before_era = _before_era(text, piece, stop, end)
        if before_era is None:
            break  # "『…』昭和56年", "(H27[2015]刊)": an era's date opens it, no publisher
        stop = before_era
        value = text[piece:stop]
        role, size = role_at_end(value)
        if role == "translators" and size:
            cjk_people(draft, piece, piece + size, draft.language or "zh", "translators")
        elif CJK_NUMERAL_YEAR_PATTERN.search(value.split("、")[0]):
            # "光绪二十四年十二月上": a reign's date; not "原書房、一九六五年": its publisher first
            dated = dated or (piece, stop)
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
            following = _publisher_after_series(text, piece, stop, end)
            if following is not None:  # "岩波文庫、岩波書店": the series, then its publisher
                series = trim(text, piece, stop, " \t　")
                draft.put(
                    "series", Text(original=text[slice(*series)], lang=draft.language), *series
                )
                piece, stop = following
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


def _before_era(text: str, piece: int, stop: int, end: int) -> int | None:
    """Where a piece of the imprint ends before an era's year after a space (``(東京興信新報社
    昭和11年)``, ``(中央公論社 S48刊)``, the era by its letter); None when an era's date or a
    year in kanji digits opens the piece (``『…』昭和56年``, ``(H27[2015]刊)``): no publisher."""
    era = find_era_year(text, piece, end)
    if (era is not None and era.start == piece) or CJK_LETTER_ERA_PATTERN.match(text, piece, end):
        return None
    if CJK_KANJI_DIGIT_YEAR_PATTERN.match(text, piece, end) is not None:
        return None  # "『…』一九七九年八月二五日初版印刷": a date in kanji digits, no publisher
    lettered = stop - 1 > piece and text[stop - 2] in " \t　"
    if lettered and CJK_LETTER_ERA_PATTERN.match(text, stop - 1, end) is not None:
        return trim(text, piece, stop - 1, " \t　")[1]
    if era is not None and era.start < stop and text[era.start - 1] in " \t　":
        return trim(text, piece, era.start, " \t　")[1]
    return stop


def _publisher_after_series(text: str, start: int, stop: int, end: int) -> tuple[int, int] | None:
    """The publisher's piece after a series' name and ``、`` (``岩波文庫、岩波書店、2011年``, as
    Aozora Bunko's 底本 line prints them); None when ``text[start:stop]`` names no series or no
    publisher follows it."""
    if not text[start:stop].strip().endswith(CJK_SERIES_ENDINGS) or text[stop : stop + 1] != "、":
        return None
    following = stop + 1
    while (
        following < end and text[following] not in "、，,。（(）)" and not text[following].isdigit()
    ):
        following += 1
    value = text[stop + 1 : following].strip()
    if not publisher_like(value) or value.endswith(CJK_SERIES_ENDINGS):
        return None
    return stop + 1, following


def _era_or_kanji_date(draft: Draft, start: int, end: int) -> None:
    """An era's year (``原書房、昭和40年``, ``商务印书馆，民国三十一年``: the Gregorian year, the
    era's kept), or a year in kanji digits (``小学館・二〇〇一年四月``) with its month."""
    text = draft.text
    era = find_era_year(text, start, end)
    if era is not None:
        draft.put("date", era.date, era.start, era.end)
        draft.put_extra("era_date", text[era.start : era.end], era.start, era.end)
        return
    letter = CJK_LETTER_ERA_PATTERN.search(text, start, end)
    if letter is not None:  # "(S48刊)": Shōwa 48
        year = CJK_ERA_LETTER_FIRST_YEARS[letter["letter"]] + int(letter["year"]) - 1
        draft.put("date", DateRange.of(year), letter.start(), letter.end("year"))
        draft.put_extra(
            "era_date",
            text[letter.start() : letter.end("year")],
            letter.start(),
            letter.end("year"),
        )
        return
    spaced = CJK_SPACED_ERA_PATTERN.search(text, start, end)
    if spaced is not None:  # "原書房、昭和 42 年"
        year = CJK_ERA_FIRST_YEARS[spaced["era"]] + int(spaced["year"]) - 1
        draft.put("date", DateRange.of(year), *spaced.span())
        draft.put_extra("era_date", spaced.group(), *spaced.span())
        return
    kanji = CJK_KANJI_DIGIT_YEAR_PATTERN.search(text, start, end)
    if kanji is not None:
        month = kanji_number(kanji["month"]) if kanji["month"] else None
        year = int(kanji["year"].translate(KANJI_DIGITS))
        draft.put("date", DateRange.of(year, month), *kanji.span())


def _dot_before_year(text: str, start: int, stop: int, end: int) -> int:
    """Where a ・ between ``start`` and ``stop`` parts a publisher from the year after it
    (``小学館・二〇〇一年四月``); -1 when none does (``ベースボール・マガジン社``)."""
    dot = text.find("・", start, stop + 1)
    while dot > start:
        if CJK_KANJI_DIGIT_YEAR_PATTERN.match(text, dot + 1, end) or CJK_BARE_YEAR_PATTERN.match(
            text, dot + 1, end
        ):
            return dot
        dot = text.find("・", dot + 1, stop + 1)
    return -1


def _role_then_names(draft: Draft, start: int, end: int) -> int:
    """The role word first, then the names after a space or a colon (``『キメラ』著 山室信一
    中公新書``, ``著者：…``), as a blog's book line prints them: each name one the dictionary
    knows or a foreign one in katakana; where what follows them begins."""
    text = draft.text
    match = CJK_LEAD_ROLE_PATTERN.match(text, start, end)
    if match is None:
        return start
    names_start, names_end = match.span("names")
    if not _lead_names(text[names_start:names_end]):
        names_end = text.find(" ", names_start, names_end)  # "山室信一 岩波": the name, then more
        if names_end < 0 or not _lead_names(text[names_start:names_end]):
            return start
    role = CJK_LEAD_ROLES[match["role"]]
    cjk_people(draft, names_start, names_end, draft.language or "ja", role, bare=True)
    return trim(text, names_end, end, " \t　,，、")[0]


def _lead_names(value: str) -> bool:
    """Names parted by ``、`` or ``・``, each one the dictionary knows (``山室信一``, ``麻田 雅文``)
    or a foreign one in katakana (``ウィーナー``)."""
    if foreign_person(value.replace("・", "")):  # "ノーバート・ウィーナー": one name
        return True
    names = [name for name in value.replace("・", "、").split("、") if name]
    return bool(names) and all(japanese_name(name) or foreign_person(name) for name in names)


def _bare_author(draft: Draft, start: int, end: int) -> int:
    """A Japanese name alone after the title, at the end or before the imprint, in brackets or
    opened by its year (``『三島由紀夫の世界』村松剛(1990・新潮社)``, ``「コンビニ人間」
    村田沙耶香``, ``「小説家の四季」佐藤正午 2016岩波書店``): the author, known by a surname the
    dictionary has; where what follows it begins."""
    text = draft.text
    if draft.language != "ja" or draft.has("container_title"):
        return start
    stop = start
    while stop < end and text[stop] not in "(（ 　\t\n,，、":
        stop += 1
    stop = _given_name_after_space(text, start, stop, end)
    after = trim(text, other_name_end(text, stop, end), end, " 　\t")[0]
    value = "".join(text[start:stop].split())  # "佐藤 敏紀": one name
    surname = japanese_surname(value)
    imprint = (
        after >= end
        or text[after] in "(（"
        or CJK_BARE_YEAR_PATTERN.match(text, after, end) is not None
    )
    editors = not imprint and text[after] in "、," and role_group(text, after + 1, end) is not None
    imprint = imprint or editors
    if (
        not imprint
        or not name_like(value)
        or role_at_end(value)[0] is not None
        or publisher_like(value)
        or value in CITIES
        or surname is None
        or surname >= len(value)
    ):
        return start
    cjk_people(draft, start, stop, "ja", "authors", bare=True)
    if editors:  # "福地源一郎(福地桜痴)、石塚裕道 校注(平凡社・東洋文庫)": the text's editor next
        return tail_people(draft, after + 1, end)
    return after


def _bare_chinese_author(draft: Draft, start: int, end: int) -> int:
    """A Chinese name alone closing the reference after the title, after a space, a dash or the
    label 作者, as book lists and shops name a book (``《我们仨》 杨绛``,
    ``《毛泽东私人医生回忆录》-李志绥``, ``《一日三秋》\n作者:刘震云``; a transliterated foreign
    name too: ``《1984》 奥威尔``): the author; not a publisher, a city or a word of the book
    (``全集``, ``修订版``)."""
    text = draft.text
    if draft.language != "zh" or draft.has("container_title"):
        return start
    match = CJK_BARE_NAME_TAIL_PATTERN.fullmatch(text, start, end)
    if match is None:
        return start
    name = match["name"]
    if (
        publisher_like(name)
        or name in CITIES
        or name.endswith(CJK_BOOK_WORD_ENDINGS)
        or name in CJK_AFTER_TITLE_WORDS
        or role_at_end(name)[0] is not None
        or not (chinese_name(name) or foreign_reading(name) == "literal")
    ):
        return start
    cjk_people(draft, *match.span("name"), "zh", "authors", bare=True)
    draft.short_note = True  # a book named by its title and author
    return end


def _given_name_after_space(text: str, start: int, stop: int, end: int) -> int:
    """Where a name parted by a space ends (``佐藤 敏紀``, ``佐藤 早苗(著)``): after the given
    name when the family name before the space and the word after it make a name the dictionary
    knows; ``stop`` otherwise."""
    if stop >= end or text[stop] not in " 　" or stop - start > 3:
        return stop
    given = stop + 1
    while given < end and "\u4e00" <= text[given] <= "\u9fff":
        given += 1
    closed = given >= end or text[given] in "(（ 　\t\n,，、"
    if closed and given - stop - 1 <= 3 and japanese_name(text[start:given]):
        return given
    return stop


def _lead_series(draft: Draft, start: int, end: int) -> int:
    """The series named right after the title, before the bracket that holds the imprint
    (``『和泉式部日記』岩波文庫(清水文雄校訂 岩波書店 1941)``: a series, no publisher); where
    the rest begins."""
    text = draft.text
    match = CJK_LEAD_SERIES_PATTERN.match(text, start, end)
    if match is None or draft.has("series"):
        return start
    series = Text(original=match["series"], lang=draft.language)
    draft.put("series", series, *match.span("series"))
    return match.end()


def _call_number(draft: Draft, start: int, end: int) -> int:
    """A library's call number closing a reading list's entry (``『国書総目録』全8巻・別巻
    1963-76(書庫 025/*/76)``; glued to the years when the list's bracket was lost:
    ``岩波書店,1989-1991R025.1/89/18,ベツ】``), kept as ``extra["call_number"]``; where the part
    before it ends."""
    text = draft.text
    match = CJK_CALL_NUMBER_PATTERN.search(text, start, end)
    if match is None:
        return end
    draft.put_extra("call_number", match["number"], *match.span("number"))
    return trim(text, start, match.start(), " \t,，、")[1]


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
            year = CJK_BARE_YEAR_PATTERN.match(text, piece, index)
            if year is not None and not text.startswith("年", year.end()):
                piece = year.end()  # "佐藤正午 2016岩波書店": the year glued to the publisher
            chunk = text[piece:index]
            # "卷八十五" after 《清史稿》: a juan in Chinese numerals is no publisher
            numeric = any(char.isdigit() or char in "年第期号巻卷页頁" for char in chunk)
            if CJK_COPY_DETAIL_PATTERN.match(chunk):  # "・四六判並製本": the copy's format
                piece = index + 1
                continue
            if len(chunk) >= 2 and not numeric:
                if not _people_to_the_end(draft, piece, end):
                    cjk_publisher(draft, piece, index)
                    series_after_house(draft, index, end)
                return
            piece = index + 1


def _people_to_the_end(draft: Draft, start: int, end: int) -> bool:
    """Names parted by ``、`` that a role word closes, to the end of the reference: read as
    that role's people."""
    text = draft.text
    start, end = trim(text, start, end, " \t　.。")
    role, size = role_at_end(text[start:end])
    names = text[start : start + size].split("、")
    if role is None or not size or not all(name_like(name.strip()) for name in names):
        return False
    cjk_people(draft, start, start + size, draft.language or "ja", role)
    return True


def _name_before_publisher(draft: Draft, start: int, end: int) -> int | None:
    """A name the dictionary knows (or a foreign one in katakana) before the publisher or the
    series after a space, as a reader's diary lists a book (``「からくり玩具 世界一周」 山口照二
    大福書林 3000円``, ``「新版 科学的な適職」 鈴木 祐 インプレス``): the author read, and where
    the publisher begins; None when a series closes the piece instead (no publisher named)."""
    text = draft.text
    pieces = [match.span() for match in CJK_PIECE_PATTERN.finditer(text, start, end)]
    if len(pieces) < 2 or draft.authors or draft.editors:
        return start
    last = text[slice(*pieces[-1])]
    series = last.endswith(CJK_SERIES_ENDINGS)
    names = (pieces[0][0], pieces[-2][1])
    name = text[slice(*names)]
    person = name not in CITIES and (japanese_name(name) or foreign_person(name.replace("・", "")))
    if not person or not (series or publisher_like(last)):
        return start
    cjk_people(draft, *names, draft.language or "ja", "authors", bare=True)
    if series:
        draft.put("series", Text(original=last, lang=draft.language), *pieces[-1])
        draft.short_note = True  # a book named by its title, author and series
        return None
    return pieces[-1][0]


def cjk_publisher(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    end = trim(text, start, end, "/／")[1]  # "(佐伯一麦/朝日新聞出版/780円)": the price's slash
    value = text[start:end]
    if value.strip() in OTHERS:
        return  # "「文芸春秋」ほか": "and others" after the work it came out in, no publisher
    first = value.lstrip()[:1]
    if first and first in PARTICLES:
        return  # "『こころ』を読んだ": a sentence goes on after the title, no imprint
    if any(word in value for word in CJK_DEGREE_WORDS):
        draft.thesis = True
        degree = CJK_DEGREE_AFTER_UNIVERSITY_PATTERN.search(value)
        if degree is not None:  # "北京大学博士学位论文": the university alone publishes it
            end = start + degree.start()
            value = text[start:end]
    published = CJK_PUBLISHED_BY_PATTERN.search(value)
    if published is not None and publisher_like(published["publisher"]):
        # "近日由中国社会科学出版社出版": running text names the publisher
        put_plain_text(draft, "publisher", *(start + i for i in published.span("publisher")))
        return
    named = _name_before_publisher(draft, start, end)
    if named is None:
        return  # "「…」 佐藤卓己 岩波新書 920円": the author and the series, no publisher
    start = named
    value = text[start:end]
    colon = max(value.find("："), value.find(":"))
    if colon > 0 and not value[colon + 1 :].strip():  # "(創作舎:1982)": the year after the colon
        end = trim(text, start, start + colon, " \t　")[1]
        value = text[start:end]
        colon = -1
    city = value.strip() in CITIES or value.strip() in CJK_FOREIGN_CITIES
    if colon < 0 and city:  # "《…论文集》，天津，2000年", "…,紐約,1976": a place alone
        put_plain_text(draft, "place", start, end)
        return
    if colon > 0:
        draft.put("place", Text(original=value[:colon], lang=draft.language), start, start + colon)
        start += colon + 1
    put_plain_text(draft, "publisher", start, end)
    publisher = draft.values.get("publisher")
    if draft.language == "ja" and publisher is not None and publisher.lang == "zh":
        draft.values["publisher"] = publisher.model_copy(update={"lang": "ja"})  # "(松柏社)"
