"""A Japanese or Chinese book's record as catalogues, shops and publishers' pages print it:
labelled fields ("书名：…", "作者：…"), its CIP line from the copyright page, or the citation a
catalogue makes of it ("当代中国研究所编. 中华人民共和国史编年.1952年卷. 当代中国出版社, 2009.")."""

from __future__ import annotations

import re

from archivecite.model import DateRange, Name, Span, Text
from archivecite.parse.dates import kanji_number
from archivecite.parse.published.cjk_fields import spaced_names
from archivecite.parse.published.cjk_imprint import KANJI_DIGITS
from archivecite.parse.published.cjk_listing_patterns import (
    CJK_PRINTINGS_NOTE_PATTERN,
    CJK_RUN_ON_ENGLISH_TITLE_PATTERN,
)
from archivecite.parse.published.cjk_patterns import (
    CJK_CATALOGUE_IMPRINT_PATTERN,
    CJK_CIP_PATTERN,
    CJK_CNKI_RECORD_PATTERN,
    CJK_DOUBAN_BINDINGS,
    CJK_DOUBAN_DATE_PATTERN,
    CJK_DOUBAN_PAGES_PATTERN,
    CJK_DOUBAN_PRICE_PATTERN,
    CJK_DOUBAN_SEPARATOR,
    CJK_ISBD_RECORD_PATTERN,
    CJK_KANJI_DIGIT_YEAR_PATTERN,
    CJK_LINE_BREAK_PATTERN,
    CJK_NAME_READING_PATTERN,
    CJK_NATIONALITY_PATTERN,
    CJK_PIECE_PATTERN,
    CJK_RECORD_ANY_LABEL_PATTERN,
    CJK_RECORD_AUTHOR_ROLES,
    CJK_RECORD_BARE_LABEL_PATTERN,
    CJK_RECORD_BINDINGS,
    CJK_RECORD_DATE_PATTERN,
    CJK_RECORD_HEADING_PATTERN,
    CJK_RECORD_IMAGE_WORDS,
    CJK_RECORD_ISBN_PATTERN,
    CJK_RECORD_LABEL_PATTERN,
    CJK_RECORD_LABELS,
    CJK_RECORD_SERIES_PATTERN,
    CJK_RECORD_TITLE_BRACKET_PATTERN,
    CJK_RECORD_TOKEN_PATTERN,
    CJK_SERIES_TAIL_PATTERN,
    CJK_VOLUME_WORDS_PATTERN,
)
from archivecite.parse.published.cjk_roles import (
    cjk_head,
    cjk_people,
    cjk_person,
    names_head,
    publisher_like,
    role_at_end,
)
from archivecite.parse.published.credit_lines import credited_people
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.names import given_first
from archivecite.parse.published.scanning import TITLE_OPENERS, is_cjk, trim
from archivecite.parse.published.terms import CITIES
from archivecite.parse.published.titles import put_plain_text, put_text
from archivecite.translit import looks_japanese


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


def parse_cjk_record(draft: Draft, start: int, end: int) -> bool:
    """A book's record as a catalogue prints it: labelled fields (``_labelled_record``), its
    CIP line (``_cip_line``) or the citation a catalogue makes of it (``_catalogue_citation``)."""
    return (
        _labelled_record(draft, start, end)
        or _cip_line(draft, start, end)
        or _cnki_record(draft, start, end)
        or _catalogue_citation(draft, start, end)
        or _unsigned_catalogue_citation(draft, start, end)
        or _douban_record(draft, start, end)
        or _isbd_record(draft, start, end)
    )


def _isbd_record(draft: Draft, start: int, end: int) -> bool:
    """A book as a Japanese library catalogue's short display prints it and readers copy it,
    its areas parted by ``. --``: ``メディア都市パリ / 山田登世子. -- 筑摩書房, 1995.12. --
    (ちくま学芸文庫)`` (the title, the people after a slash with their role words, the place
    perhaps, the publisher, the year and month, the series in brackets with its number after
    ``;``). Read only when the title holds kanji or kana and the publisher is one."""
    text = draft.text
    match = CJK_ISBD_RECORD_PATTERN.fullmatch(text, start, end)
    if match is None or not any(map(is_cjk, match["title"])):
        return False
    if not (publisher_like(match["publisher"].strip()) or names_head(match["people"].strip())):
        return False
    lang = "ja" if looks_japanese(text[start:end]) else "zh"
    draft.language = draft.language or lang
    put_text(draft, "title", trim(text, *match.span("title"), " \t　"))
    people = trim(text, *match.span("people"), " \t　")
    role = role_at_end(text[slice(*people)], lang)[0]
    cjk_people(draft, *people, lang, role or "authors")
    if match["place"]:
        put_plain_text(draft, "place", *trim(text, *match.span("place"), " \t　"))
    put_plain_text(draft, "publisher", *trim(text, *match.span("publisher"), " \t　"))
    month = int(match["month"]) if match["month"] else None
    month = month if month is not None and 1 <= month <= 12 else None
    draft.put("date", DateRange.of(int(match["year"]), month), match.start("year"), match.end())
    if match["series"]:
        series = trim(text, *match.span("series"), " \t　")
        draft.put("series", Text(original=text[slice(*series)], lang=lang), *series)
        if match["number"]:
            draft.put_extra("series_number", match["number"].strip(), *match.span("number"))
    return True


def _douban_record(draft: Draft, start: int, end: int) -> bool:
    """A book as Douban lists it: the title, then on the next line (a space once the lines are
    joined) its fields parted by " / ": the author, the translators, the publisher, then the
    date, the price, the pages and the binding in any order (``荒潮 陈楸帆 / 2013-1 / 长江文艺
    出版社 / 24.80元 / 平装``, ``[英] 斯蒂芬·霍金 / 吴忠超 / 湖南科学技术出版社 / 2011-1 /
    48.00元``; the date may come before the publisher). Read only when a Chinese publisher and a
    date are found and every other field is a name or one of those."""
    text = draft.text
    pieces = _pieces_between(text, start, end, CJK_DOUBAN_SEPARATOR)
    if len(pieces) < 3:
        return False
    head = _title_then_name(text, *pieces[0])
    if head is None:
        return False
    people: list[tuple[int, int]] = []
    publisher: tuple[int, int] | None = None
    date: re.Match[str] | None = None
    for piece in pieces[1:]:
        value = text[slice(*piece)]
        found = CJK_DOUBAN_DATE_PATTERN.fullmatch(text, *piece)
        if found is not None and date is None:
            date = found
        elif publisher is None and publisher_like(value) and any(map(is_cjk, value)):
            publisher = piece
        elif publisher is None and date is None and _douban_person(value):
            people.append(piece)
        elif publisher is None or not (
            CJK_DOUBAN_PRICE_PATTERN.fullmatch(value)
            or CJK_DOUBAN_PAGES_PATTERN.fullmatch(value)
            or value in CJK_DOUBAN_BINDINGS
        ):
            return False
    title, author = head
    if publisher is None or date is None or not _douban_person(text[slice(*author)]):
        return False
    title_value = text[slice(*title)]
    lang = "ja" if looks_japanese(title_value) else "zh"
    if any(map(is_cjk, title_value)):
        draft.language = draft.language or lang
    put_text(draft, "title", title)
    for piece, role in ((author, "authors"), *((piece, "translators") for piece in people)):
        _douban_people(draft, piece, role)
    put_plain_text(draft, "publisher", *publisher)
    month = int(date["month"]) if date["month"] else None
    month = month if month is not None and 1 <= month <= 12 else None
    draft.put("date", DateRange.of(int(date["year"]), month), *date.span())
    return True


def _pieces_between(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """The pieces of ``text[start:end]`` between ``separator``, trimmed; none empty."""
    pieces: list[tuple[int, int]] = []
    piece = start
    while piece <= end:
        stop = text.find(separator, piece, end)
        stop = end if stop < 0 else stop
        part = trim(text, piece, stop, " \t\n　")
        if part[1] <= part[0]:
            return []
        pieces.append(part)
        piece = stop + len(separator)
    return pieces


def _title_then_name(
    text: str, start: int, end: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The title and the first author's name in the first of Douban's fields: parted by the line
    break (spaces once the lines are joined: ``From Emperor to Citizen   爱新觉罗.溥仪``) or by the
    last space, a nationality in brackets before the name kept with it (``[美] 史景迁``)."""
    value = text[start:end]
    breaks = list(CJK_LINE_BREAK_PATTERN.finditer(value))
    if breaks:
        cut, name_at = breaks[-1].start(), breaks[-1].end()
    else:
        cut = value.rfind(" ")
        if cut < 0:
            return None
        before = value.rfind(" ", 0, cut)
        if CJK_NATIONALITY_PATTERN.fullmatch(value, before + 1, cut):
            cut = before if before > 0 else cut
        name_at = cut + 1
    title = trim(text, start, start + cut, " \t\n　")
    name = (start + name_at, end)
    if title[1] <= title[0] or not any(char.isalpha() for char in text[slice(*title)]):
        return None
    return title, name


def _douban_person(value: str) -> bool:
    """A name in Douban's fields: Chinese or a transliteration (``爱新觉罗.溥仪``, ``[韩]赵南柱``),
    or a Latin one of four words at most (``W. J. F. Jenner``)."""
    if any(map(is_cjk, value)):
        return not any(char.isdigit() for char in value) and cjk_person(value, "zh") is not None
    return len(value.split()) <= 4 and given_first(value, value) is not None


def _douban_people(draft: Draft, piece: tuple[int, int], role: str) -> None:
    value = draft.text[slice(*piece)]
    if any(map(is_cjk, value)):
        cjk_people(draft, *piece, "zh", role, bare=True)
        return
    name = given_first(value, value)
    if name is not None:
        getattr(draft, role).append(name)
        draft.spans.append(Span(field=role, start=piece[0], end=piece[1]))


def _cnki_record(draft: Draft, start: int, end: int) -> bool:
    """A book as CNKI's old export prints it: ``彭德怀年谱.[M].王焰主编;.人民出版社.1998,``, the
    title, the code, the people each group closed by its role word and ";" (``中华人民共和国外交部;
    中共中央文献研究室编;``: a group without a role word shares the next one's), the publisher
    and the year, each closed by a full stop. GB/T 7714 prints no stop before the code."""
    text = draft.text
    match = CJK_CNKI_RECORD_PATTERN.fullmatch(text, start, end)
    if match is None or not any(map(is_cjk, match["title"])):
        return False
    lang = "ja" if looks_japanese(text[start:end]) else "zh"
    draft.language = draft.language or lang
    put_text(draft, "title", match.span("title"))
    cjk_head(draft, *match.span("people"), lang)
    if match["place"]:
        put_plain_text(draft, "place", *match.span("place"))
    put_plain_text(draft, "publisher", *match.span("publisher"))
    draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
    _in_language(draft, lang)
    return True


def _catalogue_citation(draft: Draft, start: int, end: int) -> bool:
    """A Chinese or Japanese book as a catalogue's "Cite" page (VuFind's Chicago line) or a
    Chicago list in Chinese prints it, its parts closed by full stops: the people with their
    role word, the title (with the part's name after it), then the place, the publisher and the
    year (``当代中国研究所编. 中华人民共和国史编年.1952年卷. 当代中国出版社, 2009.``,
    ``楊澤,編。魯迅小說集。台北:洪範,1994。``). Read only when the head is names, the last part
    an imprint and no bracket names the title."""
    text = draft.text
    parts = _stop_parts(text, start, end)
    if len(parts) < 3 or not names_head(text[slice(*parts[0])]):
        return False
    last = len(parts) - 2
    while last > 1 and _people_part(text[slice(*parts[last])]):
        last -= 1  # "…雕塑個展。葉于正編。彰化:…": the editor after the title
    title = (parts[1][0], parts[last][1])
    value = text[slice(*title)]
    if not any(map(is_cjk, value)) or any(opener in value for opener in TITLE_OPENERS):
        return False
    imprint = CJK_CATALOGUE_IMPRINT_PATTERN.fullmatch(text, *parts[-1])
    if imprint is None:
        return False
    publisher = imprint["publisher"].removesuffix("出版")  # "中国城市年鉴社出版"
    place = imprint["place"]
    if not (publisher_like(publisher) or (place is not None and place in CITIES)):
        return False
    lang = "ja" if looks_japanese(text[start:end]) else "zh"
    draft.language = draft.language or lang
    for part in (parts[0], *parts[last + 1 : -1]):
        cjk_head(draft, *part, lang)
    put_text(draft, "title", title)
    if place is not None:
        put_plain_text(draft, "place", *imprint.span("place"))
    publisher_start = imprint.start("publisher")
    put_plain_text(draft, "publisher", publisher_start, publisher_start + len(publisher))
    if imprint["year"]:
        draft.put("date", DateRange.of(int(imprint["year"])), *imprint.span("year"))
    return True


def _unsigned_catalogue_citation(draft: Draft, start: int, end: int) -> bool:
    """A Chinese or Japanese book cited by its title alone in the Western frame, its parts closed
    by full stops: the title, perhaps the volume, then the place, the publisher and the year
    (``周恩來選集. 北京: 人民出版社, 1984.``, ``毛泽东选集. 第1卷. 北京: 人民出版社, 1991.``).
    Read only when the title holds characters and names nobody, and the imprint has its year
    and a publisher or a known city."""
    text = draft.text
    parts = _stop_parts(text, start, end)
    if len(parts) not in (2, 3):
        return False
    author, title = _name_colon_head(text, *parts[0])
    head = text[slice(*title)]
    if not any(map(is_cjk, head)) or names_head(head):
        return False
    latin = any(char.isascii() and char.isalpha() for char in head)  # "*Taishō …* (大正…)"
    if latin or any(opener in head for opener in TITLE_OPENERS):
        return False
    volume = None
    if len(parts) == 3:
        volume = CJK_VOLUME_WORDS_PATTERN.fullmatch(text, *parts[1])
        if volume is None or not volume["number"]:
            return False
    imprint_span = parts[-1]
    printings = CJK_PRINTINGS_NOTE_PATTERN.search(text, *imprint_span)
    if printings is not None:
        imprint_span = trim(text, imprint_span[0], printings.start(), " \t　")
    imprint = CJK_CATALOGUE_IMPRINT_PATTERN.fullmatch(text, *imprint_span)
    if imprint is None or not imprint["year"]:
        return False
    if printings is not None:
        draft.put_extra("printings", printings["note"], *printings.span("note"))
    place = imprint["place"]
    if not (publisher_like(imprint["publisher"]) or (place is not None and place in CITIES)):
        return False
    draft.language = draft.language or ("ja" if looks_japanese(text[start:end]) else "zh")
    put_text(draft, "title", title)
    if author is not None:
        cjk_people(draft, *author, draft.language, "authors")
    if volume is not None:
        draft.put("volume", str(kanji_number(volume["number"])), *volume.span("number"))
    if place is not None:
        put_plain_text(draft, "place", *imprint.span("place"))
    put_plain_text(draft, "publisher", *imprint.span("publisher"))
    draft.put("date", DateRange.of(int(imprint["year"])), *imprint.span("year"))
    return True


def _name_colon_head(
    text: str, start: int, end: int
) -> tuple[tuple[int, int] | None, tuple[int, int]]:
    """The author before a colon and the title after it, as Japanese reading lists print a book
    (``吉見義明:従軍慰安婦.岩波新書,1995``); no author when the words before the colon name
    nobody (``中国:…``, a title's own colon)."""
    colon = next((i for i in range(start, end) if text[i] in ":："), None)
    if colon is None:
        return None, (start, end)
    author = trim(text, start, colon, " \t　")
    name = text[slice(*author)]
    if not name or not all(map(is_cjk, name.replace(" ", ""))) or not names_head(name):
        return None, (start, end)
    return author, trim(text, colon + 1, end, " \t　")


def _stop_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts full stops close (``.``, ``．``, ``。``; not the point of a number), trimmed."""
    parts: list[tuple[int, int]] = []
    piece = start
    for index in range(start, end + 1):
        if index < end and text[index] not in ".．。":
            continue
        digits = 0 < index < end - 1 and text[index - 1].isdigit() and text[index + 1].isdigit()
        if index < end and (digits or text[index - 1] in ".．。"):
            continue
        part = trim(text, piece, index, " \t　.．。")
        if part[1] > part[0]:
            parts.append(part)
        piece = index + 1
    return parts


def _people_part(value: str) -> bool:
    """Names closed by their role word (``葉于正編``, ``范湲譯``)."""
    return role_at_end(value)[0] is not None and names_head(value)


def _labelled_record(draft: Draft, start: int, end: int) -> bool:
    """A book's record printed as labelled fields, as library catalogues, shops and publishers'
    pages print it: the title (labelled, ``书名: 《…》``, or first and unlabelled), then
    ``作者:``, ``出版社:``, ``出版日期:``, ``ISBN:``…; labels the reader does not know
    (``類別:``, ``配送范围:``) are left alone, and a label is never read as a name. Read only
    when two known fields besides the title are found, one of them the publisher or the date, or
    when the unlabelled title is followed by its authors alone, named in Latin letters (a
    translated book's: ``毛澤東:真實的故事Mao: The Real Story.原文作者:Alexander V. Pantsov,
    Steven I. Levine``)."""
    text = draft.text
    labels = _record_labels(text, start, end)
    fields: dict[str, tuple[int, int]] = {}
    for index, (_, value_start, field) in enumerate(labels):
        following = labels[index + 1][0] if index + 1 < len(labels) else end
        span = trim(text, value_start, following, " \t　\n•·|｜/／")  # "题名: | 三民主义·自序 |"
        if field is not None and span[1] > span[0] and field not in fields:
            fields[field] = span
    labelled_work = fields.keys() == {"title", "date"}  # "题名: …\n撰写时间: …": a writing's record
    foreign_authors = fields.keys() == {"authors"} and _latin_names(text, *fields["authors"])
    if not foreign_authors and (
        (len(fields.keys() - {"title"}) < 2 and not labelled_work)
        or not fields.keys() & {"publisher", "date"}
    ):
        return False
    head = trim(text, start, labels[0][0], " \t　\n•·")
    if CJK_RECORD_HEADING_PATTERN.fullmatch(text, *head):  # "【書誌情報】著者:…"
        head = (head[1], head[1])
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
    if foreign_authors:
        draft.short_note = True  # a book named by its title and its people alone
    for role in ("authors", "editors", "translators"):
        if role in fields:
            _record_people(draft, *fields[role], lang, role)
    if "publisher" in fields:
        _record_publisher(draft, *fields["publisher"], series="series" not in fields)
    if "series" in fields:
        series = Text(original=text[slice(*fields["series"])], lang=lang)
        draft.put("series", series, *fields["series"])
    date = CJK_RECORD_DATE_PATTERN.search(text, *fields["date"]) if "date" in fields else None
    kanji = (
        None
        if date is not None or "date" not in fields
        else (CJK_KANJI_DIGIT_YEAR_PATTERN.search(text, *fields["date"]))
    )
    if kanji is not None:  # "一九二四年九月二十四日"
        after = text[kanji.end() : fields["date"][1]]
        ranged = after.startswith(("至", "~", "〜", "-"))  # "一九二四年一月至八月间": the year
        month = kanji_number(kanji["month"]) if kanji["month"] and not ranged else None
        year = int(kanji["year"].translate(KANJI_DIGITS))
        draft.put("date", DateRange.of(year, month), *kanji.span())
    if date is not None:
        month = int(date["month"]) if date["month"] else None
        month = month if month is not None and 1 <= month <= 12 else None
        draft.put("date", DateRange.of(int(date["year"]), month), *date.span())
    isbn = CJK_RECORD_ISBN_PATTERN.search(text, *fields["isbn"]) if "isbn" in fields else None
    if isbn is not None:
        draft.put("isbn", isbn["isbn"], *isbn.span("isbn"))
    _in_language(draft, lang)
    return True


def _latin_names(text: str, start: int, end: int) -> list[Name] | None:
    """The people of a field printed in Latin letters, given name first (``Alexander V. Pantsov,
    Steven I. Levine``); None when it holds other letters or no names."""
    if not text[start:end].isascii():
        return None
    return credited_people(text, start, end)


def _record_publisher(draft: Draft, start: int, end: int, *, series: bool) -> None:
    """The publisher, without the series a bracket after it names (``中央公論社(中公新書)``: the
    series, when the record has no field of its own for it)."""
    text = draft.text
    bracket = CJK_SERIES_TAIL_PATTERN.search(text, start, end) if series else None
    if bracket is not None and bracket.start() > start:
        series_text = Text(original=bracket["series"], lang=draft.language)
        draft.put("series", series_text, *bracket.span("series"))
        end = trim(text, start, bracket.start(), " \t　")[1]
    put_plain_text(draft, "publisher", start, end)


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
    if not known:
        return _bare_labels(text, start, end)
    found = dict(known)
    for match in CJK_RECORD_ANY_LABEL_PATTERN.finditer(text, start, end):
        inside = any(
            label[0] <= match.start() < label[1] or match.start() < label[0] < match.end()
            for label in known.values()
        )
        # "出 版 社 :": "社" alone is no label; "Story.原文作者:": the title's word before one
        if not inside:
            found.setdefault(match.start("label"), (match.start("label"), match.end(), None))
    return [found[key] for key in sorted(found)]


def _bare_labels(text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """The labels of a record printed without colons, each after a line's start or a space
    (``書名 『キメラ-満洲国の肖像』\n著者 山室信一 出版社 中央公論社(中公新書) 出版年 1993
    定価 840円(税込み)``, a blog's record of a book): read only when a label opens the record,
    three known ones stand in it and each is followed by a value of two characters at least,
    so that words of a sentence (``著者 は …``) are no labels."""
    labels = [
        (match.start("label"), match.end(), CJK_RECORD_LABELS.get(match["label"]))
        for match in CJK_RECORD_BARE_LABEL_PATTERN.finditer(text, start, end)
    ]
    if not labels or labels[0][0] != start:
        return []
    if sum(field is not None for _, _, field in labels) < 3:
        return []
    ends = [*(label[0] for label in labels[1:]), end]
    for (_, value_start, _), following in zip(labels, ends, strict=True):
        value = trim(text, value_start, following, " \t　\n")
        if value[1] - value[0] < 2:
            return []
    return labels


def _record_title_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The unlabelled title opening a record, without a price (``0.00``) or the cover's caption
    (``書影``) after it; None when
    what opens the record reads as a sentence or holds no Chinese or Japanese."""
    words = [match.span() for match in CJK_PIECE_PATTERN.finditer(text[start:end])]
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
    run_on = CJK_RUN_ON_ENGLISH_TITLE_PATTERN.fullmatch(text, start, end)
    if run_on is not None and len(run_on["english"].split()) >= 2:
        # "毛澤東:真實的故事Mao: The Real Story.": the original's English title after it
        title = Text(
            original=run_on["title"], lang=draft.language, translations={"en": run_on["english"]}
        )
        draft.put("title", title, *run_on.span("title"))
        return
    bracket = CJK_RECORD_TITLE_BRACKET_PATTERN.search(text, start, end)
    if bracket is not None and bracket.start() > start:
        inside = bracket["inside"]
        if inside.endswith("版"):
            draft.put("edition", inside, *bracket.span("inside"))
        series = CJK_RECORD_SERIES_PATTERN.fullmatch(inside)
        if series is not None:  # "…(岩波全書282)": the series and the book's number
            at = bracket.start("inside")
            draft.put(
                "series",
                Text(original=series["series"], lang=draft.language),
                at,
                at + series.end("series"),
            )
        if (
            inside.endswith("版")
            or inside in CJK_RECORD_BINDINGS
            or inside.isascii()
            or series is not None
        ):
            end = bracket.start()
    put_text(draft, "title", (start, end))


def _record_people(draft: Draft, start: int, end: int, lang: str, role: str) -> None:
    """The names of a record's field, each group closed by its role word or not
    (``师哲 口述 李海文 著``, ``陳曉農 編著``, ``龚育之//逄先知//石仲泉``), without a Latin form
    in brackets after them (``克里斯多福.威廉斯(Christopher Williams)``)."""
    text = draft.text
    foreign = _latin_names(text, start, end)
    if foreign:  # "原文作者:Alexander V. Pantsov, Steven I. Levine"
        target = {"editors": draft.editors, "translators": draft.translators}
        target.get(role, draft.authors).extend(foreign)
        draft.spans.append(Span(field=role, start=start, end=end))
        return
    latin = re.search(r"[(（]\s?[A-Za-z]", text[start:end])
    stop = start + latin.start() if latin is not None else end
    reading = CJK_NAME_READING_PATTERN.search(text, start, stop)
    stop = reading.start() if reading is not None else stop  # "…(ひかげ・じょうきち)": a reading
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
        for name in spaced_names(text, pending) if lang == "ja" else pending:
            cjk_people(draft, *name, lang, group_role, bare=True)
        pending = []
    for name in spaced_names(text, pending) if lang == "ja" else pending:
        cjk_people(draft, *name, lang, role, bare=True)
