"""Japanese and Chinese native forms: 『書名』, 「論文」『雑誌』, 《书名》."""

from __future__ import annotations

from archivecite.model import (
    DateRange,
    Span,
    Text,
)
from archivecite.parse.dates import find_era_year, kanji_number
from archivecite.parse.published.cjk_patterns import (
    CJK_BARE_YEAR_PATTERN,
    CJK_DASH_SUBTITLE_PATTERN,
    CJK_EDITION_PATTERN,
    CJK_HEAD_LATIN_PATTERN,
    CJK_HEAD_READING_PATTERN,
    CJK_HEAD_YEAR_PATTERN,
    CJK_ISBN_PATTERN,
    CJK_ISSUE_PATTERN,
    CJK_KANJI_DIGIT_YEAR_PATTERN,
    CJK_NAME_LATIN_PATTERN,
    CJK_NUMERAL_YEAR_PATTERN,
    CJK_PAGES_PATTERN,
    CJK_PRINTED_PAGE_PATTERN,
    CJK_PROSE_HEAD_PATTERN,
    CJK_PROSE_MARK_PATTERN,
    CJK_PROSE_PUBLISHER_PATTERN,
    CJK_TITLE_EDITION_PATTERN,
    CJK_URL_PATTERN,
    CJK_VOLUME_PATTERN,
    CJK_VOLUME_WORDS_PATTERN,
    CJK_YEAR_PATTERN,
    NAME_SEPARATOR_PATTERN,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash
from archivecite.parse.published.names import (
    chinese_name,
    cjk_name,
    japanese_name,
    japanese_surname,
)
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

# What stands between two titles when the second is a book the first was printed in.
CHAPTER_MARKERS = ("所収", "收入", "收录", "收錄")

_KANJI_DIGITS = str.maketrans("〇一二三四五六七八九", "0123456789")

# What separates the groups of names in a head: "ゲオルグ・ブシャン 著 , 小堀甚二 訳".
HEAD_SEPARATORS = "，,；;"

# What may stand between names and their role word ("沢山美果子/著", "鎮目恭夫・訳", "土田千愛
# [著]"), and "and others" before it ("ステファノ・マンクーゾほか著", "池原他訳").
ROLE_LEADS = " 　/／・･[［(（:："
OTHERS = ("ほか", "他", "外", "等")
# What parts groups of names after a title, and what a name may hold besides letters.
PEOPLE_SEPARATORS = " \t\n　、，,;；]］/／"
NAME_MARKS = "・･.．=＝ 　、，,[［"
# Marks that stand only right before a role word inside a group ("沢山美果子/著", "養老孟司:著"),
# never between names ("北京：中央编译出版社" is a place and a publisher).
ROLE_ONLY_LEADS = "/／:："
# Particles that continue a sentence after a title ("『こころ』を読んだ", "《…》是2000年出版的图书",
# "《…》在香港出版"); no publisher opens so.
PARTICLES = "をのとはがにでへ是在被"
# A role word opening a longer word that is no role (著者, 著作, 訳書, 整理本, 著名, 訳文) or a
# body's name (编辑室, 编委会, 编写组, 编译局, 编辑部).
NOT_ROLE_NEXT = "者作書本名述文室委组組局部所社会會"


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
    draft.language = draft.language or lang
    if not pairs:
        return
    head_start, head_end = trim(text, start, pairs[0][0], " \t\n　,，、:：./／")
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
    if prose_year is not None and not draft.has("date"):  # "2013年12月中央文献出版社修订出版的《"
        draft.put("date", *prose_year)
    if _named_book_alone(draft, (head_start, head_end), pairs, rest, end):
        draft.short_note = True  # "田中圭一『村からみた日本史』": a book named by author and title
    elif _book_title_alone(text, (head_start, head_end), pairs, end):
        draft.short_note = True  # "《改變世界的日子——與王海容談毛澤東外交往事》"
    container = draft.has("container_title")
    if container and draft.has("place") and not draft.has("issue"):
        draft.chapter = True  # a journal's name is not followed by an imprint: a book's is
    if draft.has("url") and not (container or draft.has("publisher")):
        draft.kind = "webpage"


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
    draft: Draft, head: tuple[int, int], pairs: list[tuple[int, int]], rest: int, end: int
) -> bool:
    """A book's brackets (『』《》) after names and nothing after them; a head with hiragana
    is a sentence ("本書は『…』"), not names."""
    text = draft.text
    names = text[head[0] : head[1]]
    reading = CJK_HEAD_READING_PATTERN.search(names)
    names = names[: reading.start()] if reading is not None else names
    return (
        len(pairs) == 1
        and (
            text[pairs[0][0]] in "『《"
            or _heading_over(text, head, pairs[0][0])
            or japanese_name(names)  # "夏目漱石「道草」": a blog names a novel so
        )
        and bool(draft.authors or draft.editors)
        and (
            role_at_end(names)[0] is not None  # "井原あや[編]": a name in kana, with its role
            or not any("\u3041" <= char <= "\u309f" for char in names)
        )
        and trim(text, rest, end, " \t.。")[0] >= end
    )


def _book_title_alone(
    text: str, head: tuple[int, int], pairs: list[tuple[int, int]], end: int
) -> bool:
    """A book's title alone in the marks Chinese prints only around a title (《》), nothing
    before or after them, as a paragraph names it; 『』 and 「」 alone may quote words."""
    return (
        len(pairs) == 1
        and head[0] >= head[1]
        and text[pairs[0][0]] == "《"
        and trim(text, pairs[0][1] + 1, end, " \t.。")[0] >= end
    )


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


def role_at_end(value: str) -> tuple[str | None, int]:
    """The list a group of names ends by naming (``"坂野徹 著"`` → authors), and the length of
    the group without the role word (and the ``等``, "and others", before it)."""
    stripped = value.rstrip()
    bare = stripped.rstrip("]］)）").rstrip()  # "井原あや[編]", "土田千愛 [著]", "…研究会(編)"
    for role, words in CJK_ROLE_WORDS.items():
        for word in words:
            if bare.endswith(word):
                names = bare[: -len(word)].rstrip(ROLE_LEADS).removesuffix("等")
                return role, len(names.rstrip(ROLE_LEADS))
    return None, len(stripped)


def cjk_head(draft: Draft, start: int, end: int, lang: str) -> None:
    """The names before the title, in groups each closed by its role word: names with no role
    word of their own share the next group's role when it is 著 or 編 (co-authors, co-editors),
    and are the authors when it is 訳 (the translated book's author comes first)."""
    text = draft.text
    particle = CJK_HEAD_LATIN_PATTERN.search(text, start, end)
    if particle is not None and _name_before(text[start : particle.start()]):
        end = particle.start()  # "ノーバート・ウィーナー(Norbert Wiener)の『…』": the name alone
    reading = CJK_HEAD_READING_PATTERN.search(text, start, end)
    if reading is not None and reading.start() > start:
        end = reading.start()  # "日影 丈吉 (ひかげじょうきち)": the name, without its reading
    year = CJK_HEAD_YEAR_PATTERN.search(text, start, end)
    if year is not None:
        group = "year" if year["year"] else "bare"
        draft.put("date", DateRange.of(int(year[group])), *year.span(group))
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
                cjk_people(draft, *other, lang, "authors", bare=True)
            pending = []
        for other in [*pending, (part_start, part_start + size)]:
            cjk_people(draft, *other, lang, role, bare=True)
        pending = []
    for other in pending:
        cjk_people(draft, *other, lang, "authors", bare=True)


def _name_before(value: str) -> bool:
    """A name before the particle の: a foreign one in katakana, or one of kanji."""
    value = value.strip()
    katakana = all("\u30a1" <= char <= "\u30fc" or char in "・･.=＝" for char in value)
    return bool(value) and (katakana or name_like(value))


def tail_people(draft: Draft, start: int, end: int) -> int:
    """Names after a title, each group closed by its role word (``沢山美果子/著``,
    ``N.ウィーナー著鎮目恭夫訳``, ``ステファノ・マンクーゾほか著、久保耕司訳``, ``鎮目恭夫・訳``),
    read as that role's people; where what follows them (the imprint) begins."""
    text = draft.text
    pos = trim(text, start, end, PEOPLE_SEPARATORS)[0]
    found = False
    while pos < end:
        slash = _publisher_then_people(text, pos, end)
        if slash > pos:  # "(ポプラ社/角田光代・岡崎武志著)": the publisher, then the people
            put_plain_text(draft, "publisher", pos, slash)
            pos = slash + 1
            continue
        named = CJK_NAME_LATIN_PATTERN.match(text, pos, end)
        if named is not None and not found:  # "「…」ミシェル・フーコー(Foucault, Michel) 田村淑訳"
            cjk_people(draft, *named.span("name"), draft.language or "ja", "authors")
            found = True
            pos = trim(text, named.end(), end, PEOPLE_SEPARATORS)[0]
            continue
        manner = _manner_end(text, pos, end)
        if manner > pos:  # "（合著，商务印书馆，2010年）": how it was written, no one named
            pos = trim(text, manner, end, PEOPLE_SEPARATORS)[0]
            found = True
            continue
        group = role_group(text, pos, end)
        if group is None:
            break
        names_end, role, role_end = group
        cjk_people(draft, pos, names_end, draft.language or "ja", role, bare=True)
        found = True
        pos = trim(text, role_end, end, PEOPLE_SEPARATORS + "・")[0]  # "片山恭一著・小学館"
    return pos if found else start


def _publisher_then_people(text: str, start: int, end: int) -> int:
    """Where the slash after a publisher's name stands when people with their role word
    follow it (``ポプラ社/角田光代・岡崎武志著``); -1 otherwise."""
    found = (text.find("/", start, end), text.find("／", start, end))
    slash = min((index for index in found if index >= 0), default=-1)
    if slash <= start or not publisher_like(text[start:slash].strip()):
        return -1
    return slash if role_group(text, slash + 1, end) is not None else -1


def _manner_end(text: str, start: int, end: int) -> int:
    """Where a role word standing alone ends, or one after a single character (``合著``,
    ``独著``: co-written, written alone): no names; -1 when none stands at ``start``."""
    for index in (start, start + 1):
        role = _role_word_at(text, index, end) if index < end else None
        if role is not None and (role[1] >= end or text[role[1]] in PEOPLE_SEPARATORS + "）)"):
            return role[1]
    return -1


def _people_ahead(text: str, start: int, end: int) -> bool:
    return role_group(text, start, end) is not None or _publisher_then_people(text, start, end) > 0


def role_group(text: str, start: int, end: int) -> tuple[int, str, int] | None:
    """Names from ``start`` closed by a role word: where the names end, the role, and where
    the role word ends; None when something else (a digit, a bracket, prose) comes first."""
    index = start
    while index < min(end, start + 80):
        if index > start:
            role = _role_word_at(text, index, end)
            if role is not None:  # one character before a role word is no name: 合著, 独著
                names_end = _names_end(text, start, index)
                return (names_end, *role) if names_end > start + 1 else None
        others = next((word for word in OTHERS if text.startswith(word, index)), None)
        if others is not None and index > start:
            index += len(others)
            continue
        char = text[index]
        if char in ROLE_ONLY_LEADS and _role_word_at(text, index + 1, end) is not None:
            index += 1
            continue
        if char.isdigit() or not (char.isalpha() or char in NAME_MARKS):
            return None
        if "\u3041" <= char <= "\u309f":
            index = _kana_given_name_end(text, index, end)
            if index < 0:
                return None  # hiragana: a sentence, not names
            continue
        index += 1
    return None


def _kana_given_name_end(text: str, start: int, end: int) -> int:
    """Where a given name in hiragana after a kanji family name ends (``大島かおり``,
    ``吉田 たかよし``): a short run closed by a separator or a role word; -1 for anything
    else."""
    stop = start
    while stop < end and "\u3041" <= text[stop] <= "\u309f":
        stop += 1
    closed = (
        stop >= end
        or text[stop] in NAME_MARKS + ROLE_ONLY_LEADS
        or _role_word_at(text, stop, end) is not None
    )
    back = start - 1
    while back >= 0 and text[back] in " 　":  # "大島かおり", "吉田 たかよし"
        back -= 1
    kanji_before = back >= 0 and "\u4e00" <= text[back] <= "\u9fff"
    return stop if closed and kanji_before and stop - start <= 4 else -1


def _role_word_at(text: str, index: int, end: int) -> tuple[str, int] | None:
    for role, words in CJK_ROLE_WORDS.items():
        for word in words:
            stop = index + len(word)
            if stop <= end and text.startswith(word, index):
                following = text[stop : stop + 1]
                return None if following and following in NOT_ROLE_NEXT else (role, stop)
    return None


def _names_end(text: str, start: int, end: int) -> int:
    """Where the names before a role word end, without what stands between (``/``, ``・``)
    and without "and others" (``ほか``)."""
    value = text[start:end].rstrip(ROLE_LEADS)
    for others in OTHERS:
        value = value.removesuffix(others)
    return start + len(value.rstrip(ROLE_LEADS))


def cjk_people(
    draft: Draft, start: int, end: int, lang: str, role: str, *, bare: bool = False
) -> None:
    """The names in ``text[start:end]`` added to the ``role``'s list; role words among them
    are dropped unless the names are ``bare`` (their role word already cut off: the rest is
    names, "编辑室" in a body's name included)."""
    text = draft.text
    value = text[start:end]
    markers = () if bare else ("主编", "主編", "編著", "编著", "監修", "編", "编", "著", "载", "載")
    for marker in (*markers, "等"):
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
    lead_start, _ = trim(text, start, end, " \t\n,，、:：.。")
    if lead_start < end and text[lead_start] in "（(":  # 《民国日报》（上海）, 《…》（增补本）
        closing = text.find("）" if text[lead_start] == "（" else ")", lead_start, end)
        inside = trim(text, lead_start + 1, closing, " \t")[0] if closing > 0 else lead_start
        if (
            closing > 0
            and not any(char.isdigit() for char in text[lead_start:closing])
            and CJK_VOLUME_WORDS_PATTERN.match(text, inside, closing + 1) is None
            and not _people_ahead(text, inside, closing)  # "(鎮目恭夫・訳、みすず書房)"
        ):
            lead_start = closing + 1
    lead_start, _ = trim(text, lead_start, end, " \t,，、:：.。（(")
    volumes = CJK_VOLUME_WORDS_PATTERN.match(text, lead_start, end)
    if volumes is not None:  # 『シベリア捕虜収容所』上・下、サイマル出版会; 全3巻; 卷3; 第三卷
        group = next(g for g in ("volume", "juan", "number", "count", "set") if volumes[g])
        field = "number_of_volumes" if group in ("count", "set") else "volume"
        value = volumes[group] if group == "volume" else str(kanji_number(volumes[group]))
        draft.put(field, value, *volumes.span(group))
        lead_start, _ = trim(text, volumes.end(), end, " \t,，、:：.。（()）")
    lead_start = _leading_isbn(draft, lead_start, end)
    people_end = tail_people(draft, lead_start, end)
    if people_end == lead_start:
        people_end = _bare_author(draft, lead_start, end)
    if lead_start < people_end >= end and (draft.authors or draft.editors or draft.translators):
        draft.short_note = True  # "「国道者」佐藤健太郎著": a book named by its title and author
    found = cjk_lead(draft, people_end, end)
    if not found and not draft.has("container_title"):
        cjk_late_publisher(draft, people_end if people_end > lead_start else start, end)
    issue_like = volumes is not None and volumes["number"] and text[volumes.end() - 1] in "册冊"
    if volumes is not None and issue_like and not found and draft.has("container_title"):
        issue = draft.values.pop("volume")  # 《清议报》第69册: a periodical's number is its issue
        draft.spans = [span for span in draft.spans if span.field != "volume"]
        draft.put("issue", issue, *volumes.span("number"))
    year = CJK_YEAR_PATTERN.search(text, start, end)
    bare = None if year is not None else CJK_BARE_YEAR_PATTERN.search(text, start, end)
    if bare is not None:  # "（岩波書店、1991）", "1914（大正3）年"
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
    numbers_start = volumes.end() if volumes is not None else start
    for pattern, name in ((CJK_VOLUME_PATTERN, "volume"), (CJK_ISSUE_PATTERN, "issue")):
        match = pattern.search(text, numbers_start, end)
        if match is not None and not draft.has(name):
            draft.put(name, match[name], *match.span(name))
    if year is not None and (draft.has("issue") or text.startswith(("号", "號"), year.end())):
        draft.day_date = False  # "第4卷第6期，1936年6月15日", "1986年5月5日号": a journal's issue
    cjk_pages(draft, start, end)
    _tail_edition(draft, lead_start, end)


def _leading_isbn(draft: Draft, start: int, end: int) -> int:
    """An ISBN opening the imprint (``（ISBN：9787100124508，…编，商务印书馆）``); where the rest
    begins."""
    text = draft.text
    isbn = CJK_ISBN_PATTERN.match(text, start, end)
    if isbn is None:
        return start
    draft.put("isbn", isbn["isbn"], *isbn.span("isbn"))
    return trim(text, isbn.end(), end, " \t,，、")[0]


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
        while stop < end and not text[stop].isdigit() and text[stop] not in "，,。（(）)第":
            stop += 1
        dot = _dot_before_year(text, piece, stop, end)
        stop = dot if dot > piece else stop  # "小学館・二〇〇一年四月", "新潮社・1990"
        value = text[piece:stop]
        isbn = CJK_ISBN_PATTERN.match(text, piece, end)
        if isbn is not None:  # "（ISBN：9787100124508，…编，商务印书馆）": read by cjk_tail
            piece = trim(text, isbn.end(), end, " \t,，、")[0]
            continue
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


def _era_or_kanji_date(draft: Draft, start: int, end: int) -> None:
    """An era's year (``原書房、昭和40年``, ``商务印书馆，民国三十一年``: the Gregorian year, the
    era's kept), or a year in kanji digits (``小学館・二〇〇一年四月``) with its month."""
    text = draft.text
    era = find_era_year(text, start, end)
    if era is not None:
        draft.put("date", era.date, era.start, era.end)
        draft.put_extra("era_date", text[era.start : era.end], era.start, era.end)
        return
    kanji = CJK_KANJI_DIGIT_YEAR_PATTERN.search(text, start, end)
    if kanji is not None:
        month = kanji_number(kanji["month"]) if kanji["month"] else None
        year = int(kanji["year"].translate(_KANJI_DIGITS))
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
    after = trim(text, stop, end, " 　\t")[0]
    value = text[start:stop]
    surname = japanese_surname(value)
    imprint = after >= end or text[after] in "(（" or CJK_BARE_YEAR_PATTERN.match(text, after, end)
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
    return after


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
    if role is None or not size or not all(name_like(name.strip()) for name in names):
        return False
    cjk_people(draft, start, start + size, draft.language or "ja", role)
    return True


def cjk_publisher(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    value = text[start:end]
    first = value.lstrip()[:1]
    if first and first in PARTICLES:
        return  # "『こころ』を読んだ": a sentence goes on after the title, no imprint
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
    publisher = draft.values.get("publisher")
    if draft.language == "ja" and publisher is not None and publisher.lang == "zh":
        draft.values["publisher"] = publisher.model_copy(update={"lang": "ja"})  # "(松柏社)"


def publisher_like(value: str) -> bool:
    return value.endswith(CJK_PUBLISHER_ENDINGS) and not any(char.isdigit() for char in value)


def name_like(value: str) -> bool:
    """``瀬戸口明久``, ``浜野潔編著``, ``千々岩``: one to five kanji (two at least for a whole
    name), perhaps with a role word after them."""
    core = value[: role_at_end(value)[1]]
    return 1 <= len(core) <= 5 and all(
        "\u4e00" <= char <= "\u9fff" or char in "々〆" for char in core
    )
