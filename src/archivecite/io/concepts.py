"""The model flattened to format-neutral concepts, and back.

Every format module maps *concepts* to its own field names and syntax; the meaning of the model
(which Text parts a plain string can carry, which language a title is inferred to have, which
kinds have which fields) lives here once, so the three formats agree.

A concept value is a ``str``, a tuple of :class:`Name`, a tuple of ``str`` (keywords) or a
:class:`DateRange`. ``flatten`` also returns the dotted paths of every model part no concept
can carry, with a reason; writers carry those parts with archivecite's extras
(:mod:`archivecite.io.extras`) and report what even that cannot hold.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache
from typing import Any

from pydantic import JsonValue

from archivecite.io.locators import render_locator
from archivecite.model import (
    REFERENCE_ADAPTER,
    ArchivalReference,
    ArchiveRef,
    DateRange,
    DocumentType,
    Identifier,
    Legend,
    Name,
    ReferenceKind,
    Text,
)
from archivecite.registry import default_registry
from archivecite.translit import detect_scheme

__all__ = [
    "IDENTIFIER_SCHEMES",
    "NAME_CONCEPTS",
    "SHARED_EXTRA",
    "TEXT_CONCEPTS",
    "Value",
    "concept_path",
    "flatten",
    "infer_lang",
    "is_particle",
    "keywords_text",
    "kind_has",
    "language_code",
    "split_keywords",
    "split_particles",
    "unflatten",
]

Value = str | tuple[Name, ...] | tuple[str, ...] | DateRange
Loss = tuple[str, str]

NAME_CONCEPTS = (
    "authors",
    "editors",
    "translators",
    "container_authors",
    "creators",
    "recipients",
)
IDENTIFIER_SCHEMES = ("doi", "isbn", "issn")
# Un-namespaced extra keys that every format has a field for (the model has no slot for them).
SHARED_EXTRA = ("archive_place",)
_PLAIN = (
    "volume", "issue", "pages", "edition", "number_of_volumes", "degree",
    "document_number", "classification", "url", "language", "note", "locator_text",
)  # fmt: skip
_TEXTS = ("container_title", "publisher", "place", "series", "collection_title", "abstract")
# The reference's Text fields that a concept carries as a plain string.
TEXT_CONCEPTS = ("title", *_TEXTS)
_DOCUMENT_TYPES = frozenset(item.value for item in DocumentType)
_INFERRED = frozenset({"title", "container_title", "collection_title"})
# Languages whose own script is not Latin: a Latin title in one of them is a romanization.
_NON_LATIN = frozenset(
    {"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg", "ja", "zh", "ko", "ka", "hy",
     "el", "he", "ar", "fa", "th"}
)  # fmt: skip


_PATHS = {
    "title_en": "title.translations.en", "origtitle": "title.original",
    "origlanguage": "title.lang",
    "doi": "identifiers", "isbn": "identifiers", "issn": "identifiers",
    "archive_place": "extra.archive_place",
}  # fmt: skip
# Several ISBNs or ISSNs in one field, as catalogues write them ("0201362996  9780201362992").
_IDENTIFIER_SHAPES = {
    "isbn": re.compile(r"^(?:\d{9}[\dX]|\d{13})$"),
    "issn": re.compile(r"^\d{7}[\dX]$"),
}
_IDENTIFIER_SEPARATORS = re.compile(r"[\s,;]+")
# Language names and ISO 639-2 codes that exporters write for a language (RIS ``LA``, CSL
# ``language`` from Zotero and catalogues), as the BCP 47 codes the model uses.
_LANGUAGES = {
    "en": ("english", "eng"), "ru": ("russian", "rus"), "uk": ("ukrainian", "ukr"),
    "be": ("belarusian", "bel"), "de": ("german", "ger", "deu"), "fr": ("french", "fre", "fra"),
    "it": ("italian", "ita"), "es": ("spanish", "spa"), "pl": ("polish", "pol"),
    "cs": ("czech", "cze", "ces"), "ja": ("japanese", "jpn"), "zh": ("chinese", "chi", "zho"),
    "ko": ("korean", "kor"), "kk": ("kazakh", "kaz"), "la": ("latin", "lat"),
    "nl": ("dutch", "dut", "nld"), "sv": ("swedish", "swe"), "fi": ("finnish", "fin"),
    "hu": ("hungarian", "hun"), "bg": ("bulgarian", "bul"), "sr": ("serbian", "srp"),
    "el": ("greek", "gre", "ell"), "ka": ("georgian", "geo", "kat"),
    "hy": ("armenian", "arm", "hye"), "mn": ("mongolian", "mon"), "pt": ("portuguese", "por"),
}  # fmt: skip
_LANGUAGE_CODES = {name: code for code, names in _LANGUAGES.items() for name in names}


def language_code(language: str) -> str:
    """``English``, ``eng`` → ``en``; a code or a name not in the table is returned as is."""
    return _LANGUAGE_CODES.get(language.strip().lower(), language)


def _split_identifiers(scheme: str, value: str) -> list[str]:
    """``0201362996  9780201362992`` → both ISBNs; anything else stays one value."""
    shape = _IDENTIFIER_SHAPES.get(scheme)
    if shape is None or not _IDENTIFIER_SEPARATORS.search(value.strip()):
        return [value]
    tokens = _IDENTIFIER_SEPARATORS.split(value.strip())
    if all(shape.match(token.replace("-", "").upper()) for token in tokens):
        return tokens
    return [value]


def keywords_text(keywords: tuple[str, ...]) -> tuple[str | None, list[Loss]]:
    """Keywords as one comma-separated value (BibTeX ``keywords``, CSL ``keyword``), or
    ``None`` when no word is left; keywords with a comma, or with spaces at either end, do not
    read back one by one, and are reported."""
    text = ", ".join(keywords)
    if all(word and word == word.strip() and "," not in word for word in keywords):
        return text, []
    lost = [("keywords", "one comma-separated value: keywords with commas or edge spaces split")]
    return (text if split_keywords(text) else None), lost


def split_keywords(text: str) -> tuple[str, ...] | None:
    words = tuple(word.strip() for word in text.split(","))
    return tuple(word for word in words if word) or None


def is_particle(word: str) -> bool:
    """A lower-case word (``van``, ``d'``, ``de``), which name parsers take for a particle."""
    first = word.lstrip("-'\u02bb\u2019")[:1]
    return bool(first) and first.upper() != first


def split_particles(
    family: str | None, given: str | None, *, non_dropping: bool = True
) -> dict[str, str | None]:
    """Particles written into the name fields, split off as citeproc-js does
    (``CSL.parseParticles``): leading lower-case words of the family name are its
    non-dropping particle (``van Gogh``), trailing ones of the given name its dropping
    particle (``Ludwig van``); a name without a given name is left whole."""
    parts: dict[str, str | None] = {"family": family, "given": given}
    if not family or not given or (" " not in family and " " not in given):
        return parts
    words = family.split(" ")
    leading = []
    while non_dropping and len(words) > 1 and is_particle(words[0]):
        leading.append(words.pop(0))
    if leading:
        parts["family"], parts["non_dropping_particle"] = " ".join(words), " ".join(leading)
    words = given.split(" ")
    trailing: list[str] = []
    while len(words) > 1 and is_particle(words[-1]):
        trailing.insert(0, words.pop())
    if trailing:
        parts["given"], parts["dropping_particle"] = " ".join(words), " ".join(trailing)
    return parts


def concept_path(concept: str) -> str:
    """Where a concept lives in ``model_dump()``, for reports of what a format cannot hold."""
    return _PATHS.get(concept, concept)


@cache
def _is_latin(char: str) -> bool:
    return char.isascii() or unicodedata.name(char, "").startswith("LATIN")


def infer_lang(text: str, language: str | None) -> str | None:
    """The language readers give a title: the reference's language, with ``-Latn`` when the
    language is written in another script and the title has only Latin letters."""
    if language is None:
        return None
    base = language.split("-", 1)[0].lower()
    if base not in _NON_LATIN:
        return language
    if text.isascii():
        latin = any(char.isalpha() for char in text)
    else:
        letters = [char for char in text if char.isalpha()]
        latin = bool(letters) and all(_is_latin(char) for char in letters)
    return f"{base}-Latn" if latin else language


def scheme_of(romanized: str) -> str:
    schemes = detect_scheme(romanized)
    return schemes[0] if len(schemes) == 1 else "unknown"


def kind_has(kind: str, attribute: str) -> bool:
    return attribute in _fields_of(kind)


@cache
def _fields_of(kind: str) -> frozenset[str]:
    reference = REFERENCE_ADAPTER.validate_python({"kind": kind})
    return frozenset(type(reference).model_fields)


def _text_losses(path: str, text: Text, expected_lang: str | None) -> list[Loss]:
    losses: list[Loss] = []
    if text.lang != expected_lang:
        losses.append((f"{path}.lang", f"readers infer {expected_lang!r}, not {text.lang!r}"))
    losses.extend(
        (f"{path}.romanized.{key}", "no field for romanizations") for key in text.romanized
    )
    losses.extend(
        (f"{path}.translations.{key}", "no field for translations") for key in text.translations
    )
    return losses


def _name_losses(path: str, names: tuple[Name, ...]) -> list[Loss]:
    losses: list[Loss] = []
    for index, name in enumerate(names):
        for part in ("patronymic", "original", "lang", "order"):
            if getattr(name, part) is not None:
                losses.append((f"{path}.{index}.{part}", f"names carry no {part}"))
        losses.extend(
            (f"{path}.{index}.romanized.{key}", "names carry no romanizations")
            for key in name.romanized
        )
    return losses


def _title(text: Text, language: str | None, out: dict[str, Value]) -> list[Loss]:
    losses: list[Loss] = []
    out["title"] = text.original  # first, so that the title precedes its translation
    translations = dict(text.translations)
    if english := translations.pop("en", None):
        out["title_en"] = english
    losses.extend(
        (f"title.translations.{key}", "only an English translation has a field")
        for key in translations
    )
    if len(text.romanized) == 1:
        ((scheme, romanized),) = text.romanized.items()
        out["title"], out["origtitle"] = romanized, text.original
        if text.lang is not None:
            out["origlanguage"] = text.lang
        if scheme != scheme_of(romanized):
            losses.append(("title.romanized", f"the scheme {scheme!r} is not recorded"))
        return losses
    out["title"] = text.original
    plain = text.model_copy(update={"translations": {}})
    return losses + _text_losses("title", plain, infer_lang(text.original, language))


def _archive(archive: ArchiveRef, out: dict[str, Value]) -> list[Loss]:
    losses: list[Loss] = []
    if archive.via is not None:
        losses.append(("archive.via", "no field for the aggregator"))
    if archive.name is not None:
        out["archive"] = archive.name.original
        losses.extend(_text_losses("archive.name", archive.name, None))
        if archive.id != archive_id(archive.name.original):
            losses.append(("archive.id", "only the archive's name is written"))
    elif archive.id is not None:
        out["archive"] = archive.id
    else:
        losses.append(("archive", "an archive with neither name nor id"))
    return losses


@cache
def archive_id(name: str) -> str | None:
    """The registry id of an archive written as ``name``, the same on every read."""
    match = default_registry().match(name)
    return match.archive.id if match is not None else None


def flatten(reference: ReferenceKind) -> tuple[dict[str, Value], list[Loss]]:
    """Concepts in a fixed order, and the parts of ``reference`` no concept carries."""
    out: dict[str, Value] = {}
    losses: list[Loss] = []
    data = dict(reference)
    language = reference.language
    if reference.title is not None:
        losses.extend(_title(reference.title, language, out))
    for concept in NAME_CONCEPTS:
        if names := data.get(concept):
            out[concept] = names
            losses.extend(_name_losses(concept, names))
    if isinstance(reference, ArchivalReference):
        if reference.archive is not None:
            losses.extend(_archive(reference.archive, out))
        if reference.document_type is not None:
            out["document_type"] = reference.document_type.value
        if reference.locator_text is not None:
            out["locator_text"] = reference.locator_text
            if reference.locator is not None:
                losses.append(("locator", "only the locator text is written"))
        elif reference.locator is not None:
            if rendered := render_locator(reference.locator):
                out["locator_text"] = rendered
            losses.append(("locator", "written as text; parse_locator reads it back"))
        if reference.legend is not None:
            out["legend"] = reference.legend.text
            if reference.legend != Legend(text=reference.legend.text):
                losses.append(("legend", "only the legend as printed is written"))
    for concept in _TEXTS:
        if (text := data.get(concept)) is not None:
            out[concept] = text.original
            expected = infer_lang(text.original, language) if concept in _INFERRED else None
            losses.extend(_text_losses(concept, text, expected))
    for concept in _PLAIN:
        if (value := data.get(concept)) is not None and concept not in out:
            out[concept] = value
    if (parties := data.get("parties")) is not None and parties:
        losses.append(("parties", "no field for the parties of an act"))
    for date_concept in ("date", "accessed"):
        if (date := data.get(date_concept)) is not None:
            out[date_concept] = date
    if reference.keywords:
        out["keywords"] = reference.keywords
    losses.extend(_identifiers(reference.identifiers, out))
    for key in SHARED_EXTRA:
        if isinstance(value := reference.extra.get(key), str):
            out[key] = value
    return out, losses


def _identifiers(identifiers: tuple[Identifier, ...], out: dict[str, Value]) -> list[Loss]:
    """One field a scheme; several ISBNs (or ISSNs) share it, space-separated, as catalogues
    write them, when each is a bare number that reads back alone."""
    losses: list[Loss] = []
    written: dict[str, list[str]] = {}
    for index, identifier in enumerate(identifiers):
        scheme, value = identifier.scheme, identifier.value
        values = written.setdefault(scheme, [])
        if scheme not in IDENTIFIER_SCHEMES:
            losses.append((f"identifiers.{index}", f"no field for {scheme!r}"))
            continue
        together = [*values, value]
        if values and _split_identifiers(scheme, " ".join(together)) != together:
            losses.append((f"identifiers.{index}", f"only one {scheme!r} reads back alone"))
            continue
        values.append(value)
        out[scheme] = " ".join(values)
    if len(written) > 1:
        order = [scheme for scheme in IDENTIFIER_SCHEMES if written.get(scheme)]
        kept = [each.scheme for each in identifiers if each.scheme in IDENTIFIER_SCHEMES]
        if sorted(kept, key=order.index) != kept:
            losses.append(("identifiers", "read back in the order " + ", ".join(order)))
    return losses


def unflatten(
    kind: str, concepts: Mapping[str, Value], *, extra: Mapping[str, JsonValue]
) -> tuple[ReferenceKind, dict[str, Value]]:
    """A reference of ``kind`` from concepts; concepts the kind has no field for are returned
    so that the format can keep them in ``extra`` under its own names."""
    fields: dict[str, Any] = {"kind": kind}
    left = dict(concepts)
    language = left.pop("language", None)
    if isinstance(language, str):
        fields["language"] = language_code(language)
    lang = fields.get("language")
    if isinstance(title := left.pop("title", None), str):
        fields["title"] = _read_title(title, left, lang)
    if kind == "archival" and isinstance(archive := left.pop("archive", None), str):
        fields["archive"] = (
            ArchiveRef(id=archive)
            if archive in default_registry()
            else ArchiveRef(id=archive_id(archive), name=Text(original=archive))
        )
    if kind == "archival" and isinstance(legend := left.pop("legend", None), str):
        fields["legend"] = Legend(text=legend)
    identifiers = [
        Identifier(scheme=scheme, value=each)
        for scheme in IDENTIFIER_SCHEMES
        if isinstance(value := left.pop(scheme, None), str)
        for each in _split_identifiers(scheme, value)
    ]
    if identifiers:
        fields["identifiers"] = tuple(identifiers)
    extras: dict[str, JsonValue] = dict(extra)
    for key in SHARED_EXTRA:
        if isinstance(value := left.pop(key, None), str):
            extras[key] = value
    for concept, value in list(left.items()):
        if not kind_has(kind, concept) or (
            concept == "document_type" and value not in _DOCUMENT_TYPES
        ):
            continue
        if concept in _TEXTS and isinstance(value, str):
            inferred = infer_lang(value, lang) if concept in _INFERRED else None
            fields[concept] = Text(original=value, lang=inferred)
        else:
            fields[concept] = value
        del left[concept]
    fields["extra"] = extras
    return REFERENCE_ADAPTER.validate_python(fields), left


def _read_title(title: str, left: dict[str, Value], language: object) -> Text:
    english = left.pop("title_en", None)
    translations = {"en": english} if isinstance(english, str) else {}
    original = left.pop("origtitle", None)
    original_lang = left.pop("origlanguage", None)
    if isinstance(original, str):
        return Text(
            original=original,
            lang=original_lang if isinstance(original_lang, str) else None,
            romanized={scheme_of(title): title},
            translations=translations,
        )
    if isinstance(original_lang, str):
        left["origlanguage"] = original_lang
    lang = infer_lang(title, language if isinstance(language, str) else None)
    return Text(original=title, lang=lang, translations=translations)
