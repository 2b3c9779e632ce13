"""Words the published-work parser recognises, loaded once from ``data/published_terms.toml``."""

from __future__ import annotations

from typing import Any

from archivecite.parse.tables import data_table
from archivecite.translit import match_key

_TERMS = data_table("published_terms.toml")


LANGUAGES: dict[str, str] = _TERMS["languages"]


PLACES: dict[str, str] = _TERMS["places"]


# "L." before an English book's year: London (``[english_book_places]``)
ENGLISH_BOOK_PLACES: dict[str, str] = _TERMS["english_book_places"]


CITIES: frozenset[str] = frozenset(_TERMS["cities"]["names"]) | set(PLACES) | set(PLACES.values())


COLLECTION_MARKERS: tuple[str, ...] = tuple(_TERMS["markers"]["collection"])


LEGAL_MARKERS: tuple[str, ...] = tuple(_TERMS["markers"]["legal"])


INSTITUTION_WORDS: frozenset[str] = frozenset(_TERMS["markers"]["institution"])
CJK_INSTITUTION_ENDINGS: tuple[str, ...] = tuple(_TERMS["markers"]["cjk_institution_endings"])


ROLE_WORDS: tuple[str, ...] = tuple(sorted(_TERMS["markers"]["roles"], key=len, reverse=True))


_CJK_ROLES: dict[str, list[str]] = _TERMS["cjk_roles"]


# Role words printed after Japanese and Chinese names, by the list the names go to.
CJK_ROLE_WORDS: dict[str, tuple[str, ...]] = {
    role: tuple(sorted(_CJK_ROLES[role], key=len, reverse=True))
    for role in ("authors", "editors", "translators")
}


CJK_ANONYMOUS: frozenset[str] = frozenset(_CJK_ROLES["anonymous"])


CJK_DEGREE_WORDS: tuple[str, ...] = tuple(_CJK_ROLES["degrees"])


CJK_PUBLISHER_ENDINGS: tuple[str, ...] = tuple(_CJK_ROLES["publisher_endings"])


CJK_SERIES_ENDINGS: tuple[str, ...] = tuple(_CJK_ROLES["series_endings"])


CJK_IMPRINT_ONLY_ENDINGS: tuple[str, ...] = tuple(_CJK_ROLES["imprint_only_endings"])


COMPOUND_SURNAMES: frozenset[str] = frozenset(_TERMS["names"]["chinese_compound_surnames"])
# "Маршал Советского Союза Г.К.Жуков": the rank before an author's initials
RANK_WORDS: frozenset[str] = frozenset(_TERMS["names"]["ranks"])


_GIVEN_NAMES = data_table("given_names.toml")
# Given names spelled out (``data/given_names.toml``): which word of ``Tucker Robert`` or
# ``Евгений Громов`` is the family name.
GIVEN_NAMES: frozenset[str] = frozenset(_GIVEN_NAMES["cyrillic"]) | frozenset(_GIVEN_NAMES["latin"])
# A public list's given names, many of them family names too: only where a name begins.
PUBLIC_GIVEN_NAMES: frozenset[str] = GIVEN_NAMES | frozenset(_GIVEN_NAMES["latin_public"])
# Foreign given names in Russian transcription ("Роберт", "Шейла"): a translated author named
# given name first, whose family name ("Конквест") ends as no Russian one does.
FOREIGN_CYRILLIC_GIVEN_NAMES: frozenset[str] = frozenset(_GIVEN_NAMES["cyrillic_foreign"])
# How a Russian family name ends ("Крыштановская", "Толстой"), not a title's word ("Грозный").
CYRILLIC_FAMILY_ENDINGS: tuple[str, ...] = tuple(_GIVEN_NAMES["cyrillic_family_endings"])

_JAPANESE_NAMES = data_table("japanese_names.toml")
# Common Japanese family names and given names in Hepburn (``data/japanese_names.toml``), to
# tell the order of a romanized name printed without a comma ("Takeuchi Yoshimi").
JAPANESE_FAMILY_NAMES: tuple[str, ...] = tuple(_JAPANESE_NAMES["family"])
JAPANESE_GIVEN_NAMES: tuple[str, ...] = tuple(_JAPANESE_NAMES["given"])


ABBREVIATIONS: frozenset[str] = frozenset(_TERMS["abbreviations"]["words"])
ABBREVIATIONS_BEFORE_FIGURE: frozenset[str] = frozenset(_TERMS["abbreviations"]["before_figure"])


MONTHS: dict[str, int] = {
    word: int(number) for number, words in _TERMS["months"].items() for word in words
}


_ROMANIZED: dict[str, Any] = _TERMS["romanized"]


def _longest_first(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


VOLUME_LABELS: tuple[str, ...] = _longest_first(_ROMANIZED["volume_labels"])


ISSUE_LABELS: tuple[str, ...] = _longest_first(_ROMANIZED["issue_labels"])


PAGE_LABELS: tuple[str, ...] = _longest_first(_ROMANIZED["page_labels"])


BOOK_LABELS: tuple[str, ...] = _longest_first(_ROMANIZED["book_labels"])


EXTENT_LABELS: tuple[str, ...] = _longest_first(_ROMANIZED["extent_labels"])


PUBLISHER_WORDS: frozenset[str] = frozenset(_ROMANIZED["publisher_words"])


CONTAINER_OPENERS: tuple[str, ...] = _longest_first(_ROMANIZED["container_openers"])


DROPPED_OPENERS: tuple[str, ...] = _longest_first(_ROMANIZED["dropped"])


JOURNAL_OPENERS: tuple[str, ...] = _longest_first(_ROMANIZED["journal_openers"])


THESIS_DEGREES: tuple[str, ...] = _longest_first(_ROMANIZED["thesis_degrees"])


THESIS_WORDS: tuple[str, ...] = _longest_first(_ROMANIZED["thesis_words"])


THESIS_ROMANIZED_DEGREES: tuple[str, ...] = _longest_first(_ROMANIZED["thesis_romanized_degrees"])


PATENT_WORDS: tuple[str, ...] = _longest_first(_ROMANIZED["patent_words"])


PATENT_COUNTRIES: dict[str, str] = _ROMANIZED["patent_countries"]


URL_LABELS: tuple[str, ...] = _longest_first(_ROMANIZED["labels"]["url"])


EDITION_LABELS: tuple[str, ...] = _longest_first(_ROMANIZED["labels"]["edition"])


EDITED_BY_LABELS: tuple[str, ...] = _longest_first(_ROMANIZED["labels"]["edited_by"])


ISBN_LABELS: tuple[str, ...] = _longest_first(_ROMANIZED["labels"]["isbn"])


ENGLISH_WORDS: frozenset[str] = frozenset(_ROMANIZED["words"]["english"])


# Words opening an essay's title "Notes on …", which names no reviewer (published_terms.toml).
ESSAY_TITLE_WORDS: frozenset[str] = frozenset(_TERMS["review_titles"]["essay_words"])


RUSSIAN_WORDS: frozenset[str] = frozenset(_ROMANIZED["words"]["russian"])


OTHER_GLOSS_WORDS: frozenset[str] = frozenset(_ROMANIZED["words"]["other_glosses"])


RUSSIAN_ENDINGS: tuple[str, ...] = _longest_first(_ROMANIZED["words"]["russian_endings"])


SHARED_RUSSIAN_ENDINGS: tuple[str, ...] = tuple(_ROMANIZED["words"]["shared_endings"])


JAPANESE_PARTICLES: frozenset[str] = frozenset(_ROMANIZED["words"]["japanese_particles"])


INITIAL_DIGRAPHS: tuple[str, ...] = _longest_first(sorted(set(_ROMANIZED["initial_digraphs"])))


SERIES_WORDS: frozenset[str] = frozenset(_ROMANIZED["series_words"])


EDITION_WORDS: tuple[str, ...] = _longest_first(_ROMANIZED["edition_words"])


CONTAINER_WORDS: tuple[str, ...] = tuple(_ROMANIZED["container_words"])


PUBLISHER_ABBREVIATIONS: frozenset[str] = frozenset(_TERMS["publishers"]["abbreviations"])


PUBLISHER_NAMES: tuple[str, ...] = _longest_first(_TERMS["publishers"]["names"])


TITLE_INFO_WORDS: frozenset[str] = frozenset(_TERMS["title_info"]["words"])
# The same words as a romanized title spells them ("Perepiska", "Dokumenty i materialy")
TITLE_PART_KEYS: frozenset[str] = frozenset(match_key(word, "ru") for word in TITLE_INFO_WORDS)
LIST_HEADINGS: frozenset[str] = frozenset(_TERMS["title_info"]["headings"])


_CHICAGO = data_table("chicago_terms.toml")


NAME_SUFFIXES: frozenset[str] = frozenset(_CHICAGO["names"]["suffixes"])
HONORIFICS: frozenset[str] = frozenset(_CHICAGO["names"]["honorifics"])
TITLE_WORDS: frozenset[str] = frozenset(_CHICAGO["names"]["title_words"])
NAME_RANKS: frozenset[str] = frozenset(_CHICAGO["names"]["name_ranks"])


ET_AL_WORDS: tuple[str, ...] = _longest_first(_CHICAGO["names"]["et_al"])
SHORT_TITLE_WORDS: tuple[str, ...] = _longest_first(_CHICAGO["names"]["short_title_words"])


EDITOR_ROLES: tuple[str, ...] = _longest_first(_CHICAGO["roles"]["editors"])


TRANSLATOR_ROLES: tuple[str, ...] = _longest_first(_CHICAGO["roles"]["translators"])


TRANSLATOR_WORDS: tuple[str, ...] = _longest_first(_CHICAGO["roles"]["translator_words"])


EDITOR_WORDS: tuple[str, ...] = _longest_first(_CHICAGO["roles"]["editor_words"])


OTHER_ROLE_WORDS: tuple[str, ...] = _longest_first(_CHICAGO["roles"]["other_words"])


FAMILY_FIRST_PLACES: frozenset[str] = frozenset(_CHICAGO["places"]["family_first"])


ENGLISH_PUBLISHER_WORDS: frozenset[str] = frozenset(_CHICAGO["publishers"]["words"])
ENGLISH_PUBLISHER_ABBREVIATIONS: frozenset[str] = frozenset(_CHICAGO["publishers"]["abbreviations"])
CREDIT_VERB_WORDS: frozenset[str] = frozenset(_CHICAGO["credit_lines"]["verb_words"])
CREDIT_ROLE_WORDS: frozenset[str] = frozenset(_CHICAGO["credit_lines"]["role_words"])


_PUBLISHER_ENDINGS: tuple[str, ...] = tuple(_CHICAGO["publishers"]["romanized_endings"])


def names_publisher(value: str) -> bool:
    """``Iwanami Shoten``, ``Nauka Publ.``, ``Heibonsha``: a publisher's name, as a word of it
    says or as the last word ends."""
    words = [word.strip(".,;:&()").casefold() for word in value.split()]
    if not words:
        return False
    last = words[-1]
    return bool(set(words) & (ENGLISH_PUBLISHER_WORDS | PUBLISHER_WORDS)) or (
        len(last) >= 6 and last.endswith(_PUBLISHER_ENDINGS)
    )


NAME_PARTICLES: frozenset[str] = frozenset(_CHICAGO["particles"]["words"])
# The Arabic article a hyphen joins to a part of a name ("al-Rahman"): see chicago_terms.toml
HYPHENED_ARTICLES: tuple[str, ...] = tuple(f"{word}-" for word in _CHICAGO["particles"]["hyphened"])


_JOURNAL_LABELS: dict[str, list[str]] = _CHICAGO["journal_labels"]


# MLA's labels of a journal's volume, issue and pages, and the word after its year.
MLA_VOLUME_LABELS: tuple[str, ...] = _longest_first(_JOURNAL_LABELS["volume"])
MLA_ISSUE_LABELS: tuple[str, ...] = _longest_first(_JOURNAL_LABELS["issue"])
MLA_PAGE_LABELS: tuple[str, ...] = _longest_first(_JOURNAL_LABELS["pages"])
MLA_YEAR_WORDS: tuple[str, ...] = _longest_first(_JOURNAL_LABELS["year_words"])


def expand_places(printed: str) -> str:
    """``М.; Л.`` → ``Москва ; Ленинград``, ``Kiyev; L’vov`` → ``Kiyev ; L’vov``: each place of
    an imprint written out, joined as a catalogue joins several places."""
    places = [part.strip() for part in printed.split(";")]
    return " ; ".join(PLACES.get(place, place) for place in places if place)


_NEWSPAPERS = data_table("newspapers.toml")


NEWSPAPER_NAMES: frozenset[str] = frozenset(
    name.casefold() for names in _NEWSPAPERS["names"].values() for name in names
)


NEWSPAPER_LANGUAGES: dict[str, str] = {
    name.casefold(): table.split("-", 1)[0]
    for table, names in _NEWSPAPERS["names"].items()
    if table != "en"
    for name in names
}


NEWSPAPER_WORDS: tuple[str, ...] = tuple(_NEWSPAPERS["words"]["words"])


NEWSPAPER_DAY_WORDS: tuple[str, ...] = tuple(_NEWSPAPERS["words"]["before_day"])


_IMPRINT_LANGUAGES: dict[str, list[str]] = _CHICAGO["imprint_languages"]
_IMPRINT_PLACES: dict[str, frozenset[str]] = {
    lang: frozenset(_IMPRINT_LANGUAGES[f"{lang}_places"]) for lang in ("ja", "zh", "ru")
}
_IMPRINT_PUBLISHER_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(_IMPRINT_LANGUAGES[f"{lang}_publisher_words"]) for lang in ("ja", "zh", "ru")
}


def japanese_publisher(value: str) -> bool:
    """``Iwanami Shoten``, ``Chūō Kōronsha``, ``Yoshikawa Kōbunkan``, ``Misuzu Shobo``: a
    Japanese publisher, as a word of its name says or as its last word ends."""
    words = [word.strip(".,;:&()").casefold() for word in value.split()]
    if not words:
        return False
    last = words[-1]
    return bool(set(words) & _IMPRINT_PUBLISHER_WORDS["ja"]) or (
        len(last) >= 6 and last.endswith(_PUBLISHER_ENDINGS)
    )


def imprint_language(place: str | None, publisher: str | None) -> str | None:
    """The language an imprint's place or publisher tells: ``ja`` for ``Tokyo`` or ``Iwanami
    Shoten``, ``zh`` for ``Beijing: Zhongyang wenxian chubanshe``, ``ru`` for ``Moscow:
    Ekonomist``; ``None`` when they tell none, or more than one."""
    found: set[str] = set()
    for printed in (place or "").split(";"):
        found |= {lang for lang, names in _IMPRINT_PLACES.items() if printed.strip() in names}
    if publisher:
        if japanese_publisher(publisher):
            found.add("ja")
        words = {word.strip(".,;:&()").casefold() for word in publisher.split()}
        found |= {lang for lang in ("zh", "ru") if words & _IMPRINT_PUBLISHER_WORDS[lang]}
    return found.pop() if len(found) == 1 else None
