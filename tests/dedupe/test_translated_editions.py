"""A book cited by its English title in one edition's year, and by its Russian title in
another's: the same work, found though no title or author-and-year key is shared. A Latin title
that is a romanization, not English, is no translation of a Russian title it differs from.

Sources (cross_script_holdout15 and holdout11 of tests/data/dedupe, where each is described):
- globalauthorid.com, the reference list of an English article (ArticleView?wd=03E4590761…),
  item 2; and of a Russian article (ArticleView?wd=3CC20DE79F…), item 2;
- gramota.net, 2010, issue 3-2, no. 48, 'Список литературы', first item;
- the Yakut dataset's paper and README (search-tool file ids 4965144033 and 57382988097).
"""

from __future__ import annotations

import pytest

from archivecite import Parsed, parse_citations
from archivecite.dedupe import Sameness, find_duplicates, record_keys, score_pair
from archivecite.dedupe.cognates import cognate_share
from archivecite.model import ArticleReference, Name, Text
from archivecite.model.reference import ReferenceKind

AKHMANOVA_EN = (
    "Akhmanova, O.S. (2007). Dictionary of linguistic terms. Moscow: Soviet Encyclopedia."
)
AKHMANOVA_1969 = (
    "Ахманова О.С. Словарь лингвистических терминов / О.С. Ахманова. - М.: Сов. Энциклопедия, "
    "1969. - 607 с."
)
AKHMANOVA_1966 = (
    "Ахманова О. С. Словарь лингвистических терминов. М.: Сов. энциклопедия, 1966. 524 с."
)
PETROV_ROMANIZED = "Petrov N.E. (1978). Chasticy v jakutskom jazyke. Jakutsk : Kn.izd-vo."
PETROV_1963 = (
    "Петров, Николай Егорович. Служебные имена и послелоги в якутском языке : автореферат "
    "диссертации на соискание ученой степени кандидата филологических наук / Н. Е. Петров ; "
    "Акад. наук СССР, Ленингр. отд-ние Ин-та языкознания. - Ленинград : [б. и.], 1963. - 16, с."
)


def _parsed(*texts: str) -> list[ReferenceKind]:
    references = []
    for result in parse_citations(list(texts)):
        assert isinstance(result, Parsed), result
        references.append(result.references[0])
    return references


@pytest.mark.parametrize("russian", [AKHMANOVA_1969, AKHMANOVA_1966])
def test_an_english_title_of_another_edition_is_the_same_work(russian: str) -> None:
    english, original = _parsed(AKHMANOVA_EN, russian)
    decision = score_pair(record_keys(0, english), record_keys(1, original))
    assert decision.sameness is Sameness.WORK
    assert [cluster.members for cluster in find_duplicates([english, original])] == [(0, 1)]
    assert find_duplicates([english, original], level="document") == []


def test_a_cognate_spelt_another_way() -> None:
    """ "linguistic" / "лингвистических" (gv for gu), "terms" / "терминов"; not "Dictionary"."""
    english, original = _parsed(AKHMANOVA_EN, AKHMANOVA_1969)
    assert cognate_share(record_keys(0, english), record_keys(1, original)) == pytest.approx(2 / 3)


def test_a_romanized_title_is_no_translation() -> None:
    """The same author's books of 1978 and 1963: 'jakutskom jazyke' are cognates of 'якутском
    языке', but a romanization that differs is another title, not a translation of it."""
    assert find_duplicates(_parsed(PETROV_ROMANIZED, PETROV_1963)) == []


KRYUKOVA_EN = (
    "Kryukova E.А., Shestova M.А. (2020). Emotional intelligence in the structure of a person’s"
    " intellectual and personal potential: trait or ability? (adaptation of the short version of"
    " the TEIQue-SF questionnaire). National Psychological Journal [Natsional’nyy"
    " psikhologicheskiy zhurnal], (13)4, 18–30. doi: 10.11621/npj.2020.0402"
)
# CyberLeninka's record of the same article (cross_script_holdout17): title and authors, no year
KRYUKOVA_RU = ArticleReference(
    title=Text(
        original="ЭМОЦИОНАЛЬНЫЙ ИНТЕЛЛЕКТ В СТРУКТУРЕ ИНТЕЛЛЕКТУАЛЬНО-ЛИЧНОСТНОГО ПОТЕНЦИАЛА"
        " ЧЕЛОВЕКА: ЧЕРТА ИЛИ СПОСОБНОСТЬ? (АДАПТАЦИЯ КРАТКОЙ ВЕРСИИ ОПРОСНИКА TEIQUE-SF)",
        lang="ru",
    ),
    authors=(Name(family="Крюкова"), Name(family="Шестова")),
)


def test_an_english_hard_c_is_a_russian_k() -> None:
    """ "structure" / "структуре": the English "c" before a consonant is the Russian "к", not
    the "ц" a romanized "c" stands for; with it, 8 of the 14 long words of the English title
    are names and cognates of the Russian one's, and the article is found in its translation."""
    (english,) = _parsed(KRYUKOVA_EN)
    keys = record_keys(0, english), record_keys(1, KRYUKOVA_RU)
    assert cognate_share(*keys) == pytest.approx(8 / 14)
    # two articles, one year given: the journal's English title of its article, one document
    assert score_pair(*keys).sameness is Sameness.DOCUMENT
