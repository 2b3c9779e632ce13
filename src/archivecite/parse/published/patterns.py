"""Every regular expression of the published-work parser, compiled once.

Every pattern is linear: no nested quantifiers over overlapping classes.
"""

from __future__ import annotations

import re

YEAR = r"(?:1[5-9]\d\d|20\d\d)"


LABEL_PATTERN = re.compile(
    rf"""
    (?P<label>(?:[^\n/«»“”:.]|\.(?!\s)){{1,200}}?   # the name the entry is filed under
        {YEAR}[a-zа-я]?)           # ... ending in its year, with a letter for homonyms
    [ \t]+[-–—][ \t]+               # the spaced dash that separates it from the reference
    """,
    re.VERBOSE,
)


LIST_MARK_PATTERN = re.compile(
    r"""
    [ \t]*(?:(?:[-•]|\*{1,3})[ \t]+|\d{1,4}[.)][ \t]+  # a bullet, stars rating it, a number
    |\[\d{1,4}\]\.?[ \t]*)?                # ... or GB/T 7714's "[13]", "[10]. "
    """,
    re.VERBOSE,
)


LANGUAGE_TRAILER_PATTERN = re.compile(
    r"""
    \(\s*(?:in|на)\s+                  # "(In Russian)", "(На рус. яз.)"
    (?P<word>[^\W\d_]{2,20})\.?        # the language word or its abbreviation
    (?:\s+яз\.?)?\s*\)                 # Russian "яз." (язык)
    [.\s]*\Z
    """,
    re.VERBOSE | re.IGNORECASE,
)


# The same note closing a title, before the container's "//": "Исследование списков … в России
# (на кит. яз.) // Письменные памятники Востока": the article's language, not its title's words.
TITLE_LANGUAGE_NOTE_PATTERN = re.compile(
    r"\s\(\s*(?:на|in)\s+(?P<word>[^\W\d_]{2,20})\.?(?:\s+яз\.?)?\s*\)\Z",
    re.IGNORECASE,
)


# A note's number glued after the full stop that closes it, as a copy of endnotes runs the
# number on to the text: "Peshawar, 1985.5", "p. 638.15", "pp. 786ff.17" (a year or a page
# before the stop; a figure after a stop is no decimal there), or after a space: "Soviet Tajik
# Encyclopedia, vol. 7, 1987, p. 176. 10" (I. Bashiri's notes).
GLUED_NOTE_NUMBER_PATTERN = re.compile(
    rf"""
    (?:(?<![\d.]){YEAR}|(?:\bpp?\.\s?)\d{{1,5}}(?:\s?[-–]\s?\d{{1,5}})?(?:\s?ff)?)
    (?P<stop>\.)\s?(?P<note>[1-9]\d{{0,2}})\s*\Z      # not "2005.04", a year and its month
    """,
    re.VERBOSE,
)


ACCESSED_PATTERN = re.compile(
    r"""
    \(?\s*(?:last\s+)?(?:accessed|retrieved|дата\s+обращения|дата\s+доступа|просмотрено
      |дата\s+звернення|閲覧日?|访问日期|引用日期)      # "просмотрено": Russian OJS's Chicago
    \s*(?:on\s+)?:?\s*
    (?P<date>[^()\[\]\n]{4,40}?)       # the date as printed; read by the date patterns
    \s*\)?[.\s]*\Z
    """,
    re.VERBOSE | re.IGNORECASE,
)


# The names of an APA entry in any script: "Абылкаликов, С. И., & Баймурзина, Г. Р.",
# "Karasev, A. V.": family names, each with its initials, joined by commas and "&".
_INITIALS = r"(?:[^\W\d_]{1,2}\.[\s-]?){1,3}"
APA_NAMES_PATTERN = re.compile(
    rf"""\s*(?:&\s*)?[^\W\d_][\w'’ -]{{0,40}},\s{_INITIALS}
         (?:,?\s(?:&\s|и\s)?[^\W\d_][\w'’ -]{{0,40}},\s{_INITIALS})*\s*""",
    re.VERBOSE,
)
YEAR_PAREN_PATTERN = re.compile(
    rf"""
    \(\s*(?P<year>{YEAR})[a-z]?       # "(1991)", "(1945a)"
    (?:\s*,\s*(?P<rest>[^()]{{1,30}}))? # "(1945, July 26)"
    \s*\)
    """,
    re.VERBOSE,
)


AUTHOR_DATE_PATTERN = re.compile(
    rf"""
    \.\s+(?P<year>{YEAR})[a-z]?\.\s   # Chicago author-date: "King, Amy. 2016. "
    """,
    re.VERBOSE,
)


MONTH_DAY_YEAR_PATTERN = re.compile(
    rf"""
    (?P<month>[^\W\d_]{{3,10}})\.?,?\s+ # "April 18, 1991", "October, 19, 1956"
    (?P<day>\d{{1,2}}),?\s+
    (?P<year>{YEAR})
    """,
    re.VERBOSE,
)


MONTH_YEAR_PATTERN = re.compile(
    rf"""
    (?P<month>[^\W\d_]{{3,10}})\.?,?\s+ # "March 1937", "март 1937 г.": a month's issue
    (?P<year>{YEAR})
    """,
    re.VERBOSE,
)


DAY_MONTH_YEAR_PATTERN = re.compile(
    rf"""
    (?P<day>\d{{1,2}})\s+               # "08 July 2020", "11 April", "27 июля 1945 г."
    (?P<month>[^\W\d_]{{3,10}})\.?
    (?:\s+(?P<year>{YEAR}))?
    (?:\s*г\.)?
    """,
    re.VERBOSE,
)


# A periodical's day after its year, the month first and no year again: "The Japan Times. 1905.
# September 11 (No. 2570). P. 2"
MONTH_DAY_PATTERN = re.compile(r"(?P<month>[^\W\d_]{3,10})\.?\s(?P<day>\d{1,2})(?!\d)")


# What follows an issue's day in brackets: the day by the other calendar and the issue's number
# ("18 марта (1 апр.) (№ 10072)", "September 11 (No. 2570)", "Июль (№ 7)").
ISSUE_DAY_TAIL_PATTERN = re.compile(
    r"""
    (?:\s?\((?P<other_day>\d{1,2}\s[^\W\d_]{3,10}\.?)\))?
    (?:\s?\((?:№|No\.|N)\s?(?P<issue>\d{1,6})\))?
    \s*
    """,
    re.VERBOSE,
)


NUMERIC_DATE_PATTERN = re.compile(
    rf"""
    (?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>{YEAR})  # "12.03.2020"
    |(?P<iso_year>{YEAR})-(?P<iso_month>\d\d)-(?P<iso_day>\d\d) # "2020-03-12"
    """,
    re.VERBOSE,
)


YEAR_PATTERN = re.compile(
    rf"""
    (?P<year>{YEAR})[a-z]?(?:\s*г\.?|\s*год)?   # a bare year, "1997 г."
    """,
    re.VERBOSE,
)


INITIALS_PATTERN = re.compile(
    r"""
    (?:[A-ZА-ЯЁ][a-zа-яё]?\.[\s-]?){1,4}   # "V. P.", "Ya. A.", "В.П.", "J.-P."
    """,
    re.VERBOSE,
)


FAMILY_INITIALS_PATTERN = re.compile(
    r"""
    (?P<family>[^\W\d_][^\s,.;:()]{1,40})\s+   # "Kobayashi A.", "Галицкий В.П."
    (?P<initials>(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?){1,3})
    """,
    re.VERBOSE,
)


INITIALS_FAMILY_PATTERN = re.compile(
    r"""
    (?P<initials>(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?){1,3})\s?  # "В.П. Галицкий" after "/"
    (?P<family>[^\W\d_][^\s,.;:()]{1,40})
    """,
    re.VERBOSE,
)


GOST_AUTHOR_PATTERN = re.compile(
    r"""
    (?P<family>[A-ZА-ЯЁ][a-zа-яё’'-]{1,40}),?\s       # "Галицкий", "Galitskiy,"
    (?P<initials>[A-ZА-ЯЁ][a-zа-яё]?\.\s?(?:[A-ZА-ЯЁ][a-zа-яё]?(?:\.|(?=,)))?)  # "В.П.", "Н.А,"
    """,
    re.VERBOSE,
)


GOST_FULL_AUTHOR_PATTERN = re.compile(
    r"""
    (?P<family>[А-ЯЁ][а-яё-]{1,40}),\s               # "Карасёв, Сергей Владимирович. "
    (?P<given>[А-ЯЁ][а-яё]{1,20}(?:\s[А-ЯЁ][а-яё]{1,25})?)
    (?:,\s(?P<role>(?:отв\.\s?)?ред\.)               # "Виноградов, Виктор Владимирович, ред. "
      |\s\((?P<paren_role>(?:отв\.\s?)?ред\.)\)\.    # "Крысин, Леонид (отв. ред.). "
      |\.)\s
    """,
    re.VERBOSE,
)


VOLUME_PATTERN = re.compile(
    r"""
    (?:Vols?|vols?|Том|том|ТТ|Тт|тт|Т|т|T|Tom|Tome|Bd|Кн|Ч|Pt|V(?=\.\s?\d))\.?\s{0,2}  # "Vol. 18",
                            # "Т. 2", "ТТ. 1–2", "Том I", "V. 46" (a figure after "V." only)
    (?P<volume>(?:\d|[IVXLC]{1,6}\b)[\w()/\-–— ]{0,20})  # "Т. VII", "T. I—IV"
    """,
    re.VERBOSE,
)


ISSUE_PATTERN = re.compile(
    r"""
    (?:№\.?|No\.?|no\.?|N°?|Вып\.|вып\.|Выпуск|выпуск|Vyp\.|vyp\.|Iss\.|Issue|issue\.
      |(?<![^\W\d_])Is\.(?=\s?\d))                # "Is. 4": the (In Russ.) lists' issue
    \s{0,2}                                         # "№ 4", "Вып.  2", "Выпуск 3",
                                                    # "№. 2" (a stray dot after the sign)
    (?P<issue>\d[\w/\-–]{0,12}
        (?:\s?\((?!(?:1[6-9]|20)\d\d\))\d[\w/\-–]{0,12}\))?)  # "№ 2 (34)", "№3(36)": the running
    # number kept as printed; "issue.3" as HAL's reference lists print it
    (?:\s?\([^\W\d_]{3,12}\.?\))?     # "№4 (October)": the issue's month, not its number
    (?:\s?\((?P<year>(?:1[6-9]|20)\d\d)\))?  # "N 6 (2000)": the issue's year
    """,
    re.VERBOSE,
)


PAGES_PATTERN = re.compile(
    r"""
    (?:С\.|с\.|C\.|S\.|pp?\.|Pp?\.|р\.|Р\.|[Сс]тр\.)\s?  # "С. 58–73", "pp. 5-9", "P. 12",
                        # "Pp. 41–55" (the (In Russ.) lists' capital), "C. 71", a Cyrillic
                        # look-alike "р. 49-73", "Стр. 645"
    (?P<pages>\d+(?:\s?[-–—]\s?\d+)?)
    """,
    re.VERBOSE,
)


# "С. 78, 79", "pp. 12, 15-17": a note's list of the pages it cites, one label before them all
PAGE_LIST_PATTERN = re.compile(
    r"""
    (?:С\.|с\.|S\.|pp?\.|Pp?\.|[Сс]тр\.)\s?
    (?P<pages>\d{1,5}(?:\s?[-–—]\s?\d{1,5})?(?:,\s?\d{1,5}(?:\s?[-–—]\s?\d{1,5})?){1,5})
    """,
    re.VERBOSE,
)


# "625-44", "51" after "vol. 6": pages without their "pp."; not a year ("1957", "1957-1960")
BARE_PAGES_PATTERN = re.compile(
    r"(?!(?:1[5-9]|20)\d\d(?:\s?[-–—]\s?(?:1[5-9]|20)\d\d)?$)"
    r"(?P<pages>\d{1,5}(?:\s?[-–—]\s?\d{1,5})?)"
)


EXTENT_PATTERN = re.compile(
    r"""
    (?P<extent>\d+(?:\s?\+\s?\d+)?)\s?(?:с|c|s|pp?|стр|str)\.?   # "420 с.", "318 p."
    """,
    re.VERBOSE,
)


NUMBERS_PATTERN = re.compile(
    r"""
    (?P<first>\d{1,4})                                  # "4, 58-73", "12(3): 45-67"
    (?:\s?\((?P<second>[^()]{1,15})\))?
    \s?[,:]\s?(?:pp?\.\s?)?
    (?P<pages>\d+(?:\s?[-–—]\s?\d+)?)
    """,
    re.VERBOSE,
)


PLACE_PUBLISHER_PATTERN = re.compile(
    rf"""
    (?P<place>[^\W\d_][^:;()\[\]]{{0,60}}?                # "Moscow:", "М.:", "Stanford, CA:"
      (?:\s[(\[][A-Z][a-z]{{1,6}}\.?[)\]])?                # "Cambridge [Mass.]:": the state
      (?:\s?;\s?[^\W\d_][^:;,()\[\]]{{0,30}}?){{0,3}})\s?:\s?  # "М.; Л.:": several places
    (?P<publisher>[^:;]{{1,300}}?)                      # "Terra", "ИВ РАН"
    (?:,\s?(?P<year>{YEAR})[a-z]?(?:\s?г\.)?         # ", 2003"
      (?:,\s?(?P<extent>(?:[xvilc]{{1,8}}\s?\+\s?)?\d{{1,4}}\s?pp?\.?)  # ", 200 pp.", "xxv+151 pp."
        (?:\s\([A-Z][a-z]{{2,20}}\))?)?)?  # monoskop's "(Russian)" after them
    (?:,\s?(?:pp?\.\s?)?(?!{YEAR}\s?[-–—]\s?{YEAR})        # ", 32–62": a chapter's pages
      (?P<pages>\d{{1,5}}\s?[-–—]\s?\d{{1,5}}))?            # (not a set's years "1982-1995")
    """,
    re.VERBOSE,
)


PLACE_YEAR_PATTERN = re.compile(
    rf"""
    (?P<place>[^\W\d_][^:;,()\[\]]{{0,40}}?            # "М., 2005", "Иркутск, 2007"
      (?:\s[(\[][A-Z][a-z]{{1,6}}\.?[)\]])?             # "Cambridge (Mass.), 1953": the state
      (?:\s?;\s?[^\W\d_][^:;,()\[\]]{{0,30}}?){{0,3}})
    (?:(?P<comma>,)\s?|(?<=\.)\s?)                    # "Киев; Львов, 1997"; "М. 1972"
    (?P<year>{YEAR})(?:\s?[–—-]\s?(?P<last>{YEAR}))?      # "Спб., 1890—1892": a set's years
    (?:\s(?:Т|Кн)\.?\s?(?P<volume>\d{{1,3}}(?:\s?[–—-]\s?\d{{1,3}})?))?  # "1960-1961 Т. 1-2"
    (?:,\s?(?:с|С|стр|s|c)\.\s?                         # "Токио, 1941, с. 490, 494"
      (?P<pages>\d{{1,4}}(?:(?:,\s?|\s?[–—-]\s?)\d{{1,4}}){{0,5}}))?
    """,
    re.VERBOSE,
)

# "Deterrent Diplomacy: … 1935-1945 (Japan's road to the Pacific War Series)": the series in
# brackets closing a title, named as one (searched in the title's value)
TITLE_SERIES_PATTERN = re.compile(r"\s\((?P<series>[^()]{3,80}\s[Ss]eries)\)\Z")

# "Шаблоны корпоративных приложений: пер. с англ.", "Полное описание языка.: Пер. с англ.": the
# language a Russian book was translated from, closing its title after a colon (searched in the
# text of the title's span)
TITLE_TRANSLATED_FROM_PATTERN = re.compile(
    r"\.?\s?:\s?(?:[Пп]ер\.|[Пп]еревод)\s?с\s?(?P<language>[а-яё]{2,12}\.?)\s*\Z"
)

# A long vowel of a romanized Japanese name as a copy may spell it ("Goto", "Gotou", "Gotoh",
# "Ōno", "Oono", "Ohno", "Yuuko"), folded to one vowel to compare names (after the marks are
# taken off)
ROMAJI_LONG_VOWEL_PATTERN = re.compile(r"o[ouh](?![aiueo])|uu")

# "Yung-fa", "K'ai-shek", "Tse-tung": a Chinese (or Korean) given name of two syllables joined by
# a hyphen, the second in small letters, as Wade-Giles writes it
SYLLABLE_GIVEN_NAME_PATTERN = re.compile(r"[A-Z][a-z'’]{0,6}-[a-z][a-z'’]{0,6}")
CAPITALISED_SYLLABLES_PATTERN = re.compile(r"[A-Z][a-z'’]{0,6}-[A-Z][a-z'’]{0,6}")

# "Триумф и трагедия. Политический портрет И.В.Сталина (книга 2)": the book of a work in several
# books, in brackets closing its title (searched in the title's value)
TITLE_BOOK_PATTERN = re.compile(
    r"\s?\((?:[Кк]нига|[Кк]н\.|[Bb]ook)\s?(?P<book>\d{1,2}|[IVX]{1,4})\)\Z"
)

# "М., 1972, с. 10": the year, a comma and a small "с.", as a note (not a list's ". — С. 184")
# prints the page it cites; used with .search(text, span.start - 12, span.start)
# A page label and its number after an abbreviation's dot: " С. 51–52", " P. 40—58", " pp. 3"
PAGE_LABEL_AHEAD_PATTERN = re.compile(r"\s(?:С|с|Стр|стр|P|p|pp|Р|р)\.\s?\d")
NOTE_PAGE_PATTERN = re.compile(rf"{YEAR},\s?с\.\s?\Z")


THESIS_PATTERN = re.compile(
    r"""
    :?\s?(?:(?:автореф|avtoref)\.\s?)?(?:дис+\.|диссертация|dis+\.)  # "дис. ... канд. ист. наук"
    \s?(?:…|\.\.\.)?\s?
    (?P<degree>(?:канд|д-ра|докт|kand|d-ra|dokt)[^:;]{0,40}?(?:наук|nauk))?  # romanized too
    |(?P<other>Ph\.\s?D\.\s(?:diss|thesis|dissertation)|博士論文|博士学位论文|硕士学位论文|修士論文)
    """,
    re.VERBOSE | re.IGNORECASE,
)


IN_CONTAINER_PATTERN = re.compile(
    r"""
    (?:In|in|В\ кн\.:|В:)\s                              # "In <book>, edited by ..."
    """,
    re.VERBOSE,
)


EDITED_BY_PATTERN = re.compile(
    r"""
    ,?\s(?:edited\sby|ed\.\sby|eds?\.|под\s(?:общ\.\s)?ред\.|отв\.\sред\.|сост\.)\s?
    """,
    re.VERBOSE,
)


EDITOR_ROLE_PATTERN = re.compile(
    r"""
    \s?\((?:eds?|Eds?|red|ред|сост|comp)\.?\)           # "(ed.)", "(eds.)", "(ред.)"
    """,
    re.VERBOSE,
)


# "迷信調査協議会, et al" before an APA year: the names end where "et al" begins.
TRAILING_ET_AL_PATTERN = re.compile(r",?\s{0,3}(?:et\s?al|и\s?др)\.?\s*$")


URL_PATTERN = re.compile(
    r"""
    (?:URL:\s?)?(?P<url>(?:https?://|www\.)[^\s<>()\[\]]{1,2000})  # a plain address
    """,
    re.VERBOSE,
)


DOI_PATTERN = re.compile(
    r"""
    (?:DOI:?\s?(?:https?://\s?(?:dx\.)?doi\.org/\s?)?   # "DOI: 10.24224/...", "https://doi.org/10..."
    |https?://\s?(?:dx\.)?doi\.org/\s?)             # ... "DOI: https:// doi.org/ 10.1134/..."
    (?P<doi>10\.\d{4,9}/)\s?(?P<suffix>[^\s]{1,200}?)[.,]?\s*\Z  # ... "10.20538/ 1682-0363-..."
    """,
    re.VERBOSE | re.IGNORECASE,
)


DOI_INLINE_PATTERN = re.compile(
    r"""
    (?<![\w/])(?:DOI:?\s?|https?://(?:dx\.)?doi\.org/)   # a DOI anywhere: "DOI: 10.x/y",
    (?P<doi>10\.\d{4,9}/[^\s<>"\[\]]{1,200})            # "doi:10.x/y", "https://doi.org/10.x/y"
    """,
    re.VERBOSE | re.IGNORECASE,
)


PMID_PATTERN = re.compile(
    r"""
    (?:PubMed\s)?PMID:?\s?(?P<pmid>\d{1,9})            # "PMID 30881554", "PMID: 25785789"
    """,
    re.VERBOSE,
)


VANCOUVER_LOCATOR_PATTERN = re.compile(
    rf"""
    (?<![\w/.-])(?P<year>{YEAR})                         # Vancouver/ICMJE "2020;8(3):28-30"
    (?:\s(?P<month>[A-Z][a-z]{{2}})(?:\s(?P<day>\d{{1,2}}))?)?  # "2019 Jun 1;"
    \s?;\s?
    (?P<volume>\d[\w-]{{0,10}})?                          # "8", "181"
    (?:\s?\((?P<issue>[^()]{{1,20}})\))?                   # "(3)", "(Suppl 2)", "2020;(360)"
    (?:\s?:\s?(?P<pages>[A-Za-z]{{0,4}}\d{{1,7}}           # ":28-30", ":e262-e273", ":eabc4308"
        (?:\s?[-‐–—]{{1,2}}\s?[A-Za-z]{{0,4}}\d{{1,7}})?))?
    (?=[\s.,;]|\Z)
    """,
    re.VERBOSE,
)


VANCOUVER_NAME_PATTERN = re.compile(
    r"""
    (?P<family>[A-ZА-ЯЁ][^\W\d_]*(?:['’-][^\W\d_]+)*)\s   # "Smith", "Lopez-Lopez", "Обернихин"
    (?P<initials>(?:[A-ZА-ЯЁŽŠČ][a-zа-яё]?\.[ -]?){1,4}  # "Е. А.", "D.A.", "Yu."
        |[A-ZА-ЯЁŽŠČ]{1,4}(?![^\W\d_]))                  # ... or undotted: "J", "CES", "Ž"
    """,
    re.VERBOSE,
)


ARCHIVAL_LOCATOR_PATTERN = re.compile(
    r"""
    (?<![^\W\d_])(?:[FfФф]|fond|Фонд)\.?\s?[RrPpРрП]?-?\d+[,.]\s?  # "F. 18, ", "Ф. Р-9401. "
    (?:op|оп|Оп|Op)\.\s?\d                                         # "op. 5", "Оп. 2"
    |全宗号?\s?\d|档案号|檔案號|JACAR                                  # Chinese and Japanese
    |(?<![\w/])[A-C]\d{11}(?!\d)                                   # a JACAR reference code
    """,
    re.VERBOSE,
)


ITEM_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (VOLUME_PATTERN, "volume"),
    (ISSUE_PATTERN, "issue"),
    (PAGES_PATTERN, "pages"),
    (EXTENT_PATTERN, "extent"),
)


PAGE_DASH_PATTERN = re.compile(
    r"""
    [-‐‑‒–—―−～〜~－]+                   # any printed dash (or "--") between two page numbers
    """,
    re.VERBOSE,
)


NEWSPAPER_TAIL_PATTERN = re.compile(
    r"""
    (?:\s?г\.?)?                                    # "1937 г.", its dot perhaps peeled
    (?:[,:]\s?(?:(?:pp?|[сС]|стр)\.\s?)?              # ", p. 2", ", с. 3", ", 1", ": 6"
    (?P<pages>\d{1,3}(?:\s?[-–]\s?\d{1,3})?))?
    [.,;\s]*\Z
    """,
    re.VERBOSE,
)


# A journal's issue by month and year, then its pages after a colon: "August 1947: 265-270".
MONTH_YEAR_PAGES_PATTERN = re.compile(
    rf"(?P<month>[A-Z][a-z]{{2,8}})\.?\s(?P<year>{YEAR}):\s?(?P<pages>\d{{1,5}}(?:\s?[-–]\s?\d{{1,5}})?)"
)


# A periodical named with its kind before its name in quotes: 'Журнал «ЭКО»', 'газета «Правда»'.
LABELLED_PERIODICAL_PATTERN = re.compile(
    r"(?:[Жж]урнал|[Гг]азета|[Аа]льманах|[Бб]юллетень)\s«(?P<name>[^«»]{1,120})»"
)


# Two single quotes printed for a double one (Jansen's notes: "‘‘Japan’s Turn to the West,’’").
DOUBLED_SINGLE_QUOTES_PATTERN = re.compile(r"‘‘|’’")
# Spaces doubled between words by a copy of a justified print ("New  York:  Praeger, 1964,
# p.  63."): the first kept.
DOUBLED_SPACES_PATTERN = re.compile(r"(?P<space> ) +")
# A title between straight single quotes after the comma that closes a note's names, as British
# notes print one ("Paul Gregory and Andrei Markevich, 'Creating Soviet Industry: The House that
# Stalin Built', Slavic Review 61 (2002)"): an apostrophe inside it stands before a letter
# ("Stalin's"), the closing quote before a comma, a stop, a colon or a gloss in brackets; two
# words at least (a publisher's name in quotes, "Moscow, 'Nauka', 1975", is one)
STRAIGHT_QUOTED_TITLE_PATTERN = re.compile(
    r"(?<=,\s)'(?=[^\W\d_])(?P<title>[^'\n\s]{1,300}\s[^'\n]{1,300}?(?:'[^\W\d_][^'\n]{0,300}?)*)'"
    r"(?=[,.:;]|\s\[)"
)


# A name as Springer's reference lists print it before the year, the initials undotted: "Bennett
# G", "Bo YB", "Teiwes FC".
# ... or with the given name written out before the initial ("Vernadsky Vladimir I (1977) The
# Biosphere. N.Y. Copernicus.")
UNDOTTED_NAME_PATTERN = re.compile(
    r"(?P<family>[A-Z][a-z'’-]{1,30})\s(?:(?P<given>[A-Z][a-z'’-]{1,20})\s)?(?P<initials>[A-Z]{1,3})"
)

# A bibliography's author in capitals, two names and a full stop before the title: "CHIBA
# TOKUJI. Seppuku no Hanashi. Kodansha, 1972." (Legends of the Samurai: family name first).
CAPITALS_HEAD_PATTERN = re.compile(
    r"(?P<first>[A-Z][A-Z'’-]{1,20})\s(?P<second>[A-Z][A-Z'’-]{1,20})\.\s{1,3}(?=[A-Z“\"«*_])"
)

# A part of a text in brackets ("Estetika slovesnogo tvorchestva [The aesthetics of verbal
# creativity]"): a translation or an aside, not the words whose language is asked.
BRACKETED_PART_PATTERN = re.compile(r"\[[^\[\]]*\]|\([^()]*\)")


# "… A History of Japanese Literature Tokyo, 1979.", "… коммент. А.Е. Глускиной М. 1972.",
# "… [Изучение О:кагами] Токио, 1960-1961 Т. 1-2.": the imprint, a place and its year (perhaps
# volumes or a page after them), run on to the text before it without the full stop that ends
# an area; the place is checked to be one (a known city or its abbreviation) by the caller.
GLUED_IMPRINT_PATTERN = re.compile(
    rf"""
    (?<=[\w\])])\s                                              # a word or bracket, one space
    (?P<place>[^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*)?\.?)            # "Tokyo", "М.", "New York"
    (?:,\s?|\s)?                                                # ", " or nothing ("L.1964")
    {YEAR}(?:\s?[-–—]\s?\d{{2,4}})?                             # "1979", "1960-1961"
    (?:[.,]?\s(?:Т|Кн|Vol|С|P|p|с)\.?\s?\d{{1,4}}(?:\s?[-–—]\s?\d{{1,4}})?  # "Т. 1-2"
      (?:,\s?\d{{1,4}}(?:\s?[-–—]\s?\d{{1,4}})?){{0,3}}){{0,2}}       # "С. 78, 79"
    \.?\s*\Z
    """,
    re.VERBOSE,
)

# Spaces typed on the wrong side of a mark ("Воспоминания и размышления .-М .: Изд-во …
# Новости ,1983") and a slash run on to the title before a statement of responsibility ("… войны
# 1941-1945/ Под ред. А.М. Самсонова"): a space before a mark and none after it, or a slash with
# a space after it only; a word's full stop glued to the dash before a place's abbreviation
# ("/ Сост. С.Т.Исмаилова.-М .: Аванта+,1996"); a comma or colon with no space after it before
# a capital, as a writer used to Chinese punctuation types it ("Irene Cheng,Clara Ho Tung:A Hong
# Kong Lady,Her Family and Her Times,pp.1-7.").
MISPLACED_SPACE_PATTERN = re.compile(
    r"\s(?P<mark>[.,:;])(?=[^\s.,])|(?<=[^\s/])(?P<slash>/)\s(?=\w)"
    r"|(?<=[^\W\d_]{2})(?P<glued>\.)(?=-[^\W\d_]{1,3}\s?\.)"
    r"|(?<=[^\W\d_]{2})(?P<tight>[,:])(?=[A-Z]|pp?\.)"
    # a quoted Russian title with no stop before the place's abbreviation ("Бугай Н.Ф. «Депортация
    # народов» М.: АИРО-ХХ, 1995"): the full stop that ends the title area put back
    r"|(?<=»)(?P<closed>\s)(?=[А-ЯЁ][А-ЯЁа-яё]{0,3}\.\s?[,:;]\s?\S)"
    # the original in its own script in a full-width bracket glued to the entry's full stop
    # ("Iwanami Shoten, 1911.（西田幾多郎『善の研究』）"): a space, as before any gloss
    r"|(?<=[^\W\d_]\.|\d\.)(?P<opened>)(?=（[\u3040-\u30ff\u4e00-\u9fff])"
)


# An editor's "[sic]" (or "[sic!]", "(sic)", "[!]") after a word printed as the source prints it:
# "Detsvo [sic] i yunost’ vozhdya" is read as if it were not there
SIC_PATTERN = re.compile(r"\s?(?:\[(?:sic!?|!)\]|\((?:sic!?)\))", re.IGNORECASE)

# HTML italics as a page or a CSL processor prints them ("Chang Chung-li,<i>The Chinese Gentry</i>,
# Seattle, …"): the tags are markup, the italics mark the title; "open" is an opening tag.
ITALIC_TAG_PATTERN = re.compile(r"(?P<open><(?:i|em)>)|</(?:i|em)>", re.IGNORECASE)

# A library record's statement of responsibility after the title, in English: "Pa Chin / by
# Nathan K. Mao.", "Random thoughts / by Ba Jin ; translated by Geremie Barmé.", "/ edited by …";
# up to the full stop that ends it (an initial's stop does not: "Nathan K. Mao")
STATED_BY_PATTERN = re.compile(
    r"""
    \s/\s(?=(?:essays\s)?\[?by\]?\s|(?:edited|translated|compiled|selected|introduced)(?:\sand\s\w+)?\sby\s)
    (?P<area>[^/]{4,240}?)
    (?<!\s[A-Z])(?<!^[A-Z])\.(?=\s|\[|$)
    """,
    re.VERBOSE,
)
# The same statement with no "by" and no spaces around the slash, as a library list prints it
# ("Family/Pa Chin. Introduction by Olga Lang. New York: Anchor Books, 1972."): the title, the
# slash, then a name of two or three capitalised words closed by a full stop; whether those words
# are a person's is for the reader (not "Electronic Book Indexer/Browser.")
SLASHED_NAME_PATTERN = re.compile(
    r"(?P<title>[^\W\d_][^/]{0,200}?[^\s/])/(?P<name>[A-Z][^\W\d_'’-]+(?:\s[A-Z][^\W\d_'’-]+){1,2})"
    r"\.\s(?=\S)"
)
# One role of such a statement: "by Ba Jin", "translated [from the Russian] by Geremie Barmé",
# parted by " ; "
STATED_ROLE_PATTERN = re.compile(
    r"\s?(?:(?P<role>edited|translated|compiled|selected|introduced)(?:\sand\s\w+)?"
    r"(?:\sfrom\sthe\s[A-Z]\w+)?\s)?\[?by\]?\s(?P<names>[^;]+?)\s?(?:;|$)"
)
# A heading's name with another spelling of it in brackets, before the title: the pinyin after
# an older romanization ("Lao Shaw (Lao She). Rickshaw Boy.", "Chu Po (Qu Bo). Tracks …"), or
# a given name written out after its initial ("Lang, O. (Olga) . Pa Chin and his writings.")
NAME_ALIAS_HEAD_PATTERN = re.compile(
    r"""
    (?P<name>[A-Z][^\W\d_]+(?:,\s(?P<initials>(?:[A-Z]\.\s?){1,3})|\s[A-Z][^\W\d_'’-]+){1,2}?)
    \s?\((?P<alias>[A-Z][^\W\d_'’-]+(?:\s[A-Z][^\W\d_'’-]+){0,2})\)\s?\.\s(?=\S)
    """,
    re.VERBOSE,
)
# A Russian heading's name with the author's other name in brackets after it, before the title:
# the book was printed under both ("Ильин В. (Н.Ленин). Государство и революция: …", the 1918
# title page's "В. Ильин (Н. Ленин)"); the other name with its initials first or last
_CYRILLIC_FAMILY = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_CYRILLIC_INITIALS = r"(?:[А-ЯЁ][а-яё]?\.\s?){1,2}"
OTHER_NAME_HEAD_PATTERN = re.compile(
    rf"""
    (?P<name>{_CYRILLIC_FAMILY}\s(?:[А-ЯЁ][а-яё]?\.\s?)?[А-ЯЁ][а-яё]?\.)
    \s?\((?:(?P<initials>{_CYRILLIC_INITIALS})(?P<family>{_CYRILLIC_FAMILY})
    |(?P<family_first>{_CYRILLIC_FAMILY})\s(?P<initials_last>{_CYRILLIC_INITIALS}))\s?\)\.?\s
    (?=[А-ЯЁ«"])
    """,
    re.VERBOSE,
)
# A library record's ISBD spacing before a colon ("Boston : Twayne Publishers") and its
# physical description closing it ("170 p. : port. ; 21 cm.", "xvii, 200 p. : ill.")
ISBD_COLON_PATTERN = re.compile(r"(?<=\w)\s(?=:\s)")
# A library record's uniform title in brackets after its main entry, the original's title and
# the language of the translation: "Polian, P. M. [Ne po svoyey vole. English] Against their will"
UNIFORM_TITLE_PATTERN = re.compile(
    r"\s\[(?P<uniform>[^\[\]]{2,150}?)\.\s(?:English|French|German|Russian|Italian|Spanish"
    r"|Polish|Japanese|Chinese|Ukrainian)\](?=\s)"
)
ISBD_EXTENT_PATTERN = re.compile(
    r"\.\s(?:[xivlc]{1,8},\s)?\d{1,4}\s?p\.(?:\s:\s[a-z][a-z., ]{0,40}?)?"
    r"(?:\s;\s\d{1,2}\s?cm)?\.?\s*$"
)


# An APA head with a typist's slips: a full stop for the comma after the family name, no space
# after the year's closing stop ("Barkhuradov. L. (1975).Yazyk i perevod. …"), read as the head
# with a comma after the family name and a space after the year
APA_SLIPS_HEAD_PATTERN = re.compile(
    r"(?P<family>[^\W\d_][\w'’\-]{1,40})(?:(?P<stop>\.)|,)\s"
    r"(?:[^\W\d_]{1,2}\.\s?){1,3}\((?:1[5-9]|20)\d\d[a-z]?\)\.(?P<glued>(?=[^\W\d_]))?"
)


# A macron vowel a copy set on a line of its own, between the two parts of its word ("Meiji tenn\nō
# \nki\n, 8, p. 428.", read with its line breaks as spaces), and a space left before the comma
# after such a word.
LONE_MACRON_PATTERN = re.compile(
    r"(?<=[a-z])\s+(?P<letter>[āēīōū])(?:\s+(?=[a-z])|(?=\s*,))|(?<=\w)\s+(?=,)"
)

# German notes and bibliographies: "Hildermeier, Manfred: Geschichte der Sowjetunion 1917–1991.
# München 1998.", "Karl Marx und Friedrich Engels: «Die russische Kommune». Hg. von Maximilien
# Rubel. München 1972": the people before a colon, the title, perhaps its editors and volumes,
# then the place and the year with no comma between them, perhaps the cited page ("S. 45").
GERMAN_ENTRY_PATTERN = re.compile(
    r"""(?:(?P<people>(?:[^:«»„“".;]|(?<=\s[A-Z])\.){3,120}?):\s)?  # "Wladimir I. Lenin:"; none
                                                       # before a quoted title its editors follow
        (?:«(?P<quoted>[^»]{2,300})»|„(?P<quoted_low>[^“]{2,300})“
          |(?<=:\s)(?P<title>[^«„].{1,300}?))
        (?:\s\[[^\]]{1,40}\])?(?:[.,]\s|\s(?=\())  # "Title. Place", "Title, Place", "Title (Place"
        (?:(?:Hg\.|Hrsg\.)\s(?:von\s)?(?P<editors>[^.]{3,120}?)\.\s)?
        (?:(?P<volumes>\d{1,3})\sBde\.(?:\sund\s\d{1,3}\s[\w.-]{1,12}Bde\.)?\s)?  # "2 Reg.-Bde."
        (?P<open>\()?
        (?P<place>[A-ZÄÖÜ][\w\-]+(?:\s(?:am|an\sder|im|a\.)\s?[A-ZÄÖÜ]?[\w.]+)?
           (?:/[A-ZÄÖÜ][\w\-]+)?)
        \s(?P<year>1[5-9]\d\d|20\d\d)(?:\s?[–-]\s?(?:1[5-9]\d\d|20\d\d))?
        (?:\s[–-]\s[A-ZÄÖÜ][\w\-]+\s(?:1[5-9]\d\d|20\d\d))?   # "Moskau 1947 - Berlin 1971"
        (?(open)\))
        (?:,\s(?:S\.|Bd\.\s\d{1,3},\sS\.)\s?(?P<locator>\d{1,4}(?:\s?[–-]\s?\d{1,4})?(?:\s?ff?\.)?))?
        \.?\s*""",
    re.VERBOSE,
)
# A German article: the people before a colon, the title (perhaps the year it was written in
# brackets after it), then "In:" and the journal with its volume, year (a volume's two years
# "1901/02"), issue and pages: "Karl Kautsky: «Die Revision des Programms der Sozialdemokratie in
# Österreich» [1902]. In: «Die Neue Zeit» 1901/02, S. 79 f", "…: Title. In: Jahrbücher für
# Geschichte Osteuropas 45 (1997), H. 2, S. 161–189."
GERMAN_ARTICLE_PATTERN = re.compile(
    r"""(?P<people>(?:[^:«»„“".;\d]|(?<=\s[A-Z])\.){3,120}?):\s
        (?:«(?P<quoted>[^»]{2,300})»|„(?P<quoted_low>[^“]{2,300})“|(?P<title>[^«„].{1,300}?))
        (?:\s\[[^\]]{1,40}\])?\.\s[Ii]n:\s
        (?:«(?P<journal_q>[^»]{2,150})»|„(?P<journal_ql>[^“]{2,150})“
          |(?P<journal>[^\d«„\s][^,:;()«»]{1,150}?)),?\s
        (?:(?P<volume>\d{1,4})\.?\s(?:Jg\.,?\s)?)?
        \(?(?P<year>1[5-9]\d\d|20\d\d)(?:/\d{2,4})?\)?
        (?:,\s(?:Nr\.|Heft|H\.)\s?(?P<issue>\d{1,4}(?:/\d{1,4})?))?
        (?:,\s(?:S\.|Sp\.)\s?(?P<pages>\d{1,5}(?:\s?[–-]\s?\d{1,5})?)(?:\s?ff?\.?)?)?
        \.?\s*""",
    re.VERBOSE,
)
# The joins between the people of a German entry: "Karl Marx und Friedrich Engels", "Hg./Hg."
GERMAN_PEOPLE_JOIN_PATTERN = re.compile(r"\s(?:und|u\.)\s|\s?/\s?|;\s")
# The heading of a book review in a German journal (JGO, JHK, H-Soz-Kult, sehepunkte): the
# people before a colon, the title (its subtitles after full stops, then perhaps who edited
# it), "Place: Publisher[,] Year", then the count of pages or the ISBN: "Georgij Černjavskij /
# Michail Stančev / Maria Tortika (Lobanova): Žiznennyj put’ Christiana Rakovskogo 1873–1941.
# Evropeizm i bol’ševizm. Neokončennaja duėl’. Moskva: Centrpoligraf, 2014. 880 S., 1 Abb.
# ISBN: 978-5-227-05277-3.", "Petrov, N.V./Skorkin, K.V.: Kto rukovodil NKVD, 1934–1941:
# Spravočnik. … Moskva: Zven’ja, 1999, 504 Seiten."
GERMAN_REVIEW_HEADER_PATTERN = re.compile(
    r"""(?P<people>(?:[^:«»„“".;\d]|(?<=[A-Z])\.|;(?=\s)){3,160}?):\s
        (?P<body>[^\s].{1,400}?)[.,]\s
        (?P<place>[A-ZÄÖÜ][\w\-]+(?:(?:,\s|\s|/)(?:am\s|an\sder\s|im\s)?[A-ZÄÖÜ][\w\-.]+){0,2}):\s
        (?P<publisher>[^,:;\s][^,:;]{0,80}?)(?P<comma>,)?\s
        (?P<year>1[5-9]\d\d|20\d\d)(?=[.,;]|$)
        (?P<tail>[^:]{0,120})""",
    re.VERBOSE,
)
# what follows the year of such a heading: the count of pages and the ISBN, in either order
GERMAN_REVIEW_EXTENT_PATTERN = re.compile(
    r"(?<![\w-])(?:[XVILC]+,\s?)?\d{1,4}\s(?:S\.|Seiten|pp?\.|с\.)"
)
GERMAN_REVIEW_ISBN_PATTERN = re.compile(r"ISBN:?\s(?P<isbn>[\dX][\dX\-\s]{8,20}[\dX])")
# a sentence after the title that says who edited, compiled or translated it
GERMAN_REVIEW_CREDIT_PATTERN = re.compile(
    r"\.\s(?:Pod\s(?:obšč\.\s|obshch\.\s)?red\.|Hg\.|Hrsg\.|Herausgegeben|Sost\.|Otv\.\sred\."
    r"|Red\.|Aus\sdem|Übers|Mit\s(?:einem|einer)|Eingeleitet|Edited|Translated)"
)

# ". Ленингр. отд-ние", ". Сиб. отд-ние": a publisher's regional branch after its name and a full
# stop ("Наука. Сиб. отд-ние"), part of the publisher, not a sentence of its own
PUBLISHER_BRANCH_PATTERN = re.compile(
    r"\.\s(?:[А-ЯЁ][а-яё-]{1,14}\.\s){1,2}(?:отд-ние|отделение|отд\.)(?![а-яё])"
)

# "no 11, pp. 91–118": one instalment of a serialized study, its issue and pages; a list of them
# ("Russkoe vozrozhdenie, no 11, pp. 91–118; no 12, pp. 108– 126") closes the study's reference
INSTALMENT_PATTERN = re.compile(
    r"(?:no|No|№|issue)\.?\s?(?P<issue>\d{1,4}(?:\s?\(\d{1,4}\))?),\s?(?:pp?|с|С)\.\s?"
    r"(?P<pages>\d{1,5}(?:\s?[-–—]\s?\d{1,5})?)"
)
INSTALMENT_SEPARATOR_PATTERN = re.compile(r"\s?;\s?")

# A romanized Japanese name whose space a copy lost, opening a note before its comma
# ("YoshidaYutaka, Ajia Taiheiyō sensō …"): read as two words when both are listed names
GLUED_ROMAJI_NAME_PATTERN = re.compile(
    r"(?P<family>[A-Z][a-zāēīōūâêîôû]{1,12})(?P<given>[A-Z][a-zāēīōūâêîôû]{1,12})(?=,\s)"
)

# French Wikipedia's "Ouvrage" template as it prints a book: the people, the title, then
# "Place, Publisher, Year, 904 p. (ISBN …, lire en ligne), p. 13." (an empty year left as ", ,"):
# "(ru) Н. Поболь et П. Полян (sous la direction de А. Н. Яковлев), Сталинские депортации :
# 1928–1953, Moscou, Международный фонд «Демократия»: Материк, , 904 p. (lire en ligne [PDF]),
# p. 13."; the part from the comma before the place
FRENCH_BOOK_TAIL_PATTERN = re.compile(
    rf""",\s(?P<place>[^\W\d_][^,()«»]{{0,40}}?),\s
        (?P<publisher>[^,()\s][^,()]{{0,150}}?),\s
        (?:(?P<year>{YEAR})(?:,\s|(?=\s\()|(?=\.?\s*\Z))|,\s)?  # the year, or none: ", ,"
        (?:(?P<extent>\d{{1,5}}\sp\.?))?
        (?:\s\((?P<paren>[^()]{{0,200}})\))?
        (?:,\s(?:p|pp)\.\s(?P<locator>\d{{1,5}}(?:\s?[-–]\s?\d{{1,5}})?))?
        \.?\s*""",
    re.VERBOSE,
)
# The people of such a book: "(ru) " the work's language first, then the names joined by "et",
# then "(sous la direction de …)" or "(dir.)" for its editors
FRENCH_PEOPLE_PATTERN = re.compile(
    r"(?:\((?P<lang>[a-z]{2,3})\)\s)?(?P<people>[^,()«»:;]{3,200}?)"
    r"(?:\s\((?:sous\sla\sdirection\sde\s(?P<editors>[^()]{3,120})|(?P<role>dir\.|éd\.))\))?,\s"
)
FRENCH_PEOPLE_JOIN_PATTERN = re.compile(r",\s|\set\s")

# The slips of an English note as a Chinese journal types it: a space before each comma and
# colon ("Yoshihiro Ishikawa , translated by Joshua A. Fogel , The Formation …"), the cited
# page as "P." glued to the comma or full stop before it ("1967,P.179 - 180", "1989.P.218",
# "Penguin, P.119"), a full-width full stop closing it ("。").
# "Yoshihiro Ishikawa, translated by Joshua A. Fogel, The Formation of …": the translator named
# between the author and the title, as Chinese journals print an English note
TRANSLATOR_BEFORE_TITLE_PATTERN = re.compile(
    r"(?P<author>[A-Z][^,;:()\d]{2,60}?),\s(?:[Tt]ranslated|[Tt]rans\.|[Tt]r\.)\sby\s"
    r"(?P<names>[A-Z][^,;:()\d]{2,80}?),\s(?=[A-Z“\"‘*])"
)
SPACE_BEFORE_MARK_PATTERN = re.compile(r"(?<=[\w.)])\s(?=[,:]\s)")
CAPITAL_PAGE_PATTERN = re.compile(r"[,.]\s?P\.\s?(?=\d)")
