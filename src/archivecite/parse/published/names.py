"""Author and editor names: romanized and Cyrillic lists, roles, Chinese and Japanese names."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from importlib import resources

from archivecite.errors import MissingExtraError
from archivecite.model import (
    Name,
    Span,
)
from archivecite.parse.published.chicago_patterns import HEPBURN_WORD_PATTERN
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.patterns import (
    EDITOR_ROLE_PATTERN,
    FAMILY_INITIALS_PATTERN,
    INITIALS_FAMILY_PATTERN,
    INITIALS_PATTERN,
    ROMAJI_LONG_VOWEL_PATTERN,
    TRAILING_ET_AL_PATTERN,
)
from archivecite.parse.published.scanning import is_cjk, script_of, text_lang, trim
from archivecite.parse.published.terms import (
    CJK_INSTITUTION_ENDINGS,
    COMPOUND_SURNAMES,
    GIVEN_NAMES,
    HYPHENED_ARTICLES,
    INSTITUTION_WORDS,
    JAPANESE_FAMILY_NAMES,
    JAPANESE_GIVEN_NAMES,
    NAME_PARTICLES,
    NAME_RANKS,
    NAME_SUFFIXES,
    PUBLIC_GIVEN_NAMES,
    ROLE_WORDS,
)
from archivecite.translit import unmix_homoglyphs
from archivecite.translit.chinese import PINYIN_WORD_PATTERN, pinyin_family_first
from archivecite.translit.japanese import surname_length
from archivecite.translit.japanese.people import romanized_name_counts
from archivecite.translit.japanese.tokens import analyse
from archivecite.translit.wade_giles import wade_giles_to_pinyin


def split_original(token: str) -> tuple[str, str | None]:
    """``"Tadayuki 古海忠之"`` → ``("Tadayuki", "古海忠之")``."""
    for index, char in enumerate(token):
        if is_cjk(char):
            return token[:index].strip(), token[index:].strip()
    return token, None


def family_words(family: str) -> list[str]:
    """The words of a family name without its lower-case particles (``van der Heide`` →
    ``Heide``, ``Carrère d'Encausse`` → ``Carrère``, ``Encausse``); the whole when it is all
    particles."""
    words = family.split()
    kept = [word for word in words if word not in NAME_PARTICLES]
    if not kept or words[-1] in NAME_PARTICLES:
        return words
    return [word[2:] if word[:2] in ("d'", "d’") and word[2:3].isupper() else word for word in kept]


def looks_like_family(token: str) -> bool:
    words = family_words(token)
    return (
        0 < len([word for word in words if not is_initial(word)]) <= 3
        and len(token) <= 40
        and all(word[0].isupper() for word in words)
        and not any(char.isdigit() for char in token)
    )


def person(family: str, given: str | None, original: str | None, whole: str) -> Name:
    lang = None if original is None else text_lang(original, None, whole)
    return Name(family=family, given=given or None, original=original, lang=lang)


def given_first(token: str, whole: str) -> Name | None:
    """``"Handō Kazutoshi 半藤一利"`` (family first: Japanese) or ``"Amy King"``."""
    roman, original = split_original(token)
    words = roman.split()
    if any(word.lower() in INSTITUTION_WORDS for word in words):
        return Name(literal=token)
    if not words or not looks_like_family(roman):
        return None
    if original is None and any(word in NAME_PARTICLES for word in words[1:-1]):
        return given_first_name(roman, whole)  # "W. van Mechelen": the particle is no given name
    if len(words) == 1:
        return person(words[0], None, original, whole)
    if original is not None:
        return person(words[0], " ".join(words[1:]), original, whole)
    return person(words[-1], " ".join(words[:-1]), original, whole)


def strip_role(token: str) -> str:
    lowered = token.lower()
    for role in ROLE_WORDS:
        if lowered.startswith(role + " "):
            return token[len(role) :].strip()
    return token


def name_tokens(text: str) -> list[str]:
    text = text.replace(" & ", ", ").replace(" and ", ", ").replace(" и ", ", ")
    return [token.strip() for token in text.split(",") if token.strip()]


def _inverted(text: str, token: str) -> bool:
    """``Barnes, Steven``: a family name and the comma before its given name; ``Hunger and War``
    (a title's two nouns) is no name inverted."""
    head = text.lstrip()
    return looks_like_family(token) and head[len(token) :].lstrip().startswith(",")


def latin_names(text: str, whole: str) -> list[Name] | None:
    """Read an author list (``Efremov, A. D., Mukhin, V. V. & Grebenyuk, S. V.``); ``None``
    when the text is not one."""
    tokens = name_tokens(text)
    names: list[Name] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        match = FAMILY_INITIALS_PATTERN.fullmatch(token)
        if token in NAME_SUFFIXES and names and names[-1].family:
            names[-1] = names[-1].model_copy(update={"suffix": token})
            index += 1
        elif match is not None:
            names.append(person(match["family"], match["initials"].strip(), None, whole))
            index += 1
        elif following is not None and INITIALS_PATTERN.fullmatch(following):
            if not looks_like_family(token):
                return None
            names.append(person(token, following.strip(), None, whole))
            index += 2
        elif index == 0 and following is not None and _inverted(text, token):
            given, original = split_original(following)
            if not given or not looks_like_family(given):
                return None
            names.append(person(token, given, original, whole))
            index += 2
        elif index > 0:
            name = given_first(strip_role(token), whole)
            if name is None:
                return None
            names.append(name)
            index += 1
        else:
            return None
    return names or None


def role_names(text: str, whole: str) -> list[Name]:
    """Editors as printed after ``edited by`` or ``под ред.``: given name first."""
    names: list[Name] = []
    for token in name_tokens(text):
        bare = strip_role(token)
        match = INITIALS_FAMILY_PATTERN.fullmatch(bare) or FAMILY_INITIALS_PATTERN.fullmatch(bare)
        if match is not None:
            names.append(person(match["family"], match["initials"].strip(), None, whole))
            continue
        name = given_first(bare, whole) or given_first_name(bare, whole)  # "W. van Mechelen"
        if name is not None:
            names.append(name)
    return names


def read_authors(draft: Draft, start: int, end: int) -> bool:
    text = draft.text
    start, end = trim(text, start, end, " \t,")
    role = EDITOR_ROLE_PATTERN.search(text, start, end)
    names_end = role.start() if role else end
    et_al = TRAILING_ET_AL_PATTERN.search(text, start, names_end)
    if et_al is not None and et_al.start() > start:
        names_end = et_al.start()
    value = text[start:names_end]
    names = latin_names(value, text)
    if names is None and value and all(is_cjk(char) for char in value):
        # "迷信調査協議会, et al. (1949).": a name in its own script before an APA year
        name = cjk_name(value, text_lang(value, draft.language, text) or "ja")
        names = [name] if name is not None else None
    if names is None:
        return False
    target = draft.editors if role else draft.authors
    target.extend(names)
    draft.spans.append(Span(field="editors" if role else "authors", start=start, end=end))
    return True


def cjk_name(token: str, lang: str) -> Name | None:
    token = token.strip(" 　・、，,")
    if not token:
        return None
    if any(char.isspace() for char in token):
        family, _, given = token.replace("　", " ").partition(" ")
        return Name(family=family, given=given.strip() or None, original=token, lang=lang)
    if any(word in token for word in INSTITUTION_WORDS) or token.endswith(
        ("会", "會", "部", *CJK_INSTITUTION_ENDINGS)
    ):
        return Name(literal=token, lang=lang)
    if _foreign_in_katakana(token):
        return _foreign_name(token, lang)
    if not all(is_cjk(char) for char in token) or len(token) < 2:
        return Name(literal=token, lang=lang)
    if lang == "zh" and len(token) > 4:  # a Chinese personal name has two to four characters
        return Name(literal=token, lang=lang)
    if lang == "zh":
        size = 2 if token[:2] in COMPOUND_SURNAMES and len(token) > 2 else 1
    else:
        size = (
            japanese_surname(token)
            or toponymic_surname(token)
            or surname_alone(token)
            or (2 if len(token) >= 3 else 1)
        )
    return Name(family=token[:size], given=token[size:] or None, original=token, lang=lang)


_WESTERN_INITIAL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.．")


def _foreign_in_katakana(token: str) -> bool:
    katakana = ["\u30a1" <= char <= "\u30fc" for char in token]
    return any(katakana) and all(
        is_katakana or char in _WESTERN_INITIAL
        for is_katakana, char in zip(katakana, token, strict=True)
    )


def _foreign_name(token: str, lang: str) -> Name:
    """A foreign name in katakana, given name first, its parts parted by ・ or an initial's
    full stop: ノーバート・ウィーナー and N.ウィーナー are Wiener, Norbert (family ウィーナー)."""
    parts = [part for part in re.split(r"[・=＝]|(?<=[.．])", token) if part]
    if len(parts) == 1:
        return Name(family=token, original=token, lang=lang)
    return Name(family=parts[-1], given="・".join(parts[:-1]), original=token, lang=lang)


def japanese_surname(name: str) -> int | None:
    """The surname's length as the dictionary knows it (瀬戸口明久: 3, 秦郁彦: 1), when the
    ``ja`` extra is installed."""
    try:
        return surname_length(name)
    except MissingExtraError:
        return None


_LONGEST_SURNAME = 4  # characters: 五百旗頭, 勅使河原


def toponymic_surname(name: str) -> int | None:
    """The surname's length when the dictionary tags none but the name opens with a place name
    it knows (``白木沢旭児``: 白 and 木沢, a place, before 旭児): Japanese surnames are place names
    (沢, 田, 川 close most of them), so the surname runs through that place name. ``None``
    without the ``ja`` extra, or when no place name of two to four characters opens the name
    and leaves a given name after it."""
    try:
        tokens = analyse(name)[0]
    except MissingExtraError:
        return None
    size = 0
    for token in tokens:
        size += len(token.surface)
        if size > _LONGEST_SURNAME or size >= len(name):
            return None
        if token.pos3 == "地名":
            return size if size >= 2 else None
    return None


def surname_alone(name: str) -> int | None:
    """The whole name's length when it is a family name cited alone, as a note names a person
    it cited before (``原田、2: 208``, ``木戸 『日記』``, ``塩川「盛期スターリン時代」``): the
    dictionary reads it as one word, a surname (原田, 西園寺), a place name (上野) or, of two
    characters, any word (木戸), where a whole name is read as a surname and a given name
    (原敬: 原 and 敬). ``None`` without the ``ja`` extra or for a name of several words."""
    try:
        tokens = analyse(name)[0]
    except MissingExtraError:
        return None
    if len(tokens) != 1 or tokens[0].surface != name:
        return None
    (word,) = tokens
    return len(name) if word.pos4 == "姓" or word.pos3 == "地名" or len(name) == 2 else None


def dictionary_surname(name: str) -> bool:
    """``原田``, ``西園寺``: one word the dictionary tags as a surname (not ``今日``, a word); False
    without the ``ja`` extra."""
    try:
        tokens = analyse(name)[0]
    except MissingExtraError:
        return False
    return len(tokens) == 1 and tokens[0].surface == name and tokens[0].pos4 == "姓"


@cache
def _chinese_surnames() -> frozenset[str]:
    """The surnames the Chinese romanizer knows (its ``data/chinese_names.json``): the common
    single ones of the Baijiaxing and the compound ones."""
    data = resources.files("archivecite.translit") / "data" / "chinese_names.json"
    table = json.loads(data.read_text(encoding="utf-8"))
    return frozenset({*table["common_surnames"], *table["surnames"], *COMPOUND_SURNAMES})


def chinese_name(value: str) -> bool:
    """``陈晓农``, ``高华``, ``欧阳修``: two to four characters opened by a surname the romanizer
    knows, as running text names a person (not ``乾隆时期``, a reign, nor ``年心血``)."""
    surname = 2 if value[:2] in _chinese_surnames() else 1
    return (
        2 <= len(value) <= 3 + surname - 1
        and value[:surname] in _chinese_surnames()
        and all("\u4e00" <= char <= "\u9fff" for char in value)
    )


def japanese_name(value: str, *, in_chinese: bool = False) -> bool:
    """``夏目漱石``, ``亀井俊介``, ``夏目 漱石``: kanji a Japanese person's name is written in, the
    surname two characters or more as the dictionary knows it, a given name after it; a text
    that may be Chinese (``in_chinese``) shows no Japanese name by a Chinese compound surname
    (欧阳, 司马), as a Chinese surname is otherwise one character."""
    name = "".join(value.split())
    kanji = all("\u4e00" <= char <= "\u9fff" or char == "々" for char in name)
    if not 3 <= len(name) <= 6 or not kanji or (in_chinese and name[:2] in COMPOUND_SURNAMES):
        return False
    surname = japanese_surname(name)
    return surname is not None and 2 <= surname < len(name)


def japanese_one_character_surname(value: str) -> bool:
    """``北一輝``, ``原敬``, ``堺利彦``: a Japanese name whose surname is one character, as the
    dictionary tags it (姓, then the rest one given name, 名), where that character is no surname
    of the Baijiaxing the Chinese romanizer knows: ``毛澤東`` (毛, then 沢東 as a given name),
    ``林語堂`` and ``秦郁彦`` stay unread, as either language may write them. False without the
    ``ja`` extra."""
    name = "".join(value.split())
    if not 2 <= len(name) <= 4 or not all("\u4e00" <= char <= "\u9fff" for char in name):
        return False
    if name[0] in _chinese_surnames():
        return False
    try:
        tokens = analyse(name)[0]
    except MissingExtraError:
        return False
    return (
        len(tokens) == 2
        and len(tokens[0].surface) == 1
        and tokens[0].pos4 == "姓"
        and tokens[1].pos4 == "名"
    )


# Marks inside a name's word: apostrophes, a hyphen, and the primes and acute accent that write
# a Russian soft sign ("Arkad´evich", "Arkadʹevich").
_NAME_MARKS = str.maketrans("", "", "’'-´ʹ")


def is_name_word(word: str) -> bool:
    """``Steven``, ``A.``, ``O’Rourke``, ``Michel-Rolph``, ``Ryūhei``, ``Arkad´evich`` (the
    soft sign as the Library of Congress romanizes it): a capitalised word of a personal name, or
    an initial."""
    core = word.translate(_NAME_MARKS).removesuffix(".")
    if "." in core:  # joined initials: "A.G.", "I.Yu." (a Russian letter romanized in two)
        return all(
            0 < len(part) <= 3 and part[0].isupper() and part[1:].islower() == (len(part) > 1)
            for part in core.split(".")
        )
    return bool(core) and core.isalpha() and word[0].isupper()


def is_initial(word: str) -> bool:
    """``A.``, ``Yu.``, ``S.R.``: one initial or several joined by dots."""
    if not word.endswith(".") or not word[0].isupper():
        return False
    return all(0 < len(part) <= 2 and part[0].isupper() for part in word[:-1].split("."))


def _article_joined(word: str) -> bool:
    """``al-Rahman`` (``Fazl al-Rahman Marwat``): a part of an Arabic name inside a name printed
    given name first, its article joined by a hyphen to a capitalised word."""
    article = next((prefix for prefix in HYPHENED_ARTICLES if word.startswith(prefix)), None)
    return article is not None and is_name_word(word[len(article) :])


def given_first_name(token: str, whole: str, *, family_first: bool = False) -> Name | None:
    """``Steven A. Barnes``, ``J. Arch Getty``: a personal name printed given name first, or
    ``None`` (a single word, a lower-case word, a trailing initial: a title, not a name).
    ``family_first`` reads a two-word name the East Asian way (``Shirai Hisaya``), as a Chinese
    name in pinyin is always read (``Mao Zedong``). A rank or title before the given name is no
    part of the name (``Corporal Ashihci Hino``, ``Squadron Leader Murray Harris``)."""
    token = _without_rank(token)
    words = token.split()
    particles = [word for word in words[1:-1] if word in NAME_PARTICLES]
    named = [word for word in words if word not in particles]
    if not 2 <= len(named) <= 5 or not is_name_word(named[0]):
        return None
    if not all(is_name_word(word) or _article_joined(word) for word in named[1:]):
        return None
    if is_initial(named[-1]) or any(word.lower() in INSTITUTION_WORDS for word in named):
        return None
    if (
        (family_first or pinyin_family_first(token))
        and len(words) == 2
        and not is_initial(words[0])
    ):
        return Name(family=words[0], given=words[1])
    if len(words) == 2 and _capitals_marked_family(*words):
        return Name(family=words[0].capitalize(), given=words[1])  # "OISHI Kaichiro"
    return _given_first(named, particles, whole)


def _capitals_marked_family(first: str, second: str) -> bool:
    """``OISHI Kaichiro``, ``SHEN Zhihua``: the family name printed first in capitals, as
    English-language lists of East Asian authors mark it, the given name in lower case."""
    return len(first) >= 2 and first.isalpha() and first.isupper() and second.istitle()


def _given_first(named: list[str], particles: list[str], whole: str) -> Name:
    name = person(named[-1], " ".join(named[:-1]), None, whole)
    if particles:  # "Gustave de Molinari"
        return name.model_copy(update={"dropping_particle": " ".join(particles)})
    return name


def _without_rank(token: str) -> str:
    """``Baroness Shidzue Ishimoto`` read as ``Shidzue Ishimoto``: the rank, office or title of
    nobility a heading prints before a given name (data/chicago_terms.toml's name_ranks) left
    out, when a given name and a family name follow it."""
    words = token.split()
    for size in (2, 1):
        if len(words) >= size + 2 and " ".join(words[:size]) in NAME_RANKS:
            return " ".join(words[size:])
    return token


def latin_initials(name: Name) -> Name:
    """``Reischauer E.О.. Translation from Early Japanese Literature``, ``Holtman D.С., The
    Japanese Enthronment Ceremonies``: a Cyrillic look-alike (``О``, ``С``) that a Russian list
    typed among the initials of a Latin family name, read as the Latin letter whatever reader
    read the name. Two Cyrillic initials side by side are left as printed (``Smith А. В.``)."""
    family, given = name.family or "", name.given or ""
    if (
        script_of(family) != "Latn"
        or not any("\u0400" <= char <= "\u04ff" for char in given)
        or not all(is_initial(word) for word in given.split())
    ):
        return name
    # between two Latin words, as a look-alike is read in the script of the words around it
    unmixed = unmix_homoglyphs(f"{family} {given} {family}")[len(family) + 1 :][: len(given)]
    return name if unmixed == given else name.model_copy(update={"given": unmixed})


def spelled_family_first(value: str) -> Name | None:
    """``Tucker Robert``, ``Ulam Adam S.``, ``Smith Edward Ellis``, ``Громов Евгений``: a name
    printed family name first without a comma, as GOST heads an entry, told by its given names
    (``data/given_names.toml``): the first word is none, the next one is (a middle name or an
    initial may follow: ``Brumfield William Croft``). ``None`` for ``Robert Tucker`` or two
    words neither of which is a given name."""
    words = value.split()
    if not 2 <= len(words) <= 3 or not all(is_name_word(word) for word in words):
        return None
    family, given = words[0], words[1:]
    if family in GIVEN_NAMES or is_initial(family) or given[0] not in GIVEN_NAMES:
        return None
    return Name(family=family, given=" ".join(given))


def checked_names(names: list[Name]) -> bool:
    """Every name of a bibliography head made of name words, with no initial for a family name
    (``Pallot, Judith, and Denis J. B.`` is cut inside a name); after a first name with its given
    name spelled out (Chicago), no name with initials alone."""
    spelled = [
        any(len(word) > 2 and "." not in word for word in (name.given or "").split())
        for name in names
    ]
    if spelled and spelled[0] and not all(spelled):
        return False
    for name in names:
        if name.literal is not None or not name.family:
            return False
        words = [*family_words(name.family), *(name.given or "").split()]
        if not all(is_name_word(word) for word in words) or is_initial(name.family):
            return False
    return True


def romaji_key(word: str) -> str:
    """``Gotō``, ``Goto``, ``Gotoh``, ``Gotou`` → ``goto``: a romanized Japanese name without
    its marks, each long vowel as one."""
    folded = unicodedata.normalize("NFD", word.casefold())
    plain = "".join(char for char in folded if not unicodedata.combining(char))
    return ROMAJI_LONG_VOWEL_PATTERN.sub(lambda found: found[0][0], plain)


_JAPANESE_FAMILY = frozenset(romaji_key(word) for word in JAPANESE_FAMILY_NAMES)
_JAPANESE_GIVEN = frozenset(romaji_key(word) for word in JAPANESE_GIVEN_NAMES)


def japanese_family_first(first: str, second: str) -> bool:
    """Whether a name printed ``first second`` without a comma is a Japanese name printed family
    name first, told by the common names of ``data/japanese_names.toml``: more of its words
    stand where they belong read that way than read given name first. ``Takeuchi Yoshimi``,
    ``Kuroda Hisata`` (a listed family name first) and ``Got Yasushi`` (a listed given name
    second; the copy lost Gotō's long vowel) are; ``Masao Miyoshi``, ``Shimizu Miki`` (both
    words in both lists) and ``Abe Lincoln`` (a Western given name first) are not."""
    if not (_hepburn_shaped(first) and _hepburn_shaped(second)):
        return False  # "Qiangsheng Bian": pinyin, whatever the lists hold
    one, two = romaji_key(first), romaji_key(second)
    family_first = (one in _JAPANESE_FAMILY) + (two in _JAPANESE_GIVEN)
    western = first in PUBLIC_GIVEN_NAMES
    given_first = (one in _JAPANESE_GIVEN) + (two in _JAPANESE_FAMILY) + western
    if family_first == given_first == 0:
        return _jmnedict_family_first(one, two)
    return family_first > given_first


@cache
def _jmnedict_name_counts() -> dict[str, tuple[int, int]]:
    """JMnedict's surname and given-name entries per reading, keyed as :func:`romaji_key`
    folds a word (Chōmin, Chomin, Choumin → chomin)."""
    folded: dict[str, tuple[int, int]] = {}
    for word, (as_surname, as_given) in romanized_name_counts().items():
        key = romaji_key(word)
        surname, given = folded.get(key, (0, 0))
        folded[key] = (surname + as_surname, given + as_given)
    return folded


def _jmnedict_family_first(one: str, two: str) -> bool:
    """For two words the common-name lists do not know (``Nakae Chomin``, ``Kotoku Shusui``,
    folded by :func:`romaji_key`): whether JMnedict (the ``ja`` extra) lists the first more
    often as a surname than as a given name and the second more often as a given name. Without
    the extra, or for a word it does not list (``Chomin Nakae``, ``Jiang Wei``), no."""
    counts = _jmnedict_name_counts()
    surname_first, given_first = counts.get(one, (0, 0))
    surname_second, given_second = counts.get(two, (0, 0))
    return surname_first > given_first and given_second > surname_second


def _hepburn_shaped(word: str) -> bool:
    """A word of Hepburn syllables (``Yoshimi``, ``Gotō``), or one that ends in a consonant where
    a copy dropped a letter with a macron (``Got`` for ``Gotō``, as in ``Kashiwa Shob``)."""
    return any(HEPBURN_WORD_PATTERN.fullmatch(form) for form in (word, f"{word}o", f"{word}u"))


def romaji_family_first(text: str, name: Name) -> Name:
    """``Takeuchi Yoshimi, “Daitoa Senso to Warera no Ketsui (Sengen),” Chugoku Bungaku 82
    (1942)``, ``Hirakawa Sukehiro, ‘‘Japan’s Turn to the West,’’ in …``: a name of two words
    read given name first, printed without a comma, turned round when it is a Japanese name
    printed family name first (:func:`japanese_family_first`), as Japanese studies print a
    Japanese author whatever the language of the work."""
    family, given = name.family or "", name.given or ""
    if (
        name.original is not None
        or not (family.isalpha() and given.isalpha())
        or not (family.istitle() and given.istitle())
        or f"{given} {family}" not in text
        or not japanese_family_first(given, family)
    ):
        return name
    return name.model_copy(update={"family": given, "given": family})


def romanized_chinese_name(name: str) -> bool:
    """Whether ``name`` is a Chinese name in pinyin or Wade-Giles syllables, each word one or
    two of them, the first no Western given name: ``Pa Chin``, ``Ba Jin``, ``Mao Tun``, ``Qu
    Bo``; not ``Olga Lang`` or ``Output Systems``."""
    words = name.split()
    if not 2 <= len(words) <= 3 or words[0] in PUBLIC_GIVEN_NAMES:
        return False
    return all(
        PINYIN_WORD_PATTERN.fullmatch(word) or wade_giles_to_pinyin(word) is not None
        for word in words
    )
