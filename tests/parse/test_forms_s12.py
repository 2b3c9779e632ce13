"""Forms first met in published_citations_holdout2.toml: a name spelled out family name first
without a comma, as GOST heads an entry (``Tucker Robert.``, ``Громов Евгений.``, a Japanese name
in Russian transcription ``Такэда Юкити.``); an imprint run on to the title without its full
stop (``… Literature Tokyo, 1979.``, ``… Глускиной М. 1972.``); the Russian bibliography of a
Japanese work, its translation or original in brackets and its translators after ``/ Пер. с
яп.``; a book's short run of pages as the passage a note cites; a translation's record in
brackets after a foreign book's; a one-page locator in a Chinese note; author-date notes
(``Bo Yibo 1993, p. 706.``); a newspaper in Wade-Giles; a Japanese surname the dictionary
does not tag. Each row is a real reference from outside the held-out sets, its source
recorded, with texts each rule must leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import Parsed, parse_citation
from archivecite.parse.published import glued_imprint
from archivecite.parse.published.names import cjk_name, toponymic_surname
from archivecite.parse.published.romanized_items import latin_title_language
from tests.parse.helpers import reference_fields


def _fields(text: str, names: tuple[str, ...]) -> dict[str, Any]:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    fields = reference_fields(result.references[0])
    return {name: fields[name] for name in names}


# A Russian biography of Stalin, its bibliography ('Сталин. Путь к власти', the search tool's
# pages corpus: https://user.bibliboba.online/books/stalin-put-k-vlasti-2/p/269), list numbers
# left out.
_STALIN_BIBLIOGRAPHY = "bibliboba stalin-put-k-vlasti-2 p. 269"
# G. Hosking, 'Россия и русские', book 2, endnotes (the search tool's pages corpus:
# http://2books.mobi/read/Rossiya_i_russkie__Kniga_2_63-63898-61718-131.html).
_HOSKING_NOTES = "2books.mobi Rossiya_i_russkie Kniga_2"

_HEAD = ("kind", "authors", "title", "place", "publisher", "date", "locator")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # _STALIN_BIBLIOGRAPHY, item 92, its last of three books run together
            "Deutscher Isaac. Stalin. A Political Biography. London, 1966.",
            {
                "kind": "book",
                "authors": ["Deutscher, Isaac"],
                "title": "Stalin. A Political Biography",
                "place": "London",
                "publisher": None,
                "date": "1966",
                "locator": None,
            },
            id="family-given-place-year",
        ),
        pytest.param(
            # _STALIN_BIBLIOGRAPHY, item 94
            "Hough Jerry. How the Soviet Union is Governed. Harvard University Press, 1979.",
            {
                "kind": "book",
                "authors": ["Hough, Jerry"],
                "title": "How the Soviet Union is Governed",
                "place": None,
                "publisher": "Harvard University Press",
                "date": "1979",
                "locator": None,
            },
            id="family-given-publisher-year",
        ),
        pytest.param(
            # _STALIN_BIBLIOGRAPHY, item 99
            "Wolfe Bertram. Three Who Made the Revolution. New York, 1948.",
            {
                "kind": "book",
                "authors": ["Wolfe, Bertram"],
                "title": "Three Who Made the Revolution",
                "place": "New York",
                "publisher": None,
                "date": "1948",
                "locator": None,
            },
            id="family-given-two-word-place",
        ),
        pytest.param(
            # _HOSKING_NOTES, a note of its own
            "Boym Svetlana. Common Places: Mythologies of Everyday Life in Russia. — Cambridge,"
            " Mass.: Harvard University Press, 1994. — P. 123-124.",
            {
                "kind": "book",
                "authors": ["Boym, Svetlana"],
                "title": "Common Places: Mythologies of Everyday Life in Russia",
                "place": "Cambridge, Mass.",
                "publisher": "Harvard University Press",
                "date": "1994",
                "locator": "123-124",
            },
            id="gost-layout-family-given-pages-cited",
        ),
        pytest.param(
            # _HOSKING_NOTES, a note of its own: a middle name after the given name
            "Brumfield William Croft. A History of Russian Architecture. — Cambridge: Cambridge"
            " University Press, 1993. — P. 485—492.",
            {
                "kind": "book",
                "authors": ["Brumfield, William Croft"],
                "title": "A History of Russian Architecture",
                "place": "Cambridge",
                "publisher": "Cambridge University Press",
                "date": "1993",
                "locator": "485-492",
            },
            id="gost-layout-middle-name",
        ),
    ],
)
def test_a_name_spelled_out_family_name_first(text: str, expected: dict[str, Any]) -> None:
    assert _fields(text, _HEAD) == expected


def test_a_name_given_name_first_stays_so() -> None:
    # published_citations_forms.toml's note-in-title form (target from cross_script_holdout5):
    # "Лев" is a given name, so the name is read given name first as before
    text = "Лев Троцкий. Сталин. Т. 1. С. 5."
    assert _fields(text, ("authors", "title", "locator")) == {
        "authors": ["Троцкий, Лев"],
        "title": "Сталин",
        "locator": "5",
    }


_TRANSCRIBED = ("authors", "title", "title_lang", "place", "date", "volume", "locator", "language")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # A collection of Japanese studies in Russian, notes to an article on the Man'yōshū
            # (the search tool's pages corpus: https://booksonline.com.ua/view.php?book=25771
            # &page=38), note 8
            "Такэда Юкити. Матъёсю-синкай (Новое толкование 'Манъёсю'). Т. 2. Токио, 1941,"
            " с. 490, 494.",
            {
                "authors": ["Такэда, Юкити"],
                "title": "Матъёсю-синкай",  # its gloss is the title's Russian translation
                "title_lang": "ja-Cyrl",
                "place": "Токио",
                "date": "1941",
                "volume": "2",
                "locator": "490, 494",
                "language": "ja",
            },
            id="japanese-book-volume-pages",
        ),
        pytest.param(
            # the same notes, note 14, its third item (after "; ")
            "Омодака Хисатака. Манъёсю-синсяку (Новые комментарии к 'Манъёсю'). Токио, 1942,"
            " с. 200",
            {
                "authors": ["Омодака, Хисатака"],
                "title": "Манъёсю-синсяку",
                "title_lang": "ja-Cyrl",
                "place": "Токио",
                "date": "1942",
                "volume": None,
                "locator": "200",
                "language": "ja",
            },
            id="japanese-book-page",
        ),
    ],
)
def test_a_japanese_book_in_russian_transcription(text: str, expected: dict[str, Any]) -> None:
    assert _fields(text, _TRANSCRIBED) == expected


# The Russian translation of 'Ō-kagami', its bibliography (the search tool's pages corpus:
# https://rulit.me/books/o-kagami-velikoe-zercalo-read-511542-118.html): items of the list
# that the held-out set does not hold, printed without the full stop before the imprint.
_OKAGAMI = "rulit.me o-kagami-velikoe-zercalo 118"

_GLUED = ("authors", "translators", "title", "place", "date", "locator")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # _OKAGAMI; the Cyrillic С of the initials read as the Latin letter it stands for
            "Holtman D.С., The Japanese Enthronment Ceremonies, with an account of the Imperial"
            " Regalia Tokyo, 1928.",
            {
                "authors": ["Holtman, D.C."],
                "translators": [],
                "title": "The Japanese Enthronment Ceremonies, with an account of the Imperial"
                " Regalia",
                "place": "Tokyo",
                "date": "1928",
                "locator": None,
            },
            id="english-title-then-tokyo",
        ),
        pytest.param(
            # _OKAGAMI; the Cyrillic О of the initials read as the Latin letter
            "Reischauer E.О.. Translation from Early Japanese Literature Cambridge, 1951.",
            {
                "authors": ["Reischauer, E.O."],
                "translators": [],
                "title": "Translation from Early Japanese Literature",
                "place": "Cambridge",
                "date": "1951",
                "locator": None,
            },
            id="english-title-then-cambridge",
        ),
        pytest.param(
            # _OKAGAMI
            "Малявин В.Б. Чжуан-цзы М., 1985. С. 200.",
            {
                "authors": ["Малявин, В.Б."],
                "translators": [],
                "title": "Чжуан-цзы",
                "place": "Москва",
                "date": "1985",
                "locator": "200",
            },
            id="russian-title-then-moscow",
        ),
        pytest.param(
            # _OKAGAMI: the translator after "Предисл, пер. с яп. и коммент." (roles joined by
            # commas, a dot lost), in the genitive; the original title in brackets cut off
            "Митииуна-но хаха. Дневник эфемерной жизни [Кагэро: никки] / Предисл, пер. с яп. и"
            " коммент. В.Н. Горегляда СПб., 1994.",
            {
                "authors": [],
                "translators": ["Горегляд, В.Н."],
                "title": "Митииуна-но хаха. Дневник эфемерной жизни",
                "place": "Санкт-Петербург",
                "date": "1994",
                "locator": None,
            },
            id="translation-then-spb",
        ),
    ],
)
def test_an_imprint_run_on_to_the_title(text: str, expected: dict[str, Any]) -> None:
    assert _fields(text, _GLUED) == expected


def test_an_imprint_after_its_stop_is_no_glued_one() -> None:
    # tests/parse/test_latin_cyrillic_forms_s14.py's first row (a physics course's reading list)
    assert glued_imprint("Сивухин Д. В. Общий курс физики, т.1. Механика. М.: 1979. 520 с.") is None


def test_a_translations_record_in_brackets_is_no_part_of_the_book() -> None:
    # A. Sidorov, 'Учителя эпохи сталинизма', notes (the search tool's pages corpus:
    # https://fb2.top/uchitelya-epohi-stalinizma-388582/read/part-24), the note's last item
    # (after "; "): the Russian translation's record in parentheses after the English book's
    text = (
        "Fitzpatrick S. Everyday Stalinism. Ordinary Life in Extraordinary Times: Soviet Russia in"
        " the 1930s. New York, 1999. P. 74-75 (рус. пер.: Фицпатрик Ш. Повседневный сталинизм:"
        " Социальная история Советской России в 30-е годы: город. М.: РОССПЭН, 2008. С. 91-93."
        " Далее все ссылки даются на это издание)."
    )
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference = result.references[0]
    assert _fields(text, ("authors", "title", "place", "date", "locator")) == {
        "authors": ["Fitzpatrick, S."],
        "title": "Everyday Stalinism. Ordinary Life in Extraordinary Times: Soviet Russia in the"
        " 1930s",
        "place": "New York",
        "date": "1999",
        "locator": "74-75",
    }
    assert str(reference.extra["translation"]).startswith("рус. пер.: Фицпатрик Ш.")


def test_a_long_run_of_a_book_stays_its_pages() -> None:
    # published_citations.toml: the novel's pages in a volume, not a passage cited
    text = "Толстой Л. Н. Анна Каренина. М.: Наука, 1970. С. 5–684."
    assert _fields(text, ("pages", "locator")) == {"pages": "5-684", "locator": None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # A citation formatter's test table of Chinese legal footnotes (search-tool file id
            # 61669874626), the row "中文期刊文章": one page after the journal's issue
            "季卫东：《法律程序的意义——对中国法制建设的另一种思考》，载《中国社会科学》1993年第1期，"
            "第91页。",
            {"issue": "1", "pages": None, "locator": "91"},
            id="one-page-after-issue",
        ),
        pytest.param(
            # A historiography tool's test (search-tool file id 59744514125): a range stays the
            # article's pages
            "赵维玺：《索思诺福斯齐考察团来华及左宗棠的应对》，《近代史研究》2021年第1期，第1—20页",
            {"issue": "1", "pages": "1-20", "locator": None},
            id="range-after-issue",
        ),
    ],
)
def test_a_chinese_notes_page(text: str, expected: dict[str, Any]) -> None:
    assert _fields(text, ("issue", "pages", "locator")) == expected


# J. Chang and J. Halliday, 'Mao: The Unknown Story', notes (the search tool's pages corpus:
# https://fb2.top/mao-the-unknown-story-254010/read/part-17, chapter 1, and
# https://bookreadfree.com/397580/9777642, page 90): one item between the "; " of a note.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Snow 1973, p. 138.",
            {"authors": ["Snow"], "date": "1973", "volume": None, "locator": "138"},
            id="family-name",
        ),
        pytest.param(
            "Li Rui 1992, pp. 1–3.",
            {"authors": ["Li, Rui"], "date": "1992", "volume": None, "locator": "1-3"},
            id="pinyin-name",
        ),
        pytest.param(
            "Chen Yun 1935, p. 43.",
            {"authors": ["Chen, Yun"], "date": "1935", "volume": None, "locator": "43"},
            id="pinyin-name-one-syllable",
        ),
        pytest.param(
            "Mao 1993b, vol. 1, p. 450.",
            {"authors": ["Mao"], "date": "1993", "volume": "1", "locator": "450"},
            id="second-work-of-a-year",
        ),
    ],
)
def test_an_author_date_note(text: str, expected: dict[str, Any]) -> None:
    assert _fields(text, ("authors", "date", "volume", "locator")) == expected


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        # globalauthorid.com, an article on Chinese statistics (http://globalauthorid.com/
        # WebPortal/ArticleView?wd=1C86D39C8DE1C47F7B344E00F07154739C4B42C0A04AAE25C4AF4C4B5D8A0
        # AE7, the search tool's pages corpus), references 2, 3 and 5
        ("Jen-min Yu-tien", "zh"),
        ("1953-nien t'ung-chi kung-tso chien-t'ao ho 1954-nien t'ung-chi kung-tso yao-tien", "zh"),
        ("Problemy vostokovedeniya", "ru"),
    ],
)
def test_a_title_in_wade_giles_is_chinese(title: str, lang: str) -> None:
    assert latin_title_language(title) == lang


@pytest.mark.parametrize(
    ("name", "family"),
    [
        # KAKEN, the 2013 report of project 23320133 (the search tool's pages corpus:
        # https://kaken.nii.ac.jp/en/report/KAKENHI-PROJECT-23320133/233201332013jisseki): the
        # names run together in its abstract, printed spaced in its list of investigators
        # ("白木沢 旭児", "内藤 隆夫", "寺林 伸明"): the dictionary tags 白 and 木沢, a place
        ("白木沢旭児", "白木沢"),
        ("内藤隆夫", "内藤"),
        ("寺林伸明", "寺林"),
        ("及川琢英", "及川"),
    ],
)
def test_a_japanese_surname_runs_through_a_place_name(name: str, family: str) -> None:
    pytest.importorskip("fugashi")
    assert cjk_name(name, "ja").family == family  # type: ignore[union-attr]


def test_a_name_without_a_place_name_keeps_the_dictionarys_split() -> None:
    pytest.importorskip("fugashi")
    # KAKEN, the 1990 report of project 02044031 (https://kaken.nii.ac.jp/ja/report/
    # KAKENHI-PROJECT-02044031/020440311990jisseki), "小風 秀雅": no place name opens it
    assert toponymic_surname("小風秀雅") is None
