"""The order of a romanized Japanese name that the common-name lists cannot tell: JMnedict's
surname and given-name readings (the ``ja`` extra) decide when neither word is in
``data/japanese_names.toml``; what the lists decide stays as it was."""

from __future__ import annotations

import pytest

from archivecite.parse.published import names
from archivecite.parse.published.names import japanese_family_first
from tests.parse.helpers import single_reference

# Names as English-language pages print them, family name first, neither word in the lists:
_FAMILY_FIRST_UNLISTED = [
    # everything2.com "A Discourse by Three Drunkards on Government": "written in 1887 by Nakae
    # Chomin"; Questia's excerpt of Tsukui's translation (questia.com/library/64087410):
    # "Nakae Chōmin had played a major role"
    ("Nakae", "Chomin"),
    ("Nakae", "Chōmin"),
    # transnationalhistory.net/world/author/will: "the most enduring legacy of Kotoku Shusui";
    # muse.jhu.edu/article/651017: "centering on Kōtoku Shūsui (1871–1911)"; the same name
    # with its long vowels written out
    ("Kotoku", "Shusui"),
    ("Kōtoku", "Shūsui"),
    ("Kootoku", "Shuusui"),
    # de.wikipedia.org/wiki/Kita_Ikki; Orbach, "A Japanese prophet: eschatology and epistemology
    # in the thought of Kita Ikki", Japan Forum 23:3 (2011)
    ("Kita", "Ikki"),
    # readu.io/book/VmvY6Yjqz6/the-book-of-tea: "written by Okakura Kakuzo"
    ("Okakura", "Kakuzo"),
]

# The same people printed given name first (Western order): JMnedict lists the first word as a
# given name more often than as a surname, so the order stays as read.
_GIVEN_FIRST_UNLISTED = [
    # the German Wikipedia's caption "Ikki Kita, 1935"; ryotanakanishi.com's "Author: Ikki Kita"
    ("Ikki", "Kita"),
    ("Kakuzo", "Okakura"),  # kpfa.org: "The Book of Tea by Kakuzo Okakura (1863—1919)"
    # the two names above turned round, as a Western-order heading would print them
    ("Shusui", "Kotoku"),
    ("Chomin", "Nakae"),
]

# What the lists decide, JMnedict or not: both orders of listed names, the list's ties, names
# that JMnedict gives as both surname and given name (Mori, Kazuo), Chinese and Western names.
_DECIDED_BY_THE_LISTS = [
    # pdfdrive.to's copy of Thought and Behaviour (1969), the editor's preface: "Professor
    # Maruyama Masao"
    ("Maruyama", "Masao", True),
    ("Masao", "Maruyama", False),  # themargins.net/bib/B/BD/bd148.html: "by Masao Maruyama"
    ("Miyamoto", "Tsuneichi", True),  # abbeys.com.au: "Miyamoto Tsuneichi (1907-81)"
    ("Tsuneichi", "Miyamoto", False),  # newsouthbooks.com.au: "Tsuneichi Miyamoto (1907-1981)"
    ("Shigeru", "Yoshida", False),  # Kirkus: "JAPAN'S DECISIVE CENTURY … by Shigeru Yoshida"
    ("Yoshida", "Shigeru", True),  # set 40's library record "Yoshida Shigeru to sono jidai"
    ("Kanji", "Ishiwara", False),  # bunko-online.com/?p=9: "Final War Theory by Kanji Ishiwara"
    ("Ishiwara", "Kanji", True),  # jhiblog.org 2022/05/18: "fired Ishiwara Kanji"
    ("Mori", "Kazuo", True),
    ("Kazuo", "Mori", False),
    ("Shimizu", "Miki", False),  # both words in both lists: the order stays as read
    ("Mori", "Ogai", False),  # a one-sided list tie, left as read
    ("Mao", "Dun", False),
    ("Maria", "Rossi", False),
    ("Qiangsheng", "Bian", False),
]


@pytest.mark.parametrize(("first", "second"), _FAMILY_FIRST_UNLISTED)
def test_jmnedict_tells_family_name_first(first: str, second: str) -> None:
    pytest.importorskip("jamdict_data")
    assert japanese_family_first(first, second)


@pytest.mark.parametrize(("first", "second"), _GIVEN_FIRST_UNLISTED)
def test_jmnedict_leaves_given_name_first(first: str, second: str) -> None:
    assert not japanese_family_first(first, second)


@pytest.mark.parametrize(("first", "second", "family_first"), _DECIDED_BY_THE_LISTS)
def test_the_lists_decide_first(first: str, second: str, family_first: bool) -> None:
    assert japanese_family_first(first, second) is family_first


def test_without_jmnedict_the_lists_alone_decide(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the ``ja`` extra an unlisted name stays as read (given name first)."""
    monkeypatch.setattr(names, "_jmnedict_name_counts", dict)
    assert not japanese_family_first("Nakae", "Chomin")
    for first, second, family_first in _DECIDED_BY_THE_LISTS:
        assert japanese_family_first(first, second) is family_first


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        # transnationalhistory.net/world/2019/04/ishiwara-kanji-and-japans-final-war-with-the-
        # west/: the epigraph's source (listed family name)
        ("Ishiwara Kanji, Sensoshi taikan, pp.51-2", "Ishiwara", "Kanji"),
        # bunko-online.com/?p=9: the translation's heading, given name first
        ("Final War Theory by Kanji Ishiwara", "Ishiwara", "Kanji"),
        # educationindex.com/essay/A-Discourse-of-Three-Drunkards-FK5GKH7E4Z: "Nakae Chomin
        # wrote A Discourse by Three Drunkards on Government in 1887", as a note cites it
        (
            "Nakae Chomin, A Discourse by Three Drunkards on Government (1887)",
            "Nakae",
            "Chomin",
        ),
        # en.wikipedia.org/wiki/Kokutairon_and_Pure_Socialism: "written by Ikki Kita", cited
        # given name first
        ("Ikki Kita, Kokutairon and Pure Socialism (1906)", "Kita", "Ikki"),
        # readu.io/book/VmvY6Yjqz6/the-book-of-tea: "Okakura Kakuzo / The Book of Tea / eBook
        # (E-BOOKARAMA Jan. 7, 2019)", as a note cites it
        ("Okakura Kakuzo, The Book of Tea (E-BOOKARAMA, 2019)", "Okakura", "Kakuzo"),
        ("Kakuzo Okakura, The Book of Tea (1906)", "Okakura", "Kakuzo"),  # kpfa.org's order
    ],
)
def test_parsed_japanese_author(text: str, family: str, given: str) -> None:
    pytest.importorskip("jamdict_data")
    reference = single_reference(text)
    assert reference is not None
    author = reference.authors[0]
    assert (author.family, author.given) == (family, given)
