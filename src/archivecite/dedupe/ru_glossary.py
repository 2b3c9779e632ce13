"""A Russian title and its English translation, word by word: a glossary of our own.

"Кровавые земли" / "Bloodlands", "Жатва скорби" / "Harvest of Sorrow", "Двадцать писем к
другу" / "Twenty Letters to a Friend": the titles share no letters, only their meaning. No
permissively licensed Russian-English dictionary is packaged for PyPI, so the library ships
its own (``data/ru_en_glossary.tsv``): the general vocabulary of titles in history, politics,
literature and the social sciences, each Russian word (its dictionary form, and the forms the
stemmer does not bring to the same stem, "письмо|писем") with the English words a translator
could choose for it. Russian words are matched through the Snowball Russian stemmer, English
ones through the Snowball English stemmer (``snowballstemmer``, BSD). A word of no glossary is
a name when its transliteration is the English word ("Сталин" / "Stalin", "Каганович" /
"Kaganovich"); an English compound may stand for two Russian words ("Bloodlands": кровавые
земли, blood and land).

A Latin title stated as a romanization of Russian ("Vid i vremya russkogo glagola", "ru-Latn")
is read back to Cyrillic and glossed as a Cyrillic one (see :mod:`archivecite.dedupe.glosses`).
Blocking keys a Russian title and an English one by two of their opening content words as the
glossary sees them (:func:`russian_concepts`, :func:`english_concepts`, which reads the
glossary backwards): the stems of the Russian words, and for an English word the Russian stems
it glosses; a word of no glossary (a name) by its transliteration key on both sides.

The glossary and the stemmers are loaded on first use: for a pair of titles that the scorer
compares as a translation, or a batch that holds a Russian title to block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from rapidfuzz import fuzz

from archivecite.dedupe.english_stems import IRREGULAR_FORMS, unaccented
from archivecite.dedupe.transcription import latin_sounds
from archivecite.dedupe.vocabulary import VOCABULARY
from archivecite.translit import match_key

__all__ = [
    "RussianGlossMatch",
    "RussianWord",
    "english_concepts",
    "english_stem",
    "glossed_word",
    "known_russian_word",
    "load_glossary",
    "russian_concepts",
    "russian_content_words",
    "russian_gloss_match",
    "russian_stem",
    "same_name",
]

_FILE = "ru_en_glossary.tsv"
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
_LATIN_WORD = re.compile(r"[^\W\d_]+")
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_RUSSIAN_FUNCTION_WORDS = frozenset(VOCABULARY.russian_function_words)
_ENGLISH_STOP_WORDS = frozenset(
    (
        *VOCABULARY.function_words,
        *VOCABULARY.gloss_stop_words,
        *VOCABULARY.russian_function_renderings,
    )
)
_SHORTEST_PART = 3  # letters of each half of an English compound ("bloodlands": blood, lands)
_NAME_PREFIX = 4  # letters of a name's key that may stand for an inflected form ("stalina")
_NAME_ENDING = 3  # letters an inflected name may add to its key ("kaganovichem")
_NAME_RATIO = 85  # rapidfuzz ratio of two keys of one name spelled apart ("snaider" / "snider")
_NAME_LENGTH = 5  # letters of a key compared by ratio


@cache
def _stemmer(language: str) -> Any:
    import snowballstemmer  # noqa: PLC0415 - loaded with the glossary, not with the library

    return snowballstemmer.stemmer(language)


@lru_cache(maxsize=1 << 16)
def russian_stem(word: str) -> str:
    """The Snowball stem of a Russian word, in lower case and with е for ё."""
    return str(_stemmer("russian").stemWord(word.lower().replace("ё", "е")))


@lru_cache(maxsize=1 << 16)
def english_stem(word: str) -> str:
    """The Snowball (Porter2) stem of an English word, in lower case, without its accents; of
    an irregular form, its base's ("forgotten" forget, "women" woman)."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    word = IRREGULAR_FORMS.get(word, word)
    word = unaccented(word)
    return str(_stemmer("english").stemWord(word))


def _english_words(text: str, *, acronyms: bool = False) -> list[tuple[str, str]]:
    """The content words of an English text and their stems, in order, once each; with
    ``acronyms``, a name spelled out read as its initials (see :func:`_initials_read`)."""
    words = [
        word.lower()
        for word in _LATIN_WORD.findall(text)
        # a number in Roman figures ("XIX century", "XIX века") is no word
        if not (len(word) < 3 or word.lower() in _ENGLISH_STOP_WORDS or _ROMAN.fullmatch(word))
    ]
    seen: dict[str, str] = {}
    if acronyms:
        words = [word for _, word in _initials_read(words, _ENGLISH_ACRONYMS)]
    for word in words:
        seen.setdefault(english_stem(word), word)
    return [(word, stem) for stem, word in seen.items()]


_RUSSIAN_ACRONYMS = frozenset(VOCABULARY.russian_acronyms)
_ENGLISH_ACRONYMS = frozenset(VOCABULARY.english_acronyms)
_FEWEST_SPELLED = 3  # words of a name spelled out ("Соединенные Штаты Америки"): two are loose


def _initials_read(words: list[str], acronyms: frozenset[str]) -> list[tuple[int, str]]:
    """A title's content words (in lower case, in order), each run of them whose initials
    spell one of ``acronyms`` read as it: a state's name spelled out in one language's title
    is its initials in the other's («… Союзом Советских Социалистических Республик …» /
    "… the USSR …"; "Union of Soviet Socialist Republics", its "of" no content word, USSR).
    Each word read with the place of its first word."""
    read: list[tuple[int, str]] = []
    start = 0
    while start < len(words):
        for size in range(len(words) - start, _FEWEST_SPELLED - 1, -1):
            initials = "".join(word[0] for word in words[start : start + size])
            if initials in acronyms:
                read.append((start, initials))
                start += size
                break
        else:
            read.append((start, words[start]))
            start += 1
    return read


def load_glossary(text: str) -> dict[str, frozenset[str]]:
    """The glossary in ``text`` (the TSV of ``ru_en_glossary.tsv``: one Russian word a line, its
    forms joined by "|", a tab, its English glosses separated by commas), by the Russian stem:
    the English stems of its glosses. A malformed line raises ``ValueError``, naming it."""
    entries: dict[str, set[str]] = {}
    declined: dict[str, set[str]] = {}  # the stems of the nouns' other forms, see _declined
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, tab, glosses = line.partition("\t")
        forms = [form.strip() for form in head.split("|")]
        senses = [gloss.strip() for gloss in glosses.split(",")]
        if not tab or not all(forms) or not all(senses):
            raise ValueError(f"{_FILE}:{number}: needs 'word[|form…]<TAB>gloss, gloss…'")
        if not all(_CYRILLIC_WORD.fullmatch(form) for form in forms):
            raise ValueError(f"{_FILE}:{number}: {head!r} is not one Cyrillic word")
        stems = {stem for sense in senses for _, stem in _english_words(sense)}
        if not stems:
            raise ValueError(f"{_FILE}:{number}: no English content word among the glosses")
        for form in forms:
            entries.setdefault(russian_stem(form), set()).update(stems)
        for form in _declined(forms[0]):
            declined.setdefault(russian_stem(form), set()).update(stems)
    for declined_stem, meanings in declined.items():
        if declined_stem not in entries and len(declined_stem) >= _SHORTEST_DECLINED:
            entries[declined_stem] = meanings
    return {stem: frozenset(glosses) for stem, glosses in entries.items()}


_NOUN_ENDINGS = VOCABULARY.russian_noun_endings
# a dictionary form that is no noun: an adjective (and a participle), a reflexive verb, a verb in
# -ти or -чь; a verb in -ть is declined as память, печать are, its made-up forms no word a title has
_NOT_A_NOUN = re.compile(r"(?:[ыио]й|[аяоеы]е|[ая]я|ться|тись|ти|чь)$")
_SHORTEST_DECLINED = 3  # letters of a stem of a declined form entered (идей "ид" is not)


def _declined(word: str) -> tuple[str, ...]:
    """The case forms of a noun in its dictionary form, by the regular declension of its
    ending (:data:`_NOUN_ENDINGS`): архив архива, архиву, …; Китай Китая, Китаю, …; none for
    another word (an adjective, a verb)."""
    lowered = word.lower()
    if _NOT_A_NOUN.search(lowered):
        return ()
    if lowered.endswith(_FLEETING) and len(lowered) > len(_FLEETING) + 1:
        # the е of -ец drops in the other cases (спецпоселенец, спецпоселенцы; after a vowel
        # it is й: красноармеец, красноармейцы; after л, ь: доброволец, добровольцы)
        before = lowered[-3]
        base = lowered[:-2] + ("й" if before in _VOWELS else "ь" if before == "л" else "") + "ц"
        return tuple(base + case for case in _NOUN_ENDINGS[""])
    for ending in sorted(_NOUN_ENDINGS, key=len, reverse=True):
        if not ending and lowered[-1:] not in _CONSONANTS:
            continue
        if lowered.endswith(ending):
            base = lowered[: len(lowered) - len(ending)]
            return tuple(base + case for case in _NOUN_ENDINGS[ending])
    return ()


_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
_VOWELS = frozenset("аеиоуыэюя")
_FLEETING = "ец"  # a noun's ending whose vowel drops when declined (Zaliznyak's *)


@cache
def _glossary() -> dict[str, frozenset[str]]:
    path = resources.files("archivecite.dedupe") / "data" / _FILE
    return load_glossary(path.read_text(encoding="utf-8"))


@cache
def _russian_of() -> dict[str, frozenset[str]]:
    """The glossary read backwards: each English stem, the Russian stems it glosses."""
    found: dict[str, set[str]] = {}
    for stem, glosses in _glossary().items():
        for gloss in glosses:
            found.setdefault(gloss, set()).add(stem)
    return {gloss: frozenset(stems) for gloss, stems in found.items()}


# the opening content words of a title a blocking key is made of (two of them): four, as a
# translation may put them in another order («Причины изменения устава Первого школьного
# общества Сибири» / "Changes of the first Siberian school society charter and their reasons":
# изменения, первого)
_CONCEPT_WORDS = 4


@lru_cache(maxsize=1 << 14)
def russian_concepts(title: str) -> tuple[str, ...]:
    """The opening content words of a Russian title as a blocking key sees them: the stem of
    a word of the glossary, the transliteration key of any other (a name: "Сталин" stalin)."""
    words = _russian_words(title)[:_CONCEPT_WORDS]
    return tuple(word.stem if word.glosses else word.key for word in words)


@lru_cache(maxsize=1 << 14)
def english_concepts(title: str) -> tuple[frozenset[str], ...]:
    """The opening content words of an English title as :func:`russian_concepts` may see
    their translation: the Russian stems the glossary glosses each by, and its transliteration
    key (a name)."""
    russian = _russian_of()
    return tuple(
        russian.get(stem, frozenset()) | {_key(word, None)}
        for word, stem in _english_words(title, acronyms=True)[:_CONCEPT_WORDS]
    )


def known_russian_word(word: str) -> bool:
    """A Russian word the glossary lists (or a prefix and such a word), or a function word
    ("это", not the "ето" that "eto" reads back to by ALA-LC without its diacritics)."""
    lowered = word.lower().replace("ё", "е")
    return lowered in _RUSSIAN_FUNCTION_WORDS or bool(_word_glosses(lowered))


def glossed_word(word: str) -> bool:
    """A Russian word the glossary glosses (or a prefix and such a word)."""
    return bool(_word_glosses(word.lower().replace("ё", "е")))


_PREFIXES = VOCABULARY.russian_prefixes
_SHORTEST_PREFIXED = 4  # letters of the word after a prefix (неогуманизм: гуманизм)


@lru_cache(maxsize=1 << 16)
def _word_glosses(lowered: str) -> frozenset[str]:
    """The glosses of a Russian word (in lower case, е for ё): the glossary's by its stem, or,
    for a word it does not list made with a prefix of Greek or Latin origin
    (:data:`_PREFIXES`), the English prefix and the glosses of the word after it
    (неогуманизм: neo, humanism)."""
    glossary = _glossary()
    glosses = glossary.get(russian_stem(lowered), frozenset())
    if glosses:
        return glosses
    for prefix, english in _PREFIXES.items():
        rest = lowered.removeprefix(prefix).removeprefix("-")
        if rest != lowered and len(rest) >= _SHORTEST_PREFIXED:
            found = glossary.get(russian_stem(rest), frozenset())
            if found:
                return found | {english_stem(english)}
    return frozenset()


@dataclass(frozen=True, slots=True)
class RussianWord:
    """A content word of a Russian title: its stem, glosses and transliteration key, and the
    word itself (in lower case)."""

    stem: str
    glosses: frozenset[str]
    key: str
    word: str = ""
    negated: bool = False  # after "не": «не женское» is what "unwomanly" says


@lru_cache(maxsize=1 << 14)
def _russian_words(title: str) -> tuple[RussianWord, ...]:
    content: list[tuple[str, bool]] = []  # each content word, and whether "не" is before it
    before = ""
    for word in _CYRILLIC_WORD.findall(title):
        lowered = word.lower().replace("ё", "е")
        negated, before = before == _NOT, lowered
        if len(lowered) >= 2 and lowered not in _RUSSIAN_FUNCTION_WORDS:
            content.append((lowered, negated))
    words: dict[str, RussianWord] = {}
    for place, lowered in _initials_read([word for word, _ in content], _RUSSIAN_ACRONYMS):
        stem = russian_stem(lowered)
        if stem not in words:
            glosses = _word_glosses(lowered)
            negated = content[place][1]
            words[stem] = RussianWord(stem, glosses, _key(lowered, "ru"), lowered, negated)
    return tuple(words.values())


_NOT = "не"
_UN = re.compile(r"un(?=[a-z]{4})")


def _denied(word: str, words: tuple[RussianWord, ...]) -> list[int]:
    """An English word in "un-" that a Russian word after "не", or written with "не-", glosses
    without it: "The Unwomanly Face of War" / «У войны не женское лицо», Gorky's "Untimely
    Thoughts" / «Несвоевременные мысли» (своевременный "timely"); a Russian word not denied is
    the opposite, not the word ("Unknown Soldiers" is no «Известные солдаты»)."""
    if not _UN.match(word):
        return []
    stem = english_stem(word[2:])
    return [i for i, found in enumerate(words) if stem in _denied_glosses(found)]


def _denied_glosses(word: RussianWord) -> frozenset[str]:
    """The glosses of a Russian word denied: its own after "не", or those of the word that
    follows its "не-" (несвоевременные: своевременные)."""
    if word.negated:
        return word.glosses
    if word.word.startswith(_NOT) and len(word.word) - len(_NOT) >= _SHORTEST_DENIED:
        return _glossary().get(russian_stem(word.word[len(_NOT) :]), frozenset())
    return frozenset()


_SHORTEST_DENIED = 4  # letters of a word written after "не-" (неравный: равный)


@lru_cache(maxsize=1 << 16)
def _key(word: str, lang: str | None) -> str:
    return match_key(word, lang).replace(" ", "")


def russian_content_words(
    title: str, names: frozenset[str] = frozenset()
) -> tuple[RussianWord, ...]:
    """The content words of a Russian title, each once, without the words that are ``names``
    (transliteration keys of the authors' names)."""
    return tuple(word for word in _russian_words(title) if not _named_key(word.key, names))


def same_name(first: str, second: str) -> bool:
    """Two transliteration keys of one name (see :func:`_same_name`)."""
    return _same_name(first, second)


def _same_name(first: str, second: str) -> bool:
    """Two transliteration keys of one name, one of them inflected ("stalina" / "stalin")
    or spelled apart ("snaider" / "snider")."""
    if first == second:
        return True
    short, long = sorted((first, second), key=len)
    if len(short) >= _NAME_PREFIX and long.startswith(short):
        return len(long) - len(short) <= _NAME_ENDING
    return len(short) >= _NAME_LENGTH and fuzz.ratio(first, second) >= _NAME_RATIO


_HEARD_CONSONANTS = 3  # consonants of a skeleton a name and its transcription share


def _heard_alike(english: str, russian: RussianWord) -> bool:
    """A name the glossary does not list, transcribed into Russian by its sounds, its letters
    apart ("Truman" / «Трумэн», "Roosevelt" / «Рузвельта»): the two skeletons of consonants
    (see :mod:`archivecite.dedupe.transcription`) meet on three or more."""
    if russian.glosses or not russian.word:
        return False
    heard = latin_sounds(english) & latin_sounds(russian.word)
    return any(len(skeleton) >= _HEARD_CONSONANTS for skeleton in heard)


def _named_key(key: str, names: frozenset[str]) -> bool:
    return key in names or any(_same_name(key, name) for name in names)


def _named(word: str, names: frozenset[str]) -> bool:
    return bool(names) and _named_key(_key(word, None), names)


@dataclass(frozen=True, slots=True)
class RussianGlossMatch:
    """How far an English title and a Russian one are each other's translation: the share
    of the English content words found among the glosses (or as the same names), the share of
    the Russian content words they so match, the English words matched (in order), how many
    of them by a gloss, not a name, and how many of the Russian title's opening words they
    match when they match no other ("Reminiscences" / «Воспоминания и размышления»: 1)."""

    english: float
    russian: float
    matched: tuple[str, ...]
    glossed: int
    opening: int = 0  # how many Russian words, from the first, are matched and no later one


def _compound(word: str, words: tuple[RussianWord, ...]) -> list[int]:
    """Two Russian words that an English compound joins ("bloodlands": кровавые, земли)."""
    for cut in range(_SHORTEST_PART, len(word) - _SHORTEST_PART + 1):
        head, tail = english_stem(word[:cut]), english_stem(word[cut:])
        first = [i for i, found in enumerate(words) if head in found.glosses]
        second = [i for i, found in enumerate(words) if tail in found.glosses]
        for i in first:
            for j in second:
                if i != j:
                    return [i, j]
    return []


_TENSE_RENDERINGS = frozenset(VOCABULARY.russian_tense_renderings)


def _tense_rendering(word: str, stem: str, words: tuple[RussianWord, ...]) -> bool:
    """An English auxiliary ("will") that no Russian word glosses: the Russian verb's tense."""
    return word in _TENSE_RENDERINGS and not any(stem in found.glosses for found in words)


def russian_gloss_match(
    english: str, russian: str, names: frozenset[str] = frozenset(), cut: str = ""
) -> RussianGlossMatch:
    """Compare an English title with a Russian one through the glossary; the words whose
    transliteration keys are among ``names`` (the authors') are left out on both sides.
    ``cut``: the side ("english" or "russian") whose title a site cut short, compared with
    the other's opening words, as many and one more (a translation may add one)."""
    words = tuple(word for word in _russian_words(russian) if not _named_key(word.key, names))
    stems = [
        (word, stem)
        for word, stem in _english_words(english, acronyms=True)
        if not _named(word, names) and not _tense_rendering(word, stem, words)
    ]
    if cut == "russian":
        stems = stems[: len(words) + 1]
    elif cut == "english":
        words = words[: len(stems) + 1]
    if not stems or not words:
        return RussianGlossMatch(0.0, 0.0, (), 0)
    matched: list[str] = []
    covered: set[int] = set()
    glossed = 0
    for word, stem in stems:
        hits = [i for i, found in enumerate(words) if stem in found.glosses]
        by_name = False
        if not hits:
            key = _key(word, None)
            hits = [i for i, found in enumerate(words) if _same_name(key, found.key)]
            hits = hits or [i for i, found in enumerate(words) if _heard_alike(word, found)]
            by_name = bool(hits)
        if not hits:
            hits = _denied(word, words) or _compound(word, words)
        if hits:
            matched.append(word)
            covered.update(hits)
            glossed += not by_name
    opening = len(covered) if covered == set(range(len(covered))) else 0
    return RussianGlossMatch(
        len(matched) / len(stems), len(covered) / len(words), tuple(matched), glossed, opening
    )
