"""Every string archivecite renders for the conformance corpus, for comparing the engine with
and without :mod:`archivecite.csl.speedups` (``tests/csl/test_speedups.py``).

``python -m tests.csl.speedups_corpus OUT.json`` writes them; run it with
``ARCHIVECITE_CSL_SPEEDUPS=0`` for citeproc-py with the conformance fixes only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from archivecite.csl import Cite, engine
from archivecite.csl.bundled import PROFILES
from tests.csl.conformance import DATA, STYLES

OTHER_OUTPUTS = {"chicago-notes-bibliography": ("html",), "apa": ("html",)}


def _expected(style: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        (DATA / "expected" / f"{style}.json").read_text(encoding="utf-8")
    )
    return loaded


def _notes(style: str) -> list[list[Cite]]:
    return [
        [Cite(cite["id"], cite.get("locator"), cite.get("label", "page")) for cite in note["cites"]]
        for note in _expected(style)["notes"]
    ]


def render_corpus() -> dict[str, list[str]]:
    """``style/locale/output/part`` -> rendered strings, for the six conformance styles (and
    more output formats for two of them) and our bundled styles."""
    items = json.loads((DATA / "items.json").read_text(encoding="utf-8"))
    jobs = [(style, _expected(style)["locale"], _notes(style)) for style in STYLES]
    jobs += [
        (name, profile.locale, _notes("chicago-notes-bibliography"))
        for name, profile in PROFILES.items()
    ]
    out: dict[str, list[str]] = {}
    for style, locale, notes in jobs:
        for output in ("text", *OTHER_OUTPUTS.get(style, ())):
            fixed = engine(style, locale=locale, output=output)
            key = f"{style}/{locale}/{output}"
            out[f"{key}/bibliography"] = [
                f"{item_id}\t{entry}" for item_id, entry in fixed.bibliography_with_ids(items)
            ]
            out[f"{key}/notes"] = fixed.notes(items, notes)
    return out


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(json.dumps(render_corpus(), ensure_ascii=False), "utf-8")
