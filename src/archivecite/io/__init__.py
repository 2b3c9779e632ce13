"""Reading and writing reference files: BibTeX/BibLaTeX, CSL-JSON and RIS."""

from archivecite.io.csljson import from_csl, to_csl
from archivecite.io.formats import FORMATS, Format, UnknownFormatError, find_format, read, write
from archivecite.io.locators import render_locator
from archivecite.io.report import Dropped, ReadFailure, ReadResult, WriteResult
from archivecite.io.text import MAX_INPUT_BYTES, decode, decode_legacy, read_bytes, read_text

__all__ = [
    "FORMATS",
    "MAX_INPUT_BYTES",
    "Dropped",
    "Format",
    "ReadFailure",
    "ReadResult",
    "UnknownFormatError",
    "WriteResult",
    "decode",
    "decode_legacy",
    "find_format",
    "from_csl",
    "read",
    "read_bytes",
    "read_text",
    "render_locator",
    "to_csl",
    "write",
]
