"""A Russian record abbreviates the words of a title as ГОСТ 7.12-93 lists them ('Собр. соч.',
'Полн. собр. соч.', 'Избр. произв.'): the words in full are the title another record gives, in
Cyrillic or romanized ('Собрание сочинений', 'Sobranie sochinenii'). Another volume stays
another document.

Sources:
- ГОСТ 7.12-93, the list of abbreviated words (собрание — собр., сочинения — соч., полный —
  полн., избранный — избр., произведения — произв.), https://docload.ru/Basesdoc/33/33925/index.htm
  (as stored in the search tool's pages corpus); the abbreviations are in
  src/archivecite/dedupe/data/ru_title_abbreviations.tsv.
- m.fictionbook.ru's record 'Владимир Ленин. Полное собрание сочинений. Том 35. Октябрь 1917 –
  март 1918' (pages corpus), cited in the standard's abbreviated form 'Полн. собр. соч. Т. 35'.
- be.convdocs.org/docs/index-7603.html cites 'Лынькоў М. Зб. тв.: У 8 т.': a Belarusian record's
  abbreviations are not Russian ones, and its title is left as printed.
"""

from __future__ import annotations

import pytest

from archivecite.dedupe import find_duplicates
from archivecite.dedupe.readings import _expanded_abbreviations
from tests.dedupe.helpers import parsed

ABBREVIATED = "Ленин В. И. Полн. собр. соч. Т. 35. С. 174."


@pytest.mark.parametrize(
    ("other", "joined"),
    [
        ("Ленин В. И. Полное собрание сочинений. Т. 35. М., 1974.", True),
        ("Lenin, V. I. Polnoe sobranie sochinenii. Vol. 35. Moscow, 1974.", True),
        # another volume of the collected works: another document
        ("Ленин В. И. Полное собрание сочинений. Т. 36. М., 1974.", False),
    ],
)
def test_the_abbreviated_title_is_the_title_in_full(other: str, joined: bool) -> None:
    references = [parsed(ABBREVIATED), parsed(other)]
    assert bool(find_duplicates(references, level="document")) is joined


@pytest.mark.parametrize(
    ("title", "expanded"),
    [
        ("Собр. соч", "Собрание сочинений"),
        ("Полн. собр. соч. в 90 т.", "Полное собрание сочинений в 90 т."),
        ("Избр. произв.: В 2 т.", "Избранные произведения: В 2 т."),
        # words the table does not list, and other letters, stay as printed
        ("Собр. документов", "Собр. документов"),
        ("Зб. тв.: У 8 т.", "Зб. тв.: У 8 т."),
        ("Sobr. soch.", "Sobr. soch."),
    ],
)
def test_what_is_written_out(title: str, expanded: str) -> None:
    assert _expanded_abbreviations(title) == expanded
