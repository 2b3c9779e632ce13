"""A number a Chinese or Japanese title writes in characters before a counter is that number,
so a romanized title that writes it in digits ("11 jie") agrees with it: "十一届三中全会" is the
Third Plenum of the 11th Central Committee, and 三 before 中全会 counts nothing.

Titles as printed: the 1978 communiqué under its title in the People's Daily of 24 December
1978; Eguchi Keiichi's 『十五年戦争小史』 (青木書店, 1986), as NDL catalogues it.
"""

from __future__ import annotations

import pytest

from archivecite.dedupe.agreement import title_numbers

COUNTED = [
    ("中国共产党第十一届中央委员会第三次全体会议公报", {"11", "3"}),
    ("十五年戦争小史", {"15"}),
    ("十一届三中全会", {"11"}),
    ("1976–1978年中国社会的演化", {"1976", "1978"}),
    ("三中全会", set()),
]


@pytest.mark.parametrize(("title", "numbers"), COUNTED)
def test_a_counted_number_in_characters_is_a_number(title: str, numbers: set[str]) -> None:
    alone, _ = title_numbers("", title)
    assert alone == numbers
