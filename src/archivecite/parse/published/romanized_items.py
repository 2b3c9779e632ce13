"""The pieces a romanized reference is read from: its authors' names, its numeric items
(``2013, no. 1, pp. 5-9``), and what a sentence names (a publisher, a city, an English phrase).
Used by the romanized reader (``romanized.py``) and by the GOST and ACS readers."""

from __future__ import annotations

import re

from archivecite.model import DateRange, Name, Span
from archivecite.parse.published.chicago_patterns import CREDIT_PAREN_PATTERN, HEPBURN_WORD_PATTERN
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash
from archivecite.parse.published.names import is_initial, spelled_family_first
from archivecite.parse.published.romanized_patterns import (
    BARE_ITEM_PATTERN,
    BOOK_ITEM_PATTERN,
    CLOSING_YEAR_PATTERN,
    ET_AL_PATTERN,
    EXTENT_ITEM_PATTERN,
    INITIAL_PATTERN,
    INITIALS_FIRST_NAME_PATTERN,
    ISSUE_ITEM_PATTERN,
    LETTER_RUN_PATTERN,
    NAME_SEPARATOR_PATTERN,
    NUMBER_PATTERN,
    PAGES_ITEM_PATTERN,
    ROMAN_NAME_PATTERN,
    TITLED_VOLUME_ITEM_PATTERN,
    VOLUME_ITEM_PATTERN,
    YEAR_ITEM_PATTERN,
)
from archivecite.parse.published.scanning import script_of, trim
from archivecite.parse.published.terms import (
    CITIES,
    ENGLISH_WORDS,
    JAPANESE_PARTICLES,
    PUBLISHER_WORDS,
    RUSSIAN_ENDINGS,
    RUSSIAN_WORDS,
    SHARED_RUSSIAN_ENDINGS,
)
from archivecite.translit import detect_scheme
from archivecite.translit.chinese import PINYIN_WORD_PATTERN
from archivecite.translit.wade_giles import looks_like_wade_giles

__all__ = [
    "EDGES",
    "east_asian_languages",
    "edition_value",
    "english_score",
    "is_acronym",
    "is_city",
    "is_publisher",
    "latin_title_language",
    "numeric_tail",
    "place_like",
    "put_items",
    "read_items",
    "read_names",
    "romanized_language",
    "spelled_name_at",
    "starts_with",
]

_MAX_NAMES = 60
_SPELLED_NAME_REACH = 60  # "Smith Edward Ellis. ": a name spelled out, up to its full stop
_SPACE = " \t\n"
EDGES = " \t\n.,;:–—-/"


# --- authors -----------------------------------------------------------------------------------


def read_names(text: str, start: int, end: int) -> tuple[list[tuple[Name, int, int]], int]:
    """``Kochnov O.Yu., Kolesov V.V., et al.``: the names and where the text after them begins
    (``start`` and no names when the text does not open with a name)."""
    names: list[tuple[Name, int, int]] = []
    pos = trim(text, start, end, _SPACE + ".,;")[0]  # ".Yaurov S.V.": a stray dot before
    pattern: re.Pattern[str] | None = None
    list_end = start
    while pos < end and len(names) < _MAX_NAMES:
        match, pattern = _name_at(text, pos, end, pattern)
        if match is None:
            break
        given = match["initials"].strip()
        if given[-2:-1].isspace():  # "Hulsewe A. P. P\n.": the last initial parted from its stop
            given = f"{given[:-2].rstrip()}."
        name = Name(family=match["family"], given=given)
        names.append((name, match.start(), match.end()))
        list_end = pos = match.end()
        et_al = ET_AL_PATTERN.match(text, pos, end)
        if et_al is not None:
            list_end = et_al.end()
            break
        separator = NAME_SEPARATOR_PATTERN.match(text, pos, end)
        if separator is None:
            break
        if not text[pos : separator.end()].strip() and text[pos - 1] != ".":
            break  # names run on without a comma only after a dotted initial
        pos = separator.end()
    if not names:
        return spelled_name_at(text, start, end)
    after = trim(text, list_end, end, " \t\n.,;")[0]
    return names, after


def spelled_name_at(text: str, start: int, end: int) -> tuple[list[tuple[Name, int, int]], int]:
    """``Tucker Robert. Stalin as revolutionary, 1879—1929. …``, ``Ulam Adam S. Stalin. …``: one
    author, the name spelled out family name first before the first full stop, as GOST heads
    an entry (:func:`~archivecite.parse.published.names.spelled_family_first`)."""
    pos = trim(text, start, end, _SPACE)[0]
    stop = text.find(". ", pos, min(end, pos + _SPELLED_NAME_REACH))
    if stop < 0:
        return [], start
    value = text[pos : stop + 1]
    name = spelled_family_first(value if is_initial(value.rsplit(maxsplit=1)[-1]) else value[:-1])
    if name is None:
        return [], start
    return [(name, pos, stop)], trim(text, stop, end, " \t\n.,;")[0]


def _name_at(
    text: str, pos: int, end: int, pattern: re.Pattern[str] | None
) -> tuple[re.Match[str] | None, re.Pattern[str] | None]:
    """A name at ``pos`` in the order the list began with (family first unless it began with
    initials)."""
    if pattern is not None:
        return pattern.match(text, pos, end), pattern
    for candidate in (ROMAN_NAME_PATTERN, INITIALS_FIRST_NAME_PATTERN):
        match = candidate.match(text, pos, end)
        if match is not None:
            return match, candidate
    return None, None


# --- numeric items ------------------------------------------------------------------------------


_ITEM_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (YEAR_ITEM_PATTERN, "year"),
    (VOLUME_ITEM_PATTERN, "volume"),
    (ISSUE_ITEM_PATTERN, "issue"),
    (BOOK_ITEM_PATTERN, "book"),
    (TITLED_VOLUME_ITEM_PATTERN, "titled_volume"),
    (PAGES_ITEM_PATTERN, "pages"),
    (EXTENT_ITEM_PATTERN, "extent"),
    (BARE_ITEM_PATTERN, "bare"),
)


def _item(text: str, start: int, end: int) -> tuple[str, re.Match[str]] | None:
    start, end = trim(text, start, end, " \t\n.–—")
    if start >= end:
        return None
    for pattern, kind in _ITEM_PATTERNS:
        match = pattern.fullmatch(text, start, end)
        if match is not None:
            return kind, match
    return None


def read_items(text: str, start: int, end: int) -> tuple[int, list[tuple[str, re.Match[str]]]]:
    """The numeric items that end ``text[start:end]`` (comma-separated), in order, and where the
    words before them end."""
    found: list[tuple[str, re.Match[str]]] = []
    right = end
    closing = CLOSING_YEAR_PATTERN.search(text, start, end)
    if closing is not None and text.find(",", start, closing.start()) >= 0:
        found.append(("year", closing))  # "Publisher, Place (Year).": the year ends the imprint
        right = closing.start()
    while right > start:
        comma = text.rfind(",", start, right)
        left = comma + 1 if comma >= 0 else start
        item = _item(text, left, right)
        if item is None:
            pair = _spaced_items(text, left, right)
            if pair is None:
                break
            found.extend(pair[::-1])
            if comma < 0:
                return start, found[::-1]
            right = comma
            continue
        found.append(item)
        if comma < 0:
            return start, found[::-1]
        right = comma
    return right, found[::-1]


def numeric_tail(text: str, start: int, end: int) -> tuple[int, list[tuple[str, str, int, int]]]:
    """The numeric items that end ``text[start:end]`` as (kind, value, start, end) with kind one
    of year, volume, issue, pages, extent; and where the words before them end."""
    name_end, items = read_items(text, start, end)
    found: list[tuple[str, str, int, int]] = []
    for _, match in items:
        for group in ("year", "volume", "issue", "pages", "extent"):
            if group in match.re.groupindex and match[group]:
                found.append((group, match[group], *match.span(group)))
    return name_end, found


def _spaced_items(
    text: str, start: int, end: int
) -> tuple[tuple[str, re.Match[str]], tuple[str, re.Match[str]]] | None:
    """``no. 4 pp. 35-44``: two items the comma between which was left out."""
    start, end = trim(text, start, end, " \t\n.")
    space = text.rfind(" ", start, end)
    for _ in range(3):  # a label and its number: the split is among the last few spaces
        if space <= start:
            break
        first, second = _item(text, start, space), _item(text, space + 1, end)
        if first is not None and second is not None and second[0] != "bare":
            return first, second
        space = text.rfind(" ", start, space)
    return None


def put_items(draft: Draft, items: list[tuple[str, re.Match[str]]], *, journal: bool) -> None:
    for kind, match in items:
        if kind == "year":
            if not draft.has("date"):
                draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
        elif kind == "extent":
            draft.values.setdefault("extra", {})["extent"] = match.group(0).strip()
            draft.spans.append(Span(field="extent", start=match.start(), end=match.end()))
        elif kind == "pages":
            draft.put("pages", join_dash(match["pages"]), *match.span("pages"))
        elif kind == "issue":
            draft.put("issue", match["issue"].strip(), *match.span("issue"))
        elif kind == "book":
            draft.put_extra("book", match["book"], *match.span("book"))
        elif kind == "titled_volume":
            draft.put("volume", match["volume"], *match.span("volume"))
            draft.put_extra("volume_title", match["volume_title"], *match.span("volume_title"))
            if match["book"]:
                draft.put_extra("book", match["book"], *match.span("book"))
        else:  # volume, or a bare "27 (3)" / "5(2): 3-10" after a journal's name
            if kind == "bare" and not journal:
                continue
            _put_volume(draft, match, journal=journal)


def _put_volume(draft: Draft, match: re.Match[str], *, journal: bool) -> None:
    volume, issue = match["volume"], match["issue"]
    if issue and not journal:
        draft.put("volume", match.group(0)[match.start("volume") - match.start() :].strip(),
                  match.start("volume"), match.end())  # fmt: skip
        return
    draft.put("volume", volume, *match.span("volume"))
    if issue and not draft.has("issue"):
        draft.put("issue", issue.strip(), *match.span("issue"))
    if "pages" in (match.groupdict()) and match["pages"]:
        draft.put("pages", join_dash(match["pages"]), *match.span("pages"))


def edition_value(match: re.Match[str]) -> str:
    """``Ed. 7, stereo`` → ``7, stereo``; ``3-e изд., перераб. и доп`` → ``3-e, перераб. и доп``."""
    if match["edition"]:
        return str(match["edition"]).strip()
    return f"{match['number']}{match['rest']}".strip(" ,")


# --- words ----------------------------------------------------------------------------------------


def _words(value: str) -> list[str]:
    return [word.strip(".,:;()[]«»\"'").lower() for word in value.split()]


_ENGLISH_ENDINGS = ("tion", "tions", "ing", "ment", "ments", "ity", "ics", "ness")


def english_score(value: str) -> int:
    """How much more ``value`` reads as English than as romanized Russian."""
    score = 0
    for word in _words(value):
        if word in ENGLISH_WORDS:
            score += 1
        elif word in RUSSIAN_WORDS or (len(word) > 3 and word.endswith(RUSSIAN_ENDINGS)):
            score -= 1
        elif word.endswith(_ENGLISH_ENDINGS):
            score += 1
    return score


def east_asian_languages(value: str) -> tuple[str, ...]:
    """The languages whose romanization every word of ``value`` is written in: ``("ja",)`` for
    Hepburn (``Senkan Yamato no saigo``), ``("zh",)`` for pinyin (``Jianguo yilai Mao Zedong
    wengao``), both when each word reads as either, none when a word reads as neither
    (``Mount Fuji``)."""
    words = LETTER_RUN_PATTERN.findall(value.replace("'", "").replace("’", ""))
    if not words:
        return ()
    found = (
        ("ja", HEPBURN_WORD_PATTERN),
        ("zh", PINYIN_WORD_PATTERN),
    )
    return tuple(lang for lang, pattern in found if all(pattern.fullmatch(w) for w in words))


# The consonants a lost long vowel leaves standing before another consonant or at a word's end,
# where Hepburn has none: "Shwa" (Shōwa), "goygakari" (goyōgakari), "Gokuch" (Gokuchū).
_BEFORE_LOST_VOWELS = ("sh", "ch", "j", "y", "ts")
_LONGEST_LOST_WORD = 30  # a longer run of letters is no word of a title: not tried letter by letter


def hepburn_lost_vowels(value: str) -> bool:
    """Whether ``value`` is Hepburn whose copy lost its long vowels ``ū``/``ō``: two words at
    least, none English, each Hepburn as printed or with one ``u`` or ``o`` put back, one of
    them at least (Tsurumi's notes as stored: ``Gokuch Ichimannichi`` for ``Gokuchū
    Ichimannichi``, Bix's ``Shwa tenn dokuhakuroku`` for ``Shōwa tennō dokuhakuroku``)."""
    words = LETTER_RUN_PATTERN.findall(value.replace("'", "").replace("’", ""))
    if len(words) < 2 or any(word.casefold() in ENGLISH_WORDS for word in words):
        return False
    lost = 0
    for word in words:
        if HEPBURN_WORD_PATTERN.fullmatch(word):
            continue
        if len(word) > _LONGEST_LOST_WORD or not any(
            HEPBURN_WORD_PATTERN.fullmatch(f"{word[:at]}{vowel}{word[at:]}")
            for at in range(1, len(word) + 1)
            if word[:at].casefold().endswith(_BEFORE_LOST_VOWELS)
            for vowel in "uo"
        ):
            return False
        lost += 1
    return lost > 0


_PINYIN_TITLE_WORDS = 4


def romanized_language(
    title: str, *, glossed: bool = False, imprint: str | None = None
) -> str | None:
    """The language a romanized title is written in, when its syllables say so alone: pinyin
    (``Qingdai tongshi``: ``zh``), or Hepburn with a translation after it, three words at least
    or a macron (``Saito Mokichi no Jugonen Senso``: ``ja``); an English title of two Hepburn-like
    words (``Open Season``) says nothing. ``imprint`` is the language the place or publisher
    tells (:func:`~archivecite.parse.published.terms.imprint_language`): it settles a title its
    syllables leave open (``Kafu Zenshu (Iwanami Shoten, 1994)``: Hepburn or pinyin)."""
    languages = east_asian_languages(title)
    if imprint in languages:
        languages = (imprint,)
    if len(languages) != 1 or _dictionary_english(title, languages[0]):
        return None
    lang = languages[0]
    long_enough = len(title.split()) >= _ROMAJI_TITLE_WORDS or any(c in "āīūēō" for c in title)
    told = imprint == lang and len(title.split()) > 1  # "Aikido (Hozansha)": a loanword too
    return lang if glossed or lang == "zh" or long_enough or told else None


def hepburn_particles_only(title: str) -> bool:
    """Whether the English words of a title in Hepburn syllables are all Japanese particles
    (``to``, ``no``: ``Showa Tenno no gunji shiso to senryaku``)."""
    return "ja" in east_asian_languages(title) and not _dictionary_english(title, "ja")


def _dictionary_english(title: str, lang: str) -> bool:
    """Whether a title whose every word is Hepburn or pinyin holds an English word: ``to`` is
    a Japanese particle in Hepburn (``Daitoa Senso to Warera no Ketsui``), and a word ending in
    ``-ing`` is a pinyin syllable (``Xinhai Geming``), not English."""
    particles = JAPANESE_PARTICLES if lang == "ja" else frozenset()
    words = _words(title)
    # "Lun guanyu Jinggong chuanshuo zhi wen que, bian jian liang an": a two-letter English word
    # (an, he, ye) among four pinyin words at least is the syllable (安, 和, 也)
    short = lang == "zh" and len(words) >= _PINYIN_TITLE_WORDS
    return any(
        word in ENGLISH_WORDS and word not in particles and not (short and len(word) <= 2)
        for word in words
    )


def latin_title_language(title: str, *, imprint: str | None = None) -> str | None:
    """The language of a title printed in Latin letters that no reader gave one: ``ja`` or
    ``zh`` by its syllables (:func:`romanized_language`), ``zh`` for Wade-Giles (``Jen-min
    jih-pao``), ``ru`` for romanized Russian
    (``Politicheskoe zaveshchanie Lenina: Real’nosti istorii i mify politiki``); ``None`` for
    an English title or one that cannot be told (``Stalin``)."""
    words = LETTER_RUN_PATTERN.findall(title)
    if not words or script_of(title) != "Latn":
        return None
    if len(words) > 1 or imprint is not None:
        lang = romanized_language(title, imprint=imprint)
        if lang is not None:
            return lang
    if looks_like_wade_giles(title):  # "Jen-min jih-pao": Chinese as Wade-Giles spells it
        return "zh"
    return "ru" if len(words) > 1 and _romanized_russian(title, imprint) else None


def _romanized_russian(title: str, imprint: str | None) -> bool:
    """Romanized Russian: no English word, and a Russian one (``i``, ``v``) or a Russian
    ending (``-skii``, ``-stva``; not one English shares, ``-ts``), with a scheme that spells
    every word, a second such sign or an imprint in Russia behind it (``Oblozenia e Platezi
    Krest'yanstva. Moscow: Ekonomist``). Initials (``I. V. Stalin``) are no words."""
    words = _words(INITIAL_PATTERN.sub(" ", title))
    if any(word in ENGLISH_WORDS or word.endswith(_ENGLISH_ENDINGS) for word in words):
        return False
    endings = [_russian_ending(word) for word in words if word not in RUSSIAN_WORDS]
    signs = sum(word in RUSSIAN_WORDS for word in words) + sum(bool(end) for end in endings)
    if signs >= 2:
        return True
    # one sign: a word, or an ending of three letters at least ("Turkiy tillar tasnifi", Uzbek,
    # has only "-iy")
    strong = signs == 1 and all(len(end) >= 3 for end in endings if end)
    return strong and (imprint == "ru" or bool(detect_scheme(title)))


def _russian_ending(word: str) -> str:
    """The Russian ending of ``word``: ``-nye`` of ``tiuremnye``; none of ``forests`` (``-ts``,
    as English ends too), nor of a word of three letters."""
    ending = next((end for end in RUSSIAN_ENDINGS if word.endswith(end)), "")
    return ending if len(word) > 3 and ending not in SHARED_RUSSIAN_ENDINGS else ""


_ROMAJI_TITLE_WORDS = 3


def starts_with(value: str, openers: tuple[str, ...]) -> str | None:
    return next((opener for opener in openers if value.startswith(opener)), None)


def is_publisher(value: str) -> bool:
    return any(word.strip(".,;:«»") in PUBLISHER_WORDS for word in value.lower().split())


def is_city(value: str) -> bool:
    return value in CITIES or value.replace(" ", "") in CITIES


def place_like(value: str) -> bool:
    """One to three capitalised words without digits: ``Har’kov``, ``Nizhny Novgorod``; two
    places joined by ``and`` (``Baltimore and London``)."""
    words = [word for word in value.replace("-", " ").split() if word not in ("and", "&")]
    return (
        0 < len(words) <= 3
        and len(value) <= 30
        and all(word[0].isupper() for word in words)
        and not any(char.isdigit() for char in value)
    )


def is_acronym(value: str) -> bool:
    return 2 <= len(value) <= 8 and value.isalpha() and value.isupper()


# --- the reader ---------------------------------------------------------------------------------


def parenthesized_gloss(
    text: str, start: int, end: int, *, square: bool = False
) -> tuple[tuple[int, int], str | None]:
    """``Nihon no shiso (The Idea of Japan)``, ``Mao Zedong dazhuan [A grand biography of Mao
    Zedong]``: a romanized title with its English gloss in parentheses (or, with ``square``, in
    square brackets, as a note prints it); the gloss becomes the title's translation. A gloss
    repeats the title's names and numbers (``Deng Xiaoping nianpu: 1975–1997 (Chronological
    Biography …: 1975–1997)``); other numbers in brackets are an edition or a year, and ``(in
    Russian)`` names the language."""
    if end - start < 3 or text[end - 1] not in (")]" if square else ")"):
        return (start, end), None
    opener = "(" if text[end - 1] == ")" else "["
    opening = text.rfind(opener, start, end)
    if opening <= start:
        return (start, end), None
    gloss = text[opening + 1 : end - 1].strip()
    title = trim(text, start, opening, " \t,*_")
    title_numbers = set(NUMBER_PATTERN.findall(text, title[0], title[1]))
    if (
        title[0] >= title[1]
        or any(mark in gloss for mark in "()[]")
        or not set(NUMBER_PATTERN.findall(gloss)) <= title_numbers
        or gloss.lower().startswith(("in ", "на "))
        or CREDIT_PAREN_PATTERN.match(gloss) is not None
        or english_score(gloss) <= 0
        or english_score(" ".join(_own_words(text[slice(*title)], gloss))) > 0
    ):
        return (start, end), None
    return title, gloss


def _own_words(title: str, gloss: str) -> list[str]:
    """The title's words its gloss does not repeat: the names both print ('Xiaoping') tell
    nothing of the title's language."""
    shared = set(_words(gloss))
    return [word for word in _words(title) if word not in shared]
