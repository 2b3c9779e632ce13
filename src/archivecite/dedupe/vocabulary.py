"""The words dedupe reads in references, loaded once from ``data/vocabulary.toml``.

The file holds the words; :mod:`archivecite.dedupe.keys` and :mod:`archivecite.dedupe.blocking`
build their patterns from them. A malformed file fails at import, naming the entry.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

__all__ = ["VOCABULARY", "Venue", "VenueKind", "Vocabulary", "load_vocabulary", "one_of"]

_FILE = "vocabulary.toml"


@dataclass(frozen=True, slots=True)
class VenueKind:
    """A kind of container and the words of a name that say so."""

    kind: str
    starts: tuple[str, ...]  # a word starting so
    words: tuple[str, ...]  # this whole word


@dataclass(frozen=True, slots=True)
class Venue:
    """A known venue: canonical id, regular expression over its plain name."""

    id: str
    pattern: str
    conference: bool


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Every group of ``vocabulary.toml``; see the file for what each is for."""

    notices: tuple[str, ...]
    replies: tuple[str, ...]
    comments: tuple[str, ...]
    reviews: tuple[str, ...]
    review_endings: tuple[str, ...]
    bracket_notes: tuple[str, ...]
    title_annotations: tuple[str, ...]
    title_editions: tuple[str, ...]
    latin_title_editions: tuple[str, ...]
    opening_title_editions: tuple[str, ...]
    title_series: tuple[str, ...]
    reprint_series: tuple[str, ...]
    english_title_words: tuple[str, ...]
    only_english_words: tuple[str, ...]
    genre_titles: tuple[str, ...]
    opening_genres: tuple[str, ...]
    column_titles: tuple[str, ...]
    column_offices: tuple[str, ...]
    column_closings: tuple[str, ...]
    venue_kinds: tuple[VenueKind, ...]
    venues: tuple[Venue, ...]
    venue_noise: tuple[str, ...]
    function_words: tuple[str, ...]
    acronym_optional: tuple[str, ...]
    not_people: tuple[str, ...]
    bodies: tuple[str, ...]
    romaji_letters: str
    romaji_particles: tuple[str, ...]
    romaji_spellings: tuple[str, ...]
    stop_words: tuple[str, ...]
    part_words: tuple[str, ...]
    places: dict[str, tuple[str, ...]]  # an entity (country, people, place): its stems
    number_words: dict[str, int]
    ordinal_words: dict[str, int]  # every form of each: case, gender, script, scheme
    cardinal_words: dict[str, int]  # Russian, as written: read as digits (dedupe.titles)
    cjk_counters: tuple[str, ...]
    gloss_stop_words: tuple[str, ...]
    cjk_particles: tuple[str, ...]
    cjk_superlatives: tuple[str, ...]  # "most" before an adjective (いちばん長い "longest")
    honorifics: tuple[str, ...]  # a person's title before the name ("Chairman Mao")
    russian_function_words: tuple[str, ...]
    russian_function_renderings: tuple[str, ...]  # English words for them ("everything": все)
    russian_tense_renderings: tuple[str, ...]  # English auxiliaries for a verb's tense ("will")
    russian_acronyms: tuple[str, ...]  # a name's initials a title writes ("ссср")
    english_acronyms: tuple[str, ...]  # the same in English ("ussr")
    russian_prefixes: dict[str, str]  # a Russian prefix of Greek or Latin origin: the English one
    cjk_pronouns: tuple[str, ...]  # the first person of a Chinese title (吾, "my")
    gloss_renderings: dict[str, tuple[str, ...]]  # a dictionary's gloss: a translator's synonyms
    russian_noun_endings: dict[str, tuple[str, ...]]  # a dictionary form's ending: its cases'
    clippings: dict[str, str]  # an English clipping a gloss may be ("memo"): the word clipped
    irregular_forms: dict[str, str]  # an English form inflected irregularly ("forgotten"): its base
    authenticity_classes: dict[str, str]  # an archival legend's reading -> its class
    medium_classes: dict[str, str]
    page_count_units: tuple[str, ...]


def _table(data: dict[str, Any], name: str) -> dict[str, Any]:
    value = data.get(name)
    if not isinstance(value, dict):
        raise ValueError(f"{_FILE}: [{name}] must be a table")
    return value


def _words(table: dict[str, Any], name: str, where: str, *, empty: bool = False) -> tuple[str, ...]:
    value = table.get(name)
    if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
        raise ValueError(f"{_FILE}: {where}.{name} must be a list of non-empty strings")
    if not value and not empty:
        raise ValueError(f"{_FILE}: {where}.{name} is empty")
    if len(set(value)) != len(value):
        raise ValueError(f"{_FILE}: {where}.{name} lists a word twice")
    return tuple(value)


def _tables(data: dict[str, Any], name: str) -> list[dict[str, Any]]:
    value = data.get(name)
    if not isinstance(value, list) or not value or not all(isinstance(t, dict) for t in value):
        raise ValueError(f"{_FILE}: [[{name}]] must be a non-empty array of tables")
    return value


def _venue_kind(table: dict[str, Any]) -> VenueKind:
    kind = table.get("kind")
    if not isinstance(kind, str) or not kind:
        raise ValueError(f"{_FILE}: [[venue_kinds]] needs a kind")
    where = f"venue_kinds.{kind}"
    return VenueKind(
        kind, _words(table, "starts", where), _words(table, "words", where, empty=True)
    )


def _venue(table: dict[str, Any]) -> Venue:
    venue_id, pattern = table.get("id"), table.get("pattern")
    conference = table.get("conference", False)
    if not isinstance(venue_id, str) or not venue_id or not isinstance(pattern, str):
        raise ValueError(f"{_FILE}: [[venues]] needs an id and a pattern")
    if not isinstance(conference, bool):
        raise ValueError(f"{_FILE}: venue {venue_id}: conference must be true or false")
    try:
        re.compile(pattern)
    except re.error as error:
        raise ValueError(f"{_FILE}: venue {venue_id}: bad pattern ({error})") from error
    return Venue(venue_id, pattern, conference)


def _number_words(table: dict[str, Any], name: str) -> dict[str, int]:
    value = table.get(name)
    if not isinstance(value, dict) or not value:
        raise ValueError(f"{_FILE}: [title_keys.{name}] must be a non-empty table")
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in value.values()):
        raise ValueError(f"{_FILE}: [title_keys.{name}] values must be integers")
    return dict(value)


def _classes(table: dict[str, Any], name: str) -> dict[str, str]:
    value = table.get(name)
    if not isinstance(value, dict) or not value:
        raise ValueError(f"{_FILE}: [legend_classes.{name}] must be a non-empty table")
    if not all(isinstance(k, str) and isinstance(v, str) and v for k, v in value.items()):
        raise ValueError(f"{_FILE}: [legend_classes.{name}] values must be class names")
    return dict(value)


def _noun_endings(table: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Each dictionary form's ending ("-" for none) and the endings of its cases ("" for none,
    the genitive plural of проблема)."""
    endings: dict[str, tuple[str, ...]] = {}
    for ending, cases in table.items():
        where = f"glosses.russian_noun_endings.{ending}"
        if not isinstance(cases, list) or not cases or not all(isinstance(c, str) for c in cases):
            raise ValueError(f"{_FILE}: {where} must be a non-empty list of strings")
        endings["" if ending == "-" else ending] = tuple(cases)
    return endings


def _word_map(table: dict[str, Any], name: str) -> dict[str, str]:
    if not all(isinstance(word, str) and word for word in table.values()):
        raise ValueError(f"{_FILE}: glosses.{name} must map words to words")
    return dict(table)


def _word_lists(table: dict[str, Any], where: str) -> dict[str, tuple[str, ...]]:
    return {word: _words(table, word, where) for word in table}


def load_vocabulary(text: str) -> Vocabulary:
    """The vocabulary in ``text`` (the TOML of ``vocabulary.toml``), checked."""
    data = tomllib.loads(text)
    about = _table(data, "about_another_work")
    columns = _table(data, "column_titles")
    venue_names = _table(data, "venue_names")
    authors = _table(data, "authors")
    romaji = _table(data, "romaji")
    keys = _table(data, "title_keys")
    glosses = _table(data, "glosses")
    legends = _table(data, "legend_classes")
    places = _table(data, "places")
    letters = romaji.get("letters")
    if not isinstance(letters, str) or not letters:
        raise ValueError(f"{_FILE}: romaji.letters must be a non-empty string")
    return Vocabulary(
        notices=_words(about, "notices", "about_another_work"),
        replies=_words(about, "replies", "about_another_work"),
        comments=_words(about, "comments", "about_another_work"),
        reviews=_words(about, "reviews", "about_another_work"),
        review_endings=_words(about, "review_endings", "about_another_work"),
        bracket_notes=_words(about, "bracket_notes", "about_another_work"),
        title_annotations=_words(_table(data, "title_annotations"), "words", "title_annotations"),
        title_editions=_words(_table(data, "title_editions"), "words", "title_editions"),
        latin_title_editions=_words(_table(data, "title_editions"), "latin", "title_editions"),
        opening_title_editions=_words(_table(data, "title_editions"), "opening", "title_editions"),
        title_series=_words(_table(data, "title_editions"), "series", "title_editions"),
        reprint_series=_words(_table(data, "reprint_series"), "words", "reprint_series"),
        english_title_words=_words(_table(data, "english_titles"), "words", "english_titles"),
        only_english_words=_words(_table(data, "english_titles"), "only_english", "english_titles"),
        genre_titles=_words(_table(data, "genre_titles"), "words", "genre_titles"),
        opening_genres=_words(_table(data, "genre_titles"), "opening", "genre_titles"),
        column_titles=_words(columns, "titles", "column_titles"),
        column_offices=_words(columns, "offices", "column_titles"),
        column_closings=_words(columns, "closings", "column_titles"),
        venue_kinds=tuple(_venue_kind(table) for table in _tables(data, "venue_kinds")),
        venues=tuple(_venue(table) for table in _tables(data, "venues")),
        venue_noise=_words(venue_names, "noise", "venue_names"),
        function_words=_words(venue_names, "function_words", "venue_names"),
        acronym_optional=_words(venue_names, "acronym_optional", "venue_names"),
        not_people=_words(authors, "not_people", "authors"),
        bodies=_words(authors, "bodies", "authors"),
        romaji_letters=letters,
        romaji_particles=_words(romaji, "particles", "romaji"),
        romaji_spellings=_words(romaji, "spellings", "romaji"),
        stop_words=_words(keys, "stop_words", "title_keys"),
        part_words=_words(keys, "part_words", "title_keys"),
        number_words=_number_words(keys, "number_words"),
        ordinal_words=_number_words(keys, "ordinal_words"),
        cardinal_words=_number_words(keys, "cardinal_words"),
        cjk_counters=_words(keys, "cjk_counters", "title_keys"),
        gloss_stop_words=_words(glosses, "gloss_stop_words", "glosses"),
        cjk_particles=_words(glosses, "cjk_particles", "glosses"),
        cjk_superlatives=_words(glosses, "cjk_superlatives", "glosses"),
        honorifics=_words(glosses, "honorifics", "glosses"),
        russian_function_words=_words(glosses, "russian_function_words", "glosses"),
        russian_function_renderings=_words(glosses, "russian_function_renderings", "glosses"),
        russian_tense_renderings=_words(glosses, "russian_tense_renderings", "glosses"),
        russian_acronyms=_words(glosses, "russian_acronyms", "glosses"),
        english_acronyms=_words(glosses, "english_acronyms", "glosses"),
        russian_prefixes=_word_map(_table(glosses, "russian_prefixes"), "russian_prefixes"),
        cjk_pronouns=_words(glosses, "cjk_pronouns", "glosses"),
        gloss_renderings=_word_lists(_table(glosses, "renderings"), "glosses.renderings"),
        russian_noun_endings=_noun_endings(_table(glosses, "russian_noun_endings")),
        clippings=_word_map(_table(glosses, "clippings"), "clippings"),
        irregular_forms=_word_map(_table(glosses, "irregular_forms"), "irregular_forms"),
        authenticity_classes=_classes(legends, "authenticity"),
        medium_classes=_classes(legends, "medium"),
        page_count_units=_words(_table(data, "page_counts"), "units", "page_counts"),
        places={name: _words(places, name, "places") for name in places},
    )


def one_of(words: Iterable[str]) -> str:
    """A regular expression alternation of ``words``, each taken literally."""
    return "|".join(re.escape(word) for word in words)


VOCABULARY = load_vocabulary(
    (resources.files("archivecite.dedupe") / "data" / _FILE).read_text(encoding="utf-8")
)
