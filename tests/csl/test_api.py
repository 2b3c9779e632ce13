"""Locators in the output language, modes, safe style loading and the output formats."""

from __future__ import annotations

from pathlib import Path

import pytest

from archivecite import parse_citation
from archivecite.csl import UnknownStyleError, UnsafeStyleError, format_bibliography, render_locator
from archivecite.csl.modes import Mode, ModeError, apply_mode
from archivecite.csl.styles import find_style, read_style
from archivecite.model import (
    BookReference,
    FolioRange,
    JapaneseLocator,
    Name,
    RussianLocator,
    Text,
    folios_from_canonical,
)

GARF = RussianLocator(fond="R-9401", opis="2", delo="582", folios=folios_from_canonical("9-12"))


@pytest.mark.parametrize(
    ("locator", "lang", "expected"),
    [
        pytest.param(GARF, "en", "f. R-9401, op. 2, d. 582, ll. 9–12", id="russian-en"),
        pytest.param(GARF, "ru", "Ф. Р-9401. Оп. 2. Д. 582. Л. 9–12", id="russian-ru"),
        pytest.param(
            RussianLocator(fond="18", opis="5", delo="119", folios=folios_from_canonical("46v-47")),
            "ru",
            "Ф. 18. Оп. 5. Д. 119. Л. 46 об.–47",
            id="russian-verso",
        ),
        pytest.param(
            JapaneseLocator(reference_code="C01003827600"), "en", "Ref. C01003827600", id="jacar-en"
        ),
        pytest.param(
            JapaneseLocator(reference_code="C01003827600"), "ja", "Ref.C01003827600", id="jacar-ja"
        ),
    ],
)
def test_locator_in_output_language(locator: object, lang: str, expected: str) -> None:
    assert render_locator(locator, lang=lang) == expected  # type: ignore[arg-type]


def test_single_folio_label() -> None:
    single = RussianLocator(
        fond="17", folios=(FolioRange.model_validate({"start": {"number": 5}}),)
    )
    assert render_locator(single, lang="en") == "f. 17, l. 5"


BOOK = BookReference(
    title=Text(
        original="Японские военнопленные в СССР",
        lang="ru",
        translations={"en": "Japanese Prisoners of War in the USSR"},
    ),
    language="ru",
)


@pytest.mark.parametrize(
    ("mode", "title", "trailer"),
    [
        pytest.param("original", "Японские военнопленные в СССР", "", id="original"),
        pytest.param("translit", "Yaponskiye voyennoplennyye v SSSR", "", id="translit"),
        pytest.param(
            "translit+translation+in-language",
            "Yaponskiye voyennoplennyye v SSSR [Japanese Prisoners of War in the USSR]",
            "(In Russian)",
            id="scopus",
        ),
        pytest.param(
            "original+translit+translation",
            "Японские военнопленные в СССР [Yaponskiye voyennoplennyye v SSSR]"
            " [Japanese Prisoners of War in the USSR]",
            "",
            id="all-three",
        ),
    ],
)
def test_modes(mode: str, title: str, trailer: str) -> None:
    written, found_trailer = apply_mode(BOOK, mode)
    assert written.title is not None
    assert (written.title.original, found_trailer) == (title, trailer)


def test_romanized_only_title_formats_in_every_mode() -> None:
    book = BookReference(title=Text(original="Plenniki Stalina", lang="ru-Latn"))
    for mode in ("original", "translit", "original+translit+translation"):
        written, _ = apply_mode(book, mode)
        assert written.title is not None
        assert written.title.original == "Plenniki Stalina"


def test_a_latin_publisher_is_written_once_in_every_mode() -> None:
    # Tomita Takeshi, Shiberia yokuryūsha tachi no sengo (Kyoto: Jinbun Shoin, 2013): the
    # publisher was printed romanized, so "original+translit" has nothing to add to it.
    book = BookReference(
        title=Text(original="シベリア抑留者たちの戦後", lang="ja"),
        publisher=Text(original="Jinbun Shoin"),
        language="ja",
    )
    for mode in ("original", "translit", "original+translit+translation"):
        written, _ = apply_mode(book, mode)
        assert isinstance(written, BookReference)
        assert written.publisher is not None
        assert written.publisher.original == "Jinbun Shoin"


def test_japanese_title_and_literal_name_keep_text_order() -> None:
    # Tokutomi Sohō's biography of Yoshida Shōin (Min'yūsha, 1893): a title that is a
    # personal name is not a catalogue heading, so it is not inverted.
    pytest.importorskip("fugashi")
    book = BookReference(
        title=Text(original="吉田松陰", lang="ja"),
        authors=[Name(literal="徳富蘇峰", lang="ja")],
        language="ja",
    )
    written, _ = apply_mode(book, Mode(original=False, translit=True, schemes=(("ja", "ala-lc"),)))
    assert written.title is not None
    assert (written.title.original, written.authors[0].literal) == (
        "Yoshida Shōin",
        "Tokutomi Sohō",
    )


def test_unknown_mode_part() -> None:
    with pytest.raises(ModeError, match="'romanised'"):
        apply_mode(BOOK, "romanised")


def test_unknown_style_suggests() -> None:
    with pytest.raises(UnknownStyleError, match="chicago-notes-bibliography"):
        find_style("chicago-notes-bibliografy")


@pytest.mark.parametrize(
    "text",
    [
        '<?xml version="1.0"?><!DOCTYPE style [<!ENTITY x SYSTEM "file:///etc/passwd">]><style/>',
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><style>&lol;</style>',
    ],
    ids=["external-entity", "entity-expansion"],
)
def test_unsafe_style_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "evil.csl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UnsafeStyleError):
        read_style(path)


@pytest.mark.parametrize(
    ("output", "italic"), [("html", "<i>"), ("markdown", "*"), ("rtf", "{\\i{}"), ("text", "")]
)
def test_output_formats(output: str, italic: str) -> None:
    item = {
        "id": "k",
        "type": "book",
        "title": "Plenniki Stalina",
        "issued": {"date-parts": [[1997]]},
        "author": [{"family": "Karpov", "given": "V. V."}],
        "publisher": "Terra",
    }
    (entry,) = format_bibliography([item], style="apa", output=output)
    assert "Karpov" in entry
    assert italic in entry


def test_names_without_a_language_take_the_references() -> None:
    # Galitskii's 1991 article as a GOST note gives its names untagged; the Scopus form
    # romanizes them with the title (a Latin name in the same reference stays as written)
    article = parse_citation(
        "Галицкий В.П. Японские военнопленные в СССР: правда и вымысел // "
        "Военно-исторический журнал. 1991. № 9. С. 52–58."
    ).reference  # type: ignore[union-attr]
    assert article.authors[0].lang is None
    with_latin = article.model_copy(
        update={"authors": (*article.authors, Name(family="Carr", given="E. H."))}
    )
    written, trailer = apply_mode(with_latin, "translit+translation+in-language")
    assert [(name.family, name.given) for name in written.authors] == [
        ("Galitskiy", "V.P."),
        ("Carr", "E. H."),
    ]
    assert trailer == "(In Russian)"
