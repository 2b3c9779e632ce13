"""The regular expressions of :mod:`bare_headings` and of the review marks :mod:`published`
cuts off, and of the headings' titles and book-list items of :mod:`credit_lines`; every one is
linear (bounded repeats, no nesting of unbounded ones)."""

from __future__ import annotations

import re

from archivecite.parse.published.patterns import YEAR

_UP = "A-ZА-ЯЁ"
_LOW = "a-zа-яёʹ'’"
_INITIALS = rf"[{_UP}][a-z]?\.(?:\s?[{_UP}][a-z]?\.)?"  # "N.V.", "N. A.", "Yu."
_FAMILY = rf"(?:[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?)"
_FAMILY_FIRST = rf"{_FAMILY}\s{_INITIALS}"
_INITIALS_FIRST = rf"{_INITIALS}\s?{_FAMILY}"

# A heading that names its people with initials and then the title, nothing after it: no year,
# no venue, no pages, as an article's page heads it or an annotation opens
# ("KUZNETSOVA N.V. The Development of the State Labour Reserve System …", "Mikhalev N. A.,
# Surzhikova N. V. Energy Fraction, …", "В.А. Сомов Новая книга о политике …").
BARE_HEADING_PATTERN = re.compile(
    rf"""(?P<people>{_FAMILY_FIRST}(?:,\s{_FAMILY_FIRST}){{0,5}}
          |{_INITIALS_FIRST}(?:,\s{_INITIALS_FIRST}){{0,5}})
        \.?\s
        (?P<title>[«"“„{_UP}][^\n]{{10,400}}?)[\s.]*""",
    re.VERBOSE,
)
# A library record quoted as "Given FAMILY, TITLE": the given name, the family name in capitals
# (as European catalogues print it), a comma, the title and nothing else ("Shintaro ISHIHARA,
# SEIKAN", a Helsinki library's record of 石原慎太郎's 『生還』)
CAPITALS_FAMILY_RECORD_PATTERN = re.compile(
    r"""(?P<given>[A-Z][a-z]{1,15}(?:-[A-Za-z][a-z]{1,15})?)\s
        (?P<family>[A-Z]{2,20}(?:-[A-Z]{2,20})?),\s
        (?P<title>[A-Z][^\d,;:()\[\]\n]{1,80}?)[\s.]*""",
    re.VERBOSE,
)
# One person of such a heading, family name first or initials first.
BARE_PERSON_PATTERN = re.compile(
    rf"(?P<family>{_FAMILY})\s(?P<given>{_INITIALS})|(?P<initials>{_INITIALS})\s?(?P<name>{_FAMILY})"
)
# What a bare heading's title never holds: a container ("//", "в его кн.:", "In:"), a place
# and publisher or year ("М.:", "М., 1957"), a count of pages or a page range ("С. 12", "pp. 5-9"),
# a year after a comma closing it (", 1957").
BARE_HEADING_REFUSED_PATTERN = re.compile(
    r"""\s//\s|(?<![\w-])(?:[СсCc]|pp?|S)\.\s?\d
        |(?<![\w-])(?:М|Л|СПб|Спб|M|L|SPb)\.(?:\s?:|,)\s
        |(?<![\w-])(?:[вВ]|In)(?:\s(?:его|её|ее|их))?(?:\s(?:кн|сб)\.?)?:
        |,\s(?:1[5-9]|20)\d\d\.?\s*$""",
    re.VERBOSE,
)

# The words each review mark opens with, looked for before the pattern is run.
REVIEW_WORDS = ("Рец", "Рэц", "Rev", "Besprechung", "Rezension")
# The mark that opens the reviewed work in the heading or entry of a review, after a full stop,
# a dash or in brackets: "… 1939-1941 гг. Рец.: Советская политика …", "[Рец. на кн.: …]",
# GOST 7.1's "… – С. 127–128. – Рец. на кн.: …", CyberLeninka's "Испытание временем. Рец. На:
# Гордон А. В. …", "Рецензия на: …", "Review of: …".
REVIEW_MARK_PATTERN = re.compile(
    r"""(?:(?<=[.\]–—]\s)|(?<=\s)(?P<open>\[))
        (?P<mark>(?:Рец\.|Рецензия|Рэц\.|Рэцэнзія)
                   (?:\s[Нн]а(?:\s(?:кн\.|книгу|ст\.|статью|монографию|сб\.|сборник))?)?
                 |Rev\.\sof|Review\sof|Besprechung\svon|Rezension\s(?:zu|von))
        \s?:\s""",
    re.VERBOSE,
)

# The "Author" rendering of Elsevier's Pure portals (SPbU's pureportal.spbu.ru): the title, a
# slash, the people "Family, Given" joined by ";", then "в:" / "In:" the journal and its
# numbers between commas, the day of publication and the pages: "«TITLE». / Ходяков, Михаил
# Викторович. в: Quaestio Rossica, Том 9, № 1, 05.04.2021, стр. 169-187."
PURE_ENTRY_PATTERN = re.compile(
    r"""(?P<title>[^/\s][^/]{1,400}?)\.?\s/\s
        (?P<people>[^/:;]{2,120}?(?:;\s[^/:;]{2,120}?){0,9})\.\s
        (?:[вВ]|In):\s(?P<journal>[^,/]{2,200}?)
        (?:,\s(?:Том|Т\.|Vol\.|Bd\.)\s(?P<volume>[\w\-–.]{1,12}))?
        (?:,\s(?:№|[Вв]ып\.|No\.|Nr\.)\s(?P<issue>[\w\-–/]{1,12}))?
        ,\s(?:\d{1,2}\.\d{1,2}\.)?(?P<year>1[5-9]\d\d|20\d\d)
        (?:,\s(?:стр\.|С\.|pp?\.|S\.)\s(?P<pages>\d{1,5}(?:\s?[-–]\s?\d{1,5})?))?
        \.?""",
    re.VERBOSE,
)

# A Russian author named given name first, nothing before or after: "Евгения Гинзбург",
# "Юн Чжан"; given_first_headings.py tells a name from two words of a title.
_CYRILLIC_NAME = (
    r"(?P<given>[А-ЯЁ][а-яё]{1,20})\s(?P<family>[А-ЯЁ][а-яё]{1,25}(?:-[А-ЯЁ][а-яё]{1,25})?)"
)
# A title in guillemets (quotes of its own inside: "«Жизнь „Ивана“»"), nothing else.
_GUILLEMET_TITLE = r"«(?P<title>[^«»\n]{2,200})»"
# "Евгения Гинзбург «Крутой маршрут»", "Юн Чжан «Дикие лебеди. Три дочери Китая»": a shop's or
# a reading list's heading, the name, then the title in guillemets.
NAME_THEN_QUOTED_PATTERN = re.compile(rf"{_CYRILLIC_NAME}[,:]?\s{{1,3}}{_GUILLEMET_TITLE}\.?\s*")
# "«Старшая сестра, младшая сестра, красная сестра» Юн Чжан": the title first.
QUOTED_THEN_NAME_PATTERN = re.compile(rf"{_GUILLEMET_TITLE}[,.]?\s{{1,3}}{_CYRILLIC_NAME}\.?\s*")
# "Все течет… Поздняя проза (Василий Гроссман)": an e-book library's title, the author in
# brackets after it.
TITLE_THEN_BRACKETED_NAME_PATTERN = re.compile(
    rf"(?P<title>[А-ЯЁ][^()\[\]«»\n\d]{{2,200}}?)\s{{1,3}}\({_CYRILLIC_NAME}\)\.?\s*"
)
# A word that reads as an adjective after a given name, a ruler's or a saint's byname ("Иван
# Грозный", "Пётр Великий"), where no family name ending says otherwise.
BYNAME_ENDING_PATTERN = re.compile(r"(?:ый|ий|ой|ая|ое|ые|ие)\Z")

# The close of a blog's or a review round-up's line: the publisher and the price in brackets, no
# year, no count of pages: "(NY Review of Books, $14.95)", "(Oxford University Press, £22.99)".
PRICED_IMPRINT_PATTERN = re.compile(
    r"""\s?\((?P<imprint>[A-Z][^()\n]{1,80}?),?\s
        (?P<price>(?:[A-Z]{2,3})?[$£€]\s?\d{1,4}(?:\.\d\d)?(?:\s(?:paper|cloth|hardcover))?)\)
        [.\s]*\Z""",
    re.VERBOSE,
)
# A newspaper review's heading, as The New York Times Book Review prints it: the title, "By" and
# the author given name first, notes on the pictures, the count of pages, place, publisher and
# price: "THE HARVEST OF SORROW Soviet Collectivization and the Terror-Famine. By Robert Conquest.
# Illustrated. 412 pp. New York: Oxford University Press. $19.95."; the Virginia Quarterly Review's
# of 1939 names the translator and no count of pages: "Wheat and Soldiers. By Corporal Ashihci
# Hino. Translated by Baroness Shidzue Ishimoto. New York: Farrar and Reinhart. $2.00."
PAGES_PRICE_HEADING_PATTERN = re.compile(
    r"""(?P<title>[^\n]{3,300}?)[.:]?\s+By\s(?P<names>[A-Z][^\n]{2,150}?)\.
        (?:\sTranslated\s(?:from\sthe\s[A-Z][a-z]{2,20}\s)?by\s(?P<translators>[A-Z][^\n]{2,150}?)\.)?
        (?P<notes>(?:\s(?:Illustrated|Maps|Photographs|Drawings|Charts|Tables)
                     (?:\s(?:and|&)\s[a-z]{3,12})?\.)*)
        (?:\s(?P<extent>\d{1,4}\s?pp)\.)?
        \s(?P<place>[A-Z][^:\n]{1,40}):\s(?P<publisher>[^\n$]{2,120}?)\.
        \s(?P<price>\$\s?\d{1,4}(?:\.\d\d)?)\.?\s*\Z""",
    re.VERBOSE,
)
# Where a heading's author follows its title: "… by Vasily Grossman", "…, by Name & Name".
BY_AUTHOR_PATTERN = re.compile(r",?\s[Bb]y\s(?=[A-Z])")
# The translator after the author: ", translated by Robert Chandler", "; trans. Name".
TRANSLATED_BY_PATTERN = re.compile(
    r"[,;]?\s(?:[Tt]ranslated\s(?:from\s[A-Z][a-z]{2,20}\s)?by|[Tt]rans\.)\s"
)
# Where the next name of a heading's list begins: "Alexander V Pantsov and Steven I Levine".
NAMES_JOIN_PATTERN = re.compile(r"\s(?:and|&)\s|,\s(?:and\s)?")
# The little words an English title in title case leaves in lower case.
TITLE_CASE_SMALL_WORDS = frozenset(
    ("a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
     "or", "the", "to", "with", "vs", "via", "upon", "against", "among", "over", "under")
)  # fmt: skip


# A library heading's fuller form of the name and the author's dates after the inverted name, as
# the Library of Congress CIP and catalogue cards print them ("Vernadskii, V. I. (Vladimir
# Ivanovich), 1863-1945. [Biosfera. English] …", "Chekhov, Anton Pavlovich, 1860-1904."): the
# dates are the heading's, not the work's. Without the fuller form the record must show itself a
# library's by a slash later on (a title's years after a name, "Garver, John. Chinese-Soviet
# Relations, 1937–1945.", are not a heading's).
HEADING_DATES_PATTERN = re.compile(
    r"""[^\W\d_][^\W\d_'’ -]{0,30}(?:[\s-][^\W\d_][^\W\d_'’ -]{0,30})?,\s
        (?:[^\W\d_]{1,2}\.|[^\W\d_][^\W\d_'’.-]+)(?:\s(?:[^\W\d_]{1,2}\.|[^\W\d_][^\W\d_'’.-]+)){0,3}
        (?P<dates>(?P<fuller>\s\([^()\d]{2,60}\))?,\s1\d{3}\s?[-–]\s?(?:1\d{3}|20\d\d)?(?P<stop>\.)?)
        (?=\s)""",
    re.VERBOSE,
)
# A statement of responsibility printed against the title with no spaces about its slash
# ("The biosphere/by Vladimir I. Vernadsky; …", "Geochemistry and the biosphere/essays by …").
BARE_STATEMENT_SLASH_PATTERN = re.compile(
    r"(?<=[^\W\d_])/(?=(?:essays\s|edited\s|translated\s|compiled\s)?by\s[A-Z])"
)
# A bookseller's imprint line with its label, the place and the printer parted by a space, as a
# dealer's record prints its fields ("… Published: Moscow I. N. Kushnerev, 1895").
LABELLED_IMPRINT_PATTERN = re.compile(
    r"""(?<=[.)\]])\s(?P<label>Published:\s|Published\sby\s|Publisher:\s)
        (?P<place>[A-Z][^\W\d_]{1,20}(?:\s[A-Z][^\W\d_]{1,20})?)(?=\s[^\W\d_])""",
    re.VERBOSE,
)
# The dealer's English gloss of a romanized title, a sentence of its own in round brackets
# after the title ("Ostrov Sakhalin. Iz putevykh zametok.... (Sakhalin Island, from travel
# notes.) Published: …").
GLOSS_SENTENCE_PATTERN = re.compile(r"(?<=\.)\s\((?P<gloss>[A-Z][^()]{3,150}?\.)\)(?=\s)")
# The dealer's mark of a title cut short, its stops run into the title's own ("Iz putevykh
# zametok.... (Sakhalin Island …)").
CUT_TITLE_PATTERN = re.compile(r"(?<=[^\W\d_])\.{3,}(?=\s)")
# A catalogue record's note of the bibliography a book holds, after its physical description
# ("… 24 cm. К.: Бібліогр. : с. 219-230.", "Библиогр.: с. 301-315", "Includes bibliographical
# references (p. 219-230) and index."): a note on the copy, no field of the citation.
BIBLIOGRAPHY_NOTE_PATTERN = re.compile(
    r"""(?<=[.\s])\s?
        (?:[^\W\d_]{1,3}\.:\s)?
        (?:(?:Бібліогр|Библиогр|Bibliogr|Bibliography|Bibliographie)\.?\s?:\s?
           (?:(?:[сСpPS]|pp)\.\s?)?[\dxivlc][\dxivlc\s,–—-]{0,40}
          |Includes\sbibliographical\sreferences(?:\s\([^()]{1,40}\))?(?:\sand\sindex)?)
        [.\s]*\Z""",
    re.VERBOSE,
)

# The bar that parts the fields of a book list's item: "Title Author | Publisher | 1973"
PIPED_FIELD_PATTERN = re.compile(r"\s\|\s")
# A heading's title followed by the work's year in brackets and maybe a footnote's mark, as an
# encyclopedia's opening names a work: "The Book of Tea (…) (1906)[1] by Okakura Kakuzō"
DATED_TITLE_PATTERN = re.compile(rf"(?P<title>.{{2,300}}?)\s\((?P<year>{YEAR})\)(?:\[\d{{1,3}}\])?")
# The original of an English title in characters, maybe romanized too, in brackets after its
# main title: "The Book of Tea (茶の本, Cha no Hon) A Japanese Harmony …"
ORIGINAL_IN_TITLE_PATTERN = re.compile(
    r"\s\((?P<original>[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff][^()]{0,80})\)"
)
# A heading's title printed in quotes, its original romanized in brackets after them maybe:
# "‘The Essence of the Novel’ (Shōsetsu Shinzui)" (Wikisource's Reece thesis)
QUOTED_TITLE_PATTERN = re.compile(
    r"[‘“\"](?P<title>[^‘’“”\"]{2,200})[’”\"](?:\s\((?P<bracket>[^()]{2,80})\))?"
)


# H-Net's title of a review: the reviewer's family name, "on", the reviewed author's (or
# authors', or editor's "ed."), then the reviewed book's quoted title, nothing after it ("Aalgaard
# on Yoshimi, 'Grassroots Fascism: The War Experience of the Japanese People'", H-Japan 2015).
_HNET_FAMILY = r"[A-Z][^\W\d_]{1,30}(?:[-'’\s][A-Z][^\W\d_]{1,30}){0,2}"
REVIEWER_ON_AUTHOR_PATTERN = re.compile(
    rf"""(?P<reviewer>{_HNET_FAMILY}(?:(?:,\s|\sand\s){_HNET_FAMILY}){{0,3}})
        \son\s
        (?P<reviewed>(?P<authors>{_HNET_FAMILY}(?:(?:,\s|,?\sand\s){_HNET_FAMILY}){{0,3}}
          (?:,\s(?:eds?\.|trans\.))?),\s
          (?P<open>['‘"“])(?P<title>[^\W\d_].{{2,400}}?)(?P<close>['’"”]))
        \.?""",
    re.VERBOSE,
)
