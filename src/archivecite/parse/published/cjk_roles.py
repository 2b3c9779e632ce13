"""The people of a Japanese or Chinese reference: groups of names, each closed by its role word
(著, 編, 訳), before the title or after it."""

from __future__ import annotations

from archivecite.model import (
    DateRange,
    Span,
)
from archivecite.parse.published.cjk_patterns import (
    CJK_HEAD_LATIN_PATTERN,
    CJK_HEAD_READING_PATTERN,
    CJK_HEAD_YEAR_PATTERN,
    CJK_NAME_LATIN_PATTERN,
    NAME_SEPARATOR_PATTERN,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.names import (
    cjk_name,
)
from archivecite.parse.published.scanning import trim
from archivecite.parse.published.terms import (
    CJK_ANONYMOUS,
    CJK_PUBLISHER_ENDINGS,
    CJK_ROLE_WORDS,
)
from archivecite.parse.published.titles import put_plain_text

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
# A role word opening a longer word that is no role (著者, 著作, 訳書, 整理本, 著名, 訳文) or a
# body's name (编辑室, 编委会, 编写组, 编译局, 编辑部).
NOT_ROLE_NEXT = "者作書本名述文室委组組局部所社会會"


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


def people_ahead(text: str, start: int, end: int) -> bool:
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


def publisher_like(value: str) -> bool:
    return value.endswith(CJK_PUBLISHER_ENDINGS) and not any(char.isdigit() for char in value)


def name_like(value: str) -> bool:
    """``瀬戸口明久``, ``浜野潔編著``, ``千々岩``: one to five kanji (two at least for a whole
    name), perhaps with a role word after them."""
    core = value[: role_at_end(value)[1]]
    return 1 <= len(core) <= 5 and all(
        "\u4e00" <= char <= "\u9fff" or char in "々〆" for char in core
    )
