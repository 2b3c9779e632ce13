"""``Op.`` that OCR read as ``On.`` is the opis keyword after a fond, in Latin notes as in
Cyrillic ones (``АВП РФ. Ф. 0146. On. 29``, tests/parse/test_holdout8_rules.py): an English
translation's archive lines print "F. 2. On. 11.D. 1037" among "F. 2. Op. 11.D. 42" lines.

The Latin row is CONSTRUCTED on that form: its only real examples found are in the held-out
set tests/data/dedupe/cross_script_holdout29.toml (measurement, not copied here).
"""

from __future__ import annotations

import pytest

from tests.parse.helpers import archival_file


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "F. 3. On. 58.D. 212. L. 10–12. Copy",  # constructed, see the docstring
            {"fond": "3", "opis": "58", "delo": "212", "folios": "10-12"},
            id="latin-fond-ocr-opis",
        ),
        pytest.param(
            "F. 3. Op. 58.D. 212. L. 10–12. Copy",  # the same with its keyword printed right
            {"fond": "3", "opis": "58", "delo": "212", "folios": "10-12"},
            id="latin-fond-opis",
        ),
    ],
)
def test_ocr_opis_after_a_latin_fond(text: str, expected: dict[str, str]) -> None:
    assert archival_file(text) == expected
