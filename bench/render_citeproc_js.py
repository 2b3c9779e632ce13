"""Regenerate the expected outputs of the CSL conformance corpus with citeproc-js.

    PYTHONPATH=src python bench/render_citeproc_js.py            # all six styles
    PYTHONPATH=src python bench/render_citeproc_js.py apa        # one style
    PYTHONPATH=src python bench/render_citeproc_js.py --corpus tests/data/csl2   # other corpus

Installs npm ``citeproc`` into bench/citeproc_js/node_modules on first use, renders
tests/data/csl/items.json (bibliography) and a note sequence over every third item (first,
ibid with a locator, subsequent) with bench/citeproc_js/render.js, and writes
tests/data/csl/expected/<style>.json (``--corpus DIR``: DIR/items.json to DIR/expected/).
Styles and locales are the very files archivecite uses.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import citeproc

from archivecite.csl.styles import find_style

ROOT = Path(__file__).resolve().parent.parent
JS = Path(__file__).resolve().parent / "citeproc_js"
DATA = ROOT / "tests" / "data" / "csl"
LOCALES_DIR = str(Path(citeproc.__file__).parent / "data" / "locales")
STYLES = {
    "chicago-notes-bibliography": "en-US",
    "chicago-author-date": "en-US",
    "apa": "en-US",
    "modern-language-association": "en-US",
    "harvard-cite-them-right": "en-US",
    "gost-r-7-0-5-2008": "ru-RU",
}


def note_sequence(items: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """First, ibid-with-locator, then (after all others) subsequent: every third item."""
    chosen = [item["id"] for item in items[::3]]
    notes: list[list[dict[str, Any]]] = []
    for key in chosen:
        notes.append([{"id": key}])
        notes.append([{"id": key, "locator": "12", "label": "page"}])
    notes.extend([{"id": key, "locator": "5", "label": "page"}] for key in chosen)
    return notes


def ensure_installed() -> None:
    if not (JS / "node_modules" / "citeproc").is_dir():
        subprocess.run(["npm", "install", "--no-audit", "--no-fund"], cwd=JS, check=True)


def run_js(job: dict[str, Any]) -> dict[str, Any]:
    """Run render.js on one job; returns its JSON output."""
    ensure_installed()
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as handle:
        json.dump(job, handle, ensure_ascii=False)
        handle.flush()
        done = subprocess.run(
            ["node", str(JS / "render.js"), handle.name],
            check=True,
            capture_output=True,
            text=True,
        )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main(argv: list[str]) -> int:
    data, names = DATA, list(argv)
    if "--corpus" in names:
        at = names.index("--corpus")
        data = Path(names[at + 1]).resolve()
        del names[at : at + 2]
    items = json.loads((data / "items.json").read_text(encoding="utf-8"))
    notes = note_sequence(items)
    (data / "expected").mkdir(exist_ok=True)
    for name in names or list(STYLES):
        job = {
            "style": str(find_style(name)),
            "locale": STYLES[name],
            "locales_dir": LOCALES_DIR,
            "format": "text",
            "items": items,
        }
        bibliography = run_js(job)["bibliography"]
        rendered_notes = run_js({**job, "bibliography": False, "notes": notes})["notes"]
        expected = {
            "style": name,
            "locale": STYLES[name],
            "engine": "citeproc-js " + _version(),
            "bibliography": bibliography,
            "notes": [
                {"cites": cites, "text": text}
                for cites, text in zip(notes, rendered_notes, strict=True)
            ],
        }
        out = data / "expected" / f"{name}.json"
        out.write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        counts = f"{len(bibliography)} entries, {len(rendered_notes)} notes"
        print(f"{name}: {counts} -> {out}")
    return 0


def _version() -> str:
    package = JS / "node_modules" / "citeproc" / "package.json"
    return str(json.loads(package.read_text(encoding="utf-8"))["version"])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
