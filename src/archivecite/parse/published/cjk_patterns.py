"""The regular expressions of the Chinese and Japanese readers (``cjk``, ``gbt``), compiled once.

Every pattern is linear: no nested quantifiers over overlapping classes.
"""

from __future__ import annotations

import re

from archivecite.parse.patterns_dates import chinese_eras
from archivecite.parse.published.patterns import YEAR
from archivecite.parse.published.terms import CJK_PUBLISHER_ENDINGS, CJK_SERIES_ENDINGS
from archivecite.parse.tables import data_table

CJK_YEAR_PATTERN = re.compile(
    rf"""
    (?P<year>{YEAR})\s?年                               # "2018年", "2011年版"
    (?:\s?(?P<month>\d{{1,2}})\s?月(?:\s?(?P<day>\d{{1,2}})\s?日)?)?
    """,
    re.VERBOSE,
)


# A set's volumes named before the publisher: "上・下" (both volumes), "上巻", "上册", "全3巻",
# the classical "卷3" (juan 3) and "第9册"; numbered in characters too ("第三卷", "卷五").
_CJK_NUMBER = r"(?:\d{1,4}|[一二三四五六七八九十百〇零]{1,5})"
# A part of a volume named in quotation marks after it: "《古史辨》第四册“顾序”" (Gu Jiegang's
# preface in the fourth volume), the part cited in the volume.
CJK_QUOTED_PART_PATTERN = re.compile(r"[“「](?P<part>[^“”「」\n]{1,20})[”」]")
CJK_VOLUME_WORDS_PATTERN = re.compile(
    rf"""
    (?:(?P<volume>[上中下][巻卷册冊]?(?:[・･][上中下][巻卷册冊]?)*)
      |全\s?(?P<count>\d{{1,3}})\s?[巻卷冊册]
       (?:[・･]?別[巻卷冊](?:\s?\d{{1,2}}\s?[巻卷冊])?)?     # "全8巻・別巻": with the supplement
      |(?P<set>{_CJK_NUMBER})\s?[巻卷冊册]本                # "五卷本": a set in five volumes
      |[卷巻]\s?(?P<juan>{_CJK_NUMBER})
      |第\s?(?P<number>{_CJK_NUMBER})\s?[卷巻册冊集辑輯]     # "《近代稗海》第1辑"
      |[(（](?P<bracketed>[一二三四五六七八九十]{{1,3}})[)）]  # "《「一大」前後》(二)"
      |(?<=[》』])(?P<bare>[一二三四五六七八九十]{{1,3}})(?=[、，,。]))  # "《戊戌变法》一,第416页"
    (?=[、，,。\s（(《「『“)）]|$)
    """,
    re.VERBOSE,
)
CJK_VOLUME_PATTERN = re.compile(
    r"""
    (?P<whole>全\s?)?(?P<first>第)?\s?(?P<volume>\d{1,4})\s?  # "第12巻"; "全3巻": the set's count
    (?:[巻卷]
      # a journal's volume as 編 (『史学雑誌』), a periodical's year of issue as 年, before the
      # number: "《大陆》第2年第8号"
      |(?(first)[編编年](?=\s?第\s?\d{1,4}\s?[号號期])|(?!)))
    """,
    re.VERBOSE,
)


# A periodical's number with its label first, as Taiwan prints it: "《紫禁城》，期10（2018年10月）"
CJK_LABEL_FIRST_ISSUE_PATTERN = re.compile(r"(?<![\u3400-\u9fff])期\s?(?P<issue>\d{1,4})(?!\d)")
CJK_ISSUE_PATTERN = re.compile(
    r"""
    第?\s?(?P<issue>\d{1,4}|(?<=第)[一二三四五六七八九十]{1,3})\s?[号號期]  # "第3号", "第一期"
    """,
    re.VERBOSE,
)


CJK_PAGES_PATTERN = re.compile(
    r"""
    第\s?(?P<a>\d+(?:\s?[-–—―～〜~]{1,2}\s?\d+)?     # "第45页", "第37--38页", "第1082、1209页"
      (?:\s?、\s?\d+(?:\s?[-–—―～〜~]{1,2}\s?\d+)?)*)\s?[页頁]
    |(?P<b>\d+\s?[-–—―～〜~]{1,2}\s?\d+|\d+)\s?(?:[页頁]|ページ) # "45-67頁"
    |(?<![\d〇一二三四五六七八九十百千])[页頁]\s?  # the label before the pages, as Hong Kong
     (?P<l>\d+(?:\s?[-–—―～〜~]{1,2}\s?\d+)?    # and Taiwan print it: "页32–41", "頁15",
       (?:\s?[,，、]\s?\d{1,4}(?![\d年]))*)(?!\d) # "頁42,48"
    |pp?\.\s?(?P<c>\d+(?:\s?[-–]\s?\d+)?)                 # "pp. 45-67"
    # in kanji, as vertical print sets a note ("二三二頁", "一三一〜一三二頁"), or after 第 as
    # Chinese prose does ("第三十六页", "第一百零五页", "第七○二页" with a circle for the zero)
    |(?:(?<=第)|(?<![〇○零一二三四五六七八九十百千第]))
     (?P<k>[〇○零一二三四五六七八九十百千]{1,6}
      (?:\s?[-–—―～〜~－]{1,2}\s?[〇○零一二三四五六七八九十百千]{1,6})?)\s?[頁页]
    """,
    re.VERBOSE,
)


NAME_SEPARATOR_PATTERN = re.compile(
    r"""
    [、，,；;／/]                                         # between CJK names
    |(?<![\u30a1-\u30fa\u30fcA-Z.．])[・･]    # but "ダニエル・ロング" is one name,
    |[・･](?![\u30a1-\u30fa\u30fcA-Z])         # and so is "ジョン・W・ダワー"
    """,
    re.VERBOSE,
)


CJK_HEAD_YEAR_PATTERN = re.compile(
    rf"""
    (?:[（(]\s?(?P<year>{YEAR})\s?[)）]\s?。?          # "坂野徹 著（2019）", APA's "王力（1982）。"
      |(?<=[\s,，])(?P<bare>{YEAR})\.?)\s*$             # "…田村 俶訳 1977.", "…编，2016，"
    """,
    re.VERBOSE,
)


# A bracket closing a group of names in a head, holding other people with their role word:
# "ジョン・ダワー(大窪原二訳)", the author and, in brackets, the translator
CJK_BRACKETED_ROLE_PATTERN = re.compile(r"[(（](?P<inner>[^()（）]{2,40})[)）][ \t　]*\Z")
# A name's reading in hiragana in brackets closing the names ("日影 丈吉 (ひかげじょうきち)"), as an
# author's heading in a bibliography prints it
CJK_HEAD_READING_PATTERN = re.compile(r"\s?[(（][\u3041-\u309f・ 　]{2,30}[)）]\s*$")


CJK_URL_PATTERN = re.compile(
    r"""
    (?P<url>https?://[!-~]+?)[.,;]?(?=[^!-~]|$)        # an address ends where ASCII does: "…html，"
    """,
    re.VERBOSE,
)


CJK_NUMERAL_YEAR_PATTERN = re.compile(
    r"""
    [元〇零一二三四五六七八九十廿卅百]{1,6}年            # "光绪二十四年": a reign year in numerals
    """,
    re.VERBOSE,
)


# A year written digit by digit in kanji, as vertical Japanese print does: "二〇〇一年四月".
CJK_KANJI_DIGIT_YEAR_PATTERN = re.compile(
    r"""
    (?<![〇一二三四五六七八九十])(?P<year>[一二][〇一二三四五六七八九]{3})\s?年
    (?:\s?(?P<month>十[一二]?|[一二三四五六七八九])\s?月)?
    """,
    re.VERBOSE,
)


CJK_PRINTED_PAGE_PATTERN = re.compile(
    r"""
    第\s?(?P<a>\d{1,3})\s?版|(?P<b>\d{1,3})\s?面       # a newspaper's page: "第2版", "31面"
    """,
    re.VERBOSE,
)


CJK_BARE_YEAR_PATTERN = re.compile(
    rf"""
    (?<!\d)(?P<year>{YEAR})(?!\d)       # "（岩波書店、1991）", "1914（大正3）年": a year without 年
    (?!\s?[円元页頁])                  # but "1700円(本体)" is a price, "1572 页" a page
    """,
    re.VERBOSE,
)


GBT_MARKER_PATTERN = re.compile(
    r"""
    \[\s?(?P<code>EB/OL|DB/OL|CP/OL|[MJCDNZRSPGA](?:/OL)?)\s?\]  # GB/T 7714 "[M]", "[J]", "[EB/OL]"
    (?!\.[^.\[\]\n]{1,120};\.)      # but not CNKI's record, its people closed by ";." (below)
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A book as CNKI's old export prints it, its fields closed by full stops and its people by ";":
# "彭德怀年谱.[M].王焰主编;.人民出版社.1998,", "毛泽东外交文选.[M].中华人民共和国外交部;中共中央文献
# 研究室编;.世界知识出版社.1994,"
CJK_CNKI_RECORD_PATTERN = re.compile(
    rf"""
    (?P<title>[^.\[\]\n]{{1,200}}?)\s?\.\s?\[\s?M\s?\]\s?\.\s?
    (?P<people>[^.\n]{{1,120}}?);\s?\.\s?
    (?:(?P<place>[^.:：;\n\d]{{1,20}})[:：]\s?)?(?P<publisher>[^.:：;\n\d]{{1,60}}?)\s?\.\s?
    (?P<year>{YEAR})\s?[,，.。]?\s*
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
    (?:(?P<year>{YEAR})                                    # "2002"
      |[12][\dOlI]{{2,3}}(?![\dOlI]))                      # "201(5)", "2O17": a year OCR blurred
    (?:\s?[,，]?\s?(?P<volume>\d{{1,4}})?\s?\(\s?(?:0(?=\d))?  # ", 31(5)", ",(3)"; "(02)" is 2
       (?P<issue>[^()]{{1,12}}?)\s?\)
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


# A shop's line that names the people first: a piece between spaces, and a volume's number in
# brackets closing the title ("司馬遼太郎 北澤知己 世に棲む日日(一) 文春文庫")
CJK_LINE_PIECE_PATTERN = re.compile(r"\S+")
CJK_TITLE_VOLUME_PATTERN = re.compile(
    r"[(（](?P<volume>[一二三四五六七八九十上中下]{1,3}|\d{1,2})[)）]\Z"
)


# A line of fields without brackets ("害虫の誕生―虫からみた日本史 瀬戸口明久 筑摩書房(2009/07)"):
# its pieces are what spaces, commas, bars and parentheses leave
CJK_FIELD_PATTERN = re.compile(r"[^\s、，,|｜()（）]+")
CJK_FIELD_DATE_PATTERN = re.compile(
    rf"""
    (?P<year>{YEAR})                                   # "1981", "1981年"
    (?:年|\s?[/・.-]\s?(?P<month>\d{{1,2}})月?(?:[/-]\d{{1,2}})?)?  # "2009/07", "1991・01"
    """,
    re.VERBOSE,
)


_PUBLISHER_ENDING = "|".join(sorted(map(re.escape, CJK_PUBLISHER_ENDINGS), key=len, reverse=True))
_SERIES_ENDING = "|".join(sorted(map(re.escape, CJK_SERIES_ENDINGS), key=len, reverse=True))
# A record whose fields lost their separators ("五十嵐富夫飯盛女 宿場の娼婦たち新人物往来社1981"):
# the publisher, kanji and katakana back to the subtitle's last kana, then the year closing it
CJK_GLUED_TAIL_PATTERN = re.compile(
    rf"""
    (?P<publisher>[\u4e00-\u9fff々\u30a1-\u30fa\u30fc]{{1,12}}?(?:{_PUBLISHER_ENDING}))
    (?P<year>{YEAR})年?\s*\Z
    """,
    re.VERBOSE,
)
# A series in brackets closing a line ("ウィーナー サイバネティックス―― … (岩波文庫)")
CJK_SERIES_TAIL_PATTERN = re.compile(
    rf"\s?[(（](?P<series>[^()（）\s]{{0,20}}?(?:{_SERIES_ENDING}))"
    # the paperback's shelf code after it: "(ちくま学芸文庫 リ 6-1)", "(岩波文庫 青 N-N)", or its
    # number in the series, perhaps after the series' edition ("(岩波新書 新赤版 1047)"), and a
    # series within it with its own number ("… 1047 シリーズ日本近現代史 6)")
    r"(?:[ \t　](?P<shelf>[^\W\d_]{1,2}[ \t　]?[-‐]?\d{1,4}(?:[-‐]\d{1,4}){0,2}"
    r"|(?:[新旧]?[赤青黄]版[ \t　]?)?\d{1,5}))?"
    r"(?:[ \t　](?P<subseries>シリーズ[^()（）\s\d]{1,20}[ \t　]?[\d〈<]?\d{0,3}[〉>]?))?"
    r"[)）]\s*\Z"
)

# The volume or the count of a set in angle brackets closing a shop's title ("坂の上の雲〈1〉",
# "竜馬がゆく<全8巻>")
CJK_ANGLE_VOLUME_PATTERN = re.compile(
    r"[<〈‹][ \t　]?(?:全[ \t　]?(?P<count>\d{1,3})[ \t　]?[巻冊]"
    r"|(?P<volume>\d{1,3}|[一二三四五六七八九十]{1,3}|[上中下]))[ \t　]?[>〉›]\Z"
)
# A dash between spaces, as a blog's heading parts a book's title from its author ("生きて帰って
# きた男 ‐ 小熊英二"); one without spaces parts a series from a title ("戦史叢書-ミッドウェー海戦")
CJK_SPACED_DASH_PATTERN = re.compile(r"[ \t　]+[‐‑\-–—―－]{1,2}[ \t　]+")
# A foreign name in katakana followed by its Latin form in brackets ("ミシェル・フーコー(Foucault,
# Michel)"), as a title's tail names the author without a role word
CJK_NAME_LATIN_PATTERN = re.compile(
    r"(?P<name>[\u30a1-\u30fc・･=＝]{2,30})\s?[(（]\s?[A-Za-z][A-Za-z .,'’-]{0,60}?\s?[)）]"
)
# A foreign author's name followed by its Latin form in brackets and the particle の before the
# title ("ノーバート・ウィーナー(Norbert Wiener)の『…』"): what is left of the head is the name
CJK_HEAD_LATIN_PATTERN = re.compile(
    r"\s?(?:[(（]\s?(?P<latin>[A-Za-z][A-Za-z .'’-]{0,60}?)\s?[)）])?\s?の\s*\Z"
)
# A subtitle printed between dashes after the title's brackets, as a review's book block sets
# it on its own line ("「江戸の捨て子たち」\n――その肖像――")
CJK_DASH_SUBTITLE_PATTERN = re.compile(
    r"\s*[―—─]{1,2}\s?(?P<subtitle>[^―—─\s、，,。()（）\d][^―—─\n、，,。()（）]{0,40}?)\s?[―—─]{1,2}"
)
# An edition printed inside a Japanese or Chinese title, in brackets or between spaces:
# "サイバネティクス<第2版>", "人間機械論 第二版 人間の人間的な利用"
CJK_TITLE_EDITION_PATTERN = re.compile(
    r"""
    (?:^|\s|(?=[<〈(（［\[]))
    [<〈(（［\[]?\s?(?P<edition>第\s?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?版)\s?[>〉)）］\]]?
    (?=\s|$)
    """,
    re.VERBOSE,
)
# An ISBN among a Chinese or Japanese reference's imprint ("（ISBN：9787100124508，…）")
CJK_ISBN_PATTERN = re.compile(r"ISBN\s?[:：]?\s?(?P<isbn>\d[\d-]{8,16}[\dXx])")
# An edition among the imprint ("商务印书馆，第 7 版"): the edition, not a volume or page
# an edition named before the title, a house's or an era's (立命館版『世界最終戦論』, 新版『…』),
# not a publisher (…出版『…』)
CJK_HEAD_EDITION_PATTERN = re.compile(r"(?P<edition>[\u4e00-\u9fff\u30a1-\u30fa]{0,6}(?<!出)版)")
# "柳田国男著 新版「遠野物語」": the edition after the author's role word (著, 編, 訳), a space
# between them; the role ends the name.
CJK_HEAD_EDITION_AFTER_ROLE_PATTERN = re.compile(
    r"(?<=[著編訳译撰])\s+(?P<edition>[\u4e00-\u9fff\u30a1-\u30fa]{0,6}(?<!出)版)"
)
CJK_EDITION_PATTERN = re.compile(
    r"(?P<edition>第\s?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?版)(?![\d次])"
)

_TITLE_WORDS = data_table("cjk_titles.toml")["titles"]
CJK_REFERENCE_WORK_ENDINGS: tuple[str, ...] = tuple(_TITLE_WORDS["reference_work_endings"])
CJK_SENTENCE_ENDINGS: tuple[str, ...] = tuple(_TITLE_WORDS["sentence_endings"])
CJK_MODERN_RENDERING_WORDS: tuple[str, ...] = tuple(_TITLE_WORDS["modern_rendering_words"])
CJK_AFTER_TITLE_WORDS: frozenset[str] = frozenset(_TITLE_WORDS["after_title_words"])
CJK_AMAZON_BINDINGS: frozenset[str] = frozenset(_TITLE_WORDS["amazon_bindings"])
_EDITION_PREFIX = "|".join(
    sorted(map(re.escape, _TITLE_WORDS["edition_prefixes"]), key=len, reverse=True)
)
_EDITION_NUMBER = r"第\s?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?版"
# An edition mark in brackets opening a title, as Japanese shops print it: "【増補】", "【新装版】",
# "【増補改訂版】"
CJK_TITLE_EDITION_MARK_PATTERN = re.compile(
    rf"\A\s?[【［\[〔](?P<edition>(?:{_EDITION_PREFIX})+(?:新版|版)?)[】］\]〕]\s?"
)
# A title printed alone with one bracket after it, as tables, lists and shops name a book: its
# edition ("諸橋大漢和辞典 (修訂第2版)", "新漢語林［第二版］"), its years ("角川大字源 (1992)",
# "大漢和辞典 (1955–1960)") or its series with the series' number ("日本文化のかくれた形
# (岩波現代文庫 学術 128)")
CJK_TITLE_BRACKET_PATTERN = re.compile(
    rf"""
    (?P<title>[^\s()（）［］\[\]【】〔〕。、，,][^()（）［］\[\]【】〔〕。、，,\n]{{0,60}}?)
    \s?[(（［\[【〔]\s?
    (?:(?P<edition>(?:{_EDITION_PREFIX}){{0,2}}\s?{_EDITION_NUMBER}|(?:{_EDITION_PREFIX}){{1,2}}新?版|新版)
      |(?P<year>{YEAR})(?:\s?[-–—~〜]\s?(?P<last_year>{YEAR}))?年?
      |(?P<series>[^()（）\s\d]{{0,20}}?(?:{_SERIES_ENDING}))
       (?:\s?(?P<part>[^\s()（）\d]{{1,6}}))?\s?(?P<number>\d{{1,5}}(?:-\d{{1,3}})?)?)
    \s?[)）］\]】〕][.。]?\s*\Z
    """,
    re.VERBOSE,
)
# The head of an APA reference in Chinese, its parts closed by full stops (臺灣 APA): the names,
# the year in brackets, a stop ("施世駿、葉羽曼（2011）。"); a list in Vietnamese puts a stop after
# the names too and reads them first ("Vương Lực 王力。 (1982)。")
CJK_APA_HEAD_PATTERN = re.compile(
    rf"""
    (?P<names>[^。\n（()）]{{1,80}}?)\s?(?:。\s?)?
    [（(]\s?(?P<year>{YEAR})[a-z]?\s?[)）]\s?。
    """,
    re.VERBOSE,
)
# A journal's name, volume (issue) and pages after an APA title ("臺灣社會學刊，31，189–241",
# "人文及社會科學集刊，20(4)，441–479")
CJK_APA_JOURNAL_PATTERN = re.compile(
    r"""
    (?P<journal>[^，,。\d\s][^，,。]{0,60}?)\s?[，,]\s?
    (?P<volume>\d{1,4})(?:\s?[（(]\s?(?P<issue>[^()（）]{1,10}?)\s?[)）])?\s?[，,]\s?
    (?P<pages>\d{1,5}(?:\s?[-–—~～]\s?\d{1,5})?)
    """,
    re.VERBOSE,
)
# A name in Chinese characters closing a group, perhaps after its reading ("Vương Lực 王力")
CJK_APA_NAME_PATTERN = re.compile(r"(?:[^\W\d_\u4e00-\u9fff]+\s)*(?P<name>[\u4e00-\u9fff]{2,4})")

_RECORD_LABELS: dict[str, list[str]] = data_table("cjk_titles.toml")["record_labels"]
RECORD_FIELDS = (
    "title",
    "authors",
    "editors",
    "translators",
    "publisher",
    "date",
    "isbn",
    "series",
)
# A record's label as its value's field ("出版日期" → date), compared without spaces
CJK_RECORD_LABELS: dict[str, str] = {
    label: field for field in RECORD_FIELDS for label in _RECORD_LABELS[field]
}
CJK_RECORD_AUTHOR_ROLES: tuple[str, ...] = tuple(
    sorted(_RECORD_LABELS["author_roles"], key=len, reverse=True)
)
CJK_RECORD_BINDINGS: frozenset[str] = frozenset(_RECORD_LABELS["record_bindings"])
CJK_RECORD_IMAGE_WORDS: frozenset[str] = frozenset(_RECORD_LABELS["record_image_words"])
CJK_RECORD_COPY_WORDS: tuple[str, ...] = tuple(
    sorted(_RECORD_LABELS["record_copy_words"], key=len, reverse=True)
)
_SPACED_LABEL = "|".join(
    r"[ \t　]*".join(map(re.escape, label))
    for label in sorted(CJK_RECORD_LABELS, key=len, reverse=True)
)
# A known label where a line or a space opens it ("• 作      者:", " 出版社:九州出版社")
# (a full stop may close the field before: "毛澤東:真實的故事Mao: The Real Story.原文作者:…")
CJK_RECORD_LABEL_PATTERN = re.compile(
    rf"(?:^|(?<=[\s•·/／.。】]))(?P<label>{_SPACED_LABEL})[ \t　]*[:：]", re.MULTILINE
)
# A record's heading in lenticular brackets before its fields, as a blog prints a book's record
# ("【書誌情報】著者:井上清/書名:…/出版社:…"): no field of it.
CJK_RECORD_HEADING_PATTERN = re.compile(r"【[^【】\s]{1,10}】")
_BARE_LABELS = [*CJK_RECORD_LABELS, *_RECORD_LABELS["unread_labels"]]
_BARE_LABEL = "|".join(sorted(map(re.escape, _BARE_LABELS), key=len, reverse=True))
# A label printed without a colon, where a line or a space opens it and a space closes it, as a
# blog prints a book's record ("書名 『キメラ-満洲国の肖像』\n著者 山室信一 出版社 …")
CJK_RECORD_BARE_LABEL_PATTERN = re.compile(
    rf"(?:^|(?<=\s))(?P<label>{_BARE_LABEL})[ \t　]+(?=\S)", re.MULTILINE
)
# Any label after a space or a bullet ("類別: 歷史‧傳記", "• 配送范围:"): a field the reader
# leaves alone; the lines of a record reach the parser joined by spaces
CJK_RECORD_ANY_LABEL_PATTERN = re.compile(
    r"(?<=[\s•·/／])(?P<label>[^\s:：\d•·,，。()（）][^\s:：,，。]{0,9})[ \t　]*[:：]"
)
# A record's date: "2003", "1993年12月08日", "2013年4月", "2015-2", "2014.9", "2020-12-03"
CJK_RECORD_DATE_PATTERN = re.compile(
    rf"(?P<year>{YEAR})(?:\s?(?:年|[-/.])\s?(?P<month>\d{{1,2}})(?:\s?月)?)?"
)
# A bracket closing a record's title line: "(再版)", "(精)", "(BC0041)"
CJK_RECORD_TITLE_BRACKET_PATTERN = re.compile(r"\s?[(（](?P<inside>[^()（）\s]{1,12})[)）]\s*\Z")
_RECORD_SERIES_ENDING = "|".join(
    sorted(
        map(re.escape, [*CJK_SERIES_ENDINGS, *_RECORD_LABELS["record_series_endings"]]),
        key=len,
        reverse=True,
    )
)
# A series and the book's number in it, in the bracket after a record's title ("岩波全書282")
CJK_RECORD_SERIES_PATTERN = re.compile(rf"(?P<series>\S{{1,12}}?(?:{_RECORD_SERIES_ENDING}))\s?\d*")
# A name's reading in kana in brackets after it ("日影丈吉(ひかげじょうきち)")
CJK_NAME_READING_PATTERN = re.compile(r"\s?[(（][\u3041-\u309f\u30a0-\u30ff・･\s]+[)）]")
# An ISBN alone as a record's value ("9789889829513", "978-7-5108-3290-1", "7507314987")
CJK_RECORD_ISBN_PATTERN = re.compile(r"(?<![\dA-Za-z])(?P<isbn>\d[\d-]{8,16}[\dXx])(?![\dA-Za-z])")
# A record's names and role words, parted by spaces or slashes ("师哲 口述 李海文 著",
# "龚育之//逄先知//石仲泉")
CJK_RECORD_TOKEN_PATTERN = re.compile(r"[^\s/／、，,;；]+")
# A book's CIP line (图书在版编目数据, ISBD's punctuation as GB/T 3792 sets it): the title, a slash,
# the people with their role words, ". —", perhaps the edition, the place, the publisher and the
# year with its month ("梦里花落知多/郭敬明著. -北京:知识出版社,2005.04")
CJK_CIP_PATTERN = re.compile(
    rf"""
    (?P<title>[^/／\s][^/／]{{0,100}}?)\s?[/／]\s?
    (?P<people>(?:[^/／.．:：]|[.．](?!\s?(?:-|—|－))){{1,80}}?)\s?[.．]\s?(?:--|-|—{{1,2}}|－{{1,2}})\s?
    (?:(?P<edition>[^.．:：,，/]{{1,12}}?版)\s?[.．]\s?(?:--|-|—{{1,2}}|－{{1,2}})\s?)?
    (?P<place>[^.．:：,，/\d]{{1,12}}?)\s?[:：]\s?
    (?P<publisher>[^.．:：,，/]{{1,40}}?)\s?[,，]\s?
    (?P<year>{YEAR})(?:\s?[.．]\s?(?P<month>\d{{1,2}}))?
    (?:\s?(?:[.．]\s?(?:--|-|—{{1,2}})\s?)?ISBN\s?(?P<isbn>\d[\d-]{{8,16}}[\dXx]))?
    [.．。]?\s*\Z
    """,
    re.VERBOSE,
)
# A translator's or author's country in brackets before the name ("(美)", "〔日〕")
CJK_NATIONALITY_PATTERN = re.compile(r"[(（〔\[［][\u4e00-\u9fff]{1,3}[)）〕\]］]")
# The years of a set of volumes, or one year ("1993年 - 1999年", "1976")
CJK_SET_YEARS_PATTERN = re.compile(
    rf"(?P<year>{YEAR})\s?年?(?:\s?[-–—~〜～]\s?(?P<last_year>{YEAR})\s?年?)?"
)
# How many volumes a set has, as a shop or a list says it ("18冊", "全28巻別巻1巻", "全35巻揃")
CJK_SET_COUNT_PATTERN = re.compile(
    r"全?\s?(?P<count>\d{1,3})\s?[巻卷冊册](?:\s?別[巻卷冊]\s?\d{1,2}\s?[巻卷冊册])?揃?"
)
# What a used-book shop says of the copy: its format ("菊判", "四六判"), its printing ("第2刷",
# "初版"), its case ("函入")
CJK_COPY_DETAIL_PATTERN = re.compile(r"[^\s\d]{1,3}判|第\s?\d{1,3}\s?刷|初版|函入?|帯付?")
# A title followed by one bracket holding its imprint, as a list of collected works prints it
# ("漱石全集(1993年 - 1999年、岩波書店、全28巻別巻1巻)", the 1993 Iwanami edition)
CJK_TITLE_IMPRINT_PATTERN = re.compile(
    r"""
    (?P<title>[^\s()（）「」『』《》][^()（）「」『』《》\n]{0,60}?)
    \s?[(（](?P<inside>[^()（）]{1,80})[)）][.。]?\s*\Z
    """,
    re.VERBOSE,
)
# Where a name may begin in Chinese running text: its start, a mark, or a word that ends what
# comes before a name ("由陈晓农编纂的", "副教授的高華的作品")
_PROFESSIONS: list[str] = data_table("cjk_notes.toml")["names"]["professions"]
_AFTER_PROFESSION = "|".join(
    f"(?<={'|'.join(sorted(re.escape(word) for word in _PROFESSIONS if len(word) == size))})"
    for size in sorted({len(word) for word in _PROFESSIONS})
)
_NAME_START = (
    r"(?:(?<![\u4e00-\u9fff])|(?<=[由的是了被将將把])"
    rf"|{_AFTER_PROFESSION})"  # "日本学者石川祯浩写的《": a scholar's name after his calling
    r"(?![由的是了被将將把])"
)
# The names before a title in Chinese running text, and the words that tie them to it:
# "由陈晓农编纂的《", "冷溶、汪作玲主編的《", "李锐所著《", "高华先生的《", "高華的作品──《",
# "孔东梅携新书《", "日本学者石川祯浩写的《"
CJK_PROSE_HEAD_PATTERN = re.compile(
    rf"""
    {_NAME_START}(?P<names>[\u4e00-\u9fff]{{2,4}}?(?:、[\u4e00-\u9fff]{{2,4}}?){{0,5}})
    (?:[(（](?P<year>{YEAR})[)）])?                      # "林煌天(1997)主编的《"
    (?:(?P<role>编纂|編纂|编著|編著|编注|編注|主编|主編|编|編|著|撰写|撰寫|写|寫)(?=的)
      |所(?P<written>著|编|編|写|寫))?
    (?:先生|女士|教授|老师|老師)?
    (?P<frame>的(?:作品|著作|新书|新書)?|携新书|攜新書)?
    [ \t─—–-]*\Z
    """,
    re.VERBOSE,
)
# What tells a head from names: running text ("…的", "…的作品──", "由…", "所著", "携新书")
CJK_PROSE_MARK_PATTERN = re.compile(
    r"的(?:作品|著作|新书|新書)?[ \t─—–-]*\Z|\A由|所[著编編]|携新书|攜新書"
)
# A publisher named in running text before the title ("2013年12月中央文献出版社修订出版的《")
CJK_PROSE_PUBLISHER_PATTERN = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[年月日在由是了]))(?![年月日在由是了])(?P<publisher>[\u4e00-\u9fff]{2,16}?(?:出版社|书局|書局))"
)

# The year and publisher a Chinese note names before the author, in prose ("一九九四年红旗出版社,
# 吕廷煜著《…》第三十六页。"), the year in figures or in characters
CJK_LEAD_IMPRINT_PATTERN = re.compile(
    rf"""
    (?P<year>{YEAR}|[一二][〇零一二三四五六七八九]{{3}})年\s?
    (?P<publisher>[\u4e00-\u9fff]{{2,16}}?(?:出版社|书局|書局|书店|書店|印书馆|印書館))
    \s?[,，、]\s?
    """,
    re.VERBOSE,
)

_NOTES = data_table("cjk_notes.toml")
# The characters a foreign name is transliterated in, and those that end a transliteration
CJK_TRANSLITERATION_CHARACTERS: frozenset[str] = frozenset(
    _NOTES["names"]["transliteration_characters"]
)
CJK_TRANSLITERATION_FINALS: frozenset[str] = frozenset(_NOTES["names"]["transliteration_finals"])
CJK_TRANSLITERATION_MARKS: frozenset[str] = frozenset(_NOTES["names"]["transliteration_marks"])
_HONORIFIC = "|".join(sorted(map(re.escape, _NOTES["names"]["honorifics"]), key=len, reverse=True))
# The particle の closing the names before a title, perhaps after an honorific: "小熊英二さんの「",
# "高杉一郎の「"
CJK_NAME_PARTICLE_PATTERN = re.compile(rf"[ \t　]?(?P<honorific>{_HONORIFIC})?の[ \t　]*\Z")
# An honorific closing the names right before a title, as Chinese essays name a book in running
# text ("沈志华先生" before the title of his book, aisixiang.com).
CJK_NAME_HONORIFIC_PATTERN = re.compile(rf"[ \t　]?(?P<honorific>{_HONORIFIC})[ \t　]*\Z")
# What parts the names of a group: "李家祥、王力", "楊澤,編"
NAME_GROUP_PATTERN = re.compile(r"[、,，;；]")
# Role words the shared list leaves out: a commentator's (解说); 編著 names editors in Japanese
CJK_COMMENTATOR_WORDS: tuple[str, ...] = tuple(
    sorted(_NOTES["roles"]["commentators"], key=len, reverse=True)
)
CJK_JAPANESE_EDITOR_WORDS: frozenset[str] = frozenset(_NOTES["roles"]["japanese_editors"])
CJK_BODY_EDITOR_WORDS: frozenset[str] = frozenset(_NOTES["roles"]["body_editors"])
CJK_TEXT_EDITOR_WORDS: tuple[str, ...] = tuple(_NOTES["roles"]["text_editors"])
CJK_JAPAN_MARKS: frozenset[str] = frozenset(_NOTES["names"]["japan_marks"])
_CLAN = "|".join(sorted(map(re.escape, _NOTES["names"]["clan_names"]), key=len, reverse=True))
# A title with a Qing person's name run on to it, the clan name, a middle dot (or a full stop)
# and the given name closing the line: "从皇帝到公民:我的前半生爱新觉罗.溥仪"
CJK_RUN_ON_CLAN_NAME_PATTERN = re.compile(
    rf"\A\s*(?P<title>[^\n]{{2,80}}?)(?P<name>(?:{_CLAN})[.．·・•][\u4e00-\u9fff]{{1,3}})\s*\Z"
)
CJK_MORE_ROLE_WORDS: dict[str, tuple[str, ...]] = {
    role: tuple(_NOTES["roles"][f"more_{role}"]) for role in ("authors", "editors", "translators")
}
# A role word before the names after a title, parted from them by a space or a colon
# ("『キメラ』著 山室信一 中公新書", "著者：山室信一"): the names, then what follows them
CJK_LEAD_ROLES: dict[str, str] = {
    word: role
    for role in ("authors", "editors", "translators")
    for word in _NOTES["roles"][f"lead_{role}"]
}
_LEAD_ROLE = "|".join(sorted(map(re.escape, CJK_LEAD_ROLES), key=len, reverse=True))
CJK_LEAD_ROLE_PATTERN = re.compile(
    rf"""
    (?P<role>{_LEAD_ROLE})(?:[ \t　]*[:：][ \t　]*|[ \t　]+)
    (?P<names>[^\s(（)）,，。:：/／\d]{{2,12}}(?:[ 　][^\s(（)）,，、。:：/／\d]{{1,3}})?)
    (?=[\s(（)）,，。]|\Z)
    """,
    re.VERBOSE,
)
CJK_SIMPLIFIED_PUBLISHER_ENDINGS: tuple[str, ...] = tuple(_NOTES["imprint"]["publisher_endings"])
CJK_FOREIGN_CITIES: frozenset[str] = frozenset(_NOTES["imprint"]["foreign_cities"])
CJK_PLACE_ENDINGS: tuple[str, ...] = tuple(_NOTES["imprint"]["place_endings"])
CJK_COLLECTED_WORKS_ENDINGS: tuple[str, ...] = tuple(_NOTES["titles"]["collected_works_endings"])
CJK_JAPANESE_NEWSPAPER_ENDINGS: tuple[str, ...] = tuple(
    _NOTES["titles"]["japanese_newspaper_endings"]
)
_PUBLICATION_WORD = "|".join(
    sorted(map(re.escape, _NOTES["imprint"]["publication_words"]), key=len, reverse=True)
)
_LEAD_EDITION = "|".join(
    sorted(map(re.escape, _NOTES["imprint"]["edition_words"]), key=len, reverse=True)
)
# The year, then the publisher or the place, then the word that says it was published there, as a
# Chinese note prints a book's imprint: "1978年吉川弘文馆出版", "1974年原书房重印本",
# "1960年莫斯科出版"
CJK_YEAR_PUBLISHER_PATTERN = re.compile(
    rf"""
    (?P<year>{YEAR})\s?年(?:\s?\d{{1,2}}\s?月)?\s?
    (?P<name>[^\W\d_][^\s\d，,。、;；:：()（）《》「」『』]{{1,19}}?)
    (?:{_PUBLICATION_WORD})(?=\s*(?:[，,。、;；.()（）]|\Z))
    """,
    re.VERBOSE,
)
# The years in brackets after a title, before the work it came out in: "『雪国』(1935-1947)
# 「文芸春秋」ほか" (a novel serialised over years), "(1937年)"
CJK_BRACKET_YEARS_PATTERN = re.compile(
    rf"""
    [(（]\s?(?P<year>{YEAR})\s?年?
    (?:\s?[~〜～\-–—－]{{1,2}}\s?(?P<last_year>{YEAR}|\d{{2}})\s?年?)?\s?[)）]
    """,
    re.VERBOSE,
)
# The years of a set printed over several ("1979~1996年", "2011~2013年", "1965-66年")
CJK_YEAR_RANGE_PATTERN = re.compile(
    rf"""
    (?<!\d)(?P<year>{YEAR})\s?年?\s?[~〜～\-–—－]{{1,2}}\s?
    # the last year in four digits may close a list's entry without 年 ("岩波書店,1989-1991",
    # "吉川弘文館 1979~1997"); in two, 年 says it is a year ("1965-66年")
    (?:(?P<last_year>{YEAR}(?=\s?年|[^\d.]|\Z)|\d{{2}}(?=\s?年)))\s?年?
    """,
    re.VERBOSE,
)
# A journal's number alone after its name, as Japanese lists print it: "『日本歴史』742",
# "(『歴史評論』八一一)" (kanji digits), "(『経済論叢』一九一‐一)" (volume‐issue)
CJK_BARE_ISSUE_PATTERN = re.compile(
    r"""
    \s?(?P<first>\d{1,4}|[〇一二三四五六七八九十百]{1,4})
    (?:\s?[‐\-–－]\s?(?P<second>\d{1,3}|[〇一二三四五六七八九十]{1,3}))?
    \s?[)）]?\s?[。.]?\s*\Z
    """,
    re.VERBOSE,
)
# The same number before the issue's date after a comma: "『ロシア史研究』62、1998年3月、36頁"
CJK_LEAD_BARE_ISSUE_PATTERN = re.compile(
    rf"""
    \s?(?P<first>\d{{1,4}})(?:\s?[‐\-–－]\s?(?P<second>\d{{1,3}}))?
    \s?[、,，]\s?(?=(?:{YEAR})\s?年)
    """,
    re.VERBOSE,
)
# A later edition in brackets after the imprint's year, with its own year: "朝日新聞社、1963年
# (新装版1987年)"; a first edition's ("(初版1963年)") is not a later one
_LATER_EDITION = "|".join(
    sorted(
        (re.escape(word) for word in _NOTES["imprint"]["edition_words"] if word != "初版"),
        key=len,
        reverse=True,
    )
)
CJK_LATER_EDITION_PATTERN = re.compile(
    rf"""
    (?<=[\d年])\s?[(（]
    (?P<later>(?:{_LATER_EDITION}|{_EDITION_NUMBER})\s?[、,，:：]?\s?{YEAR}\s?年?(?:\s?\d{{1,2}}\s?月)?)
    [)）]\s*[。.]?\s*\Z
    """,
    re.VERBOSE,
)
# An edition named right after the title, before the imprint: "増補版(東京大学出版会、1983)"
CJK_LEAD_EDITION_PATTERN = re.compile(rf"(?P<edition>{_LEAD_EDITION})(?=[\s(（,，、。]|\Z)")
# A title line closed by its edition, perhaps with the subtitle after a colon, as a shop or a
# reading log prints a book: "特攻の町・知覧 新装版: 最前線基地を彩った日本人の生と死"
CJK_LINE_EDITION_PATTERN = re.compile(
    rf"""
    [ \t　]+(?P<edition>{_LEAD_EDITION}|{_EDITION_NUMBER})
    (?:[ \t　]*(?P<colon>[:：])[ \t　]*(?P<subtitle>[^\s:：][^:：\n]{{0,60}}?))?[ \t　]*\Z
    """,
    re.VERBOSE,
)
# An edition in brackets glued to the main title, before the subtitle or the title's end, as a
# book card prints it: "日本のいちばん長い日(決定版) 運命の八月十五日", "昭和史(新版)"
CJK_TITLE_BRACKET_EDITION_PATTERN = re.compile(
    rf"(?<=[^\s(（])[(（](?P<edition>{_LATER_EDITION}|{_EDITION_NUMBER})[)）](?=[ \t　]|\Z)"
)
# Names or a publisher in square brackets closing a title line, as an online shop lists a book
# ("[ 吉田俊雄 ]" after "(光人社NF文庫)", "[ 南日本新聞社 ]" after a title and subtitle)
CJK_SQUARE_TAIL_PATTERN = re.compile(
    r"[ \t　]*[\[［][ \t　]*(?P<inside>[^\[\]［］\n]{1,60}?)[ \t　]*[\]］][ \t　]*\Z"
)
# The volume and the pages a short note cites after a title, and nothing else: "第15冊,第245~246
# 頁。" after 《中共中央文件選集》, ",第615~616頁" after 《周恩來年譜(1898~1949)》, a traditional
# book's juan and leaf with its side ("卷59,页23b" after 《清史列传》)
CJK_CITED_PARTS_PATTERN = re.compile(
    rf"""
    [\s,，、]*
    (?P<volume>第\s?{_CJK_NUMBER}\s?[册冊卷巻辑輯]
      |[卷巻]\s?{_CJK_NUMBER}
      |[(（][上中下][卷巻册冊][)）]                      # "(下卷)" of a book in two volumes
      |(?<=[》』])[一二三四五六七八九十]{{1,3}}(?=[,，、]))?[\s,，、]*  # "《戊戌变法》一,第416页"
    (?:[“「](?P<part>[^“”「」\n]{{1,20}})[”」][\s,，、]*)?  # the part cited: "第四册“顾序”,"
    # pages, or several ("第1082、1209页")
    (?P<pages>第\s?\d{{1,5}}(?:\s?[-–—―~～〜]\s?\d{{1,5}})?
      (?:\s?[、,，]\s?\d{{1,5}}(?:\s?[-–—―~～〜]\s?\d{{1,5}})?)*\s?[页頁]
      # or in characters, as Chinese prose notes print them ("第三十六页", "第二七二页")
      |第[〇○零一二三四五六七八九十百千]{{1,6}}[页頁]  # "第七○二页": ○ for the zero
      # or with the label first, as Hong Kong and Taiwan print them ("页70–74", "頁42,48")
      |[页頁]\s?\d{{1,5}}(?:\s?[-–—―~～〜]\s?\d{{1,5}})?
      (?:\s?[、,，]\s?\d{{1,5}}(?:\s?[-–—―~～〜]\s?\d{{1,5}})?)*
      |[页頁葉叶]\s?\d{{1,5}}[ab上下](?:\s?[-–—―~～〜]\s?\d{{1,5}}[ab上下])?)?  # a leaf's side
    \s?[。.]?\s*\Z
    """,
    re.VERBOSE,
)
# A library catalogue's machine-made citation of a Chinese book (VuFind's "Chicago" line):
# the place and publisher, then the year, closing it ("天津人民出版社, 2009.", "人民出版社.")
CJK_CATALOGUE_IMPRINT_PATTERN = re.compile(
    rf"""
    (?:(?P<place>[^\W\d_][^:：,，.．\s]{{0,12}}?)\s?[:：]\s?)?
    (?P<publisher>[^\W\d_][^:：,，.．]{{1,40}}?)
    (?:\s?[,，]\s?(?P<year>{YEAR})\s?年?)?\s?[.．。]?\s*\Z
    """,
    re.VERBOSE,
)
_RUN_ON_PARTS = "|".join(
    sorted(map(re.escape, _TITLE_WORDS["run_on_parts"]), key=len, reverse=True)
)
# What may follow 《》 at once without being words of a longer title quoting the work: a part of
# it ("第一卷", "上册", "卷五", "(二)"), or words on the work ("一书", "中译本")
CJK_RUN_ON_WORD_PATTERN = re.compile(_RUN_ON_PARTS)
CJK_RUN_ON_PART_PATTERN = re.compile(rf"第|\d|[卷巻]|[上中下](?:[卷巻册冊]|\Z)|{_RUN_ON_PARTS}")
# The punctuation of a sentence, which a title line does not hold outside its 《》
CJK_SENTENCE_MARK_PATTERN = re.compile(r"[，,。；;：:！？!?]")
# A line giving the date and time a page posted an article, then its authors
# ("2015-08-05 12:00金一驰", a journal's copy on fx361.com)
CJK_POSTED_BYLINE_PATTERN = re.compile(
    rf"(?P<date>{YEAR}-\d{{1,2}}-\d{{1,2}})\s?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*(?P<names>[^\s\d])"
)
# A journal's name with the year and the issue, on a line of its own ("党史文苑 2015年14期",
# "历史研究 1993年第5期")
CJK_JOURNAL_LINE_PATTERN = re.compile(
    rf"""
    (?<!\S)(?P<journal>[^\s\d，,。:：《》]{{1,30}})\s+
    (?P<year>{YEAR})\s?年\s?第?\s?(?P<issue>\d{{1,3}})\s?期
    """,
    re.VERBOSE,
)
# A year and its month after a Japanese imprint, and perhaps its day after a slash, as a bookshop
# dates a book: "岩波書店(1990.3)", "中央公論新社 (2021/11/9)" ("(2005.4.1)" stays a year).
CJK_YEAR_MONTH_PATTERN = re.compile(
    rf"""(?P<year>{YEAR})\s?[./／]\s?(?P<month>1[0-2]|0?[1-9])
    (?:\s?[/／]\s?(?P<day>3[01]|[12]\d|0?[1-9]))?(?![\d./／])""",
    re.VERBOSE,
)
_ERAS = {str(era["kanji"]): int(era["first_year"]) for era in data_table("dates.toml")["eras"]}
# The first year of each Japanese era, by its name in kanji
CJK_ERA_FIRST_YEARS: dict[str, int] = _ERAS
# An era's year with spaces around its number, as text typed with half-width digits prints it:
# "原書房、昭和 42 年" (the era's year written without spaces is the date reader's)
CJK_SPACED_ERA_PATTERN = re.compile(
    rf"(?P<era>{'|'.join(map(re.escape, _ERAS))})[ \t　](?P<year>\d{{1,2}})[ \t　]?年"
)
# A newspaper named without brackets before the day of its issue, perhaps with the edition and
# the page: "朝日新聞 1965年12月22日。", "読売新聞 1941年12月8日夕刊、1面"
CJK_NEWSPAPER_DAY_PATTERN = re.compile(
    rf"""
    (?P<name>[^\s\d、，,。:：()（）「」『』《》]{{2,20}}?)[ \t　]*[,，、]?[ \t　]*
    (?P<year>{YEAR})\s?年\s?(?P<month>\d{{1,2}})\s?月\s?(?P<day>\d{{1,2}})\s?日
    (?:\s?(?:付|朝刊|夕刊|号外))?
    (?:\s?[,，、]?\s?(?:第\s?)?(?P<page>\d{{1,2}})\s?[面版])?
    \s?[。.]?\s*
    """,
    re.VERBOSE,
)
# A Western short note in Japanese punctuation: the author's name, the volume and the page cited
# ("原田、2: 208。", Harada's memoir cited by volume and page)
CJK_NAME_VOLUME_PAGE_PATTERN = re.compile(
    r"""
    (?P<name>[^\s\d、，,。:：()（）「」『』《》]{2,8}?)[ \t　]*[、，,][ \t　]*
    (?P<volume>\d{1,2})\s?[:：]\s?(?P<page>\d{1,4}(?:\s?[-–]\s?\d{1,4})?)
    \s?[。.]?\s*
    """,
    re.VERBOSE,
)
# The page a short note cites after a title, alone, perhaps with the day of a diary's entry in
# brackets after it: "今井清一 『降伏と』 74。", "木戸 『日記』 1228 (Aug.. 21, 1945)。"
CJK_BARE_PAGE_PATTERN = re.compile(
    r"""
    [ \t　]*(?P<page>\d{1,4}(?:\s?[-–]\s?\d{1,4})?)
    (?:[ \t　]*[(（](?P<note>[^()（）\n]{1,40})[)）])?
    \s?[。.]?\s*
    """,
    re.VERBOSE,
)
_REVIEW_WORD = "|".join(sorted(map(re.escape, _TITLE_WORDS["review_words"]), key=len, reverse=True))
# The word a review's heading opens with: "[書評] ", "【書評】", "書評:"
CJK_REVIEW_MARK_PATTERN = re.compile(
    rf"[\[［【〈〔(（]?[ \t　]*(?P<word>{_REVIEW_WORD})[ \t　]*[\]］】〉〕)）:：]?[ \t　]*"
)
# A sentence naming the publisher after the title: "…中译本,近日由中国社会科学出版社出版"
CJK_PUBLISHED_BY_PATTERN = re.compile(
    rf"由\s?(?P<publisher>[^\s，,。由]{{2,30}}?)\s?(?:{_PUBLICATION_WORD})\s?[。.]?\s*\Z"
)
# The pieces closing a heading block or a shop's line besides names: an ISBN glued to its label
# ("ISBN978-4-00-431207-9"), a price ("700円", "¥3,000"), a series with its number ("岩波新書新赤
# 1207", "講談社文庫"), a volume ("第2巻", "(第1巻)")
CJK_BLOCK_ISBN_PATTERN = re.compile(r"ISBN(?:-1[03])?[:：]?\s?(?P<isbn>\d[\d-]{8,16}[\dXx])")
CJK_BLOCK_PRICE_PATTERN = re.compile(
    r"(?:[¥￥]\s?\d[\d,]{0,8}|\d[\d,]{0,8}\s?円)(?:\s?[(（]税[^()（）]{0,6}[)）])?"
)
CJK_BLOCK_SERIES_PATTERN = re.compile(
    rf"(?P<series>[^\s\d()（）]{{0,12}}?(?:{_SERIES_ENDING}))(?P<number>[^\s()（）]{{0,10}}?\d{{0,5}})"
)
CJK_BLOCK_VOLUME_PATTERN = re.compile(
    r"[(（]?第\s?(?P<volume>\d{1,3}|[一二三四五六七八九十]{1,3})\s?[巻卷]\s?[)）]?"
)
# (another printing's date may follow in brackets: a later one, "2009年3月(2025年4月第3刷)", or
# the first edition's after the printing's, "2010年6月(1977年5月初版)")
CJK_BLOCK_DATE_PATTERN = re.compile(
    rf"(?P<main>(?P<year>{YEAR})(?:\s?年(?:\s?(?P<month>\d{{1,2}})\s?月)?|\s?[/.]\s?(?P<slash_month>\d{{1,2}})))"
    r"(?:[(（](?P<other>[^()（）\s]{2,24}?(?:刷|初版)(?:発行)?)[)）])?"
)
# The first edition's date in such brackets ("1977年5月初版").
CJK_FIRST_EDITION_DATE_PATTERN = re.compile(
    rf"(?P<year>{YEAR})\s?年(?:\s?(?P<month>\d{{1,2}})\s?月)?(?:\s?\d{{1,2}}\s?日)?\s?初版(?:発行)?"
)
# A title and its subtitle joined by a dash, printed alone: "開戦神話―対米通告はなぜ遅れたのか"
CJK_DASH_TITLE_PATTERN = re.compile(
    r"(?P<title>[^\s―—─、。，,()（）「」『』《》]{2,40})[―—─]{1,2}(?P<subtitle>[^\s―—─、。，,()（）「」『』《》]{2,60})"
)
# A sentence naming a book, its editor or author and its publisher: "中蘇關係史綱是由沈志華主編、
# 新華出版社出版。" (<title> is by <names><role>, <publisher> published it)
CJK_BY_SENTENCE_PATTERN = re.compile(
    rf"""
    (?P<title>[^\s，,。、:：《》「」『』]{{2,40}}?)是由
    (?P<names>[^\s，,。:：《》]{{2,30}}?)(?P<role>主編|主编|編著|编著|編|编|著|撰)[、，,]\s?
    (?P<publisher>[^\s，,。、]{{2,30}}?)(?:{_PUBLICATION_WORD})\s?[。.]?\s*
    """,
    re.VERBOSE,
)
# A database's record of a writing: its title (with the note mark "(註一)"), the work it belongs
# to, its date in the Republic of China's years and in the Western calendar ("三民主義:自序(註一)
# 三民主義 013/03/30 1924/03/30")
CJK_ROC_RECORD_PATTERN = re.compile(
    rf"""
    (?P<title>[^\s()（）]{{2,40}}?)(?:[(（]註[^()（）]{{0,4}}[)）])?
    (?:\s+(?P<work>[^\s\d][^\s]{{0,30}}))?
    \s+(?P<roc>0\d{{2}}|\d{{2}})/(?P<roc_month>\d{{1,2}})/(?P<roc_day>\d{{1,2}})
    \s+(?P<year>{YEAR})/(?P<month>\d{{1,2}})/(?P<day>\d{{1,2}})\s*
    """,
    re.VERBOSE,
)
ROC_FIRST_YEAR = 1912  # the Republic of China's year 1 (民國元年)

# An author's degree before the name, as a publisher's page prints it ("『ドローン工学入門』工学博士
# 野波健蔵【著】"): a title of the person, no thesis.
CJK_DEGREE_TITLE_PATTERN = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:博士|修士)[ \t　]+")
_HEAD_LABEL = "|".join(
    sorted(map(re.escape, _NOTES["labels"]["head_labels"]), key=len, reverse=True)
)
# A label before the title ("底本：「…」"), perhaps in 【】 ("【原文出处】《…》"): no name.
CJK_HEAD_LABEL_PATTERN = re.compile(rf"[【\[]?(?:{_HEAD_LABEL})[】\]]?\s?[：:]?\s?")
# A book's colophon as a blog copies it under the book's card, its lines joined by spaces: the
# title, the author with the role word, the publisher with its series and 刊, then each printing's
# year (its era's beside it), month and what was done then ("坊っちゃん\n夏目漱石【著】\n新潮社
# (新潮文庫)刊\n1950(昭和25)年1月発行\n1980(昭和55)年5月改版"). The first 発行 is the date.
CJK_COLOPHON_PATTERN = re.compile(
    r"""
    (?P<title>[^\s【】\[\]「」『』《》()（）]{1,40}(?:\s[^\s【】\[\]「」『』《》()（）]{1,40})?)\s+
    (?P<names>[^\s【】\[\]()（）\d]{2,20}?)\s?[【\[]?(?P<role>著|編|訳)[】\]]?\s+
    (?P<publisher>[^\s()（）\d]{2,20}?)(?:[(（](?P<series>[^()（）\s\d]{2,20})[)）])?\s?刊\s+
    (?P<year>\d{4})\s?[(（][^()（）]{2,8}[)）]\s?年\s?(?P<month>\d{1,2})\s?月(?:\s?\d{1,2}\s?日)?\s?発行
    (?P<later>(?:\s+\d{4}\s?[(（][^()（）]{2,8}[)）]\s?年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?
      \s?(?:改版|発行|第\s?\d{1,3}\s?刷(?:発行)?))*)
    """,
    re.VERBOSE,
)
# Latin initials before a foreign name in characters ("M.B.詹森": Marius B. Jansen).
CJK_LATIN_INITIALS_PATTERN = re.compile(r"^(?:[A-Z][.．・]\s?)+(?=[\u4e00-\u9fff])")
# How the name of a body that compiles a work ends: it is the work's author with no role word
# ("井上馨侯爵传记编纂会《世外井上公传》").
CJK_COMPILING_BODY_ENDINGS: tuple[str, ...] = tuple(_NOTES["names"]["compiling_body_endings"])
CJK_CORPORATE_ENDINGS: tuple[str, ...] = tuple(_NOTES["names"]["corporate_endings"])
CJK_BODY_WORDS: tuple[str, ...] = tuple(_NOTES["names"]["body_words"])
_SEE = "|".join(sorted(map(re.escape, _NOTES["labels"]["see_words"]), key=len, reverse=True))
CJK_SEE_PATTERN = re.compile(rf"(?:{_SEE})[:：]?")
# A printing's line in a list of new books: the day and the printing ("2017年6月16日 第1刷").
CJK_PRINTING_LINE_PATTERN = re.compile(
    rf"(?P<year>{YEAR})\s?年\s?(?P<month>\d{{1,2}})\s?月(?:\s?(?P<day>\d{{1,2}})\s?日)?"
    r"(?:\s?第\s?(?P<printing>\d{1,3})\s?刷(?:発行)?)?"
)
# How a person's part in a work is named after the name in such a list, besides the role words:
# "サン=テグジュペリ作" (written by), "芭蕉自筆" (in his own hand).
CJK_AUTHOR_MARKS: tuple[str, ...] = ("自筆", "作")
# A list's price with the tax added after it ("520円+税").
CJK_LIST_PRICE_PATTERN = re.compile(r"\d[\d,]{0,8}\s?円(?:\s?[+＋]\s?税)?")
# A newspaper column's heading: the column's name in 【】, then the installment's number or 番外編
# (an extra installment), the words of the heading after it ("【明治の50冊】(50)西田幾多郎『善の
# 研究』 苦悩する旧制高生必読の書"); a book named in it is the installment's subject. A blog's
# series prints its name without 【】 ("現代詩の起源(16); 萩原朔太郎詩集『氷島』(iii)",
# "斎藤茂吉の和歌を書く(2)「赤光」から"): words with kana, then the number in brackets.
CJK_COLUMN_HEADING_PATTERN = re.compile(
    r"(?:【(?P<column>[^【】\n]{1,30})】[ \t　]*"
    r"(?:番外編|[(（][0-9０-９]{1,3}[)）]|第[0-9０-９]{1,3}回)"
    r"|(?P<series>[^【】『』「」《》()（）\s]*[\u3041-\u309f][^【】『』「」《》()（）\s]*)"
    r"[(（][0-9０-９]{1,3}[)）])"
)
# The dashes that part a Japanese title from its subtitle ("蓬莱の玉の枝―「竹取物語」から")
CJK_TITLE_DASHES = "―—─"
# The fields of Douban's line under a book's title, parted by " / " (data/cjk_titles.toml [douban]):
# the date (2011-1, 2021-12, 2026-4-1), the price (48.00元, CNY 35.00, NT$320), the pages (496页)
# and the binding.
CJK_DOUBAN_SEPARATOR = " / "
CJK_DOUBAN_DATE_PATTERN = re.compile(
    r"(?P<year>(?:1[5-9]|20)[0-9]{2})(?:-(?P<month>[0-9]{1,2})(?:-[0-9]{1,2})?)?"
)
CJK_DOUBAN_PRICE_PATTERN = re.compile(
    r"(?:(?:CNY|USD|HKD|TWD|NTD|JPY|NT\$|\$|¥|￥)\s?[0-9]+(?:\.[0-9]{1,2})?(?:元|円)?"
    r"|[0-9]+(?:\.[0-9]{1,2})?\s?(?:元|円)|[0-9]+\.[0-9]{2})"
)
CJK_DOUBAN_PAGES_PATTERN = re.compile(r"[0-9]{1,5}\s?[页頁]")
CJK_DOUBAN_BINDINGS: frozenset[str] = frozenset(data_table("cjk_titles.toml")["douban"]["bindings"])
# A thesis's degree after the university that granted it: "北京大学博士学位论文", "京都大学博士論文"
CJK_DEGREE_AFTER_UNIVERSITY_PATTERN = re.compile(
    r"(?<=\S)\s?(?:博士|修士|硕士|碩士)\s?(?:学位|學位)?\s?(?:论文|論文)\s*\Z"
)

# The runs of characters between spaces of a line read piece by piece, and the breaks between
# the lines of a record copied with its layout (two spaces or more stand for a line break).
CJK_PIECE_PATTERN = re.compile(r"\S+")
CJK_LINE_BREAK_PATTERN = re.compile(r"\s{2,}|\n")

# A title line as Amazon.co.jp names a book printed before ISBNs, copied by blogs: the title, the
# year of the edition and the series, each in brackets ("太平洋戦争 (1968年) (日本歴史叢書)")
CJK_TITLE_YEAR_SERIES_PATTERN = re.compile(
    rf"""
    (?P<title>[^\s()（）［］\[\]【】〔〕。、，,][^()（）［］\[\]【】〔〕。、，,\n]{{0,60}}?)
    \s?[(（]\s?(?P<year>{YEAR})\s?年\s?[)）]
    \s?[(（]\s?(?P<series>[^()（）\s\d]{{0,20}}?(?:{_SERIES_ENDING}))
      (?:\s?(?P<number>\d{{1,5}}))?\s?[)）][.。]?\s*\Z
    """,
    re.VERBOSE,
)
# A bracket closing a title line after an author and a slash ("鶴見俊輔 / 戦時期日本の精神史
# (岩波書店)"): the publisher or the series
CJK_LINE_BRACKET_TAIL_PATTERN = re.compile(r"\s?[(（](?P<inside>[^()（）\n]{1,30})[)）]\s*\Z")
# A title line with its compiler and the year in brackets after a space, the title perhaps with a
# reader's gloss in brackets: "國體の本義(日本とはどのような國か?) 文部省編纂(昭和十二年)"
CJK_TITLE_PEOPLE_DATE_PATTERN = re.compile(
    r"""
    (?P<title>[^\s()（）［］\[\]【】〔〕。、，,][^()（）［］\[\]【】〔〕。、，,\n]{0,60}?)
    (?:\s?[(（](?P<gloss>[^()（）\n]{1,40})[)）])?
    [ \t　]+(?P<people>[^\s()（）]{2,30}?)
    \s?[(（]\s?(?P<date>[^()（）\s]{2,12})\s?[)）][.。]?\s*\Z
    """,
    re.VERBOSE,
)
# A title in lenticular brackets and the byline under it as Amazon.co.jp prints it, copied by a
# reading report: "【…の外交力―陸奥宗光の『…』に学ぶ】\n岡崎 久彦 (著)"
CJK_CORNER_TITLE_BYLINE_PATTERN = re.compile(
    r"""
    \A\s*【(?P<title>[^【】\n]{2,80})】[ \t　]*\n?[ \t　]*
    (?P<byline>[^\n【】()（）]{2,30}\s?[(（][^()（）\n]{1,6}[)）])\s*\Z
    """,
    re.VERBOSE,
)
# Amazon.co.jp's title line, as blogs copy it: the title, the binding or the series in brackets,
# then the byline, a name and its role in brackets ("検証 戦争責任〈2〉 (単行本)
# 読売新聞戦争責任検証委員会 (著)", "昭和史 1926-1945 (平凡社ライブラリー) 半藤 一利 (著)")
# (a review's heading prints the volumes in that bracket and the series after the role:
# "人間の条件(上、中、下)    五味川純平(著)  岩波現代文庫")
CJK_AMAZON_TITLE_LINE_PATTERN = re.compile(
    rf"""
    \A\s*(?P<title>[^()（）\n]{{2,80}}?)[ \t　]*[(（](?P<form>[^()（）\n]{{1,24}})[)）][ \t　]+
    (?P<byline>[^()（）\n]{{2,40}}?[ \t　]?[(（][^()（）\n]{{1,8}}[)）])
    (?:[ \t　]+(?P<series>[^\s()（）]{{0,20}}?(?:{_SERIES_ENDING})))?\s*\Z
    """,
    re.VERBOSE,
)
# The volumes of a set named in that bracket: "上、中、下", "上・下", "1-3"
CJK_BRACKET_VOLUMES_PATTERN = re.compile(
    r"[上中下]|[上中下](?:\s?[、・,，]\s?[上中下]){1,2}|\d{1,2}(?:\s?[-~〜・、]\s?\d{1,2})?"
)
# A book as a Japanese catalogue's short display prints it (the ISBD areas parted by ". --"):
# "メディア都市パリ / 山田登世子. -- 筑摩書房, 1995.12. -- (ちくま学芸文庫)": the title, the
# statement of responsibility after a slash, the place (perhaps), publisher and year (and month),
# the series in brackets (perhaps with its number after ";")
CJK_ISBD_RECORD_PATTERN = re.compile(
    rf"""
    (?P<title>[^/／\n]{{1,80}}?)\s?[/／]\s?(?P<people>[^/／\n.．]{{1,60}}?)\s?[.．]\s?(?:--\s?)?
    (?:(?P<place>[^:：,，\n\-]{{1,12}}?)\s?[:：]\s?)?
    (?P<publisher>[^,，\n\-]{{1,30}}?)\s?[,，]\s?(?P<year>{YEAR})(?:\.(?P<month>\d{{1,2}}))?
    (?:\s?[.．]\s?(?:--\s?)?[(（](?P<series>[^()（）;；\n]{{1,40}}?)(?:\s?[;；]\s?(?P<number>[^()（）\n]{{1,12}}?))?\s?[)）])?
    \s?[.．]?\s*\Z
    """,
    re.VERBOSE,
)
# A library's call number closing a list's entry, in brackets with the shelf's word or glued to
# the year (the bracket lost): "(書庫 025/*/76)", "(参考 025/*a/76)", "1989-1991R025.1/89/18,ベツ】"
CJK_CALL_NUMBER_PATTERN = re.compile(
    r"""
    [(（【]?\s?(?:(?P<shelf>書庫|参考|開架|閉架|禁帯出|郷土)\s?)?
    (?P<number>(?:(?<![A-Za-z])[A-Z]{1,2}|(?<![A-Za-z\d]))\d{3}(?:\.\d{1,4})?/[^\s()（）【】]{1,24}?)
    \s?[)）】]?\s*\Z
    """,
    re.VERBOSE,
)
# A series named right after the title's brackets, before the bracket of the imprint, as
# reference services cite a book: "『和泉式部日記』岩波文庫(清水文雄校訂 岩波書店 1941)"
CJK_LEAD_SERIES_PATTERN = re.compile(
    rf"[ \t　]?(?P<series>[^\s()（）、，,。]{{0,20}}?(?:{_SERIES_ENDING}))[ \t　]?(?=[(（])"
)
_ERA_LETTERS = {
    str(era["letter"]): int(era["first_year"]) for era in data_table("dates.toml")["eras"]
}
# The first year of each Japanese era, by the one letter lists abbreviate it to (H = 平成)
CJK_ERA_LETTER_FIRST_YEARS: dict[str, int] = _ERA_LETTERS
# An era's year by its letter, as a reading list dates a book in brackets, the Western year after
# it perhaps and 刊 ("published") closing it: "(H27[2015]刊)", "(S48刊)"
CJK_LETTER_ERA_PATTERN = re.compile(
    rf"""
    (?<![A-Za-z\d])(?P<letter>[{"".join(_ERA_LETTERS)}])(?P<year>\d{{1,2}})
    (?:\s?[\[［(（]\s?(?P<western>{YEAR})\s?[\]］)）])?\s?(?:年|刊|年刊)?(?=[)）]|\Z)
    """,
    re.VERBOSE,
)
# A Chinese name alone closing a reference after the title, after a space, a dash or the label
# 作者: "《我们仨》 杨绛", "《毛泽东私人医生回忆录》-李志绥", "《一日三秋》\n作者:刘震云"
CJK_BARE_NAME_TAIL_PATTERN = re.compile(
    r"""
    [ \t\n　]*(?:[-‐–—―－]{1,2}|(?:作者|著者)\s?[:：])?[ \t　]*
    (?P<name>[\u4e00-\u9fff][\u4e00-\u9fff·・.]{1,11})[ \t　。.]*
    """,
    re.VERBOSE,
)


# A heading's own words after the book it is about: a particle and a few words, the post's
# number ("横光利一『上海』の文庫本(1)", the bunko edition of Yokomitsu's Shanghai;
# "河原宏『日本人の「戦争」』がとても良い", a blog post's heading: is very good)
HEADING_WORDS_PATTERN = re.compile(
    r"\s?[のがはをも][\u3040-\u30ff\u3400-\u9fff\uf900-\ufaffー]{1,12}(?:\s?[(（]\d{1,3}[)）])?\s*"
)


# A foreign author's initials in Latin letters before the katakana of the family name, as a
# Japanese note prints a translated author ("E・J・ディロン著『ロシアの失墜』", "O.フレヴニューク
# (富田訳)『…』"): the note is a Japanese one.
LATIN_INITIALS_KANA_PATTERN = re.compile(r"(?:[A-Z][・･.]\s?){1,3}(?=[\u30a1-\u30fa])")

# A Ming or Qing reign's label before a title, naming the reign's part of a compilation, no
# person: 同治朝《筹办夷务始末》 (the Tongzhi part of the 籌辦夷務始末), 道光朝, 咸豐朝 (the reigns
# of data/dates.toml's chinese_eras)
_REIGNS = [str(era["kanji"]) for era in chinese_eras() if era["kanji"] not in ("民国", "民國")]
CJK_REIGN_HEAD_PATTERN = re.compile(rf"(?:{'|'.join(_REIGNS)})朝")
