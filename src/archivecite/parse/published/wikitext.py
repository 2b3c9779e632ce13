"""Wikipedia's citation templates, ``{{Cite book|title=…|author=…|date=…|publisher=…}}``: a
structured form whose fields are named, read by name rather than by punctuation. Links keep
their label (``[[w:關一|関一]]`` → ``関一``), templates nested in a value (``id={{…}}``) and the
positional flags (Japanese Wikipedia's ``和書``) are left out."""

from __future__ import annotations

from archivecite.model import DateRange, Name, Span, Text
from archivecite.parse.dates import find_date
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.patterns import YEAR_PATTERN
from archivecite.parse.published.scanning import script_of, text_lang, trim
from archivecite.parse.published.wikitext_patterns import (
    CITE_OPENING_PATTERN,
    ISO_DATE_PATTERN,
    LANGUAGE_CODE_PATTERN,
    NUMBERED_NAME_PATTERN,
)

_CONTAINERS = ("journal", "work", "newspaper", "magazine", "periodical", "website", "encyclopedia")
_KINDS = {"journal": "article", "news": "newspaper", "thesis": "thesis", "web": "webpage"}


def parse_wiki_cite(draft: Draft, start: int, end: int) -> bool:
    """Read ``{{Cite book|…}}`` (or journal, news, web…) standing alone; ``False`` when
    ``text`` is no such template (one naming no title is read as nothing, and refused)."""
    text = draft.text
    opening = CITE_OPENING_PATTERN.match(text, start, end)
    close = trim(text, start, end, " \t\n.")[1]
    if opening is None or not text.startswith("}}", close - 2):
        return False
    params, flags = _parameters(text, opening.end(), close - 2)
    if "title" not in params:
        return True  # a template naming no title: nothing any other reading could take
    draft.language = _language(params.get("language"), flags)
    if any(not params[name][0] for name in ("title", "chapter", "contribution") if name in params):
        return True
    _put_names(draft, params)
    chapter = params.get("chapter") or params.get("contribution")
    title = chapter or params["title"]
    _put(draft, "title", title, params.get("trans-title") if chapter is None else None)
    container = next((params[name] for name in _CONTAINERS if name in params), None)
    if chapter is not None:
        _put(draft, "container_title", params["title"], params.get("trans-title"))
        draft.chapter = True
    elif container is not None:
        _put(draft, "container_title", container, None)
    for name, field in (
        ("publisher", "publisher"),
        ("location", "place"),
        ("place", "place"),
        ("volume", "volume"),
        ("issue", "issue"),
        ("edition", "edition"),
        ("url", "url"),
    ):
        if name in params and params[name][0] and not draft.has(field):
            value, span = params[name]
            is_text = field in ("publisher", "place")
            draft.put(field, _text(value, draft.language) if is_text else value, *span)
    pages = params.get("pages") or params.get("page")
    if pages is not None and pages[0]:
        if draft.chapter or draft.has("container_title"):
            draft.put("pages", pages[0], *pages[1])
        else:  # a book's "page=250": the page cited in it
            draft.put_extra("locator", pages[0], *pages[1])
    for scheme in ("isbn", "doi"):
        if scheme in params and params[scheme][0]:
            draft.put(scheme, params[scheme][0].lower(), *params[scheme][1])
    _put_date(draft, params.get("date") or params.get("year"))
    kind = _KINDS.get((opening["kind"] or "").lower())
    if kind is not None and not draft.chapter:
        draft.kind = kind
    return True


def _parameters(
    text: str, start: int, end: int
) -> tuple[dict[str, tuple[str, tuple[int, int]]], set[str]]:
    """The named parameters between the template's first ``|`` and its closing braces, each
    value with links read to their label and nested templates left out, and the positional
    flags ("和書")."""
    params: dict[str, tuple[str, tuple[int, int]]] = {}
    flags: set[str] = set()
    for piece_start, piece_end in _pieces(text, start, end):
        equals = text.find("=", piece_start, piece_end)
        if equals < 0:
            flags.add(text[slice(*trim(text, piece_start, piece_end, " \t\n"))])
            continue
        name = text[piece_start:equals].strip().lower()
        value_start, value_end = trim(text, equals + 1, piece_end, " \t\n")
        params.setdefault(name, (_plain(text[value_start:value_end]), (value_start, value_end)))
    return params, flags


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``|``-separated parameters at the template's own level (a link's or a nested
    template's ``|`` is no separator)."""
    pieces: list[tuple[int, int]] = []
    depth, piece, index = 0, start, start
    while index < end:
        pair = text[index : index + 2]
        if pair in ("[[", "{{"):
            depth, index = depth + 1, index + 2
        elif pair in ("]]", "}}") and depth > 0:
            depth, index = depth - 1, index + 2
        else:
            if text[index] == "|" and depth == 0:
                pieces.append((piece, index))
                piece = index + 1
            index += 1
    pieces.append((piece, end))
    return pieces[1:] if pieces and not text[start:end].startswith("|") else pieces


def _plain(value: str) -> str:
    """``[[春陽堂]]`` → ``春陽堂``, ``[[w:關一|関一]]`` → ``関一``, ``[https://… 7]`` → ``7``;
    ``{{…}}`` left out."""
    out: list[str] = []
    index = 0
    while index < len(value):
        if value.startswith("{{", index):
            close = value.find("}}", index + 2)
            index = len(value) if close < 0 else close + 2
        elif value.startswith("[[", index):
            close = value.find("]]", index + 2)
            close = len(value) if close < 0 else close
            out.append(value[index + 2 : close].rsplit("|", 1)[-1])
            index = close + 2
        elif value.startswith(("[http://", "[https://"), index):  # "[https://… 7]": its label
            close = value.find("]", index)
            close = len(value) if close < 0 else close
            out.append(value[index + 1 : close].partition(" ")[2])
            index = close + 1
        else:
            out.append(value[index])
            index += 1
    return " ".join("".join(out).split())


def _language(param: tuple[str, tuple[int, int]] | None, flags: set[str]) -> str | None:
    """The work's language: ``language=ja``, or Japanese Wikipedia's flag ``和書`` (a book in
    Japanese)."""
    if param is not None and LANGUAGE_CODE_PATTERN.fullmatch(param[0]):
        return param[0].split("-", 1)[0]
    return "ja" if "和書" in flags else None


def _text(value: str, language: str | None) -> Text:
    lang = text_lang(value, language, value) if script_of(value) != "Latn" else None
    return Text(original=value, lang=lang)


def _put(
    draft: Draft,
    name: str,
    param: tuple[str, tuple[int, int]],
    translation: tuple[str, tuple[int, int]] | None,
) -> None:
    value, span = param
    text = _text(value, draft.language)
    if translation is not None and translation[0]:
        text = Text(original=text.original, lang=text.lang, translations={"en": translation[0]})
    draft.put(name, text, *span)


def _put_names(draft: Draft, params: dict[str, tuple[str, tuple[int, int]]]) -> None:
    """``author=``, ``last=`` with ``first=``, and their numbered forms (``last2=``), in the
    order of their numbers; ``authorlink=`` names a page, no person."""
    people: dict[int, dict[str, tuple[str, tuple[int, int]]]] = {}
    for key, param in params.items():
        match = NUMBERED_NAME_PATTERN.fullmatch(key)
        if match is not None and param[0]:
            people.setdefault(int(match["number"] or 1), {})[match["part"]] = param
    for number in sorted(people):
        parts = people[number]
        if "author" in parts:
            value, span = parts["author"]
            family, _, given = value.partition(", ")
            name = Name(family=family, given=given or None) if given else Name(literal=value)
        elif "last" in parts:
            value, span = parts["last"]
            first = parts["first"][0] if "first" in parts else None
            name = Name(family=value, given=first)
        else:
            continue
        draft.authors.append(name)
        draft.spans.append(Span(field="authors", start=span[0], end=span[1]))


def _put_date(draft: Draft, param: tuple[str, tuple[int, int]] | None) -> None:
    if param is None or not param[0]:
        return
    value, (start, end) = param
    iso = ISO_DATE_PATTERN.fullmatch(value)
    if iso is not None:
        month, day = int(iso["month"]), int(iso["day"]) if iso["day"] else None
        if 1 <= month <= 12 and (day is None or 1 <= day <= 31):
            draft.put("date", DateRange.of(int(iso["year"]), month, day), start, end)
            return
    found = find_date(draft.text, start=start, end=end)
    if found is not None and found.date.year:
        draft.put("date", found.date, start, end)
        return
    year = YEAR_PATTERN.search(value)
    if year is not None:
        draft.put("date", DateRange.of(int(year["year"])), start, end)
