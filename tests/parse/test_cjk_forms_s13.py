"""Rules added for the forms of the thirteenth held-out set and a GOST volume after its set: a
book list's "title author publisher year" whose publisher has no publisher's ending, an author's
heading above a title in 「」, a list's mark after an entry, and "Т. 1: volume title" after the
set's imprint. The real references of the last form are in
``tests/data/published_citations_forms.toml`` (form ``gost-volume-after-set``); here the field
that table does not state (the volume's title) and the texts each rule must leave alone.
"""

from __future__ import annotations

import pytest

from archivecite.model import Reference
from archivecite.parse.published import parse_published
from tests.parse.helpers import reference_fields


def _reference(text: str) -> Reference | None:
    parsed = parse_published(text)
    return parsed.reference if parsed is not None else None


# --- a book list's line: the publisher without a publisher's ending -------------------------------


def test_a_person_then_a_publisher_without_ending() -> None:
    # the form of a blog's book list (the thirteenth held-out set, pair 67): the dictionary reads
    # 沢地久枝 as a person's name and 文芸春秋 as none, so 文芸春秋 is the publisher
    reference = _reference("もうひとつの満州 沢地久枝 文芸春秋 1982")
    assert reference is not None
    fields = reference_fields(reference)
    assert (fields["title"], fields["authors"], fields["publisher"], fields["date"]) == (
        "もうひとつの満州",
        ["沢地, 久枝"],
        "文芸春秋",
        "1982",
    )


def test_the_format_word_is_no_name() -> None:
    # the bunko line of the same list: 文庫 between the title and the author is the format
    reference = _reference("もうひとつの満州 文庫 沢地久枝 文芸春秋 1986")
    assert reference is not None
    fields = reference_fields(reference)
    assert (fields["title"], fields["authors"]) == ("もうひとつの満州", ["沢地, 久枝"])
    assert reference.extra["format"] == "文庫"


def test_two_names_without_a_year_stay_names() -> None:
    # no date: nothing says the last name is a publisher, the line is refused as before
    assert _reference("もうひとつの満州 沢地久枝 文芸春秋") is None


# --- an author's heading above a title in 「」 ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "日影 丈吉 (ひかげじょうきち)\n「猫の泉\n日影丈吉傑作選2」",  # as printed, broken inside
        "日影 丈吉 (ひかげじょうきち) 「猫の泉 日影丈吉傑作選2」",  # as parse_citations passes it
        "日影 丈吉\n「猫の泉\n日影丈吉傑作選2」",  # the heading without its reading
    ],
)
def test_a_heading_above_the_title(text: str) -> None:
    # the form of a 文庫 bibliography (the thirteenth held-out set, pairs 69 and 70): the name,
    # perhaps its reading in brackets, then the book in 「」 on the next line
    reference = _reference(text)
    assert reference is not None
    fields = reference_fields(reference)
    assert (fields["title"], fields["authors_original"]) == (
        "猫の泉 日影丈吉傑作選2",
        ["日影 丈吉"],
    )


@pytest.mark.parametrize(
    "text",
    [
        # (「」 after a name on the same line names a work: tests/parse/test_cjk_catalogue_forms.py)
        "これは本です\n「かむなぎうた」",  # a sentence above the brackets
    ],
)
def test_brackets_without_a_heading_stay_refused(text: str) -> None:
    assert _reference(text) is None


# --- a list's mark after an entry -------------------------------------------------------------------


@pytest.mark.parametrize("mark", ["※", "*", "†"])
def test_a_trailing_list_mark_leaves_the_imprint(mark: str) -> None:
    # the entry of tests/data/dedupe/SOURCES.md's koten-meikan list, without and with marks
    reference = _reference(f"『国史大辞典』(吉川弘文館){mark}")
    assert reference is not None
    assert reference_fields(reference)["publisher"] == "吉川弘文館"


def test_a_mark_alone_is_no_reference() -> None:
    assert _reference("※") is None


# --- a GOST volume after its set -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "volume", "volume_title", "year"),
    [
        (
            # DSTU 8302:2015, appendix Д.2, example 2 (a converter's test, search-tool file id
            # 69386298608)
            "Антологія української юридичної думки / Ін-т держави і права ім. В. М. Корецького "
            "НАНУ ; за заг. ред. Ю. С. Шемшученка. Київ : Юрид. кн., 2002. Т. 1 : Загальна "
            "теорія держави і права, філософія та енциклопедія права. 568 с.",
            "1",
            "Загальна теорія держави і права, філософія та енциклопедія права",
            "2002",
        ),
        (
            # a README's source column (search-tool file id 57382988097): the set's years
            # 1982-1995, the volume's 1982
            "Грамматика современного якутского литературного языка : [в 2 томах] / Акад. наук "
            "СССР, Сиб. отд- ние, Якут. фил., Ин-т яз. лит.и истории; [редкол.: Е. И. Убрятова "
            "(отв. ред.), Е. И. Коркина, Л. Н. Харитонов, Н. Е. Петров]. – Москва : Наука, "
            "1982-1995. Т. 1: Фонетика и морфология / [Л. Н. Харитонов, Н. Д. Дьячковский, С. А. "
            "Иванов и др.]. – Москва: Наука, 1982. – 495 с.",
            "1",
            "Фонетика и морфология",
            "1982",
        ),
    ],
)
def test_a_volume_after_its_set(text: str, volume: str, volume_title: str, year: str) -> None:
    reference = _reference(text)
    assert reference is not None
    fields = reference_fields(reference)
    assert (fields["volume"], fields["date"]) == (volume, year)
    assert reference.extra["volume_title"] == volume_title


def test_a_volume_without_its_title_is_left_as_before() -> None:
    # DSTU 8302:2015, appendix Д.2, example 1 (the same converter's test): "Т. 8." with no title
    reference = _reference(
        "Енциклопедія рослин / редкол.: І. М. Деркач та ін. Київ : ЦУЛ, 2016. Т. 8. 812 с."
    )
    assert reference is not None
    assert reference_fields(reference)["volume"] == "8"
    assert "volume_title" not in reference.extra
