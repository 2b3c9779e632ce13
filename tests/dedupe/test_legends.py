"""Two citations of the same folios whose legends contradict are two documents of one file
(a typed cipher and the autograph answer written on it); a side without a legend is no evidence,
and at file level the legend does not matter. Citations are forms: the folios are made up."""

from __future__ import annotations

import pytest

from archivecite import Parsed, find_duplicates, parse_citation
from archivecite.dedupe import Sameness, record_keys, score_pair
from archivecite.model import ReferenceKind

LOCATOR = "РГАСПИ. Ф. 558. Оп. 11. Д. 1. Л. 9."


def _reference(text: str) -> ReferenceKind:
    result = parse_citation(text)
    assert isinstance(result, Parsed)
    return result.reference


@pytest.mark.parametrize(
    ("first", "second", "sameness"),
    [
        pytest.param(
            "Подлинник. Машинопись.", "Автограф.", Sameness.FILE, id="typescript-vs-autograph"
        ),
        pytest.param("Подлинник.", "Копия.", Sameness.FILE, id="original-vs-copy"),
        pytest.param("Отпуск.", "Подлинник.", Sameness.FILE, id="retained-copy-vs-original"),
        pytest.param(
            "Копия. Машинопись.", "Заверенная копия.", Sameness.DOCUMENT, id="copy-and-certified"
        ),
        pytest.param("Рукопись.", "Автограф.", Sameness.DOCUMENT, id="both-by-hand"),
        pytest.param("Подлинник. Машинопись.", "", Sameness.DOCUMENT, id="one-side-silent"),
        pytest.param("Ксерокопия.", "Машинопись.", Sameness.DOCUMENT, id="photocopy-no-evidence"),
        pytest.param(
            "Original. Typescript.", "Подлинник. Машинопись.", Sameness.DOCUMENT, id="translated"
        ),
    ],
)
def test_legends_on_the_same_folios(first: str, second: str, sameness: Sameness) -> None:
    a = _reference(f"{LOCATOR} {first}".strip())
    b = _reference(f"{LOCATOR} {second}".strip())
    decision = score_pair(record_keys(0, a), record_keys(1, b))
    assert decision.sameness is sameness


def test_contradicting_legends_are_two_documents_of_one_file() -> None:
    typed = _reference("RGASPI F. 558. Op. 11. D. 1. L. 9. Original. Typescript.")
    autograph = _reference("RGASPI F. 558. Op. 11. D. 1. L. 9. Autograph.")
    silent = _reference("RGASPI F. 558. Op. 11. D. 1. L. 9.")
    decision = score_pair(record_keys(0, typed), record_keys(1, autograph))
    reasons = [str(reason) for reason in decision.reasons if reason.field == "legend"]
    assert reasons == [
        "legend: legends differ (typed / by hand): 'Original. Typescript.' / 'Autograph.'"
    ]
    document = find_duplicates([typed, autograph, silent], level="document")
    assert [cluster.members for cluster in document] == [(0, 2)]
    file = find_duplicates([typed, autograph, silent], level="file")
    assert [cluster.members for cluster in file] == [(0, 1, 2)]


def test_the_legend_classes_name_the_models_readings() -> None:
    from archivecite import Authenticity, Medium  # noqa: PLC0415
    from archivecite.dedupe.vocabulary import VOCABULARY  # noqa: PLC0415

    assert set(VOCABULARY.authenticity_classes) <= {value.value for value in Authenticity}
    assert set(VOCABULARY.medium_classes) <= {value.value for value in Medium}
