"""One test per citeproc-py fix, named after the CSL rule it restores."""

from __future__ import annotations

import pytest

from archivecite.csl import Cite, engine
from archivecite.csl.fixes import _typographic
from archivecite.csl.initials import initialize_with

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
    from archivecite.csl.fixes import _closes_quote, _move_into_quote  # noqa: PLC0415

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

    from archivecite.csl.fixes import title_case  # noqa: PLC0415

    assert str(title_case(String("talks between china v russia"))) == (
        "Talks between China v Russia"
    )
    assert str(title_case(String("sotsial’no-politicheskoi istorii"))) == (
        "Sotsial’no-Politicheskoi Istorii"
    )


def test_csl_quotes_alternate_when_nested() -> None:
    """CSL 1.0.2 Appendix VI, quotation marks: inside a quoted title double and single marks
    swap; an apostrophe (China’s) is left alone."""
    from archivecite.csl.fixes import _flip_quotes  # noqa: PLC0415

    assert _flip_quotes("On “China’s Reaction” and ‘so’") == "On ‘China’s Reaction’ and “so”"


def test_csl_leading_term_capitalized() -> None:
    """citeproc-js term_predecessor: a term opening a bibliography entry is capitalized
    ("(N.d.-a)"), not in an in-text citation."""
    item = {"id": "a", "type": "manuscript", "archive": "GARF", "archive-place": "Moscow"}
    (entry,) = engine("harvard-cite-them-right").bibliography([item])
    assert entry.startswith("(No date)")
    assert engine("apa").notes([item], [[Cite("a")]]) == ["(n.d.)"]


def test_csl_label_needs_its_variable() -> None:
    """CSL 1.0.2 Label: a cs:label is rendered only when its variable is non-empty."""
    from types import SimpleNamespace  # noqa: PLC0415

    from citeproc.source import Reference  # noqa: PLC0415

    root = engine("apa")._style.root
    (label, *_) = root.xpath("//cs:label[@variable='version']", namespaces=root.nsmap)
    assert label.process(SimpleNamespace(reference=Reference("a", "book"))) is None


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


def test_citeproc_js_marks_a_cite_with_no_printed_form() -> None:
    """citeproc-js prints an error marker for a cite that renders nothing."""
    item = {"id": "a", "type": "manuscript", "archive": "GARF"}
    (note,) = engine("modern-language-association").notes([item], [[Cite("a")]])
    assert "reference with no printed form" in note
