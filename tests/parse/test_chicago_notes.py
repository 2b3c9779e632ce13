"""Chicago notes and bibliography forms the published-work parser reads, through
``parse_citation``: the cited page of a note, "Ibid." after a published work, the short note
that must not take an archive's place."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import parse_citation, parse_citations
from archivecite.model import ArchivalReference, Name, Text
from archivecite.parse.published import parse_published
from archivecite.parse.result import Parsed


def _name(name: Name) -> str:
    return ", ".join(part for part in (name.family, name.given, name.suffix) if part)


def _text(value: Text | None) -> str | None:
    return None if value is None else value.original


def _fields(text: str) -> dict[str, Any]:
    result = parse_citation(text)
    assert isinstance(result, Parsed), text
    ref = result.reference
    return {
        "kind": ref.kind,
        "authors": [_name(name) for name in ref.authors],
        "editors": [_name(name) for name in ref.editors],
        "title": _text(ref.title),
        "container": _text(getattr(ref, "container_title", None)),
        "volume": getattr(ref, "volume", None),
        "issue": getattr(ref, "issue", None),
        "pages": getattr(ref, "pages", None),
        "place": _text(getattr(ref, "place", None)),
        "publisher": _text(getattr(ref, "publisher", None)),
        "edition": getattr(ref, "edition", None),
        "date": ref.date.iso() if ref.date else None,
        "locator": ref.extra.get("locator"),
    }


# The forms the lead found misread, as a historian of the USSR prints them.
FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        # two authors, the first with an initial and a given name ("J. Arch, and ...")
        "Getty, J. Arch, and Oleg V. Naumov. The Road to Terror: Stalin and the Self-Destruction "
        "of the Bolsheviks, 1932–1939. New Haven: Yale University Press, 1999.",
        {
            "kind": "book",
            "authors": ["Getty, J. Arch", "Naumov, Oleg V."],
            "title": "The Road to Terror: Stalin and the Self-Destruction of the Bolsheviks, "
            "1932–1939",
            "place": "New Haven",
            "publisher": "Yale University Press",
            "date": "1999",
        },
    ),
    (
        "Barnes, Steven A. Death and Redemption: The Gulag and the Shaping of Soviet Society. "
        "Princeton, NJ: Princeton University Press, 2011.",
        {
            "kind": "book",
            "authors": ["Barnes, Steven A."],
            "title": "Death and Redemption: The Gulag and the Shaping of Soviet Society",
            "place": "Princeton, NJ",
            "publisher": "Princeton University Press",
            "date": "2011",
        },
    ),
    (
        "Bull, Hedley. The Anarchical Society. 2nd ed. London: Macmillan, 1995.",
        {"authors": ["Bull, Hedley"], "title": "The Anarchical Society", "edition": "2"},
    ),
    (
        # a Soviet or Russian book printed without its publisher: "Place, Year"
        "Karpov, Viktor. Plenniki Stalina. Moscow, 1997.",
        {"kind": "book", "title": "Plenniki Stalina", "place": "Moscow", "container": None},
    ),
    (
        # "gg." (years) ends the title when the imprint follows it
        "Karpov, Viktor. Plenniki Stalina: Sibirskoe internirovanie iaponskoi armii, "
        "1945–1956 gg. Moscow, 1997.",
        {
            "title": "Plenniki Stalina: Sibirskoe internirovanie iaponskoi armii, 1945–1956 gg",
            "place": "Moscow",
            "date": "1997",
        },
    ),
    (
        # "гг." before two towns, the first closed by ";" (form: the towns a Soviet imprint pairs)
        "Карпов В. В. Пленники Сталина: Сибирское интернирование японской армии, "
        "1945–1956 гг. Киев; Львов, 1997.",
        {
            "title": "Пленники Сталина: Сибирское интернирование японской армии, 1945–1956 гг",
            "place": "Киев ; Львов",
            "date": "1997",
        },
    ),
    (
        # CONSTRUCTED (session 17): a Soviet journal's year, then its issue and the pages after
        # a colon, as English notes cite Russian journals (Galitskii's article, VIZh 1991 no. 4)
        'Galitsky, V. P. "Iaponskie voennoplennye v SSSR." Voenno-istoricheskii zhurnal, 1991,'
        " no. 4: 39–46.",
        {
            "kind": "article",
            "container": "Voenno-istoricheskii zhurnal",
            "issue": "4",
            "pages": "39-46",
            "date": "1991",
        },
    ),
    (
        'Getty, J. Arch. "State and Society under Stalin." Slavic Review 50, no. 1 (1991): 18–35.',
        {
            "kind": "article",
            "authors": ["Getty, J. Arch"],
            "title": "State and Society under Stalin",
            "container": "Slavic Review",
            "volume": "50",
            "issue": "1",
            "pages": "18-35",
            "date": "1991",
        },
    ),
    (
        "Steven A. Barnes, Death and Redemption (Princeton, NJ: Princeton University Press, "
        "2011), 45.",
        {
            "authors": ["Barnes, Steven A."],
            "title": "Death and Redemption",
            "place": "Princeton, NJ",
            "pages": None,
            "locator": "45",
        },
    ),
    (
        "Shirai Hisaya, Kenshō Shiberia yokuryū (Tokyo: Heibonsha, 2010), 45.",
        {"authors": ["Shirai, Hisaya"], "title": "Kenshō Shiberia yokuryū", "locator": "45"},
    ),
    (
        'Nikolai Bukharin, "Notes of an Economist," Pravda, 30 September 1928, 2.',
        {
            "kind": "newspaper",
            "authors": ["Bukharin, Nikolai"],
            "container": "Pravda",
            "date": "1928-09-30",
        },
    ),
    (
        'J. Arch Getty, "State and Society under Stalin," Slavic Review 50, no. 1 (1991): 18–35.',
        {"authors": ["Getty, J. Arch"], "title": "State and Society under Stalin", "volume": "50"},
    ),
    (
        "Barnes, Steven A. Death and Redemption. Princeton UP, 2011.",
        {"title": "Death and Redemption", "publisher": "Princeton UP", "place": None},
    ),
    (
        "Khlevniuk, Oleg. Khoziain: Stalin i utverzhdenie stalinskoi diktatury. Moscow: ROSSPEN, "
        "2010.",
        {"authors": ["Khlevniuk, Oleg"], "place": "Moscow", "publisher": "ROSSPEN"},
    ),
    (
        'Getty, J. Arch. "The Politics of Repression Revisited." In Stalinist Terror: New '
        "Perspectives, edited by J. Arch Getty and Roberta T. Manning, 40–62. Cambridge: "
        "Cambridge University Press, 1993.",
        {"kind": "chapter", "container": "Stalinist Terror: New Perspectives", "pages": "40-62"},
    ),
    (
        "Fitzpatrick, Sheila, ed. Stalinism: New Directions. London: Routledge, 2000.",
        {"authors": [], "editors": ["Fitzpatrick, Sheila"], "title": "Stalinism: New Directions"},
    ),
    (
        "Barnes, Steven A. 2011. Death and Redemption. Princeton, NJ: Princeton University Press.",
        {"authors": ["Barnes, Steven A."], "title": "Death and Redemption", "date": "2011"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORMS, ids=[text[:30] for text, _ in FORMS])
def test_reads_the_form(text: str, expected: dict[str, Any]) -> None:
    fields = _fields(text)
    assert {key: fields[key] for key in expected} == expected


def test_ibid_after_a_published_work_cites_that_work_at_its_own_page() -> None:
    results = parse_citations(
        [
            "Steven A. Barnes, Death and Redemption (Princeton, NJ: Princeton University Press, "
            "2011), 45.",
            "Ibid., 46.",
            "Ibid.",
        ]
    )
    assert all(isinstance(result, Parsed) for result in results)
    references = [result.reference for result in results if isinstance(result, Parsed)]
    assert [ref.extra.get("locator") for ref in references] == ["45", "46", "46"]
    assert {ref.title.original for ref in references if ref.title} == {"Death and Redemption"}


def test_short_note_keeps_the_author_title_and_page() -> None:
    parsed = parse_published("Barnes, Death and Redemption, 45.")
    assert parsed is not None
    assert [name.family for name in parsed.reference.authors] == ["Barnes"]
    assert parsed.reference.title is not None
    assert parsed.reference.title.original == "Death and Redemption"
    assert parsed.reference.extra["locator"] == "45"


def test_short_note_yields_to_an_archive() -> None:
    result = parse_citation("Hoover Institution Archives, Boris Nicolaevsky Collection, 45.")
    assert isinstance(result, Parsed)
    assert isinstance(result.reference, ArchivalReference)


@pytest.mark.parametrize("text", ["Moscow, Progress Publishers.", "London, Macmillan Press."])
def test_an_imprint_alone_is_no_short_note(text: str) -> None:
    # a reference list's stray imprint line: a place and a publisher, not a name and a title
    assert parse_published(text) is None


def test_a_year_is_not_a_cited_page() -> None:
    parsed = parse_published("Ivanov, Istoriya Rossii, 2005.")
    assert parsed is None or "locator" not in parsed.reference.extra


def test_an_article_in_a_bibliography_keeps_its_page_range_as_pages() -> None:
    fields = _fields(
        "Farnsworth, Beatrice. “The Soldatka: Folklore and Court Record.” Slavic Review 49, "
        "no. 1 (1990): 58–73."
    )
    assert (fields["pages"], fields["locator"]) == ("58-73", None)


@pytest.mark.parametrize(
    "text",
    [", et al. Title. Press, 2001.", "et al., eds. T. X, 2001.", "———. ———. 2001.", "Ab, (eds)."],
)
def test_odd_heads_never_raise(text: str) -> None:
    parse_published(text)
    parse_citation(text)


def test_ibid_with_an_archival_locator_after_a_published_work_stays_archival() -> None:
    results = parse_citations(
        [
            "Steven A. Barnes, Death and Redemption (Princeton, NJ: Princeton University Press, "
            "2011), 45.",
            "Ibid., f. 17, op. 3, d. 5.",
        ]
    )
    assert isinstance(results[1], Parsed)
    assert isinstance(results[1].reference, ArchivalReference)


def test_chapter_in_a_book_whose_editors_come_first() -> None:
    # Lynne Viola's chapter in Fitzpatrick and Viola, eds., A Researcher's Guide to Sources on
    # Soviet Social History in the 1930s (M. E. Sharpe, 1990), as notes print it
    result = parse_citation(
        'Lynne Viola, "The Campaign to Eliminate the Kulak as a Class," in Sheila Fitzpatrick '
        "and Lynne Viola, eds., A Researcher's Guide to Sources on Soviet Social History in the "
        "1930s (Armonk, NY: M. E. Sharpe, 1990), 3–22."
    )
    assert isinstance(result, Parsed), result
    reference = result.reference
    assert reference.kind == "chapter"
    assert _text(getattr(reference, "container_title", None)) == (
        "A Researcher's Guide to Sources on Soviet Social History in the 1930s"
    )
    assert [_name(name) for name in getattr(reference, "container_authors", ())] == [
        "Fitzpatrick, Sheila",
        "Viola, Lynne",
    ]


def test_a_misread_head_is_no_short_reference_without_a_page() -> None:
    # Izvestiya AltGU's own Chicago author-date citation, with its slips ("1." for the year),
    # http://izvestiya.asu.ru/citationstylelanguage/get/chicago-author-date?submissionId=2911:
    # the rest after the first name is no title cited alone.
    text = (
        "Владимиров, В.Н., Д.Е. Сарафанов, и А.С. Щетинина. 1. «К истокам „новой исторической "
        "демографии“: от формы к содержанию». Известия Алтайского государственного университета, "
        "вып. 4/2(88) (1). https://doi.org/10.14258/izvasu(2015)4.2-06."
    )
    result = parse_citation(text)
    title = result.reference.title if isinstance(result, Parsed) else None
    assert title is None or not title.original.startswith("Д.Е. Сарафанов")
