"""The dedupe vocabulary loads from package data, is well formed, and feeds the patterns."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from archivecite.dedupe import record_keys
from archivecite.dedupe.agreement import title_numbers
from archivecite.dedupe.keys import COLUMN_TITLES
from archivecite.dedupe.readings import plain
from archivecite.dedupe.title_keys import clean_title
from archivecite.dedupe.venue_names import CONFERENCES, VENUES, venue_id, venue_kind
from archivecite.dedupe.vocabulary import VOCABULARY, load_vocabulary, one_of
from archivecite.model import ArticleReference, Text

_TEXT = (resources.files("archivecite.dedupe") / "data" / "vocabulary.toml").read_text(
    encoding="utf-8"
)


def test_vocabulary_is_shipped_and_loaded() -> None:
    assert load_vocabulary(_TEXT) == VOCABULARY
    assert VOCABULARY.venues
    assert VOCABULARY.stop_words


def test_plain_words_are_in_plain_form() -> None:
    """Groups matched on plain text hold plain text: an "editor's note" would never match."""
    plain_groups = (
        VOCABULARY.column_titles,
        VOCABULARY.column_offices,
        VOCABULARY.column_closings,
        VOCABULARY.venue_noise,
        VOCABULARY.function_words,
        VOCABULARY.acronym_optional,
        VOCABULARY.stop_words,
        VOCABULARY.part_words,
        tuple(VOCABULARY.number_words),
        tuple(VOCABULARY.ordinal_words),
    )
    for group in plain_groups:
        for word in group:
            assert plain(word) == word, word


def test_lower_case_groups_are_lower_case() -> None:
    groups = (
        VOCABULARY.notices,
        VOCABULARY.replies,
        VOCABULARY.comments,
        VOCABULARY.bracket_notes,
        VOCABULARY.title_annotations,
        VOCABULARY.not_people,
        VOCABULARY.bodies,
        VOCABULARY.romaji_particles,
        VOCABULARY.romaji_spellings,
        *(kind.starts + kind.words for kind in VOCABULARY.venue_kinds),
    )
    for group in groups:
        for word in group:
            assert word == word.lower().strip(), word


def test_venues_are_unique_and_conferences_known() -> None:
    ids = [venue for venue, _ in VENUES]
    assert len(ids) == len(set(ids))
    assert CONFERENCES.issubset(ids)
    assert len(CONFERENCES) < len(ids)
    kinds = [kind.kind for kind in VOCABULARY.venue_kinds]
    assert kinds == ["report", "proceedings", "journal"]  # the order venue_kind tries them
    assert len(set(VOCABULARY.number_words.values())) == len(VOCABULARY.number_words)


def test_patterns_are_built_from_the_words() -> None:
    for title in VOCABULARY.column_titles:
        assert COLUMN_TITLES.search(title), title
    assert COLUMN_TITLES.search(plain("Treasurer's message"))
    assert not COLUMN_TITLES.search(plain("Introduction to database systems"))
    assert venue_id("The VLDB Journal - The Int. Journal on Very Large Data Bases") == "vldbj"
    assert venue_id("Proc. of VLDB") == "vldb"
    assert venue_kind("Oncology Reports") != "report"  # "report" only as a whole word
    assert venue_kind("Tech. Rep. 12") == "report"
    assert venue_kind("STOC-93") == "proceedings"
    assert clean_title("Stream: the Stanford stream data manager (demonstration)") == (
        "Stream: the Stanford stream data manager"
    )
    assert title_numbers("part ii six schemas", "part ii six schemas")[0] == {"part ii", "6"}


@pytest.mark.parametrize(
    ("name", "venue"),
    [
        # venue names as the digital-work review's exports write them
        ("International Conference on Information Systems (ICIS 2013): Reshaping Society", "icis"),
        ("ICIS - Thirty First International Conference on Information Systems", "icis"),
        ("European Conference on Information Systems, ECIS", "ecis"),
        ("European Conference on Information Systems Management, ECISM", ""),
        ("51St Annual Hawaii International Conference On System Sciences (Hicss)", "hicss"),
        ("25TH AMERICAS CONFERENCE ON INFORMATION SYSTEMS (AMCIS )", "amcis"),
        ("Pacific Asia Conference on Information Systems - Opportunities and Challenges", "pacis"),
        ("International Conference on Wirtschaftsinformatik", "wi"),
        ("Wirtschafts- und Sozialwissenschaftliches Institut Mitteilungen", ""),
        # Cora: one 1993 conference under its name and its acronym
        ("In Proceedings of the National Conference on Artificial Intelligence", "aaai"),
        ("Proceedings AAAI-93 , Washington", "aaai"),
    ],
)
def test_conferences_are_known_by_name_and_acronym(name: str, venue: str) -> None:
    assert venue_id(name) == venue


@pytest.mark.parametrize(
    ("pages", "extent", "start"),
    [
        ("62 p", "62", ""),
        ("xii, 300 pp.", "300", ""),
        ("352 с.", "352", ""),
        ("4714", "", "4714"),
        ("pp. 12-34", "", "12"),
        ("e505", "", "505"),
    ],
)
def test_a_page_count_is_an_extent_not_a_first_page(pages: str, extent: str, start: str) -> None:
    article = ArticleReference(title=Text(original="Stroke rehabilitation"), pages=pages)
    keys = record_keys(0, article)
    assert (keys.extent, keys.page_start) == (extent, start)


@pytest.mark.parametrize(
    ("volume", "key"),
    [
        ("I", "1"),
        ("IV", "4"),
        ("xii", "12"),
        ("II.", "2"),
        ("66 (supplement 1)", "66"),
        ("ph.d.", ""),
    ],
)
def test_volume_numbers_roman_or_arabic(volume: str, key: str) -> None:
    assert record_keys(0, ArticleReference(volume=volume)).volume == key


def test_one_of_takes_words_literally() -> None:
    assert re.fullmatch(one_of(["j.", "tech rep"]), "j.")
    assert not re.fullmatch(one_of(["j."]), "jx")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('replies = ["response", "reply", "rejoinder", "rebuttal"]', "replies = []", "empty"),
        ('comments = ["comment", "comments"]', 'comments = ["comment", 3]', "non-empty strings"),
        ('"editorial",', '"editorial",\n    "editorial",', "twice"),
        ("pattern = 'sigmod rec'", "pattern = 'sigmod (rec'", "bad pattern"),
        ("twenty = 20", 'twenty = "20"', "integers"),
        ("[romaji]", "[romaji_words]", "[romaji]"),
    ],
)
def test_malformed_vocabulary_is_refused(old: str, new: str, message: str) -> None:
    assert old in _TEXT
    with pytest.raises(ValueError, match=re.escape(message)):
        load_vocabulary(_TEXT.replace(old, new, 1))
