"""A file quoted after a publication ("Цит. по:", "cited in", "转引自") is two references: the
file, read from the text before the marker only, and the publication, read as a published work;
the file keeps the publication as printed in ``extra["cited_after"]``."""

from __future__ import annotations

import pytest

from archivecite import Parsed, archival_fields, parse_citation
from archivecite.model import ArchivalReference
from archivecite.model.published import PublishedFields
from archivecite.parse.patterns import CITED_AFTER_PATTERN
from archivecite.translit import romanize_russian

# Memorial, 'История осуждений по спискам' (introductory essay to 'Сталинские расстрельные
# списки', stalin.memo.ru), notes 18 and 9 (text from GitHub itpp-labs/stalin,
# hugo/content/history/index.md).
MARI_EL = (
    "Архив УФСБ РФ по Республике Марий Эл. Д. 595. Л. 186–189. Цит. по: Сануков К. Н. "
    "Расправа над так называемым «штабом марийских буржуазных националистов» // Марийский "
    "юридический вестник. 2012. Вып. 9. С. 25."
)
TSA_FSB = (
    "ЦА ФСБ. Ф.3. Оп.4. Д.1464. Л.166–167. Цит по: Хаустов В., Самуэльсон Л. Сталин, НКВД и "
    "репрессии 1936—1938 гг. М., 2009. С.331."
)


def _parsed(text: str) -> Parsed:
    result = parse_citation(text)
    assert isinstance(result, Parsed)
    return result


# GOST 7.79-B's "Vy`p. 9" (issue) is not read by the published readers yet
@pytest.mark.parametrize("scheme", [None, "ala-lc", "bgn-pcgn", "scientific", "iso9"])
def test_file_and_the_publication_it_is_quoted_after(scheme: str | None) -> None:
    text = MARI_EL if scheme is None else romanize_russian(MARI_EL, scheme=scheme)
    file, publication = _parsed(text).references
    assert isinstance(file, ArchivalReference)
    assert archival_fields(file) == {"archive": "ufsb-mari-el", "delo": "595", "folios": "186-189"}
    assert file.date is None  # not the publication's 2012
    assert file.extra["cited_after"] == text[text.index(":") + 2 :]
    assert isinstance(publication, PublishedFields)
    assert publication.date is not None
    assert publication.date.start.year == 2012
    assert (publication.issue, publication.pages) == ("9", "25")
    family = "Сануков" if scheme is None else romanize_russian("Сануков", scheme=scheme)
    assert publication.authors[0].family == family


def test_a_book_quoted_after_with_the_marker_s_dot_left_out() -> None:
    file, book = _parsed(TSA_FSB).references
    assert isinstance(file, ArchivalReference)
    fields = archival_fields(file)
    assert (fields["archive"], fields["delo"], fields["folios"]) == ("tsa-fsb", "1464", "166-167")
    assert isinstance(book, PublishedFields)
    assert [author.family for author in book.authors] == ["Хаустов", "Самуэльсон"]
    assert (book.date and book.date.start.year, book.extra["locator"]) == (2009, "331")


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        (MARI_EL, "Цит. по"),
        (TSA_FSB, "Цит по"),
        (romanize_russian(MARI_EL, scheme="ala-lc"), "T͡Sit. po"),
        (romanize_russian(MARI_EL, scheme="iso9"), "Cit. po"),
        ("GARF, f. 1235, op. 1, d. 16, ll. 5-7 (quoted in Smith, p. 5).", "quoted in"),
        ("RGASPI, f. 17, op. 3, d. 746, l. 11, cited in Khlevniuk, Master, p. 9.", "cited in"),
        # a Chinese style sheet's form of a quotation after another's book (code corpus,
        # find_string id 45726324621): '原作者：《原题》，原版本，原页码，转引自 转引者：《转引题》'
        ("原作者：《原题》，原版本，原页码，转引自 转引者：《转引题》，版本，页码。", "转引自"),
    ],
)
def test_marker(text: str, marker: str) -> None:
    found = CITED_AFTER_PATTERN.search(text)
    assert found is not None
    assert found["marker"] == marker


# Notes the rule leaves as they were: a note that opens with the marker (Applebaum, 'Gulag',
# notes to the introduction, fb2.top/gulag-375675/read/part-39, note 14); a publication that
# names the file it prints in brackets (Kotkin, 'Сталин', vol. 2, note 366, bookz.ru); a
# publication "citing" a file (Applebaum, 'Red Famine', notes to chapter 3, note 5, trantor.is);
# words of a title ("quoted in Pravda").
@pytest.mark.parametrize(
    "text",
    [
        "Quoted in Conquest, The Great Terror, p. 465.",
        "Севостьянов и др. Совершенно секретно. Т. 8. Ч. 2. С. 1210 (ЦА ФСБ. Ф. 2. Оп. 8. Д. 658. "
        "Л. 398–408: 20.12.1930).",
        "Lyudmyla Hrynevych, Holod 1928–1929 rr. v radians’kii Ukraïni (Kyiv: Instytut Istoriï "
        "Ukraïny NAN Ukraïny, 2013), 307–8, citing TsDAVOU 2/2/40 (1921), 33, and RDVA 40442/3/2 "
        "(1920), 16, 25.",
    ],
)
def test_notes_left_as_they_were(text: str) -> None:
    result = parse_citation(text)
    assert not isinstance(result, Parsed) or all(
        "cited_after" not in reference.extra for reference in result.references
    )
