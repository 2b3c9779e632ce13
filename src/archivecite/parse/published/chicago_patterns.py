"""Regular expressions of the English humanities readers (Chicago notes and bibliography, MLA,
Harvard), compiled once.

Every pattern is linear: bounded repeats, no nested quantifiers over overlapping classes; the
patterns searched for at the end of a piece (``\\Z``) try each start once with bounded work.
"""

from __future__ import annotations

import re

from archivecite.parse.published.patterns import YEAR
from archivecite.parse.published.terms import (
    MLA_ISSUE_LABELS,
    MLA_PAGE_LABELS,
    MLA_VOLUME_LABELS,
    MLA_YEAR_WORDS,
)


def _any(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(word) for word in words)


_PAGE = r"[A-Za-z]{0,2}\d{1,6}(?:\s?[-‐–—]{1,2}\s?[A-Za-z]{0,2}\d{1,6})?"


PAREN_YEAR_PATTERN = re.compile(
    rf"""
    \((?P<when>[^()]{{0,30}}?)           # "(1991)", "(January 1911)", "(Mar., 1973)"
    (?P<year>{YEAR})(?:/(?:{YEAR}|\d\d))?[a-z]?\)   # "(Winter 1995/1996)": the first year
    """,
    re.VERBOSE,
)


# The full stop a note prints after a journal's name before its numbers ("Modern China. 21: 8
# (1995)"), closing a word written out, not an abbreviation's ("J. Asian Stud. 21", "Hist.")
JOURNAL_NAME_STOP_PATTERN = re.compile(r"(?<=[^\W\d_]{5})\.\Z")


VOLUME_BEFORE_PATTERN = re.compile(
    r"""
    (?:(?<![\w.])(?:[Vv]ol\.\s?)?                           # "Vol. 32"
      (?P<volume>\d{1,4}[A-Za-z]?)                          # "50", "16"
      (?:\s?:\s?(?P<colon_issue>\d{1,4}(?:[/–-]\d{1,4})?)   # "16:1"
        |\.(?P<dot_issue>\d{1,3})                           # "2.1": volume 2, number 1
        |,\s(?P<comma_issue>\d{1,3})                         # "1, 1 (2000)"
        |,?\s(?:[Nn]os?\.|[Nn]o)\s?(?P<issue>\d[\w/–-]{0,10}))?  # ", no. 1", ", No. 6/7"
    |(?<=[\s,])(?:[Nn]os?\.|[Nn]o)\s?(?P<only_issue>\d[\w/–-]{0,10})  # "Open Court, no. 10"
    |(?<=\s)(?P<double_issue>\d{1,3}[–-]\d{1,3}))            # "CWIHP Bulletin 6-7": a double issue
    [,\s]{0,3}\Z
    """,
    re.VERBOSE,
)


# A journal and its numbers after a quoted title in MLA: "Slavic Review, vol. 32, no. 1, Mar.
# 2020, pp. 59-78", "Новые исследования Тувы, вып. 2, июнь 2023 г., сс. 6-16"; the journal's name
# may hold dots ("Вестник Санкт-Петербургского университета. История, т. 68").
_YEAR_WORDS = _any(tuple(word.rstrip(".") for word in MLA_YEAR_WORDS))  # its dot may be trimmed
MLA_JOURNAL_PATTERN = re.compile(
    rf"""
    (?P<container>[^,]{{1,200}}?)\s?,\s                             # "Новые исследования Тувы\n,"
    (?:(?:{_any(MLA_VOLUME_LABELS)})\s?(?P<volume>\d{{1,4}}[A-Za-z]?),\s)?     # "т. 68, "
    (?:(?:{_any(MLA_ISSUE_LABELS)})\s?(?P<issue>\d[\w/–-]{{0,10}}),\s)?       # "вып. 1-2, "
    (?P<when>(?:\d{{1,2}}\s)?[^\W\d][^\W\d.]{{0,10}}\.?\s)?          # "апрель ", "Jan. "
    (?P<year>{YEAR})(?:\s?(?:{_YEAR_WORDS})\.?)?                           # "2023 г."
    (?:,\s(?:{_any(MLA_PAGE_LABELS)})\s?(?P<pages>{_PAGE}))?               # ", сс. 159-75"
    [.,\s]*
    """,
    re.VERBOSE,
)


# The journal of an ACS reference and its numbers, closing the reference: "Chem. Mater. 2005, 17,
# 2755-2768", "J. Am. Chem. Soc., 2007, 129, 15138-15139", "ВОСТОКОВЕДЕНИЕ 2021, 13, 187–196":
# after a sentence's end, the journal's abbreviated words or one word, then year, volume (issue)
# and pages after commas. Searched from the left, the first such journal is the shortest one.
ACS_TAIL_PATTERN = re.compile(
    rf"""
    (?<=[.?!]\s)                                                  # after the title's end
    (?P<journal>(?:[^\W\d_]{{1,12}}\.\s?){{0,7}}[^\W\d_]{{1,12}}\.?        # "J. Am. Chem. Soc."
      |[^\W\d_][^\W\d_-]{{1,30}})                                  # "ВОСТОКОВЕДЕНИЕ", "Nature"
    (?:\s\[Online\]\.?)?                                             # "J. Org. Chem [Online]."
    ,?\s(?P<year>{YEAR}),\s?                                        # " 2005, "
    (?P<volume>\d{{1,4}})(?:\s?\((?P<issue>\d{{1,4}}(?:[–-]\d{{1,4}})?)\))?   # "13", "11 (2)"
    ,\s?(?P<pages>{_PAGE})                                          # "187–196"
    [.\s]*\Z
    """,
    re.VERBOSE,
)


AFTER_YEAR_PATTERN = re.compile(
    rf"""
    (?:(?:\s?[:,]\s?(?:pp?\.\s?)?|\spp?\.\s?)                # ": 18–35", ", pp. 59-78", " pp.139"
      (?P<pages>{_PAGE}(?:,\s?{_PAGE}){{0,5}}))?
    [.,;\s]*
    """,
    re.VERBOSE,
)


IMPRINT_PATTERN = re.compile(
    rf"""
    (?P<body>[^()]{{0,300}}?)                      # "Princeton, NJ: Princeton University Press"
    (?:,\s?|\s|(?<=\())                           # or nothing but the year: "(2004)"
    (?P<year>{YEAR})(?:\s?[-–]\s?(?P<last_year>\d{{2,4}}))?[a-z]?  # "2011", "1924–25"
    (?:\s?\[(?P<original>{YEAR})\])?                         # "1995 [1977]"
    (?:,\s(?P<extent>\d{{1,4}}\s?(?:pp?\.|pages)))?                  # "(Moscow, …, 2004, 480 p.)"
    (?:;\s?[^();:\d]{{1,40}})?                                # "2023; open access"
    \s?
    """,
    re.VERBOSE,
)


# A note's author printed inverted, as a bibliography prints the name, closed by a comma or a
# full stop or a colon: "Pound, Ezra, The Confucian Odes (New York: …)", "Shalamov, Varlam.
# Kolymskie rasskazy (Moscow: …)", "Kuromiya, H. Stalin's Industrial Revolution (Cambridge: …)",
# a wiki's further reading "Gilbert, Martin: The Routledge Atlas of Russian History (London: …)".
INVERTED_NOTE_HEAD_PATTERN = re.compile(
    r"(?P<family>[A-Z][^\W\d_]{1,30}(?:['’-][A-Z]?[^\W\d_]{1,30})?),\s"
    r"(?P<given>[A-Z][^\W\d_]{1,30}(?:\s[A-Z]\.){0,2}|[A-Z]\.(?:\s?[A-Z]\.){0,2})"
    r"(?:,\s|(?<=\.)\s|(?<=[^\W\d_]{2})[.:]\s)(?=[A-Z“\"‘*])(?![A-Z]\.)"
)


# A bibliography entry's author inverted, perhaps with life dates, then the stop before the
# title: the heads of "Conquest, Robert. The Harvest …" and of "Ginzburg, Evgeniia (1904-1977).
# Krutoi …"
INVERTED_HEAD_PATTERN = re.compile(
    r"(?P<family>[A-Z][^\W\d_]{1,30}(?:['’-][A-Z]?[^\W\d_]{1,30})?),\s"
    r"(?P<given>[A-Z][^\W\d_]{1,30}(?:\s[A-Z]\.){0,2}|[A-Z]\.(?:\s?[A-Z]\.){0,2})"
    r"(?:\s\(\d{4}\s?[-–]\s?\d{4}\))?\.?\s(?=[A-Z“\"‘*])"
)
# A name inverted and nothing else: "Creasey, John" (a pseudonym's entry "Ashe, Gordon. Creasey,
# John.", the real name after the pen name), no title
INVERTED_NAME_PATTERN = re.compile(r"[A-Z][^\W\d_]{1,30},\s[A-Z][^\W\d_]{1,30}(?:\s[A-Z]\.)?")

# A state's abbreviation after a city: "Conn.", "Mass.", "N.J.", "MA", "Calif."
STATE_ABBREVIATION_PATTERN = re.compile(r"[A-Z][a-z]{1,4}\.|[A-Z]\.\s?[A-Z]\.|[A-Z]{2}")
# Between the towns of one imprint: "New Haven, CT and London", "London; New York"
TOWNS_SEPARATOR_PATTERN = re.compile(r"\s(?:and|&)\s|\s?;\s?")


# Facts of publication that print no date: "(New York: New Directions, n.d.)".
UNDATED_IMPRINT_PATTERN = re.compile(r"(?P<body>[^()]{3,300}?),\s?n\.\s?d\.\s?")


LOCATOR_PATTERN = re.compile(
    rf"""
    (?:,\s?|\s)?(?:(?P<label>vol\.|vols\.|bk\.|pt\.|part|t\.)\s?(?P<volume>[\dIVXLC]{{1,6}})\s?[:,]\s?
      |(?P<bare_volume>\d{{1,3}}|[IVXL]{{1,6}})               # "vol. 8: 34", "69: 198–201", "I: 5"
        (?:/(?P<book>\d{{1,2}}|[ivxIVX]{{1,4}}))?\s?:\s?)?         # "V/i: 430": volume V, book 1
    (?:(?:pp?\.|at|chaps?\.|chapters?|docs?\.?)\s?)?          # "p. 45", "chaps. 1, 2", "docs16"
    (?P<locator>{_PAGE}(?:(?:[,;]\s?|\s(?:and|et|&)\s){_PAGE}){{0,11}}  # "p. 224 et 347", "16 & 44"
      |[ivxlc]{{1,8}}(?:[-–][ivxlc]{{1,8}})?)
    (?:\s?n+\.\s?\d{{1,3}})?                                   # "45n3", "45 n. 3"
    [.,;\s]*
    """,
    re.VERBOSE,
)


# "Bo Yibo 1993, p. 706.", "Snow 1973, pp. 130–4.", "Mao 1993b, vol. 1, p. 450.": an author-date
# note, the author's name and the year of the work (a letter telling two of one year apart),
# then the pages cited (LOCATOR_PATTERN)
AUTHOR_YEAR_NOTE_PATTERN = re.compile(
    rf"(?P<names>[A-Z][a-z'’-]{{1,30}}(?:\s[A-Z][a-z'’-]{{1,30}}){{0,2}})\s(?P<year>{YEAR})[a-z]?,\s"
)


EDITION_EN_PATTERN = re.compile(
    r"""
    (?P<number>\d{1,2})(?:st|nd|rd|th|d)\s                       # "2nd ed.", "2nd version"
    (?:[Ee]dn?(?:\.|(?![A-Za-z]))|[Ee]dition|[Vv]ersion)
    |(?P<words>(?:[Rr]ev\.|[Rr]evised|[Ee]nlarged|[Ee]xpanded|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth
        |[Ss]ixth|[Nn]ew|[Ff]irst)(?:\s(?:[Rr]evised|and\s[Ee]xpanded|[Ee]nlarged))?)
        \s(?:[Ee]dn?(?:\.|(?![A-Za-z]))|[Ee]dition|[Vv]ersion)    # "second revised ed."
    """,
    re.VERBOSE,
)


THESIS_EN_PATTERN = re.compile(
    r"""
    (?P<degree>(?:PhD|Ph\.\s?D\.|DPhil|D\.Phil\.|MA|M\.A\.|MPhil|[Dd]octoral|[Kk]andidat
        |[Cc]andidate|[Dd]oktorskaia|[Mm]aster['’]s)\s(?:diss(?:ertation)?|thesis)\.?)  # PhD diss.
    """,
    re.VERBOSE,
)


TRAILING_YEAR_PATTERN = re.compile(
    rf"""
    (?:,\s?|\s)\(?(?P<year>{YEAR})[a-z]?\)?\Z               # Harvard "Hintikka, J., 1962"
    """,
    re.VERBOSE,
)


INITIAL_START_PATTERN = re.compile(
    r"""
    [A-ZА-ЯЁ][a-zа-яё]?\.(?:[\s,;-]|\Z)              # "J. ", "Yu. ", "D., ", "С. ": an initial
    """,
    re.VERBOSE,
)
# "Getty, J. Arch, and Oleg V. Naumov.": after "J." the given name goes on to the next author
NAME_GOES_ON_PATTERN = re.compile(r"[A-ZА-ЯЁ][\w'’-]{0,30},\s(?:and|&|и)\s")


PUBLISHER_YEAR_PATTERN = re.compile(
    rf"""
    (?P<publisher>[^\W\d_][^:;()\[\]]{{0,120}}?),\s?           # "Macmillan, 1988"
    (?P<year>{YEAR})(?:[a-z]|\s?[-‑–]\s?(?P<last_year>\d{{2,4}}))?  # "Heibonsha, 1992-94"
    """,
    re.VERBOSE,
)


# A publisher, then its town (a US town with its state) and the year, closing an entry:
# "Wadsworth and Brooks/Cole, Pacific Grove, CA 1992", "Adib Publications, Dushanbe, 1987".
PUBLISHER_TOWN_YEAR_PATTERN = re.compile(
    rf"""
    (?P<publisher>[^\W\d_][^,:;()\[\]]{{1,80}}?),\s
    (?P<place>(?P<town>[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+){{0,2}})(?:,\s(?P<state>[A-Z]{{2}}))?)
    (?:,?\s(?P<year>{YEAR}))?
    """,
    re.VERBOSE,
)


# "Franklin Delano Roosevelt to Stalin": a letter's writer and addressee before its day
LETTER_HEAD_PATTERN = re.compile(
    r"""
    [A-Z][\w.’'-]{0,30}(?:\s[A-Z][\w.’'-]{0,30}){0,4}     # "Franklin Delano Roosevelt"
    \sto\s
    [A-Z][\w.’'-]{0,30}(?:\s[A-Z][\w.’'-]{0,30}){0,4}     # "Stalin"
    """,
    re.VERBOSE,
)


SHORT_NOTE_PATTERN = re.compile(
    r"""
    (?P<family>[A-Z][^\W\d_'’-]{1,30}(?:['’-][^\W\d_]{1,30}){0,2})  # "Barnes", "Ul’ianova"
    (?:\s(?:and|&)\s[A-Z][^\W\d_'’-]{1,30}                        # "Cowlishaw and Dunbar, "
      |(?:,\s[A-Z][^\W\d_'’-]{1,30}){1,3},\s(?:and|&)\s[A-Z][^\W\d_'’-]{1,30})?,\s
    """,  # "Lih, Naumov, and Khlevniuk, ": the comma before "and" tells a list from a title
    re.VERBOSE,
)
# The span of years a short title closes with as its own sentence ("Kokurin and Petrov, GULAG.
# 1917–1960, pp. 788–791"): a part of the title (a collection of documents), no second sentence;
# used with .search(text, start, end) on the title
SHORT_TITLE_YEARS_PATTERN = re.compile(
    r"\.\s(?:1[5-9]|20)\d\d\s?[–—-]\s?(?:1[5-9]|20)\d\d(?:\s?(?:gg|гг)\.?)?\Z"
)
SHORT_NOTE_JOIN_PATTERN = re.compile(r",\s(?:and\s|&\s)?|\s(?:and|&)\s")


TRAILING_PAGES_PATTERN = re.compile(
    rf"""
    ,\s?(?:pp?\.\s?)?(?P<pages>{_PAGE})[.,;\s]*\Z            # "..., 271–313", "..., 2"
    """,
    re.VERBOSE,
)


# "The Cambridge History of Japan, vol. 5, The Nineteenth Century": the volume (and its own
# title) closing the name of the book a chapter is in; used with .search(text, start, end)
BOOK_VOLUME_PATTERN = re.compile(
    r",\s(?:[Vv]ol\.|[Vv]olume)\s?(?P<volume>\d{1,3}|[IVXLC]{1,6})"
    r"(?:,\s(?P<volume_title>[^\d,()]{3,120}?))?\s*\Z"
)
# The facts of publication closing the name of the book a chapter is in, with no brackets:
# "…, Hunger and History: …, Cambridge, Mass.: Cambridge University Press, 1983", "*Handbook of
# Logic in Computer Science*, Vol. 3, Oxford University Press, 1994", "_Constructing Russian
# Culture …_ (1998)"; used with .search(text, start, end) on the book's name
CONTAINER_IMPRINT_PATTERN = re.compile(
    rf"""
    (?:,\s(?:[Vv]ol\.|[Vv]olume)\s?(?P<volume>\d{{1,3}}))?                   # ", Vol. 3"
    (?:,\s(?:(?P<place>[A-Z][^,:;()]{{1,40}}?(?:,\s[A-Z][A-Za-z.]{{1,12}})?)\s?:\s?)?
        (?P<publisher>[A-Z][^,:;()]{{1,80}}?),\s(?P<year>{YEAR})           # ", Place: Publ., 1983"
      |\s?\((?P<paren_year>{YEAR})\))                                       # " (1998)"
    [,.\s]*\Z
    """,
    re.VERBOSE,
)
# "p. 23", "pp. 497–8": a page label before the pages of a note's tail
PAGE_LABEL_PATTERN = re.compile(r"pp?\.\s?")


# Numerical Recipes' "cited references": family names, each with its initials after a comma,
# then the year and a comma before the title ("Knuth, D.E. 1997, Seminumerical Algorithms, 3rd
# ed., vol. 2 of The Art of Computer Programming (Reading, MA: Addison-Wesley), §4.6.",
# "Borwein, J.M., and Borwein, P.B. 1987, Pi and the AGM ... (New York: Wiley).").
_FAMILY_COMMA_INITIALS = r"[A-Z][\w'’-]{1,40},\s(?:[A-Z]\.[\s-]?){1,4}"
YEAR_AFTER_NAMES_PATTERN = re.compile(
    rf"""
    (?P<names>{_FAMILY_COMMA_INITIALS}(?:,\s(?:and\s)?{_FAMILY_COMMA_INITIALS}){{0,7}})
    \s?(?P<year>{YEAR})[a-z]?,\s
    """,
    re.VERBOSE,
)
FAMILY_COMMA_INITIALS_PATTERN = re.compile(
    r"(?P<family>[A-Z][\w'’-]{1,40}),\s(?P<initials>(?:[A-Z]\.[\s-]?){1,4})"
)
# "published as volume 39 of the *Zapiski ...*", "vol. 3 of The Art of Computer Programming": the
# book as a numbered volume of a series.
SERIES_VOLUME_SEGMENT_PATTERN = re.compile(
    r"""
    (?:published\s(?:as|in)\s)?(?:[Vv]olume|[Vv]ol\.)\s?(?P<volume>\d{1,4}|[IVXLC]{1,8})
    \s(?:of|in)\s(?:the\s)?(?P<series>\S.{0,300})
    """,
    re.VERBOSE,
)
VOLUME_SEGMENT_PATTERN = re.compile(
    r"""
    (?:[Vv]ol\.|[Vv]ols\.|[Bb]k\.|[Pp]t\.)\s?(?P<volume>[\dIVXLC]{1,6})   # "vol. 2", "bk. III"
    """,
    re.VERBOSE,
)


# "Japanese Language and Literature Vol. 42, No. 1, p. 1-43": the volume closing the journal's name
TRAILING_VOLUME_PATTERN = re.compile(r"[\s,]\s?(?:[Vv]ol|[Vv]olume)\.?\s?(?P<volume>\d{1,4})\Z")
# Chicago author-date's journal with no date after its numbers ("Strategic Management Journal 5,
# no. 2: 171-180"): a bare number closing the name, before a labelled issue, is its volume (not a
# year: at most three digits), unless it numbers a series of the journal ("Vestnik Moskovskogo
# universiteta. Seriia 8, no. 3")
BARE_VOLUME_PATTERN = re.compile(
    r"(?<![Ss]eriia)(?<![Ss]eriya)(?<![Ss]eries)(?<!Ser\.)(?<!Серия)(?<!Сер\.)"
    r"\s(?P<volume>\d{1,3})\Z"
)
ISSUE_LABEL_PATTERN = re.compile(r"(?:[Nn]os?\.|[Nn]o)\s?\d")


YEAR_LIKE_PATTERN = re.compile(
    rf"""
    {YEAR}                                                   # "2005": a year, not a page
    """,
    re.VERBOSE,
)


YEAR_SENTENCE_PATTERN = re.compile(
    rf"""
    {YEAR}[a-z]?\.                                           # "2011. ": an author-date year
    """,
    re.VERBOSE,
)


VOLUMES_PATTERN = re.compile(
    r"""
    (?P<count>\d{1,3})\s(?:vols?|volumes)\.?                 # "3 vols.": how many volumes
    """,
    re.VERBOSE,
)


REPRINT_PATTERN = re.compile(
    r"""
    (?:[Rr]eprint(?:ed)?|[Rr]epr\.)(?:,\s?|\s)(?P<rest>.{1,200})   # "Reprint, 2000", "repr., X"
    """,
    re.VERBOSE,
)


REVIEW_PATTERN = re.compile(
    r"""
    [Rr]eview\sof\s(?P<work>[^,]{1,200}                      # "review of Gulag Voices,
        (?:,\s(?:by|ed\.|edited\sby)\s[^,]{1,120})?),\s      #  by Anne Applebaum, "
    """,
    re.VERBOSE,
)


VOLUME_YEAR_PATTERN = re.compile(
    rf"""
    (?P<volume>\d{{1,4}})(?:\s?\((?P<issue>[^()]{{1,10}})\))?    # "5 (1), 1993: pp. 1–19",
    ,\s?(?P<year>{YEAR})                                     # "40, 1990: pp. 511–527"
    (?:\s?:\s?(?:pp?\.\s?)?(?P<pages>{_PAGE}))?
    """,
    re.VERBOSE,
)


ROMANIZED_MARKS = "āēīōūĀĒĪŌŪ"  # macrons: Hepburn romanization of Japanese


YEAR_ONLY_PATTERN = re.compile(
    rf"""
    {YEAR}[a-z]?                                             # "2000"
    """,
    re.VERBOSE,
)


IMPRINT_RANGE_PATTERN = re.compile(
    rf"""
    (?P<place>[^\W\d_][^:;()\[\]]{{0,60}}?)\s?:\s?          # "New York: Harper & Row, 1974–78"
    (?P<publisher>[^:;]{{1,300}}?),\s?
    (?P<year>{YEAR})\s?[-–]\s?(?P<last_year>\d{{2,4}}|(?<=–)\d(?!\d))  # a work in volumes:
    (?!\d)                                              # its years ("Rosspen, 2004–5")
    """,
    re.VERBOSE,
)


PLACE_PAREN_YEAR_PATTERN = re.compile(
    rf"""
    (?:(?P<publisher>[^\W\d_][^:;()\[\]]{{0,120}}?),\s?)?   # Springer's "Zhonghua shuju, "
    (?P<place>[^\W\d_][^:;,()\[\]]{{0,40}}?)\s?\((?P<year>{YEAR})\)   # British "Honolulu (2000)"
    """,
    re.VERBOSE,
)

# A name written in Hepburn or in pinyin syllables ("Shimazu Naoko", "Shen Zhihua"): without a
# comma, a bibliography's two such words are an East Asian name, family name first (the pinyin
# syllables are translit's ``PINYIN_WORD_PATTERN``).
HEPBURN_WORD_PATTERN = re.compile(
    r"(?:(?:kk|ss|tt|pp|tc)?(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|[kgsztdnhbpmyrwfj])?"
    r"(?:[aiueoāīūēōâîûêô]|ou|ei)|n(?![aiueoāīūēōy])|m(?=[bmp]))+",  # "Nihombashi", "Shimbun"
    re.IGNORECASE,
)


# Facts of publication printed without parentheses at the end of a note: publisher first and the
# place just before the year (", Cambridge University Press: Cambridge 1997", ", I.B. Tauris:
# London 1985, p. 258–61"), or place first and a comma before the year; a place begins with a
# capital, not with ", and Tolerance in Tsarist Russia. Ithaca: …" (a title's own comma).
BARE_IMPRINT_PATTERN = re.compile(
    rf"""
    ,\s(?P<publisher>[^,:;()]{{2,80}}?):\s?(?P<place>[^,:;()\d]{{2,60}}?)\s(?P<year>{YEAR})(?!\d)
    |,\s(?![a-zа-яё])(?P<first_place>[^,:;()\d]{{2,40}}?(?:,\s[A-Z][A-Za-z.]{{1,5}})?)  # or
    :\s?(?P<last_publisher>[^,:;()]{{2,80}}?),\s(?P<last_year>{YEAR})(?!\d)  # ", Hertfordshire:
    |,\s(?P<first_year>{YEAR}),\s(?P<year_place>[A-Z][^,:;()\d]{{1,40}}?)  # Cumberland House, 1997"
    ,\s(?P<year_publisher>[A-Z][^,:;()\d]{{1,80}}?)(?=\s*[,.;]|\s*$)  # or ", 1961, Tokyo, Iwanami
    |,\s(?P<comma_place>[A-Z][^,:;()\d]{{1,40}}?)           # Shoten" (a known city only:
      (?:,\s(?:(?P<comma_publisher>[A-Z][^,:;()\d]{{1,80}}?),\s)?  # notes_imprint.py checks
      |\s(?={YEAR}))                                    # it), or ", Moscou, Rosspen, 1999" (the
      (?P<comma_year>{YEAR})(?!\d)                       # city first and a comma between all
    """,  # three, as French notes print them), or ", Moscow 1992" (British notes: M. Lewin's)
    re.VERBOSE,
)

# An imprint with no year closing a note's title before the cited page: "Stuart Schram, Mao
# Tse-tung Unrehearsed, Harmondsworth: Penguin, P.119." (the town checked to be a known one)
UNDATED_BARE_IMPRINT_PATTERN = re.compile(
    r",\s(?P<place>[A-Z][^,:;()\d]{1,40}?):\s?(?P<publisher>[A-Z][^,:;()\d]{1,60}?)[\s,]*\Z"
)

# The book (or volume) of a work a note cites, between its title and its imprint: ", book 2"
NOTE_BOOK_PART_PATTERN = re.compile(
    r"(?:,\s(?:(?P<book>[Bb]ook|[Kk]n\.)|[Vv]ol\.|[Vv]olume)\s(?P<number>\d{1,3}|[IVX]{1,5}))?[\s,]*"
)

# A later edition after a note's bare imprint, by its kind, publisher and year: ", enlarged
# ed., Kawade Shob Shinsha, 1977" (Tsurumi's notes: "…, Shinch Bunko, 1970, enlarged ed., …").
BARE_LATER_EDITION_PATTERN = re.compile(
    rf"""
    ,\s(?P<later>(?:[^\W\d_]{{2,12}}\.?\s){{0,2}}(?:ed|edn|edition)\.?,\s
      [A-Z][^,:;()\d]{{1,80}}?,\s{YEAR}(?!\d))
    [\s.]*
    """,
    re.VERBOSE,
)


# ", trans. E.G. Panfilov": a comma and a word in small letters, a role or a part, no title's
COMMA_LOWER_PATTERN = re.compile(r",\s[a-z]")


# A journal cited by its issue and page alone, no article named: "Istoricheskii arkhiv, no. 3
# [1997]: 117" (Khlevniuk's notes), "Istoricheskii Arkhiv, no. 1, 1997, p. 34" (Chang and
# Halliday's).
JOURNAL_ISSUE_PATTERN = re.compile(
    rf"""
    (?P<journal>[A-Z][^\W\d_]{{1,30}}(?:\s{{1,3}}[^\W\d_]{{1,30}}){{0,6}}),\s{{1,3}}
    (?:no|No|nos|Nos)\.\s?(?P<issue>\d{{1,4}}(?:\s?[–—-]\s?\d{{1,4}})?)           # "no. 3"
    (?:\s?[\[(](?P<year>{YEAR})[\])]|,\s?(?P<year_after>{YEAR}))                  # " [1997]"
    (?::\s?|,\s?pp?\.\s?)(?P<pages>\d{{1,5}}(?:\s?[–—-]\s?\d{{1,5}})?)             # ": 117"
    \.?
    """,
    re.VERBOSE,
)


# "Journal of Cold War Studies 6.2 (2004) 78-80": the line a journal prints over an article or a
# review, its volume and number joined by a dot, the year in brackets, the pages; no title.
JOURNAL_VOLUME_LINE_PATTERN = re.compile(
    rf"""
    (?P<journal>[A-Z][^\W\d_]{{1,30}}(?:\s{{1,3}}[^\W\d_]{{1,30}}){{0,7}})\s{{1,3}}
    (?P<volume>\d{{1,3}})\.(?P<issue>\d{{1,2}}(?:[–/-]\d{{1,2}})?)\s?                      # "6.2"
    \((?P<year>{YEAR})\)
    (?::\s?|,\s?|\s)(?:pp?\.\s?)?(?P<pages>\d{{1,5}}(?:\s?[–—-]\s?\d{{1,5}})?)            # " 78-80"
    \.?
    """,
    re.VERBOSE,
)


# "長勢了治 (Nagase Ryōji)": a name in its own script, then its romanization (family name first)
ORIGINAL_THEN_ROMANIZED_PATTERN = re.compile(
    r"""
    (?P<original>[\u3400-\u9fff\u3040-\u30ff]{2,8})\s?
    \((?P<family>[A-Z][^\W\d_]{1,20})\s(?P<given>[A-Z][^\W\d_]{1,20})\)
    """,
    re.VERBOSE,
)


# The year (and count of pages) closing the first imprint of monoskop's lists of editions,
# before the ";" that opens the later ones: "Houghton Mifflin, 1950, 241 pp; 2nd ed., 1954".
_EXTENT = r"(?:[xvilc]{1,8}\s?\+\s?)?\d{1,4}\s?pp?\.?"
FIRST_IMPRINT_END_PATTERN = re.compile(rf",\s?{YEAR}(?:,\s?{_EXTENT})?\Z")


# One later edition of such a list, ending with its year: "2nd ed., 1954", "1971", "London:
# Eyre and Spottiswode, 1954", "repr., intro. Steve J. Heims, London: ..., 1989, xxx+199 pp".
LATER_EDITION_PATTERN = re.compile(rf"(?:[^;]{{0,300}}?,\s?)?{YEAR}(?:,\s?{_EXTENT})?")


# A state or province after a city in an imprint: "Boston, MA:", "Garden City, NY:", "México,
# D.F.:".
STATE_PATTERN = re.compile(r"[A-Z]{2}|[A-Z]\.\s?[A-Z]\.")


# A language named alone in parentheses closing an entry, as monoskop's lists of translations
# print it: "Milan: Bompiani, 1953. (Italian)", "(Brazilian Portuguese)".
BARE_LANGUAGE_PATTERN = re.compile(
    r"""
    \(\s?(?P<word>[^\W\d_]{4,20}(?:[\s-][^\W\d_]{4,20})?)\s?\)   # "(Italian)", "(Serbo-Croatian)"
    [.\s]*\Z
    """,
    re.VERBOSE,
)


# The end of a book review's heading: the count of pages, perhaps the price, perhaps the
# parenthesis that holds the imprint: "256 pp.", "1,104 pp., $39.95", "482pp.", "208 pp., $24.95
# (paper)", "(Cambridge University Press, 334 pages, $79.81)", perhaps after the count of the
# front matter's pages ("xviii, 320 pages").
REVIEW_EXTENT_PATTERN = re.compile(
    r"""
    (?P<extent>(?<!\w)(?:[xvilc]{1,8}(?:,|\s?\+)\s?)?\d{1,3}(?:,\d{3})?\s?(?:pp|pages)\b\.?)
    (?:\s\([A-Z][^()]{1,60}\.\))?                           # "(Tables, maps, B&W photos.)"
    (?:\s(?:Bibliography|Index|Notes|Illustrations|Illustrated|Figures|Tables|Maps?|Photographs
        |Plates|Glossary|Appendix|Appendices|Chronology)\.){0,10}  # "xxi + 158 pp. Maps. Index."
    (?:[,.]?\s(?P<price>(?:(?:[Pp]aperback|[Hh]ardcover),?\s)?(?:[A-Z]{2,3})?[$£€¥]\s?
        \d{1,4}(?:,\d{3})?(?:\.\d\d)?                         # "US$34.95", "¥3,000"
        (?:\s\((?:paper(?:back)?|cloth|hardcover)\)|,?\s(?:cloth|paper|hardcover))?  # ", cloth"
        (?:;\s[$£€¥]\d{1,4}(?:\.\d\d)?                        # "; $29.99 (paper)", "; $15.00 paper"
          (?:\s\((?:paper(?:back)?|cloth|hardcover)\)|\s(?:cloth|paper|hardcover)))?
        |\d{1,3}(?:,\d{3})?\syen))?                           # "211 pages, 735 yen"
    (?P<close>\))?[.\s]*\Z
    """,
    re.VERBOSE,
)


# What a catalogue or a review says of the copy an ISBN is of, in brackets after it: "ISBN
# 5824306044 (set)" (H-Net's review heading of a set in volumes), "(pbk.)", "(cloth)", "(v. 2)".
ISBN_QUALIFIER_PATTERN = re.compile(
    r"""
    \s?\((?:set|pbk\.?|hbk\.?|cloth|paper(?:back)?|hardcover|hardback|alk\.\spaper
      |v\.\s?\d{1,2}|vol\.\s?\d{1,2})\)[.\s]*\Z
    """,
    re.VERBOSE,
)


# A review's count of pages and price after a note's facts of publication: "(New York and
# London: Continuum International Publishing Group, 2002), 751 pages, hardcover $40.", "(Beijing:
# Zhongguo guoji chubanshe, 2003). 417 pp. ¥26.00." (Project MUSE's review heading); or after
# an entry's year and full stop, priced ("Chapel Hill: …, 2001. xi 1 400 pp. $19.95.", its "+"
# copied as "1").
EXTENT_PRICE_TRAILER_PATTERN = re.compile(
    r"""
    (?:(?<=\))[,.]\s|(?<=[12]\d{3})\.\s(?=[xvilc\d][^$£€¥]{0,20}pp\.\s[$£€¥]))  # "2001. 400 pp. $9"
    (?P<extent>(?:[xvilc]{1,8}\s(?:\+\s|1\s)?)?\d{1,4}\s?(?:pages|pp\.?))         # "xi + 400 pp."
    (?:,?\s(?P<price>(?:(?:[Hh]ard|[Pp]aper)cover\s|[Pp]aperback\s|[Cc]loth\s)?[$£€¥]\s?\d{1,4}
      (?:[.,]\d{2,3})?))?
    [.\s]*\Z
    """,
    re.VERBOSE,
)


# A spaced dash parting a note's author from a quoted title, in place of the comma: "A. Koshkin -
# " Marshal Stalin's Japanese Front. …"(Moscow, OLMA-PRESS, 2004, 480 p.)" (elib.jp's review).
DASH_BEFORE_QUOTED_TITLE_PATTERN = re.compile(r"\s[-–—]\s(?=[\"“«‘])")


# Where a review's heading names its author after the title: "Vyatlag by Viktor
# Berdinskikh", "..., by Jonathan Brent", "... (A Guide) edited by N.G. Okhotin".
REVIEW_BY_PATTERN = re.compile(r",?\s(?:(?P<edited>[Ee]dited)\s)?[Bb]y\s(?=[A-Z])")
# A heading set out one field a line, as Foreign Affairs' site prints its capsule reviews: the
# line of the author ("By Hamilton Fish Armstrong"), then one part of the imprint line between
# commas, the count of pages ("492 pp", "pp" where the page left the count empty) or the year.
LINED_BY_PATTERN = re.compile(r"By\s(?=[A-Z])")
# The last line of a Google Books page's heading block: "Penguin Books, 2013 - 629 pages",
# "Penguin UK, Nov 7, 2013 - History - 656 pages" (the day, and the subject, as the page prints)
GOOGLE_BOOKS_IMPRINT_PATTERN = re.compile(
    rf"""
    (?P<publisher>[A-Z][^\n]{{0,80}}?),\s
    (?:[A-Z][a-z]{{2}}\s\d{{1,2}},\s)?(?P<year>{YEAR})
    (?:\s-\s[A-Z][A-Za-z&,\s]{{2,40}})?
    \s-\s(?P<extent>\d{{1,5}}\spages)
    """,
    re.VERBOSE,
)
LINED_IMPRINT_PART_PATTERN = re.compile(
    r"(?P<extent>(?:\d{1,4}\s?)?pp\.?|\d{1,4}\spages)|(?P<year>1[5-9]\d\d|20\d\d)"
)


# A name, title or publisher in its own script in square brackets after its English or
# romanized form, as The Japan Society Review prints them: "Toshio Kurihara [栗原 俊雄]",
# "Iwanami Shinsho [岩波新書]", the title after it.
CJK_ORIGINAL_BRACKET_PATTERN = re.compile(
    r"\s?\[(?P<original>[\u3000-\u9fff\uff00-\uffef][^\[\]A-Za-z]{0,80})\]"
)


# A name's words read given name first after "by": initials ("S.P.", "J. R."), name words.
HEADING_INITIALS_PATTERN = re.compile(r"(?:[A-Z][a-z]?\.\s?){1,3}(?=[A-Z])")
HEADING_WORD_PATTERN = re.compile(r"[A-Z][^\W\d_]*(?:['’-][^\W\d_]+){0,2}(?=[\s,.;:()]|\Z)")
# "Galina Mikhailovna Ivanova": a Russian patronymic, a third word of the name
PATRONYMIC_PATTERN = re.compile(r"[A-Z][a-z]{2,}(?:ovna|evna|ichna|ovich|evich|ich)")
# Where the next name of a heading begins: "David M. Bethea and Siggy Frank", ", by A.B. ..."
HEADING_NAME_JOIN_PATTERN = re.compile(r"\s(?:and|&)\s|,\s(?:and\s|by\s)")
# The translator of the reviewed book after its author: "(translated by John Crowfoot)"
HEADING_TRANSLATOR_PATTERN = re.compile(
    r",?\s?\((?:translated\sby|trans\.)\s(?P<names>[^()]{3,80})\)"
)
# or after a semicolon or a line of its own: "By Oguma Eiji; translated by David Noble.",
# "by Yoshida Mitsuru\ntranslated by Richard H. Minear"
HEADING_TRANSLATED_BY_PATTERN = re.compile(
    r"\s?[;,.]?\s(?:[Tt]ranslated\s(?:from\s[A-Z][a-z]{2,20}\s)?by|[Tt]rans\.)\s(?=[A-Z])"
)  # "; translated from French by Krystyna Horko"
# A foreword's or an introduction's writer after the author: "By Edward Dennis Sokol . Foreword
# by S. Frederick Starr . Baltimore: …" (Slavic Review's headings, spaced as printed)
HEADING_FOREWORD_BY_PATTERN = re.compile(
    r"\s?[;,.]?\s(?:[Ff]oreword|(?:[Ww]ith\san\s)?[Ii]ntroduction|[Pp]reface|[Aa]fterword)\sby\s(?=[A-Z])"
)
# The last word of a name of three words before a stop: "Edward Dennis Sokol ."
HEADING_LAST_WORD_PATTERN = re.compile(r" (?P<word>[A-Z][a-z]+(?:['’-][A-Za-z]+)?)(?= ?\.)")
# The labelled lines under a Kirkus review's heading: "Pub Date: July 3rd, 2018", "ISBN:
# 978-0-231-18840-1", "Page Count: 368", "Publisher: Columbia Univ."; the first is the date's.
KIRKUS_LABEL_PATTERN = re.compile(
    r"(?<!\S)(?P<label>Pub\sDate|Release\sDate|ISBN|Page\sCount|Publisher|Review\sPosted\sOnline"
    r"|Kirkus\sReviews\sIssue):\s?"
)
# Another person's part after the author in a Kirkus heading: "; illustrated by Ashley Mackenzie"
HEADING_OTHER_ROLE_PATTERN = re.compile(r"\s?;\s(?:illustrated|edited|introduced)\sby\s(?=[A-Z])")
# The title of a Kirkus heading in capitals ("THE GREAT FLOWING RIVER"), before its subtitle
# (a capital alone before a word in small letters opens the subtitle: "RIVER\n\nA Memoir of")
CAPITALS_TITLE_PATTERN = re.compile(
    r"[A-Z0-9][A-Z0-9'’:,&!?.-]*(?:\s+(?![AI]\s+[A-Z]?[a-z])[A-Z0-9'’:,&!?.-]+)*(?=\s|\Z)"
)


# The first of a heading's editions, its year perhaps followed by the binding: "University of
# Washington Press, 1985 (hardcover)\nNaval Institute Press, 1999 (paperback)"
HEADING_EDITION_YEAR_PATTERN = re.compile(
    rf",\s(?P<year>{YEAR})(?:\s\((?:hardcover|paperback|cloth|paper|hardback)\))?"
)


# "Hirobumi Itō (1841-1909).  Title": an author's years of birth and death closing the head
LIFE_DATES_PATTERN = re.compile(
    rf"""
    \s\((?P<born>{YEAR})\s?[-–]\s?(?P<died>{YEAR})\)\.\s
    """,
    re.VERBOSE,
)


# What the brackets after a romanized title hold: its translation, the year first ("Furyoki
# (1948; Taken Captive: A Japanese POW’s Story)", "Nobi (1951; tr. Fires on the Plain, 1957)") or
# the facts of publication last ("(A man who lived to return home … [Iwanami Shoten, 2015])",
# "(In the shadow of the northern lights, 1950)").
GLOSS_PATTERN = re.compile(
    rf"""
    (?:title\s(?:partially\s)?(?:means|translates\sas)\s)?   # '(title means "Postwar …")'
    (?:(?P<first_year>{YEAR})(?:\s?[-–]\s?\d{{2,4}})?;\s?(?:tr\.\s?)?)?
    (?P<gloss>[^()\[\]]{{2,300}}?)
    (?:\s?\[(?:(?P<place>[^\[\]:,]{{1,40}}):\s?)?
         (?P<publisher>[^\[\]:]{{1,120}}?),\s?(?P<year>{YEAR})\]    # "[Iwanami Shoten, 2015]"
      |,\s?(?P<last_year>{YEAR}))?                                  # ", 1950"
    \s?
    """,
    re.VERBOSE,
)


# The day a document is "of" after its glossed title, the year perhaps of the Republic of China
# in Roman numerals with the Western one in brackets: ", of April 12, XIII (1924)".
GLOSSED_DAY_PATTERN = re.compile(
    rf"""
    of\s(?P<month>[A-Z][a-z]{{2,8}})\.?\s(?P<day>\d{{1,2}}),\s
    (?:[IVXL]{{1,7}}\s\((?P<bracketed>{YEAR})\)|(?P<year>{YEAR}))
    """,
    re.VERBOSE,
)


# An English title's brackets holding the original in romaji and in kanji: "Taken Captive:A
# Japanese POW’s Story (Furyoki 俘虜記)".
ROMANIZED_ORIGINAL_PATTERN = re.compile(
    r"""
    (?P<latin>[A-Za-zāīūēōâîûêô][A-Za-zāīūēōâîûêô'’\s-]{0,80}?)\s?
    (?P<original>[\u3040-\u30ff\u3400-\u9fff々〆ヶ]{1,40})
    """,
    re.VERBOSE,
)


# The facts of publication after a glossed title: "Beijing: Dangdai Zhongguo chubanshe, 1993",
# "Casa editrice dei documenti del Comitato centrale, 1998".
GLOSSED_IMPRINT_PATTERN = re.compile(
    rf"""
    (?:(?P<place>[^\W\d_][^,:;()\[\]\d]{{0,40}}?):\s?)?
    (?P<publisher>[^\W\d_][^,:;()\[\]\d]{{0,120}}?),\s?
    (?P<year>{YEAR})(?:\s?[-–]\s?(?P<last_year>\d{{2,4}}))?
    """,
    re.VERBOSE,
)


# A publisher in brackets after a glossed title, no word of it naming a publisher, perhaps
# after the author's credit: "(Koubunken, 2013)", "(coauthor, Fuyo Shobo Shuppan, 2010)".
GLOSSED_PUBLISHER_PATTERN = re.compile(
    rf"""
    (?:(?P<credit>co-?author|co-?editor|editor|author|ed\.),\s)?
    (?P<publisher>[A-Z][^\W\d_]{{1,30}}(?:[\s-][A-Z][^\W\d_]{{1,30}}){{0,4}}),\s
    (?P<year>{YEAR})
    """,
    re.VERBOSE,
)


# Contemporary Authors' facts of publication after a glossed title: "Tokyo University Press
# (Tokyo, Japan), 1982.", "Soshisya (Tokyo, Japan), 1980, revised edition, Iwanami Shoten
# (Tokyo, Japan), 1992."
CREDITED_IMPRINT_PATTERN = re.compile(
    rf"""
    (?P<publisher>[A-Z][^()\d,]{{1,80}}?)\s\((?P<place>[A-Z][^()\d]{{1,60}})\),\s(?P<year>{YEAR})
    (?:,\s(?P<later>[a-z][^()]{{1,40}}?,\s[A-Z][^()\d,]{{1,80}}?\s\([A-Z][^()\d]{{1,60}}\),\s{YEAR}))?
    [.\s]*
    """,
    re.VERBOSE,
)


# An author named in the possessive before a title, two or three words: "Takasugi Ichirō’s",
# "Takayuki Tatsumi's", and "Takasugi Ichirōís" with the apostrophe mis-decoded.
POSSESSIVE_HEAD_PATTERN = re.compile(
    r"""
    (?P<name>[A-Z][^\W\d_]{1,20}(?:-[A-Z][^\W\d_]{1,20})?(?:\s[A-Z][^\W\d_]{1,20}){1,2}?)
    (?:['’]s|ís)\s(?=[A-Z])
    """,
    re.VERBOSE,
)


# A count of pages before the imprint, as a review's header prints it: "… Soviet Russia]. 527 pp.
# Kirov: KOGUP, 2003."
LEADING_EXTENT_PATTERN = re.compile(
    r"\s?(?P<extent>(?:[xvilc]{1,8},\s?)?\d{1,4}\s?(?:pp|pages)\.?)\s(?=[A-Z])"
)


# The translation of a body's name in brackets after it: "Zhonggong zhongyang wenxian yanjiushi
# (CPC Central Historical Documents Research Office)".
BODY_GLOSS_PATTERN = re.compile(r"\s?\([^()]{2,120}\)")


# The end of an entry as Polish journals print it, the journal or the publisher in Polish quotes
# after the title and a comma: ", Moskva: „Nauka”, 1989", ", „Journal of Siberian Federal
# University …”, 2009, nr 2, s. 68-77", ", „Slavia Orientalis” 1969, nr 3, s. 259–265".
POLISH_TAIL_PATTERN = re.compile(
    rf"""
    ,\s(?:(?P<place>[^\W\d_][^,:„”“]{{1,40}}):\s)?
    [„«](?P<quoted>[^„”“«»]{{2,200}})[”“»]                         # "„…”", "«Druzhba narodov»"
    (?:\s(?P<volume>[IVXLC]{{1,6}}|\d{{1,4}}),)?                   # "„Zeszyty Naukowe …” II, 1963"
    ,?\s(?P<year>{YEAR})
    (?:,\s(?:nr|№)\s?(?P<issue>[\w/–-]{{1,12}}))?
    (?:,\s[sсc]\.\s?(?P<pages>\d{{1,5}}(?:\s?[-–—]\s?\d{{1,5}})?))?   # "s.", "с.", "c."
    [.\s]*\Z
    """,
    re.VERBOSE,
)


# The people such an entry opens with: "Kiseleva, Lidiya. ", "Belikov, Vladimir, Krysin, Leonid. ",
# "Крысин, Леонид (отв. ред.). " (each family name, a comma and the given name, a full stop after
# the last), or "Barański Zbigniew, " (the family name, the given name, a comma).
POLISH_HEAD_PATTERN = re.compile(
    r"""
    (?P<names>[^\W\d_][\w’'-]{1,30},\s[^\W\d_][\w’'-]{1,30}(?:\s[^\W\d_][\w’'-]{1,30})?
       (?:,\s[^\W\d_][\w’'-]{1,30},\s[^\W\d_][\w’'-]{1,30}(?:\s[^\W\d_][\w’'-]{1,30})?){0,5})
    (?:\s\((?P<role>(?:отв\.\s?)?ред\.|(?:otv\.\s?)?red\.)\))?\.\s
    |(?P<family>[^\W\d_][\w’'-]{1,30})\s(?P<given>[^\W\d_][\w’'-]{1,30}|(?:[^\W\d_]\.){1,2}),\s
    """,
    re.VERBOSE,
)


# A title in Polish quotes and its year in brackets after such a head: "Belova, Nataliya
# Aleksandrovna. „O kriteriyakh … «neologizm» …” (2009)".
POLISH_QUOTED_TITLE_PATTERN = re.compile(
    rf"„(?P<title>[^„”“]{{2,300}})[”“]\s?\((?P<year>{YEAR})\)[.\s]*\Z"
)


# A note that closes with its year after a comma: "J. I. Recker, Teorija perevoda i
# perevodčeskaja praktika, 1974." (the year, and where the comma before it stands).
CLOSING_COMMA_YEAR_PATTERN = re.compile(rf",\s?(?P<year>{YEAR})[.\s]*\Z")


# A short note in sentences: the author with initials, a title, a labelled page, each closed by a
# full stop ("A. Ulam. Stalin. p. 25.").
STOPPED_SHORT_NOTE_PATTERN = re.compile(
    rf"""
    (?P<name>(?:[A-Z][a-z]?\.\s?){{1,3}}[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\.\s
    (?P<title>[A-Z][^.;:()\[\]]{{0,120}}?)\.\s
    pp?\.\s?(?P<locator>{_PAGE}(?:,\s?{_PAGE}){{0,5}})\.?
    """,
    re.VERBOSE,
)


# A short note in sentences by the family name alone, as Russian notes cite a work named before:
# "Holtom. The National Faith of Japan. P. 23–24.", "Скачков. Русско-китайские отношения. С.
# 67-69", "Tsunoda and Goodrich. Title. P. 10–11.", "Cordier. Histoire des relations. Vol. 3. P.
# 305-306"; the title one sentence, the page labelled; a list's "Hall. Government and Local Power
# in Japan 500–1700 – A Study Based on Bizen Province." names the work without a page.
FAMILY_STOP_NOTE_PATTERN = re.compile(
    rf"""
    (?P<names>[A-ZА-ЯЁ][a-zа-яё’'-]{{1,30}}(?:\s(?:and|и|&)\s[A-ZА-ЯЁ][a-zа-яё’'-]{{1,30}})?)
    \s?\.\s                            # "Tsunoda . Sources …": a space typed before the stop
    (?P<title>[A-ZА-ЯЁ«“"][^.;\[\]]{{2,200}}?)(?:\.\s|\.?\Z)
    (?:(?:Vol|V|Т|Bd)\.\s?(?P<volume>\d{{1,3}}|[IVXLC]{{1,6}})\.\s)?
    (?:(?:[PpРрСс]p?|[Сс]с)\.\s?
    (?P<locator>(?:[ivxlc]{{1,8}},\s?)?{_PAGE}(?:,\s?{_PAGE}){{0,5}})\.?)?  # "P. xiv, 73–77."
    """,
    re.VERBOSE,
)
JOINED_FAMILIES_PATTERN = re.compile(r"\s(?:and|и|&)\s")  # "Tsunoda and Goodrich"


# The head of a list entry that prints the family name first and no comma after it, as French
# lists do in capitals ("SOLJENITSYNE A. L’Archipel du Goulag, …", "KOUROUMA Ahmadou, *Les
# Soleils des Indépendances*, …") and some English lists with initials ("Hall Edward T., Le
# langage silencieux, …", "Kaushik D., Central Asia in Modern Times, …").
FAMILY_FIRST_HEAD_PATTERN = re.compile(
    r"""
    (?P<family>[A-ZÀ-Þ][A-ZÀ-Þ’'-]{1,30}
      |(?:Ma?c(?=[A-Z]))?[A-ZÀ-Þ][a-zß-ÿ’'-]{1,30})
    \s
    (?P<given>(?:[A-ZÀ-Þ][a-zß-ÿ-]{1,20}\s?)?(?:[A-ZÀ-Þ][a-z]?\.\s?){1,3}(?<!\s)
      |[A-ZÀ-Þ][a-zß-ÿ-]{1,20}(?=,))
    ,?\s
    (?=[A-ZÀ-Þ«“"*])
    """,
    re.VERBOSE,
)

# The year closing such an entry, an aside after it ("(éd. orig. 1959)") and the cited page:
# ", Paris, 1974.", ", 1970, p.40.", ", 1984, pp. 576–77."
COMMA_YEAR_TAIL_PATTERN = re.compile(
    rf"""
    ,\s(?P<year>{YEAR})
    (?:\s\((?P<aside>[^()]{{1,40}})\))?
    (?:,\s(?:pp?\.\s?)(?P<locator>{_PAGE}(?:,\s?{_PAGE}){{0,5}}))?
    [.\s]*\Z
    """,
    re.VERBOSE,
)


# The facts of publication in brackets closing an author-date entry's title: "Sino-Russian
# Relations in the Seventeenth Century (The Hague: Nijhoff)".
TITLE_IMPRINT_PAREN_PATTERN = re.compile(
    r"\s\((?P<place>[^():;,\d]{2,40}):\s?(?P<publisher>[^():;\d]{2,80})\)\Z"
)


# A journal, its volume, the issue in brackets and the pages, no comma after the journal's name:
# "Journal of Early Modern History 4 (3-4): 322-336".
JOURNAL_VOLUME_ISSUE_PATTERN = re.compile(
    r"""
    (?P<journal>[A-Z][^,:;()\d]{2,120}?)\s
    (?P<volume>\d{1,4})\s?\((?P<issue>\d{1,4}(?:\s?[-–/]\s?\d{1,4})?)\)
    \s?:\s?(?P<pages>\d{1,5}(?:\s?[-–—]\s?\d{1,5})?)
    """,
    re.VERBOSE,
)


# The head of a French review's heading: the people, given name first and the family name in
# capitals, perhaps their role, a full stop and a dash before the title ("Tamara KONDRATIEVA
# (dir.). – Les Soviétiques…", "Hans GÜNTHER, Evgenij DOBRENKO (eds.). – …").
DASHED_HEADING_HEAD_PATTERN = re.compile(
    r"(?P<names>[^.–—()«»:;]{3,150}?)(?:\s\((?P<role>dir\.|éd\.|eds?\.|coord\.)\))?\.\s[–—]\s"
)
# Its tail: the year and the count of pages ("…, 2011, 432 p.", "2000,1 040 pages"; the count
# read off before as a trailer when it is spaced as printed)
DASHED_HEADING_TAIL_PATTERN = re.compile(
    rf",\s(?P<year>{YEAR})(?:,\s?(?P<extent>\d[\d\s]{{0,6}}\s?(?:p\b\.?|pages)))?[.\s]*\Z"
)
# A name of the head: given names, then the family name in capitals ("Tamara KONDRATIEVA").
CAPITALS_FAMILY_NAME_PATTERN = re.compile(
    r"(?P<given>[A-ZÀ-Þ][^\W\d_]*(?:[\s-][A-ZÀ-Þ][^\W\d_]*){0,2})\s"
    r"(?P<family>[A-ZÀ-Þ][A-ZÀ-Þ’'-]+(?:\s[A-ZÀ-Þ][A-ZÀ-Þ’'-]+)?)"
)
HEADING_PEOPLE_JOIN_PATTERN = re.compile(r",\s|\set\s|\sand\s")


# The year after a short note's title, before the cited page: "Setsuyō Zuihitsu (Osaka Essays),
# 1935, 229-33."
SHORT_TITLE_YEAR_PATTERN = re.compile(rf",\s(?P<year>{YEAR})\Z")


# The volume closing the book a short note's work is in: "in Collected Works, XXIX".
CONTAINER_VOLUME_PATTERN = re.compile(r",\s(?:vol\.\s?)?(?P<volume>[IVXLC]{1,6}|\d{1,3})\Z")


# A romanized title cited before by itself, then its volume and the page: "Meiji tennōki, 8, p.
# 428." (Keene's notes)
TITLE_VOLUME_PAGE_PATTERN = re.compile(
    rf"""
    (?P<title>[A-Z][^\W\d_]{{1,30}}(?:\s[^\W\d_]{{1,30}}){{0,7}}),\s
    (?P<volume>\d{{1,2}}|[IVX]{{1,5}}),\s
    (?=pp?\.\s?{_PAGE})
    """,
    re.VERBOSE,
)


# A work with no author cited by its title, volume and year, perhaps the page after them: I.
# Bashiri's notes' "Soviet Tajik Encyclopedia, vol. 7, 1987, p. 176."
TITLE_VOLUME_YEAR_PATTERN = re.compile(
    rf"""
    (?P<title>[A-Z][^\W\d_]{{1,30}}(?:\s[^\W\d_]{{1,30}}){{1,7}}),\s
    (?:[Vv]ol\.|[Vv]olume)\s?(?P<volume>\d{{1,3}}|[IVXL]{{1,6}}),\s
    (?P<year>{YEAR})
    """,
    re.VERBOSE,
)


# The page of an English short note in a Russian translation's notes, after a dash and a
# Cyrillic "Р." (or a Latin "P."): "Khlevniuk, Stalin: New Biography of a Dictator. – Р. 252."
DASHED_PAGE_PATTERN = re.compile(
    rf"""
    \.\s?[–—-]\s?[PРС]\.\s?(?P<locator>{_PAGE}(?:,\s?{_PAGE}){{0,5}})[.\s]*\Z
    """,
    re.VERBOSE,
)


# A volume's number in brackets closing a note's title, as Japanese collected works are cited in
# English ("Kafu Zenshu (24) (Iwanami Shoten, 1994)").
TITLE_VOLUME_PATTERN = re.compile(r"\s\((?P<volume>\d{1,3})\)")


# The volume of a quoted title printed after its closing quote, perhaps with the years it covers
# in brackets, as an English survey renders a Japanese series' volume ("OISHI Kaichiro ed., ‘The
# History of Japanese Imperialism’ Vol.3 (1937-1950), University of Tokyo Press, 1994."); used
# with .match(text, after_title, end)
QUOTED_TITLE_VOLUME_PATTERN = re.compile(
    rf"""
    [\s,]*(?:[Vv]ol\.|[Vv]olume)\s?(?P<volume>\d{{1,3}}|[IVXLC]{{1,6}})   # " Vol.3", ", vol. 2"
    (?:\s?\((?P<years>{YEAR}\s?[-–]\s?{YEAR})\))?                     # " (1937-1950)"
    (?=[,.:;]\s|[,.]?\Z)
    """,
    re.VERBOSE,
)


# The volume cited closing a title, after its gloss: "Zhongwai jiuyuezhang huibian (A Collection
# of Treaties …), Vol. 3"; a Russian title's "t." (tom): "Grammatika russkogo yazyka, t. 1"
TITLE_END_VOL_PATTERN = re.compile(
    r",\s(?:(?:Vol|vol|V|t|T)\.|[Tt]om)\s?(?P<volume>\d{1,3}|[IVXL]{1,6})\Z"
)


# The editors' role closing the names before an APA year: "B. Grekov, B. Shirendyb eds. (1954)"
HEAD_EDITORS_PATTERN = re.compile(r",?\s\(?[Ee]ds?\.?\)?\Z")


# The year a work first appeared, after the year of the edition cited: "Chūō Kōron Shinsha, 1987;
# originally 1951.", "…, 1990; first published 1936".
ORIGINAL_YEAR_TRAILER_PATTERN = re.compile(
    rf";\s?(?:originally|orig\.|first\spublished|first\sed\.)(?:\s(?:published|publ\.))?"
    rf"(?:\sin)?\s(?P<year>{YEAR})[.\s]*\Z"
)


# A translation after a semicolon, with its own title and facts of publication (DLB's lists of
# works: "Izu no odoriko (Tokyo: Kinseidō, 1927); translated by Edward G. Seidensticker as The
# Izu Dancer (…, 1964);"): the translation's, not the work's. Not a translator of the work itself
# ("By Yamamuro Shin'ichi; translated by Joshua A. Fogel. …"), who names no title with "as".
TRANSLATION_TRAILER_PATTERN = re.compile(
    r"(?:translated|trans\.|tr\.)(?:\sby\s[^;()]{1,80}?)?\sas\s[A-Z\"“‘*]"
)


# "[Конкеест Р. Жатва скорби … / Пер. И. Коэн, Н. Май. London, 1988]", "(рус. пер.: Фицпатрик
# Ш. Повседневный сталинизм … М.: РОССПЭН, 2008. С. 91-93)": the Russian translation's own record
# in brackets after a foreign book's, told by its translator's mark and its year
TRANSLATION_RECORD_PATTERN = re.compile(
    rf"(?i:(?:рус\.\s?)?пер(?:\.|евод)).{{0,300}}?{YEAR}",
    re.DOTALL,
)


# "… Raisa Mirovitskaia and Vladimir Miasnikov": the name a note's list of people ends with
LAST_NAME_JOIN_PATTERN = re.compile(r"(?:^|\s)(?:and|&|и)\s")


# --- a book's title line and its credit lines (credit_lines.py) ---------------------------------

# A label of a shop's or publisher's record before its value, perhaps run on to the line
# before when the breaks were lost: "By:Shen Zhihua", "Publisher:Social Sciences Academic
# Press", "Publication Date:2017-06-01", "StoryAuthors: Jung Chang & John Halliday",
# "Published 2006".
RECORD_LABEL_PATTERN = re.compile(
    rf"""
    (?P<label>(?<![^\W\d_])By|Authors?|Editors?|Translators?|Published\sby|Publisher
      |Publication\sDate|Pub\.\sDate|(?<=\s)Published(?=\s{YEAR}))
    (?:\s?:\s?|\s)(?=\S)
    """,
    re.VERBOSE,
)
# A record's date: "2017-06-01", "2006"
RECORD_ISO_DATE_PATTERN = re.compile(rf"(?P<year>{YEAR})(?:-(?P<month>\d\d)(?:-(?P<day>\d\d))?)?")

# A list's heading, the title, "by" and the author's name closing it, perhaps with the year (and
# the publisher) in brackets: "Red Star Over China By Edgar Snow", "The Long March 1935: … by Dick
# Wilson (1982)", "Mitsubachi to enrai (Honeybees and Distant Thunder) by Riku Onda (Gentosha,
# 2016)", a swap list's "The Long March: The Untold Story, by Harrison E. Salisbury (HC, 1985,
# $3)" (the binding, the year and the price), Kirkus' "Scattered All Over the Earth by Yoko
# Tawada, translated by Margaret Mitsutani (New Directions)" (the publisher alone) and its
# heading "CHINA'S DESTINY by Chiang Kai-Shek with notes & comments by Philip Jaffe".
TITLE_BY_PATTERN = re.compile(
    rf"""
    (?P<title>.{{2,200}}?),?\s+(?P<by>[Bb]y)\s
    (?P<names>[A-Z][^()]{{2,120}}?)
    (?:,\s(?:translated|trans\.)\sby\s(?P<translators>[A-Z][^()]{{2,80}}?)  # ", translated by …"
      |\s(?P<credit>with\s(?:notes|comments|commentary|an?\s(?:introduction|foreword|preface))
        [^()]{{0,40}}?\sby\s[A-Z][^()]{{1,80}}?))?       # "with notes & comments by Philip Jaffe"
    (?:\s\((?:(?P<binding>HC|PB|[Hh]ardcover|[Pp]aperback),\s
        |(?P<publisher>[A-Z][^(),]{{1,60}}),\s)?(?P<year>{YEAR})
      (?:,\s(?P<price>[$£€]\d{{1,4}}(?:\.\d\d)?))?\)        # "(HC, 1985, $3)"
      |\s\((?P<house>[A-Z][^()\d]{{1,60}})\)               # Kirkus' "(Farrar, Straus and Giroux)"
      |\s\((?P<life>{YEAR}\s?[-–]\s?{YEAR})\))?\s*\Z         # the author's life: "(1859–1935)"
    """,
    re.VERBOSE | re.DOTALL,
)
# The same with the title running to the last "by": a title holding "by" itself, as Barnes &
# Noble lists a book ("A Discourse by Three Drunkards on Government by Nobuko Tsukui, Nakae Chomin")
TITLE_LAST_BY_PATTERN = re.compile(
    TITLE_BY_PATTERN.pattern.replace("(?P<title>.{2,200}?)", "(?P<title>.{2,200})", 1),
    TITLE_BY_PATTERN.flags,
)

# "Twenty Letters to a Friend - Svetlana Alliluyeva", "Hirohito and the Making of Modern Japan -
# Herbert P. Bix": a blog's or a shop's line, the title, a spaced dash and the author's name.
TITLE_DASH_AUTHOR_PATTERN = re.compile(
    r"(?P<title>[^\n]{2,200}?)\s[-–—]\s(?P<names>[A-Z][^\n\-–—]{2,60}?)\s*\Z"
)

# A reading list's line, the title, then its author after a spaced slash or a full stop, an
# editor marked "(ed.)": "Precarious Japan / Anne Allison", "The Iwakura Mission in America and
# Europe: A New Assessment / Ian Nish (ed.)", a series list's "An Intellectual History of Wartime
# Japan. Shunsuke Tsurumi"
TITLE_THEN_AUTHOR_PATTERN = re.compile(
    r"(?P<sep>\s/\s|\.\s)(?P<names>[A-Z][^\n/.]*(?:\.\s?[A-Z][^\n/.]*)*?)"
    r"(?:\s\((?P<editors>eds?)\.\))?\s*\Z"
)

# The end of Publishers Weekly's review header: ", $22.95 (419pp)" after the publisher (the
# ISBN after it read off already).
PW_PRICE_PATTERN = re.compile(
    r",?\s(?P<price>(?:US)?[$£€]\s?\d{1,4}(?:\.\d{1,2})?)\s\((?P<extent>\d{1,4}\s?pp?)\)\s*\Z"
)

# The template's empty fields after the author in Publishers Weekly's header, in place of the
# full stop before the publisher: "Adeline Yen Mah, . . Delacorte, $17.99 (240pp)".
PW_EMPTY_FIELDS_PATTERN = re.compile(r",\s\.(?:\s\.)*\s(?=[A-Z])")

# The translators after the author in Publishers Weekly's header, closed by the full stop before
# the publisher: "Yoko Ogawa, trans. from the Japanese by Stephen Snyder. Pantheon, …"; the
# site's template leaves an empty field before and a stray "p" after them ("Eiji Takemae, ,
# trans. and adapted from the Japanese by Robert Ricketts and Sebastian Swann, p. Continuum").
PW_TRANSLATOR_PATTERN = re.compile(
    r"""
    ,\s(?:,\s)?(?:trans\.|translated)(?:\sand\sadapted)?(?:\sfrom\sthe\s[A-Z][a-z]+)?\sby\s
    (?P<names>[A-Z](?:[A-Z]\.\s?|[^,.]){2,80}?)(?<!\s[A-Z])(?:,\sp)?\.\s(?=[A-Z])
    """,
    re.VERBOSE,
)

# A credit under a title: "Edited by Tsutsui Kiyotada", "Translated by Noda Makito and Paul
# Narum", "TRANSLATION BY ZACK DAVISSON".
CREDIT_ROLE_PATTERN = re.compile(
    r"""
    (?<!\S)(?P<role>[Ee]dited|EDITED|[Tt]ranslated|TRANSLATED|[Tt]ranslation|TRANSLATION
      |[Cc]ompiled|COMPILED)\s(?:[Bb]y|BY)\s+(?=[A-Z])
    """,
    re.VERBOSE,
)
# Where one line of an entry ends and the next begins once its breaks became spaces
LINE_BREAK_PATTERN = re.compile(r"\s*\n\s*|\s{2,}")


# A credit in brackets after a title, no gloss of it: "China's destiny and Chinese Economic
# Theory (with notes and commentary by Philip Jaffe)"
CREDIT_PAREN_PATTERN = re.compile(
    r"(?:with\s|(?:edited|translated|introduced|compiled|commentary|notes|introduction|preface|foreword)"
    r"\s(?:\w+\s){0,3}?by\s)",
    re.IGNORECASE,
)


# The editors' part closing the names after a title, before the imprint's brackets: Bix's notes'
# "Shōwa tennō dokuhakuroku, …, Terasaki Hidenari and Mariko Terasaki Miller, eds. (Bungei
# Shunjū, 1991)."; the names are parted by "and".
EDITORS_PART_TAIL_PATTERN = re.compile(r",?\s(?:eds?|editors)\.?\s*")
NAMES_AND_PATTERN = re.compile(r"\s(?:and|&)\s")


# The facts of publication in brackets closing a book's title with no year: "in Stéphane Courtois
# et al., The Black Book of Communism: … (Cambridge, MA: Harvard University Press), 333–52."
YEARLESS_IMPRINT_END_PATTERN = re.compile(
    r"\s\((?P<place>[A-Z][^():;\d]{1,40}?):\s?(?P<publisher>[A-Z][^():;\d]{1,80}?)\)\Z"
)


# Family names alone parted by slashes, then a quoted title: a program's comment citing a book,
# 'Van Hove / Tong, "Surface Crystallography by LEED" (Springer, Berlin 1979)'.
SLASHED_FAMILIES_HEAD_PATTERN = re.compile(
    r"""
    (?P<names>[A-Z][a-z]{1,30}(?:\s[A-Z][a-z]{1,30})?
      (?:\s/\s[A-Z][a-z]{1,30}(?:\s[A-Z][a-z]{1,30})?){1,4}),\s(?=["“])
    """,
    re.VERBOSE,
)
