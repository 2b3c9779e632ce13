"""The HTML review page, read back with the standard library's HTML parser."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from archivecite.dedupe import Cluster, Sameness, find_duplicates
from archivecite.dedupe.decisions import cluster_key
from archivecite.dedupe.report import html_report
from archivecite.model import (
    ArchivalReference,
    ArchiveRef,
    BookReference,
    DateRange,
    Name,
    Provenance,
    RussianLocator,
    Text,
    folios_from_canonical,
)
from archivecite.model.reference import ReferenceKind
from tests.dedupe.helpers import build

# Real references: Kobayashi Akina's 2018 book as printed by the Mainichi Shimbun (kanji) and in
# the reference list of seed 000 (romaji); two citations of one delo from
# tests/data/archival_citations.toml (Memorial, 'Сталинские расстрельные списки').
KOBAYASHI_KANJI = BookReference(
    title=Text(original="シベリア抑留 米ソ関係の中での変容", lang="ja"),
    authors=(Name(family="小林"),),
    date=DateRange.of(2018),
    provenance=Provenance(source="kanji.bib", line=3),
)
KOBAYASHI_ROMAJI = BookReference(
    title=Text(original="Shiberia yokuryū. Beisō kankei no naka de no hen’yō", lang="ja-Latn"),
    authors=(Name(family="Kobayashi"),),
    date=DateRange.of(2018),
    provenance=Provenance(source="romaji.bib", line=12),
)
UNRELATED = BookReference(
    title=Text(original="Reminiscences", lang="en"),
    authors=(Name(family="MacArthur"),),
    date=DateRange.of(2001),
    provenance=Provenance(source="romaji.bib", line=20),
)


def _archival(folios: str, line: int, opis: str = "57") -> ArchivalReference:
    return ArchivalReference(
        archive=ArchiveRef(id="ap-rf"),
        locator=RussianLocator(
            fond="3", opis=opis, delo="38", folios=folios_from_canonical(folios)
        ),
        provenance=Provenance(source="notes.txt", line=line),
    )


class _Page(HTMLParser):
    """Tables as rows of cells (each cell a list of its lines), plus tags and attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[tuple[str, str, list[list[str]], list[str]]]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.script = ""
        self._row: tuple[str, str, list[list[str]], list[str]] | None = None
        self._cell: list[str] | None = None
        self._text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        attributes = dict(attrs)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self._row = (attributes.get("data-field") or "", attributes.get("class") or "", [], [])
        elif tag == "td" and self._row is not None:
            self._cell = []
            self._row[3].append(attributes.get("class") or "")
        elif tag in ("div", "th"):
            self._text = []
        elif tag == "script":
            self._in_script = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self._cell is not None:
            self._cell.append("".join(self._text))
        elif tag == "td" and self._row is not None and self._cell is not None:
            self._row[2].append(self._cell)
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.tables[-1].append(self._row)
            self._row = None
        elif tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.script += data
        self._text.append(data)


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def test_a_cross_script_cluster_side_by_side() -> None:
    references: list[ReferenceKind] = [KOBAYASHI_KANJI, UNRELATED, KOBAYASHI_ROMAJI]
    clusters = find_duplicates(references, level="work")
    assert [cluster.members for cluster in clusters] == [(0, 2)]
    page = _parse(html_report(references, clusters))
    (table,) = page.tables
    rows = {field: (row_class, cells, classes) for field, row_class, cells, classes in table}
    assert list(rows) == ["", "kind", "title", "authors", "date", "provenance"]
    assert rows["kind"][1] == [["book"], ["book"]]
    kanji, romaji = rows["title"][1]
    assert kanji[0] == "シベリア抑留 米ソ関係の中での変容 [Japanese, ja]"
    assert kanji[1].startswith("≈ Hepburn: Shiberia yokuryū ")  # computed, for the reviewer
    assert romaji == ["Shiberia yokuryū. Beisō kankei no naka de no hen’yō [Latin, ja-Latn]"]
    assert rows["title"][0] == "differ"
    assert rows["title"][2] == ["differ", "differ"]
    assert rows["authors"][1] == [["小林"], ["Kobayashi"]]
    assert rows["date"] == ("", [["2018"], ["2018"]], ["", ""])
    assert rows["provenance"][1] == [["kanji.bib:3"], ["romaji.bib:12"]]
    key = cluster_key(clusters[0], references)
    radios = [attrs for tag, attrs in page.tags if tag == "input"]
    assert [(r["name"], r["value"]) for r in radios] == [
        (f"decision-{key}", "accept"),
        (f"decision-{key}", "reject"),
    ]
    text = html_report(references, clusters)
    assert "titles equal after romanization" in text
    assert "score 1.000" in text


def test_archival_file_cluster_shows_locators_and_highlights_folios() -> None:
    references: list[ReferenceKind] = [_archival("179", 23), _archival("180-181", 24)]
    clusters = find_duplicates(references, level="file")
    assert len(clusters) == 1
    page = _parse(html_report(references, clusters))
    rows = {field: (cells, classes) for field, _, cells, classes in page.tables[0]}
    assert rows["archive"] == ([["ap-rf"], ["ap-rf"]], ["", ""])
    assert rows["locator"] == (
        [["f. 3, op. 57, d. 38, l. 179"], ["f. 3, op. 57, d. 38, l. 180-181"]],
        ["differ", "differ"],
    )
    assert rows["provenance"][0] == [["notes.txt:23"], ["notes.txt:24"]]


def test_probable_typos_are_listed() -> None:
    # The seed's TsAMO f. 66 "op. 178499" / "op. 78499", as a cluster a person is shown.
    references: list[ReferenceKind] = [
        _archival("179", 1, opis="178499"),
        _archival("179", 2, opis="78499"),
    ]
    cluster = Cluster(members=(0, 1), score=0.9, level=Sameness.FILE)
    page = html_report(references, [cluster])
    assert "probable typo in locator.opis: 178499 / 78499" in page


def test_content_is_escaped_and_nothing_is_loaded_from_outside() -> None:
    hostile = BookReference(
        title=Text(original='<script>alert("x")</script> & <img src=http://evil/x.png>'),
        provenance=Provenance(source="a.bib", line=1),
    )
    copy = hostile.model_copy(update={"provenance": Provenance(source="b.bib", line=9)})
    references: list[ReferenceKind] = [hostile, copy]
    clusters = find_duplicates(references, level="document")
    assert len(clusters) == 1
    page = html_report(references, clusters)
    parsed = _parse(page)
    assert [tag for tag, _ in parsed.tags].count("script") == 1
    assert not [tag for tag, _ in parsed.tags if tag == "img"]
    for _, attrs in parsed.tags:
        for name in ("src", "href"):
            assert not (attrs.get(name) or "").startswith(("http:", "https:", "//")), attrs
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img" in page
    assert not re.search(r"<link\b|@import|url\(", page)


def test_the_inline_script_exports_a_decisions_file() -> None:
    references: list[ReferenceKind] = [KOBAYASHI_KANJI, KOBAYASHI_ROMAJI]
    clusters = find_duplicates(references)
    key = cluster_key(clusters[0], references)
    page = html_report(references, clusters, decisions={key: "reject"})
    parsed = _parse(page)
    assert '"archivecite-dedupe-decisions"' in parsed.script
    assert "decisions.json" in parsed.script
    checked = [a["value"] for t, a in parsed.tags if t == "input" and "checked" in a]
    assert checked == ["reject"]
    assert any(t == "button" and a.get("id") == "download" for t, a in parsed.tags)


def test_no_clusters_is_still_a_page() -> None:
    page = _parse(html_report([UNRELATED], []))
    assert page.tables == []
    assert any(tag == "html" for tag, _ in page.tags)


def test_hanzi_are_shown_with_their_pinyin() -> None:
    """A Library of Congress record's 245 and 880 (历史的辉煌, Kunming, 2006)."""
    references: list[ReferenceKind] = [
        build({"kind": "book", "title": "2005 : 历史的辉煌", "lang": "zh", "year": 2006}),
        build(
            {"kind": "book", "title": "2005 : Lishi de huihuang", "lang": "zh-Latn", "year": 2006}
        ),
    ]
    clusters = find_duplicates(references, level="work")
    (table,) = _parse(html_report(references, clusters)).tables
    rows = {field: cells for field, _, cells, _ in table}
    hanzi, _ = rows["title"]
    assert hanzi == ["2005 : 历史的辉煌 [Han (kanji), zh]", "≈ pinyin: 2005: li shi de hui huang"]
