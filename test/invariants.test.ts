import { describe, expect, it } from "vitest";
import { extractDocument } from "../src/pipeline.js";
import type { DocumentResult, Span } from "../src/types.js";
import { loadSeeds } from "./support/fixtures.js";

/** Every span an output carries, with where it sits, so a failure names the item. */
function spansOf(result: DocumentResult): Array<[string, Span]> {
  const out: Array<[string, Span]> = [];
  for (const a of result.actors) for (const m of a.mentions) out.push([`actor ${a.name}`, m]);
  for (const l of result.locations) for (const m of l.mentions) out.push([`location ${l.name}`, m]);
  for (const d of result.dates) out.push(["date", d]);
  for (const f of result.figures) out.push(["figure", f]);
  for (const o of result.operations) out.push([`operation ${o.type}`, o]);
  return out;
}

// Synthetic texts that stress offsets: a BOM-less file with CRLF line ends, astral characters
// (UTF-16 surrogate pairs) before the items, non-breaking spaces and curly quotes.
const SYNTHETIC = [
  "Rebels attacked Mosul on 4 May 2020.\r\nAt least 12 people were killed, officials said.\r\n",
  "🚀🚀 Russian jets struck Idlib on Tuesday, killing 9 civilians. “We will respond,” Ankara said.",
  "KABUL, Aug 6 (Reuters) - A Taliban attack in Kunduz province killed\u00a0five soldiers and wounded 3, the\u00a0Afghan army said.",
  "",
  "no capitals, no numbers, nothing to find here",
];

const documents = [
  ...loadSeeds(),
  ...SYNTHETIC.map((content, i) => ({ id: `synthetic-${i}`, path: `synthetic-${i}`, content, referenceDate: "2020-05-06" })),
];

describe("invariants over every extracted item", () => {
  it.each(documents.map((d) => [d.id, d] as const))("%s: every span slices to its text", (_id, doc) => {
    const result = extractDocument(doc);
    for (const [what, span] of spansOf(result)) {
      expect(Number.isInteger(span.start) && Number.isInteger(span.end), what).toBe(true);
      expect(span.start, what).toBeLessThan(span.end);
      expect(doc.content.slice(span.start, span.end), what).toBe(span.text);
    }
  });

  it.each(documents.map((d) => [d.id, d] as const))("%s: every item names its rule", (_id, doc) => {
    const result = extractDocument(doc);
    const items = [
      ...result.actors.flatMap((a) => a.mentions),
      ...result.locations.flatMap((l) => l.mentions),
      ...result.dates,
      ...result.figures,
      ...result.operations,
    ];
    for (const item of items) expect(typeof item.rule === "string" && item.rule.length > 0, item.text).toBe(true);
  });

  it.each(documents.map((d) => [d.id, d] as const))("%s: mentions are in document order", (_id, doc) => {
    const result = extractDocument(doc);
    for (const list of [result.dates, result.figures, result.operations]) {
      const starts = list.map((x) => x.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it("output is identical across runs", () => {
    const first = JSON.stringify(documents.map((d) => extractDocument(d)));
    const second = JSON.stringify(documents.map((d) => extractDocument(d)));
    expect(second).toBe(first);
  });
});
