"""Archival and multilingual conventions of each format, as exact text, and LaTeX handling."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archivecite.io import from_csl, read, render_locator, to_csl, write
from archivecite.io.latex import decode_latex, encode_latex
from archivecite.model import (
    ArchivalReference,
    ArchiveRef,
    DateRange,
    DocumentType,
    Folio,
    FolioRange,
    JapaneseLocator,
    RussianLocator,
    Text,
    TnaLocator,
)

MEMO = ArchivalReference(
    id="garf1956",
    title=Text(
        original="Spravka o kolichestve voyennoplennykh",
        lang="ru-Latn",
        translations={"en": "Information on the number of prisoners of war"},
    ),
    language="ru",
    date=DateRange.of(1956, 3, 2),
    archive=ArchiveRef(id="garf", name=Text(original="GA RF")),
    locator_text="F. 9401, op. 2, d. 582, l. 9-12",
    document_type=DocumentType.MEMO,
    document_number="17ss",
    extra={"archive_place": "Moscow"},
)
WRITTEN = {
    "bibtex": """@unpublished{garf1956,
  title = {Spravka o kolichestve voyennoplennykh},
  titleaddon = {[Information on the number of prisoners of war]},
  archive = {GA RF},
  type = {memo},
  archive_location = {F. 9401, op. 2, d. 582, l. 9-12},
  document_number = {17ss},
  langid = {russian},
  date = {1956-03-02},
  archive-place = {Moscow}
}
""",
    "ris": """TY  - MANSCPT
ID  - garf1956
TI  - Spravka o kolichestve voyennoplennykh
TT  - Information on the number of prisoners of war
PB  - GA RF
M3  - memo
AV  - F. 9401, op. 2, d. 582, l. 9-12
M1  - 17ss
LA  - ru
PY  - 1956
DA  - 1956/03/02
CY  - Moscow
ER  -

""",
}


@pytest.mark.parametrize("format_name", list(WRITTEN))
def test_archival_reference_written_as_exporters_write_it(format_name: str) -> None:
    result = write([MEMO], format=format_name)
    assert result.text == WRITTEN[format_name].replace("document_number", "number")
    assert result.dropped == ()
    back = read(result.text, format=format_name).references[0]
    assert back.model_dump(exclude={"provenance"}) == MEMO.model_dump(exclude={"provenance"})


def test_csl_item_for_the_formatter() -> None:
    assert to_csl(MEMO) == {
        "id": "garf1956",
        "type": "manuscript",
        "title": "Spravka o kolichestve voyennoplennykh",
        "multi": {"_keys": {"title": {"en": "Information on the number of prisoners of war"}}},
        "archive": "GA RF",
        "genre": "memo",
        "archive_location": "F. 9401, op. 2, d. 582, l. 9-12",
        "number": "17ss",
        "language": "ru",
        "issued": {"date-parts": [[1956, 3, 2]]},
        "archive-place": "Moscow",
    }
    back = from_csl(to_csl(MEMO))
    assert back.model_dump(exclude={"provenance"}) == MEMO.model_dump(exclude={"provenance"})


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        pytest.param({"type": "manuscript", "archive_place": "Moscow"}, {"archive_place": "Moscow"}, id="citeproc-py-spelling"),
        pytest.param({"type": "manuscript", "archive-location": "d. 5"}, {"locator_text": "d. 5"}, id="hyphen-spelling"),
        pytest.param({"type": "thesis", "genre": "PhD"}, {"degree": "PhD"}, id="genre-of-thesis"),
        pytest.param({"type": "book", "author": [{"family": "Bach", "non-dropping-particle": "van"}]},
                     {"extra": {"csl:author": [{"family": "Bach", "non-dropping-particle": "van"}]}}, id="particles-kept-whole"),
        pytest.param({"type": "software", "title": "X"}, {"extra": {"csl:@type": "software", "csl:@verbatim": {"type": ["book", "software"]}}}, id="unknown-type"),
    ],
)  # fmt: skip
def test_csl_variants_read(item: dict[str, object], expected: dict[str, object]) -> None:
    reference = from_csl(item)  # type: ignore[arg-type]
    data = reference.model_dump(exclude_defaults=True)
    found = {key: data.get(key) for key in expected if key not in ("archive_place",)}
    if "archive_place" in expected:
        found["archive_place"] = reference.extra.get("archive_place")
    assert found == expected


def test_romanized_title_with_original_script_in_biblatex() -> None:
    text = """@book{k,
  title = {Yaponskiye voyennoplennyye v SSSR},
  origtitle = {Японские военнопленные в СССР},
  origlanguage = {russian},
  titleaddon = {[Japanese Prisoners of War in the USSR]},
  langid = {russian}
}"""
    reference = read(text, format="bibtex").references[0]
    assert reference.title == Text(
        original="Японские военнопленные в СССР",
        lang="ru",
        romanized={"bgn-pcgn": "Yaponskiye voyennoplennyye v SSSR"},
        translations={"en": "Japanese Prisoners of War in the USSR"},
    )
    assert write([reference], format="bibtex").text == text + "\n"


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        (r"Congr\`es {\"u}ber \emph{Natrix}", "Congrès über Natrix"),
        (r"{{DNA}}\textsubscript{2}", "DNA2"),
        (r"71--80", "71–80"),
        (r"Smith \& Sons, 50\%", "Smith & Sons, 50%"),
        (r"\v{C}ech{\'y}", "Čechý"),
        ("Гринёв", "Гринёв"),
    ],
)
def test_latex_decoded(latex: str, text: str) -> None:
    assert decode_latex(latex) == text


@given(st.text())
def test_latex_encoding_reads_back(text: str) -> None:
    assert decode_latex(encode_latex(text)) == text


@pytest.mark.parametrize(
    ("locator", "text"),
    [
        (RussianLocator(fond="R-9401", opis="2", delo="582",
                        folios=(FolioRange(start=Folio(number=9), end=Folio(number=12, verso=True)),)),
         "f. R-9401, op. 2, d. 582, ll. 9–12 ob."),
        (RussianLocator(fond="17", opis="162", delo="38", folios=(FolioRange(start=Folio(number=46)),)),
         "f. 17, op. 162, d. 38, l. 46"),
        (TnaLocator(department="FO", series="371", piece="46234",
                    folios=(FolioRange(start=Folio(number=3), end=Folio(number=4)),)),
         "FO 371/46234, ff. 3–4"),
        (JapaneseLocator(reference_code="C01003827600"), "Ref. C01003827600"),
    ],
)  # fmt: skip
def test_locator_rendered_for_writers(locator: object, text: str) -> None:
    assert render_locator(locator) == text  # type: ignore[arg-type]
