"""A collection's box and file cited in full with its short name ("Human Rights Collection
(henceforth HRC)", "Andrei Sakharov Papers (henceforth MS Russ 79)") and then by that name alone:
one file when box and file agree, never one when the file or the collection differs.

The full notes are McConnell's ("Dissenting Views", 2024; GitHub nulib-ds/rplrt-typst,
mcconnell.typ at commit 530d670635f43040cf8234059d82b0bea3634389); each short note paired with
them is constructed (the article cites other files of these boxes), as the row says."""

from __future__ import annotations

import pytest

from archivecite import Parsed, find_duplicates, parse_citations
from archivecite.model import Reference

_HRC = (
    "Houghton Library, Harvard University, Human Rights Collection (henceforth HRC), Box 74"
    " (Label 55), File 3, Page 10."
)
_SAKHAROV = (
    "Houghton Library, Harvard University, Andrei Sakharov Papers (henceforth MS Russ 79), Box 30,"
    " File 1887."
)


def _read(text: str) -> Reference:
    (result,) = parse_citations([text])
    assert isinstance(result, Parsed)
    return result.reference


@pytest.mark.parametrize(
    ("full", "short", "level", "same"),
    [
        # constructed short notes, each of a real note's file or of another file of its box
        pytest.param(_HRC, "HRC, Box 74, File 3, Page 10.", "document", True, id="initials"),
        pytest.param(_HRC, "HRC, Box 74, File 4, Page 10.", "file", False, id="initials-other"),
        pytest.param(_SAKHAROV, "MS Russ 79, Box 30, File 1887, 3.", "file", True, id="call"),
        pytest.param(_SAKHAROV, "MS Russ 79, Box 30, File 1870.", "file", False, id="call-other"),
        pytest.param(
            "MS Russ 79, Box 13, File 39.", "HRC, Box 13, File 39.", "file", False, id="two-names"
        ),
    ],
)
def test_a_file_by_its_collection_short_name(full: str, short: str, level: str, same: bool) -> None:
    clusters = find_duplicates([_read(full), _read(short)], level=level)
    assert bool(clusters) is same
