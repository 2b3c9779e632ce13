"""Small pure normalization steps; :data:`DEFAULT_STEPS` is the stack ``normalize`` runs.

A step takes a reference and returns the reference (changed only in form, never in meaning)
and the diagnostics it found. Callers can pass their own stack to ``normalize(steps=...)``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import JsonValue

from archivecite.model import (
    REFERENCE_ADAPTER,
    ArchivalReference,
    ArchiveRef,
    Diagnostic,
    JapaneseLocator,
    ReferenceKind,
    RussianLocator,
    Severity,
    Text,
)
from archivecite.model.locator import canonical_number
from archivecite.registry import Registry
from archivecite.translit import impossible_letters, mixed_script_words

__all__ = [
    "DEFAULT_STEPS",
    "Context",
    "Step",
    "StepResult",
    "archive_identity",
    "locator_forms",
    "locator_sanity",
    "mixed_scripts",
    "romanization_letters",
    "unicode_text",
]


@dataclass(frozen=True, slots=True)
class Context:
    """What steps may consult: the archive registry and the romanization scheme the list
    declares or mostly uses (``None`` when unknown)."""

    registry: Registry
    scheme: str | None = None


StepResult = tuple[ReferenceKind, list[Diagnostic]]
Step = Callable[[ReferenceKind, Context], StepResult]

_UNTOUCHED_KEYS = frozenset({"url", "provenance", "extra", "id", "kind", "system"})
_SPACES = re.compile(r"\s+")
_LATEX_QUOTES = (("``", "“"), ("''", "”"))
_DASHED_RANGE = re.compile(r"(?<=\d)\s*[‐‑‒–—−]\s*(?=\d)")


def _tidy(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    for latex, typographic in _LATEX_QUOTES:
        text = text.replace(latex, typographic)
    return _SPACES.sub(" ", text).strip()


def _map_strings(value: JsonValue, key: str | None) -> JsonValue:
    if key in _UNTOUCHED_KEYS:
        return value
    if isinstance(value, str):
        tidy = _tidy(value)
        return _DASHED_RANGE.sub("-", tidy) if key in ("pages", "volume", "issue") else tidy
    if isinstance(value, dict):
        return {item_key: _map_strings(item, item_key) for item_key, item in value.items()}
    if isinstance(value, list):
        return [_map_strings(item, key) for item in value]
    return value


def unicode_text(reference: ReferenceKind, context: Context) -> StepResult:
    """NFC, single spaces, LaTeX quotes as typographic ones, ASCII hyphens in page ranges."""
    data = reference.model_dump(mode="json")
    tidy = REFERENCE_ADAPTER.validate_python(_map_strings(data, None))
    return tidy, []


def archive_identity(reference: ReferenceKind, context: Context) -> StepResult:
    """The registry id for an archive named by any alias; historical names are reported."""
    if not isinstance(reference, ArchivalReference) or reference.archive is None:
        return reference, []
    archive = reference.archive
    diagnostics: list[Diagnostic] = []
    year = reference.date.year if reference.date is not None else None
    if archive.id is not None and archive.id in context.registry:
        match = context.registry.match(archive.name.original, year=year) if archive.name else None
    else:
        name = archive.name.original if archive.name else archive.id or ""
        match = context.registry.match(name, year=year)
        if match is None:
            suggestions = context.registry.suggest(name)
            hint = f"; closest: {', '.join(suggestions)}" if suggestions else ""
            diagnostics.append(
                _diagnostic(
                    "unknown-archive",
                    Severity.WARNING,
                    f"archive {name!r} is not in the registry{hint}",
                    "archive",
                    name,
                )
            )
            return reference, diagnostics
        archive = archive.model_copy(update={"id": match.archive.id})
    if match is not None and match.predecessor is not None and match.archive.id == archive.id:
        until = match.predecessor.until
        renamed = f" (renamed {until})" if until else ""
        diagnostics.append(
            _diagnostic(
                "historical-archive-name",
                Severity.INFO,
                f"{match.alias!r} is a former name of {match.archive.name()}{renamed}",
                "archive",
                match.alias,
            )
        )
    locator = reference.locator
    if archive.id == "jacar" and isinstance(locator, JapaneseLocator) and locator.holding_archive:
        archive = ArchiveRef(id=locator.holding_archive, name=archive.name, via="jacar")
    return reference.model_copy(update={"archive": archive}), diagnostics


_RUSSIAN_NUMBER_FIELDS = (
    "fond",
    "subfond",
    "opis",
    "razdel",
    "delo",
    "tom",
    "chast",
    "kartochka",
    "sviazka",
    "korobka",
    "papka",
    "year",
)


def locator_forms(reference: ReferenceKind, context: Context) -> StepResult:
    """Canonical number forms: ``Р 9401`` → ``R-9401``, ``1 – 3`` → ``1-3``."""
    if not isinstance(reference, ArchivalReference):
        return reference, []
    locator = reference.locator
    if not isinstance(locator, RussianLocator):
        return reference, []
    update = {
        name: canonical_number(value)
        for name in _RUSSIAN_NUMBER_FIELDS
        if (value := getattr(locator, name)) is not None
    }
    return reference.model_copy(update={"locator": locator.model_copy(update=update)}), []


def locator_sanity(reference: ReferenceKind, context: Context) -> StepResult:
    """Locators that cannot be right: a reversed folio range, a delo with no opis."""
    if not isinstance(reference, ArchivalReference) or not isinstance(
        reference.locator, RussianLocator
    ):
        return reference, []
    locator = reference.locator
    diagnostics = [
        _diagnostic(
            "reversed-folio-range",
            Severity.ERROR,
            f"folio range {folio_range} runs backwards",
            "folios",
            str(folio_range),
        )
        for folio_range in locator.folios
        if folio_range.is_reversed
    ]
    if locator.delo is not None and locator.opis is None and locator.fond is not None:
        diagnostics.append(
            _diagnostic(
                "delo-without-opis",
                Severity.WARNING,
                f"delo {locator.delo!r} of fond {locator.fond!r} is cited without an opis",
                "opis",
                None,
            )
        )
    return reference, diagnostics


def _texts(reference: ReferenceKind) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for name in ("title", "container_title", "collection_title", "publisher", "place", "series"):
        value = getattr(reference, name, None)
        if isinstance(value, Text):
            found.append((name, value.original))
            found.extend((f"{name}.{lang}", text) for lang, text in value.translations.items())
    for person in (*reference.authors, *reference.editors):
        found.append(("authors", person.display()))
    return found


def mixed_scripts(reference: ReferenceKind, context: Context) -> StepResult:
    """Words that mix Latin and Cyrillic look-alike letters (``SSSR c Prezidentami``), in the
    fields and in the citation as printed: the parser reads such words in one script."""
    found = [
        (name, word) for name, text in _texts(reference) for word, _, _ in mixed_script_words(text)
    ]
    raw = reference.provenance.raw if reference.provenance else None
    if raw:
        seen = {word for _, word in found}
        found += [("citation", word) for word, _, _ in mixed_script_words(raw) if word not in seen]
    diagnostics = [
        _diagnostic(
            "mixed-script-word",
            Severity.WARNING,
            f"{word!r} in {name} mixes Latin and Cyrillic letters",
            name,
            word,
        )
        for name, word in found
    ]
    return reference, diagnostics


def romanization_letters(reference: ReferenceKind, context: Context) -> StepResult:
    """Letters a romanized Russian text cannot contain under the list's scheme (the seed's Latin
    ``c`` in "SSSR c Prezidentami" under BGN/PCGN)."""
    if context.scheme is None:
        return reference, []
    diagnostics = []
    for name in ("title", "container_title"):
        value = getattr(reference, name, None)
        if not isinstance(value, Text) or value.lang != "ru-Latn":
            continue
        for letter, position in impossible_letters(value.original, context.scheme):
            word_start = value.original.rfind(" ", 0, position) + 1
            word_end = value.original.find(" ", position)
            word = value.original[word_start : word_end if word_end >= 0 else None]
            diagnostics.append(
                _diagnostic(
                    "letter-outside-scheme",
                    Severity.WARNING,
                    f"{letter!r} in {word!r} ({name}) cannot come from {context.scheme}; "
                    f"a look-alike or a typo?",
                    name,
                    word,
                )
            )
    return reference, diagnostics


def _diagnostic(
    code: str, severity: Severity, message: str, field: str | None, value: str | None
) -> Diagnostic:
    return Diagnostic(code=code, severity=severity, message=message, field=field, value=value)


DEFAULT_STEPS: tuple[Step, ...] = (
    unicode_text,
    archive_identity,
    locator_forms,
    locator_sanity,
    mixed_scripts,
    romanization_letters,
)
