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
# A reader's note of the copy's printings after a list's year, in brackets: "1995(4月10日第1刷
# 発行,2022年2月14日第27刷購読)" (the first printing's day, the printing read); not the work's date.
CJK_PRINTINGS_NOTE_PATTERN = re.compile(
    r"[(（](?P<note>[^()（）]{0,40}?第\s?\d{1,3}\s?刷[^()（）]{0,60})[)）][\s.。]*\Z"
)
# The day a book came out, eight digits after its author's name and before its title, as
# arsvi.com's book pages head a record ("吉見 義明 19870707 『草の根のファシズム』").
CJK_HEAD_DIGITS_DATE_PATTERN = re.compile(
    r"[ \t　](?P<year>1[5-9]\d\d|20\d\d)(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])\Z"
)
