#!/usr/bin/env node
// Render CSL-JSON items with citeproc-js, the CSL reference engine.
//
//   node render.js job.json > out.json
//
// job.json: {"style": "<path to .csl>", "locale": "en-US", "locales_dir": "<dir>",
//            "format": "text" | "html" | "rtf", "items": [CSL-JSON...],
//            "notes": [[{"id": ..., "locator": ..., "label": ...}, ...], ...] (optional),
//            "bibliography": true, "repeat": 1}
// out.json: {"bibliography": [{"id": ..., "text": ...}], "notes": ["...", ...], "seconds": n}
"use strict";
const fs = require("fs");
const path = require("path");
const CSL = require("citeproc");

const job = JSON.parse(fs.readFileSync(process.argv[2] || 0, "utf8"));
const itemsById = new Map(job.items.map((item) => [String(item.id), item]));
const style = fs.readFileSync(job.style, "utf8");
const sys = {
  retrieveLocale(lang) {
    const file = path.join(job.locales_dir, `locales-${lang}.xml`);
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : false;
  },
  retrieveItem(id) {
    return itemsById.get(String(id));
  },
};

function render() {
  const engine = new CSL.Engine(sys, style, job.locale || "en-US", true);
  engine.setOutputFormat(job.format || "text");
  const out = {};
  if (job.notes) {
    const citations = job.notes.map((cites, index) => ({
      citationID: `note-${index + 1}`,
      citationItems: cites.map((cite) => ({ ...cite, id: String(cite.id) })),
      properties: { noteIndex: index + 1 },
    }));
    const rendered = engine.rebuildProcessorState(citations, job.format || "text");
    out.notes = rendered.map((row) => row[2]);
  }
  if (job.bibliography !== false) {
    const ids = job.items.map((item) => String(item.id));
    engine.updateItems(ids);
    const result = engine.makeBibliography();
    out.bibliography = [];
    if (result) {
      const [meta, entries] = result;
      let entryIds = meta.entry_ids.map((group) => String(group[0]));
      if (entryIds.length !== entries.length) {
        // Items that render to nothing have an id but no entry: find them one by one.
        const single = new CSL.Engine(sys, style, job.locale || "en-US", true);
        single.setOutputFormat(job.format || "text");
        const empty = new Set(
          entryIds.filter((id) => {
            single.updateItems([id]);
            const one = single.makeBibliography();
            return !one || one[1].length === 0;
          }),
        );
        entryIds = entryIds.filter((id) => !empty.has(id));
      }
      out.bibliography = entryIds.map((id, index) => ({ id, text: entries[index].trim() }));
    }
  }
  return out;
}

const started = process.hrtime.bigint();
let out;
for (let round = 0; round < (job.repeat || 1); round += 1) {
  out = render();
}
out.seconds = Number(process.hrtime.bigint() - started) / 1e9 / (job.repeat || 1);
process.stdout.write(JSON.stringify(out));
