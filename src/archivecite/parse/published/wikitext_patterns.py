"""Regular expressions of the Wikipedia citation template reader (``wikitext``); every one is
linear."""

from __future__ import annotations

import re

# "{{Cite book|", "{{cite journal |", "{{Citation|": the template's name and what it cites.
CITE_OPENING_PATTERN = re.compile(
    r"\{\{\s?(?:[Cc]ite\s(?P<kind>[a-z]{2,12})|(?P<citation>[Cc]itation))\s?(?=\|)"
)
# A parameter naming a person: "author", "last2", "first1", "author-last".
NUMBERED_NAME_PATTERN = re.compile(r"(?:author-)?(?P<part>author|last|first)(?P<number>\d{1,2})?")
# An ISO date, as the templates' "date=" gives it: "2017-09-06", "1923-08".
ISO_DATE_PATTERN = re.compile(
    r"(?P<year>1[5-9]\d\d|20\d\d)-(?P<month>[01]\d)(?:-(?P<day>[0-3]\d))?"
)
# A language code in "language=": "en", "ja", "zh-hant".
LANGUAGE_CODE_PATTERN = re.compile(r"[a-z]{2,3}(?:-[A-Za-z]{2,4})?")
