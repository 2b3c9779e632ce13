"""A note's short form of a book cited in full before it (Chicago 14.29-14.33: the author's
family name, a short title of the opening words of the main title, an initial article dropped,
and the page) joins the full reference. A short note is told by what it lacks and what it has:
a page cited, no year, publisher, place or periodical. The same people's other books stay apart,
and so do two of them that one short note could name alike ('Trotsky, Stalin').

Sources (texts as they print them):
- PVCC's Citation Styles Playbook, 'Books [Notes & Biblio.]',
  https://libguides.pvcc.edu/citationstyles/notes-biblio-books (as stored in the search tool's
  pages corpus; the Chicago Manual's own examples, its 14.75-77 and 14.100): Pollan's, Ward and
  Burns's first notes, subsequent notes and bibliography entries.
- The notes of a Stalin biography (ISBN 9780752474908),
  https://trantor.is/content/wXmVn6vOnZWi-00y/17_9780752474908_notes.xhtml (pages corpus):
  chapter one, note 2 (Volkogonov); chapter two, note 2 (Trotsky's 'Stalin: An Appraisal of the
  Man and His Influence', New York, 1941; taken as fields, the note's tail is not read); chapter
  three, note 3 ('Trotsky, Stalin, p. 417.').
- G. Roberts, 'Stalin's Library' (2022), notes,
  https://user.bibliboba.online/books/stalin-s-library-a-dictator-and-his-books/p/140 note 52
  ('Volkogonov, Stalin, p.260.') and .../p/139 note 20 (Service's 'Stalin: A Biography').
- leftbooks.co.uk's entry of Trotsky's 'The Stalin School of Falsification' (New Park, 1974),
  http://leftbooks.co.uk/epages/950002679.sf/en_GB/?ObjectPath=/Shops/950002679/Products/TROT0067
  (pages corpus; fields).
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import find_duplicates, record_keys, score_pair
from archivecite.dedupe.blocking import build_blocks
from archivecite.model import BookReference, DateRange, Name, Text
from tests.dedupe.helpers import parsed

POLLAN_NOTE = (
    "Michael Pollan, The Omnivore’s Dilemma: A Natural History of Four Meals (New York: "
    "Penguin, 2006), 99–100."
)
POLLAN_ENTRY = (
    "Pollan, Michael. The Omnivore’s Dilemma: A Natural History of Four Meals. New York: "
    "Penguin, 2006."
)
POLLAN_SHORT = "Pollan, Omnivore’s Dilemma, 3."
VOLKOGONOV_NOTE = (
    "Dmitri Volkogonov, Stalin: Triumph and Tragedy, translated and edited by Harold Shukman "
    "(Weidenfeld & Nicolson, London, 1991), p. 155."
)
VOLKOGONOV_SHORT = "Volkogonov, Stalin, p.260."
SERVICE_NOTE = "R. Service, Stalin: A Biography, Macmillan: London 2004 p.342."
TROTSKY_SHORT = "Trotsky, Stalin, p. 417."
WARD_NOTE = (
    "Geoffrey C. Ward and Ken Burns, The War: An Intimate History, 1941–1945 (New York: Knopf, "
    "2007), 52."
)
WARD_SHORT = "Ward and Burns, War, 59–61."


def _book(title: str, family: str, year: int) -> BookReference:
    return BookReference(
        title=Text(original=title), authors=(Name(family=family),), date=DateRange.of(year)
    )


@pytest.mark.parametrize(
    ("full", "short"),
    [
        (POLLAN_NOTE, POLLAN_SHORT),  # the article and the subtitle dropped
        (POLLAN_ENTRY, POLLAN_SHORT),  # the bibliography's entry
        (VOLKOGONOV_NOTE, VOLKOGONOV_SHORT),  # one word, the main title (another author's notes)
    ],
)
def test_a_short_note_joins_the_book_in_full(full: str, short: str) -> None:
    (cluster,) = find_duplicates([parsed(full), parsed(short)])
    assert cluster.level == "work"  # which edition the short note cites is not known
    assert cluster.reasons[0].text.startswith("a short note's title")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (WARD_NOTE, WARD_SHORT),  # "War": a short title of three letters says too little
        (SERVICE_NOTE, VOLKOGONOV_SHORT),  # another author's book of that main title
        (TROTSKY_SHORT, VOLKOGONOV_SHORT),  # two authors' short notes of one title
        (VOLKOGONOV_NOTE, SERVICE_NOTE),
    ],
)
def test_another_book_stays_apart(first: str, second: str) -> None:
    assert find_duplicates([parsed(first), parsed(second)]) == []


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (POLLAN_SHORT, True),
        (VOLKOGONOV_SHORT, True),
        (POLLAN_NOTE, False),  # a year and a publisher: cited in full, though with a page
        (POLLAN_ENTRY, False),
    ],
)
def test_what_makes_a_short_note(text: str, short: bool) -> None:
    assert record_keys(0, parsed(text)).short_note is short


def test_the_title_alone_is_no_short_note() -> None:
    """The same short title with a year (a catalogue's or list's entry, not a note) is a book
    of that one-word title: the same people's book named so needs the short note's page."""
    short = parsed(VOLKOGONOV_SHORT)
    dated = short.model_copy(update={"date": DateRange.of(1991), "extra": {}})
    assert find_duplicates([parsed(VOLKOGONOV_NOTE), dated]) == []


def test_a_short_note_meets_its_book_in_a_block() -> None:
    """'Sketches', 'Politbiuro': a short title shares no opening of ten letters with the full
    one, nor its year; the first author and the title's first word bring them together, in a
    block only where a short note is."""
    notes = [parsed(text) for text in (VOLKOGONOV_NOTE, VOLKOGONOV_SHORT)]
    records = [record_keys(index, reference) for index, reference in enumerate(notes)]
    assert "short" in {block.kind for block in build_blocks(records)}
    full = [parsed(text) for text in (POLLAN_NOTE, POLLAN_ENTRY)]
    records = [record_keys(index, reference) for index, reference in enumerate(full)]
    assert "short" not in {block.kind for block in build_blocks(records)}


def test_one_short_note_does_not_chain_two_books() -> None:
    """'Trotsky, Stalin, p. 417.' opens both Trotsky's 'Stalin: An Appraisal of the Man and His
    Influence' (1941), whose main title it is, and 'The Stalin School of Falsification'. The two
    books open alike and are scored apart: a conflict, so the short note joins one of them, the
    one whose main title it gives, and never both."""
    appraisal = _book("Stalin: An Appraisal of the Man and His Influence", "Trotsky", 1941)
    school = _book("The Stalin School of Falsification", "Trotsky", 1974)
    short = parsed(TROTSKY_SHORT)
    keys = [record_keys(index, book) for index, book in enumerate((appraisal, school, short))]
    reasons = [score_pair(keys[index], keys[2]).reasons[0].text for index in (0, 1)]
    assert [reason[:25] for reason in reasons] == [
        "a short note's title, 95%",
        "a short note's title, 90%",
    ]
    decision = score_pair(keys[0], keys[1])
    assert decision.conflict
    assert decision.reasons[-1].text == "one opening, two books of the same people"
    named = {"appraisal": appraisal, "school": school, "short": short}
    for order in (["appraisal", "school", "short"], ["school", "short", "appraisal"]):
        clusters = find_duplicates([named[name] for name in order])
        assert [{order[i] for i in cluster.members} for cluster in clusters] == [
            {"appraisal", "short"}
        ]


def test_two_authors_books_of_one_opening_are_no_conflict() -> None:
    """Volkogonov's and Service's 'Stalin: …': other people's books, no conflict to know of."""
    records = [record_keys(i, parsed(t)) for i, t in enumerate((VOLKOGONOV_NOTE, SERVICE_NOTE))]
    assert not score_pair(*records).conflict
