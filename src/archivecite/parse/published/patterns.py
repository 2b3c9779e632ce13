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
    [ \t]*(?:[-*•][ \t]+|\d{1,4}[.)][ \t]+  # a markdown bullet or a list number
    |\[\d{1,4}\][ \t]*)?                    # ... or GB/T 7714's "[13]"
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


ACCESSED_PATTERN = re.compile(
    r"""
    \(?\s*(?:last\s+)?(?:accessed|retrieved|дата\s+обращения|閲覧日?|访问日期|引用日期)
    \s*(?:on\s+)?:?\s*
    (?P<date>[^()\[\]\n]{4,40}?)       # the date as printed; read by the date patterns
    \s*\)?[.\s]*\Z
    """,
    re.VERBOSE | re.IGNORECASE,
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


DAY_MONTH_YEAR_PATTERN = re.compile(
    rf"""
    (?P<day>\d{{1,2}})\s+               # "08 July 2020", "11 April", "27 июля 1945 г."
    (?P<month>[^\W\d_]{{3,10}})\.?
    (?:\s+(?P<year>{YEAR}))?
    (?:\s*г\.)?
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
    (?P<initials>[A-ZА-ЯЁ][a-zа-яё]?\.\s?(?:[A-ZА-ЯЁ][a-zа-яё]?\.)?)  # "В.П.", "Ya. A."
    """,
    re.VERBOSE,
)


GOST_FULL_AUTHOR_PATTERN = re.compile(
    r"""
    (?P<family>[А-ЯЁ][а-яё-]{1,40}),\s               # "Карасёв, Сергей Владимирович. "
    (?P<given>[А-ЯЁ][а-яё]{1,20}(?:\s[А-ЯЁ][а-яё]{1,25})?)\.\s
    """,
    re.VERBOSE,
)


VOLUME_PATTERN = re.compile(
    r"""
    (?:Vols?|vols?|Т|т|Tom|Tome|Bd|Кн|Ч|Pt)\.?\s?      # "Vol. 18", "Т. 2", "Кн. 1"
    (?P<volume>\d[\w()/\-– ]{0,20})
    """,
    re.VERBOSE,
)


ISSUE_PATTERN = re.compile(
    r"""
    (?:№|No\.?|no\.?|N|Вып\.|вып\.|Iss\.|Issue)\s?      # "№ 4", "No. 3", "Вып. 2"
    (?P<issue>\d[\w/\-–]{0,12})
    """,
    re.VERBOSE,
)


PAGES_PATTERN = re.compile(
    r"""
    (?:С\.|с\.|S\.|pp?\.|P\.)\s?                         # "С. 58–73", "pp. 5-9", "P. 12"
    (?P<pages>\d+(?:\s?[-–—]\s?\d+)?)
    """,
    re.VERBOSE,
)


EXTENT_PATTERN = re.compile(
    r"""
    (?P<extent>\d+(?:\s?\+\s?\d+)?)\s?(?:с|c|pp?|стр)\.?   # "420 с.", "318 p."
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
    (?P<place>[^\W\d_][^:;()\[\]]{{0,60}}?)\s?:\s?    # "Moscow:", "М.:", "Stanford, CA:"
    (?P<publisher>[^:;]{{1,300}}?)                      # "Terra", "ИВ РАН"
    (?:,\s?(?P<year>{YEAR})[a-z]?(?:\s?г\.)?)?         # ", 2003"
    """,
    re.VERBOSE,
)


PLACE_YEAR_PATTERN = re.compile(
    rf"""
    (?P<place>[^\W\d_][^:;,()\[\]]{{0,40}}?),\s?        # "М., 2005", "Иркутск, 2007"
    (?P<year>{YEAR})
    """,
    re.VERBOSE,
)


THESIS_PATTERN = re.compile(
    r"""
    :?\s?(?:автореф\.\s?)?(?:дис+\.|диссертация)        # "дис. ... канд. ист. наук"
    \s?(?:…|\.\.\.)?\s?
    (?P<degree>(?:канд|д-ра|докт)[^:;]{0,40}?наук)?
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


CJK_YEAR_PATTERN = re.compile(
    rf"""
    (?P<year>{YEAR})\s?年                               # "2018年", "2011年版"
    (?:\s?(?P<month>\d{{1,2}})\s?月(?:\s?(?P<day>\d{{1,2}})\s?日)?)?
    """,
    re.VERBOSE,
)


CJK_VOLUME_PATTERN = re.compile(
    r"""
    第?\s?(?P<volume>\d{1,4})\s?[巻卷]                   # "第12巻"
    """,
    re.VERBOSE,
)


CJK_ISSUE_PATTERN = re.compile(
    r"""
    第?\s?(?P<issue>\d{1,4})\s?[号號期]                  # "第3号", "第3期"
    """,
    re.VERBOSE,
)


CJK_PAGES_PATTERN = re.compile(
    r"""
    第\s?(?P<a>\d+(?:\s?[-–―～〜~]\s?\d+)?)\s?[页頁]     # "第45页"
    |(?P<b>\d+\s?[-–―～〜~]\s?\d+|\d+)\s?(?:[页頁]|ページ) # "45-67頁"
    |pp?\.\s?(?P<c>\d+(?:\s?[-–]\s?\d+)?)                 # "pp. 45-67"
    """,
    re.VERBOSE,
)


URL_PATTERN = re.compile(
    r"""
    (?:URL:\s?)?(?P<url>(?:https?://|www\.)[^\s<>()\[\]]{1,2000})  # a plain address
    """,
    re.VERBOSE,
)


DOI_PATTERN = re.compile(
    r"""
    (?:DOI:?\s?|https?://(?:dx\.)?doi\.org/)    # "DOI: 10.24224/...", "https://doi.org/10..."
    (?P<doi>10\.\d{4,9}/[^\s]{1,200}?)[.,]?\s*\Z
    """,
    re.VERBOSE | re.IGNORECASE,
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


NAME_SEPARATOR_PATTERN = re.compile(
    r"""
    [・、，,；;／/]                                       # between CJK names
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
    [‐‑‒–—―−～〜~]                      # any printed dash between two page numbers
    """,
    re.VERBOSE,
)


CJK_BARE_YEAR_PATTERN = re.compile(
    rf"""
    (?<!\d)(?P<year>{YEAR})(?!\d)       # "（岩波書店、1991）", "1914（大正3）年": a year without 年
    """,
    re.VERBOSE,
)


GBT_MARKER_PATTERN = re.compile(
    r"""
    \[\s?(?P<code>EB/OL|DB/OL|CP/OL|[MJCDNZRSPGA](?:/OL)?)\s?\]  # GB/T 7714 "[M]", "[J]", "[EB/OL]"
    """,
    re.VERBOSE | re.IGNORECASE,
)

GBT_LATIN_NAME_PATTERN = re.compile(
    r"""
    (?P<family>[A-Z][A-Za-z'’-]{1,40})\s           # "He X", "Smith J A": initials without dots
    (?P<initials>[A-Z](?:\s?[A-Z]){0,2})
    """,
    re.VERBOSE,
)

GBT_IMPRINT_PATTERN = re.compile(
    rf"""
    (?:(?P<place>[^\W\d_][^:：,，;]{{0,40}}?)\s?[:：]\s?)?  # "北京: ", "上海："
    (?P<publisher>[^:：;]{{1,200}}?)\s?[,，]\s?           # "人民出版社, ", "北京工业大学, "
    (?P<year>{YEAR})[a-z]?                                 # "2011"
    (?:\s?[:：]\s?(?P<pages>\d+(?:\s?[-–—]\s?\d+)?))?      # ": 16-30"
    """,
    re.VERBOSE,
)

GBT_JOURNAL_PATTERN = re.compile(
    rf"""
    (?P<journal>[^,，:：]{{1,200}}?)\s?[,，]\s?            # "历史研究, "
    (?P<year>{YEAR})                                       # "2002"
    (?:\s?[,，]?\s?(?P<volume>\d{{1,4}})?\s?\(\s?(?P<issue>[^()]{{1,12}}?)\s?\)  # ", 31(5)", ",(3)"
      |\s?[,，]\s?(?P<bare_volume>\d{{1,4}}))?             # ", 96"
    (?:\s?[:：]\s?(?P<pages>\d+(?:\s?[-–—]\s?\d+)?))?      # ": 13-25"
    """,
    re.VERBOSE,
)

GBT_NEWSPAPER_PATTERN = re.compile(
    rf"""
    (?P<paper>[^,，]{{1,200}}?)\s?[,，]\s?                 # "人民日报, "
    (?P<date>{YEAR}-\d{{1,2}}-\d{{1,2}})                   # "1998-12-25"
    (?:\s?\(\s?(?P<page>\d{{1,4}})\s?\))?                  # "(10)": the page of the issue
    """,
    re.VERBOSE,
)

GBT_ONLINE_DATES_PATTERN = re.compile(
    r"""
    \(\s?(?P<updated>[^()]{4,20}?)\s?\)          # "(2012-01-16)": published or updated
    \s?\[\s?(?P<accessed>[^\[\]]{4,20}?)\s?\]    # "[2013-03-26]": cited (accessed)
    """,
    re.VERBOSE,
)
