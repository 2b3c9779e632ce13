"""Archival citations: the archive, the locator, and the title, date and type around them."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from archivecite.model import (
    ArchivalLocator,
    ArchivalReference,
    ArchiveRef,
    ChineseLocator,
    DocumentType,
    GenericLocator,
    JapaneseLocator,
    NaraLocator,
    Reference,
    RussianLocator,
    Span,
    Text,
    TnaLocator,
)
from archivecite.parse import patterns
from archivecite.parse.archive_names import romanized_archive_names
from archivecite.parse.dates import find_date
from archivecite.parse.legend import LegendHit, read_legend
from archivecite.parse.locators import LocatorHit, read_dotted, read_prefixed_code, read_russian
from archivecite.parse.locators_cjk import read_chinese, read_dated_files, read_japanese
from archivecite.parse.locators_english import (
    read_generic,
    read_nara,
    read_tna,
    without_level_numbers,
)
from archivecite.parse.patterns_cjk import (
    CJK_TITLE_PATTERN,
    CODE_LABEL_PATTERN,
    EXHIBIT_LABEL_PATTERN,
    JAPANESE_ARCHIVE_NUMBER_PATTERN,
)
from archivecite.parse.patterns_english import NARA_LOT_LABEL_PATTERN, NARA_RECORD_GROUP_PATTERN
from archivecite.parse.tables import data_table
from archivecite.parse.text import language_of, script_language, strip_separators
from archivecite.parse.unregistered import (
    leading_abbreviation,
    opening_collection,
    unregistered_archive,
    unregistered_institution,
)
from archivecite.registry import ArchiveMatch, default_registry, fold_latin_marks, locator_terms
from archivecite.translit import unmix_homoglyphs

__all__ = [
    "ArchivalParse",
    "ArchiveHit",
    "continuing_archival",
    "find_archives",
    "generic_archival",
    "parse_archival",
    "parse_locator",
    "unregistered_generic",
]

_MFA_FILE = re.compile(r"\d{3}-\d{5}-\d{2}(?:\(\d+\))?")


@dataclass(frozen=True, slots=True)
class ArchiveHit:
    match: ArchiveMatch
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ArchivalParse:
    references: tuple[ArchivalReference, ...]
    spans: tuple[Span, ...]
    confidence: float


def find_archives(text: str) -> list[ArchiveHit]:
    hits = []
    folded, where = _folded(text)
    for found in patterns.archive_name_pattern().finditer(folded):
        match = _archive_named(found.group())
        if match is not None and not _inside_a_longer_name(folded, found):
            hits.append(ArchiveHit(match, where[found.start()], where[found.end() - 1] + 1))
    return _glossed(text, hits)


def _inside_a_longer_name(text: str, found: re.Match[str]) -> bool:
    """An English name of several words that a capitalised word continues names something else:
    "the Main Department of State Security of the NKVD" is no "Department of State"."""
    words = found.group().split()
    return (
        len(words) > 1
        and any(word.islower() for word in words)
        and found.group().isascii()
        and patterns.NAME_CONTINUES_PATTERN.match(text, found.end()) is not None
    )


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` as archive names are looked up in it, without LC's tie marks (``T͡SA FSB`` is
    ``TSA FSB``), Latin letters without their diacritics (``Mariĭ Ėl`` is ``Marii El``) and
    with a Cyrillic ``І`` inside a Latin word read as ``I`` (``RDASPІ``), and
    where each of its characters stands in ``text``."""
    text = fold_latin_marks(unmix_homoglyphs(text))  # same length: offsets hold
    where = [index for index, char in enumerate(text) if char not in _TIES]
    return "".join(text[index] for index in where), where


# The Library of Congress's tie over the two letters of one Cyrillic letter ("T͡SA" for ЦА), as
# U+0361 or as the half marks U+FE20/U+FE21.
_TIES = frozenset("\u0361\ufe20\ufe21")


def _glossed(text: str, hits: list[ArchiveHit]) -> list[ArchiveHit]:
    """An abbreviation several archives share takes the archive that the name spelled out in
    brackets right after it names: "ГАВО (State Archive of Vologda Oblast)" is Vologda's."""
    resolved = list(hits)
    for index, (hit, gloss) in enumerate(itertools.pairwise(hits)):
        if not patterns.GLOSS_OPENING_PATTERN.fullmatch(text, hit.end, gloss.start):
            continue
        candidates = _archives_named(text[hit.start : hit.end])
        chosen = next((m for m in candidates if m.archive.id == gloss.match.archive.id), None)
        if chosen is not None and chosen.archive.id != hit.match.archive.id:
            resolved[index] = ArchiveHit(chosen, hit.start, hit.end)
    return resolved


@lru_cache(maxsize=4096)
def _archive_named(name: str) -> ArchiveMatch | None:
    registry = default_registry()
    return registry.match(name) or registry.match(romanized_archive_names().get(name, name))


@lru_cache(maxsize=4096)
def _archives_named(name: str) -> tuple[ArchiveMatch, ...]:
    registry = default_registry()
    return tuple(
        registry.matches(name) or registry.matches(romanized_archive_names().get(name, name))
    )


_CJK_TYPE_WORDS = tuple(
    (word, DocumentType(kind))
    for word, kind in patterns.DOCUMENT_TYPE_WORDS.items()
    if not word.isascii() and len(word) <= 3
)


def _document_type(title: str) -> DocumentType | None:
    opening = patterns.DOCUMENT_TYPE_PATTERN.match(title)
    if opening is not None:
        return DocumentType(patterns.DOCUMENT_TYPE_WORDS[opening.group().casefold()])
    # CJK titles end with the type: 「…に関する件」報告, 《关于…的报告》
    for word, kind in _CJK_TYPE_WORDS:
        if title.endswith(word):
            return kind
    return None


def _locator_hits(
    text: str, archives: list[ArchiveHit], previous: ArchivalReference | None
) -> list[LocatorHit]:
    previous_locator = previous.locator if previous is not None else None
    inherited: dict[str, str] = {}
    if isinstance(previous_locator, RussianLocator):
        inherited = previous_locator.model_dump(exclude={"system", "folios"}, exclude_none=True)
    systems = {archive.match.archive.locator_system for archive in archives}
    lot_note = previous_locator is None and not systems
    if lot_note and NARA_LOT_LABEL_PATTERN.search(text):
        # "Moscow Embassy Files: Lot 53 F 11": a lot number, not a fond.
        hits = read_nara(text, anchor=None)
        if hits:
            return hits
    # "TNA, FO 371/54288, F 1234/12/10": Russian levels only where no other system is named.
    if inherited or not systems or "russian" in systems:
        hits = read_russian(text, inherited=inherited)
        if hits:
            return hits
    russian_anchors = [
        archive.end for archive in archives if archive.match.archive.locator_system == "russian"
    ]
    unknown = None if systems else leading_abbreviation(text)
    if unknown is not None and text[slice(*unknown)] not in _tna_departments():
        # "GASPI 558, 11, 816, 71": numbers after an archive the registry does not know, not a
        # TNA department's piece ("HS 9/1565/3").
        russian_anchors.append(unknown[1])
    japanese = "japanese" in systems
    hits = (
        read_dotted(text, anchors=russian_anchors)
        or (read_prefixed_code(text) if not systems else [])
        or read_japanese(text, japanese=japanese)
        or read_chinese(text, named="chinese" in systems)
        or (read_dated_files(text) if not systems else [])
    )
    if hits:
        return hits
    nara_anchor = next(
        (archive.end for archive in archives if archive.match.archive.locator_system == "nara"),
        None,
    )
    # "PA AA, AB 2/801": an archive with shelfmarks of its own is not read as TNA's.
    generic_only = "generic" in systems and not systems & {"tna", "nara"}
    hits = (
        []
        if generic_only
        else read_tna(text, departments=_tna_departments(), named="tna" in systems)
    )
    if hits:
        # "…FCO 7/2611…, BNA; Telegram…, NARA, RG59, CFPF": a US file may follow a British one.
        rest = hits[-1].end
        if NARA_RECORD_GROUP_PATTERN.search(text, rest) is not None:
            hits.extend(read_nara(text, anchor=max(rest, nara_anchor or rest)))
        return hits
    if isinstance(previous_locator, NaraLocator):
        nara_inherited = {"record_group": previous_locator.record_group or ""}
        ibid = patterns.IBID_ANYWHERE_PATTERN.search(text)
        anchor = nara_anchor or (ibid.end() if ibid else 0)
        return read_nara(text, anchor=anchor, inherited=nara_inherited)
    return read_nara(text, anchor=nara_anchor)


@cache
def _tna_departments() -> frozenset[str]:
    return frozenset(locator_terms("tna").levels["department"])


def _archive_for(
    text: str, hit: LocatorHit, archives: list[ArchiveHit], lower: int, upper: int
) -> ArchiveHit | None:
    """The archive a locator belongs to: the one that opens its segment, else the nearest before
    it, else the first after it. Names inside a bracketed translation do not count."""
    candidates = [
        archive for archive in archives if not _in_translation(text, archive.start, hit.start)
    ]
    before = [archive for archive in candidates if lower <= archive.start < hit.start]
    if before:
        opening = before[0]
        return opening if not strip_separators(text[lower : opening.start]) else before[-1]
    # "… д. 4255 (1863). ГАКК: ф. 353 …": a name that leads straight into the next locator
    # is that locator's.
    after = [
        archive
        for archive in candidates
        if hit.end <= archive.start < upper
        and (upper == len(text) or strip_separators(text[archive.end : upper]))
    ]
    return after[0] if after else None


def _in_translation(text: str, position: int, limit: int) -> bool:
    """Inside a bracketed translation that closes before the locator (``[State Archives ...]``)."""
    opened = text.rfind("[", 0, position) > text.rfind("]", 0, position)
    return opened and "]" in text[position:limit]


def _archive_ref(
    text: str, found: ArchiveHit | None, hit: LocatorHit, previous: ArchiveRef | None
) -> ArchiveRef | None:
    locator = hit.locator
    default = _default_archive(locator)
    if (
        found is not None
        and default is not None
        and found.match.archive.id != default.id
        and (found.match.archive.locator_system != locator.system)
    ):
        # "National Archives, FO 371/2767": the locator's own form names the archive.
        found = None
    if found is not None:
        archive_id = found.match.archive.id
        name = Text(original=text[found.start : found.end])
        if isinstance(locator, JapaneseLocator) and locator.reference_code:
            holder = locator.holding_archive if archive_id == "jacar" else archive_id
            return ArchiveRef(id=holder or archive_id, name=name, via="jacar")
        return ArchiveRef(id=archive_id, name=name)
    if isinstance(locator, JapaneseLocator) and locator.holding_archive is not None:
        return ArchiveRef(
            id=locator.holding_archive, via="jacar" if locator.reference_code else None
        )
    own = _named_by_reader(hit)
    if own is not None:  # "...; Shanghai, 28 July 1961, B242-1-1285": a file names its own
        return _unregistered_ref(text[slice(*own)], locator)
    return previous if previous is not None else default


def _by_way_of_jacar(
    archive: ArchiveRef | None, archives: list[ArchiveHit], lower: int, upper: int
) -> ArchiveRef | None:
    """A file of another archive whose note also names JACAR (``…外務省外交史料館藏,《外務省紀錄》,
    N-1-7-1-1_2_002;日本國立公文書館アジア歴史資料センター,レファレンスコード: B1208093100``,
    the code misprinted): read by way of JACAR even when its code could not be read."""
    if archive is None or archive.via is not None or archive.id in (None, "jacar"):
        return archive
    named = any(hit.match.archive.id == "jacar" for hit in archives if lower <= hit.start < upper)
    return archive.model_copy(update={"via": "jacar"}) if named else archive


def _unregistered_ref(name: str, locator: ArchivalLocator) -> ArchiveRef:
    """An archive the registry does not know, by its name; "NA, RG 330": an abbreviation made
    of the initials of the archive the locator's own form names is that archive's."""
    default = _default_archive(locator)
    if default is not None and default.id is not None and _initials_of(name, default.id):
        return ArchiveRef(id=default.id, name=Text(original=name))
    return ArchiveRef(name=Text(original=name))


@lru_cache(maxsize=64)
def _initials_of(abbreviation: str, archive_id: str) -> bool:
    """Whether ``abbreviation`` is the initials of the capitalized words a name of the archive
    opens with ("NA": "National Archives and Records Administration")."""
    archive = default_registry().get(archive_id)
    for names in archive.names.values():
        for name in names:
            leading = itertools.takewhile(lambda word: word[:1].isupper(), name.split())
            if "".join(word[0] for word in leading) == abbreviation:
                return True
    return False


def _default_archive(locator: object) -> ArchiveRef | None:
    """The archive a locator's own form names when the citation does not name one."""
    if isinstance(locator, TnaLocator):
        return ArchiveRef(id="tna")
    if isinstance(locator, NaraLocator):
        return ArchiveRef(id="nara")
    if isinstance(locator, ChineseLocator) and _MFA_FILE.fullmatch(locator.file_number or ""):
        return ArchiveRef(id="mfa-prc")
    if isinstance(locator, JapaneseLocator) and locator.call_number:
        number = JAPANESE_ARCHIVE_NUMBER_PATTERN.fullmatch(locator.call_number)
        if number is not None:
            holder = "mofa-da" if number["mofa"] else "nids" if number["nids"] else "naj"
            return ArchiveRef(id=holder)
    return None


@dataclass(frozen=True, slots=True)
class _Head:
    title: Text | None
    title_span: Span | None


# A title ending in a year or century abbreviated ("1937 г.", "1920-х гг.", "XIX в.")
_ABBREVIATED_END = re.compile(r"(?<=[\s\d])(?:гг?|вв?)$")


def _title(text: str, start: int, end: int, language: str | None) -> _Head:
    """The document title in ``text[start:end]``, with its bracketed translation."""
    label = EXHIBIT_LABEL_PATTERN.match(text, start, end)
    start = label.end() if label else start
    region = CODE_LABEL_PATTERN.sub("", text[start:end])
    translation = None
    brackets = list(patterns.BRACKETED_PATTERN.finditer(region))
    if brackets:
        last = brackets[-1]
        if not strip_separators(region[last.end() :]):
            translation = strip_separators(last["inner"])
            region = region[: last.start()]
    bracketed = next(
        (found for found in CJK_TITLE_PATTERN.finditer(region) if not _quoted_word(region, found)),
        None,
    )
    title = bracketed[bracketed.lastgroup or 0] if bracketed else strip_separators(region)
    while title.endswith(("(", "（", "[")):
        # "… Li Genyuan (JACAR B03050731500)": the bracket opens around the archive or code
        title = strip_separators(title[:-1])
    if not title or not any(char.isalpha() for char in title):
        return _Head(None, None)
    offset = text.find(title, start, end)
    if (
        _ABBREVIATED_END.search(title)
        and text[offset + len(title) : offset + len(title) + 1] == "."
    ):
        title += "."  # "5 марта 1937 г.": the abbreviation's full stop, not a separator
    lang = script_language(title, declared=language)
    return _Head(
        Text(original=title, lang=lang, translations={"en": translation} if translation else {}),
        Span(field="title", start=offset, end=offset + len(title)) if offset >= 0 else None,
    )


def _quoted_word(region: str, found: re.Match[str]) -> bool:
    """A foreign word that an official document's title quotes in katakana, between the title's
    own words ("…付「ハル」長官ノ回答ニ関スル…件", "日本国「アメリカ」合衆国…"), not the title."""
    before, after = region[found.start() - 1 : found.start()], region[found.end() : found.end() + 1]
    return bool(_KATAKANA_WORD.fullmatch(found.group()[1:-1])) and all(
        _CJK_WORD.fullmatch(char) for char in (before, after)
    )


_CJK_WORD = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_KATAKANA_WORD = re.compile(r"[\u30a0-\u30ff]+")


def _skip_archive_cluster(text: str, archives: list[ArchiveHit], start: int, limit: int) -> int:
    """After an archive named first, skip its spelled-out name and translation in brackets."""
    position = start
    for archive in archives:
        if archive.start >= position and not strip_separators(text[position : archive.start]):
            position = archive.end
    held = patterns.HELD_BY_PATTERN.match(text, position)  # "中国第二历史档案馆藏"
    position = held.end() if held else position
    while position < limit:
        rest = text[position:limit].lstrip(" .,:")
        opener = rest[:1]
        closer = {"(": ")", "[": "]", "（": "）"}.get(opener)
        if closer is None:
            break
        close = rest.find(closer)
        if close < 0:
            break
        inner = rest[1:close]
        if find_date(inner) is not None and len(inner) < 40:
            break
        position = limit - len(rest) + close + 1
    return position


def parse_locator(text: str, *, archive: str | None = None) -> ArchivalLocator | None:
    """The typed locator in a locator string such as a CSL ``archive_location``
    (``"F. 9401, op. 2, d. 582, l. 9-12"``, ``"Ref. C01003827600"``, ``"FO 371/46234"``).

    ``archive`` (a registry id or name) lets a bare series of numbers be read in that archive's
    system; ``None`` when nothing in ``text`` is a locator."""
    named = _archive_named(archive) if archive else None
    text = unmix_homoglyphs(text)
    hits = _locator_hits(text, find_archives(text), None)
    if hits:
        return hits[0].locator
    if named is not None and named.archive.locator_system == "russian":
        dotted = read_dotted(text, anchors=[0])
        return dotted[0].locator if dotted else None
    return None


def continuing_archival(text: str, previous: Reference | None) -> ArchivalParse | None:
    """An archival citation that may continue the one before it: "Д. 413. Л. 373–375" after a
    citation of the same opis has neither archive nor fond, and takes the levels it leaves out
    from ``previous`` when that is a file."""
    archival = parse_archival(text)
    if archival is None or not isinstance(previous, ArchivalReference):
        return archival
    first = archival.references[0]
    locator = first.locator
    if first.archive is None and isinstance(locator, RussianLocator) and locator.fond is None:
        return parse_archival(text, previous=previous) or archival
    return archival


def parse_archival(text: str, *, previous: ArchivalReference | None = None) -> ArchivalParse | None:
    """An archival citation, or ``None`` when ``text`` has no locator the readers know."""
    archives = find_archives(text)
    hits = _locator_hits(text, archives, previous)
    if not hits:
        return None
    language = _locator_language(_han_language(language_of(text), archives, hits), text, hits)
    first = hits[0]
    head_archives = [archive for archive in archives if archive.end <= first.start]
    if head_archives and not strip_separators(text[: head_archives[0].start]):
        title_start = _skip_archive_cluster(
            text, head_archives, head_archives[0].start, first.start
        )
        title_end = first.start
    else:
        title_start = 0
        title_end = head_archives[0].start if head_archives else first.start
    unregistered = (
        None
        if head_archives
        else _named_by_reader(first) or unregistered_archive(text, first.start)
    )
    if unregistered is not None:
        title_end = min(title_end, unregistered[0])
    head = _title(text, title_start, title_end, language)
    legends = _legends(text, hits, head.title_span)
    # not the year of the publication a legend names ("Опубл.: Известия ЦК КПСС. 1989. № 3.")
    date_hit = find_date(text, start=0, end=first.start) or find_date(
        text, start=first.end, end=_published_at(legends, len(text))
    )
    if date_hit is not None and head.title is not None and head.title.original.startswith("("):
        # "(1956). Spravka ...": the title begins after the parenthesized date.
        after_date = date_hit.end
        while after_date < title_end and text[after_date] in ") .,":
            after_date += 1
        head = _title(text, after_date, title_end, language)
    if head.title is None:
        head = _title_after_code(text, first, language) or head

    references: list[ArchivalReference] = []
    spans: list[Span] = []
    previous_archive = previous.archive if previous is not None else None
    lower = 0
    for index, (hit, legend) in enumerate(zip(hits, legends, strict=True)):
        upper = hits[index + 1].start if index + 1 < len(hits) else len(text)
        found = _archive_for(text, hit, archives, lower, upper)
        archive = _archive_ref(
            text, found, hit, previous_archive if index == 0 else references[-1].archive
        )
        archive = _by_way_of_jacar(archive, archives, lower, upper)
        if index == 0 and found is None and unregistered is not None:
            archive = _unregistered_ref(text[slice(*unregistered)], hit.locator)
            spans.append(Span(field="archive", start=unregistered[0], end=unregistered[1]))
        if found is not None:
            spans.append(Span(field="archive", start=found.start, end=found.end))
        spans.extend(hit.spans)
        spans.extend(legend.spans if legend is not None else ())
        title = head.title if index == 0 else None
        references.append(
            ArchivalReference(
                archive=archive,
                locator=hit.locator,
                # a level the reader could not place stays in the locator as printed
                locator_text=(
                    text[hit.start : max(hit.end, hit.unplaced_end)] if hit.unplaced_end else None
                ),
                title=title or (previous.title if previous is not None and index == 0 else None),
                date=date_hit.date if date_hit else None,
                language=language,
                document_type=_document_type(title.original) if title else None,
                document_number=_document_number(title.original) if title else None,
                classification=_classification(title.original) if title else None,
                legend=legend.legend if legend is not None else None,
            )
        )
        lower = hit.end
    date_span = Span(field="date", start=date_hit.start, end=date_hit.end) if date_hit else None
    spans.extend(span for span in (head.title_span, date_span) if span is not None)
    return ArchivalParse(tuple(references), tuple(spans), _confidence(references))


def _title_after_code(text: str, first: LocatorHit, language: str | None) -> _Head | None:
    """The title a JACAR citation with none before its code gives after it: 「件名」 (JACAR's own
    form), a quoted one in English (``Ref. C13032504800, "Shiberia yokuryūsha no jōkyō"``), or
    else the volume's title that names the item alone (``Ref.C12070491000、海軍公報（部内限）號外
    昭和十八年九月十一日發令（防衛省防衛研究所）``)."""
    if CJK_TITLE_PATTERN.search(text, first.end):
        return _title(text, first.end, len(text), language)
    if not isinstance(first.locator, JapaneseLocator):
        return None
    quoted = patterns.QUOTED_TITLE_PATTERN.search(text, first.end)
    if quoted is not None:
        return _title(text, *quoted.span("title"), language)
    if first.locator.reference_code and first.locator.volume_title:
        named = next(span for span in first.spans if span.field == "volume_title")
        return _title(text, named.start, named.end, language)
    return None


def _legends(text: str, hits: list[LocatorHit], title: Span | None) -> list[LegendHit | None]:
    """The legend after each Russian locator ("… Л. 9. Подлинник. Машинопись."); the last
    locator's runs to the end of the note. Not where the title follows the locator."""
    legends: list[LegendHit | None] = []
    for index, hit in enumerate(hits):
        start = max(hit.end, hit.unplaced_end or 0)
        upper = hits[index + 1].start if index + 1 < len(hits) else len(text)
        titled = title is not None and title.start >= start
        read = isinstance(hit.locator, RussianLocator) and not titled
        legends.append(read_legend(text, start, upper, to_end=upper == len(text)) if read else None)
    return legends


def _published_at(legends: list[LegendHit | None], end: int) -> int:
    """Where the publication the last legend names begins, else ``end``."""
    last = legends[-1] if legends else None
    spans = [span for span in last.spans if span.field == "published_in"] if last else []
    return spans[0].start if spans else end


def _named_by_reader(hit: LocatorHit) -> tuple[int, int] | None:
    """Where the reader of ``hit`` found the name of its archive, if it reports one (the place
    of a Chinese provincial archive's file: "Gansu, 1 Nov. 1961, 91-9-215")."""
    named = next((span for span in hit.spans if span.field == "archive"), None)
    return (named.start, named.end) if named is not None else None


@cache
def _locator_word_languages() -> dict[str, str]:
    table = data_table("archive_words.toml")["locator_languages"]
    return {word: language for language, words in table.items() for word in words}


def _locator_language(language: str | None, text: str, hits: list[LocatorHit]) -> str | None:
    """A Cyrillic note read as Russian by its letters is Belarusian or Ukrainian when its
    locator's words are (``Воп.``, ``адв.``; ``спр.``, ``арк.``)."""
    if language != "ru" or not any(isinstance(hit.locator, RussianLocator) for hit in hits):
        return language
    words = _locator_word_languages()
    # the locators' own words (and a verso mark right after them), not the title's
    region = text[hits[0].start : hits[-1].end + 8]
    found = {words.get(word.casefold()) for word in patterns.NAME_WORD_PATTERN.findall(region)}
    return "be" if "be" in found else "uk" if "uk" in found else language


def _han_language(
    language: str | None, archives: list[ArchiveHit], hits: list[LocatorHit]
) -> str | None:
    """Kanji without kana read as Chinese; in a Japanese archive's file ("防衛省防衛研究所
    「陸軍省大日記」", a JACAR code) they are Japanese."""
    if language != "zh":
        return language
    japanese_archive = any(archive.match.archive.country == "jp" for archive in archives)
    if japanese_archive or any(isinstance(hit.locator, JapaneseLocator) for hit in hits):
        return "ja"
    return language


def generic_archival(text: str, archives: list[ArchiveHit]) -> ArchivalParse | None:
    """A citation that names an archive but gives no locator of a known system: the title
    around the name, and collection / box / folder when the text gives them."""
    if not archives:
        return None
    found = archives[0]
    language = _han_language(language_of(text), archives, [])
    before = strip_separators(text[: found.start])
    # Box/folder notes are an English-language archive's; elsewhere the rest is the title.
    system = found.match.archive.locator_system
    # "IOR/L/PJ/6/792": an abbreviation that opens a slashed shelfmark is part of it.
    anchor = found.start if text.startswith("/", found.end) else found.end
    closing = patterns.BRACKET_CLOSE_PATTERN.match(text, anchor)
    if closing is not None and text[found.start - 1 : found.start] in ("(", "["):
        # "Russian Subject Collection (HIA), box 13": the locator follows the bracket
        anchor = closing.end()
    hits = read_generic(text, anchor=anchor) if system in ("generic", "nara", "tna") else []
    locators = [hit.locator for hit in hits] or [GenericLocator()]
    after = (hits[0].end if hits else found.end, len(text))
    # "원문 소장: 일본 국립공문서관 「公文類聚…」": a bracketed title after the name is the title.
    bracketed_after = CJK_TITLE_PATTERN.search(text, found.end) is not None
    title_region = (0, found.start) if before and not bracketed_after else after
    head = _title(text, *title_region, language)
    date_hit = find_date(without_level_numbers(text)) if hits else find_date(text)
    archive = ArchiveRef(
        id=found.match.archive.id, name=Text(original=text[found.start : found.end])
    )
    references = tuple(
        ArchivalReference(
            archive=archive,
            locator=locator,
            title=head.title if index == 0 else None,
            date=date_hit.date if date_hit else None,
            language=language,
        )
        for index, locator in enumerate(locators)
    )
    spans = [Span(field="archive", start=found.start, end=found.end)]
    if head.title_span is not None:
        spans.append(head.title_span)
    return ArchivalParse(references, tuple(spans), 0.6 if hits else 0.4)


def unregistered_generic(text: str) -> ArchivalParse | None:
    """A note whose institution the registry does not know but whose boxes and folders show it
    is archival: "Ford Library, National Security Adviser, …, Box 12". The archive keeps the
    name as written and no id."""
    box = patterns.BOX_LABEL_PATTERN.search(text)
    if box is None:
        return None
    name = unregistered_institution(text, box.start())
    collection = None if name is not None else opening_collection(text, box.start())
    named = name or collection
    if named is None:
        return None
    hits = read_generic(text, anchor=named[1])
    if not hits:
        return None
    archive = ArchiveRef(name=Text(original=text[slice(*name)])) if name is not None else None
    date_hit = find_date(without_level_numbers(text), start=named[1])
    locators = [hit.locator for hit in hits]
    if collection is not None:
        # "Nicolaevsky’s collection, box 392, folder 4": a collection the note named earlier,
        # its archive left out.
        locators = [
            locator.model_copy(update={"collection": text[slice(*collection)]})
            if isinstance(locator, GenericLocator) and locator.collection is None
            else locator
            for locator in locators
        ]
    references = tuple(
        ArchivalReference(
            archive=archive,
            locator=locator,
            date=date_hit.date if date_hit else None,
            language=language_of(text),
        )
        for locator in locators
    )
    field = "archive" if name is not None else "collection"
    return ArchivalParse(references, (Span(field=field, start=named[0], end=named[1]),), 0.5)


def _document_number(title: str) -> str | None:
    match = patterns.DOCUMENT_NUMBER_PATTERN.search(title)
    return match["number"] if match else None


def _classification(title: str) -> str | None:
    match = patterns.DOCUMENT_NUMBER_PATTERN.search(title)
    return match["classification"] if match and match["classification"] else None


def _confidence(references: list[ArchivalReference]) -> float:
    reference = references[0]
    score = 0.6
    if reference.archive is not None and reference.archive.id is not None:
        score += 0.2
    if reference.title is not None:
        score += 0.1
    locator = reference.locator
    if (isinstance(locator, RussianLocator) and locator.fond and locator.delo) or not isinstance(
        locator, RussianLocator
    ):
        score += 0.1
    if reference.locator_text is not None:  # a level left unread
        score -= 0.1
    return min(score, 1.0)
