"""The regular expressions of :mod:`apa`; every one is linear (bounded repeats, no nesting)."""

from __future__ import annotations

import re

_DASH = r"\-–—"
APA_JOURNAL_NUMBERS_PATTERN = re.compile(
    rf"""(?P<journal>[^\W\d_][^,()\[\]]{{0,150}}?),\s?
        (?!1[5-9]\d\d\b|20\d\d\b)                       # "Irkutsk, 1997": a place and its year
        (?:(?P<volume>\d{{1,5}}[A-Za-z]?)\s?(?:\((?P<issue>[^()]{{1,20}})\))?
           |\((?P<bare_issue>[^()]{{1,20}})\))
        (?:,\s?(?P<pages>[eA-Z]?\d{{1,6}}(?:\s?[{_DASH}]\s?[eA-Z]?\d{{1,6}})?))?
        \.?""",
    re.VERBOSE,
)
APA_CHAPTER_PATTERN = re.compile(
    rf"""In\s(?P<editors>[^()]{{1,300}}?)\s\((?:Eds?|Hrsg|Red|Comps?)\.?\),\s
        (?P<book>[^()]{{1,400}}?)
        (?:\s\((?:[^(),]{{1,30}}ed\.,\s?)?(?:Vol\.\s?(?P<volume>[\w{_DASH}]{{1,10}}),\s?)?
           pp?\.\s?(?P<pages>[\w.{_DASH}\s]{{1,20}}?)\))?(?:\.(?=\s|$)|$)""",
    re.VERBOSE,
)
