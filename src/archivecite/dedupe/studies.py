"""A study whose title names the work it studies: two works, however alike the titles read.

A paper or chapter about a book often carries the book's whole title, quoted or as its
subtitle: 'Contextualizing Nakae Chōmin's "A Discourse by Three Drunkards on Government"'
(Gilmer) about the Discourse itself, or Springer's chapter 'Progress for National Autonomy: An
Outline of a Theory of Civilization (Bunmeiron no gairyaku)' about Fukuzawa's book. Its title
holds the other's whole, so a ratio of the two reads them as one title run into noise; the
quotation marks and the main title before the subtitle say it is another work.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources

from rapidfuzz import fuzz

from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.readings import plain, reading_keys
from archivecite.dedupe.titles import main_part
from archivecite.translit.kana import looks_like_romaji

__all__ = ["study_of_the_named", "study_of_the_work"]

# a quoted title: "…", “…”, ‘…’ (not an apostrophe inside a word), «…», 「…」, 『…』
_QUOTED = re.compile(
    r"\"(?P<straight>[^\"]{4,})\"|“(?P<curly>[^”]{4,})”|(?<!\w)‘(?P<single>[^’]{4,})’(?!\w)"
    r"|«(?P<guillemets>[^»]{4,})»|「(?P<corner>[^」]{2,})」|『(?P<double>[^』]{2,})』"
)
# the main title before a colon and the subtitle after it: "Progress for National Autonomy: …"
_MAIN_AND_SUBTITLE = re.compile(r"^(?P<main>[^:]+?)\s*:\s+(?P<subtitle>\S.*)$")
_QUOTED_TITLE_FLOOR = 95  # the quoted words are the other's whole title
_MAIN_WORDS = 2  # a main title of its own before the other's title, not a lone word
_OWN_WORDS = 1  # words before the quotation marks that are not the people's names
_WORD = re.compile(r"[^\W\d_]+(?:['’]s)?")
_POSSESSIVE = re.compile(r"['’]s$")  # "Nakae Chōmin's": the author's name, no word of a study


def _whole_title(part: str, record: RecordKeys, lang: str | None) -> bool:
    """``part`` read is ``record``'s whole title as written (not its translation's)."""
    own = [title.key for title in record.titles if not title.how.startswith("translation:")]
    return any(
        fuzz.ratio(key, title) >= _QUOTED_TITLE_FLOOR
        for key in reading_keys(part, lang)
        for title in own
    )


def _names_the_people(text: str, study: RecordKeys, work: RecordKeys) -> bool:
    """A family name of either side's people among the words of ``text``."""
    names = set(study.authors + work.authors)
    return any(word in names for key in reading_keys(text, None) for word in key.split())


def _quotes_the_title(study: RecordKeys, work: RecordKeys) -> bool:
    """The study quotes the work's whole title after words of its own, beyond the people's
    names ('Contextualizing Nakae Chōmin's "A Discourse …"': 'Contextualizing'). A quoted title
    that opens the title is the work's own main title before its subtitle ('«Литературный
    фронт». История политической цензуры': the book itself)."""
    names = {name for record in (study, work) for name in record.authors}
    for found in _QUOTED.finditer(study.title_original):
        quoted = next(group for group in found.groups() if group is not None)
        if not _whole_title(quoted, work, study.title_lang):
            continue
        before = study.title_original[: found.start()]
        words = [
            word
            for word in _WORD.findall(before)
            if not _POSSESSIVE.search(word)
            and not any(key.startswith(name) for key in reading_keys(word, None) for name in names)
        ]
        if len(words) >= _OWN_WORDS or _runs_on(study.title_original, found):
            return True
    return False


# a CJK quotation closed and the title running on in kanji, kana or hanzi, no space, colon or
# dash between: 『女工哀史』は生きている, 『日本資本主義発達史講座』山田盛太郎論文と…
_RUNS_ON = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def _runs_on(title: str, found: re.Match[str]) -> bool:
    """The quoted title opens ``title`` in 『』 or 「」 and the title runs on after it in the same
    phrase, no subtitle set off: the quoted work is a word of the study's own title
    ('『日本資本主義発達史講座』山田盛太郎論文と 同僚論文の共有点と相補性', 中根's paper on the
    series)."""
    if found.start() != 0 or (found["corner"] is None and found["double"] is None):
        return False
    return bool(_RUNS_ON.match(title, found.end()))


def _subtitled_by_the_title(study: RecordKeys, work: RecordKeys) -> bool:
    """The study's subtitle is the work's whole title, after a main title of the study's own
    ('Progress for National Autonomy: An Outline of a Theory of Civilization'). A romanized
    main title is the work's own name before its translation ('Bunmeiron no gairyaku: An
    Outline of a Theory of Civilization'), and the author's name one that heads the work's
    title ('Kita Ikki: General Outline of Measures …'): the same book."""
    found = _MAIN_AND_SUBTITLE.match(study.title_original)
    if found is None:
        return False
    main = found.group("main")
    if len(main.split()) < _MAIN_WORDS or looks_like_romaji(main):
        return False
    if _whole_title(main, work, study.title_lang) or _names_the_people(main, study, work):
        return False  # "Kita Ikki: General Outline of Measures …": the author's name heads it
    return _whole_title(found.group("subtitle"), work, study.title_lang)


def study_of_the_work(a: RecordKeys, b: RecordKeys) -> bool:
    """One title holds the other's whole title quoted, or as its subtitle after a main title
    of its own, and no family name is on both sides: a study of the work, another work."""
    if set(a.authors) & set(b.authors):
        # one paper of the same people under a longer title, as DBLP-ACM prints "SIGMOD
        # challenges paper" before one paper's title
        return False
    for study, work in ((a, b), (b, a)):
        if _quotes_the_title(study, work):
            return True  # the quoted title tells which is the study, however long the work's
        longer = len(study.title_original) > len(work.title_original)
        if longer and _subtitled_by_the_title(study, work):
            return True
    return False


_STUDY = tomllib.loads(
    resources.files("archivecite.dedupe").joinpath("data/study_subtitles.toml").read_text("utf-8")
)
_STUDY_WORDS = frozenset(_STUDY["words"])
_STUDY_STEMS = tuple(_STUDY["stems"])
_CJK_STUDY = re.compile(
    "|".join(map(re.escape, _STUDY["cjk"])) + rf"|[{''.join(_STUDY['cjk_last'])}][\W\d_]*$"
)


def _says_study(text: str, head: int | None = None) -> bool:
    """``text`` holds a word that names an account of a subject (data/study_subtitles.toml);
    with ``head``, among its first ``head`` words past an article ('A Diplomatic History
    1941–1945', «Очерки истории …»), where a subtitle says what its book is (not «Опыт
    художественного исследования», an experiment that is the book's own)."""
    if _CJK_STUDY.search(text):
        return True
    words = plain(text).split()
    if words[:1] and words[0] in _STUDY_ARTICLES:
        words = words[1:]
    return any(word in _STUDY_WORDS or word.startswith(_STUDY_STEMS) for word in words[:head])


_STUDY_HEAD = 2  # words of a subtitle that name its book: "A [Diplomatic] History"
_STUDY_ARTICLES = frozenset(("a", "an", "the"))


def study_of_the_named(a: RecordKeys, b: RecordKeys) -> bool:
    """One side's subtitle says its book is an account of what the main title names ('The
    Japanese-Soviet Neutrality Pact: A Diplomatic History 1941–1945', Slavinsky), and the other
    side, with no author and no subtitle, has no such word: a title that renders the main
    title alone and is signed by no one may name the thing studied (the treaty «Пакт о
    нейтралитете между СССР и Японией»), not the book; a translation's words cannot tell them
    apart."""
    for study, named in ((a, b), (b, a)):
        if named.authors or main_part(named.title_original) is not None:
            continue
        main = main_part(study.title_original)
        if main is None:
            continue
        subtitle = study.title_original[len(main) :]
        if _says_study(subtitle, _STUDY_HEAD) and not _says_study(named.title_original):
            return True
    return False
