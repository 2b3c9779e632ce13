"""A "?" for a character a copy could not encode, where no question mark can stand: glued after
a full stop or before a bracket. Pantsov and Levine's bibliography in an HTML copy
(reachone01/reachone01.github.io, '传记/毛泽东：真实的故事/html/44.html') lost the marks around
each pinyin title: "Name.?Title?(Gloss)."."""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citation


@pytest.mark.parametrize(
    ("text", "authors", "title", "gloss", "year"),
    [
        (
            "Yang Shangkun.?Yang Shangkun huiyilu?(Memoirs of Yang Shangkun). Beijing: Zhongyang "
            "wenxian chubanshe, 2001.",
            ["Yang"],
            "Yang Shangkun huiyilu",
            "Memoirs of Yang Shangkun",
            2001,
        ),
        (
            "Li Ping.?Kaiguo zongli Zhou Enlai?(Zhou Enlai, the First Premier). Beijing: Zhonggong "
            "zhongyang dangxiao chubanshe, 1994.",
            ["Li"],
            "Kaiguo zongli Zhou Enlai",
            "Zhou Enlai, the First Premier",
            1994,
        ),
        (
            "Wang Guangmei, and Liu Yuan.?Ni suo bu zhidaode Liu Shaoqi?(The Unknown Liu Shaoqi). "
            "Zhengzhou: Henan renmin chubanshe, 2000.",
            ["Wang", "Liu"],
            "Ni suo bu zhidaode Liu Shaoqi",
            "The Unknown Liu Shaoqi",
            2000,
        ),
    ],
)
def test_a_lost_character_is_a_space(
    text: str, authors: list[str], title: str, gloss: str, year: int
) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    (reference,) = result.references
    assert [name.family for name in reference.authors] == authors
    assert reference.title is not None
    assert (reference.title.original, reference.title.translations.get("en")) == (title, gloss)
    assert reference.date is not None
    assert reference.date.start.year == year
    assert result.text == text  # the citation is kept as written


# holdout17's English article page (http://npsyj.ru/en/articles/detail.php?article=9053) and
# tests/data/published_citations.toml's Genesis article record (nbpublish.com), each as printed
KRYUKOVA = (
    "Kryukova E.А., Shestova M.А. (2020). Emotional intelligence in the structure of a person’s "
    "intellectual and personal potential: trait or ability? (adaptation of the short version of "
    "the TEIQue-SF questionnaire). National Psychological Journal [Natsional’nyy psikhologicheskiy "
    "zhurnal], (13)4, 18–30. doi: 10.11621/npj.2020.0402"
)
NADEKHINA = (
    "Надехина Ю.П., Геокчакян А.Г.\nТоргово-промышленный мир Москвы и периодическая печать "
    "дореволюционной России\n// Genesis: исторические исследования.\n2022. № 1.\nС. 24-32.\n"
    "DOI: 10.25136/2409-868X.2022.1.37272 URL: https://nbpublish.com/library_read_article.php?id=37272"
)


def test_a_question_and_a_url_query_are_no_lost_characters() -> None:
    question = parse_citation(KRYUKOVA)
    assert isinstance(question, Parsed), question
    title = question.references[0].title
    assert title is not None
    assert "ability? (adaptation" in title.original
    query = parse_citation(NADEKHINA)
    assert isinstance(query, Parsed), query
    assert query.references[0].url == "https://nbpublish.com/library_read_article.php?id=37272"
