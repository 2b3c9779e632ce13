"""Free-text references to published works: books, articles, chapters, collections of documents,
theses, legal acts, newspaper items and web pages.

Seven families of styles are read, one module each: the romanized "References" lists that
Scopus-indexed Russian journals print, in their two forms: ``Kochnov O.Yu. Title. Izvestiya vuzov.
Yadernaya energetika. 2013, no. 1, pp. 110-147 (in Russian).`` with books ``Moscow, Nauka Publ.,
2005. 320 p.``, theses ``Cand. Diss.`` and patents ``Patent RF, no. 2280590`` (``romanized``)
and the APA-like ``Ivanov, I. I. (2010). Title [Translation]. Journal. 4, 5-9. (In Russian)``
(``scopus``), Chicago author-date and notes-bibliography, MLA and Harvard, also as Russian
and Ukrainian journal sites print them in Cyrillic (``chicago``, ``chicago_tail``; the notes
``Steven A. Barnes, Death and Redemption (Princeton, NJ: Princeton University Press, 2011),
45.`` and ``Barnes, Death and Redemption, 45.`` in ``notes``, which keep the cited page as
``extra["locator"]``; the headings of book reviews, ``Vyatlag by Viktor Berdinskikh Kirov: ...,
318 pp.``, and bookshop lines in ``headings``), Vancouver/ICMJE and its Russian "References"
variant (``vancouver``: ``Smith J, Doe A. Title. J Hist. 2020;8(3):28-30.``), GOST (``gost``:
``//`` container, ``№`` issue, ``С.`` pages, and the Soviet forms with a dash or a comma before
the journal), Chinese GB/T 7714 (``gbt``: ``[M]``, ``[J]``...) and native Japanese/Chinese forms
(``cjk``: 『』「」《》; ``cjk_fields`` and ``cjk_title_lines``: the fields of a line without
brackets; ``cjk_records``: labelled catalogue records and CIP lines; ``cjk_apa``: Chinese APA
closed by full stops), and Wikipedia's ``{{Cite book|…}}`` templates (``wikitext``).
Every regular expression lives in ``patterns`` (``cjk_patterns`` for the last two,
``chicago_patterns`` for the English forms); every pattern is linear, and inputs longer than
``MAX_LENGTH`` are refused. A DOI printed anywhere becomes a ``doi`` identifier, lower-cased and
without its ``DOI:`` or ``https://doi.org/`` prefix. An issue keeps a running number as printed
(``№ 2 (34)`` → ``"2 (34)"``), as a volume keeps ``18 (7-1)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from archivecite.model import Name, Span
from archivecite.parse.patterns import SIGNAL_PATTERN
from archivecite.parse.published.acs import parse_acs
from archivecite.parse.published.apa_patterns import HARVARD_JOURNAL_TAIL_PATTERN
from archivecite.parse.published.assemble import finish
from archivecite.parse.published.bare_headings import bare_heading
from archivecite.parse.published.catalogue_records import catalogue_record
from archivecite.parse.published.chicago import find_head, spelled_out
from archivecite.parse.published.chicago_tail import polish_entry
from archivecite.parse.published.cjk import parse_cjk
from archivecite.parse.published.cjk_apa import parse_apa_stops
from archivecite.parse.published.cjk_fields import parse_cjk_fields
from archivecite.parse.published.cjk_patterns import (
    GBT_MARKER_PATTERN,
    LATIN_INITIALS_KANA_PATTERN,
)
from archivecite.parse.published.cjk_records import parse_cjk_record
from archivecite.parse.published.comma_lists import comma_list_entry
from archivecite.parse.published.copies import (
    edited,
    inserted,
    mapped_back,
    replaced,
    without_stop,
)
from archivecite.parse.published.credit_lines import credited_title
from archivecite.parse.published.draft import Draft, PublishedParse
from archivecite.parse.published.ebook_lines import gutenberg_line
from archivecite.parse.published.family_first import dashed_heading, family_first_entry
from archivecite.parse.published.french import french_book
from archivecite.parse.published.gbt import parse_gbt
from archivecite.parse.published.german import (
    german_article,
    german_entry,
    german_review_header,
)
from archivecite.parse.published.given_first_headings import given_first_heading
from archivecite.parse.published.gost import parse_gost
from archivecite.parse.published.gost_patterns import (
    GLUED_HEADING_PATTERN,
    INFORMAL_HEAD_PATTERN,
    INITIALS_FIRST_AUTHORS_PATTERN,
    LATIN_INFORMAL_HEAD_PATTERN,
    QUOTED_TITLE_IMPRINT_PATTERN,
    ROMANIZED_GOST_PATTERN,
)
from archivecite.parse.published.heading_patterns import (
    NAMES_JOIN_PATTERN,
    REVIEW_MARK_PATTERN,
    REVIEW_WORDS,
)
from archivecite.parse.published.headings import (
    google_books_block,
    kirkus_heading,
    lined_heading,
    listed_book,
    review_heading,
)
from archivecite.parse.published.juan_notes import juan_note
from archivecite.parse.published.name_first_lines import name_first_line
from archivecite.parse.published.names import (
    given_first_name,
    japanese_family_first,
    romanized_chinese_name,
)
from archivecite.parse.published.newspapers import newspaper_day
from archivecite.parse.published.notes import parse_note
from archivecite.parse.published.notes_imprint import cited_locator
from archivecite.parse.published.notes_short import author_year_note, family_stop_note
from archivecite.parse.published.patterns import (
    APA_NAMES_PATTERN,
    APA_SLIPS_HEAD_PATTERN,
    ARCHIVAL_LOCATOR_PATTERN,
    CAPITAL_PAGE_PATTERN,
    DOUBLED_SINGLE_QUOTES_PATTERN,
    DOUBLED_SPACES_PATTERN,
    GLUED_IMPRINT_PATTERN,
    GLUED_ROMAJI_NAME_PATTERN,
    ISBD_COLON_PATTERN,
    ISBD_EXTENT_PATTERN,
    ITALIC_TAG_PATTERN,
    LABEL_PATTERN,
    LIST_MARK_PATTERN,
    LONE_MACRON_PATTERN,
    MISPLACED_SPACE_PATTERN,
    NAME_ALIAS_HEAD_PATTERN,
    OTHER_NAME_HEAD_PATTERN,
    SIC_PATTERN,
    SLASHED_NAME_PATTERN,
    SPACE_BEFORE_MARK_PATTERN,
    STATED_BY_PATTERN,
    STATED_ROLE_PATTERN,
    STRAIGHT_QUOTED_TITLE_PATTERN,
    TRANSLATOR_BEFORE_TITLE_PATTERN,
    UNIFORM_TITLE_PATTERN,
    YEAR_PAREN_PATTERN,
)
from archivecite.parse.published.priced_headings import (
    annotated_heading,
    pages_price_heading,
    priced_heading,
)
from archivecite.parse.published.pure import pure_entry
from archivecite.parse.published.review_titles import reviewer_on_author
from archivecite.parse.published.romanized import parse_romanized
from archivecite.parse.published.scanning import (
    QUOTES,
    TITLE_OPENERS,
    is_cjk,
    script_of,
    trim,
)
from archivecite.parse.published.scopus import parse_latin
from archivecite.parse.published.terms import (
    CITIES,
    CYRILLIC_FAMILY_ENDINGS,
    GIVEN_NAMES,
    PLACES,
)
from archivecite.parse.published.trailers import peel_trailers
from archivecite.parse.published.vancouver import parse_vancouver
from archivecite.parse.published.wikitext import parse_wiki_cite

__all__ = ["MAX_LENGTH", "PublishedParse", "cited_locator", "parse_published", "strip_label"]

MAX_LENGTH = 4000

# Marks a list puts after an entry: ※ (a note follows elsewhere), *, †, ‡.
TRAILING_MARKS = "※*†‡"


def strip_label(text: str) -> tuple[str | None, int]:
    """The ``Author Year - `` label a list files the entry under, and where the body starts.

    >>> strip_label("Galitskiy 1991 - Galitskiy, V. P. (1991). Yaponskiye ...")
    ('Galitskiy 1991', 17)
    """
    start = LIST_MARK_PATTERN.match(text).end()  # type: ignore[union-attr]
    match = LABEL_PATTERN.match(text, start, min(len(text), start + 260))
    if match is None:
        return None, start
    label = match["label"].strip()
    first_word = label.split(maxsplit=1)[0].rstrip(",")
    if not text.startswith(first_word, match.end()):
        return None, start
    return label, match.end()


def parse_published(text: str, *, lined: str | None = None) -> PublishedParse | None:
    """Read a reference to a published work, or ``None`` when ``text`` is not one.

    ``lined`` is ``text`` with the line breaks it was printed with (``parse_citation`` reads a
    break as a space), for the blocks whose lines are their fields. Never raises on arbitrary
    text; texts longer than ``MAX_LENGTH`` are refused.
    """
    if len(text) > MAX_LENGTH or not any(char.isalpha() for char in text):
        return None
    if lined is not None and "\n" in lined.strip() and len(lined) == len(text):
        block = _lined_block(lined)
        if block is not None:
            return block
    if "  " in text and "\n" not in (lined or "") and not any(is_cjk(char) for char in text):
        return _single_spaced(text)
    if SIC_PATTERN.search(text):
        return _without_sic(text)
    if ITALIC_TAG_PATTERN.search(text) is not None:
        untagged = _without_italic_tags(text)
        if untagged is not None:
            return untagged
    record = catalogue_record(text, parse_published)
    if record is not None:
        return record
    uniform = UNIFORM_TITLE_PATTERN.search(text)
    unbracketed = None if uniform is None else _without_uniform_title(text, uniform)
    if unbracketed is not None:
        return unbracketed
    review = _review(text)
    if review is not None:
        return review
    parsed = (
        _heading(text, pages_price_heading)
        or _heading(text, name_first_line)
        or _heading(text, gutenberg_line)
        or _stated_by(text)
        or _slashed_by(text)
        or _name_alias(text)
        or _other_name(text)
        or _without_apa_slips(text)
        or _unglued_heading(text)
        or _parse(text)
    )
    if parsed is None:
        parsed = (
            _respaced(text)
            or _rejoined(text)
            or _bare(text)
            or _heading(text, reviewer_on_author)
            or _heading(text, given_first_heading)
            or _heading(text, priced_heading)
            or _heading(text, annotated_heading)
            or _unslipped(text)
            or _translator_first(text)
        )
    elif _place_unknown(parsed):
        respaced = _respaced(text)
        if respaced is not None and not _place_unknown(respaced):
            parsed = respaced
    placed = parsed is not None and getattr(parsed.reference, "place", None) is not None
    stop = None if placed else glued_imprint(text)
    if stop is None:
        return parsed
    restored = _parse(f"{text[:stop]}.{text[stop:]}")
    if restored is None or getattr(restored.reference, "place", None) is None:
        return parsed
    return without_stop(restored, stop)


def _lined_block(text: str) -> PublishedParse | None:
    """A block one field a line: ``The Foreign Affairs Reader\nBy Hamilton Fish Armstrong\n
    Harper (for the Council on Foreign Relations), 1947, 492 pp``, where only the line break
    tells where the author's name ends; a Google Books page's ``Title\nFront Cover\nPenguin
    Books, 2013 - 629 pages``."""
    start, end = trim(text, 0, len(text), " \t\n")
    draft = Draft(text=text)
    if start >= end or not (
        lined_heading(draft, start, end) or google_books_block(draft, start, end)
    ):
        return None
    return finish(draft, None, (start, end))


def _review(text: str) -> PublishedParse | None:
    """``В.А. Сомов Новая книга о политике и идеологии СССР в 1939-1941 гг. Рец.: Советская
    политика и пропаганда 1939-1941 гг.: Документы, факты, версии. М.: Квадрига, 2022. 184 с.``:
    a review, another work than the one it reviews, read without the reviewed work (after
    ``Рец.:``, ``[Рец. на кн.: …]``, GOST 7.1's ``– Рец. на кн.: …`` after the review's pages,
    ``Review of: …``), which is kept whole as ``extra["reviewed"]``; ``None`` when the text
    names no reviewed work after its own, or its own part is not read."""
    if not any(word in text for word in REVIEW_WORDS):
        return None
    mark = REVIEW_MARK_PATTERN.search(text)
    if mark is None:
        return None
    reviewed_start = mark.end()
    if mark["open"]:
        close = text.find("]", reviewed_start)
        if close < 0:
            return None
        reviewed_end, cut_end = close, close + 1
    else:  # "… Рец.: Book. М., 2022 // Journal. 2023. № 1.": the journal is the review's
        container = text.find(" // ", reviewed_start)
        reviewed_end = cut_end = container if container >= 0 else len(text)
    reviewed = trim(text, reviewed_start, reviewed_end, " \t.,;–—")
    cut_start = trim(text, 0, mark.start(), " \t–—")[1]
    if reviewed[0] >= reviewed[1] or not any(char.isalpha() for char in text[:cut_start]):
        return None
    changed = text[:cut_start] + text[cut_end:]
    where = [*range(cut_start), *range(cut_end, len(text) + 1)]
    parsed = mapped_back(text, parse_published(changed) or _bare(changed, review=True), where)
    if parsed is None:
        return None
    reference = parsed.reference
    extra = {**reference.extra, "reviewed": text[slice(*reviewed)]}
    spans = tuple(
        sorted(
            (*parsed.spans, Span(field="reviewed", start=reviewed[0], end=reviewed[1])),
            key=lambda span: (span.start, span.end),
        )
    )
    return replace(parsed, reference=reference.model_copy(update={"extra": extra}), spans=spans)


def _bare(text: str, *, review: bool = False) -> PublishedParse | None:
    """A heading of people and title alone (see :mod:`bare_headings`), read when no other
    reader reads the text."""
    return _heading(text, partial(bare_heading, review=review))


def _heading(text: str, reader: Callable[[Draft, int, int], bool]) -> PublishedParse | None:
    """The whole text, its label aside, as one heading ``reader`` reads: people and title alone
    (bare_headings), a Russian author given name first (given_first_headings), an English
    ``Title by Author (Publisher, $price)`` (priced_headings)."""
    label, start = strip_label(text)
    start, end = trim(text, start, len(text), " \t\n")
    draft = Draft(text=text)
    if start >= end or not reader(draft, start, end):
        return None
    return finish(draft, label, (start, end))


def _unslipped(text: str) -> PublishedParse | None:
    """``Merle Goldman , Literary Dissent in Communist China, Cambridge: Harvard University
    Press, 1967,P.179 - 180。``: an English note as a Chinese journal types it, read without a
    space before its commas and colons, with its page as ``, p. 179`` and a full stop for the
    full-width one; ``None`` unless the copy reads with a place or publisher. Spans on the text
    as printed."""
    if "P." not in text and " ," not in text and " :" not in text:
        return None
    unspaced, where = edited(text, SPACE_BEFORE_MARK_PATTERN.finditer(text))
    pages = CAPITAL_PAGE_PATTERN.finditer(unspaced)
    paged, inner = replaced(unspaced, ((page.start(), page.end(), ", p. ") for page in pages))
    changed, mapped = paged.replace("。", "."), [where[index] for index in inner]
    if changed == text:
        return None
    parsed = mapped_back(text, _parse(changed) or _translator_first(changed), mapped)
    reference = None if parsed is None else parsed.reference
    if getattr(reference, "publisher", None) is None and getattr(reference, "place", None) is None:
        return None
    return parsed


def _translator_first(text: str) -> PublishedParse | None:
    """``Yoshihiro Ishikawa, translated by Joshua A. Fogel, The Formation of the Chinese
    Communist Party, New York: Columbia University Press, 2013``: a note naming the translator
    between the author and the title, read without that clause, its people then the
    translators; ``None`` for a text without one, or one not read with an author so."""
    label_end = strip_label(text)[1]
    found = TRANSLATOR_BEFORE_TITLE_PATTERN.match(text, label_end)
    if found is None:
        return None
    names = [
        given_first_name(name.strip(), text) for name in NAMES_JOIN_PATTERN.split(found["names"])
    ]
    if not names or not all(names):
        return None
    cut = found.end("author")
    changed, where = replaced(text, [(cut, found.end() - 2, "")])
    parsed = _parse_mapped(text, changed, where)
    if parsed is None or not parsed.reference.authors:
        return None
    reference = parsed.reference
    translators = tuple(name for name in names if name is not None)
    if getattr(reference, "translators", None) is None:
        return None  # a kind of reference with no translators
    span = Span(field="translators", start=found.start("names"), end=found.end("names"))
    return replace(
        parsed,
        reference=reference.model_copy(update={"translators": translators}),
        spans=tuple(sorted((*parsed.spans, span), key=lambda item: (item.start, item.end))),
    )


def _place_unknown(parsed: PublishedParse) -> bool:
    """A place read that names no known city: ``Аванта+`` of ``… / Сост. С.Т.Исмаилова.-М .:
    Аванта+,1996`` read as typed, the publisher taken for the place."""
    place = getattr(parsed.reference, "place", None)
    return place is not None and place.original not in CITIES


def glued_imprint(text: str) -> int | None:
    """Where the full stop before an imprint run on to the text before it was lost
    (``Kato Shuichi. A History of Japanese Literature Tokyo, 1979.``, ``… Глускиной М. 1972.``:
    a known place, then its year, closing the entry); ``None`` when there is none."""
    pos = 0
    while (match := GLUED_IMPRINT_PATTERN.search(text, pos)) is not None:
        place = match["place"]
        if place in PLACES or place.rstrip(".") in CITIES:
            return match.start()
        pos = match.start() + 1
    return None


def _single_spaced(text: str) -> PublishedParse | None:
    """``Chu-yuan Cheng, Economic Relations between Peking and Moscow, 1949–63, New  York:
    Praeger, 1964, p.  63.``: a copy of a justified print, its spaces doubled, read with one
    space between words (not in CJK text, whose fields a catalogue's line may part by spaces);
    spans on the text as printed."""
    changed, where = edited(text, DOUBLED_SPACES_PATTERN.finditer(text), "space")
    return mapped_back(text, parse_published(changed), where)


def _without_sic(text: str) -> PublishedParse | None:
    """``V. Kaminskii and I. Vereshchagin, Detsvo [sic] i yunost’ vozhdya, p. 48.``: the text
    read without the editor's "[sic]", which would cut the title at it; spans on the text as
    printed."""
    changed, where = edited(text, SIC_PATTERN.finditer(text))
    return mapped_back(text, parse_published(changed), where)


def _without_uniform_title(text: str, uniform: re.Match[str]) -> PublishedParse | None:
    """``Polian, P. M. [Ne po svoyey vole. English] Against their will : … / by Pavel Polian.``:
    a library record's uniform title (the original's title and the language of the
    translation) after its main entry, read apart from the title it precedes and kept as
    ``extra["uniform_title"]``; spans on the text as printed."""
    changed, where = edited(text, [uniform])
    parsed = mapped_back(text, parse_published(changed), where)
    if parsed is None:
        return None
    reference = parsed.reference
    extra = {**reference.extra, "uniform_title": uniform["uniform"]}
    span = Span(field="uniform_title", start=uniform.start("uniform"), end=uniform.end("uniform"))
    return replace(
        parsed,
        reference=reference.model_copy(update={"extra": extra}),
        spans=tuple(sorted((*parsed.spans, span), key=lambda item: (item.start, item.end))),
    )


def _without_italic_tags(text: str) -> PublishedParse | None:
    """``Chang Chung-li,<i>The Chinese Gentry, …</i>, Seattle, University of Washington Press,
    1955, p.457.``: a note copied with its HTML italics, read without the tags; ``None`` unless
    a title read (the work's or its journal's) begins where an italic does, as the tags mark
    it. Spans on the text as printed."""
    tags = list(ITALIC_TAG_PATTERN.finditer(text))
    changed, where = edited(text, tags)
    parsed = mapped_back(text, parse_published(changed), where)
    italics = {tag.end() for tag in tags if tag["open"]}
    if parsed is None or not any(
        span.field in ("title", "container_title") and span.start in italics
        for span in parsed.spans
    ):
        return None
    return parsed


_STATED_ROLES = {None: "authors", "edited": "editors", "translated": "translators"}


def _stated_by(text: str) -> PublishedParse | None:
    """``Mao, Nathan K. Pa Chin / by Nathan K. Mao. Boston : Twayne Publishers, 1978. 170 p.``:
    a library record's statement of responsibility in English, read apart from the title it
    follows (with the record's ISBD spacing before colons and its physical description); its
    people are the work's authors (editors, translators) where the heading names none, and a
    record with no heading is read as if its first author opened it. ``None`` when the text has
    no such statement or is not read without it."""
    stated = STATED_BY_PATTERN.search(text)
    if stated is None:
        return None
    roles = [
        (role, _stated_names(text, role))
        for role in STATED_ROLE_PATTERN.finditer(text, *stated.span("area"))
    ]
    cuts = [stated, *ISBD_EXTENT_PATTERN.finditer(text, stated.end())]
    changed, where = inserted(*edited(text, cuts), stated.start(), ".")
    changed, where = _respaced_colons(changed, where)
    parsed = _parse_mapped(text, changed, where)
    first = next((names for role, names in roles if role["role"] is None and names), None)
    headed = False
    if (parsed is None or not parsed.reference.authors) and first and first[0].given:
        head = f"{first[0].family}, {first[0].given}. "
        at = stated.start("area")
        reread = _parse_mapped(text, head + changed, [at] * len(head) + where)
        headed = reread is not None
        parsed = reread or parsed
    if parsed is None:
        return None
    reference = parsed.reference
    spans = list(parsed.spans)
    if headed:  # the heading put in front: the statement's own people, where they are printed
        reference = reference.model_copy(update={"authors": ()})
        spans = [span for span in spans if span.field != "authors"]
    update: dict[str, tuple[Name, ...]] = {}
    for role, names in roles:
        field = _STATED_ROLES.get(role["role"])
        if field is None or not names or getattr(reference, field, None) or field in update:
            continue
        update[field] = tuple(names)
        spans.append(Span(field=field, start=role.start("names"), end=role.end("names")))
    if not update and not headed:
        return parsed
    return replace(parsed, reference=reference.model_copy(update=update), spans=tuple(spans))


def _slashed_by(text: str) -> PublishedParse | None:
    """``Family/Pa Chin. Introduction by Olga Lang. New York: Anchor Books, 1972.``: a library
    list's title and statement of responsibility with no "by" and no spaces around the slash,
    read as ``Family / by Pa Chin. …`` when the words after the slash are a Chinese name in
    pinyin or Wade-Giles; ``None`` otherwise (``Electronic Book Indexer/Browser.``)."""
    found = SLASHED_NAME_PATTERN.match(text, strip_label(text)[1])
    if found is None or not romanized_chinese_name(found["name"]):
        return None
    slash = found.end("title")
    changed, where = replaced(text, [(slash, slash + 1, " / by ")])
    return mapped_back(text, _stated_by(changed), where)


def _name_alias(text: str) -> PublishedParse | None:
    """``Lao Shaw (Lao She). Rickshaw Boy. New York: …``, ``Lang, O. (Olga) . Pa Chin …``: a
    heading name with its other spelling in brackets, read as that spelling (the pinyin, the
    given name written out); ``None`` for a text without one, or one with no author so read."""
    found = NAME_ALIAS_HEAD_PATTERN.match(text, strip_label(text)[1])
    if found is None:
        return None
    if bool(found["initials"]) == (" " in found["alias"]):
        return None  # an initial's alias is one given name; an older romanization's, two words
    cut = found.start("initials") if found["initials"] else found.start()
    alias_start, alias_end = found.span("alias")
    changed, where = replaced(text, [(cut, alias_start, ""), (alias_end, found.end(), ". ")])
    parsed = _parse_mapped(text, changed, where)
    return parsed if parsed is not None and parsed.reference.authors else None


def _other_name(text: str) -> PublishedParse | None:
    """``Ильин В. (Н.Ленин). Государство и революция: … Пг.: Жизнь и знание, 1918.``: a Russian
    heading's name with the author's other name in brackets (the book printed under both, "В.
    Ильин (Н. Ленин)"), both kept as its authors' names, either of which a citation may give;
    ``None`` for a text without one, or one with no two authors so read."""
    found = OTHER_NAME_HEAD_PATTERN.match(text, strip_label(text)[1])
    if found is None:
        return None
    family = found["family"] or found["family_first"]
    initials = (found["initials"] or found["initials_last"]).replace(" ", "")
    other = f", {family} {initials} "
    changed, where = replaced(text, [(found.end("name"), found.end(), other)])
    parsed = _parse_mapped(text, changed, where)
    return parsed if parsed is not None and len(parsed.reference.authors) == 2 else None


def _stated_names(text: str, role: re.Match[str]) -> list[Name]:
    """The people of one role of a statement of responsibility, given names first (a Chinese
    name in pinyin or Wade-Giles family name first: ``by Ba Jin``); none when any of them is
    no name."""
    names = [
        _chinese_name(name.strip()) or given_first_name(name.strip(), text)
        for name in NAMES_JOIN_PATTERN.split(role["names"])
        if name.strip()
    ]
    return [name for name in names if name is not None] if all(names) else []


def _chinese_name(name: str) -> Name | None:
    if not romanized_chinese_name(name):
        return None
    family, _, given = name.partition(" ")
    return Name(family=family, given=given)


def _respaced_colons(changed: str, where: list[int]) -> tuple[str, list[int]]:
    """``Boston : Twayne``: the space a library record prints before a colon, taken out of a
    changed copy whose characters ``where`` maps to the text as printed."""
    respaced, inner = edited(changed, ISBD_COLON_PATTERN.finditer(changed))
    return respaced, [where[index] for index in inner]


def _without_apa_slips(text: str) -> PublishedParse | None:
    """``Barkhuradov. L. (1975).Yazyk i perevod. …``: an APA head with a full stop for the
    comma after the family name or no space after the year, read as ``Barkhuradov, L. (1975).
    Yazyk …``; ``None`` for a head without these slips. Spans on the text as printed."""
    start = strip_label(text)[1]
    head = APA_SLIPS_HEAD_PATTERN.match(text, start)
    if head is None or not (head["stop"] or head["glued"] is not None):
        return None
    changed = list(text)
    where = list(range(len(text) + 1))
    if head["stop"]:
        changed[head.start("stop")] = ","
    if head["glued"] is not None:
        changed.insert(head.end(), " ")
        where.insert(head.end(), head.end())
    return _parse_mapped(text, "".join(changed), where)


def _respaced(text: str) -> PublishedParse | None:
    """``Маршал Г.К.Жуков. Воспоминания и размышления .-М .: Изд-во Агентства печати Новости
    ,1983``: a text not read as typed, read with each space put back after the mark it was
    typed before (``размышления. -М. : … Новости, 1983``), a space before a slash that opens
    a statement of responsibility (``1941-1945 / Под ред.``) and one after a comma or colon
    typed without it (``Irene Cheng,Clara Ho Tung:A Hong Kong Lady``); spans on the text as
    printed."""
    pieces: list[str] = []
    where: list[int] = []  # the index in ``text`` of each character of the respaced text
    last = 0
    for match in MISPLACED_SPACE_PATTERN.finditer(text):
        pieces.append(text[last : match.start()])
        where.extend(range(last, match.start()))
        if match["mark"]:
            pieces.append(f"{match['mark']} ")
            where.extend((match.start("mark"), match.start()))
        elif match["glued"]:
            pieces.append(". ")
            where.extend((match.start(), match.end()))
        elif match["tight"]:
            pieces.append(f"{match['tight']} ")
            where.extend((match.start(), match.end()))
        elif match["closed"]:
            pieces.append(". ")
            where.extend((match.start(), match.start()))
        elif match["opened"] is not None:
            pieces.append(" ")
            where.append(match.start())
        else:
            pieces.append(" / ")
            where.extend((match.start(), match.start("slash"), match.end() - 1))
        last = match.end()
    if not pieces:
        return None
    pieces.append(text[last:])
    where.extend(range(last, len(text) + 1))
    return _parse_mapped(text, "".join(pieces), where)


def _unglued_heading(text: str) -> PublishedParse | None:
    """``Елена ОсокинаЗа фасадом «сталинского изобилия»: …``: a reading site's heading whose
    author line (a listed given name and a family name) and title line a copy ran together, read
    with a full stop between them; ``YoshidaYutaka, Ajia Taiheiyō sensō …``: a Japanese name
    whose space was lost (both words listed names, family name first), read with it; spans on
    the text as printed."""
    start = strip_label(text)[1]
    romaji = GLUED_ROMAJI_NAME_PATTERN.match(text, start)
    if romaji is not None and japanese_family_first(romaji["family"], romaji["given"]):
        # "YoshidaYutaka, Ajia Taiheiyō sensō …": a Japanese name, its space lost
        stop, mark = romaji.start("given"), " "
    else:
        glued = GLUED_HEADING_PATTERN.match(text, start)
        if (
            glued is None
            or glued["given"] not in GIVEN_NAMES
            or not glued["family"].endswith(CYRILLIC_FAMILY_ENDINGS)
        ):
            return None
        stop, mark = glued.end(), ". "
    return _parse_mapped(text, *inserted(text, list(range(len(text) + 1)), stop, mark))


def _rejoined(text: str) -> PublishedParse | None:
    """``Meiji tenn ō ki , 8, p. 428.``: a word whose macron letter a copy set on a line of its
    own, read whole (``Meiji tennōki, 8, p. 428.``); spans on the text as printed."""
    if not any(match["letter"] for match in LONE_MACRON_PATTERN.finditer(text)):
        return None
    changed, where = edited(text, LONE_MACRON_PATTERN.finditer(text), "letter")
    return _parse_mapped(text, changed, where)


def _parse_mapped(text: str, changed: str, where: list[int]) -> PublishedParse | None:
    """``changed`` read, its spans put back on ``text`` through ``where`` (the index in ``text``
    of each character of ``changed``)."""
    return mapped_back(text, _parse(changed), where)


def _parse(text: str) -> PublishedParse | None:
    text = DOUBLED_SINGLE_QUOTES_PATTERN.sub(_double_quote, text)
    text = _curled_title(text)
    label, start = strip_label(text)
    draft = Draft(text=text)
    signal = SIGNAL_PATTERN.match(text, start)
    if signal is not None:  # "См.: Кувата Тадатика. Ёдогими. …": the note's lead, no field
        draft.spans.append(Span(field="signal", start=signal.start("signal"), end=signal.end()))
        start = signal.end()
    end = peel_trailers(draft, start, len(text))
    start, end = trim(text, start, end, " \t\n")
    end = _before_list_mark(text, start, end)
    if start >= end:
        return None
    body = text[start:end]
    if ARCHIVAL_LOCATOR_PATTERN.search(body):
        return None
    marker = GBT_MARKER_PATTERN.search(text, start, end)
    cyrillic = script_of(body) == "Cyrl"
    # "Y. Zhang, D. Holliday. “Unknown Mao” M.: …": a place right after the closing quote is
    # GOST's imprint, never a humanities title's (closed by a comma or a full stop)
    quoted_imprint = QUOTED_TITLE_IMPRINT_PATTERN.search(body) is not None
    humanities = not quoted_imprint and _quoted_title_head(text, start, end)
    if parse_wiki_cite(draft, start, end):  # "{{Cite book|title=…|author=…}}": named fields
        pass
    elif marker is not None:
        parse_gbt(draft, start, end, marker)
    elif parse_cjk_record(draft, start, end) or parse_apa_stops(draft, start, end):
        pass  # "书名: 《…》 作者:… 出版社:…"; "林國明（2003）。Title。台灣社會學，5，1–71。"
    elif _starts_cjk(body) and any(opener in body for opener in TITLE_OPENERS):
        parse_cjk(draft, start, end)
    elif (
        juan_note(draft, start, end)  # "Hsu, Chi-yü, Ying-huan chih-lueh (Gloss; 10 chüan, 1848)."
        or pure_entry(
            draft, start, end
        )  # "Title. / Family, Given. в: Journal, Том 9, № 1, 2021, …"
        or author_year_note(draft, start, end)  # "Bo Yibo 1993, p. 706."
        or family_stop_note(draft, start, end)  # "Holtom. The National Faith of Japan. P. 23."
        or newspaper_day(draft, start, end)
        or polish_entry(draft, start, end)
        or comma_list_entry(draft, start, end)  # "Gromyko M, Title, Palomnik, Moskva 2015"
        or review_heading(draft, start, end)
        or kirkus_heading(draft, start, end)
        or listed_book(draft, start, end)
        or german_review_header(draft, start, end)  # "A / B: Title. Place: Publ., 2014. 880 S."
        or german_entry(draft, start, end)
        or german_article(draft, start, end)  # "Name: Title. In: Journal 20 (1901/02), S. 68."
        or french_book(draft, start, end)  # "Nicolas Werth, Title, Paris, Gallimard, 1994, 662 p."
        or family_first_entry(draft, start, end)  # "HELLER M. Title, Calmann-Levy, Paris, 1985."
        or dashed_heading(draft, start, end)  # "Tamara KONDRATIEVA (dir.). – Title, Paris, …"
        or credited_title(draft, start, end)
        or parse_vancouver(draft, start, end)
        or parse_acs(draft, start, end)
    ):
        pass
    elif (
        "//" in body
        or LATIN_INFORMAL_HEAD_PATTERN.match(text, start, end)
        or (
            (cyrillic or ROMANIZED_GOST_PATTERN.search(body))
            and not (_apa_head(text, start, end) or humanities or _apa_title_year(text, start, end))
        )
    ):
        parse_gost(draft, start, end)
    elif parse_note(draft, start, end):
        pass
    elif humanities or _spelled_out(text, start, end) or not parse_romanized(draft, start, end):
        parse_latin(draft, start, end)
    parsed = finish(draft, label, (start, end))
    if parsed is None and _starts_cjk(body):  # "書名 著者 出版社(2009/07)": fields, no brackets
        fields = Draft(text=text)
        if parse_cjk_fields(fields, start, end):
            return finish(fields, label, (start, end))
    return parsed


def _double_quote(match: re.Match[str]) -> str:
    """``‘‘`` read as `` “`` and ``’’`` as ``” ``: one double quote, the text's length kept so that
    spans still hold for it."""
    return " “" if match.group() == "‘‘" else "” "


def _curled_title(text: str) -> str:
    """``'Creating Soviet Industry'`` read as ``‘Creating Soviet Industry’``: the first title
    between straight single quotes, after the names (no figure before it), curled so that the
    readers of quoted titles read it; the text's length kept, so that spans still hold for it."""
    found = STRAIGHT_QUOTED_TITLE_PATTERN.search(text)
    if found is None or any(char.isdigit() for char in text[: found.start()]):
        return text
    return f"{text[: found.start()]}‘{found['title']}’{text[found.end() :]}"


def _before_list_mark(text: str, start: int, end: int) -> int:
    """Where an entry ends before the mark a list puts after it (``『国史大辞典』(吉川弘文館)※``,
    ``… 1998.†``: recommended, held by the library), which would hide its imprint; a ``*``
    only when the entry does not open with one (``**bold**``) and closes no italics opened in it
    (``M. Abramowitz & I.A. Stegun (1964), _Handbook of Mathematical Functions_``)."""
    if start >= end:
        return end
    italics = text[start] == "*" or text.count("*", start, end) % 2 == 0
    marks = TRAILING_MARKS.replace("*", "") if italics else TRAILING_MARKS
    stop = trim(text, start, end, marks)[1]
    return trim(text, start, stop, " \t\n")[1] if stop > start else end


def _apa_head(text: str, start: int, end: int) -> bool:
    """``Абылкаликов, С. И., & Баймурзина, Г. Р. (2022). Title.``: an APA entry in Cyrillic,
    names with initials and then the year in brackets, which GOST never prints there; Harvard
    prints no full stop after the year (``Хлопонина , В. С. (2007) Title, Journal, 173, сс.
    243-245.``), read so when its close is a journal's volume and pages."""
    paren = YEAR_PAREN_PATTERN.search(text, start, min(end, start + 300))
    if paren is None or APA_NAMES_PATTERN.fullmatch(text, start, paren.start()) is None:
        return False
    if text.startswith(". ", paren.end()):
        return True
    comma = text.find(", ", paren.end(), end)
    while comma >= 0:
        if HARVARD_JOURNAL_TAIL_PATTERN.fullmatch(text, comma, trim(text, comma, end, " \t")[1]):
            return text.startswith(" ", paren.end())
        comma = text.find(", ", comma + 1, end)
    return False


def _apa_title_year(text: str, start: int, end: int) -> bool:
    """``Grammatika sovremennogo jakutskogo literaturnogo jazyka: [v 2 tomah]. (1982).
    Akad. nauk SSSR, ... - Moskva : Nauka``: a romanized record whose title is followed by the
    year in brackets, as APA prints an entry without author; read as APA, the GOST areas after
    it as its tail."""
    paren = YEAR_PAREN_PATTERN.search(text, start, min(end, start + 300))
    return (
        paren is not None
        and script_of(text[start : paren.start()]) == "Latn"
        and text[trim(text, start, paren.start(), " \t")[1] - 1 : paren.start()].startswith(".")
        and text.startswith(". ", paren.end())
    )


def _quoted_title_head(text: str, start: int, end: int) -> bool:
    """``Абылкаликов, С. И., Г. Р. Баймурзина, и Р. О. Баталов. «Title».``: MLA or Chicago, the
    first name inverted and the title in quotes (in Cyrillic, a form GOST never prints), read
    by the humanities reader rather than the romanized "References" one."""
    if INITIALS_FIRST_AUTHORS_PATTERN.match(text, start, end):
        return False  # "Ю. Чжан, Д. Холлидей. «Неизвестный Мао». М.: …": no name inverted
    head = find_head(text, start, end)
    comma = text.find(",", start, head.rest) if head is not None else -1
    edited = INFORMAL_HEAD_PATTERN.match(text, start, end)
    if edited is not None and edited["role"]:
        return False  # "Леонтьев А.И. (ред.), «Теория тепломассообмена», …": GOST's informal
    return head is not None and comma > start and text[head.rest] in QUOTES


def _spelled_out(text: str, start: int, end: int) -> bool:
    """A Chicago, MLA or Harvard head (``Bohac, Rodney D.``) that the romanized "References"
    reader would misread."""
    if text[start] == "“":  # an anonymous article: "“Title,” Journal 19, no. 3 (1906): 134–37."
        return True
    head = find_head(text, start, end)
    return head is not None and spelled_out(text, head)


def _starts_cjk(body: str) -> bool:
    initials = LATIN_INITIALS_KANA_PATTERN.match(body)  # "E・J・ディロン著『…』"
    if initials is not None:
        body = body[initials.end() :]
    first = next((char for char in body if char.isalpha() or char in TITLE_OPENERS), "")
    return first in TITLE_OPENERS or (bool(first) and is_cjk(first))
