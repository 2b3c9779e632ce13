"""How the people of a reference are read for matching: family names as keys in the title's
language (a Latin name beside a romaji title read as Japanese, a Chinese or Japanese name
written family first), their spellings, Latin and CJK readings, and bodies that are no people."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from importlib import resources

from archivecite.dedupe.readings import ASCII_LETTER, plain, reading_keys, text_script
from archivecite.dedupe.transcription import established_family, spelled_sounds, transcribed_sounds
from archivecite.dedupe.vocabulary import VOCABULARY
from archivecite.model import Name, Script
from archivecite.translit import match_key, romanize_chinese_name
from archivecite.translit.chinese import chinese_family_names, pinyin_family_first
from archivecite.translit.japanese import personal_name
from archivecite.translit.japanese.forms import japanese_forms
from archivecite.translit.japanese.people import given_name_readings, surname_readings
from archivecite.translit.palladius import (
    looks_like_palladius,
    palladius_syllable,
    palladius_to_pinyin,
)
from archivecite.translit.wade_giles import (
    looks_like_wade_giles,
    spells_pinyin,
    wade_giles_to_pinyin,
)

__all__ = [
    "People",
    "author_forms",
    "given_first_key",
    "name_form",
    "name_key",
    "read_people",
]

_WORDS = VOCABULARY

# "Authors" that are not people: "ACMs Anthology, P Edition", "Team", "Microsoft Lab"
_NOT_PEOPLE = frozenset(_WORDS.not_people)

# A word that makes a name a body, not a person ("ALTS Group", "Alexion Pharmaceuticals Inc")
_BODY_WORDS = frozenset(_WORDS.bodies)

_MOJIBAKE = re.compile(r"[\u0400-\u04ff]")

# The spellings of a Russian name in the transcriptions of other languages, each read back
# to the letters the key is made of (a name key reads a Latin text as a romanization of
# Russian: "c" as ц, "ch" as ч, "z" as з, "j" as й):
# - English: a hard "c", and "ck", is "k", "qu" кв, a "j" дж (Conquest / Конквест, Clark /
#   Кларк, Jackson / Джексон, Quentin / Квентин);
# - German (the Duden transcription): "sch" is ж or ш, "tsch" ч, "schtsch" щ, "ch" х, "z" ц,
#   "ds" дз, an "s" between vowels з (Solschenizyn / Солженицын, Schukow / Жуков, Woroschilow
#   / Ворошилов, Chruschtschow / Хрущёв, Jelzin / Ельцин, Sinowjew / Зиновьев, Dserschinski /
#   Дзержинский);
# - French: "ch" is ш, "tch" ч, "chtch" щ, "j" ж, "ou" у, a final mute "e" nothing
#   (Soljénitsyne, Khrouchtchev, Joukov, Vorochilov, Eltsine, Allilouieva).
_VOWELS = "aeiouyäöüéèë"

_GERMAN = re.compile(rf"schtsch|tsch|sch|ch|z|ds|(?<=[{_VOWELS}])s(?=[{_VOWELS}])")

_SPELLINGS = (
    (re.compile(r"ck|qu|c(?![eiyh])|j"), {"j": "dzh", "qu": "kv", "": "k"}),
    (
        _GERMAN,
        {"schtsch": "shch", "tsch": "ch", "sch": "zh", "ch": "kh", "z": "ts", "ds": "dz", "s": "z"},
    ),
    (
        _GERMAN,
        {"schtsch": "shch", "tsch": "ch", "sch": "sh", "ch": "kh", "z": "ts", "ds": "dz", "s": "z"},
    ),
    (
        re.compile(rf"chtch|tch|ch|j|ou|(?<![{_VOWELS}])e$"),
        {"chtch": "shch", "tch": "ch", "ch": "sh", "j": "zh", "ou": "u", "e": ""},
    ),
)


def _spelled_as(spelled: dict[str, str], found: re.Match[str]) -> str:
    return spelled.get(found.group(), spelled.get("", ""))


@lru_cache(maxsize=1 << 16)
def spelled_keys(family: str) -> frozenset[str]:
    """The keys of a family name in Latin letters as English, German and French transcribe a
    Russian one (see ``_SPELLINGS``): "Solschenizyn" gives "solenitsin", the key of
    Солженицын, whose own key is "solshenizin"; none but its own for a name in another
    script."""
    if text_script(family) is not Script.LATIN:
        return frozenset()
    lower = unicodedata.normalize("NFC", family.lower())
    keys = set()
    for pattern, spelled in _SPELLINGS:
        read = pattern.sub(partial(_spelled_as, spelled), lower)
        if read != lower:
            keys.add(name_key(read, None))
    return frozenset(keys)


@lru_cache(maxsize=262144)
def name_key(family: str, lang: str | None) -> str:
    if not family.isascii() and ASCII_LETTER.search(family):
        # a Cyrillic letter or two among Latin ones: a mis-decoded accent ("gќting" for Güting,
        # "bіhlen" for Böhlen), which says nothing; the Latin letters still do (not a Latin
        # look-alike typed into a Cyrillic name, "Ивaнов")
        stray = len(_MOJIBAKE.findall(family))
        if stray < len(ASCII_LETTER.findall(family)):
            family = _MOJIBAKE.sub("", family)
    found = _BELARUSIAN_SUFFIX.search(family)
    if found is not None:
        family = family[: found.start()] + _RUSSIAN_SUFFIX[found.group().lower()]
    keys = reading_keys(family, lang)
    return keys[0].replace(" ", "") if keys else ""


# a Belarusian family name in -аў / -оў / -еў (Łacinka -aŭ, -eŭ) is the Russian one in -ов / -ев
# that Russian catalogues print (Васіль Быкаў, "Vasil Bykaŭ" / Василь Быков; Уладзімір
# Караткевіч keeps its letters): ў, ŭ end no Russian name
_BELARUSIAN_SUFFIX = re.compile(r"(?:[аоеэaoe][ўŭ])$", re.IGNORECASE)

_RUSSIAN_SUFFIX = {
    **dict.fromkeys(("аў", "оў"), "ов"),
    **dict.fromkeys(("еў", "эў"), "ев"),
    **dict.fromkeys(("aŭ", "oŭ"), "ov"),
    "eŭ": "ev",
}


@cache
def _manchu_clans() -> frozenset[str]:
    """The Manchu clan names of ``data/manchu_clans.tsv``."""
    text = resources.files("archivecite.dedupe").joinpath("data", "manchu_clans.tsv")
    rows = (line.split("\t") for line in text.read_text(encoding="utf-8").splitlines())
    return frozenset(clan for row in rows if len(row) > 1 for clan in row[0].split())


# the dot between a clan name and a Manchu's own name: a middle dot, or a full stop where it is
# printed with one (爱新觉罗.溥杰)
_NAME_DOT = re.compile("[\u00b7\u30fb\u2022\uff65\u2027.\uff0e]")


def _without_clan(written: str) -> str:
    """A Manchu's own name without the clan name before it (爱新觉罗·溥仪: 溥仪, the Puyi and
    Пу И of other languages' catalogues); the name as written otherwise."""
    parts = _NAME_DOT.split(written, maxsplit=1)
    if len(parts) == 2 and parts[0].strip() in _manchu_clans() and parts[1].strip():
        return parts[1].strip()
    return written


def _whole_name(family: str, language: str | None) -> tuple[str, str | None]:
    """A name written whole, no given name, and the language to read it in: a Manchu's own
    name without its clan (:func:`_without_clan`), and one in Palladius read as Chinese ("Пу
    И" as one string is Puyi, 溥仪: its key is the pinyin's)."""
    if family.isascii():
        return family, language
    family = _without_clan(family)
    if text_script(family) is Script.CYRILLIC and looks_like_palladius(family):
        return family, "zh"
    return family, language


def _family(name: Name) -> tuple[str, str | None]:
    if name.literal is not None:
        return name.literal, name.lang
    return (name.family or name.given or ""), name.lang


_FAMILY_FIRST = frozenset(("ja", "zh"))


def given_first_key(names: tuple[Name, ...], lang: str | None) -> str:
    """The first author's given name as a family-name key, when a Japanese or Chinese name
    in Latin letters may stand family first and been read the other way round ("Iwata
    Shigenori" read as given Iwata, family Shigenori); "" otherwise."""
    if lang not in _FAMILY_FIRST or not names:
        return ""
    first = names[0]
    given = (first.given or "").strip()
    if (
        first.literal is not None
        or len(given) < _FULL_GIVEN
        or text_script(given) is not Script.LATIN
    ):
        return ""
    return name_key(given, lang)


_FULL_GIVEN = 3  # letters of a given name written out, not initials ("Y.", "Z.H.")

_GIVEN_SPLIT = re.compile(r"[\s.\-]+")


@lru_cache(maxsize=262144)
def name_form(family: str, given: str, lang: str | None) -> str:
    """``"f|g1 g2"``: the plain initial of the family name, then the given names, each as its
    matching key (a full name) or its plain letter (an initial): ``"s|r"`` for "Sarawagi, S.",
    ``"v|chingi"`` for "Wu, Ching-yi". Enough to see "Ching-yi Wu" / "Wu Ching-yi" and
    "S. Sunita" / "Sunita S." as one person written in another order."""
    initial = plain(family)[:1]
    if initial and text_script(family) is not Script.LATIN:
        initial = name_key(family, lang)[:1] or initial  # "т" of Тихонов is "t" of Tikhonov
    tokens: list[str] = []
    for token in _GIVEN_SPLIT.split(given):
        if (len(token) == 1 and token.isalpha() and text_script(token) is not Script.HAN) or (
            len(token) == 2 and token.isupper()
        ):
            tokens.extend(plain(token))  # "S", "RJ" (initials written together); not 衛, 明
        elif token:
            key = name_key(token, lang)
            if key:
                tokens.append(key)
    return f"{initial}|{' '.join(tokens)}"


def _is_body(name: Name) -> bool:
    words = " ".join(filter(None, (name.literal, name.family, name.given))).lower().split()
    return any(word.strip(".,()") in _BODY_WORDS for word in words)


def _written_in(family: str, given: str, scripts: tuple[Script, ...]) -> bool:
    """A surname and given name in those scripts, read together as one person's name."""
    return all(text_script(part) in scripts for part in (family, given))


def _has_initial(given: str) -> bool:
    return any(len(part) == 1 for part in _GIVEN_SPLIT.split(given) if part)


def _wade_giles_name(family: str, given: str) -> tuple[str, str]:
    """A Chinese name in Wade-Giles as pinyin, family name first: "Mao Tse-tung", read as given
    Mao and family Tse-tung, is Mao Zedong (毛泽东), "Chou En-lai" Zhou Enlai, "Chiang Kai-shek"
    Jiang Jieshi; a name that is no Wade-Giles ("Chen Jian", pinyin) stays as written."""
    family_pinyin, given_pinyin = wade_giles_to_pinyin(family), wade_giles_to_pinyin(given)
    if family_pinyin is None or given_pinyin is None:
        return family, given
    if not looks_like_wade_giles(f"{given} {family}"):
        return family, given
    if pinyin_family_first(f"{given_pinyin} {family_pinyin}"):
        return given_pinyin, family_pinyin
    return family_pinyin, given_pinyin


# the scripts of a name spelled by its sounds, whose transcription in hanzi or katakana is
# compared by them: Latin letters, and Cyrillic read in its romanization (Владимиров 弗拉基米洛夫)
_SPELLED = (Script.LATIN, Script.CYRILLIC)


@dataclass(frozen=True, slots=True)
class People:
    """A reference's people as :func:`read_people` reads them, each tuple aligned with
    ``keys``; ``latin`` and ``cjk`` are ``()`` when no person has such readings."""

    keys: tuple[str, ...]  # family-name keys
    forms: tuple[str, ...]  # name_form of each
    latin: tuple[str, ...]  # latin_readings of a name in Latin letters, "" for the others
    cjk: tuple[str, ...]  # cjk_readings of a name in kanji, hanzi or kana, "" for the others
    sounds: tuple[str, ...] = ()  # transcribed_sounds of a Western name in katakana or hanzi
    first_sounds: str = ""  # spelled_sounds of the first name, in Latin or Cyrillic letters
    han: tuple[str, ...] = ()  # han_family of a family name in kanji or hanzi, "" for the others
    # each family name as written, when in Latin letters ("" for the others): its spellings
    # in other transcriptions are read from it when needed, see spelled_keys
    latin_families: tuple[str, ...] = ()
    # the same of a family name in Cyrillic ("Холлидей"), which a Western name transcribed
    # into Russian spells by its sounds, see people.transcribed_into_russian
    cyrillic_families: tuple[str, ...] = ()


def han_family(family: str) -> str:
    """A family name written in kanji or hanzi with its old, variant and simplified forms
    in the Japanese new forms (陸奧 陸奥, 澤田 沢田, 渡邊 渡辺, 陆奥 陸奥): one person's name as a
    Japanese, a Chinese or an older list prints it, whatever each list's language reads it
    as; "" for a name in other letters."""
    return japanese_forms(family) if text_script(family) is Script.HAN else ""


def author_forms(
    names: tuple[Name, ...], default_lang: str | None = None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Family-name keys (a name without a language read in the title's language) and,
    aligned with them, :func:`name_form` of each person; bodies ("ALTS Group") are left out."""
    people = read_people(names, default_lang)
    return people.keys, people.forms


def read_people(names: tuple[Name, ...], default_lang: str | None = None) -> People:
    """:func:`author_forms`, and the Japanese and Chinese readings of each name written in
    Latin letters or in kanji, hanzi and kana (:func:`latin_readings`, :func:`cjk_readings`)."""
    keys: list[str] = []
    forms: list[str] = []
    latin: list[str] = []
    cjk: list[str] = []
    sounds: list[str] = []
    han: list[str] = []
    latin_families: list[str] = []
    cyrillic_families: list[str] = []
    first_sounds = ""
    for name in names:
        family, lang = _family(name)
        if family.lower().strip(". ") in _NOT_PEOPLE or _is_body(name):
            continue
        given = " ".join(filter(None, (name.given, name.patronymic)))
        if name.literal is not None or not name.family:
            given = ""
        language = lang or default_lang
        family, language = _whole_name(family, language) if not given else (family, language)
        written = family, given
        if language == "ja" and given and _written_in(family, given, (Script.HAN, Script.KANA)):
            family, given = personal_name(family, given)
        elif language == "zh" and given and _written_in(family, given, (Script.HAN,)):
            # a surname read as a surname: 仇 Qiu, 曾 Zeng (the word would be chou, ceng)
            family, _, given = romanize_chinese_name(family + given).partition(" ")
        elif (
            given
            and _written_in(family, given, (Script.CYRILLIC,))
            and not _has_initial(given)  # "Попова И.Н.": a Russian name, initials its words
            and looks_like_palladius(f"{family} {given}")
        ):
            language = "zh"  # "Чжоу Эньлай" is Zhou Enlai, 周恩来: its key is the pinyin's
            if pinyin_family_first(palladius_to_pinyin(f"{given} {family}") or ""):
                family, given = given, family  # "Лю Цзечэн" read as given Лю: Liu is the family
        elif language == "zh" and given and _written_in(family, given, (Script.LATIN,)):
            family, given = _wade_giles_name(family, given)
        key = name_key(family, language)
        western = established_family("".join(written)) if not written[0].isascii() else ""
        if western:
            # a scholar's own Chinese name (冯客) is his Western one (Dikötter) to every side
            key = name_key(western, None)
        if key:
            keys.append(key)
            forms.append(name_form(family, given, language))
            bare = name.literal is None  # not one string, whose family name is not known
            latin.append(
                (latin_readings(*written) or _palladius_readings(*written)) if bare else ""
            )
            kanji = bare and not written[0].isascii()  # (most names are ASCII)
            cjk.append(cjk_readings(*written) if kanji else "")
            # (a transcription is often printed as one string: 斯諾, 哈里森·索爾茲伯里)
            sounds.append("" if written[0].isascii() else transcribed_sounds(written[0]))
            han.append("" if written[0].isascii() or not bare else han_family(written[0]))
            in_latin = written[0].isascii() or text_script(written[0]) is Script.LATIN
            latin_families.append(written[0] if in_latin else "")
            in_cyrillic = not in_latin and text_script(written[0]) is Script.CYRILLIC
            cyrillic_families.append(written[0] if in_cyrillic and bare else "")
            if len(keys) == 1 and text_script(written[0]) in _SPELLED:
                first_sounds = spelled_sounds(written[0])
    return People(
        tuple(keys),
        tuple(forms),
        tuple(latin) if any(latin) else (),
        tuple(cjk) if any(cjk) else (),
        tuple(sounds) if any(sounds) else (),
        first_sounds,
        tuple(han) if any(han) else (),
        tuple(latin_families) if any(latin_families) else (),
        tuple(cyrillic_families) if any(cyrillic_families) else (),
    )


# Hepburn morae, as a name's Japanese key spells them once Kunrei and Nihon-shiki spellings
# (si, tu, ti, hu, zi), long vowels (ō, ou, oo, oh) and m before b and p are folded
_MORAE = re.compile(
    r"(?:(?:[kgsztdnhbpmr]y|ch|sh|ts|[kgsztdnhbpmrwyfj])?[aiueo]"
    r"|n(?![aiueoy])|k(?=k)|s(?=s)|t(?=t|ch)|p(?=p))+"
)

# what romaji may be written as before its key folds it (Itoh, Ohno, Sinzi, Shin'ichi): a
# cheap look that spares most Western names the Japanese key
_ROMAJI_SHAPE = re.compile(
    r"(?:(?:[kgsztdnhbpmr]y|ch|sh|ts|[kgsztdnhbpmrwyfj])?[aiueo]h?"
    r"|n|m(?=[bmp])|k(?=k)|s(?=s)|t(?=t|ch)|p(?=p)|c(?=ch)|['\u2019 -])+"
)


@lru_cache(maxsize=1 << 16)
def _latin_word(word: str) -> tuple[str, ...]:
    """The keys of a name in Latin letters read as Japanese (when its key is romaji morae:
    "Yanaihara", "Itoh", "Hukuzawa") and as Chinese (when it is pinyin or Wade-Giles:
    "Zhang", "Tse-tung"); none for a name that is neither ("Smith", "Kowalski")."""
    found = []
    japanese = match_key(word, "ja") if _ROMAJI_SHAPE.fullmatch(plain(word)) else ""
    if japanese and _MORAE.fullmatch(japanese):
        found.append(japanese)
    wade_giles = wade_giles_to_pinyin(word)
    if spells_pinyin(word) or wade_giles is not None:
        chinese = match_key(word, "zh")
        if chinese and chinese not in found:
            found.append(chinese)
        # a syllable that pinyin spells too, read as Wade-Giles: "Chi" is pinyin chi and, its
        # apostrophe lost, Ch'i (齊 qi), as Taiwanese names print it ("Chi Pang-yuan", 齊邦媛)
        other = match_key(wade_giles, "zh") if wade_giles else ""
        if other and other not in found:
            found.append(other)
    return tuple(found)


@cache
def _established_spellings() -> dict[str, tuple[str, ...]]:
    """Each family and given name of ``data/established_romanizations.tsv`` as printed (plain
    letters) and the Chinese keys of its pinyin: "fung" feng, "yatsen" yixian."""
    text = resources.files("archivecite.dedupe").joinpath("data", "established_romanizations.tsv")
    found: dict[str, dict[str, None]] = {}
    for line in text.read_text(encoding="utf-8").splitlines():
        row = line.split("\t")
        if line.startswith("#") or len(row) < _ROMANIZATION_COLUMNS:
            continue
        family, given, _, pinyin_family, pinyin_given = row[:_ROMANIZATION_COLUMNS]
        for printed, pinyin in ((family, pinyin_family), (given, pinyin_given)):
            found.setdefault(_spelling(printed), {})[match_key(pinyin, "zh")] = None
    return {spelling: tuple(keys) for spelling, keys in found.items()}


_ROMANIZATION_COLUMNS = 5


def _spelling(word: str) -> str:
    return "".join(plain(word).split())


def _established_word(word: str) -> tuple[str, ...]:
    """The Chinese keys of a person's own romanization (:func:`_established_spellings`)."""
    return _established_spellings().get(_spelling(word), ())


def _with_established(found: tuple[str, ...], word: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*found, *_established_word(word))))


@lru_cache(maxsize=1 << 16)
def latin_readings(family: str, given: str) -> str:
    """``"family keys|given keys"``: a name in Latin letters read as Japanese and as Chinese,
    whatever the title's language ("Yanaihara" is no Russian name under an English title), to
    meet the same person in kanji or hanzi (:func:`cjk_readings`); "" when neither reading
    fits the family name ("Smith, John"). Initials give no given-name key. A person's own
    romanization, which no scheme reads, reads as the pinyin too ("Fung Yu-lan": feng youlan,
    冯友兰; see ``data/established_romanizations.tsv``)."""
    latin = text_script(family) is Script.LATIN
    first = _with_established(_latin_word(family), family) if latin else ()
    if not first:
        return ""
    whole = given and text_script(given) is Script.LATIN and not _has_initial(given)
    second = _with_established(_latin_word(given), given) if whole else ()
    return f"{' '.join(first)}|{' '.join(second)}"


def _palladius_readings(family: str, given: str) -> str:
    """:func:`latin_readings` of a Chinese name in Cyrillic read back as pinyin: a family name
    of one Palladius syllable, alone or with initials ("Чжан", "Чжан Ю." in a Russian
    catalogue is Zhang, 张 of Jung Chang, not "Chan"), or with a given name in Palladius too
    ("Юн" of "Юн Чжан"); "" for any other name ("Быков", "Иванов И. И.")."""
    if not family or text_script(family) is not Script.CYRILLIC:
        return ""
    first = palladius_syllable(family)
    if given and _has_initial(given):
        given = ""  # "Чжан Ю.": the initials give no given-name key
    second = palladius_to_pinyin(given) if given else ""
    if first is None or second is None:
        return ""
    return latin_readings(first, second)


def _all_han(*parts: str) -> bool:
    return all(not part or text_script(part) is Script.HAN for part in parts)


_FEW_SURNAME_READINGS = 2  # readings JMnedict lists for a surname, each still its bearers'


@cache
def _chinese_families() -> frozenset[str]:
    """The Chinese family names of the tables in the Japanese new forms, which fold the
    simplified and traditional ones together (鲁 and 魯 are 魯)."""
    return frozenset(japanese_forms(family) for family in chinese_family_names())


_WHOLE_GIVEN = (1, 2)  # characters of a Chinese given name


def _chinese_parts(written: str) -> tuple[str, ...]:
    """The Chinese family and given keys of a Chinese name written whole, with no space, as
    Chinese pages print it (鲁迅, 魯迅: lu, xun; 胡适; 欧阳修: ouyang, xiu): a family name of
    the tables, one or two characters, then a given name of one or two; none for any other
    name (坪内, 森鴎外, 夏目漱石). A pen name reads so too: 鲁迅 is "Lu Xun" and "Lu" in print."""
    for size in (2, 1):
        if len(written) - size in _WHOLE_GIVEN and (
            japanese_forms(written[:size]) in _chinese_families()
        ):
            family, _, given = romanize_chinese_name(written).partition(" ")
            return match_key(family, "zh"), match_key(given, "zh")
    return ()


@lru_cache(maxsize=1 << 16)
def cjk_readings(family: str, given: str) -> str:
    """``"family keys|given keys"``: a name in kanji or kana read as Japanese and, in hanzi, as
    Chinese too (李銳 under a title in hanzi alone is Ri Ei to a Japanese reading and Li Rui in
    print, 岩井 under a Chinese title Iwai), whatever the title's script: a Chinese scholar's
    book in Japanese, its title in kana, keeps his name in hanzi (劉建輝 is Liu Jianhui, not
    Ryū, to his readers; 楊海英 Yang Haiying in print, Yō Kaiei in a Japanese catalogue), and a
    Japanese author in a Chinese book his kanji (中曽根 Nakasone). "" for a name in other
    letters."""
    if not _written_in(family, given or family, (Script.HAN, Script.KANA)):
        return ""
    romaji = personal_name(family, given) if given else (family, "")
    families = [match_key(romaji[0], "ja").replace(" ", "")]
    givens = [match_key(romaji[1], "ja").replace(" ", "")] if given else []
    if not given and _all_han(family):
        # a surname alone, which the tagger may read as a word (陸奥 michinoku, 四月一日
        # shigatsu tsuitachi): the readings JMnedict lists for it as a surname too (Mutsu,
        # Watanuki), where it lists few; a surname with many (林: Hayashi, Kuwabara, Shige…)
        # lists the rare readings of a few families, which would meet other names
        listed = surname_readings(japanese_forms(family))
        if len(listed) <= _FEW_SURNAME_READINGS:
            families += (match_key(reading, "ja") for reading in listed)
        parts = () if listed else _chinese_parts(family)
        families += parts[:1]
        givens += parts[1:]
    if given and _all_han(given):
        # the tagger reads a given name one way (吉郎 Yoshirō); its bearer may read it another
        # (Akimoto Kichirō): every listed reading may meet the romaji
        givens += (match_key(reading, "ja") for reading in given_name_readings(given))
    if _all_han(family, given):
        if given and len(family) == 1:  # a one-character surname read as one (仇 Qiu)
            read, _, rest = romanize_chinese_name(family + given).partition(" ")
            chinese = (match_key(read, "zh"), match_key(rest, "zh"))
        else:
            chinese = (match_key(family, "zh"), match_key(given, "zh") if given else "")
        families.append(chinese[0])
        givens.append(chinese[1])
    family_keys = " ".join(dict.fromkeys(key for key in families if key))
    given_keys = " ".join(dict.fromkeys(key for key in givens if key))
    return f"{family_keys}|{given_keys}" if family_keys else ""
