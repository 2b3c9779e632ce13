"""Documents cited from published collections, the way historians of the USSR cite most of
their sources: a Chicago note ``Document, day, in Collection (Place: Publisher, Year), pages``
and its GOST form ``Document // Collection. М., Year. С. pages``, and authorless volumes such as
FRUS. The collections, their imprints and volumes are real (FRUS 1946 vol. 6, Katyn' 1997,
Lubianka 2006, Lavrentii Beriia 1999, Russkii arkhiv vol. 18 (7-1) 1997, Voennoplennye v SSSR
2000); the documents' titles and pages are written as such notes print them.

The day a document bears is not the collection's date: it is kept as
``extra["document_date"]`` and the work's date is the imprint's year."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import parse_citation
from archivecite.model import PublishedFields, Text
from archivecite.parse.result import Parsed


def _original(value: Text | None) -> str | None:
    return None if value is None else value.original


def _fields(text: str) -> dict[str, Any]:
    result = parse_citation(text)
    assert isinstance(result, Parsed), text
    reference = result.reference
    assert isinstance(reference, PublishedFields), text
    return {
        "kind": reference.kind,
        "authors": [name.family for name in reference.authors],
        "title": _original(reference.title),
        "container": _original(reference.container_title),
        "volume": reference.volume,
        "pages": reference.pages,
        "place": _original(reference.place),
        "publisher": _original(reference.publisher),
        "date": reference.date.iso() if reference.date else None,
        "extra": dict(reference.extra),
    }


CHICAGO: list[tuple[str, dict[str, Any]]] = [
    (
        'Politburo resolution, 5 March 1940, in Katyn: Plenniki neob"iavlennoi voiny (Moscow: '
        "Demokratiia, 1997), 384–90.",
        {
            "kind": "chapter",
            "authors": [],
            "title": "Politburo resolution",
            "container": 'Katyn: Plenniki neob"iavlennoi voiny',
            "place": "Moscow",
            "publisher": "Demokratiia",
            "date": "1997",
            "extra": {"document_date": "1940-03-05", "locator": "384-90"},
        },
    ),
    (
        '"Politburo resolution," 5 March 1940, in Katyn: Plenniki neob"iavlennoi voiny '
        "(Moscow: Demokratiia, 1997), 384–90.",
        {
            "kind": "chapter",
            "title": "Politburo resolution",
            "container": 'Katyn: Plenniki neob"iavlennoi voiny',
            "date": "1997",
            "extra": {"document_date": "1940-03-05", "locator": "384-90"},
        },
    ),
    (  # a year alone after the title is the title's own
        "Foreign Relations of the United States, 1946, vol. 6, Eastern Europe; The Soviet Union "
        "(Washington, DC: Government Printing Office, 1969), 696–709.",
        {
            "kind": "book",
            "authors": [],
            "title": "Foreign Relations of the United States, 1946",
            "volume": "6",
            "place": "Washington, DC",
            "publisher": "Government Printing Office",
            "date": "1969",
            "extra": {"volume_title": "Eastern Europe; The Soviet Union", "locator": "696-709"},
        },
    ),
    (  # an authorless book whose title opens with a name
        "Lavrentii Beriia, 1953: Stenogramma iiul'skogo plenuma TsK KPSS i drugie dokumenty "
        "(Moscow: MFD, 1999), 45.",
        {
            "kind": "book",
            "authors": [],
            "title": "Lavrentii Beriia, 1953: Stenogramma iiul'skogo plenuma TsK KPSS i drugie "
            "dokumenty",
            "publisher": "MFD",
            "date": "1999",
            "extra": {"locator": "45"},
        },
    ),
]

GOST: list[tuple[str, dict[str, Any]]] = [
    (
        "Записка Л. П. Берии И. В. Сталину, 5 июля 1945 г. // Лубянка. Сталин и НКВД–НКГБ–ГУКР "
        "«Смерш». 1939 – март 1946. М., 2006. С. 522–523.",
        {
            "kind": "chapter",
            "authors": [],
            "title": "Записка Л. П. Берии И. В. Сталину, 5 июля 1945 г",
            "container": "Лубянка. Сталин и НКВД–НКГБ–ГУКР «Смерш»",
            "pages": "522-523",
            "place": "Москва",
            "date": "2006",
        },
    ),
    (
        "Докладная записка МВД СССР о японских военнопленных. 12 мая 1946 г. // Военнопленные "
        "в СССР. 1939–1956: Документы и материалы. М., 2000. С. 45–47.",
        {
            "kind": "chapter",
            "authors": [],
            "title": "Докладная записка МВД СССР о японских военнопленных",
            "pages": "45-47",
            "date": "2000",
            "extra": {"document_date": "1946-05-12"},
        },
    ),
    (
        "Постановление ГКО № 9898сс от 23 августа 1945 г. // Русский архив: Великая "
        "Отечественная. Т. 18 (7-1). М.: Терра, 1997. С. 341–344.",
        {
            "kind": "chapter",
            "authors": [],
            "container": "Русский архив: Великая Отечественная",
            "publisher": "Терра",
            "date": "1997",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHICAGO + GOST)
def test_document_in_a_published_collection(text: str, expected: dict[str, Any]) -> None:
    observed = _fields(text)
    assert {key: observed[key] for key in expected} == expected


def test_a_newspapers_day_stays_the_works_date() -> None:
    # GOST: with no year of its own after "//", the day before it is the issue's (the TASS
    # communiqué printed in Izvestiia on 14 June 1941).
    observed = _fields("Сообщение ТАСС. 14 июня 1941 г. // Известия.")
    assert observed["date"] == "1941-06-14"
    assert "document_date" not in observed["extra"]


def test_document_from_an_online_collection() -> None:
    # The Wilson Center Digital Archive's document 116982, cited site first
    observed = _fields(
        'Wilson Center Digital Archive, "Record of Conversation between Mao Zedong and Soviet '
        'Ambassador Pavel Yudin," 22 July 1958, '
        "https://digitalarchive.wilsoncenter.org/document/116982."
    )
    expected = {
        "kind": "webpage",
        "authors": [],
        "title": "Record of Conversation between Mao Zedong and Soviet Ambassador Pavel Yudin",
        "container": "Wilson Center Digital Archive",
        "date": "1958-07-22",
    }
    assert {key: observed[key] for key in expected} == expected


@pytest.mark.parametrize(
    ("text", "container", "issue", "pages"),
    [
        # S. T. Yeremyan's 1951 article in Vestnik drevnei istorii, as a Soviet-era bibliography
        # lists it (the book 'Гунны и Азербайджан', entry under Еремян): the journal after a
        # dash, its year and number after commas, as references were written before GOST 7.1-84
        (
            "Еремян С. Т. Освободительная война армян против персов 450 - 451 гг. - ВДИ, 1951, №4.",
            "ВДИ",
            "4",
            None,
        ),
        (
            "Еремян С. Т. Освободительная война армян против персов. — «Вестник древней истории», "
            "1951, № 4, с. 41–60.",
            "Вестник древней истории",
            "4",
            "41-60",
        ),
        (
            "Еремян С. Т. Освободительная война армян против персов 450–451 гг. // ВДИ, 1951, №4.",
            "ВДИ",
            "4",
            None,
        ),
    ],
)
def test_soviet_journal_after_a_dash_or_with_commas(
    text: str, container: str, issue: str, pages: str | None
) -> None:
    observed = _fields(text)
    assert observed["kind"] == "article"
    assert observed["container"] == container
    assert observed["date"] == "1951"
    assert observed["pages"] == pages
    result = parse_citation(text)
    assert isinstance(result, Parsed)
    assert getattr(result.reference, "issue", None) == issue
