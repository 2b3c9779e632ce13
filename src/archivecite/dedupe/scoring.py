"""Scoring one candidate pair: a score, the level of sameness, and a reason per field.

Hard rules come first, where the data decides: two different DOIs, an erratum and the article
it corrects, two archives, two fonds, two dela (in the same opis or not), two toma. What is
left is scored with rapidfuzz on the representation that suits each field: title matching
keys (script- and scheme-independent), family-name keys, year, container, volume and pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from archivecite.dedupe.blocking import column_place_agrees, numbers_differ, same_doi, same_place
from archivecite.dedupe.keys import RecordKeys, fond_number, text_script
from archivecite.model import Script
from archivecite.translit import detect_scheme

__all__ = ["LEVEL_RANK", "PairDecision", "Reason", "Sameness", "probable_typo", "score_pair"]


class Sameness(StrEnum):
    """How two references are the same, strictest first."""

    DOCUMENT = "document"  # the same document, or the same edition of a work
    FILE = "file"  # the same archival file (delo), other folios
    WORK = "work"  # the same work: another edition, translation or transliteration


LEVEL_RANK = {Sameness.DOCUMENT: 0, Sameness.FILE: 1, Sameness.WORK: 2}


@dataclass(frozen=True, slots=True)
class Reason:
    field: str
    text: str

    def __str__(self) -> str:
        return f"{self.field}: {self.text}"


@dataclass(frozen=True, slots=True)
class PairDecision:
    """``sameness`` is ``None`` when the pair is not the same; ``conflict`` when a hard rule
    says so (the pair must never end up in one cluster)."""

    left: int
    right: int
    score: float
    sameness: Sameness | None
    conflict: bool
    reasons: tuple[Reason, ...]


_RUSSIAN_KEYS = ("fond", "opis", "delo", "tom", "chast")
_IDENTIFYING = ("doi", "isbn", "jacar", "pmid")


def probable_typo(first: str, second: str) -> bool:
    """Numbers one keystroke apart (``178499``/``78499``, ``582``/``583``), long enough that
    the coincidence is unlikely."""
    if first == second or min(len(first), len(second)) < 3:
        return False
    return Levenshtein.distance(first, second) == 1


_TITLE_FLOOR = 85.0
_PLACE_TITLE_FLOOR = 60.0
_CONTAINED_MIN = 30
_YEAR_SLACK = 1  # a year this far off is still the same document (preprint, indexing lag)


def _same_number(first: str, second: str) -> bool:
    """``433`` and ``433444`` (a page range that lost its dash) are the same first page."""
    return first.startswith(second) or second.startswith(first)


def _translated(a: RecordKeys, b: RecordKeys) -> bool:
    """One title in Cyrillic or CJK script, the other in Latin: maybe a translation."""
    return a.non_latin != b.non_latin


def _is_short(a: RecordKeys, b: RecordKeys) -> bool:
    return min((len(t.key) for t in (*a.titles, *b.titles)), default=0) < 20


@lru_cache(maxsize=1 << 17)
def title_form(original: str, lang: str | None) -> str:
    """What a title is written in, for reasons: ``Cyrillic``, ``BGN-PCGN``, ``kana``..."""
    script = text_script(original)
    base = (lang or "").split("-")[0] or None
    if script is Script.LATIN and base in (None, "ru", "uk", "be"):
        schemes = detect_scheme(original)
        if len(schemes) == 1:
            return schemes[0].upper()
    return _SCRIPT_NAMES.get(script, "text")


_SCRIPT_NAMES = {Script.CYRILLIC: "Cyrillic", Script.LATIN: "Latin"}
_SCRIPT_NAMES |= {Script.HAN: "kanji/hanzi", Script.KANA: "kana"}


def _form(record: RecordKeys) -> str:
    return title_form(record.title_original, record.title_lang)


def _title_similarity(a: RecordKeys, b: RecordKeys) -> tuple[float, str]:
    best, how = 0.0, ""
    for first in a.titles:
        for second in b.titles:
            if first.key == second.key:
                return 100.0, _equal_title_reason(a, b, first.how, second.how)
            value = _similarity(first.key, second.key)
            if value > best:
                best, how = value, f"titles {value:.0f}% similar after romanization"
    return best, how


def _similarity(first: str, second: str) -> float:
    """ratio / token_sort_ratio, and a title cut short after its first 25 characters
    ("Stream: the Stanford stream data manager" + "(demonstration description)") at 95 %."""
    value = max(fuzz.ratio(first, second), fuzz.token_sort_ratio(first, second))
    short, long = (first, second) if len(first) <= len(second) else (second, first)
    if len(short) >= 25 and value < 95:
        value = max(value, 0.95 * fuzz.ratio(short, long[: len(short)]))
    if (
        len(short) >= _CONTAINED_MIN
        and value < 90
        and short.count(" ") >= 4
        and fuzz.partial_ratio(short, long) >= 95
    ):
        # one title inside a longer, noisy one: "z. protopapas fast nearest neighbor ... in proc"
        value = 90.0
    return value


def _equal_title_reason(a: RecordKeys, b: RecordKeys, how_a: str, how_b: str) -> str:
    via = [h.split(":", 1)[1] for h in (how_a, how_b) if h.startswith("translation:")]
    if via:
        return f"titles equal through the translation ({', '.join(via)})"
    same_text = (a.title_original, a.title_lang) == (b.title_original, b.title_lang)
    form_a, form_b = ("", "") if same_text else (_form(a), _form(b))
    if form_a == form_b:
        return "titles equal after normalization"
    return f"titles equal after romanization ({form_a} ↔ {form_b})"


def _author_similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """The share of the shorter author list found in the longer one (0..1)."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    found = 0.0
    for name in short:
        if name in long:
            found += 1
            continue
        best = max(fuzz.ratio(name, other) for other in long)
        if best >= 80:
            found += best / 100
    return found / len(short)


def _archival(a: RecordKeys, b: RecordKeys) -> tuple[float, Sameness | None, list[Reason]]:
    """Compare two archival locators; ``(score, sameness, reasons)``, sameness None = conflict."""
    reasons: list[Reason] = []
    if a.archive and b.archive and a.archive != b.archive:
        return 0.0, None, [Reason("archive", f"different archives ({a.archive} / {b.archive})")]
    if a.system != b.system:
        return 0.0, None, [Reason("locator", f"different systems ({a.system} / {b.system})")]
    la, lb = a.locator, b.locator
    shared = [key for key in la if key in lb]
    missing = sorted(set(la) ^ set(lb))
    score = 1.0
    typo_in: list[str] = []
    for key in shared:
        if la[key] == lb[key]:
            continue
        if key == "fond" and _prefix_on_one_side(la[key], lb[key]):
            reasons.append(Reason(key, f"{la[key]} vs {lb[key]}: fond prefix on one side only"))
            score -= 0.02
            continue
        if key == "opis" and probable_typo(la[key], lb[key]) and la.get("delo") == lb.get("delo"):
            typo_in.append(key)
            reasons.append(Reason(key, f"{la[key]} vs {lb[key]}: probable typo (not resolved)"))
            score -= 0.08
            continue
        if key == "delo" and la.get("opis") == lb.get("opis"):
            text = f"different delo in the same opis ({la[key]} / {lb[key]})"
            return 0.0, None, [Reason("delo", text)]
        return 0.0, None, [Reason(key, f"different {key} ({la[key]} / {lb[key]})")]
    where = "/".join(key for key in shared if key not in typo_in)
    archive = "archive/" if a.archive and a.archive == b.archive else ""
    reasons.insert(0, Reason("locator", f"same {archive}{where}".rstrip("/")))
    if missing:
        score -= 0.05 * len(missing)
        reasons.append(Reason("locator", f"given by one side only: {', '.join(missing)}"))
    if a.folios and b.folios:
        if a.folios == b.folios:
            reasons.append(Reason("folios", f"same folios ({a.folios})"))
            return score, Sameness.DOCUMENT, reasons
        reasons.append(Reason("folios", f"other folios ({a.folios} / {b.folios})"))
        return score - 0.02, Sameness.FILE, reasons
    if a.folios or b.folios:
        reasons.append(Reason("folios", "folios given by one side only"))
    return score - 0.02, Sameness.FILE, reasons


def _prefix_on_one_side(first: str, second: str) -> bool:
    return first != second and fond_number(first) == fond_number(second) and (
        fond_number(first) in (first, second)
    )


def _other_place(
    a: RecordKeys, b: RecordKeys, title: float, reasons: list[Reason], loose: bool
) -> tuple[bool, bool]:
    """``(other_place, loose)``: another volume or first page is another article; another
    venue (by name or by kind) another edition."""
    other_place = False
    for name, first_value, second_value in (
        ("volume", a.volume, b.volume),
        ("issue", a.issue, b.issue),
        ("pages", a.page_start, b.page_start),
    ):
        if first_value and second_value and not _same_number(first_value, second_value):
            # issues and first pages are noisy (abstract numbers, e-locators), so they only
            # separate titles that are not equal
            other_place = other_place or name == "volume" or (name == "pages" and title < 100)
            loose = True
            reasons.append(Reason(name, f"different {name} ({first_value} / {second_value})"))
    if a.venue_id and b.venue_id and a.venue_id != b.venue_id:
        loose = True
        reasons.append(Reason("venue", f"{a.venue_id} / {b.venue_id}: another venue"))
    elif a.venue and b.venue and a.venue != b.venue:
        loose = True  # a conference paper and its journal version: two editions of one work
        reasons.append(Reason("venue", f"{a.venue} / {b.venue}: another edition"))
    return other_place, loose


def _hard_conflict(a: RecordKeys, b: RecordKeys) -> Reason | None:
    doi_a, doi_b = a.identifiers.get("doi"), b.identifiers.get("doi")
    if doi_a and doi_b and not same_doi(doi_a, doi_b):
        return Reason("doi", f"different DOIs ({doi_a} / {doi_b})")
    jacar_a, jacar_b = a.identifiers.get("jacar"), b.identifiers.get("jacar")
    if jacar_a and jacar_b and jacar_a != jacar_b:
        return Reason("jacar", f"different JACAR codes ({jacar_a} / {jacar_b})")
    if a.erratum != b.erratum:
        return Reason("title", "an erratum/correction and the work it corrects")
    if (a.kind == "archival") != (b.kind == "archival"):
        return Reason("kind", "an archival document and a published work")
    return None


def _decision(
    a: RecordKeys, b: RecordKeys, score: float, same: Sameness | None, reasons: list[Reason]
) -> PairDecision:
    return PairDecision(a.index, b.index, round(score, 4), same, same is None, tuple(reasons))


def score_pair(  # noqa: PLR0915 - one rule per field, read top to bottom
    a: RecordKeys, b: RecordKeys, *, threshold: float = 0.85
) -> PairDecision:
    """Score one pair. ``sameness`` is set when the score reaches ``threshold``."""
    conflict = _hard_conflict(a, b)
    if conflict is not None:
        return _decision(a, b, 0.0, None, [conflict])
    if a.locator and b.locator:
        score, same, reasons = _archival(a, b)
        if same is not None and a.titles and b.titles:
            title, how = _title_similarity(a, b)
            reasons.append(Reason("title", how))
        return _decision(a, b, score, same, reasons)
    reasons = []
    shared_id = next(
        (
            key
            for key, value in a.identifiers.items()
            if key in _IDENTIFYING
            and (b.identifiers.get(key) == value or (key == "doi" and key in b.identifiers))
        ),
        None,
    )
    title, how = _title_similarity(a, b)
    if how:
        reasons.append(Reason("title", how))
    weight, total = 0.65, 0.65 * title / 100
    enough = title >= _TITLE_FLOOR
    authors_ok = True
    if a.authors and b.authors:
        authors = _author_similarity(a.authors, b.authors)
        weight, total = weight + 0.25, total + 0.25 * authors
        first = a.authors[0] == b.authors[0]
        reasons.append(
            Reason(
                "authors",
                f"{authors:.0%} of family names agree" + (" (same first author)" if first else ""),
            )
        )
        authors_ok = authors >= 0.5
        enough = enough and authors_ok
    elif _is_short(a, b):
        enough = False  # "Editorial", "Book review column": a title alone proves nothing
    loose = False
    if a.year is not None and b.year is not None:
        gap = abs(a.year - b.year)
        weight += 0.10
        total += 0.10 * (1.0 if gap == 0 else 0.6 if gap == 1 else 0.0)
        reasons.append(Reason("year", "same year" if gap == 0 else f"years {a.year} / {b.year}"))
        loose = gap > _YEAR_SLACK
    score = total / weight
    if numbers_differ(a, b):
        score -= 0.15
        reasons.append(Reason("title", "numbers in the titles differ"))
    other_place, loose = _other_place(a, b, title, reasons, loose)
    if a.column or b.column:
        # "Editorial", "Reminiscences on influential papers": a new one in every issue
        if title < 100 or not column_place_agrees(a, b):
            enough = False
            reasons.append(Reason("title", "a recurring column title: only the place decides"))
    elif not enough and authors_ok and (
        (title >= _PLACE_TITLE_FLOOR and same_place(a, b) and bool(a.volume))
        or (_translated(a, b) and a.authors[:1] == b.authors[:1] != () and same_place(a, b))
    ):
        # same year, journal and first page: the title is another rendering (or a translation)
        enough = True
        score = max(score, threshold)
        reasons.append(Reason("pages", "same year, journal, volume/issue and first page"))
    isbn_a, isbn_b = a.identifiers.get("isbn"), b.identifiers.get("isbn")
    if isbn_a and isbn_b and isbn_a != isbn_b:
        loose = True
        reasons.append(Reason("isbn", "different ISBNs: another edition"))
    if (
        shared_id is not None
        and (title >= _PLACE_TITLE_FLOOR or not how or _translated(a, b))
        and authors_ok
    ):
        score, enough = max(score, 0.99), True
        typo = a.identifiers[shared_id] != b.identifiers[shared_id]
        note = " (differing only in punctuation: probable typo, not resolved)" if typo else ""
        reasons.insert(0, Reason(shared_id, f"same {shared_id.upper()}{note}"))
    elif not enough or (other_place and a.kind != "book"):
        score = min(score, threshold - 0.01)
    same = None
    if score >= threshold:
        same = Sameness.WORK if loose or title < 90 else Sameness.DOCUMENT
    return PairDecision(a.index, b.index, round(score, 4), same, False, tuple(reasons))
