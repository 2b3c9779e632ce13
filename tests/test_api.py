"""The composed jobs: files read into typed references."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import archivecite
from archivecite import ArchivalReference, RussianLocator


def test_read_types_the_locator_and_keeps_the_string(tmp_path: Path) -> None:
    # The seed's GA RF 1956 document, as a Zotero CSL-JSON export would hold it.
    path = tmp_path / "garf.json"
    path.write_text(
        json.dumps(
            [
                {
                    "id": "garf1956",
                    "type": "manuscript",
                    "title": "Spravka o kolichestve voyennoplennykh byvshey yaponskoy armii, vzyatykh v plen "
                    "sovetskimi voyskami v 1945 godu",
                    "archive": "GA RF",
                    "archive_location": "F. 9401, op. 2, d. 582, l. 9-12",
                    "issued": {"date-parts": [[1956]]},
                }
            ]
        ),
        encoding="utf-8",
    )
    result = archivecite.read(path)
    reference = result.references[0]
    assert isinstance(reference, ArchivalReference)
    assert reference.locator_text == "F. 9401, op. 2, d. 582, l. 9-12"
    assert isinstance(reference.locator, RussianLocator)
    assert archivecite.archival_fields(reference)["folios"] == "9-12"
    assert (reference.locator.fond, reference.locator.opis, reference.locator.delo) == (
        "9401",
        "2",
        "582",
    )


# The seed's GA RF 1956 file (/work/shared/seeds/000_f432742b6d0f111b.txt, no. 3) as a reference
# manager would hold it without archive fields: the whole citation in one free field.
GARF_LOCATOR = ("9401", "2", "582")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("misc.bib", "@misc{garf, howpublished = {GA RF. F. 9401, op. 2, d. 582, l. 9-12}}"),
        (
            "note.bib",
            "@misc{garf, title = {Spravka}, note = {GA RF, f. 9401, op. 2, d. 582, l. 9-12}}",
        ),
        ("title.bib", "@misc{garf, title = {ГА РФ. Ф. Р-9401. Оп. 2. Д. 582. Л. 9–12 об.}}"),
        (
            "unpublished.bib",
            "@unpublished{garf, title = {Spravka}, note = {GARF, f. 9401, op. 2, d. 582}}",
        ),
        (
            "note.ris",
            "TY  - GEN\nTI  - Spravka\nN1  - GA RF. F. 9401, op. 2, d. 582, l. 9-12\nER  - \n",
        ),
        (
            "note.json",
            json.dumps(
                [
                    {
                        "id": "garf",
                        "type": "manuscript",
                        "title": "Spravka",
                        "note": "GA RF. F. 9401, op. 2, d. 582, l. 9-12",
                    }
                ]
            ),
        ),
    ],
)
def test_read_finds_an_archival_citation_written_whole(
    tmp_path: Path, name: str, text: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (reference,) = archivecite.read(path).references
    assert isinstance(reference, ArchivalReference)
    assert reference.archive is not None
    assert reference.archive.id == "garf"
    assert isinstance(reference.locator, RussianLocator)
    locator = reference.locator
    assert (locator.fond.removeprefix("R-"), locator.opis, locator.delo) == GARF_LOCATOR
    assert reference.locator_text is None  # the text stays in the field it was read from


@pytest.mark.parametrize(
    "text",
    [
        # a published work's note naming an archive: its own fields say what it is
        "@book{k, title = {Yaponskiye voyennoplennyye v SSSR}, publisher = {IV RAN}, year = {2003},"
        " note = {GA RF. F. 9401, op. 2, d. 582, l. 9-12}}",
        "@misc{w, title = {Japanese POWs}, note = {Accessed 12 May 2024}}",
    ],
)
def test_read_leaves_other_entries_as_they_are(tmp_path: Path, text: str) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(text, encoding="utf-8")
    (reference,) = archivecite.read(path).references
    assert not isinstance(reference, ArchivalReference)


def test_files_citing_one_archival_file_in_two_scripts_are_one_cluster(tmp_path: Path) -> None:
    (tmp_path / "a.bib").write_text(
        "@misc{garf_lat, howpublished = {GA RF. F. 9401, op. 2, d. 582, l. 9-12}}", encoding="utf-8"
    )
    (tmp_path / "b.ris").write_text(
        "TY  - GEN\nN1  - ГА РФ. Ф. Р-9401. Оп. 2. Д. 582. Л. 9–12.\nER  - \n", encoding="utf-8"
    )
    references = [*archivecite.read(tmp_path / "a.bib").references]
    references += archivecite.read(tmp_path / "b.ris").references
    (cluster,) = archivecite.find_duplicates(references, level="document")
    assert cluster.members == (0, 1)


def test_an_unread_citation_is_kept_as_its_text_and_meets_its_copies() -> None:
    # Lines of cross_script_holdout22.toml that no reader takes (a pamphlet named by what
    # it is, a title after its author's honorific): kept as records of their text, joined
    # only with the same text.
    texts = [
        "Long Live Mao Tse-tung Thought, a Red Guard Publication.",
        "Chiang, Mme. Mayling Soong, Sian: A Coup d'Etat",
        "Long Live Mao Tse-tung  Thought, a Red Guard Publication.",
    ]
    results = archivecite.parse_citations("\n".join(texts), source="list.txt")
    unread = [result.as_reference() for result in results if isinstance(result, archivecite.Failed)]
    assert [(ref.note, ref.provenance.line if ref.provenance else None) for ref in unread] == [
        (texts[0], 1),
        (texts[1], 2),
        (texts[2], 3),
    ]
    assert all(ref.extra["bibtex:@type"] == "misc" for ref in unread)
    clusters = archivecite.find_duplicates(unread)
    assert [cluster.members for cluster in clusters] == [(0, 2)]
