"""The composed jobs: files read into typed references."""

from __future__ import annotations

import json
from pathlib import Path

import archivecite
from archivecite import ArchivalReference, RussianLocator


def test_read_types_the_locator_and_keeps_the_string(tmp_path: Path) -> None:
    # The seed's GA RF 1956 document, as a Zotero CSL-JSON export would hold it.
    path = tmp_path / "garf.json"
    path.write_text(json.dumps([{
        "id": "garf1956", "type": "manuscript",
        "title": "Spravka o kolichestve voyennoplennykh byvshey yaponskoy armii, vzyatykh v plen "
                 "sovetskimi voyskami v 1945 godu",
        "archive": "GA RF", "archive_location": "F. 9401, op. 2, d. 582, l. 9-12",
        "issued": {"date-parts": [[1956]]},
    }]), encoding="utf-8")
    result = archivecite.read(path)
    reference = result.references[0]
    assert isinstance(reference, ArchivalReference)
    assert reference.locator_text == "F. 9401, op. 2, d. 582, l. 9-12"
    assert isinstance(reference.locator, RussianLocator)
    assert archivecite.archival_fields(reference)["folios"] == "9-12"
    assert (reference.locator.fond, reference.locator.opis, reference.locator.delo) == (
        "9401", "2", "582",
    )
