"""The ids and cites of a bibliography, answering ``in``, ``index`` and "cited before?" (the
``position`` test) without a scan."""

from __future__ import annotations

from typing import Any

from citeproc import frontend, model

from archivecite.csl.speedups._patching import replace


class KeyList(list):  # type: ignore[type-arg]
    """The ids of a bibliography, in order, with ``in`` and ``index`` answered from a
    dictionary instead of a scan (citeproc-py asks both for every cite it registers, renders
    or numbers, which made a bibliography of n works cost n² comparisons)."""

    __slots__ = ("_positions",)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self._positions: dict[Any, int] | None = None

    def _index(self) -> dict[Any, int]:
        positions = self._positions
        if positions is None:
            positions = {}
            for position, key in enumerate(self):
                positions.setdefault(key, position)
            self._positions = positions
        return positions

    def __contains__(self, key: object) -> bool:
        return key in self._index()

    def index(self, key: Any, *bounds: Any) -> int:
        if bounds:
            return super().index(key, *bounds)
        try:
            return self._index()[key]
        except (KeyError, TypeError):
            return super().index(key)  # raises ValueError as list.index does

    def append(self, key: Any) -> None:
        positions = self._positions
        if positions is not None:
            positions.setdefault(key, len(self))
        super().append(key)


def _changed(method: Any, index: str = "_positions") -> Any:
    """``method`` of a list, forgetting the list's index first."""

    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        setattr(self, index, None)
        return method(self, *args, **kwargs)

    return wrapper


for _name in (
    "__setitem__", "__delitem__", "__iadd__", "__imul__",
    "extend", "insert", "pop", "remove", "clear", "sort", "reverse",
):  # fmt: skip
    setattr(KeyList, _name, _changed(getattr(list, _name)))


class CiteList(list):  # type: ignore[type-arg]
    """The cites a bibliography has rendered so far, in order, that also knows which works
    they cite: the ``position`` test asked "cited before?" by scanning every earlier cite,
    which made n notes cost n² steps."""

    __slots__ = ("_cited",)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self._cited: set[Any] | None = None

    def cited(self, key: Any) -> bool:
        """Whether a cite of the work ``key`` is in the list."""
        cited = self._cited
        if cited is None:
            cited = self._cited = {cite.key for cite in self}
        return key in cited

    def append(self, cite: Any) -> None:
        cited = self._cited
        if cited is not None:
            cited.add(cite.key)
        super().append(cite)


for _name in (
    "__setitem__", "__delitem__", "__iadd__", "__imul__",
    "extend", "insert", "pop", "remove", "clear", "sort", "reverse",
):  # fmt: skip
    setattr(CiteList, _name, _changed(getattr(list, _name), "_cited"))


def _positions() -> None:
    """``position`` (first, subsequent, ibid) found whether a work was cited before by
    scanning all earlier cites, and whether it is in a bibliography by an XPath search, for
    every test; the cites now keep a set of the works they cite (:class:`CiteList`) and
    the XPath answer is kept per element. ``near-note`` is left to citeproc-py."""
    original = model.If._position
    expression = "./ancestor::*[self::cs:bibliography]"

    def position(self: Any, item: Any, context: Any) -> Any:
        if context is None:
            context = self
        in_bibliography = context.__dict__.get("_archivecite_in_bibliography")
        if in_bibliography is None:
            in_bibliography = bool(context.xpath_search(expression))
            context._archivecite_in_bibliography = in_bibliography
        if in_bibliography:
            return [False]
        cites = context.get_layout().getparent().cites
        positions = self.get("position").split()
        if "near-note" in positions:
            return original(self, item, context)
        last_cite: Any = cites[-1] if cites else None
        if type(cites) is CiteList:
            already_cited = cites.cited(item.key)
        else:  # a short list of cites given for one render (disambiguation)
            already_cited = item.key in (cite.key for cite in cites)
        possibly_ibid = (
            already_cited
            and item.key == last_cite.key
            and (item.citation is last_cite.citation or len(last_cite.citation.cites) == 1)
        )
        results = []
        for name in positions:
            result = False
            if name == "first":
                result = not already_cited
            elif name == "subsequent":
                result = already_cited
            elif possibly_ibid and name == "ibid":
                result = item.has_locator or not last_cite.has_locator
            elif possibly_ibid and name == "ibid-with-locator":
                result = (item.has_locator and not last_cite.has_locator) or (
                    item.has_locator and last_cite.has_locator and item.locator != last_cite.locator
                )
            results.append(result)
        return results

    replace(model.If, "_position", position)


def _keys() -> None:
    """``CitationStylesBibliography.keys`` becomes a :class:`KeyList` and its cites a
    :class:`CiteList`: registering n works and rendering their cites no longer scans the
    list of ids, or of earlier cites, for each."""
    bibliography = frontend.CitationStylesBibliography
    original_init = bibliography.__init__
    original_sort = bibliography.sort

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        self.keys = KeyList(self.keys)
        self._cites = CiteList(self._cites)

    def sort(self: Any) -> None:
        original_sort(self)
        self.keys = KeyList(self.keys)

    replace(bibliography, "__init__", init)
    replace(bibliography, "sort", sort)
