"""Findings that need the whole list: typos between references, the list's scheme."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import combinations

from rapidfuzz.distance import Levenshtein

from archivecite.model import (
    ArchivalReference,
    Diagnostic,
    ReferenceKind,
    RussianLocator,
    Severity,
    Text,
)
from archivecite.translit import detect_scheme, macron_variants, mixed_schemes

__all__ = [
    "dominant_scheme",
    "macron_name_variants",
    "mixed_romanizations",
    "probable_locator_typos",
]

_MIN_TYPO_LENGTH = 3


def dominant_scheme(references: Sequence[ReferenceKind]) -> str | None:
    """The romanization most romanized Russian titles of the list are consistent with."""
    votes: Counter[str] = Counter()
    for reference in references:
        title = reference.title
        if isinstance(title, Text) and title.lang == "ru-Latn":
            votes.update(detect_scheme(title.original))
    if not votes:
        return None
    return votes.most_common(1)[0][0]


def probable_locator_typos(references: Sequence[ReferenceKind]) -> list[Diagnostic]:
    """Opisi (or fonds) of one archive that differ by one character between references, such
    as the seed's TsAMO fond 66 "op. 178499" and "op. 78499": reported, never resolved."""
    by_fond: dict[tuple[str, str | None], list[tuple[int, RussianLocator]]] = defaultdict(list)
    for index, reference in enumerate(references):
        if isinstance(reference, ArchivalReference) and isinstance(
            reference.locator, RussianLocator
        ):
            archive = reference.archive.id if reference.archive else None
            if archive is not None:
                by_fond[(archive, reference.locator.fond)].append((index, reference.locator))
    diagnostics = []
    for (archive, fond), members in by_fond.items():
        for (first, one), (second, other) in combinations(members, 2):
            if one.opis is None or other.opis is None or one.opis == other.opis:
                continue
            if min(len(one.opis), len(other.opis)) < _MIN_TYPO_LENGTH:
                continue
            if Levenshtein.distance(one.opis, other.opis) == 1:
                message = (
                    f"{archive} fond {fond}: opis {one.opis!r} (entry {first + 1}) and "
                    f"{other.opis!r} (entry {second + 1}) differ by one character; a typo?"
                )
                for index, value in ((first, one.opis), (second, other.opis)):
                    line = references[index].provenance
                    diagnostics.append(
                        Diagnostic(
                            code="probable-locator-typo",
                            severity=Severity.WARNING,
                            message=message,
                            field="opis",
                            value=value,
                            index=index,
                            line=line.line if line else None,
                            source=line.source if line else None,
                        )
                    )
    return diagnostics


def _located(references: Sequence[ReferenceKind], index: int, **fields: object) -> Diagnostic:
    provenance = references[index].provenance
    return Diagnostic.model_validate(
        {
            **fields,
            "index": index,
            "line": provenance.line if provenance else None,
            "source": provenance.source if provenance else None,
        }
    )


def mixed_romanizations(references: Sequence[ReferenceKind]) -> list[Diagnostic]:
    """Romanized Russian titles whose scheme differs from the one most of the list uses."""
    positions = [
        index
        for index, reference in enumerate(references)
        if isinstance(reference.title, Text) and reference.title.lang == "ru-Latn"
    ]
    titles = [references[index].title.original for index in positions]  # type: ignore[union-attr]
    verdict = mixed_schemes(titles)
    return [
        _located(
            references,
            positions[outlier.index],
            code="mixed-romanization",
            severity=Severity.WARNING,
            message=(
                f"title romanized as {' or '.join(outlier.schemes)} while the list mostly "
                f"uses {verdict.majority}"
            ),
            field="title",
            value=outlier.text,
        )
        for outlier in verdict.outliers
    ]


def macron_name_variants(references: Sequence[ReferenceKind]) -> list[Diagnostic]:
    """One romanized Japanese name written with and without macrons (Saito / Saitō)."""
    owners: list[int] = []
    names: list[str] = []
    for index, reference in enumerate(references):
        for person in reference.authors:
            if person.family:
                owners.append(index)
                names.append(person.family)
    diagnostics = []
    for variant in macron_variants(names):
        forms = " / ".join(variant.forms)
        for position in variant.indices:
            diagnostics.append(
                _located(
                    references,
                    owners[position],
                    code="macron-variants",
                    severity=Severity.WARNING,
                    message=f"the name is spelled {forms} in this list",
                    field="authors",
                    value=names[position],
                )
            )
    return diagnostics
