"""The archaeographic legend after an archival locator ("Подлинник. Машинопись.", "Копия",
"Original. Typescript."): its typed reading, its text as printed, and its spans.

Rows marked with a source are real notes, copied as printed; rows marked "form" are put
together from the forms the task named, to cover a term no real note of the tables shows."""

from __future__ import annotations

import pytest

from archivecite import Authenticity, Medium, Parsed, archival_fields, parse_citation

ORIGINAL, COPY, CERTIFIED = Authenticity.ORIGINAL, Authenticity.COPY, Authenticity.CERTIFIED_COPY
TYPESCRIPT, MANUSCRIPT = Medium.TYPESCRIPT, Medium.MANUSCRIPT


@pytest.mark.parametrize(
    ("text", "folios", "legend", "authenticity", "medium"),
    [
        pytest.param(
            # sobornost.online/protokol-17-21/ ('Протокол № 17', Документы Священного Собора
            # 1917–1918 гг.), archival note; also tests/data/archival_citations.toml
            "ГАРФ. Ф. 3431. Оп. 1. Д. 459. Л. 12–12 об. Машинопись. Подлинник. Подписи — автографы.",
            "12-12v",
            "Машинопись. Подлинник. Подписи — автографы.",
            ORIGINAL,
            TYPESCRIPT,
            id="typescript-original-signatures",
        ),
        pytest.param(
            # istmat.org/node/29634, field 'Архив'; also tests/data/archival_citations.toml
            "РГАСПИ. Ф. 17. Оп. 42. Д. 83. Л. 50. Подлинник.",
            "50",
            "Подлинник.",
            ORIGINAL,
            None,
            id="original",
        ),
        pytest.param(
            # istmat.org/node/29742, field 'Архив'; also tests/data/archival_citations.toml
            "РГАСПИ. Ф. 17. Оп. 162. Д. 14. Л. 122. Заверенная копия.",
            "122",
            "Заверенная копия.",
            CERTIFIED,
            None,
            id="certified-copy",
        ),
        pytest.param(
            # docs.historyrussia.org/nodes/124167 (after '//'); also
            # tests/data/archival_citations.toml
            "ЦГА РСФСР, ф. 2306, оп. 1, д. 2895, л. 1—1 об. Завер. копия.",
            "1-1v",
            "Завер. копия.",
            CERTIFIED,
            None,
            id="certified-copy-abbreviated",
        ),
        pytest.param(
            # gasur.narod.ru/cdni/doc/history_cdni/doc0304.htm (search tool's pages corpus),
            # document no. 4; also tests/parse/test_belarusian_locators.py
            "ЦДНИ УР, ф.16, оп.1, д.1050, л.10. Подлинник. Машинопись.",
            "10",
            "Подлинник. Машинопись.",
            ORIGINAL,
            TYPESCRIPT,
            id="original-typescript-unspaced-locator",
        ),
        pytest.param(
            # litfond.net/r/178243?p_=65 ('Лубянка - Старая площадь', page 65; search tool's
            # pages corpus), after document no. 45
            "ЦХСД, ф. 89, оп. 65, д. 12, лл. 1-2 (копия).",
            "1-2",
            "(копия).",
            COPY,
            None,
            id="copy-in-brackets",
        ),
        pytest.param(
            "ГА РФ. Ф. Р-9401. Оп. 2. Д. 582. Л. 9–12 об. Подлинник. Машинопись.",
            "9-12v",
            "Подлинник. Машинопись.",
            ORIGINAL,
            TYPESCRIPT,
            id="form-original-typescript",
        ),
        pytest.param(
            "МПА, ф. 4, оп. 12, д. 5, лл. 100—102. Подлинник. Стенограмма.",
            "100-102",
            "Подлинник. Стенограмма.",
            ORIGINAL,
            Medium.SHORTHAND,
            id="form-shorthand-record",
        ),
        pytest.param(
            "ЦАОДМ, ф. 4, оп. 12, д. 5, л. 80-88. Копия.",
            "80-88",
            "Копия.",
            COPY,
            None,
            id="form-copy",
        ),
        pytest.param(
            "RGASPI F. 558. Op. 11. D. 1. L. 9. Original. Typescript.",
            "9",
            "Original. Typescript.",
            ORIGINAL,
            TYPESCRIPT,
            id="form-english-original-typescript",
        ),
        pytest.param(
            # the plural, as an English translation's archive lines print a letter's several
            # autographs (an OCR'd "On." for "Op." kept)
            "RTsKhIDNI. F. 558. On. 1. D. 60. L. 1-3. Autographs.",
            "1-3",
            "Autographs.",
            None,
            Medium.AUTOGRAPH,
            id="form-english-autographs-plural",
        ),
        pytest.param(
            "RGASPI F. 558. Op. 11. D. 1. L. 9. Autograph.",
            "9",
            "Autograph.",
            None,
            Medium.AUTOGRAPH,
            id="form-english-autograph",
        ),
        pytest.param(
            "АП РФ. Ф. 3. Оп. 1. Д. 2. Л. 3-5. Подлинник. Рукопись И. В. Сталина",
            "3-5",
            "Подлинник. Рукопись И. В. Сталина",
            ORIGINAL,
            MANUSCRIPT,
            id="form-unknown-words-kept",
        ),
        pytest.param(
            "РГАСПИ. Ф. 17. Оп. 3. Д. 1. Л. 5. Отпуск. Машинопись.",
            "5",
            "Отпуск. Машинопись.",
            Authenticity.RETAINED_COPY,
            TYPESCRIPT,
            id="form-retained-copy",
        ),
        pytest.param(
            "РГАСПИ. Ф. 17. Оп. 3. Д. 1. Л. 5. Черновик. Автограф.",
            "5",
            "Черновик. Автограф.",
            Authenticity.DRAFT,
            Medium.AUTOGRAPH,
            id="form-draft-autograph",
        ),
        pytest.param(
            "ГАРФ. Ф. Р-5446. Оп. 1. Д. 2. Л. 3. Машинописная копия.",
            "3",
            "Машинописная копия.",
            COPY,
            TYPESCRIPT,
            id="form-typed-copy-one-term",
        ),
        pytest.param(
            "ГАРФ. Ф. Р-5446. Оп. 1. Д. 2. Л. 3. Подл. Типографский экз.",
            "3",
            "Подл. Типографский экз.",
            ORIGINAL,
            Medium.PRINTED,
            id="form-abbreviated-printed",
        ),
        pytest.param(
            "ГАРФ. Ф. Р-5446. Оп. 1. Д. 2. Л. 3. Ксерокопия.",
            "3",
            "Ксерокопия.",
            None,
            Medium.PHOTOCOPY,
            id="form-photocopy",
        ),
        pytest.param(
            "ГАРФ. Ф. Р-5446. Оп. 1. Д. 2. Л. 3. Заверенная машинописная копий.",
            "3",
            "Заверенная машинописная копий.",
            CERTIFIED,
            TYPESCRIPT,
            id="form-misprinted-noun-read-by-its-adjectives",
        ),
    ],
)
def test_legend_is_read_after_the_locator(
    text: str,
    folios: str,
    legend: str,
    authenticity: Authenticity | None,
    medium: Medium | None,
) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed)
    reference = result.reference
    assert archival_fields(reference)["folios"] == folios
    assert reference.legend is not None
    assert (reference.legend.text, reference.legend.authenticity, reference.legend.medium) == (
        legend,
        authenticity,
        medium,
    )
    assert reference.title is None  # the legend is never a title
    spans = {span.field: text[span.start : span.end] for span in result.spans}
    assert spans["legend"] == legend.rstrip()


def test_spans_name_each_term() -> None:
    text = "ГА РФ. Ф. Р-9401. Оп. 2. Д. 582. Л. 9–12 об. Подлинник. Машинопись."
    result = parse_citation(text)
    assert isinstance(result, Parsed)
    spans = {span.field: text[span.start : span.end] for span in result.spans}
    assert (spans["authenticity"], spans["medium"]) == ("Подлинник", "Машинопись")


def test_publication_after_the_legend() -> None:
    text = "РГАСПИ. Ф. 17. Оп. 3. Д. 1. Л. 5. Подлинник. Опубл.: Известия ЦК КПСС. 1989. № 3."
    result = parse_citation(text)
    assert isinstance(result, Parsed)
    legend = result.reference.legend
    assert legend is not None
    assert (legend.authenticity, legend.published_in) == (ORIGINAL, "Известия ЦК КПСС. 1989. № 3.")
    assert legend.text == "Подлинник. Опубл.: Известия ЦК КПСС. 1989. № 3."


def test_each_file_of_a_note_has_its_own_legend() -> None:
    # a form: two files of one note, each with its legend
    text = (
        "РГАСПИ. Ф. 558. Оп. 11. Д. 1. Л. 5. Подлинник. Машинопись; Ф. 17. Оп. 3. Д. 2. Л. 7. "
        "Машинописный текст с правкой В. М. Молотова. Подписи — автографы."
    )
    result = parse_citation(text)
    assert isinstance(result, Parsed)
    first, second = (reference.legend for reference in result.references)
    assert first is not None
    assert second is not None
    assert (first.text, first.authenticity, first.medium) == (
        "Подлинник. Машинопись",
        ORIGINAL,
        TYPESCRIPT,
    )
    # the words the reader does not know stay as printed
    assert (second.text, second.authenticity, second.medium) == (
        "Машинописный текст с правкой В. М. Молотова. Подписи — автографы.",
        None,
        TYPESCRIPT,
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("РГАСПИ. Ф. 17. Оп. 3. Д. 1. Л. 5.", id="nothing-after"),
        pytest.param("РГАСПИ. Ф. 17. Оп. 3. Д. 1. Л. 5. Цит. по: Иванов.", id="not-a-legend"),
        pytest.param("RGASPI F. 558. Op. 11. D. 1. L. 9. Originally typed.", id="word-prefix"),
    ],
)
def test_no_legend_without_its_terms(text: str) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed)
    assert result.reference.legend is None
