"""CSL 1.0.2 "Disambiguation", methods (1) and (2) as rendered: names added and expanded.

The first name list of each cite is recorded here for :mod:`.disambiguation`, which decides
how far each work's names are expanded.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any, Final

from citeproc import model

from archivecite.csl import initials
from archivecite.csl.fixes.entry import _entry
from archivecite.csl.fixes.names import _written
from archivecite.csl.fixes.sorting import _bibliography_sort, _in_sort_macro

_STATE: Final = "_archivecite_disambiguation"


class _NameSet:
    """The first name list a cite renders (``cs:name`` of its first ``cs:names``)."""

    __slots__ = ("form", "initialize", "initialize_with", "names", "shown", "variable")

    def __init__(self, element: Any, item: Any, variable: str, context: Any) -> None:
        def option(name: str) -> Any:
            return element.get_option(name, context, None)

        self.variable = variable
        self.names = list(item.reference.get(variable, []))
        self.form = option("form") or "long"
        self.initialize_with = option("initialize-with")
        self.initialize = element.get("initialize", "true").lower() != "false"
        total = len(item.reference.get(variable, []))
        et_al_min, use_first = option("et-al-min"), option("et-al-use-first")
        truncated = total > 1 and et_al_min and total >= et_al_min
        self.shown = min(total, use_first) if truncated and use_first else total

    def levels(self, rule: str) -> tuple[int, ...]:
        """The expansions that change how a name shows (CSL 1.0.2 "Expansion of Individual
        Names"): 1 adds initials, 2 the given name in full, as written (citeproc-js)."""
        initials_only = rule.endswith("with-initials")
        initialized = self.initialize_with is not None and self.initialize
        if self.form == "short":
            if initialized:
                return (1,) if initials_only else (1, 2)
            return () if initials_only else (2,)
        return (2,) if self.form == "long" and initialized and not initials_only else ()

    def shows(self, name: Any, level: int) -> tuple[str, ...]:
        """What distinguishes ``name`` in the cite at expansion ``level``."""
        if "literal" in name:
            return (str(name["literal"]),)
        given = str(name.get("given") or "")
        family = " ".join(
            str(name[part]) for part in ("non-dropping-particle", "family") if name.get(part)
        )
        initialized = self.initialize_with is not None and self.initialize
        if level == 0 and self.form == "short":
            return (family,)
        if level == 2 or not initialized:
            return (given, family)
        return (initials.initialize_with(given, "."), family)


def _person(name: Any) -> tuple[str, str] | None:
    if "literal" in name:
        return None
    return str(name.get("family") or ""), str(name.get("given") or "")


class _Disambiguation:
    """How one work's cites (and entry) are disambiguated: names shown, names expanded."""

    __slots__ = ("first_only", "givens", "names", "variable")

    def __init__(self, variable: str, first_only: bool = False) -> None:
        self.variable = variable
        self.first_only = first_only  # givens expanded in the first name only (primary-name)
        self.names: int | None = None
        self.givens: dict[tuple[str, str], int] = {}


_probe: ContextVar[dict[str, _NameSet] | None] = ContextVar("name_probe", default=None)


_undecorated: ContextVar[bool] = ContextVar("undecorated", default=False)


_expanding: ContextVar[bool] = ContextVar("expanding", default=False)
"""Set while one name is rendered alone to be shown expanded."""


def _same_initials(names: list[Any]) -> set[tuple[str, str]]:
    """citeproc-js in the bibliography: the persons of one name list (shown or hidden by
    et-al) that share family name and initials with another person of the list; they show
    their given names in full ("Brown, John and Brown, Jane", not "Brown, J. and Brown, J.")."""
    people: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for name in names:
        if (person := _person(name)) is not None:
            family = " ".join(
                str(name[part]) for part in ("non-dropping-particle", "family") if name.get(part)
            )
            people.setdefault((family, initials.initialize_with(person[1], ".")), set()).add(person)
    return {person for same in people.values() if len(same) > 1 for person in same}


def _expands_in_lists(element: Any) -> bool:
    """Whether the style expands given names within a bibliography name list (citeproc-js
    does with ``disambiguate-add-givenname`` and a rule that allows full given names)."""
    root = element.get_root()
    value = root.__dict__.get("_archivecite_list_givens")
    if value is None:
        citation = root.find("{http://purl.org/net/xbiblio/csl}citation")
        rule = "" if citation is None else citation.get("givenname-disambiguation-rule", "")
        value = (
            citation is not None
            and _option(citation, "disambiguate-add-givenname")
            and not rule.endswith("with-initials")
        )
        root._archivecite_list_givens = value
    return bool(value)


def _option(element: Any, name: str) -> bool:
    return str(element.get(name, "")).lower() == "true"


def _disambiguated_names() -> None:
    """CSL 1.0.2 "Disambiguation", methods (1) and (2) as rendered: a work's first name list
    shows the names :func:`assign_year_suffixes` added (in the bibliography too, where more
    names than its own et-al settings show) and its expanded names with initials or full
    given names; and the first name list of each cite is recorded for that function."""
    original = model.Name.process

    def process(
        self: Any,
        item: Any,
        variable: str,
        context: Any = None,
        sort_options: Any = None,
        **kwargs: Any,
    ) -> Any:
        def render(override: Any = None) -> Any:
            return original(self, item, variable, context=context, sort_options=override, **kwargs)

        sorting = sort_options is not None or _in_sort_macro.get()
        if variable not in item.reference:
            return render(sort_options)
        probe = _probe.get()
        if not sorting and probe is not None and str(item.key) not in probe:
            probe[str(item.key)] = _NameSet(self, item, variable, context)
        state = None if sorting else item.reference.get(_STATE)
        if state is not None and state.variable != variable:
            state = None
        entry = _entry.get()
        listed = _bibliography_sort.get() if sorting else bool(entry and entry.in_bibliography)
        names = list(item.reference.get(variable, []))
        full = _same_initials(names) if listed and _expands_in_lists(self) else set()
        if state is None and not full:
            return render(sort_options)
        override: dict[str, Any] = dict(sort_options or {})
        if state is not None and state.names is not None:
            et_al_min = self.get_option("et-al-min", context)
            use_first = self.get_option("et-al-use-first", context)
            if et_al_min and len(names) >= et_al_min and state.names > use_first:
                if state.names >= len(names):
                    override["et-al-min"] = len(names) + 1
                else:
                    override["et-al-use-first"] = state.names

        def expand(index: int, name: Any) -> Any:
            person = _person(name) or ("", "")
            level = 2 if person in full else 0
            if state is not None and (index == 0 or not state.first_only):
                level = max(level, state.givens.get(person, 0))
            options = _expansion(self, context, level, index)
            if options is None:
                return name
            item.reference[variable] = [name]
            token = _expanding.set(True)
            try:
                text = render({**(sort_options or {}), **options})
            finally:
                _expanding.reset(token)
            return _written(str(text)) if text else name

        try:
            expanded = [expand(index, name) for index, name in enumerate(names)]
            item.reference[variable] = expanded
            return render(override or None)
        finally:
            item.reference[variable] = names

    model.Name.process = process
    original_quote = model.Quoted.quote

    def quote(self: Any, string: Any) -> Any:
        return string if _undecorated.get() else original_quote(self, string)

    model.Quoted.quote = quote


def _expansion(element: Any, context: Any, level: int | None, index: int) -> Any:
    """The ``cs:name`` options that show the ``index``-th name at expansion ``level`` (CSL
    1.0.2 "Expansion of Individual Names": long form for initials, ``initialize`` off for the
    full given name), or None when that changes nothing."""
    if not level:
        return None
    form = element.get_option("form", context) or "long"
    initialize_with = element.get_option("initialize-with", context)
    initialized = initialize_with is not None and element.get("initialize", "true") != "false"
    options: dict[str, Any] = {}
    if form == "short":
        options["form"] = "long"
        if level == 2:
            options["initialize-with"] = None
    elif form == "long" and level == 2 and (initialized or initialize_with is not None):
        options["initialize-with"] = None  # the given name as written (citeproc-js)
    else:
        return None
    order = element.get_option("name-as-sort-order", context)
    options["name-as-sort-order"] = (
        order if order == "all" or (order == "first" and index == 0) else None
    )
    return options
