"""Bibliographies and notes in CSL styles, equal to what citeproc-js renders."""

from archivecite.csl.api import format_bibliography, format_notes
from archivecite.csl.engine import Cite, Engine, engine
from archivecite.csl.locators import render_folios, render_locator
from archivecite.csl.styles import StyleError, UnknownStyleError, UnsafeStyleError, find_style

__all__ = [
    "Cite",
    "Engine",
    "StyleError",
    "UnknownStyleError",
    "UnsafeStyleError",
    "engine",
    "find_style",
    "format_bibliography",
    "format_notes",
    "render_folios",
    "render_locator",
]
