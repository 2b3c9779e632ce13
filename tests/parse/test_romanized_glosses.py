"""A Chicago bibliography's romanized title with its English gloss in parentheses, after a
name (with initials or in full) or a repeated-author dash (``———.``): the gloss is the title's
translation and an English edition statement after it ("Rev. ed.") the edition, not words of the
title.
Entries of A. V. Pantsov and S. I. Levine, *Mao: The Real Story* (2012), bibliography, as an
HTML copy keeps it (reachone01/reachone01.github.io, '传记/毛泽东：真实的故事/html/44.html'),
whose "?" stands for the space lost around each italic title."""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citation

PANTSOV = [
    (
        "Ledovsky, A. M.?SSSR i Stalin v sud'bakh Kitaia: Dokumenty i svidel'stva uchastnika "
        "sobytii: 1937–1952?(The USSR and Stalin in China's Fate: Documents and Witness of a "
        "Participant: 1937–1952). Moscow: Pamiatniki istoricheskoi mysli, 1999.",
        ["Ledovsky"],
        "SSSR i Stalin v sud'bakh Kitaia: Dokumenty i svidel'stva uchastnika sobytii: 1937–1952",
        "The USSR and Stalin in China's Fate: Documents and Witness of a Participant: 1937–1952",
        (None, "Moscow", "Pamiatniki istoricheskoi mysli", 1999),
    ),
    (
        "Bakulin, A. V.?Zapiski ob ukhan'skom periode kitaiskoi revoliutsii (iz istorii "
        "kitaiskoi revoliutsii 1925–1927 gg.)?(Notes on the Wuhan Period of the Chinese "
        "Revolution: From the History of the Chinese Revolution of 1925–1927). "
        "Moscow-Leningrad: Giz, 1930.",
        ["Bakulin"],
        "Zapiski ob ukhan'skom periode kitaiskoi revoliutsii (iz istorii kitaiskoi revoliutsii "
        "1925–1927 gg.)",
        "Notes on the Wuhan Period of the Chinese Revolution: From the History of the Chinese "
        "Revolution of 1925–1927",
        (None, "Moscow-Leningrad", "Giz", 1930),
    ),
    (
        "———.?Zai lishi juren shenbian?(At the Side of Historical Titans). Rev. ed. Beijing: "
        "Zhongyang wenxian chubanshe, 1995.",
        [],
        "Zai lishi juren shenbian",
        "At the Side of Historical Titans",
        ("Rev.", "Beijing", "Zhongyang wenxian chubanshe", 1995),
    ),
    (  # "Before": a preposition tells the gloss is English
        "———.?Sanshi sui yiqiande Mao Zedong?(Mao Zedong Before Thirty). Taipei: Shibao "
        "wenhua, 1993.",
        [],
        "Sanshi sui yiqiande Mao Zedong",
        "Mao Zedong Before Thirty",
        (None, "Taipei", "Shibao wenhua", 1993),
    ),
    (  # a full name, not initials, before the "?"
        "Yang Shangkun.?Yang Shangkun huiyilu?(Memoirs of Yang Shangkun). Beijing: Zhongyang "
        "wenxian chubanshe, 2001.",
        ["Yang"],
        "Yang Shangkun huiyilu",
        "Memoirs of Yang Shangkun",
        (None, "Beijing", "Zhongyang wenxian chubanshe", 2001),
    ),
    (
        "Wang Guangmei, and Liu Yuan.?Ni suo bu zhidaode Liu Shaoqi?(The Unknown Liu Shaoqi). "
        "Zhengzhou: Henan renmin chubanshe, 2000.",
        ["Wang", "Liu"],
        "Ni suo bu zhidaode Liu Shaoqi",
        "The Unknown Liu Shaoqi",
        (None, "Zhengzhou", "Henan renmin chubanshe", 2000),
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "gloss", "imprint"), PANTSOV)
def test_a_parenthesized_gloss_after_initials_or_a_dash(
    text: str, authors: list[str], title: str, gloss: str, imprint: tuple[str | None, str, str, int]
) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    (reference,) = result.references
    assert [name.family for name in reference.authors] == authors
    assert reference.title is not None
    assert (reference.title.original, reference.title.translations.get("en")) == (title, gloss)
    edition, place, publisher, year = imprint
    assert reference.edition == edition
    assert reference.place is not None
    assert reference.publisher is not None
    assert reference.date is not None
    assert (reference.place.original, reference.publisher.original) == (place, publisher)
    assert reference.date.start.year == year


def test_a_second_gloss_after_a_volume_stays_with_the_volume() -> None:
    """A gloss followed by a volume and its own title is no gloss before the imprint: the
    entry's year stays the imprint's."""
    text = (
        "———.?Prezidium TSK KPSS: 1954–1964?(The Presidium of the CC of the CPSU: 1954–1964). "
        "Vol. 2.?Postanovleniia 1954–1958?(Resolutions of 1954–1958). Moscow: ROSSPEN, 2006."
    )
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    (reference,) = result.references
    assert reference.date is not None
    assert reference.date.start.year == 2006
