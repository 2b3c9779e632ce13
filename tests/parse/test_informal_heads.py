"""Informal references that open with names and a title in quotes: ``Калашников А.П. и др.
«Title» (2003)`` (no comma after "и др.", the family name before its initials), the same head in
Roman script with "et al." (``Park J.S. et al. «Title» (2024)``, a README's possessive
``Ubryatova E.I. et al.'s "Title"``), a parenthesised imprint after the title (``(Volume 1:
Fonetika i morfologiya, Nauka, 1982)``) and a title broken over two lines (one space for the
break and the next line's indent). Forms first met in cross_script_holdout11.toml (pairs 14-18,
23)."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import Parsed, parse_citation
from archivecite.model import BookReference, Reference
from tests.parse.helpers import reference_fields

_FIELDS = (
    "authors",
    "title",
    "title_lang",
    "year",
    "date",
    "container_title",
    "issue",
    "publisher",
    "language",
)


def _fields(text: str) -> dict[str, Any]:
    """The fields the table states, those the reading left empty left out."""
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference: Reference = result.reference
    stated = reference_fields(reference)
    return {name: stated[name] for name in _FIELDS if stated[name] not in (None, [])}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # GitHub Python generator of a bilingual .docx manual (search-tool file id 52632756804),
            # the Russian paragraph 'Источники: ...', its first source (up to the semicolon)
            "Калашников А.П. и др. «Нормы и рационы кормления с.-х. животных» (2003)",
            {
                "authors": ["Калашников, А.П."],
                "title": "Нормы и рационы кормления с.-х. животных",
                "title_lang": "ru",
                "year": "2003",
                "date": "2003",
                "language": "ru",
            },
            id="et-al-no-comma-year-in-brackets",
        ),
        pytest.param(
            # GitHub JavaScript dictionary of sources (search-tool file id 70628606626), key 'ru'
            # of a recycling note, up to the parenthesis after the year
            "Клинков А.С. и др. «Рециклинг и утилизация тары и упаковки», ТГТУ, 2010",
            {
                "authors": ["Клинков, А.С."],
                "title": "Рециклинг и утилизация тары и упаковки",
                "title_lang": "ru",
                "year": "2010",
                "date": "2010",
                "publisher": "ТГТУ",
                "language": "ru",
            },
            id="et-al-no-comma-publisher-year",
        ),
        pytest.param(
            # GitHub Python module docstring on the fire resistance of glued beams (search-tool
            # file id 55388959466), line 'Методика: ...' and the next, the docstring's line break
            # kept; the worked example it names after a dash ('— Пример расчёта №1 ...') left out
            "Сивенков А.Б. и др. «Огнестойкость деревянных конструкций»,\n"
            "Академия ГПС МЧС России, 2023",
            {
                "authors": ["Сивенков, А.Б."],
                "title": "Огнестойкость деревянных конструкций",
                "title_lang": "ru",
                "year": "2023",
                "date": "2023",
                "publisher": "Академия ГПС МЧС России",
                "language": "ru",
            },
            id="imprint-after-a-line-break",
        ),
        pytest.param(
            # GitHub Markdown design notes (search-tool file id 68332179020), the reference
            # after the PDF's link, up to its year
            "Park J.S. et al. «Generative Agent Simulations of 1,000 People» (2024)",
            {
                "authors": ["Park, J.S."],
                "title": "Generative Agent Simulations of 1,000 People",
                "year": "2024",
                "date": "2024",
            },
            id="roman-script-et-al-guillemets",
        ),
        pytest.param(
            # the same .docx generator (file id 52632756804), the English paragraph 'Sources:'
            "Kalashnikov A.P. et al. 'Norms and Rations for Feeding Farm Animals' (2003)",
            {
                "authors": ["Kalashnikov, A.P."],
                "title": "Norms and Rations for Feeding Farm Animals",
                "year": "2003",
                "date": "2003",
            },
            id="roman-script-et-al-single-quotes",
        ),
    ],
)
def test_an_informal_head_reads(text: str, expected: dict[str, Any]) -> None:
    assert _fields(text) == expected


def test_a_volume_in_the_parenthesised_imprint_is_read() -> None:
    # cross_script_holdout11.toml pair 15: a README's possessive head, the volume and its title,
    # the publisher and the year in one parenthesis
    text = (
        'Ubryatova E.I. et al.\'s "Grammatika sovremennogo yakutskogo literaturnogo yazyka" '
        "(Volume 1: Fonetika i morfologiya, Nauka, 1982)"
    )
    result = parse_citation(text)
    assert isinstance(result, Parsed)
    reference = result.reference
    assert isinstance(reference, BookReference)
    assert (
        reference.title.original if reference.title else None,
        [(name.family, name.given) for name in reference.authors],
        reference.volume,
        reference.extra.get("volume_title"),
        reference.publisher.original if reference.publisher else None,
        reference.date.iso() if reference.date else None,
    ) == (
        "Grammatika sovremennogo yakutskogo literaturnogo yazyka",
        [("Ubryatova", "E.I.")],
        "1",
        "Fonetika i morfologiya",
        "Nauka",
        "1982",
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            # GitHub TypeScript list of legal services (search-tool file id 68668910837): "и др."
            # and a quoted phrase after words that are no names
            "Ликвидация (закрытие) ООО, АО и др. «под ключ».",
            id="services-then-quoted-phrase",
        ),
        pytest.param(
            # GitHub Markdown README of a PHP package (search-tool file id 71356278774), the
            # second line of a sentence on which fields a service fills
            "`max_users`: `avatar_url`, `full_avatar_url`, `description` и др. «Когда вызывать»"
            " — решает приложение.",
            id="sentence-with-et-al-and-quotes",
        ),
        pytest.param(
            # GitHub Markdown table of bank detectors (search-tool file id 69553057038), a cell
            "OTP / Raiffeisen / PSB и др. «редкие»",
            id="abbreviations-then-quoted-word",
        ),
    ],
)
def test_quotes_after_words_that_are_no_names_stay_refused(text: str) -> None:
    assert not isinstance(parse_citation(text), Parsed)
