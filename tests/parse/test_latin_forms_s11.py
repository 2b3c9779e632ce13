"""Latin- and Cyrillic-script forms first met in cross_script_holdout18-20.toml and
published_citations_holdout2.toml, checked on other real references of the same forms (the source
of each is named above it; "search tool" is the stored copy the project's search tool reads):

- a romanized title with its translation in brackets and no author before it, perhaps with the
  year before the translation or the facts of publication after it (``Furyoki (1948; Taken
  Captive: …)``, ``Leyte Senki (The Battle of Leyte Gulf)``);
- an author in the possessive before such a title (``Takayuki Tatsumi's Kyoryu no America [A
  Dinosaur's America] (Chikuma Shinsho)``);
- a review's heading, the author after the title, the translator after a semicolon, the pages
  of the front matter before the count (``… By Michel Bonnin ; translated from French by …
  2013. xxix, 515 pp. $55.00 (cloth).``), a price with its currency code;
- names joined by dashes and bodies that edit a collection before the title (``Иванов, В. В. –
  Потиха, З. А.: Title``, ``Zhonggong zhongyang wenxian yanjiushi, comp., Title``);
- an entry as Polish journals print it, the journal (or the publisher) in Polish quotes after the
  title and a comma (``Barański Zbigniew, Title, „Slavia Orientalis” 1969, nr 3, s. 259–265.``);
- a short note citing a volume and its page (``Stalin, Sochineniya, vol.17, pp.122–3.``);
- a title in doubled single quotes (``‘‘Title,’’``), and a GOST translator named in words
  (``/ Д. Фостер; перевод с английского Л. Киселева. — 2-е междун. изд.``).
"""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import Parsed, parse_citation
from tests.parse.helpers import reference_fields


def _fields(text: str) -> dict[str, Any]:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    (reference,) = result.references
    return reference_fields(reference)


GLOSSED_TITLES = [
    pytest.param(
        # https://britannica.com/biography/Ooka-Shohei (search tool, pages): "Ōoka’s first book,
        # Furyoki (1948; Taken Captive: A Japanese POW’s Story), is a memoir …"
        "Furyoki (1948; Taken Captive: A Japanese POW’s Story)",
        {
            "authors": [],
            "title": "Furyoki",
            "title_translation": "Taken Captive: A Japanese POW’s Story",
            "year": "1948",
            "title_lang": "ja-Latn",
        },
        id="year-then-translation",
    ),
    pytest.param(
        # the same page: "His next book, the novel Musashino fujin (1950; A Wife in Musashino), …"
        "Musashino fujin (1950; A Wife in Musashino)",
        {"title": "Musashino fujin", "title_translation": "A Wife in Musashino", "year": "1950"},
        id="year-then-translation-2",
    ),
    pytest.param(
        # https://encycloped.ru/japanese-literature-and-theater/ooka-shohei (search tool, pages):
        # "His best-known novel, Nobi (1951; tr. Fires on the Plain, 1957), …" (the translation's
        # year is not the work's)
        "Nobi (1951; tr. Fires on the Plain, 1957)",
        {"title": "Nobi", "title_translation": "Fires on the Plain", "year": "1951"},
        id="year-then-translation-and-its-year",
    ),
    pytest.param(
        # http://enc.newdu.com/e71712.html (search tool, pages): "Kaei (1958–59; “Under the Shadow
        # of the Cherry Blossoms”) is a story of …"
        "Kaei (1958–59; “Under the Shadow of the Cherry Blossoms”)",
        {
            "title": "Kaei",
            "title_translation": "Under the Shadow of the Cherry Blossoms",
            "year": "1958",
        },
        id="years-then-quoted-translation",
    ),
    pytest.param(
        # http://www.jlpp.go.jp/en/works/author01_05.html (search tool, pages): "… his other novels
        # Nobi (Fires on the Plain), Hanakage (The Shade of Blossoms), and Leyte Senki (The Battle
        # of Leyte Gulf)."; a title and its translation alone name the work
        "Leyte Senki (The Battle of Leyte Gulf)",
        {
            "kind": "book",
            "title": "Leyte Senki",
            "title_translation": "The Battle of Leyte Gulf",
            "date": None,
        },
        id="translation-alone",
    ),
    pytest.param(
        "Hanakage (The Shade of Blossoms)",
        {"title": "Hanakage", "title_translation": "The Shade of Blossoms"},
        id="translation-alone-2",
    ),
    pytest.param(
        # https://www.japansociety.org.uk/?pg=reviews&reviewcat=1&revpage=51& (search tool,
        # pages): a review's heading, the diary's years in both titles
        "Rondon Nikki, 1936-7 (London Diary 1936-7)",
        {"title": "Rondon Nikki, 1936-7", "title_translation": "London Diary 1936-7"},
        id="translation-repeating-the-years",
    ),
    pytest.param(
        # https://trantor.is/content/gisBfVa_CItxchcm/bibliography.html (search tool, pages), the
        # bibliography of "Legends of the Samurai": the editor and the imprint in sentences after
        "Gikei Ki (The Life of Yoshitsune). Ed. Okami Masao. Iwanami Shoten, 1959.",
        {
            "title": "Gikei Ki",
            "title_translation": "The Life of Yoshitsune",
            # family name first, as the bibliography prints Japanese names (岡見正雄; session 15)
            "editors": ["Okami, Masao"],
            "publisher": "Iwanami Shoten",
            "date": "1959",
        },
        id="translation-then-editor-and-imprint",
    ),
    pytest.param(
        # https://www.japansociety.org.uk/review?review=206 (search tool, pages): a review's
        # heading, the romanized title, the original in brackets, then the translation
        "Nihon no Rekishi wo Eigode Yomu [日本の歴史を英語で読む] (Reading Japanese History in English)",
        {
            "title": "日本の歴史を英語で読む",
            "title_lang": "ja",
            "title_translation": "Reading Japanese History in English",
        },
        id="romaji-original-then-translation",
    ),
    pytest.param(
        # https://muse.jhu.edu/article/38028 (search tool, pages), American Literary Scholarship's
        # Japan chapter: "… and Takayuki Tatsumi's Kyoryu no America [A Dinosaur's America]
        # (Chikuma Shinsho)."
        "Takayuki Tatsumi's Kyoryu no America [A Dinosaur's America] (Chikuma Shinsho)",
        {
            "authors": ["Tatsumi, Takayuki"],
            "title": "Kyoryu no America",
            "title_translation": "A Dinosaur's America",
            "publisher": "Chikuma Shinsho",
        },
        id="possessive-author-given-name-first",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GLOSSED_TITLES)
def test_a_romanized_title_with_its_translation(text: str, expected: dict[str, Any]) -> None:
    fields = _fields(text)
    assert {key: fields[key] for key in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mount Fuji (The highest mountain in Japan)", id="english-words-no-title"),
        pytest.param("Nihon no rekishi (Chuo Koron)", id="romanized-in-both"),
        pytest.param("Tokyo (Kodansha International)", id="a-publisher-in-brackets"),
        pytest.param("We met in Kyoto (The old capital).", id="a-sentence"),
        pytest.param("Kensho Senso Sekinin (1)", id="a-number-in-brackets"),
    ],
)
def test_what_is_no_glossed_title_stays_refused(text: str) -> None:
    result = parse_citation(text)
    assert not isinstance(result, Parsed) or not result.references[0].title, result


REVIEW_HEADINGS = [
    pytest.param(
        # https://proquest.com/scholarly-journals/book-review-lost-generation-rustication-chinas/
        # docview/1658524228/se-2 (search tool, pages): a review's heading as ProQuest prints it,
        # a space before each mark
        "The Lost Generation: The Rustication of China's Educated Youth (1968-1980) . By Michel"
        " Bonnin ; translated from French by Krystyna Horko . Hong Kong : Chinese University"
        " Press , 2013. xxix, 515 pp. $55.00 (cloth).",
        {
            "authors": ["Bonnin, Michel"],
            "translators": ["Horko, Krystyna"],
            "title": "The Lost Generation: The Rustication of China's Educated Youth (1968-1980)",
            "place": "Hong Kong",
            "publisher": "Chinese University Press",
            "date": "2013",
        },
        id="translated-by-after-a-semicolon",
    ),
    pytest.param(
        # http://www.pacificaffairs.ubc.ca/book-reviews/book-reviews-2/forthcoming-book-reviews/
        # (search tool, pages): Pacific Affairs' heading, the front matter's pages, a note on the
        # illustrations, a price in Singapore dollars and the binding
        "PAN-ASIAN SPORTS AND THE EMERGENCE OF MODERN ASIA, 1913-1974. By Stefan Huebner."
        " Singapore: NUS Press, 2016. xiv, 397 pp. (Illustrations.) SGD$46.00, paper."
        " ISBN 978-981-4722-03-2.",
        {
            "authors": ["Huebner, Stefan"],
            "title": "PAN-ASIAN SPORTS AND THE EMERGENCE OF MODERN ASIA, 1913-1974",
            "place": "Singapore",
            "publisher": "NUS Press",
            "date": "2016",
            "isbn": "978-981-4722-03-2",
        },
        id="front-matter-and-a-currency-code",
    ),
    pytest.param(
        # the same page
        "POWERPLAY: The Origins of the American Alliance System in Asia. By Victor D. Cha."
        " Princeton: Princeton University Press, 2016. xv, 330 pp.",
        {"authors": ["Cha, Victor D."], "publisher": "Princeton University Press"},
        id="front-matter-pages",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REVIEW_HEADINGS)
def test_a_review_heading(text: str, expected: dict[str, Any]) -> None:
    fields = _fields(text)
    assert {key: fields[key] for key in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("John Smith, Director: Office of Policy.", id="a-name-and-an-office"),
        pytest.param("John Smith, Director.", id="a-name-and-a-role"),
    ],
)
def test_a_name_and_a_role_stay_refused(text: str) -> None:
    result = parse_citation(text)
    assert not isinstance(result, Parsed) or not result.references[0].title, result


EDITORS_AND_JOINED_NAMES = [
    pytest.param(
        # search tool, pages corpus: the reference list of an article of Linguistica Brunensia
        # (Vol. 59, No. 1-2 (2011), 149–161), the names joined by dashes
        "Иванов, В. В. – Потиха, З. А.: Исторический комментарий к занятиям по русскому языку в"
        ' средней школе. Москва, "Просвещение", 1985.',
        {
            "authors": ["Иванов, В. В.", "Потиха, З. А."],
            "editors": [],
            "title": "Исторический комментарий к занятиям по русскому языку в средней школе",
            "date": "1985",
        },
        id="names-joined-by-dashes",
    ),
    pytest.param(
        # https://books.google.com.tw/books?id=j1SFAAAAIAAJ&pg=PA143 (search tool, pages): a
        # guide's essay on sources, two columns of OCR re-joined, its bracket slip "(…]" kept
        "Zhonggong zhongyang wenxian yanjiushi, comp., Zhou Enlai shuxin xuanji (A selection of"
        " Zhou Enlai letters] (Beijing: Zhongyang wenxian, 1988).",
        {
            "editors": ["Zhonggong zhongyang wenxian yanjiushi"],
            "authors": [],
            "place": "Beijing",
            "publisher": "Zhongyang wenxian",
            "date": "1988",
        },
        id="a-body-compiles",
    ),
    pytest.param(
        # the same page
        "Zhonghua renmin gongheguo waijiaobu and Zhonggong zhongyang wenxian yanjiushi, comps.,"
        " Zhou Enlai waijiao wenxuan (Selected diplomatic writings of Zhou Enlai] (Beijing:"
        " Zhongyang wenxian, 1990).",
        {
            "editors": [
                "Zhonghua renmin gongheguo waijiaobu",
                "Zhonggong zhongyang wenxian yanjiushi",
            ],
            "date": "1990",
        },
        id="two-bodies-compile",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EDITORS_AND_JOINED_NAMES)
def test_editors_and_joined_names(text: str, expected: dict[str, Any]) -> None:
    fields = _fields(text)
    assert {key: fields[key] for key in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        # a sentence before a role word: no body is read where no role follows it
        pytest.param("The Central Committee, ed. Smith, 1990.", id="no-title-after-the-role"),
        pytest.param(
            "Zhonggong zhongyang wenxian yanjiushi, Jianguo yilai Mao Zedong wengao, vol. 1.",
            id="a-body-without-its-role",
        ),
    ],
)
def test_a_body_is_read_only_with_its_role(text: str) -> None:
    result = parse_citation(text)
    references = result.references if isinstance(result, Parsed) else ()
    assert all(not reference.editors for reference in references), result


POLISH_ENTRIES = [
    pytest.param(
        # http://bwu.mostyeuropy.pl/pliki/literatura_przedmiotu.htm (search tool, pages): the
        # family name and the given name without a comma, the journal in Polish quotes
        "Barański Zbigniew, Iwan Turgieniew w kręgu spraw polskich, „Slavia Orientalis” 1969,"
        " nr 3, s. 259–265.",
        {
            "kind": "article",
            "authors": ["Barański, Zbigniew"],
            "title": "Iwan Turgieniew w kręgu spraw polskich",
            "container_title": "Slavia Orientalis",
            "date": "1969",
            "issue": "3",
            "pages": "259-265",
        },
        id="journal-issue-pages",
    ),
    pytest.param(
        # the same page: the journal's volume in Roman figures before the year, a full stop
        # inside the journal's name
        "Barański Zbigniew, Konstanty Balmont i literatura polska, „Zeszyty Naukowe Wyższej Szkoły"
        " Pedagogicznej w Opolu. Filologia rosyjska” II, 1963, s. 69–81.",
        {
            "title": "Konstanty Balmont i literatura polska",
            "container_title": "Zeszyty Naukowe Wyższej Szkoły Pedagogicznej w Opolu. Filologia"
            " rosyjska",
            "volume": "II",
            "date": "1963",
            "pages": "69-81",
        },
        id="journal-volume-year-pages",
    ),
    pytest.param(
        # https://studiarussologica.up.krakow.pl/?page_id=10 (search tool, pages), Studia
        # Russologica VII (2014): the family name and an initial
        "Borkowski I., Teoretyczne podstawy normatywnej oceny języka polityki i ich praktyczne"
        " wykorzystanie w językoznawstwie współczesnym, „Poradnik Językowy” 1999, nr 8-9.",
        {
            "authors": ["Borkowski, I."],
            "container_title": "Poradnik Językowy",
            "date": "1999",
            "issue": "8-9",
        },
        id="initial-and-double-issue",
    ),
]


@pytest.mark.parametrize(("text", "expected"), POLISH_ENTRIES)
def test_an_entry_with_polish_quotes(text: str, expected: dict[str, Any]) -> None:
    fields = _fields(text)
    assert {key: fields[key] for key in expected} == expected


SHORT_NOTES = [
    pytest.param(
        # https://rulit.me/books/stalin-s-library-a-dictator-and-his-books-read-691002-78.html
        # (search tool, pages), Geoffrey Roberts's notes to "Stalin's Library", note 67
        "Stalin, Sochineniya, vol.17, pp.122–3.",
        {
            "authors": ["Stalin"],
            "title": "Sochineniya",
            "volume": "17",
            "locator": "122-3",
            "date": None,
        },
        id="volume-and-pages",
    ),
    pytest.param(
        # the same page, note 71
        "Stalin, Works, vol.4, pp.358–62.",
        {"authors": ["Stalin"], "title": "Works", "volume": "4", "locator": "358-62"},
        id="volume-and-pages-english-title",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_NOTES)
def test_a_short_note_with_a_volume(text: str, expected: dict[str, Any]) -> None:
    fields = _fields(text)
    assert {key: fields[key] for key in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("John Smith, Director, 5.", id="a-name-a-role-a-figure"),
        pytest.param("Smith, “Annual Report,” 1991", id="a-quoted-title-and-a-year"),
    ],
)
def test_what_is_no_short_note_stays_so(text: str) -> None:
    result = parse_citation(text)
    references = result.references if isinstance(result, Parsed) else ()
    assert all(not reference.extra.get("locator") for reference in references), result


OTHER_FORMS = [
    pytest.param(
        # GitHub Markdown (search-tool file id 18205154559), an IEEE reference list: two single
        # quotes for a double one
        "S. Sridhar and G. Manimaran, ‘‘Data integrity attacks and their impacts on SCADA control"
        " system,’’ in *Proc. IEEE PES Gen. Meeting*, Jul. 2010, pp. 1–6.",
        {
            "kind": "chapter",
            "authors": ["Sridhar, S.", "Manimaran, G."],
            "title": "Data integrity attacks and their impacts on SCADA control system",
            "container_title": "Proc. IEEE PES Gen. Meeting",
            "pages": "1-6",
        },
        id="doubled-single-quotes",
    ),
    pytest.param(
        # GitHub Markdown (search-tool file id 56187016254), an IEEE reference list
        "E. LaRosa and D. Danks, ‘‘Impacts on trust of healthcare AI,’’ in _Proc. AAAI/ACM Conf."
        " AI, Ethics, Soc._ , Dec. 2018, pp. 210–215.",
        {"title": "Impacts on trust of healthcare AI", "pages": "210-215"},
        id="doubled-single-quotes-2",
    ),
    pytest.param(
        # GitHub Markdown (search-tool file id 54879286894), a GOST list: the translator named
        # after "перевод с английского" in the genitive, the next area right after the name
        "Фостер, Д. Генеративное глубокое обучение : как не мы рисуем картины, пишем романы и"
        " музыку / Д. Фостер; перевод с английского Л. Киселева. — 2-е междун. изд. — Астана:"
        " Спринт Бук, 2024. — 448 с. — (Бестселлеры O'Reilly). — Перевод издания: Generative"
        " deep learning: teaching machines to Paint, write, compose, and play. — ISBN"
        " 978-601-08-3729-4.",
        {
            "authors": ["Фостер, Д."],
            "translators": ["Киселев, Л."],
            "title": "Генеративное глубокое обучение : как не мы рисуем картины, пишем романы и"
            " музыку",
            "publisher": "Спринт Бук",
            "date": "2024",
        },
        id="gost-translator-in-words",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_FORMS)
def test_other_forms(text: str, expected: dict[str, Any]) -> None:
    fields = _fields(text)
    assert {key: fields[key] for key in expected} == expected
