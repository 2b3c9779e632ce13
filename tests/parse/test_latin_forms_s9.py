"""Latin-script forms first met in cross_script_holdout9.toml: the heading of a book review
(``Title by Author Place: Publisher, N pp.``), monoskop's lists of editions (the first edition
the reference, the later ones kept), a title in capitals after an inverted name, and a
bookshop's line (quoted title, author, publisher, series). The real references of each form and
their fields are in ``tests/data/published_citations_forms.toml`` (forms ``review-heading``,
``editions-list``, ``capitals-title``, ``listed-book``); this file checks what that table cannot
state (the extras, the series) and the texts each rule must leave alone."""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citation
from archivecite.model import BookReference
from tests.parse.helpers import single_reference

# --- what the forms table cannot state ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        pytest.param(
            "Polyansky ITL (Corrective Labor Camp) Zheleznogorska by S.P. Kuchin\n\n"
            "Zheleznogorsk (Krasnoyarsk-26): Museino-Vystavochny Tsentr, 256 pp.",
            "extent",
            "256 pp",
            id="review-heading-extent",
        ),
        pytest.param(
            "The House of Government: A Saga of the Russian Revolution\nby Yuri Slezkine\n"
            "Princeton University Press, 1,104 pp., $39.95",
            "price",
            "$39.95",
            id="review-heading-price",
        ),
        pytest.param(
            "The Human Use of Human Beings: Cybernetics and Society, Boston, MA: Houghton Mifflin,"
            " 1950, 241 pp; 2nd ed., 1954; London: Eyre and Spottiswode, 1954; New York: Avon"
            " Books, 1967; New York: Da Capo Press, 1988; repr., intro. Steve J. Heims, London:"
            " Free Association Books, 1989, xxx+199 pp; new ed., 1990.",
            "later_editions",
            "2nd ed., 1954; London: Eyre and Spottiswode, 1954; New York: Avon Books, 1967; New"
            " York: Da Capo Press, 1988; repr., intro. Steve J. Heims, London: Free Association"
            " Books, 1989, xxx+199 pp; new ed., 1990",
            id="editions-list-english",
        ),
        pytest.param(
            "Ren you ren de yong chu: kong zhi lun he she hui [人有人的用处: 控制论和社 会], trans."
            " Bu Chen, Beijing: Shang wu yin shu guan, 1978; 2009. (Chinese)",
            "later_editions",
            "2009",
            id="editions-list-a-year-alone",
        ),
        pytest.param(
            "Cybernetyka i społeczeństwo, trans. Olgierd Wojtasiewicz, afterw. E. J. Kolman,"
            " Warsaw: Książka i Wiedza, 1960, 236 pp; 2nd ed., 1961, 217 pp. (Polish)",
            "extent",
            "236 pp",
            id="editions-list-first-extent",
        ),
    ],
)
def test_keeps_the_extras(text: str, key: str, value: str) -> None:
    reference = single_reference(text)
    assert reference is not None
    assert reference.extra[key] == value


def test_a_bookshop_line_keeps_its_series() -> None:
    reference = single_reference(
        "“Nihon No Shisou” Masao Maruyama\n    Iwanami Shoten, Iwanami Shinsho"
    )
    assert isinstance(reference, BookReference)
    assert reference.series is not None
    assert reference.series.original == "Iwanami Shinsho"


def test_the_author_keeps_the_name_in_its_own_script() -> None:
    reference = single_reference(
        "N. Viner (Н. Винер), Kibernetika, ili upravlenie i svyaz v zhivotnom i mashine"
        " [Кибернетика, или Управление и связь в животном и машине], trans. G.N. Povarov,"
        " Moscow: Sovetskoe radio [Советское радио], 1958, 216 pp; new ed., 1963; 2nd ed.,"
        " 1968. (Russian)"
    )
    assert reference is not None
    (author,) = reference.authors
    assert (author.family, author.given, author.original, author.lang) == (
        "Viner",
        "N.",
        "Н. Винер",
        "ru",
    )


# --- what each rule leaves alone ----------------------------------------------------------------


def test_prose_with_by_and_pages_is_no_review_heading() -> None:
    text = "The book was written by John Smith in Moscow: it has 200 pages."
    assert not isinstance(parse_citation(text), Parsed)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # a bibliography's entry: the "by" names the translator, after the author and title
        (
            "Smith, John. The Title of It. Translated by Jane Doe. New York: Knopf, 1990. 300 pp.",
            [("Smith", "John")],
        ),
        # "by" after a role: the person who wrote the introduction is no author
        (
            "A History of Russia, with an introduction by Jane Doe, New York: Knopf, 1990, 300 pp.",
            [],
        ),
    ],
)
def test_by_after_a_role_or_in_a_bibliography_is_no_review_heading(
    text: str, authors: list[tuple[str, str]]
) -> None:
    reference = single_reference(text)
    assert reference is not None
    assert [(name.family, name.given) for name in reference.authors] == authors


@pytest.mark.parametrize(
    "text",
    [
        # what follows ";" is no edition closed by its year
        "Cibernética, trans. Miguel Mora Hidalgo, Madrid: Guadiana, 1960, 314 pp; see chapter 3.",
        # the first part does not close with a year
        "Ivanov I.I. Istoriya. Moscow; Leningrad: Nauka, 1990.",
    ],
)
def test_no_later_editions_without_a_list_of_them(text: str) -> None:
    reference = single_reference(text)
    assert reference is None or "later_editions" not in reference.extra


def test_a_quoted_title_and_a_name_without_a_publisher_is_no_bookshop_line() -> None:
    text = "“Nihon No Shisou” Masao Maruyama wrote it in Tokyo"
    assert not isinstance(parse_citation(text), Parsed)


def test_a_volume_after_the_year_stays_the_articles() -> None:
    reference = single_reference("Smith J, Doe A. Hunger and history. JAMA. 2005; 293: 1995-2001.")
    assert reference is not None
    assert (reference.extra, getattr(reference, "volume", None)) == ({}, "293")


def test_a_title_in_quotes_is_not_read_as_one_in_capitals() -> None:
    reference = single_reference(
        "Wiener, Norbert. «THE HUMAN USE OF HUMAN BEINGS». Doubleday, 1954."
    )
    assert reference is not None
    assert reference.title is not None
    assert reference.title.original == "THE HUMAN USE OF HUMAN BEINGS"


def test_a_reference_cut_off_in_its_source_is_refused() -> None:
    # cross_script_holdout.toml: the entry breaks off inside its bracketed translation, with no
    # imprint nor year; reading it would invent a book out of half a title
    text = (
        "Kagankatvatsi, M. Istoriya agvan Moiseya Kagankatvatsi, pisatelya X veka [History\n"
        "of Agvans by Moses Kagankatvatsi, the 10th centu"
    )
    assert not isinstance(parse_citation(text), Parsed)
