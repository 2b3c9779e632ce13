"""The published-work parser against real references, and its robustness on any text."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archivecite.parse.published import parse_published, strip_label
from tests.parse.helpers import reference_fields

DATA = Path(__file__).parent.parent / "data" / "published_citations.toml"
CASES: list[dict[str, Any]] = tomllib.loads(DATA.read_text(encoding="utf-8"))["reference"]
HOLDOUT = DATA.with_name("published_citations_holdout.toml")
HOLDOUT_CASES: list[dict[str, Any]] = tomllib.loads(HOLDOUT.read_text(encoding="utf-8"))[
    "reference"
]

# Corpus texts the parser still misreads. The list may only shrink: each is checked to be still
# misread, so a fix fails here until its text is removed.
KNOWN_FAILURES: frozenset[str] = frozenset(
    {
        # a Japanese name printed family name first, with nothing that tells it is one
        "Mukoh Takai (trans.). *The Hagakure: A Code to the Ways of the Samurai*. Hokuseido Press,"
        " 1980.",
    }
)


# Held-out texts the parser still misreads, checked both ways like KNOWN_FAILURES.
HOLDOUT_KNOWN_FAILURES: frozenset[str] = frozenset(
    {
        # an institution as author of a note
        "U.S. Department of State, Foreign Relations of United States (FRUS), 1955–1957, Vol.3,"
        " Washington, D.C.: U.S. Government Printing Office, 1990.",
        # the romanized title first, the people after it
        "*Chūsei Zenka no Shisō* (中世禅家の思想). Ichikawa Hakugen et al., ed. Tokyo: Iwanami"
        " Shoten, 1972.",
        "*Kyōunshū Zenshaku* (狂雲集全釈). Hirano Sōjō. Tokyo: Shunjūsha, 1976.",
        # a title in «» after initials-first names, then journal, years and issue
        "M. Reiman, «Political Show Trials of the Stalinist Era», Telos, 1982–1983, № 54.",
        # Chicago notes in Ukrainian: "і" joins the authors, the date is in Ukrainian words
        "Гурак, Ігор, і Ігор Цепенда. «Нові тенденції у внутрішній та зовнішній політиці"
        " путінської Росії на початку ХХІ ст. (Частина 2)». Історико-політичні проблеми"
        " сучасного світу, no. 45 (Червень 27, 2022): 57–70. дата звернення Листопад 24, 2024."
        " https://mhpi.chnu.edu.ua/index.php/issues/article/view/374.",
        # the Spanish "y" joining two authors; a date in Spanish words
        "Getty, J. Arch y Naumov, Oleg V. *The Road to Terror: Stalin and the Self-Destruction"
        " of the Bolsheviks, 1932-1939*. Yale University Press, 1999.",
        'Stalin, Joseph. "Report to the Seventeenth Party Congress." 26 de enero de 1934.'
        " https://www.marxists.org/reference/archive/stalin/works/1934/01/26.htm",
        # a year and a binding after the title, no imprint
        "Ronald Grigor Suny, _The Soviet Experiment: Russia, the USSR, and the Successor"
        " States_ , 1997, Oxford paper.",
        # a document described, then the journal that published it
        "Stalin-Sholokhov correspondence, April–May 1933, published in Voprosy istorii No. 3"
        " (1994)",
    }
)


def _observed(text: str) -> dict[str, Any]:
    parsed = parse_published(text)
    assert parsed is not None, "not read as a published reference"
    return {
        **reference_fields(parsed.reference),
        "label": parsed.label,
        "fully_read": parsed.rest_start == len(text),
    }


def _check(case: dict[str, Any], known_failures: frozenset[str]) -> None:
    expected = case["expected"]
    if case["text"] in known_failures:
        if parse_published(case["text"]) is not None:
            observed = _observed(case["text"])
            assert {key: observed[key] for key in expected} != expected, "now read: unlist it"
        return
    observed = _observed(case["text"])
    assert {key: observed[key] for key in expected} == expected


@pytest.mark.parametrize("case", CASES, ids=[case["text"][:40] for case in CASES])
def test_reads_real_reference(case: dict[str, Any]) -> None:
    _check(case, KNOWN_FAILURES)


@pytest.mark.parametrize("case", HOLDOUT_CASES, ids=[case["text"][:40] for case in HOLDOUT_CASES])
def test_reads_held_out_reference(case: dict[str, Any]) -> None:
    _check(case, HOLDOUT_KNOWN_FAILURES)


def test_known_failures_are_corpus_entries() -> None:
    assert {case["text"] for case in CASES} >= KNOWN_FAILURES
    assert {case["text"] for case in HOLDOUT_CASES} >= HOLDOUT_KNOWN_FAILURES


def test_held_out_texts_are_new() -> None:
    russian = tomllib.loads(DATA.with_name("published_citations_ru.toml").read_text("utf-8"))
    seen = {case["text"] for case in CASES + russian["reference"]}
    assert not seen & {case["text"] for case in HOLDOUT_CASES}


@pytest.mark.parametrize(
    ("text", "label", "body"),
    [
        ("Galitskiy 1991 - Galitskiy, V. P. (1991). Title.", "Galitskiy 1991", "Galitskiy,"),
        (
            "Gavrilov, Katasonova (ed.) 2013 - Gavrilov, V. A.",
            "Gavrilov, Katasonova (ed.) 2013",
            "Gavrilov,",
        ),
        ("История плена: 1945 - 1956 годы. Иркутск, 2007.", None, "История"),
    ],
    ids=["plain", "editors-in-label", "guards-year-range-in-title"],
)
def test_strip_label(text: str, label: str | None, body: str) -> None:
    found, start = strip_label(text)
    assert found == label
    assert text[start:].startswith(body)


@pytest.mark.parametrize(
    "text",
    [
        "AVP RF (Arkhiv vneshney politiki) (1946). Zapiska. F. 18, op. 5, d. 119, l. 46-47.",
        "РГАСПИ. Ф. 17. Оп. 162. Д. 7. Л. 99.",
        "ГА РФ. Ф. Р-9401. Оп. 2. Д. 199. Л. 1.",
        "ГА РФ. Ф. Р-9401",
        "JACAR Ref. B02030000100",
        "中央档案馆 档案号 105-00011-01",
        "",
        "x" * 5000,
        "Just a sentence without any reference in it",
    ],
    ids=[
        "archival-latin",
        "archival-cyrillic",
        "archival-garf-opis",
        "archival-garf-fond-only",
        "jacar-code",
        "chinese-file-number",
        "empty",
        "too-long",
        "prose",
    ],
)
def test_refuses_what_is_not_a_published_reference(text: str) -> None:
    assert parse_published(text) is None


_ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;()[]/-–—*‘’“”«»№\n")
    + list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
    + list("あいうえおかきくけこアイウエオ『』「」《》、。，：年巻号頁页期第版中苏关系史研究")
)


@settings(max_examples=400, deadline=None)
@given(st.text(_ALPHABET, max_size=300) | st.text(max_size=300))
def test_never_raises(text: str) -> None:
    parsed = parse_published(text)
    if parsed is not None:
        assert 0.0 <= parsed.confidence <= 1.0
        assert 0 <= parsed.rest_start <= len(text)
        assert all(0 <= span.start <= span.end <= len(text) for span in parsed.spans)


def test_a_line_break_after_a_short_notes_comma() -> None:
    # real, tests/data/dedupe/cross_script_holdout21.toml: a short note copied with its line
    # breaks (parse_citation reads them as spaces; parse_published raised on an empty name)
    parsed = parse_published("Zhukov,\nReminiscences\n, vol. 1, p. 383.")
    assert parsed is not None
    assert [name.family for name in parsed.reference.authors] == ["Zhukov"]


def test_linear_on_large_adversarial_input() -> None:
    units = ("a. ", "(1991", "[", "Ab, C. ", "// ", "『", "М.: ", "1991. ", "a. [M]. ", "等. ")
    vancouver = ("2020;", "2020;8(", "Ab C, ", "Ab C. ", "DOI: 10.1/", "№ 1 (", "a = b. ")
    romanized = (
        "Ab C.D., ",
        "2013, no. 1, ",
        "no. 4 pp. 5 ",
        "Moscow. X Publ., 2005. ",
        "Patent RF no. 1 ",
        "Proc. «a», 15 May 2017. ",
        "(in Russian) ",
        "https:// a/ ",
        "a [b] ",
        "Ab C. a. / Сб. ",
        "a – 2010, ",
        "84* ",
    )
    chicago = (
        "Ab Cd, ",
        "Ab, Cd. ",
        "Ab Cd, “T,” J 5, no. 1 (2001): 3. ",
        "(A: B, 2001), 4. ",
        "A, ed. ",
        "Ab C. D. ",
        "2nd ed. ",
        "ed. and trans. Ab Cd, ",
        ", 45",
        "In *B*, edited by Ab Cd, 4–5. ",
        "review of A, by B, ",
        "(Tokyo: A, 2001) ",
        "3 vols. ",
        "Ab, Cd, et al. ",
        ", edited by Ab Cd, ",
        "Ab Cd, “T,” in ",
        "(1922; repr., ",
    )
    forms = (  # tests/parse/test_published_forms.py
        "Ab, C. D. «T». ",
        "J, т. 6, вып. 1, май 2023 г., сс. 6-16, ",
        "J. Am. 2005, 17, 5-7. ",
        ". – Зап. АН. М. - Л , 1939, с. 1 - 5",
        ", ВДИ, 1967, №4",
        ". - Изв. А., Б, 1941, №7, ",
        "Ab. V 4 t. [A of B]. ",
        "(2016). A. Вестник А. Б, (2), 14–19. ",
    )
    for unit in units + vancouver + romanized + chicago + forms:
        text = unit * (3990 // len(unit))
        parse_published(text)
