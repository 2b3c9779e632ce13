"""Formatting speed: archivecite, plain citeproc-py and citeproc-js, same items, same run.

    PYTHONPATH=src python bench/format_speed.py [--sizes 1000,10000] [--styles apa,...]

Items are the conformance corpus (tests/data/csl/items.json) repeated with fresh ids up to N.
Reports items/s for the bibliography render call; plain citeproc-py runs in a subprocess
so that archivecite's patches do not touch it. citeproc-js times its own render call.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
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
done = 0
for item in bib.items:
    style.render_bibliography([item])
    done += 1
    if time.perf_counter() - started > limit:
        break
print(json.dumps({"done": done, "seconds": time.perf_counter() - started}))
"""


def corpus(size: int) -> list[dict[str, Any]]:
    base = json.loads((ROOT / "tests/data/csl/items.json").read_text(encoding="utf-8"))
    return [{**base[i % len(base)], "id": f"n{i}"} for i in range(size)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--styles", default="chicago-notes-bibliography,apa")
    parser.add_argument(
        "--plain-limit",
        type=float,
        default=60.0,
        help="seconds plain citeproc-py may run; its rate is measured so far",
    )
    args = parser.parse_args()
    from render_citeproc_js import LOCALES_DIR, run_js  # noqa: PLC0415

    from archivecite.csl import engine  # noqa: PLC0415
    from archivecite.csl.styles import find_style  # noqa: PLC0415

    print(
        f"{'style':28} {'N':>6} {'archivecite':>12} {'citeproc-py':>12} {'citeproc-js':>12}"
        f" {'vs py':>7} {'vs js':>7}  (items/s)"
    )
    for style in args.styles.split(","):
        for size in map(int, args.sizes.split(",")):
            items = corpus(size)
            started = time.perf_counter()
            engine.cache_clear()
            engine(style).bibliography(items)
            ours = size / (time.perf_counter() - started)
            path = ROOT / "bench" / ".speed_items.json"
            path.write_text(json.dumps(items), encoding="utf-8")
            done = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    PLAIN,
                    str(find_style(style)),
                    str(path),
                    str(args.plain_limit),
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            plain = json.loads(done.stdout)
            plain_rate = plain["done"] / plain["seconds"]
            path.unlink()
            job = {
                "style": str(find_style(style)),
                "locale": "en-US",
                "locales_dir": LOCALES_DIR,
                "items": items,
            }
            js_rate = size / run_js(job)["seconds"]
            print(
                f"{style:28} {size:6} {ours:12.0f} {plain_rate:12.0f} {js_rate:12.0f}"
                f" {ours / plain_rate:6.1f}x {ours / js_rate:6.1f}x"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
