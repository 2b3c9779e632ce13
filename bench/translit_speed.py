"""Romanization speed in characters per second, against iuliia and cutlet in the same run.

Russian: the 10,000-word sample joined into lines of 12 words, romanized in ALA-LC by iuliia
and by us (ё, pre-1918 letters, ties, caps handling all on). Japanese: the Japanese rows of
the romanization corpus, by cutlet and by us (kanji through fugashi + unidic-lite).

    PYTHONPATH=src python bench/translit_speed.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import iuliia

from archivecite.translit import romanize

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "translit"


def _rate(function: Callable[[str], object], texts: list[str], rounds: int) -> float:
    function(texts[0])  # warm caches and lazy imports
    chars = sum(map(len, texts)) * rounds
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            function(text)
    return chars / (time.perf_counter() - start)


def _report(name: str, ours: float, theirs: float, baseline: str) -> None:
    print(
        f"{name:9} ours {ours:12,.0f} chars/s   {baseline} {theirs:12,.0f} chars/s"
        f"   ratio {ours / theirs:5.2f}x"
    )


def main() -> int:
    words = [
        line.strip()
        for line in (DATA / "russian_words_10k.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    lines = [" ".join(words[i : i + 12]).capitalize() for i in range(0, len(words), 12)]
    ours_ru = _rate(lambda t: romanize(t, lang="ru", scheme="ala-lc"), lines, 3)
    theirs_ru = _rate(iuliia.ALA_LC.translate, lines, 3)
    _report("russian", ours_ru, theirs_ru, "iuliia")

    rows = (DATA / "romanization_pairs.tsv").read_text(encoding="utf-8").splitlines()
    japanese = [row.split("\t")[2] for row in rows if row.startswith("ja\t")]
    try:
        import cutlet  # noqa: PLC0415
    except ImportError:
        print("japanese  cutlet is not installed (pip install 'archivecite[ja]')")
        return 0
    katsu = cutlet.Cutlet()
    katsu.use_foreign_spelling = False
    ours_ja = _rate(lambda t: romanize(t, lang="ja", scheme="ala-lc"), japanese, 50)
    theirs_ja = _rate(katsu.romaji, japanese, 50)
    _report("japanese", ours_ja, theirs_ja, "cutlet")
    return 0


if __name__ == "__main__":
    sys.exit(main())
