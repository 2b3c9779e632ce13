"""Exact-match romanization accuracy against real vernacular/romanization pairs.

Reads tests/data/translit/romanization_pairs.tsv (every row names its source) and prints,
per language and scheme, our accuracy next to the plain library in the same run: iuliia for
Russian, cutlet (Hepburn, ``use_foreign_spelling=False``) for Japanese, pypinyin (syllables
joined by spaces) for Chinese. Also prints the Cyrillic → Latin → Cyrillic round-trip rate
of ISO 9, ALA-LC and BGN/PCGN over the 10,000-word sample.

A Japanese row whose ``form`` is ``text`` (a name written in text order: a statement of
responsibility, a bibliography) is romanized with ``name_order="text"``; the others with the
scheme's default (ALA-LC: a bare name is a catalogue heading, inverted). The name order is a
Japanese option only: the other romanizers keep the order as written.

Exact match means: NFC, the ALA-LC tie written as U+0361 (half marks folded), runs of spaces
collapsed, and the case of the first letter ignored (a segment's initial capital depends on
where it stood in the catalogue record, which a romanizer is not told). For Chinese and
Japanese the apostrophe is folded too: catalogue records write the ALA-LC syllable divider
as ' or as the modifier letter ʼ (U+02BC) that MARC-8 conversion produces (Sanʼya, dangʼan).

    PYTHONPATH=src python bench/romanization_accuracy.py [-v]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import iuliia
from pypinyin import lazy_pinyin

from archivecite.translit import romanize, to_cyrillic

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "translit"
IULIIA = {
    "ala-lc": iuliia.ALA_LC,
    "ala-lc-ascii": iuliia.ALA_LC_ALT,
    "bgn-pcgn": iuliia.BGN_PCGN_ALT,
    "bgn-pcgn-strict": iuliia.BGN_PCGN,
    "iso9": iuliia.GOST_779,
}
_HALF_TIE = re.compile("(.)\ufe20(.)\ufe21")
_SPACES = re.compile(r"\s+")


def normalize(text: str, lang: str = "") -> str:
    text = unicodedata.normalize("NFC", _HALF_TIE.sub("\\1\u0361\\2", text))
    if lang in ("ja", "zh"):
        text = text.replace("\u02bc", "'").replace("\u2019", "'")
    text = _SPACES.sub(" ", text).strip()
    return text[:1].lower() + text[1:]


def load_pairs() -> list[dict[str, str]]:
    with (DATA / "romanization_pairs.tsv").open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _cutlet() -> Callable[[str], str] | None:
    try:
        import cutlet  # noqa: PLC0415
    except ImportError:
        return None
    katsu = cutlet.Cutlet()
    katsu.use_foreign_spelling = False
    return katsu.romaji  # type: ignore[no-any-return]


def baseline(lang: str, scheme: str) -> Callable[[str], str] | None:
    if lang == "ru" and scheme in IULIIA:
        schema = IULIIA[scheme]
        return lambda text: str(schema.translate(text))
    if lang == "ja":
        return _cutlet()
    if lang == "zh":
        return lambda text: " ".join(s for s in lazy_pinyin(text, v_to_u=True) if s.strip())
    return None


def ours(lang: str, scheme: str) -> Callable[[str, str], str]:
    """Our romanizer for the group; called with the text and the row's ``form``."""
    if lang == "ja":
        return lambda text, form: romanize(
            text, lang=lang, scheme=scheme, name_order="text" if form == "text" else None
        )
    return lambda text, _form: romanize(text, lang=lang, scheme=scheme)


def accuracy(rows: list[dict[str, str]], verbose: bool) -> None:
    groups: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        groups[row["lang"], row["scheme"]].append(row)
    print(f"{'lang':4} {'scheme':16} {'pairs':>5} {'ours':>15} {'baseline':>15}  baseline is")
    for (lang, scheme), items in sorted(groups.items()):
        mine = ours(lang, scheme)
        base = baseline(lang, scheme)
        hits = base_hits = 0
        for row in items:
            want = normalize(row["romanized"], lang)
            got = normalize(mine(row["vernacular"], row["form"]), lang)
            hits += got == want
            if base is not None:
                base_hits += normalize(base(row["vernacular"]), lang) == want
            if verbose and got != want:
                print(f"  MISS {row['vernacular']!r}: want {want!r}, got {got!r}")
        name = {"ru": "iuliia", "ja": "cutlet", "zh": "pypinyin"}.get(lang, "-")
        base_text = _rate(base_hits, len(items)) if base else f"{'-':>15}"
        print(
            f"{lang:4} {scheme:16} {len(items):5} {_rate(hits, len(items))} "
            f"{base_text}  {name if base else '-'}"
        )


def _rate(hits: int, total: int) -> str:
    """``104/106  98.1%``: exact matches over pairs, then the percentage."""
    return f"{f'{hits}/{total}':>8} {100 * hits / total:5.1f}%"


def round_trips() -> None:
    words = [
        line.strip()
        for line in (DATA / "russian_words_10k.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    print(f"\nround trip Cyrillic → scheme → Cyrillic on {len(words)} words")
    for scheme in ("iso9", "ala-lc", "ala-lc-ascii", "bgn-pcgn", "scientific"):
        same = sum(
            to_cyrillic(romanize(w, lang="ru", scheme=scheme), scheme=scheme) == w for w in words
        )
        print(f"  {scheme:14} {100 * same / len(words):6.2f}%")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    accuracy(load_pairs(), args.verbose)
    round_trips()
    return 0


if __name__ == "__main__":
    sys.exit(main())
