"""One test per citeproc-py fix, named after the CSL rule it restores."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Final

import pytest

from archivecite.csl import Cite, engine
from archivecite.csl.fixes import disambiguation
from archivecite.csl.fixes.quotes import _typographic
from archivecite.csl.initials import initialize_with

CSL2: Final = {
    item["id"]: item
    for item in json.loads(
        (Path(__file__).parent.parent / "data" / "csl2" / "items.json").read_text(encoding="utf-8")
    )
}
"""Real items of the second conformance corpus (tests/data/csl2, see its SOURCES.md)."""

ARCHIVAL = {
    "id": "garf-1956",
    "type": "manuscript",
    "title": "Spravka o kolichestve voyennoplennykh",
    "issued": {"date-parts": [[1956]]},
    "archive": "State Archive of the Russian Federation",
    "archive-place": "Moscow",
    "archive_location": "f. 9401, op. 2, d. 582, ll. 9–12",
}


@pytest.mark.parametrize(
    ("given", "mark", "normalize_only", "expected"),
    [
        pytest.param("Iu. G.", ". ", False, "Iu. G.", id="two-letter-iu"),
        pytest.param("Ya. A.", ". ", False, "Ya. A.", id="two-letter-ya"),
        pytest.param("Zh. Kh.", ".", False, "Zh.Kh.", id="two-letter-zh-kh-no-space"),
        pytest.param("Yuriy Georgievich", ". ", False, "Y. G.", id="initialize-full-names"),
        pytest.param("Jean-Paul", ". ", False, "J.-P.", id="initialize-with-hyphen"),
        pytest.param("John R.R.", ". ", True, "John R. R.", id="initialize-false-keeps-names"),
        pytest.param("V.B", ". ", False, "V. B.", id="initials-without-final-period"),
        pytest.param("M.E", ".", True, "M.E.", id="normalized-initials-without-final-period"),
    ],
)
def test_csl_initialize_and_initialize_with(
    given: str, mark: str, normalize_only: bool, expected: str
) -> None:
    """CSL 1.0.2 Name: ``initialize-with`` and ``initialize="false"``."""
    assert initialize_with(given, mark, normalize_only=normalize_only) == expected


def test_csl_substitute_suppresses_substituted_variables() -> None:
    """CSL 1.0.2 Substitute: a title that replaces the missing author is not printed again."""
    (entry,) = engine("apa").bibliography([ARCHIVAL])
    assert entry.count("Spravka o kolichestve") == 1


def test_csl_quotes_appendix_smart_quotes() -> None:
    """Straight quotes in field values become the locale's, nested inside quoted titles."""
    terms = ("“", "”", "‘", "’")
    assert _typographic("The 'Big' Plan of China's army", False, terms) == (
        "The “Big” Plan of China’s army"  # citeproc-js: the first level is the outer quote
    )
    assert _typographic('On "Ibid." rules', True, terms) == "On ‘Ibid.’ rules"


def test_csl_archive_collection_is_a_variable() -> None:
    """CSL 1.0.2 Appendix IV: archive_collection is a standard variable (no warning)."""
    item = {**ARCHIVAL, "archive_collection": "Fond 9401"}
    assert engine("chicago-notes-bibliography").bibliography([item])


def test_csl_punctuation_in_quote_at_every_seam() -> None:
    """CSL 1.0.2 Locale options, punctuation-in-quote: a period after a closing quote moves
    inside it, also through group delimiters and the layout suffix; stacked quotes too."""
    item = {"id": "a", "type": "manuscript", "title": "Catalogue reference", "archive": "TNA"}
    (entry,) = engine("chicago-notes-bibliography").bibliography([item])
    assert entry.startswith("“Catalogue Reference.” n.d.")
    nested = {**item, "title": "'Inner title'"}
    (entry,) = engine("chicago-notes-bibliography").bibliography([nested])
    assert entry.startswith("“‘Inner Title.’”")


def test_csl_punctuation_in_quote_leaves_a_soft_sign_apostrophe() -> None:
    """CSL 1.0.2 punctuation-in-quote: a word-final ’ standing for a soft sign (Sibir’) has no
    opening quote and is not a closing quote, so a following comma stays outside."""
    from archivecite.csl.fixes.punctuation import _closes_quote, _move_into_quote  # noqa: PLC0415

    assert not _closes_quote("Sibir’")
    assert _closes_quote("‘Sibir’")
    assert str(_move_into_quote("Mysl’", ",")[0]) == "Mysl’"
    assert str(_move_into_quote("“Title”", ",")[0]) == "“Title,”"


def test_csl_disambiguate_add_year_suffix() -> None:
    """CSL 1.0.2 Disambiguation, disambiguate-add-year-suffix: same author and year get a, b
    in bibliography order, in the cite and the entry; implicitly after the year in GOST."""
    base = {"type": "book", "author": [{"family": "Gareev", "given": "M. A."}]}
    items = [
        {**base, "id": "b", "title": "O mifakh", "issued": {"date-parts": [[1991]]}},
        {**base, "id": "a", "title": "Istoriya", "issued": {"date-parts": [[1991]]}},
    ]
    entries = engine("apa").bibliography(items)
    assert entries[0].startswith("Gareev, M. A. (1991a). Istoriya")
    assert entries[1].startswith("Gareev, M. A. (1991b). O mifakh")
    notes = engine("apa").notes(items, [[Cite("b")], [Cite("a")]])
    assert notes == ["(Gareev, 1991b)", "(Gareev, 1991a)"]
    gost = engine("gost-r-7-0-5-2008", locale="ru-RU").bibliography(items)
    assert "1991a" in gost[0]


def test_csl_choose_disambiguate_condition() -> None:
    """CSL 1.0.2 Choose, disambiguate="true": only a cite otherwise identical to another's
    takes the branch (MLA adds the title)."""
    base = {"type": "book", "author": [{"family": "Semiryaga", "given": "M. I."}]}
    one = {**base, "id": "a", "title": "Kak my upravlyali"}
    two = {**base, "id": "b", "title": "Other"}
    lone = {"id": "c", "type": "book", "title": "T", "author": [{"family": "Karpov"}]}
    cites = [[Cite("a")], [Cite("b")], [Cite("c")]]
    notes = engine("modern-language-association").notes([one, two, lone], cites)
    assert notes == ["(Semiryaga, Kak My Upravlyali)", "(Semiryaga, Other)", "(Karpov)"]


def test_csl_sorting_by_locale_collation() -> None:
    """CSL 1.0.2 Sorting: keys compare as citeproc-js's localeCompare does -- Cyrillic before
    Latin in a Russian locale, after it in English; case, accents, punctuation ignored."""
    from archivecite.csl.collation import collation_key  # noqa: PLC0415

    names = ["Atarashi", "Дэйвид", "élan", "Zed", "10a", "2a"]
    assert sorted(names, key=lambda text: collation_key(text, "ru")) == [
        "2a",
        "10a",
        "Дэйвид",
        "Atarashi",
        "élan",
        "Zed",
    ]
    assert sorted(names, key=lambda text: collation_key(text, "en")) == [
        "2a",
        "10a",
        "Atarashi",
        "élan",
        "Zed",
        "Дэйвид",
    ]
    assert collation_key("GA RF", "en") == collation_key("garf", "en")


def test_csl_sorting_authorless_by_substituted_title() -> None:
    """CSL 1.0.2 Sorting with a macro key: an authorless work sorts by the title its author
    macro substitutes, among the authors' names, not last."""
    items = [
        {"id": "z", "type": "book", "title": "Zebra", "author": [{"family": "Young"}]},
        {"id": "m", "type": "book", "title": "Middle"},
        {"id": "a", "type": "book", "title": "T", "author": [{"family": "Abel"}]},
    ]
    order = [key for key, _ in engine("chicago-author-date").bibliography_with_ids(items)]
    assert order == ["a", "m", "z"]


def test_csl_name_order_for_japanese_and_chinese_works() -> None:
    """CSL 1.0.2 Name-part Order as citeproc-js applies it: in a Japanese or Chinese work (or
    a name in a non-Latin script) the family name comes first, with no sort separator;
    trailing lower-case given-name words are a dropping particle (CSL.parseParticles)."""
    item = {
        "id": "a",
        "type": "book",
        "title": "Chinmoku no daichi",
        "language": "ja",
        "author": [{"family": "Atarashi Tadashi", "given": "Taku"}],
    }
    (entry,) = engine("chicago-notes-bibliography").bibliography([item])
    assert entry.startswith("Atarashi Tadashi Taku. Chinmoku")
    (entry,) = engine("apa").bibliography([item])
    assert entry.startswith("Atarashi Tadashi T. (n.d.)")
    han = {**item, "language": "zh", "author": [{"family": "沈", "given": "志华"}]}
    (entry,) = engine("chicago-notes-bibliography").bibliography([han])
    assert entry.startswith("沈志华.")
    western = {**item, "author": [{"family": "Kobayashi", "given": "A.", "multi": {"main": "en"}}]}
    (entry,) = engine("apa").bibliography([western])
    assert entry.startswith("Kobayashi, A.")


def test_csl_substitute_names_inherit_and_are_suppressed() -> None:
    """CSL 1.0.2 Substitute: a bare cs:names inside cs:substitute (also inside cs:choose) takes
    the cs:name and cs:label of its parent; the substituted editors are not printed again."""
    item = {
        "id": "a",
        "type": "book",
        "title": "Russkiy arkhiv",
        "editor": [{"family": "Efremov", "given": "A. D."}, {"family": "Mukhin", "given": "V. V."}],
        "publisher": "Terra",
        "issued": {"date-parts": [[1997]]},
    }
    (entry,) = engine("chicago-notes-bibliography").bibliography([item])
    assert entry == "Efremov, A. D., and V. V. Mukhin, eds. Russkiy Arkhiv. Terra, 1997."
    (entry,) = engine("apa").bibliography([item])
    assert entry == "Efremov, A. D., & Mukhin, V. V. (Eds.). (1997). Russkiy arkhiv. Terra."


def test_csl_text_case_title_of_terms_and_titles() -> None:
    """CSL 1.0.2 Text-case title, as citeproc-js: its skip words stay lower-case ("between",
    "v"), labels and terms get title case ("(Eds.)"), an apostrophe does not split a word."""
    from citeproc.string import String  # noqa: PLC0415

    from archivecite.csl.fixes.text_case import title_case  # noqa: PLC0415

    assert str(title_case(String("talks between china v russia"))) == (
        "Talks between China v Russia"
    )
    assert str(title_case(String("sotsial’no-politicheskoi istorii"))) == (
        "Sotsial’no-Politicheskoi Istorii"
    )


def test_csl_quotes_alternate_when_nested() -> None:
    """CSL 1.0.2 "Appendix VI: Quotation marks" (citeproc-js flip-flop): inside a text with
    quotes="true" the first level of quotes is the inner one, whatever mark the field used;
    marks that pair with nothing stay as written."""
    terms = ("“", "”", "‘", "’")
    assert _typographic("on “China” today", True, terms) == "on ‘China’ today"
    assert _typographic("on ‘China’ today", True, terms) == "on ‘China’ today"
    assert _typographic("\"a 'b' c\" and 'd'", True, terms) == "‘a “b” c’ and ‘d’"
    assert _typographic("“Mysl’ i slovo”", True, terms) == "“Mysl’ i slovo”"  # ’ closes no ‘


def test_csl_quotes_unpaired_marks_as_citeproc_js() -> None:
    """CSL 1.0.2 "Appendix VI": a ' before a letter is an apostrophe, a ' that pairs with
    nothing is one too (’), an unpaired " stays straight; the first straight quote form met
    is the outer one; only the locale's own marks count as quotes (GOST: «» outside)."""
    terms = ("“", "”", "‘", "’")
    assert _typographic("'十四五'国家", False, terms) == "’十四五’国家"
    assert _typographic('"abc def', False, terms) == '"abc def'
    assert _typographic("'Tis the 'season'", False, terms) == "’Tis the “season”"
    russian = ("«", "»", "„", "“")
    assert _typographic("Citation: “Cable, 'Reactions to China's Test',” 1964", False, russian) == (
        "Citation: “Cable, «Reactions to China’s Test»,” 1964"
    )


def test_csl_punctuation_merging_as_citeproc_js() -> None:
    """CSL 1.0.2 Locale options, punctuation-in-quote, with citeproc-js's merge table: a
    field ending in "?" absorbs a following "." (also outside quotes), keeps a ","; a "," keeps
    a following "." ("?.", not "?" alone, is what citeproc-py printed)."""
    from archivecite.csl.fixes.punctuation import _move_into_quote, absorbs  # noqa: PLC0415

    assert absorbs("?", ".")
    assert not absorbs("?", ",")
    assert not absorbs(",", ".")
    assert str(_move_into_quote("“Comes True?”", ",")[0]) == "“Comes True?,”"
    assert str(_move_into_quote("“ken’,”", ".")[0]) == "“ken’,.”"
    item = {
        "id": "a",
        "type": "article-newspaper",
        "title": "Is 2021 the Year Orwell's 1984 Comes True?",
        "author": [{"family": "Tisdall", "given": "Simon"}],
        "container-title": "The Guardian",
        "issued": {"date-parts": [[2021, 4, 11]]},
    }
    (entry,) = engine("apa").bibliography([item])
    assert "Comes True? The Guardian." in entry


def test_csl_page_range_format_as_citeproc_js() -> None:
    """CSL 1.0.2 "Page Ranges": "minimal-two" keeps two digits only when both numbers have
    the same length; "chicago-16" as CMOS; without the option a range is left alone."""
    from archivecite.csl.fixes.numbers import last_page  # noqa: PLC0415

    assert last_page("5", "27", "minimal-two") == "27"
    assert last_page("5", "684", "minimal-two") == "684"
    assert last_page("321", "328", "minimal-two") == "28"
    assert last_page("321", "328", "chicago-16") == "28"
    assert last_page("1496", "1504", "chicago-16") == "504"
    assert last_page("321", "8", "expanded") == "328"
    assert last_page("576", "87", None) == "87"
    # a letter prefix: "chicago-16" drops it from the end, "expanded" repeats it
    assert last_page("S12", "S15", "chicago-16") == "15"
    assert last_page("S12", "S15", "expanded") == "S15"


def test_csl_number_forms_only_for_plain_numbers() -> None:
    """CSL 1.0.2 "Number" (``form="ordinal"``) as citeproc-js applies it: to each number of
    a range that is a plain integer, not to "02" or to a number with a letter prefix."""
    book = {"id": "b", "type": "book", "title": "T", "publisher": "P"}
    style = engine("modern-language-association")
    (range_,) = style.bibliography([{**book, "edition": "99-02"}])
    assert range_ == "T. 99th–02 eds., P."
    (prefixed,) = style.bibliography([{**book, "edition": "A2"}])
    assert prefixed == "T. A2 ed., P."


def test_csl_group_suppressed_by_what_it_rendered() -> None:
    """CSL 1.0.2 "Group": a group is suppressed when the variables it called are all empty;
    only the branch of cs:choose taken calls variables (APA: no "(Publication)" for a thesis
    without a number); a macro call counts as a group of its own (citeproc-js), so a term in
    a macro shows next to an empty variable (Chicago: "Unpublished manuscript")."""
    thesis = {
        "id": "t",
        "type": "thesis",
        "title": "Istoriya plena",
        "author": [{"family": "Karasev", "given": "S. V."}],
        "issued": {"date-parts": [[2007]]},
        "genre": "Doktor istoricheskikh nauk",
    }
    (entry,) = engine("apa").bibliography([thesis])
    assert entry == "Karasev, S. V. (2007). Istoriya plena [Doktor istoricheskikh nauk]."
    manuscript = {"id": "m", "type": "manuscript", "title": "Ibid", "archive_location": "d. 1"}
    (entry,) = engine("chicago-author-date").bibliography([manuscript])
    assert entry == "“Ibid.” n.d. Unpublished manuscript. D. 1."


def test_csl_hyphenated_name_variables() -> None:
    """CSL 1.0.2 "Appendix IV - Variables": ``container-author`` (a hyphenated name
    variable) renders ("In Book, by ...")."""
    item = {
        "id": "a",
        "type": "chapter",
        "title": "T",
        "author": [{"family": "Furumi", "given": "Tadayuki"}],
        "issued": {"date-parts": [[1995]]},
        "container-title": "Book",
        "publisher": "Bunshun",
        "container-author": [{"family": "Handō", "given": "Kazutoshi"}],
    }
    (entry,) = engine("chicago-notes-bibliography").bibliography([item])
    assert entry == "Furumi, Tadayuki. “T.” In Book, by Kazutoshi Handō. Bunshun, 1995."


@pytest.mark.parametrize(
    ("value", "variable", "numeric", "plural"),
    [
        pytest.param("1-3", "page", True, True, id="range"),
        pytest.param("2 & 4", "issue", True, True, id="ampersand"),
        pytest.param("e262-e273", "page", True, True, id="letter-prefixed-range"),
        pytest.param("2 (34)", "issue", False, False, id="issue-and-running-number"),
        pytest.param("3(36)", "issue", False, False, id="no-space"),
        pytest.param("2.0", "version", False, False, id="dotted-version"),
        pytest.param("2nd", "edition", True, False, id="ordinal"),
        pytest.param("12a", "volume", True, False, id="letter-suffix"),
        pytest.param("A2", "volume", True, False, id="letter-prefix"),
        pytest.param("3-5", "volume", True, True, id="volume-range"),
        pytest.param("09-5", "number", True, True, id="report-number"),
        pytest.param("60822-2-RG", "issue", True, True, id="catalogue-number"),
        pytest.param("2nd ser., 106", "issue", False, False, id="series-and-number"),
        pytest.param("Z39.29-2005", "issue", False, False, id="standard-number"),
    ],
)
def test_csl_is_numeric_and_contextual_plural_as_citeproc_js(
    value: str, variable: str, numeric: bool, plural: bool
) -> None:
    """CSL 1.0.2 "is-numeric" and "Label" ``plural="contextual"``, decided as citeproc-js's
    ``processNumber`` does: the value split at "-", "&", "and", ", ", "; " into numbers;
    numeric when the first is a number (a letter prefix or suffix allowed), plural when
    several numbers of one label follow it."""
    from archivecite.csl.fixes.numeric import parse  # noqa: PLC0415

    parsed = parse(value, variable, lambda term: term != "series,")
    assert (parsed.numeric, parsed.plural) == (numeric, plural)


def test_csl_number_labels_and_is_numeric_on_real_items() -> None:
    """CSL 1.0.2 "Label" (citeproc-js): "no." for a series with its number and for a
    standard's number, "nos." for a catalogue number of three parts."""
    entries = engine("chicago-notes-bibliography").bibliography(
        [CSL2["cms:rubinstein:chopin"], CSL2["cms:boxer:china"]]
    )
    assert entries == [
        "Boxer, Charles R., ed. South China in the Sixteenth Century. Hakluyt Society "
        "Publications, no. 2nd ser., 106. London, 1953.",
        "Rubinstein, Artur. The Chopin Collection. nos. 60822-2-RG. RCA Victor/BMG, 1991.",
    ]
    (entry,) = engine("apa").bibliography([CSL2["cms:niso:bibref"]])
    assert entry == "Bibliographic References (Issue Z39.29-2005). (2005). NISO."


def test_csl_number_variable_in_cs_text_as_cs_number() -> None:
    """CSL 1.0.2 "is-numeric" and "Number" (citeproc-js): a report number "09-5" is numeric,
    so Chicago labels it ("Nos."), and a number variable rendered by ``cs:text`` gets its
    range delimiter as ``cs:number`` would ("09–5", "nos. 99–02")."""
    entries = engine("chicago-notes-bibliography").bibliography(
        [CSL2["csled:ahlquist2009"], CSL2["blx:padhye"]]
    )
    assert [" ".join(entry.split()) for entry in entries] == [
        "Ahlquist, John S., and Christian Breunig. Country Clustering in Comparative Political "
        "Economy. MPIfG Discussion Paper Nos. 09–5. Max-Planck Institute for the Study of "
        "Societies, 2009.",
        "Padhye, Jitendra, Victor Firoiu, and Don Towsley. A Stochastic Model of TCP Reno "
        "Congestion Avoidance and Control. nos. 99–02. Amherst, Mass., 1999.",
    ]


def test_csl_number_ranges_only_between_numbers() -> None:
    """CSL 1.0.2 "Page Ranges" as citeproc-js applies them: a hyphen becomes the range
    delimiter only between two numbers; "300-31862 (Autumn 1978)" is left as written."""
    (entry,) = engine("chicago-notes-bibliography").bibliography([CSL2["cms:brown:bremer"]])
    assert " ".join(entry.split()) == (
        "Brown, George C., ed. “A Swedish Traveler in Early Wisconsin.” Wisconsin Magazine of "
        "History 61 (1978): 300-31862 (Autumn 1978): 4156."
    )


def test_csl_label_held_in_a_page_value() -> None:
    """CSL 1.0.2 "Label" (citeproc-js): a page value "sec. 3" holds its own label, the
    section term: the page label is "sec.", and in Russian the value reads "разд. 3"."""
    item = CSL2["cms:morgenson:market"]
    (mla,) = engine("modern-language-association").bibliography([item])
    assert mla.endswith("New York Times, Apr. 2000, sec. sec. 3.")
    (gost,) = engine("gost-r-7-0-5-2008", locale="ru-RU").bibliography([item])
    assert gost == (
        "1. Morgenson G. Applying a Discount to Good Earnings News // New York Times. 2000. "
        "С. разд. 3."
    )


def _book(key: str, title: str, year: int, *authors: tuple[str, str]) -> dict[str, object]:
    return {
        "id": key,
        "type": "book",
        "title": title,
        "issued": {"date-parts": [[year]]},
        "author": [{"family": family, "given": given} for family, given in authors],
    }


def test_csl_disambiguate_add_names() -> None:
    """CSL 1.0.2 Disambiguation, disambiguate-add-names: names hidden by et-al are added one
    by one to the ambiguous cites until they differ, also in the bibliography (as
    citeproc-js renders them); no year-suffix is then needed."""
    items = [
        _book("a", "One", 2000, ("Smith", "John"), ("Jones", "K"), ("Brown", "L"), ("Green", "M")),
        _book("b", "Two", 2000, ("Smith", "John"), ("Jones", "K"), ("White", "L"), ("Grey", "M")),
        _book("c", "Three", 2000, ("Smith", "John"), ("Black", "K"), ("White", "L"), ("Grey", "M")),
    ]
    style = engine("harvard-cite-them-right")
    assert style.notes(items, [[Cite("a")], [Cite("b")], [Cite("c")]]) == [
        "(Smith, Jones, Brown, et al., 2000)",
        "(Smith, Jones, White, et al., 2000)",
        "(Smith, Black, et al., 2000)",
    ]
    assert style.bibliography(items) == [
        "Smith, J., Jones, K., Brown, L., et al. (2000) One.",
        "Smith, J., Black, K., et al. (2000) Three.",
        "Smith, J., Jones, K., White, L., et al. (2000) Two.",
    ]


def test_csl_disambiguate_add_givenname_by_cite() -> None:
    """CSL 1.0.2 Disambiguation, disambiguate-add-givenname with the default rule "by-cite":
    names in ambiguous cites get initials, or full given names when initials are the same,
    then the year-suffix separates what is left."""
    items = [
        _book("a", "One", 2000, ("Smith", "John")),
        _book("b", "Two", 2000, ("Smith", "John")),
        _book("c", "Three", 2000, ("Smith", "Adam")),
    ]
    cites = [[Cite("a")], [Cite("b")], [Cite("c")]]
    assert engine("harvard-cite-them-right").notes(items, cites) == [
        "(J. Smith, 2000a)",
        "(J. Smith, 2000b)",
        "(A. Smith, 2000)",
    ]
    twins = [_book("a", "One", 2000, ("Smith", "John")), _book("b", "Two", 2000, ("Smith", "Jane"))]
    style = engine("harvard-cite-them-right")
    assert style.notes(twins, cites[:2]) == ["(John Smith, 2000)", "(Jane Smith, 2000)"]
    assert style.bibliography(twins) == ["Smith, John (2000) One.", "Smith, Jane (2000) Two."]


def test_csl_givenname_disambiguation_rule_primary_name() -> None:
    """CSL 1.0.2 givenname-disambiguation-rule "primary-name" (Chicago) and
    "primary-name-with-initials" (APA): the first name of every cite is told apart from other
    persons' of the same family name, even in cites that are not ambiguous."""
    items = [_book("a", "One", 1999, ("Smith", "John")), _book("b", "Two", 2005, ("Smith", "Adam"))]
    cites = [[Cite("a")], [Cite("b")]]
    assert engine("chicago-author-date").notes(items, cites) == [
        "(J. Smith 1999)",
        "(A. Smith 2005)",
    ]
    assert engine("apa").notes(items, cites) == ["(J. Smith, 1999)", "(A. Smith, 2005)"]
    same_initials = [
        _book("a", "One", 2000, ("Smith", "John")),
        _book("b", "Two", 2000, ("Smith", "Jane")),
    ]
    assert engine("apa").notes(same_initials, cites) == ["(Smith, 2000a)", "(Smith, 2000b)"]


def test_csl_sort_keys_as_citeproc_js_writes_them() -> None:
    """CSL 1.0.2 "Sorting" as citeproc-js does it: a key's spaces become its sort separator
    "|", which counts (before digits and letters) where punctuation does not, so "Hu S."
    sorts before "Hui Y." and "[ Inchon" before "1.6.1"."""
    from archivecite.csl.fixes.sorting import _sort_key  # noqa: PLC0415

    def key(text: str) -> object:
        return _sort_key(text, "en")

    assert sorted(["Hui Y.", "Hu S.", "Hu L."], key=key) == ["Hu L.", "Hu S.", "Hui Y."]
    assert sorted(["MacArthur D.", "Ma X."], key=key) == ["Ma X.", "MacArthur D."]
    assert sorted(["1.6.1.11", "[ Inchon"], key=key) == ["[ Inchon", "1.6.1.11"]
    assert sorted(["d. 409-419", "d. 409, l. 1"], key=key) == ["d. 409, l. 1", "d. 409-419"]


def test_csl_sorting_macros_dates_as_keys() -> None:
    """CSL 1.0.2 "Sorting Macros": a date rendered in a macro key sorts by its YYYYMMDD value
    (MLA: 17 Aug. 1941 before 4 Oct. 1941), not by the text of its month."""
    from citeproc.source import Date  # noqa: PLC0415

    from archivecite.csl.fixes.sorting import date_sort_key  # noqa: PLC0415

    assert date_sort_key(Date(year=1943, month=9, day=11), {"year", "month", "day"}) == (
        "119430911100000000"
    )
    base = {"type": "manuscript", "archive": "RGASPI", "archive_location": "f. 558"}
    items = [
        {**base, "id": "oct", "issued": {"date-parts": [[1941, 10, 4]]}},
        {**base, "id": "aug", "issued": {"date-parts": [[1941, 8, 17]]}},
    ]
    order = [key for key, _ in engine("modern-language-association").bibliography_with_ids(items)]
    assert order == ["aug", "oct"]


def test_archive_place_from_the_registry() -> None:
    """The model -> CSL-JSON mapping gives a known archive its city from the registry, in
    the language the archive is named in (a romanization counts as English)."""
    from archivecite.io import to_csl  # noqa: PLC0415
    from archivecite.model import ArchivalReference, ArchiveRef, Text  # noqa: PLC0415

    def place(archive: ArchiveRef, **extra: str) -> object:
        return to_csl(ArchivalReference(id="x", archive=archive, extra=extra)).get("archive-place")

    assert place(ArchiveRef(id="garf", name=Text(original="GA RF"))) == "Moscow"
    assert place(ArchiveRef(id="garf", name=Text(original="ГА РФ"))) == "Москва"
    assert place(ArchiveRef(id="garf")) == "Moscow"
    assert place(ArchiveRef(id="garf"), archive_place="Moskva") == "Moskva"
    assert place(ArchiveRef(name=Text(original="Family papers"))) is None


def test_csl_leading_term_capitalized() -> None:
    """citeproc-js term_predecessor: a term opening a bibliography entry is capitalized
    ("(N.d.-a)"), not in an in-text citation."""
    item = {"id": "a", "type": "manuscript", "archive": "GARF", "archive-place": "Moscow"}
    (entry,) = engine("harvard-cite-them-right").bibliography([item])
    assert entry.startswith("(No date)")
    assert engine("apa").notes([item], [[Cite("a")]]) == ["(n.d.)"]


def test_csl_label_of_an_empty_variable_is_a_term() -> None:
    """CSL 1.0.2 "Label" as citeproc-js renders it: the label of an empty variable is a term
    like any other, shown in a group that renders a variable (Harvard's "(5 vol)" for
    ``number-of-volumes`` without ``volume``) and suppressed with a group that renders none
    (no "Version" in APA for a work without one)."""
    (entry,) = engine("harvard-cite-them-right").bibliography([CSL2["blx:knuth:ct"]])
    assert entry == (
        "Knuth, D.E. (1984–1986) Computers & Typesetting (5 vol). Reading, Mass.: Addison-Wesley."
    )
    (apa,) = engine("apa").bibliography([CSL2["cms:oed:cdrom"]])
    assert apa == "Oxford English Dictionary (2nd ed.). (2009). Oxford University Press."


def test_csl_substitute_suppresses_a_number_variable() -> None:
    """CSL 1.0.2 "Substitute": a variable rendered by ``cs:number`` in the substitute (APA's
    edition, standing in for the author with the title) is suppressed later on."""
    (entry,) = engine("harvard-cite-them-right").bibliography([CSL2["cms:oed:cdrom"]])
    assert entry == "Oxford English Dictionary. 2nd ed (2009). Oxford University Press."


def test_csl_substitute_suppresses_a_date() -> None:
    """CSL 1.0.2 "Substitute": a date rendered in the substitute (Chicago's publisher and
    year standing in for the author of an encyclopedia) is not rendered again."""
    item = CSL2["pan:oed:cdrom"]
    notes = engine("chicago-notes-bibliography").notes([item], [[Cite(item["id"])]])
    assert notes == ["(Oxford University Press, 2009), Oxford English Dictionary, 2nd ed."]


def test_csl_title_case_last_word_and_hyphen_as_citeproc_js() -> None:
    """CSL 1.0.2 "Text-case" ``title`` as citeproc-js writes it: the last word is capitalized
    even if a skip word ("Turn Out?"), and so is the word before the title's first mark
    when that mark is a hyphen ("On-Line")."""
    (quora,) = engine("chicago-notes-bibliography").bibliography([CSL2["cms:quora:thread"]])
    assert " ".join(quora.split()).startswith(
        "“How Did the Cool Kids from High School Turn Out?” August 9, 2016."
    )
    (nass,) = engine("modern-language-association").bibliography([CSL2["pan:nass:address"]])
    assert nass.startswith("Nass, Clifford. “Why Researchers Treat On-Line Journals like")


def test_csl_date_ranges_write_shared_parts_once() -> None:
    """CSL 1.0.2 "Date Ranges" (citeproc-js): the parts both dates share are written once,
    the differing ones joined by an en dash, in the order of the date format."""
    item = CSL2["pan:nass:address"]
    (chicago,) = engine("chicago-author-date").bibliography([item])
    assert chicago.endswith("Annual meeting of the council of science editors, May 6–9, 2000.")
    (mla,) = engine("modern-language-association").bibliography([item])
    assert mla.endswith("Annual meeting of the council of science editors, 6–9 May 2000.")


def test_csl_year_suffix_after_a_year_range() -> None:
    """CSL 1.0.2 "Disambiguation", add-year-suffix on a range of years: the implicit
    suffix follows the last year (citeproc-js), "1984–1986a"."""
    entries = engine("gost-r-7-0-5-2008", locale="ru-RU").bibliography(
        [CSL2["blx:knuth:ct"], CSL2["blx:knuth:ct:related"]]
    )
    assert [entry.rsplit(", ", 1)[1] for entry in entries] == ["1984–1986a.", "1984–1986b."]


def test_csl_subsequent_author_substitute() -> None:
    """CSL 1.0.2 Reference Grouping, subsequent-author-substitute: the repeated author of the
    next entry becomes "———"; names with a role label are left as they are (citeproc-js)."""
    author = [{"family": "Katasonova", "given": "E. L."}]
    items = [
        {"id": "a", "type": "book", "title": "A", "author": author},
        {"id": "b", "type": "book", "title": "B", "author": author},
    ]
    entries = engine("modern-language-association").bibliography(items)
    assert entries[1].startswith("———. B")


def test_csl_subsequent_author_substitute_compares_names_as_citeproc_js() -> None:
    """CSL 1.0.2 "Reference Grouping" as citeproc-js applies it: an editor's entry ("Amlen,
    Deb, editor") is not replaced and does not end the run of its name, and names are
    compared as given: "van Herwijnen" as a family name is not the name with "van" as its
    particle."""
    ids = [
        "pan:amlen:hoot",
        "pan:amlen:wordplay",
        "cms:amlen:hoot",
        "cms:herwign:office",
        "pan:herwign:office",
    ]
    entries = engine("modern-language-association").bibliography([CSL2[key] for key in ids])
    assert [entry.split(".")[0] for entry in entries] == [
        "Amlen, Deb",
        "Amlen, Deb, editor",
        "———",
        "van Herwijnen, Eric",
        "van Herwijnen, Eric",
    ]


def test_citeproc_js_marks_a_cite_with_no_printed_form() -> None:
    """citeproc-js prints an error marker for a cite that renders nothing."""
    item = {"id": "a", "type": "manuscript", "archive": "GARF"}
    (note,) = engine("modern-language-association").notes([item], [[Cite("a")]])
    assert "reference with no printed form" in note


def test_csl_givenname_expansion_within_a_bibliography_name_list() -> None:
    """CSL 1.0.2 Disambiguation (names identical in initialized form, as citeproc-js treats
    them in the bibliography): persons of one name list with the same family name and
    initials show their given names in full; other entries keep initials."""
    items = [
        _book("a", "T0", 2001, ("Brown", "Jane")),
        _book("b", "T1", 2000, ("Brown", "John"), ("Brown", "Jane")),
    ]
    assert engine("harvard-cite-them-right").bibliography(items) == [
        "Brown, J. (2001) T0.",
        "Brown, John and Brown, Jane (2000) T1.",
    ]


def test_csl_ambiguity_ignores_quotes() -> None:
    """CSL 1.0.2 Disambiguation as citeproc-js judges it: cites are compared without their
    decorations, so an article's quoted title and a book's plain one are the same cite."""
    items = [
        {"id": "a", "type": "article-journal", "title": "Alpha", "container-title": "J",
         "issued": {"date-parts": [[2001]]}},
        {"id": "b", "type": "book", "title": "Alpha", "issued": {"date-parts": [[2001]]}},
    ]  # fmt: skip
    notes = engine("apa").notes(items, [[Cite("a")], [Cite("b")]])
    assert notes == ["(“Alpha,” 2001a)", "(Alpha, 2001b)"]


def test_csl_name_particles_in_sort_keys_and_short_sorted_names() -> None:
    """CSL 1.0.2 "Name Particles": with demote-non-dropping-particle="sort-only" (Harvard)
    "van Gogh" sorts under G; a short name in sort order with the default
    "display-and-sort" demotes its particle ("Gogh van" in GOST's cites)."""
    gogh = {"family": "Gogh", "non-dropping-particle": "van", "given": "Vincent"}
    items = [
        _book("i", "Alpha", 2000, ("Ivanov", "Ivan")),
        {**_book("g", "Beta", 2000), "author": [gogh]},
    ]
    order = [key for key, _ in engine("harvard-cite-them-right").bibliography_with_ids(items)]
    assert order == ["g", "i"]
    gost = engine("gost-r-7-0-5-2008", locale="ru-RU").notes(items[1:], [[Cite("g")]])
    assert gost == ["[Gogh van, 2000]"]


def test_csl_sort_keys_leave_out_and_and_et_al() -> None:
    """CSL 1.0.2 "Sorting Macros": et-al terms and name labels are left out of a macro key,
    and (as citeproc-js) the "and": "Smith, J. et al." sorts before "Smith, J. and Brown"."""
    items = [
        _book("pair", "T1", 2000, ("Smith", "John"), ("Brown", "John")),
        _book(
            "many", "T0", 2001, ("Smith", "J."), ("Smith", "Jo"), ("Smith", "Jon"), ("Brown", "J")
        ),
    ]
    order = [key for key, _ in engine("harvard-cite-them-right").bibliography_with_ids(items)]
    assert order == ["many", "pair"]


def test_institution_last_in_a_name_list() -> None:
    """CSL 1.0.2 "Name" as citeproc-js joins institutions: when the last name is an
    institution, delimiter-precedes-last acts as "contextual"."""
    item = {
        "id": "a",
        "type": "book",
        "title": "Gamma",
        "author": [{"literal": "UNESCO"}, {"literal": "Central Committee"}],
        "issued": {"date-parts": [[2000]]},
    }
    (entry,) = engine("apa").bibliography([item])
    assert entry.startswith("UNESCO & Central Committee. (2000).")


def test_csl_ids_keep_their_case() -> None:
    """CSL-JSON ids are case-sensitive, as in citeproc-js (citeproc-py lower-cased the keys
    of cites, so a work with the id "Smith2000" was never found)."""
    item = _book("Smith2000", "T", 2000, ("Smith", "J"))
    assert engine("apa").bibliography_with_ids([item]) == [("Smith2000", "Smith, J. (2000). T.")]
    assert engine("apa").notes([item], [[Cite("Smith2000")]]) == ["(Smith, 2000)"]


def test_csl_disambiguate_tests_pass_one_level_at_a_time() -> None:
    """CSL 1.0.2 Disambiguation method (3) as citeproc-js runs it: a work at level n passes
    the first n disambiguate="true" tests, and levels rise until the cites differ (Chicago's
    nested tests show the edition of one printing, not the publisher of both)."""
    authors = [{"family": "Тихонов", "given": "А.Н."}, {"family": "Самарский", "given": "А.А."}]
    base = {"type": "book", "title": "Uravneniya matematicheskoy fiziki", "author": authors}
    base["language"] = "ru"
    items = [
        {**base, "id": "a", "publisher": "Nauka", "issued": {"date-parts": [[1977]]}},
        {
            **base,
            "id": "b",
            "publisher": "MGU",
            "edition": "7 стереот",
            "issued": {"date-parts": [[2004]]},
        },
    ]
    notes = engine("chicago-notes-bibliography").notes(
        items, [[Cite("a")], [Cite("b")], [Cite("a", "12")], [Cite("b", "12")]]
    )
    assert notes[2:] == [
        "Тихонов and Самарский, Uravneniya matematicheskoy fiziki, 12.",
        "Тихонов and Самарский, Uravneniya matematicheskoy fiziki, 7 стереот, 12.",
    ]


def test_csl_punctuation_in_quote_only_for_the_locales_quotes() -> None:
    """CSL 1.0.2 Locale options, punctuation-in-quote: only the locale's quotation marks are
    quotes; guillemets in an English entry are the title's own characters (citeproc-js)."""
    item = {
        "id": "a",
        "type": "paper-conference",
        "title": "On lead",
        "author": [{"family": "Blokhin", "given": "V. A."}],
        "container-title": "Collection of reports «Teplofizika-93»",
        "publisher": "FEI",
        "issued": {"date-parts": [[1995]]},
    }
    (entry,) = engine("chicago-notes-bibliography").bibliography([item])
    assert entry.endswith("Collection of Reports «Teplofizika-93», 1995.")


def test_disambiguate_levels_stop_when_no_test_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two copies of one work never differ: once a level refuses no disambiguate="true"
    test, higher levels would render the same cites, so they are not tried (Chicago has
    more such tests than the two levels its cites reach here)."""
    splits: list[int] = []
    original = disambiguation._split

    def counted(bibliography: object, group: list[object]) -> object:
        splits.append(len(group))
        return original(bibliography, group)

    monkeypatch.setattr(disambiguation, "_split", counted)
    work = {
        "type": "book",
        "title": "Iaponskie voennoplennye v SSSR",
        "author": [{"family": "Kuznetsov", "given": "S. I."}],
        "issued": {"date-parts": [[1997]]},
    }
    items = [{**work, "id": "a"}, {**work, "id": "b"}]
    chicago = engine("chicago-notes-bibliography")
    entries = chicago.bibliography(items)
    assert entries[0] == entries[1]
    tests = len(chicago._style.root.xpath("//*[@disambiguate='true']"))
    assert 0 < len(splits) < tests
