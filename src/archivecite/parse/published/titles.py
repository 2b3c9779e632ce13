"""Titles, their bracketed translations, and plain text fields."""

from __future__ import annotations

import re

from archivecite.model import (
    Text,
)
from archivecite.parse.published.apa_patterns import JOURNAL_NUMBERS_AFTER_PATTERN
from archivecite.parse.published.chicago_patterns import (
    QUOTED_TITLE_VOLUME_PATTERN,
    STATE_ABBREVIATION_PATTERN,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.gost_roles import is_medium
from archivecite.parse.published.patterns import (
    LABELLED_PERIODICAL_PATTERN,
    TITLE_LANGUAGE_NOTE_PATTERN,
)
from archivecite.parse.published.romanized_patterns import (
    RESPONSIBILITY_OPENING_PATTERN,
    TITLE_SPAN_PATTERN,
    VOLUME_COUNT_BRACKET_PATTERN,
)
from archivecite.parse.published.scanning import (
    QUOTES,
    find_closing,
    script_of,
    split_sentences,
    strip_final_dot,
    text_lang,
    trim,
)
from archivecite.parse.published.terms import LANGUAGES, TITLE_PART_KEYS
from archivecite.translit import match_key


def _language_note(draft: Draft, start: int, end: int) -> int:
    """``Исследование списков цинской рукописи …, хранящихся в России (на кит. яз.)``: a note of
    the work's language closing its title (a Russian translation of a Chinese title) kept as
    ``extra["language_note"]``, the work's language code (the title's own stays its script's);
    where the title ends."""
    note = TITLE_LANGUAGE_NOTE_PATTERN.search(draft.text, start, end)
    language = LANGUAGES.get(note["word"].lower()) if note is not None else None
    if note is None or language is None or note.start() <= start:
        return end
    draft.put_extra("language_note", language, note.start() + 1, note.end())
    return note.start()


def put_text(draft: Draft, name: str, span: tuple[int, int], tr: str | None = None) -> None:
    start, end = span
    labelled = (
        LABELLED_PERIODICAL_PATTERN.fullmatch(draft.text, start, end)
        if name == "container_title"
        else None
    )
    if labelled is not None:  # 'Журнал «ЭКО»': the journal's name, its kind and quotes left out
        start, end = labelled.span("name")
    if name == "title":
        end = _language_note(draft, start, end)
    # a title broken over lines keeps one space for the break and the next line's indent
    value = " ".join(draft.text[start:end].split())
    if not value:
        return
    if tr is not None and is_medium(tr):  # "Title [Текст]": the material, not a translation
        opening = draft.text.find(tr, end)
        draft.put_extra("medium", tr.strip(), opening, opening + len(tr))
        tr = None
    count = VOLUME_COUNT_BRACKET_PATTERN.fullmatch(tr) if tr is not None else None
    if tr is not None and count is not None:  # "Title: [v 2 tomah]": how many volumes
        opening = draft.text.find(tr, end)
        if not draft.has("number_of_volumes"):
            draft.put("number_of_volumes", count["count"], opening, opening + len(tr))
        tr = None
    if tr is not None:  # "[Translations and Annotations of the  *Analects* ]": italics inside
        tr = " ".join(tr.replace("*", " ").split())
    if tr and script_of(value) == "Latn" and script_of(tr) in ("Kana", "Hani"):
        # "Shindō kara zokujin e [神童から俗人へ]": the bracket holds the original, not a
        # translation
        value, tr = f"{value} {tr}", None
    translations = {"en": tr} if tr else {}
    romanized = _ROMANIZED_THEN_ORIGINAL.fullmatch(value)
    if romanized is not None:  # "Shiberia yokuryūsha tachi no sengo シベリア抑留者たちの戦後"
        original = romanized["original"]
        latin = romanized["latin"].strip()
        if latin.startswith("<i>") and latin.endswith("</i>"):  # HTML italics around it
            latin = latin[3:-4].strip()
        lang = text_lang(original, draft.language, draft.text)
        scheme = _SCHEMES.get(lang or "", "unknown")
        if scheme == "hepburn" and any(mark in latin for mark in "âîûêô"):
            scheme = "kunrei"
        text = Text(
            original=original,
            lang=lang,
            romanized={scheme: latin},
            translations=translations,
        )
        draft.put(name, text, start, end)
        return
    lang = text_lang(value, draft.language, draft.text)
    draft.put(name, Text(original=value, lang=lang, translations=translations), start, end)


# A romanized title followed by the same title in its own script, as Japan and China scholars
# print them; the original has no Latin letters.
_ROMANIZED_THEN_ORIGINAL = re.compile(
    r"(?P<latin>[^\u3000-\u9fff\uff00-\uffef]*?[A-Za-zāīūēōâîûêô][^\u3000-\u9fff\uff00-\uffef]*?)"
    r"\s+(?P<original>[\u3000-\u9fff\uff00-\uffef][^A-Za-z]*)"
)
_SCHEMES = {"ja": "hepburn", "zh": "pinyin"}


def romanized_then_original(value: str) -> bool:
    """ "Zhou Enlai xuanji 周恩来选集": a romanized title and the title in its own script."""
    return _ROMANIZED_THEN_ORIGINAL.fullmatch(value) is not None


def put_plain_text(draft: Draft, name: str, start: int, end: int) -> None:
    start, end = trim(draft.text, start, end, " \t,;:")
    value = draft.text[start:end]
    if value:
        lang = text_lang(value, None, draft.text) if script_of(value) != "Latn" else None
        draft.put(name, Text(original=value, lang=lang), start, end)


def bracketed_translation(text: str, start: int, end: int) -> tuple[int, int, str | None]:
    """Split ``Title [Translation]`` into the title's end, the end read, and the translation."""
    opening = text.find("[", start, end)
    if opening < 0:
        return end, end, None
    closing = text.find("]", opening, end)
    if closing < 0:
        return end, end, None
    return opening, closing + 1, text[opening + 1 : closing]


def quote_ends_title(text: str, closing: int, end: int) -> bool:
    """A quoted title is the whole title when punctuation or its volume (``‘…’ Vol.3``) ends
    it, not a quoted word in it."""
    after = trim(text, closing + 1, end, " \t")[0]
    return (
        after >= end
        or text[after] in ".,:;"
        or QUOTED_TITLE_VOLUME_PATTERN.match(text, closing + 1, end) is not None
        or text[closing - 1] in ".,?!"
        or text[closing - 2 : closing] in (",’", ".’", ",'", ".'", ".*", ",*", ". ")  # "‘Tech,’”"
    )


def _gloss_after_quote(text: str, closing: int, end: int) -> tuple[int, int] | None:
    """``‘Zadankai: Hitotsu no kojinshi’ [A round-table discussion: a personal history], in …``:
    the English gloss in square brackets after a quoted romanized title (where its ``[`` and
    ``]`` are), punctuation or the end after it; ``None`` when none follows the quote."""
    opening = trim(text, closing + 1, end, " \t")[0]
    if not text.startswith("[", opening):
        return None
    bracket = text.find("]", opening, end)
    if bracket <= opening + 1 or "[" in text[opening + 1 : bracket]:
        return None
    after = trim(text, bracket + 1, end, " \t")[0]
    return (opening, bracket) if after >= end or text[after] in ".,:;" else None


def take_title(draft: Draft, start: int, end: int, *, brackets: bool) -> int:
    """Read the title at ``start``; return where the text after it begins."""
    text = draft.text
    start = trim(text, start, end, " \t.,")[0]
    if start >= end:
        return end
    opener = text[start]
    if opener in QUOTES:
        closing = find_closing(text, start, end, opener)
        gloss = _gloss_after_quote(text, closing, end) if closing > start else None
        if closing > start and (gloss is not None or quote_ends_title(text, closing, end)):
            inner_start, inner_end = start + 1, closing
            if text[inner_start] == "*" and text[inner_end - 1] == "*":  # "“*Bushidō ...*”"
                inner_start, inner_end = inner_start + 1, inner_end - 1
            inner_end, _, translation = bracketed_translation(text, inner_start, inner_end)
            if gloss is not None:
                translation = " ".join(text[gloss[0] + 1 : gloss[1]].split())
            put_text(
                draft,
                "title",
                (inner_start, strip_final_dot(text, inner_start, inner_end)),
                translation,
            )
            return closing + 1 if gloss is None else gloss[1] + 1
    if opener == "'":  # Harvard: "(1991) 'State and society under Stalin', Slavic Review"
        closing = _single_quote_end(text, start + 1, end)
        if closing > start + 1:
            put_text(draft, "title", (start + 1, strip_final_dot(text, start + 1, closing)))
            return closing + 1
    if opener in "*_":  # Markdown italics: "*Title*", "_Title_"
        closing = text.find(opener, start + 1, end)
        if closing > start + 1:
            read_end, translation = closing + 1, None
            after = trim(text, closing + 1, end, " \t")[0]
            if text.startswith("[", after):  # "*三階教之研究* [Studies on ...]": its translation
                _, read_end, translation = bracketed_translation(text, after, end)
                read_end = read_end if translation is not None else closing + 1
            title = (start + 1, strip_final_dot(text, start + 1, closing))
            put_text(draft, "title", title, translation)
            return read_end
    if brackets:
        title_end, after, translation = bracketed_translation(text, start, end)
        if (
            translation is not None
            and not RESPONSIBILITY_OPENING_PATTERN.match(translation)
            and not _journal_bracket(text, start, title_end, after, end)
            # "Cambridge [Mass.]: Harvard University Press": a place's state, in the imprint
            and not (
                STATE_ABBREVIATION_PATTERN.fullmatch(translation) and text.startswith(":", after)
            )
        ):
            put_text(draft, "title", (start, strip_final_dot(text, start, title_end)), translation)
            return after
    first = split_sentences(text, start, end)
    if not first:
        return end
    title_start, title_end = first[0]
    parts_end = _title_parts_end(text, first)
    if parts_end is not None:
        put_text(draft, "title", (title_start, strip_final_dot(text, title_start, parts_end)))
        return parts_end
    title_end, after, translation = bracketed_translation(text, title_start, title_end)
    put_text(
        draft, "title", (title_start, strip_final_dot(text, title_start, title_end)), translation
    )
    return max(after, first[0][1] + 1) if translation is None else after


def _title_parts_end(text: str, sentences: list[tuple[int, int]]) -> int | None:
    """Where a title of several sentences ends when its later sentences name the kind of work or
    the years it spans (``Stalin i Kaganovich. Perepiska. 1931–1936 gg., p. 51.``, ``Sovetskaia
    derevnia glazami VChK-OGPU-NKVD. 1918–1939. Dokumenty i materialy``): the end of the last
    such sentence, the sentences before it being the title's too, up to the first sentence with
    other numbers (a volume, an imprint); ``None`` when no later sentence is one."""
    spans = [TITLE_SPAN_PATTERN.match(text, start, end) for start, end in sentences]
    stop = next(
        (
            index
            for index, (start, end) in enumerate(sentences[1:], start=1)
            if spans[index] is None and any(char.isdigit() for char in text[start:end])
        ),
        len(sentences),
    )
    kinds = [match_key(text[start:end]) in TITLE_PART_KEYS for start, end in sentences[:stop]]
    found = None
    for index in range(1, stop):
        years = spans[index]
        if kinds[index]:
            found = sentences[index][1]
        elif years is not None and (years["word"] or any(kinds[1:])):
            found = years.end()  # a bare span of years only with the kind of work named
    return found


def _journal_bracket(text: str, start: int, opening: int, after: int, end: int) -> bool:
    """``Title? Natsional'nyy zhurnal [National Journal], (13)4, 18–30``: a bracket after the
    sentence that ends the title, its volume numbers after it, holds the journal's other name,
    not the title's translation."""
    return (
        JOURNAL_NUMBERS_AFTER_PATTERN.match(text, after, end) is not None
        and len(split_sentences(text, start, opening)) > 1
    )


def _single_quote_end(text: str, start: int, end: int) -> int:
    """The straight quote that closes a title: one followed by a comma, a dot or the end (an
    apostrophe inside a word is followed by a letter)."""
    index = text.find("'", start, end)
    while index >= 0:
        if index + 1 >= end or text[index + 1] in ",.;:":
            return index
        index = text.find("'", index + 1, end)
    return -1
