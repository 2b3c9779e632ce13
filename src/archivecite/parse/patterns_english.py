"""The patterns of US and UK locators: NARA record groups, lots, entries and files, TNA references,
and the shelfmarks of archives with no system of their own."""

from __future__ import annotations

import re

from archivecite.parse.patterns import DASHES
from archivecite.parse.patterns_russian import FOLIO_LIST

# ---------------------------------------------------------------- US and UK locators

NARA_RECORD_GROUP_PATTERN = re.compile(
    r"(?<![\w])(?:RG|Record\s+Group)\s*(?P<value>\d{1,3})(?!\d)", re.IGNORECASE
)
# A FRUS-style source note ends at its first sentence: "... Box 115. Top Secret; Nodis."
NARA_NOTE_END_PATTERN = re.compile(
    r"""\.\s+(?=(?:Top\ )?Secret|Confidential|Unclassified|Limited|Official|Restricted
                |Eyes\ Only|Drafted|Repeated|Sent|Received|Printed|Translated|No\ classification)
       |(?<![\s.][A-Z])\.\s+(?=[A-Z])     # a sentence ends, but not after an initial: "Boris I."
       |\)|\]|;|$""",
    re.VERBOSE,
)
# The parts of a note: after a comma, a colon ("S/S-NSC Files: Lot 62 D 1: Box 4"), a spaced
# slash ("box 287 / P Files 194"), or a bracket that opens a level ("(Entry A1-5072)").
NARA_SEGMENT_PATTERN = re.compile(
    r",\s*|:\s+|\s+/\s+|\s*\((?=\s*(?:entry|location|box|folder|file|stack\s+area)\b)",
    re.IGNORECASE,
)
# A State Department lot file: "Lot 62 D 1", "Lot 61-D 146", "Lot 63D135", "Lot 53 F 11",
# "Lot M-88"; "Lots 64 D 563 and 65 D 101" are two.
_LOT = r"(?:\d{2}\ ?-?\ ?[A-Z]\ ?\d{1,4}[A-Z]?|[A-Z]-\d{1,4})(?![\w-])"
NARA_LOT_PATTERN = re.compile(rf"^Lots?\ +(?P<lots>{_LOT}(?:(?:,\ *|\ +and\ +){_LOT})*)$")
NARA_LOT_LABEL_PATTERN = re.compile(rf"(?<![\w-])Lots?\ +[{DASHES}]?(?=\d{{2}}|[A-Z][{DASHES}]\d)")
NARA_LOT_ITEM_PATTERN = re.compile(_LOT)
# "S/S – NSC Files": an office's abbreviations joined by a spaced dash are one name.
SPACED_DASH_PATTERN = re.compile(r"(?<=[A-Z])\s+-\s+(?=[A-Z]{2})")
# A file's own code, unlabelled: "D891080-0768", "P-840150-1234" (a digit and a letter or
# hyphen, no space); a plain year is not one.
NARA_CODE_PATTERN = re.compile(r"^(?=[^\s]*\d)(?=[^\s]*[A-Za-z/-])[A-Z0-9][A-Za-z0-9/.-]*$")
# A shelfmark of an archive with no system of its own: capitals and numbers joined by spaces,
# slashes, dots or hyphens ("IOR/L/PJ/6/792", "AB 2/801", "NY 4090/437", "R 2"), a file's number
# perhaps with a small letter ("R 43 II/364a").
SHELFMARK_PATTERN = re.compile(r"(?=[^a-z]*\d)[A-Z][A-Z0-9]*(?:[ /.-][A-Z0-9]+[a-z]?){1,8}")
# The archive's site before a shelfmark, right after the archive's abbreviation: "BAB Berlin NS
# 19/544" (the Bundesarchiv at Berlin), "BA Koblenz B 136/3003".
SITE_SHELFMARK_PATTERN = re.compile(
    rf"(?P<site>[A-Z][a-zäöüß]+(?:-[A-Z][a-zäöüß]+)?)\ (?P<mark>{SHELFMARK_PATTERN.pattern})"
)
# A box or folder number split by a stray space: "box 1 1" (box 11, the copy's slip).
SPLIT_NUMBER_PATTERN = re.compile(r"\d{1,3}(?:\ \d{1,3})+")
# A slashed shelfmark inside running text: "file IOR/L/PS/12/1225 as ...".
SLASHED_SHELFMARK_PATTERN = re.compile(r"(?<![\w/])[A-Z]{2,5}(?:/[A-Z0-9]+){2,8}(?![\w/])")
NARA_LEVEL_PATTERN = re.compile(
    r"""^(?P<level>Box|Entry|E\.|Folder|File|No\.|Series|Stack\s+Area|Location|Pages?(?=\s*\d)
       |(?-i:pp?\.))\s*(?P<value>.+)$""",
    re.IGNORECASE | re.VERBOSE,
)
# A box's other number in brackets after its own: "Box 74 (Label 55)" (Houghton's Human Rights
# Collection), one box.
BOX_REMARK_PATTERN = re.compile(r"\s*\((?:label|old|formerly|now)\b[^()]*\)$", re.IGNORECASE)
# A page cited bare after a labelled file in a collection's note: "Box 45, File 2783, 24."
# (the same note elsewhere prints "File 2783, Page 27").
BARE_PAGE_PATTERN = re.compile(
    rf"^(?P<file>[^,]+),\s*(?P<pages>\d{{1,4}}(?:[{DASHES}-]\d{{1,4}})?)$"
)
# A note's level labels with their numbers, which are no year: "File 1887", "Box 30".
LEVEL_NUMBER_PATTERN = re.compile(
    r"(?<![\w])(?:box|folder|file|item|page|label|p\.|pp\.)\s*\d+(?:\s*[–-]\s*\d+)?", re.IGNORECASE
)
# A collection's short name given where the note first names it: "Andrei Sakharov Papers
# (henceforth MS Russ 79)", "Human Rights Collection (hereafter cited as HRC)".
HENCEFORTH_PATTERN = re.compile(
    r"""\(\s*(?:henceforth|hereafter|hereinafter)(?:\s+(?:cited\s+as|referred\s+to\s+as|as))?
        [\s:,]*["“‘']?(?P<short>[^()"“”‘’']+?)["”’']?\s*\)""",
    re.IGNORECASE | re.VERBOSE,
)
# A collection's initials standing for its name: "HRC", "HIA", "RGASPI" is an archive's.
INITIALS_PATTERN = re.compile(r"[A-Z][A-Z&]{1,7}")
# A still picture's or item's own number: "SC-423678" (Signal Corps), "111-SC-423678",
# "306-PS-59-17"; a series is written in words, an entry has its label.
NARA_ITEM_PATTERN = re.compile(r"^(?:\d{1,3}-)?[A-Z]{1,5}-\d[\d-]{2,}[A-Z]?$")
# A State Department Central Decimal File number: "861.00/2-2246" (the file for 22 Feb. 1946),
# "740.0011 EW/1-345", "711.61/3-1546"; a file, not a series.
NARA_DECIMAL_FILE_PATTERN = re.compile(
    r"^\d{3}\.\d{1,6}(?:\s?[A-Z]{1,3})?(?:/\d{1,2}-\d{2,6}|/\d{1,6})?$"
)
NARA_YEARS_PATTERN = re.compile(rf"^\d{{4}}[{DASHES}]\d{{2,4}}$")
TNA_PATTERN = re.compile(
    r"""(?<![\w/])
        (?P<department>[A-Z]{1,5})\s?(?P<series>\d{1,4})
        (?:/(?P<piece>\d+[A-Z]?)(?:/(?P<item>\d+))?)?(?![\w/])""",
    re.VERBOSE,
)
# The folios after a TNA reference: "SP 84/157 ff. 217, 219", "FO 371/1, fol. 5v" (lower-case
# words only: "F 1234/12/10" after a reference is a registry number).
TNA_FOLIOS_PATTERN = re.compile(
    rf"""[\ ,]*(?:ff\.?|f\.|fos?\.|fols?\.?|folios?)\ *
        (?P<folios>{FOLIO_LIST})(?![\d/])""",
    re.VERBOSE,
)
TNA_LABEL_PATTERN = re.compile(r"(?:catalogue\s+)?reference\s*:", re.IGNORECASE)
