"""APA references in Chinese whose parts full stops close, as Taiwanese lists print them (and a
Vietnamese list of Chinese books, which gives each name its reading first): the names and the
year in brackets, the title without brackets, then the journal with its volume and pages, or
the place and publisher. The entries are copied from public files (the search tool's file
ids) as printed."""

from __future__ import annotations

import pytest

from tests.parse.helpers import single_reference

# file id 66536145228: a Taiwanese university's syllabi on social policy (a JS data file), the
# weekly readings and the reference books, in APA with full stops
SYLLABUS = "file id 66536145228"


@pytest.mark.parametrize(
    ("text", "authors", "fields", "numbers"),
    [
        (  # SYLLABUS, week 十, a further reading
            "李易駿、古允文（2003）。另一個福利世界？東亞發展型福利體制初探。臺灣社會學刊，31，189–241。",
            ["李易駿", "古允文"],
            (2003, "另一個福利世界？東亞發展型福利體制初探", "臺灣社會學刊"),
            ("31", None, "189-241"),
        ),
        (  # SYLLABUS, week 十一, a further reading
            "呂朝賢、陳俊全、王德睦（2008）。臺灣的社會救助動態：趨勢、型態與成因。"
            "人文及社會科學集刊，20(4)，441–479。",
            ["呂朝賢", "陳俊全", "王德睦"],
            (2008, "臺灣的社會救助動態：趨勢、型態與成因", "人文及社會科學集刊"),
            ("20", "4", "441-479"),
        ),
        (  # SYLLABUS, week 十二, a required reading
            "林國明（2003）。到國家主義之路：路徑依賴與全民健保組織體制的形成。台灣社會學，5，1–71。",
            ["林國明"],
            (2003, "到國家主義之路：路徑依賴與全民健保組織體制的形成", "台灣社會學"),
            ("5", None, "1-71"),
        ),
    ],
)
def test_an_article(
    text: str,
    authors: list[str],
    fields: tuple[int, str, str],
    numbers: tuple[str, str | None, str],
) -> None:
    year, title, journal = fields
    reference = single_reference(text)
    assert reference is not None
    assert reference.kind == "article"
    assert [name.original for name in reference.authors] == authors
    assert reference.date is not None
    assert reference.title is not None
    assert reference.container_title is not None
    assert (reference.date.start.year, reference.title.original) == (year, title)
    assert reference.container_title.original == journal
    assert (reference.volume, reference.issue, reference.pages) == numbers


@pytest.mark.parametrize(
    ("text", "authors", "year", "title", "imprint"),
    [
        (  # SYLLABUS, the reference books of the course on social policy
            "李易駿（2013）。社會政策原理。台北：五南。",
            ["李易駿"],
            2013,
            "社會政策原理",
            ("台北", "五南"),
        ),
        (  # SYLLABUS, the same list: a place the list of places knows, then the publisher
            "葉崇揚（2018）。轉型中的東亞福利體制。香港：香港城市大學出版社。",
            ["葉崇揚"],
            2018,
            "轉型中的東亞福利體制",
            ("香港", "香港城市大學出版社"),
        ),
        (  # SYLLABUS, the same list
            "林萬億（1994）。福利國家：歷史比較的分析。台北：巨流。",
            ["林萬億"],
            1994,
            "福利國家：歷史比較的分析",
            ("台北", "巨流"),
        ),
    ],
)
def test_a_book(
    text: str, authors: list[str], year: int, title: str, imprint: tuple[str, str]
) -> None:
    reference = single_reference(text)
    assert reference is not None
    assert reference.kind == "book"
    assert [name.original for name in reference.authors] == authors
    assert reference.date is not None
    assert reference.title is not None
    assert (reference.date.start.year, reference.title.original) == (year, title)
    place = getattr(reference, "place", None)
    publisher = getattr(reference, "publisher", None)
    assert place is not None
    assert publisher is not None
    assert (place.original, publisher.original) == imprint


@pytest.mark.parametrize(
    ("text", "authors", "translators", "imprint"),
    [
        (  # SYLLABUS, the reference books: a translation, the original's author in Latin letters
            "Esping-Andersen, G. 原著，古允文譯（1999）。福利資本主義的三個世界。台北：巨流。",
            [("Esping-Andersen", "G.")],
            ["古允文"],
            ("台北", "巨流", None),
        ),
        (  # SYLLABUS, the same list, with the book's ISBN after the imprint
            "Hill, M. 原著，劉升華譯（2003）。理解社會政策。北京：商務印書館。ISBN 7-100-03629-1",
            [("Hill", "M.")],
            ["劉升華"],
            ("北京", "商務印書館", "7-100-03629-1"),
        ),
        (  # SYLLABUS, the main textbooks (the file's "&amp;" read as "&"): "李易駿等譯", and others
            "Alcock, P., Erskine, A., & May, M. 原著，李易駿等譯（2006）。解讀社會政策。台北：群學。",
            [("Alcock", "P."), ("Erskine", "A."), ("May", "M.")],
            ["李易駿"],
            ("台北", "群學", None),
        ),
    ],
)
def test_a_translated_book(
    text: str,
    authors: list[tuple[str, str]],
    translators: list[str],
    imprint: tuple[str, str, str | None],
) -> None:
    reference = single_reference(text)
    assert reference is not None
    assert reference.kind == "book"
    assert [(name.family, name.given) for name in reference.authors] == authors
    assert [name.original for name in getattr(reference, "translators", ())] == translators
    place = getattr(reference, "place", None)
    publisher = getattr(reference, "publisher", None)
    assert place is not None
    assert publisher is not None
    isbn = next((i.value for i in reference.identifiers if i.scheme == "isbn"), None)
    assert (place.original, publisher.original, isbn) == imprint


@pytest.mark.parametrize(
    ("text", "kind", "author", "fields"),
    [
        (  # file id 66714567281 (notes on climate risk), "## Sources"
            "馬駿（2020）。《金融機構環境風險分析的意義、方法和推廣》。北京綠色金融與可持續發展研究院。",
            "book",
            "馬駿",
            (2020, "金融機構環境風險分析的意義、方法和推廣", "北京綠色金融與可持續發展研究院"),
        ),
        (  # file id 67479797816 (a script writing a thesis' references): a master's thesis
            "李佳穎（2026）。《雙重任務訓練改善認知障礙高齡者認知與體適能實證研究》。"
            "國立臺北護理健康大學（未出版碩士學位論文）。",
            "thesis",
            "李佳穎",
            (2026, "雙重任務訓練改善認知障礙高齡者認知與體適能實證研究", "國立臺北護理健康大學"),
        ),
    ],
)
def test_a_bracketed_title_after_the_year_and_its_stop(
    text: str, kind: str, author: str, fields: tuple[int, str, str]
) -> None:
    year, title, publisher = fields
    reference = single_reference(text)
    assert reference is not None
    assert reference.date is not None
    assert reference.title is not None
    read_publisher = getattr(reference, "publisher", None)
    assert read_publisher is not None
    assert (reference.kind, [name.original for name in reference.authors]) == (kind, [author])
    assert (reference.date.start.year, reference.title.original) == (year, title)
    assert read_publisher.original == publisher


@pytest.mark.parametrize(
    "text",
    [
        # one character before the year is no name
        "他（2011）。今天很好。台北：好。",
        # what follows the title is neither a journal nor an imprint
        "王大明（2011）。今天很好。天氣也很好。",
    ],
)
def test_parts_that_are_no_reference_are_refused(text: str) -> None:
    from archivecite.parse.published.cjk_apa import parse_apa_stops  # noqa: PLC0415
    from archivecite.parse.published.draft import Draft  # noqa: PLC0415

    assert not parse_apa_stops(Draft(text=text), 0, len(text))


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        # CONSTRUCTED (session 17): APA with ASCII stops, as Japanese and Chinese authors of
        # English-style lists print it; the publisher alone after the title is no journal
        ("富田武 (2013). シベリア抑留者たちの戦後. 人文書院.", "人文書院"),
        ("沈志华 (2003). 毛泽东、斯大林与朝鲜战争. 广东人民出版社.", "广东人民出版社"),
    ],
)
def test_a_cjk_publisher_alone_after_an_apa_title(text: str, publisher: str) -> None:
    reference = single_reference(text)
    assert reference is not None
    assert reference.kind == "book"
    assert getattr(reference, "container_title", None) is None
    assert getattr(reference, "publisher", None) is not None
    assert reference.publisher.original == publisher  # type: ignore[union-attr]
