"""Forms first met in tests/data/published_citations_holdout4.toml (its sources named there),
each with the texts the rule must leave alone: APA with the author's name given name first (or a
Chinese name family name first) and no full stop before the year in brackets."""

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
