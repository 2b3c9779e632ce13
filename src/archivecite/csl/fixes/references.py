"""Reference variables as citeproc-js reads them: standard names, case-sensitive ids, hyphens."""

from __future__ import annotations

from typing import Any

import citeproc
from citeproc.source import CustomDict


def _variables() -> None:
    """CSL 1.0.2 "Appendix IV - Variables": ``archive_collection`` is a standard variable."""
    for name in ("archive_collection", "archive-place"):
        key = name.replace("-", "_")
        if key not in citeproc.VARIABLES:
            citeproc.VARIABLES.append(key)


def _case_sensitive_ids() -> None:
    """CSL-JSON ids are case-sensitive (citeproc-js keeps "Smith2000" as written);
    citeproc-py lower-cased a cite's key, so no work with a capital in its id was found."""

    def init(self: Any, key: Any, bibliography: Any = None, **args: Any) -> None:
        self.key = str(key)
        CustomDict.__init__(self, args, optional={"locator", "prefix", "suffix"})

    citeproc.source.CitationItem.__init__ = init


def _hyphenated_variables() -> None:
    """CSL 1.0.2 "Appendix IV - Variables": name variables are written with hyphens in styles
    (``container-author``, ``collection-editor``, ``original-author``), but citeproc-py stores
    them with underscores and ``cs:names`` looked them up as written, so they never rendered
    ("In Book, by Kazutoshi Handō" lost its "by ..."). A reference answers to both spellings."""
    reference = citeproc.source.Reference
    get_item = reference.__getitem__
    contains = dict.__contains__
    get = dict.get

    def getitem(self: Any, key: Any) -> Any:
        if isinstance(key, str) and "-" in key:
            key = key.replace("-", "_")
        return get_item(self, key)

    def has(self: Any, key: Any) -> bool:
        if isinstance(key, str) and "-" in key:
            key = key.replace("-", "_")
        return contains(self, key)

    def lookup(self: Any, key: Any, default: Any = None) -> Any:
        if isinstance(key, str) and "-" in key:
            key = key.replace("-", "_")
        return get(self, key, default)

    set_item = dict.__setitem__
    pop = dict.pop

    def setitem(self: Any, key: Any, value: Any) -> None:
        if isinstance(key, str) and "-" in key:
            key = key.replace("-", "_")
        set_item(self, key, value)

    def remove(self: Any, key: Any, *default: Any) -> Any:
        if isinstance(key, str) and "-" in key:
            key = key.replace("-", "_")
        return pop(self, key, *default)

    reference.__getitem__ = getitem
    reference.__contains__ = has
    reference.get = lookup
    reference.__setitem__ = setitem
    reference.pop = remove
