"""A study printed in instalments, and a Russian article against its English listing.

Two yearly instalments of one serialized study (the same title and people in one periodical,
other issues and pages) are one work and two publications: apart at document level. A Russian
article and its English listing with the same volume, issue and first page are one document
even when one of them gives another year (a journal's citation output dated by its metadata).

Sources (cross_script_holdout34 of tests/data/dedupe, where each is described; no other page
citing them so was found with the search tools):
- ogt-journal.com/jour/article/view/343/0?locale=en_US (A. L. Beglov's article, References,
  items 1 and 2): Alekseev & Stavru's study in Russkoe vozrozhdenie, 1980 and 1981;
- history-journal.spbu.ru, the OJS citation output in MLA style (Russian interface) of
  B. N. Mironov's article, dated 'январь 2024 г.', DOI …2020.219;
- dspace.spbu.ru/handle/11701/18379?mode=full, dc.identifier.citation: the English listing
  (2020, vol. 65, iss. 2, pp. 646–667).
"""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citations
from archivecite.dedupe import Sameness, find_duplicates, record_keys, score_pair
from archivecite.model.reference import ReferenceKind

STAVRU_1980 = (
    "Alekseev V.I., Stavru F. (1980) Russkaya Pravoslavnaya Tserkov’ na okkupirovannoj nemtsami"
    " territorii [The Russian Orthodox Church in the GermanOccupied Territory]. Russkoe"
    " vozrozhdenie, no 11, pp. 91–118; no 12, pp. 108– 126;"
)
STAVRU_1981 = (
    "Alekseev V.I., Stavru F. (1981) Russkaya Pravoslavnaya Tserkov’ na okkupirovannoj nemtsami"
    " territorii [The Russian Orthodox Church in the German-Occupied Territory]. Russkoe"
    " vozrozhdenie, no 1(13), pp. 75–97; no 2(14), pp. 118–154; no 3(15), pp. 85–100; no 4(16),"
    " pp. 91–121; no 5(17), pp. 97–114; no 6(18), pp. 105–125."
)
MIRONOV_MLA = (
    "Миронов, Борис Николаевич. «Церковь и государство до и после Российской революции 1917"
    " года». Вестник Санкт-Петербургского университета. История, т. 65, вып. 2, январь 2024 г.,"
    " сс. 646-67, doi:10.21638/11701/spbu02.2020.219."
)
MIRONOV_EN = (
    "Mironov B. N. Church and State before and after the Russian Revolution of 1917. Vestnik of"
    " Saint Petersburg University. History, 2020, vol. 65, iss. 2, рp. 646–667."
)
# the same journal's other article on church and state (cross_script_holdout34): another
# author, volume and pages
KHLOPONINA_EN = (
    "Khloponina , V. S. (2007) “Orthodox Russian Church in the 1920s”, Journal of Mining"
    " Institute, 173, pp. 243-245. Available at: https://pmi.spmi.ru/pmi/article/view/7608"
    " (Accessed: 24 April 2025)."
)


def _parsed(text: str) -> ReferenceKind:
    (result,) = parse_citations([text])
    assert isinstance(result, Parsed), result
    return result.references[0]


@pytest.mark.parametrize(
    ("first", "second", "work", "document"),
    [
        pytest.param(STAVRU_1980, STAVRU_1981, True, False, id="two-instalments"),
        pytest.param(STAVRU_1980, STAVRU_1980, True, True, id="one-instalment-list"),
        pytest.param(MIRONOV_MLA, MIRONOV_EN, True, True, id="listing-with-another-year"),
        pytest.param(MIRONOV_MLA, KHLOPONINA_EN, False, False, id="another-article"),
    ],
)
def test_instalments_and_listings(first: str, second: str, work: bool, document: bool) -> None:
    references = [_parsed(first), _parsed(second)]
    assert bool(find_duplicates(references, level="work")) is work
    assert bool(find_duplicates(references, level="document")) is document


def test_instalments_read_out_of_the_journal_name() -> None:
    """The parts left in the journal's name: its name, then each issue and first page."""
    early, late = record_keys(0, _parsed(STAVRU_1980)), record_keys(1, _parsed(STAVRU_1981))
    assert early.container == late.container == "ruskoe vozroidene"
    assert early.instalments == frozenset({"11/91", "12/108"})
    assert late.instalments == frozenset(
        {f"{n}/{p}" for n, p in enumerate((75, 118, 85, 91, 97, 105), 1)}
    )
    # page 91 begins an instalment of each year, in other issues
    decision = score_pair(early, late)
    assert decision.sameness is Sameness.WORK
    assert "other instalments of a work printed in parts" in {r.text for r in decision.reasons}


def test_a_mistyped_year_beside_the_same_place() -> None:
    decision = score_pair(record_keys(0, _parsed(MIRONOV_MLA)), record_keys(1, _parsed(MIRONOV_EN)))
    assert decision.sameness is Sameness.DOCUMENT
    assert "another year, the same volume and first page" in {r.text for r in decision.reasons}
