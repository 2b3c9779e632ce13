"""Chinese works cited in Wade-Giles by English scholarship, against their hanzi titles and
authors.

Sources of the Wade-Giles forms: the Journal of Asian Studies' review of Liu Shao-ch'i, *On the
Party*, notes 5 and 6 (Lun kuo-chi chu-i yü min-tsu chu-i, November 1948; Lun kung-ch'an-tang
yüan ti hsiu-yang, 1939; Lun tang-nei tou-cheng, 1941;
https://core-prod.cambridgecore.org/core/journals/journal-of-asian-studies/article/liu-shaochi-on-the-party-a/04E37059DD6647BFF411D0E003FB6DA9);
the Journal of Asian Studies 1958, "'On the Record' With Mao and his Regime", note 4 (Mao
Tse-tung hsūan-chi, ū printed for ü;
https://core-prod.cambridgecore.org/core/journals/journal-of-asian-studies/article/on-the-record-with-mao-and-his-regime/D4EAF38A23EA00E92D5B6EBAACCBDA5E);
The Cambridge History of China, vol. 13, p. 906 (Mao Tse-tung shu-hsin hsuan-chi, ü printed as
u; https://studmed.ru/view/the-cambridge-history-of-china-vol-13-republican-china-1912-1949-part-2_ef8a98a2c2b.html?page=93).
The hanzi are those works' published titles (刘少奇《论国际主义与民族主义》, 《论共产党员的修养》,
《论党内斗争》; 《毛澤東選集》; 中共中央文献研究室编《毛泽东书信选集》, 1983).
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import find_duplicates
from archivecite.dedupe.name_readings import author_forms
from archivecite.dedupe.readings import guess_languages, title_language
from archivecite.model import BookReference, Name, Text


def _book(title: str, family: str = "", given: str = "") -> BookReference:
    authors = (Name(family=family, given=given or None),) if family else ()
    return BookReference(title=Text(original=title), authors=authors)


# "By Liu Shao-ch'i": a citation read in Western order gives given Liu, family Shao-ch'i
LIU_WESTERN = ("Shao-ch'i", "Liu")
LIU_HANZI = ("刘", "少奇")


@pytest.mark.parametrize(
    ("wade_giles", "hanzi"),
    [
        (
            _book("Lun kuo-chi chu-i yü min-tsu chu-i", *LIU_WESTERN),
            _book("论国际主义与民族主义", *LIU_HANZI),
        ),
        (_book("Lun tang-nei tou-cheng", "Liu", "Shao-ch'i"), _book("论党内斗争", *LIU_HANZI)),
        # the apostrophes and umlaut lost in print; ti, the older reading of 的 (de)
        (
            _book("Lun kung-chan-tang yuan ti hsiu-yang", "Liu", "Shao-chi"),
            _book("論共產黨員的修養", "劉", "少奇"),
        ),
        (_book("Mao Tse-tung hsūan-chi", "Tse-tung", "Mao"), _book("毛澤東選集", "毛", "澤東")),
        # no author on either side: the titles alone
        (_book("Mao Tse-tung shu-hsin hsuan-chi"), _book("毛泽东书信选集")),
    ],
    ids=["Liu 1948", "Liu 1941", "Liu 1939, marks lost", "Mao", "Mao letters"],
)
def test_a_wade_giles_citation_meets_its_hanzi(
    wade_giles: BookReference, hanzi: BookReference
) -> None:
    assert [cluster.members for cluster in find_duplicates([wade_giles, hanzi])] == [(0, 1)]


@pytest.mark.parametrize(
    ("wade_giles", "hanzi"),
    [
        (
            _book("Lun kuo-chi chu-i yü min-tsu chu-i", *LIU_WESTERN),
            _book("论党内斗争", *LIU_HANZI),
        ),
        (_book("Mao Tse-tung hsūan-chi", "Tse-tung", "Mao"), _book("毛泽东书信选集", "毛", "泽东")),
    ],
)
def test_another_work_of_the_author_stays_apart(
    wade_giles: BookReference, hanzi: BookReference
) -> None:
    assert find_duplicates([wade_giles, hanzi]) == []


def test_a_wade_giles_title_reads_as_chinese() -> None:
    assert guess_languages("Mao Tse-tung hsūan-chi", None) == ("ru", "zh")
    assert title_language(_book("Lun tang-nei tou-cheng")) == "zh"
    # an English title naming a Chinese leader stays English
    assert guess_languages("Selected Works of Mao Tse-tung", None) == ("ru",)


@pytest.mark.parametrize(
    ("family", "given", "hanzi_family", "hanzi_given"),
    [
        ("Tse-tung", "Mao", "毛", "泽东"),  # read in Western order: Mao is the family name
        ("Mao", "Tse-tung", "毛", "泽东"),
        ("En-lai", "Chou", "周", "恩来"),
        ("Shao-ch'i", "Liu", "刘", "少奇"),
        ("Kai-shek", "Chiang", "蒋", "介石"),  # a conventional name beside Wade-Giles
    ],
)
def test_a_wade_giles_name_has_the_keys_of_its_hanzi(
    family: str, given: str, hanzi_family: str, hanzi_given: str
) -> None:
    """In a Chinese title's language a Wade-Giles name is read as pinyin, family name first:
    its family key and given name are those of the hanzi name."""
    latin = author_forms((Name(family=family, given=given),), "zh")
    hanzi = author_forms((Name(family=hanzi_family, given=hanzi_given),), "zh")
    assert latin == hanzi


def test_a_pinyin_name_is_no_wade_giles() -> None:
    """Chen Jian (陈兼) stays as written: no word of it is Wade-Giles."""
    assert author_forms((Name(family="Chen", given="Jian"),), "zh") == author_forms(
        (Name(family="陈", given="兼"),), "zh"
    )


def test_a_russian_name_with_initials_is_no_palladius() -> None:
    """ "Попова И.Н." (tests/data/published_citations_ru.toml, a Russian pedagogy reading list)
    splits into Palladius syllables, initials and all, but a Chinese name in Palladius is
    written out (Лю Цзечэн): read as Russian, its key is that of its romanization, which
    the Chinese key, merging its aspirates, would no longer be."""
    cyrillic = author_forms((Name(family="Попова", given="И.Н."),), None)
    latin = author_forms((Name(family="Popova", given="I. N."),), None)
    assert cyrillic[0] == latin[0]
