"""The people of a Japanese or Chinese reference: groups of names, each closed by its role word
(著, 編, 訳), before the title or after it."""

from __future__ import annotations

from archivecite.errors import MissingExtraError
from archivecite.model import (
    DateRange,
    Name,
    Span,
)
from archivecite.parse.published.cjk_patterns import (
    CJK_BODY_EDITOR_WORDS,
    CJK_BODY_WORDS,
    CJK_BRACKETED_ROLE_PATTERN,
    CJK_COMMENTATOR_WORDS,
    CJK_COMPILING_BODY_ENDINGS,
    CJK_CORPORATE_ENDINGS,
    CJK_HEAD_LATIN_PATTERN,
    CJK_HEAD_READING_PATTERN,
    CJK_HEAD_YEAR_PATTERN,
    CJK_JAPAN_MARKS,
    CJK_JAPANESE_EDITOR_WORDS,
    CJK_LATIN_INITIALS_PATTERN,
    CJK_LEAD_ROLES,
    CJK_MODERN_RENDERING_WORDS,
    CJK_MORE_ROLE_WORDS,
    CJK_NAME_HONORIFIC_PATTERN,
    CJK_NAME_LATIN_PATTERN,
    CJK_NAME_PARTICLE_PATTERN,
    CJK_NATIONALITY_PATTERN,
    CJK_SIMPLIFIED_PUBLISHER_ENDINGS,
    CJK_TEXT_EDITOR_WORDS,
    CJK_TRANSLITERATION_CHARACTERS,
    CJK_TRANSLITERATION_FINALS,
    CJK_TRANSLITERATION_MARKS,
    NAME_GROUP_PATTERN,
    NAME_SEPARATOR_PATTERN,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.names import (
    chinese_name,
    cjk_name,
    japanese_name,
    japanese_surname,
)
from archivecite.parse.published.scanning import trim
from archivecite.parse.published.terms import (
    CITIES,
    CJK_ANONYMOUS,
    CJK_INSTITUTION_ENDINGS,
    CJK_PUBLISHER_ENDINGS,
    CJK_ROLE_WORDS,
    COMPOUND_SURNAMES,
    INSTITUTION_WORDS,
)
from archivecite.parse.published.titles import put_plain_text
from archivecite.translit.japanese.tokens import analyse

# What separates the groups of names in a head: "ゲオルグ・ブシャン 著 , 小堀甚二 訳".
HEAD_SEPARATORS = "，,；;"
# What may stand between names and their role word ("沢山美果子/著", "鎮目恭夫・訳", "土田千愛
# [著]"), and "and others" before it ("ステファノ・マンクーゾほか著", "池原他訳").
ROLE_LEADS = " 　/／・･[［(（【:："
OTHERS = ("ほか", "他", "外", "等")
# What parts groups of names after a title, and what a name may hold besides letters.
PEOPLE_SEPARATORS = " \t\n　、，,;；]］】/／"
NAME_MARKS = "・･.．=＝ 　、，,[［"
# The brackets a role word stands in before the names it labels ("[著]小林信介").
LEAD_ROLE_BRACKETS = (("[", "]"), ("［", "］"), ("【", "】"))
# Marks that stand only right before a role word inside a group ("沢山美果子/著", "養老孟司:著",
# "佐藤 早苗(著)"), never between names ("北京：中央编译出版社" is a place and a publisher).
ROLE_ONLY_LEADS = "/／:：(（【"
# A role word opening a longer word that is no role (著者, 著作, 訳書, 整理本, 著名, 訳文) or a
# body's name (编辑室, 编委会, 编写组, 编译局, 编辑部).
NOT_ROLE_NEXT = "者作書本名述文室委组組局部所社会會"
# How the name of a body ends (外務省, 中央档案馆, 编辑部, 研究会), as the name reader knows it
BODY_ENDINGS = ("会", "會", "部", *CJK_INSTITUTION_ENDINGS)
# Every role word by the list its names go to; a commentator's names (高野明解说) go to none.
# The CJK readers' own words come first: 共著 is read before the 著 it ends with.
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    **{
        role: (*CJK_MORE_ROLE_WORDS.get(role, ()), *words) for role, words in CJK_ROLE_WORDS.items()
    },
    "commentators": CJK_COMMENTATOR_WORDS,
}


def _role_of(role: str, word: str, lang: str | None, names: str = "") -> str:
    """``編著`` names the editors in Japanese (白木沢旭児編著), the authors of a person in Chinese
    (侯敏编著) and the editors of a body (``軍事科學院軍事歷史研究部編著``: a body compiles)."""
    if lang == "ja" and word in CJK_JAPANESE_EDITOR_WORDS:
        return "editors"
    body = any(w in names for w in INSTITUTION_WORDS) or names.endswith(BODY_ENDINGS)
    return "editors" if word in CJK_BODY_EDITOR_WORDS and names and body else role


def role_at_end(value: str, lang: str | None = None) -> tuple[str | None, int]:
    """The list a group of names ends by naming (``"坂野徹 著"`` → authors), and the length of
    the group without the role word (and the ``等``, "and others", before it)."""
    stripped = value.rstrip()
    bare = stripped.rstrip("]］)）】").rstrip()  # "井原あや[編]", "…研究会(編)", "野波健蔵【著】"
    for role, words in ROLE_WORDS.items():
        for word in words:
            if bare.endswith(word):
                names = _without_bracketed_others(bare[: -len(word)].rstrip(ROLE_LEADS))
                names = names.rstrip(ROLE_LEADS).removesuffix("等")
                if role == "commentators":  # "林晋・八杉満利子 訳・解説": the translators
                    first, size = role_at_end(names, lang)
                    if first is not None and first != "commentators":
                        return first, size
                size = len(names.rstrip(ROLE_LEADS))
                return _role_of(role, word, lang, names[:size].strip()), size
    return None, len(stripped)


def role_at_start(value: str) -> tuple[str | None, int]:
    """The list a group of names opens by naming with a colon after the role word, as reading
    logs and shops label people (``著:実川元子``, ``著者:群ようこ`` → authors), or with the role
    word in brackets, as the Asahi's book reviews name the book's people (``[著]小林信介``), and
    where the names begin."""
    for word in sorted(CJK_LEAD_ROLES, key=len, reverse=True):
        if value.startswith(word) and value[len(word) : len(word) + 1] in (":", "："):
            return CJK_LEAD_ROLES[word], len(word) + 1
        for opening, closing in LEAD_ROLE_BRACKETS:
            if value.startswith(f"{opening}{word}{closing}") and len(value) > len(word) + 2:
                return CJK_LEAD_ROLES[word], len(word) + 2
    return None, 0


def _without_bracketed_others(names: str) -> str:
    """The names without "and others" a catalogue adds in square brackets before the role word
    (``市古貞次/[ほか]編``: the first editor, the others unnamed)."""
    for others in OTHERS:
        for opening, closing in ("[]", "［］"):
            if names.endswith(f"{opening}{others}{closing}"):
                return names[: -len(others) - 2]
    return names


def _bracketed_others_at(text: str, index: int, end: int) -> int:
    """The length of "and others" in square brackets at ``index``, perhaps after a slash, when a
    role word follows it (``/[ほか]編``); 0 when there is none."""
    for lead in ("", "/", "／"):
        for others in OTHERS:
            for opening, closing in ("[]", "［］"):
                token = f"{lead}{opening}{others}{closing}"
                stop = index + len(token)
                if text.startswith(token, index) and _role_word_at(text, stop, end) is not None:
                    return len(token)
    return 0


def _role_groups(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A piece of a head parted into its groups where a role word closes one before ``、``
    (``平冈雅英著、高野明解说``: the author, then the commentator); ``、`` between names a
    role word does not close is no border (``佐藤能丸、宮地正人、桜井良樹編``)."""
    groups: list[tuple[int, int]] = []
    piece = start
    for index in range(start, end):
        if text[index] == "、" and role_at_end(text[piece:index])[0] is not None:
            groups.append((piece, index))
            piece = index + 1
    return [*groups, (piece, end)]


def cjk_head(draft: Draft, start: int, end: int, lang: str) -> None:
    """The names before the title, in groups each closed by its role word: names with no role
    word of their own share the next group's role when it is 著 or 編 (co-authors, co-editors),
    and are the authors when it is 訳 (the translated book's author comes first) unless the role
    word stands alone after them (``蘇福忠,譯``: the translator)."""
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
    parts: list[tuple[int, int]] = []
    piece = start
    for index in range(start, end + 1):
        if index == end or text[index] in HEAD_SEPARATORS:
            parts.extend(_role_groups(text, piece, index))
            piece = index + 1
    for part in parts:
        part_start, part_end = trim(text, *part, " \t　")
        if part_start >= part_end or text[part_start:part_end] in CJK_ANONYMOUS:
            continue
        inner = CJK_BRACKETED_ROLE_PATTERN.search(text, part_start, part_end)
        inner_role, inner_size = role_at_end(inner["inner"], lang) if inner else (None, 0)
        if (
            inner is not None
            and inner_role is not None
            and inner_size
            and inner.start() > part_start
        ):
            # "ジョン・ダワー(大窪原二訳)": the author, then in brackets the translator
            cjk_people(
                draft,
                inner.start("inner"),
                inner.start("inner") + inner_size,
                lang,
                inner_role,
                bare=True,
            )
            part_end = trim(text, part_start, inner.start(), " \t　")[1]
        role, size = role_at_end(text[part_start:part_end], lang)
        if role is None:
            pending.append((part_start, part_end))
            continue
        if role in ("translators", "commentators") and size:  # the book's author comes first
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


def foreign_person(value: str) -> bool:
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


def name_particle_end(text: str, start: int, end: int) -> int:
    """Where an author's name ends before the particle の that joins it to the title, perhaps
    after an honorific, as blogs name a book in running text: ``小熊英二さんの「生きて帰って
    きた男」``, ``村田沙耶香さんの「コンビニ人間」``, ``高杉一郎の「スターリン体験」``. The
    name is one the dictionary knows or a foreign one in katakana; after an honorific any name
    of kanji (``石弘之さんの『感染症の世界史』``). ``end`` when no such name stands there
    (``今年の『…』``)."""
    particle = CJK_NAME_PARTICLE_PATTERN.search(text, start, end)
    if particle is None:
        return _honorific_end(text, start, end)
    names_end = trim(text, start, particle.start(), " \t　")[1]
    name = text[start:names_end]
    person = japanese_name(name) or foreign_person(name)
    if person or (particle["honorific"] and name_like(name)):
        return names_end
    return end


def _honorific_end(text: str, start: int, end: int) -> int:
    """Where a name of kanji ends before the honorific that closes it right before a title
    (``沈志华先生《…》``); ``end`` when there is none."""
    honorific = CJK_NAME_HONORIFIC_PATTERN.search(text, start, end)
    if honorific is None:
        return end
    names_end = trim(text, start, honorific.start(), " \t　")[1]
    name = text[start:names_end]
    return names_end if len(name) >= 2 and name_like(name) else end


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
        dot = _name_then_publisher(text, pos, end)
        if dot > pos and not found:  # "「猟本猟奇」(斎藤夜居・街書房)": the author, the publisher
            cjk_people(draft, pos, dot, draft.language or "ja", "authors", bare=True)
            found = True
            pos = dot + 1
            continue
        named = CJK_NAME_LATIN_PATTERN.match(text, pos, end)
        if named is not None and not found:  # "「…」ミシェル・フーコー(Foucault, Michel) 田村淑訳"
            cjk_people(draft, *named.span("name"), draft.language or "ja", "authors")
            found = True
            pos = trim(text, named.end(), end, PEOPLE_SEPARATORS)[0]
            continue
        publisher_end = _publisher_piece(text, pos, end)
        if publisher_end > pos:  # "(大月書店、共著)": the publisher, then how it was written
            put_plain_text(draft, "publisher", pos, publisher_end)
            pos = trim(text, publisher_end, end, PEOPLE_SEPARATORS)[0]
            continue
        manner = _manner_end(text, pos, end)
        if manner > pos:  # "（合著，商务印书馆，2010年）": how it was written, no one named
            pos = trim(text, manner, end, PEOPLE_SEPARATORS)[0]
            found = True
            continue
        labelled = _put_labelled_people(draft, pos, end) if not found else pos
        if labelled > pos:  # "「Go言語ハンズオン」(著:掌田津耶乃)": a role word, a colon
            found = True
            pos = labelled
            continue
        group = role_group(text, pos, end, draft.language)
        if group is None:
            break
        names_end, role, role_end = group
        author_end = (
            _author_before_translators(text, pos, names_end) if role == "translators" else -1
        )
        if role == "editors" and text[pos:role_end].endswith(CJK_TEXT_EDITOR_WORDS):
            author_end = _author_before_text_editors(text, pos, names_end)
        if author_end > pos and not (found or draft.authors):
            # "ジョージ・F・ケナン、清水俊雄・奥畑稔訳": the foreign author, then the translators
            cjk_people(draft, pos, author_end, draft.language or "ja", "authors", bare=True)
            pos = author_end + 1
        cjk_people(draft, pos, names_end, draft.language or "ja", role, bare=True)
        found = True
        pos = trim(text, role_end, end, PEOPLE_SEPARATORS + "・")[0]  # "片山恭一著・小学館"
    return pos if found else start


def _put_labelled_people(draft: Draft, start: int, end: int) -> int:
    """The people a role word and a colon open (:func:`_labelled_people`) read; where what
    follows them begins (``start`` for none)."""
    labelled = _labelled_people(draft.text, start, end)
    if labelled is None:
        return start
    role, names_start, names_end = labelled
    cjk_people(draft, names_start, names_end, draft.language or "ja", role, bare=True)
    return trim(draft.text, names_end, end, PEOPLE_SEPARATORS + ")）")[0]


def _labelled_people(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """A role word and a colon before the names, in brackets closing the reference (``(著:
    掌田津耶乃)``, ``(著: 牧野 誠)``): the role, and where the names begin and end."""
    opening = start + 1 if text[start : start + 1] in ("(", "（") else start
    role, size = role_at_start(text[opening:end])
    if role is None:
        return None
    names_start = trim(text, opening + size, end, " \t　")[0]
    closing = min(
        (
            at
            for at in (text.find(")", names_start, end), text.find("）", names_start, end))
            if at >= 0
        ),
        default=-1,
    )
    if opening > start and closing < 0:
        return None
    names_end = trim(text, names_start, closing if closing >= 0 else end, " \t　")[1]
    if names_end <= names_start or not name_like("".join(text[names_start:names_end].split())):
        return None
    return role, names_start, names_end


def _author_before_translators(text: str, start: int, end: int) -> int:
    """Where a foreign author's name in katakana ends before the Japanese translators' names
    that one role word 訳 closes (``ジョージ・F・ケナン、清水俊雄・奥畑稔訳``); -1 when the group
    does not open so. A Japanese book's translators are Japanese: the katakana name is the
    author's."""
    comma = text.find("、", start, end)
    if comma <= start:
        return -1
    head = text[start:comma].strip()
    katakana = head.replace("・", "").replace(".", "").replace("．", "")
    latin_initials = all(char.isupper() or char in "・.．" for char in head if char.isascii())
    rest = text[comma + 1 : end]
    kanji_rest = any("\u4e00" <= char <= "\u9fff" for char in rest)
    foreign = foreign_person("".join(c for c in katakana if not c.isascii()))
    if foreign and latin_initials and kanji_rest:
        return comma
    return _classic_before_its_renderer(text, start, end)


def _classic_before_its_renderer(text: str, start: int, end: int) -> int:
    """Where the classic's author ends before the one who put it in modern Japanese, the two
    parted by a comma before 訳, a modern rendering named before them (``『現代語訳 文明論之概略』
    福澤諭吉、齋藤孝訳``, ``『文明論之概略』(全訳)福澤諭吉、先崎彰容訳``); -1 otherwise: two names
    before 訳 are two translators of a foreign book (``池原止戈夫、彌永昌吉訳``)."""
    if not any(word in text[:start] for word in CJK_MODERN_RENDERING_WORDS):
        return -1
    names = text[start:end].split("、")
    if len(names) != 2 or not japanese_name(names[0].strip()) or not name_like(names[1].strip()):
        return -1
    return start + len(names[0])


def _author_before_text_editors(text: str, start: int, end: int) -> int:
    """Where the author's name ends before the names of those who established the text, whom
    one role word (校注, 校訂) closes: ``陸奥宗光、中塚明校注``, ``武陽隠士,本庄栄治郎校訂`` (a
    text is edited from its author's); -1 when the names are not two names parted by a comma. A
    nakaguro joins fellow editors (``上野洋三・櫻井武次郎校注``)."""
    comma = min((i for i in (text.find(c, start, end) for c in "、,，") if i >= 0), default=-1)
    if comma <= start:
        return -1
    author, editor = text[start:comma].strip(), text[comma + 1 : end].strip()
    if "・" in author or not all(
        name and (japanese_name(name) or name_like(name)) for name in (author, editor)
    ):
        return -1
    return comma


def _name_then_publisher(text: str, start: int, end: int) -> int:
    """Where the ・ (or the slash) after an author's name stands when a publisher's name follows it
    and closes the bracket or the piece (``斎藤夜居・街書房``, ``城市郎・河出書房新社``,
    ``佐伯一麦/朝日新聞出版/780円``); -1 otherwise. The
    name is one the dictionary knows, or kanji opening with a surname it knows and no city
    (``東京・岩波書店`` is a place and a publisher, ``ベースボール・マガジン社`` one publisher)."""
    found = [index for index in (text.find(mark, start, end) for mark in "・/／") if index > start]
    dot = min(found, default=-1)
    if dot <= start:
        return -1
    stop = dot + 1
    # a bracket opening after the names ends them too: "山下宏明・梶原正昭校注(岩波文庫)" are two
    # editors, then the series, not a name and the publisher "梶原正昭校注(岩波文庫"
    while stop < end and text[stop] not in "、，,)）/／(（":
        stop += 1
    name, publisher = text[start:dot].strip(), text[dot + 1 : stop].strip()
    if text[dot] != "・" and not japanese_name(name):
        return -1  # "(佐伯一麦/朝日新聞出版/780円)": a slash after a name the dictionary knows
    # "城市郎": a name the dictionary does not know whole, a surname it knows; never a city
    person = japanese_name(name) or (
        2 <= len(name) <= 5
        and name_like(name)
        and name not in CITIES
        and bool(japanese_surname(name))
    )
    return dot if person and publisher_like(publisher) else -1


def _publisher_piece(text: str, start: int, end: int) -> int:
    """Where a publisher's name closed by ``、`` ends (``大月書店、共著``), read before a role word
    could take it for names; -1 when none stands at ``start``."""
    comma = text.find("、", start, end)
    if comma <= start or not publisher_like(text[start:comma].strip()):
        return -1
    return comma


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
    return (
        role_group(text, start, end) is not None
        or _labelled_people(text, start, end) is not None  # "(著:掌田津耶乃)"
        or _publisher_then_people(text, start, end) > 0
        or _name_then_publisher(text, start, end) > 0
    )


def role_group(
    text: str, start: int, end: int, lang: str | None = None
) -> tuple[int, str, int] | None:
    """Names from ``start`` closed by a role word: where the names end, the role, and where
    the role word ends; None when something else (a digit, a bracket, prose) comes first."""
    index = start
    while index < min(end, start + 80):
        if index > start:
            role = _role_word_at(text, index, end, lang)
            if role is not None:  # one character before a role word is no name: 合著, 独著
                names_end = _names_end(text, start, index)
                return (names_end, *role) if names_end > start + 1 else None
        others = next((word for word in OTHERS if text.startswith(word, index)), None)
        if others is not None and index > start:
            index += len(others)
            continue
        bracketed = _bracketed_others_at(text, index, end)
        if bracketed and index > start:  # "市古貞次/[ほか]編"
            index += bracketed
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


def _role_word_at(
    text: str, index: int, end: int, lang: str | None = None
) -> tuple[str, int] | None:
    for role, words in ROLE_WORDS.items():
        for word in words:
            stop = index + len(word)
            if stop <= end and text.startswith(word, index):
                following = text[stop : stop + 1]
                if following and following in NOT_ROLE_NEXT:
                    return None
                return _role_of(role, word, lang), stop
    return None


def _names_end(text: str, start: int, end: int) -> int:
    """Where the names before a role word end, without what stands between (``/``, ``・``)
    and without "and others" (``ほか``)."""
    value = _without_bracketed_others(text[start:end].rstrip(ROLE_LEADS)).rstrip(ROLE_LEADS)
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
    if role == "commentators":  # "高野明解说": the model has no list for them
        if value.strip():
            draft.put_extra("commentators", value.strip(), start, end)
        return
    markers = (
        ()
        if bare
        else ("主编", "主編", "編纂", "编纂", "編著", "编著", "監修", "編", "编", "著", "载", "載")
    )
    for marker in (*markers, "等"):
        value = value.replace(marker, " ")
    if len(value.rstrip()) > 2 and value.rstrip().endswith("在"):
        value = value.rstrip()[:-1]  # "馬克.塞爾登在《…》": prose's "in", not the name's
    targets = {
        "authors": draft.authors,
        "editors": draft.editors,
        "translators": draft.translators,
    }
    target = targets.get(role, draft.container_editors)
    for token in NAME_SEPARATOR_PATTERN.split(value):
        if token.strip(" 　") in CJK_ANONYMOUS:
            continue  # "佚名初译": an unnamed translator, no one's name
        name = cjk_person(token, lang)
        if name is not None:
            target.append(name)
    if value.strip():
        draft.spans.append(Span(field=role, start=start, end=end))


def read_with_japanese(draft: Draft) -> None:
    """In a Chinese note that names a Japanese person (``高木诚一郎``), a name that reads both
    ways is Japanese too: ``石井明:《…》,高木诚一郎、石井明编《…》`` is 石井 明, not 石 井明."""
    if draft.language != "zh":
        return
    lists = (draft.authors, draft.editors, draft.translators, draft.container_editors)
    if not any(name.lang == "ja" for names in lists for name in names):
        return
    for names in lists:
        for index, name in enumerate(names):
            original = name.original
            if name.lang != "zh" or original is None or not chinese_name(original):
                continue
            if japanese_name(original, in_chinese=True):
                names[index] = cjk_name(original, "ja") or name


def cjk_person(token: str, lang: str) -> Name | None:
    """A name as its language reads it; in a Chinese text, a Japanese name by its Japanese
    surname (``真锅重忠``: 真锅 重忠, ``田保桥洁``: 田保桥 洁) and a transliterated foreign name
    whole (``斯大林``)."""
    name = token.strip(" 　・、，,")
    country = CJK_NATIONALITY_PATTERN.match(name)
    if country is not None and country.end() < len(name):  # "〔日〕江田憲治": the author's country
        japanese = name[1 : country.end() - 1] in CJK_JAPAN_MARKS
        name = name[country.end() :].strip(" 　")
        if japanese:
            return cjk_name(name, "ja")
    reading = foreign_reading(name) if lang == "zh" else None
    if reading == "literal":
        return Name(literal=name, lang=lang)
    if name.endswith(CJK_CORPORATE_ENDINGS):
        return Name(literal=name, lang=reading or lang)  # "朝日新聞社編": a newspaper company
    person = cjk_name(name, reading or lang)
    if person is None or person.family is None or (reading or lang) != "ja" or " " in name:
        return person
    size = _surname_before_given_name(name) or _two_and_two(name, len(person.family))
    if size is None or size == len(person.family):
        return person
    return person.model_copy(update={"family": name[:size], "given": name[size:]})


def _surname_before_given_name(name: str) -> int | None:
    """The surname's length when the dictionary closes the name with a given name of two
    characters or more and reads what stands before it, two to four characters, as pieces of a
    person's name opened by a surname, none of them a given name: ``栗生沢猛夫`` (栗生 and 沢,
    two surnames, before 猛夫), or a surname and a name's piece before the given name; the
    dictionary's first surname alone would cut the surname short. Not ``森見登美彦`` (森 and 見
    are common words). None without the ``ja`` extra."""
    try:
        tokens = analyse(name)[0]
    except MissingExtraError:
        return None
    given = 0
    while given < len(tokens) and tokens[len(tokens) - 1 - given].pos4 == "名":
        given += 1
    head = tokens[: len(tokens) - given]
    size = sum(len(token.surface) for token in head)
    if not given or len(head) < 2 or not 2 <= size <= 4 or len(name) - size < 2:
        return None
    personal = all(token.pos3 == "人名" and token.pos4 != "名" for token in head)
    return size if personal and head[0].pos4 == "姓" else None


def _two_and_two(name: str, size: int) -> int | None:
    """Two characters of surname in a four-character name where the dictionary names neither
    part a person's and a place name inside the name was taken to close a surname of three,
    leaving a one-character given name (a word of two characters, a place of one, then one
    character): the name is read two and two, as most Japanese names of four characters part."""
    if len(name) != 4 or size != 3:
        return None
    try:
        tokens = analyse(name)[0]
    except MissingExtraError:
        return None
    personal = any(token.pos3 == "人名" for token in tokens)
    return 2 if not personal and len(tokens[0].surface) == 2 else None


def foreign_reading(name: str) -> str | None:
    """How a name of Chinese characters in a Chinese text is read when it is no Chinese name:
    ``"ja"`` for a Japanese one (``真锅重忠``, ``高木诚一郎``: its surname the dictionary knows;
    ``末松保和``: four characters no Chinese surname opens with a given name of two), or
    ``"literal"`` for a transliterated foreign one (``斯大林``, ``法因别尔格``, ``马克思``); None
    for a Chinese name, or one that reads both ways (``石井明``, ``田家英``)."""
    kanji = all("\u4e00" <= char <= "\u9fff" for char in name)
    if not kanji or not 2 <= len(name) <= 6 or name[:2] in COMPOUND_SURNAMES:
        return None
    if any(word in name for word in INSTITUTION_WORDS) or name.endswith(BODY_ENDINGS):
        return None
    transliterated = all(char in CJK_TRANSLITERATION_CHARACTERS for char in name) and any(
        char in CJK_TRANSLITERATION_MARKS for char in name
    )  # "肖欣延": transliteration's characters all, but none a Chinese name never has
    if chinese_name(name):
        final = len(name) >= 3 and name[-1] in CJK_TRANSLITERATION_FINALS
        return "literal" if transliterated and final else None
    if transliterated:  # "托洛茨基": the dictionary would take 托洛 for a surname
        return "literal"
    if japanese_name(name, in_chinese=True):
        return "ja"
    return "ja" if len(name) == 4 and _given_name_after(name[2:]) else None


def _given_name_after(value: str) -> bool:
    """The last two characters of ``末松保和`` can close a Japanese name: no common noun the
    dictionary knows whole (``中共中央``, ``人民日报``, ``新华书店``: an office, a paper, a shop);
    False without the ``ja`` extra."""
    try:
        tokens = analyse(value)[0]
    except MissingExtraError:
        return False
    return not (len(tokens) == 1 and tokens[0].pos2 == "普通名詞")


def publisher_like(value: str) -> bool:
    endings = (*CJK_PUBLISHER_ENDINGS, *CJK_SIMPLIFIED_PUBLISHER_ENDINGS)
    return value.endswith(endings) and not any(char.isdigit() for char in value)


def name_like(value: str) -> bool:
    """``瀬戸口明久``, ``浜野潔編著``, ``千々岩``: one to five kanji (two at least for a whole
    name), perhaps with a role word after them."""
    core = value[: role_at_end(value)[1]]
    return 1 <= len(core) <= 5 and all(
        "\u4e00" <= char <= "\u9fff" or char in "々〆" for char in core
    )


def names_head(value: str) -> bool:
    """Names alone (``毛泽东``, ``坂上信夫``, ``斯大林``), or names or a body closed by their
    role word (``李家祥主编``, ``当代中国研究所编``, ``楊澤,編``): the people opening a reference,
    not prose (``现代研究：``); groups parted by ``;``, each with its role word and perhaps the
    dynasty or country in brackets before it (``[宋]苏轼撰;孔凡礼点校``)."""
    groups = [group for group in value.replace("；", ";").split(";") if group.strip()]
    if len(groups) > 1:
        return all(names_head(group) and role_at_end(group)[0] for group in groups)
    marked = CJK_NATIONALITY_PATTERN.match(value.strip())
    if marked is not None and marked.end() < len(value.strip()):
        value = value.strip()[marked.end() :]
    role, size = role_at_end(value)
    names = [name.strip() for name in NAME_GROUP_PATTERN.split(value[:size])]
    names = [name for name in names if name]
    if not names:
        return False
    if role is None and len(names) == 1 and _body_alone(names[0]):
        return True  # "井上馨侯爵传记编纂会《世外井上公传》": a body, the work's author
    for printed in names:
        # "M.B.詹森": a foreign name with its Latin initials before the transliteration
        name = CJK_LATIN_INITIALS_PATTERN.sub("", printed) or printed
        words = (*INSTITUTION_WORDS, *CJK_BODY_WORDS)  # "清华大学历史系编": a department edits
        body = any(word in name for word in words) or name.endswith(BODY_ENDINGS)
        person = chinese_name(name) or japanese_name(name) or foreign_reading(name) is not None
        if not (person or (role is not None and (body or name_like(name)))):
            return False
    return True


def _body_alone(value: str) -> bool:
    """A body's name that needs no role word before a title: a committee or society compiling a
    work (``井上馨侯爵传记编纂会``, ``外務省百年史編纂委員会``), in characters only."""
    return (
        4 <= len(value) <= 20
        and all("\u4e00" <= char <= "\u9fff" for char in value)
        and value.endswith(CJK_COMPILING_BODY_ENDINGS)
    )
