import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../src/categories.js";
import { formatJson } from "../src/format/json.js";
import { extractDocument } from "../src/pipeline.js";
import { OUTPUT_SCHEMA } from "../src/schema.js";
import { summarise } from "../src/summary.js";
import { loadSeeds } from "./support/fixtures.js";

describe("the published JSON Schema", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  const validate = ajv.compile(OUTPUT_SCHEMA);
  const documents = loadSeeds().map((d) => extractDocument(d));
  const output = JSON.parse(formatJson({ schemaVersion: 2, documents, summary: summarise(documents) }, { color: false, categories: CATEGORIES }));

  it("accepts the fixtures' output", () => {
    const ok = validate(output);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it("accepts a published date with its minute", () => {
    const copy = structuredClone(output);
    copy.documents[0].published = "2019-03-02T08:15";
    expect(validate(copy)).toBe(true);
  });

  it.each([
    ["a figure without a category", (o: typeof output) => delete o.documents[0].figures[0].category],
    ["an unknown operation type", (o: typeof output) => (o.documents[0].operations[0].type = "raid")],
    ["a lower-case country code", (o: typeof output) => (o.documents[0].locations[0].country = "sy")],
    ["another schema version", (o: typeof output) => (o.schemaVersion = 1)],
    ["a published time with seconds and zone", (o: typeof output) => (o.documents[0].published = "2019-03-02T08:15:00Z")],
    ["a published date in words", (o: typeof output) => (o.documents[0].published = "March 2, 2019")],
  ])("rejects %s", (_name, spoil) => {
    const copy = structuredClone(output);
    spoil(copy);
    expect(validate(copy)).toBe(false);
  });
});
