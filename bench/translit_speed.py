"""Romanization speed in characters per second, against iuliia and cutlet in the same run.

Russian: the 10,000-word sample joined into lines of 12 words, romanized in ALA-LC by iuliia
and by us (ё, pre-1918 letters, ties, caps handling all on). Japanese: the Japanese rows of
the romanization corpus, by cutlet (``use_foreign_spelling=False``) and by us in ALA-LC
(kanji through fugashi + unidic-lite, both on one shared tagger each).

The machine is shared, so each side is timed in CPU time of this process (time.process_time:
waiting for a core is not counted), in short rounds that alternate with the other side's, and
the best round of each counts.
Japanese is reported twice: "warm" is the steady state (our per-token cache filled, as in
any longer run), "cold" clears our caches before every round, so every token is analysed
afresh as on first sight; cutlet keeps no cache, so its number is the same kind either way.

    PYTHONPATH=src python bench/translit_speed.py [--rounds N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import iuliia

from archivecite.translit import romanize

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "translit"


def _race(
    sides: dict[str, Callable[[str], object]],
    texts: list[str],
    rounds: int,
    repeat: int,
    before: dict[str, Callable[[], None]] | None = None,
) -> dict[str, float]:
    """Chars/s of each side: the best of ``rounds`` alternating rounds of ``repeat`` passes."""
    for function in sides.values():
        for text in texts:  # warm lazy imports, taggers and data tables
            function(text)
    best = dict.fromkeys(sides, float("inf"))
    for _ in range(rounds):
        for name, function in sides.items():
            if before and name in before:
                before[name]()
            start = time.process_time()
            for _ in range(repeat):
                for text in texts:
                    function(text)
            best[name] = min(best[name], time.process_time() - start)
    chars = sum(map(len, texts)) * repeat
    return {name: chars / seconds for name, seconds in best.items()}


def _report(name: str, ours: float, theirs: float, baseline: str) -> None:
    print(
        f"{name:15} ours {ours:12,.0f} chars/s   {baseline} {theirs:12,.0f} chars/s"
        f"   ratio {ours / theirs:5.2f}x"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15, help="alternating rounds per side")
    args = parser.parse_args(argv)

    words = [
        line.strip()
        for line in (DATA / "russian_words_10k.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    lines = [" ".join(words[i : i + 12]).capitalize() for i in range(0, len(words), 12)]
    rates = _race(
        {
            "ours": lambda t: romanize(t, lang="ru", scheme="ala-lc"),
            "iuliia": iuliia.ALA_LC.translate,
        },
        lines,
        max(3, args.rounds // 3),
        1,
    )
    _report("russian", rates["ours"], rates["iuliia"], "iuliia")

    rows = (DATA / "romanization_pairs.tsv").read_text(encoding="utf-8").splitlines()
    japanese = [row.split("\t")[2] for row in rows if row.startswith("ja\t")]
    try:
        import cutlet  # noqa: PLC0415

        from archivecite.translit import japanese as japanese_module  # noqa: PLC0415
    except ImportError:
        print("japanese  cutlet is not installed (pip install 'archivecite[ja]')")
        return 0
    katsu = cutlet.Cutlet()
    katsu.use_foreign_spelling = False
    sides: dict[str, Callable[[str], object]] = {
        "ours": lambda t: romanize(t, lang="ja", scheme="ala-lc"),
        "cutlet": katsu.romaji,
    }
    warm = _race(sides, japanese, args.rounds, 5)
    _report("japanese warm", warm["ours"], warm["cutlet"], "cutlet")
    cold = _race(sides, japanese, args.rounds, 1, {"ours": japanese_module.clear_caches})
    _report("japanese cold", cold["ours"], cold["cutlet"], "cutlet")
    return 0


if __name__ == "__main__":
    sys.exit(main())
