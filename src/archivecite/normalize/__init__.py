"""References into canonical form, with diagnostics instead of silent changes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from archivecite.model import Diagnostic, ReferenceKind
from archivecite.normalize.crosscheck import (
    dominant_scheme,
    macron_name_variants,
    mixed_romanizations,
    probable_locator_typos,
)
from archivecite.normalize.steps import DEFAULT_STEPS, Context, Step
from archivecite.registry import Registry, default_registry

__all__ = [
    "DEFAULT_STEPS",
    "Context",
    "Normalized",
    "Step",
    "normalize",
    "normalize_all",
]


@dataclass(frozen=True, slots=True)
class Normalized:
    """A reference in canonical form and what normalizing it found."""

    reference: ReferenceKind
    diagnostics: tuple[Diagnostic, ...] = ()


def _located(diagnostic: Diagnostic, reference: ReferenceKind, index: int | None) -> Diagnostic:
    provenance = reference.provenance
    return diagnostic.model_copy(
        update={
            "index": index if diagnostic.index is None else diagnostic.index,
            "line": diagnostic.line or (provenance.line if provenance else None),
            "source": diagnostic.source or (provenance.source if provenance else None),
        }
    )


def normalize(
    reference: ReferenceKind,
    *,
    steps: Sequence[Step] = DEFAULT_STEPS,
    registry: Registry | None = None,
    scheme: str | None = None,
    index: int | None = None,
) -> Normalized:
    """Run ``steps`` over one reference. Idempotent: normalizing twice changes nothing more."""
    context = Context(registry=registry or default_registry(), scheme=scheme)
    diagnostics: list[Diagnostic] = []
    for step in steps:
        reference, found = step(reference, context)
        diagnostics.extend(_located(item, reference, index) for item in found)
    return Normalized(reference, tuple(diagnostics))


def normalize_all(
    references: Iterable[ReferenceKind],
    *,
    steps: Sequence[Step] = DEFAULT_STEPS,
    registry: Registry | None = None,
    scheme: str | None = None,
) -> list[Normalized]:
    """Normalize a whole list: each reference, then the findings that need the list (probable
    typos between references, titles in another romanization than the rest, a name with and
    without macrons, letters outside the list's romanization scheme)."""
    items = list(references)
    list_scheme = scheme or dominant_scheme(items)
    results = [
        normalize(item, steps=steps, registry=registry, scheme=list_scheme, index=index)
        for index, item in enumerate(items)
    ]
    normalized = [result.reference for result in results]
    cross: dict[int, list[Diagnostic]] = {}
    for check in (probable_locator_typos, mixed_romanizations, macron_name_variants):
        for diagnostic in check(normalized):
            cross.setdefault(diagnostic.index or 0, []).append(diagnostic)
    return [
        Normalized(result.reference, (*result.diagnostics, *cross.get(index, ())))
        for index, result in enumerate(results)
    ]
