"""An article printed in several parts of one serial (``№ 3. С. 12–20; № 4. С. 5–9``) keeps
every part's number and pages, in Cyrillic and in each romanization a "References" list uses.

The Cyrillic citation is real (tests/data/published_citations_ru.toml, the lead's brief S5-GOST);
its romanized copies are CONSTRUCTED by the library's romanizer, as bench/romanized_copies.py
makes them: the romanized parts ('S. 12–20') had kept only the last part's pages.
"""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citation
from archivecite.translit import romanize_russian

KIM = "Ким Г. Ф. Японские военнопленные // Вопросы истории. 1994. № 3. С. 12–20; № 4. С. 5–9."
SCHEMES = ("bgn-pcgn", "ala-lc", "ala-lc-ascii", "gost-7.79-b", "scientific", "iso9")


def _parts(text: str) -> tuple[str | None, str | None]:
    result = parse_citation(text)
    assert isinstance(result, Parsed)
    reference = result.reference
    return getattr(reference, "issue", None), getattr(reference, "pages", None)


def test_cyrillic_parts() -> None:
    assert _parts(KIM) == ("3; 4", "12-20; 5-9")


@pytest.mark.parametrize("scheme", SCHEMES)
def test_romanized_parts(scheme: str) -> None:
    assert _parts(romanize_russian(KIM, scheme=scheme)) == ("3; 4", "12-20; 5-9")


def test_one_part_stays_one() -> None:
    one = "Kim G. F. Yaponskiye voyennoplennyye // Voprosy istorii. 1994. № 3. S. 12–20."
    assert _parts(one) == ("3", "12-20")
