"""GOST imprints whose publisher holds abbreviation dots, in the forms real lists print.

The references here are constructed variants of the real ones in ``published_citations.toml``
(which holds only real, sourced entries); each checks one form of the imprint.
"""

from __future__ import annotations

import pytest

from archivecite.parse.published import parse_published
from archivecite.parse.published.imprint import find_imprint


def _fields(text: str) -> dict[str, str | None]:
    parsed = parse_published(text)
    assert parsed is not None
    ref = parsed.reference
    title = getattr(ref, "title", None)
    place = getattr(ref, "place", None)
    publisher = getattr(ref, "publisher", None)
    return {
        "kind": ref.kind,
        "title": title.original if title else None,
        "place": place.original if place else None,
        "publisher": publisher.original if publisher else None,
        "year": str(ref.date.year) if ref.date else None,
    }


@pytest.mark.parametrize(
    ("text", "title", "place", "publisher", "year"),
    [
        (
            "Туголуков Е.Н. Решение задач теплопроводности методом конечных интегральных "
            "преобразований: Учебное пособие. Тамбов: Изд-во Тамб. техн. ун-та, 2005. 116 c.",
            "Решение задач теплопроводности методом конечных интегральных преобразований: "
            "Учебное пособие",
            "Тамбов",
            "Изд-во Тамб. техн. ун-та",
            "2005",
        ),
        (
            "Туголуков E.Н. Решение задач: Учебное пособие. Тамбов, Изд-во Тамб. техн. ун-та, "
            "2005. 116 с.",
            "Решение задач: Учебное пособие",
            "Тамбов",
            "Изд-во Тамб. техн. ун-та",
            "2005",
        ),
        (
            "Иванов И.И. История дипломатии: монография. М.: Изд-во Моск. ун-та, 1985. 320 с.",
            "История дипломатии: монография",
            "Москва",
            "Изд-во Моск. ун-та",
            "1985",
        ),
        (
            "Петров П.П. Очерки истории: сборник статей. – М.: Гос. изд-во полит. лит., 1957. "
            "– 491 с.",
            "Очерки истории: сборник статей",
            "Москва",
            "Гос. изд-во полит. лит.",
            "1957",
        ),
        (
            "Сидоров С.С. Военные действия на Дальнем Востоке. М.: Воениздат, 1960. 200 с.",
            "Военные действия на Дальнем Востоке",
            "Москва",
            "Воениздат",
            "1960",
        ),
        (
            "Смит Дж. Дипломатия великих держав. М.: Изд-во иностр. лит., 1958. 400 с.",
            "Дипломатия великих держав",
            "Москва",
            "Изд-во иностр. лит.",
            "1958",
        ),
        (
            "Иванов И.И. Японские военнопленные: материалы конференции. Л.: Изд-во АН СССР, "
            "1950. 150 с.",
            "Японские военнопленные: материалы конференции",
            "Ленинград",
            "Изд-во АН СССР",
            "1950",
        ),
        (
            "Иванов И.И. Лагеря военнопленных. Кострома. Изд-во Костр. гос. ун-та. 2010. 90 с.",
            "Лагеря военнопленных",
            "Кострома",
            "Изд-во Костр. гос. ун-та",
            "2010",
        ),
    ],
    ids=[
        "colon-comma",
        "commas-latin-e",
        "moscow-university",
        "state-political-literature",
        "voenizdat",
        "foreign-literature",
        "academy-of-sciences",
        "unknown-place-dots",
    ],
)
def test_imprint_with_abbreviation_dots(
    text: str, title: str, place: str, publisher: str, year: str
) -> None:
    assert _fields(text) == {
        "kind": "book",
        "title": title,
        "place": place,
        "publisher": publisher,
        "year": year,
    }


def test_thesis_degree_is_not_the_imprint() -> None:
    text = "Иванов И.И. Японские военнопленные: дис. ... канд. ист. наук. Хабаровск: Изд-во ДВГУ, 2004."
    parsed = parse_published(text)
    assert parsed is not None
    ref = parsed.reference
    assert ref.kind == "thesis"
    assert getattr(ref, "degree", None) == "канд. ист. наук"
    assert _fields(text)["publisher"] == "Изд-во ДВГУ"


@pytest.mark.parametrize(
    "text",
    [
        "Иванов И.И. История. Москва. Очерки. М.: Наука",  # no year: no imprint
        "Иванов И.И. Кремль. Очерки истории, 1990",  # an unknown word, no colon, no publisher
        "Иванов И.И. Война. Монография. 1990",  # a kind of work is no place
        "Иванов И.И. Война. Москва. Сборник статей. Другие слова: тоже, 1990",
    ],
)
def test_no_imprint(text: str) -> None:
    assert find_imprint(text, 0, len(text)) is None


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        # Karpov's "Пленники Сталина" (published_citations_ru.toml) with the places of its
        # Kyiv–Lviv printing, as GOST lists them: in a short note, in full areas, romanized
        ("Карпов В.В. Пленники Сталина. Киев; Львов, 1997.", "Киев ; Львов", None),
        ("Карпов В.В. Пленники Сталина. М.; Л., 1997.", "Москва ; Ленинград", None),
        ("Карпов В.В. Пленники Сталина. – Киев; Львов, 1997. – 176 с.", "Киев ; Львов", None),
        ("Карпов В.В. Пленники Сталина. М.; Л.: Наука, 1997.", "Москва ; Ленинград", "Наука"),
        ("Karpov V.V. Plenniki Stalina. Kiyev; L’vov, 1997.", "Kiyev ; L’vov", None),
        ("Karpov V.V. Plenniki Stalina. M.; L., 1997.", "Moscow ; Leningrad", None),
        ("Karpov V.V. Plenniki Stalina. – Kiyev; L’vov, 1997. – 176 s.", "Kiyev ; L’vov", None),
    ],
)
def test_several_places(text: str, place: str, publisher: str | None) -> None:
    fields = _fields(text)
    title = "Plenniki Stalina" if "Karpov" in text else "Пленники Сталина"
    assert fields == {
        "kind": "book",
        "title": title,
        "place": place,
        "publisher": publisher,
        "year": "1997",
    }
