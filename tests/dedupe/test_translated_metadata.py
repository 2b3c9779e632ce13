"""A Russian journal's article and the English metadata the journal gives it (translated title
and journal name, the same DOI): one document, not another edition, though the titles and the
journals' names share few letters."""

from __future__ import annotations

from archivecite.dedupe import Sameness, find_duplicates
from tests.dedupe.helpers import benchmark_article

DOI = "10.7256/2454-0609.2025.1.73385"

# http://nbpublish.com./library_read_article.php?id=73385 (the article's Russian page)
RUSSIAN = benchmark_article(
    "П.И. Бартенев и И. Е. Забелин: коммуникация издателя и корреспондента как инструмент"
    " редакционной политики «Русского архива»",
    "Ковригина Любава Михайловна",
    "Исторический журнал: научные исследования",
    2025,
    doi=DOI,
)
# https://en.nbpublish.com/enghsm/rubrics_2169.html (the journal's English rubric listing:
# "// History magazine - researches. 2025. ¹ 1. P. 42-51.")
ENGLISH = benchmark_article(
    "P.I. Bartenev and I. E. Zabelin: Publisher and correspondent communication as an"
    " instrument of the editorial policy of the Russkii archiv",
    "Kovrigina L.M.",
    "History magazine - researches",
    2025,
    place=("", "1", "42-51"),
    doi=DOI,
)


def test_a_doi_under_a_title_and_its_translation_is_one_document() -> None:
    (cluster,) = find_duplicates([RUSSIAN, ENGLISH], level="document")
    assert cluster.members == (0, 1)
    assert cluster.level == Sameness.DOCUMENT
    assert cluster.reasons[0].text == "same DOI"
