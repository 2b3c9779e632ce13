"""The patterns of dates: Japanese and Chinese eras, month names, the date forms a note prints."""

from __future__ import annotations

import re
from functools import cache

from archivecite.parse.patterns import trie_pattern
from archivecite.parse.tables import data_table


@cache
def japanese_eras() -> list[dict[str, object]]:
    return list(data_table("dates.toml")["eras"])


_KANJI_NUMERAL = "〇零一二三四五六七八九十百元"
JAPANESE_ERA_PATTERN = re.compile(
    rf"""(?P<era>{"|".join(str(era["kanji"]) for era in japanese_eras())})
         (?P<year>\d{{1,2}}|[{_KANJI_NUMERAL}]{{1,4}})年
         (?:(?P<month>\d{{1,2}}|[{_KANJI_NUMERAL}]{{1,3}})月
            (?:(?P<day>\d{{1,2}}|[{_KANJI_NUMERAL}]{{1,3}})日)?)?
       |(?<![A-Za-z0-9])(?P<letter>[{"".join(str(era["letter"]) for era in japanese_eras())}])
         (?P<letter_year>\d{{1,2}})(?![\d.])""",
    re.VERBOSE,
)


@cache
def chinese_eras() -> list[dict[str, object]]:
    return list(data_table("dates.toml")["chinese_eras"])


# A year counted in an era written out, as a publication's date: "昭和40年", "民国三十一年".
ERA_YEAR_PATTERN = re.compile(
    rf"""(?P<era>{"|".join(str(era["kanji"]) for era in japanese_eras() + chinese_eras())})
         (?P<year>\d{{1,2}}|[{_KANJI_NUMERAL}]{{1,4}})(?:\s?年|(?=[)）]))  # "（改造社、昭和9）"
         (?:(?P<month>\d{{1,2}}|[{_KANJI_NUMERAL}]{{1,3}})月
            (?:(?P<day>\d{{1,2}}|[{_KANJI_NUMERAL}]{{1,3}})日)?)?""",
    re.VERBOSE,
)


@cache
def _month_words() -> dict[str, int]:
    months = data_table("dates.toml")["months"]
    return {word: int(number) for number, words in months.items() for word in words}


MONTHS = _month_words()
_MONTH = trie_pattern(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?P<day>[0-3]?\d)"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"

# Every date pattern below needs a four-digit year or an era; texts without one skip them all.
DATE_HINT_PATTERN = re.compile(
    rf"{_YEAR}|[{''.join(str(era['kanji'])[0] for era in japanese_eras())}]"
    rf"|(?<![A-Za-z0-9])[{''.join(str(era['letter']) for era in japanese_eras())}]\d"
)
# Several days of one month: "November 14, 16, and 18, 1957", "November 14-18, 1957", "14–18
# November 1957" (a speech given over days, a conference): the first day to the last
DAY_SPAN_PATTERNS = (
    re.compile(
        rf"(?<![\w])(?P<month>{_MONTH})\.?\s+{_DAY}"
        rf"(?:(?:,\s?[0-3]?\d)*,?\s+(?:and|&)\s+|\s?[-–]\s?)(?P<last>[0-3]?\d),?\s+{_YEAR}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?<![\d\-–]){_DAY}\s?[-–]\s?(?P<last>[0-3]?\d)\s+(?P<month>{_MONTH})\.?,?\s+{_YEAR}",
        re.IGNORECASE,
    ),
)
DATE_PATTERNS = (
    re.compile(rf"\({_YEAR},\s*(?P<month>{_MONTH})\.?,?\s+{_DAY}\)", re.IGNORECASE),
    re.compile(rf"(?<!\d){_DAY}\s+(?P<month>{_MONTH})\.?,?\s+{_YEAR}", re.IGNORECASE),
    re.compile(rf"(?<![\w])(?P<month>{_MONTH})\.?,?\s+{_DAY},?\s+{_YEAR}", re.IGNORECASE),
    re.compile(rf"(?<![\d.]){_DAY}\.(?P<month_number>[01]?\d)\.{_YEAR}(?!\d)"),
    re.compile(rf"{_YEAR}\s*年\s*(?:(?P<month_number>[01]?\d)\s*月\s*(?:{_DAY}\s*日)?)?"),
    re.compile(rf"(?<![\w])(?P<month>{_MONTH})\.?,?\s+{_YEAR}", re.IGNORECASE),
    re.compile(rf"(?<![\d\-–/]){_YEAR}(?![\d\-–/])"),
)
