"""The authors of a GOST record: before the title, after it, in its statement of
responsibility, and the year an author-date style prints after them."""

from __future__ import annotations

from archivecite.model import (
    DateRange,
    Name,
    Span,
)
from archivecite.parse.patterns import DOCUMENT_TYPE_PATTERN
from archivecite.parse.published.chicago_patterns import HEPBURN_WORD_PATTERN
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.gost_areas import (
    around_imprint,
)
from archivecite.parse.published.gost_patterns import (
    AUTHOR_AFTER_TITLE_PATTERN,
    AUTHOR_MARK_PATTERN,
    BRACKETED_AUTHOR_PATTERN,
    GENITIVE_FAMILY_PATTERN,
    GIVEN_FIRST_AUTHOR_PATTERN,
    HEAD_AUTHOR_PATTERN,
    HEAD_EDITOR_ROLE_PATTERN,
    INITIAL_GIVEN_FAMILY_PATTERN,
    INITIALS_FAMILY_PATTERN,
    INITIALS_FIRST_AUTHOR_PATTERN,
    INITIALS_FIRST_AUTHORS_PATTERN,
    NAME_DASH_PATTERN,
    NEXT_AREA_PATTERN,
    SHARED_FAMILY_AUTHORS_PATTERN,
    SPELLED_AUTHOR_PATTERN,
    UNDOTTED_INITIALS_AUTHOR_PATTERN,
    YEAR_AFTER_AUTHORS_PATTERN,
)
from archivecite.parse.published.gost_roles import read_statement
from archivecite.parse.published.patterns import (
    GOST_FULL_AUTHOR_PATTERN,
    YEAR_PATTERN,
)
from archivecite.parse.published.romanized_items import english_score, spelled_name_at
from archivecite.parse.published.scanning import script_of, trim
from archivecite.parse.published.terms import (
    GIVEN_NAMES,
    PUBLIC_GIVEN_NAMES,
    RANK_WORDS,
    TITLE_INFO_WORDS,
)
from archivecite.translit import unmix_homoglyphs
from archivecite.translit.palladius import looks_like_palladius


def gost_authors(draft: Draft, start: int, end: int) -> int:
    text = draft.text
    start = _after_rank(draft, start, end)
    if DOCUMENT_TYPE_PATTERN.match(text, start, end):
        return start  # "Записка Л. П. Берии И. В. Сталину ... // Лубянка": a document's title
    for head in (_bracketed_author, _shared_family, _initial_given_head):
        after = head(draft, start, end)
        if after > start:
            return after
    full = GOST_FULL_AUTHOR_PATTERN.match(text, start, end)
    if full is not None:
        edited = full["role"] or full["paren_role"]
        (draft.editors if edited else draft.authors).append(
            Name(family=full["family"], given=full["given"])
        )
        field = "editors" if edited else "authors"
        draft.spans.append(Span(field=field, start=start, end=full.end("given")))
        return full.end()
    several = INITIALS_FIRST_AUTHORS_PATTERN.match(text, start, end)
    if several is not None:
        for printed in several["names"].split(","):
            name = INITIALS_FAMILY_PATTERN.fullmatch(printed.strip())
            if name is not None:
                draft.authors.append(Name(family=name["family"], given=name["initials"].strip()))
        draft.spans.append(Span(field="authors", start=start, end=several.end("names")))
        return several.end()
    first = INITIALS_FIRST_AUTHOR_PATTERN.match(
        text, start, end
    ) or UNDOTTED_INITIALS_AUTHOR_PATTERN.match(text, start, end)
    if first is not None and HEAD_AUTHOR_PATTERN.match(text, start, end) is None:
        draft.authors.append(
            Name(family=first["family"], given=_latin_initials(first["initials"], first["family"]))
        )
        draft.spans.append(Span(field="authors", start=start, end=first.end("family")))
        return first.end()
    spelled = _spelled_head(draft, start, end)
    if spelled > start:
        return spelled
    given = GIVEN_FIRST_AUTHOR_PATTERN.match(text, start, end)
    if given is not None and given["given"] not in GIVEN_NAMES:
        # "Акиба Ясутаро. О:кагами-но кэнкю:": no given name first, GOST's order, family first
        draft.authors.append(Name(family=given["given"], given=given["family"]))
        draft.spans.append(Span(field="authors", start=start, end=given.end("family")))
        return given.end()
    if given is not None:
        draft.authors.append(Name(family=given["family"], given=given["given"]))
        draft.spans.append(Span(field="authors", start=start, end=given.end("family")))
        return given.end()
    pos = start
    read: list[Name] = []
    while pos < end:
        match = HEAD_AUTHOR_PATTERN.match(text, pos, end)
        if match is None or (pos == start and match["family"].lower() in TITLE_INFO_WORDS):
            break  # "Письма И. В. Сталина В. М. Молотову": the kind of work, then the people
        read.append(Name(family=match["family"], given=match["initials"].strip()))
        draft.spans.append(Span(field="authors", start=match.start(), end=match.end()))
        pos = trim(text, match.end(), end, " \t,")[0]
        for others in ("и др.", "[и др.]", "та ін.", "[та ін.]"):
            if text.startswith(others, pos):
                pos = trim(text, pos + len(others), end, " \t,")[0]
        dash = NAME_DASH_PATTERN.match(text, pos - 1, end)
        if dash is not None and HEAD_AUTHOR_PATTERN.match(text, dash.end(), end) is not None:
            pos = dash.end()  # "Виноградов, В. В. – Истрина, Е. С. – …": the next name
    role = HEAD_EDITOR_ROLE_PATTERN.match(text, pos - 1, end) if read and pos > start else None
    if role is not None:  # "Шведова, Н. Ю. (ред.): Русская грамматика": the editors
        draft.editors.extend(read)
        for index, span in enumerate(draft.spans):
            if span.field == "authors" and span.start >= start:
                draft.spans[index] = Span(field="editors", start=span.start, end=span.end)
        return role.end()
    draft.authors.extend(read)
    return pos


def _initial_given_head(draft: Draft, start: int, end: int) -> int:
    """``E. Dale Sanders. Buddhism in Japan. Philadelphia, 1964, с. 91–100.`` (N. I. Konrad's
    notes): an English author, an initial and a known given name before the family name; where
    the title starts."""
    head = INITIAL_GIVEN_FAMILY_PATTERN.match(draft.text, start, end)
    if head is None or head["middle"] not in PUBLIC_GIVEN_NAMES:
        return start
    draft.authors.append(Name(family=head["family"], given=head["given"]))
    draft.spans.append(Span(field="authors", start=start, end=head.end("family")))
    return head.end()


def _shared_family(draft: Draft, start: int, end: int) -> int:
    """``P. Vorley, Ivan and Nobuko Morris. The Samurai. L., 1970``: names with initials first,
    then a couple, two given names (the first a known one) sharing the family name after them;
    returns where the title starts (``start`` for none)."""
    text = draft.text
    found = SHARED_FAMILY_AUTHORS_PATTERN.match(text, start, end)
    if found is None or found["first"] not in PUBLIC_GIVEN_NAMES:
        return start
    second = found["second"]
    if second not in PUBLIC_GIVEN_NAMES and not HEPBURN_WORD_PATTERN.fullmatch(second):
        return start
    for printed in found["names"].split(","):
        name = INITIALS_FAMILY_PATTERN.fullmatch(printed.strip())
        if name is None:
            return start
        draft.authors.append(Name(family=name["family"], given=name["initials"].strip()))
    draft.authors.extend(
        Name(family=found["family"], given=given) for given in (found["first"], second)
    )
    draft.spans.append(Span(field="authors", start=start, end=found.end("family")))
    return found.end()


def _latin_initials(initials: str, family: str) -> str:
    """``См.: G. В. Sansom. A History of Japan to 1334. L., 1958``: a Cyrillic look-alike that
    a Russian note typed among the Latin initials of a Latin name (``В`` for ``B``)."""
    initials = initials.strip()
    cyrillic = any("\u0400" <= char <= "\u04ff" for char in initials)
    latin = any(char.isascii() and char.isalpha() for char in initials)
    if not (cyrillic and latin) or script_of(family) != "Latn":
        return initials
    return unmix_homoglyphs(f"{initials} {family}")[: len(initials)]


def _spelled_head(draft: Draft, start: int, end: int) -> int:
    """One author spelled out before the title: GOST's ``Громов Евгений. Сталин: …``,
    ``Kotkin Stephen. Magnetic Mountain: …`` (a given name after the family name), or a foreign
    author (:func:`spelled_author`); returns where the title starts, ``start`` for none."""
    text = draft.text
    spelled, after = spelled_name_at(text, start, end)
    if spelled:
        draft.authors.append(spelled[0][0])
        draft.spans.append(Span(field="authors", start=spelled[0][1], end=spelled[0][2]))
        return after
    foreign = spelled_author(text, start, end)
    if foreign is None:
        return start
    name, name_end, after = foreign
    draft.authors.append(name)
    draft.spans.append(Span(field="authors", start=start, end=name_end))
    return after


def _bracketed_author(draft: Draft, start: int, end: int) -> int:
    """``[Е. М. Жуков.] Исторические корни японского милитаризма. — Японский милитаризм. М.,
    1972``: the author of an unsigned work, named by the note in square brackets; returns where
    the title starts (``start`` when there is no such name)."""
    text = draft.text
    bracketed = BRACKETED_AUTHOR_PATTERN.match(text, start, end)
    if bracketed is None:
        return start
    family = bracketed["family"] or bracketed["family_first"]
    initials = (bracketed["initials"] or bracketed["initials_after"]).strip()
    draft.authors.append(Name(family=family, given=initials))
    close = text.index("]", start, bracketed.end())
    draft.spans.append(Span(field="authors", start=start + 1, end=close))
    return bracketed.end()


def _after_rank(draft: Draft, start: int, end: int) -> int:
    """``Маршал Г.К.Жуков. Воспоминания и размышления``, ``Маршал Советского Союза Г. К.
    Жуков. …``: the rank printed before an author's initials is skipped (kept as a span)."""
    text = draft.text
    pos = start
    while pos < end:
        space = text.find(" ", pos, end)
        if space < 0 or text[pos:space] not in RANK_WORDS:
            break
        pos = space + 1
    if pos == start or INITIALS_FAMILY_PATTERN.match(text, pos, end) is None:
        return start
    draft.spans.append(Span(field="rank", start=start, end=pos - 1))
    return pos


def spelled_author(
    text: str, start: int, end: int, *, public: bool = False
) -> tuple[Name, int, int] | None:
    """A foreign author spelled out before the title of a Russian note or list, with where the
    name ends and the title starts: a Chinese name family first, its given name of syllables
    joined by a hyphen (``Wang Yi-t'ung. Official Relations between China and Japan``, in
    Palladius ``Дэн Чжи-чэн. Чжунхуа эр цянь нянь ши``); in Latin letters a name given name
    first, told by a known given name (``George Akita. Foundations of …``) or by two words of
    Hepburn syllables, none English (``Taro Sakamoto. Japanese History. Tokyo, 1975, с. 74.``:
    as the English title page prints it). ``None`` for other two words (``Japanese History.
    Tokyo, 1975``, ``Foreign Affairs. 1995``)."""
    match = SPELLED_AUTHOR_PATTERN.match(text, start, end)
    if match is None:
        return None
    first, second = match["first"], match["second"]
    latin = script_of(f"{first}{second}") == "Latn"
    # "Brian Crozier. The man who lost China": a public list's given name, where asked ("Tucker
    # Robert" is family name first, "Carter Th. F." an initial after it)
    listed = public and first in PUBLIC_GIVEN_NAMES and second not in GIVEN_NAMES

    if match["syllable"] and (latin or looks_like_palladius(f"{first} {second}")):
        name = Name(family=first, given=second)
    elif latin and (
        first in GIVEN_NAMES
        or (listed and len(second) > 2)
        or (
            all(HEPBURN_WORD_PATTERN.fullmatch(word) for word in (first, second))
            and english_score(f"{first} {second}") <= 0
        )
    ):
        name = Name(family=second, given=first)
    else:
        return None
    end_of_name = match.end("original") if match["original"] else match.end("second")
    return name, end_of_name, match.end()


def title_pieces(
    draft: Draft, start: int, end: int
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The sentences before and after the imprint, without an author named after the title."""
    pieces, after = around_imprint(draft, start, end)
    if not draft.authors and len(pieces) > 2 and _author_after_title(draft, start, pieces[1]):
        del pieces[1]
    return pieces, after


def _author_after_title(draft: Draft, pos: int, piece: tuple[int, int]) -> bool:
    """``А. Н. Пыпина`` as the sentence after the title: the author, named in the genitive, read
    in the nominative (a woman's ``Семеновой`` as ``Семенова``); not a compiler after ``/``
    (``… / Упоряд. В. М. Мордвінцев``)."""
    start, end = piece
    if "/" in draft.text[pos:start]:
        return False
    match = AUTHOR_AFTER_TITLE_PATTERN.fullmatch(draft.text, start, end)
    if match is None or any(
        char.isalpha() and script_of(char) != script_of(match["family"])
        for char in match["initials"]
    ):  # "Русская грамматика. Т. I. Фонетика": the volume "Т. I", no initials
        return False
    parts = match["family"].split("-")
    nominative = GENITIVE_FAMILY_PATTERN.sub(
        lambda ending: "а" if ending.group() == "ой" else "", parts[0]
    )
    family = "-".join([nominative, *parts[1:]])
    draft.authors.append(Name(family=family, given=match["initials"].strip()))
    draft.spans.append(Span(field="authors", start=start, end=end))
    return True


def cut_responsibility(draft: Draft, start: int, end: int, *, container: bool) -> int:
    """``Title / под ред. И.И. Иванова``: cut the statement of responsibility off a title and
    give its names their roles (``gost_roles``)."""
    text = draft.text
    slash = text.find(" / ", start, end)
    if slash < 0:
        return end
    area = NEXT_AREA_PATTERN.search(text, slash, end)
    statement_end = area.start() if area is not None else end  # "…; перевод … Л. Киселева. — 2-е"
    for role, names in read_statement(text, slash + 3, statement_end):
        if role == "editor":
            (draft.container_editors if container else draft.editors).extend(names)
        elif role == "translator":
            draft.translators.extend(names)
        elif not container:
            known = {(name.family or "").lower() for name in draft.authors}
            draft.authors.extend(n for n in names if (n.family or "").lower() not in known)
    draft.spans.append(Span(field="responsibility", start=slash + 3, end=end))
    return slash


def author_mark(draft: Draft, pos: int, end: int) -> int:
    """``Осокина Е. А. О 75 За фасадом «сталинского изобилия»: …``, ``Като Кюдзо. К29 Сибирь в
    сердце японца.``: the author mark a library card prints after the heading (the first letter
    of the author's family name and its number), kept as ``extra["author_mark"]``; returns
    where the title starts."""
    text = draft.text
    match = AUTHOR_MARK_PATTERN.match(text, trim(text, pos, end, " \t.")[0], end)
    family = draft.authors[0].family if draft.authors else None
    if match is None or not family or not family.startswith(match["letter"]):
        return pos
    draft.put_extra("author_mark", match["mark"], *match.span("mark"))
    return match.end()


def year_after_authors(draft: Draft, pos: int, end: int) -> int:
    """``Зализняк, А. А. 1977. Грамматический словарь ...``: the year after the authors, as the
    author-date styles print it, when no other year follows (``Рабинович А. 1917. Большевики
    приходят к власти. М., 1989``: a title), after a card's author mark (:func:`author_mark`);
    returns where the title starts."""
    text = draft.text
    pos = author_mark(draft, pos, end)
    match = YEAR_AFTER_AUTHORS_PATTERN.match(text, pos, end)
    if match is None or not draft.authors or draft.has("date"):
        return pos
    if YEAR_PATTERN.search(text, match.end(), end) is not None:
        return pos
    draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
    return match.end()
