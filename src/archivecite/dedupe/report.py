"""A self-contained HTML page for reviewing proposed clusters side by side.

One section per cluster: its members as columns, one row per field (title with its script
and romanizations, authors, date, publication, archive, locator, identifiers, provenance
``file:line``), the cells of a row whose values differ highlighted, the score, level and
reasons, probable typos between members (``op. 178499`` / ``op. 78499``) and an
accept/reject choice. A small inline script turns the choices into a decisions file
(:mod:`archivecite.dedupe.decisions`) that the browser downloads; the same JSON is shown in a
text box to copy when a browser blocks downloads from local pages. The page loads nothing:
no external style, script, font or image; every value from the references is escaped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from html import escape

from archivecite.dedupe.cluster import Cluster
from archivecite.dedupe.decisions import DECISIONS_FORMAT, Decision, cluster_key
from archivecite.dedupe.merge import merge
from archivecite.model import (
    ArchivalReference,
    DateRange,
    Name,
    RussianLocator,
    Text,
    folios_to_canonical,
)
from archivecite.model.reference import ReferenceKind
from archivecite.registry import locator_terms
from archivecite.translit import detect_script, romanize

__all__ = ["FIELD_ROWS", "field_lines", "html_report"]

_SCRIPT_NAMES = {
    "Cyrl": "Cyrillic",
    "Latn": "Latin",
    "Hani": "Han (kanji)",
    "Hira": "Hiragana",
    "Kana": "Katakana",
    "Jpan": "Japanese",
    "Hang": "Hangul",
}
"""Script codes (ISO 15924) as the report names them."""

_RUSSIAN_ORDER = locator_terms("russian").labelled_levels("ru-Latn")


_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_COMPUTED: dict[str, tuple[tuple[str, str, str | None], ...]] = {
    "Cyrillic": (("ALA-LC", "ru", "ala-lc"), ("BGN/PCGN", "ru", "bgn-pcgn")),
    "Japanese": (("Hepburn", "ja", None),),
    "Han (kanji)": (("Hepburn", "ja", None), ("pinyin", "zh", None)),
    "Hiragana": (("Hepburn", "ja", None),),
    "Katakana": (("Hepburn", "ja", None),),
}


def _script(text: str) -> str:
    if _KANA.search(text) and _HAN.search(text):
        return "Japanese"
    try:
        code = str(detect_script(text))
    except Exception:  # a script label is a courtesy, never a reason to fail
        return ""
    return _SCRIPT_NAMES.get(code, code)


def _computed(text: Text, script: str) -> list[str]:
    """Romanizations computed for the reviewer (marked ≈), in the schemes citations use."""
    schemes = _COMPUTED.get(script, ())
    lines = []
    for label, lang, scheme in schemes:
        if (text.base_language or lang) != lang:
            continue  # hanzi without a language: both readings, each marked
        try:
            value = romanize(text.original, lang=lang, scheme=scheme)
        except Exception:  # shown as a help only; the original is always there
            continue
        if value and value != text.original and value not in text.romanized.values():
            lines.append(f"≈ {label}: {value}")
    return lines


def _text_lines(text: Text | None) -> list[str]:
    if text is None:
        return []
    script = _script(text.original)
    label = ", ".join(part for part in (script, text.lang) if part)
    lines = [f"{text.original} [{label}]" if label else text.original]
    lines.extend(f"{scheme}: {value}" for scheme, value in sorted(text.romanized.items()))
    lines.extend(_computed(text, script))
    lines.extend(f"({lang}) {value}" for lang, value in sorted(text.translations.items()))
    return lines


def _name(name: Name) -> str:
    shown = name.display()
    extra = [name.original] if name.original and name.original != shown else []
    extra.extend(f"{scheme}: {value}" for scheme, value in sorted(name.romanized.items()))
    return f"{shown} ({'; '.join(extra)})" if extra else shown


def _date(date: DateRange | None) -> list[str]:
    return [date.iso()] if date is not None else []


def _locator(reference: ReferenceKind) -> list[str]:
    if not isinstance(reference, ArchivalReference):
        return []
    lines = []
    locator = reference.locator
    if isinstance(locator, RussianLocator):
        parts = [
            f"{label} {value}"
            for name, label in _RUSSIAN_ORDER
            if (value := getattr(locator, name)) is not None
        ]
        if locator.folios:
            parts.append(f"l. {folios_to_canonical(locator.folios)}")
        lines.append(", ".join(parts))
    elif locator is not None:
        dump = locator.model_dump(mode="json", exclude_none=True, exclude={"system"})
        folios = dump.pop("folios", None)
        parts = [f"{name} {value}" for name, value in dump.items() if value not in ("", [], ())]
        if folios:
            parts.append(f"folios {folios_to_canonical(getattr(locator, 'folios', ()))}")
        lines.append(f"{locator.system}: " + ", ".join(parts))
    if reference.locator_text:
        lines.append(f"as cited: {reference.locator_text}")
    return [line for line in lines if line]


def _archive(reference: ReferenceKind) -> list[str]:
    if not isinstance(reference, ArchivalReference) or reference.archive is None:
        return []
    archive = reference.archive
    lines = [archive.id] if archive.id else []
    lines.extend(_text_lines(archive.name))
    if archive.via:
        lines.append(f"via {archive.via}")
    return lines


def _publication(reference: ReferenceKind) -> list[str]:
    lines = _text_lines(getattr(reference, "container_title", None))
    details = [
        f"{label} {value}"
        for label, name in (("vol.", "volume"), ("no.", "issue"), ("pp.", "pages"))
        if (value := getattr(reference, name, None))
    ]
    if details:
        lines.append(", ".join(details))
    imprint = ": ".join(
        str(value)
        for value in (getattr(reference, "place", None), getattr(reference, "publisher", None))
        if value is not None
    )
    if imprint:
        lines.append(imprint)
    return lines


def _provenance(reference: ReferenceKind) -> list[str]:
    provenance = reference.provenance
    if provenance is None or (provenance.source is None and provenance.line is None):
        return []
    where = provenance.source or "?"
    return [f"{where}:{provenance.line}" if provenance.line is not None else where]


FIELD_ROWS: tuple[tuple[str, Callable[[ReferenceKind], list[str]]], ...] = (
    ("kind", lambda reference: [reference.kind]),
    ("title", lambda reference: _text_lines(reference.title)),
    ("authors", lambda reference: [_name(name) for name in reference.authors]),
    ("editors", lambda reference: [_name(name) for name in reference.editors]),
    ("date", lambda reference: _date(reference.date)),
    ("publication", _publication),
    ("archive", _archive),
    ("locator", _locator),
    (
        "identifiers",
        lambda reference: [f"{ident.scheme}: {ident.value}" for ident in reference.identifiers],
    ),
    ("provenance", _provenance),
)
"""The rows of a cluster table: a field name and the lines shown for one member."""

_ALWAYS = frozenset({"kind", "title", "provenance"})


def field_lines(reference: ReferenceKind) -> dict[str, list[str]]:
    """The lines of every row for one reference (what the report's cells show)."""
    return {name: lines(reference) for name, lines in FIELD_ROWS}


_STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
section.cluster { border: 1px solid #bbb; border-radius: 6px; margin: 1.5em 0; padding: .8em; }
section.cluster.accepted { border-color: #2a7; } section.cluster.rejected { border-color: #c44; }
table.members { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.members th, table.members td { border: 1px solid #ddd; padding: .3em .5em;
  vertical-align: top; overflow-wrap: anywhere; text-align: left; }
table.members th.field { width: 9em; background: #f4f4f4; }
td.differ { background: #fff1c2; }
div.line + div.line { margin-top: .2em; color: #555; }
p.reasons, p.score { margin: .3em 0; } ul.typos { color: #a40; }
fieldset.decision { border: 0; padding: .5em 0 0; }
#export { position: sticky; top: 0; background: #fff; padding: .5em 0;
  border-bottom: 1px solid #ddd; }
textarea { width: 100%; height: 6em; font-family: monospace; }
"""

_SCRIPT = """
(function () {
  function choices() {
    var out = {};
    document.querySelectorAll('fieldset.decision input:checked').forEach(function (input) {
      out[input.name.slice(9)] = input.value;
    });
    return out;
  }
  function body() {
    var sorted = {}, picked = choices();
    Object.keys(picked).sort().forEach(function (key) { sorted[key] = picked[key]; });
    return JSON.stringify({format: FORMAT, version: 1, decisions: sorted}, null, 2) + "\\n";
  }
  function refresh() {
    var text = body();
    document.getElementById('decisions-json').value = text;
    document.querySelectorAll('fieldset.decision').forEach(function (set) {
      var checked = set.querySelector('input:checked');
      var section = set.closest('section');
      section.classList.toggle('accepted', !!checked && checked.value === 'accept');
      section.classList.toggle('rejected', !!checked && checked.value === 'reject');
    });
    var count = Object.keys(choices()).length;
    document.getElementById('decided').textContent = String(count);
    return text;
  }
  document.addEventListener('change', refresh);
  document.getElementById('download').addEventListener('click', function () {
    var link = document.createElement('a');
    link.href = 'data:application/json;charset=utf-8,' + encodeURIComponent(refresh());
    link.download = 'decisions.json';
    document.body.appendChild(link);
    link.click();
    link.remove();
  });
  document.getElementById('all-accept').addEventListener('click', function () {
    document.querySelectorAll('fieldset.decision input[value=accept]').forEach(function (i) {
      i.checked = true;
    });
    refresh();
  });
  refresh();
})();
"""


def _cell(lines: Sequence[str], *, differ: bool) -> str:
    inner = "".join(f'<div class="line">{escape(line)}</div>' for line in lines)
    return f'<td class="differ">{inner}</td>' if differ else f"<td>{inner}</td>"


def _cluster_section(
    number: int,
    cluster: Cluster,
    references: Sequence[ReferenceKind],
    decision: Decision | None,
) -> str:
    key = cluster_key(cluster, references)
    members = [references[index] for index in cluster.members]
    rows = [field_lines(member) for member in members]
    parts = [
        f'<section class="cluster" id="cluster-{escape(key)}" data-key="{escape(key)}">',
        f"<h2>Cluster {number}: {len(members)} references, {escape(str(cluster.level))}</h2>",
        f'<p class="score">score {cluster.score:.3f}; level {escape(str(cluster.level))}; '
        f"key <code>{escape(key)}</code></p>",
        f'<p class="reasons">{escape(cluster.explanation)}</p>',
    ]
    try:
        typos = merge(members).typos
    except Exception:  # the page shows the cluster even when merge cannot
        typos = ()
    if typos:
        parts.append('<ul class="typos">')
        for typo in typos:
            parts.append(
                f"<li>probable typo in {escape(typo.field)}: "
                f"{escape(typo.values[0])} / {escape(typo.values[1])}</li>"
            )
        parts.append("</ul>")
    parts.append('<table class="members"><thead><tr><th class="field">field</th>')
    parts.extend(f"<th>#{index}</th>" for index in cluster.members)
    parts.append("</tr></thead><tbody>")
    for name, _ in FIELD_ROWS:
        values = [tuple(row[name]) for row in rows]
        if name not in _ALWAYS and not any(values):
            continue
        differ = len(set(values)) > 1 and name != "provenance"
        row_class = ' class="differ"' if differ else ""
        parts.append(f'<tr data-field="{name}"{row_class}><th class="field">{name}</th>')
        parts.extend(_cell(value, differ=differ) for value in values)
        parts.append("</tr>")
    parts.append("</tbody></table>")
    group = f"decision-{escape(key)}"
    parts.append(f'<fieldset class="decision"><legend>Cluster {number}</legend>')
    for value, label in (("accept", "accept (merge)"), ("reject", "reject (keep apart)")):
        checked = " checked" if decision == value else ""
        parts.append(
            f'<label><input type="radio" name="{group}" value="{value}"{checked}> {label}</label> '
        )
    parts.append("</fieldset></section>")
    return "\n".join(parts)


def html_report(
    references: Sequence[ReferenceKind],
    clusters: Sequence[Cluster],
    *,
    decisions: Mapping[str, Decision] | None = None,
    title: str = "archivecite: duplicate clusters",
) -> str:
    """The review page for ``clusters`` of ``references`` (indices as from find_duplicates).

    ``decisions`` (from a previous review) pre-select the choices they name.
    """
    chosen = decisions or {}
    sections = [
        _cluster_section(number, cluster, references, chosen.get(cluster_key(cluster, references)))
        for number, cluster in enumerate(clusters, start=1)
    ]
    script = _SCRIPT.replace("FORMAT", json.dumps(DECISIONS_FORMAT))
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)}</title>",
            f"<style>{_STYLE}</style></head><body>",
            f"<h1>{escape(title)}</h1>",
            f"<p>{len(references)} references, {len(clusters)} proposed clusters. Cells that "
            "differ between members are highlighted. Choose accept or reject per cluster, "
            "then download the decisions and replay them with "
            "<code>archivecite dedupe ... --decisions decisions.json</code>; clusters without "
            "a choice are merged as proposed.</p>",
            '<div id="export"><button type="button" id="download">Download decisions.json'
            '</button> <button type="button" id="all-accept">Accept all</button> '
            '<span><span id="decided">0</span> decided</span>'
            "<details><summary>decisions JSON</summary>"
            '<textarea id="decisions-json" readonly></textarea></details></div>',
            *sections,
            f"<script>{script}</script>",
            "</body></html>",
            "",
        ]
    )
