"""A sequel's title: the first book's title with an ordinal or "continued" before it names
another book (河上肇's 『第二貧乏物語』, 1930, printed 『第2貧乏物語』 too, is not his 『貧乏物語』,
1917, nor its English 'Tale of Poverty'). The words are in ``data/sequel_markers.toml``. A title
with a head noun or a short version's word added names another work alike (日本資本主義発達史講座
/ 日本資本主義発達史, 中国哲学简史 / 中国哲学史: :mod:`archivecite.dedupe.derived_titles`).

An ordinal AFTER a title is left to the volumes and parts (『検証 戦争責任 I』, "Тихий Дон. Книга
2"): a volume of one work is that work at work level, which a sequel is not."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from archivecite.dedupe.derived_titles import HEAD_NOUNS, SHORT_VERSION, derived_marker
from archivecite.dedupe.readings import plain, text_keys
from archivecite.dedupe.vocabulary import VOCABULARY, one_of
from archivecite.model import Text
from archivecite.parse.dates import kanji_number

if TYPE_CHECKING:  # keys imports opening_ordinal from here
    from archivecite.dedupe.keys import RecordKeys

__all__ = ["another_sequel", "opening_ordinal", "sequel_keys", "unmatched_ordinal"]

_DATA = tomllib.loads(
    resources.files("archivecite.dedupe").joinpath("data/sequel_markers.toml").read_text("utf-8")
)
_LATIN: dict[str, str] = _DATA["latin"]
_CJK: dict[str, str] = _DATA["cjk"]
_LATIN_OPENING = re.compile(
    rf"^(?P<article>(?:{one_of(_DATA['articles']['words'])}) )?(?P<marker>{one_of(_LATIN)}) "
    rf"(?!(?:{one_of(_DATA['parts']['words'])})\b)(?P<rest>\S.*)$"
)
_CJK_OPENING = re.compile(
    rf"^(?:第\s?(?P<number>[0-9０-９]+|[〇一二三四五六七八九十百]+)(?![{_CJK['counters']}])"
    rf"|(?P<continued>[{''.join(_CJK['continued'])}]+)"
    rf"|(?P<new>[{''.join(_CJK['new'])}])(?![{_CJK['not_after_new']}]))"
    r"[・･\s]*の?(?P<rest>\S.+)$"
)
# a number or ordinal anywhere in a title: the other side of a translation names the sequel so
_ORDINAL_WORD = re.compile(
    rf"\b(?:{one_of([*_LATIN, *VOCABULARY.ordinal_words, 'first', 'continued', 'sequel'])})\b"
    r"|[\d第続續续]"
)
_SAME_REST = 90  # the title after the ordinal against the other title: the same words


@lru_cache(maxsize=1 << 12)
def opening_ordinal(title: str) -> tuple[str, str]:
    """The ordinal opening ``title`` and the title after it ("2", "貧乏物語" of 第二貧乏物語;
    "続" of 続日本紀), or ``("", "")``."""
    text = title.strip().strip("『』「」《》〈〉\"“”'")
    if text.isascii() or not text[:1] or text[0] < "\u3000":
        found = _LATIN_OPENING.match(plain(text))
        if found is None:
            return "", ""
        # "The Second Jungle Book" less its ordinal is "The Jungle Book"
        return _LATIN[found["marker"]], (found["article"] or "") + found["rest"]
    found = _CJK_OPENING.match(text)
    if found is None:
        return "", ""
    if found["number"]:
        digits = found["number"].translate(_WIDE_DIGITS)
        return str(int(digits) if digits.isdigit() else kanji_number(digits)), found["rest"]
    if found["continued"]:
        return "続" * len(found["continued"]), found["rest"]
    return "新", found["rest"]


_WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def sequel_keys(title: Text | None) -> tuple[str, tuple[str, ...]]:
    """The ordinal opening the title, or else the English of a head noun or a short version's
    word added to it (:func:`derived_marker`), and the matching keys of the title without it."""
    if title is None:
        return "", ()
    marker, rest = opening_ordinal(title.original)
    rests: tuple[str, ...] = (rest,)
    if not marker:
        marker, rests = derived_marker(title.original)
    if not marker:
        return "", ()
    return marker, tuple(
        key.key for rest in rests for key in text_keys(title.model_copy(update={"original": rest}))
    )


def another_sequel(a: RecordKeys, b: RecordKeys) -> str:
    """One title is the other with another ordinal before it (or with one, the other none):
    第二貧乏物語 / 貧乏物語, 第2貧乏物語 / Binbō monogatari; or with a head noun or a short
    version's word added: 日本資本主義発達史講座 / 日本資本主義発達史. The reason, or ""."""
    if a.sequel == b.sequel:
        return ""
    whole_a, whole_b = (tuple(key.key for key in side.titles) for side in (a, b))
    rest_a, rest_b = a.sequel_keys or whole_a, b.sequel_keys or whole_b
    # one title less its word is the other whole, or the other less its own word
    rest = max(_best(rest_a, rest_b), _best(rest_a, whole_b), _best(whole_a, rest_b))
    # the rest must fit better than the whole: 新诗三百首 is "Xin shi san bai shou", 新潮日本語
    # 漢字辞典 "Shinchō nihongo kanji jiten", whose first word the ordinal only looks like
    if rest < _SAME_REST or rest <= _best(whole_a, whole_b):
        return ""
    markers = {a.sequel, b.sequel} - {""}
    if markers <= HEAD_NOUNS:
        return f"a head noun added to one title ({', '.join(sorted(markers))}): another work"
    if markers == {SHORT_VERSION}:
        return "a short version's word added to one title: an abridgement, another work"
    return "an ordinal before one title only: a sequel"


def _best(firsts: tuple[str, ...], seconds: tuple[str, ...]) -> float:
    return max((fuzz.ratio(first, second) for first in firsts for second in seconds), default=0)


def unmatched_ordinal(a: RecordKeys, b: RecordKeys) -> bool:
    """A numbered sequel on one side, no number or ordinal in the other's title: a translation
    of the first book ('Tale of Poverty'), whose words the sequel's title holds, is not the
    sequel's (第二貧乏物語)."""
    for marked, other in ((a, b), (b, a)):
        if marked.sequel.isdigit() and not other.sequel:
            return not _ORDINAL_WORD.search(plain(other.title_original or ""))
    return False
