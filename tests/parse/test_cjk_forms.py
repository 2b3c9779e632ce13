"""Japanese and Chinese native reference forms: a set's volumes named before the publisher."""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citation
from archivecite.model import BookReference


@pytest.mark.parametrize(
    ("text", "volume", "volumes", "publisher"),
    [
        ("若槻泰雄『シベリア捕虜収容所』上・下、サイマル出版会、1979年、123頁。", "上・下", None,
         "サイマル出版会"),
        ("若槻泰雄『シベリア捕虜収容所』上巻、サイマル出版会、1979年。", "上巻", None, "サイマル出版会"),
        ("上原専禄『世界史における現代のアジア』全3巻、未来社、1956年", None, "3", "未来社"),
        # a publisher whose name begins like a volume word stays the publisher
        ("山田太郎『下関条約』下関出版、1990年", None, None, "下関出版"),
        ("毛泽东《毛泽东选集》第2卷，北京：人民出版社，1991年，第23页。", "2", None, "人民出版社"),
    ],
)
def test_volumes_before_the_publisher(
    text: str, volume: str | None, volumes: str | None, publisher: str
) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference = result.reference
    assert isinstance(reference, BookReference)
    assert (reference.volume, reference.number_of_volumes) == (volume, volumes)
    assert reference.publisher is not None
    assert reference.publisher.original == publisher
