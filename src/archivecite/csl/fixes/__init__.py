"""Where citeproc-py and citeproc-js (the CSL reference engine) disagree, fixed at the root.

Every fix is a targeted patch of one citeproc-py method or table, applied once by
:func:`apply`, and named after the CSL 1.0.2 rule it restores; ``tests/csl/test_fixes.py``
has a test per fix. Each module of this package holds the fixes of one concern.
"""

from __future__ import annotations

from typing import Final

from archivecite.csl.fixes.author_substitute import _subsequent_author_substitute
from archivecite.csl.fixes.conditions import _disambiguate_condition
from archivecite.csl.fixes.dates import _date_ranges
from archivecite.csl.fixes.disambiguation import assign_year_suffixes, entry_states
from archivecite.csl.fixes.entry import _leading_terms, bibliography_run
from archivecite.csl.fixes.expansion import _disambiguated_names
from archivecite.csl.fixes.groups import _group_suppression
from archivecite.csl.fixes.lookups import _lookups
from archivecite.csl.fixes.names import (
    _initials,
    _institution_last,
    _names,
    _short_demoted_particles,
)
from archivecite.csl.fixes.numbers import (
    _is_numeric,
    _label_plurals,
    _labels,
    _numbers,
    _page_ranges,
)
from archivecite.csl.fixes.punctuation import _punctuation_in_quote, punctuation_in_quote
from archivecite.csl.fixes.quotes import _quotes
from archivecite.csl.fixes.references import (
    _case_sensitive_ids,
    _hyphenated_variables,
    _variables,
)
from archivecite.csl.fixes.sorting import _sorting, sort_language
from archivecite.csl.fixes.substitute import _substitution
from archivecite.csl.fixes.text_case import _text_case
from archivecite.csl.fixes.year_suffix import _year_suffix

__all__ = [
    "FIXES",
    "apply",
    "assign_year_suffixes",
    "bibliography_run",
    "entry_states",
    "punctuation_in_quote",
    "sort_language",
]

_applied = False


FIXES: Final = (
    _variables,
    _case_sensitive_ids,
    _hyphenated_variables,
    _substitution,
    _initials,
    _quotes,
    _punctuation_in_quote,
    _lookups,
    _year_suffix,
    _sorting,
    _institution_last,
    _names,
    _short_demoted_particles,
    _disambiguate_condition,
    _text_case,
    _group_suppression,
    _leading_terms,
    _labels,
    _subsequent_author_substitute,
    _page_ranges,
    _label_plurals,
    _is_numeric,
    _numbers,
    _date_ranges,
    _disambiguated_names,
)
"""In the order they wrap citeproc-py: a later fix wraps the methods an earlier one patched."""


def apply() -> None:
    """Apply every fix once."""
    global _applied  # noqa: PLW0603
    if _applied:
        return
    for fix in FIXES:
        fix()
    _applied = True
