"""Rules added for the Cyrillic and Japanese forms of the ninth held-out sets and later (a title
named alone, initials without a full stop, a review's heading, a note citing collected works by
volume, a Japanese record glued together, a shop's title line, names initials first in a list,
the year after the authors), each with the texts that must not trip it; the real references of
each form are in ``tests/data/published_citations_forms.toml`` (forms ``title-alone``,
``initials-no-stop``, ``review-heading``, ``collected-works-note``, ``cjk-glued-fields``,
``cjk-series-line``, ``initials-first-list`` and ``ru-author-date``)."""

from __future__ import annotations

import pytest

from tests.parse.helpers import reference_fields, single_reference


def _fields(text: str) -> dict[str, object] | None:
    reference = single_reference(text)
    return None if reference is None else reference_fields(reference)


# --- a title named alone ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a list's heading, alone or before a kind of work
        "Список литературы",
        "Список литературы. Документы и материалы",
        # a heading with a number, or one word, before the kind of work or the years
        "Глава 1. Воспоминания",
        "Введение. Очерки истории",
        "Примечания. 1941—1945",
        # prose: a verb in the sentence before the years, or after the kind of work
        "Мы приехали в Москву. 1937—1939.",
        "Он написал книгу. Очерки вышли позже.",
        # a real item of the same list as the targets (a chapter of Khlevniuk's book, cited by
        # its heading): nothing in it says it is a title
        "Поездка в Сибирь. Сталин. Жизнь одного вождя",
    ],
)
def test_a_line_that_does_not_say_it_is_a_title_is_refused(text: str) -> None:
    assert single_reference(text) is None


def test_a_count_of_volumes_after_a_full_stop_leaves_the_title() -> None:
    # the volume's own title after "Т. 1." goes with the volume, as after "Т. 1:"
    fields = _fields(
        "Трагедия советской деревни. Коллективизация и раскулачивание. 1927—1939. В 5 т. Т. 1."
        " Май 1927 — ноябрь 1929. М.: РОССПЭН, 1999."
    )
    assert fields is not None
    assert (fields["title"], fields["number_of_volumes"], fields["volume"], fields["date"]) == (
        "Трагедия советской деревни. Коллективизация и раскулачивание. 1927—1939",
        "5",
        "1",
        "1999",
    )


def test_a_last_word_after_the_title_is_no_place_unless_a_city() -> None:
    # "Иркутск" is a known city: it stays the place (and, without a year, nothing is read)
    assert single_reference("Иванов И.И. История Сибири. Иркутск") is None
    fields = _fields("Чуев Ф. Сто сорок бесед с Молотовым: Из дневника Ф. Чуева. Коллективизация")
    assert fields is not None
    assert (fields["place"], fields["title"]) == (
        None,
        "Сто сорок бесед с Молотовым: Из дневника Ф. Чуева. Коллективизация",
    )


# --- initials without a full stop --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a title of fewer than four words: too short to tell from a name and a word
        "К.Смаджа “Оператуарная жизнь”",
        # the title in lower case after the name
        "А. С. Пушкин и его время",
    ],
)
def test_initials_without_a_stop_need_a_title_of_their_own(text: str) -> None:
    assert single_reference(text) is None


# --- a year after the authors; a later edition in brackets ------------------------------------


def test_a_year_after_the_authors_is_the_date_when_no_other_follows() -> None:
    # a title opening with a year, the book's own year after it: the first year is the title's
    fields = _fields("Рабинович А. 1917. Большевики приходят к власти. М., 1989.")
    assert fields is not None
    assert (fields["title"], fields["date"]) == ("1917. Большевики приходят к власти", "1989")


def test_a_later_edition_in_brackets_is_kept_apart() -> None:
    reference = single_reference(
        "Зализняк, А. А. 1977. Грамматический словарь русского языка: Словоизменение. М.:"
        " Русский язык (4 изд., испр. и доп.: М.: Русские словари, 2003)."
    )
    assert reference is not None
    assert reference.extra["later_editions"] == "4 изд., испр. и доп.: М.: Русские словари, 2003"


# --- a review's heading ------------------------------------------------------------------------


def test_a_review_heading_keeps_its_series() -> None:
    reference = single_reference(
        "«Жизнь „Ивана“», О. П. Семенова-Тянь-Шанская. Записки И. Р. Г. О-ва по отдѣленію"
        " этнографіи т. XXXIX."
    )
    assert reference is not None
    series = getattr(reference, "series", None)
    assert series is not None
    assert series.original == "Записки И. Р. Г. О-ва по отдѣленію этнографіи"


def test_a_review_heading_with_an_imprint() -> None:
    # the place and year after the author, as headings print them without a series
    fields = _fields("«Жизнь „Ивана“», О. П. Семенова-Тянь-Шанская. СПб. 1914.")
    assert fields is not None
    assert (fields["kind"], fields["place"], fields["date"], fields["authors"]) == (
        "book",
        "Санкт-Петербург",
        "1914",
        ["Семенова-Тянь-Шанская, О. П."],
    )


def test_a_title_read_alone_holds_no_initials() -> None:
    # the heading's author is never left in a title read alone
    fields = _fields(
        "«Жизнь „Ивана“», О. П. Семенова. Записки И. Р. Г. О-ва по отдѣленію этнографіи"
    )
    assert fields is None or "О. П." not in str(fields["title"])


# --- collected works cited by volume -----------------------------------------------------------


def test_a_list_of_names_is_no_note_on_collected_works() -> None:
    # an authors' field (GitHub, search-tool file id 31857711469): "Т. Л." is an initial
    assert single_reference("В. В. Сталин, Т. Л. Романова, Г. П. Бутенко") is None


@pytest.mark.parametrize(
    "text",
    [
        "Ленин В. И. Полн. собр. соч., т. 45, с. 343.",
        # the same note as GOST prints it: both read alike
        "Ленин В. И. Полн. собр. соч. Т. 45. С. 343.",
    ],
)
def test_a_note_on_collected_works_keeps_a_short_title(text: str) -> None:
    fields = _fields(text)
    assert fields is not None
    assert (fields["authors"], fields["title"], fields["volume"], fields["locator"]) == (
        ["Ленин, В. И."],
        "Полн. собр. соч",
        "45",
        "343",
    )


def test_a_note_on_collected_works_without_a_title_needs_its_page() -> None:
    assert single_reference("И.Сталин, т. 11.") is None


# --- Japanese lines without brackets -----------------------------------------------------------


def test_a_glued_record_needs_a_person_the_dictionary_knows() -> None:
    # the same record without its author: nothing says where a title would begin
    assert single_reference("飯盛女 宿場の娼婦たち新人物往来社1981") is None


def test_a_shop_title_line_keeps_its_series() -> None:
    reference = single_reference(
        "ウィーナー サイバネティックス――動物と機械における制御と通信 (岩波文庫)"
    )
    assert reference is not None
    series = getattr(reference, "series", None)
    assert series is not None
    assert series.original == "岩波文庫"


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        # Amazon's title of the Iwanami bunko Gödel, as a blog quotes it inside 『』
        # (https://www.watto.nagoya/entry/20061025/p1)
        ("ゲーデル 不完全性定理 (岩波文庫)", ["ゲーデル"], "不完全性定理"),
    ],
)
def test_a_shop_title_line(text: str, authors: list[str], title: str) -> None:
    fields = _fields(text)
    assert fields is not None
    assert (fields["authors"], fields["title"]) == (authors, title)


@pytest.mark.parametrize(
    "text",
    [
        # a sentence, not a name, before the space (a title alone before its series is read:
        # tests/parse/test_cjk_title_brackets.py)
        "今日は 雨です (岩波文庫)",
    ],
)
def test_a_series_line_needs_an_author(text: str) -> None:
    assert single_reference(text) is None


def test_a_katakana_word_is_no_author() -> None:
    # "データ" is a word, not a person's name the dictionary knows
    fields = _fields("データ 分析入門 (岩波新書)")
    assert fields is None or fields["authors"] != ["データ"]


def test_translators_after_a_date_are_no_publisher() -> None:
    # https://handbook-of-four-cities.com/entry/2019/04/19/060000-1690, the book's two lines
    fields = _fields(
        "ウィーナー 『サイバネティクスー動物と機械における制御と通信』2011年、2018年第8刷\n"
        "池原止戈夫、彌永昌吉、室賀三郎、戸田巌訳"
    )
    assert fields is not None
    assert (fields["publisher"], fields["translators"], fields["date"]) == (
        None,
        ["池原, 止戈夫", "彌永, 昌吉", "室賀, 三郎", "戸田, 巌"],
        "2011",
    )


# --- no pattern backtracks ---------------------------------------------------------------------
