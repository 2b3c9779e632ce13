"""Merging one cluster into one reference that keeps every variant, and splitting it back.

Every top-level field of every member is kept as a :class:`FieldVariant`: the value (as JSON),
which members gave it, and where each member came from (file, line). The preferred value of
each field is chosen by a :class:`MergePolicy`; the others stay in ``variants``. The default,
:class:`MostCompletePolicy`, keeps one member's record whole (its title, names and place in
one script and scheme) and fills only what it lacks from the others. Numbers that
differ by one keystroke between members (``op. 178499`` / ``op. 78499``) are reported as
:class:`ProbableTypo`, never resolved. ``split`` rebuilds every member exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from pydantic import JsonValue

from archivecite.dedupe.numbers import probable_typo
from archivecite.model import REFERENCE_ADAPTER, FrozenModel, Provenance, Script
from archivecite.model.reference import ReferenceKind
from archivecite.translit import detect_scheme, detect_script, match_key

__all__ = [
    "FieldVariant",
    "MergePolicy",
    "MergedReference",
    "MostCompletePolicy",
    "MostSupportedPolicy",
    "ProbableTypo",
    "merge",
    "split",
]

_LOCATOR_NUMBERS = ("fond", "opis", "delo", "tom", "record_group", "series", "piece", "quanzong")


class FieldVariant(FrozenModel):
    """One value of one field and the members (positions in the cluster) that gave it."""

    value: JsonValue
    members: tuple[int, ...]
    provenance: tuple[Provenance | None, ...] = ()


class ProbableTypo(FrozenModel):
    field: str
    values: tuple[str, str]
    members: tuple[tuple[int, ...], tuple[int, ...]]


class MergePolicy(Protocol):
    """Chooses the preferred variant of a field; every variant is kept whatever it picks."""

    def choose(self, field: str, variants: Sequence[FieldVariant]) -> FieldVariant: ...


class MostSupportedPolicy:
    """The value most members give; ties go to the longest value, then the earliest member."""

    def choose(self, field: str, variants: Sequence[FieldVariant]) -> FieldVariant:
        return max(
            variants,
            key=lambda v: (len(v.members), len(str(v.value)), -min(v.members)),
        )


class MostCompletePolicy:
    """The record of one member, ``base``, as it stands; each field it lacks from the variant
    most members give. Picking field by field would mix scripts (a pinyin title with a hanzi
    author and place); one member's fields agree with each other."""

    def __init__(self, base: int) -> None:
        self.base = base

    def choose(self, field: str, variants: Sequence[FieldVariant]) -> FieldVariant:
        own = next((variant for variant in variants if self.base in variant.members), None)
        return own if own is not None else _MOST_SUPPORTED.choose(field, variants)


_MOST_SUPPORTED = MostSupportedPolicy()


def _most_complete(dumps: Sequence[dict[str, Any]]) -> int:
    """The member with the most fields given; of those, one whose title is in its own script
    rather than a romanization (沈志华's 中苏同盟… over "Zhong Su tongmeng…", both as full), and
    then the earliest (the caller's own list comes first)."""
    ranks = [(len(dump), not _romanized_title(dump)) for dump in dumps]
    return ranks.index(max(ranks))


def _romanized_title(dump: dict[str, Any]) -> bool:
    title = dump.get("title")
    return isinstance(title, dict) and str(title.get("lang") or "").endswith("-Latn")


class MergedReference(FrozenModel):
    """The preferred reference, every variant of every field with provenance, the typos."""

    reference: dict[str, JsonValue]
    variants: dict[str, tuple[FieldVariant, ...]]
    kinds: tuple[str, ...]
    typos: tuple[ProbableTypo, ...] = ()

    @property
    def preferred(self) -> ReferenceKind:
        return REFERENCE_ADAPTER.validate_python(self.reference)

    def with_variants(self) -> ReferenceKind:
        """The preferred reference carrying, in ``extra["variants"]``, every field whose members
        disagree (each value with where it came from), so a written file keeps them too."""
        disputed = {
            name: [variant.model_dump(mode="json") for variant in variants]
            for name, variants in self.variants.items()
            if len(variants) > 1
        }
        preferred = self.preferred
        if not disputed:
            return preferred
        return preferred.model_copy(update={"extra": {**preferred.extra, "variants": disputed}})


def _dump(reference: ReferenceKind) -> dict[str, Any]:
    dump = reference.model_dump(mode="json", exclude_none=True)
    return {name: value for name, value in dump.items() if value not in ([], {}, ())}


def _typos(variants: dict[str, tuple[FieldVariant, ...]]) -> list[ProbableTypo]:
    found = []
    locators = variants.get("locator", ())
    for position, first in enumerate(locators):
        for second in locators[position + 1 :]:
            if not isinstance(first.value, dict) or not isinstance(second.value, dict):
                continue
            for name in _LOCATOR_NUMBERS:
                one, two = first.value.get(name), second.value.get(name)
                if isinstance(one, str) and isinstance(two, str) and probable_typo(one, two):
                    found.append(
                        ProbableTypo(
                            field=f"locator.{name}",
                            values=(one, two),
                            members=(first.members, second.members),
                        )
                    )
    return found


def merge(
    cluster_references: Sequence[ReferenceKind], *, policy: MergePolicy | None = None
) -> MergedReference:
    """One reference from a cluster's members, losing nothing (``split`` gives them back)."""
    if not cluster_references:
        raise ValueError("merge needs at least one reference, found none")
    dumps = [_dump(reference) for reference in cluster_references]
    chooser = policy or MostCompletePolicy(_most_complete(dumps))
    fields = list(dict.fromkeys(name for dump in dumps for name in dump))
    variants: dict[str, tuple[FieldVariant, ...]] = {}
    for name in fields:
        by_value: dict[str, list[int]] = {}
        values: dict[str, JsonValue] = {}
        for position, dump in enumerate(dumps):
            if name in dump:
                marker = repr(dump[name])
                by_value.setdefault(marker, []).append(position)
                values[marker] = dump[name]
        variants[name] = tuple(
            FieldVariant(
                value=values[marker],
                members=tuple(members),
                provenance=tuple(cluster_references[m].provenance for m in members),
            )
            for marker, members in by_value.items()
        )
    kind_variant = chooser.choose("kind", variants["kind"])
    preferred: dict[str, JsonValue] = {"kind": kind_variant.value}
    allowed = _fields_of(str(kind_variant.value))
    for name, options in variants.items():
        if name in ("kind", "provenance") or name not in allowed:
            continue
        chosen = chooser.choose(name, options)
        preferred[name] = _with_other_forms(chosen.value, [v.value for v in options if v != chosen])
    return MergedReference(
        reference=preferred,
        variants=variants,
        kinds=tuple(str(dump["kind"]) for dump in dumps),
        typos=tuple(_typos(variants)),
    )


def _with_other_forms(value: JsonValue, others: Sequence[JsonValue]) -> JsonValue:
    """A text in its own script gains what the other members wrote of it: their romanization
    (under its scheme when one is recognised) and their translations. "Японские военнопленные"
    and "Iaponskie voennoplennye [Japanese prisoners of war]" make one title with both."""
    if not (isinstance(value, dict) and isinstance(value.get("original"), str)):
        return value
    original, lang = str(value["original"]), value.get("lang")
    if detect_script(original) in (Script.LATIN, None):
        return value
    language = str(lang).split("-")[0] if isinstance(lang, str) else None
    given = {field: _strings(value.get(field)) for field in ("romanized", "translations")}
    found = {field: dict(texts) for field, texts in given.items()}
    key = match_key(original, language)
    for other in others:
        if not (isinstance(other, dict) and isinstance(other.get("original"), str)):
            continue
        for field, texts in found.items():
            for name, text in _strings(other.get(field)).items():
                texts.setdefault(name, text)
        form = str(other["original"])
        if detect_script(form) is Script.LATIN and match_key(form, language) == key:
            schemes = detect_scheme(form) if language in (None, "ru", "uk", "be") else ()
            found["romanized"].setdefault(schemes[0] if schemes else "cited", form)
    if found == given:
        return value
    return {
        **value,
        "romanized": dict(found["romanized"]),
        "translations": dict(found["translations"]),
    }


def _strings(value: JsonValue) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {key: text for key, text in value.items() if isinstance(text, str)}


def _fields_of(kind: str) -> frozenset[str]:
    model = type(REFERENCE_ADAPTER.validate_python({"kind": kind}))
    return frozenset(model.model_fields)


def split(merged: MergedReference) -> list[ReferenceKind]:
    """The members of the cluster, rebuilt from the variants."""
    rebuilt: list[dict[str, Any]] = [{} for _ in merged.kinds]
    for name, options in merged.variants.items():
        for variant in options:
            for member in variant.members:
                rebuilt[member][name] = variant.value
    return [REFERENCE_ADAPTER.validate_python(fields) for fields in rebuilt]
