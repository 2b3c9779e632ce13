"""Hypothesis strategies for citation-like text and model objects."""

from __future__ import annotations

from hypothesis import strategies as st

from archivecite.model import (
    ArchivalReference,
    ArchiveRef,
    DateRange,
    Folio,
    FolioRange,
    Name,
    PartialDate,
    RussianLocator,
    Text,
)

CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯіїєґ"
KANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんァアイウエオカキクケコッー"
HANZI = "档案馆外交部全宗目录案卷件号第页年月日関東軍陸軍省防衛研究所"
PUNCTUATION = " .,;:-–—/()[]«»“”‘’《》『』「」№\u00a0\u3000\n"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

citation_alphabet = st.sampled_from(CYRILLIC + KANA + HANZI + PUNCTUATION + LATIN + "0123456789")
citation_text = st.text(alphabet=citation_alphabet, max_size=300) | st.text(max_size=300)

_word = st.text(alphabet=LATIN + CYRILLIC, min_size=1, max_size=12)
_number = st.integers(min_value=1, max_value=99999).map(str)

folio = st.builds(
    Folio,
    number=st.integers(min_value=1, max_value=999),
    verso=st.booleans(),
    suffix=st.sampled_from(["", "а", "b"]),
)
folio_range = st.builds(FolioRange, start=folio, end=st.none() | folio)
russian_locator = st.builds(
    RussianLocator,
    fond=st.none() | _number | _number.map(lambda number: f"R-{number}"),
    opis=st.none() | _number,
    delo=st.none() | _number,
    tom=st.none() | _number,
    folios=st.lists(folio_range, max_size=3).map(tuple),
)
partial_date = st.builds(
    PartialDate,
    year=st.integers(min_value=1700, max_value=2030),
    month=st.none() | st.integers(min_value=1, max_value=12),
).flatmap(
    lambda date: (
        st.just(date)
        if date.month is None
        else st.builds(
            PartialDate,
            year=st.just(date.year),
            month=st.just(date.month),
            day=st.none() | st.integers(min_value=1, max_value=28),
        )
    )
)
text_value = st.builds(
    Text,
    original=st.text(min_size=1, max_size=40),
    lang=st.sampled_from([None, "ru", "ru-Latn", "ja", "zh", "en"]),
    translations=st.dictionaries(st.sampled_from(["en", "ru"]), _word, max_size=1),
)
name = st.builds(Name, family=_word, given=st.none() | _word)
archival_reference = st.builds(
    ArchivalReference,
    archive=st.builds(ArchiveRef, id=st.sampled_from(["garf", "rgaspi", "tsamo", None])),
    locator=russian_locator,
    title=st.none() | text_value,
    authors=st.lists(name, max_size=2).map(tuple),
    date=st.none() | st.builds(DateRange, start=partial_date),
    extra=st.dictionaries(_word, st.text(max_size=10) | st.integers(), max_size=2),
)

# Reference-file round trips (tests/io): published works as well as archival documents.
from archivecite.model import (  # noqa: E402  (appended strategies keep the file's head intact)
    ArticleReference,
    Authenticity,
    BookReference,
    ChapterReference,
    Legend,
    Medium,
)

_plain = st.text(alphabet=LATIN + CYRILLIC + "0123456789 .,:-", min_size=1, max_size=20).filter(
    lambda value: value.strip() == value and value.strip()
)
# Names as reference files hold them: particles (``van``, ``de la``), suffixes, institutions.
file_name = st.builds(
    Name,
    family=_word | st.tuples(_word, _word).map(" ".join),
    given=st.none() | _word | st.tuples(_word, _word).map(" ".join),
    non_dropping_particle=st.none() | st.sampled_from(["van", "de la", "von", "De"]) | _word,
    dropping_particle=st.none() | st.sampled_from(["van", "d'"]),
    suffix=st.none() | st.sampled_from(["Jr.", "III", "Sr."]),
) | st.builds(Name, literal=_plain)
keywords = st.lists(_plain | _word, max_size=4).map(tuple)
abstract = st.none() | st.builds(
    Text, original=_plain | st.text(min_size=1, max_size=60), lang=st.sampled_from([None, "ru"])
)
published_reference = st.one_of(
    *(
        st.builds(
            kind,
            id=st.none() | _word,
            title=st.none() | text_value,
            authors=st.lists(file_name, max_size=3).map(tuple),
            editors=st.lists(name, max_size=2).map(tuple),
            date=st.none() | st.builds(DateRange, start=partial_date),
            container_title=st.none() | st.builds(Text, original=_plain),
            volume=st.none() | _number,
            pages=st.none() | _number,
            publisher=st.none() | st.builds(Text, original=_plain),
            place=st.none() | st.builds(Text, original=_plain),
            language=st.sampled_from([None, "ru", "en", "ja"]),
            note=st.none() | _plain,
            abstract=abstract,
            keywords=keywords,
        )
        for kind in (BookReference, ArticleReference, ChapterReference)
    )
)
# The legend after the locator: its text as printed and, or not, its typed reading.
legend = st.none() | st.builds(
    Legend,
    text=_plain,
    authenticity=st.none() | st.sampled_from(Authenticity),
    medium=st.none() | st.sampled_from(Medium),
    published_in=st.none() | _plain,
)
archival_file_reference = st.tuples(archival_reference, abstract, keywords, legend).map(
    lambda parts: parts[0].model_copy(
        update={"abstract": parts[1], "keywords": parts[2], "legend": parts[3]}
    )
)
file_reference = archival_file_reference | published_reference
