"""A meeting abstract a journal prints, as Embase names its container ("Scandinavian Journal of
Immunology.Conference: 39th Meeting of ...") and as another database does (the journal alone,
with volume, issue and page): one document in the journal's issue, not a proceedings paper and
its journal version.

The records are real ones from the labelled systematic-review benchmarks (issue 6), copied from
``../shared/benchmarks/dedup/<set>/records.csv`` with their row ids: sysrev_haematology
(CoLRev-Environment/bib-dedupe data/haematology, from Rathbone et al. 2015) and sysrev_diabetes
(camaradesuk/ASySD tests/testthat/labelled_test_set.csv).
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import Sameness, find_duplicates, record_keys, score_pair
from archivecite.dedupe.venue_names import venue_kind
from archivecite.model import ArticleReference
from tests.dedupe.helpers import benchmark_article

LICHT = (
    "Licht C.; Muus P.; Legendre C.; Douglas K.; Hourmant M.; Delmas Y.; Herthelius M.;"
    " Trivelli A.; Goodship T.; Bedrosian C.; Loirat C."
)
LICHT_TITLE = (
    "A phase II study of eculizumab in patients with atypical hemolytic uremic syndrome (AHUS)"
    " receiving chronic plasma exchange/infusion: Interim analysis"
)
KOSKINEN = (
    "Koskinen A.; Tukiainen E.; Nordin A.; Makisalo H.; Hockerstedt K.; Isoniemi H.; Nilsson B.;"
    " Jokiranta S."
)
LEHTINEN = "Lehtinen M. J.; Rops A. L.; Isenman D. E.; van der V.; Jokiranta T. S."


def _ref(
    title: str, people: str, venue: str, year: int, place: tuple[str, str, str] = ("", "", "")
) -> ArticleReference:
    return benchmark_article(title, people, venue, year, place=place)


@pytest.mark.parametrize(
    ("venue", "kind"),
    [
        (
            "Scandinavian Journal of Immunology.Conference: 39th Meeting of Scandinavian Society"
            " for Immunology Jointly with the Baltic Immunological Society Tallinn Estonia.",
            "journal",
        ),
        (
            "Journal of Thrombosis and Haemostasis.Conference: 23rd Congress of the International"
            " Society on Thrombosis and Haemostasis 57th Annual SSC Meeting Kyoto Japan.",
            "journal",
        ),
        # no word of the journal's name tells its kind: its volume will
        ("Circulation. Conference: American Heart Association's Scientific Sessions", ""),
        # proceedings named so stay proceedings
        ("Proceedings of the Conference: Very Large Data Bases", "proceedings"),
    ],
)
def test_a_journals_meeting_is_the_journals(venue: str, kind: str) -> None:
    assert venue_kind(venue) == kind


@pytest.mark.parametrize(
    ("embase", "other"),
    [
        (
            # sysrev_haematology id_0000111 / id_0000113
            _ref(
                LICHT_TITLE,
                LICHT,
                "Journal of Thrombosis and Haemostasis.Conference: 23rd Congress of the"
                " International Society on Thrombosis and Haemostasis 57th Annual SSC Meeting"
                " Kyoto Japan.",
                2011,
            ),
            _ref(LICHT_TITLE, LICHT, "J Thromb Haemost", 2011, ("9", "s2", "499–711")),
        ),
        (
            # sysrev_haematology id_0000123 / id_0000122
            _ref(
                "Activation of complement during liver transplantation - Special emphasis on"
                " patients with atypical hemolytic uremic syndrome",
                KOSKINEN.replace("Hockerstedt", "Hckerstedt"),
                "Scandinavian Journal of Immunology.Conference: 39th Meeting of Scandinavian"
                " Society for Immunology Jointly with the Baltic Immunological Society Tallinn"
                " Estonia.",
                2010,
            ),
            _ref(
                "Activation of Complement During Liver Transplantation - Special Emphasis on"
                " Patients With Atypical Hemolytic Uremic Syndrome",
                KOSKINEN,
                "Scandinavian Journal of Immunology",
                2010,
                ("71", "6", "507-507"),
            ),
        ),
    ],
)
def test_the_abstract_in_both_layouts_is_one_document(
    embase: ArticleReference, other: ArticleReference
) -> None:
    assert score_pair(record_keys(0, embase), record_keys(1, other)).sameness is Sameness.DOCUMENT
    clusters = find_duplicates([embase, other], level="document")
    assert [cluster.members for cluster in clusters] == [(0, 1)]


@pytest.mark.parametrize(
    ("embase", "other"),
    [
        (
            # sysrev_haematology id_0000792 / id_0000793: the meeting abstract in one journal,
            # the paper in another
            _ref(
                "Mutations of factor H impair regulation of surface-bound C3B by three mechanisms"
                " in atypical hemolytic uremic syndrome",
                LEHTINEN,
                "European Journal of Immunology.Conference: 2nd European Congress of Immunology"
                " Berlin Germany.",
                2009,
                ("39", "", "S571-S571"),
            ),
            _ref(
                "Mutations of factor H impair regulation of surface-bound C3b by three mechanisms"
                " in atypical hemolytic uremic syndrome",
                LEHTINEN,
                "Journal of Biological Chemistry",
                2009,
                ("284", "23", "15650-15658"),
            ),
        ),
        (
            # sysrev_diabetes id_0000640 / id_0001641: an AHA abstract and the paper a year on
            _ref(
                "Sitagliptin reduces plaque macrophage content and stabilizes arteriosclerotic"
                " lesions in apoe-deficient mice",
                "Burgmaier M.; Liberman A.; Vasic D.; Ostertag R.; Esser M.; Walcher D.;"
                " Ludwig A.; Marx N.; Vittone F.",
                "Circulation. Conference: American Heart Association's Scientific Sessions",
                2011,
                ("124", "21 SUPPL. 1", ""),
            ),
            _ref(
                "Sitagliptin reduces plaque macrophage content and stabilises arteriosclerotic"
                " lesions in Apoe (-/-) mice",
                "Vittone F.; Liberman A.; Vasic D.; Ostertag R.; Esser M.; Walcher D.; Ludwig A.;"
                " Marx N.; Burgmaier M.",
                "Diabetologia",
                2012,
                ("55", "8", "2267-75"),
            ),
        ),
    ],
)
def test_the_abstract_and_another_journals_paper_stay_two_documents(
    embase: ArticleReference, other: ArticleReference
) -> None:
    assert find_duplicates([embase, other], level="document") == []
