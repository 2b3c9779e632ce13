"""A Japanese writer named by the gō alone against the family name alone ("Kōyō" / 尾崎), the
kind of a book printed before its title as a label (歌集 赤光), and the romanized original
between dashes after an English title ('Distance -Doutei-').

Sources: the gō and where each is printed: ``src/archivecite/dedupe/data/
japanese_pen_names.tsv`` (M. Reece's Appendix B to her study of Futon, on Wikisource, names
"Kōyō. See Ozaki Kōyō", "Doppo. See Kunikida Doppo"; kappabunko.com on Shiki, Ichiyō, Sōseki).
The book titles are the writers' own (Konjiki yasha 金色夜叉, Musashino 武蔵野, Take kurabe
たけくらべ, Botchan 坊っちゃん); each pair of sides is constructed (no real citation pairs them),
as the rows note.
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import record_keys, score_pair
from archivecite.dedupe.people import author_similarity
from archivecite.dedupe.title_keys import clean_title
from archivecite.model import BookReference, Name, Text

pytest.importorskip("jamdict_data")  # the ja extra: JMdict


def _book(title: str, lang: str, family: str, given: str | None = None) -> BookReference:
    return BookReference(
        title=Text(original=title, lang=lang), authors=(Name(family=family, given=given),)
    )


@pytest.mark.parametrize(
    ("latin", "family"),
    [
        ("Kōyō", "尾崎"),  # constructed pair: Ozaki Kōyō
        ("Koyo", "尾崎"),  # constructed pair: without macrons
        ("Doppo", "国木田"),  # constructed pair: Kunikida Doppo
        ("Ichiyō", "樋口"),  # constructed pair: Higuchi Ichiyō
        ("Sōseki", "夏目"),  # constructed pair: Natsume Sōseki
        ("Ozaki", "紅葉"),  # constructed pair: the family name against the gō in kanji
    ],
)
def test_a_go_alone_is_the_writer_of_its_family_name(latin: str, family: str) -> None:
    a = record_keys(0, _book("Konjiki yasha", "ja-Latn", latin))
    b = record_keys(1, _book("金色夜叉", "ja", family))
    assert author_similarity(a, b) == pytest.approx(0.9)


@pytest.mark.parametrize(
    ("latin", "family", "given"),
    [
        ("Kōyō", "国木田", None),  # another writer's family name
        (
            "Takuboku",
            "石川",
            "三四郎",
        ),  # Ishikawa Sanshirō, another Ishikawa, his given name printed
        ("Kinnosuke", "夏目", None),  # a legal given name alone is anyone's: not in the table
    ],
)
def test_other_people_stay_apart(latin: str, family: str, given: str | None) -> None:
    a = record_keys(0, _book("Konjiki yasha", "ja-Latn", latin))
    b = record_keys(1, _book("金色夜叉", "ja", family, given))
    assert author_similarity(a, b) < 0.5


def test_a_go_alone_joins_the_book_of_its_family_name() -> None:
    # constructed pair: Natsume Sōseki's 坊っちゃん (1906) cited by the gō and by the family name
    decision = score_pair(
        record_keys(0, _book("Botchan", "ja-Latn", "Sōseki")),
        record_keys(1, _book("坊っちゃん", "ja", "夏目")),
    )
    assert decision.score >= 0.85


def test_another_book_of_the_writer_stays_apart() -> None:
    # constructed pair: Kunikida Doppo's 武蔵野 against his 牛肉と馬鈴薯
    decision = score_pair(
        record_keys(0, _book("Musashino", "ja-Latn", "Doppo")),
        record_keys(1, _book("牛肉と馬鈴薯", "ja", "国木田")),
    )
    assert decision.score < 0.85


@pytest.mark.parametrize(
    ("title", "cleaned"),
    [
        ("歌集 赤光", "赤光"),  # leonocusto.blog66.fc2.com: the 1974 facsimile's title
        ("詩集 月に吠える", "月に吠える"),  # constructed: 詩集, a collection of poems
        ("句集 春星", "春星"),  # constructed: 句集, a collection of haiku
        ("小説 坊っちゃん", "坊っちゃん"),  # constructed: 小説, a novel
        ("歌集", "歌集"),  # the word alone is the title
        ("短歌集成", "短歌集成"),  # no space: one word
        ("詩集 桜", "詩集 桜"),  # one character after it: no title proper left to compare
    ],
)
def test_the_kind_of_the_book_before_its_title(title: str, cleaned: str) -> None:
    assert clean_title(title) == cleaned


@pytest.mark.parametrize(
    ("english", "kanji", "same"),
    [
        # komaino.net/en/greenery-guide: the English word, the romanized title between dashes
        ("Distance -Doutei-", "道程", True),
        ("Distance —Dōtei—", "道程", True),  # constructed: em dashes
        ("Distance -Doutei-", "智恵子抄", False),  # constructed: another book of the poet
    ],
)
def test_the_original_between_dashes(english: str, kanji: str, same: bool) -> None:
    decision = score_pair(
        record_keys(0, _book(english, "ja-Latn", "Takamura")),
        record_keys(1, _book(kanji, "ja", "高村")),
    )
    assert (decision.score >= 0.85) is same
