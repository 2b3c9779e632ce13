"""Latin- and Cyrillic-script forms first met in cross_script_holdout5/15/17/18/20.toml and
published_citations_holdout2.toml, checked on other real references of the same forms (the source
of each is named above it; "search tool" is the stored copy the project's search tool reads):

- the language of a romanized title no reader marked: romanized Russian (``Iz mira religioznogo
  sektantstva``: ``ru-Latn``), Hepburn or pinyin told by the syllables or, where they leave it
  open, by the imprint (``Kafu Zenshu (Iwanami Shoten, 1994)``); an English title, or one in
  another language in Latin letters (Uzbek ``Turkiy tillar tasnifi``), gets none;
- a note printed with commas only, as HAL's reference lists print it: ``Name, Title, Year.`` and
  ``Name, Title, Journal, vol.8, issue.3, pp.139-149, 1997.``;
- trailers that are not the work's: a translation after a semicolon with its own title and
  year (``…; translated by Alisa Freedman as The Scarlet Gang of Asakusa (…, 2005);``), a later
  edition inside the imprint (``(Tokyo: Sōgensha, 1937; revised edition, …, 1947)``);
- a romanized Japanese title from a Japanese publisher names its author family name first.

No other real text with a ``?`` for a lost letter (HAL's ``perevod?eskaja``), nor of a
collection cited in short with commas (``Русско-китайские отношение,Том. Ⅳ,с.214-216``), was
found; the first rule is checked here on what it must leave alone (a URL's query, a question mark
standing alone), the second on an author's works cited the same way.
"""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import Parsed, parse_citation
from tests.parse.helpers import reference_fields


def _fields(text: str) -> dict[str, Any]:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    (reference,) = result.references
    return reference_fields(reference)


def _check(text: str, expected: dict[str, Any]) -> None:
    fields = _fields(text)
    assert {key: fields[key] for key in expected} == expected


ROMANIZED_TITLES = [
    pytest.param(
        # GitHub Typst source of an article on the Molokans (search-tool file id 21002319531),
        # a footnote
        "A. I. Klibanov, Iz mira religioznogo sektantstva: Vstrechi, besedy, nabliudeniia"
        " (Moscow: Politizdat, 1974), 221–22.",
        {
            "authors": ["Klibanov, A. I."],
            "title": "Iz mira religioznogo sektantstva: Vstrechi, besedy, nabliudeniia",
            "title_lang": "ru-Latn",
            "language": "ru",
            "locator": "221-22",
        },
        id="ala-lc-russian-note",
    ),
    pytest.param(
        # GitHub Markdown list of the dictionaries of the Ruiju Myōgishō (search-tool file id
        # 38747566213), the romanization of the Okada entry
        "Okada Mareo, *Ruiju Myōgishō no Kenkyū*, Ichijō Shobō, 1944",
        {
            "title": "Ruiju Myōgishō no Kenkyū",
            "title_lang": "ja-Latn",
            "language": "ja",
            "publisher": "Ichijō Shobō",
            "date": "1944",
        },
        id="hepburn-title-publisher-year",
    ),
    pytest.param(
        # GitHub Markdown paper on the cosine sum (search-tool file id 57958576251), reference [4]
        # (its comment in brackets after the imprint left out)
        "T. Takagi, *Kaiseki Gairon* (Introduction to Analysis), 3rd rev. ed. (Iwanami Shoten,"
        " 1961)",
        {
            "authors": ["Takagi, T."],
            "title": "Kaiseki Gairon",
            "title_lang": "ja-Latn",
            "publisher": "Iwanami Shoten",
        },
        id="glossed-hepburn-initial-kept",
    ),
    pytest.param(
        # https://www.encyclopedia.com/arts/culture-magazines/kawabata-yasunari-14-june-1899-16-
        # april-1972 (search tool, pages): DLB's list of Kawabata's books
        "Kyūchō no tantei (Tokyo: Chūō Kōronsha, 1937);",
        {"title": "Kyūchō no tantei", "title_lang": "ja-Latn", "publisher": "Chūō Kōronsha"},
        id="hepburn-no-author",
    ),
]

NO_LANGUAGE = [
    pytest.param(
        # GitHub Python script building an Uzbek syllabus (search-tool file id 65873751301): an
        # Uzbek title from a Moscow publisher, one ending a Russian word would have ("-iy")
        "Baskakov N.A. Turkiy tillar tasnifi. — Moskva: Nauka, 1988. — 248 s.",
        {"title": "Turkiy tillar tasnifi", "title_lang": None},
        id="uzbek-title-moscow-imprint",
    ),
    pytest.param(
        # the same script, the next entry
        "Deshiriyev Yu.D. Sotsiolingvistika asoslari. — Moskva: Nauka, 1977. — 382 s.",
        {"title": "Sotsiolingvistika asoslari", "title_lang": None, "language": None},
        id="uzbek-title-2",
    ),
    pytest.param(
        # https://tel.archives-ouvertes.fr/tel-00342717v1/html_references (search tool, pages)
        "T. Akenine-möller and E. Haines, Real-Time Rendering, 2002.",
        {"title": "Real-Time Rendering", "title_lang": None, "language": None},
        id="english-title",
    ),
    pytest.param(
        # GitHub Markdown catalogue of marbled papers (search-tool file id 65733096189): an
        # English book from a Japanese publisher keeps its author given name first
        "Einen Miura, *The Art of Marbled Paper* (Kodansha, 1991)",
        {"authors": ["Miura, Einen"], "title_lang": None, "language": None},
        id="english-title-japanese-publisher",
    ),
]

COMMA_NOTES = [
    pytest.param(
        # https://tel.archives-ouvertes.fr/tel-00342717v1/html_references (search tool, pages)
        "B. Aronov and M. Sharir, The common exterior of convex polygons in the plane,"
        " Computational Geometry, vol.8, issue.3, pp.139-149, 1997.",
        {
            "kind": "article",
            "authors": ["Aronov, B.", "Sharir, M."],
            "title": "The common exterior of convex polygons in the plane",
            "container_title": "Computational Geometry",
            "volume": "8",
            "issue": "3",
            "pages": "139-149",
            "date": "1997",
        },
        id="name-title-journal-numbers-year",
    ),
    pytest.param(
        # https://pastel.archives-ouvertes.fr/pastel-00677137v1/html_references (search tool)
        "P. Bristeau, E. Dorveaux, D. Vissière, and N. Petit, Hardware and software architecture"
        " for state estimation on an experimental low-cost small-scaled helicopter, Control"
        " Engineering Practice, vol.18, issue.7, pp.733-746, 2010.",
        {
            "authors": ["Bristeau, P.", "Dorveaux, E.", "Vissière, D.", "Petit, N."],
            "container_title": "Control Engineering Practice",
            "volume": "18",
            "issue": "7",
            "pages": "733-746",
            "date": "2010",
        },
        id="four-names-issue-label",
    ),
    pytest.param(
        # https://tel.archives-ouvertes.fr/tel-00342717v1/html_references (search tool, pages)
        "T. Akenine-möller and E. Haines, Real-Time Rendering, 2002.",
        {
            "kind": "book",
            "authors": ["Akenine-möller, T.", "Haines, E."],
            "title": "Real-Time Rendering",
            "date": "2002",
        },
        id="name-title-year",
    ),
]

TRAILERS = [
    pytest.param(
        # https://www.encyclopedia.com/arts/culture-magazines/kawabata-yasunari-14-june-1899-16-
        # april-1972 (search tool, pages): another entry of DLB's list than the held-out ones
        "Asakusa kurenaidan (Tokyo: Senshinsha, 1930); translated by Alisa Freedman as The"
        " Scarlet Gang of Asakusa (Berkeley: University of California Press, 2005);",
        {
            "title": "Asakusa kurenaidan",
            "date": "1930",
            "publisher": "Senshinsha",
            "place": "Tokyo",
            "title_lang": "ja-Latn",
        },
        id="translation-after-semicolon",
    ),
    pytest.param(
        # the same list: a revised edition from another publisher inside the imprint
        "Josei kaigan (Tokyo: Sōgensha, 1937; revised edition, Tokyo: Eikōsha, 1947);",
        {"title": "Josei kaigan", "date": "1937", "publisher": "Sōgensha"},
        id="revised-edition-in-imprint",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROMANIZED_TITLES)
def test_a_romanized_title_has_its_language(text: str, expected: dict[str, Any]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), NO_LANGUAGE)
def test_other_titles_get_no_language(text: str, expected: dict[str, Any]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), COMMA_NOTES)
def test_a_note_in_commas_is_read(text: str, expected: dict[str, Any]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), TRAILERS)
def test_a_trailer_is_not_the_works(text: str, expected: dict[str, Any]) -> None:
    _check(text, expected)


def test_a_translation_is_kept_as_printed() -> None:
    result = parse_citation(
        "Asakusa kurenaidan (Tokyo: Senshinsha, 1930); translated by Alisa Freedman as The"
        " Scarlet Gang of Asakusa (Berkeley: University of California Press, 2005);"
    )
    assert isinstance(result, Parsed), result
    assert result.references[0].extra["translation"] == (
        "translated by Alisa Freedman as The Scarlet Gang of Asakusa (Berkeley: University of"
        " California Press, 2005)"
    )


def test_a_question_mark_in_a_url_stays_one() -> None:
    # Lykov's entry in tests/data/dedupe/cross_script.toml (its source named there): the "?" of
    # the address's query lies between two letters and is no lost letter
    text = (
        "Lykov A.V. Theory of Thermal Conductivity. Moscow. Vysshaya Shkola Publ., 1967. 600 p."
        " Avaiable at: http://bookre.org/reader?file=454814 (accessed Dec 09, 2019) (in Russian)."
    )
    fields = _fields(text)
    assert fields["url"] == "http://bookre.org/reader?file=454814"
    assert fields["title"] == "Theory of Thermal Conductivity"


def test_a_question_mark_standing_alone_is_no_letter() -> None:
    # https://tel.archives-ouvertes.fr/tel-00342717v1/html_references (search tool, pages): a
    # "?" where the copy lost a dash, between spaces: a caption, not a reference
    text = "Fig, 26 ? Une scène formée par quatre triangles dont l'un est source delumì ere."
    assert not isinstance(parse_citation(text), Parsed)


def test_an_authors_works_in_commas_stay_his() -> None:
    # tests/data/published_citations_forms.toml (its source named there): the collected works
    # of an author cited by volume and page, which the collection's short form must leave alone
    fields = _fields("И.Сталин, т. 11, с.15–16.")
    assert (fields["authors"], fields["volume"], fields["title"]) == (["Сталин, И."], "11", None)
