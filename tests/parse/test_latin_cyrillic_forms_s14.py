"""Latin and Cyrillic forms first met in cross_script_holdout15-17.toml: a GOST imprint whose
publisher is left out (``Л.: 1986``: the year is no publisher), a romanized title followed by
its English gloss in parentheses (``Lushan huiyi shilu (The True Record …)``, ``*Rinrigaku*
(Ethics)``), and the book and article entries of Soviet encyclopedias and bibliographies, their
parts after commas (``Автор И. О., Title, 2 изд., М., 1963``; ``Title, "Journal", 1970, N°
1.``). Each row is a real reference from outside the held-out sets, its source recorded."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import Parsed, parse_citation
from tests.parse.helpers import reference_fields


def _fields(text: str, names: tuple[str, ...]) -> dict[str, Any]:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    fields = reference_fields(result.references[0])
    return {name: fields[name] for name in names}


_IMPRINT = ("place", "publisher", "year")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # GitHub Markdown task list of a physics course (search-tool file id 4592956173),
            # "### Литература", item 1
            "Сивухин Д. В. Общий курс физики, т.1. Механика. М.: 1979. 520 с.",
            {"place": "Москва", "publisher": None, "year": "1979"},
            id="book-place-colon-year",
        ),
        pytest.param(
            # GitHub React "About" page of a word game (search-tool file id 16102071733),
            # "Источники слов", item 1
            "Ожегов С. И. Словарь русского языка. Ок. 65 000 слов / 16-е изд., — М.: 1984.",
            {"place": "Москва", "publisher": None, "year": "1984"},
            id="dictionary-place-colon-year",
        ),
    ],
)
def test_a_year_after_the_place_is_no_publisher(text: str, expected: dict[str, Any]) -> None:
    assert _fields(text, _IMPRINT) == expected


_GLOSSED = ("authors", "title", "title_translation", "year", "place", "publisher")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # GitHub Markdown essay on machine ethics (search-tool file id 53140773427),
            # references, item 6 (its list number left out)
            "Watsuji, T. (1937). *Rinrigaku* (Ethics). Tokyo: Iwanami Shoten. [Translated as"
            " *Watsuji's Rinrigaku*, SUNY Press, 1996.]",
            {
                "authors": ["Watsuji, T."],
                "title": "Rinrigaku",
                "title_translation": "Ethics",
                "year": "1937",
                "place": "Tokyo",
                "publisher": "Iwanami Shoten",
            },
            id="italic-romaji-title-then-gloss",
        ),
        pytest.param(
            # globalauthorid.com, an article on Europeanized Chinese (http://globalauthorid.com/
            # WebPortal/ArticleView?wd=03E459076164F53EFBF307A2D6475FAEDA85F6BCC187D5BEDE816530
            # 528CD143, as stored in the search tool's pages corpus), references, item 5: its
            # English half (the Chinese record in brackets after it left out)
            "Dai, G. 2013b. Fanyi zhong Yuanyu Touguo Xiao Yanjiu (“SL Shining Through” in"
            " translated languages). Shanghai: Shanghai Jiaotong University Press.",
            {
                "authors": ["Dai, G."],
                "title": "Fanyi zhong Yuanyu Touguo Xiao Yanjiu",
                "title_translation": "“SL Shining Through” in translated languages",
                "year": "2013",
                "place": "Shanghai",
                "publisher": "Shanghai Jiaotong University Press",
            },
            id="pinyin-title-then-gloss",
        ),
    ],
)
def test_a_gloss_in_parentheses_is_the_titles_translation(
    text: str, expected: dict[str, Any]
) -> None:
    assert _fields(text, _GLOSSED) == expected


def test_an_english_note_after_an_english_title_is_no_gloss() -> None:
    # GitHub Markdown notes on geostatistics (search-tool file id 54935792418), "Further
    # reading", item 2: the edition in parentheses after an English title
    text = "Cressie, N. (1993). *Statistics for Spatial Data* (Revised Edition). Wiley."
    expected = {"title": "Statistics for Spatial Data", "title_translation": None, "year": "1993"}
    assert _fields(text, ("title", "title_translation", "year")) == expected


_ENTRY = ("kind", "authors", "title", "edition", "volume", "place", "year")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # cwetochki.ru, "Доклад: Саянов Виссарион" (the Литературная энциклопедия's entry,
            # https://cwetochki.ru/ref-doklad-saianov-vissarion.html?page=2&per-page=30, as
            # stored in the search tool's pages corpus), bibliography, section III
            "Владиславлев И. В., Литература великого десятилетия (1917—1927), т. I, Москва —"
            " Ленинград, 1928.",
            {
                "kind": "book",
                "authors": ["Владиславлев, И. В."],
                "title": "Литература великого десятилетия (1917—1927)",
                "edition": None,
                "volume": "I",
                "place": "Москва ; Ленинград",
                "year": "1928",
            },
            id="author-title-volume-places-year",
        ),
    ],
)
def test_an_encyclopedias_book_entry_after_commas(text: str, expected: dict[str, Any]) -> None:
    assert _fields(text, _ENTRY) == expected


_ARTICLE = ("kind", "container_title", "year", "issue")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # bezmani.ru, the Great Soviet Encyclopedia's entry БАХТИН
            # (http://bezmani.ru/spravka/bse/base/1/006999.htm, as stored in the search tool's
            # pages corpus), "Лит.", item 2 (its spaced name aside): the journal in straight
            # quotes, "N°" for "№"
            'Ш у б и н Л., Гуманизм\nДостоевского и "достоевщина", "Вопросы литературы", 1965,'
            " N° 1",
            {
                "kind": "article",
                "container_title": "Вопросы литературы",
                "year": "1965",
                "issue": "1",
            },
            id="straight-quoted-journal-n-degree",
        ),
        pytest.param(
            # cwetochki.ru, "Доклад: Саянов Виссарион" (as above), bibliography, section II
            "Левин Л., Оборотная сторона романтика, «Литературная газета», 1931, № 3, 14 янв.",
            {
                "kind": "newspaper",
                "container_title": "Литературная газета",
                "year": "1931",
                "issue": "3",
            },
            id="guillemet-quoted-newspaper",
        ),
    ],
)
def test_an_encyclopedias_article_entry_after_commas(text: str, expected: dict[str, Any]) -> None:
    assert _fields(text, _ARTICLE) == expected


@pytest.mark.parametrize(
    "text",
    [
        # bezmani.ru, БАХТИН (as above), "Лит.", item 1: a chapter "в его кн.: …", which the
        # book entry must not take for a title
        'Луначарский А. В.,О "мно-гоголосности"\nДостоевского, в его кн.: Статьи о литературе,'
        " М., 1957",
    ],
)
def test_what_the_book_entry_leaves_alone(text: str) -> None:
    result = parse_citation(text)
    if isinstance(result, Parsed):
        reference = result.references[0]
        assert reference.title is None or "кн.:" not in reference.title.original  # type: ignore[union-attr]


_TEMPLATE = (
    "kind",
    "authors",
    "title",
    "title_lang",
    "date",
    "container_title",
    "publisher",
    "locator",
    "isbn",
    "doi",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # GitHub wikitext of the article on JSX (search-tool file id 36941376666), a <ref>
            "{{Cite book|url=https://books.google.com/books?id=Tg9QDwAAQBAJ|title=React for Real:"
            " Front-End Code, Untangled|last=Fischer|first=Ludovico|date=2017-09-06|publisher="
            "Pragmatic Bookshelf|isbn=9781680504484|language=en}}",
            {
                "kind": "book",
                "authors": ["Fischer, Ludovico"],
                "title": "React for Real: Front-End Code, Untangled",
                "title_lang": None,
                "date": "2017-09-06",
                "container_title": None,
                "publisher": "Pragmatic Bookshelf",
                "locator": None,
                "isbn": "9781680504484",
                "doi": None,
            },
            id="cite-book-last-first-iso-date",
        ),
        pytest.param(
            # GitHub test of a Wiktionary extractor (search-tool file id 1675276626): Japanese
            # Wikipedia's flag "和書", a linked author, the cited page
            "{{Cite book|和書|author=[[w:關一|関一]]|title=住宅問題と都市計画|date=1923-08|"
            "publisher=弘文堂書房|page=53|url=https://dl.ndl.go.jp/pid/971383/1/35}}",
            {
                "kind": "book",
                "authors": ["関一"],
                "title": "住宅問題と都市計画",
                "title_lang": "ja",
                "date": "1923-08",
                "container_title": None,
                "publisher": "弘文堂書房",
                "locator": "53",
                "isbn": None,
                "doi": None,
            },
            id="cite-book-washo-linked-author",
        ),
        pytest.param(
            # GitHub Java string of wikitext on sea lions (search-tool file id 22524495366): the
            # page as an external link
            "{{cite book|last1=Riedman|first1=Marianne|title=The Pinnipeds: Seals, Sea lions, and"
            " Walruses|url=https://archive.org/details/pinnipedssealsse0000ried|url-access="
            "registration|date=13 December 1989|publisher=University of California Press|isbn="
            "9780520064973|page=[https://archive.org/details/pinnipedssealsse0000ried/page/7 7]}}",
            {
                "kind": "book",
                "authors": ["Riedman, Marianne"],
                "title": "The Pinnipeds: Seals, Sea lions, and Walruses",
                "title_lang": None,
                "date": "1989-12-13",
                "container_title": None,
                "publisher": "University of California Press",
                "locator": "7",
                "isbn": "9780520064973",
                "doi": None,
            },
            id="cite-book-numbered-names-linked-page",
        ),
        pytest.param(
            # the same file, the next <ref>: a journal, empty parameters left out
            "{{Cite journal|last=Chilvers|first=B. L.|author-link=Louise Chilvers|date=2015|"
            "title=Phocarctos hookeri. The IUCN Red List of Threatened Species|url=|journal="
            "International Union for Conservation of Nature and Natural Resources|volume=|pages=|"
            "doi=10.2305/IUCN.UK.2015-2.RLTS.T17026A1306343.en|via=}}",
            {
                "kind": "article",
                "authors": ["Chilvers, B. L."],
                "title": "Phocarctos hookeri. The IUCN Red List of Threatened Species",
                "title_lang": None,
                "date": "2015",
                "container_title": (
                    "International Union for Conservation of Nature and Natural Resources"
                ),
                "publisher": None,
                "locator": None,
                "isbn": None,
                "doi": "10.2305/iucn.uk.2015-2.rlts.t17026a1306343.en",
            },
            id="cite-journal-empty-parameters",
        ),
    ],
)
def test_a_wikipedia_citation_template_is_read_by_its_fields(
    text: str, expected: dict[str, Any]
) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference = result.references[0]
    fields = reference_fields(reference)
    fields["locator"] = reference.extra.get("locator")
    found: dict[str, str | None] = dict.fromkeys(("isbn", "doi"))
    found.update({identifier.scheme: identifier.value for identifier in reference.identifiers})
    fields.update(found)
    assert {name: fields[name] for name in _TEMPLATE} == expected


@pytest.mark.parametrize(
    "text",
    [
        # GitHub test of a domain classifier (search-tool file id 30628436240): a template
        # with a title alone, no date, publisher nor journal
        "{{cite book|title=History}}",
        # GitHub test of a citation fixer (search-tool file id 45130829376): no title
        "{{cite book|url=http://www.stie.com | pages=55,59 }}",
    ],
)
def test_a_template_without_title_or_imprint_stays_refused(text: str) -> None:
    assert not isinstance(parse_citation(text), Parsed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # GitHub Python module of Russian dialect mappings (search-tool file id 54917550673),
            # "Sources", item 1
            "Filin, F.P. (1972). *Proisxozhdeniye russkogo, ukrainskogo i belorusskogo yazykov*."
            " Leningrad.",
            {
                "kind": "book",
                "title": "Proisxozhdeniye russkogo, ukrainskogo i belorusskogo yazykov",
                "container_title": None,
                "place": "Leningrad",
                "year": "1972",
            },
            id="apa-book-closing-city",
        ),
        pytest.param(
            # the same file, "Sources", item 2
            "Avanesov, R.I. (1949). *Ocherki russkoy dialektologii*. Moscow.",
            {
                "kind": "book",
                "title": "Ocherki russkoy dialektologii",
                "container_title": None,
                "place": "Moscow",
                "year": "1949",
            },
            id="apa-book-closing-moscow",
        ),
    ],
)
def test_a_city_closing_an_entry_is_its_place(text: str, expected: dict[str, Any]) -> None:
    assert _fields(text, ("kind", "title", "container_title", "place", "year")) == expected
