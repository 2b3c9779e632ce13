"""An Ovid export (Embase, MEDLINE via Ovid) gives a non-English article's English title, then
``<ORIGINAL>`` and the original-language title, often cut short; other databases give the
English title alone, in brackets or not. The original-language tail is a database's note: the
English title is compared.

The records are real ones from the labelled systematic-review benchmarks (issue 6), copied from
``../shared/benchmarks/dedup/sysrev_respiratory/records.csv`` (CoLRev-Environment/bib-dedupe
data/respiratory, from Rathbone et al. 2015) with their row ids.
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import Sameness, find_duplicates, record_keys, score_pair
from archivecite.dedupe.title_keys import clean_title
from archivecite.model import ArticleReference
from tests.dedupe.helpers import benchmark_article

REGNARD = "Regnard J. F.; Libert J. M.; Rojas-Miranda A.; Marzelle J.; Levasseur P."


def _ref(
    title: str, people: str, venue: str, year: int, place: tuple[str, str, str]
) -> ArticleReference:
    return benchmark_article(title, people, venue, year, place=place)


# sysrev_respiratory id_0000229 (Ovid)
REGNARD_OVID = _ref(
    "Antibiotic and antiseptic prophylaxis in thoracic surgery. A randomized study. <ORIGINAL>"
    " PROPHYLAXIE ANTIBIOTIQUE ET ANTISEPTIQUE EN CHIRURGIE THORACIQUE. ETUDE CONTROLEE",
    REGNARD,
    "Pathol Biol",
    1989,
    ("37", "53", "477-480"),
)
# sysrev_respiratory id_0000202 (Ovid): another article, another language
SAMPERE_OVID = _ref(
    "Definitive cardiac stimulation. A comparative study between transvenous and"
    " transmediastinal approach. <ORIGINAL> LA ESTIMULACION CARDIACA DEFINITIVA. LOS RESULTADOS"
    " OBTENIDOS POR LA VIA TRANSVENOSA Y",
    "Sampere C. T.; Guasch J. A.; Paladino C. M.",
    "Revargentcardiol",
    1976,
    ("44", "408", "320-324"),
)


@pytest.mark.parametrize(
    ("title", "cleaned"),
    [
        (
            "Antibiotic and antiseptic prophylaxis in thoracic surgery. A randomized study."
            " <ORIGINAL> PROPHYLAXIE ANTIBIOTIQUE ET ANTISEPTIQUE EN CHIRURGIE THORACIQUE."
            " ETUDE CONTROLEE",
            "Antibiotic and antiseptic prophylaxis in thoracic surgery. A randomized study.",
        ),
        # sysrev_respiratory id_0000611: the English title in brackets, the German one cut
        (
            "[Neoadjuvant chemotherapy and chemoradiotherapy in locally advanced stage IIIA and"
            " IIIB of non-small-cell bronchial carcinoma (the Essen concept)] <ORIGINAL>"
            " NEOADJUVANTE CHEMOTHERAPIE UND CHEMORADIOT",
            "[Neoadjuvant chemotherapy and chemoradiotherapy in locally advanced stage IIIA and"
            " IIIB of non-small-cell bronchial carcinoma (the Essen concept)]",
        ),
        # no English title before the marker: the title is left whole
        ("<ORIGINAL> ETUDE CONTROLEE", "<ORIGINAL> ETUDE CONTROLEE"),
        # a title without the marker is left as it was
        (
            "Stroke and aphasia; Overcoming the challenges of capacity evaluation",
            "Stroke and aphasia; Overcoming the challenges of capacity evaluation",
        ),
    ],
)
def test_the_original_language_tail_is_a_note(title: str, cleaned: str) -> None:
    assert clean_title(title) == cleaned


@pytest.mark.parametrize(
    "other",
    [
        # sysrev_respiratory id_0000230 and id_0000231 (MEDLINE): the English title alone, in
        # brackets, translated a little otherwise
        _ref(
            "[Antibiotic and antiseptic prophylaxis in thoracic surgery. Controlled study]",
            REGNARD,
            "Pathologie Biologie",
            1989,
            ("37", "54", "477-480"),
        ),
        _ref(
            "[Antibiotic and antiseptic prophylaxis in thoracic surgery. Controlled study]",
            REGNARD,
            "Pathologie-biologie",
            1989,
            ("37", "55", "477-480"),
        ),
    ],
)
def test_an_ovid_record_meets_the_english_title_alone(other: ArticleReference) -> None:
    decision = score_pair(record_keys(0, REGNARD_OVID), record_keys(1, other))
    assert decision.sameness is Sameness.DOCUMENT
    clusters = find_duplicates([REGNARD_OVID, other], level="document")
    assert [cluster.members for cluster in clusters] == [(0, 1)]


def test_two_ovid_records_of_other_articles_stay_apart() -> None:
    assert find_duplicates([REGNARD_OVID, SAMPERE_OVID]) == []
