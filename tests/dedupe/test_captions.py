"""A document cited by its title alone (a caption with an image number, no code) and the same
document with its archival locator: a located document is blocked by its locator, so its title
opens a block only for the references of that title that have no locator. JACAR Newsletter
No. 22 (2017, English: jacar.go.jp/english/newsletter/newsletter_022e/newsletter_022e.html)
cites one Foreign Ministry item both ways."""

from __future__ import annotations

from archivecite import Parsed, parse_citations
from archivecite.dedupe import find_duplicates, record_keys
from archivecite.dedupe.blocking import blocking_keys
from archivecite.model.reference import ReferenceKind

WITH_CODE = '"13. Seattle Chamber of Commerce" (Reference Code : B08061531000)'
CAPTION = "Title: 13. Seattle Chamber of Commerce (7th image)"


def _read(*texts: str) -> list[ReferenceKind]:
    results = parse_citations(list(texts))
    assert all(isinstance(result, Parsed) for result in results), results
    return [reference for result in results for reference in result.references]  # type: ignore[union-attr]


def test_a_caption_meets_the_located_document_of_its_title() -> None:
    (cluster,) = find_duplicates(_read(WITH_CODE, CAPTION), level="file")
    assert cluster.members == (0, 1)


def test_only_references_without_a_locator_open_the_block() -> None:
    located, caption = (record_keys(i, r) for i, r in enumerate(_read(WITH_CODE, CAPTION)))
    kinds = {kind for _, kind in blocking_keys(located)}
    assert "captioned" in kinds
    assert "fuzzy" not in kinds  # no other title key for it
    shared = set(blocking_keys(located)) & set(blocking_keys(caption))
    assert {kind for _, kind in shared} == {"captioned"}


def test_two_located_documents_of_one_title_stay_in_their_locators() -> None:
    other = WITH_CODE.replace("B08061531000", "B08061532000")
    assert not find_duplicates(_read(WITH_CODE, other), level="file")
