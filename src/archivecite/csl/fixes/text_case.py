"""CSL 1.0.2 "Text-case": ``title`` as citeproc-js writes it."""

from __future__ import annotations

import re
from typing import Any, Final

from citeproc import model
from citeproc.string import MixedString, NoCase, String

_SKIP_WORDS_TEXT: Final = (
    "about above across afore after against al along alongside amid amidst among amongst "
    "anenst apropos apud around as aside astride at athwart atop barring before behind below "
    "beneath beside besides between beyond but by circa despite down during et except for "
    "forenenst from given in inside into lest like modulo near next notwithstanding of off "
    "on onto out over per plus pro qua sans since than through thru throughout thruout till "
    "to toward towards under underneath until unto up upon versus vs. v. vs v via vis-à-vis "
    "with within without or yet so and nor a an the de d' von van c ca"
)


_SKIP_WORDS: Final = frozenset(_SKIP_WORDS_TEXT.split(" "))
_ELIDED_WORDS: Final = "|".join(re.escape(w[:-1]) for w in _SKIP_WORDS if w.endswith("'"))
_ELIDED: Final = re.compile(f"(?:{_ELIDED_WORDS})['’]\\w")


_TITLE_SEPARATORS: Final = re.compile(
    r"([\u2018\u201c\u201d\"\-\u2013\u2014/.,;?!:\[\]()]|(?<!\w)[\u2019']|[\u2019'](?!\w))"
)


class _TitleState:
    __slots__ = ("after_punctuation", "first", "last", "opening", "segment")

    def __init__(self) -> None:
        self.first = True
        self.after_punctuation = False
        self.opening = True  # still in the text before the first punctuation mark
        self.segment = 0
        self.last: tuple[int, int, str] | None = None  # segment, offset and last word seen


def _title_words(text: str, state: _TitleState) -> str:
    pieces = _TITLE_SEPARATORS.split(text)
    for index in range(0, len(pieces), 2):
        words = re.split(r"(\s+)", pieces[index])
        following = pieces[index + 1] if index + 1 < len(pieces) else ""
        # citeproc-js: the last word before the title's first mark, when that is a hyphen,
        # is capitalized even if a skip word ("On-Line")
        before_hyphen = state.opening and following == "-" and bool(pieces[index].strip())
        for position, word in enumerate(words):
            if not word.strip():
                continue
            lower = word.lower()
            state.last = (state.segment, len("".join(pieces[:index] + words[:position])), word)
            if _ELIDED.match(lower) and not state.first:
                state.after_punctuation = False
                continue  # "Le Passé d’une illusion": an elided skip word keeps its word small
            capitalize = (
                (len(word) > 1 and lower not in _SKIP_WORDS)
                or (before_hyphen and position == len(words) - 1)
                or state.first
                or state.after_punctuation
            )
            if capitalize and word == lower:
                words[position] = word[0].upper() + word[1:]
            state.first = state.after_punctuation = False
        pieces[index] = "".join(words)
        if following:
            state.opening = False
        if following and following in "!?:":
            state.after_punctuation = True
    return "".join(pieces)


def _last_word(segments: list[Any], state: _TitleState) -> None:
    """citeproc-js capitalizes the title's last word even if a skip word ("Turn Out?")."""
    if state.last is None:
        return
    segment, offset, word = state.last
    if len(word) > 1 and word.lower() in _SKIP_WORDS and word == word.lower():
        text = str(segments[segment])
        fixed = text[:offset] + word[0].upper() + word[1:] + text[offset + len(word) :]
        segments[segment] = type(segments[segment])(fixed)


def title_case(text: Any) -> Any:
    """citeproc-js title case: every lower-case word but the skip words (CSL.SKIP_WORDS) gets
    a capital, also after ``-``, ``/``, ``.`` and brackets; the first word, words after
    ``:``, ``?``, ``!``, the last word, and a word before the title's first mark when that
    is a hyphen always; words already holding capitals are left alone."""
    state = _TitleState()
    if isinstance(text, MixedString):
        out: list[Any] = []
        for segment in text:
            state.segment = len(out)
            if isinstance(segment, NoCase):
                if str(segment).strip():
                    state.first = state.after_punctuation = state.opening = False
                    state.last = None  # a word in a nocase span is left as it is
                out.append(segment)
            else:
                out.append(type(segment)(_title_words(str(segment), state)))
        _last_word(out, state)
        return MixedString(out)
    single = [type(text)(_title_words(str(text), state))]
    _last_word(single, state)
    return single[0]


def _text_case() -> None:
    """CSL 1.0.2 "Text-case": ``title`` as citeproc-js writes it (its skip words, words split
    at punctuation), and applied to terms and labels too (citeproc-py skipped every text
    without an item language, so "(eds.)" stayed lower-case)."""
    original = model.TextCased.case

    def case(self: Any, text: Any, language: Any = None) -> Any:
        if self.get("text-case") != "title":
            return original(self, text, language)
        if language is None:
            language = (self.get_root().get("default-locale") or "en")[:2]
        if str(language)[:2].lower() != "en":  # "En", "en-GB": English all the same
            return text
        return title_case(text)

    model.TextCased.case = case
    capitalize_first = String.capitalize_first

    def capitalize_lower_first(self: Any) -> Any:
        # "capitalize-first": only a lower-case first word ("iPad ed." stays as it is)
        first = str(self).split(maxsplit=1)[:1]
        if first and first[0] != first[0].lower():
            return self
        return capitalize_first(self)

    String.capitalize_first = capitalize_lower_first
