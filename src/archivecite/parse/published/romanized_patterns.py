"""Regular expressions of the romanized "References" reader, built once from the vocabulary in
``data/published_terms.toml`` (labels, thesis and patent words).

Every pattern is linear: alternations of fixed words, bounded repeats, no nested quantifiers
over overlapping classes.
"""

from __future__ import annotations

import re

from archivecite.parse.patterns import DASHES
from archivecite.parse.published.patterns import YEAR
from archivecite.parse.published.terms import (
    BOOK_LABELS,
    EDITED_BY_LABELS,
    EDITION_LABELS,
    EDITION_WORDS,
    EXTENT_LABELS,
    INITIAL_DIGRAPHS,
    ISBN_LABELS,
    ISSUE_LABELS,
    NAME_PARTICLES,
    PAGE_LABELS,
    PATENT_COUNTRIES,
    PATENT_WORDS,
    THESIS_DEGREES,
    THESIS_ROMANIZED_DEGREES,
    THESIS_WORDS,
    URL_LABELS,
    VOLUME_LABELS,
)


def _any(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_UPPER = "A-ZА-ЯЁÀ-ÖØ-ÞĀ-ŽŠČŽ"
_INITIAL = rf"(?:{_any(INITIAL_DIGRAPHS)}|[{_UPPER}])"  # "O", "Yu", "Kh"
_DASH = DASHES  # "pp. 201‒230", "pp. 243−245": a figure dash or a minus sign as typed
# a family name's lower-case particles: "van der Linden", "Carrere d'Encosse"
_PARTICLES = rf"(?:(?:{_any(sorted(NAME_PARTICLES))})\s){{1,3}}"


ROMAN_NAME_PATTERN = re.compile(
    rf"""
    (?P<family>(?:{_PARTICLES})?[{_UPPER}][^\W\d_]*   # "Kochnov", "D’yachenko", "Rimskij-Korsakov"
        (?:['’ʼ][^\W\d_]+|-[^\W\d_]+){{0,3}}['’ʼ]?    # ... "Popel’", "Arnol’dov"
        (?:\s(?:{_PARTICLES}(?:d['’])?|d['’])[{_UPPER}][^\W\d_]*)?)  # "Carrere d'Encosse"
    (?:(?:\s?,)?\s{{1,3}}|(?<=[a-zа-яё]))              # "Khaperskaya, A.V.", "KazanskyYu.A."
    (?P<initials>{_INITIAL}\.                          # "O.", "Yu.", "Kh."
        (?:\s?-?{_INITIAL}\.){{0,2}}                    # "O.Yu.", "B. Ya.", "X.-S."
        (?:\s?-?[{_UPPER}](?=[,;])                      # "Chernov M.E, Martynov P.N,"
          |\s[{_UPPER}]\n?\s?\.(?=\s))?)                  # "Hulsewe A. P. P\n.": a line break
    """,
    re.VERBOSE,
)


INITIALS_FIRST_NAME_PATTERN = re.compile(
    rf"""
    (?P<initials>{_INITIAL}\.                          # "V.S.Barashenkov", "A. Polanski"
        (?:\s?-?{_INITIAL}\.){{0,2}})
    \s?(?P<family>[{_UPPER}][^\W\d_]+(?:['’ʼ][^\W\d_]+|-[^\W\d_]+){{0,3}})
    (?=[,;.\s])
    """,
    re.VERBOSE,
)


NAME_SEPARATOR_PATTERN = re.compile(
    r"""
    \s{0,3}(?:[,;]|\s(?:and|&|i|и)\s)\s{0,3}           # ", ", "; ", " and "
    |\s{1,3}(?=\S)                                     # "Zakharova M.I. Tarasikov V.P."
    """,
    re.VERBOSE,
)


ET_AL_PATTERN = re.compile(
    r"""
    \s{0,3},?\s{0,3}(?:et\s?al|i\sdr|и\sдр)\.?         # "et al.", ", et al.", "i dr."
    """,
    re.VERBOSE,
)


YEAR_ITEM_PATTERN = re.compile(rf"(?P<year>{YEAR})[a-z]?(?:\s?г\.?)?")
# Springer's (LNCS) imprint, its year last in parentheses: "Zhonghua shuju, Beijing (1980)."
CLOSING_YEAR_PATTERN = re.compile(rf"\s\((?P<year>{YEAR})\)[\s.]*$")


VOLUME_ITEM_PATTERN = re.compile(
    rf"""
    (?:{_any(VOLUME_LABELS)})\.?\s?                     # "v. 118", "Vol. 4", "v.309", "T. VII"
    (?P<volume>[\dIVXLC][\w/{_DASH}]{{0,10}})
    (?:\s?\((?P<issue>[^()]{{1,12}})\))?               # "v. 4 (4)": volume 4, issue 4
    """,
    re.VERBOSE,
)


ISSUE_ITEM_PATTERN = re.compile(
    rf"""
    (?:{_any(ISSUE_LABELS)})\.?\s?                      # "no. 1", "no.14", "iss. 2 (90)"
    (?P<issue>\d[\w/{_DASH}]{{0,12}}(?:\s?\(\d[\w/{_DASH}]{{0,12}}\))?)
    """,
    re.VERBOSE,
)


# A volume with its own title, and the book of it: "vol. 69: Lev Tolstoy. Book. 1" before the pages
TITLED_VOLUME_ITEM_PATTERN = re.compile(
    rf"""
    (?:{_any(VOLUME_LABELS)})\.?\s?(?P<volume>\d{{1,4}}|[IVXLC]{{1,6}})\s?:\s
    (?P<volume_title>[^\W\d_][^,:;\[\]\d]{{0,80}}?)
    (?:\.\s(?:{_any(BOOK_LABELS)})\.?\s?(?P<book>\d{{1,2}}))?
    """,
    re.VERBOSE,
)


BOOK_ITEM_PATTERN = re.compile(
    rf"""
    (?:{_any(BOOK_LABELS)})\.?\s?(?P<book>\d{{1,2}})       # "book 1", "kn. 2": a book of the volume
    """,
    re.VERBOSE,
)


PAGES_ITEM_PATTERN = re.compile(
    rf"""
    (?:{_any(PAGE_LABELS)})\.?\s?                       # "pp. 110-147", "pp 693-697", "p. 40"
    (?P<pages>[A-Za-z]{{0,2}}\d+(?:\s?[{_DASH}]{{1,2}}\s?[A-Za-z]{{0,2}}\d+)?)
    """,
    re.VERBOSE,
)


EXTENT_ITEM_PATTERN = re.compile(
    rf"""
    (?P<extent>\d+(?:\s?\+\s?\d+)?)\s?(?:{_any(EXTENT_LABELS)})\.?    # "320 p.", "1232 p"
    """,
    re.VERBOSE,
)


BARE_ITEM_PATTERN = re.compile(
    rf"""
    (?P<volume>\d{{1,4}})                               # "27 (3)", "112", "5(2): 3-10"
    (?:\s?\((?P<issue>[^()]{{1,12}})\))?
    (?:\s?:\s?(?P<pages>\d+(?:\s?[{_DASH}]{{1,2}}\s?\d+)?))?
    """,
    re.VERBOSE,
)


ISBN_PATTERN = re.compile(
    rf"""
    (?P<label>{_any(ISBN_LABELS)})(?:-1[03])?:?\s?       # "ISBN 5-211-04843-1", "ISBN-10: …"
    (?P<value>[\dX][\dX{_DASH} ]{{8,20}}[\dX])
    (?:;\s?[\dX][\dX{_DASH}]{{8,20}}[\dX])?            # "ISBN: 1451654472; 9781451654479"
    """,
    re.VERBOSE,
)


THESIS_ROMAN_PATTERN = re.compile(
    rf"""
    (?:(?:Abstract\sof|Avtoref\.?)\s)?                   # "Abstract of Cand. Diss."
    (?:(?P<degree>(?:{_any(THESIS_DEGREES)})\.?          # "Cand.", "Dr. Sci.", "Magisterial"
        (?:\s?Sci\.?)?(?:\s?\([^()]{{1,40}}\))?\s?)      # "(Engineering)", "(Phys.-Math.)"
        (?:{_any(THESIS_WORDS)})\.?                      # "Diss.", "thesis", "dissertation"
    |(?:Diss|Dis)\.\s?(?P<after>(?:{_any(THESIS_ROMANIZED_DEGREES)})\.?  # "Diss. dokt. ... nauk"
        [^\[\];]{{0,40}}?nauk))
    """,
    re.VERBOSE,
)


PATENT_PATTERN = re.compile(
    rf"""
    (?:(?P<before>{_any(list(PATENT_COUNTRIES))})\s)?  # "RF Patent", "Патент РФ"
    (?:{_any(PATENT_WORDS)})
    (?:\s(?P<after>{_any(list(PATENT_COUNTRIES))}))?
    (?:\s(?:for\sInvention|na\sizobretenie|на\sизобретение))?
    [,.]?\s?(?:(?:{_any(ISSUE_LABELS)})\.?\s?)?
    (?P<number>\d[\d\s/]{{2,14}}\d)?
    """,
    re.VERBOSE,
)


URL_LABEL_PATTERN = re.compile(
    rf"""
    (?:{_any(URL_LABELS)})\s?\Z                          # "Available at:" before an address
    """,
    re.VERBOSE | re.IGNORECASE,
)


EDITION_PATTERN = re.compile(
    rf"""
    (?:{_any(EDITION_LABELS)})\s?(?P<edition>\d[^.]{{0,30}})  # "Ed. 7, stereo", "Изд. 15"
    |(?P<number>\d{{1,2}}(?:-?[^\W\d_]{{1,3}})?)       # "3-e изд.", "2nd ed."
    \s?(?:{_any(EDITION_WORDS)})\.
    (?P<rest>[^.]{{0,40}})
    """,
    re.VERBOSE,
)


EDITED_BY_ROMAN_PATTERN = re.compile(
    rf"""
    (?:{_any(EDITED_BY_LABELS)})\s                        # "Ed. by Prof. V.M. Poplavsky"
    """,
    re.VERBOSE,
)


# The count of volumes closing a transliterated title, before its translation: "Istoriya
# Dagestana. V 4 t. [History of Dagestan. In 4 vols]" (GOST's "В 4 т." romanized).
VOLUME_COUNT_ROMAN_PATTERN = re.compile(
    r"[.:]\s?[Vv]\s(?P<count>\d{1,3})(?:-kh)?\s(?:t\.?|tom(?:akh|ah|ax))(?=\s?(?:\[|\Z))"
)


# The count alone in brackets after a title, "[v 2 tomah]", "[в 3 т.]", "[in 2 vols.]": the
# number of volumes, not a translation of the title.
VOLUME_COUNT_BRACKET_PATTERN = re.compile(
    r"""
    \s?(?:[VvВв]|[Ii]n)\s?(?P<count>\d{1,3})(?:-?(?:kh|h|х))?\s?
    (?:t|т|tom(?:akh|ah|ax)|томах|vols?|volumes)\.?\s?
    """,
    re.VERBOSE,
)


# A statement of responsibility in brackets or after " / " in a romanized record, not a
# translation nor part of the title: "[otv. red. prof. L. N. Haritonov]", "/ E. I. Korkina; ..."
RESPONSIBILITY_OPENING_PATTERN = re.compile(
    r"""
    \[?(?:(?:otv|pod|sost|red|redkol|nauch|nauč|obshch|obshh|avt\.-sost|uporjad|uporyad)
          \.?:?\s
       |[A-Z][a-z]?\.\s?[A-Z][a-z]?\.\s[A-Z][a-z])               # "E. I. Korkina"
    """,
    re.VERBOSE,
)


# A volume and its own title closing a title or an imprint: "... yazyka. Tom 1: Fonetika i
# morfologiya", "Moskva : Nauka, T. 2: Sintaksis / [E. I. Ubrjatova ...]"
VOLUME_TITLE_PATTERN = re.compile(
    rf"""
    (?<=[.,]\s)(?:{_any(VOLUME_LABELS)}|Volume)\.?\s?
    (?P<volume>\d{{1,3}}|[IVXLC]{{1,6}})\s?:\s
    (?P<title>[^\W\d_][^/\[\]:;]{{0,200}}?)
    \s?(?:/\s[^\n]{{0,400}})?\Z                          # "/ [E. I. Ubrjatova ...]"
    """,
    re.VERBOSE,
)


# The same count closing the title's English translation: "History of Dagestan. In 4 vols".
VOLUME_COUNT_ENGLISH_PATTERN = re.compile(r"[.:,]?\s?[Ii]n\s\d{1,3}\s(?:vols?|volumes)\.?\Z")


ROMAN_NUMERAL_PATTERN = re.compile(r"[IVXLC]{1,6}|Part\s\w{1,6}|Ch\.\s?\w{1,6}")


DATE_WORDS_PATTERN = re.compile(
    rf"""
    (?:\d{{1,2}}[{_DASH}\s]{{0,3}}){{0,2}}[^\W\d_]{{3,10}}\.?      # "15-17 May", "May 2324",
    (?:[\s{_DASH}]{{1,3}}\d{{1,4}}){{0,3}}                          # "27 June -2 July"
    (?:\s?[{_DASH}]\s?\d{{1,2}}\s[^\W\d_]{{3,10}})?
    """,
    re.VERBOSE,
)


LANGUAGE_NOTE_PATTERN = re.compile(
    r"""
    \(\s?(?:in|на)\s[^\W\d_]{2,20}\.?(?:\s?яз\.?)?\s?\)    # "(in Russian)" out of place
    """,
    re.VERBOSE | re.IGNORECASE,
)


# The numbers of a title and of its gloss in brackets, which a gloss repeats
NUMBER_PATTERN = re.compile(r"\d+")


# The words of a romanized title, its apostrophes dropped ("Man'yōshū"): runs of letters.
LETTER_RUN_PATTERN = re.compile(r"[^\W\d_]+")

# An initial inside a title ("I. V. Stalin o Vneshnei Politike"), no word of its language.
INITIAL_PATTERN = re.compile(r"\b[A-Z]\.")

# The translator named inside the sentence of the imprint, between commas: "A Critical
# Introduction to Sociological Poetics, trans. Albert J. Wehrle, Baltimore and London: …, 1978".
TRANSLATOR_PHRASE_PATTERN = re.compile(
    r",\s(?:trans\.|tr\.|translated\sby)\s(?P<names>[A-Z][^,;:()\[\]\d]{2,80}?),\s(?=[A-Z])"
)

# The years a title spans, as its own sentence: "1931–1936 gg.", "1941–1945 гг." (a span of
# years with the word for years, which no issue's date carries), or bare ("1918–1939").
TITLE_SPAN_PATTERN = re.compile(
    r"(?:1[5-9]|20)\d\d\s?[–—-]\s?(?:(?:1[5-9]|20)\d\d|\d\d)"
    r"(?:\s?(?P<word>gg|гг|gody|годы)\b\.?|(?=\s*$))"
)


# A Western sinologist's reference to a Chinese work in Wade-Giles, its author's name inverted
# with a comma, the title, then in brackets an English gloss and, after a semicolon, the count
# of its juan (chüan) with the place and year of the edition, and what the note cites after the
# brackets (F. W. Drake, Modern Asian Studies 6.2, 1972: "Hsu, Chi-yü, Ying-huan chih-lueh (A
# short account of the maritime circuit; 10 chüan, Foochow, author's preface, 1848).", "Erh-hsun,
# Chao, comp., Ch'ing-shih kao (Draft history of the Ch'ing dynasty; 536 chüan, 1927), lieh-chuan
# #209, 2741/352.10."). The juan count is what marks the form.
_WADE_GILES_NAME = r"[A-Z][a-zü]{0,6}(?:['’ʻ][a-zü]{1,6})?(?:-[a-zü]{1,6}(?:['’ʻ][a-zü]{1,6})?)?"
JUAN_NOTE_PATTERN = re.compile(
    rf"""
    (?P<first>{_WADE_GILES_NAME}),\s(?P<second>{_WADE_GILES_NAME}),\s
    (?:(?P<role>comps?\.|eds?\.),\s)?
    (?P<title>[A-Z][^()\n]{{1,200}}?)\s?
    \((?P<gloss>[^;()\n]{{2,200}}?)\s?;\s?
    (?P<count>\d{{1,4}})\s(?:chüan|chuan|juan)
    (?P<imprint>[^()\n]{{0,120}})
    \)(?P<tail>[^()\n]{{0,120}})
    """,
    re.VERBOSE,
)
# One part of that imprint, parted by commas: the place ("Foochow", "Wu-t'ai"), a note on the
# edition ("author's preface"), the year last.
JUAN_IMPRINT_YEAR_PATTERN = re.compile(r",\s?(?P<year>1[5-9]\d\d|20\d\d)\s*\Z")
JUAN_IMPRINT_PLACE_PATTERN = re.compile(
    r",\s?(?P<place>[A-Z][A-Za-z'’ʻ-]{1,30}(?:\s[A-Z][a-z]{1,20})?)(?=,)"
)
