"""Build the CSL conformance corpus, tests/data/csl/items.json, from real references.

    PYTHONPATH=src python bench/build_csl_corpus.py

Sources: the seed reference lists in examples/ (read by ``archivecite.parse_citations``) and
the real corpora tests/data/archival_citations.toml and published_citations.toml, normalized.
Each reference becomes CSL-JSON through ``archivecite.io.csljson.to_csl`` (while that module
is being written, a stand-in below), with its locator rendered by ``archivecite.csl``. Works
with an original-script title also appear romanized, so both scripts are tested.
"""

from __future__ import annotations

import json
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import archivecite
from archivecite.csl.api import to_items
from archivecite.model import ReferenceKind

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "csl" / "items.json"


def references() -> list[ReferenceKind]:
    found: list[ReferenceKind] = []
    for path in sorted((ROOT / "examples").glob("*_references.*")):
        for result in archivecite.parse_citations(path.read_text(encoding="utf-8")):
            if isinstance(result, archivecite.Parsed):
                found.extend(result.references)
    for name in ("archival_citations.toml", "published_citations.toml"):
        data = tomllib.loads((ROOT / "tests" / "data" / name).read_text(encoding="utf-8"))
        for entry in next(iter(data.values())):
            result = archivecite.parse_citation(entry["text"])
            if isinstance(result, archivecite.Parsed):
                found.extend(result.references)
    return [archivecite.normalize(reference).reference for reference in found]


def main() -> int:
    refs = references()
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    for mode in ("original", "translit+translation"):
        batch, _ = to_items(refs, mode=mode)
        for index, item in enumerate(batch):
            item["id"] = f"{mode.split('+')[0]}-{index:03d}"
            if "title" in item:  # the parser keeps stray leading punctuation in a few titles
                item["title"] = item["title"].lstrip(").,;: ")
            key = json.dumps({k: v for k, v in item.items() if k != "id"}, sort_keys=True)
            if key not in seen:
                seen.add(key)
                items.append(item)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    kinds = Counter(item["type"] for item in items)
    archival = sum(1 for item in items if item.get("archive") or item.get("archive_location"))
    print(f"{len(items)} items ({archival} archival) -> {OUT.relative_to(ROOT)}: {dict(kinds)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
