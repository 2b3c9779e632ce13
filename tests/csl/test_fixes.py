"""One test per citeproc-py fix, named after the CSL rule it restores."""

from __future__ import annotations

import pytest

from archivecite.csl import engine
from archivecite.csl.fixes import _typographic
from archivecite.csl.initials import initialize_with

ARCHIVAL = {
    "id": "garf-1956",
    "type": "manuscript",
    "title": "Spravka o kolichestve voyennoplennykh",
    "issued": {"date-parts": [[1956]]},
    "archive": "State Archive of the Russian Federation",
    "archive-place": "Moscow",
    "archive_location": "f. 9401, op. 2, d. 582, ll. 9–12",
}


@pytest.mark.parametrize(
    ("given", "mark", "normalize_only", "expected"),
    [
        pytest.param("Iu. G.", ". ", False, "Iu. G.", id="two-letter-iu"),
        pytest.param("Ya. A.", ". ", False, "Ya. A.", id="two-letter-ya"),
        pytest.param("Zh. Kh.", ".", False, "Zh.Kh.", id="two-letter-zh-kh-no-space"),
        pytest.param("Yuriy Georgievich", ". ", False, "Y. G.", id="initialize-full-names"),
        pytest.param("Jean-Paul", ". ", False, "J.-P.", id="initialize-with-hyphen"),
        pytest.param("John R.R.", ". ", True, "John R. R.", id="initialize-false-keeps-names"),
    ],
)
def test_csl_initialize_and_initialize_with(
    given: str, mark: str, normalize_only: bool, expected: str
) -> None:
    """CSL 1.0.2 Name: ``initialize-with`` and ``initialize="false"``."""
    assert initialize_with(given, mark, normalize_only=normalize_only) == expected


def test_csl_substitute_suppresses_substituted_variables() -> None:
    """CSL 1.0.2 Substitute: a title that replaces the missing author is not printed again."""
    (entry,) = engine("apa").bibliography([ARCHIVAL])
    assert entry.count("Spravka o kolichestve") == 1


def test_csl_quotes_appendix_smart_quotes() -> None:
    """Straight quotes in field values become the locale's, nested inside quoted titles."""
    terms = ("“", "”", "‘", "’")
    assert _typographic("The 'Big' Plan of China's army", False, terms) == (
        "The ‘Big’ Plan of China’s army"
    )
    assert _typographic('On "Ibid." rules', True, terms) == "On ‘Ibid.’ rules"


def test_csl_archive_collection_is_a_variable() -> None:
    """CSL 1.0.2 Appendix IV: archive_collection is a standard variable (no warning)."""
    item = {**ARCHIVAL, "archive_collection": "Fond 9401"}
    assert engine("chicago-notes-bibliography").bibliography([item])
