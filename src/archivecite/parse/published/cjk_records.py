"""A Japanese or Chinese book's record as catalogues, shops and publishers' pages print it:
labelled fields ("书名：…", "作者：…"), or its CIP line from the copyright page."""

from __future__ import annotations

import re

from archivecite.model import DateRange, Text
from archivecite.parse.published.cjk_fields import spaced_names
from archivecite.parse.published.cjk_patterns import (
    CJK_CIP_PATTERN,
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
)
from archivecite.parse.published.cjk_roles import cjk_people, role_at_end
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.scanning import TITLE_OPENERS, is_cjk, trim
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
        for name in spaced_names(text, pending) if lang == "ja" else pending:
            cjk_people(draft, *name, lang, group_role, bare=True)
        pending = []
    for name in spaced_names(text, pending) if lang == "ja" else pending:
        cjk_people(draft, *name, lang, role, bare=True)
