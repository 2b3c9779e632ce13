"""Titles compared across scripts and schemes: similarity, and when equal titles decide.

Title keys (``keys.TitleKey``) are script- and scheme-independent; this module compares them
(rapidfuzz ratios, a title run into by author names, words shuffled, a number read out on one
side) and says when an equal title is telling on its own: across scripts, two romanizations,
long enough, or a kanji title read by the machine against its author's romaji.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz

from archivecite.dedupe.agreement import title_numbers
from archivecite.dedupe.bracketed_originals import (
    BRACKETED_ORIGINAL,
    bracketed_original,
    romanized_in_brackets,
)
from archivecite.dedupe.cut_titles import CUT_TITLE, cut_title_opening
from archivecite.dedupe.katakana_titles import katakana_transcription
from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.numbers import in_digits
from archivecite.dedupe.people import NAME_PIECE
from archivecite.dedupe.readings import (
    AS_CHINESE,
    AS_MAINLAND,
    AS_ONYOMI,
    TitleKey,
    counted_years_keys,
    reading_keys,
    text_script,
)
from archivecite.dedupe.reread_titles import reread_keys
from archivecite.dedupe.title_keys import UNCITED, without_opening_edition
from archivecite.model import Script
from archivecite.translit import detect_scheme
from archivecite.translit.japanese.forms import japanese_forms

__all__ = [
    "BRACKETED",
    "CJK_SCRIPTS",
    "CONVERTED",
    "EQUAL_TITLE",
    "IN_MANDARIN",
    "MONOGRAPH_KINDS",
    "NAMED_TITLE",
    "THROUGH_BRACKETS",
    "WITHOUT_SUBTITLE",
    "equal_across_scripts",
    "headed_similarity",
    "is_short",
    "long_equal_title",
    "main_part",
    "main_title_keys",
    "numbers_of_the_main_title",
    "read_by_machine",
    "same_people_main_title",
    "standalone_book",
    "telling_length",
    "title_inside_a_compilation",
    "title_similarity",
    "title_words",
    "translated",
    "two_scripts",
]

EQUAL_TITLE = 100.0
MONOGRAPH_KINDS = frozenset(("book", "thesis", "collection", "report"))


def standalone_book(record: RecordKeys) -> bool:
    """A monograph (book, thesis, collection, report) in no journal or collection."""
    return record.kind in MONOGRAPH_KINDS and not record.container


_CONTAINED_MIN = 30
CJK_SCRIPTS = frozenset((Script.HAN, Script.KANA))  # kanji, hanzi, kana: words run together
_SHUFFLED_MIN = 6  # words of a title found, in any order, in a longer one
_EXTRA = 3  # ... that has at most this many other words


def translated(a: RecordKeys, b: RecordKeys) -> bool:
    """One title in Cyrillic or CJK script, the other in Latin: maybe a translation."""
    return a.non_latin != b.non_latin


def _own_lengths(a: RecordKeys, b: RecordKeys, *, spaces: bool = True) -> list[int]:
    """The length of each title, its longest key as written or romanized: a translation in
    brackets ("[Tekst]", "[Letters]") does not make a title short, nor does one reading of
    kanji that comes out shorter than another (河南省浚縣彝器 as pinyin and as on'yomi); a
    Japanese title's Mandarin reading, for its translation only, does not make it long."""
    lengths = []
    for side in (a, b):
        keys = [
            t.key
            for t in side.titles
            if not t.how.startswith("translation:") and t.how not in (AS_CHINESE, AS_ONYOMI)
        ]
        keys = keys or [t.key for t in side.titles]
        if keys:
            lengths.append(max(len(key if spaces else key.replace(" ", "")) for key in keys))
    return lengths


def read_by_machine(a: RecordKeys, b: RecordKeys) -> bool:
    """One title in Japanese script (romanized by our reading), the other in romaji."""
    return translated(a, b) and any(
        (side.title_lang or "").startswith("ja") or text_script(side.title_original) is Script.KANA
        for side in (a, b)
    )


def is_short(a: RecordKeys, b: RecordKeys) -> bool:
    return min(_own_lengths(a, b), default=0) < 20


@lru_cache(maxsize=1 << 17)
def title_form(original: str, lang: str | None) -> str:
    """What a title is written in, for reasons: ``Cyrillic``, ``BGN-PCGN``, ``kana``..."""
    script = text_script(original)
    base = (lang or "").split("-")[0] or None
    if script is Script.LATIN and base in (None, "ru", "uk", "be"):
        schemes = detect_scheme(original)
        if len(schemes) == 1:
            return schemes[0].upper()
    return _SCRIPT_NAMES.get(script, "text")


_SCRIPT_NAMES = {Script.CYRILLIC: "Cyrillic", Script.LATIN: "Latin"}
_SCRIPT_NAMES |= {Script.HAN: "kanji/hanzi", Script.KANA: "kana"}


def _form(record: RecordKeys) -> str:
    return title_form(record.title_original, record.title_lang)


def _as_romaji(record: RecordKeys, other: RecordKeys) -> tuple[TitleKey, ...]:
    """A Latin title's reading as romaji when the other's is kanji or kana and the words did
    not say Japanese ("Daijigen" / 角川大字源)."""
    if not other.non_latin or record.non_latin or not record.title_original:
        return ()
    if text_script(other.title_original) not in CJK_SCRIPTS:
        return ()
    seen = {title.key for title in record.titles}
    return tuple(
        TitleKey(key, "as romaji")
        for key in reading_keys(record.title_original, "ja")
        if key not in seen
    )


def title_similarity(a: RecordKeys, b: RecordKeys) -> tuple[float, str]:
    best, how = 0.0, ""
    keys_a = a.titles + _as_romaji(a, b) + bracketed_original(a, b)
    keys_b = b.titles + _as_romaji(b, a) + bracketed_original(b, a)
    # a word of a kanji title in the reading its romaji spells (気質 katagi, not kishitsu)
    keys_a += reread_keys(a, b, (key.key for key in keys_b))
    keys_b += reread_keys(b, a, (key.key for key in keys_a))
    japanese = any((side.title_lang or "").startswith("ja") for side in (a, b))
    translation_equal = converted_equal = False
    books = a.kind in MONOGRAPH_KINDS and b.kind in MONOGRAPH_KINDS
    for first in keys_a:
        for second in keys_b:
            if first.how == second.how == UNCITED:
                continue  # two prefixes cut: their titles as written are compared
            mandarin = AS_CHINESE in (first.how, second.how)
            if first.key == second.key or (japanese and _one_loanword(first.key, second.key)):
                if mandarin:
                    # equal as a translation only when no other reading makes them equal
                    # (太平洋戰爭 read as Japanese is 太平洋戦争 itself)
                    translation_equal = True
                    continue
                if AS_MAINLAND in (first.how, second.how):
                    converted_equal = True  # the same, unless the words as written are equal
                    continue
                return 100.0, _equal_title_reason(a, b, first.how, second.how)
            if books and not mandarin and _equal_past_article(first.key, second.key):
                return 100.0, "titles equal past an initial article"
            value = key_similarity(first.key, second.key)
            if _has_digit(first.key) != _has_digit(second.key):
                # a number in digits on one side only, read out on the other: "うみの100かいだて
                # のいえ" / "Umi no hyakkaidate no ie" (two numbers in digits must agree)
                value = max(
                    value, key_similarity(*(_DIGITS.sub("", t.key) for t in (first, second)))
                )
                # "Сто сорок бесед с Молотовым" / "140 бесед с Молотовым": the words read out
                value = max(value, _numbers_read_out(first.key, second.key, key_similarity))
            if value > best:
                read = IN_MANDARIN if mandarin else "after romanization"
                best, how = value, f"titles {value:.0f}% similar {read}"
    if translation_equal:
        return 100.0, f"titles equal {IN_MANDARIN}"
    if converted_equal:
        return 100.0, CONVERTED
    if best < EQUAL_TITLE and cut_title_opening(a, b):
        return EQUAL_TITLE, CUT_TITLE
    if best < _NAMED_TITLE_CEILING and _name_before_title((a, keys_a), (b, keys_b)):
        return EQUAL_TITLE, NAMED_TITLE
    if best < 90:
        headed, _, _ = headed_similarity(a, b)
        if headed > best:
            best, how = headed, f"titles {headed:.0f}% similar {_PAST_HEAD}"
    if best < 90 and (translated(a, b) or a.kind in MONOGRAPH_KINDS or b.kind in MONOGRAPH_KINDS):
        # a book's short note drops its subtitle; a paper cited without its subtitle is as
        # often another paper of the same people (Cora)
        main = _main_title_similarity(a, b)
        if main > best:
            cut = BRACKETED if any(map(_bracketed, (a, b))) else WITHOUT_SUBTITLE
            best, how = main, f"titles {main:.0f}% similar: {cut}"
    if best < 90:
        heard, said = katakana_transcription(a, b)  # «Дерсу Узала» / デルスウ・ウザーラ
        if heard > best:
            best, how = heard, said
    return best, how


# a title equal to the other's original, romanized in brackets after it: a translation
THROUGH_BRACKETS = f"titles equal through {BRACKETED_ORIGINAL}: a translation"
# a title equal to another's main title, before its subtitle
WITHOUT_SUBTITLE = "one without its subtitle"
# a title equal to another's part before the words in brackets after it: which edition is
# not known, as with 在历史巨人身边 in brackets followed by "the newest enlarged edition"
BRACKETED = "one without the words in brackets after it, an edition's maybe"


def _bracketed(record: RecordKeys) -> bool:
    """The title's main part ends where words in brackets close it (:data:`_SUBTITLE`)."""
    title = without_opening_edition(record.title_original)
    cut = _SUBTITLE.search(title)
    return cut is not None and title[cut.start() :].lstrip()[:1] in "(（"


_DOUBLED = re.compile(r"t(?=ch)|(?<=([b-df-hj-np-tv-z]))\1")
_SMALL_I = re.compile(r"(?<=[td])ei")
_LOANWORD_SLACK = 3  # letters one key may have more


def _one_loanword(first: str, second: str) -> bool:
    """Two Japanese keys (their words run together) equal but for how a loanword is spelt: ッ
    before a consonant kept or dropped (サイバネティクス, "Saibanetikkusu"; マッチ / "machi"),
    ティ / ディ written out as テイ / デイ (the old typesetting's full-size イ, "Saibaneteikkusu").
    The keys keep both: their length says how telling an equal title is, and 出井 is Idei."""
    if abs(len(first) - len(second)) > _LOANWORD_SLACK or " " in first or " " in second:
        return False
    return first != second and _loanword_key(first) == _loanword_key(second)


@lru_cache(maxsize=1 << 16)
def _loanword_key(key: str) -> str:
    return _DOUBLED.sub("", _SMALL_I.sub("i", key).replace("ti", "chi").replace("di", "ji"))


_NAMED_TITLE_MIN = 6  # letters of the title left after the name
_NAMED_TITLE_CEILING = 90  # a name run into a title leaves the two this far apart at least
# a Japanese title's kanji read in Mandarin against a Chinese title (in pinyin or hanzi): the
# Chinese translation keeps the original's characters (『中国共産党成立史』, 2001 / 'Zhongguo
# Gongchandang chengli shi', Beijing, 2006), another edition of the work
IN_MANDARIN = "read in Mandarin: a Japanese title and its Chinese translation"
# 學好檔案抓住綱 on a Taiwanese page, 学好文件抓住纲 as the editorial was printed: a converter to
# traditional characters put Taiwan's word 檔案 for 文件 (readings.mainland_words)
CONVERTED = (
    "titles equal with the mainland's word for a converter's Taiwanese one: one text, the"
    " edition not known"
)
NAMED_TITLE = "titles equal after romanization, one with its author's or publisher's name before it"


def _name_before_title(
    a: tuple[RecordKeys, tuple[TitleKey, ...]], b: tuple[RecordKeys, tuple[TitleKey, ...]]
) -> bool:
    """A reference work known by its author's or publisher's name run into its title:
    諸橋大漢和辞典 for Morohashi's "Dai Kanwa Jiten", 角川大字源 for "Daijigen (Kadokawa
    shoten)". The name must be the other side's author, or the start of its publisher's."""
    for (_, long_keys), (short, short_keys) in ((a, b), (b, a)):
        for named in long_keys:
            glued = named.key.replace(" ", "")
            for title in short_keys:
                bare = title.key.replace(" ", "")
                if len(bare) < _NAMED_TITLE_MIN or len(glued) <= len(bare):
                    continue
                if not glued.endswith(bare):
                    continue
                name = glued[: -len(bare)]
                if (
                    name in short.authors
                    or name == short.given_first
                    or any(
                        publisher.startswith(name)
                        for publisher in short.publisher
                        if len(name) >= 3
                    )
                ):
                    return True
    return False


# a subtitle after a colon, a full stop or a dash: "СССР и Сталин в судьбах Китая: Документы и
# свидетельства", "Детство и юность вождя. Документы, записи, рассказы"
_SUBTITLE = re.compile(
    r"\s*(?:[:.]|\s[—–-])\s+\S"
    # Japanese and Chinese: a dash, a full-width colon or a space between the main title and its
    # subtitle (害虫の誕生―虫からみた日本史, 江戸の捨て子たち その肖像)
    r"|[―─—–〜：]+|(?<=[\u3040-\u9fff])[\s\u3000]+(?=[\u3040-\u9fff])"
    # or a minus sign for the dash, after a kanji or kana (アジア・太平洋戦争 −日本近現代史⑥−)
    r"|(?<=[\u3040-\u9fff])[\s\u3000]*[−－]"
    # or an ASCII colon between them, as converted pages print it (历史转折的前奏:邓小平在1975,
    # 十年论战:1956~1966中苏关系回忆录)
    r"|(?<=[\u3040-\u9fff]):(?=[\d\s~～\-—–]*[\u3040-\u9fff])"
    # or in parentheses that close the title, as a Chinese catalogue or shop prints a subtitle
    # or an edition's name (在历史巨人身边(师哲回忆录最新增订本), 毛泽东传(1949-1976))
    r"|(?<=[\u3040-\u9fff])\s*[(（](?=[^()（）]+[)）]\s*$)"
)
# the long-vowel mark typed for the dash before a subtitle, between a katakana word and kanji
# ('サイバネティクスー動物と機械における制御と通信' for 'サイバネティクス―…'): tried only where no
# other mark cuts the title, after four katakana at least and before three characters or more
_LONG_MARK_DASH = re.compile(
    r"(?<=[\u30a1-\u30fa]{4})ー(?=[\u4e00-\u9fff][\u3041-\u30fa\u4e00-\u9fff]{2})"
)
_VOLUME_AFTER = re.compile(
    r"[\s:.\-―─—–〜：(（−－]*(?:第?[0-9０-９一二三四五六七八九十百]+[巻卷冊輯編号部]|[上中下]巻?(?:\W|$)"
    r"|(?:vol|t|т|tom|том|ч|part|pt)\.?\s*[0-9IVXLC]"
    # or the years a part covers, in brackets: 毛泽东传(1949—1976), one of two books
    r"|(?<=[(（])\s*\d{3,4}\s*[-—–~～]+\s*\d)",
    re.IGNORECASE,
)
_MAIN_TITLE_LETTERS = 12  # a main title this long names a work without its subtitle
_MAIN_TITLE_FLOOR = 95
_MAIN_EXACT = 0.95 * 100  # what _main_title_similarity gives a main title equal to the other


def _main_title_similarity(
    a: RecordKeys, b: RecordKeys, letters: int = _MAIN_TITLE_LETTERS, words: int = 1
) -> float:
    """A title cited without its subtitle: the shorter title against the main title of the
    longer one (its part before the subtitle), at most 95 (a subtitle may also tell works
    apart); 0 when that main title is shorter than ``letters``, has fewer than ``words`` words
    (where both titles space their words), or is not nearly equal."""
    best = 0.0
    for long, short in ((a, b), (b, a)):
        original = _main_part(long.title_original)
        if original is None:
            continue
        spaced = not {text_script(original), text_script(short.title_original)} & CJK_SCRIPTS
        if spaced and len(original.split()) < words:
            continue
        for main in _main_keys(original, long, short):
            if len(main.replace(" ", "")) < letters:
                continue
            # a Latin title read as romaji too: 'Nomonhan' / ノモンハン (its key as romaji)
            for title in short.titles + _as_romaji(short, long):
                value = fuzz.ratio(main, title.key)
                if value < _MAIN_TITLE_FLOOR and _has_digit(main) != _has_digit(title.key):
                    value = _numbers_read_out(main, title.key, fuzz.ratio)  # "140" / "сто сорок"
                if value >= _MAIN_TITLE_FLOOR:
                    best = max(best, 0.95 * value)
    return best


def _main_keys(original: str, long: RecordKeys, short: RecordKeys) -> tuple[str, ...]:
    """The keys of ``long``'s main title ``original``, read as romaji too when it is in Latin
    letters and ``short``'s title in kana or kanji ('Nomonhan: Japan Against Russia, 1939' /
    クックス『ノモンハン』)."""
    keys = reading_keys(original, long.title_lang) + counted_years_keys(original)
    cjk = text_script(short.title_original) in CJK_SCRIPTS
    if cjk and not long.non_latin and text_script(original) not in CJK_SCRIPTS:
        keys += tuple(key for key in reading_keys(original, "ja") if key not in keys)
    return keys


def _main_part(title: str) -> str | None:
    """A title's part before its subtitle; ``None`` without one, or when what follows is a
    volume ("日本外交文書 第1巻", "История. Т. 2": one volume, not a subtitle); an edition word
    before the title proper is neither ("新訂 蹇蹇録―日清戦争外交秘録": 蹇蹇録)."""
    title = without_opening_edition(title)
    cut = _SUBTITLE.search(title) or _LONG_MARK_DASH.search(title)
    if cut is None or _VOLUME_AFTER.match(title, cut.start()):
        return None
    return title[: cut.start()]


def numbers_of_the_main_title(a: RecordKeys, b: RecordKeys) -> bool:
    """The numbers of one title's main part are the other's whole title's: the numbers that
    part them are in the subtitle the other drops ('Wu Lengxi, Shinian lunzhan' / 十年论战:
    1956~1966中苏关系回忆录)."""
    for long, short in ((a, b), (b, a)):
        main = _main_part(long.title_original)
        if main is None or not short.numbers[0]:
            continue
        for key in reading_keys(main, long.title_lang) + counted_years_keys(main):
            if title_numbers(key, main.lower())[0] == short.numbers[0]:
                return True
    return False


def main_part(title: str) -> str | None:
    """A title's main part, before its subtitle (``None`` without one)."""
    return _main_part(title)


def main_title_keys(record: RecordKeys) -> tuple[str, ...]:
    """The keys of a title's main part, before its subtitle ('キメラ' of 'キメラ―満州国の
    肖像'), for a citation that drops the subtitle to meet it; () without a subtitle."""
    main = _main_part(record.title_original)
    return () if main is None else reading_keys(main, record.title_lang) + counted_years_keys(main)


def same_people_main_title(a: RecordKeys, b: RecordKeys) -> float:
    """:func:`_main_title_similarity` for the same people's book, whose short main title says
    enough ('キメラ' by 山室信一 / 'キメラ―満州国の肖像' by 山室信一); a single word, where
    neither title is in a script that runs its words together ('Сталин'), still does not."""
    return _main_title_similarity(a, b, letters=_SAME_PEOPLE_MAIN_LETTERS, words=2)


_SAME_PEOPLE_MAIN_LETTERS = 5


def title_inside_a_compilation(a: RecordKeys, b: RecordKeys) -> bool:
    """One side's whole title is only the main title of the other's, and the other names
    people this one does not: 'A. T. Rybin, Riadom so Stalinym, 23.' / «Рядом со Сталиным.
    На службе у вождя» (Рыбин, Чадаев), a later compilation that holds Rybin's memoir beside
    Chadaev's. The longer title under more names may be another work that carries this one's
    title; only a year or a publisher on both sides tells that it is the book itself ('Jansen,
    Stalin's Loyal Executioner, 187' / Jansen and Petrov, 'Stalin's Loyal Executioner: People's
    Commissar Nikolai Ezhov', both 2002)."""
    if (
        not (a.authors and b.authors)
        or len(a.authors) == len(b.authors)
        or a.kind not in MONOGRAPH_KINDS
        or b.kind not in MONOGRAPH_KINDS
    ):
        return False
    fewer, more = (a, b) if len(a.authors) < len(b.authors) else (b, a)
    main = _main_part(more.title_original)
    if main is None:
        return False
    mains = set(reading_keys(main, more.title_lang))
    whole = {title.key for title in more.titles}
    return any(
        title.key not in whole
        and any(fuzz.ratio(key, title.key) >= _MAIN_TITLE_FLOOR for key in mains)
        for title in fewer.titles
        if not title.how.startswith("translation:")
    )


# A short note (Chicago 14.29-14.32: the author's family name, a short title, the page) names a
# work by the opening words of its main title, an initial article dropped: "Snyder, Bloodlands,
# 179–80." for "Bloodlands: Europe Between Hitler and Stalin", "Getty and Naumov, Road to Terror"
# for "The Road to Terror: Stalin and the Self-Destruction of the Bolsheviks".
_ARTICLES = frozenset(("te", "a", "an"))  # "The", "A", "An" as title keys spell them


def title_words(key: str) -> list[str]:
    """A title key's words, past an initial article."""
    words = key.split()
    return words[1:] if len(words) > 1 and words[0] in _ARTICLES else words


def _equal_past_article(first: str, second: str) -> bool:
    """Two book titles one of which opens with an article the other has not: "The Family" (Sidney
    Shapiro's translation of 巴金's 家, 1958) and the 1972 Anchor edition's "Family"; papers are
    left to the similarity of their keys (read as equal, Cora's pairs joined fewer)."""
    if first.split()[:1] == second.split()[:1]:
        return False
    return title_words(first) == title_words(second)


_PAST_HEAD = "past author names run into one"
_DIGITS = re.compile(r"\d+")


def _numbers_read_out(first: str, second: str, compare: Callable[[str, str], float]) -> float:
    """Two title keys compared with their numbers in words put in digits (:func:`in_digits`);
    0 unless the numbers then agree ("sto sorok besed" / "40 besed": another number)."""
    read_first, read_second = in_digits(first), in_digits(second)
    if read_first == first and read_second == second:
        return 0.0
    if set(_DIGITS.findall(read_first)) != set(_DIGITS.findall(read_second)):
        return 0.0
    return compare(read_first, read_second)


def _has_digit(key: str) -> bool:
    return _DIGITS.search(key) is not None


def key_similarity(first: str, second: str) -> float:
    """ratio / token_sort_ratio (also with the spaces gone: words run together), and a title
    cut short after its first 25 characters ("Stream: the Stanford stream data manager" +
    "(demonstration description)") at 95 %."""
    sort = fuzz.token_sort_ratio(first, second)
    value = max(fuzz.ratio(first, second), sort)
    short, long = (first, second) if len(first) <= len(second) else (second, first)
    glued_short, glued_long = short.replace(" ", ""), long.replace(" ", "")
    if value < 95:
        value = max(value, fuzz.ratio(glued_short, glued_long))
    if len(short) >= 25 and value < 95:
        value = max(value, 0.95 * fuzz.ratio(short, long[: len(short)]))
    if (
        len(short) >= _CONTAINED_MIN
        and value < 90
        and short.count(" ") >= 4
        and fuzz.partial_ratio(glued_short, glued_long) >= 95
    ):
        # one title inside a longer, noisy one: "z. protopapas fast nearest neighbor ... in proc"
        value = 90.0
    # the sorted words of one inside the other's give token_sort_ratio exactly 2s / (s + l)
    inside = sort >= 200 * len(short) / (len(short) + len(long)) - 1e-9
    if value < 90 and inside and _shuffled(short, long):
        # every word of one title in the other, in another order, with few more: "the tsql2
        # final language definition announcement" / "announcement-the temporal query language
        # tsql2 final language definition" (not "strudel: a web-site management system" /
        # "catching the boat with strudel: experiences with a ...")
        value = 90.0
    return value


def _shuffled(short: str, long: str) -> bool:
    """Every word of ``short`` (six at least) in ``long``, which has at most three more."""
    words, others = set(short.split()), set(long.split())
    return len(words) >= _SHUFFLED_MIN and words <= others and len(others - words) <= _EXTRA


_HEAD = 60  # letters of a citation's tail (authors, year) run into the front of a title
_HEAD_PROBE = 8  # letters of the other title's start looked for after such a head


def _after_head(first: str, second: str, names: tuple[str, ...]) -> tuple[float, str]:
    """``second`` read from where ``first`` starts, past a head that names one of the authors
    (the tail of a citation's author list run into its title), both cut to the shorter:
    "ye loannidis pj haas and ej shekita improved histograms for selectivity estimation of
    range" / "improved histograms for ... of range predicates" (spaces gone). At most 90, as
    for a title inside a longer one; 0 for a head of title words ("noise tolerant").
    ``(similarity, head)``."""
    start = second.find(first[:_HEAD_PROBE], 1, _HEAD + _HEAD_PROBE)
    if start < 0:
        return 0.0, ""
    rest = second[start:]
    common = min(len(first), len(rest))
    head = second[:start]
    if common < _CONTAINED_MIN or not any(name in head for name in names):
        return 0.0, ""
    return min(90.0, 0.95 * fuzz.ratio(first[:common], rest[:common])), head


def headed_similarity(a: RecordKeys, b: RecordKeys) -> tuple[float, RecordKeys, RecordKeys]:
    """The best :func:`_after_head` of any two title keys, either way round, and the two
    records with the authors of one that the other's head names added to the other's."""
    best, best_head, headed = 0.0, "", 0
    if not (a.authors or b.authors):
        return best, a, b
    names: tuple[str, ...] = ()
    window = _HEAD + _HEAD_PROBE
    for first in a.titles:
        for second in b.titles:
            key_a, key_b = first.key, second.key
            if key_b.find(key_a[:_HEAD_PROBE], 1, window) < 0 and (
                key_a.find(key_b[:_HEAD_PROBE], 1, window) < 0
            ):
                continue  # most pairs: neither title starts inside the other's front
            glued_a, glued_b = key_a.replace(" ", ""), key_b.replace(" ", "")
            names = names or tuple(n for n in (*a.authors, *b.authors) if len(n) >= NAME_PIECE)
            for side, (value, head) in enumerate(
                (_after_head(glued_b, glued_a, names), _after_head(glued_a, glued_b, names))
            ):
                if value > best:
                    best, best_head, headed = value, head, side
    if best_head:
        own, other = (a, b) if headed == 0 else (b, a)
        named = tuple(n for n in other.authors if n in best_head and n not in own.authors)
        if named:
            own = replace(own, authors=own.authors + named, author_forms=())
            a, b = (own, other) if headed == 0 else (other, own)
    return best, a, b


def _equal_title_reason(a: RecordKeys, b: RecordKeys, how_a: str, how_b: str) -> str:
    if BRACKETED_ORIGINAL in (how_a, how_b):
        return THROUGH_BRACKETS
    via = [h.split(":", 1)[1] for h in (how_a, how_b) if h.startswith("translation:")]
    if via:
        return f"titles equal through the translation ({', '.join(via)})"
    same_text = (a.title_original, a.title_lang) == (b.title_original, b.title_lang)
    form_a, form_b = ("", "") if same_text else (_form(a), _form(b))
    if form_a == form_b:
        return "titles equal after normalization"
    return f"titles equal after romanization ({form_a} ↔ {form_b})"


def equal_across_scripts(
    a: RecordKeys, b: RecordKeys, title: float, *, shortest: int | None = None
) -> bool:
    """A title equal to the other's romanization (男子問題の時代 / "Danshi mondai no jidai"):
    strong evidence even when short, unless it is a recurring one ("Предисловие"); shorter
    still (国际法 / "Guo ji fa") when both give the same year. ``shortest``: the letters asked
    of an undated title, :data:`_EQUAL_SHORT` unless given."""
    dated = a.year is not None and a.year == b.year
    # or equal to the other's main title, the same year: "Gendai kuyō ronkō" / 『現代供養論考 …』
    main = dated and title >= _MAIN_EXACT and _main_title_similarity(a, b) >= _MAIN_EXACT
    return (
        (title >= EQUAL_TITLE or main)
        and (
            translated(a, b)
            or _two_romanizations(a, b)
            or two_scripts(a, b)
            or _two_writings(a, b)
            or romanized_in_brackets(a, b)
        )
        and not (a.column or b.column)
        and min(_own_lengths(a, b, spaces=False))
        >= (_EQUAL_DATED if dated else shortest or _EQUAL_SHORT)
    )


def two_scripts(a: RecordKeys, b: RecordKeys) -> bool:
    """One title in Cyrillic, the other in hanzi ("Чжоу Эньлай сюаньцзи" in Palladius /
    周恩來選集): equal readings of two scripts are no coincidence either."""
    return (
        a.non_latin
        and b.non_latin
        and text_script(a.title_original) is not text_script(b.title_original)
    )


_NON_WORD = re.compile(r"[\W_]+")


def _two_writings(a: RecordKeys, b: RecordKeys) -> bool:
    """One title in characters written two ways, in old and new forms (國史大辭典 / 国史大辞典)
    or in traditional and simplified ones (中國之命運 / 中国之命运): two sources that wrote it
    apart, as telling as two romanizations. Characters that only read alike (大辞典 / 大字典,
    both "daijiten") are two titles."""
    if not (a.non_latin and b.non_latin):
        return False
    first, second = (_NON_WORD.sub("", side.title_original) for side in (a, b))
    return (
        first != second
        and text_script(first) in CJK_SCRIPTS
        and japanese_forms(first) == japanese_forms(second)
    )


def _two_romanizations(a: RecordKeys, b: RecordKeys) -> bool:
    """Two romanizations of one title, written apart ("Li shi de hui huang" / "Lishi de
    huihuang", "Predislovie" / "Predisloviye"): as telling as the title and its original."""
    return (
        a.title_original != b.title_original
        and all((side.title_lang or "").endswith("-Latn") for side in (a, b))
        and not (a.non_latin or b.non_latin)
    )


_EQUAL_SHORT = 12  # letters of a title key (Japanese keys run their words together)
_EQUAL_DATED = 6


def telling_length(a: RecordKeys, b: RecordKeys) -> bool:
    """Both titles long enough that, equal, they name one work without a year to confirm."""
    return min(_own_lengths(a, b, spaces=False), default=0) >= _EQUAL_SHORT


_LONG_TITLE = 30  # letters and spaces of a title key that two works seldom share


def long_equal_title(a: RecordKeys, b: RecordKeys, title: float) -> bool:
    """Titles equal and long, of one part, not a recurring column, in the same year (or a
    year on one side only)."""
    return (
        title >= EQUAL_TITLE
        and not (a.column or b.column)
        and (a.year is None or b.year is None or a.year == b.year)
        and a.parts == b.parts
        and min(_own_lengths(a, b)) >= _LONG_TITLE
    )
