"""Forms read since session 21 (the parser's pass over held-out sets 53–56): a review's head
citation with its count of pages and price after the note's closing bracket, the Asahi's book
line that names the book's people after a role word in brackets, a note's author parted from its
quoted title by a spaced dash with the count of pages inside the imprint's bracket, and JACAR's
citation form without the 「item title」, which names the item by its volume's title alone; a
review heading's editors given name first ("et al., eds.,"), a set's years ("2004–5") and the
ISBN of the set ("(set)"); an editor's family name first in capitals ("OISHI Kaichiro ed.,").

Sources: the pages of the held-out sets each row names, and book.asahi.com's index of its latest
reviews (http://book.asahi.com/reviews/index.html, two stored copies, 2016-08-21 and 2017-02-19,
in the search tool's pages corpus)."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite import parse_citation
from archivecite.model import ArchivalReference
from tests.parse.helpers import citation_fields

_ASAHI_INDEX = "book.asahi.com/reviews/index.html"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # https://muse.jhu.edu/article/210090/pdf (set 55): China Review International's
            # review heading, the extent and the price after the note's ")."
            "Shen Zhihua, Sulian zhuanjia zai Zhongguo (1948–1960) [Soviet Experts in China:"
            " 1948–1960] (Beijing: Zhongguo guoji chubanshe, 2003). 417 pp. ¥26.00.",
            {
                "authors": ["Shen, Zhihua"],
                "title": "Sulian zhuanjia zai Zhongguo (1948–1960) [Soviet Experts in China:"
                " 1948–1960]",
                "place": "Beijing",
                "publisher": "Zhongguo guoji chubanshe",
                "year": "2003",
                "extent": "417 pp.",
                "price": "¥26.00",
            },
            id="review-head-extent-price-after-bracket",
        ),
        pytest.param(
            # https://book.asahi.com/article/11597519 (set 54): the review's book line
            "人びとはなぜ満州へ渡ったのか―長野県の社会運動と移民 [著]小林信介",
            {
                "authors": ["小林, 信介"],
                "title": "人びとはなぜ満州へ渡ったのか―長野県の社会運動と移民",
            },
            id="asahi-bracketed-role-word",
        ),
        pytest.param(
            # _ASAHI_INDEX (2016-08-21)
            "鉄道は誰のものか [著]上岡直見",
            {"authors": ["上岡, 直見"], "title": "鉄道は誰のものか"},
            id="asahi-short-title",
        ),
        pytest.param(
            # _ASAHI_INDEX (2016-08-21): a foreign author in katakana
            "人類進化の謎を解き明かす [著]ロビン・ダンバー",
            {"authors": ["ダンバー, ロビン"], "title": "人類進化の謎を解き明かす"},
            id="asahi-katakana-author",
        ),
        pytest.param(
            # _ASAHI_INDEX (2017-02-19): the author, then the translator "and others" (ほか)
            "キャッツ・アイ [著]マーガレット・アトウッド [訳]松田雅子ほか",
            {
                "authors": ["アトウッド, マーガレット"],
                "translators": ["松田, 雅子"],
                "title": "キャッツ・アイ",
            },
            id="asahi-author-and-translators",
        ),
        pytest.param(
            # https://elib.jp/m/articles/view/Reviews-WHEN-WILL-THE-SHADOW-OF-TSUSHIMA-MELT
            # (set 53): a spaced dash before the quoted title, spaces inside the quotes, the
            # count of pages inside the imprint's bracket
            "A. Koshkin - \" Marshal Stalin's Japanese Front. Russia and Japan: a century-long"
            ' shadow of Tsushima. "(Moscow, OLMA-PRESS, 2004, 480 p.)',
            {
                "authors": ["Koshkin, A."],
                "title": "Marshal Stalin's Japanese Front. Russia and Japan: a century-long shadow"
                " of Tsushima",
                "place": "Moscow",
                "publisher": "OLMA-PRESS",
                "year": "2004",
                "extent": "480 p.",
            },
            id="dash-before-quoted-title-extent-in-imprint",
        ),
        pytest.param(
            # https://pdfdrive.to/dl/out-of-solitary-confinement-the-history-of-the-gulag (set
            # 50): Kritika's review forum heading, editors given name first with "et al., eds.,",
            # a set's years "2004–5" and its ISBN "(set)"
            "Iu. N. Afanas´ev et al., eds., Istoriia stalinskogo Gulaga: Konets 1920kh– pervaia"
            " polovina 1950kh godov. Sobranie dokumentov, 7 vols. [History of the Stalinist"
            " Gulag: The End of the 1920s to the First Half of the 1950s. A Collection of"
            " Documents]. Moscow: Rosspen, 2004–5. ISBN 5824306044 (set).",
            {
                "authors": [],
                "editors": ["Afanas´ev, Iu. N."],
                "place": "Moscow",
                "publisher": "Rosspen",
                "date": "2004/2005",
                "isbn": "5824306044",
            },
            id="editors-et-al-set-years-isbn-of-set",
        ),
        pytest.param(
            # https://essaydocs.org/hikita-a-survey-of-japanese-researches-on-japans-colonialism-i
            # .html (set 51): the family name first in capitals, "ed." after the name with no
            # comma before it
            "OISHI Kaichiro ed., ‘A Research on Industrial Revolution in Japan’, University of"
            " Tokyo Press, 1972",
            {
                "editors": ["Oishi, Kaichiro"],
                "title": "A Research on Industrial Revolution in Japan",
                "publisher": "University of Tokyo Press",
                "year": "1972",
            },
            id="capitals-family-first-editor",
        ),
    ],
)
def test_reads_the_form(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            # GitHub cpsbvbng26-dotcom/naval-gazette-notes, README.md, section '出典' (set 56):
            # JACAR's form without the 「item title」, the item named by its volume alone
            "JACAR（アジア歴史資料センター）Ref.C12070491000、海軍公報（部内限）號外　"
            "昭和十八年九月十一日發令（防衛省防衛研究所）",
            "海軍公報（部内限）號外 昭和十八年九月十一日發令",
            id="volume-title-alone",
        ),
        pytest.param(
            # JACAR's 論文などへの引用例 for B03050317600 (set 26, archival_citations.toml): the
            # 「item title」 first stays the title, the volume's after the code
            "「11 明治37年2月20日から1904〔明治37〕年2月24日」JACAR(アジア歴史資料センター)"
            "Ref.B03050317600、成田安輝西蔵探検関係一件(1.6.1.11)(外務省外交史料館)",
            "11 明治37年2月20日から1904〔明治37〕年2月24日",
            id="item-title-first",
        ),
    ],
)
def test_jacar_item_title(text: str, title: str) -> None:
    result = parse_citation(text)
    (reference,) = getattr(result, "references", ())
    assert isinstance(reference, ArchivalReference)
    assert reference.title is not None
    assert reference.title.original == title
