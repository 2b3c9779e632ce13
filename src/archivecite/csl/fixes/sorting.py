"""CSL 1.0.2 "Sorting": sort keys compared and written as citeproc-js compares and writes them."""

from __future__ import annotations

from contextvars import ContextVar
from functools import cmp_to_key
from typing import Any, Final

from citeproc import model
from citeproc.source import DateRange, LiteralDate, VariableError
from citeproc.string import String

from archivecite.csl.collation import collation_key
from archivecite.csl.fixes.contents import content_keys
from archivecite.csl.fixes.entry import _BIBLIOGRAPHY_TAG
from archivecite.csl.fixes.substitute import date_rendered, date_substituted

sort_language: ContextVar[str] = ContextVar("sort_language", default="en")
"""The language whose collation orders sort keys, set by the engine from its locale."""


_KEY_TAG: Final = "{http://purl.org/net/xbiblio/csl}key"


def _sort_key(value: Any, lang: str) -> Any:
    if value is None:
        return None
    if isinstance(value, int):
        return ((0.0, value),)
    text = str(value)
    if not text:
        return None
    # citeproc-js keystring: every space becomes its sort separator "|" (a symbol, so it
    # counts where spaces and punctuation do not), and one ends the key
    key = collation_key("|".join(text.split(" ")) + "|", lang)
    return key or None


_in_sort_macro: ContextVar[bool] = ContextVar("in_sort_macro", default=False)


_bibliography_sort: ContextVar[bool] = ContextVar("bibliography_sort", default=False)


_DATE_PART_TAG: Final = "{http://purl.org/net/xbiblio/csl}date-part"


def _year_key(year: int) -> str:
    """citeproc-js ``dateAsSortKey``: a year as ``1YYYY``; a year BC as ``0`` and 9999 less
    the year, so that earlier years come first."""
    if year < 0:
        return f"0{9999 + year:04d}"
    return f"1{year:04d}"


def date_sort_key(date: Any, parts: Any) -> str:
    """CSL 1.0.2 "Sorting Macros": a date rendered in a macro called by ``cs:key`` is its
    YYYYMMDD key with only the date-parts the date renders (zeros for the others), start and
    end of a range, as citeproc-js writes it (``119430911100000000`` for 11 September 1943)."""
    if isinstance(date, DateRange):
        begin, end = date.begin, date.get("end")
    else:
        begin, end = date, None

    def one(value: Any) -> str:
        year = int(value.get("year", 0) or 0) if value is not None else 0
        month = int(value.get("month", 0) or 0) if value is not None and "month" in parts else 0
        day = int(value.get("day", 0) or 0) if value is not None and "day" in parts else 0
        return f"{_year_key(year)}{month if month <= 12 else 0:02d}{day:02d}"

    return one(begin) + one(end)


def _date_parts_shown(element: Any) -> frozenset[str]:
    form = element.get("form")
    if form is not None:
        return frozenset((element.get("date-parts") or "year-month-day").split("-"))
    names = {part.get("name") for part in element.iterchildren(_DATE_PART_TAG)}
    return frozenset(names or ("year", "month", "day"))


def _language(element: Any, item: Any) -> str:
    """The language citeproc-py's ``Text.process`` gives a text: the item's, else the style's."""
    try:
        language = dict.get(item.reference, "language", _NO_LANGUAGE)  # no exception if absent
    except (VariableError, KeyError, AttributeError):
        language = _NO_LANGUAGE
    if language is _NO_LANGUAGE:
        return str(element.get_root().get("default-locale", "en"))[:2]
    return str(language)[:2]


_NO_LANGUAGE: Final = object()


_UNSET: Final = object()


def _differ(group: list[int], same: list[Any]) -> bool:
    """Whether the works at ``group`` may differ: not all of one content."""
    first = same[group[0]]
    return first is None or any(same[index] != first for index in group)


def _ties(group: list[int], values: list[Any]) -> list[list[int]]:
    """``group`` split into the works with equal ``values``."""
    parts: dict[Any, list[int]] = {}
    for index in group:
        parts.setdefault(values[index], []).append(index)
    return list(parts.values())


def _columns(sort: Any, items: list[Any], context: Any) -> list[tuple[list[Any], bool]]:
    """Each ``cs:key`` of ``sort`` as the sort key of each item (``_UNSET`` where it cannot
    matter) and whether it descends. A key is computed only for the items still tied on
    every key before it, once for items of one content, and not at all for a tie of items of
    one content, which tie on every key."""
    lang = sort_language.get()
    in_bibliography = sort.getparent().tag == _BIBLIOGRAPHY_TAG
    # the cites of a citation may differ by more than their work (locator, position)
    contents = content_keys(sort.get_root(), items) if in_bibliography else None
    same = [None if contents is None else contents[str(item.key)] for item in items]
    tied = [list(range(len(items)))]
    columns = []
    for key in sort.iterchildren(_KEY_TAG):
        tied = [group for group in tied if len(group) > 1 and _differ(group, same)]
        if not tied:
            break
        needed = [index for group in tied for index in group]
        first: dict[Any, int] = {}  # one item of each content computes the key for all
        computed = [
            index
            for index in needed
            if same[index] is None or first.setdefault(same[index], index) == index
        ]
        descending = key.get("sort", "ascending").lower() == "descending"
        token = _in_sort_macro.set("macro" in key.attrib)
        area = _bibliography_sort.set(in_bibliography)
        try:
            raw = key.sort_keys([items[index] for index in computed], context)
        finally:
            _bibliography_sort.reset(area)
            _in_sort_macro.reset(token)
        values: list[Any] = [_UNSET] * len(items)
        for index, value in zip(computed, raw, strict=True):
            values[index] = _sort_key(value, lang)
        for index in needed:
            if values[index] is _UNSET:
                values[index] = values[first[same[index]]]
        columns.append((values, descending))
        tied = [part for group in tied for part in _ties(group, values)]
    return columns


def _sort(self: Any, items: Any, context: Any) -> Any:
    """``cs:sort``: ``items`` in the order of their keys; ties keep their order."""
    items = list(items)
    if len(items) < 2:
        return items  # a single cite: nothing to compare its keys with
    columns = _columns(self, items, context)

    def compare(left: int, right: int) -> int:
        for values, descending in columns:
            a, b = values[left], values[right]
            if a is _UNSET or b is _UNSET:
                continue  # items of one content, tied on this key too
            if a is None or b is None:
                if a is None and b is None:
                    continue
                return 1 if a is None else -1
            if a != b:
                result = -1 if a < b else 1
                return -result if descending else result
        return 0

    order = sorted(range(len(items)), key=cmp_to_key(compare))
    return [items[index] for index in order]


def _sorting() -> None:
    """CSL 1.0.2 "Sorting": keys compare as citeproc-js compares them (locale collation,
    accents, case and punctuation ignored, numbers by value); empty keys sort last, ties keep
    the order of registration. "Sorting Macros": a date inside a macro key is its YYYYMMDD
    key (so dates sort by time, not by the text of their month names)."""

    original_date = model.Date.process

    def date_process(self: Any, item: Any, variable: Any = None, *args: Any, **kwargs: Any) -> Any:
        if not _in_sort_macro.get():
            name = variable or self.get("variable") or ""
            layout = date_substituted(self, name, kwargs.get("context"))
            if layout is None:
                return None
            text = original_date(self, item, variable, *args, **kwargs)
            date_rendered(layout, name, text)
            return text
        name = (variable or self.get("variable") or "").replace("-", "_")
        value = item.reference.get(name)
        if not value or isinstance(value, LiteralDate):
            return original_date(self, item, variable, *args, **kwargs)
        return String(date_sort_key(value, _date_parts_shown(self)))

    original_text = model.Text.process

    def text_process(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        sort_options = kwargs.get("sort_options")
        if sort_options is None or "macro" not in self.attrib:
            return original_text(self, item, context, **kwargs)
        # citeproc-py dropped the key's name options in a macro called from the macro
        macro = self.get_macro(self.get("macro"))
        text = macro.render(
            item, context=self if context is None else context, sort_options=sort_options
        )
        return text, _language(self, item)

    model.Sort.sort = _sort
    model.Date.process = date_process
    model.Text.process = text_process
    _sort_names()


def _sort_names() -> None:
    """CSL 1.0.2 "Sorting Macros": names in a macro key leave out their ``cs:label`` and the
    "et-al" term, and (as citeproc-js writes keys) the "and" before the last name; with
    ``demote-non-dropping-particle="sort-only"`` the particle is demoted in keys (CSL 1.0.2
    "Name Particles"); names in a variable key are joined as a name list ("Family, Given,
    Family, Given")."""
    original_name = model.Name.process

    def name_process(
        self: Any, item: Any, variable: str, context: Any = None, **kwargs: Any
    ) -> Any:
        if _in_sort_macro.get():
            options = {**(kwargs.get("sort_options") or {}), "and": None}
            demote = self.get_option("demote-non-dropping-particle", context, options)
            if demote == "sort-only":  # "van Gogh" sorts under G
                options["demote-non-dropping-particle"] = "display-and-sort"
            kwargs["sort_options"] = options
        return original_name(self, item, variable, context=context, **kwargs)

    original_et_al = model.Name.et_al

    def et_al(self: Any) -> Any:
        return None if _in_sort_macro.get() else original_et_al(self)

    original_label = model.Label.process

    def label_process(self: Any, item: Any, variable: Any = None, *args: Any, **kwargs: Any) -> Any:
        if variable is not None and _in_sort_macro.get():
            return None  # the role label of a name list
        return original_label(self, item, variable, *args, **kwargs)

    def format_name(self: Any, item: Any, variable: str) -> Any:
        names = item.reference.get(variable)
        if names is None:
            return None
        demote = str(self.get_root().get("demote-non-dropping-particle", "display-and-sort"))
        output = []
        for name in names:
            given, family, dropping, non_dropping, suffix = name.parts()
            if demote.lower() in ("sort-only", "display-and-sort"):
                given = " ".join(part for part in (given, dropping, non_dropping) if part)
            else:
                family = " ".join(part for part in (non_dropping, family) if part)
                given = " ".join(part for part in (given, dropping) if part)
            output.append(" ".join(part for part in (family, given, suffix) if part))
        return ", ".join(output)

    model.Name.process = name_process
    model.Name.et_al = et_al
    model.Label.process = label_process
    model.Key._format_name = format_name
