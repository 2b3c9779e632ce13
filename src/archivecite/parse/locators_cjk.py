"""Japanese and Chinese archival locators: JACAR reference codes and the holding archives' call
numbers; 全宗 / 目录 / 案卷 levels and file numbers."""

from __future__ import annotations

import re

from archivecite.model import (
    JACAR_ARCHIVES,
    ChineseLocator,
    JapaneseLocator,
    Span,
)
from archivecite.model.locator import canonical_number
from archivecite.parse import patterns
from archivecite.parse.dates import kanji_number
from archivecite.parse.locators import LocatorHit
from archivecite.parse.patterns_cjk import (
    CHINESE_BOOK_JUAN_PATTERN,
    CHINESE_FILE_PATTERN,
    CHINESE_LEVEL_PATTERN,
    CHINESE_NAMED_FILE_PATTERN,
    CHINESE_PAGES_PATTERN,
    CHINESE_TRAILING_PAGES_PATTERN,
    DATED_FILE_MORE_PATTERN,
    DATED_FILE_PATTERN,
    DATED_FILE_PLACE_PART_PATTERN,
    DATED_FILE_PLACE_PATTERN,
    DATED_FILE_TITLED_PATTERN,
    IMAGES_PATTERN,
    JACAR_CAPTION_PATTERN,
    JACAR_CODE_PATTERN,
    JACAR_CODE_SLIP_PATTERN,
    JACAR_IMAGE_PATTERN,
    JACAR_TAIL_PATTERN,
    JAPANESE_ARCHIVE_NUMBER_PATTERN,
    JAPANESE_CALL_NUMBER_PATTERN,
    JAPANESE_PAGES_PATTERN,
    JAPANESE_RECORD_SERIES_PATTERN,
    LETTERED_MOFA_NUMBER_PATTERN,
    MOFA_VOLUME_PATTERN,
    TRAILING_BRACKET_PATTERN,
    VOLUME_IMAGES_PATTERN,
)
from archivecite.registry import default_registry, locator_terms

__all__ = ["read_chinese", "read_dated_files", "read_japanese"]


# ---------------------------------------------------------------- Japanese


def _japanese_call_number(text: str, *, japanese: bool) -> re.Match[str] | None:
    labelled = JAPANESE_CALL_NUMBER_PATTERN.search(text)
    if labelled is not None or not japanese:
        return labelled
    return JAPANESE_ARCHIVE_NUMBER_PATTERN.search(text)


def read_japanese(text: str, *, japanese: bool) -> list[LocatorHit]:
    """JACAR reference codes and the holding archives' call numbers, with the images of the item
    a citation names as its pages; unlabelled call numbers only when the text is ``japanese``
    (names a Japanese archive or the Foreign Ministry's records, or has kana). With neither, a
    volume cited by its title and images (``(『…日誌 其三』143画像右)``) or JACAR's English
    caption of an image."""
    hits: list[LocatorHit] = []
    # A code is often printed twice, as text and inside its link: one document.
    seen: dict[str, re.Match[str]] = {}
    for code in JACAR_CODE_PATTERN.finditer(text):
        if code["code"][0] in JACAR_ARCHIVES:
            seen.setdefault(code["code"], code)
    codes = list(seen.values())
    # "日本《外務省紀錄》,N-1-7-1-1_2_002": the Foreign Ministry's records named, not its archive
    series = JAPANESE_RECORD_SERIES_PATTERN.search(text) is not None
    lettered = LETTERED_MOFA_NUMBER_PATTERN.search(text) is not None
    call = _japanese_call_number(
        text, japanese=japanese or bool(codes) or series or lettered or _has_kana(text)
    )
    group = (call.lastindex or 0) if call else 0
    call_number = call.group(group) if call else None
    if call is not None and call_number and call.groupdict().get("mofa") and "_" not in call_number:
        call_number += _mofa_volume(text, call.end())
    call_span = (
        [Span(field="call_number", start=call.start(group), end=call.end(group))] if call else []
    )
    single = len(codes) == 1
    for code in codes:
        spans = [Span(field="reference_code", start=code.start("code"), end=code.end("code"))]
        image = JACAR_IMAGE_PATTERN.match(text, code.end()) if single else None
        after = image.end() if image is not None else code.end()
        # "資料1:B02030721500 3 昭和16年11月4日から…(7画像左〜8画像)": images further on,
        # after the item's title, when they do not follow the code.
        images = (image.start(), image.end(), image) if image else None
        if images is None and single:
            images = _images_elsewhere(text, code)
        limit = images[0] if images is not None and images[0] > after else len(text)
        volume = _jacar_volume_title(text, after, limit) if single else None
        if volume is not None:
            spans.append(Span(field="volume_title", start=volume[0], end=volume[1]))
        page = JAPANESE_PAGES_PATTERN.match(text, after) if single else None
        pages = None
        if page is not None:
            pages = _pages(page)
            spans.append(Span(field="pages", start=page.start("start"), end=page.end()))
        elif images is not None:
            pages = _image_pages(images[2])
            spans.append(Span(field="pages", start=images[0], end=images[1]))
        locator = JapaneseLocator(
            reference_code=code["code"],
            call_number=call_number,
            volume_title=text[volume[0] : volume[1]] if volume else None,
            pages=pages,
        )
        hits.append(LocatorHit(locator, code.start(), code.end(), spans + call_span))
    if not hits and call is not None:
        locator = JapaneseLocator(call_number=call_number)
        hits.append(LocatorHit(locator, call.start(), call.end(), call_span))
    if not hits and (slip := JACAR_CODE_SLIP_PATTERN.search(text)) is not None:
        # not a code of JACAR's form, so not one to compare: the locator keeps it as printed
        start, end = slip.span("code")
        spans = [Span(field="locator_text", start=start, end=end)]
        hits.append(LocatorHit(JapaneseLocator(), start, end, spans, unplaced_end=end))
    if not hits and (volume_images := VOLUME_IMAGES_PATTERN.search(text)) is not None:
        spans = [
            Span(
                field="volume_title",
                start=volume_images.start("volume"),
                end=volume_images.end("volume"),
            ),
            Span(
                field="pages", start=volume_images.start("images"), end=volume_images.end("images")
            ),
        ]
        locator = JapaneseLocator(
            volume_title=volume_images["volume"].strip(), pages=_image_pages(volume_images)
        )
        hits.append(LocatorHit(locator, volume_images.start(), volume_images.end(), spans))
    if not hits and (caption := JACAR_CAPTION_PATTERN.match(text)) is not None:
        spans = [Span(field="pages", start=caption.start("images"), end=caption.end("images"))]
        locator = JapaneseLocator(pages=_image_pages(caption))
        hits.append(LocatorHit(locator, caption.start("bracket"), caption.end(), spans))
    return hits


def _jacar_volume_title(text: str, position: int, limit: int) -> tuple[int, int] | None:
    """Where the volume (簿冊) title after a JACAR code is, in JACAR's own citation form
    ``Ref.A01000012800、太政類典・第二編・明治四年~明治十年 第八十五巻(国立公文書館)``: the text
    after the code's comma, without the holding archive and call number in brackets at its end.
    An item title there, 「bracketed」 or "quoted", makes the rest ambiguous: it gives nothing."""
    tail = JACAR_TAIL_PATTERN.match(text, position, limit)
    if tail is None:
        return None
    start, end = tail.start("tail"), tail.end("tail")
    while (bracket := TRAILING_BRACKET_PATTERN.search(text, start, end)) is not None:
        inner = bracket["inner"].strip()
        known = default_registry().match(inner) is not None
        if not (known or JAPANESE_ARCHIVE_NUMBER_PATTERN.fullmatch(inner)):
            break
        end = bracket.start()
    while end > start and text[end - 1] in " 　、,，。.":
        end -= 1
    title = text[start:end]
    if any(mark in title for mark in '「『"“') or not any(char.isalpha() for char in title):
        return None
    return start, end


def _pages(found: re.Match[str]) -> str:
    return found["start"] + (f"-{found['end']}" if found["end"] else "")


def _images_elsewhere(text: str, code: re.Match[str]) -> tuple[int, int, re.Match[str]] | None:
    """The images a citation names away from its code, after it or else before it, and where
    they stand with the brackets around them."""
    found = IMAGES_PATTERN.search(text, code.end()) or IMAGES_PATTERN.search(text, 0, code.start())
    if found is None:
        return None
    start, end = found.span()
    if start > 0 and end < len(text) and text[start - 1] in "（(" and text[end] in "）)":
        start, end = start - 1, end + 1
    return start, end, found


def _image_pages(found: re.Match[str]) -> str:
    """The images a citation names as pages: ``3`` for 第3画像目, ``3l-11r`` for
    3画像左〜11画像右 (the left and right pages of an image, as a folio's recto and verso),
    ``34`` for "the 34th image"."""
    groups = found.groupdict()
    if groups.get("en_ordinal"):
        return groups["en_ordinal"]
    if groups.get("en_start"):
        return groups["en_start"] + (f"-{groups['en_end']}" if groups.get("en_end") else "")
    start_side, end_side = groups["start_side"], groups["end_side"]
    if not groups["end"]:  # one image: its side is printed last ("3画像右")
        return groups["start"] + _SIDES.get(start_side or end_side or "", "")
    start = groups["start"] + _SIDES.get(start_side or "", "")
    return f"{start}-{groups['end']}{_SIDES.get(end_side or '', '')}"


_SIDES = {"右": "r", "左": "l"}


def _mofa_volume(text: str, position: int) -> str:
    """The volume printed after a Diplomatic Archives file number as the archive writes it in
    the number itself (``A.1.1.0.21, vol. 3`` → ``_003``), or ``""``."""
    volume = MOFA_VOLUME_PATTERN.match(text, position)
    if volume is None:
        return ""
    return f"_{kanji_number(volume['volume'] or volume['kanji_volume']):03d}"


def _has_kana(text: str) -> bool:
    return patterns.KANA_PATTERN.search(text) is not None


# ---------------------------------------------------------------- Chinese

_CHINESE_LABELS = {
    word: level for level, words in locator_terms("chinese").levels.items() for word in words
}


def read_chinese(text: str, *, named: bool = False) -> list[LocatorHit]:
    """File numbers (``105-00011-01``), 全宗/目录/案卷/件 levels and pages; English labels
    ("File No. 593/870") only when the citation ``named`` a Chinese archive, nor a book's juan
    (``《清史列传》,卷59,页23b``: 卷 right after a title in 《》) unless it did."""
    values: dict[str, str] = {}
    spans: list[Span] = []
    bounds = [len(text), 0]

    def keep(name: str, value: str, start: int, end: int, label_start: int | None = None) -> None:
        values[name] = value
        spans.append(Span(field=name, start=start, end=end))
        bounds[:] = [
            min(bounds[0], start if label_start is None else label_start),
            max(bounds[1], end),
        ]

    book_juans = {juan.start("juan") for juan in CHINESE_BOOK_JUAN_PATTERN.finditer(text)}
    for level in CHINESE_LEVEL_PATTERN.finditer(text):
        name = _CHINESE_LABELS.get(level["label"])
        if (level["label"].isascii() or level.start() in book_juans) and not named:
            continue
        # "全宗号一": a numbered label may take a Chinese numeral ("卷一" is a book's juan)
        numeral = level["numeral"]
        value = str(kanji_number(numeral)) if numeral else level["value"].rstrip(".")
        if name is not None and name != "file_number" and value.count("-") >= 2:
            name = "file_number"  # 案卷号:18-10-415 is the whole number, not one level
        if name is not None and name not in values:
            group = "numeral" if numeral else "value"
            start, end = level.span(group)
            keep(name, canonical_number(value), start, end, level.start())
    if "file_number" not in values:
        number = CHINESE_FILE_PATTERN.search(text)
        if number is None and named and not values:
            number = CHINESE_NAMED_FILE_PATTERN.search(text)
        if number is not None:
            keep("file_number", number.group().strip(), number.start(), number.end())
            trailing = CHINESE_TRAILING_PAGES_PATTERN.match(text, number.end())
            if trailing is not None:
                value = trailing["start"] + (f"-{trailing['end']}" if trailing["end"] else "")
                keep("pages", value, trailing.start("start"), trailing.end())
    if not values:
        return []
    pages = CHINESE_PAGES_PATTERN.search(text)
    if pages is not None and "pages" not in values:
        value = pages["start"] + (f"-{pages['end']}" if pages["end"] else "")
        keep("pages", value, pages.start(), pages.end())
    if set(values) == {"pages"}:
        return []
    return [LocatorHit(ChineseLocator(**values), bounds[0], bounds[1], spans)]


def read_dated_files(text: str) -> list[LocatorHit]:
    """Chinese files cited in English by place, date, file number and pages ("Gansu, 1 Nov.
    1961, 91-9-215, p. 72"), the note's further files after semicolons; none unless the first
    opens the note."""
    first = DATED_FILE_PATTERN.match(text)
    if first is not None:
        hits = [_dated_file(first, first.span("place"))]
    elif (titled := DATED_FILE_TITLED_PATTERN.match(text)) is not None:
        first = titled
        hits = [_dated_file(titled, _head_place(text, titled))]
    else:
        return []
    for more in DATED_FILE_MORE_PATTERN.finditer(text, first.end()):
        between = text[hits[-1].end : more.start()]
        if ";" not in between:
            continue
        part = hits[-1].end + between.rindex(";") + 1
        place = DATED_FILE_PLACE_PATTERN.match(text, part, more.start())
        hits.append(_dated_file(more, place.span("place") if place else None))
    return hits


def _head_place(text: str, found: re.Match[str]) -> tuple[int, int] | None:
    """The last part of the note's head that is a place alone ("Report on infringements against
    minority policy, Sichuan, 24 July 1952": Sichuan), the province whose archive holds the file."""
    place = None
    start = found.start("head")
    for part in text[start : found.end("head")].split(", "):
        if DATED_FILE_PLACE_PART_PATTERN.fullmatch(part):
            place = (start, start + len(part))
        start += len(part) + 2
    return place


def _dated_file(found: re.Match[str], place: tuple[int, int] | None) -> LocatorHit:
    """One file; the place that names its archive, when its part of the note names one, is
    reported as the archive's span."""
    pages = patterns.DASH_PATTERN.sub("-", found["pages"]).replace(" and ", ", ")
    spans = [
        Span(field="file_number", start=found.start("code"), end=found.end("code")),
        Span(field="pages", start=found.start("pages"), end=found.end("pages")),
    ]
    if place is not None:
        spans.insert(0, Span(field="archive", start=place[0], end=place[1]))
    locator = ChineseLocator(file_number=found["code"], pages=pages)
    return LocatorHit(locator, found.start("code"), found.end(), spans)
