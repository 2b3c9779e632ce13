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
