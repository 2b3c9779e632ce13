"""The regular expressions of :mod:`apa`; every one is linear (bounded repeats, no nesting)."""

from __future__ import annotations

import re

_DASH = r"\-–—"
APA_JOURNAL_NUMBERS_PATTERN = re.compile(
    rf"""(?P<journal>[^\W\d_][^,()\[\]]{{0,150}}?)
        (?:,?\s?\[(?P<other_name>[^\[\]]{{1,150}})\]     # "Journal [Romanized name]",
           (?:,\s?(?:1[5-9]\d\d|20\d\d)(?=,\s?\())?     # its year before "(41)1"
         |\s\((?P<paren_name>[^\W\d_][^()\d]{{0,149}})\))?  # "Zhurnal (English name)"
        ,\s?
        (?!1[5-9]\d\d\b|20\d\d\b)                       # "Irkutsk, 1997": a place and its year
        (?:(?P<volume>\d{{1,5}}[A-Za-z]?)\s?(?:\((?P<issue>[^()]{{1,20}})\))?
           |\((?P<slip_volume>\d{{1,5}})\)(?P<slip_issue>\d{{1,3}})   # "(13)4" for 13(4)
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

# ", 13(4), 18–30", ", (13)4", ", vol. 5": a journal's numbers right after a bracket, which make
# the bracket the journal's other name ("Journal [Romanized name], 13(4)"), not a title's
JOURNAL_NUMBERS_AFTER_PATTERN = re.compile(
    r",\s?(?:(?:1[5-9]\d\d|20\d\d),\s?)?(?:\(\d{1,5}\)\s?\d|\d{1,5}\s?\(\d|(?:vol|no|т|№)\.?\s?\d)",
    re.IGNORECASE,
)

# ", Journal of Mining Institute, 173, pp. 243-245" / ", Записки Горного института, 173, сс.
# 243-245": the close of a Harvard ("Cite Them Right") article, the journal's name between commas,
# its volume (and issue) and the pages after "pp." (or the Russian locale's "сс."); the group
# ``journal`` names no comma, so the last such run of the entry is found by searching from a comma
HARVARD_JOURNAL_TAIL_PATTERN = re.compile(
    rf""",\s(?P<journal>[^\W\d_][^,()\[\]]{{0,150}}?),\s
        (?P<volume>\d{{1,5}})(?:\s?\((?P<issue>[^()]{{1,20}})\))?,\s
        (?:pp?|сс?|S)\.\s?(?P<pages>\d{{1,6}}(?:\s?[{_DASH}]\s?\d{{1,6}})?)\.?""",
    re.VERBOSE,
)
# ", 173," / ", 173(2)," / ", pp. 243-245": a volume or the pages among the comma-separated parts
# of a sentence, which a publisher's name never holds ("Journal of Mining Institute, 173, pp. …")
NUMBERS_PART_PATTERN = re.compile(
    rf",\s?(?:\d{{1,5}}(?:\s?\([^()]{{1,20}}\))?|(?:pp?|сс?|S)\.\s?\d{{1,6}}(?:[{_DASH}]\d{{1,6}})?)"
    r"\s?(?:,|$)"
)
