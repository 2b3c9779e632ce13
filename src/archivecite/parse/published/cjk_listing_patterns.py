"""The regular expressions of the readers of shops' and blogs' book lines in Chinese and Japanese
(``cjk_fields``, ``cjk_records``) added since session 19, compiled once; ``cjk_patterns`` holds
the others.

Every pattern is linear: no nested quantifiers over overlapping classes.
"""

from __future__ import annotations

import re

# An ISBN-13 alone as a listing's field ("9787530651728"), its check digit tested by the reader.
CJK_BARE_ISBN13_PATTERN = re.compile(r"97[89]\d{10}")
# A title in characters run into the original's English title, as a blog copies a Taiwanese
# shop's heading ("毛澤東:真實的故事Mao: The Real Story."): the English words after the last
# character, capitalised, to the end.
CJK_RUN_ON_ENGLISH_TITLE_PATTERN = re.compile(
    r"(?P<title>[^A-Za-z]*[\u3400-\u9fff\u3040-\u30ff々〇」』》)）])\s?"
    r"(?P<english>[A-Z][A-Za-z0-9'’&,:;\- ]*[A-Za-z0-9])[\s.。]*"
)
# A Japanese list's year by its era's letter and number, as book lists and used-book catalogues
# abbreviate it ("S37" = Shōwa 37 = 1962, "H10" = Heisei 10); the letters are dates.toml's.
CJK_ERA_LETTER_YEAR_PATTERN = re.compile(r"(?P<letter>[MTSHR])(?P<letter_year>\d{1,2})")
# What such a list prints after the year: the page count, then perhaps the library or shelf the
# compiler found the copy in, one to three characters in brackets ("924(拓大)", "278 (庵)").
CJK_LIST_EXTENT_PATTERN = re.compile(r"\s(?P<extent>\d{2,4})(?:\s?[(（][^()（）\s]{1,3}[)）])?\s*")
