"""The public namespace is exactly what __all__ says, sorted, and nothing else leaks."""

from __future__ import annotations

import archivecite


def test_all_is_sorted_and_unique() -> None:
    assert archivecite.__all__ == sorted(set(archivecite.__all__))


def test_every_exported_name_exists() -> None:
    missing = [name for name in archivecite.__all__ if not hasattr(archivecite, name)]
    assert missing == []


def test_public_api_is_pinned() -> None:
    assert set(archivecite.__all__) == {
        "ArchivalReference",
        "Archive",
        "ArchiveRef",
        "ArchiveciteError",
        "ArticleReference",
        "Authenticity",
        "BookReference",
        "ChapterReference",
        "ChineseLocator",
        "CitationParseError",
        "CollectionReference",
        "DateRange",
        "Diagnostic",
        "DocumentType",
        "Failed",
        "Folio",
        "FolioRange",
        "GenericLocator",
        "Identifier",
        "InputError",
        "JapaneseLocator",
        "LegalReference",
        "Legend",
        "LintReport",
        "LocatorError",
        "Medium",
        "MissingExtraError",
        "Name",
        "NaraLocator",
        "NewspaperReference",
        "Normalized",
        "ParseResult",
        "Parsed",
        "PartialDate",
        "Provenance",
        "Reference",
        "Registry",
        "RegistryError",
        "RussianLocator",
        "Severity",
        "Span",
        "Text",
        "ThesisReference",
        "TnaLocator",
        "UnknownArchiveError",
        "UnknownSchemeError",
        "WebpageReference",
        "__version__",
        "archival_fields",
        "decode",
        "default_registry",
        "detect_scheme",
        "detect_script",
        "lint",
        "match_key",
        "normalize",
        "normalize_all",
        "parse_citation",
        "parse_citations",
        "parse_file",
        "read_text",
        "romanize",
        "to_cyrillic",
        "Dropped",
        "ReadFailure",
        "ReadResult",
        "UnknownFormatError",
        "WriteResult",
        "find_format",
        "from_csl",
        "read",
        "to_csl",
        "write",
        "StyleError",
        "format_bibliography",
        "format_notes",
        "ReferenceKind",
        "Cluster",
        "Sameness",
        "find_duplicates",
        "MergedReference",
        "apply_decisions",
        "cluster_key",
        "html_report",
        "load_decisions",
        "merge",
    }


def test_public_classes_belong_to_the_package() -> None:
    for name in archivecite.__all__:
        member = getattr(archivecite, name)
        if not isinstance(member, type):
            continue
        module = getattr(member, "__module__", "archivecite")
        assert module.startswith("archivecite"), (name, module)
