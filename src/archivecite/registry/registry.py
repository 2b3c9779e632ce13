"""Look archives up by id, name, abbreviation or historical name."""

from __future__ import annotations

import itertools
import re
import tomllib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz, process

from archivecite.errors import RegistryError, UnknownArchiveError
from archivecite.registry.schema import Archive, Predecessor

__all__ = ["ArchiveMatch", "Registry", "alias_key", "default_registry", "fold_latin_marks"]
__all__ += ["romanized_abbreviations"]

_FOLDED_OUT = re.compile(r"[\s.\-‐-―'’ʹʼ`\"«»„“”()]+")


def alias_key(name: str) -> str:
    """The form names are compared in: NFKC, case-folded, no spaces, dots, dashes or quotes."""
    return _FOLDED_OUT.sub("", fold_latin_marks(unicodedata.normalize("NFKC", name)).casefold())


def fold_latin_marks(text: str) -> str:
    """``text`` with each Latin letter's diacritics dropped, one character for one: the schemes
    of Russian romanization differ in their marks ("Mariĭ Ėl", "Marij Èl", "Marii El"), and a
    name is looked up the same whichever a citation used. Cyrillic and kana keep theirs (й, が)."""
    return text.translate(_latin_marks_table()) if not text.isascii() else text


@cache
def _latin_marks_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Latin-1 to Latin Extended-B, and Latin Extended Additional (ẏ, ḥ, ṭ)
    for code in itertools.chain(range(0xC0, 0x250), range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(code))
        if len(base) > 1 and base[0].isascii() and base[0].isalpha():
            table[code] = base[0]
    return table


@dataclass(frozen=True, slots=True)
class ArchiveMatch:
    """An archive found under ``alias``; ``predecessor`` is set when the alias is a former name."""

    archive: Archive
    alias: str
    predecessor: Predecessor | None = None
    shared: bool = False

    @property
    def is_historical(self) -> bool:
        return self.predecessor is not None


class Registry:
    """Archives indexed by every name they are cited under."""

    def __init__(self, archives: list[Archive]) -> None:
        self._by_id: dict[str, Archive] = {}
        self._by_alias: dict[str, list[ArchiveMatch]] = {}
        self._romanized: list[tuple[str, ArchiveMatch]] = []
        for archive in archives:
            if archive.id in self._by_id:
                raise RegistryError(f"archive id {archive.id!r} is defined twice")
            self._by_id[archive.id] = archive
            self._index(archive.id, archive, None)
            for name in archive.own_names():
                self._index(name, archive, None)
            for predecessor in archive.predecessors:
                for name in predecessor.all_names():
                    self._index(name, archive, predecessor)
            for name in archive.shared_names():
                self._index(name, archive, None, shared=True)
        # after every name as written, so that a romanized form never takes another's name
        for archive in archives:
            for name in archive.abbreviation_names():
                for form in romanized_abbreviations(name):
                    self._index_romanized(form, archive, None)
            for predecessor in archive.predecessors:
                for names in predecessor.abbreviations.values():
                    for name in names:
                        for form in romanized_abbreviations(name):
                            self._index_romanized(form, archive, predecessor)

    def _index(
        self, alias: str, archive: Archive, predecessor: Predecessor | None, *, shared: bool = False
    ) -> None:
        for variant in _variants(alias):
            matches = self._by_alias.setdefault(alias_key(variant), [])
            if all(match.archive.id != archive.id for match in matches):
                matches.append(ArchiveMatch(archive, variant, predecessor, shared))

    def _index_romanized(
        self, form: str, archive: Archive, predecessor: Predecessor | None
    ) -> None:
        key = alias_key(form)
        if key not in self._by_alias:  # a name already known, to this archive or another
            match = ArchiveMatch(archive, form, predecessor)
            self._by_alias[key] = [match]
            self._romanized.append((form, match))

    @classmethod
    def from_directory(cls, directory: Path) -> Registry:
        archives = []
        for path in sorted(directory.rglob("*.toml")):
            try:
                archive = Archive.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
            except (tomllib.TOMLDecodeError, ValueError) as error:
                raise RegistryError(f"{path}: {error}") from error
            if archive.id != path.stem:
                raise RegistryError(f"{path}: id {archive.id!r} differs from the file name")
            archives.append(archive)
        return cls(archives)

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Archive]:
        return iter(self._by_id.values())

    def __contains__(self, archive_id: object) -> bool:
        return archive_id in self._by_id

    def get(self, archive_id: str) -> Archive:
        """The archive with this id; unknown ids fail with the closest valid ids."""
        try:
            return self._by_id[archive_id]
        except KeyError:
            raise UnknownArchiveError(archive_id, suggestions=self.suggest(archive_id)) from None

    def match(
        self, name: str, *, country: str | None = None, year: int | None = None
    ) -> ArchiveMatch | None:
        """The archive cited as ``name`` (id, abbreviation, full or former name), or ``None``.

        Where one name stands for several archives (НАРБ: Belarus and Buryatia; a former name
        later reused), the archive of ``country`` wins, then the one whose name was in use in
        ``year``, then one whose current name it is (ГАСО: Sverdlovsk today, Sakhalin until its
        renaming), then one that does not list the name as shared; otherwise the first
        registered.
        """
        ranked = self.matches(name, country=country, year=year)
        return ranked[0] if ranked else None

    def matches(
        self, name: str, *, country: str | None = None, year: int | None = None
    ) -> list[ArchiveMatch]:
        """Every archive cited as ``name``, the likeliest first (the order of :meth:`match`)."""
        return sorted(
            self._by_alias.get(alias_key(name), []),
            key=lambda match: (
                country is not None and match.archive.country != country,
                year is not None and not _in_use(match, year),
                match.is_historical,
                match.shared,
            ),
        )

    def find(
        self, name: str, *, country: str | None = None, year: int | None = None
    ) -> ArchiveMatch:
        match = self.match(name, country=country, year=year)
        if match is None:
            raise UnknownArchiveError(name, suggestions=self.suggest(name))
        return match

    def suggest(self, name: str, *, limit: int = 3) -> list[str]:
        found = process.extract(
            alias_key(name), list(self._by_alias), scorer=fuzz.ratio, limit=limit, score_cutoff=60
        )
        return list(dict.fromkeys(self._by_alias[key][0].archive.id for key, _, _ in found))

    def aliases(self) -> Iterator[tuple[str, ArchiveMatch]]:
        """Every name as written in the data, and its equivalent forms, with what it resolves
        to."""
        for archive in self._by_id.values():
            for name in archive.own_names():
                for variant in _variants(name):
                    yield variant, ArchiveMatch(archive, variant)
            for predecessor in archive.predecessors:
                for name in predecessor.all_names():
                    for variant in _variants(name):
                        yield variant, ArchiveMatch(archive, variant, predecessor)
            for name in archive.shared_names():
                for variant in _variants(name):
                    yield variant, ArchiveMatch(archive, variant, shared=True)
        yield from self._romanized


@cache
def _equivalents() -> tuple[tuple[str, ...], ...]:
    data = resources.files("archivecite.registry") / "data" / "name_variants.toml"
    table = tomllib.loads(data.read_text(encoding="utf-8"))
    return tuple(tuple(group["forms"]) for group in table["equivalent"])


def _variants(name: str) -> list[str]:
    """``name`` and its forms with equivalent phrases swapped, in every combination."""
    found = [name]
    for forms in _equivalents():
        swapped: list[str] = []
        for variant in found:
            for form in forms:
                pattern = rf"(?<!\w){re.escape(form)}(?!\w)"
                if re.search(pattern, variant):
                    swapped.extend(
                        re.sub(pattern, other, variant) for other in forms if other != form
                    )
                    break
        found.extend(swapped)
    return found


@cache
def _abbreviation_schemes() -> tuple[dict[str, str], ...]:
    data = resources.files("archivecite.registry") / "data" / "abbreviation_romanizations.toml"
    table = tomllib.loads(data.read_text(encoding="utf-8"))
    common: dict[str, str] = table["common"]
    return tuple({**common, **scheme["letters"]} for scheme in table["scheme"])


def romanized_abbreviations(name: str) -> list[str]:
    """The Latin forms of a Cyrillic abbreviation in each scheme of
    ``data/abbreviation_romanizations.toml``, as written and in capitals: РЦХИДНИ → RTsKhIDNI,
    RTSKHIDNI, RCChIDNI, RCHIDNI...; [] for a name that is not Cyrillic capitals."""
    if not _CYRILLIC_ABBREVIATION.fullmatch(name):
        return []
    forms: list[str] = []
    for letters in _abbreviation_schemes():
        if any(char.isalpha() and char not in letters for char in name):
            return []
        written = "".join(letters.get(char, char) for char in name)
        forms.extend(form for form in (written, written.upper()) if form not in forms)
    return forms


_CYRILLIC_ABBREVIATION = re.compile(r"[А-ЯЁІЇЄҐ]{2,}(?:[ -][А-ЯЁІЇЄҐ\d]+)*")


def _in_use(match: ArchiveMatch, year: int) -> bool:
    """Whether the name matched was the archive's name in ``year``."""
    if match.predecessor is not None:
        start, end = match.predecessor.from_year, match.predecessor.until
    else:
        start = max((item.until or 0 for item in match.archive.predecessors), default=0) or None
        end = None
    return (start is None or start <= year) and (end is None or year <= end)


@cache
def default_registry() -> Registry:
    """The archives shipped with archivecite (loaded once)."""
    data = resources.files("archivecite.registry") / "data" / "archives"
    with resources.as_file(data) as directory:
        return Registry.from_directory(Path(directory))
