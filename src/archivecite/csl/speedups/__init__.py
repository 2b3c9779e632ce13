"""citeproc-py, faster: the same output, with its repeated work done once.

Profiling a 1,000-item Chicago notes-bibliography showed citeproc-py spending its time not
on CSL but on finding things again: the reference of a cite through four attribute hooks,
every ``cs:if`` re-splitting its attributes, XPath searches for terms, ancestors and
substitutes, exceptions for absent variables, and lxml proxies rebuilt for every child of
every element. Each patch in the modules of this package keeps the method's behaviour and
removes one such cost; each says what it saves. :func:`apply` must run before
:func:`archivecite.csl.fixes.apply`, whose wrappers then call these methods as they called
citeproc-py's.

Whatever a patch caches about a style element is kept in that element's ``__dict__``, so it
lives as long as the element's Python proxy; :func:`pin` keeps every proxy of a compiled
style alive (and so its caches, and the identity of its elements) for the style's lifetime.
Only facts that cannot change while rendering are cached: citeproc-py mutates its tree in
two places (``Names.process`` inserts a ``cs:name``; ``Date_Part.process`` copies attributes
into a locale's date parts), and neither kind of element is cached here.

:mod:`archivecite.csl.fused` is the last step of the same kind: after the fixes, it replaces
their hottest wrapper chains by one function each.

``ARCHIVECITE_CSL_SPEEDUPS=0`` in the environment turns every patch off, the fusions too
(the engine then runs citeproc-py with the conformance fixes only);
``tests/csl/test_speedups.py`` renders the conformance corpus both ways and requires
identical strings.
"""

from __future__ import annotations

import os
from typing import Any, Final

from archivecite.csl.speedups.conditions import _choose, _conditions
from archivecite.csl.speedups.lists import CiteList, KeyList, _keys, _positions
from archivecite.csl.speedups.names import _names, _substitute
from archivecite.csl.speedups.references import _citation_item, _custom_dict
from archivecite.csl.speedups.terms import _dates, _formatting, _quotes, _terms, _text
from archivecite.csl.speedups.tree import _ancestors, _child_lookups, _roots, _searches, _walks

__all__ = ["CiteList", "KeyList", "apply", "enabled", "pin"]

_applied = False


def enabled() -> bool:
    """Whether the speedups are on (``ARCHIVECITE_CSL_SPEEDUPS`` is not ``0``)."""
    return os.environ.get("ARCHIVECITE_CSL_SPEEDUPS", "1") != "0"


def pin(root: Any) -> None:
    """Keep the Python proxy of every element of a style (``root``) and of its locales alive
    while ``root`` is, so that what the patches cache on an element is computed once, and
    tell each element its root (``get_root`` built an ElementTree to find it, ~300 times
    per entry). Nothing to do when the speedups are off."""
    if not _applied:
        return
    pinned = []
    roots = [root]
    for locale in getattr(root, "locales", None) or ():
        locale_root = locale.getroottree().getroot()
        if all(locale_root is not seen for seen in roots):
            roots.append(locale_root)
    for tree_root in roots:
        for element in tree_root.iter():
            element.__dict__["_archivecite_root"] = tree_root
            pinned.append(element)
    root.__dict__["_archivecite_pinned"] = pinned


SPEEDUPS: Final = (
    _roots,
    _custom_dict,
    _citation_item,
    _conditions,
    _walks,
    _choose,
    _child_lookups,
    _terms,
    _quotes,
    _formatting,
    _text,
    _ancestors,
    _searches,
    _substitute,
    _names,
    _dates,
    _keys,
    _positions,
)


def apply() -> None:
    """Apply every speedup once (before the conformance fixes), unless turned off."""
    global _applied  # noqa: PLW0603
    if _applied or not enabled():
        return
    for speedup in SPEEDUPS:
        speedup()
    _applied = True
