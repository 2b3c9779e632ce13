"""A short note's title: the opening words of a book's title by which a note cites it again
('Snyder, Bloodlands'), one opening shared by two books of the same people, and two renderings
of one title in the same words reordered.
"""

from __future__ import annotations

from archivecite.dedupe.english_stems import content_stems
from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.place_words import place_of
from archivecite.dedupe.readings import text_script
from archivecite.dedupe.titles import CJK_SCRIPTS, MONOGRAPH_KINDS, main_title_keys, title_words
from archivecite.model import Script
from archivecite.translit import match_key

_SHORT_TITLE_WORDS = 4  # "generally no more than four words"

_SHORT_TITLE_LETTERS = 5

_OPENING_LETTERS = 3  # "Road to Terror"


def opening_word(record: RecordKeys) -> str:
    """The first word of a title (past an article), which a short note keeps; "" for a word
    of one or two letters, or a key that runs its words together (kanji, kana)."""
    if not record.titles or text_script(record.title_original) in CJK_SCRIPTS:
        return ""
    words = title_words(record.titles[0].key)
    return words[0] if words and len(words[0]) >= _OPENING_LETTERS else ""


def second_word(record: RecordKeys) -> str:
    """The second word of a book's title cited in full (past an article), which a short note
    of its words after the first opens with ('Stalin v ob”iatiakh' for «Иосиф Сталин в
    объятиях семьи»); "" for a short note, a title of fewer than three words, or a word as
    :func:`opening_word` leaves out."""
    if not _whole(record) or text_script(record.title_original) in CJK_SCRIPTS:
        return ""
    words = title_words(record.titles[0].key)
    fits = len(words) > _AFTER_A_WORD and len(words[1]) >= _OPENING_LETTERS
    return words[1] if fits else ""


def _whole(record: RecordKeys) -> bool:
    """A book cited in full: a year or a publisher, not a short note."""
    return (
        record.kind in MONOGRAPH_KINDS
        and not record.short_note
        and (record.year is not None or bool(record.publisher))
    )


def short_title_of(a: RecordKeys, b: RecordKeys) -> float:
    """One side a short note (a page, no year or imprint) whose title, of at most four words,
    opens the other side's, a book cited in full (past an article on either): 95 when it is
    that title's main title ('Snyder, Bloodlands, 179–80.' / 'Bloodlands: Europe Between
    Hitler and Stalin', 2010), 90 when it is only its first words ('Snyder, Sketches, 93.' /
    'Sketches from a Secret War: …'), 88 when it is two words or more of it after its first
    ('Murin, Stalin v ob”iatiakh, 169–71' / «Иосиф Сталин в объятиях семьи»), else 0. A
    translation of either title is not compared."""
    best = 0.0
    for short, full in ((a, b), (b, a)):
        if not (short.short_note and short.kind in MONOGRAPH_KINDS and _whole(full)):
            continue
        mains = [title_words(key) for key in main_title_keys(full)]
        for cited in short.titles:
            words = title_words(cited.key)
            if (
                cited.how.startswith("translation:")
                or len(words) > _SHORT_TITLE_WORDS
                or len("".join(words)) < _SHORT_TITLE_LETTERS
            ):
                continue
            for title in full.titles:
                if title.how.startswith("translation:"):
                    continue
                opening = title_words(title.key)
                if len(opening) > len(words) and opening[: len(words)] == words:
                    best = max(best, _SHORT_MAIN if words in mains else _SHORT_OPENING)
                elif (
                    len(words) >= _AFTER_A_WORD
                    and len(opening) > len(words) + 1
                    and opening[1 : len(words) + 1] == words
                ):
                    # 'Murin, Stalin v ob”iatiakh, 169–71' for «Иосиф Сталин в объятиях
                    # семьи»: the title's words after its first (a given name), two or more
                    best = max(best, _SHORT_AFTER_A_WORD)
    return best


_SHORT_MAIN = 95.0

_SHORT_OPENING = 90.0

_SHORT_AFTER_A_WORD = 88.0

_AFTER_A_WORD = 2  # words a short title past the title's first word has at least


def one_opening_two_books(a: RecordKeys, b: RecordKeys) -> bool:
    """Two books cited in full, in one language and script, whose titles open with the same
    words, of five letters or more ('Stalin: Paradoxes of Power, 1878–1928' / 'Stalin:
    Waiting for Hitler, 1929–1941'; 'The Third Reich in Power' / 'The Third Reich at War'):
    when the same people's and scored apart, two books that one short note ('Kotkin, Stalin,
    134') could name alike."""
    if not (_whole(a) and _whole(b)) or a.title_lang != b.title_lang:
        return False
    if text_script(a.title_original) is not text_script(b.title_original):
        return False
    if not a.titles or not b.titles or text_script(a.title_original) in CJK_SCRIPTS:
        return False
    if reworded(a, b):
        return False  # one title in two renderings, not two books
    shared = 0
    for first, second in zip(
        title_words(a.titles[0].key), title_words(b.titles[0].key), strict=False
    ):
        if first != second:
            break
        shared += len(first)
    return shared >= _SHORT_TITLE_LETTERS


_REWORDED_WORDS = 3  # content words two renderings share at least ("outline history philosophy")


def reworded(a: RecordKeys, b: RecordKeys) -> bool:
    """Two titles in Latin letters, in one language, of the same content words (three or more)
    in another order or with other small words: two renderings of one title ('An Outline
    History of Chinese Philosophy' / 'Outline of the History of China Philosophy', two English
    renderings of 胡适's 中国哲学史大纲). A country and its people's adjective are one word
    ('China' / 'Chinese')."""
    if a.title_lang != b.title_lang or not (a.title_original and b.title_original):
        return False
    if not text_script(a.title_original) is text_script(b.title_original) is Script.LATIN:
        return False
    words_a, words_b = (_content_words(side) for side in (a, b))
    return len(words_a) >= _REWORDED_WORDS and words_a == words_b


def _content_words(record: RecordKeys) -> frozenset[str]:
    return frozenset(
        place_of(match_key(stem, record.title_lang)) or stem
        for stem in content_stems(record.title_original)
    )
