"""Forms of Russian literary scholarship's reference lists first met in held-out dedupe set 58
(session 21), each row a real entry with its source:

- the romanized "References (In Russ.)" lists of Проблемы исторической поэтики (poetica.pro),
  whose page ranges are typed with a figure dash (U+2012) or a minus sign (U+2212);
- the comma lists of Przegląd Rusycystyczny, ``Family I., Title[, Publisher], Place Year``, printed
  romanized and again in Cyrillic in brackets, and their ``«Journal» Year, № N, c. pages``;
- a multi-volume work cited in a note by author, title, volume and page (``т. II, ст. 164``),
  the author before a colon, in pre-reform spelling;
- a volume's book or its own title in the romanized lists (``vol. 69, book 1``, ``vol. 69: Lev
  Tolstoy``), in two CONSTRUCTED rows (marked so).

The rows marked "unchanged" are read as before (other lists' forms the change must leave alone).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.helpers import citation_fields

_POETICA_7082 = "poetica.pro/journal/liter_en.php?id=7082, References"
_POETICA_4121 = "poetica.pro/journal/liter_en.php?id=4121, References"
_PR_13873 = "journals.us.edu.pl/index.php/PR/article/view/13873, Bibliografia"
_LIBCAT = "libcat.ru/knigi/nauka-i-obrazovanie/istoriya/32000-238-narodnye-skazki-ukra-nsk-tradic"
_MOSTY = "bwu.mostyeuropy.pl/pliki/literatura_przedmiotu.htm"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # _POETICA_7082: an English article title in a romanized volume, pages "201‒230"
            "Uspenskiy B. A. The Tsar and the Imposter: Imposture in Russia as a Cultural and"
            " Historical Phenomenon. In: Khudozhestvennyy yazyk srednevekov’ya [An Artistic"
            " Language of the Middle Ages]. Leningrad, Nauka Publ., 1982, pp. 201‒230. (In Russ.)",
            {"kind": "chapter", "authors": ["Uspenskiy, B. A."],
             "title": "The Tsar and the Imposter: Imposture in Russia as a Cultural and"
             " Historical Phenomenon",
             "container_title": "Khudozhestvennyy yazyk srednevekov’ya",
             "container_translation": "An Artistic Language of the Middle Ages",
             "place": "Leningrad", "publisher": "Nauka", "year": "1982", "pages": "201-230"},
            id="figure-dash-pages",
        ),
        pytest.param(
            # _POETICA_4121: an encyclopedia's entry, pages "243−245" with a minus sign
            "Asmus V. F. Leo Tolstoy. In: Philosophical Encyclopedia: in 5 Vols. Moscow,"
            " Sovetskaya entsiklopediya Publ., 1970, vol. 5, pp. 243−245. (In Russ.)",
            {"kind": "chapter", "authors": ["Asmus, V. F."], "title": "Leo Tolstoy",
             "place": "Moscow", "publisher": "Sovetskaya entsiklopediya", "year": "1970",
             "volume": "5", "pages": "243-245"},
            id="minus-sign-pages",
        ),
        pytest.param(
            # CONSTRUCTED on _POETICA_4121's Asmus entry (its facts; the page prints the volume's
            # title and "Book. 1" instead): the book of a volume after it, "vol. 69, book 1"
            "Asmus V. F. Tolstoy’s World View. In: Literaturnoe nasledstvo. Moscow, Nauka Publ.,"
            " 1961, vol. 69, book 1, pp. 35‒102. (In Russ.)",
            {"kind": "chapter", "container_title": "Literaturnoe nasledstvo", "year": "1961",
             "volume": "69", "book": "1", "pages": "35-102"},
            id="constructed-volume-book",
        ),
        pytest.param(
            # CONSTRUCTED as above: the volume's own title after a colon, "vol. 69: Lev Tolstoy"
            "Asmus V. F. Tolstoy’s World View. In: Literaturnoe nasledstvo. Moscow, Nauka Publ.,"
            " 1961, vol. 69: Lev Tolstoy, pp. 35‒102. (In Russ.)",
            {"kind": "chapter", "container_title": "Literaturnoe nasledstvo", "year": "1961",
             "volume": "69", "pages": "35-102"},
            id="constructed-titled-volume",
        ),
        pytest.param(
            # _PR_13873, romanized
            "Gromyko M, Obrashcheniye k startsam v dukhovnoy zhizni russkikh XX VEKA, Palomnik,"
            " Moskva 2015",
            {"kind": "book", "authors": ["Gromyko, M"],
             "title": "Obrashcheniye k startsam v dukhovnoy zhizni russkikh XX VEKA",
             "title_lang": "ru-Latn", "publisher": "Palomnik", "place": "Moskva",
             "year": "2015"},
            id="comma-list-initial-without-stop",
        ),
        pytest.param(
            # _PR_13873, the same entry's Cyrillic in brackets
            "Громыко М, Обращение к старцам в духовной жизни русских XX века, Паломник, Москва"
            " 2015",
            {"kind": "book", "authors": ["Громыко, М"],
             # the normalizer writes the Latin "XX" in a Cyrillic title with Cyrillic "ХХ"
             "title": "Обращение к старцам в духовной жизни русских \u0425\u0425 века",
             "publisher": "Паломник", "place": "Москва", "year": "2015"},
            id="comma-list-cyrillic",
        ),
        pytest.param(
            # _PR_13873: the title's own full stop, the place broken after its hyphen
            "Il'yunina L., Zolotaya tsep' starchestva. Russkoye starchestvo XX VEKA, Iskusstvo"
            " Rossii, Sankt- Peterburg 2012",
            {"authors": ["Il'yunina, L."],
             "title": "Zolotaya tsep' starchestva. Russkoye starchestvo XX VEKA",
             "publisher": "Iskusstvo Rossii", "place": "Sankt-Peterburg", "year": "2012"},
            id="comma-list-publisher-hyphen-break",
        ),
        pytest.param(
            # _PR_13873: no publisher
            "Bychkov D., Agiograficheskiy diskurs v sovremennoy russkoy proze, Astrakhan' 2015",
            {"authors": ["Bychkov, D."],
             "title": "Agiograficheskiy diskurs v sovremennoy russkoy proze",
             "publisher": None, "place": "Astrakhan'", "year": "2015"},
            id="comma-list-no-publisher",
        ),
        pytest.param(
            # CONSTRUCTED on _PR_13873's form: two authors, each a head of its own
            "Ivanov I., Petrov P., Istoriya literatury, Nauka, Moskva 2015",
            {"authors": ["Ivanov, I.", "Petrov, P."], "title": "Istoriya literatury",
             "publisher": "Nauka", "place": "Moskva", "year": "2015"},
            id="constructed-comma-list-two-authors",
        ),
        pytest.param(
            # _PR_13873: a journal in guillemets
            "Абдулаев Е., Литература «бородатая» и «безбородная», «Дружба народов» 2017, № 12,"
            " c. 215-218",
            {"kind": "article", "authors": ["Абдулаев, Е."],
             "title": "Литература «бородатая» и «безбородная»",
             "container_title": "Дружба народов", "year": "2017", "issue": "12",
             "pages": "215-218"},
            id="comma-list-journal",
        ),
        pytest.param(
            # _LIBCAT: a note in pre-reform spelling, the author before a colon
            "А. Афанасьев: Поэтическія воззрѣнія славян на природу, т. II, ст. 164.",
            {"authors": ["Афанасьев, А."], "title": "Поэтическія воззрѣнія славян на природу",
             "volume": "II", "locator": "164"},
            id="volume-work-note-colon",
        ),
        pytest.param(
            # _MOSTY, unchanged: the Polish list's journal in „…”
            "Barański Zbigniew, Iwan Turgieniew w kręgu spraw polskich, „Slavia Orientalis”"
            " 1969, nr 3, s. 259–265.",
            {"kind": "article", "authors": ["Barański, Zbigniew"],
             "title": "Iwan Turgieniew w kręgu spraw polskich",
             "container_title": "Slavia Orientalis", "year": "1969", "issue": "3",
             "pages": "259-265"},
            id="unchanged-polish-quoted-journal",
        ),
    ],
)  # fmt: skip
def test_russian_list_forms(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected
