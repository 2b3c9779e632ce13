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
    __slots__ = ("after_punctuation", "first")

    def __init__(self) -> None:
        self.first = True
        self.after_punctuation = False


def _title_words(text: str, state: _TitleState) -> str:
    pieces = _TITLE_SEPARATORS.split(text)
    for index in range(0, len(pieces), 2):
        words = re.split(r"(\s+)", pieces[index])
        following = pieces[index + 1] if index + 1 < len(pieces) else ""
        for position, word in enumerate(words):
            if not word.strip():
                continue
            lower = word.lower()
            if _ELIDED.match(lower) and not state.first:
                state.after_punctuation = False
                continue  # "Le Passé d’une illusion": an elided skip word keeps its word small
            capitalize = (
                (len(word) > 1 and lower not in _SKIP_WORDS)
                or state.first
                or state.after_punctuation
            )
            if capitalize and word == lower:
                words[position] = word[0].upper() + word[1:]
            state.first = state.after_punctuation = False
        pieces[index] = "".join(words)
        if following and following in "!?:":
            state.after_punctuation = True
    return "".join(pieces)


def title_case(text: Any) -> Any:
    """citeproc-js title case: every lower-case word but the skip words (CSL.SKIP_WORDS) gets
    a capital, also after ``-``, ``/``, ``.`` and brackets; the first word and words after
    ``:``, ``?``, ``!`` always; words already holding capitals are left alone."""
    state = _TitleState()
    if isinstance(text, MixedString):
        out = []
        for segment in text:
            if isinstance(segment, NoCase):
                if str(segment).strip():
                    state.first = state.after_punctuation = False
                out.append(segment)
            else:
                out.append(type(segment)(_title_words(str(segment), state)))
        return MixedString(out)
    return type(text)(_title_words(str(text), state))


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
