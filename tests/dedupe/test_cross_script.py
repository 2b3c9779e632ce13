"""The cross-script set: recall ≥ 99 % on true pairs, no false merge on hard negatives.

Every pair of ``tests/data/dedupe/cross_script.toml`` is real: both sides are copied from a
source named in the file (see ``tests/data/dedupe/SOURCES.md``). ``KNOWN_MISSES`` lists the
pairs that ``find_duplicates`` does not decide right yet, each with the reason it gives; the list
may only shrink: ``test_pair`` fails both for an unlisted pair decided wrong and for a listed
pair decided right (remove it from the list then).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from archivecite import Parsed, parse_citations
from archivecite.dedupe import find_duplicates
from archivecite.model.reference import ReferenceKind
from tests.dedupe.helpers import build as build_fields

DATA = Path(__file__).parents[1] / "data"
PAIRS: list[dict[str, Any]] = tomllib.loads(
    (DATA / "dedupe" / "cross_script.toml").read_text("utf-8")
)["pair"]
CORPUS: list[dict[str, Any]] = tomllib.loads((DATA / "archival_citations.toml").read_text("utf-8"))[
    "citation"
]
_LOCATOR = ("archive", "fond", "opis", "delo", "folios")
RECALL_TARGET = 0.99

# note of the pair -> what the library says (recorded with the set; may only shrink).
# "parse" = archivecite.parse_citations returns no reference for a side; "score" = the
# find_duplicates explanation (archivecite.dedupe.score_pair) of a pair left apart.
KNOWN_MISSES: dict[str, str] = {
    "catalogue, kanji <-> romaji (uniform title of the Japanese original): Danshi mondai no jidai / 男子問題の時代 (Taga Futoshi)": "score 0.84: titles equal after romanization (Latin ↔ kana)",
    "catalogue, hanzi <-> pinyin (LC syllable-separated): Qiaobusi de mi mi ri ji / 乔布斯的秘密日记 (Beijing: Zhong xin chu ban she, 2010)": "score 0.84: titles equal after romanization (Latin ↔ kanji/hanzi); same year",
    "NPE 2020/01/01 no. 1: safety guide RB-100-15 (no author), translated title": "score 0.47: titles 56% similar after romanization; same year; numbers in the titles differ",
    "NPE 2020/01/01 no. 2: standard GOST 26291-84 (no author), translated title with an added subtitle": "parse: parse_citations returns no reference for side a/b",
    "NPE 2020/01/01 no. 5: Mirkin 2016: book, translated title": "score 0.51: titles 43% similar after romanization; same year",
    "NPE 2020/01/01 no. 6: Volkov et al. 2008, Izvestiya vuzov. Yadernaya energetika 4: article, translated title, journal in the journal's own old romanization": "score 0.57: titles 50% similar after romanization; 75% of family names agree (same first author)",
    "NPE 2020/01/02 no. 4: Kuplennikov et al. 2011: report, translated title": "score 0.66: titles 55% similar after romanization; 80% of family names agree (same first author); same year",
    "NPE 2020/01/02 no. 16: Varlachev 2015: dissertation, translated title (ё in the Cyrillic name, 'yo' in the romanized one)": "score 0.32: titles 22% similar after romanization; same year",
    "NPE 2020/01/03 no. 1: Klimov 1985: book, translated title; page count 352 vs 325 as printed": "score 0.34: titles 24% similar after romanization; same year",
    "NPE 2020/01/03 no. 2: Kulikov et al. 2013, Yadernaya fizika i inzhiniring: translated title and translated journal name (no 'in Russian')": "parse: parse_citations returns no reference for side b",
    "NPE 2020/01/03 no. 13: Babichev et al. 1991: handbook, translated title": "score 0.42: titles 24% similar after romanization; 67% of family names agree (same first author); same year",
    "NPE 2020/01/03 no. 15: Beckurts & Wirtz, Russian translation 1968: translated title, names re-romanized differently": "score 0.47: titles 38% similar after romanization; same year",
    "NPE 2020/01/05 no. 1: Kochnov & Kolesov 2012, Izv. vuzov. Yadernaya energetika 2: translated title (line break inside the Cyrillic side, as in the source)": "score 0.54: titles 54% similar after romanization",
    "NPE 2020/01/05 no. 2: Kochnov et al. 2013, Izv. vuzov. Yadernaya energetika 1: translated title": "score 0.48: titles 48% similar after romanization",
    "NPE 2020/01/05 no. 7: Fomin et al. 2017: conference paper, translated title and proceedings": "score 0.57: titles 50% similar after romanization; 75% of family names agree (same first author)",
    "NPE 2020/01/05 no. 8: Kolmykov et al. 2018 (AtomFuture 2017): conference paper, translated title": "parse: parse_citations returns no reference for side a",
    "NPE 2020/01/05 no. 9: Kolmykov et al. 2018 (Technogenic systems): conference paper, translated title": "parse: parse_citations returns no reference for side a",
    "NPE 2020/01/05 no. 10: Kolmykov et al. 2018 (Modern problems of physics): conference paper, translated title": "parse: parse_citations returns no reference for side a",
    "NPE 2020/01/05 no. 11: Kolmykov & Zeviakin 2019 (AtomFuture 2018): conference paper, translated title": "parse: parse_citations returns no reference for side a",
    "NPE 2020/01/05 no. 12: Kolmykov et al. 2018 (Innovative reactors): conference paper, translated title": "score 0.43: titles 43% similar after romanization",
    "NPE 2020/01/05 no. 13: Bobkov et al. 2012: handbook vol. 4, translated title": "score 0.49: titles 41% similar after romanization; same year",
    "NPE 2020/01/05 no. 15: Kolesov et al. 2011, Izv. vuzov. Yadernaya energetika 4: translated title": "score 0.50: titles 50% similar after romanization",
    "NPE 2020/01/04 no. 1: Zverev 2018: conference talk with URL, translated title": "score 0.66: titles 53% similar after romanization; 100% of family names agree (same first author)",
    "NPE 2020/01/04 no. 11: Petrov 2014: master's thesis, translated title": "score 0.53: titles 46% similar after romanization; same year",
    "NPE 2020/01/06 no. 1: Lykov 1967: book, translated title, URL in both": "score 0.50: titles 42% similar after romanization; same year",
    "NPE 2020/01/06 no. 2: Kartashov 2001 (3rd ed.): textbook, translated title; edition only on the Cyrillic side": "score 0.28: titles 17% similar after romanization; same year",
    "NPE 2020/01/06 no. 3: Butkovskiy 1979: book, translated title, name romanized with -ij": "score 0.61: titles 55% similar after romanization; same year",
    "NPE 2020/01/06 no. 4: Budak, Samarskiy & Tikhonov 1980: book, translated title ('Tihonov')": "score 0.53: titles 47% similar after romanization; 67% of family names agree (same first author)",
    "NPE 2020/01/06 no. 5: Smirnov 1958: chapter, translated title and book title": "score 0.23: titles 23% similar after romanization",
    "NPE 2020/01/06 no. 6: Smirnov 1957: chapter, translated title and book title": "score 0.15: titles 15% similar after romanization",
    "NPE 2020/01/06 no. 7: Bulavin & Kashcheev 1964, IFZh VII(9): translated title, journal abbreviation vs transliterated full name": "parse: parse_citations returns no reference for side b",
    "NPE 2020/01/06 no. 8: Tugolukov 2005: textbook, translated title (a Latin E among the Cyrillic initials, as printed)": "parse: parse_citations returns no reference for side a",
    "NPE 2020/01/06 no. 9: Gulevich et al. 2003: book, translated title": "score 0.65: titles 56% similar after romanization; 75% of family names agree (same first author); same year",
    "NPE 2020/01/06 no. 10: Koshlyakov et al. 1962: book, translated title": "score 0.69: titles 64% similar after romanization; 67% of family names agree (same first author); same year",
    "NPE 2020/01/06 no. 11: Tikhonov & Samarskiy 2004 (7th ed.): book, translated title, ISBN in both": "parse: parse_citations returns no reference for side b",
    "NPE 2020/01/06 no. 12: Kurosh 2006 (15th ed.): book, translated title, ISBN in both": "score 0.64: titles 58% similar after romanization; same year",
    "NPE 2020/01/07 no. 2: Smirnov et al. 2011, Izv. vuzov. Yadernaya energetika 4: translated title; 4 authors + 'и др.' vs all 9": "score 0.60: titles 45% similar after romanization; 100% of family names agree (same first author)",
    "NPE 2020/01/07 no. 4: Khaperskaya 2015: web article, translated title, same URL; no year on the romanized side": "score 0.51: titles 51% similar after romanization",
    "NPE 2020/01/07 no. 5: Kislov et al. 2012, Yadernaya i radiatsionnaya bezopasnost', special issue: translated title": "score 0.59: titles 53% similar after romanization; same year",
    "NPE 2020/01/07 no. 6: Vergazov 2018: news item, translated title, same URL": "score 0.18: titles 18% similar after romanization",
    "NPE 2020/01/07 no. 14: Zilberman et al. patent RU 2537013 (2014): translated title, patent number in both": "score 0.56: titles 32% similar after romanization; 100% of family names agree (same first author); same year",
    "NPE 2020/01/07 no. 16: Zilberman et al. patent RU 2691621 (2019): translated title, patent number in both": "score 0.50: titles 43% similar after romanization; same year",
    "NPE 2020/01/09 no. 1: Talanchuk et al. 1992: book, translated title (with a typesetting slip in the romanized side)": "parse: parse_citations returns no reference for side b",
    "NPE 2020/01/09 no. 3: Shimkevich & Shmatko 1999, Izv. vuzov. Yadernaya energetika 3: translated title, journal romanized another way ('Visshikh Uchebnikh Zavedeniy')": "score 0.46: titles 44% similar after romanization; 50% of family names agree (same first author)",
    "NPE 2020/01/09 no. 4: Blokhin et al. 1995 (Teplofizika-93): paper in proceedings, translated title": "score 0.54: titles 50% similar after romanization; 67% of family names agree (same first author)",
    "NPE 2020/01/09 no. 5: Blokhin, Ivanovskiy et al. 2000: report FEI-0290, translated title, 'Family, I.;' name style on the romanized side": "score 0.41: titles 32% similar after romanization; same year",
    "NPE 2020/01/09 no. 6: Shmatko & Rusanov 2000, Izv. vuzov. Yadernaya energetika 3: translated title": "score 0.51: titles 52% similar after romanization; 50% of family names agree (same first author)",
    "NPE 2020/01/09 no. 7: Arnol'dov et al. 2015: book, translated title (a Cyrillic М in 'Мoscow' on the romanized side, as read)": "score 0.60: titles 48% similar after romanization; 75% of family names agree (same first author); same year",
    "NPE 2020/01/09 no. 8: Shmatko & Rusanov 2002, Izv. vuzov. Yadernaya energetika 2: translated title": "score 0.51: titles 51% similar after romanization; 50% of family names agree (same first author)",
    "NPE 2020/01/09 no. 9: Gromov & Shmatko 1996, Izv. vuzov. Yadernaya energetika 4: translated title": "parse: parse_citations returns no reference for side b",
    "NPE 2020/01/09 no. 10: Shmatko 2007, Izv. vuzov. Yadernaya energetika 1: translated title": "score 0.16: titles 16% similar after romanization",
    "NPE 2020/01/10 no. 4: Chernov et al. 2003 (TZhMT-2003): conference abstract, translated title and proceedings, same URL": "score 0.45: titles 46% similar after romanization; 44% of family names agree",
    "NPE 2020/01/10 no. 6: Ivanov et al. 2005: conference abstract, translated title": "score 0.12: titles 12% similar after romanization",
    "NPE 2020/01/10 no. 7: Ivanov et al. 2002: seminar talk, translated title, no pages": "parse: parse_citations returns no reference for side a",
    "NPE 2020/01/11 no. 1: Toshinskiy et al. 1999 (TZhMT-98): conference paper, translated title ('9' for '-' in the romanized side, as printed)": "parse: parse_citations returns no reference for side b",
    "NPE 2020/01/11 no. 2: Zrodnikov et al. 2004 (IAEA conference): report, translated title": "parse: parse_citations returns no reference for side b",
    "NPE 2020/01/11 no. 3: Dzhangobegov et al. 2015, VANT supplement 35: translated title": "score 0.79: titles 67% similar after romanization; 100% of family names agree (same first author); same year",
    "NPE 2020/01/11 no. 4: Kirillov 1998: review FEI-0286, translated title": "score 0.33: titles 23% similar after romanization; same year",
    "NPE 2020/01/11 no. 11: Kutateladze et al. 1958: book, translated title": "score 0.59: titles 47% similar after romanization; 75% of family names agree (same first author); same year",
    "NPE 2020/01/11 no. 22: Kaplun et al. 1979: paper in a collection, translated title": "score 0.55: titles 48% similar after romanization; 75% of family names agree (same first author)",
    "NPE 2020/01/11 no. 29: Nikol'skiy et al. 1959: paper in a collection, translated title": "parse: parse_citations returns no reference for side a",
    "NPE 2020/01/11 no. 38: Semenchenko 1957: book, translated title and publisher": "score 0.41: titles 31% similar after romanization; same year",
    "NPE 2020/01/11 no. 42: reference-data table GSSSD 236-2009 (no author): translated title": "parse: parse_citations returns no reference for side a",
}


class UnparsedSideError(AssertionError):
    """A printed citation that ``parse_citations`` returns no reference for."""


def build(side: dict[str, Any]) -> ReferenceKind:
    """A side is either flat fields (tests.dedupe.helpers) or a whole printed citation."""
    if side["kind"] != "citation":
        return build_fields(side)
    (result,) = parse_citations([side["text"]], source=side["source"])
    if not isinstance(result, Parsed):
        raise UnparsedSideError(side["text"])
    (reference,) = result.references
    return reference


def _joined(pair: dict[str, Any]) -> bool | None:
    """Whether the two sides end in one cluster; None when a side cannot be parsed."""
    try:
        references = [build(pair["a"]), build(pair["b"])]
    except UnparsedSideError:
        return None
    return bool(find_duplicates(references, level=pair["level"]))


def test_recall_and_no_false_merges() -> None:
    positives = [pair for pair in PAIRS if pair["same"]]
    negatives = [pair for pair in PAIRS if not pair["same"]]
    missed = [pair["note"] for pair in positives if not _joined(pair)]
    merged = [pair["note"] for pair in negatives if _joined(pair)]
    assert merged == []
    assert sorted(set(missed) - set(KNOWN_MISSES)) == []
    recall = 1 - len(missed) / len(positives)
    if recall < RECALL_TARGET:
        pytest.xfail(
            f"recall {recall:.1%} < {RECALL_TARGET:.0%}: {len(missed)} of {len(positives)} "
            "true pairs apart (KNOWN_MISSES)"
        )


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{i}-{p['level']}" for i, p in enumerate(PAIRS)])
def test_pair(pair: dict[str, Any]) -> None:
    decided_right = _joined(pair) is pair["same"]
    if pair["note"] in KNOWN_MISSES:
        assert not decided_right, f"fixed, remove it from KNOWN_MISSES: {pair['note']}"
    else:
        assert decided_right, pair["note"]


def test_known_misses_name_pairs_of_the_set() -> None:
    notes = [pair["note"] for pair in PAIRS]
    for note in KNOWN_MISSES:
        assert notes.count(note) == 1, note


def test_all_sides_together_merge_only_true_pairs() -> None:
    sides = {}
    for pair in PAIRS:
        if pair["level"] == "document":
            for tag in ("a", "b"):
                sides.setdefault(repr(sorted(pair[tag].items())), pair[tag])
    references = [build(side) for side in sides.values()]
    for cluster in find_duplicates(references, level="document"):
        folios = {references[i].locator.folios for i in cluster.members}  # type: ignore[union-attr]
        assert len(folios) == 1, cluster.explanation


def test_all_published_sides_together_keep_every_negative_apart() -> None:
    """All work-level sides in one run: no cluster may hold both sides of a hard negative."""
    keys: dict[str, int] = {}
    references = []
    for pair in PAIRS:
        if pair["level"] != "work":
            continue
        for tag in ("a", "b"):
            key = repr(sorted(pair[tag].items()))
            if key in keys:
                continue
            try:
                references.append(build(pair[tag]))
            except UnparsedSideError:
                continue
            keys[key] = len(references) - 1
    cluster_of = {
        member: n
        for n, cluster in enumerate(find_duplicates(references, level="work"))
        for member in cluster.members
    }
    merged = []
    for pair in PAIRS:
        if pair["level"] != "work" or pair["same"]:
            continue
        a, b = (keys.get(repr(sorted(pair[tag].items()))) for tag in ("a", "b"))
        if a is not None and b is not None and cluster_of.get(a, -1) == cluster_of.get(b, -2):
            merged.append(pair["note"])
    assert merged == []


def test_every_side_names_its_source_and_every_pair_how_it_was_verified() -> None:
    for pair in PAIRS:
        assert pair.get("verified"), pair["note"]
        for tag in ("a", "b"):
            assert len(pair[tag].get("source", "")) > 20, pair["note"]


def test_the_set_is_big_enough() -> None:
    """The issue asks for at least 100 true cross-script pairs and hard negatives."""
    scripts = [
        {pair[tag].get("lang", "") for tag in ("a", "b")}
        for pair in PAIRS
        if pair["same"] and pair["level"] == "work"
    ]
    cross = [langs for langs in scripts if len({lang.endswith("-Latn") for lang in langs}) == 2]
    assert len(cross) >= 100
    assert sum(1 for pair in PAIRS if not pair["same"]) >= 30


def test_archival_sides_are_entries_of_the_citation_corpus() -> None:
    entries = {
        (tuple(c.get("expected", {}).get(key) for key in _LOCATOR), c["source"]) for c in CORPUS
    }
    for pair in PAIRS:
        for tag in ("a", "b"):
            side = pair[tag]
            if side["kind"] == "archival":
                locator = tuple(side.get(key) for key in _LOCATOR)
                assert (locator, side["source"]) in entries, pair["note"]


def test_untagged_kanji_reference_joins_its_romaji_form() -> None:
    (pair,) = [p for p in PAIRS if p["note"].startswith("Kobayashi Akina 2018")]
    untagged = [{k: v for k, v in pair[tag].items() if k != "lang"} for tag in ("a", "b")]
    assert find_duplicates([build(side) for side in untagged], level="work")
