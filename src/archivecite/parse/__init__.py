"""Citation text into typed references."""

from archivecite.parse.archival import parse_locator
from archivecite.parse.freetext import (
    MAX_CITATION_LENGTH,
    Entry,
    parse_citation,
    parse_citations,
    split_entries,
)
from archivecite.parse.legend import legend_of, without_full_stop
from archivecite.parse.result import UNREAD, Failed, Parsed, ParseResult

__all__ = [
    "MAX_CITATION_LENGTH",
    "UNREAD",
    "Entry",
    "Failed",
    "ParseResult",
    "Parsed",
    "legend_of",
    "parse_citation",
    "parse_citations",
    "parse_locator",
    "split_entries",
    "without_full_stop",
]
