"""Two archival locators compared: the same file, the same document, or a conflict.

Two archives, fonds, opisi or dela are a hard conflict (a different delo in the same opis is
never the same file); an opis one keystroke off with the same delo is a probable typo, reported
and not resolved; the folios decide between the same document and the same file (two
citations of the whole file, neither naming a leaf, are one reference), and on the same folios
the legends do: a typed original and an autograph on one leaf are two documents of
one file (a cipher and the answer written on it), while a side without a legend is no evidence.
"""

from __future__ import annotations

import re

from archivecite.dedupe.decision import Reason, Sameness
from archivecite.dedupe.keys import RecordKeys, fond_number
from archivecite.dedupe.numbers import probable_typo
from archivecite.dedupe.series_paths import compare_paths, is_path
from archivecite.dedupe.vocabulary import VOCABULARY

__all__ = ["compare_files", "legends_differ"]


def compare_files(a: RecordKeys, b: RecordKeys) -> tuple[float, Sameness | None, list[Reason]]:
    """Compare two archival locators; ``(score, sameness, reasons)``, sameness None = conflict."""
    reasons: list[Reason] = []
    apart = _apart(a, b)
    if apart is not None:
        return 0.0, None, [apart]
    la, lb = a.locator, b.locator
    shared = [key for key in la if key in lb]
    # a volume's title is a description, not a level: one side may leave it out
    missing = sorted((set(la) ^ set(lb)) - {"volume_title"})
    score = 1.0
    typo_in: list[str] = []
    for key in shared:
        if la[key] == lb[key]:
            continue
        near = _near_miss(key, la[key], lb[key])
        if near is not None:
            reasons.append(Reason(key, f"{la[key]} vs {lb[key]}: {near}"))
            score -= 0.02
            continue
        if key == "opis" and probable_typo(la[key], lb[key]) and la.get("delo") == lb.get("delo"):
            typo_in.append(key)
            reasons.append(Reason(key, f"{la[key]} vs {lb[key]}: probable typo (not resolved)"))
            score -= 0.08
            continue
        if key == "series" and is_path(la[key]) and is_path(lb[key]):
            same_series, why = compare_paths(la[key], lb[key])
            if not same_series:
                return 0.0, None, [why]
            reasons.append(why)
            score -= 0.05  # levels read across scripts, not spelt alike
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
        same_folios = a.folios == b.folios
        if same_folios or _range_recto_to_verso(a.folios, b.folios):
            shown = a.folios if same_folios else f"{a.folios} / {b.folios}"
            reasons.append(Reason("folios", f"same folios ({shown})"))
            differ = legends_differ(a, b)
            if differ is not None:
                # two documents on one leaf: the same file, never the same document
                reasons.append(Reason("legend", differ))
                return score - 0.02, Sameness.FILE, reasons
            return score - (0 if same_folios else 0.01), Sameness.DOCUMENT, reasons
        reasons.append(Reason("folios", f"other folios ({a.folios} / {b.folios})"))
        return score - 0.02, Sameness.FILE, reasons
    if a.folios or b.folios:
        reasons.append(Reason("folios", "folios given by one side only"))
    elif not missing:
        # neither names a leaf: both cite the whole file, at the same depth
        reasons.append(Reason("folios", "the whole file on both sides (no folios)"))
        return score, Sameness.DOCUMENT, reasons
    if "reference_code" in shared:
        # a JACAR reference code names one item; an image number on one side only is a page
        # of it ("image 2" / the code alone), as a page is of a book
        return score, Sameness.DOCUMENT, reasons
    return score - 0.02, Sameness.FILE, reasons


_RANGE_TO_VERSO = re.compile(r"(?<=-\d)(\d*\D*)v$")


def _range_recto_to_verso(first: str, second: str) -> bool:
    """ "108-111" and "108-111v": a range cited to the end of its last folio or to its last
    page, one document (not a single folio and its verso, "5" / "5v", which may be two)."""
    return first != second and _RANGE_TO_VERSO.sub(r"\1", first) == _RANGE_TO_VERSO.sub(
        r"\1", second
    )


def _near_miss(key: str, first: str, second: str) -> str | None:
    """Why two values of one level that differ as written name one level, or ``None``."""
    if key == "fond" and _prefix_on_one_side(first, second):
        return "fond prefix on one side only"
    if key == "collection" and _initials_of(first, second):
        # "Human Rights Collection (henceforth HRC)": the later notes' "HRC, Box 13"
        return "a collection and its initials"
    return None


def _apart(a: RecordKeys, b: RecordKeys) -> Reason | None:
    """Why two locators are of two files whatever their levels say: two archives, two systems,
    or two collections ("MS Russ 79, Box 13" / "HRC, Box 13": each names its collection, by call
    number or by name, and no name is shared)."""
    if a.archive and b.archive and a.archive != b.archive:
        return Reason("archive", f"different archives ({a.archive} / {b.archive})")
    if a.system != b.system:
        return Reason("locator", f"different systems ({a.system} / {b.system})")
    named_a, named_b = a.locator.keys() & _COLLECTION_NAMES, b.locator.keys() & _COLLECTION_NAMES
    if named_a and named_b and not named_a & named_b:
        return Reason(
            "locator", f"collections named apart ({', '.join(sorted(named_a | named_b))})"
        )
    return None


_COLLECTION_NAMES = frozenset({"collection", "call_number"})
_MINOR_WORDS = frozenset({"of", "and", "the", "for", "on", "in", "&"})


def _initials_of(first: str, second: str) -> bool:
    """One value is the initials of the other's words ("hrc" / "human rights collection"),
    the minor words of the name left out or kept."""
    short, long = sorted((first, second), key=len)
    words = long.split()
    if " " in short or len(words) < 2 or not short.isalpha():
        return False
    every = "".join(word[0] for word in words)
    major = "".join(word[0] for word in words if word not in _MINOR_WORDS)
    return short in (every, major)


def _prefix_on_one_side(first: str, second: str) -> bool:
    return (
        first != second
        and fond_number(first) == fond_number(second)
        and (fond_number(first) in (first, second))
    )


def legends_differ(a: RecordKeys, b: RecordKeys) -> str | None:
    """Why the legends of two citations of the same folios name two documents ("an original
    and a copy", "typed and by hand"), with both legends as printed; ``None`` when they agree
    or a side does not say."""
    for first, second, classes in (
        (a.authenticity, b.authenticity, VOCABULARY.authenticity_classes),
        (a.medium, b.medium, VOCABULARY.medium_classes),
    ):
        one, other = classes.get(first), classes.get(second)
        if one and other and one != other:
            return f"legends differ ({one} / {other}): {a.legend!r} / {b.legend!r}"
    return None
