"""Personal and corporate names: where a corporate name starts and ends, name headings.

Corporate names (with their subordinate units) are capitalized; a text that is nothing but
one personal name, perhaps with dates, is a name heading (Yoshida, Hajime; Shinmura, Izuru,
1876-1967).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from archivecite.translit.japanese.people import given_reading
from archivecite.translit.japanese.tables import compound_words, word_kinds, word_readings
from archivecite.translit.japanese.tokens import KANJI, Tok, analyse

_PHRASAL = frozenset({"助詞", "動詞", "助動詞", "形容詞"})


# One name of up to two parts, then perhaps the dates of a heading (新村出, 1876-1967), or
# the full stop that ends a MARC field (横井 清.).
HEADING = re.compile(
    r"\s*(?P<name>[^\s\d,、.:;/=()\[\]]+(?:(?: |, ?)[^\s\d,、.:;/=()\[\]]+)?)"
    r"(?:(?P<dates>, \d{3,4}\??-(?:\d{3,4}\??)?\.?)|(?P<stop>\.))?\s*"
)
# A name heading with dates, then a title: 久保栄, 1901-1958. 火山灰地 (MARC 600 $a $d $t).
NAME_TITLE = re.compile(
    r"\s*(?P<name>[^\s\d,、.:;/=()\[\]]+(?:(?: |, ?)[^\s\d,、.:;/=()\[\]]+)?)"
    r"(?P<dates>, \d{3,4}\??-(?:\d{3,4}\??)?\.)\s+(?P<title>\S.*)"
)


def _ends_name(tokens: list[Tok], spaced: list[bool], i: int, roles: frozenset[str]) -> bool:
    """Nothing but the end, a mark, a particle or a role word (編, 所蔵) follows token i."""
    if i + 1 >= len(tokens):
        return True
    after = tokens[i + 1]
    return after.mark or spaced[i + 1] or after.pos1 == "助詞" or after.surface in roles


def _starts_name(tokens: list[Tok], spaced: list[bool], j: int, roles: frozenset[str]) -> bool:
    """A corporate name cannot reach back over token j-1 into token j-1's phrase."""
    before = tokens[j - 1]
    if before.numeral and j > 1 and tokens[j - 2].surface == "第" and not spaced[j - 1]:
        return False  # a name may start with an ordinal: Daisan Bunmeisha, Daiichi Shobō
    return (
        spaced[j]
        or before.mark
        or before.surface in roles
        or before.pos2 in ("数詞", "係助詞", "副助詞", "接続助詞")
        or before.pos1 in ("接続詞", "感動詞")
    )


def compounds(tokens: list[Tok], spaced: list[bool]) -> tuple[set[int], set[int], bool]:
    """Token indices that join the word before (ALA-LC word division), and corporate names;
    and whether there is a personal name at all.

    Joined: the later tokens of a listed generic the dictionary splits (出版 + 局 →
    Shuppankyoku), a listed suffix after a noun (平凡 + 社 → Heibonsha), and a one-kanji noun
    after a one-kanji "surname" that no given name follows (玄 + 論 → genron). Corporate: every
    token of a name that ends in a corporate generic (日本野鳥の会, 京都国立博物館); the name
    runs back to a mark, a space, a role word (編集) or a number. A name that ends before more
    nouns counts only when it is nouns alone and starts with a proper noun (Waseda Daigaku
    Bungaku Kenkyūka kiyō).
    """
    corporate_words, multi_words, endings, roles, suffixes = compound_words()
    phrase_words = word_kinds().get("phrase", frozenset())
    units = word_kinds().get("unit", frozenset())
    seen = False  # a corporate word (not a unit) came before: units may end names now
    joined: set[int] = set()
    corporate: set[int] = set()
    names = False
    prev: Tok | None = None
    for i, tok in enumerate(tokens):
        if tok.pos3 == "人名":
            names = True
        if prev is not None and not spaced[i]:
            if tok.surface in suffixes and prev.pos1 == "名詞" and prev.pos2 != "数詞":
                joined.add(i)
            if (
                prev.pos4 == "姓"
                and prev.single
                and prev.pos3 == "人名"
                and tok.pos3 != "人名"
                and len(tok.surface) == 1
                and tok.pos1 == "名詞"
                and tok.pos2 == "普通名詞"
            ):
                joined.add(i)  # stray_surname(tokens, i - 1)
        prev = tok
        if tok.pos3 == "override" and _ends_corporate(tok.surface):
            start = i  # an override that ends in a corporate word (編纂所)
            seen = True
        elif tok.surface not in endings:
            continue
        else:
            start = _generic_start(tokens, spaced, i, multi_words, endings)
            if start < 0:
                continue
            joined.update(range(start + 1, i + 1))
            word = "".join(t.surface for t in tokens[start : i + 1])
            if word not in corporate_words or (word in units and not seen):
                continue
            seen = seen or word not in units
        # After a particle or a verb the name is a phrase (Nihon Yachō no Kai, Sensō o
        # Kirokusuru Kai) and runs back to the start of the phrase; after a noun it is a
        # compound (Nihon Shakaitō) and runs back over nouns only.
        phrase = (
            start > 0
            and not spaced[start]
            and tokens[start - 1].pos1 in _PHRASAL
            and "".join(t.surface for t in tokens[start : i + 1]) in phrase_words
        )
        first = start
        while first > 0 and not _starts_name(tokens, spaced, first, roles):
            if not phrase and tokens[first - 1].pos1 not in ("名詞", "接頭辞", "接尾辞"):
                break
            first -= 1
        if first < start and (
            _ends_name(tokens, spaced, i, roles)
            or (
                tokens[first].proper
                and all(t.pos1 in ("名詞", "接尾辞", "接頭辞") for t in tokens[first : i + 1])
            )
        ):
            corporate.update(range(first, i + 1))
    return joined, corporate, names


@lru_cache(maxsize=1_024)
def _ends_corporate(surface: str) -> bool:
    return any(surface.endswith(word) for word in compound_words()[0])


def _generic_start(
    tokens: list[Tok],
    spaced: list[bool],
    i: int,
    words: frozenset[str],
    endings: frozenset[str],
) -> int:
    """The first token of the longest listed word that ends with token i, or -1."""
    start = -1
    surface = ""
    for k in range(i, max(-1, i - 4), -1):
        surface = tokens[k].surface + surface
        if surface not in endings:
            break
        if surface in words:
            start = k
        if spaced[k]:
            break
    return start


def stray_surname(tokens: list[Tok], i: int) -> bool:
    """A one-kanji token read as a surname with no given name after it (玄 of 玄論)."""
    tok = tokens[i]
    if tok.pos3 != "人名" or tok.pos4 != "姓" or len(tok.surface) != 1:
        return False
    return i + 1 < len(tokens) and tokens[i + 1].pos3 != "人名"


def is_personal_name(tokens: list[Tok], spaced: list[bool], words: list[str]) -> bool:
    """林屋 辰三郎 → Hayashiya, Tatsusaburō: a text that is one personal name (surname, then
    given name, nothing else) is a name heading, written surname first with a comma."""
    if len(words) != 2 or len(tokens) < 2:
        return False
    kinds = [tok.pos4 if tok.pos3 == "人名" else "" for tok in tokens]
    split = next((k for k, kind in enumerate(kinds) if kind != "姓"), 0)
    if split == 0 or any(kind not in ("名", "一般") for kind in kinds[split:]):
        return False
    return not any(spaced[k] for k in range(1, len(tokens)) if k != split)


_NAME_PARTS = frozenset({"名詞", "接頭辞", "接尾辞"})
_LONGEST_GIVEN_NAME = 3  # kanji: 現順, 辰三郎


def given_names(tokens: list[Tok], spaced: list[bool], written: list[str], heading: str) -> None:
    """Join a given name the dictionary splits into common words into one name token.

    佐々木 + 現 + 順: unidic knows the surname but reads 現順 as a prefix and a noun. After a
    surname that starts a segment, up to three kanji in one-character tokens (or a given
    name and one more kanji: 通 + 冬) are a given name when the context says a personal name
    ends there: a role word follows (佐々木現順著 → Sasaki Genjun cho), or the text is a name
    heading: ``heading`` is "dated" for a heading with dates or a comma (佐々木現順, 1915- →
    Sasaki, Genjun, 1915-), "bare" for a text that may be a name alone, where the name must
    come in two or more one-kanji pieces, none a suffix (山田寺 stays a temple), "" otherwise.
    """
    roles = word_kinds().get("role", frozenset())
    surnames = [i for i, tok in enumerate(tokens) if tok.pos4 == "姓" and i + 1 < len(tokens)]
    for i in reversed(surnames):  # from the end: a merge leaves the indices before it alone
        if i and not (spaced[i] or tokens[i - 1].mark or tokens[i - 1].surface in roles):
            continue
        end = _given_name_end(tokens, spaced, i + 1, roles, heading)
        parts = tokens[i + 1 : end] if end > 0 else []
        if len(parts) > 1 or (parts and parts[0].pos1 == "名詞" and parts[0].pos3 != "人名"):
            kana = "".join(part.kana or "" for part in parts)
            surface = "".join(part.surface for part in parts)
            tokens[i + 1 : end] = [_given_name(surface, given_reading(surface, kana))]
            written[i + 1 : end] = ["".join(written[i + 1 : end])]
            spaced[i + 1 : end] = [spaced[i + 1]]


def _given_name_end(
    tokens: list[Tok], spaced: list[bool], j: int, roles: frozenset[str], heading: str
) -> int:
    """Where a given name that starts at token j ends (exclusive), or -1."""
    size = 0
    k = j
    while k < len(tokens) and not tokens[k].mark and (k == j or not spaced[k]):
        part = tokens[k]
        if part.surface in roles and k > j:
            return k  # a role word ends the name
        named = part.pos3 == "人名" and part.pos4 == "名"
        if part.pos1 not in _NAME_PARTS or not part.kana or part.numeral:
            return -1
        if not (named or (part.single and KANJI.fullmatch(part.surface))):
            return -1  # a word of two or more characters is no piece of a name
        size += len(part.surface)
        if size > _LONGEST_GIVEN_NAME or (heading == "bare" and (named or part.pos1 == "接尾辞")):
            return -1
        k += 1
    if k < len(tokens) or not heading:
        return -1
    return k if heading == "dated" or k - j > 1 else -1


@cache
def _given_name(surface: str, kana: str) -> Tok:
    return Tok(surface, ("名詞", "固有名詞", "人名", "名"), surface, kana)


def classical_names(tokens: list[Tok], spaced: list[bool]) -> frozenset[int]:
    """Tokens after which a classical name takes the particle no (ALA-LC capitalization: each
    word of a personal name is capitalized except no).

    A kabane follows its uji name with no (丹波宿袮康頼 Tanba no Sukune Yasuyori, 紀朝臣貫之
    Ki no Ason Tsurayuki); a kinship word that ends a name (女, 母) is read as such and
    follows the given name with no, and the uji name before that given name takes no too
    (菅原孝標女 Sugawara no Takasue no Musume). The kinship token becomes a name word.
    """
    kabane = word_kinds().get("kabane", frozenset())
    kinship = word_readings("kinship")
    after: set[int] = set()
    for i in range(1, len(tokens)):
        tok, before = tokens[i], tokens[i - 1]
        if spaced[i] or before.mark:
            continue
        if tok.surface in kabane and before.pos1 == "名詞" and before.pos2 != "数詞":
            after.add(i - 1)
        elif (
            tok.surface in kinship
            and before.pos3 == "人名"
            and before.pos4 == "名"
            and (i + 1 == len(tokens) or tokens[i + 1].mark or spaced[i + 1])
        ):
            tokens[i] = _name_word(tok.surface, kinship[tok.surface])
            after.add(i - 1)
            if i > 1 and tokens[i - 2].pos3 == "人名" and tokens[i - 2].pos4 == "姓":
                after.add(i - 2)
    return frozenset(after)


def role_words(tokens: list[Tok]) -> None:
    """A role word right after a personal name is read as a role (中村元訳: yaku, not the
    noun wake), where the role has a reading of its own in the data."""
    readings = word_readings("role")
    for i in range(1, len(tokens)):
        tok = tokens[i]
        if tok.surface in readings and tokens[i - 1].pos3 == "人名" and tok.kana:
            tokens[i] = _role_word(tok, readings[tok.surface])


@cache
def _role_word(tok: Tok, kana: str) -> Tok:
    return Tok(tok.surface, (tok.pos1, tok.pos2, tok.pos3, tok.pos4), tok.lemma, kana)


@cache
def _name_word(surface: str, kana: str) -> Tok:
    return Tok(surface, ("名詞", "固有名詞", "人名", "一般"), surface, kana)


@lru_cache(maxsize=4096)
def surname_length(name: str) -> int | None:
    """How many characters of a Japanese personal name written without a space are its
    surname, as the dictionary knows it (瀬戸口明久: 3, 秦郁彦: 1); None when it does not
    tag the first word as a surname. Needs the ``ja`` extra."""
    tokens = analyse(name)[0]
    if len(tokens) < 2 or tokens[0].pos4 != "姓":
        return None
    size = len(tokens[0].surface)
    between = tokens[1:-1]
    if (
        size > 1  # 谭汝谦: a one-character surname then two given characters (Chinese too)
        and tokens[1].pos4 != "名"
        and tokens[-1].pos4 == "名"
        and between
        and all(len(tok.surface) == 1 and tok.pos4 != "名" for tok in between)
        and len(name) - len(tokens[-1].surface) <= _LONGEST_SURNAME
    ):
        # 五味川純平: the dictionary knows 五味 and 純平, not the rarer 五味川; a lone
        # character between a surname and a given name belongs to the surname
        size = len(name) - len(tokens[-1].surface)
    return size if size < len(name) else None


_LONGEST_SURNAME = 4
