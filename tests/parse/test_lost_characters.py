"""A "?" for a character a copy could not encode, where no question mark can stand, glued after
a full stop or before a bracket, is read as a space (Pantsov and Levine's "Name.?Title?(Gloss).":
tests/parse/test_romanized_glosses.py); a question and a URL's query are not."""

from __future__ import annotations

from archivecite import Parsed, parse_citation

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
