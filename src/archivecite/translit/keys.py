"""One matching key per phrase, the same in Cyrillic and in every romanization of it.

Both sides are reduced to a coarse Latin skeleton: signs and apostrophes dropped, й/и/ы/y/j
merged, е/ё/э/ye merged, ц = ts = c, х = kh = h = x, щ = shch = sh, я/ю/ё lose their glide
(ya, ia, ja, â → a; ё, yo, ë → e), double letters collapsed. Japanese (kana, or romaji
with ``lang="ja"``) loses long-vowel marks and spaces; Chinese (hanzi, or pinyin with
``lang="zh"``; Palladius Cyrillic and Wade-Giles are read as pinyin) loses tones, apostrophes
and spaces, and merges what Wade-Giles loses with its marks (aspirated and plain initials; zhu
and ju, you and yu). Everything is ``str.translate`` plus a few compiled regexes, since dedupe
builds this for 10^6 references.
"""

from __future__ import annotations

import re
import unicodedata

from archivecite.model import Script
from archivecite.translit.chinese import romanize_chinese
from archivecite.translit.detect import detect_script
from archivecite.translit.greek import unmix_greek
from archivecite.translit.japanese import romanize_japanese
from archivecite.translit.kana import kana_to_romaji
from archivecite.translit.palladius import palladius_to_pinyin
from archivecite.translit.wade_giles import (
    looks_like_wade_giles,
    spells_pinyin,
    wade_giles_to_pinyin,
)

__all__ = ["match_key"]

_CYRILLIC = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziiklmnoprstufie", strict=True)),
        "ё": "io",
        "ж": "zh",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "sh",
        "ъ": None,
        "ь": None,
        "ю": "iu",
        "я": "ia",
        # pre-1918, Ukrainian, Belarusian
        "і": "i",
        "ѣ": "e",
        "ѳ": "f",
        "ѵ": "i",
        "ґ": "g",
        "є": "ie",
        "ї": "i",
        "ў": "u",
    }
)
_UK_BE = str.maketrans({"г": "kh"})  # ALA-LC and everyone else write Ukrainian г as h

# Letters with diacritics that carry a different sound (ISO 9, scientific, ALA-LC); the
# rest lose their marks through NFD.
_LATIN = str.maketrans(
    {
        "č": "ch",
        "š": "sh",
        "ž": "zh",
        "ŝ": "sh",
        "û": "iu",
        "â": "ia",
        "ë": "io",
        "ĭ": "i",
        "ʹ": None,
        "ʺ": None,
        "'": None,
        "’": None,
        "ʼ": None,
        '"': None,
        "”": None,
        "`": None,
        "·": None,
        "\u0361": None,
        "\ufe20": None,
        "\ufe21": None,
        "-": " ",
        "‐": " ",
        "x": "kh",
        "w": "v",
        "q": "k",
    }
)
_MARK_PATTERN = re.compile(r"[\u0300-\u036f]")
_NON_WORD_PATTERN = re.compile(r"[\W_]+")
_RULES = (
    # The order matters: digraphs first, then what is left of their letters.
    # щ and ч as French and German write them (Khrouchtchev, Chruschtschow; Kaganovitch,
    # Kaganowitsch): chtch, schtsch, tch, tsch (and тч, as in отчет, meets ч on both sides)
    (re.compile(r"schtsch|chtch"), "sh"),
    (re.compile(r"t?tsch|tch"), "ch"),
    (re.compile(r"shch|shh|sch"), "sh"),
    (re.compile(r"cz"), "ts"),  # GOST 7.79 B
    (re.compile(r"tc(?!h)|c(?!h)"), "ts"),  # GOST 52535 tc, ISO c
    # Telegram writes щ as sc, ISO writes сц as sc: both meet at sh (so does Cyrillic сц).
    (re.compile(r"sts"), "sh"),
    # ж is zh, ž, or j (Telegram), and j is й elsewhere: ж, й, j, y and i share one letter.
    (re.compile(r"zh|[yj]"), "i"),
    # х is kh, h or x, and GOST 16876 B writes э as eh: х leaves no trace in the key.
    (re.compile(r"skh"), "sh"),  # Cyrillic сх, which ISO writes sh
    (re.compile(r"kh|(?<![cs])h"), ""),
    (re.compile(r"i+"), "i"),
    (re.compile(r"ie"), "e"),
    (re.compile(r"io"), "e"),  # ё as yo, io, ë and e all meet at e
    (re.compile(r"i(?=[au])"), ""),  # ya, yu: the glide goes
    # pre-1918 spelling against the modern one, in Cyrillic and as the Library of Congress
    # romanizes it: the adjective's genitive -аго / -яго for -ого / -его ("Сборникъ
    # Императорскаго Русскаго Историческаго Общества"), and the prefixes без-, из-, раз-, воз-,
    # низ-, чрез- before a voiceless consonant ("Изслѣдованія" / "Исследования")
    (re.compile(r"(?<=[a-z]{2})ago\b"), "ogo"),
    (re.compile(r"\b(be|i|ra|ro|vo|vz|ni|chre|chere)z(?=[kpstf]|ch|sh)"), r"\1s"),
    (re.compile(r"([a-z])\1+"), r"\1"),
)
_JA_RULES = (
    # the particles を, へ, は as Nihon-shiki (and some authors) write them: wo, he, ha
    (re.compile(r"\bwo\b"), "o"),
    (re.compile(r"\bhe\b"), "e"),
    (re.compile(r"\bha\b"), "wa"),
    (re.compile(r"(?<![sc])hu"), "fu"),  # Kunrei/Nihon → Hepburn spellings
    # katakana loanwords, whose small vowels are romanized as full syllables or not: ファ fa /
    # fua (ファシズム, "fuashizumu"), ウィ ウェ ウォ wi / ui, ヴ v / b (ヴァイオリン, "baiorin"):
    # the key keeps one of each; native words with the same letters (不安 fuan) read alike in
    # both scripts, so they still meet, and keep their length, which says how telling an equal
    # title is. (ティ ti / tei is left to dedupe's titles: a name such as 出井 Idei keeps its
    # key against the same name in a Latin citation.)
    (re.compile(r"f(?=[aieo])"), "fu"),
    (re.compile(r"w(?=[ieo])"), "u"),
    (re.compile(r"v"), "b"),
    (re.compile(r"si"), "shi"),
    (re.compile(r"(?<!s)ti"), "chi"),
    (re.compile(r"(?<![s])tu"), "tsu"),
    (re.compile(r"[zd]i"), "ji"),
    (re.compile(r"du"), "zu"),
    (re.compile(r"sy"), "sh"),
    (re.compile(r"ty"), "ch"),
    (re.compile(r"[zd]y"), "j"),
    (re.compile(r"m(?=[bmp])"), "n"),  # old Hepburn shimbun
    (re.compile(r"(?<![aiueo])ye"), "ie"),  # イェ: Hepburn Yēru, a reading ieru
    (re.compile(r"oh(?![aiueoy])|ou|oo"), "o"),
    (re.compile(r"([aiueo])\1+"), r"\1"),
    # digits stay: 日本外交文書 第1巻 and 第2巻 are two volumes
    (re.compile(r"[^a-z0-9]"), ""),
    # after ん, は-row sounds are often p in a compound the reader does not know (醫心方 read
    # ishinhō, written Ishinpō; 前半 zenhan keeps h): the key keeps one of the two
    (re.compile(r"nh"), "np"),
)


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _skeleton(latin: str) -> str:
    text = unicodedata.normalize(
        "NFD", unicodedata.normalize("NFC", latin.lower()).translate(_LATIN)
    )
    text = _NON_WORD_PATTERN.sub(" ", _MARK_PATTERN.sub("", text)).strip()
    for pattern, repl in _RULES:
        text = pattern.sub(repl, text)
    return text


def _japanese(text: str) -> str:
    text = text.translate(_FULL_WIDTH_DIGITS)
    script = detect_script(text)
    if script in (Script.KANA, Script.HAN):
        text = romanize_japanese(text, long_vowels="double")
    text = unicodedata.normalize("NFD", text.lower())
    text = _MARK_PATTERN.sub("", kana_to_romaji(text, long_vowels="double"))
    for pattern, repl in _JA_RULES:
        text = pattern.sub(repl, text)
    return text


# A Wade-Giles text that lost its apostrophes and umlauts reads chan for 产 chan and chu for 局
# ju (wade_giles.py): the key of a text read as Chinese merges aspirated and plain initials,
# then zhu with ju and you with yu, which is all those marks tell apart. A pair keeps one of
# its letters (z, zh, q: 曾 is still zeng, 仇 still qiu).
_ASPIRATES = str.maketrans("cjptk", "zqbdg")


def _latin_chinese(text: str) -> str | None:
    """A Latin text's pinyin: its reading as Wade-Giles when it looks like it (``Mao Tse-tung
    hsüan-chi``) or, no pinyin, reads as it (``Hsü``); itself when every word is pinyin;
    ``None`` for anything else (an English title, a Western name: ``Kanellakis``)."""
    pinyin = spells_pinyin(text)
    if looks_like_wade_giles(text) or not pinyin:
        read = wade_giles_to_pinyin(text)
        if read is not None:
            return read
    return text if pinyin else None


def _chinese(text: str) -> str:
    text = text.translate(_FULL_WIDTH_DIGITS)
    script = detect_script(text)
    pinyin = None
    if script is Script.HAN:
        pinyin = romanize_chinese(text)
    elif script is Script.CYRILLIC:
        pinyin = palladius_to_pinyin(text)
    elif script is Script.LATIN:
        pinyin = _latin_chinese(text)
    text = unicodedata.normalize(
        "NFD", (pinyin or text).lower().replace("ü", "u").replace("v", "u")
    )
    key = re.sub(r"[^a-z0-9]", "", _MARK_PATTERN.sub("", text))
    if pinyin is None:
        return key  # no Chinese: its letters as written
    return key.translate(_ASPIRATES).replace("zhu", "qu").replace("you", "yu")


def match_key(text: str, lang: str | None = None) -> str:
    """A script- and scheme-independent key: equal for a phrase in Cyrillic and any romanization.

    ``lang`` is a BCP 47 tag (``ru``, ``uk``, ``ja``, ``zh``...); without it the script
    decides: kana means Japanese, hanzi without kana Chinese, anything else Russian.
    """
    text = unmix_greek(text)  # "Γосударство" with a Greek gamma is "Государство"
    primary = (lang or "").split("-")[0].lower()
    if not primary:
        script = detect_script(text)
        primary = {Script.KANA: "ja", Script.HAN: "zh"}.get(script, "ru")
    if primary == "ja":
        return _japanese(text)
    if primary == "zh":
        return _chinese(text)
    lower = text.lower()
    if primary in ("uk", "be"):
        lower = lower.translate(_UK_BE)
    return _skeleton(lower.translate(_CYRILLIC))
