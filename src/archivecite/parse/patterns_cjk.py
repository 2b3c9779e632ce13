"""The patterns of Japanese and Chinese archival locators: JACAR codes and images, Japanese
archives' call numbers, Chinese file numbers and pages, CJK titles in their brackets."""

from __future__ import annotations

import re

from archivecite.parse.patterns import DASHES, trie_pattern
from archivecite.parse.tables import data_table
from archivecite.registry import locator_terms

# ---------------------------------------------------------------- Japanese locators

JACAR_CODE_PATTERN = re.compile(
    r"(?<![A-Za-z0-9])(?P<code>[A-Z]\d{11})(?!\d)",
)
# A code printed under its label with a digit too few or too many ("レファレンスコード B0203749800",
# whose link reads B02030748300): a slip, kept as printed, never corrected
JACAR_CODE_SLIP_PATTERN = re.compile(
    r"(?:JACAR\s*)?(?:Ref(?:erence\s+[Cc]ode)?|レファレンス・?コード)\.?\s*[:：]?\s*"
    r"(?P<code>[A-Z](?:\d{9,10}|\d{12,13}))(?![\dA-Za-z])"
)
# What follows a JACAR code in JACAR's citation form: an image note in brackets, a comma, then
# the volume title and the holding archive in brackets.
JACAR_TAIL_PATTERN = re.compile(
    r"\s*(?:[（(][^）)]{1,30}[）)])?\s*[、,，]\s*(?P<tail>[^\n]+?)\s*[。.]?\s*$"
)
# The images of a JACAR item a citation names, as JACAR's viewer numbers them: "3画像目",
# "5〜15画像", "7画像左〜8画像" (an image shows two pages of a bound volume: 右 the right one,
# read first, 左 the left), "221画像〜222画像右"; in English "image 3", "images 3-5", "(2nd
# image)", JACAR's "(58th picture)". A figure's label "[Image 1]" is not one.
_JA_IMAGES = rf"""(?:第\s*)?(?P<start>\d{{1,4}})\s*(?:画像\s*目?\s*)?(?P<start_side>[右左])?
    (?:\s*[{DASHES}~〜～]\s*(?:第\s*)?(?P<end>\d{{1,4}})\s*)?
    画像\s*目?\s*(?P<end_side>[右左])?"""
_EN_IMAGES = r"""(?:the\s+)?(?P<en_ordinal>\d{1,4})(?:st|nd|rd|th)\s+(?:image|picture)s?\b
    |(?<!\[)\b(?:[Ii]mages?|[Ii]mgs?\.?|[Pp]ictures?)\s*(?P<en_start>\d{1,4})
     (?:\s*[-\u2010-\u2015]\s*(?P<en_end>\d{1,4}))?(?![\w\]])"""
IMAGES_PATTERN = re.compile(
    rf"(?<![\d.])(?:{_JA_IMAGES})(?:\s*(?:から|より|まで))?|{_EN_IMAGES}", re.VERBOSE
)
# The image a citation starts at, right after the code: JACAR's own "（第3画像目から）" and the
# English ", image 3" / ", the 3rd image": the page of the item.
JACAR_IMAGE_PATTERN = re.compile(
    rf"""\s*(?:[（(]\s*(?:{_JA_IMAGES})\s*(?:から|より|まで)?\s*[）)]
           |[,，、]\s*(?:{_EN_IMAGES}))""",
    re.VERBOSE,
)
TRAILING_BRACKET_PATTERN = re.compile(r"[（(](?P<inner>[^（）()]+)[）)]\s*$")
JAPANESE_CALL_NUMBER_PATTERN = re.compile(
    r"""(?:請求番号|請求記号|分類番号|Call\s+[Nn]umber|call\s+no\.?)[\]］]?\s*[:：]?\s*
        (?P<call_number>[^\s,，、;；（）()【】\[\]]+)""",
    re.VERBOSE,
)
# Diplomatic Archives file numbers (1.6.1.11, 5.2.1.14_003, A.7.0.0.9-1, a sub-file's
# 1.6.1.4-2-1-2; JACAR prints A-1-1-0-21_001, a sub-file's volume N-1-7-1-1_2_002), National
# Archives of Japan call numbers (単00247100, 平11総01509100, 本館-2A-012-00・類00741100) and
# NIDS call numbers (海軍省-日露-M37-5, ⑨その他-千代田-470); ASCII digits only, since \d takes ９.
_JA_WORD = "\u3040-\u30ff\u4e00-\u9fff\u2460-\u2473A-Za-z0-9"
JAPANESE_ARCHIVE_NUMBER_PATTERN = re.compile(
    rf"""(?<![0-9A-Za-z.])(?P<mofa>(?:[A-Z]'?\.)?[0-9]{{1,2}}(?:\.[0-9]{{1,3}}){{2,5}}
                                      (?:[_\-][0-9]{{1,4}})*
                       |[A-Z]'?-[0-9]{{1,2}}(?:-[0-9]{{1,3}}){{2,5}}(?:_[0-9]{{1,4}})*)(?![0-9A-Za-z]|\.[0-9A-Za-z])
       |(?<![\w])(?P<naj>(?:本館|つくば)?-?(?:[0-9][A-Z]-[0-9]{{3}}-[0-9]{{2}}・)?
                         [\u4e00-\u9fff]{{1,2}}[0-9]{{0,2}}[\u4e00-\u9fff]?[0-9]{{6,9}})(?![0-9])
       |(?<![{_JA_WORD}])(?P<nids>[\u2460-\u2473\u4e00-\u9fff][{_JA_WORD}]*(?:-[{_JA_WORD}]+){{2,}})""",
    re.VERBOSE,
)

# A Diplomatic Archives file number in the form of its classification, a letter and four
# numbers at least (A.1.3.1.1-3), opening a line, the file's title in quotes after it: JACAR's
# English pages print it so ('A.1.3.1.1-3\n"Anthology of U.S.-Japan Diplomacy / …" - 19
# volumes'); a section's number opens prose, not a quoted title.
LETTERED_MOFA_NUMBER_PATTERN = re.compile(
    r"(?:\A|(?<=\n))\s*[A-Z]\.[0-9]{1,2}(?:\.[0-9]{1,3}){3,5}(?:-[0-9]{1,4})*\s+[\"“『「]"
)

# The Foreign Ministry's records named as a series (``data/cjk_archival.toml``): the numbers near
# them are the Diplomatic Archives' call numbers.
JAPANESE_RECORD_SERIES_PATTERN = re.compile(
    trie_pattern(data_table("cjk_archival.toml")["japanese"]["record_series"])
)

# The volume of a Diplomatic Archives file after its number ("A.1.1.0.21, vol. 3", "第三巻"),
# written by JACAR and the archive as the suffix "_003".
MOFA_VOLUME_PATTERN = re.compile(
    r"""\s*[,、，]?\s*
        (?:(?:vol\.?|volume)\s*(?P<volume>[0-9]{1,3})
          |第\s*(?P<kanji_volume>[0-9]{1,3}|[〇一二三四五六七八九十百]{1,4})\s*巻)(?![0-9A-Za-z])""",
    re.VERBOSE | re.IGNORECASE,
)

# ---------------------------------------------------------------- Chinese locators

_CHINESE = locator_terms("chinese")
CHINESE_LEVEL_PATTERN = re.compile(
    rf"""(?P<label>{
        trie_pattern(
            sorted({w for words in _CHINESE.levels.values() for w in words}, key=len, reverse=True)
        )
    })
         \s*[:：]?\s*
         (?:(?P<value>[A-Za-z]*\d[\dA-Za-z\-‐–./]*)
           |(?:(?<=[号號])|(?<=[号號][:：])|(?<=[号號][:：]\s))(?P<numeral>[〇零一二三四五六七八九十百]{{1,5}}))""",
    re.VERBOSE,
)
CHINESE_FILE_PATTERN = re.compile(
    r"""(?<![\d\-])(?P<file_number>\d{3}-\d{5}-\d{2}(?:\(\d+\))?)(?![\d])      # MFA 105-00011-01
       |(?<![\w\-])(?P<taiwan>\d{3}-\d{6}-\d{4}(?:-\d+)?)(?![\d])             # 國史館 典藏號
       |(?<=[档檔案])(?P<held>[A-Za-z]?\d{1,4}-\d{1,6}(?:-\d{1,5})?)(?![\d])   # 藏档80-2-41""",
    re.VERBOSE,
)
# A file number printed bare after a named archive: Shanghai's fonds letters (Q1-6-123,
# U1-3-2345, S173-1-27: fonds-catalogue-file), "2-2-123", "18/1234" (fonds/file), a fonds and
# catalogue before the slash with the file's year and number after it (Jilin's
# "1-12/1-1956.129"), and the Second
# Historical Archives' fonds-file "2-1234" right after a comma or the name's bracket (elsewhere
# two numbers and a hyphen are pages or years); a date (1949-10-01) is not one.
CHINESE_NAMED_FILE_PATTERN = re.compile(
    r"""(?<![\w\-/.])
        (?P<code>[A-Z]{1,2}[0-9]{0,4}(?:-[0-9]{1,6}){2,3}
           |(?![0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?![0-9]))[0-9]{1,4}(?:-[0-9]{1,6}){2,3}
           |[0-9]{1,3}(?:-[0-9]{1,6})?/[0-9]{1,6}(?:[-.][0-9]{1,6}){0,3}
           |(?:(?<=[,，、)）])|(?<=[,，)）]\ ))                    # "（SHAC), 2-1234", "馆，2-1234"
            (?!(?:1[6-9]|20)[0-9]{2}-[0-9]{2,4}(?![0-9]))[0-9]{1,4}-[0-9]{1,6})
        (?![\w\-/])""",
    re.VERBOSE,
)
CHINESE_TRAILING_PAGES_PATTERN = re.compile(
    rf"\s*,\s*(?P<start>\d+)(?:[{DASHES}](?P<end>\d+))?(?![\d/\-])"
)
# A book's juan, the bare 卷 right after the book's title: "《清史列传》,卷59,页23b",
# "《古今伪书考》卷3" (a traditional book's juan and leaf, not an archive's 案卷); the 卷 is the
# group "juan".
CHINESE_BOOK_JUAN_PATTERN = re.compile(
    r"[》〉][ \t,，、]*(?P<juan>卷)(?=\s*[\d〇零一二三四五六七八九十百])"
)
CHINESE_PAGES_PATTERN = re.compile(
    rf"第\s*(?P<start>\d+)\s*(?:[{DASHES}]+\s*(?P<end>\d+)\s*)?[页頁]"
)
# Dikötter's notes on China's provincial and city archives: the archive by its place, the
# document's date, the file number and the pages ("Gansu, 1 Nov. 1961, 91-9-215, p. 72.",
# "Shanghai, 18 Oct. 1959, B242-1-1157, pp. 23–6."); the first file opens the note.
_DATED_FILE_CODE = r"(?:[A-Z]{1,3}\d{1,4}|\d{1,5})(?:-\d{1,6}){1,3}"
_DATED_FILE_PAGES = rf"""
    ,\ (?:pp?\.)\ (?P<pages>\d+(?:[{DASHES}]\d+)?(?:(?:,\ |\ and\ )\d+(?:[{DASHES}]\d+)?)*)
"""
DATED_FILE_PATTERN = re.compile(
    rf"""(?P<place>[A-Z][a-z]+(?:\ [A-Z][a-z]+)?)
        ,\ (?P<date>[^;]{{0,50}}?(?<!\d)(?:1[6-9]|20)\d\d)
        ,\ (?P<code>{_DATED_FILE_CODE}){_DATED_FILE_PAGES}""",
    re.VERBOSE,
)
# The same note opening with the document's title, the place before or after the date ("Report
# from Yunnan, 29 April 1951, Sichuan, JX1-837, p. 74.", "Gansu, Report on the Hate America, Aid
# Korea Campaign, 25 March 1951, 91-1-314, p. 13"): only with a file number that no page range
# or year makes, a letter before its first number or three numbers ("JX1-880", "204-1-245").
_TITLED_FILE_CODE = r"(?:[A-Z]{1,3}\d{1,4}(?:-\d{1,6}){1,3}|\d{1,5}(?:-\d{1,6}){2,3})"
DATED_FILE_TITLED_PATTERN = re.compile(
    rf"""(?P<head>[A-Z][^;]{{0,200}}?(?<!\d)(?:1[6-9]|20)\d\d
            (?:,\ [A-Z][a-z]+(?:\ [A-Z][a-z]+)?)?)
        ,\ (?P<code>{_TITLED_FILE_CODE}){_DATED_FILE_PAGES}""",
    re.VERBOSE,
)
# A part of such a note's head that is a place (one or two capitalized words): the archive's.
DATED_FILE_PLACE_PART_PATTERN = re.compile(r"[A-Z][a-z]+(?:\ [A-Z][a-z]+)?")
# The place that opens a further part of such a note: "; Shanghai, 28 July and 24 Aug. 1961, ...".
DATED_FILE_PLACE_PATTERN = re.compile(r"\ *(?P<place>[A-Z][a-z]+(?:\ [A-Z][a-z]+)?),\ ")
# A further file of such a note: "...; 22 June 1959, 28-1-650, pp. 27–8", "; also JC1-2419, p. 43".
DATED_FILE_MORE_PATTERN = re.compile(
    rf"(?<![\w-])(?P<code>{_DATED_FILE_CODE}){_DATED_FILE_PAGES}", re.VERBOSE
)
# The page of a document after its JACAR code: "Ref.B03041123400、1頁", "第3-5頁".
JAPANESE_PAGES_PATTERN = re.compile(
    rf"\s*[、,，]?\s*(?:第\s*)?(?P<start>\d+)\s*(?:[{DASHES}~〜]\s*(?P<end>\d+)\s*)?[頁页]"
)
CHINESE_TITLE_PATTERN = re.compile(r"[《〈](?P<title>[^《》〈〉]{1,300})[》〉]")
# The label that introduces a reference code, left over at the end of the text before it.
CODE_LABEL_PATTERN = re.compile(
    r"(?:JACAR\s*)?(?:Ref(?:erence\s+[Cc]ode)?|レファレンス・?コード)\.?\s*[:：]?\s*$"
)
# The number an exhibition page gives each document it shows ("資料1:", a figure's "[Image 1]") and
# the label of an item's title ("件名:", "Title :"), not part of a title.
_EXHIBIT_LABEL = r"\[Image\s*\d{1,3}\]|(?:資料\s*\d{1,3}|件\s?名|Title)\s*[:：]"
EXHIBIT_LABEL_PATTERN = re.compile(rf"(?:\s*(?:{_EXHIBIT_LABEL}))+\s*")
# JACAR's English caption of an image it shows: "Title : 24. Consulate in Zhangjiakou (2nd
# image)", the item's title, numbered as the Foreign Ministry's files number their items, and the
# image of it.
JACAR_CAPTION_PATTERN = re.compile(
    rf"""\s*(?:\[Image\s*\d{{1,3}}\]\s*)?Title\s*[:：]\s*\d{{1,3}}\.\s*[^\n()]+?
        \s*(?P<bracket>\()\s*(?P<images>{_EN_IMAGES})\s*\)\s*$""",
    re.VERBOSE,
)
# A volume kept by a Japanese archive cited by its title and the images of it JACAR shows, with
# no code: "(『…日誌 其二』12画像〜14画像右)"; the volume's own note in brackets ("(…メモ)") may
# stand between them.
VOLUME_IMAGES_PATTERN = re.compile(
    rf"""[（(]?\s*『(?P<volume>[^『』\n]{{1,200}})』\s*(?:[（(][^（）()\n]{{1,30}}[）)]\s*)?
        (?P<images>{_JA_IMAGES})""",
    re.VERBOSE,
)
# A CJK title in its brackets: 「item」 before 『volume』 (JACAR's own order), or 《…》.
CJK_TITLE_PATTERN = re.compile(
    r"「(?P<item>[^「」]{1,300})」|『(?P<volume>[^『』]{1,300})』|[《〈](?P<book>[^《》〈〉]{1,300})[》〉]"
    r"|“(?P<quoted>[\u3040-\u9fff][^“”]{0,300})”"
)
