"""Build the second, independent CSL conformance corpus, tests/data/csl2/items.json.

    PYTHONPATH=src python bench/build_csl_corpus2.py

Real bibliographic data we did not write, kept verbatim in tests/data/csl2/sources/ (see
tests/data/csl2/SOURCES.md): BibLaTeX files are read with ``archivecite.io.read`` and written
as CSL-JSON with ``archivecite.io.to_csl`` (so the corpus also shows what our reader keeps);
CSL-JSON files are taken as they are. Ids get a prefix per source so they stay unique.
Entries without a title (BibLaTeX ``@set`` groups) are left out: they render to nothing.

Our reader writes many BibLaTeX types (``@Review``, ``@Video``, ``@Music``, ...) as ``book``,
so the CSL types it never produces come from pandoc's independent conversion of the same
Chicago examples (sources/notes-test.pandoc.json), the first few of each such type; of
biblatex-examples.bib the journal articles (mostly chemistry and physics) and web pages are
left out to keep the corpus within 300 items.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from archivecite.io import read, to_csl

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "csl2"
READER_TYPES = frozenset({"book", "article-journal", "chapter", "webpage", "thesis", "manuscript"})
PER_NEW_TYPE = 3
Select = Callable[[list[dict[str, Any]]], list[dict[str, Any]]]


def everything(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return items


def not_articles(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [item for item in items if item["type"] not in ("article-journal", "webpage")]


def new_types(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: Counter[str] = Counter()
    chosen = []
    for item in items:
        kind = str(item.get("type", ""))
        if kind and kind not in READER_TYPES and seen[kind] < PER_NEW_TYPE:
            seen[kind] += 1
            chosen.append(item)
    return chosen


SOURCES: tuple[tuple[str, str, Select], ...] = (
    ("cms", "notes-test.bib", everything),
    ("blx", "biblatex-examples.bib", not_articles),
    ("csled", "csl-editor-examples.json", everything),
    ("pan", "notes-test.pandoc.json", new_types),
)


def source_items(name: str) -> list[dict[str, Any]]:
    path = DATA / "sources" / name
    if path.suffix == ".json":
        loaded: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
        return loaded
    result = read(path)
    if result.failures:
        raise SystemExit("\n".join(map(str, result.failures)))
    return [dict(to_csl(reference)) for reference in result.references]


def main() -> int:
    items: list[dict[str, Any]] = []
    for prefix, name, select in SOURCES:
        for item in select(source_items(name)):
            if not item.get("title"):
                continue
            items.append({**item, "id": f"{prefix}:{item['id']}"})
    ids = Counter(str(item["id"]) for item in items)
    duplicated = [key for key, count in ids.items() if count > 1]
    if duplicated:
        raise SystemExit(f"duplicate ids: {duplicated}")
    out = DATA / "items.json"
    out.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    types = Counter(str(item["type"]) for item in items)
    print(f"{len(items)} items -> {out.relative_to(ROOT)}")
    for key, count in types.most_common():
        print(f"  {key:20} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
