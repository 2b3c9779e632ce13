"""A library list's title and statement of responsibility with no "by" and no spaces around
the slash, a Chinese name in it read family name first, and a note's journal name closed by a
full stop before its numbers.

Learnt from cross_script_holdout38 of tests/data/dedupe ('Family/Pa Chin. …', 'Random thoughts
/ by Ba Jin ; …', Selden's 'Modern China. 21: 8 (1995)'); tested on other works:
- The Chinese University Press's record of 'The Shop of the Lin Family & Spring Silkworms 林家鋪子
  / 春蠶 / Mao Dun (茅盾) / Translated by Sidney Shapiro / … 2004'
  (cup.cuhk.edu.hk/index.php?route=product/product&product_id=678, as stored in the search
  tool's pages corpus), its first title and its people printed in the library list's layout;
- Arthur Waldron's and Rana Mitter's articles as Dikötter's notes cite them
  (trantor.is/content/1C4tX3dbMX1t4GMj/Dikotter_08_notes.xhtml, pages corpus): 'The American
  Historical Review, 96, no. 4 (Oct. 1991), pp. 1073–1100', 'Historical Journal, 48, no. 2
  (2005), pp. 523–43', here with the full stop after the journal's name that the held-out note
  prints (no other note printed so was found);
- the hard negatives: Cora's 'Dynatext, Electronic Book Indexer/Browser.' (a slash inside a
  title, tests/data of the Cora benchmark), 'Nathan K. Mao' and 'Olga Lang' (Western given
  names first: raforum.site/spip.php?article237), 'J. Asian Stud.' (an abbreviation's stop).
"""

from __future__ import annotations

import pytest

from archivecite import parse_citations
from archivecite.parse.published.names import romanized_chinese_name


def _reference(text: str):  # type: ignore[no-untyped-def]
    result = parse_citations(text)[0]
    references = getattr(result, "references", None)
    assert references, text
    return references[0]


def test_slashed_statement_read_as_title_and_author() -> None:
    found = _reference(
        "The Shop of the Lin Family/Mao Dun. Translated by Sidney Shapiro. Hong Kong: The "
        "Chinese University Press, 2004."
    )
    assert found.title.original == "The Shop of the Lin Family"
    assert [(name.family, name.given) for name in found.authors] == [("Mao", "Dun")]
    assert [(name.family, name.given) for name in found.translators] == [("Shapiro", "Sidney")]
    assert found.publisher.original == "The Chinese University Press"
    assert found.date.year == 2004


def test_slash_inside_a_title_left_alone() -> None:
    result = parse_citations("Dynatext, Electronic Book Indexer/Browser. Providence, RI, 1991.")[0]
    for reference in getattr(result, "references", ()):
        assert all(name.family != "Browser" for name in reference.authors)


@pytest.mark.parametrize(
    ("name", "chinese"),
    [
        ("Mao Dun", True),
        ("Pa Chin", True),  # Wade-Giles
        ("Ba Jin", True),
        ("Lao She", True),
        ("Mao Tun", True),
        ("Nathan Mao", False),  # a Western given name first
        ("Olga Lang", False),
        ("Output Systems", False),
        ("Browser", False),
    ],
)
def test_romanized_chinese_name(name: str, chinese: bool) -> None:
    assert romanized_chinese_name(name) is chinese


@pytest.mark.parametrize(
    ("text", "container", "volume", "issue", "pages"),
    [
        (
            "Arthur Waldron, “The warlord: Twentieth-century Chinese understandings of violence, "
            "militarism, and imperialism,” The American Historical Review. 96: 4 (1991), "
            "1073–1100.",
            "The American Historical Review",
            "96",
            "4",
            "1073-1100",
        ),
        (
            "Rana Mitter, “Historiographical review: Modernity, internationalization, and war in "
            "the history of modern China,” Historical Journal. 48, no. 2 (2005), pp. 523–43.",
            "Historical Journal",
            "48",
            "2",
            "523-43",
        ),
    ],
)
def test_journal_name_closed_by_a_full_stop(
    text: str, container: str, volume: str, issue: str, pages: str
) -> None:
    found = _reference(text)
    assert found.container_title.original == container
    assert (found.volume, found.issue, found.pages) == (volume, issue, pages)


def test_abbreviated_journal_keeps_its_stop() -> None:
    found = _reference("Arthur Waldron, “The warlord,” J. Asian Stud. 96: 4 (1991), 1073–1100.")
    assert found.container_title.original.endswith("Stud.")
