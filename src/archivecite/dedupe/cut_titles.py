"""A title cut short at a hyphen, where a line or a column of a list ended: Drake's list of
sigla prints 'Ch 'ou-pan i-wu shih-' for the Ch'ou-pan i-wu shih-mo (籌辦夷務始末). Its reading
is the opening of the other's title, which names the work but not the edition or volume.

Only a cut that keeps most of the title counts: :data:`_CUT_LETTERS` letters at least, and
no more than the one syllable that the hyphen parted from its word left out ("mo" of
"shih-mo"). 'Huang-ch'ao ching-shih wen-' is 皇朝經世文編 ("wen-pien"), not the 皇朝經世文續編
("wen-hsü-pien") of 1888; a short opening ('Ch'ing-shih-') is shared by several works."""

from __future__ import annotations

import re

from archivecite.dedupe.keys import RecordKeys

__all__ = ["CUT_TITLE", "cut_title_opening"]

CUT_TITLE = "one title cut at a hyphen, the opening of the other's: which edition is not known"
_CUT = re.compile(r"[^\W\d_]-\s*$")
_CUT_LETTERS = 12  # letters the cut title keeps
# one syllable of pinyin or romaji: an initial, its vowels and a final nasal
_ONE_SYLLABLE = re.compile(r"[bcdfghjklmnpqrstwxyz]{0,2}h?[aeiouv]{1,3}(?:ng|n|r)?")


def cut_title_opening(a: RecordKeys, b: RecordKeys) -> bool:
    """One title ends in a hyphen after a letter and reads as the other's but for its last
    syllable, keeping at least :data:`_CUT_LETTERS` letters."""
    for cut, whole in ((a, b), (b, a)):
        title = (cut.title_original or "").rstrip()
        if not title.endswith("-") or not _CUT.search(title):
            continue
        keys = {title_key.key.replace(" ", "") for title_key in cut.titles}
        others = {title_key.key.replace(" ", "") for title_key in whole.titles}
        if any(
            len(key) >= _CUT_LETTERS
            and other.startswith(key)
            and _ONE_SYLLABLE.fullmatch(other[len(key) :]) is not None
            for key in keys
            for other in others
        ):
            return True
    return False
