"""Published-work forms read since session 18 (parse18), each with real references of its form
found outside the held-out files, and the texts its rule must leave alone."""

from __future__ import annotations

import pytest

from tests.parse.helpers import published_fields

# Lecture notes on psychoacoustics in a public GitHub course repository (find_string
# '," The Cambridge', id 26683957187); the imprint's closing bracket, lost in the copy, restored.
GREEN_BUTLER = (
    'Burdette Green and David Butler, "From Acoustics to Tonpsychologie," The Cambridge History'
    " of Western Music Theory, ed. Thomas Christensen (New York: Cambridge University Press,"
    " 2002), 260."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            GREEN_BUTLER,
            {
                "kind": "chapter",
                "title": "From Acoustics to Tonpsychologie",
                "container_title": "The Cambridge History of Western Music Theory",
                "container_authors": ["Christensen, Thomas"],
                "editors": [],
                "publisher": "Cambridge University Press",
                "place": "New York",
                "date": "2002",
            },
            id="quoted-chapter-book-without-in-real",
        ),
        # left alone: a journal after the quoted title, its issue's year in brackets
        pytest.param(
            'J. Arch Getty, "State and Society under Stalin," Slavic Review 50, no. 1 (1991):'
            " 18–35.",
            {"kind": "article", "container_title": "Slavic Review", "pages": "18-35"},
            id="quoted-article-journal-stays",
        ),
        # left alone: a translator after a quoted book title is no book's name
        pytest.param(
            'Nikolai Bukharin, "Notes of an Economist," trans. Brian Pearce (London: New Park,'
            " 1972), 12.",
            {"kind": "book", "container_title": None, "translators": ["Pearce, Brian"]},
            id="quoted-title-translator-stays",
        ),
    ],
)
def test_quoted_chapter_then_book(text: str, expected: dict[str, object]) -> None:
    fields = published_fields(text)
    assert {key: fields[key] for key in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Chicago author-date, a web page's example of the style (find_string ', no. 2: 1', id
        # 58713624430; its HTML quotes as printed)
        pytest.param(
            "Wernerfelt, Birger. 1984. “A Resource-Based View of the Firm.” Strategic Management"
            " Journal 5, no. 2: 171-180.",
            {
                "container_title": "Strategic Management Journal",
                "volume": "5",
                "issue": "2",
                "pages": "171-180",
            },
            id="author-date-journal-volume-no-issue-real",
        ),
        # left alone: the volume labelled (a Polish study's reference, same search)
        pytest.param(
            "Kukuła, K., Luty, L. (2018) “O Wyborze Metody Porządkowania Liniowego do Oceny"
            " Gospodarki odpadami W polsce W Ujęciu Przestrzennym.” Zeszyty Naukowe SGGW w"
            " Warszawie - Problemy Rolnictwa Światowego, vol. 18, no. 2: 183–192.",
            {
                "container_title": "Zeszyty Naukowe SGGW w Warszawie - Problemy Rolnictwa"
                " Światowego",
                "volume": "18",
                "issue": "2",
            },
            id="labelled-volume-stays-real",
        ),
        # left alone: a number that numbers the journal's series is no volume
        pytest.param(
            "Markov, A. 1990. “Title of a Paper.” Vestnik Moskovskogo universiteta. Seriia 8, no."
            " 3: 12-20.",
            {"volume": None, "issue": "3", "pages": "12-20"},
            id="series-number-is-no-volume",
        ),
    ],
)
def test_journal_volume_before_labelled_issue(text: str, expected: dict[str, object]) -> None:
    fields = published_fields(text)
    assert {key: fields[key] for key in expected} == expected


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        # A Japanese author writing in English, printed given name first, his book published in
        # Tokyo (the book, its author and Kodansha International's edition as goodreads.com's
        # review 14145297 and lovelylab.net/tarohana/heart1.html describe it; the note's form is
        # Chicago's): "Takeo" is a listed given name, "Doi" a listed family name
        pytest.param(
            "Takeo Doi, The Anatomy of Dependence (Tokyo: Kodansha International, 1973), 21.",
            "Doi",
            "Takeo",
            id="japanese-given-name-first-tokyo-imprint",
        ),
        # left alone: Japanese names printed family name first, as Japanese studies print them
        # (a research plan's sources in a public GitHub repository, find_string '(Tokyo:
        # Iwanami', id 69000808736; a blog's notes, wwwromanianreception.blogspot.com/2021/03/
        # step-2.html, note 8)
        pytest.param(
            "Yabuki Keiki, *三階教之研究* [Studies on the Three Stages Movement] (Tokyo: Iwanami"
            " Shoten, 1927).",
            "Yabuki",
            "Keiki",
            id="family-first-stays-real",
        ),
        pytest.param(
            "Nishimoto Teruma, *三階教の研究* [A Study of the San-chieh-chiao] (Tokyo: Shunjūsha,"
            " 1998).",
            "Nishimoto",
            "Teruma",
            id="family-first-stays-real-2",
        ),
        pytest.param(
            "ADACHI Kenichi, Tatsukawa Bunko-no Eiyu-tachi (The Heroes in the Tatsukawa Bunko"
            " Stories) (Tokyo: Bunwa Shobo, 1980), pp. 97-103.",
            "ADACHI",
            "Kenichi",
            id="capitals-family-first-stays-real",
        ),
    ],
)
def test_japanese_name_order_in_a_note(text: str, family: str, given: str) -> None:
    fields = published_fields(text)
    assert fields["authors"] == [f"{family}, {given}"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # MLA's head of an edited book, the role spelled out after a comma (a 1960s reading
        # list's entry in a public GitHub repository, find_string ', editor. ', id 1357494279)
        pytest.param(
            "HARRIS, CHESTER W., editor. Problems in Measuring Change. Madison: University of"
            " Wisconsin Press, 1963. 259 pp.",
            {
                "authors": [],
                "editors": ["HARRIS, CHESTER W."],
                "title": "Problems in Measuring Change",
                "publisher": "University of Wisconsin Press",
            },
            id="inverted-head-editor-spelled-out-real",
        ),
        # several editors, the last joined by "and"
        pytest.param(
            "Wolf, David, Steven G. Marks, and Bruce W. Menning, editors. The Russo-Japanese War"
            " in Global Perspective. Boston: Brill, 2007.",
            {
                "authors": [],
                "editors": ["Wolf, David", "Marks, Steven G.", "Menning, Bruce W."],
                "title": "The Russo-Japanese War in Global Perspective",
            },
            id="inverted-head-editors-spelled-out",
        ),
        # left alone: Vancouver's "In: Salih V, editor." names the book's editor (same search,
        # id 66220741374), no editor of the work
        pytest.param(
            "Wall IB, Davie N. 2013. 8 - Quality control in cell and tissue engineering In: Salih"
            " V, editor. Standardisation in Cell and Tissue Engineering. Woodhead Publishing. pp."
            " 148–165.",
            {"editors": []},
            id="vancouver-in-editor-stays-real",
        ),
    ],
)
def test_editors_spelled_out_after_the_names(text: str, expected: dict[str, object]) -> None:
    fields = published_fields(text)
    assert {key: fields[key] for key in expected} == expected
