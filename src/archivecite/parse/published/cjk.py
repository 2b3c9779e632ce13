"""Japanese and Chinese native forms: 『書名』, 「論文」『雑誌』, 《书名》."""

from __future__ import annotations

import re

from archivecite.model import (
    DateRange,
    Text,
)
from archivecite.parse.dates import kanji_number
from archivecite.parse.published.cjk_imprint import cjk_tail
from archivecite.parse.published.cjk_listing_patterns import CJK_HEAD_DIGITS_DATE_PATTERN
from archivecite.parse.published.cjk_patterns import (
    CJK_BARE_PAGE_PATTERN,
    CJK_BRACKET_YEARS_PATTERN,
    CJK_CITED_PARTS_PATTERN,
    CJK_COLLECTED_WORKS_ENDINGS,
    CJK_COLUMN_HEADING_PATTERN,
    CJK_DASH_SUBTITLE_PATTERN,
    CJK_HEAD_EDITION_AFTER_ROLE_PATTERN,
    CJK_HEAD_EDITION_PATTERN,
    CJK_HEAD_LABEL_PATTERN,
    CJK_HEAD_READING_PATTERN,
    CJK_JOURNAL_LINE_PATTERN,
    CJK_LEAD_IMPRINT_PATTERN,
    CJK_POSTED_BYLINE_PATTERN,
    CJK_PROSE_HEAD_PATTERN,
    CJK_PROSE_MARK_PATTERN,
    CJK_PROSE_PUBLISHER_PATTERN,
    CJK_REIGN_HEAD_PATTERN,
    CJK_REVIEW_MARK_PATTERN,
    CJK_RUN_ON_PART_PATTERN,
    CJK_SEE_PATTERN,
    CJK_SENTENCE_MARK_PATTERN,
    CJK_TITLE_EDITION_MARK_PATTERN,
    CJK_TITLE_EDITION_PATTERN,
    CJK_VOLUME_WORDS_PATTERN,
    CJK_YEAR_PATTERN,
    HEADING_WORDS_PATTERN,
    NAME_GROUP_PATTERN,
)
from archivecite.parse.published.cjk_roles import (
    cjk_head,
    cjk_people,
    foreign_reading,
    name_like,
    name_particle_end,
    names_head,
    people_ahead,
    read_with_japanese,
    role_at_end,
)
from archivecite.parse.published.cjk_title_lines import quoted_word_title, title_square_tail
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash
from archivecite.parse.published.names import (
    chinese_name,
    japanese_name,
    japanese_one_character_surname,
    japanese_surname,
)
from archivecite.parse.published.newspapers import name_as_container
from archivecite.parse.published.scanning import CJK_BRACKETS, TITLE_OPENERS, is_cjk, trim
from archivecite.parse.published.terms import CJK_SERIES_ENDINGS
from archivecite.parse.published.titles import put_plain_text, put_text
from archivecite.translit import looks_japanese

# What stands between two titles when the second is a book the first was printed in.
CHAPTER_MARKERS = ("所収", "收入", "收录", "收錄")


def cjk_brackets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Top-level 『』「」《》 pairs, as (opening, closing) indexes, and an article's 〈〉 before
    the 《》 of its journal or book, as Hong Kong and Taiwan print them (``程美东:〈…〉,《学习与
    探索》,2008年第6期``); a 〈〉 elsewhere is a volume (``自伝〈上〉``) or a gloss."""
    pairs: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        opening = min(
            (i for i in (text.find(o, pos, end) for o in (*TITLE_OPENERS, "〈")) if i >= 0),
            default=-1,
        )
        if opening < 0:
            break
        closing = _closing(text, opening, end)
        if closing < 0:
            break
        if text[opening] == "〈" and not _before_a_title(text, closing + 1, end):
            pos = opening + 1
            continue
        pairs.append((opening, closing))
        pos = closing + 1
    return pairs


def _before_a_title(text: str, position: int, end: int) -> bool:
    while position < end and text[position] in " \t,，、:：":
        position += 1
    return position < end and text[position] == "《"


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
    head = text[start : pairs[0][0]] if pairs else ""
    if opener == "「" and (
        japanese_name(head, in_chinese=not japanese) or japanese_one_character_surname(head)
    ):
        japanese = True  # "亀井俊介「英文学者 夏目漱石」(松柏社)", "北一輝「…」": no kana
    lang = "ja" if japanese else "zh"
    if not pairs or (
        text[start] not in TITLE_OPENERS
        and (
            title_square_tail(draft, start, end) or quoted_word_title(draft, start, end, *pairs[0])
        )
    ):
        draft.language = draft.language or lang
        return  # "特攻戦艦「大和」 (光人社NF文庫) [ 吉田俊雄 ]": a shop's title quotes a name
    draft.language = draft.language or lang
    if (
        _word_quoted_in_title(draft, start, end, pairs[0])
        or _quoting_title(draft, start, end, pairs)
        or _review_heading(draft, start, end, pairs)
        or _column_heading(draft, start, end)
    ):
        return
    head_start, head_end = trim(
        text, _head_from(text, start, pairs[0][0]), pairs[0][0], " \t\n　,，、:：./／"
    )
    if lang == "zh":
        head_start = _lead_imprint(draft, head_start, head_end)
    names_end = name_particle_end(text, head_start, head_end)  # "小熊英二さんの「…」"
    joined = names_end < head_end  # a person's name joined to the title by の
    head_end = names_end
    prose_year = None
    head_end = _head_series(draft, head_start, head_end)
    head_end = _head_digits_date(draft, head_start, head_end)
    if lang == "zh" and CJK_PROSE_MARK_PATTERN.search(text, head_start, head_end):
        prose_year = _prose_head(draft, head_start, head_end)
        head_end = head_start  # the names, if any, are read
    head_end = _head_edition(draft, head_start, head_end)
    head_end = _reign_head(draft, head_start, head_end)
    cjk_head(draft, head_start, head_end, lang)
    put_text(draft, "title", _title_span(text, pairs[0]))
    _one_line_title(draft)
    rest = _dash_subtitle(draft, pairs[0], end)
    _title_edition(draft)
    cited_part = len(pairs) > 1 and _after_cited_part(text, rest, pairs[1][0]) > rest
    rest = _second_title(draft, pairs, rest, lang)
    if len(pairs) == 1 and HEADING_WORDS_PATTERN.fullmatch(text, rest, end):
        end = rest  # "横光利一『上海』の文庫本(1)": a post's words on the book, no imprint
    if not _bare_page(draft, (head_start, head_end), pairs, rest, end):
        cjk_tail(draft, rest, end)
    if cited_part and draft.has("pages"):  # the passage cited in the part named
        _pages_cited(draft)
    read_with_japanese(draft)
    if prose_year is not None and not draft.has("date"):  # "2013年12月中央文献出版社修订出版的《"
        draft.put("date", *prose_year)
    _cited_in_short(draft, (head_start, head_end), pairs, (rest, end), joined=joined)
    _periodical_issue(draft, (head_start, head_end), pairs)
    _settle_kind(draft)


def _head_from(text: str, start: int, title_start: int) -> int:
    """Where the names before the title begin, after a mark, a label or a "see" that name no one."""
    mark = CJK_REVIEW_MARK_PATTERN.match(text, start, title_start)
    head_from = mark.end() if mark is not None else start  # "【書評】『シベリア出兵』": no name
    label = CJK_HEAD_LABEL_PATTERN.fullmatch(text, head_from, title_start)
    head_from = label.end() if label is not None else head_from  # "底本：「…」": no name
    see = CJK_SEE_PATTERN.match(text, head_from, title_start)
    if see is not None and names_head(text[see.end() : title_start].strip(" \t:：,，")):
        head_from = see.end()  # "见井上馨侯爵传记编纂会《…》": the names after "see"
    return head_from


def _reign_head(draft: Draft, start: int, end: int) -> int:
    """``同治朝《筹办夷务始末》``: a reign's label before the title names the reign's part of the
    work, kept as ``extra["reign"]``, and no author; returns where the names end."""
    if not CJK_REIGN_HEAD_PATTERN.fullmatch(draft.text, start, end):
        return end
    draft.put_extra("reign", draft.text[start:end], start, end)
    return start


def _head_edition(draft: Draft, start: int, end: int) -> int:
    """An edition named before the title (``立命館版『世界最終戦論』``): the edition, no author;
    after the author and a role word (``柳田国男著 新版「遠野物語」``): the edition, the author
    before it. Where the names before the title end."""
    edition = CJK_HEAD_EDITION_PATTERN.fullmatch(draft.text, start, end)
    if edition is None:
        after_role = CJK_HEAD_EDITION_AFTER_ROLE_PATTERN.search(draft.text, start, end)
        if after_role is None or after_role.end() != end:
            return end
        draft.put("edition", after_role["edition"], *after_role.span("edition"))
        return after_role.start()
    draft.put("edition", edition["edition"], *edition.span("edition"))
    return start


def _second_title(draft: Draft, pairs: list[tuple[int, int]], rest: int, lang: str) -> int:
    """The second title: a part of the first (``《太平御览》卷690《服章部七》``) or the work the
    first is in, with what stands between them (its editors, the first's translators, its
    authors); where the tail begins."""
    text = draft.text
    if len(pairs) < 2:
        return rest
    juan = CJK_VOLUME_WORDS_PATTERN.fullmatch(text, *trim(text, rest, pairs[1][0], " \t"))
    if juan is not None and juan["juan"]:
        draft.put("volume", str(kanji_number(juan["juan"])), *juan.span("juan"))
        return pairs[1][1] + 1
    between_start, between_end = trim(text, rest, pairs[1][0], " \t,，、:：.")
    years = CJK_BRACKET_YEARS_PATTERN.fullmatch(text, between_start, between_end)
    if years is not None:
        # "『雪国』(1935-1947) 「文芸春秋」ほか": a works list's years of the first printing, kept
        # as printed; as the date they part the work from its book ("Yukiguni (Tokyo: Sōgensha,
        # 1937)"), whose year the dedupe compares with the first printing's
        inside = (years.start() + 1, years.end() - 1)
        draft.put_extra("original_date", join_dash(text[slice(*inside)]), *inside)
        between_start = between_end
    between = text[between_start:between_end]
    role, size = role_at_end(between, lang)
    if role == "translators" and size:  # "《…》,張曉峰譯,《國外中國近代史研究》": the piece's
        cjk_people(draft, between_start, between_start + size, lang, "translators")
    elif role == "editors" or any(m in between for m in CHAPTER_MARKERS):
        draft.chapter = True
        between_start = _after_cited_part(text, between_start, between_end)
        cjk_people(draft, between_start, between_end, lang, "container_editors")
    elif _names_before_colon(text, rest, pairs[1][0]):
        # "彭述之:《導言》,萊斯·埃文斯、拉賽爾·布洛克:《托洛茨基論中國》": the book's authors
        draft.chapter = True
        cjk_people(draft, between_start, between_end, lang, "container_editors", bare=True)
    put_text(draft, "container_title", _title_span(text, pairs[1]))
    return _after_chapter_marker(draft, pairs[1][1] + 1)


def _after_chapter_marker(draft: Draft, pos: int) -> int:
    """``浅岡宣彦編「プーシキンの年譜」國本哲男・法橋和彦編『プーシキン生誕180年記念論集』所収、
    ナウカ、1981年``: the mark that the first title is printed in the second, after the second,
    read as such (never the publisher); where the imprint begins."""
    text = draft.text
    at = trim(text, pos, len(text), " \t")[0]
    marker = next((m for m in CHAPTER_MARKERS if text.startswith(m, at)), None)
    if marker is None:
        return pos
    draft.chapter = True
    return at + len(marker)


def _after_cited_part(text: str, start: int, end: int) -> int:
    """Where the editors of the collection begin after the part of the first work a note cites,
    its juan and the section's name (``《…》卷2,年谱一,…主编:《…》``):
    at the last piece between commas, when the first is a volume's words; the page range after
    the collection is then the passage cited in that part."""
    first, end = trim(text, start, end, " \t,，、:：.")
    first_end = min((i for i in (text.find(c, first, end) for c in ",，") if i >= 0), default=-1)
    if first_end < 0 or CJK_VOLUME_WORDS_PATTERN.fullmatch(text, first, first_end) is None:
        return start
    last = max(text.rfind(",", start, end), text.rfind("，", start, end))
    return trim(text, last + 1, end, " \t")[0]


def _settle_kind(draft: Draft) -> None:
    """A chapter when the second title is an author's collected works or a book with its
    imprint; a web page when an address is all the reference has besides the title."""
    collection = draft.values.get("container_title")
    if collection is not None and str(collection).endswith(CJK_COLLECTED_WORKS_ENDINGS):
        draft.chapter = True  # "《斯大林全集》第7卷": a piece of an author's collected works
    container = draft.has("container_title")
    date = draft.values.get("date")
    dated_issue = date is not None and date.start.month is not None  # "1986年5月5日号"
    if dated_issue and _edition_date(draft):
        dated_issue = False  # "东方出版社,1986年12月版": a book's edition, no issue's day
    imprint = draft.has("place") or (draft.has("publisher") and not dated_issue)
    if container and imprint and not draft.has("issue"):
        draft.chapter = True  # a journal's name is not followed by an imprint: a book's is
    if draft.has("url") and not (container or draft.has("publisher")):
        draft.kind = "webpage"


def _edition_date(draft: Draft) -> bool:
    """The date is an edition's, 版 closing it (``1986年12月版``)."""
    span = next((span for span in draft.spans if span.field == "date"), None)
    if span is None:
        return False
    return draft.text.startswith(("月版", "版"), span.end) or draft.text[span.end - 1] == "版"


def _head_digits_date(draft: Draft, start: int, end: int) -> int:
    """``吉見 義明 19870707 『草の根のファシズム』``: the day of publication as eight digits
    after the names; where the names end."""
    match = CJK_HEAD_DIGITS_DATE_PATTERN.search(draft.text, start, end)
    if match is None or match.start() == start:
        return end
    day = DateRange.of(int(match["year"]), int(match["month"]), int(match["day"]))
    draft.put("date", day, match.start("year"), match.end())
    return match.start()


def _head_series(draft: Draft, start: int, end: int) -> int:
    """``岩波新書『占領と改革…』雨宮 昭一 (著)``: a series before the title is no name; where the
    names end."""
    value = draft.text[start:end]
    if start >= end or not value.endswith(CJK_SERIES_ENDINGS):
        return end
    draft.put("series", Text(original=value, lang=draft.language), start, end)
    return start


def _periodical_issue(draft: Draft, head: tuple[int, int], pairs: list[tuple[int, int]]) -> None:
    """``《嚮導》第22期,1923年4月25日。``: a periodical cited by its number and the day of the
    issue, no piece of it named nor any person: the name in 《》 is the periodical's, the issue
    numbered as a journal's (``《解放日报》1942年4月1日``, no number, stays a newspaper's)."""
    date = draft.values.get("date")
    if (
        len(pairs) != 1
        or head[0] < head[1]
        or not draft.has("issue")
        or date is None
        or date.start.day is None
        or draft.authors
        or draft.editors
        or any(draft.has(name) for name in ("container_title", "publisher", "place"))
    ):
        return
    name_as_container(draft)
    draft.kind = "article"  # a numbered issue: a periodical's, as a journal's is numbered


def _names_before_colon(text: str, start: int, opening: int) -> bool:
    """Names closed by a colon before the second title, as a Chinese note names a book's authors
    (``萊斯·埃文斯、拉賽爾·布洛克:《托洛茨基論中國》``): the first title is a piece of that book."""
    names_start, colon = trim(text, start, opening, " \t,，、")
    if colon <= names_start or text[colon - 1] not in ":：":
        return False
    names = [name for name in NAME_GROUP_PATTERN.split(text[names_start : colon - 1]) if name]
    return bool(names) and all(_person_or_transliteration(name.strip()) for name in names)


def _person_or_transliteration(name: str) -> bool:
    """A Chinese or Japanese name, or a foreign one in characters parted by a middle dot
    (``萊斯·埃文斯``)."""
    if names_head(name):
        return True
    parts = re.split(r"[·・･.．]", name)
    return len(parts) > 1 and all(
        1 <= len(part) <= 6 and all("\u4e00" <= char <= "\u9fff" for char in part) for part in parts
    )


def _quoting_title(draft: Draft, start: int, end: int, pairs: list[tuple[int, int]]) -> bool:
    """A title that quotes a work in 《》 inside it, as an article's heading prints it: the words
    before the marks or after them run on without a break (``从石川祯浩所著《中国共产党成立史》看
    苏俄早期助华建党工作渠道问题``, ``论《荷花淀》对《红楼梦》的传承与发展``), the title holds no
    space and no sentence's punctuation, and the words run on on both sides or its authors
    follow it (``清代旗人與《紅樓夢》\n張佳生``). The whole run is the title, not the work it
    quotes; the authors and a journal's year and issue may follow (``\n2015-08-05 12:00金一驰
    \n党史文苑 2015年14期``: the lines of a page, which reach the parser as spaces)."""
    text = draft.text
    opening = pairs[0][0]
    if text[opening] != "《" or any(char.isspace() for char in text[start:opening]):
        return False
    title_end = next((i for i in range(pairs[0][1], end) if text[i].isspace()), end)
    closing = max(pair[1] for pair in pairs if pair[1] < title_end)
    head = text[start:opening]
    run_on = text[closing + 1 : title_end]
    glued_head = bool(head) and is_cjk(head[-1]) and not _names_or_role(head)
    glued_tail = (
        bool(run_on)
        and (is_cjk(run_on[0]) or run_on[0] in "“「")
        and (CJK_RUN_ON_PART_PATTERN.match(run_on) is None)
    )
    if CJK_SENTENCE_MARK_PATTERN.search(_outside_brackets(text, start, title_end)):
        return False
    byline = _byline(text, title_end, end)
    if not ((glued_head and glued_tail) or ((glued_head or glued_tail) and byline is not None)):
        return False
    put_text(draft, "title", (start, title_end))
    if byline is not None:
        cjk_head(draft, *byline, "zh")
    journal = CJK_JOURNAL_LINE_PATTERN.search(text, title_end, end)
    if journal is not None:  # "党史文苑 2015年14期"
        put_text(draft, "container_title", journal.span("journal"))
        draft.put("date", DateRange.of(int(journal["year"])), *journal.span("year"))
        draft.put("issue", str(int(journal["issue"])), *journal.span("issue"))
    else:
        draft.short_note = True  # a heading: the title and its authors, no imprint
    return True


def _word_quoted_in_title(draft: Draft, start: int, end: int, pair: tuple[int, int]) -> bool:
    """``最後の「日本人」(阿部善雄著)``, ``最後の「日本人」 朝河貫一の生涯 阿部善雄``: a title that
    quotes a word after の (no name before it), its author named after it, in brackets with the
    role word or alone closing the line (after the subtitle); the quoted word is no title and
    the words before it no author. ``漱石の「こころ」`` (no one named after it) is left."""
    text = draft.text
    opening, closing = pair
    head_start = trim(text, start, opening, " \t　")[0]
    word = text[head_start : opening - 1]
    if (
        text[opening] != "「"
        or opening - head_start < 2
        or text[opening - 1] != "の"
        or not all(is_cjk(char) for char in word)
        or japanese_name(word)
        or names_head(word)
    ):
        return False
    rest = trim(text, closing + 1, end, " \t　")[0]
    if rest < end and text[rest] in "(（":
        close = text.find(")" if text[rest] == "(" else "）", rest, end)
        if close < 0 or not people_ahead(text, rest + 1, close):
            return False
        put_text(draft, "title", (head_start, closing + 1))
        cjk_tail(draft, rest, end)
        return True
    space = max(text.rfind(" ", rest, end), text.rfind("　", rest, end))
    name = trim(text, space + 1, end, " \t　")
    if space < rest or not japanese_name(text[slice(*name)]):
        return False
    put_text(draft, "title", trim(text, head_start, space, " \t　"))
    cjk_people(draft, *name, "ja", "authors", bare=True)
    draft.short_note = True  # no imprint: a book named by its title and author
    return True


def _review_heading(draft: Draft, start: int, end: int, pairs: list[tuple[int, int]]) -> bool:
    """A review's heading: the word for a review, the reviewed book's author with the role word
    and its title, then the reviewer (``[書評] 石川禎浩著 『中国共産党成立史』 高橋伸夫``). The
    review is a work of its own: its title is the heading's words, its author the reviewer; a
    heading without the book's author (``【書評】『シベリア出兵』 麻田雅文``) may name either, and
    is read as the book."""
    text = draft.text
    mark = CJK_REVIEW_MARK_PATTERN.match(text, start, end)
    if mark is None or len(pairs) != 1 or mark.end() >= pairs[0][0]:
        return False
    book_people = text[mark.end() : pairs[0][0]].strip(" \t　")
    role, size = role_at_end(book_people, draft.language)
    if (role is not None and not size) or not names_head(book_people):
        return False  # the book's author with a role word ("石川禎浩著") or without ("藤原彰")
    reviewer = trim(text, pairs[0][1] + 1, end, " \t　。.")
    name = text[slice(*reviewer)]
    if not name or not (names_head(name) or (len(name) <= 8 and japanese_surname(name))):
        return False  # "一ノ瀬俊也": a name the dictionary knows, kana in its surname
    heading = " ".join(text[mark.end() : pairs[0][1] + 1].split())
    title = Text(original=f"{mark['word']} {heading}", lang=draft.language)
    draft.put("title", title, mark.start("word"), pairs[0][1] + 1)
    cjk_people(draft, *reviewer, draft.language or "ja", "authors", bare=True)
    draft.short_note = True  # the review named by its heading, no journal
    return True


def _column_heading(draft: Draft, start: int, end: int) -> bool:
    """A newspaper column's heading: the column in 【】, the installment's number or 番外編, then
    the person and the book it is about and the heading's words (``【明治の50冊】番外編 エルウィン・
    ベルツ『ベルツの日記』``, ``【明治の50冊】(50)西田幾多郎『善の研究』 苦悩する旧制高生必読の
    書``). The article is a work of its own, not the book: its title is the whole heading, the
    column its container; the person named is the book's author, not the article's. A blog's
    series named without 【】 before its number (``斎藤茂吉の和歌を書く(2)「赤光」から``) is read
    the same way: the post is about the collection, not the collection."""
    text = draft.text
    column = CJK_COLUMN_HEADING_PATTERN.match(text, start, end)
    if column is None:
        return False
    name = "column" if column["column"] else "series"
    if name == "series" and (
        _names_or_role(column[name]) or column[name].endswith(CJK_SERIES_ENDINGS)
    ):
        return False  # "岩波講座 日本の歴史(16)『…』": a book series and its volume
    heading = " ".join(text[start:end].split())
    draft.put("title", Text(original=heading, lang=draft.language), start, end)
    put_plain_text(draft, "container_title", *column.span(name))
    draft.kind = "article"
    return True


def _names_or_role(value: str) -> bool:
    """Names before a title (``毛泽东``), or words a role word closes (``中共中央文献研究室编``)."""
    return names_head(value) or role_at_end(value)[0] is not None


def _outside_brackets(text: str, start: int, end: int) -> str:
    """``text[start:end]`` without what 《》 enclose: the words of the title itself."""
    kept: list[str] = []
    depth = 0
    for char in text[start:end]:
        if char == "《":
            depth += 1
        elif char == "》":
            depth = max(depth - 1, 0)
        elif depth == 0:
            kept.append(char)
    return "".join(kept)


def _byline(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The authors after a title, the next word (``霍建波,张小静``), perhaps after the date and
    time a page posted the article (``2015-08-05 12:00金一驰``): names alone, no role word."""
    first = trim(text, start, end, " \t\n　")[0]
    posted = CJK_POSTED_BYLINE_PATTERN.match(text, first, end)
    names_start = posted.start("names") if posted is not None else first
    names_end = next((i for i in range(names_start, end) if text[i].isspace()), end)
    value = text[names_start:names_end]
    if not value or not names_head(value) or role_at_end(value)[0] is not None:
        return None
    return names_start, names_end


def _bare_page(
    draft: Draft, head: tuple[int, int], pairs: list[tuple[int, int]], start: int, end: int
) -> bool:
    """A Western short note in Japanese print: the author, the title in 『』 and the page cited
    alone (``今井清一 『降伏と』 74。``), perhaps with the day of a diary's entry in brackets
    (``木戸 『日記』 1228 (Aug.. 21, 1945)。``, kept as ``extra["cited_note"]``); a journal's
    number after its title (``『日本歴史』742``) has no names before it."""
    text = draft.text
    match = CJK_BARE_PAGE_PATTERN.fullmatch(text, start, end)
    if match is None or len(pairs) != 1 or text[pairs[0][0]] != "『" or head[0] >= head[1]:
        return False
    names = text[head[0] : head[1]]
    if not (draft.authors or draft.editors) or not (names_head(names) or name_like(names)):
        return False
    draft.put_extra("locator", join_dash(match["page"]), *match.span("page"))
    if match["note"]:
        draft.put_extra("cited_note", match["note"].strip(), *match.span("note"))
    draft.short_note = True
    return True


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
        _pages_cited(draft)


def _pages_cited(draft: Draft) -> None:
    """The page range read as the passage the note cites, not the extent of the piece."""
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
            if chinese_name(name) or foreign_reading(name) is not None:  # 陈晓农, 石川祯浩
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


def _lead_imprint(draft: Draft, start: int, end: int) -> int:
    """``一九九四年红旗出版社,吕廷煜著《…》第三十六页。``: the year and publisher a Chinese note
    names in prose before the author, read as the imprint; where the names begin."""
    text = draft.text
    lead = CJK_LEAD_IMPRINT_PATTERN.match(text, start, end)
    if lead is None or lead.end() >= end:
        return start
    year = lead["year"]
    draft.put(
        "date",
        DateRange.of(int(year) if year.isdigit() else kanji_number(year)),
        *lead.span("year"),
    )
    put_plain_text(draft, "publisher", *lead.span("publisher"))
    return lead.end()


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
    人間的な利用``, ``『【新装版】…』``): the edition, the title without it."""
    title = draft.values.get("title")
    if title is None or draft.has("edition"):
        return
    match = CJK_TITLE_EDITION_MARK_PATTERN.match(title.original)  # "【新装版】…"
    match = match or CJK_TITLE_EDITION_PATTERN.search(title.original)
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
            or japanese_one_character_surname(names)  # "北一輝「日本改造法案大綱」"
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
