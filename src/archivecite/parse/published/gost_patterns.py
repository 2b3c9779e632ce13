"""Regular expressions of the GOST reader's statements of responsibility, editions, volume counts
and shared imprints; every pattern is linear (bounded repeats, no nested unbounded ones)."""

from __future__ import annotations

import re

from archivecite.parse.published.patterns import YEAR
from archivecite.parse.published.terms import NAME_PARTICLES

# Latin letters with diacritics, as ALA-LC, ISO 9 and the scientific transliteration write
# names ("Tolstoĭ", "Dėĭvid", "Šturm"): Latin-1 capitals, and Latin Extended-A whole (its
# capitals and small letters alternate)
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄҐЎ"
# the soft and hard signs of romanizations (ʹ ʺ), LC's tie over two letters ("t͡s") and the
# backtick of GOST 7.79 system B, a mark of ь, ы and э ("Val`kova", "De`jvid", "E`.")
_LOWER = "a-zß-öø-ÿĀ-ſа-яёіїєґў’'ʹʺ`\u0361\ufe20\ufe21"
# "А.", "Дж.", romanized "Dzh.", "Shch.", and LC's tied "I͡A." for Я
_INITIAL = rf"(?:Dzh|Shch|[{_UPPER}](?:[\u0361\ufe20][{_UPPER}]\ufe21?|[{_LOWER}])?)\."
_CAPITAL = rf"[{_UPPER}](?:[\u0361\ufe20][{_UPPER}]\ufe21?)?"  # "I͡A" of "I͡Akovlev"
# a family name's lower-case particles: "van der Heide", "Carrère d'Encausse"
_PARTICLES = rf"(?:(?:{'|'.join(sorted(NAME_PARTICLES, key=len, reverse=True))})\s){{1,3}}"
_PARTICLED = rf"(?:{_PARTICLES}(?:d['’])?|d['’])"


INITIALS_FAMILY_PATTERN = re.compile(
    rf"""
    (?P<initials>(?:{_INITIAL}[ \t]?){{1,3}})[ \t]?    # "А. Е. ", "Дж.Д."
    (?P<family>{_CAPITAL}[{_LOWER}{_UPPER}-]{{1,40}})  # "Жукова", "Мордвінцев"
    """,
    re.VERBOSE,
)


FAMILY_INITIALS_PATTERN = re.compile(
    rf"""
    (?P<family>{_CAPITAL}[{_LOWER}{_UPPER}-]{{1,40}}),?[ \t]  # "Хаустов", "БЕЛОУСОВ", "Врублеўскі,"
    (?P<initials>(?:{_INITIAL}[ \t]?){{1,3}})
    """,
    re.VERBOSE,
)


HEAD_AUTHOR_PATTERN = re.compile(
    rf"""
    (?P<family>(?:{_PARTICLES})?(?:Ma?c(?=[A-Z]))?{_CAPITAL}[{_LOWER}-]{{1,40}}  # "MacMurray"
        (?:\s{_PARTICLED}{_CAPITAL}[{_LOWER}-]{{1,40}})?      # "van der Heide", "Carrere d'Encosse"
      |[{_UPPER}][{_UPPER}’'ʹ`]{{1,40}}(?:-[{_UPPER}]{{2,40}})?)   # "АХО", "UL’MAN"
    ,?\s                                                # "Карпіловська ", "Врублеўскі, ", "АХО "
    (?P<initials>{_INITIAL}\s?(?:{_INITIAL}(?:\s?{_INITIAL})?   # "А.В,", "Dzh.D.", "K.H.J."
      |(?:[{_UPPER}][{_LOWER}]?)(?=,))?)
    """,
    re.VERBOSE,
)


# The editors' role after the names that open a record, before its title: "Шведова, Н. Ю.
# (ред.): Русская грамматика", "… – Бархударов, С. Г. (ред.): Грамматика …", "…, red. Title".
HEAD_EDITOR_ROLE_PATTERN = re.compile(
    r"""
    ,?\s?(?:\((?:отв\.\s?)?(?:ред|red)\.\)|(?:отв\.\s?)?(?:ред|red)\.)\s?[:.]?\s
    """,
    re.VERBOSE,
)
# A dash between the names of a list (Linguistica Brunensia): "Виноградов, В. В. – Истрина, Е. С."
NAME_DASH_PATTERN = re.compile(r"\s?[–—]\s")


EDITION_STATEMENT_PATTERN = re.compile(
    r"""
    \d{1,2}-?(?:[ея]|ye|e|ya|ia|ja|â)\s?(?:изд|вид|izd|vid)\.?  # "2-е изд.", "6-ye izd."
    (?:,\s?[а-яёa-z]{2,12}\.?(?:\s?[иi]\s[а-яёa-z]{2,12}\.?)?){0,2}  # ", испр. и доп."
    """,
    re.VERBOSE,
)


VOLUME_COUNT_PATTERN = re.compile(
    r"""
    (?:\s?:|\.|(?<=\]))\s?                            # ": в 10 т.", "… листьев] В 3 т."
    \[?[ВвУуVvUu]\s(?P<count>\d{1,3})(?:-?[хkx]h?)?\s  # ". В 2-х томах"
    (?:томах|tomakh|tomah|т\.?|t\.?)\]?                # romanized ": u 2 t."; ": [в 2 томах]"
    (?:\s?\.?\s?[ТтTt]\.\s?(?P<volume>\d{1,3}|[IVXLC]{1,6})   # ": В 3 т. Т. 1": the volume cited
      (?=\s?(?::|\.|\Z)))?                                  # perhaps with its own title after it
    """,
    re.VERBOSE,
)


# One volume of a set described after the set's own areas (GOST 7.1's multilevel record): the
# set's imprint closes with its years, then "Т. 1: Фонетика и морфология / [authors]. – Москва:
# Наука, 1982. – 495 с.", the volume's title up to its responsibility or its next area (no dot
# inside it)
VOLUME_PART_PATTERN = re.compile(
    r"""
    (?<=\d)\.\s(?P<label>[ТтTt]\.|[Тт]ом)\s?(?P<volume>\d{1,3}|[IVXLC]{1,6})\s?:\s?
    (?P<title>[^/.–—]{1,200})(?=\s?/|\.\s?[–—-]\s|\.\s\d|\.?\s*$)  # then "/", ". – ", ". 568 с."
    """,
    re.VERBOSE,
)


SHARED_IMPRINT_PATTERN = re.compile(
    rf"""
    (?P<place>[{_UPPER}][^\s:;,]{{0,30}}                  # "М.: ", "Екатеринбург : "
      (?:\s?;\s?[{_UPPER}][^\s:;,]{{0,30}}){{0,3}})\s?:\s  # "М.; Л.: ": several places
    (?P<publisher>[^\s:;,][^:;,]{{0,80}}?
      (?:\s?[;:]\s[^\s:;,][^:;,]{{0,80}}?){{0,3}})         # "ИВ РАН; Краткие справки"
    ,\s?(?P<year>{YEAR})(?:\s?[–—-]\s?(?P<last>{YEAR}))?(?!\d)  # "2003", "1982–2006"
    """,
    re.VERBOSE,
)


PARTS_PATTERN = re.compile(
    r"""
    (?P<label>№|Вып\.|Т\.|Ч\.|Vyp\.|T\.|Ch\.)                                 # romanized too
    \s?(?P<number>\d{1,4}(?:\s?\(\d{1,4}\))?)\.?\s?                              # "№ 4."
    (?:С|C|S)\.\s?(?P<pages>\d{1,5}(?:\s?[–—-]\s?\d{1,5})?)                     # "С. 5–9"
    """,
    re.VERBOSE,
)


# A journal as Soviet references printed it before GOST 7.1-84: after a dash (". — «Вестник
# древней истории», 1951, № 4", ". - Изв. Арм. ФАН СССР, 1941, №7", Novy Mir's ". — “Знамя”,
# 1999, № 5") or after a comma ("Страна
# «Махелония» надписи Каба-и-Зардушт, ВДИ, 1967, №4"), its year after a comma, then its number
# (a place and year there are an imprint's: ". – Новосибирск, 1999"; the caller checks); or
# after the word "journal" (". Ж-л "Наш современник", №9, 1972, с.96.": a note's).
SOVIET_JOURNAL_PATTERN = re.compile(
    rf"""
    (?:\.\s{{1,3}}[-–—]\s{{1,3}}                                 # ". — ", ". - "
      (?P<dashed>«[^»]{{2,120}}»|“[^”]{{2,120}}”|[{_UPPER}](?:(?!\.\s[-–—]\s)[^:;«»]){{0,100}}?)
    |,\s{{1,3}}(?P<after_comma>«[^»]{{2,120}}»|"[^"]{{2,120}}"|[{_UPPER}][^,:;«»"]{{0,80}}?))
    ,\s*{YEAR}\s*,\s*(?:№|N°|N\s?\d|вып\.|т\.|кн\.)   # ", ВДИ, 1951, № 4", ", "ВЛ", 1970, N° 1"
    |\.\s{{1,3}}(?:Ж-л|Журнал|Журн\.|журн\.)\s{{1,3}}              # or named "journal": ". Ж-л
    (?P<labelled>«[^»]{{2,120}}»|"[^"]{{2,120}}"),\s*            # "Наш современник", №9, 1972"
    (?:№\s?\d{{1,4}},\s*{YEAR}|{YEAR}\s*,\s*№)
    """,
    re.VERBOSE,
)


# A paper in a book or serial as Soviet references printed it: its container after a dash,
# then the place, year and pages after commas: ". – Зап. ИВ АН СССР. М. - Л , 1939, с. 129 -
# 155", ". - Очерки истории СССР (III - IX вв). М., 1958, с. 193 - 207", ". – ... Тезисы
# докладов, Ереван, 1980, с. 39 - 40".
SOVIET_PART_PATTERN = re.compile(
    rf"""
    \.\s{{1,3}}[-–—]\s{{1,3}}                                     # ". – "
    (?P<container>[{_UPPER}«](?:(?!\.\s[-–—]\s)[^;«»]|«[^«»]{{0,120}}»){{2,300}}?)
    [.,]\s{{1,3}}
    (?P<place>[{_UPPER}][{_LOWER}]{{0,20}}\.?(?:\s?[-–—]\s?[{_UPPER}][{_LOWER}]{{0,20}}\.?)?)
    \s?,\s{{0,3}}(?P<year>{YEAR})\s?,\s{{0,3}}                     # "М. - Л , 1939, "
    [СсCc]\.\s?(?P<pages>\d{{1,5}}(?:\s?[-–—]\s?\d{{1,5}})?)          # "с. 129 - 155"
    [.\s]*\Z
    """,
    re.VERBOSE,
)


PRINT_RUN_PATTERN = re.compile(r"(?:\d{1,5}\s?[сcл]\.\s?)?\d{1,7}\s?экз\.?")  # "22 с. 1000 экз."


OTHER_THESIS_PATTERN = re.compile(
    r"""
    :?\s?(?:(?:аўтарэф|автореф|aŭtaref|avtoref)\.\s?)?(?:дыс|дис|dys)\.\s?(?:…|\.\.\.)?\s?  # "дыс."
    (?P<degree>(?:канд|д-ра|докт|kand|d-ra|dokt)[^:;]{0,40}?(?:навук|наук|navuk|nauk))?
    """,
    re.VERBOSE | re.IGNORECASE,
)


TITLED_PART_PATTERN = re.compile(
    r"""
    (?P<label>Т\.|Вып\.|Кн\.)\s?(?P<number>\d{1,4})             # "Т. 3"
    \s?\((?P<part>[^()]{1,120})\)                                # "(XVII – начало XVIII века)"
    """,
    re.VERBOSE,
)


ADDRESS_PATTERN = re.compile(
    r"""
    (?:URL|Режим\sдоступа|Рэжым\sдоступу|Режим\sдоступу)\s?:\s?     # "URL: ", "Режим доступа: "
    <?(?P<url>(?:https?://|www\.)[^\s<>]{1,2000}?)>?                  # "<https://...>"
    [.\s–—-]{0,8}\Z
    """,
    re.VERBOSE,
)


# An informal head: names initials first, then the title in quotes: 'В.В. Цаплин, "Статистика
# жертв ..."', 'Андреев,Дарский,Харькова, "Население ..."', 'В.Б. Жиромская, Ю.А. Поляков и др., "';
# or names with their initials after them and "и др." / "et al." with no comma before the quotes
# ('Калашников А.П. и др. «Нормы ...» (2003)', a README's 'Ubryatova E.I. et al.'s "...").
_FAMILY_INITIALS_NAME = rf"[{_UPPER}][{_LOWER}-]{{1,40}}\s(?:[{_UPPER}]\.\s?){{1,2}}"
_INFORMAL_NAME = (
    rf"(?:(?:[{_UPPER}]\.\s?){{1,2}}[{_UPPER}][{_LOWER}-]{{1,40}}|[{_UPPER}][{_LOWER}-]{{1,40}})"
)
_ET_AL = r"(?:и\sдр\.|et\sal\.)(?:['’]s)?"  # "Ubryatova E.I. et al.'s": a README's possessive
# "Шэнь Чжихуа и др. «…»", "Shen Zhihua et al. “…”": one name spelled out before "et al."
_SPELLED_NAME = rf"[{_UPPER}][{_LOWER}]{{1,20}}\s[{_UPPER}][{_LOWER}-]{{1,20}}"
INFORMAL_HEAD_PATTERN = re.compile(
    rf"""
    (?P<names>{_INFORMAL_NAME}(?:\s?,\s?{_INFORMAL_NAME}){{0,5}}
      |{_FAMILY_INITIALS_NAME}(?=\s?\((?:ред|сост|отв\.\sред)\.\)))  # "Леонтьев А.И. (ред.)"
    (?:\s(?:и\sдр\.|et\sal\.))?
    (?:\s?\((?P<role>ред|сост|отв\.\sред)\.\))?,\s?(?P<quote>["«“])  # "Ю. Г. Мурин (ред.), «"
    |(?P<et_al_names>(?:{_INFORMAL_NAME}|{_FAMILY_INITIALS_NAME})
      (?:\s?,\s?(?:{_INFORMAL_NAME}|{_FAMILY_INITIALS_NAME})){{0,5}}|{_SPELLED_NAME})
    ,?\s{_ET_AL},?\s?(?P<et_al_quote>["«“'])
    """,
    re.VERBOSE,
)
# A reading site's heading of a book, nothing after it: the given name and the family name
# spelled out, a full stop, then the title, one sentence ("Ольга Крыштановская. Анатомия
# российской элиты"); gost_informal.py checks the two names.
NAMED_HEADING_PATTERN = re.compile(
    rf"""
    (?P<given>[{_UPPER}][{_LOWER}]{{1,20}})\s
    (?P<family>[{_UPPER}][{_LOWER}]{{1,25}}(?:-[{_UPPER}][{_LOWER}]{{1,25}})?)
    \.\s{{1,3}}
    (?P<title>[«"„]?[{_UPPER}][^.!?;:/()\[\]\d\n]{{2,200}}?[»"“]?
       (?::\s[{_UPPER}][^.!?;:/()\[\]\d\n]{{2,200}}?)?      # "…»: Распределение и рынок …"
       (?:[.,]\s(?:1[5-9]|20)\d\d\s?[—–-]\s?(?:1[5-9]|20)\d\d)?)  # the period, ". 1927—1941"
    [.!?]?\s*
    """,
    re.VERBOSE,
)
# A reading site's heading whose author and title lines ran together: a listed given name, the
# family name and the title's first word glued to it ("Елена ОсокинаЗа фасадом …")
GLUED_HEADING_PATTERN = re.compile(
    rf"(?P<given>[{_UPPER}][{_LOWER}]{{1,20}})\s(?P<family>[{_UPPER}][{_LOWER}]{{2,25}})"
    rf"(?=[«\"„]?[{_UPPER}][{_LOWER}])"
)
# The same head in Roman script, where only names with their initials after them and "et al."
# tell it from a Chicago note's "Smith, "Title,"": 'Park J.S. et al. «Generative Agent ...» (2024)'.
LATIN_INFORMAL_HEAD_PATTERN = re.compile(
    rf"""
    (?:{_FAMILY_INITIALS_NAME}(?:,\s?{_FAMILY_INITIALS_NAME}){{0,5}}|{_SPELLED_NAME})
    \s?et\sal\.(?:['’]s)?\s?["«“']
    """,
    re.VERBOSE,
)
# A volume inside an informal imprint: "(Volume 1: Fonetika i morfologiya, Nauka, 1982)".
INFORMAL_VOLUME_PATTERN = re.compile(
    r"(?:Volume|Vol\.|vol\.|Том|том|Т\.|т\.)\s?(?P<volume>\d{1,4})(?::\s?(?P<title>\S.*))?"
)


# The comma-separated parts after an informal title.
INFORMAL_PAGES_PATTERN = re.compile(r"(?:стр|с|С|pp?)\.\s?(?P<pages>\d.*)")
INFORMAL_NUMBERS_PATTERN = re.compile(
    rf"""
    (?:(?:том|т\.)\s?(?P<volume>\d{{1,4}}))?\s?          # "том 7", "т. 31"
    (?:(?P<year>{YEAR})\s?)?                                # "1989 №4"
    (?:№\s?(?P<issue>\d{{1,5}}(?:-\d{{1,5}})?))?\s?      # "№ 1", "№571-572"
    (?:\((?P<paren_year>{YEAR})\))?                        # "(2020)"
    """,
    re.VERBOSE,
)


# A foreign book in a Russian note: the cited page last, after the year, labelled as Russian
# labels it, in Cyrillic or romanized ("Tokyo, 1975, с. 74.", "Cambridge (Mass.), 1953, s.
# 104–106.", "London, 2013. Р. 89, 91.", "(2000), р. 49-73."); a Latin "c." only as a copy that
# read the Cyrillic letter as its look-alike prints it, after a year (no "circa" stands there).
_RUSSIAN_PAGE_END = rf"""
    (?:{YEAR}|\))[.,]\s{{1,3}}[сСрРsSc]\.\s?\d{{1,5}}
    (?:\s?[–—-]\s?\d{{1,5}})?(?:,\s?\d{{1,5}}(?:\s?[–—-]\s?\d{{1,5}})?){{0,3}}\.?\s*\Z"""

# The marks of a GOST reference in Roman script, which the romanized "References" form (places
# in full, ``Publ.``) never prints: a place abbreviated or spaced before its colon, opening an
# area after a full stop or a dash (". M.: Logos, 2000", "– SPb. : Piter, 2017", ". Yekaterinburg
# : Izd-vo Ural. un-ta, 2022", "– M., 2013", "- Moskva: Yurayt, 2021"), the cited page as GOST
# labels it, last (". S. 51."; ". P. 12." or a Cyrillic "Р." in a Russian edition's notes on an
# English book: "Applebaum A. Gulag. Р. 40—58"), or a statement of responsibility after " / "
# that opens with a role word ("/ pod red. A. Ye. Zhukova", "/ sost. V. N. Khaustov", "/
# Redkol.: ...").
ROMANIZED_GOST_PATTERN = re.compile(
    rf"""
    (?:\.|\s[–—-]|[”"»])\s{{1,3}}                                  # '"Unknown Mao" M.:'
    (?:(?:M|L|K|SPb|Pg|Yekb|Ekb)\.\s?[:,;]                       # "M.:", "SPb. :", "M.,", "M.;"
      |[A-Z][a-zʹ’'`-]{{2,25}}(?:\s[A-Z][a-z]{{1,12}})?\s:\s          # "Yekaterinburg : "
      |[A-Z][a-zʹ’'`-]{{2,25}}(?:;\s?[A-Z][a-zʹ’'`-]{{0,25}}\.?){{1,3}}\s?[:,])  # "Kiyev; L’vov,"
    (?:[^,;]{{1,80}},)?\s?{YEAR}                                     # the publisher, the year
    |\.\s{{1,3}}[SPРС]\.\s?\d{{1,5}}(?:\s?[–—-]\s?\d{{1,5}})?\.?\s*\Z  # ". S. 51.", ". P. 40—58"
    |\s[–—-]\s{{1,3}}[A-Z][a-zʹ’'`-]{{2,25}}(?:\s[A-Z][a-z]{{1,12}})?\s?[:,]    # "– Minsk, 2013"
      (?:[^,;]{{1,80}},)?\s?{YEAR}                                     # "- Moskva: Yurayt, 2021"
    |\s/\s(?i:pod|sost\.|red\.|otv\.|nauch\.|nauč\.|obshch\.|redkol\.:?|per\.|uporyad\.
      |uporiad\.|uporjad\.|avt\.-sost\.                          # "/ pod red.", "/ Redkol.: ",
      |tr\.|trans\.|transl\.|translated|ed\.|eds\.|edited)\s        # an English book's "/ Tr. by"
    |{_RUSSIAN_PAGE_END}
    """,
    re.VERBOSE,
)

# 'Y. Zhang, D. Holliday. "Unknown Mao" M.: …', '«Неизвестный Мао» М.: …': a quoted title closed
# right before GOST's place (Moscow, Leningrad, Kiev, St Petersburg), no stop in or after it
QUOTED_TITLE_IMPRINT_PATTERN = re.compile(
    r"(?<![.,!?])[”\"»]\s{1,3}(?:M|L|K|SPb|М|Л|К|СПб|Пг)\.\s?[:,]"
)

# "«Большевик», №№13–14, 1928, с.74.": a journal in quotes cited by issue, year and page
QUOTED_JOURNAL_ISSUE_PATTERN = re.compile(
    rf"""
    [«"“](?P<journal>[^»"”\d]{{2,60}})[»"”],\s?
    №{{1,2}}\s?(?P<issue>\d{{1,4}}(?:\s?[–—-]\s?\d{{1,4}})?),\s?
    (?P<year>{YEAR}),\s?
    (?:(?:стр|с|С)\.\s?)?(?P<pages>\d{{1,5}}(?:\s?[–—-]\s?\d{{1,5}})?)  # "с.74", or a bare "37"
    \.?
    """,
    re.VERBOSE,
)

# "Б.С. Илизаров. Тайная жизнь Сталина. С. 144.": initials before the family name, then a dot
INITIALS_FIRST_AUTHOR_PATTERN = re.compile(
    rf"""
    (?P<initials>{_INITIAL}(?:\s?{_INITIAL})?)\s?
    (?P<family>{_CAPITAL}[{_LOWER}-]{{1,40}})
    (?:\.\s|,\s(?![{_UPPER}][{_LOWER}]?\.))    # "Н. И. Конрад, Японская литература …"
    """,
    re.VERBOSE,
)

# "О. Н. Ляшевская, С. А. Шаров. Частотный словарь ...": several names initials first, parted by
# commas, then a full stop and the title
INITIALS_FIRST_AUTHORS_PATTERN = re.compile(
    rf"""
    (?P<names>{_INITIAL}(?:\s?{_INITIAL})?\s?{_CAPITAL}[{_LOWER}-]{{1,40}}
      (?:,\s?{_INITIAL}(?:\s?{_INITIAL})?\s?{_CAPITAL}[{_LOWER}-]{{1,40}}){{1,5}})
    \.\s(?=[{_UPPER}«„“"])
    """,
    re.VERBOSE,
)
# "P. Vorley, Ivan and Nobuko Morris. The Samurai. L., 1970": names with initials first, then two
# given names joined by "and" sharing the family name after them (a couple, as an English title
# page prints them), a full stop, the title
SHARED_FAMILY_AUTHORS_PATTERN = re.compile(
    rf"""
    (?P<names>{_INITIAL}(?:\s?{_INITIAL})?\s?{_CAPITAL}[{_LOWER}-]{{1,40}}
      (?:,\s?{_INITIAL}(?:\s?{_INITIAL})?\s?{_CAPITAL}[{_LOWER}-]{{1,40}}){{0,4}}),\s
    (?P<first>[A-Z][a-z]{{1,15}})\s(?:and|&)\s(?P<second>[A-Z][a-z]{{1,15}})\s
    (?P<family>[A-Z][a-z-]{{1,30}})\.\s(?=[A-Z«„“"])
    """,
    re.VERBOSE,
)
# "Н.А.Ивницкий Судьба раскулаченных в СССР": the same head without the dot, as reading lists
# print it; the title then opens with a capital
UNDOTTED_INITIALS_AUTHOR_PATTERN = re.compile(
    rf"""
    (?P<initials>{_INITIAL}(?:\s?{_INITIAL})?)\s?
    (?P<family>{_CAPITAL}[{_LOWER}-]{{1,40}})\s{{1,2}}(?=[{_UPPER}«„“"])
    """,
    re.VERBOSE,
)

# "Исторія русской этнографіи. А. Н. Пыпина. T. I—IV.": a 19th-century heading names the author
# after the title, initials first, the family name in the genitive ("by A. N. Pypin")
AUTHOR_AFTER_TITLE_PATTERN = re.compile(
    rf"""
    (?P<initials>{_INITIAL}(?:\s?{_INITIAL}){{0,2}})\s?
    (?P<family>{_CAPITAL}[{_LOWER}ѣѳѵ]{{1,40}}(?:-{_CAPITAL}[{_LOWER}ѣѳѵ]{{1,40}}){{0,2}})
    """,
    re.VERBOSE,
)
# The genitive endings of a family name in -ин, -ын, -ов, -ев ("Пыпина", "Семеновой") and the
# nominative they come from
GENITIVE_FAMILY_PATTERN = re.compile(r"(?<=[иыоеё][нв])(?:а|ой)$")

# "Лев Троцкий. Сталин. Т. 1. С. 5.": a given name before the family name, then a dot and the
# title; not an adjective before a noun ("Советская Россия.", "Советский Союз.", "Нижний
# Новгород."), whose endings no given name has (Юрий, Георгий and Евгений end in -ий too)
GIVEN_FIRST_AUTHOR_PATTERN = re.compile(
    r"""
    (?P<given>[А-ЯЁ][а-яё]{1,11}
      (?<!ая)(?<!яя)(?<!ое)(?<!ее)(?<!ые)(?<!ие)(?<!ый)(?<!ой)
      (?<!кий)(?<!хий)(?<!жий)(?<!ший)(?<!чий)(?<!щий)(?<!жний)(?<!шний)(?<!хний)(?<!дний)(?<!тний))\s
    (?P<family>[А-ЯЁ][а-яё]{1,30}(?:-[А-ЯЁ][а-яё]{1,30})?)\.\s
    (?=[А-ЯЁ«"„])
    """,
    re.VERBOSE,
)

# "[Е. М. Жуков.] Исторические корни …": the author of an unsigned work, named by the note in
# square brackets before its title
BRACKETED_AUTHOR_PATTERN = re.compile(
    rf"""
    \[(?:(?P<initials>(?:{_INITIAL}[ \t]?){{1,3}})[ \t]?
        (?P<family>{_CAPITAL}[{_LOWER}-]{{1,40}})                    # "[Е. М. Жуков.]"
      |(?P<family_first>{_CAPITAL}[{_LOWER}-]{{1,40}}),?[ \t]         # "[Жуков Е. М.]"
        (?P<initials_after>(?:{_INITIAL}[ \t]?){{1,3}}))
    \.?\][ \t.]*
    """,
    re.VERBOSE,
)

# "Taro Sakamoto. Japanese History.", "Wang Yi-t'ung. Official Relations …", "George Akita.
# Foundations …", "Дэн Чжи-чэн 鄧之誠. Чжунхуа …": a foreign book's author in a Russian note or
# list, two words spelled out before the title, the name in its own characters may follow
# (:func:`gost_authors.spelled_author` tells their order)
SPELLED_AUTHOR_PATTERN = re.compile(
    r"""
    (?P<first>[A-ZА-ЯЁ][a-zāīūēōа-яё]{1,14})\s
    (?P<second>[A-ZА-ЯЁ][a-zāīūēōа-яё]{1,20}(?:-(?P<syllable>[a-zа-яё][a-z'’а-яё]{0,7}))?)
    (?:\s(?=[^\s.]*[^\sA-ZА-ЯЁ.])(?P<original>[^\sa-zа-яё.]{1,8}))?\.\s
    (?=[A-ZА-ЯЁ«"“])
    """,
    re.VERBOSE,
)

# "1927—1939", "1941–1945 гг.": a sentence of a title naming the years its subject spans
TITLE_YEARS_PATTERN = re.compile(
    r"(?:1[5-9]|20)\d\d(?:\s?[–—-]\s?(?:1[5-9]|20)\d\d)?(?:\s?гг?\.?)?"
)

# "«Жизнь „Ивана“», О. П. Семенова-Тянь-Шанская. Записки ...": a review's heading in the
# journals before 1917, the book's title in quotes, then its author (nominative, initials first)
QUOTED_HEADING_PATTERN = re.compile(
    rf"""
    «(?P<title>[^«»]{{2,300}})»,\s?
    (?P<initials>{_INITIAL}(?:\s?{_INITIAL}){{0,2}})\s?
    (?P<family>{_CAPITAL}[{_LOWER}ѣѳѵ]{{1,40}}(?:-{_CAPITAL}[{_LOWER}ѣѳѵ]{{1,40}}){{0,2}})
    \.(?:\s|\Z)
    """,
    re.VERBOSE,
)
# "Записки И. Р. Г. О-ва по отдѣленію этнографіи т. XXXIX.": a series and the volume of it
SERIES_VOLUME_PATTERN = re.compile(
    r"(?P<series>\S[^\n]{2,200}?),?\s(?:т|Т|вып|Вып)\.\s?(?P<volume>\d{1,4}|[IVXLC]{1,8})\.?\s*\Z"
)

# "И.Сталин, т. 11, с.15–16.", "Ленин В. И. Полн. собр. соч., т. 45, с. 343.": a note citing an
# author's collected works by volume and page, the parts after commas, as Soviet texts cited
# Marx, Lenin and Stalin; the title, when printed, is abbreviated ("Соч.", "Полн. собр. соч.")
_WORKS_AUTHOR = (
    rf"(?:{_INITIAL}(?:\s?{_INITIAL})?\s?{_CAPITAL}[{_LOWER}-]{{1,40}}"  # "И.Сталин"
    rf"|{_CAPITAL}[{_LOWER}-]{{1,40}}\s{_INITIAL}(?:\s?{_INITIAL})?)"  # "Ленин В. И."
)
COLLECTED_WORKS_NOTE_PATTERN = re.compile(
    rf"""
    (?P<names>{_WORKS_AUTHOR}(?:,\s?{_WORKS_AUTHOR}){{0,2}}),?\s?
    (?:(?P<title>[{_UPPER}][{_LOWER}]{{1,12}}\.(?:\s?[{_LOWER}]{{1,12}}\.){{0,2}}),\s?)?  # "Соч."
    [тТ]\.\s?(?P<volume>\d{{1,3}}|[IVXLC]{{1,6}})
    (?:,\s?(?:с|С|стр)\.\s?(?P<pages>\d{{1,4}}(?:\s?[–—-]\s?\d{{1,4}})?))?\.?
    """,
    re.VERBOSE,
)

# One work of many volumes cited so by its title, the author before a colon, a comma or a full
# stop, as notes of the 19th and early 20th centuries print it, the page "ст." (Ukrainian
# "сторінка"), e.g. libcat's note on Афанасьев's «Поэтическія воззрѣнія славян на природу»
# cited by author, colon, title, "т. II, ст. 164."
VOLUME_WORK_NOTE_PATTERN = re.compile(
    rf"""
    (?P<names>{_WORKS_AUTHOR})[,:.]?\s
    (?P<title>[{_UPPER}][^,.;:()\[\]\d/]{{3,150}}?),\s?
    [тТ]\.\s?(?P<volume>\d{{1,3}}|[IVXLC]{{1,6}})
    (?:,\s?(?:с|С|стр|ст)\.\s?(?P<pages>\d{{1,4}}(?:\s?[–—-]\s?\d{{1,4}})?))?\.?
    """,
    re.VERBOSE,
)

# A word in a finite verb's form (past plural, present plural, reflexive: "вышли", "пишут",
# "издаются"): a sentence of prose, not a title, unless the title says otherwise
VERB_LIKE_PATTERN = re.compile(r"\b[а-яё]{3,30}(?:ли|ют|ят|ется|ются|ится|ятся|лся|лась|лись)\b")

# "... М.: Русский язык (4 изд., испр. и доп.: М.: Русские словари, 2003).": a later edition in
# brackets closing the reference of the first
LATER_EDITION_PAREN_PATTERN = re.compile(
    r"\s?\((?P<inner>\d{1,2}(?:-?[ея])?\s?изд\.[^()]{0,200})\)\.?\s*\Z"
)
# "Зализняк, А. А. 1977. Грамматический словарь ...": the year after the authors (author-date)
YEAR_AFTER_AUTHORS_PATTERN = re.compile(rf"(?P<year>{YEAR})[a-zа-я]?\.\s")


# The imprint a Soviet encyclopedia's or bibliography's book entry ends with, its parts after
# commas: "…, 2\nизд., М., 1963", "…, т. I, Москва — Ленинград, 1928." (searched up to the end).
COMMA_IMPRINT_PATTERN = re.compile(
    rf"""
    ,\s{{0,3}}(?:(?P<edition>\d{{1,2}}(?:-[еяй])?\s{{1,3}}изд\.?)\s?,\s{{0,3}})?   # "2 изд."
    (?:(?:т|Т)\.\s?(?P<volume>\d{{1,4}}|[IVXLC]{{1,6}})\s?,\s{{0,3}})?             # "т. I"
    (?P<place>(?:СПб\.|[{_UPPER}][{_LOWER}]{{0,20}}\.?)                    # "СПб.", "Казань"
      (?:\s{{0,2}}[-–—]\s{{0,2}}[{_UPPER}][{_LOWER}]{{0,20}}\.?)?)                 # "М.", "М.—Л."
    (?:\s?,\s{{0,3}}|(?<=\.)\s|\s(?=\d))(?P<year>{YEAR})(?:\s?г\.?)?  # "М., 1958", "М. 1947 г."
    (?:\s?,\s{{0,3}}(?:с|С|стр)\.\s?(?P<pages>\d{{1,4}}(?:\s?[–—-]\s?\d{{1,4}})?))?  # ", с. 20"
    \.?$
    """,
    re.VERBOSE,
)
# A full stop inside such an entry's title is an initial's ("Творчество Ф. Рабле") or a year's
# ("март 1940 г. – сентябрь 2000 г."); any other is a sentence's, which GOST's areas read.
SENTENCE_STOP_PATTERN = re.compile(rf"(?<![{_UPPER}])(?<!\d\sг)(?<!\d\sгг)\.\s")


# The full stop and dash that open the next area of a record: "… Л. Киселева. — 2-е изд."
NEXT_AREA_PATTERN = re.compile(r"\.\s[-–—]\s")

# A collection of documents cited in a Chinese note by its title, volume, book and pages, commas
# between them: "Русско-китайские отношения,Т.V,К.2,c.141-147", "Русско-китайские
# отношение,Том. Ⅳ,с.214-216" (Ⅳ, the Roman-numeral character). A letter of the labels may be
# its Latin look-alike ("c.141", and "K.2" as the reader's cleaning reads it beside "V").
COLLECTION_VOLUME_NOTE_PATTERN = re.compile(
    r"""
    (?P<title>[А-ЯЁ][^,.;:()\d]{3,120}?)\s?,\s?
    (?:Т|т|T|Том|том)\.?\s?(?P<volume>\d{1,3}|[IVXLC]{1,6}|[\u2160-\u216b])
    (?:\s?,\s?(?:К|K|Кн|кн)\.\s?(?P<book>\d{1,2}))?
    \s?,\s?(?:с|c|С|стр)\.\s?(?P<pages>\d{1,4}(?:\s?[–—-]\s?\d{1,4})?)[.\s]*
    """,
    re.VERBOSE,
)

# A year that may follow a place given without "М.:" ("Иркутск. 2007"); a span of years
# ("Переписка. 1931–1936 гг.") belongs to the title.
IMPRINT_YEAR_START_PATTERN = re.compile(r"\d{4}(?!\s?[-–—]\s?\d)(?!\s?гг)")


# The volume printed at the end of a title's sentence without a full stop before it: istmat's
# "Трагедия советской деревни. … Документы и материалы Том 4. 1934 - 1936. Москва РОССПЭН …"
TITLE_END_VOLUME_PATTERN = re.compile(r"(?<=[^\W\d_]{3})\s(?:Том|Т\.)\s?(?:\d{1,3}|[IVXLC]{1,6})\Z")

# The volume after a comma closing the title's sentence: KUL's "Виноградов, Виктор Владимирович,
# ред. Грамматика русского языка, т. 1. Москва: …, 1960".
TITLE_COMMA_VOLUME_PATTERN = re.compile(r",\s(?:[Тт]\.|[Тт]ом)\s?(?:\d{1,3}|[IVXLC]{1,6})\Z")

# A bare Roman volume number closing the title's sentence after a lower-case word, the volume's
# own title after it: Linguistica Brunensia's "Шведова, Н. Ю. (ред.): Русская грамматика I.
# Фонетика. Фонология. … Москва, "Наука", 1980." (volume I of the Academy grammar).
TITLE_BARE_VOLUME_PATTERN = re.compile(
    r"(?<![^\W\d_])[а-яё]{3,40}\s(?P<volume>I{1,3}|IV|VI{0,3}|IX|X)(?:\Z|\.\s(?=[А-ЯЁ]))"
)


# istmat's source field without a colon: a city, the publisher's initialism, perhaps the year, the
# page ("Москва РОССПЭН Стр. 739-740"); the city is checked to be one.
CITY_INITIALISM_IMPRINT_PATTERN = re.compile(
    rf"""
    (?P<place>[А-ЯЁ][а-яё]{{2,20}}(?:-[а-яё]{{1,5}}-[А-ЯЁ][а-яё]{{2,20}})?)\s
    (?P<publisher>[А-ЯЁ]{{3,12}})
    (?:,?\s(?P<year>{YEAR}))?
    (?:\.?\s(?:Стр|С)\.\s?(?P<pages>\d{{1,5}}(?:\s?[–—-]\s?\d{{1,5}})?))?
    """,
    re.VERBOSE,
)


# The imprint in brackets closing a record, after its full stop, perhaps after a note of where the
# work first appeared: a list of Platonov's works' "«Древнерусские сказания и повести о смутном
# времени XVII века как исторический источник». (Ж. М. Н. Пр. 1887 и 1888 гг. и отдельно СПб.,
# 1888)"; the place is checked to be a known one.
BRACKETED_IMPRINT_PATTERN = re.compile(
    rf"""
    (?<=\.)\s\((?P<note>[^()]{{0,200}}?\s)?
    (?P<place>[А-ЯЁ][а-яёА-ЯЁ-]{{0,20}}\.?),?\s(?P<year>{YEAR})\)\.?\s*\Z
    """,
    re.VERBOSE,
)

# An English author in a Russian note, an initial and a given name before the family name, a full
# stop closing it: "E. Dale Sanders. Buddhism in Japan. Philadelphia, 1964" (N. I. Konrad's
# notes); gost_authors.py checks the given name is a known one.
INITIAL_GIVEN_FAMILY_PATTERN = re.compile(
    r"(?P<given>[A-Z]\.\s?(?P<middle>[A-Z][a-z]{1,15}))\s"
    r"(?P<family>[A-Z][a-z]{1,30}(?:-[A-Z][a-z]{1,30})?)\.\s(?=[A-Z])"
)

# An author's remark in brackets after the year, sending the reader elsewhere in the book: N. I.
# Konrad's note "Н. И. Конрад, Японская литература в образцах и очерках. Л., 1927, (Переводы
# Е. М. Колпакчи см. с. 163–174.)".
TRAILING_REMARK_PATTERN = re.compile(
    r"(?<=\d),?\s\((?P<remark>[А-ЯЁ][^()]{2,200}?\sсм\.[^()]{0,100}?)\)\.?\s*\Z"
)

# "О 75", "К29": the author mark (авторский знак, from Khavkina's tables) a Russian library card
# prints by the heading, the first letter of the author's family name and its number; kept apart
# from the title it stands before (a hyphen is no mark's: "Т-34 в бою" is a tank's name)
AUTHOR_MARK_PATTERN = re.compile(r"(?P<mark>(?P<letter>[А-ЯЁ]) ?\d{2,3})\s+(?=[«\"„(А-ЯЁ])")
