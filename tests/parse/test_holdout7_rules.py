"""Rules added for the seventh held-out set (tests/data/dedupe/cross_script_holdout7.toml) and the
archival forms of the sixth, each with the texts that must not trip it; the real references of
each published form are in ``tests/data/published_citations_forms.toml``."""

from __future__ import annotations

import pytest

from archivecite import Parsed, archival_fields, parse_citation, parse_citations
from archivecite.parse.patterns import UNDERSCORE_ITALICS_PATTERN
from tests.parse.helpers import reference_fields


def _published(text: str) -> dict[str, object] | None:
    result = parse_citation(text)
    if not isinstance(result, Parsed) or len(result.references) != 1:
        return None
    return reference_fields(result.references[0])


# --- a bibliography's dash for the author of the entry before ----------------------------------

# Real pairs: an entry, then the next one whose author is a dash. Sources: an MIT OpenCourseWare
# syllabus's readings (code index file id 41671325579; the entries up to their ISBN, the Markdown
# links after it left out); lecture notes' references 3-4 (file id 14927023121); a paper's
# references 14-15 (file id 71621947945), their repositories not named by the index; the
# bibliography of a book on Japanese fiction (https://trantor.is/content/lNU6cpJbVt2IzSD1/
# part0016.xhtml, its first entries: "——" with no separator before the year); the style sheet of
# 'Japanese Language and Literature' (http://www.aatj.org/journal-style-sheet, items 3-4 without
# their numbers). The last two as stored in the search tool's pages corpus.
REPEATED_AUTHOR_PAIRS = [
    (
        "Abe, Kōbō (1970). The Face of Another. London: Penguin Books.",
        "——(1970). Inter Ice Age 4. New York: Alfred Knopf.",
        ["Abe, Kōbō"],
        "Inter Ice Age 4",
        "1970",
    ),
    (
        "Cameron, Deborah. 1990. The feminist critique of language: A reader. New York: Routledge.",
        "———. 1992. Feminism and linguistic theory, 2nd ed. New York: St. Martin’s Press.",
        ["Cameron, Deborah"],
        "Feminism and linguistic theory, 2nd ed",
        "1992",
    ),
    (
        "Silverman, Joseph H. _The Arithmetic of Elliptic Curves_. Springer-Verlag, 2009. ISBN:"
        " 9780387094939.",
        "———. _Advanced Topics in the Arithmetic of Elliptic Curves_. Springer-Verlag, 1994."
        " ISBN: 9780387943251.",
        ["Silverman, Joseph H."],
        "Advanced Topics in the Arithmetic of Elliptic Curves",
        "1994",
    ),
    (
        "J. Lurie, *Higher Topos Theory*, Annals of Mathematics Studies, vol. 170, Princeton"
        " University Press, Princeton, NJ, 2009.",
        "————, *Higher Algebra*, 2017.",
        ["Lurie, J."],
        "Higher Algebra",
        "2017",
    ),
    (
        "C. Pommerenke, *On the derivative of a polynomial*, Michigan Math. J., 6 (1959), pp."
        " 373–375.",
        "———, *On metric properties of complex polynomials*, Michigan Math. J., 8 (1961), pp."
        " 97–115.",
        ["Pommerenke, C."],
        "On metric properties of complex polynomials",
        "1961",
    ),
]


@pytest.mark.parametrize(
    ("before", "dashed", "authors", "title", "date"),
    REPEATED_AUTHOR_PAIRS,
    ids=[pair[3][:30] for pair in REPEATED_AUTHOR_PAIRS],
)
def test_a_dash_repeats_the_author_before(
    before: str, dashed: str, authors: list[str], title: str, date: str
) -> None:
    first, second = parse_citations([before, dashed])
    assert isinstance(first, Parsed)
    assert isinstance(second, Parsed)
    fields = reference_fields(second.references[0])
    assert (fields["authors"], fields["title"], fields["date"]) == (authors, title, date)
    assert reference_fields(first.references[0])["authors"] == authors
    dash = next(span for span in second.spans if span.field == "repeated_author")
    assert set(dashed[dash.start : dash.end]) <= set("—")


def test_a_dash_without_an_entry_before_names_nobody() -> None:
    # Drixler's bibliography (cross_script_holdout7.toml), the entry read alone
    fields = _published("———, *Zokushin to meishin *(Gihōdō, 1952).")
    assert fields is not None
    assert (fields["authors"], fields["title"], fields["date"]) == (
        [],
        "Zokushin to meishin",
        "1952",
    )


def test_a_dash_after_an_archival_file_names_nobody() -> None:
    _, second = parse_citations(
        ["RGASPI, f. 17, op. 3, d. 955, l. 42.", "———, *Higher Algebra*, 2017."]
    )
    assert isinstance(second, Parsed)
    assert reference_fields(second.references[0])["authors"] == []


@pytest.mark.parametrize(
    "text",
    [
        "— Lurie J. Higher Algebra. 2017.",  # one em dash and a space: a bulleted item
        "- Lurie, J. *Higher Algebra*, 2017.",
    ],
)
def test_a_bullet_is_no_repeated_author(text: str) -> None:
    _, second = parse_citations(["Tao, T. *Topics in random matrix theory*, 2012.", text])
    assert isinstance(second, Parsed)
    assert all(span.field != "repeated_author" for span in second.spans)


def test_a_rule_alone_is_no_entry() -> None:
    (result,) = parse_citations(["———"])
    assert not isinstance(result, Parsed)


# --- a kanji or hanzi author and a book's title, nothing else ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "本書は『村からみた日本史』",  # a sentence: hiragana in the head
        "『村からみた日本史』",  # no author
        # (a name then 「title」 alone names a work: tests/parse/test_cjk_catalogue_forms.py)
    ],
)
def test_only_a_name_and_a_book_title_are_a_reference(text: str) -> None:
    fields = _published(text)
    assert fields is None or fields["publisher"] is not None or fields["date"] is not None


@pytest.mark.parametrize(
    "text",
    [
        "日本 史 岩波書店",  # no name: a single kanji is none
        "中国 近代 史 北京 2001",  # no publisher nor role word
    ],
)
def test_fields_without_brackets_need_a_name_and_a_publisher(text: str) -> None:
    assert _published(text) is None


def test_a_family_name_ending_in_muro_stays_a_person() -> None:
    fields = _published("小室直樹『危機の構造』ダイヤモンド社、1976年。")
    assert fields is not None
    assert fields["authors"] == ["小室, 直樹"]


def test_an_era_year_is_no_publisher() -> None:
    fields = _published("山田孝雄『平家物語の語法』宝文館、昭和29年")
    assert fields is not None
    assert (fields["publisher"], fields["date"]) == ("宝文館", "1954")


# --- APA with a name in its own script, and "et al." ---------------------------------------------


def test_apa_with_a_kanji_body_and_et_al() -> None:
    # cross_script_holdout7.toml (a library's APA export)
    fields = _published("迷信調査協議会, et al. (1949). 迷信の実態, 技報堂.")
    assert fields is not None
    assert (fields["authors"], fields["title"], fields["publisher"], fields["date"]) == (
        ["迷信調査協議会"],
        "迷信の実態",
        "技報堂",
        "1949",
    )


def test_apa_et_al_after_initials() -> None:
    fields = _published("Suzuki, T., et al. (1949). Meishin no jittai. Gihōdō.")
    assert fields is not None
    assert (fields["authors"], fields["title"]) == (["Suzuki, T."], "Meishin no jittai")


def test_a_long_last_part_stays_in_a_kanji_title() -> None:
    fields = _published(
        "田中圭一 (2000). 村からみた日本史, 近世の村と百姓の暮らしから見た日本の歴史."
    )
    assert fields is not None
    assert fields["publisher"] is None


# --- a body as a romanized bibliography's editor ----------------------------------------------


def test_a_ministry_edits() -> None:
    fields = _published(
        "Gaimushō, ed. Nihon gaikō bunsho. Shōwa-ki I, dai 1 bu, dai 1 kan. Tokyo: Gaimushō, 1989."
    )
    assert fields is not None
    assert (fields["editors"], fields["title"]) == (["Gaimushō"], "Nihon gaikō bunsho")


def test_a_person_who_edits_stays_a_person() -> None:
    fields = _published("Barnes, Steven A., ed. Gulag Voices. New Haven: Yale, 2011.")
    assert fields is not None
    assert fields["editors"] == ["Barnes, Steven A."]


# --- Markdown's underscore italics --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("_Lunyu yi zhu_  [", "*Lunyu yi zhu*  ["),
        ("jiaozheng _ [Correction", "jiaozheng * [Correction"),
        ("https://example.org/a_b_c", "https://example.org/a_b_c"),  # inside a word
        ("___, Title", "___, Title"),  # a repeated author's rule
    ],
)
def test_underscore_italics(text: str, read: str) -> None:
    assert UNDERSCORE_ITALICS_PATTERN.sub("*", text) == read


# --- fond, opis, delo and folio as bare numbers after a Russian archive's name --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "See GARF 9401, 2, 99, 386.",
            {"archive": "garf", "fond": "9401", "opis": "2", "delo": "99", "folios": "386"},
        ),
        (
            "GARF 9401, 2, 99, 386, 7 March 1923",  # a day after the folio
            {"archive": "garf", "fond": "9401", "opis": "2", "delo": "99", "folios": "386"},
        ),
        ("GARF 9401, 2, 99", {"archive": "garf", "fond": "9401", "opis": "2", "delo": "99"}),
    ],
)
def test_bare_numbers_after_a_russian_archive(text: str, expected: dict[str, str]) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed)
    assert archival_fields(result.references[0]) == expected


@pytest.mark.parametrize("text", ["GARF 1, 2, 3, 4, 5.", "GARF 9401, 2."])
def test_other_numbers_after_an_archive_are_no_file(text: str) -> None:
    result = parse_citation(text)
    assert not isinstance(result, Parsed) or "fond" not in archival_fields(result.references[0])


# --- a comma typed for the dot after a level's keyword --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # archival_citations_holdout7.toml, note (*9) of sisauri.tripod.com/politic/notes.htm
        (
            "(*9) CSHA GR, F, 1823, inv. 2, case 1, sheets 153-159.",
            {"fond": "1823", "opis": "2", "delo": "1", "folios": "153-159"},
        ),
        # the rule's edge, not a reference: a bare "l," with no level after its number is no
        # folio keyword
        ("Stalin, vol. 5, l, 5", None),
    ],
)
def test_a_comma_for_the_keywords_dot_when_a_level_follows(
    text: str, expected: dict[str, str] | None
) -> None:
    result = parse_citation(text)
    fields = archival_fields(result.references[0]) if isinstance(result, Parsed) else None
    assert (fields or None) == expected
