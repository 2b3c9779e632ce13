"""Reading and writing reference files."""

from archivecite.io.text import MAX_INPUT_BYTES, decode, read_text

__all__ = ["MAX_INPUT_BYTES", "decode", "read_text"]
