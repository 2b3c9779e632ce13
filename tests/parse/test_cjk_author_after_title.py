"""A Japanese book named by its title with the author's name after it, alone or before the
imprint (in brackets, its pieces parted by ・, the year perhaps in kanji digits); and the language
of a title in kanji alone, Japanese when no Chinese script writes all its characters. The lines
are copied from public pages (the search tool's pages corpus) as printed, unless a comment says
otherwise."""

from __future__ import annotations

import pytest

from archivecite.model import Reference
from tests.parse.helpers import single_reference


def _fields(reference: Reference) -> tuple[object, ...]:
    return (
        reference.title.original if reference.title else None,
        tuple(name.original for name in reference.authors),
        (reference.date.start.year, reference.date.start.month) if reference.date else None,
        reference.publisher.original if reference.publisher else None,
        reference.language,
    )


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # http://rarada-pokepoke.hatenablog.com/ (a blog of new novels), an entry's heading
        (
            "「コンビニ人間」村田沙耶香",
            ("コンビニ人間", ("村田沙耶香",), None, None, "ja"),
        ),
        # 柄澤尚美, '『世界の中心で、愛をさけぶ』論' (都留文科大学大学院紀要), as stored at
        # https://paperzz.com/doc/6383112/ : author with role word, publisher and a year in
        # kanji digits, parted by ・
        (
            "『世界の中心で、愛をさけぶ』 (片山恭一著・小学館・二〇〇一年四月)",
            ("世界の中心で、愛をさけぶ", ("片山恭一",), (2001, 4), "小学館", "ja"),
        ),
        # https://blog.goo.ne.jp./neetpf/e/80232ad036bd1e677b92cdfdd64fc731 (a book blog), its
        # heading without the genre word before it (随筆): the year glued to the publisher
        (
            "「小説家の四季」佐藤正午 2016岩波書店",
            ("小説家の四季", ("佐藤正午",), (2016, None), "岩波書店", "ja"),
        ),
    ],
)
def test_the_author_after_the_title(text: str, fields: tuple[object, ...]) -> None:
    reference = single_reference(text)
    assert reference is not None
    assert _fields(reference) == fields


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        # a publisher in brackets right after the title stays the publisher, no author
        # (ja.wikipedia '国語辞典' as mirrored at https://ja-wiki.pages.dev/wiki/国語辞典)
        ("『日本国語大辞典』(小学館)", "小学館"),
    ],
)
def test_a_publisher_is_no_author(text: str, publisher: str) -> None:
    reference = single_reference(text)
    assert reference is not None
    assert reference.authors == ()
    assert reference.publisher is not None
    assert reference.publisher.original == publisher


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # file id 6723994950 (a README of a kanji font project), "## Scope": a shinjitai form
        # simplified Chinese shares (国) with a traditional form Japanese kept (語) is Japanese;
        # 漢 and 語 alone are written so in traditional Chinese too
        ("日本国語大辞典［第二版］", "ja"),
        ("新漢語林［第二版］", "zh"),
    ],
)
def test_the_language_of_a_kanji_title(text: str, language: str) -> None:
    reference = single_reference(text)
    assert reference is not None
    assert reference.language == language
