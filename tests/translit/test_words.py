"""10,000 real Russian words (wordfreq sample): one matching key per word across every scheme."""

from __future__ import annotations

from pathlib import Path

import pytest

from archivecite.translit import SCHEMES, match_key, romanize, to_cyrillic

WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "translit" / "russian_words_10k.txt"


@pytest.fixture(scope="module")
def words() -> list[str]:
    lines = WORDS_FILE.read_text(encoding="utf-8").splitlines()
    found = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    assert len(found) == len(set(found)) == 10_000
    return found


def test_one_key_across_cyrillic_and_every_scheme(words: list[str]) -> None:
    misses: dict[str, list[str]] = {}
    for word in words:
        key = match_key(word)
        for scheme in SCHEMES:
            if match_key(romanize(word, lang="ru", scheme=scheme)) != key:
                misses.setdefault(word, []).append(scheme)
    for word, schemes in misses.items():  # the misses we allow, shown with -s
        print(f"match_key miss: {word} in {', '.join(schemes)}")
    assert len(misses) <= len(words) // 100, f"{len(misses)} words with more than one key"


def test_iso9_round_trip_is_exact(words: list[str]) -> None:
    wrong = [
        w for w in words if to_cyrillic(romanize(w, lang="ru", scheme="iso9"), scheme="iso9") != w
    ]
    assert wrong == []
