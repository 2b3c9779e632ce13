"""Formatting speed: archivecite, plain citeproc-py and citeproc-js, same items, same run.

    PYTHONPATH=src python bench/format_speed.py [--sizes 1000,10000] [--styles apa,...]

Items are the conformance corpus (tests/data/csl/items.json) repeated with fresh ids up to N
(so each work appears two or three times, as the same content under different ids; with
``--distinct`` the copies are told apart by a number in their titles, as works of a real
bibliography are).
Each engine starts from the style file and renders the whole sorted bibliography of N items;
items/s is N over that wall time:

- archivecite: ``engine(style).bibliography(items)`` with a cold engine cache (style parsing,
  sorting, disambiguation and every entry);
- plain citeproc-py, in a subprocess so that archivecite's patches do not touch it: parsing,
  registering and sorting all N items, then rendering entries for at most ``--plain-limit``
  seconds; when the limit cuts it short, the time of the remaining entries is extrapolated
  from the mean time per entry (marked ``~``);
- citeproc-js (npm ``citeproc`` in bench/citeproc_js): a new engine, ``updateItems`` and
  ``makeBibliography``, timed inside node.

The growth exponent is log(t2 / t1) / log(n2 / n1) between the smallest and largest size
(1.0 is linear, 2.0 quadratic).
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

PLAIN = r"""
import io, json, sys, time, warnings
warnings.simplefilter("ignore")
from citeproc import CitationStylesStyle, CitationStylesBibliography, Citation, CitationItem
from citeproc import formatter
from citeproc.source.json import CiteProcJSON
style_path, items_path, limit = sys.argv[1], sys.argv[2], float(sys.argv[3])
items = json.load(open(items_path, encoding="utf-8"))
started = time.perf_counter()
style = CitationStylesStyle(style_path, validate=False)
bib = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
bib.register(Citation([CitationItem(str(item["id"]).lower()) for item in items]))
bib.sort()
sorted_at = time.perf_counter()
done = 0
for item in bib.items:
    style.render_bibliography([item])
    done += 1
    if time.perf_counter() - sorted_at > limit:
        break
finished = time.perf_counter()
print(json.dumps({"done": done, "total": len(bib.items), "setup": sorted_at - started,
                  "rendering": finished - sorted_at}))
"""

JS = r"""
const fs = require("fs");
const path = require("path");
const CSL = require("citeproc");
const job = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
const byId = new Map(job.items.map((item) => [String(item.id), item]));
const sys = {
  retrieveLocale: (lang) => {
    const file = path.join(job.locales_dir, `locales-${lang}.xml`);
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : false;
  },
  retrieveItem: (id) => byId.get(String(id)),
};
const started = process.hrtime.bigint();
const style = fs.readFileSync(job.style, "utf8");
const engine = new CSL.Engine(sys, style, job.locale, true);
engine.setOutputFormat("text");
engine.updateItems(job.items.map((item) => String(item.id)));
const result = engine.makeBibliography();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(JSON.stringify({ seconds, entries: result ? result[1].length : 0 }));
"""


def corpus(size: int, *, distinct: bool = False) -> list[dict[str, Any]]:
    """``size`` items, the conformance corpus repeated; with ``distinct``, each repetition's
    title (or, for an untitled document, its archival location) is numbered, so that no two
    items have the same content."""
    base = json.loads((ROOT / "tests/data/csl/items.json").read_text(encoding="utf-8"))
    items = []
    for i in range(size):
        item = {**base[i % len(base)], "id": f"n{i}"}
        copy = i // len(base)
        if distinct and copy:
            field = "title" if "title" in item else "archive_location"
            item[field] = f"{item[field]} {copy}"
        items.append(item)
    return items


def time_archivecite(style: str, items: list[dict[str, Any]]) -> float:
    from archivecite.csl import engine  # noqa: PLC0415

    started = time.perf_counter()
    engine.cache_clear()
    engine(style).bibliography(items)
    return time.perf_counter() - started


def time_plain(style_path: str, items_path: Path, limit: float) -> tuple[float, bool]:
    """Seconds for plain citeproc-py to render every item (extrapolated if cut short)."""
    done = subprocess.run(
        [sys.executable, "-c", PLAIN, style_path, str(items_path), str(limit)],
        capture_output=True,
        text=True,
        check=True,
    )
    plain = json.loads(done.stdout)
    if plain["done"] == plain["total"]:
        return plain["setup"] + plain["rendering"], False
    per_entry = plain["rendering"] / max(plain["done"], 1)
    return plain["setup"] + per_entry * plain["total"], True


def time_js(style_path: str, items_path: Path) -> float:
    from render_citeproc_js import JS as JS_DIR  # noqa: PLC0415
    from render_citeproc_js import LOCALES_DIR, ensure_installed  # noqa: PLC0415

    ensure_installed()
    items = json.loads(items_path.read_text(encoding="utf-8"))
    job = {"style": style_path, "locale": "en-US", "locales_dir": LOCALES_DIR, "items": items}
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as handle:
        json.dump(job, handle)
        handle.flush()
        done = subprocess.run(
            ["node", "-e", JS, handle.name],
            cwd=JS_DIR,
            capture_output=True,
            text=True,
            check=True,
        )
    seconds: float = json.loads(done.stdout)["seconds"]
    return seconds


def exponent(times: dict[int, float]) -> float:
    small, large = min(times), max(times)
    return math.log(times[large] / times[small]) / math.log(large / small)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--styles", default="chicago-notes-bibliography,apa")
    parser.add_argument(
        "--distinct",
        action="store_true",
        help="number the repeated items' titles, so that no two items have the same content",
    )
    parser.add_argument(
        "--plain-limit",
        type=float,
        default=60.0,
        help="seconds plain citeproc-py may spend rendering entries; the rest is extrapolated",
    )
    args = parser.parse_args()
    from archivecite.csl.styles import find_style  # noqa: PLC0415

    sizes = sorted(map(int, args.sizes.split(",")))
    print(
        f"{'style':28} {'N':>6} {'archivecite':>12} {'citeproc-py':>12} {'citeproc-js':>12}"
        f" {'vs py':>7} {'vs js':>7}  (items/s)"
    )
    for style in args.styles.split(","):
        style_path = str(find_style(style))
        times: dict[str, dict[int, float]] = {"archivecite": {}, "citeproc-py": {}, "js": {}}
        for size in sizes:
            items = corpus(size, distinct=args.distinct)
            with tempfile.TemporaryDirectory() as directory:
                path = Path(directory) / "items.json"
                path.write_text(json.dumps(items), encoding="utf-8")
                ours = time_archivecite(style, items)
                plain, estimated = time_plain(style_path, path, args.plain_limit)
                js = time_js(style_path, path)
            times["archivecite"][size], times["citeproc-py"][size], times["js"][size] = (
                ours,
                plain,
                js,
            )
            mark = "~" if estimated else ""
            print(
                f"{style:28} {size:6} {size / ours:12.0f} {mark + f'{size / plain:.0f}':>12}"
                f" {size / js:12.0f} {plain / ours:6.1f}x {js / ours:6.1f}x"
            )
        if len(sizes) > 1:
            print(
                f"{'':28} growth exponent {sizes[0]:,}->{sizes[-1]:,}: archivecite "
                f"{exponent(times['archivecite']):.2f}, citeproc-py "
                f"{exponent(times['citeproc-py']):.2f}, citeproc-js {exponent(times['js']):.2f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
