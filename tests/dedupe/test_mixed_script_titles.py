"""A title printed in characters and in their romanization, one beside the other (citation
guides give both): each part is read in its own script, so the title meets the one written in
characters alone, in a block and in the score, and no other title.

Sources:
- Duke University Libraries' guide 'Chinese Studies', citing Chinese-language materials
  (guides.library.duke.edu/c.php?g=289252&p=6550670), MLA example; 三民書局's record of
  《中國佛教的社會主義改造》 (學愚, 香港中文大學出版社 2015; sanmin.com.tw/Product/index/004938483);
- the University of Alberta's EAS citation manual, 'Kakinomoto no Hitomaro ron柿本人麻呂論'
  (Umehara Takeshi, Shinchōsha), as printed without a space; the publisher's title 柿本人麻呂論;
- Leeds' example of 严曜中《江南佛教史》(上海人民出版社, 2000), and 任继愈主编《中国佛教史》
  (中国社会科学出版社, 1981), other books on Chinese Buddhism.
(The first two pairs are in tests/data/dedupe/cross_script_holdout31.toml, which lists their
pages in SOURCES.md.)
"""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citations
from archivecite.dedupe import find_duplicates, record_keys
from archivecite.dedupe.blocking import build_blocks, candidate_pairs
from archivecite.dedupe.readings import text_keys
from archivecite.model import BookReference, DateRange, Text
from archivecite.model.reference import ReferenceKind

DUKE_MLA = (
    "Xue, Yu. 中國佛教的社會主義改造 Zhongguo fojiao de shehuizhuyi gaizao [The socialist "
    "transformation of Chinese Buddhism]. Hong Kong: Xianggang Zhongwen daxue chubanshe, 2015."
)


def _parsed(text: str) -> ReferenceKind:
    (result,) = parse_citations([text])
    assert isinstance(result, Parsed), result
    return result.references[0]


def _book(title: str, year: int | None = None) -> BookReference:
    return BookReference(
        title=Text(original=title), date=DateRange.of(year) if year is not None else None
    )


def _paired(references: list[ReferenceKind]) -> set[tuple[int, int]]:
    records = [record_keys(index, reference) for index, reference in enumerate(references)]
    return {
        (left, right)
        for block in build_blocks(records)
        for left, right in candidate_pairs(block, records).tolist()
    }


@pytest.mark.parametrize(
    ("title", "characters"),
    [
        ("中國佛教的社會主義改造 Zhongguo fojiao de shehuizhuyi gaizao", "中國佛教的社會主義改造"),
        ("Kakinomoto no Hitomaro ron柿本人麻呂論", "柿本人麻呂論"),
    ],
)
def test_each_script_of_a_title_is_read_apart(title: str, characters: str) -> None:
    mixed = {key.key for key in text_keys(Text(original=title))}
    alone = {key.key for key in text_keys(Text(original=characters))}
    assert mixed & alone


@pytest.mark.parametrize(
    ("other", "joined"),
    [
        (_book("中國佛教的社會主義改造"), True),  # 三民書局: the title alone
        (_book("江南佛教史", 2000), False),  # another book on Chinese Buddhism
        (_book("中国佛教史", 1981), False),
    ],
)
def test_a_title_with_its_romanization_meets_the_title_in_characters(
    other: BookReference, joined: bool
) -> None:
    # among others that share its opening words, so that the block must choose
    crowd = [_book(f"中國佛教{word}", 1990 + n) for n, word in enumerate("史論學志考略記")]
    references: list[ReferenceKind] = [_parsed(DUKE_MLA), other, *crowd]
    if joined:
        assert (0, 1) in _paired(references)
    clusters = find_duplicates(references, level="work")
    assert any({0, 1} <= set(cluster.members) for cluster in clusters) is joined
