"""Archival forms first met in tests/data/archival_citations_holdout8.toml (its sources named
there), each with texts the rule must leave alone: a slashed fond/opis/delo/list after an
archive's acronym in brackets and a full stop, a folio with a letter ("5a"), RTsKhIDNI's English
acronym (RCCSMHR, 1991-1999, now RGASPI), a fond named rather than numbered (the foreign
ministry's "Референтура по Китаю"), fond, opis and delo as bare numbers after GARF's name, and
a file read by way of JACAR when its note names JACAR but misprints the code."""

from __future__ import annotations

import pytest

from tests.parse.helpers import archival_file


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # Jeifets, footnote 17 (jeifets.narod.ru/simple3.html)
            '17 The Russian State Archive of the Economy (RSAE). 2324/16/43/5a. As cited in "Novaya'
            ' y Noveishaya istoriya", Moscow, 1993, #6, p.154.',
            {"archive": "rgae", "fond": "2324", "opis": "16", "delo": "43", "folios": "5a"},
            id="acronym-in-brackets-full-stop-folio-with-letter",
        ),
        pytest.param(
            # Jeifets, footnote 1
            "1 The Russian Centre for Conservation and Study of Modern History Records (RCCSMHR),"
            " 497/2/1/3",
            {"archive": "rgaspi", "fond": "497", "opis": "2", "delo": "1", "folios": "3"},
            id="rtskhidni-in-english",
        ),
        pytest.param(
            # Jeifets, footnote 16
            "16 RCCSMHR, 495/18/66/64",
            {"archive": "rgaspi", "fond": "495", "opis": "18", "delo": "66", "folios": "64"},
            id="rtskhidni-acronym",
        ),
        pytest.param(
            # Vestnik AltGPU, article 172, References, item 6 (journals-altspu.ru)
            "Архив внешней политики Российской Федерации (АВП РФ). Ф. Референтура по Китаю. Оп."
            " 32-а. П. 299. Д.9. Л. 9.",
            {
                "archive": "avp-rf",
                "fond": "Референтура по Китаю",
                "opis": "32-а",
                "papka": "299",
                "delo": "9",
                "folios": "9",
            },
            id="named-fond",
        ),
        pytest.param(
            # Russian Wikipedia's 'Лавров, Иван Михайлович (дипломат)', Примечания, as
            # mirrored at wafarin.com/article/5478113: fond, opis and delo as bare numbers
            "ГА РФ Р7523 105 168 Указы и Постановления Президиума Верховного Совета СССР,"
            " принятые с 19 по 22 октября 1971 года, и материалы к нем /к протоколу № 16/ с №"
            " 2230-VIII по № 2241-VIII. Том 5",
            {"archive": "garf", "fond": "R-7523", "opis": "105", "delo": "168"},
            id="bare-numbers-after-the-archive",
        ),
        pytest.param(
            # an Airiti Library reference list (archival_citations_holdout8.toml names it): the
            # Foreign Ministry's file by way of JACAR, whose code is misprinted (ten digits)
            "“Compilation of Statements,” Enclosure 1 of “The Japanese Consul General (Funatsu) at"
            " Tientsin to the American Consul General at Tientsin (Heinzleman),”August 4, 1919,"
            " 日本外務省外交史料館藏,《外務省紀錄》,N-1-7-1-1_2_002;日本國立公文書館アジア歴史資料センター,"
            "レファレンスコード: B1208093100 。( 以下簡稱日本《外務省紀錄》,N-1-7-1-1_2_002)",
            {"archive": "mofa-da", "via": "jacar", "call_number": "N-1-7-1-1_2_002"},
            id="by-way-of-jacar-code-misprinted",
        ),
        # left alone: a numbered fond of the same archive (archival_citations_holdout6.toml),
        # a dotted shelfmark and a prefixed fond before its opis (archival_citations.toml)
        pytest.param(
            "АВП РФ. Ф. 0146. On. 29. Пап. 269. Д. 4. Л. 273–276",
            {
                "archive": "avp-rf",
                "fond": "0146",
                "opis": "29",
                "papka": "269",
                "delo": "4",
                "folios": "273-276",
            },
            id="numbered-fond",
        ),
        pytest.param(
            "RGASPI 558.11.492.57, Stalin to Zhdanov and A. A. Kuznetsov 4 Oct. 1941.",
            {"archive": "rgaspi", "fond": "558", "opis": "11", "delo": "492", "folios": "57"},
            id="dotted",
        ),
    ],
)
def test_archival_form(text: str, expected: dict[str, str]) -> None:
    assert archival_file(text) == expected
