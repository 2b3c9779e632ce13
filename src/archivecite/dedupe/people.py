"""People compared across scripts: family-name keys, typos, cut names, names swapped, a name
in Latin letters against one in kanji or hanzi by its Japanese and Chinese readings, and a
Western name against its transcription in katakana or hanzi by the consonants both keep."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.name_readings import spelled_keys
from archivecite.dedupe.pen_names import pen_name_of
from archivecite.dedupe.readings import plain, text_script
from archivecite.dedupe.transcription import latin_sounds, sound_alike, spelled_sounds
from archivecite.model import Script
from archivecite.translit import romanize
from archivecite.translit.wade_giles import spells_pinyin

__all__ = ["NAME_PIECE", "author_similarity", "heard_alike", "joined_names"]


_NAME_FLOOR = 80  # rapidfuzz ratio of two family-name keys still one name (a typo)
NAME_PIECE = 4  # a family name cut to its last part ("molina" / "garcia-molina") this long
_FULL_GIVEN = 4  # letters of a given name that stands alone for its bearer ("soseki")
_PEN_NAME = 0.9  # a gō alone and the family name it was printed with ("Takuboku" / 石川)
_TRANSCRIBED = 0.85  # a Western name and its transcription, their consonants alike ("Snow" / 斯諾)


@lru_cache(maxsize=1 << 17)
def _given(form: str) -> tuple[str, frozenset[str], frozenset[str]]:
    """A :func:`name_form` read back: the family initial, the given names, their initials."""
    initial, _, given = form.partition("|")
    names = frozenset(given.split())
    return initial, names, frozenset(name[0] for name in names)


def _swapped(form_a: str, form_b: str, family_a: str, family_b: str) -> float:
    """One person with family and given names the other way round: "Ching-yi Wu" /
    "Wu Ching-yi" (full names, 0.9) or "S. Sarawagi" / "Sunita S." (initials only, 0.5)."""
    initial_a, given_a, initials_a = _given(form_a)
    initial_b, given_b, initials_b = _given(form_b)
    if bool(given_a) != bool(given_b):
        # a catalogue's heading by the given name alone ("Soseki" for 夏目漱石, Natsume Sōseki)
        bare, named = (family_a, given_b) if not given_a else (family_b, given_a)
        return 0.9 if len(bare) >= _FULL_GIVEN and bare in named else 0.0
    if not given_a or not given_b:
        return 0.0
    if family_b in given_a and (family_a in given_b or initial_a in initials_b):
        return 0.9
    if family_a in given_b and initial_b in initials_a:
        return 0.9
    if initial_a != initial_b and initial_a in initials_b and initial_b in initials_a:
        return 0.5  # (not "S. Shah" / "S. Sharma": the same initials read either way)
    return 0.0


def _name_agreement(first: str, second: str) -> float:
    """Two family-name keys: equal (1), a typo (the ratio), or one cut to a part of the
    other ("molina" / "garcia-molina", "kesel" / "vankesel": 0.85)."""
    best = fuzz.ratio(first, second)
    if best >= _NAME_FLOOR:
        return best / 100
    short, long = (first, second) if len(first) <= len(second) else (second, first)
    if len(short) >= NAME_PIECE and (long.startswith(short) or long.endswith(short)):
        return 0.85
    if _two_letters_swapped(first, second):
        return _SWAPPED_LETTERS
    return 0.0


_SWAPPED_LETTERS = 0.85
_SWAP_LENGTH = 6  # a name this long with two letters swapped is still the name


def _two_letters_swapped(first: str, second: str) -> bool:
    """Two letters of one name typed the other way round, next to each other or not:
    "Barkhuradov" for Бархударов ("baruradov" / "barudarov")."""
    if len(first) != len(second) or len(first) < _SWAP_LENGTH:
        return False
    apart = [
        index for index, (one, other) in enumerate(zip(first, second, strict=True)) if one != other
    ]
    if len(apart) != 2:
        return False
    i, j = apart
    return first[i] == second[j] and first[j] == second[i]


@lru_cache(maxsize=1 << 17)
def _readings(entry: str) -> tuple[frozenset[str], frozenset[str]]:
    """A :func:`latin_readings` or :func:`cjk_readings` read back: family and given keys."""
    family, _, given = entry.partition("|")
    return frozenset(family.split()), frozenset(given.split())


def _read_alike(latin: str, cjk: str) -> float:
    """A name in Latin letters and one in kanji or hanzi by their Japanese and Chinese
    readings: the family names agree ("Yanaihara" / 矢内原忠雄: 1), or family and given names
    stand the other way round ("Shin'ichi, Yamamuro" / 山室信一: 0.9; with no given name in
    kanji, a given name of four letters or more: "Mitsuru, Yoshida" / 吉田)."""
    if not latin or not cjk:
        return 0.0
    family_l, given_l = _readings(latin)
    family_c, given_c = _readings(cjk)
    if family_l & family_c:
        return 0.0 if _other_given(given_l, given_c) else 1.0
    turned = given_l & family_c
    if turned and (family_l & given_c or (not given_c and max(map(len, turned)) >= _FULL_GIVEN)):
        return 0.9
    return 0.0


def _other_given(given_a: frozenset[str], given_b: frozenset[str]) -> bool:
    """Two given names, written out on both sides, that no reading of one meets: two people
    of one family name (劉傑 Liu Jie, 劉建輝 Liu Jianhui; 陳舜臣, 陳祖恩)."""
    return bool(given_a and given_b) and not given_a & given_b


def _by_readings(a: RecordKeys, b: RecordKeys, position: int) -> float:
    """The best :func:`_read_alike` of ``a``'s author at ``position`` among ``b``'s authors,
    either way round, or 1 for two names in kanji or hanzi of more than one character one of
    whose readings meet; 0 where the readings are not aligned with the authors."""
    best = 0.0
    if _aligned(a.latin_readings, a) and _aligned(b.cjk_readings, b):
        latin = a.latin_readings[position]
        best = max(_read_alike(latin, cjk) for cjk in b.cjk_readings) if latin else 0.0
    if best < 1 and _aligned(a.cjk_readings, a) and _aligned(b.latin_readings, b):
        cjk = a.cjk_readings[position]
        if cjk:
            best = max(best, *(_read_alike(latin, cjk) for latin in b.latin_readings))
    if best < 1 and _aligned(a.cjk_readings, a) and _aligned(b.cjk_readings, b):
        # kanji and hanzi on both sides, keyed as the titles' languages read them apart, and
        # written in forms no table folds (中曽根 Nakasone, 中曾根 Zhongzenggen): one person when
        # one reading of each family name meets the other's. Not for a family name of one
        # character, whose readings meet other people's (張 and 趙 are both Chō in Japanese):
        # those are compared by their characters (:func:`_written_alike`)
        family, given = _readings(a.cjk_readings[position])
        for other, entry in enumerate(b.cjk_readings):
            family_b, given_b = _readings(entry)
            if _one_character(a, position) or _one_character(b, other):
                continue
            if family & family_b and not _other_given(given, given_b):
                best = 1.0
    return best


def _family_given(record: RecordKeys, position: int) -> tuple[frozenset[str], frozenset[str]]:
    """The keys of the family name and of the given names (written together) of ``record``'s
    author at ``position``, with their readings as Chinese where written in pinyin or
    Wade-Giles ("Pa, Chin": pa ba, chin jin); no given names for a name written whole."""
    given = (
        _given(record.author_forms[position])[1] if _aligned(record.author_forms, record) else ()
    )
    families = {record.authors[position]}
    givens = {"".join(sorted(given))} if len(given) == 1 else set()
    if _aligned(record.latin_readings, record) and record.latin_readings[position]:
        family_read, given_read = _readings(record.latin_readings[position])
        families |= family_read
        givens |= given_read
    return frozenset(families), frozenset(givens)


def joined_names(record: RecordKeys) -> tuple[str, ...]:
    """The first author's family and given names read as Chinese and written together either
    way round ("Pa, Chin": bachin, baqin, …), for blocking: the keys of the name written whole
    (巴金 bajin, "Ba Jin") on the other side; none for a name with no such readings."""
    if not record.latin_readings or not record.latin_readings[0]:
        return ()
    families, givens = _family_given(record, 0)
    joined = (
        name for family in families for given in givens for name in (family + given, given + family)
    )
    return tuple(dict.fromkeys(joined))


def _whole_keys(record: RecordKeys, position: int) -> frozenset[str]:
    """The keys of ``record``'s author at ``position`` when written whole, as one string with
    no given name (a catalogue's 老舍, 巴金, "Ba Jin"), with its readings as Chinese."""
    if not _aligned(record.author_forms, record) or _given(record.author_forms[position])[1]:
        return frozenset()
    wholes = {record.authors[position]}
    for readings in (record.cjk_readings, record.latin_readings):
        if _aligned(readings, record) and readings[position]:
            wholes |= _readings(readings[position])[0]
    return frozenset(whole for whole in wholes if len(whole) >= _WHOLE_NAME)


_WHOLE_NAME = 4  # letters of a name's key written whole that hold a family and a given name


def _whole_against_parts(whole: RecordKeys, at: int, parted: RecordKeys, other: int) -> bool:
    """One name written whole (巴金, 老舍, "Ba Jin") and the other parted into family and given
    names, one way round or the other ("Ba, Jin", "Lao, She", "Jin, Ba"), its parts read as
    pinyin or Wade-Giles ("Pa Chin")."""
    wholes = _whole_keys(whole, at)
    if not wholes:
        return False
    families, givens = _family_given(parted, other)
    return any(
        family + given in wholes or given + family in wholes
        for family in families
        for given in givens
    )


def _romanized_alike(a: RecordKeys, b: RecordKeys, position: int) -> bool:
    """``a``'s author at ``position`` and one of ``b``'s: a Chinese name in Latin letters in
    another romanization, its family and given names read alike as Chinese ("Pa, Chin" in
    Wade-Giles, "Ba, Jin" in pinyin), or one written whole against the other parted."""
    if not (_aligned(a.author_forms, a) and _aligned(b.author_forms, b)):
        return False
    family_a, given_a = _family_given(a, position)
    romanized = _aligned(a.latin_readings, a) and bool(a.latin_readings[position])
    for other in range(len(b.authors)):
        if _whole_against_parts(a, position, b, other) or _whole_against_parts(
            b, other, a, position
        ):
            return True
        if romanized and _aligned(b.latin_readings, b) and b.latin_readings[other]:
            # (family and given names the other way round are _swapped's, at 0.9)
            family_b, given_b = _family_given(b, other)
            if family_a & family_b and given_a & given_b:
                return True
    return False


def _palladius(record: RecordKeys, position: int) -> bool:
    """``record``'s author at ``position`` is a Chinese name in Palladius Cyrillic ("Чжан"):
    read as pinyin (:attr:`RecordKeys.latin_readings`), though not written in Latin letters."""
    if not (_aligned(record.latin_readings, record) and record.latin_readings[position]):
        return False
    return not (_aligned(record.latin_families, record) and record.latin_families[position])


def _read_in_cyrillic(a: RecordKeys, b: RecordKeys, position: int) -> bool:
    """``a``'s author at ``position`` and one of ``b``'s, one of them a Chinese name in
    Palladius Cyrillic, the other in Latin letters or in Palladius too, whose family names meet
    as Chinese (Чжан, zhang; "Chang", Wade-Giles for zhang) and whose given names, where both
    are written out, share a reading: a Russian catalogue's "Чжан" is the "Chang" of the
    English edition (Jung Chang), as "Zhang, Yimou" is not "Чжан Ицзюнь". One script's own
    spellings are compared by their keys, not here (two English "Chang" and "Zhang" may be
    two people: Chang is pinyin too)."""
    if not (_aligned(a.latin_readings, a) and _aligned(b.latin_readings, b)):
        return False
    if not a.latin_readings[position]:
        return False
    family, given = _readings(a.latin_readings[position])
    for other, entry in enumerate(b.latin_readings):
        if not entry or not (_palladius(a, position) or _palladius(b, other)):
            continue
        family_b, given_b = _readings(entry)
        if family & family_b and not _other_given(given, given_b):
            return True
    return False


def _spelled_apart(a: RecordKeys, b: RecordKeys, position: int) -> bool:
    """``a``'s author at ``position`` and one of ``b``'s, both in Latin letters, one in a
    spelling that is no pinyin (Wade-Giles, or the person's own romanization), whose family
    names read alike as Chinese and whose given names, where both are written out, share a
    reading: "Ch'ien" and "Qian" (钱), "Hsu" and "Xu", "Fung" and "Feng" (冯). Two pinyin
    spellings are two names ("Chang" is pinyin 常 as well as Wade-Giles 张: not "Zhang")."""
    if not (_aligned(a.latin_readings, a) and _aligned(b.latin_readings, b)):
        return False
    if not (_aligned(a.latin_families, a) and _aligned(b.latin_families, b)):
        return False
    spelled = a.latin_families[position]
    if not (spelled and a.latin_readings[position]):
        return False
    family, given = _readings(a.latin_readings[position])
    for other, entry in enumerate(b.latin_readings):
        spelled_b = b.latin_families[other]
        if not (entry and spelled_b) or (spells_pinyin(spelled) and spells_pinyin(spelled_b)):
            continue
        family_b, given_b = _readings(entry)
        if family & family_b and not _other_given(given, given_b):
            return True
    return False


def _one_character(record: RecordKeys, position: int) -> bool:
    return _aligned(record.han_families, record) and len(record.han_families[position]) == 1


def _sound_alike(spelled: str, transcribed: str) -> bool:
    return bool(spelled and transcribed) and sound_alike(
        frozenset(spelled.split()), frozenset(transcribed.split())
    )


def _transcribed(a: RecordKeys, b: RecordKeys, position: int) -> float:
    """``a``'s author at ``position`` against a Western name and its transcription in katakana
    or hanzi on the other side, by their consonants ("Dower" / ダワー, "Snow" / 斯諾):
    :data:`_TRANSCRIBED` when alike, else 0. Every name in Latin letters is compared, not the
    first alone ('Terasaki Hidenari and Mariko Terasaki Miller, eds.' / マリコ・テラサキ・ミラー
    編): a Japanese book's Western editor or co-author may be named second."""
    spelled = _spelled(a, position)
    if (
        spelled
        and _aligned(b.sounds, b)
        and any(_sound_alike(spelled, sounds) for sounds in b.sounds)
    ):
        return _TRANSCRIBED
    if _aligned(a.sounds, a) and a.sounds[position]:
        heard = a.sounds[position]
        if any(_sound_alike(_spelled(b, other), heard) for other in range(len(b.authors))):
            return _TRANSCRIBED
    return 0.0


# the names in Latin letters whose skeletons block a reference: the first two (four cost the
# 10^5 speed bench 2 CPU s of 28 for no pair more)
_SPELLED_AUTHORS = 2


def spelled_skeletons(record: RecordKeys) -> tuple[str, ...]:
    """The consonant skeletons of the reference's first names in Latin letters (up to
    :data:`_SPELLED_AUTHORS`), each name's space-separated, for blocking: the first author
    of a Japanese book's English citation may not be the Western name transcribed on the
    other side."""
    if not record.first_sounds:
        return ()
    found = (_spelled(record, p) for p in range(min(len(record.authors), _SPELLED_AUTHORS)))
    return tuple(dict.fromkeys(sounds for sounds in found if sounds))


def _spelled(record: RecordKeys, position: int) -> str:
    """The consonant skeletons of ``record``'s author at ``position`` when a name in Latin
    letters ("" for a name in kanji, hanzi or kana): the first name's as the keys keep them
    (:attr:`RecordKeys.first_sounds`, of the name as written), a later one's by its key, in a
    list whose first name is in Latin letters."""
    if position == 0 or not record.first_sounds:
        return record.first_sounds if position == 0 else ""
    for readings in (record.cjk_readings, record.sounds, record.han_families):
        if readings and (len(readings) != len(record.authors) or readings[position]):
            return ""
    if _aligned(record.cyrillic_families, record) and record.cyrillic_families[position]:
        # a later name in Cyrillic by its letters ("Холлидей", HLT), not by its key ("olidei")
        return spelled_sounds(record.cyrillic_families[position])
    return spelled_sounds(record.authors[position])


_RUSSIAN_CONSONANTS = 3  # a transcription into Russian keeps this many consonants at least
_VOWEL_RUN = re.compile("[aeiouy]+")


@lru_cache(maxsize=1 << 14)
def _syllables(name: str) -> int:
    """The vowel groups of a name in Latin letters or its ALA-LC romanization ("Khollidei": 3,
    "Halliday": 3, "Kozlov": 2, "Kiselev": 3)."""
    if text_script(name) is Script.CYRILLIC:
        name = romanize(name, lang="ru", scheme="ala-lc-ascii")
    return len(_VOWEL_RUN.findall(unicodedata.normalize("NFKD", name.lower())))


def _transcribed_into_russian(a: RecordKeys, b: RecordKeys, position: int) -> float:
    """``a``'s author at ``position`` against ``b``'s, one a family name in Cyrillic and the
    other in Latin letters, a Western name that Russian writes by its sounds (Холлидей /
    Halliday, Конквест / Conquest, whose keys "olidei" / "alidai" share few letters): their
    consonant skeletons meet on :data:`_RUSSIAN_CONSONANTS` or more and they have as many
    vowel groups (not Козлов / "Kiselev", one skeleton in two and three syllables):
    :data:`_TRANSCRIBED`, else 0."""
    for mine, theirs in (
        (a.cyrillic_families, b.latin_families),
        (a.latin_families, b.cyrillic_families),
    ):
        if not (_aligned(mine, a) and mine[position] and len(theirs) == len(b.authors)):
            continue
        sounds = latin_sounds(mine[position])
        for other in theirs:
            if not other or _syllables(other) != _syllables(mine[position]):
                continue
            if any(
                len(skeleton) >= _RUSSIAN_CONSONANTS for skeleton in sounds & latin_sounds(other)
            ):
                return _TRANSCRIBED
    return 0.0


def heard_alike(a: RecordKeys, b: RecordKeys) -> bool:
    """Some author of one side agrees with the other's only as a Western name and its
    transcription (:func:`_transcribed`): what an explanation should say of the names."""
    if not (a.sounds or b.sounds):
        return False
    if len(a.authors) > len(b.authors):
        a, b = b, a
    return any(_transcribed(a, b, position) for position in range(len(a.authors)))


def _written_alike(a: RecordKeys, b: RecordKeys, position: int) -> bool:
    """``a``'s author at ``position`` has a family name in kanji or hanzi that one of ``b``'s
    authors writes alike once old, variant and simplified forms are read as the Japanese
    new ones (陸奧 / 陸奥, 澤 / 沢, 陆 / 陸), though each list's language reads it its own way
    (Luao under a Chinese title, Michinoku or Mutsu under a Japanese one), and whose given
    names, where both are written out, share a reading (not 陳舜臣 and 陈立人)."""
    if not (_aligned(a.han_families, a) and _aligned(b.han_families, b)):
        return False
    written = a.han_families[position]
    if not written:
        return False
    given = _readings(a.cjk_readings[position])[1] if _aligned(a.cjk_readings, a) else frozenset()
    for other, family in enumerate(b.han_families):
        if family != written:
            continue
        if not (given and _aligned(b.cjk_readings, b)):
            return True
        if not _other_given(given, _readings(b.cjk_readings[other])[1]):
            return True
    return False


def _printed_alike(a: RecordKeys, b: RecordKeys, position: int) -> bool:
    """``a``'s author at ``position`` has a family name in Latin letters that one of ``b``'s
    prints alike but for case and accents, though each title's language keys it its own way:
    'Wei' under an English title is keyed as a Russian name would be ("vei"), under a pinyin one
    as pinyin ("wei"); 'Tsêng' as Wade-Giles read into pinyin ("zeng") or not ("tseng")."""
    if not (_aligned(a.latin_families, a) and _aligned(b.latin_families, b)):
        return False
    printed = plain(a.latin_families[position])
    return bool(printed) and any(printed == plain(family) for family in b.latin_families)


def _spelled_as_russian(a: RecordKeys, b: RecordKeys, position: int) -> float:
    """``a``'s author at ``position`` against ``b``'s, a name in Latin letters read as
    English, German or French transcribe a Russian one ("Conquest" / Конквест, "Solschenizyn"
    and "Soljénitsyne" / Солженицын, see :func:`spelled_keys`), when one side is Russian: its
    title in Cyrillic or a romanization of Russian, the other's maybe in any language; 0
    otherwise."""
    if not (_russian(a) or _russian(b)):
        return 0.0
    aligned = _aligned(a.latin_families, a)
    mine = _with_spellings([a.authors[position]], [a.latin_families[position]] if aligned else [])
    theirs = _with_spellings(b.authors, b.latin_families if _aligned(b.latin_families, b) else ())
    return max(_name_agreement(first, second) for first in mine for second in theirs)


def _named_in_russian(record: RecordKeys, other: RecordKeys) -> bool:
    """``record``'s names are Cyrillic under a Cyrillic title, ``other``'s in Latin letters."""
    return record.non_latin and not record.latin_families and bool(other.latin_families)


def _stem(key: str) -> str:
    """A foreign family name as Russian prose declines it in the genitive (``монографии
    Голдман, Фильцера, Шехтера``, ``книга Конквеста``): the ``a`` after a consonant dropped;
    the key itself otherwise."""
    if len(key) > _STEM and key[-1] == "a" and key[-2] not in _VOWELS:
        return key[:-1]
    return key


_STEM = 4  # letters a declined name keeps before its ending, at least
_VOWELS = frozenset("aeiouy")


def _declined(a: RecordKeys, b: RecordKeys, position: int) -> float:
    """``a``'s author at ``position`` against ``b``'s, the Cyrillic side's names read without a
    genitive ending, the Latin side's also as they transcribe a Russian name ("Filtzer" /
    Фильцера, "Schechter" / Шехтера); 0 when no name was declined."""
    name = a.authors[position]
    if a.latin_families:
        family = a.latin_families[position] if _aligned(a.latin_families, a) else ""
        mine = _with_spellings([name], [family])
        theirs = {_stem(key) for key in b.authors} - set(b.authors)
    else:
        mine = {_stem(name)} - {name}
        theirs = _with_spellings(b.authors, b.latin_families)
    return 1.0 if mine & theirs else 0.0


def _with_spellings(keys: Iterable[str], families: Iterable[str]) -> set[str]:
    """Name keys and the keys of the Latin family names as they transcribe a Russian name
    (see :func:`spelled_keys`)."""
    spelled = set(keys)
    for family in families:
        if family:
            spelled |= spelled_keys(family)
    return spelled


def _russian(record: RecordKeys) -> bool:
    return record.non_latin or record.title_base_lang in _ROMANIZED_RUSSIAN


_ROMANIZED_RUSSIAN = ("ru", "uk", "be")


def _aligned(readings: tuple[str, ...], record: RecordKeys) -> bool:
    # authors added after the keys were built (names read out of a title) have none
    return bool(readings) and len(readings) == len(record.authors)


def author_similarity(a: RecordKeys, b: RecordKeys) -> float:
    """The share of the shorter author list found in the longer one (0..1): by family name,
    by a typo or a part of it, (same position in both lists) with family and given names
    the other way round, or, in Latin letters against kanji or hanzi, by their readings, or
    against a transcription in katakana or hanzi, by their consonants, or, in kanji or hanzi
    on both sides, by their characters in one form (陸奧 / 陸奥)."""
    if len(a.authors) > len(b.authors):
        a, b = b, a
    short, long = a.authors, b.authors
    forms_a, forms_b = a.author_forms, b.author_forms
    aligned = len(forms_a) == len(short) and len(forms_b) == len(long)
    # only where one side has a name in kanji or hanzi and the other one in Latin letters or
    # in kanji or hanzi too
    read = bool(a.cjk_readings) and bool(b.latin_readings or b.cjk_readings)
    read = read or bool(a.latin_readings and b.cjk_readings)
    found = 0.0
    for position, name in enumerate(short):
        if name in long:
            found += 1
            continue
        best = max(_name_agreement(name, other) for other in long)
        if best < 0.9 and aligned:
            for other, family in enumerate(long):
                swapped = _swapped(forms_a[position], forms_b[other], name, family)
                if swapped >= 0.9 or other == position:
                    best = max(best, swapped)
        if best < 1 and read:
            best = max(best, _by_readings(a, b, position))
        if best < 1 and _written_alike(a, b, position):
            best = 1.0
        if best < 1 and _printed_alike(a, b, position):
            best = 1.0
        if best < 1 and _romanized_alike(a, b, position):
            best = 1.0
        if best < 1 and _read_in_cyrillic(a, b, position):
            best = 1.0
        if best < 1 and _spelled_apart(a, b, position):
            best = 1.0
        if best < _PEN_NAME and pen_name_of(a, position, b):
            best = _PEN_NAME  # "Takuboku" / 石川: the gō and the family name
        if best < _TRANSCRIBED and (a.sounds or b.sounds):
            best = max(best, _transcribed(a, b, position))
        if best < _NAME_FLOOR / 100 and (a.latin_families or b.latin_families):
            best = max(best, _spelled_as_russian(a, b, position))
        if best < _TRANSCRIBED and (a.cyrillic_families or b.cyrillic_families):
            best = max(best, _transcribed_into_russian(a, b, position))
        if best < 1 and (_named_in_russian(a, b) or _named_in_russian(b, a)):
            best = max(best, _declined(a, b, position))
        found += best
    return found / len(short)
