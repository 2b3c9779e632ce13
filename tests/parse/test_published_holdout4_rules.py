"""Forms first met in tests/data/published_citations_holdout4.toml (its sources named there),
each with the texts the rule must leave alone: APA with the author's name given name first (or a
Chinese name family name first) and no full stop before the year in brackets; a German entry,
the people before a colon and the place and year last without a comma."""

from __future__ import annotations

from tests.parse.helpers import published_fields


def test_a_name_given_first_before_the_year_in_brackets() -> None:
    # a globalauthorid reference list of an article on Mongolia (holdout4)
    fields = published_fields(
        "I. Zlatkin (1950). Mongol’skaya Narodnaya Respublika- Strana Novoy Demokratii Ocherk"
        " Istorii (A Concise History of Mongolian People’s Republic). Moscow: Publishing House of"
        " the USSR Academy of Sciences."
    )
    assert (fields["authors"], fields["title"], fields["title_translation"], fields["date"]) == (
        ["Zlatkin, I."],
        "Mongol’skaya Narodnaya Respublika- Strana Novoy Demokratii Ocherk Istorii",
        "A Concise History of Mongolian People’s Republic",
        "1950",
    )


def test_a_title_before_the_year_in_brackets_stays_the_title() -> None:
    # the rule's edge, not a reference: an entry without author whose next sentence is its
    # imprint has no names before the year
    fields = published_fields("Soviet Union (1990). Moscow: Nauka.")
    assert fields["authors"] == []


def test_a_german_entry_names_people_before_a_colon_and_place_and_year_last() -> None:
    # M. Rubel's Stalin biography in German, its list of abbreviations (holdout4; detopia.de)
    fields = published_fields(
        "Karl Marx und Friedrich Engels: «Die russische Kommune. Kritik eines Mythos». Hg. von"
        " Maximilien Rubel. München 1972"
    )
    assert [fields[name] for name in ("authors", "editors", "title", "place", "date")] == [
        ["Marx, Karl", "Engels, Friedrich"],
        ["Rubel, Maximilien"],
        "Die russische Kommune. Kritik eines Mythos",
        "München",
        "1972",
    ]


def test_a_chicago_entry_with_a_colon_is_no_german_entry() -> None:
    # the Chicago bibliography entry the published reader's docstring is written on
    fields = published_fields(
        "Barnes, Steven A. Death and Redemption: The Gulag and the Shaping of Soviet Society."
        " Princeton, NJ: Princeton University Press, 2011."
    )
    assert (fields["authors"], fields["publisher"]) == (
        ["Barnes, Steven A."],
        "Princeton University Press",
    )
