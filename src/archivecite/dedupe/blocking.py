"""Blocking: group references that could be the same, by keys that need no comparison.

Each reference gets a handful of blocking keys; references sharing a key form a block.
Blocks are independent units of work: :func:`candidate_pairs` turns one block into the pairs
worth a detailed look with one ``rapidfuzz.process.cdist`` call, so blocks can be spread over
processes or a dataframe engine (group by key, apply per group).

A key shared by very many references ("Informatsionnye…", "A new approach to…", a common
name and year) must not cost the square of its size: a block of more than ``2 * window``
members is a sorted neighbourhood, each member compared only with the ``window`` members
next to it in title order (cut into pieces of at most ``max_block`` members that overlap by
``window``), and, for a fuzzy key, keeping only its ``best`` closest titles among them.

A fuzzy key (a title's opening or ending, two of its words, an author and year) fills with
unrelated titles as n grows, long before it holds ``2 * window`` members: such a block of
more than ``2 * near`` members is already a sorted neighbourhood in which a member meets the
``near`` members next to it, and further only along a run of members with its very title
(the copies of a much-cited work, up to ``window``). Unrelated titles then cost a record at
most ``2 * near`` comparisons per key, not a share of the block that grows with n.

A translated title shares no title key with its original, and the author-and-year key needs a
year on both sides: a ``name`` key (the first author alone) pairs a reference without a year
with the references of the same name whose titles are in another script (Latin, Cyrillic,
CJK), or a romanized Russian title with a German or French one (whose name that language
spells its own way: "Solschenizyn" also keys as Солженицын). Only such names are blocks at
all, and only up to ``max_block`` references: a name that common says too little without a
year. Likewise an ``unfiled`` key (fond and delo without the archive) opens a block only
when one of its references names no archive ("f. 671, op. 1, d. 273" in a note after "RGASPI,
f. 671, ..."), a ``captioned`` key (a located document's
whole title) only when one of its references has no locator (a JACAR caption without its code),
and a ``short`` key (the first author and the title's first word, or a book's second word
for a note that drops the first: "Murin, Stalin v ob”iatiakh" for «Иосиф Сталин в объятиях
семьи») only when one of its references is a note's short form ("Snyder, Sketches, 93." for
"Sketches from a Secret War"), and a ``sounded`` key (the consonants of the first author's name,
and of the second name in Latin letters, see
:mod:`archivecite.dedupe.transcription`) only when it holds a Western name in Latin letters and
a transcription of one in katakana or hanzi ("Snow" and 斯諾). A ``glossed`` key (two of a
title's opening content words, a Russian title's by their stems in the library's glossary, an
English title's by the Russian stems the glossary glosses them by, see
:func:`archivecite.dedupe.glosses.glossary_keys`) opens a block only when it holds a Russian
title (or its romanization) and an English one, one of them without a year or both books, and
only up to an eighth of ``max_block`` references: "Twenty Letters to a Friend" (no year) and
«Двадцать писем к другу» (no author) share no other key. Only a batch with a Russian title
makes these keys. A ``place`` key of the first author's volume, issue and first page,
whatever the year, meets an article whose year one citation mistyped (its title maybe
translated).

So one key gives any reference at most ``2 * window`` comparisons (a name or short key at most
``max_block``), and a fuzzy key at most ``2 * near`` unless the reference's title recurs; as a
reference has a bounded number of keys, blocking compares O(n) pairs and sends O(n) on, after
sorts that cost O(n log n).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
from numpy.typing import NDArray
from rapidfuzz import fuzz, process

from archivecite.dedupe.agreement import fond_number
from archivecite.dedupe.character_keys import character_keys, in_characters, title_script
from archivecite.dedupe.cognates import foreign_title, romanized_title
from archivecite.dedupe.glosses import glossary_keys, russian_side
from archivecite.dedupe.name_keys import name_keys
from archivecite.dedupe.numbers import in_digits
from archivecite.dedupe.series_paths import is_path, path_reading_keys
from archivecite.dedupe.short_titles import opening_word, second_word
from archivecite.dedupe.titles import MONOGRAPH_KINDS, main_title_keys, standalone_book, title_words
from archivecite.dedupe.vocabulary import VOCABULARY

if TYPE_CHECKING:
    from archivecite.dedupe.keys import RecordKeys

__all__ = ["Block", "block_pairs", "blocking_keys", "build_blocks", "candidate_pairs"]
__all__ += ["BEST", "NEAR", "WINDOW"]

BlockKind = Literal[
    "exact", "fuzzy", "place", "name", "unfiled", "captioned", "short", "sounded", "glossed"
]
_STOP = frozenset(VOCABULARY.stop_words)
_AFFIX = 10
_STEM = 6  # letters of a word's stem in the two-words key
_CAPTION_LETTERS = 12  # a title this long names one document among a collection's
_IDENTIFYING = frozenset(("doi", "isbn", "jacar", "pmid", "arxiv"))


@dataclass(frozen=True, slots=True)
class Block:
    """Members (input indices) that share ``key``. ``exact`` blocks (same identifier, same
    archival file) send every pair on; ``fuzzy`` blocks only pairs whose titles are close.
    A ``window`` above 0 limits both to the pairs of members at most ``window`` apart in
    ``members`` (a piece of a sorted neighbourhood); 0 means every pair. ``reach``, when
    given, limits them further: the ``i``-th member is paired with the ``reach[i]`` next
    ones (never more than ``window``)."""

    key: str
    kind: BlockKind
    members: tuple[int, ...]
    window: int = 0
    reach: tuple[int, ...] = ()


def _tokens(key: str) -> list[str]:
    return [token for token in key.split() if token not in _STOP]


def _path_keys(archive: str, locator: dict[str, str]) -> Iterator[tuple[str, BlockKind]]:
    """One series path in two languages: its deepest level read alike ("2A"; 濠北 / Gohoku)."""
    if is_path(locator.get("series", "")):
        for reading in path_reading_keys(locator["series"]):
            yield f"path:{archive}:{reading}", "exact"


def _locator_keys(record: RecordKeys) -> Iterator[tuple[str, BlockKind]]:
    loc = record.locator
    archive = record.archive or "?"
    parts = [f"{name}={value}" for name, value in sorted(loc.items())]
    yield f"loc:{archive}:{'|'.join(parts)}", "exact"
    if {"fond", "delo"} <= loc.keys():
        # a typo in the opis still leaves one shared key (a different delo is never the same)
        # and a fond cited without its prefix (9401 for R-9401) still shares this one
        yield f"loc-fd:{archive}:{fond_number(loc['fond'])}:{loc['delo']}", "exact"
        # a file cited without its archive ("f. 671, op. 1, d. 273" after "RGASPI, ...")
        yield f"loc-any:{fond_number(loc['fond'])}:{loc['delo']}", "unfiled"
    if "box" in loc and loc.keys() & {"folder", "item"}:
        # "HRC, Box 13, File 39" after "Human Rights Collection (henceforth HRC), …": a box's
        # file cited by the collection's short name, its archive left out
        yield f"loc-box:{loc['box']}:{loc.get('folder', '')}:{loc.get('item', '')}", "unfiled"
    yield from itertools.chain(_path_keys(archive, loc), _caption_key(record))


def blocking_keys(record: RecordKeys, *, glossed: bool = True) -> Iterator[tuple[str, BlockKind]]:
    """The blocking keys of one record, with the kind of block each one opens; ``glossed``:
    with the keys of a Russian title and its English translation (see
    :func:`archivecite.dedupe.glosses.glossary_keys`), which a batch without a Russian title
    does without (nor loads the glossary for)."""
    for scheme, value in record.identifiers.items():
        if scheme in _IDENTIFYING:  # an ISSN names a journal, not a work
            yield f"id:{scheme}:{value}", "exact"
    if record.locator:
        yield from _locator_keys(record)
        return  # a located document is found by its locator: "Донесение" recurs in every fond
    if record.kind == "archival" or not (record.authors or record.year is not None):
        yield from _caption_key(record)
    for title in record.titles:
        tokens = _tokens(title.key)
        flat = "".join(tokens) or title.key.replace(" ", "")
        if len(flat) >= 4:
            yield f"tp:{flat[:_AFFIX]}", "fuzzy"
            yield f"ts:{flat[-_AFFIX:]}", "fuzzy"
        # the two longest words, cut to their stems: an inflected ending ("inostrannomu" /
        # "inostrannomy") or a typo at the end of a word leaves the key as it is
        long_tokens = sorted(word[:_STEM] for word in sorted(tokens, key=len, reverse=True)[:2])
        if len(long_tokens) == 2 and len(long_tokens[0]) >= 4:
            yield f"tw:{long_tokens[0]}:{long_tokens[1]}", "fuzzy"
        bare = "".join(title_words(title.key))
        if len(bare) >= 4 and not flat.startswith(bare[:_AFFIX]):
            # past an initial article the title keys keep ("The Family" / "Family")
            yield f"tp:{bare[:_AFFIX]}", "fuzzy"
        read = in_digits(title.key)  # "Сто сорок бесед …" opens as "140 бесед …" does
        if read != title.key:
            yield f"tp:{''.join(_tokens(read))[:_AFFIX]}", "fuzzy"
    # a short title in characters, one character apart (吾国吾民 / 吾國與吾民), see character_keys
    yield from ((f"tc:{key}", "fuzzy") for key in character_keys(record.title_original))
    # the title cited without its subtitle, and the original in brackets after a translated
    # title ('FIELD SERVICE CODE (SENZINKUN)', which meets 戦陣訓 and 'Senjinkun')
    for main in (*main_title_keys(record), *record.bracketed):
        flat = "".join(_tokens(main)) or main.replace(" ", "")
        if len(flat) >= 4:
            yield f"tp:{flat[:_AFFIX]}", "fuzzy"
            if record.kind in MONOGRAPH_KINDS:
                # and a book's by its ending, for its main title cited with a slip in its
                # first word ("Detsvo [sic] i yunost' vozhdya" / "Детство и юность вождя.
                # Документы, …"); a paper's would pair more of one author's papers (Cora)
                yield f"ts:{flat[-_AFFIX:]}", "fuzzy"
    if "/" in record.url:  # a page, not a whole site
        yield f"url:{record.url}", "place"
    if record.year is not None:
        # a standard's or patent's number names the work when its title is translated
        for code in record.codes:
            yield f"code:{record.year}:{code}", "place"
    yield from itertools.chain(_short_note_key(record), name_keys(record))
    if glossed and record.titles:
        # a Russian title and its English translation, which share no letters: two of their
        # opening words, by the glossary (see glosses.glossary_keys)
        yield from ((key, "glossed") for key in glossary_keys(record)[0])
    if record.page_start and record.volume and record.year is not None:
        yield f"pl:{record.year}:{record.volume}:{record.page_start}", "place"
    elif record.page_start and record.issue and record.year is not None:
        # a Russian journal numbers its issues within the year, with no volume ("1997. № 3.
        # С. 117.")
        yield f"pi:{record.year}:{record.issue}:{record.page_start}", "place"
    if record.page_start and record.volume and record.authors:
        # the first author in one volume, issue and first page, whatever the year: a year
        # mistyped (a journal's MLA output dated "январь 2024 г." for its 2020 volume 65,
        # issue 2, against the English listing's), the title maybe translated
        name = record.authors[0][:6]
        yield f"pa:{name}:{record.volume}:{record.issue}:{record.page_start}", "place"
    if not record.titles and record.container and record.year is not None:
        # a journal issue cited at a page, no article named: every page of it is that issue
        yield f"ji:{record.year}:{record.volume}:{record.issue}:{record.container}", "place"


def _short_note_key(record: RecordKeys) -> Iterator[tuple[str, BlockKind]]:
    """The first author and the first word of the title, for a short note ("Snyder,
    Sketches, 93.") to meet the book it names ("Sketches from a Secret War: …", 2005), which
    shares no opening of ten letters with it, nor its year."""
    if record.authors and record.kind in MONOGRAPH_KINDS:
        word = opening_word(record)
        if word:
            yield f"sn:{record.authors[0]}:{word}", "short"
        if record.titles and (word := second_word(record)):
            # a short note of the words after the first ("Murin, Stalin v ob”iatiakh" for
            # «Иосиф Сталин в объятиях семьи»), see short_titles.short_title_of
            yield f"sn:{record.authors[0]}:{word}", "short"


def _caption_key(record: RecordKeys) -> Iterator[tuple[str, BlockKind]]:
    """A document's title, for the citations of it that give no locator (a JACAR caption,
    "Title: 13. Seattle Chamber of Commerce (7th image)", against the item with its code)."""
    if record.titles:
        flat = "".join(_tokens(record.titles[0].key))
        if len(flat) >= _CAPTION_LETTERS:
            yield f"cap:{flat}", "captioned"


def _order_key(record: RecordKeys, key: str) -> str:
    """Where a record sits in a sorted neighbourhood: its title without stop words, read
    backwards for a title-suffix key (its members differ at the start, not at the end)."""
    if not record.titles:
        return ""
    flat = "".join(_tokens(record.titles[0].key))
    return flat[::-1] if key.startswith("ts:") else flat


WINDOW = 100  # the partners one key may give a record on either side, in a large block
NEAR = 5  # the partners a fuzzy key gives a record of its own title on either side
BEST = 10  # the closest titles a member of a large block keeps among them


def _reach(order_keys: Sequence[str], near: int, window: int) -> NDArray[np.int64]:
    """How many of the next members each member of a sorted neighbourhood meets: ``near``,
    or all the next ones with its order key (a run of one title), at most ``window``. Members
    without a title (an empty key) are no run: they are no copies of one another."""
    size = len(order_keys)
    same = np.fromiter(
        (first == second != "" for first, second in itertools.pairwise(order_keys)),
        dtype=bool,
        count=size - 1,
    )
    # the end of each member's run of equal keys: the next place where the key changes
    changes = np.r_[np.flatnonzero(~same), size - 1]
    position = np.arange(size, dtype=np.int64)
    run = changes[np.searchsorted(changes, position)] - position
    reach: NDArray[np.int64] = np.minimum(np.clip(run, near, window), size - 1 - position)
    return reach


def build_blocks(
    records: Sequence[RecordKeys],
    *,
    max_block: int = 400,
    window: int = WINDOW,
    near: int = NEAR,
) -> list[Block]:
    """Blocks of two or more members. Keys are hashed to 64-bit integers and grouped by one
    sort, so 10^6 records cost a few arrays, not a dict of strings. A key with more than
    ``2 * window`` members, or a fuzzy one with more than ``2 * near``, is a sorted
    neighbourhood: its members in title order, each paired with the ``window`` next ones (a
    fuzzy key's with the ``near`` next ones, or all the next ones of its own title up to
    ``window``: see :func:`_reach`), in pieces of at most ``max_block`` members that overlap
    by ``window`` (so each such pair lies inside one piece). ``window`` is at most a quarter
    of ``max_block``, ``near`` at most ``window``."""
    window = max(1, min(window, max_block // 4))
    near = max(1, min(near, window))
    hashes: list[int] = []
    owners: list[int] = []
    flags: list[int] = []
    glossed = any(map(russian_side, records))
    for position, record in enumerate(records):
        for block_key in dict.fromkeys(blocking_keys(record, glossed=glossed)):
            hashes.append(hash(block_key))
            owners.append(position)
            flags.append(_partial_flags(record, block_key[1]))
    if not hashes:
        return []
    keys = np.asarray(hashes, dtype=np.int64)
    members_all = np.asarray(owners, dtype=np.int64)
    flags_all = np.asarray(flags, dtype=np.uint32)
    del hashes, owners, flags
    order = np.argsort(keys, kind="stable")
    keys, members_all, flags_all = keys[order], members_all[order], flags_all[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    ends = np.r_[starts[1:], len(keys)]
    sizes = ends - starts
    kept = (sizes >= 2) & _useful_partial(
        np.bitwise_or.reduceat(flags_all, starts), sizes, max_block
    )
    starts, ends = starts[kept], ends[kept]
    blocks: list[Block] = []
    for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
        members = members_all[start:end].tolist()
        hashed = int(keys[start])
        first = records[members[0]]
        key, kind = next(k for k in blocking_keys(first, glossed=glossed) if hash(k) == hashed)
        fuzzy = kind == "fuzzy"
        if kind in _PARTIAL or len(members) <= 2 * (near if fuzzy else window):
            blocks.append(Block(key, kind, tuple(members)))
            continue
        order_keys = [_order_key(records[index], key) for index in members]
        sorting = sorted(range(len(members)), key=order_keys.__getitem__)
        ordered = [members[place] for place in sorting]
        reach = _reach([order_keys[place] for place in sorting], near, window) if fuzzy else None
        step = max_block - window
        for offset in range(0, max(len(ordered) - window, 1), step):
            piece = tuple(ordered[offset : offset + max_block])
            reached = () if reach is None else tuple(reach[offset : offset + max_block].tolist())
            blocks.append(Block(f"{key}#{offset}", kind, piece, window, reached))
    return blocks


# Partial blocks pair a reference that lacks a field (a year, an archive) with the others of
# its key; flags per key entry say which kind it is and what each member has.
_PARTIAL = frozenset(("name", "unfiled", "captioned", "short", "sounded", "glossed"))
_NAMED, _YEARLESS, _LATIN, _NON_LATIN, _UNFILED, _ARCHIVELESS = 1, 2, 4, 8, 16, 32
_CAPTIONED, _UNLOCATED, _BOOK, _OPENING, _SHORT_NOTE = 64, 128, 256, 512, 1024
_SOUNDED, _SPELLED, _TRANSCRIBED, _GLOSSED = 2048, 4096, 8192, 16384
_ROMANIZED, _FOREIGN = 32768, 65536  # see cognates.romanized_title, cognates.foreign_title
_IN_CHARACTERS = 131072  # a title in kanji, hanzi or kana: a third script beside the two
_GLOSSED_BLOCK = 8  # a glossed key's block, at most this share of ``max_block``: two rare words


def _partial_flags(record: RecordKeys, kind: BlockKind) -> int:
    if kind == "name":
        year = _YEARLESS if record.year is None else 0
        book = _BOOK if standalone_book(record) else 0
        side = (
            (_IN_CHARACTERS if in_characters(record) else _NON_LATIN)
            if record.non_latin
            else _LATIN
        )
        if romanized_title(record):
            side |= _ROMANIZED
        elif foreign_title(record):
            side |= _FOREIGN
        return _NAMED | year | book | side
    if kind == "unfiled":
        return _UNFILED | (0 if record.archive else _ARCHIVELESS)
    if kind == "captioned":
        return _CAPTIONED | (0 if record.locator else _UNLOCATED)
    if kind == "short":
        # a bare mention (the people and the title, no year nor imprint: «Колымские сказки»,
        # Шаламов) may name a book by a loose title as a short note does
        bare = record.year is None and not record.publisher
        return _OPENING | (_SHORT_NOTE if record.short_note or bare else 0)
    if kind == "sounded":
        return _SOUNDED | (_TRANSCRIBED if record.sounds else _SPELLED)
    if kind == "glossed":
        # the sides are the Russian titles (read as Cyrillic) and the English ones
        year = _YEARLESS if record.year is None else 0
        book = _BOOK if standalone_book(record) else 0
        return _GLOSSED | year | book | (_NON_LATIN if russian_side(record) else _LATIN)
    return 0


def _useful_partial(
    flags: NDArray[np.uint32], sizes: NDArray[np.int64], max_block: int
) -> NDArray[np.bool_]:
    """Which groups of keys to keep: every group but a partial one that holds no reference
    lacking the field (a name: none without a year, or none in one of the two scripts; a
    file: none without its archive), or too many references."""
    named = (flags & _NAMED) > 0
    lacking_year = (flags & (_YEARLESS | _BOOK)) > 0
    # two scripts, or a romanized title and one in another language (its translation)
    latin, non_latin, characters = (
        (flags & bit) > 0 for bit in (_LATIN, _NON_LATIN, _IN_CHARACTERS)
    )
    scripts = (latin & (non_latin | characters)) | (non_latin & characters)
    languages = ((flags & _ROMANIZED) > 0) & ((flags & _FOREIGN) > 0)
    crossing = lacking_year & (scripts | languages)
    unfiled = (flags & _UNFILED) > 0
    lacking = (flags & _ARCHIVELESS) > 0
    captioned = (flags & _CAPTIONED) > 0
    unlocated = (flags & _UNLOCATED) > 0
    opening = (flags & _OPENING) > 0
    noted = (flags & _SHORT_NOTE) > 0
    sounded = (flags & _SOUNDED) > 0
    heard = ((flags & _SPELLED) > 0) & ((flags & _TRANSCRIBED) > 0)
    small = sizes <= max_block
    glossed = (flags & _GLOSSED) > 0
    rare = sizes <= max_block // _GLOSSED_BLOCK
    kept: NDArray[np.bool_] = (
        (~named | (crossing & small))
        & (~glossed | (crossing & rare))
        & (~unfiled | (lacking & small))
        & (~captioned | (unlocated & small))
        & (~opening | (noted & small))
        & (~sounded | (heard & small))
    )
    return kept


def _partial_pairs(block: Block, records: Sequence[RecordKeys]) -> tuple[NDArray[np.int64], ...]:
    """Positions ``(a, b)`` of the members of a partial block worth a look: for a name, two
    scripts and one without a year; for a file, every pair (the files of two archives that a
    file without its archive matches are a conflict to know of); for a caption, a located
    document and an unlocated one."""
    left, right = _every(len(block.members))
    size = len(block.members)
    if block.kind in ("unfiled", "short"):
        # a short note and the books it may name, and those books with each other: two of the
        # same people's books that one short note names alike are a conflict to know of
        return left, right
    if block.kind == "captioned":
        located = np.fromiter((bool(records[i].locator) for i in block.members), bool, size)
        keep = located[left] != located[right]
        return left[keep], right[keep]
    if block.kind == "sounded":
        heard = np.fromiter((bool(records[i].sounds) for i in block.members), bool, size)
        keep = heard[left] != heard[right]
        return left[keep], right[keep]
    yearless = np.fromiter((records[i].year is None for i in block.members), dtype=bool, count=size)
    side = russian_side if block.kind == "glossed" else title_script
    script = np.fromiter((side(records[i]) for i in block.members), dtype=np.int8, count=size)
    book = np.fromiter((standalone_book(records[i]) for i in block.members), dtype=bool, count=size)
    # a book cited by its translated title in the year of another edition has no key of its
    # original's: not its title, nor its author with that year
    crossed = script[left] != script[right]
    if block.kind == "name":
        # a romanized title and a translation in another language than English ("Anatomiya
        # rossiiskoi elity" / "Anatomie der russischen Elite"), both in Latin letters
        members = [records[i] for i in block.members]
        romanized = np.fromiter(map(romanized_title, members), dtype=bool, count=size)
        foreign = np.fromiter(map(foreign_title, members), dtype=bool, count=size)
        crossed |= (romanized[left] & foreign[right]) | (foreign[left] & romanized[right])
    keep = (yearless[left] | yearless[right] | (book[left] & book[right])) & crossed
    return left[keep], right[keep]


def _reach_of(block: Block) -> NDArray[np.int64]:
    """How many next members each member of a windowed block meets, inside the block."""
    size = len(block.members)
    position = np.arange(size, dtype=np.int64)
    given = np.asarray(block.reach, dtype=np.int64) if block.reach else block.window
    reach: NDArray[np.int64] = np.minimum(given, size - 1 - position)
    return reach


def _reached(reach: NDArray[np.int64]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Positions ``(a, b)`` of every pair ``0 < b - a <= reach[a]``."""
    left = np.repeat(np.arange(len(reach), dtype=np.int64), reach)
    step = np.arange(len(left), dtype=np.int64) - np.repeat(np.cumsum(reach) - reach, reach)
    return left, left + step + 1


def _every(size: int) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Positions ``(a, b)``, ``a < b``, of every pair among ``size``."""
    left, right = np.triu_indices(size, k=1)
    return left.astype(np.int64), right.astype(np.int64)


def _best(
    left: NDArray[np.int64], right: NDArray[np.int64], scores: NDArray[np.uint8], best: int
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """The pairs among ``(left, right)`` that are one of the ``best`` highest ``scores`` of
    either member (ties in the order given; a pair given more than once counts once, with
    its highest score)."""
    if not len(left):
        return left, right
    order = np.lexsort((-scores.astype(np.int64), right, left))
    left, right, scores = left[order], right[order], scores[order]
    first = np.r_[True, (left[1:] != left[:-1]) | (right[1:] != right[:-1])]
    left, right, scores = left[first], right[first], scores[first]
    ends = np.concatenate([left, right])
    others = np.concatenate([right, left])
    order = np.lexsort((-np.concatenate([scores, scores]).astype(np.int64), ends))
    ends, others = ends[order], others[order]
    # a member's pairs are a run of ``ends``; keep the first ``best`` of each run, once each
    starts = np.flatnonzero(np.r_[True, ends[1:] != ends[:-1]])
    rank = np.arange(len(ends)) - np.repeat(starts, np.diff(np.r_[starts, len(ends)]))
    kept = rank < best
    pairs = np.unique(
        np.stack([np.minimum(ends, others)[kept], np.maximum(ends, others)[kept]], axis=1),
        axis=0,
    ).reshape(-1, 2)
    return pairs[:, 0], pairs[:, 1]


def _close_titles(
    block: Block, records: Sequence[RecordKeys], cutoff: float, workers: int, best: int
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Positions ``(a, b)`` of the members of a windowed fuzzy block at most ``window``
    apart (``reach[a]`` when given) with a title key of one within ``cutoff`` of one of the
    other, each member keeping its ``best`` closest, and of the members without title and
    their neighbours."""
    texts: list[str] = []
    owners: list[int] = []
    for position, index in enumerate(block.members):
        for title in records[index].titles:
            texts.append(title.key)
            owners.append(position)
    owner = np.asarray(owners, dtype=np.int64)
    # every title of a member against every title of the members it reaches
    reach = _reach_of(block)
    low = np.searchsorted(owner, owner, side="right")
    high = np.searchsorted(owner, owner + reach[owner], side="right")
    counts = high - low
    first = np.repeat(np.arange(len(owner), dtype=np.int64), counts)
    second = np.arange(counts.sum(), dtype=np.int64) + np.repeat(
        low - np.cumsum(counts) + counts, counts
    )
    scores = process.cpdist(
        [texts[i] for i in first.tolist()],
        [texts[i] for i in second.tolist()],
        scorer=fuzz.token_set_ratio,
        score_cutoff=cutoff,
        dtype=np.uint8,
        workers=workers if len(first) > _BATCH // 16 else 1,  # threads cost more than a piece
    )
    _add_parts(texts, first, second, scores)
    hit = np.flatnonzero(scores)
    left, right = _best(owner[first[hit]], owner[second[hit]], scores[hit], best)
    titled = np.zeros(len(block.members), dtype=bool)
    titled[owner] = True
    if not titled.all():
        near_l, near_r = _reached(reach)
        alone = ~titled[near_l] | ~titled[near_r]
        left = np.concatenate([left, near_l[alone]])
        right = np.concatenate([right, near_r[alone]])
    return left, right


def candidate_pairs(
    block: Block,
    records: Sequence[RecordKeys],
    *,
    cutoff: float = 80.0,
    workers: int = 1,
    best: int = BEST,
) -> NDArray[np.int64]:
    """The pairs ``(i, j)``, ``i < j`` input indices, of one block worth scoring in detail.

    Fuzzy blocks keep a pair when any title key of one is within ``cutoff`` (rapidfuzz
    ``token_set_ratio``, which is at least the ``token_sort_ratio`` the scorer asks 85 of and
    is 100 for a title inside a longer one) of any title key of the other, or when one has no
    title. Exact blocks (identifier, locator) and place blocks (year, volume, first page)
    send every pair. A windowed block (a piece of a sorted neighbourhood) only looks at the
    pairs at most ``window`` apart (a member at most ``reach[i]`` ahead, when given), and,
    when fuzzy, keeps for each member only the ``best`` closest titles among them: in a
    crowded key the next titles in order share ever longer openings with a title as n grows,
    and only the closest of them are its copies.
    """
    members = block.members
    if block.kind in _PARTIAL:
        left, right = _partial_pairs(block, records)
    elif block.kind != "fuzzy" or len(members) == 2:
        left, right = _reached(_reach_of(block)) if block.window else _every(len(members))
    elif block.window:
        left, right = _close_titles(block, records, cutoff, workers, best)
    else:
        texts: list[str] = []
        owners: list[int] = []
        untitled: list[int] = []
        for position, index in enumerate(members):
            titles = records[index].titles
            if not titles:
                untitled.append(position)
            for title in titles:
                texts.append(title.key)
                owners.append(position)
        scores = process.cdist(
            texts,
            texts,
            scorer=fuzz.token_set_ratio,
            score_cutoff=cutoff,
            dtype=np.uint8,
            workers=workers if len(texts) > 64 else 1,
        )
        if any(_run_together(text) for text in texts):
            # a Japanese or Chinese key runs its words together: its main title alone
            # (シベリア抑留者たちの戦後) is no token of the key with the subtitle
            scores |= process.cdist(
                texts, texts, scorer=fuzz.partial_ratio, score_cutoff=_PART_CUTOFF, dtype=np.uint8
            )
        rows, cols = np.nonzero(scores)
        owner = np.asarray(owners, dtype=np.int64)
        left, right = owner[rows], owner[cols]
        if untitled:
            extra = np.asarray(untitled, dtype=np.int64)
            grid_l, grid_r = np.meshgrid(extra, np.arange(len(members)))
            left = np.concatenate([left, grid_l.ravel()])
            right = np.concatenate([right, grid_r.ravel()])
        keep = left != right
        left, right = left[keep], right[keep]
    inputs = np.asarray(members, dtype=np.int64)
    first, second = inputs[left], inputs[right]
    pairs: NDArray[np.int64] = np.stack(
        [np.minimum(first, second), np.maximum(first, second)], axis=1
    )
    kept: NDArray[np.int64] = pairs[pairs[:, 0] != pairs[:, 1]]
    return kept


_RUN_TOGETHER = 12  # letters of a key without spaces from which it may hold a shorter title
_PART_CUTOFF = 95.0


def _run_together(key: str) -> bool:
    return len(key) >= _RUN_TOGETHER and " " not in key


def _add_parts(
    texts: list[str], first: NDArray[np.int64], second: NDArray[np.int64], scores: NDArray[Any]
) -> None:
    """Keep, too, the pairs of ``texts[first]`` / ``texts[second]`` where a key that runs its
    words together (Japanese, Chinese) holds the other or lies inside it: the main title alone
    (シベリア抑留者たちの戦後) is no token of the key with its subtitle. Writes into
    ``scores``."""
    together = np.fromiter(map(_run_together, texts), dtype=bool, count=len(texts))
    if not together.any():
        return
    todo = np.flatnonzero((scores == 0) & (together[first] | together[second]))
    if len(todo):
        scores[todo] = process.cpdist(
            [texts[i] for i in first[todo].tolist()],
            [texts[i] for i in second[todo].tolist()],
            scorer=fuzz.partial_ratio,
            score_cutoff=_PART_CUTOFF,
            dtype=np.uint8,
        )


_SMALL = 64  # blocks of at most this many title keys are scored together, pair by pair
_BATCH = 1 << 20  # title-key pairs per cpdist call


def _all_pairs(sizes: NDArray[np.int64], starts: NDArray[np.int64]) -> NDArray[np.int64]:
    """Every pair ``(a, b)``, ``a < b`` positions of one flat array, inside each of the runs
    ``starts[k] : starts[k] + sizes[k]``, without a Python loop over the runs."""
    chunks = []
    for size in np.unique(sizes).tolist():
        first, second = np.triu_indices(size, k=1)
        offsets = starts[sizes == size][:, None]
        chunks.append(np.stack([(offsets + first).ravel(), (offsets + second).ravel()], axis=1))
    if not chunks:
        return np.empty((0, 2), dtype=np.int64)
    return np.concatenate(chunks).astype(np.int64, copy=False)


def _ordered(first: NDArray[np.int64], second: NDArray[np.int64]) -> NDArray[np.int64]:
    pairs = np.stack([np.minimum(first, second), np.maximum(first, second)], axis=1)
    kept: NDArray[np.int64] = pairs[pairs[:, 0] != pairs[:, 1]]
    return kept


def block_pairs(
    blocks: Sequence[Block],
    records: Sequence[RecordKeys],
    *,
    cutoff: float = 80.0,
    workers: int = 1,
    small: int = _SMALL,
    best: int = BEST,
) -> Iterator[tuple[int, NDArray[np.int64]]]:
    """:func:`candidate_pairs` of every block, in batches: ``(blocks done, pairs)``.

    The same pairs, found without a Python call per block: the members of all exact and
    place blocks and of fuzzy blocks of two are paired in one numpy pass; the title keys of
    small fuzzy blocks are paired in one pass and scored with one ``process.cpdist`` call per
    batch; only large fuzzy blocks (and the rare one with an untitled member) get their own
    ``process.cdist``, and windowed blocks their own ``process.cpdist``. A pair may come out
    more than once (from several blocks)."""
    every: list[Block] = []
    fuzzy: list[Block] = []
    alone: list[Block] = []
    for block in blocks:
        if block.window or block.kind in _PARTIAL:
            alone.append(block)
            continue
        if block.kind != "fuzzy" or len(block.members) == 2:
            every.append(block)
            continue
        counts = [len(records[index].titles) for index in block.members]
        (fuzzy if 0 not in counts and sum(counts) <= small else alone).append(block)
    done = 0
    if every:
        members = np.fromiter((i for block in every for i in block.members), dtype=np.int64)
        sizes = np.fromiter((len(block.members) for block in every), dtype=np.int64)
        positions = _all_pairs(sizes, np.cumsum(sizes) - sizes)
        done += len(every)
        yield done, _ordered(members[positions[:, 0]], members[positions[:, 1]])
    step = max(1, _BATCH // (small * small // 2))
    for begin in range(0, len(fuzzy), step):
        batch = fuzzy[begin : begin + step]
        texts: list[str] = []
        owners: list[int] = []
        sizes_list: list[int] = []
        for block in batch:
            before = len(texts)
            for index in block.members:
                for title in records[index].titles:
                    texts.append(title.key)
                    owners.append(index)
            sizes_list.append(len(texts) - before)
        sizes = np.asarray(sizes_list, dtype=np.int64)
        positions = _all_pairs(sizes, np.cumsum(sizes) - sizes)
        owner = np.asarray(owners, dtype=np.int64)
        positions = positions[owner[positions[:, 0]] != owner[positions[:, 1]]]
        scores = process.cpdist(
            [texts[i] for i in positions[:, 0].tolist()],
            [texts[i] for i in positions[:, 1].tolist()],
            scorer=fuzz.token_set_ratio,
            score_cutoff=cutoff,
            dtype=np.uint8,
            workers=workers,
        )
        _add_parts(texts, positions[:, 0], positions[:, 1], scores)
        hit = positions[np.flatnonzero(scores)]
        done += len(batch)
        yield done, _ordered(owner[hit[:, 0]], owner[hit[:, 1]])
    for block in alone:
        done += 1
        yield done, candidate_pairs(block, records, cutoff=cutoff, workers=workers, best=best)
