import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../src/categories.js";
import { diffResults, type ComparableDocument } from "../src/diff/diff.js";
import { formatJson } from "../src/format/json.js";
import { extractDocument } from "../src/pipeline.js";
import { loadSeeds, ROOT } from "./support/fixtures.js";

// The project checks itself the way its users check a corpus (`extract --check`): the reviewed
// extraction of the fixtures is committed, and any change to it shows up here as a diff to
// review. After a deliberate change: `npm run baseline` and commit the new baseline with it.
const BASELINE = join(ROOT, "fixtures/baseline.json");

describe("the committed baseline of the fixtures' extraction", () => {
  it("matches the extraction, item for item", () => {
    expect(existsSync(BASELINE), "fixtures/baseline.json is missing: run `npm run baseline`").toBe(true);
    const saved = (JSON.parse(readFileSync(BASELINE, "utf8")) as { documents: ComparableDocument[] }).documents;
    const documents = loadSeeds().map((d) => extractDocument(d));
    const current = (JSON.parse(formatJson({ schemaVersion: 2, documents }, { color: false, categories: CATEGORIES })) as {
      documents: ComparableDocument[];
    }).documents;
    const diff = diffResults(saved, current);
    const listing = diff.changes.map((c) => `${c.document} ${c.category} ${c.kind}: ${c.item}${c.detail ? ` (${c.detail})` : ""}`);
    expect(listing, "the extraction changed: review, then `npm run baseline`").toEqual([]);
  });
});
