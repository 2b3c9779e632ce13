"""Greek look-alike letters inside a Cyrillic or Latin word are read in that word's script; a
Greek word is never changed.

Sources: the letters are Unicode's confusables (UTS #39, confusables.txt), as
``src/archivecite/translit/data/greek_homoglyphs.toml`` records; the Greek titles left alone are
Plato's «Πολιτεία» and Herodotus' «Ἱστορίαι» as printed (Perseus Digital Library titles), and
the modern Greek «Ιστορία της Ρωσίας».
"""

from __future__ import annotations

import pytest

from archivecite.translit import match_key, unmix_homoglyphs
from archivecite.translit.greek import unmix_greek


@pytest.mark.parametrize(
    ("slipped", "meant"),
    [
        ("Γосударство и революция", "Государство и революция"),  # Greek capital gamma
        ("Κнига памяти", "Книга памяти"),  # Greek capital kappa
        ("Сибирь и Дальний Вοсток", "Сибирь и Дальний Восток"),  # Greek small omicron
        ("Κarl Marx", "Karl Marx"),  # in a Latin word
        ("The Ρolitburo and the Peasantry", "The Politburo and the Peasantry"),
    ],
)
def test_a_greek_look_alike_is_read_in_its_word_s_script(slipped: str, meant: str) -> None:
    assert unmix_greek(slipped) == meant
    assert unmix_homoglyphs(slipped) == meant
    assert match_key(slipped, "ru") == match_key(meant, "ru")


@pytest.mark.parametrize(
    "greek",
    [
        "Πολιτεία",
        "Ἱστορίαι",
        "Ιστορία της Ρωσίας",
        "ΤΟΜ",  # a word all of look-alikes but all Greek
        "Λенин",  # Λ has no Cyrillic look-alike in the table: left as printed
        "TNFα and IFNγ in NF-κB signalling",  # Greek symbols in Latin words
    ],
)
def test_greek_text_is_left_alone(greek: str) -> None:
    assert unmix_greek(greek) == greek


def test_the_length_is_kept() -> None:
    text = "ГАРФ. Ф. Γ-1. Οп. 2"
    assert len(unmix_homoglyphs(text)) == len(text)
